"""Ask a dataset for its records: by actor, dyad, type, status, modality and dates.

A :class:`Query` says what to keep; :func:`select` returns the dataset's records
that satisfy every criterion given, in date order. :func:`timeline` is the
history of a relationship: everything two (or more) actors took part in, in order.
:func:`find_links` answers which records a link rule ties together.

>>> from diplomod.records import Dataset
>>> select(Dataset(), Query(actors=("JPN", "VNM")))
()
"""

from __future__ import annotations

import datetime as dt
import enum

from attrs import field, frozen

from diplomod.errors import RegistryError
from diplomod.records import validators as v
from diplomod.records.agreements import AgreementStatus
from diplomod.records.dataset import (
    Dataset,
    Link,
    LinkKind,
    MergedAgreement,
    MergedCommitment,
    MergedEvent,
    MergedStatement,
)
from diplomod.records.dates import PartialDate
from diplomod.records.events import Event
from diplomod.records.extraction import OpaqueRecord
from diplomod.records.positions import Modality, StatementKind
from diplomod.registry import tag_of

__all__ = [
    "DatasetRecord",
    "Query",
    "RecordKind",
    "find_links",
    "record_date",
    "select",
    "timeline",
]

DatasetRecord = MergedEvent | MergedAgreement | MergedCommitment | MergedStatement


class RecordKind(enum.StrEnum):
    """The kinds of dataset record a query may ask for."""

    EVENT = "event"
    AGREEMENT = "agreement"
    COMMITMENT = "commitment"
    STATEMENT = "statement"


@frozen(kw_only=True)
class Query:
    """What to select from a dataset; every criterion given must hold.

    ``actors`` must all take part in a record: as an event's countries or its
    participants' states, an agreement's parties or signatories' states, or a
    commitment's or statement's actors, target or the countries of its event.
    A criterion that belongs to one kind of record (``event_types``,
    ``statuses``, ``modalities``, ``statement_kinds``) keeps only records of
    that kind. ``start`` and ``end`` keep the records whose date lies within
    them (an undated record is left out then); an agreement without a date takes
    its event's, a commitment or statement always its event's.

    .. versionadded:: 0.1.0
    """

    actors: tuple[str, ...] = field(default=(), validator=v.actor_codes)
    kinds: tuple[RecordKind, ...] = ()
    event_types: tuple[str, ...] = ()
    statuses: tuple[AgreementStatus, ...] = ()
    modalities: tuple[Modality, ...] = ()
    statement_kinds: tuple[StatementKind, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None


def select(dataset: Dataset, query: Query) -> tuple[DatasetRecord, ...]:
    """Return the records of ``dataset`` that ``query`` asks for, in date order.

    Records are ordered by the first day their date may denote, then the last,
    then kind (events first) and id; undated records come last.

    .. versionadded:: 0.1.0
    """
    events = {e.id: e for e in dataset.events}
    kinds = set(query.kinds or RecordKind)
    for criterion, kind in (
        (query.event_types, RecordKind.EVENT),
        (query.statuses, RecordKind.AGREEMENT),
        (query.modalities, RecordKind.COMMITMENT),
        (query.statement_kinds, RecordKind.STATEMENT),
    ):
        if criterion:
            kinds &= {kind}
    chosen: list[DatasetRecord] = []
    for kind, records in (
        (RecordKind.EVENT, dataset.events),
        (RecordKind.AGREEMENT, dataset.agreements),
        (RecordKind.COMMITMENT, dataset.commitments),
        (RecordKind.STATEMENT, dataset.statements),
    ):
        if kind in kinds:
            chosen.extend(r for r in records if _wanted(r, query, events))
    return tuple(sorted(chosen, key=lambda r: _order(r, events)))


def timeline(
    dataset: Dataset, *actors: str, start: dt.date | None = None, end: dt.date | None = None
) -> tuple[DatasetRecord, ...]:
    """Return everything ``actors`` took part in together, between ``start`` and ``end``, in order.

    >>> from diplomod.records import Dataset
    >>> timeline(Dataset(), "JPN", "VNM", start=dt.date(2021, 1, 1), end=dt.date(2021, 12, 31))
    ()

    .. versionadded:: 0.1.0
    """
    return select(dataset, Query(actors=actors, start=start, end=end))


def find_links(
    dataset: Dataset,
    *,
    kind: LinkKind | None = None,
    source: str | None = None,
    target: str | None = None,
    rule: str | None = None,
) -> tuple[Link, ...]:
    """Return the links of ``dataset`` of this kind, from this record, to this one, by this rule.

    .. versionadded:: 0.1.0
    """
    return tuple(
        link
        for link in dataset.links
        if (kind is None or link.kind == kind)
        and (source is None or link.source == source)
        and (target is None or link.target == target)
        and (rule is None or link.rule == rule)
    )


def record_date(record: DatasetRecord, events: dict[str, MergedEvent]) -> PartialDate | None:
    """Return the date of a record: its own, or else that of its event (given by id)."""
    own: PartialDate | None = None
    event_id: str | None = None
    if isinstance(record, MergedEvent):
        return record.event.date if isinstance(record.event, Event) else None
    if isinstance(record, MergedAgreement):
        own, event_id = record.agreement.date, record.agreement.event
    elif isinstance(record, MergedCommitment):
        event_id = record.commitment.event
    else:
        event_id = record.statement.event
    if own is not None or event_id is None or event_id not in events:
        return own
    found = events[event_id].event
    return found.date if isinstance(found, Event) else None


def _actors(record: DatasetRecord, events: dict[str, MergedEvent]) -> set[str]:
    if isinstance(record, MergedEvent):
        event = record.event
        if not isinstance(event, Event):
            return set()
        return {*event.countries, *(p.represents for p in event.participants if p.represents)}
    if isinstance(record, MergedAgreement):
        agreement = record.agreement
        signers = (p.represents for p in agreement.signatories if p.represents)
        return {*agreement.parties, *signers}
    clause = record.commitment if isinstance(record, MergedCommitment) else record.statement
    found = {*clause.actors}
    if isinstance(record, MergedStatement) and record.statement.target:
        found.add(record.statement.target)
    host = events.get(clause.event) if clause.event else None
    if host is not None and isinstance(host.event, Event):
        found.update(host.event.countries)
    return found


def _wanted(record: DatasetRecord, query: Query, events: dict[str, MergedEvent]) -> bool:
    if query.actors and not set(query.actors) <= _actors(record, events):
        return False
    if not _matches(record, query):
        return False
    if query.start is None and query.end is None:
        return True
    date = record_date(record, events)
    if date is None:
        return False
    first, last = date.bounds()
    return (query.start is None or first >= query.start) and (
        query.end is None or last <= query.end
    )


def _matches(record: DatasetRecord, query: Query) -> bool:
    """Tell whether a record passes the criteria that belong to its kind."""
    if isinstance(record, MergedEvent):
        return not query.event_types or _event_type(record) in query.event_types
    if isinstance(record, MergedAgreement):
        return not query.statuses or record.agreement.status in query.statuses
    if isinstance(record, MergedCommitment):
        return not query.modalities or record.commitment.modality in query.modalities
    return not query.statement_kinds or record.statement.kind in query.statement_kinds


def _event_type(record: MergedEvent) -> str | None:
    event = record.event
    if isinstance(event, OpaqueRecord):
        return event.type
    try:
        return tag_of(type(event))
    except RegistryError:
        return None


_KIND_ORDER = {MergedEvent: 0, MergedAgreement: 1, MergedCommitment: 2, MergedStatement: 3}


def _order(
    record: DatasetRecord, events: dict[str, MergedEvent]
) -> tuple[bool, dt.date, dt.date, int, str]:
    date = record_date(record, events)
    first, last = date.bounds() if date is not None else (dt.date.max, dt.date.max)
    return (date is None, first, last, _KIND_ORDER[type(record)], record.id)
