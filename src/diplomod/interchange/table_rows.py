"""The rows of a dataset's record tables: sources, events, participants, persons and the rest.

Events of every type fill the same cells, read from the record's JSON form;
fields a type adds beyond :class:`~diplomod.records.events.Event` (a meeting's
``mode``, a registered type's own fields, an unknown type's payload) go to
``extra``, a JSON object of the non-null ones. Reference cells (the ``event_id``
of a commitment, an event's ``references``) hold merged record ids where the
dataset merged the referenced report.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from diplomod.interchange.json import to_payload
from diplomod.interchange.table_cells import (
    Row,
    canonical_json,
    date_cells,
    join,
    json_int,
    json_list,
    json_object,
    json_str,
    merge_cells,
    minutes,
)
from diplomod.interchange.table_reports import event_report
from diplomod.records.dataset import Dataset
from diplomod.records.events import Event
from diplomod.records.extraction import JSONValue, OpaqueRecord
from diplomod.registry import tag_of

__all__ = [
    "agreement_rows",
    "commitment_rows",
    "event_rows",
    "link_rows",
    "participant_rows",
    "person_rows",
    "source_rows",
    "statement_rows",
]

_EVENT_BASE = frozenset(a.name for a in attrs.fields(Event))


class _Index:
    """Where each report id of a dataset was merged to."""

    def __init__(self, dataset: Dataset) -> None:
        self.merged: dict[str, str] = {}
        for me in dataset.events:
            for event in me.reports:
                self.merged.setdefault(event_report(event).report_id, me.id)
        for group in (dataset.agreements, dataset.commitments, dataset.statements):
            for record in group:
                for report in record.reports:
                    self.merged.setdefault(report.id, record.id)

    def resolve(self, record_id: str | None) -> str | None:
        """Return the merged id of a report id (the id itself if no record holds it)."""
        return None if record_id is None else self.merged.get(record_id, record_id)


def _event_data(record: Event | OpaqueRecord) -> tuple[str, dict[str, JSONValue]]:
    """Return an event's type tag and its JSON form."""
    if isinstance(record, OpaqueRecord):
        return record.type, record.payload
    return tag_of(type(record)), json_object(to_payload(record)["data"])


def source_rows(dataset: Dataset) -> Iterator[Row]:
    """Yield a row per document."""
    for s in dataset.sources:
        yield {
            "source_id": s.id,
            "published": s.published,
            "publisher": s.publisher,
            "url": s.url,
            "title": s.title,
            "sha256": s.sha256,
        }


def event_rows(dataset: Dataset) -> Iterator[Row]:
    """Yield a row per merged event, of any type."""
    index = _Index(dataset)
    for me in dataset.events:
        tag, data = _event_data(me.event)
        place = json_object(data.get("place"))
        extra = {k: v for k, v in data.items() if k not in _EVENT_BASE and v is not None}
        references = (json_str(r) for r in json_list(data.get("references")))
        sources = (event_report(r).source_id for r in me.reports)
        yield {
            "event_id": me.id,
            "type": tag,
            **date_cells(json_str(data.get("date"))),
            "date_inferred": data.get("date_inferred") is True,
            "time": json_str(data.get("time")),
            "duration_minutes": minutes(data.get("duration")),
            "duration_approximation": json_str(data.get("duration_approximation")),
            "venue": json_str(place.get("venue")),
            "city": json_str(place.get("city")),
            "country": json_str(place.get("country")),
            "countries": join(json_str(c) for c in json_list(data.get("countries"))),
            "n_participants": len(json_list(data.get("participants"))),
            "ordinal": json_int(data.get("ordinal")),
            "referenced": data.get("referenced") is True,
            "references": join(index.resolve(r) for r in references),
            **merge_cells(sources, len(me.reports), me.conflicts),
            "extra": canonical_json(extra) if extra else None,
        }


def participant_rows(dataset: Dataset) -> Iterator[Row]:
    """Yield a row per person taking part in a merged event."""
    for me in dataset.events:
        _, data = _event_data(me.event)
        for position, found in enumerate(json_list(data.get("participants"))):
            p = json_object(found)
            person = json_object(p.get("person"))
            yield {
                "event_id": me.id,
                "position": position,
                "person_id": me.participants[position] if position < len(me.participants) else None,
                "name": json_str(person.get("name")),
                "title": json_str(p.get("title")),
                "represents": json_str(p.get("represents")),
                "role": json_str(p.get("role")),
            }


def person_rows(dataset: Dataset) -> Iterator[Row]:
    """Yield a row per merged person."""
    for mp in dataset.persons:
        person = mp.person
        yield {
            "person_id": mp.id,
            "name": person.name,
            "given_name": person.given_name,
            "family_name": person.family_name,
            "honorific": person.honorific,
            "represents": mp.represents,
            "offices": join(o.title for o in person.offices),
            "n_records": len({r.record for r in mp.reports}),
            **merge_cells((r.source for r in mp.reports), len(mp.reports), mp.conflicts),
        }


def agreement_rows(dataset: Dataset) -> Iterator[Row]:
    """Yield a row per merged agreement."""
    index = _Index(dataset)
    for ma in dataset.agreements:
        a = ma.agreement
        place = a.place
        yield {
            "agreement_id": ma.id,
            "title": a.title,
            "kind": a.kind.value,
            "status": a.status.value,
            "parties": join(a.parties),
            **date_cells(str(a.date) if a.date else None),
            "venue": place.venue if place else None,
            "city": place.city if place else None,
            "country": place.country if place else None,
            "topics": join(a.topics),
            "signatories": join(p.person.name for p in a.signatories),
            "relations": join(f"{r.kind.value}:{index.resolve(r.target)}" for r in a.relations),
            "event_id": index.resolve(a.event),
            **merge_cells((r.source for r in ma.reports), len(ma.reports), ma.conflicts),
        }


def commitment_rows(dataset: Dataset) -> Iterator[Row]:
    """Yield a row per merged commitment."""
    index = _Index(dataset)
    for mc in dataset.commitments:
        c = mc.commitment
        yield {
            "commitment_id": mc.id,
            "modality": c.modality.value,
            "actors": join(c.actors),
            "content": c.content,
            "negated": c.negated,
            "topics": join(c.topics),
            "speakers": join(p.name for p in c.speakers),
            "event_id": index.resolve(c.event),
            "agreement_id": index.resolve(c.agreement),
            **merge_cells((r.source for r in mc.reports), len(mc.reports), mc.conflicts),
        }


def statement_rows(dataset: Dataset) -> Iterator[Row]:
    """Yield a row per merged statement."""
    index = _Index(dataset)
    for ms in dataset.statements:
        s = ms.statement
        yield {
            "statement_id": ms.id,
            "kind": s.kind.value,
            "actors": join(s.actors),
            "target": s.target,
            "content": s.content,
            "negated": s.negated,
            "speakers": join(p.name for p in s.speakers),
            "event_id": index.resolve(s.event),
            **merge_cells((r.source for r in ms.reports), len(ms.reports), ms.conflicts),
        }


def link_rows(dataset: Dataset) -> Iterator[Row]:
    """Yield a row per link between dataset records."""
    for link in dataset.links:
        yield {
            "kind": link.kind.value,
            "from_id": link.source,
            "to_id": link.target,
            "rule": link.rule,
            "sources": join(link.sources),
        }
