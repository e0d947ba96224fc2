"""Merge the facts several reports give for one field, keeping disagreements as conflicts.

A fact missing from one report is filled from another. Values that refine one
another are one fact ("September 2021" and "11 September 2021" give the day);
values that contradict each other become a :class:`Conflict` listing each value
with the documents that give it. The merged record then holds the value most
documents give; on a tie an optional field stays unknown. Nothing depends on the
order of the reports: values are grouped, counted by document and ordered by
their JSON text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any, Generic, TypeVar, cast

import attrs

from diplomod.dataset.keys import fold
from diplomod.dataset.reports import json_text
from diplomod.records.dataset import Conflict, ConflictValue
from diplomod.records.dates import PartialDate
from diplomod.records.events import Place

__all__ = [
    "DateTally",
    "Facts",
    "PlaceTally",
    "Tally",
    "choose",
    "choose_date",
    "choose_place",
    "choose_text",
    "merge_fields",
    "same_text",
    "union",
]

V = TypeVar("V")
Given = Sequence[tuple[V | None, str]]


class Facts:
    """The merged values of one record's fields and the conflicts found on the way."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}
        self.conflicts: list[Conflict] = []

    def add(self, field: str, value: object, conflict: Conflict | None) -> None:
        """Record the merged value of ``field`` and its conflict, if any."""
        self.values[field] = value
        if conflict is not None:
            self.conflicts.append(conflict)

    def sorted_conflicts(self) -> tuple[Conflict, ...]:
        """Return the conflicts ordered by field name."""
        return tuple(sorted(self.conflicts, key=lambda c: c.field))


class Tally(Generic[V]):
    """The values reports give for one field, counted as they come, ready to merge.

    Values equal under ``same`` agree (they form one group); the surface form most
    reports give (then the first in JSON order) stands for its group. The result
    depends only on what was added, not on the order, so a tally can be extended
    with new reports instead of being counted again.
    """

    def __init__(self, same: Callable[[Any], Hashable] | None = None) -> None:
        self._same = same
        self._groups: dict[Hashable, tuple[Counter[Hashable], set[str]]] = {}
        self._values: dict[Hashable, V] = {}

    def add(self, value: V | None, source: str) -> None:
        """Count ``value`` as given by document ``source``; None and ``()`` are unknown."""
        if value is None or value == ():
            return
        surface = _hashable(value)
        group = _hashable(self._same(value)) if self._same else surface
        counts, sources = self._groups.setdefault(group, (Counter(), set()))
        counts[surface] += 1
        sources.add(source)
        self._values.setdefault(surface, value)

    def result(self, field: str, *, optional: bool = True) -> tuple[V | None, Conflict | None]:
        """Return the merged value and, when groups disagree, the conflict.

        The group most documents give wins; on a tie an optional field stays unknown
        and a required one takes the group first in JSON order.
        """
        if not self._groups:
            return None, None
        if len(self._groups) == 1:
            ((counts, _),) = self._groups.values()
            return self._best(counts), None
        ranked = sorted(
            (
                (len(sources), json_text(best), best, sources)
                for best, sources in (
                    (self._best(counts), sources) for counts, sources in self._groups.values()
                )
            ),
            key=lambda entry: (-entry[0], entry[1]),
        )
        conflict = Conflict(
            field=field,
            values=tuple(
                ConflictValue(value=text, sources=tuple(sorted(sources)))
                for _, text, _, sources in sorted(ranked, key=lambda entry: entry[1])
            ),
        )
        if optional and ranked[0][0] == ranked[1][0]:
            return None, conflict
        return ranked[0][2], conflict

    def _best(self, counts: Counter[Hashable]) -> V:
        """Return the form given most often, then the first in JSON order."""
        if len(counts) == 1:
            (only,) = counts
            return self._values[only]
        top = max(counts.values())
        leaders = [self._values[k] for k, n in counts.items() if n == top]
        return leaders[0] if len(leaders) == 1 else min(leaders, key=json_text)


def choose(
    field: str,
    given: Given[V],
    *,
    optional: bool = True,
    same: Callable[[Any], Hashable] | None = None,
) -> tuple[V | None, Conflict | None]:
    """Return the value the reports give for ``field`` and the conflict if they disagree.

    ``given`` pairs each report's value with its document's id (see :class:`Tally`).
    """
    tally: Tally[V] = Tally(same)
    for value, source in given:
        tally.add(value, source)
    return tally.result(field, optional=optional)


def same_text(text: str) -> str:
    """Return the form of a text that tells it from others: folded, spaces collapsed."""
    return " ".join(fold(text).split())


def choose_text(field: str, given: Given[str]) -> tuple[str | None, Conflict | None]:
    """Return a text fact; texts differing only in case, accents or spacing agree."""
    return choose(field, given, same=same_text)


class DateTally:
    """The dates reports give for one field, as they come: distinct dates and their sources."""

    def __init__(self) -> None:
        self._sources: dict[PartialDate, set[str]] = {}

    def __bool__(self) -> bool:
        return bool(self._sources)

    def add(self, date: PartialDate | None, source: str) -> None:
        """Count ``date`` as given by document ``source``; None is unknown."""
        if date is not None:
            self._sources.setdefault(date, set()).add(source)

    def result(self, field: str) -> tuple[PartialDate | None, Conflict | None]:
        """Return the finest date every date contains, or the conflict when there is none."""
        dates = self._sources
        finest = [d for d in dates if all(other.contains(d) for other in dates)]
        if finest:
            return finest[0], None
        return choose(field, [(d, s) for d, sources in dates.items() for s in sources])


class PlaceTally:
    """The places reports give, tallied part by part: venue, city and country."""

    def __init__(self) -> None:
        self._venue: Tally[str] = Tally(same_text)
        self._city: Tally[str] = Tally(same_text)
        self._country: Tally[str] = Tally()

    def add(self, place: Place | None, source: str) -> None:
        """Count ``place`` as given by document ``source``; None is unknown."""
        if place is not None:
            self._venue.add(place.venue, source)
            self._city.add(place.city, source)
            self._country.add(place.country, source)

    def result(self, field: str) -> tuple[Place | None, list[Conflict]]:
        """Return the place merged part by part, with each part's conflict."""
        venue, venue_conflict = self._venue.result(f"{field}.venue")
        city, city_conflict = self._city.result(f"{field}.city")
        country, country_conflict = self._country.result(f"{field}.country")
        conflicts = [c for c in (venue_conflict, city_conflict, country_conflict) if c]
        if venue is None and city is None and country is None:
            return None, conflicts
        return Place(venue=venue, city=city, country=country), conflicts


def choose_date(
    field: str, given: Given[PartialDate]
) -> tuple[PartialDate | None, Conflict | None]:
    """Return the finest date every report's date contains, or the conflict when there is none."""
    tally = DateTally()
    for date, source in given:
        tally.add(date, source)
    return tally.result(field)


def choose_place(field: str, given: Given[Place]) -> tuple[Place | None, list[Conflict]]:
    """Return a place merged part by part (venue, city, country), with each part's conflict."""
    tally = PlaceTally()
    for place, source in given:
        tally.add(place, source)
    return tally.result(field)


def merge_fields(
    facts: Facts, records: Sequence[tuple[object, str]], *, skip: frozenset[str]
) -> None:
    """Merge every field of the records' class but those in ``skip`` into ``facts``.

    ``records`` pairs each report (all of one class) with its document's id. A field
    with no known value keeps the first report's value.
    """
    first = records[0][0]
    for attribute in attrs.fields(cast("type[attrs.AttrsInstance]", type(first))):
        name = attribute.name
        if name in skip:
            continue
        given: list[tuple[Any, str]] = [
            (getattr(record, name), source) for record, source in records
        ]
        if all(value is None or isinstance(value, str) for value, _ in given):
            value, conflict = choose_text(name, given)
        else:
            value, conflict = choose(name, given, optional=attribute.default is None)
        facts.add(name, getattr(first, name) if value is None else value, conflict)


def union(values: Iterable[Iterable[V]]) -> tuple[V, ...]:
    """Return the distinct items of several tuples, in order of first appearance."""
    seen: dict[V, None] = {}
    for items in values:
        for item in items:
            seen.setdefault(item, None)
    return tuple(seen)


def _hashable(value: Hashable) -> Hashable:
    try:
        hash(value)
    except TypeError:
        return json_text(value)
    return value
