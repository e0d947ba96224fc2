"""Events: meetings, calls, visits and conferences, reported or referred to.

Every trigger phrase in the body text is a *mention*; a mention has a type, a
date (the nearest date of its sentence), and flags: future ("will meet") and
hypothetical mentions are dropped, earlier ones ("the last meeting in September")
are *referenced*. The first mention that surely reports an event anchors the
main event; later mentions of it ("the talks", "during the call", "his trip")
fill in what the anchor's sentence leaves open. Referenced mentions of the same
parties become referenced events, one per distinct date. Without any trigger,
two parties acting together ("signed the deal", "exchanged views") report a
meeting.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from typing import Any, TypeVar

from attrs import evolve, frozen

from diplomod.mentions.actors import ActorKind, ActorMention, ReferenceKind, ReferenceMention
from diplomod.mentions.collect import Mentions
from diplomod.mentions.dates import DateKind, DateMention, find_dates
from diplomod.mentions.lexicon import DEFAULT_LEXICON, trie_pattern
from diplomod.mentions.times import DurationMention, TimeMention
from diplomod.records import (
    Approximation,
    Call,
    CallMedium,
    Conference,
    Event,
    Evidence,
    Meeting,
    MeetingMode,
    Office,
    PartialDate,
    Participant,
    Person,
    Place,
    Precision,
    Role,
    Span,
    Visit,
)
from diplomod.records.codes import is_actor_code, is_state_code
from diplomod.registry import event_types, generation
from diplomod.rules import event_words as words
from diplomod.rules.discourse import Discourse, PersonEntity
from diplomod.rules.evidence import evidence, record_id
from diplomod.text.document import Document
from diplomod.text.lines import LineKind

__all__ = ["find_events"]

_BUILTIN: dict[str, type[Event]] = {
    "meeting": Meeting,
    "call": Call,
    "visit": Visit,
    "conference": Conference,
}
_FUTURE = words.cue_pattern(words.FUTURE_CUES)
_REFERENCE = words.cue_pattern(words.REFERENCE_CUES)
_FUTURE_AFTER = re.compile(
    r"\s(?:will\s(?:be\sheld|take\splace)|(?:is|are)\s(?:to\sbe\sheld|scheduled|planned"
    r"|expected|due))\b"
)
_PASSIVE = re.compile(r"(?:\b(?:be|been|being|is|are|was|were)|\bnot)\s$")
_SIDELINES = re.compile(r"(?i:sidelines?|margins?)\sof\s(?:the\s)?[^,.;]{0,60}$")
_AT_FRAME = re.compile(r"\b(?:at|during|to|of)\s(?:the\s)?(?:\w+\s){0,7}$")
_BARE_REFERENCE = re.compile(r"\b(?:most\s)?recently(?=\s(?:in|on)\s)")
_CLAUSE_CUT = re.compile(r"[,;:()\"]")
_JOINED = re.compile(r"(?:,\s|\s)(?:and|as\swell\sas)\s(?:the\s)?")
_ORDINAL = re.compile(
    r"\b(?P<ord>(?i:" + "|".join(words.ORDINALS) + r")|\d{1,2}(?:st|nd|rd|th))\s"
    r"(?:[\w'.-]+\s){0,6}$"
)
_COMPOUND_GAP = re.compile(r"\s?[-/]\s?")
_NAME_RUN = re.compile(r"(?:[A-Z][\w.'-]*\s|(?:and|of|for|on|the|&)\s){0,8}$")
_SEPARATE = re.compile(r"\bseparate(?:ly|\smeetings)\b")
_VENUE = re.compile(
    r"\b(?:at|in)\s(?P<the>the\s)?(?P<v>[A-Z][\w'.-]*(?:\s(?:of\s(?:the\s)?|the\s|for\s|de\s|and\s)?"
    r"[A-Z][\w'.-]*){0,6})"
)
_IN_STATE = re.compile(r"\bin\s(?:the\s)?$")
_TO_STATE = re.compile(r"\s(?:to\s)?(?:the\s)?")
_PREPOSITION = re.compile(r"\b(?:of|to|with|by|for|from|in|on|at|against|over)\s(?:the\s)?$")
_INFINITIVE = re.compile(
    r"\bto\s(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)[a-z]+\s"
    r"(?:(?:the|a|an|further|more|bilateral|regular|new|regular|closer|high-level)\s){0,2}$"
)
_DATE_BLOCKERS = re.compile(r"\b(?:by|until|till|before|since|through|of|after)\s$")
_NOT_NOW = re.compile(r"\s(?:it|we|they|there|our|this|these|is|are|more|many)\b")
_DATE_BEFORE = 130  # how far a date may stand before its trigger ("On 23 May, after ..., met")
_DATE_AFTER = 100  # and after it ("met ... in Geneva on 23 May")
_OTHER_TIME = re.compile(
    r"\b(?:after|before|since|until|following|inauguration|election|anniversary|took\soffice)\b"
)
_RELATED = 2000  # how near the anchor an earlier dated meeting of unknown parties must be
_MEMBERS = 12  # how many mentions of one event are read for its place and persons
_REACH = 400  # how far from its trigger a mention's persons and places may stand
_SPAN_LIMIT = 90  # how far before a trigger its cues and ordinal may stand
_M = TypeVar("_M", TimeMention, DurationMention)


@frozen(kw_only=True)
class _Mention:
    """One trigger phrase in one body sentence, with what its sentence says about it."""

    trigger: words.Trigger
    tag: str
    span: Span
    sentence: Span
    paragraph: int
    referenced: bool = False
    date: DateMention | None = None
    ordinal: tuple[int, Span] | None = None
    parties: tuple[str, ...] = ()


@frozen(kw_only=True)
class _Draft:
    """What the rules gathered for one event before it becomes a record."""

    tag: str
    anchor: _Mention
    members: tuple[_Mention, ...]
    referenced: bool = False
    persons: tuple[tuple[PersonEntity, Span], ...] = ()
    key: Span | None = None  # the span naming this event apart from its anchor
    date: tuple[PartialDate, Span] | None = None


def find_events(document: Document, mentions: Mentions, discourse: Discourse) -> tuple[Event, ...]:
    """Return the events the document reports or refers to, the main one first."""
    try:
        return _Reader(document, mentions, discourse).run()
    except (ValueError, TypeError, KeyError, IndexError):  # never fail a whole parse
        return ()


# ---------------------------------------------------------------- trigger tables


@cache
def _tables(version: int) -> tuple[tuple[words.Trigger, ...], re.Pattern[str]]:
    """Return the trigger rows (built-in, then registered types) and their pattern."""
    del version
    rows = list(words.TRIGGERS)
    for entry in event_types():
        if entry.builtin or not entry.triggers:
            continue
        for phrase in entry.triggers:
            rows.append(
                words.Trigger(pattern=re.escape(phrase).replace(r"\ ", "[ ]"), tag=entry.tag)
            )
    custom = rows[len(words.TRIGGERS) :]
    ordered = (*custom, *words.TRIGGERS)  # registered phrases win over built-in words
    return ordered, words.compile_triggers(ordered)


@cache
def _city_pattern() -> re.Pattern[str]:
    names = DEFAULT_LEXICON.cities
    return re.compile(r"\b(?:in|to|at)\s(?P<city>" + trie_pattern(names) + r")(?![\w-])")


# ---------------------------------------------------------------- the reader


class _Reader:
    """Finds the mentions of one document and groups them into events."""

    def __init__(self, document: Document, mentions: Mentions, discourse: Discourse) -> None:
        self.document = document
        self.text = document.text
        self.mentions = mentions
        self.discourse = discourse
        self.rows, self.pattern = _tables(generation())
        self.body = [s for s in document.sentences if s.kind is LineKind.BODY]
        self.year = _document_year(mentions)
        self.dates = [d for d in mentions.dates if d.date is not None or d.kind is DateKind.NO_YEAR]
        self.date_starts = [d.span.start for d in self.dates]
        self.items = sorted(discourse.items, key=lambda i: i.span.start)
        self.item_starts = [i.span.start for i in self.items]
        self._anchor_cache: tuple[_Mention, tuple[str, ...]] | None = None
        self.bodies = {a.span.start: a for a in mentions.actors.actors if a.kind is ActorKind.BODY}

    def _items_in(self, start: int, stop: int) -> list[ActorMention | ReferenceMention]:
        """Return the discourse's top-level items inside ``[start, stop)`` (by bisection)."""
        lo = bisect_left(self.item_starts, start)
        hi = bisect_left(self.item_starts, stop, lo)
        return [i for i in self.items[lo:hi] if i.span.end <= stop]

    def run(self) -> tuple[Event, ...]:
        found = [m for s in self.body for m in self._sentence_mentions(s.span, s.paragraph)]
        custom = [m for m in found if m.tag not in _BUILTIN]
        builtin = [m for m in found if m.tag in _BUILTIN]
        drafts = self._drafts(builtin)
        for tag in dict.fromkeys(m.tag for m in custom):
            group = tuple(m for m in custom if m.tag == tag)
            dated = next((m for m in group if m.date and self._date(m)), None)
            day = self._date(dated) if dated else None
            when = (day, dated.date.span) if day and dated and dated.date else None
            drafts.append(_Draft(tag=tag, anchor=group[0], members=group, date=when))
        events = [self._event(d) for d in drafts]
        main = next((e for e in events if not e.referenced), None)
        refs = tuple(e.id for e in events if e.referenced)
        if main is not None and refs:
            events[events.index(main)] = evolve(main, references=refs)
        return tuple(events)

    # -- mentions ---------------------------------------------------------------------

    def _sentence_mentions(self, sentence: Span, paragraph: int) -> list[_Mention]:
        text = self.text
        out: list[_Mention] = []
        previous: _Mention | None = None  # the last referenced mention
        for m in self.pattern.finditer(text, sentence.start, sentence.end):
            row = self.rows[int(str(m.lastgroup)[1:])]
            span = Span(start=m.start(), end=m.end())
            if self._dropped(row, span, sentence):
                continue
            mention = _Mention(
                trigger=row,
                tag=self._tag(row, span),
                span=span,
                sentence=sentence,
                paragraph=paragraph,
            )
            referenced = self._cued(span, sentence) or bool(
                previous
                and span.start - previous.span.end < 90
                and _JOINED.search(text, previous.span.end, span.start)
            )
            mention = evolve(
                mention,
                referenced=referenced,
                ordinal=self._ordinal(row, span),
                parties=self._compound(span),
            )
            out.append(mention)
            previous = mention if referenced else previous
        starts = [x.span.start for x in out]
        for m in _BARE_REFERENCE.finditer(text, sentence.start, sentence.end):
            before = bisect_left(starts, m.start()) - 1
            if before >= 0 and out[before].span.end <= m.start():
                row = out[before].trigger
                span = Span(start=m.start(), end=m.end())
                out.append(
                    _Mention(
                        trigger=row,
                        tag=out[before].tag,
                        span=span,
                        sentence=sentence,
                        paragraph=paragraph,
                        referenced=True,
                    )
                )
        return self._with_dates(sorted(out, key=lambda x: x.span.start), sentence)

    def _dropped(self, row: words.Trigger, span: Span, sentence: Span) -> bool:
        """Tell whether a trigger is future, hypothetical, a frame or not diplomacy."""
        text = self.text
        before = self._clause_before(span.start, sentence)
        after = text[span.end : min(sentence.end, span.end + 60)]
        if _FUTURE.search(before) or _FUTURE_AFTER.match(after) or _INFINITIVE.search(before):
            return True
        if any(after.lower().startswith(" " + w) for w in words.EXCLUDED_AFTER):
            return True
        lead = text[max(sentence.start, span.start - 80) : span.start]
        if not row.noun and _PASSIVE.search(lead):
            return True
        if row.tag in _BUILTIN and _SIDELINES.search(lead):
            return True  # the frame of a sidelines meeting, not an event of its own
        return row.strength is words.Strength.JOINT and not self._joint(span, sentence)

    def _clause_before(self, start: int, sentence: Span) -> str:
        lead = self.text[max(sentence.start, start - _SPAN_LIMIT) : start]
        cut = max((m.end() for m in _CLAUSE_CUT.finditer(lead)), default=0)
        return lead[cut:]

    def _cued(self, span: Span, sentence: Span) -> bool:
        before = self._clause_before(span.start, sentence)
        return bool(_REFERENCE.search(before[-48:]))

    def _joint(self, span: Span, sentence: Span) -> bool:
        """Tell whether two or more parties act together at ``span`` ("X and Y signed")."""
        lead = self._clause_before(span.start, sentence)
        start = span.start - len(lead)
        codes: set[str] = set()
        for item in self._items_in(start, span.start):
            if isinstance(item, ReferenceMention) and item.kind is ReferenceKind.PRONOUN:
                continue  # "Kishi and his Vietnamese counterpart Giang"
            party = self.discourse.party_of(item)
            if party is not None and (
                party.plural
                or not _PREPOSITION.search(self.text, max(0, item.span.start - 12), item.span.start)
            ):
                codes.update(party.codes)
        return len(codes) >= 2 and (" and " in lead or "both" in lead.lower())

    def _tag(self, row: words.Trigger, span: Span) -> str:
        """Return the tag: a named multilateral gathering is a conference, not a meeting."""
        if row.tag != "meeting" or not self.text[span.start].isupper():
            return row.tag
        name = _NAME_RUN.search(self.text, max(0, span.start - 80), span.start)
        run = name.group() if name else ""
        if any(
            re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", run) for w in words.CONFERENCE_NAMES
        ):
            return "conference"
        return row.tag

    def _ordinal(self, row: words.Trigger, span: Span) -> tuple[int, Span] | None:
        if not row.noun or row.tag == "visit":
            return None
        m = _ORDINAL.search(self.text, max(0, span.start - 70), span.start)
        if m is None:
            return None
        word = m["ord"].lower()
        value = words.ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
        return (value, Span(start=m.start("ord"), end=m.end("ord"))) if value else None

    def _compound(self, span: Span) -> tuple[str, ...]:
        """Return the parties of a "Japan-Vietnam Defense Ministers' Meeting" compound."""
        text = self.text
        run = _NAME_RUN.search(text, max(0, span.start - 80), span.start)
        floor = run.start() if run else span.start
        chain: list[ActorMention] = []
        for item in self._items_in(max(0, floor - 40), span.start):
            if not isinstance(item, ActorMention) or item.code is None:
                continue
            if item.kind is ActorKind.PERSON or item.kind is ActorKind.BODY:
                continue
            if chain and _COMPOUND_GAP.fullmatch(text, chain[-1].span.end, item.span.start):
                chain.append(item)
            else:
                chain = [item]
        if len(chain) < 2 or chain[-1].span.end < floor:
            return ()
        return tuple(dict.fromkeys(str(c.code) for c in chain))

    def _with_dates(self, found: list[_Mention], sentence: Span) -> list[_Mention]:
        """Give each date of the sentence to the nearest mention."""
        if not found:
            return found
        starts = [m.span.start for m in found]
        best: dict[int, tuple[int, DateMention]] = {}
        lo = bisect_left(self.date_starts, sentence.start)
        hi = bisect_left(self.date_starts, sentence.end, lo)
        for date in self.dates[lo:hi]:
            if _DATE_BLOCKERS.search(self.text, max(0, date.span.start - 8), date.span.start):
                continue
            if date.kind is DateKind.RELATIVE and _NOT_NOW.match(self.text, date.span.end):
                continue  # "as today it is our country that ...": now, not the event's day
            index, distance = min(
                ((i, _distance(found[i].span, date.span)) for i in _near(starts, date.span)),
                key=lambda pair: (found[pair[0]].trigger.strength is words.Strength.VAGUE, pair[1]),
            )
            trigger = found[index].span
            after = date.span.start >= trigger.end
            if distance > (_DATE_AFTER if after else _DATE_BEFORE):
                continue
            gap = (
                Span(start=trigger.end, end=date.span.start)
                if after
                else Span(start=date.span.end, end=trigger.start)
            )
            if _OTHER_TIME.search(self.text, gap.start, gap.end):
                continue  # "his first trip after his inauguration on March 19"
            if index not in best or distance < best[index][0]:
                best[index] = (distance, date)
        return [evolve(m, date=best[i][1]) if i in best else m for i, m in enumerate(found)]

    # -- grouping ---------------------------------------------------------------------

    def _drafts(self, found: list[_Mention]) -> list[_Draft]:
        live = [m for m in found if not m.referenced]
        anchor = self._anchor(live)
        if anchor is None:
            return []
        main_date = self._date(anchor)
        dated = anchor if main_date is not None else None
        members = [anchor]
        for m in live:
            if m is anchor or not self._fits(m, anchor) or abs(m.paragraph - anchor.paragraph) > 3:
                continue
            date = self._date(m)
            if date is not None and main_date is not None and not _compatible(date, main_date):
                continue
            if main_date is None and date is not None and self._donor(m, anchor):
                main_date, dated = date, m
            members.append(m)
        members.sort(key=lambda m: m.span.start)
        when = (main_date, dated.date.span) if main_date and dated and dated.date else None
        main = _Draft(tag=self._main_tag(anchor), anchor=anchor, members=tuple(members), date=when)
        drafts = self._split(main)
        taken = {id(m) for m in members}
        earlier = [m for m in found if id(m) not in taken and self._earlier(m, main_date, anchor)]
        return drafts + self._referenced(earlier, anchor)

    def _donor(self, m: _Mention, anchor: _Mention) -> bool:
        """Tell whether a mention near the anchor may give the main event its date."""
        date = self._date(m)
        return (
            m.trigger.strength is not words.Strength.VAGUE
            and abs(m.paragraph - anchor.paragraph) <= 1
            and date is not None
            and date.precision is not Precision.YEAR
        )

    def _main_tag(self, anchor: _Mention) -> str:
        if anchor.trigger.strength is not words.Strength.VAGUE:
            return anchor.tag
        return self._heading_tag() or anchor.tag

    def _heading_tag(self) -> str | None:
        for s in self.document.sentences:
            if s.kind is LineKind.HEADING:
                for m in self.pattern.finditer(self.text, s.span.start, s.span.end):
                    row = self.rows[int(str(m.lastgroup)[1:])]
                    if row.strength is words.Strength.STRONG and row.tag in _BUILTIN:
                        return row.tag
        return None

    def _anchor(self, live: list[_Mention]) -> _Mention | None:
        strong = [
            m
            for m in live
            if m.trigger.strength is words.Strength.STRONG
            and (not m.trigger.noun or m.date is not None or m.parties or self._persons(m))
        ]
        for tags in (("meeting", "call"), ("conference",), ("visit",)):
            first = next((m for m in strong if m.tag in tags), None)
            if first is not None:
                return first
        vague = next(
            (m for m in live if m.trigger.strength is words.Strength.VAGUE and not m.trigger.noun),
            None,
        )
        joint = next((m for m in live if m.trigger.strength is words.Strength.JOINT), None)
        return vague or joint or self._heading_anchor()

    def _heading_anchor(self) -> _Mention | None:
        """Return a strong mention in a heading ("... Meeting in Geneva") for want of a body one."""
        for s in self.document.sentences:
            if s.kind is LineKind.HEADING:
                for m in self._sentence_mentions(s.span, s.paragraph):
                    if m.trigger.strength is words.Strength.STRONG and not m.referenced:
                        return m
        return None

    def _fits(self, m: _Mention, anchor: _Mention) -> bool:
        """Tell whether a later mention may speak of the anchor's event."""
        if m.parties and anchor.parties and not set(m.parties) <= set(anchor.parties):
            return False
        known = set(self._anchor_codes(anchor)) | set(self.discourse.principals())
        return not (m.parties and known and not set(m.parties) <= known)

    def _earlier(self, m: _Mention, main: PartialDate | None, anchor: _Mention) -> bool:
        if not self._fits(m, anchor) or m.trigger.strength is words.Strength.JOINT:
            return False
        date = self._date(m)
        if m.referenced:
            return True
        if m.trigger.strength is not words.Strength.STRONG:
            return False
        related = bool(m.parties) or abs(m.span.start - anchor.span.start) <= _RELATED
        before = date is not None and main is not None and date.last_day() < main.first_day()
        return related and before

    def _referenced(self, found: list[_Mention], anchor: _Mention) -> list[_Draft]:
        """Group earlier mentions into referenced events, one per distinct date."""
        groups: list[tuple[list[_Mention], list[PartialDate]]] = []
        for m in found:
            date = self._date(m)
            home = next((g for g in groups[-4:] if g[1] and _same_time(g[1][0], date)), None)
            if home is None and date is None and groups:
                home = groups[-1]
            if home is None:
                groups.append(([m], [date] if date else []))
            else:
                home[0].append(m)
                if date is not None and not home[1]:
                    home[1].append(date)
        out = []
        for group, _ in groups:
            dated = next((m for m in group if m.date is not None and self._date(m)), None)
            date = self._date(dated) if dated is not None else None
            when = (date, dated.date.span) if date and dated and dated.date else None
            strong = (m.tag for m in group if m.trigger.strength is words.Strength.STRONG)
            tag = next(strong, anchor.tag)
            if when is not None or any(m.referenced for m in group):
                draft = _Draft(
                    tag=tag,
                    anchor=dated or group[0],
                    members=tuple(group),
                    referenced=True,
                    date=when,
                )
                out.append(draft)
        return out

    def _split(self, main: _Draft) -> list[_Draft]:
        """Split "met A, B and C in separate meetings" into one event per counterpart."""
        sentence = main.anchor.sentence
        persons = self._persons(main.anchor)
        if not _SEPARATE.search(self.text, sentence.start, sentence.end) or len(persons) < 3:
            return [evolve(main, persons=persons)]
        hosts = [p for p in persons if p[1].start < main.anchor.span.start]
        guests = [p for p in persons if p[1].start > main.anchor.span.start]
        if not hosts or len(guests) < 2:
            return [evolve(main, persons=persons)]
        return [evolve(main, persons=(*hosts, guest), key=guest[1]) for guest in guests]

    # -- facts ------------------------------------------------------------------------

    def _date(self, m: _Mention) -> PartialDate | None:
        date = m.date
        if date is None:
            return None
        if date.date is not None:
            return date.date
        if self.year is None:
            return None
        lead = max(0, date.span.start - 24)
        snippet = self.text[lead : date.span.end + 8]
        again = find_dates(snippet, published=dt.date(self.year, 12, 31))
        offset = date.span.start - lead
        return next((d.date for d in again if d.span.start <= offset < d.span.end), None)

    def _persons(self, m: _Mention) -> tuple[tuple[PersonEntity, Span], ...]:
        out: dict[str, tuple[PersonEntity, Span]] = {}
        start, stop = _window(m, _REACH)
        for item in self._items_in(start, stop):
            entity = self._entity(item)
            if entity is None or _press(entity) or entity.key in out:
                continue
            span = item.span
            out[entity.key] = (entity, span)
        return tuple(out.values())

    def _entity(self, item: ActorMention | ReferenceMention) -> PersonEntity | None:
        if isinstance(item, ActorMention):
            return self.discourse.person(item) if item.kind is ActorKind.PERSON else None
        if item.kind is ReferenceKind.NAME:
            return self.discourse.person(item)
        if item.kind is ReferenceKind.PRONOUN and item.text.lower() in ("he", "she"):
            return self.discourse.person(item)
        return None

    def _anchor_codes(self, anchor: _Mention) -> tuple[str, ...]:
        if self._anchor_cache is None or self._anchor_cache[0] is not anchor:
            self._anchor_cache = (anchor, self._codes(anchor))
        return self._anchor_cache[1]

    def _codes(self, m: _Mention) -> tuple[str, ...]:
        codes = [p.code for p, _ in self._persons(m) if p.code]
        return tuple(dict.fromkeys([*codes, *m.parties]))

    def _event(self, draft: _Draft) -> Event:
        doc, anchor = self.document, draft.anchor
        cls = _BUILTIN.get(draft.tag) or _registered(draft.tag)
        proofs = [evidence(doc, "record", anchor.sentence)]
        fields: dict[str, Any] = {}
        when = draft.date
        if when is not None:
            fields["date"] = when[0]
            proofs.append(evidence(doc, "date", when[1]))
        ordinal = next((m.ordinal for m in draft.members if m.ordinal), None)
        if ordinal is not None and not draft.referenced:
            fields["ordinal"] = ordinal[0]
            proofs.append(evidence(doc, "ordinal", ordinal[1]))
        participants: list[Participant] = []
        if not draft.referenced:
            fields.update(self._clock(draft, proofs))
            persons = self._enough(draft)
            participants = self._sides(draft.anchor, persons)
            proofs.extend(evidence(doc, "participants", s) for _, s in persons)
        countries = self._countries(draft, participants)
        participants = _fill_states(participants, countries)
        place = None if draft.tag == "call" else self._place(draft, proofs)
        if place is not None:
            fields["place"] = place
            if place.country and place.country not in countries and not draft.referenced:
                countries, participants = _host_state(countries, participants, place.country)
            participants = _roles(participants, place.country)
        fields.update(self._kind_fields(cls, draft, place))
        return cls(
            id=record_id(doc, draft.tag, draft.key or anchor.span),
            countries=countries,
            participants=tuple(participants),
            referenced=draft.referenced,
            source=doc.id,
            evidence=tuple(proofs),
            **fields,
        )

    def _sides(
        self, anchor: _Mention, persons: Sequence[tuple[PersonEntity, Span]]
    ) -> list[Participant]:
        """Return the participants; one of unknown state takes that of their side, or the issuer's.

        "Blinken and Austin spoke with Ghani": Austin stands on Blinken's side.
        """
        out = [_participant(p) for p, _ in persons]
        inside = [
            (p, s)
            for p, s in persons
            if anchor.sentence.start <= s.start < s.end <= anchor.sentence.end
        ]
        sides = (
            {p.code for p, s in inside if p.code and s.start < anchor.span.start},
            {p.code for p, s in inside if p.code and s.start >= anchor.span.end},
        )
        if len(sides[0]) == 1 and len(sides[1]) == 1 and sides[0] != sides[1]:
            for n, (entity, span) in enumerate(persons):
                if entity.code is None and (entity, span) in inside:
                    side = sides[0] if span.start < anchor.span.start else sides[1]
                    out[n] = evolve(out[n], represents=next(iter(side)))
        unknown = [n for n, p in enumerate(out) if p.represents is None]
        issuer = self.discourse.issuer
        if len(unknown) == 1 and issuer and issuer not in {p.represents for p in out}:
            out[unknown[0]] = evolve(out[unknown[0]], represents=issuer)
        return out

    def _kind_fields(self, cls: type, draft: _Draft, place: Place | None) -> dict[str, object]:
        triggers = [m.trigger for m in draft.members]
        if issubclass(cls, Call):
            medium = next((t.medium for t in triggers if t.medium), None)
            return {"medium": CallMedium(medium)} if medium else {}
        if issubclass(cls, Meeting) and any(t.virtual for t in triggers):
            return {"mode": MeetingMode.VIRTUAL}
        if issubclass(cls, Visit) and place is not None and place.country:
            return {"host": place.country}
        return {}

    def _clock(self, draft: _Draft, proofs: list[Evidence]) -> dict[str, object]:
        out: dict[str, object] = {}
        sentences = [m.sentence for m in draft.members]
        time = _nearest(self.mentions.times, draft.anchor, sentences)
        if time is not None:
            out["time"] = time.time
            proofs.append(evidence(self.document, "time", time.span))
        durations = [d for d in self.mentions.durations if not _relative_length(self.text, d.span)]
        duration = _nearest(durations, draft.anchor, sentences, follow=self._follow(draft))
        if duration is not None and duration.minutes > 0:
            out["duration"] = dt.timedelta(minutes=duration.minutes)
            if duration.qualifier is not None:
                out["duration_approximation"] = Approximation(duration.qualifier.value)
            proofs.append(evidence(self.document, "duration", duration.span))
        return out

    def _follow(self, draft: _Draft) -> Span | None:
        """Return the sentence after the anchor's, where "It lasted an hour" may stand."""
        index = next((i for i, s in enumerate(self.body) if s.span == draft.anchor.sentence), None)
        if index is None or index + 1 >= len(self.body):
            return None
        return self.body[index + 1].span

    def _enough(self, draft: _Draft) -> tuple[tuple[PersonEntity, Span], ...]:
        """Return the anchor's persons, plus persons of other members for missing states."""
        persons = list(draft.persons or self._persons(draft.anchor))
        if draft.key is not None:
            return tuple(persons)
        for m in draft.members[:_MEMBERS]:
            if len({p.code for p, _ in persons if p.code}) >= 2:
                break
            for entity, span in self._persons(m):
                states = {p.code for p, _ in persons}
                keys = {p.key for p, _ in persons}
                if entity.key not in keys and (entity.code is None or entity.code not in states):
                    persons.append((entity, span))
        return tuple(persons)

    def _countries(self, draft: _Draft, participants: Sequence[Participant]) -> tuple[str, ...]:
        codes: list[str] = [p.represents for p in participants if p.represents]
        for m in draft.members:
            codes.extend(m.parties)
        principals = self.discourse.principals()
        if draft.referenced or (len(set(codes)) < 2 and draft.tag in ("meeting", "call")):
            codes.extend(principals if draft.referenced or codes else principals[:2])
        if len(set(codes)) < 2 and draft.tag in ("meeting", "call"):
            codes.extend(principals)
        return tuple(c for c in dict.fromkeys(codes) if is_actor_code(c))

    def _place(self, draft: _Draft, proofs: list[Evidence]) -> Place | None:
        venue = city = country = None
        for m in (draft.anchor, *draft.members[:_MEMBERS]):
            if m is not draft.anchor and m.trigger.strength is not words.Strength.STRONG:
                continue
            found = self._where(m)
            if found is None:
                continue
            v, c, k = found
            if venue is None and v is not None:
                venue = v
                proofs.append(evidence(self.document, "place.venue", v[1]))
                country = country or v[2]
            if city is None and c is not None:
                city = c
                proofs.append(evidence(self.document, "place.city", c[1]))
                country = country or DEFAULT_LEXICON.city_country(c[0])
            if country is None and k is not None:
                country = k[0]
                proofs.append(evidence(self.document, "place.country", k[1]))
        if venue is None and city is None and country is None:
            return None
        return Place(
            venue=venue[0] if venue else None,
            city=city[0] if city else None,
            country=country if country and is_state_code(country) else None,
        )

    def _where(
        self, m: _Mention
    ) -> (
        tuple[tuple[str, Span, str | None] | None, tuple[str, Span] | None, tuple[str, Span] | None]
        | None
    ):
        """Return the venue (with its state), city and country a mention's sentence names."""
        text = self.text
        venue = city = country = None
        start, stop = _window(m, _REACH)
        for v in _VENUE.finditer(text, m.span.end, stop):
            name = v["v"].rstrip(".")
            if {w.removesuffix("s") for w in name.replace("'s", "").split()} & words.VENUE_WORDS:
                span = Span(start=v.start("v"), end=v.start("v") + len(name))
                body = self.bodies.get(span.start)
                venue = (name, span, body.code if body else None)
                break
        for c in _city_pattern().finditer(text, start, stop):
            if c["city"] != (self.mentions.dateline.name if self.mentions.dateline else None) or (
                c.start() > self._dateline_end()
            ):
                city = (c["city"], Span(start=c.start("city"), end=c.end("city")))
                break
        anchors = [m.span.end] + ([m.date.span.end] if m.date else [])
        for item in self._items_in(m.span.end, min(stop, m.span.end + 160)):
            if isinstance(item, ActorMention) and item.kind is ActorKind.STATE and item.code:
                lead = text[max(0, item.span.start - 8) : item.span.start]
                near = any(0 <= item.span.start - a <= 16 for a in anchors) or (
                    city is not None and 0 <= item.span.start - city[1].end <= 3
                )
                gap = text[m.span.end : item.span.start]
                visit = m.tag == "visit" and _TO_STATE.fullmatch(gap)
                if near and (_IN_STATE.search(lead) or visit):
                    country = (item.code, item.span)
                    break
        if venue is None and city is None and country is None:
            return None
        return venue, city, country

    def _dateline_end(self) -> int:
        return self.mentions.dateline.span.end if self.mentions.dateline else -1


# ---------------------------------------------------------------- small rules


def _near(starts: list[int], span: Span) -> range:
    """Return the indexes of the few mentions (by their sorted starts) around ``span``."""
    at = bisect_left(starts, span.start)
    return range(max(0, at - 3), min(len(starts), at + 3))


def _window(m: _Mention, reach: int) -> tuple[int, int]:
    """Return the part of a mention's sentence within ``reach`` characters of its trigger."""
    return max(m.sentence.start, m.span.start - reach), min(m.sentence.end, m.span.end + reach)


def _document_year(mentions: Mentions) -> int | None:
    """Return the year yearless dates take: the publication year, else the latest stated."""
    if mentions.published is not None:
        return mentions.published.year
    years = [d.date.year for d in mentions.dates if d.kind is DateKind.ABSOLUTE and d.date]
    return max(years) if years else None


def _distance(a: Span, b: Span) -> int:
    return b.start - a.end if b.start >= a.end else a.start - b.end


def _compatible(a: PartialDate, b: PartialDate) -> bool:
    return a.contains(b) or b.contains(a)


def _same_time(a: PartialDate | None, b: PartialDate | None) -> bool:
    return a is not None and b is not None and _compatible(a, b)


def _press(entity: PersonEntity) -> bool:
    title = (entity.title or "").lower()
    return any(word in title for word in words.PRESS_TITLES)


def _relative_length(text: str, span: Span) -> bool:
    """Tell whether a duration compares ("35 minutes longer") rather than measures."""
    after = text[span.end : span.end + 12].lower()
    return after.lstrip().startswith(("longer", "shorter", "late", "early", "before", "after"))


def _nearest(
    items: Sequence[_M], anchor: _Mention, sentences: Sequence[Span], follow: Span | None = None
) -> _M | None:
    """Return the item in the anchor's sentence nearest its trigger, else in other sentences."""
    spans = [(i.span, i) for i in items]
    inside = [(s, i) for s, i in spans if anchor.sentence.start <= s.start < anchor.sentence.end]
    if inside:
        return min(inside, key=lambda pair: _distance(anchor.span, pair[0]))[1]
    for sentence in (*sentences, *([follow] if follow else [])):
        for s, i in spans:
            if sentence.start <= s.start < sentence.end:
                return i
    return None


def _participant(entity: PersonEntity) -> Participant:
    office = None
    if entity.title:
        state = entity.code if entity.code and is_state_code(entity.code) else None
        org = entity.code if entity.code and not state and is_actor_code(entity.code) else None
        office = Office(title=entity.title, state=state, organization=org)
    person = Person(
        name=entity.name,
        given_name=entity.given_name,
        family_name=entity.family_name,
        honorific=entity.rank,
        offices=(office,) if office else (),
    )
    code = entity.code if entity.code and is_actor_code(entity.code) else None
    return Participant(person=person, represents=code, title=entity.title)


def _fill_states(participants: list[Participant], countries: Sequence[str]) -> list[Participant]:
    """Give a participant of unknown state the one party no other participant represents."""
    missing = [c for c in countries if c not in {p.represents for p in participants}]
    unknown = [p for p in participants if p.represents is None]
    if len(missing) == 1 and len(unknown) == 1:
        return [evolve(p, represents=missing[0]) if p is unknown[0] else p for p in participants]
    return participants


def _host_state(
    countries: tuple[str, ...], participants: list[Participant], host: str
) -> tuple[tuple[str, ...], list[Participant]]:
    """Give participants of unknown state the state hosting the event, or a visit its host."""
    unknown = [p for p in participants if p.represents is None]
    if not unknown:
        return ((*countries, host) if len(countries) < 2 else countries), participants
    filled = [evolve(p, represents=host) if p.represents is None else p for p in participants]
    return (*countries, host), filled


def _roles(participants: list[Participant], country: str | None) -> list[Participant]:
    """Mark the participant of the host state host and the others guests."""
    states = {p.represents for p in participants}
    if country is None or country not in states or len(states) < 2:
        return participants
    return [
        evolve(p, role=Role.HOST if p.represents == country else Role.GUEST) for p in participants
    ]


def _registered(tag: str) -> type[Event]:
    entry = next(e for e in event_types() if e.tag == tag)
    cls: type[Event] = entry.cls
    return cls
