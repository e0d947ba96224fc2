"""Save and load a dataset as JSON Lines: a header line, then one line per record.

The header is ``{"counts": {...}, "format": "diplomod-dataset/1"}``; each
following line is ``{"data": {...}, "kind": "<kind>"}`` with kind ``source``,
``person``, ``event``, ``agreement``, ``commitment``, ``statement`` or ``link``,
in that order, each kind in the dataset's order. Records are written with the
interchange converter, so the round trip is lossless, and read one line at a
time; a path ending in ``.gz`` is gzip-compressed. The counts let a reader tell
a complete file from a truncated one.

To add documents to a saved dataset, read it, call
:func:`~diplomod.dataset.add_extractions`, and write it again: old documents are
not parsed again.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

from diplomod.errors import LoadError
from diplomod.interchange import _codec
from diplomod.interchange.converter import _converter, make_converter
from diplomod.interchange.problems import problems_of, show
from diplomod.records.dataset import (
    Dataset,
    Link,
    MergedAgreement,
    MergedCommitment,
    MergedEvent,
    MergedPerson,
    MergedStatement,
)
from diplomod.records.provenance import Source

__all__ = ["FORMAT", "KINDS", "read_dataset", "write_dataset"]

#: The format of the header line.
FORMAT = "diplomod-dataset/1"
#: Each kind of line, the dataset field it fills and the class of its records.
KINDS: dict[str, tuple[str, type]] = {
    "source": ("sources", Source),
    "person": ("persons", MergedPerson),
    "event": ("events", MergedEvent),
    "agreement": ("agreements", MergedAgreement),
    "commitment": ("commitments", MergedCommitment),
    "statement": ("statements", MergedStatement),
    "link": ("links", Link),
}


def write_dataset(dataset: Dataset, file_or_path: _codec.PathOrFile) -> int:
    """Write ``dataset`` to a path (``.jsonl``, ``.jsonl.gz``) or an open file.

    Returns:
        The number of lines written, the header included.

    Raises:
        InvalidValueError: a value has no JSON form (NaN in an opaque record's payload).

    .. versionadded:: 0.1.0
    """
    counts = {kind: len(getattr(dataset, name)) for kind, (name, _) in KINDS.items()}
    lines = 1
    with _codec.writing(file_or_path) as write:
        write(_codec.encode_std({"counts": counts, "format": FORMAT}) + b"\n")
        for kind, (name, _) in KINDS.items():
            for record in getattr(dataset, name):
                write(_encode(kind, record) + b"\n")
                lines += 1
    return lines


def _encode(kind: str, record: object) -> bytes:
    """Return one line's canonical JSON, through orjson when it is installed."""
    if _codec.HAS_ORJSON:
        data = _converter(fragments=True).unstructure(record)
        out = _codec.encode_fast({"data": data, "kind": kind})
        if out is not None:
            return out
    return _codec.encode_std({"data": _converter().unstructure(record), "kind": kind})


def read_dataset(file_or_path: _codec.PathOrFile) -> Dataset:
    """Read a dataset written by :func:`write_dataset`, one line at a time.

    Raises:
        LoadError: the file is not a dataset file, a line is not a valid record
            (the problem names its line and JSON path), or lines are missing.
        OSError: the file cannot be opened.

    .. versionadded:: 0.1.0
    """
    where = _codec.name_of(file_or_path)
    found: dict[str, list[object]] = {kind: [] for kind in KINDS}
    counts: dict[str, int] | None = None
    with _codec.reading(file_or_path) as f:
        for number, line in _lines(f, where):
            if counts is None:
                counts = _header(_parse(line, number, where), number, where)
                continue
            kind, record = _decode(line, number, where)
            found[kind].append(record)
    if counts is None:
        raise LoadError(["line 1: the file is empty, not a dataset"], where=where)
    missing = [
        f"{kind}: the header counts {counts.get(kind, 0)}, the file holds {len(records)}"
        for kind, records in found.items()
        if counts.get(kind, 0) != len(records)
    ]
    if missing:
        raise LoadError(missing, where=where)
    fields: dict[str, Any] = {KINDS[kind][0]: tuple(records) for kind, records in found.items()}
    return Dataset(**fields)


def _lines(f: object, where: str | None) -> Iterator[tuple[int, bytes | str]]:
    number = 0
    try:
        for line in cast("Iterator[bytes | str]", f):
            number += 1
            if not line.isspace():
                yield number, line
    except _codec.READ_ERRORS as exc:
        raise LoadError([f"line {number + 1}: cannot read: {exc}"], where=where) from None


def _decode(line: bytes | str, number: int, where: str | None) -> tuple[str, object]:
    """Return the kind and record of a line: fast first, then slowly to explain a failure."""
    try:
        obj = _codec.parse(line)
        if isinstance(obj, dict) and len(obj) == 2:
            kind = obj["kind"]
            if isinstance(kind, str) and kind in KINDS:
                return kind, _converter().structure(obj["data"], KINDS[kind][1])
    except Exception:  # the exact, detailed pass below decides and explains
        pass
    kind, data = _entry(_parse(line, number, where), number, where)
    try:
        return kind, make_converter().structure(data, KINDS[kind][1])
    except Exception as exc:  # the converter's errors, listed with their paths
        problems = problems_of(exc, "$.data")
        raise LoadError([f"line {number}: {p}" for p in problems], where=where) from None


def _parse(line: bytes | str, number: int, where: str | None) -> object:
    try:
        return _codec.parse_exact(line)
    except _codec.BadJSONError as exc:
        raise LoadError([f"line {number}: not JSON: {exc}"], where=where) from None


def _header(obj: object, number: int, where: str | None) -> dict[str, int]:
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        got = obj.get("format") if isinstance(obj, dict) else obj
        raise LoadError(
            [f"line {number}: $.format: expected {FORMAT!r}, got {show(got)}"], where=where
        )
    counts = obj.get("counts")
    if not isinstance(counts, dict) or not all(
        k in KINDS and isinstance(n, int) and not isinstance(n, bool) for k, n in counts.items()
    ):
        raise LoadError(
            [f"line {number}: $.counts: expected a count per kind ({', '.join(KINDS)})"],
            where=where,
        )
    return counts


def _entry(obj: object, number: int, where: str | None) -> tuple[str, object]:
    if not isinstance(obj, dict) or set(obj) != {"data", "kind"}:
        raise LoadError(
            [f"line {number}: $: expected an object with 'kind' and 'data'"], where=where
        )
    kind = obj["kind"]
    if kind not in KINDS:
        raise LoadError(
            [f"line {number}: $.kind: expected one of {', '.join(KINDS)}, got {show(kind)}"],
            where=where,
        )
    return str(kind), obj["data"]
