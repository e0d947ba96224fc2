"""Events: the reports of one real meeting, call, visit or conference, merged into one.

Reports that date an event to the day (a date the text states, of an event the
document reports rather than refers to) anchor it: two such reports are one event
when they give the same type, day and countries, their ordinals agree, and they
name the same people (a city they disagree on is kept as a conflict) or, when
either names nobody, the same place. Every other report — undated, dated to a
month, dated by its publication only, or a reference to an earlier event — has a
window of days it may fall in and joins the one anchored event of its type and
countries in that window whose place, people and ordinal it fits; with no window
at all it must share a person or a city with the event. Reports that fit none
group with those giving the same type, countries and date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import NamedTuple, cast

import attrs

from diplomod.dataset.facts import Facts, choose, choose_date, choose_place, merge_fields
from diplomod.dataset.keys import PersonName, fold, person_name
from diplomod.dataset.persons import merge_participants
from diplomod.dataset.reports import Report
from diplomod.records.dataset import MergedEvent
from diplomod.records.dates import Precision, format_partial_date
from diplomod.records.events import Event, Place
from diplomod.records.extraction import OpaqueRecord

__all__ = ["LAG", "EventRules", "merge_event", "window"]

#: How long before its publication a document may report an event it does not date.
LAG = dt.timedelta(days=31)
#: A window longer than this many months is looked up by type and countries alone.
_MAX_MONTHS = 36
_SKIP = frozenset(
    {"id", "date", "date_inferred", "place", "participants", "referenced", "references"}
    | {"source", "evidence", "countries"}
)

EventReport = Report[Event | OpaqueRecord]
Person = tuple[str | None, PersonName]
People = tuple[Person, ...]


class EventSummary(NamedTuple):
    """What vague reports compare with an anchored event."""

    day: dt.date
    countries: frozenset[str]
    cities: frozenset[str]
    people: frozenset[Person]
    ordinals: frozenset[int]


def window(report: EventReport) -> tuple[dt.date | None, dt.date | None]:
    """Return the first and last day the reported event may have taken place (None: open)."""
    event = report.record
    assert isinstance(event, Event)
    if event.date is not None:
        lo, hi = event.date.bounds()
        return (_before(lo), hi) if event.date_inferred else (lo, hi)
    if report.published is None:
        return None, None
    return (None if event.referenced else _before(report.published)), report.published


def _before(day: dt.date) -> dt.date:
    """Return the day :data:`LAG` before ``day``, or the first day there is."""
    return day - LAG if day - dt.date.min > LAG else dt.date.min


def _countries(event: Event) -> tuple[str, ...]:
    return tuple(sorted(event.countries))


def _people(event: Event) -> People:
    return tuple(
        (p.represents, person_name(p.person.name)) for p in event.participants if p.person.name
    )


def _match(a: Person, b: Person) -> bool:
    return (a[0] is None or b[0] is None or a[0] == b[0]) and a[1].compatible(b[1])


def people_agree(first: People, second: People) -> bool:
    """Tell whether two lists of participants may be of one event.

    They share a person, and for each country both name people of, a person of it.
    """
    if not first or not second:
        return True
    if not any(_match(a, b) for a in first for b in second):
        return False
    shared = {a[0] for a in first if a[0]} & {b[0] for b in second if b[0]}
    return all(
        any(_match(a, b) for a in first if a[0] == c for b in second if b[0] == c) for c in shared
    )


def _places_agree(first: Place | None, second: Place | None) -> bool:
    if first is None or second is None:
        return True
    if first.country and second.country and first.country != second.country:
        return False
    return not (first.city and second.city and fold(first.city) != fold(second.city))


def _agree(first: Event, second: Event) -> bool:
    """Tell whether two reports of one type, day and countries are of one event.

    When both name participants, the people decide (a place they disagree on is a
    conflict to keep, not another event); otherwise the places must agree.
    """
    if first.ordinal and second.ordinal and first.ordinal != second.ordinal:
        return False
    people = _people(first), _people(second)
    if people[0] and people[1]:
        return people_agree(*people)
    return bool(first.countries) and _places_agree(first.place, second.place)


class EventRules:
    """When two event reports are one event."""

    exact = False

    def is_anchor(self, item: EventReport) -> bool:
        """Tell whether a report states the day of an event it reports."""
        event = item.record
        return (
            isinstance(event, Event)
            and event.date is not None
            and event.date.precision is Precision.DAY
            and not event.date_inferred
            and not event.referenced
        )

    def block_keys(self, item: EventReport) -> Iterable[Hashable]:
        """Return the type, day and countries of an anchor."""
        event = item.record
        assert isinstance(event, Event)
        return ((type(event), event.date, _countries(event)),)

    def same(self, first: EventReport, second: EventReport) -> bool:
        """Tell whether two anchors of one type, day and countries agree on the rest."""
        a, b = first.record, second.record
        assert isinstance(a, Event)
        assert isinstance(b, Event)
        return _agree(a, b)

    def index_keys(self, item: EventReport) -> Iterable[Hashable]:
        """Return the type and countries with the month, and with each city and name word."""
        event = item.record
        assert isinstance(event, Event)
        assert event.date is not None
        countries = _countries(event)
        if not countries:
            return ()
        kind = type(event)
        return [(kind, countries, event.date.year, event.date.month), *_evidence_keys(event)]

    def summarize(self, anchors: Sequence[EventReport]) -> EventSummary:
        """Return the day, places, people and ordinals the anchors give."""
        events = [a.record for a in anchors if isinstance(a.record, Event)]
        places = [e.place for e in events if e.place is not None]
        assert events[0].date is not None
        return EventSummary(
            events[0].date.first_day(),
            frozenset(p.country for p in places if p.country),
            frozenset(fold(p.city) for p in places if p.city),
            frozenset(person for e in events for person in _people(e)),
            frozenset(e.ordinal for e in events if e.ordinal),
        )

    def lookup_keys(self, item: EventReport) -> Iterable[Hashable]:
        """Return the months of the report's window, or its type and countries if it is open."""
        event = item.record
        if not isinstance(event, Event) or not event.countries:
            return ()
        kind, countries = type(event), _countries(event)
        lo, hi = window(item)
        if lo is None or hi is None or _months(lo, hi) > _MAX_MONTHS:
            return _evidence_keys(event)
        keys = []
        year, month = lo.year, lo.month
        while (year, month) <= (hi.year, hi.month):
            keys.append((kind, countries, year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return keys

    def fits(self, item: EventReport, summary: EventSummary) -> bool:
        """Tell whether a vague report's window, place, people and ordinal fit an event."""
        day, countries, cities, people, ordinals = summary
        event = item.record
        assert isinstance(event, Event)
        lo, hi = window(item)
        if (lo is not None and day < lo) or (hi is not None and day > hi):
            return False
        if event.ordinal and ordinals and event.ordinal not in ordinals:
            return False
        place = event.place
        if place is not None:
            if place.country and countries and place.country not in countries:
                return False
            if place.city and cities and fold(place.city) not in cities:
                return False
        ours = _people(event)
        if lo is None or hi is None or _months(lo, hi) > _MAX_MONTHS:
            # no date to go by: a shared person or city must say it is this event
            shared_city = place is not None and place.city and fold(place.city) in cities
            if not shared_city and not any(_match(a, b) for a in ours for b in people):
                return False
        return people_agree(ours, tuple(people))

    def orphan_key(self, item: EventReport) -> Hashable | None:
        """Return the type, countries and stated date of a report that fits no event."""
        event = item.record
        if not isinstance(event, Event) or not event.countries or event.date is None:
            return None
        if event.date_inferred:
            return None
        return (type(event), _countries(event), format_partial_date(event.date))

    def group_orphans(self, items: Sequence[EventReport]) -> Iterable[Sequence[EventReport]]:
        """Group reports of one type, countries and date whose other facts agree."""
        groups: list[list[EventReport]] = []
        for item in items:
            record = item.record
            assert isinstance(record, Event)
            joined = [g for g in groups if any(_agree(record, _event(m)) for m in g)]
            merged = [item]
            for group in joined:
                merged.extend(group)
                groups.remove(group)
            groups.append(merged)
        return groups


def _evidence_keys(event: Event) -> list[Hashable]:
    """Return the type and countries with each city and each word of a participant's name.

    A report with no date to go by finds its event through these: it must share a
    person or a city with it.
    """
    kind, countries = type(event), _countries(event)
    keys: list[Hashable] = [
        (kind, countries, "person", w) for _, n in _people(event) for w in n.full
    ]
    if event.place is not None and event.place.city:
        keys.append((kind, countries, "city", fold(event.place.city)))
    return keys


def _event(report: EventReport) -> Event:
    assert isinstance(report.record, Event)
    return report.record


def _months(lo: dt.date, hi: dt.date) -> int:
    return (hi.year - lo.year) * 12 + hi.month - lo.month + 1


def merge_event(
    event_id: str,
    reports: Sequence[EventReport],
    person_id_of: Callable[[str], str | None],
    targets: Sequence[str],
) -> MergedEvent:
    """Return one event from its reports (given in key order).

    ``targets`` are the ids of the merged events the reports refer to.
    """
    first = reports[0].record
    if isinstance(first, OpaqueRecord):
        return MergedEvent(id=event_id, event=first, reports=tuple(r.record for r in reports))
    events = [(r.record, r.source) for r in reports if isinstance(r.record, Event)]
    facts = Facts()
    stated = [(e.date, s) for e, s in events if not e.date_inferred]
    guessed = [(e.date, s) for e, s in events if e.date_inferred]
    date, conflict = choose_date("date", stated)
    inferred = date is None and conflict is None
    if inferred:
        date, conflict = choose_date("date", guessed)
    facts.add("date", date, conflict)
    place, place_conflicts = choose_place("place", [(e.place, s) for e, s in events])
    facts.add("place", place, None)
    facts.conflicts.extend(place_conflicts)
    countries, conflict = choose(
        "countries", [(e.countries, s) for e, s in events], same=frozenset[str]
    )
    facts.add("countries", countries or (), conflict)
    merge_fields(facts, events, skip=_SKIP)
    participants, person_ids = merge_participants(
        cast("list[Report[Event]]", [r for r in reports if isinstance(r.record, Event)]),
        "participants",
        person_id_of,
    )
    event = attrs.evolve(
        first,
        **facts.values,
        id=event_id,
        date_inferred=inferred and date is not None,
        participants=participants,
        referenced=all(e.referenced for e, _ in events),
        references=tuple(sorted(targets)),
        source=None,
        evidence=(),
    )
    return MergedEvent(
        id=event_id,
        event=event,
        participants=person_ids,
        reports=tuple(r.record for r in reports),
        conflicts=facts.sorted_conflicts(),
    )
