"""Event words in a document's sentences, and what each one's sentence says about it.

Every trigger phrase is a *mention*. Future ("will meet"), hypothetical,
framing ("on the sidelines of the summit") and public ("met with the press")
ones are dropped; those after "last", "previous" or "most recently" are
*referenced*. A mention also takes its ordinal ("the third meeting"), the
parties of a compound name ("the Japan-Vietnam Defense Ministers' Meeting") and
the nearest date of its sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from attrs import evolve, frozen

from diplomod.mentions.actors import ActorKind, ActorMention, ReferenceKind, ReferenceMention
from diplomod.mentions.dates import DateMention
from diplomod.records import Span
from diplomod.rules import event_words as words
from diplomod.rules.event_context import EventContext
from diplomod.rules.event_dates import EventDates
from diplomod.rules.event_triggers import BUILTIN_TAGS, find_triggers, trigger_table

__all__ = ["REACH", "EventMention", "MentionFinder", "window"]

_FUTURE = words.cue_pattern(words.FUTURE_CUES)
_REFERENCE = words.cue_pattern(words.REFERENCE_CUES)
_FUTURE_AFTER = re.compile(
    r"\s(?:will\s(?:be\sheld|take\splace)|(?:is|are)\s(?:to\sbe\sheld|scheduled|planned"
    r"|expected|due))\b"
)
_PASSIVE = re.compile(r"(?:\b(?:be|been|being|is|are|was|were)|\bnot)\s$")
_SIDELINES = re.compile(r"(?i:sidelines?|margins?)\sof\s(?:the\s)?[^,.;]{0,60}$")
_INFINITIVE = re.compile(
    r"\bto\s(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)[a-z]+\s"
    r"(?:(?:the|a|an|further|more|bilateral|regular|new|regular|closer|high-level)\s){0,2}$"
)
_BARE_REFERENCE = re.compile(r"\b(?:most\s)?recently(?=\s(?:in|on)\s)")
_CLAUSE_CUT = re.compile(r"[,;:()\"]")
_JOINED = re.compile(r"(?:,\s|\s)(?:and|as\swell\sas)\s(?:the\s)?")
_PREPOSITION = re.compile(r"\b(?:of|to|with|by|for|from|in|on|at|against|over)\s(?:the\s)?$")
_ORDINAL = re.compile(
    r"\b(?P<ord>(?i:" + "|".join(words.ORDINALS) + r")|\d{1,2}(?:st|nd|rd|th))\s"
    r"(?:[\w'.-]+\s){0,6}$"
)
_COMPOUND_GAP = re.compile(r"\s?[-/]\s?")
_NAME_RUN = re.compile(r"(?:[A-Z][\w.'-]*\s|(?:and|of|for|on|the|&)\s){0,8}$")
_SPAN_LIMIT = 90  # how far before a trigger its cues and ordinal may stand
REACH = 400
"""How far from its trigger a mention's persons and places may stand."""


@frozen(kw_only=True)
class EventMention:
    """One trigger phrase in one sentence, with what its sentence says about it."""

    trigger: words.Trigger
    tag: str
    span: Span
    sentence: Span
    paragraph: int
    referenced: bool = False
    date: DateMention | None = None
    ordinal: tuple[int, Span] | None = None
    parties: tuple[str, ...] = ()


def window(m: EventMention, reach: int = REACH) -> tuple[int, int]:
    """Return the part of a mention's sentence within ``reach`` characters of its trigger."""
    return max(m.sentence.start, m.span.start - reach), min(m.sentence.end, m.span.end + reach)


class MentionFinder:
    """Finds the event mentions of one document's sentences."""

    def __init__(self, context: EventContext, dates: EventDates) -> None:
        self.context = context
        self.text = context.text
        self.dates = dates
        self.table = trigger_table()

    def body(self) -> list[EventMention]:
        """Return the mentions of the body sentences, in text order."""
        return [m for s in self.context.body for m in self.sentence(s.span, s.paragraph)]

    def sentence(self, sentence: Span, paragraph: int) -> list[EventMention]:
        """Return the mentions of one sentence, in text order."""
        text = self.text
        out: list[EventMention] = []
        previous: EventMention | None = None  # the last referenced mention
        for row, span in find_triggers(self.table, text, sentence.start, sentence.end):
            if self._dropped(row, span, sentence):
                continue
            mention = EventMention(
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
                    EventMention(
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
        if row.tag in BUILTIN_TAGS and _SIDELINES.search(lead):
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
        discourse = self.context.discourse
        for item in self.context.items_in(start, span.start):
            if isinstance(item, ReferenceMention) and item.kind is ReferenceKind.PRONOUN:
                continue  # "Kishi and his Vietnamese counterpart Giang"
            party = discourse.party_of(item)
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
        for item in self.context.items_in(max(0, floor - 40), span.start):
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

    def _with_dates(self, found: list[EventMention], sentence: Span) -> list[EventMention]:
        """Give each date of the sentence to the nearest mention."""
        spans = [m.span for m in found]
        vague = [m.trigger.strength is words.Strength.VAGUE for m in found]
        dated = self.dates.assign(spans, vague, sentence)
        return [evolve(m, date=dated[i]) if i in dated else m for i, m in enumerate(found)]
