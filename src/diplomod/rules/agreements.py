"""Merge the mentions of one agreement and build its record.

Mentions are found by :mod:`agreement_mentions`, judged by :mod:`agreement_status`
and read in their context by :mod:`agreement_context`. Mentions of one instrument
merge: repeated or contained titles, aliases ("UNCLOS"), anaphors ("the accord"),
untitled mentions matching a titled instrument by kind and topic. Untitled
instruments are kept only when their signing, or a firm plan, is reported.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from diplomod.mentions.actors import ActorKind
from diplomod.mentions.collect import Mentions
from diplomod.mentions.dates import DateKind
from diplomod.mentions.lexicon import city_country
from diplomod.mentions.lexicon.caseless import CaselessPattern
from diplomod.records import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Conference,
    Event,
    PartialDate,
    Place,
    Span,
    Visit,
)
from diplomod.records.codes import is_actor_code
from diplomod.rules.agreement_context import DATE_RANK, Reading, read_mentions
from diplomod.rules.agreement_mentions import (
    REACH,
    WINDOW,
    AgreementMention,
    AgreementText,
    find_mentions,
)
from diplomod.rules.agreement_words import DEFAULT_AGREEMENT_WORDS, AgreementWords
from diplomod.rules.discourse import Discourse
from diplomod.rules.evidence import evidence, record_id
from diplomod.rules.stem_scan import span_of
from diplomod.text.document import Document
from diplomod.text.lines import LineKind

__all__ = ["find_agreements"]

_S = AgreementStatus
_RANK = {_S.REFERENCED: 0, _S.PLANNED: 1, _S.NEGOTIATING: 2, _S.SIGNED: 3, _S.IN_FORCE: 4}
_INDEFINITE = frozenset({"a", "an", "another", "two", "three", "four", "five", "several"})
_MEETING = CaselessPattern(
    r"\b(?:following|after|during|at|on\s+the\s+sidelines\s+of)\s+(?:the|their|this|today's)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:meetings?|talks|visit|summit|consultations?|dialogue|conversation)\b"
)
_VISIT = re.compile(r"(?i:\bvisit\Z)")
#: A date stated as several days ("May 6 to 8", "6-8 May", "from 6 to May 8").
_DAYS = re.compile(
    r"(?<![\d-])\d{1,2}(?:st|nd|rd|th)?\s{0,3}(?:-|\u2013|\u2014|to|till|until|through|and)"
    r"\s{0,3}(?:[A-Za-z]+\s)?\d{1,2}(?!\d)"
)
_WORDS = re.compile(r"[a-z0-9]+")
_HEAD_WORDS = frozenset(
    {"agreement", "agreements", "accord", "accords", "deal", "memorandum", "memoranda", "mou",
     "treaty", "convention", "declaration", "statement", "communique", "protocol", "charter",
     "pact", "joint", "understanding", "cooperation", "co", "operation", "arrangement"}
)  # fmt: skip


class _Cluster:
    """The readings of one instrument, with what merging compares kept up to date."""

    def __init__(self, first: Reading) -> None:
        self.kind = first.mention.kind
        self.first = first.mention.span.start
        self.readings: list[Reading] = []
        self.titles: list[Reading] = []
        self.status = _S.REFERENCED
        self.groups: set[int] = set()
        self.parties: set[str] = set()
        self.topics: set[str] = set()
        self.date: PartialDate | None = None
        self.merged = False
        self.definite = False  # named at least once as a known instrument ("the accord")
        self.add(first)

    def add(self, r: Reading) -> None:
        """Add one reading."""
        self.readings.append(r)
        self.first = min(self.first, r.mention.span.start)
        if r.mention.title is not None and len(self.titles) < WINDOW:
            self.titles.append(r)
        if _RANK[r.status] > _RANK[self.status]:
            self.status = r.status
        self.groups.add(r.group)
        self.definite = self.definite or r.mention.determiner not in _INDEFINITE
        if r.parties_rank < 2:
            self.parties.update(r.parties)
        self.topics.update(tag for tag, _ in r.topics)
        if self.date is None and r.date is not None and r.date_rank < DATE_RANK[DateKind.RELATIVE]:
            self.date = r.date

    def absorb(self, other: _Cluster) -> None:
        """Take every reading of ``other``, which is then merged away."""
        for r in other.readings:
            self.add(r)
        other.merged = True

    def fits(self, r: Reading) -> bool:
        """Tell whether a reading's parties agree with the cluster's."""
        return not r.parties or not self.parties or bool(set(r.parties) & self.parties)

    def joinable(self, other: _Cluster) -> bool:
        """Tell whether an untitled cluster may name the same instrument as this one."""
        if self.kind is not other.kind or self.status is not other.status:
            return False
        if self.groups & other.groups:
            return False
        a, b = self.parties, other.parties
        if a and b and not (a <= b or b <= a):
            return False
        x, y = self.date, other.date
        if x and y and not (x.contains(y) or y.contains(x)):
            return False
        if self.topics & other.topics:
            return True
        # one says nothing of its subject: the same instrument if one was named as known
        one_known = bool(self.titles) or self.definite or other.definite
        return (not self.topics or not other.topics) and one_known


def find_agreements(
    document: Document,
    mentions: Mentions,
    discourse: Discourse,
    events: Sequence[Event],
    *,
    words: AgreementWords = DEFAULT_AGREEMENT_WORDS,
) -> tuple[Agreement, ...]:
    """Return the agreements the document reports, plans or cites, in text order.

    Args:
        document: the normalized document.
        mentions: its actor and date mentions.
        discourse: who is who in it (subjects, principals).
        events: its events, the reported one first; may be empty.
        words: the vocabulary of heads, cues and topics (see :mod:`agreement_words`).
    """
    page = AgreementText(document, mentions, words)
    found, heads = find_mentions(page)
    readings = read_mentions(page, found, heads, discourse)
    builder = _Builder(page, events)
    records = (builder.record(c) for c in builder.cluster(readings))
    return tuple(r for r in records if r is not None)


class _Builder:
    """The state of one merge of a document's readings into records."""

    def __init__(self, page: AgreementText, events: Sequence[Event]) -> None:
        self.page, self.events = page, events
        self.text, self.words = page.text, page.words
        self.noise = self.words.title_connectors | self.words.party_words
        # by mention id (mentions live as long as the builder): see _descriptive, _content, _key
        self.descriptive: dict[int, bool] = {}
        self.contents: dict[tuple[int, bool], list[str]] = {}
        self.keys: dict[int, tuple[AgreementKind, str]] = {}
        self.main = next((e for e in events if not e.referenced), None)

    def cluster(self, readings: Sequence[Reading]) -> list[_Cluster]:
        """Merge the readings that name one instrument; return the clusters in text order."""
        clusters: list[_Cluster] = []
        exact: dict[tuple[AgreementKind, str], _Cluster] = {}
        for r in readings:
            m, target = r.mention, None
            recent = clusters[-WINDOW:]
            if m.anaphor:
                target = next((c for c in reversed(recent) if c.kind is m.kind), None)
                if target is None and r.cue is None:
                    continue
            elif m.title is not None:
                key = self._key(m)
                target = exact.get(key) or next(
                    (c for c in recent if any(self._same(r, o) for o in c.titles)), None
                )
                if target is None and self._descriptive(m):
                    target = next((c for c in reversed(recent) if c.titles
                                   and c.kind is m.kind and c.fits(r)), None)  # fmt: skip
            if target is None:
                target = _Cluster(r)
                clusters.append(target)
            else:
                target.add(r)
            if m.title is not None:
                exact.setdefault(self._key(m), target)
        for n, c in enumerate(clusters):
            if c.titles or c.merged or c.status is _S.REFERENCED:
                continue
            near = clusters[max(0, n - WINDOW) : n + WINDOW]
            homes = [o for o in near if o.titles and not o.merged and o.joinable(c)]
            shared = [o for o in homes if o.topics & c.topics]
            home = shared[0] if shared else homes[0] if len(homes) == 1 else None
            if home is None:
                earlier = clusters[max(0, n - WINDOW) : n]
                home = next((o for o in earlier if not o.merged and o.joinable(c)), None)
            if home is not None:
                home.absorb(c)
        return sorted((c for c in clusters if not c.merged), key=lambda c: c.first)

    def _key(self, m: AgreementMention) -> tuple[AgreementKind, str]:
        """Return what an exact repetition of a title shares: its kind and lower-cased words."""
        key = self.keys.get(id(m))
        if key is None:
            key = self.keys[id(m)] = (m.kind, _title(self.text, m).lower())
        return key

    def _same(self, r: Reading, o: Reading) -> bool:
        """Tell whether two titles name one instrument (same words, or one inside the other)."""
        a, b = r.mention, o.mention
        if a.kind is not b.kind or b.title is None or a.title is None:
            return False
        if a.alias and a.alias in (b.alias, b.title.slice(self.text)):
            return True
        ta, tb = {t for t, _ in r.topics}, {t for t, _ in o.topics}
        if ta and tb and not ta & tb:
            return False
        x, y = self._content(a), self._content(b)
        short, long_ = sorted((x, y), key=len)
        if any(w not in _HEAD_WORDS for w in short) and set(short) <= set(long_):
            return True
        common = sum(min(x.count(w), y.count(w)) for w in set(x))
        return 2 * common >= 0.7 * (len(x) + len(y))

    def _content(self, m: AgreementMention, *, bodies: bool = True) -> list[str]:
        """Return the words of a title that are not connectors, party words or actor names."""
        assert m.title is not None
        known = self.contents.get((id(m), bodies))
        if known is not None:
            return known
        names: set[str] = set()
        n = bisect_left(self.page.actor_starts, m.title.start)
        for a in self.page.actors[n : n + WINDOW]:
            if a.span.start >= m.title.end:
                break
            if a.kind is not ActorKind.CAPITAL and (bodies or a.kind is not ActorKind.BODY):
                names.update(_WORDS.findall(a.span.slice(self.text).lower()))
        noise = self.noise
        words = _WORDS.findall(self._key(m)[1])
        known = self.contents[(id(m), bodies)] = [
            w for w in words if w not in noise and w not in names
        ]
        return known

    def _descriptive(self, m: AgreementMention) -> bool:
        """Tell whether a title only names its parties ("Joint Declaration of the Presidents")."""
        if m.title is None:
            return False
        known = self.descriptive.get(id(m))
        if known is None:
            words = set(_WORDS.findall(self._key(m)[1]))
            rest = set(self._content(m, bodies=False)) - _HEAD_WORDS
            known = self.descriptive[id(m)] = bool(words & self.words.party_words) and not rest
        return known

    def record(self, group: _Cluster) -> Agreement | None:
        """Return the agreement a cluster describes, or None for an untitled mere mention."""
        cluster, status, titled = group.readings, group.status, group.titles
        firm = any(r.cue.firm for r in cluster if r.cue and r.status is status)
        if not titled and not (status in (_S.SIGNED, _S.IN_FORCE) or firm):
            return None
        if status is _S.REFERENCED and all(r.mention.cued for r in cluster):
            return None  # a scheme cited by name ("Exchange Programme"), no signed text
        plain = [r for r in titled if not self._descriptive(r.mention)] or titled
        rep = (
            max(plain, key=lambda r: len(r.mention.title or r.anchor))
            if plain
            else next((r for r in cluster if not r.mention.anaphor), cluster[0])
        )
        doc = self.page.document
        proof = [evidence(doc, "record", rep.mention.span), evidence(doc, "kind", rep.mention.head)]
        title = None
        if rep.mention.title is not None:
            title = _title(self.text, rep.mention)
            proof.append(evidence(doc, "title", rep.mention.title))
        decisive = next(r for r in cluster if r.status is status)
        if decisive.cue is not None:
            proof.append(evidence(doc, "status", decisive.cue.span))
        parties = min(cluster, key=lambda r: (r.parties_rank, -len(r.parties)))
        if parties.parties_span is not None:
            proof.append(evidence(doc, "parties", parties.parties_span))
        signing = [r for r in cluster if r.status is status] or list(cluster)
        dated = min(signing, key=lambda r: r.date_rank)
        date, date_span = dated.date, dated.date_span
        if date is None and status is _S.SIGNED:
            date, date_span = self._meeting_date(signing)
        if date is not None and date_span is not None:
            proof.append(evidence(doc, "date", date_span))
        placed = next((r for r in signing if r.city), None)
        place = None
        if placed and placed.city and placed.city_span:
            place = Place(city=placed.city, country=city_country(placed.city))
            proof.append(evidence(doc, "place.city", placed.city_span))
        topics: list[str] = []
        for r in sorted(cluster, key=lambda r: r.mention.title is None):
            for tag, span in r.topics:
                if tag not in topics:
                    topics.append(tag)
                    proof.append(evidence(doc, "topics", span))
        signatories = {p.person.name: p for r in cluster for p in r.signatories}
        main = self.main
        linked = (
            main is not None
            and status is _S.SIGNED
            and (date is None or main.date is None or date == main.date)
        )
        return Agreement(
            id=record_id(doc, "agreement", rep.anchor),
            title=title,
            kind=rep.mention.kind,
            status=status,
            parties=tuple(c for c in parties.parties if is_actor_code(c)),
            signatories=tuple(signatories.values()),
            date=date,
            place=place,
            topics=tuple(topics),
            event=main.id if linked and main is not None else None,
            source=doc.id,
            evidence=tuple(proof),
        )

    def _other_visit(self, main: Event) -> bool:
        """Tell whether "the visit" may be an event other than the reported conference."""
        return isinstance(main, Conference) and any(
            isinstance(e, Visit) for e in self.events if e is not main
        )

    def _meeting_date(self, signing: Sequence[Reading]) -> tuple[PartialDate | None, Span | None]:
        """Return the date of the meeting at which an undated signing took place, if told."""
        for r in signing[:WINDOW]:
            s = r.mention.sentence.span
            lo, hi = max(s.start, r.anchor.start - REACH), min(s.end, r.anchor.end + REACH)
            ref = _MEETING.search(self.text, self.page.view, lo, hi)
            if ref is None:
                continue
            main = self.main
            if main is not None:
                if main.date_inferred or (_VISIT.search(ref[0]) and self._other_visit(main)):
                    return None, None  # "the visit" may be another event than the reported one
                if _several_days(main):
                    return None, None  # signed on one of the days: which one is not told
                return main.date, span_of(ref)
            if self.events:
                return None, None
            n = bisect_left(self.page.starts, s.start)
            for before in reversed(self.page.sentences[max(0, n - 2) : n]):
                dates = [d for d in self.page.dates_in(before.span.start, before.span.end)
                         if d.date is not None and d.kind is DateKind.ABSOLUTE]  # fmt: skip
                if dates and before.kind is LineKind.BODY:
                    return dates[-1].date, dates[-1].span
        return None, None


def _several_days(event: Event) -> bool:
    """Tell whether the text dates ``event`` as a run of days rather than one day."""
    return any(e.field == "date" and _DAYS.search(e.text) for e in event.evidence)


def _title(text: str, mention: AgreementMention) -> str:
    assert mention.title is not None
    return mention.title.slice(text).strip(" \"'.,;:")
