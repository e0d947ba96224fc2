"""The long tables of a dataset: every report of every record, its evidence, and conflicts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from attrs import frozen

from diplomod.errors import InvalidValueError
from diplomod.interchange.table_cells import Row, join
from diplomod.records.agreements import Agreement
from diplomod.records.dataset import Conflict, Dataset
from diplomod.records.events import Event
from diplomod.records.extraction import JSONValue, OpaqueRecord
from diplomod.records.positions import Commitment, Statement
from diplomod.records.provenance import Evidence, Span

_Report = Agreement | Commitment | Statement

__all__ = ["ReportRef", "conflict_rows", "event_report", "evidence_rows", "report_rows", "reports"]


@frozen(kw_only=True)
class ReportRef:
    """One document's record of a dataset record: which record, which document, what evidence."""

    record_type: str
    record_id: str
    report_id: str
    source_id: str | None
    evidence: tuple[Evidence, ...] = ()


def event_report(record: Event | OpaqueRecord) -> ReportRef:
    """Return the id, source and evidence of one event report (of a known type or not)."""
    if not isinstance(record, OpaqueRecord):
        return ReportRef(
            record_type="event",
            record_id=record.id,
            report_id=record.id,
            source_id=record.source,
            evidence=record.evidence,
        )
    payload = record.payload
    raw_id, source = payload.get("id"), payload.get("source")
    report_id = raw_id if isinstance(raw_id, str) else ""
    return ReportRef(
        record_type="event",
        record_id=report_id,
        report_id=report_id,
        source_id=source if isinstance(source, str) else None,
        evidence=tuple(_evidence(payload.get("evidence"))),
    )


def _evidence(found: JSONValue) -> Iterator[Evidence]:
    """Yield the well-formed evidence of an unknown type's payload."""
    for item in found if isinstance(found, list) else ():
        if not isinstance(item, dict):
            continue
        span, field, text = item.get("span"), item.get("field"), item.get("text")
        if not (isinstance(span, dict) and isinstance(field, str) and isinstance(text, str)):
            continue
        start, end = span.get("start"), span.get("end")
        if isinstance(start, int) and isinstance(end, int):
            try:
                yield Evidence(field=field, span=Span(start=start, end=end), text=text)
            except InvalidValueError:
                continue


def reports(dataset: Dataset) -> Iterator[ReportRef]:
    """Yield every report of every record of ``dataset``, records in dataset order."""
    for me in dataset.events:
        for event in me.reports:
            ref = event_report(event)
            yield ReportRef(
                record_type="event",
                record_id=me.id,
                report_id=ref.report_id,
                source_id=ref.source_id,
                evidence=ref.evidence,
            )
    families: tuple[tuple[str, Iterable[tuple[str, Iterable[_Report]]]], ...] = (
        ("agreement", ((r.id, r.reports) for r in dataset.agreements)),
        ("commitment", ((r.id, r.reports) for r in dataset.commitments)),
        ("statement", ((r.id, r.reports) for r in dataset.statements)),
    )
    for record_type, records in families:
        for record_id, found in records:
            for report in found:
                yield ReportRef(
                    record_type=record_type,
                    record_id=record_id,
                    report_id=report.id,
                    source_id=report.source,
                    evidence=report.evidence,
                )
    for mp in dataset.persons:
        for pr in mp.reports:
            yield ReportRef(
                record_type="person",
                record_id=mp.id,
                report_id=pr.record,
                source_id=pr.source,
                evidence=pr.evidence,
            )


def report_rows(dataset: Dataset) -> Iterator[Row]:
    """Yield a row per report: which document record was merged into which dataset record."""
    for r in reports(dataset):
        yield {
            "record_type": r.record_type,
            "record_id": r.record_id,
            "report_id": r.report_id,
            "source_id": r.source_id,
        }


def evidence_rows(dataset: Dataset) -> Iterator[Row]:
    """Yield a row per evidence span of every report."""
    for r in reports(dataset):
        for evidence in r.evidence:
            yield {
                "record_type": r.record_type,
                "record_id": r.record_id,
                "report_id": r.report_id,
                "source_id": r.source_id,
                "field": evidence.field,
                "start": evidence.span.start,
                "end": evidence.span.end,
                "text": evidence.text,
            }


def conflict_rows(dataset: Dataset) -> Iterator[Row]:
    """Yield a row per value that reports give for a field they disagree on."""
    groups: tuple[tuple[str, Iterable[tuple[str, tuple[Conflict, ...]]]], ...] = (
        ("event", ((r.id, r.conflicts) for r in dataset.events)),
        ("agreement", ((r.id, r.conflicts) for r in dataset.agreements)),
        ("commitment", ((r.id, r.conflicts) for r in dataset.commitments)),
        ("statement", ((r.id, r.conflicts) for r in dataset.statements)),
        ("person", ((r.id, r.conflicts) for r in dataset.persons)),
    )
    for record_type, records in groups:
        for record_id, conflicts in records:
            for conflict in conflicts:
                for value in conflict.values:
                    yield {
                        "record_type": record_type,
                        "record_id": record_id,
                        "field": conflict.field,
                        "value": value.value,
                        "sources": join(value.sources),
                    }
