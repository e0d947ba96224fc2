"""Each document's records as reports: one canonical form, a key per report.

An extraction is made canonical before it joins a dataset: every record carries
its document's id in ``source``, and the records of each kind are sorted by id,
so two extractions of a document that differ only in record order are one.
Each report has a key unique in the dataset: the record's own id when it follows
the parser's ``"<document>:<kind>:<span>"`` convention, a digest otherwise.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from typing import Generic, TypeVar

import attrs
from attrs import frozen

from diplomod.interchange.converter import make_converter
from diplomod.records.agreements import Agreement
from diplomod.records.events import Event
from diplomod.records.extraction import Extraction, OpaqueRecord
from diplomod.records.positions import Commitment, Statement

__all__ = [
    "Report",
    "canonical",
    "json_text",
    "record_id",
    "report_key",
    "reports_of",
    "source_of",
]

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
Record = Event | OpaqueRecord | Agreement | Commitment | Statement


@frozen
class Report(Generic[R_co]):
    """One document's record, with its key and the document's id and publication date."""

    key: str
    source: str
    published: dt.date | None
    record: R_co


def json_text(value: object) -> str:
    """Return a value as canonical JSON text, written as the interchange writes it."""
    data = make_converter().unstructure(value)
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def record_id(record: object) -> str:
    """Return a record's id; an opaque record's is its payload's ``id`` or ``""``."""
    if isinstance(record, OpaqueRecord):
        found = record.payload.get("id")
        return found if isinstance(found, str) else ""
    return str(getattr(record, "id", ""))


def source_of(record: object) -> str | None:
    """Return the id of the document a record says it comes from."""
    if isinstance(record, OpaqueRecord):
        found = record.payload.get("source")
        return found if isinstance(found, str) else None
    source = getattr(record, "source", None)
    return source if isinstance(source, str) else None


def report_key(source: str, record: str, occurrence: int = 0) -> str:
    """Return the dataset-wide key of the ``occurrence``-th record ``record`` of ``source``.

    >>> report_key("doc1", "doc1:meeting:10-17")
    'doc1:meeting:10-17'
    """
    if occurrence == 0 and ":" not in source and record.startswith(source + ":"):
        return record
    digest = hashlib.sha256(json.dumps([source, record, occurrence]).encode()).hexdigest()
    return f"#{digest[:24]}"


def canonical(extraction: Extraction) -> Extraction:
    """Return ``extraction`` with its document's id on every record, records sorted by id."""
    source = extraction.source.id
    return Extraction(
        source=extraction.source,
        events=_sorted(tuple(_with_source(r, source) for r in extraction.events)),
        agreements=_sorted(tuple(_with_source(r, source) for r in extraction.agreements)),
        commitments=_sorted(tuple(_with_source(r, source) for r in extraction.commitments)),
        statements=_sorted(tuple(_with_source(r, source) for r in extraction.statements)),
    )


def reports_of(
    records: Sequence[R], source: str, published: dt.date | None
) -> tuple[Report[R], ...]:
    """Return the reports of one document's records of one kind, in canonical order."""
    out: list[Report[R]] = []
    seen: dict[str, int] = {}
    for record in records:
        rid = record_id(record)
        occurrence = seen.get(rid, 0)
        seen[rid] = occurrence + 1
        out.append(Report(report_key(source, rid, occurrence), source, published, record))
    return tuple(out)


def _with_source(record: R, source: str) -> R:
    if isinstance(record, OpaqueRecord):
        if record.payload.get("source") == source:
            return record
        return OpaqueRecord(type=record.type, payload={**record.payload, "source": source})  # type: ignore[return-value]
    if getattr(record, "source", None) == source:
        return record
    return attrs.evolve(record, source=source)  # type: ignore[misc]


def _sorted(records: tuple[R, ...]) -> tuple[R, ...]:
    ids = [record_id(r) for r in records]
    if len(set(ids)) == len(ids):
        return tuple(r for _, r in sorted(zip(ids, records, strict=True), key=lambda p: p[0]))
    return tuple(
        sorted(records, key=lambda r: (record_id(r), type(r).__qualname__, _payload_text(r)))
    )


def _payload_text(record: object) -> str:
    if isinstance(record, OpaqueRecord):
        return record.type + json.dumps(record.payload, sort_keys=True)
    return json_text(record)
