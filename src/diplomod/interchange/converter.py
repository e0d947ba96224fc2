"""Build the cattrs converter between records and JSON-ready values, from the registry.

Every hook is registered here, in one place. The converter is built by a
factory, after every type is registered, and rebuilt when the registry changes:
an event type registered later is seen on the next call.

JSON forms: a :class:`~diplomod.records.dates.PartialDate` is a string
(``2021-11``), a date ``YYYY-MM-DD``, a time ``HH:MM``, a duration ISO 8601
(``PT1H50M``), an enum its value, a tuple an array; every field is written, None as
null. A field that holds events of several types (``Extraction.events``) holds
objects that carry their registry tag under ``"type"``; an unknown tag loads as an
:class:`~diplomod.records.extraction.OpaqueRecord` unless the converter is strict.
"""

from __future__ import annotations

import collections.abc
import datetime as dt
import enum
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs
import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn

from diplomod import registry
from diplomod.errors import InvalidValueError, RegistryError, UnknownTypeError
from diplomod.interchange import fastpath, values
from diplomod.interchange.problems import WrongTypeError
from diplomod.records.dates import PartialDate
from diplomod.records.events import Event
from diplomod.records.extraction import JSONValue, OpaqueRecord

__all__ = ["make_converter"]

_Structure = Callable[[Any, Any], Any]
_Unstructure = Callable[[Any], Any]
_NoneType = type(None)
_SCALARS = frozenset({str, int, float, bool, _NoneType})
_SEQUENCES = (tuple, list, collections.abc.Sequence)

_cache: dict[tuple[bool, bool, bool, int], cattrs.Converter] = {}


def make_converter(*, strict: bool = False) -> cattrs.Converter:
    """Return the converter between records and JSON-ready values.

    ``converter.unstructure(record)`` gives dicts, lists, strings, numbers, booleans
    and None; ``converter.structure(data, Meeting)`` checks every value (an ``int``
    field refuses ``6600.7``, ``true`` and ``"6600"``; an unknown key is an error) and
    collects every problem in a :class:`cattrs.ClassValidationError`, which
    :func:`cattrs.transform_error` lists with paths. With ``strict``, an event of an
    unknown type is an error instead of an :class:`OpaqueRecord`.

    The converter is built from the registry as it is now and shared until a type is
    registered; call :meth:`~cattrs.Converter.copy` before registering hooks on it.

    .. versionadded:: 0.1.0
    """
    return _converter(strict=strict, detailed=True)


def _converter(
    *, strict: bool = False, detailed: bool = False, fragments: bool = False
) -> cattrs.Converter:
    """Return the cached converter for these settings and the registry's generation.

    ``detailed`` collects every problem (slower); ``fragments`` writes floats as
    pre-rendered orjson fragments so orjson's output matches the json module's.
    """
    key = (strict, detailed, fragments, registry.generation())
    found = _cache.get(key)
    if found is None:
        if any(old[3] != key[3] for old in _cache):
            _cache.clear()
        found = _cache[key] = _build(strict=strict, detailed=detailed, fragments=fragments)
    return found


def _build(*, strict: bool, detailed: bool, fragments: bool) -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    _configure_unstructure(conv, fragments=fragments)
    _configure_structure(conv, strict=strict, detailed=detailed)
    return conv


# --- writing ----------------------------------------------------------------------------------


def _configure_unstructure(conv: cattrs.Converter, *, fragments: bool) -> None:
    """Register the writing hooks; with ``fragments``, the output goes straight to orjson.

    orjson writes enums and tuples itself, so that converter leaves them as they are.
    """
    conv.register_unstructure_hook_factory(
        attrs.has, lambda cl: fastpath.make_writer(conv, cl, native=fragments)
    )
    as_float = _float_fragment if fragments else values.unstructure_float
    conv.register_unstructure_hook(float, as_float)
    conv.register_unstructure_hook(dt.datetime, values.format_datetime)
    conv.register_unstructure_hook(dt.date, values.format_date)
    conv.register_unstructure_hook(dt.time, values.format_time)
    conv.register_unstructure_hook(dt.timedelta, values.format_duration)
    as_enum = identity if fragments else values.unstructure_enum
    for base in (enum.Enum, enum.StrEnum, enum.IntEnum):
        conv.register_unstructure_hook(base, as_enum)
    conv.register_unstructure_hook_func(_is(PartialDate), values.format_partial_date)
    as_array: _Unstructure = identity if fragments else list

    def opaque(record: OpaqueRecord) -> JSONValue:
        return _tagged_payload(record, as_float)

    def optional(t: Any) -> _Unstructure:
        inner = conv.get_unstructure_hook(_optional_arg(t))
        if inner == identity:
            return identity
        return lambda value: None if value is None else inner(value)

    def sequence(t: Any) -> _Unstructure:
        args = typing.get_args(t)
        if _is_homogeneous(t):
            item = conv.get_unstructure_hook(args[0])
            if item == identity:
                return as_array
            return lambda value: [item(v) for v in value]
        hooks = [conv.get_unstructure_hook(arg) for arg in args]
        return lambda value: [hook(v) for hook, v in zip(hooks, value, strict=True)]

    def tagged(t: Any) -> _Unstructure:
        return _tagged_unstructure(conv, t, as_float)

    conv.register_unstructure_hook_func(_is(OpaqueRecord), opaque)
    conv.register_unstructure_hook_factory(_is_optional, optional)
    conv.register_unstructure_hook_factory(_is_sequence, sequence)
    conv.register_unstructure_hook_factory(_is_polymorphic, tagged)


def _float_fragment(value: float) -> object:
    from orjson import Fragment

    return Fragment(repr(values.unstructure_float(value)))


def _tagged_payload(record: OpaqueRecord, as_float: Callable[[float], object]) -> JSONValue:
    """Return an opaque record as a nested object: its payload plus ``"type"``."""
    payload = values.copy_json(record.payload, "OpaqueRecord", as_float=as_float)
    assert isinstance(payload, dict)
    if "type" in payload:
        raise InvalidValueError(
            "OpaqueRecord.payload", "type", "has the key nested records use for their tag"
        )
    payload["type"] = record.type
    return payload


def _tagged_unstructure(
    conv: cattrs.Converter, t: Any, as_float: Callable[[float], object]
) -> _Unstructure:
    """Return the hook writing events of several types, each with its ``"type"`` tag."""
    known: dict[type, tuple[str, _Unstructure]] = {}
    bases = tuple(m for m in _members(t) if m is not OpaqueRecord and m is not _NoneType)

    def learn(cls: type) -> tuple[str, _Unstructure]:
        tag = registry.tag_of(cls)
        if not issubclass(cls, bases):
            names = " or ".join(b.__qualname__ for b in bases)
            raise InvalidValueError(cls.__qualname__, tag, f"not allowed here (expected {names})")
        if "type" in attrs.fields_dict(cls):
            raise RegistryError(
                f"{cls.__qualname__} has a field named 'type', the key nested records use "
                "for their tag; rename the field"
            )
        known[cls] = (tag, conv.get_unstructure_hook(cls))
        return known[cls]

    def unstructure(value: object) -> object:
        cls = value.__class__
        found = known.get(cls)
        if found is None:
            if value is None:
                return None
            if isinstance(value, OpaqueRecord):
                return _tagged_payload(value, as_float)
            found = learn(cls)
        out = found[1](value)
        out["type"] = found[0]
        return out

    return unstructure


# --- reading ----------------------------------------------------------------------------------


def _configure_structure(conv: cattrs.Converter, *, strict: bool, detailed: bool) -> None:
    conv.register_structure_hook(str, values.structure_str)
    conv.register_structure_hook(int, values.structure_int)
    conv.register_structure_hook(bool, values.structure_bool)
    conv.register_structure_hook(float, values.structure_float)
    for base in (enum.Enum, enum.StrEnum, enum.IntEnum):
        conv.register_structure_hook(base, values.structure_enum)
    conv.register_structure_hook(dt.datetime, values.structure_datetime)
    conv.register_structure_hook(dt.date, values.structure_date)
    conv.register_structure_hook(dt.time, values.structure_time)
    conv.register_structure_hook(dt.timedelta, values.structure_duration)

    def record(cl: Any) -> _Structure:
        if not detailed:
            return fastpath.make_reader(conv, cl)
        generated = make_dict_structure_fn(cl, conv)

        def structure(value: Any, t: Any) -> Any:
            if value.__class__ is not dict:
                raise WrongTypeError("value", value, "an object")
            return generated(value, t)

        return structure

    def optional(t: Any) -> _Structure:
        inner_type = _optional_arg(t)
        if inner_type is str:
            return _structure_optional_str
        inner = conv.get_structure_hook(inner_type)
        return lambda value, _: None if value is None else inner(value, inner_type)

    def sequence(t: Any) -> _Structure:
        return _sequence_structure(conv, t, detailed=detailed)

    def tagged(t: Any) -> _Structure:
        return _tagged_structure(conv, t, strict=strict, detailed=detailed)

    conv.register_structure_hook_factory(attrs.has, record)
    conv.register_structure_hook_func(_is(PartialDate), values.structure_partial_date)
    conv.register_structure_hook_factory(_is_optional, optional)
    conv.register_structure_hook_factory(_is_sequence, sequence)
    conv.register_structure_hook_factory(_is_scalar_union, _scalar_union_structure)
    conv.register_structure_hook_factory(_is_polymorphic, tagged)
    conv.register_structure_hook_factory(_is(OpaqueRecord), tagged)


def _structure_optional_str(value: Any, _: Any) -> Any:
    if value is None or value.__class__ is str:
        return value
    return values.structure_str(value, str)


def _sequence_structure(conv: cattrs.Converter, t: Any, *, detailed: bool) -> _Structure:
    """Return the hook reading a JSON array (and nothing else) into a tuple or list."""
    make: Callable[[list[Any]], Any] = list if typing.get_origin(t) is list else tuple
    args = typing.get_args(t)
    if not _is_homogeneous(t):
        hooks = [(conv.get_structure_hook(arg), arg) for arg in args]

        def structure_fixed(value: Any, _: Any) -> Any:
            if value.__class__ is not list or len(value) != len(hooks):
                raise WrongTypeError("value", value, f"an array of {len(hooks)} items")
            return _items(value, hooks, t, make, detailed)

        return structure_fixed

    item_type = args[0]
    item = conv.get_structure_hook(item_type)
    if item_type is str and not detailed:

        def structure_strings(value: Any, _: Any) -> Any:
            if value.__class__ is not list:
                raise WrongTypeError("value", value, "an array")
            for v in value:
                if v.__class__ is not str:
                    raise WrongTypeError("value", v, "a string")
            return make(value)

        return structure_strings

    def structure(value: Any, _: Any) -> Any:
        if value.__class__ is not list:
            raise WrongTypeError("value", value, "an array")
        if not detailed:
            return make([item(v, item_type) for v in value])
        return _items(value, [(item, item_type)] * len(value), t, make, detailed)

    return structure


def _items(
    value: list[Any],
    hooks: list[tuple[_Structure, Any]],
    t: Any,
    make: Callable[[list[Any]], Any],
    detailed: bool,
) -> Any:
    """Read each item with its hook; when ``detailed``, collect every item's problem."""
    if not detailed:
        return make([hook(v, item_type) for (hook, item_type), v in zip(hooks, value, strict=True)])
    out: list[Any] = []
    errors: list[Exception] = []
    for n, ((hook, item_type), v) in enumerate(zip(hooks, value, strict=True)):
        try:
            out.append(hook(v, item_type))
        except Exception as exc:
            note = IterableValidationNote(f"Structuring {t!r} @ index {n}", n, item_type)
            exc.__notes__ = [*getattr(exc, "__notes__", []), note]
            errors.append(exc)
    if errors:
        raise IterableValidationError(f"While structuring {t!r}", errors, t)
    return make(out)


def _scalar_union_structure(t: Any) -> _Structure:
    """Return the hook for a union of JSON scalars (``int | str``): the value's own type."""
    args = typing.get_args(t)
    accepted = frozenset(args) | ({int} if float in args else set())
    names = " or ".join(_SCALAR_NAMES[arg] for arg in args)

    def structure(value: Any, _: Any) -> Any:
        if value.__class__ in accepted:
            return float(value) if value.__class__ is int and int not in args else value
        raise WrongTypeError("value", value, names)

    return structure


_SCALAR_NAMES = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "true or false",
    _NoneType: "null",
}


def _tagged_structure(
    conv: cattrs.Converter, t: Any, *, strict: bool, detailed: bool
) -> _Structure:
    """Return the hook reading objects that carry their registry tag under ``"type"``."""
    members = _members(t)
    bases = tuple(m for m in members if m is not OpaqueRecord and m is not _NoneType)
    kinds = {
        entry.tag: entry.cls
        for entry in registry.record_types()
        if bases and issubclass(entry.cls, bases)
    }
    known_tags = frozenset(entry.tag for entry in registry.record_types())
    opaque_allowed = OpaqueRecord in members and not strict
    none_allowed = _NoneType in members
    choices = ", ".join(sorted(kinds)) or "none"
    hooks: dict[str, tuple[_Structure, type]] = {}

    def unknown(value: dict[str, Any]) -> OpaqueRecord:
        if "type" not in value:
            raise UnknownTypeError("required field missing")
        tag = value["type"]
        if not isinstance(tag, str):
            raise WrongTypeError("Record.type", tag, f"a type tag ({choices})")
        if tag in known_tags:
            raise UnknownTypeError(f"{tag!r} is not allowed here (expected one of {choices})")
        if not opaque_allowed:
            raise UnknownTypeError(f"unknown record type {tag!r} (known: {choices})")
        payload = values.copy_json(value, "OpaqueRecord", wary=not detailed)
        assert isinstance(payload, dict)
        del payload["type"]
        return OpaqueRecord(type=tag, payload=payload)

    def structure(value: Any, _: Any) -> Any:
        if value.__class__ is not dict:
            if value is None and none_allowed:
                return None
            raise WrongTypeError("value", value, "an object with a 'type'")
        tag = value.get("type")
        if tag.__class__ is str:
            found = hooks.get(tag)
            if found is None and tag in kinds:
                cls = kinds[tag]
                if "type" in attrs.fields_dict(cls):
                    raise RegistryError(f"{cls.__qualname__} has a field named 'type'")
                found = hooks[tag] = (conv.get_structure_hook(cls), cls)
            if found is not None:
                fields = value.copy()
                del fields["type"]
                return found[0](fields, found[1])
        return unknown(value)

    return structure


# --- type predicates --------------------------------------------------------------------------


def _is(cls: type) -> Callable[[Any], bool]:
    return lambda t: t is cls


def _is_union(t: Any) -> bool:
    return typing.get_origin(t) in (typing.Union, types.UnionType)


def _members(t: Any) -> tuple[Any, ...]:
    return typing.get_args(t) if _is_union(t) else (t,)


def _is_optional(t: Any) -> bool:
    args = typing.get_args(t)
    return _is_union(t) and len(args) == 2 and _NoneType in args


def _optional_arg(t: Any) -> Any:
    a, b = typing.get_args(t)
    return b if a is _NoneType else a


def _is_scalar_union(t: Any) -> bool:
    return _is_union(t) and all(arg in _SCALARS for arg in typing.get_args(t))


def _is_sequence(t: Any) -> bool:
    return typing.get_origin(t) in _SEQUENCES and bool(typing.get_args(t))


def _is_homogeneous(t: Any) -> bool:
    args = typing.get_args(t)
    return typing.get_origin(t) is not tuple or (len(args) == 2 and args[1] is Ellipsis)


def _is_polymorphic(t: Any) -> bool:
    """Tell whether values of ``t`` carry their tag: Event, or a union of record types."""
    members = [m for m in _members(t) if m is not _NoneType]
    if members == [Event]:
        return True
    return len(members) > 1 and all(
        m is Event or m is OpaqueRecord or _is_registered(m) for m in members
    )


def _is_registered(t: Any) -> bool:
    if not isinstance(t, type):
        return False
    try:
        registry.tag_of(t)
    except RegistryError:
        return False
    return True
