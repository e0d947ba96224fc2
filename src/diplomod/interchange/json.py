"""One record as a JSON document in the ``diplomod/1`` envelope: text, files or dicts.

Every document is ``{"data": {...}, "format": "diplomod/1", "type": "<tag>"}``:
the record's fields under ``data``, its registry tag under ``type``. A record of a
tag this installation does not know loads as an
:class:`~diplomod.records.extraction.OpaqueRecord` and is written back unchanged;
with ``strict=True`` it is an error. The text is canonical (sorted keys, no spaces,
UTF-8), so equal records give identical bytes.
"""

from __future__ import annotations

import re
from typing import cast

from attrs import AttrsInstance

from diplomod import registry
from diplomod.errors import DiplomodError, InvalidValueError, LoadError
from diplomod.interchange import _codec, _plans, values
from diplomod.interchange.converter import _converter
from diplomod.interchange.problems import problems_of, show
from diplomod.records.extraction import JSONValue, OpaqueRecord

__all__ = [
    "FORMAT",
    "dump",
    "dumps",
    "from_payload",
    "load",
    "loads",
    "to_payload",
]

#: The envelope's format: diplomod's JSON interchange, major version 1.
FORMAT = "diplomod/1"

_KEYS = ("data", "format", "type")
#: ``diplomod/1`` or ``diplomod/1.2``: a later minor version reads the same.
_FORMAT = re.compile(r"diplomod/(?P<major>[0-9]{1,6})(?:\.[0-9]{1,6})?")


def to_payload(record: object) -> dict[str, JSONValue]:
    """Return the envelope of ``record`` as a dict of JSON types only.

    Raises:
        RegistryError: the record's class (or an event's in it) is not registered.
        InvalidValueError: a value has no JSON form (a NaN, a lone surrogate...).

    .. versionadded:: 0.1.0
    """
    return _envelope(record, fragments=False)


def from_payload(payload: object, *, strict: bool = False) -> AttrsInstance:
    """Return the record an envelope (as Python dicts and lists) holds.

    Raises:
        LoadError: listing every problem with its JSON path; with ``strict``, a type
            tag that is not registered is one.

    .. versionadded:: 0.1.0
    """
    try:
        return _structure_fast(payload, strict)
    except Exception:  # the detailed pass below decides and explains
        return _structure_detailed(payload, strict)


def dumps(record: object) -> str:
    """Return ``record`` as canonical JSON text in the ``diplomod/1`` envelope.

    Raises:
        RegistryError: the record's class is not registered.
        InvalidValueError: a value has no JSON form (NaN and Infinity are not JSON).

    .. versionadded:: 0.1.0
    """
    return _encode(record).decode("utf-8")


def loads(text: str | bytes, *, strict: bool = False) -> AttrsInstance:
    """Return the record in a JSON document.

    Raises:
        LoadError: for any text that is not a valid document, listing every problem
            as ``$.data.events[3].date: not a date: '2021-13-01' (...)``.

    .. versionadded:: 0.1.0
    """
    return _decode(text, strict=strict)


def dump(record: object, file_or_path: _codec.PathOrFile) -> None:
    """Write ``record`` as one JSON document and a newline to a path or open file.

    A path ending in ``.gz`` is gzip-compressed.

    .. versionadded:: 0.1.0
    """
    data = _encode(record) + b"\n"
    with _codec.writing(file_or_path) as write:
        write(data)


def load(file_or_path: _codec.PathOrFile, *, strict: bool = False) -> AttrsInstance:
    """Read the record in a JSON document from a path or open file (``.gz`` too).

    Raises:
        LoadError: the content is not a valid document; the message names the file.
        OSError: the file cannot be opened.

    .. versionadded:: 0.1.0
    """
    where = _codec.name_of(file_or_path)
    with _codec.reading(file_or_path) as f:
        try:
            data = f.read()
        except _codec.READ_ERRORS as exc:
            raise LoadError([f"$: cannot read: {exc}"], where=where) from None
    try:
        return _decode(data, strict=strict)
    except LoadError as exc:
        raise LoadError(exc.problems, where=where) from None


# --- writing ----------------------------------------------------------------------------------


def _encode(record: object, *, fast: bool = _codec.HAS_ORJSON) -> bytes:
    """Return the canonical JSON bytes of ``record``; ``fast`` picks orjson over json."""
    if fast:
        out = _codec.encode_fast(_envelope(record, fragments=True))
        if out is not None:
            return out
    return _codec.encode_std(_envelope(record, fragments=False))


def _envelope(record: object, *, fragments: bool) -> dict[str, JSONValue]:
    cls = type(record)
    if cls is OpaqueRecord:
        opaque = cast("OpaqueRecord", record)
        if not isinstance(opaque.payload, dict):
            raise InvalidValueError("OpaqueRecord.payload", opaque.payload, "not a JSON object")
        as_float = _converter(fragments=fragments).get_unstructure_hook(float)
        data = values.copy_json(opaque.payload, "OpaqueRecord", as_float=as_float)
        return {"data": data, "format": FORMAT, "type": opaque.type}
    tag, write = _plans.writers(fragments)[cls]
    try:
        data = write(record)
    except DiplomodError:
        raise
    except (AttributeError, TypeError, ValueError) as exc:
        raise InvalidValueError(cls.__qualname__, str(exc), "cannot be written as JSON") from None
    return {"data": data, "format": FORMAT, "type": tag}


# --- reading ----------------------------------------------------------------------------------


def _decode(data: object, *, strict: bool, fast: bool = _codec.HAS_ORJSON) -> AttrsInstance:
    """Return the record in JSON text; ``fast`` picks orjson over json for the first try.

    The first try parses fast and checks without collecting problems; on any
    failure the text is parsed again exactly and every problem is listed.
    """
    try:
        return _structure_fast(_codec.parse(cast("str | bytes", data), fast=fast), strict)
    except Exception:  # the exact, detailed pass below decides and explains
        pass
    try:
        payload = _codec.parse_exact(data)
    except _codec.BadJSONError as exc:
        raise LoadError([f"$: not valid JSON: {exc}"]) from None
    return _structure_detailed(payload, strict)


def _structure_fast(payload: object, strict: bool) -> AttrsInstance:
    """Return the record, or raise anything at the first problem."""
    if payload.__class__ is not dict:
        raise ValueError("not an envelope")
    envelope = cast("dict[str, object]", payload)
    if len(envelope) != 3 or envelope["format"] != FORMAT:
        raise ValueError("not an envelope of this format")
    tag, data = envelope["type"], envelope["data"]
    if tag.__class__ is not str:
        raise ValueError("not a record")
    found = _plans.readers(strict)[tag]
    if found is not None:
        return cast("AttrsInstance", found[0](data, found[1]))
    if strict or data.__class__ is not dict:
        raise ValueError("not a record")
    return OpaqueRecord(type=tag, payload=_opaque_payload(data, wary=True))


def _opaque_payload(data: object, *, wary: bool) -> dict[str, JSONValue]:
    return cast("dict[str, JSONValue]", values.copy_json(data, "OpaqueRecord", wary=wary))


def _structure_detailed(payload: object, strict: bool) -> AttrsInstance:
    """Return the record, or raise a LoadError listing every problem."""
    if not isinstance(payload, dict):
        raise LoadError([f"$: expected an object {{format, type, data}}, got {show(payload)}"])
    problems = [f"$.{key}: required field missing" for key in _KEYS if key not in payload]
    extra = sorted(map(repr, set(payload) - set(_KEYS)))
    if extra:
        problems.append(f"$: unknown field{'s' if len(extra) > 1 else ''} {', '.join(extra)}")
    if "format" in payload and (wrong := _format_problems(payload["format"])):
        raise LoadError(problems + wrong)  # another format: its data may mean anything
    if "type" in payload:
        tag = payload["type"]
        if not isinstance(tag, str):
            problems.append(f"$.type: expected a record type tag, got {show(tag)}")
        elif "data" in payload:
            record, more = _structure_data(tag, payload["data"], strict)
            if record is not None and not problems:
                return record
            problems += more
    raise LoadError(problems or ["$: not a record"])


def _format_problems(fmt: object) -> list[str]:
    if not isinstance(fmt, str):
        return [f"$.format: expected a string such as {FORMAT!r}, got {show(fmt)}"]
    m = _FORMAT.fullmatch(fmt)
    if m is None or int(m["major"]) != 1:
        return [f"$.format: unsupported format {show(fmt)} (this diplomod reads {FORMAT})"]
    return []


def _structure_data(tag: str, data: object, strict: bool) -> tuple[AttrsInstance | None, list[str]]:
    """Return the record of type ``tag`` in ``data``, or None and the problems."""
    entry = registry.record_type(tag)
    if entry is not None:
        converter = _converter(strict=strict, detailed=True)
        try:
            return cast("AttrsInstance", converter.structure(data, entry.cls)), []
        except Exception as exc:  # every error from the detailed converter becomes problems
            return None, problems_of(exc, "$.data")
    if not tag:
        return None, ["$.type: expected a record type tag, got ''"]
    if strict:
        known = ", ".join(t.tag for t in registry.record_types())
        return None, [f"$.type: unknown record type {tag!r} (known: {known})"]
    if not isinstance(data, dict):
        return None, [f"$.data: expected an object, got {show(data)}"]
    try:
        return OpaqueRecord(type=tag, payload=_opaque_payload(data, wary=False)), []
    except InvalidValueError as exc:
        return None, problems_of(exc, "$.data")
