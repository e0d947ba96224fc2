"""Agreements: the reports of one instrument, titled or not, merged into one.

A titled report anchors an instrument: two are one when their titles name the
same thing once parties and kind words are set aside ("Japan-Vietnam Defense
Equipment and Technology Transfer Agreement" and "Agreement on the Transfer of
Defence Equipment and Technology"), with the same parties, compatible kinds and
overlapping dates. An untitled report ("a defence export deal") joins the one
titled instrument of its parties that its kind, date and place fit and that it
shares positive evidence with: a topic, or the day of signing. Untitled reports
that fit none group with those of the same parties, kind and day of signing that
share a topic.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import NamedTuple

import attrs

from diplomod.dataset.facts import Facts, choose, choose_date, choose_place, union
from diplomod.dataset.keys import fold, title_key, topics_meet, words
from diplomod.dataset.persons import merge_participants
from diplomod.dataset.reports import Report
from diplomod.records.agreements import Agreement, AgreementKind, AgreementStatus
from diplomod.records.dataset import MergedAgreement
from diplomod.records.dates import PartialDate, Precision

__all__ = ["KINDRED", "STATUS_RANK", "AgreementRules", "AgreementSummary", "merge_agreement"]

#: How far along an instrument is: the merged status is the furthest any report gives.
STATUS_RANK = {
    AgreementStatus.REFERENCED: 0,
    AgreementStatus.PLANNED: 1,
    AgreementStatus.NEGOTIATING: 2,
    AgreementStatus.SIGNED: 3,
    AgreementStatus.IN_FORCE: 4,
}
_DONE = (AgreementStatus.SIGNED, AgreementStatus.IN_FORCE)

AgreementReport = Report[Agreement]


#: Kinds the press uses for one another: a "pact" or "deal" may be a treaty.
KINDRED = frozenset({AgreementKind.AGREEMENT, AgreementKind.TREATY})


def _kinds_agree(first: AgreementKind, second: AgreementKind) -> bool:
    return AgreementKind.OTHER in (first, second) or first == second or {first, second} <= KINDRED


def _overlap(first: PartialDate | None, second: PartialDate | None) -> bool:
    if first is None or second is None:
        return True
    (a, b), (c, d) = first.bounds(), second.bounds()
    return a <= d and c <= b


def _day(date: PartialDate | None) -> dt.date | None:
    return date.first_day() if date is not None and date.precision is Precision.DAY else None


class AgreementSummary(NamedTuple):
    """What untitled reports compare with a titled instrument."""

    kinds: frozenset[AgreementKind]
    dates: frozenset[PartialDate]
    countries: frozenset[str]
    cities: frozenset[str]
    days: frozenset[dt.date]
    topics: frozenset[str]


class AgreementRules:
    """When two agreement reports are one instrument."""

    exact = False

    def is_anchor(self, item: AgreementReport) -> bool:
        """Tell whether a report gives a title that names something."""
        return item.record.title is not None and bool(title_key(item.record.title))

    def block_keys(self, item: AgreementReport) -> Iterable[Hashable]:
        """Return the title's key and the parties."""
        assert item.record.title is not None
        return ((title_key(item.record.title), tuple(sorted(item.record.parties))),)

    def same(self, first: AgreementReport, second: AgreementReport) -> bool:
        """Tell whether two reports of one title and parties agree on kind and date."""
        a, b = first.record, second.record
        return _kinds_agree(a.kind, b.kind) and _overlap(a.date, b.date)

    def index_keys(self, item: AgreementReport) -> Iterable[Hashable]:
        """Return the parties, under which untitled reports look instruments up."""
        parties = tuple(sorted(item.record.parties))
        return (parties,) if parties else ()

    def summarize(self, anchors: Sequence[AgreementReport]) -> AgreementSummary:
        """Return the kinds, dates, places, days and topics the anchors give."""
        records = [a.record for a in anchors]
        places = [r.place for r in records if r.place is not None]
        return AgreementSummary(
            frozenset(r.kind for r in records if r.kind is not AgreementKind.OTHER),
            frozenset(r.date for r in records if r.date is not None),
            frozenset(p.country for p in places if p.country),
            frozenset(fold(p.city) for p in places if p.city),
            frozenset(d for d in (_day(r.date) for r in records) if d is not None),
            frozenset(t for r in records for t in r.topics),
        )

    def lookup_keys(self, item: AgreementReport) -> Iterable[Hashable]:
        """Return the parties of an untitled report."""
        parties = tuple(sorted(item.record.parties))
        return (parties,) if parties else ()

    def fits(self, item: AgreementReport, summary: AgreementSummary) -> bool:
        """Tell whether an untitled report fits a titled instrument and shares evidence."""
        kinds, dates, countries, cities, days, topics = summary
        record = item.record
        if not all(_kinds_agree(record.kind, kind) for kind in kinds):
            return False
        if not all(_overlap(record.date, d) for d in dates):
            return False
        place = record.place
        if place is not None:
            if place.country and countries and place.country not in countries:
                return False
            if place.city and cities and fold(place.city) not in cities:
                return False
        day = _day(record.date)
        return topics_meet(record.topics, topics) or (day is not None and day in days)

    def orphan_key(self, item: AgreementReport) -> Hashable | None:
        """Return the parties, kind and day of signing of an untitled report that fits none."""
        record = item.record
        day = _day(record.date)
        if not record.parties or day is None:
            return None
        return (tuple(sorted(record.parties)), record.kind, day)

    def group_orphans(
        self, items: Sequence[AgreementReport]
    ) -> Iterable[Sequence[AgreementReport]]:
        """Group reports that share a topic, or that have none."""
        groups: list[list[AgreementReport]] = []
        for item in items:
            topics = item.record.topics
            joined = [
                g
                for g in groups
                if any(
                    topics_meet(topics, m.record.topics) or not (topics or m.record.topics)
                    for m in g
                )
            ]
            merged = [item]
            for group in joined:
                merged.extend(group)
                groups.remove(group)
            groups.append(merged)
        return groups


def merge_agreement(
    agreement_id: str,
    reports: Sequence[AgreementReport],
    person_id_of: Callable[[str], str | None],
    event_id_of: Callable[[AgreementReport], str | None],
) -> MergedAgreement:
    """Return one instrument from its reports (given in key order)."""
    records = [(r.record, r.source) for r in reports]
    facts = Facts()
    title, _ = choose("title", [(a.title, s) for a, s in records], same=_title_group)
    titled = [(a, s) for a, s in records if a.title] or records
    kind, conflict = choose(
        "kind", [(a.kind, s) for a, s in titled if a.kind is not AgreementKind.OTHER]
    )
    facts.add("kind", kind or AgreementKind.OTHER, conflict)
    done = [(a.date, s) for a, s in records if a.status in _DONE and a.date is not None]
    date, conflict = choose_date("date", done or [(a.date, s) for a, s in records])
    facts.add("date", date, conflict)
    place, conflicts = choose_place("place", [(a.place, s) for a, s in records])
    facts.conflicts.extend(conflicts)
    parties, conflict = choose(
        "parties", [(a.parties, s) for a, s in records], optional=False, same=frozenset[str]
    )
    facts.add("parties", parties or (), conflict)
    event, conflict = choose("event", [(event_id_of(r), r.source) for r in reports])
    facts.add("event", event, conflict)
    signatories, _ = merge_participants(reports, "signatories", person_id_of)
    first = reports[0].record
    agreement = attrs.evolve(
        first,
        **facts.values,
        id=agreement_id,
        title=title,
        status=max((a.status for a, _ in records), key=STATUS_RANK.__getitem__),
        place=place,
        signatories=signatories,
        topics=_topics(a.topics for a, _ in records),
        relations=union(a.relations for a, _ in records),
        source=None,
        evidence=(),
    )
    return MergedAgreement(
        id=agreement_id,
        agreement=agreement,
        reports=tuple(a for a, _ in records),
        conflicts=facts.sorted_conflicts(),
    )


def _title_group(title: str) -> Hashable:
    return title_key(title) or fold(title)


def _topics(lists: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    """Return the topics of all reports, one per subject ("cyber security" = "cybersecurity")."""
    seen: dict[str, str] = {}
    for topics in lists:
        for topic in topics:
            seen.setdefault("".join(words(topic)), topic)
    return tuple(seen.values())
