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

from diplomod.dataset.facts import DateTally, Facts, PlaceTally, Tally, choose
from diplomod.dataset.keys import fold, title_key, topics_meet, words
from diplomod.dataset.persons import merge_participants
from diplomod.dataset.reports import Report
from diplomod.records.agreements import (
    Agreement,
    AgreementKind,
    AgreementRelation,
    AgreementStatus,
)
from diplomod.records.dataset import MergedAgreement
from diplomod.records.dates import PartialDate, Precision

__all__ = [
    "KINDRED",
    "STATUS_RANK",
    "AgreementRules",
    "AgreementSummary",
    "AgreementTally",
    "merge_agreement",
]

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


class AgreementTally:
    """The facts of one instrument's reports, kept so new reports are added, not read again.

    A treaty cited by thousands of documents is touched by many batches; the
    tally makes that cost follow the new reports. Its result depends only on the
    set of reports added.
    """

    def __init__(self) -> None:
        self.keys: list[str] = []
        self._reports: dict[str, AgreementReport] = {}
        self._title: Tally[str] = Tally(_title_group)
        self._kinds: Tally[AgreementKind] = Tally()
        self._titled_kinds: Tally[AgreementKind] = Tally()
        self._titled = False
        self._done_dates = DateTally()
        self._dates = DateTally()
        self._place = PlaceTally()
        self._parties: Tally[tuple[str, ...]] = Tally(frozenset[str])
        self._status = AgreementStatus.REFERENCED
        self._topics: dict[str, str] = {}
        self._relations: set[AgreementRelation] = set()
        self._tied: dict[str, AgreementReport] = {}

    def add(self, reports: Iterable[AgreementReport]) -> None:
        """Count new reports in."""
        fresh = [r for r in reports if r.key not in self._reports]
        for report in fresh:
            a, source = report.record, report.source
            self._reports[report.key] = report
            self._title.add(a.title, source)
            kind = a.kind if a.kind is not AgreementKind.OTHER else None
            self._kinds.add(kind, source)
            if a.title:
                self._titled = True
                self._titled_kinds.add(kind, source)
            self._dates.add(a.date, source)
            if a.status in _DONE:
                self._done_dates.add(a.date, source)
            self._place.add(a.place, source)
            self._parties.add(a.parties, source)
            self._status = max(self._status, a.status, key=STATUS_RANK.__getitem__)
            for topic in a.topics:
                joined = "".join(words(topic))
                self._topics[joined] = min(self._topics.get(joined, topic), topic)
            self._relations.update(a.relations)
            if a.event or a.signatories:
                self._tied[report.key] = report
        self.keys = sorted([*self.keys, *(r.key for r in fresh)])

    def tied(self) -> list[AgreementReport]:
        """Return the reports that tie the instrument to an event or name signatories."""
        return [self._tied[k] for k in sorted(self._tied)]

    def merged(
        self,
        agreement_id: str,
        person_id_of: Callable[[str], str | None],
        event_id_of: Callable[[AgreementReport], str | None],
    ) -> MergedAgreement:
        """Return the instrument: its merged facts, signatories, event and every report."""
        facts = Facts()
        title, _ = self._title.result("title")
        kind, conflict = (self._titled_kinds if self._titled else self._kinds).result("kind")
        facts.add("kind", kind or AgreementKind.OTHER, conflict)
        date, conflict = (self._done_dates or self._dates).result("date")
        facts.add("date", date, conflict)
        place, conflicts = self._place.result("place")
        facts.conflicts.extend(conflicts)
        parties, conflict = self._parties.result("parties", optional=False)
        facts.add("parties", parties or (), conflict)
        tied = self.tied()
        event, conflict = choose("event", [(event_id_of(r), r.source) for r in tied])
        facts.add("event", event, conflict)
        signatories, _ = merge_participants(tied, "signatories", person_id_of)
        reports = tuple(self._reports[k].record for k in self.keys)
        agreement = attrs.evolve(
            reports[0],
            **facts.values,
            id=agreement_id,
            title=title,
            status=self._status,
            place=place,
            signatories=signatories,
            topics=tuple(self._topics[k] for k in sorted(self._topics)),
            relations=tuple(sorted(self._relations, key=lambda r: (r.kind, r.target))),
            source=None,
            evidence=(),
        )
        return MergedAgreement(
            id=agreement_id,
            agreement=agreement,
            reports=reports,
            conflicts=facts.sorted_conflicts(),
        )


def merge_agreement(
    agreement_id: str,
    reports: Sequence[AgreementReport],
    person_id_of: Callable[[str], str | None],
    event_id_of: Callable[[AgreementReport], str | None],
) -> MergedAgreement:
    """Return one instrument from its reports."""
    tally = AgreementTally()
    tally.add(reports)
    return tally.merged(agreement_id, person_id_of, event_id_of)


def _title_group(title: str) -> Hashable:
    return title_key(title) or fold(title)
