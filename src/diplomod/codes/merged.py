"""Code a merged dataset: one coded event per merged record, told by every report of it.

A :class:`~diplomod.records.dataset.Dataset` holds one record per real event,
agreement, commitment and statement, each with the reports of the documents
that tell of it. :func:`dataset_events` codes each merged record once, gives
it one :class:`~diplomod.codes.coded.Report` per report (the earliest
published first, so an export that cites one report cites the first story),
the dataset person id of each participant, and the dataset links that start
from it.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping

from attrs import evolve

from diplomod.codes.coded import CodedEvent, Report
from diplomod.codes.coder import LossSink, Record, coded_event, when_and_where
from diplomod.records.actors import Participant, Person
from diplomod.records.agreements import AgreementStatus
from diplomod.records.dataset import Dataset, Link, MergedPerson
from diplomod.records.events import Event
from diplomod.records.extraction import OpaqueRecord
from diplomod.records.provenance import Source

__all__ = ["dataset_events"]

#: Who a person mention in a report is: (document, record id as the document gave it, person).
_Owners = Mapping[tuple[str, str, Person], str]


def dataset_events(dataset: Dataset, losses: LossSink | None = None) -> Iterator[CodedEvent]:
    """Yield one coded event per merged event, agreement, commitment and statement.

    Merged records of types this installation does not know and agreements
    only cited are left out, as they are from extractions, and noted in
    ``losses`` together with the links that start from them.
    """
    sources = {s.id: s for s in dataset.sources}
    owners = _owners(dataset.persons)
    links: dict[str, list[Link]] = {}
    events: dict[str, CodedEvent] = {}
    for link in dataset.links:
        links.setdefault(link.source, []).append(link)

    def coded(
        record: Record, reports: Iterable[Record], persons: tuple[str | None, ...]
    ) -> CodedEvent:
        told = tuple(reports)
        event = coded_event(record, _reports(told, sources))
        event = evolve(event, persons=persons, links=tuple(links.get(event.id, ())))
        return event if isinstance(record, Event) else when_and_where(event, events)

    def skip(merged_id: str, reason: str, what: str) -> None:
        if losses is None:
            return
        losses.add("record", reason, what)
        if merged_id in links:
            losses.add("links", "the record the link starts from is not exported", merged_id)

    for merged in dataset.events:
        event = merged.event
        if isinstance(event, OpaqueRecord):
            skip(merged.id, f"type {event.type!r} is unknown here", event.type)
            continue
        told = [r for r in merged.reports if not isinstance(r, OpaqueRecord)]
        coded_merged = coded(event, told, merged.participants)
        events[coded_merged.id] = coded_merged
        yield coded_merged
    for agreement in dataset.agreements:
        record = agreement.agreement
        if record.status is AgreementStatus.REFERENCED:
            skip(agreement.id, "an agreement only cited is not an event", agreement.id)
            continue
        people = _person_ids(record.signatories, agreement.reports, owners)
        yield coded(record, agreement.reports, people)
    for commitment in dataset.commitments:
        speakers = tuple(Participant(person=p) for p in commitment.commitment.speakers)
        people = _person_ids(speakers, commitment.reports, owners)
        yield coded(commitment.commitment, commitment.reports, people)
    for statement in dataset.statements:
        speakers = tuple(Participant(person=p) for p in statement.statement.speakers)
        people = _person_ids(speakers, statement.reports, owners)
        yield coded(statement.statement, statement.reports, people)


def _owners(persons: Iterable[MergedPerson]) -> dict[tuple[str, str, Person], str]:
    owners: dict[tuple[str, str, Person], str] = {}
    for merged in persons:
        for report in merged.reports:
            owners.setdefault((report.source, report.record, report.person), merged.id)
    return owners


def _person_ids(
    people: tuple[Participant, ...], reports: Iterable[Record], owners: _Owners
) -> tuple[str | None, ...]:
    """Return the dataset person of each merged participant: whoever a report names so."""
    told = [(r.source, r.id) for r in reports if r.source is not None]
    return tuple(
        next((owners[key] for s, i in told if (key := (s, i, p.person)) in owners), None)
        for p in people
    )


def _reports(told: tuple[Record, ...], sources: Mapping[str, Source]) -> tuple[Report, ...]:
    """Return a report per record reported, the earliest published first (ties keep order)."""
    reports = [
        Report(source=sources.get(r.source) or Source(id=r.source), evidence=r.evidence)
        for r in told
        if r.source is not None
    ]
    return tuple(sorted(reports, key=_published))


def _published(report: Report) -> tuple[bool, dt.date]:
    published = report.source.published
    return published is None, published or dt.date.max
