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

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any, TypeVar, cast

import attrs

from diplomod.dataset.keys import fold
from diplomod.dataset.reports import json_text
from diplomod.records.dataset import Conflict, ConflictValue
from diplomod.records.dates import PartialDate
from diplomod.records.events import Place

__all__ = [
    "Facts",
    "choose",
    "choose_date",
    "choose_place",
    "choose_text",
    "merge_fields",
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


def choose(
    field: str,
    given: Given[V],
    *,
    optional: bool = True,
    same: Callable[[Any], Hashable] | None = None,
) -> tuple[V | None, Conflict | None]:
    """Return the value the reports give for ``field`` and the conflict if they disagree.

    ``given`` pairs each report's value with its document's id; None and empty
    tuples are unknown. Values equal under ``same`` agree; the surface form given
    by most documents (then first in JSON order) stands for them.
    """
    known: list[tuple[V, str]] = [(v, s) for v, s in given if v is not None and v != ()]
    if not known:
        return None, None
    groups: dict[Hashable, list[tuple[V, str]]] = {}
    for value, source in known:
        groups.setdefault(_hashable(same(value) if same else value), []).append((value, source))
    if len(groups) == 1:
        return _surface(known, plain=True)[0], None
    ranked = sorted(
        ((_support(members), _surface(members), members) for members in groups.values()),
        key=lambda entry: (-entry[0], entry[1][1]),
    )
    best = ranked[0][1][0]
    if len(ranked) == 1:
        return best, None
    conflict = Conflict(
        field=field,
        values=tuple(
            ConflictValue(value=text, sources=tuple(sorted({s for _, s in members})))
            for _, (_, text), members in sorted(ranked, key=lambda entry: entry[1][1])
        ),
    )
    if optional and ranked[0][0] == ranked[1][0]:
        return None, conflict
    return best, conflict


def choose_text(field: str, given: Given[str]) -> tuple[str | None, Conflict | None]:
    """Return a text fact; texts differing only in case, accents or spacing agree."""
    return choose(field, given, same=lambda text: " ".join(fold(text).split()))


def choose_date(
    field: str, given: Given[PartialDate]
) -> tuple[PartialDate | None, Conflict | None]:
    """Return the finest date every report's date contains, or the conflict when there is none."""
    known: list[tuple[PartialDate, str]] = [(d, s) for d, s in given if d is not None]
    finest = [d for d, _ in known if all(other.contains(d) for other, _ in known)]
    if finest:
        return finest[0], None
    return choose(field, known)


def choose_place(field: str, given: Given[Place]) -> tuple[Place | None, list[Conflict]]:
    """Return a place merged part by part (venue, city, country), with each part's conflict."""
    known: list[tuple[Place, str]] = [(p, s) for p, s in given if p is not None]
    venue, venue_conflict = choose_text(f"{field}.venue", [(p.venue, s) for p, s in known])
    city, city_conflict = choose_text(f"{field}.city", [(p.city, s) for p, s in known])
    country, country_conflict = choose(f"{field}.country", [(p.country, s) for p, s in known])
    conflicts = [c for c in (venue_conflict, city_conflict, country_conflict) if c is not None]
    if venue is None and city is None and country is None:
        return None, conflicts
    return Place(venue=venue, city=city, country=country), conflicts


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


def _support(members: list[tuple[V, str]]) -> int:
    return len({source for _, source in members})


def _surface(members: list[tuple[V, str]], *, plain: bool = False) -> tuple[V, str]:
    """Return the form most documents give, then the first in JSON order, with its JSON.

    With ``plain``, the JSON text is not needed and is not made when all forms are equal.
    """
    first = members[0][0]
    if plain and all(value == first for value, _ in members):
        return first, ""
    counts: dict[str, tuple[int, V]] = {}
    for value, _ in members:
        text = json_text(value)
        count, _ = counts.get(text, (0, value))
        counts[text] = (count + 1, value)
    text, (_, value) = min(counts.items(), key=lambda item: (-item[1][0], item[0]))
    return value, text
