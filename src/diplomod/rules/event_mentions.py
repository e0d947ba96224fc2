"""Event words in a document's sentences, and what each one's sentence says about it.

Every trigger phrase is a *mention*. Future ("will meet"), hypothetical,
framing ("on the sidelines of the summit") and public ("met with the press")
ones are dropped, unless they name an event of their own ("the next G20
summit", "will visit China"): those are *side* mentions
(:mod:`~diplomod.rules.event_sides`). Those after "last", "previous" or "most
recently" are *referenced*. A mention also takes its ordinal ("the third meeting"), the
parties of a compound name ("the Japan-Vietnam Defense Ministers' Meeting") and
the nearest date of its sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from attrs import evolve, frozen

from diplomod.mentions.actors import ActorKind, ActorMention, ReferenceKind, ReferenceMention
from diplomod.mentions.dates import DateMention
from diplomod.mentions.lexicon import trie_pattern
from diplomod.records import Span
from diplomod.rules import event_words as words
from diplomod.rules.event_context import EventContext
from diplomod.rules.event_dates import EventDates
from diplomod.rules.event_sides import SideReader
from diplomod.rules.event_triggers import BUILTIN_TAGS, TriggerFinder, trigger_table

__all__ = ["REACH", "EventMention", "MentionFinder", "window"]

_FUTURE = words.cue_pattern(words.FUTURE_CUES)
_REFERENCE = words.cue_pattern(words.REFERENCE_CUES)
_FUTURE_AFTER = re.compile(
    r"\s(?:will\s(?:be\sheld|take\splace)|(?:is|are)\s(?:to\sbe\sheld|scheduled|planned"
    r"|expected|due))\b"
)
_HYPOTHETICAL = words.cue_pattern(words.HYPOTHETICAL_CUES)
_TALKS_AHEAD = re.compile(  # "the two leaders will hold talks", "they will meet"
    r"\bwill\s(?:also\s)?(?:(?:hold|have)\s(?:(?:a|an|official|bilateral|formal)\s){0,2})?$"
)
_PASSIVE = re.compile(r"(?:\b(?:be|been|being|is|are|was|were)|\bnot)\s$")
_SIDELINES = re.compile(r"(?i:sidelines?|margins?)\sof\s(?:the\s)?[^,.;]{0,60}$")
_INFINITIVE = re.compile(
    r"\bto\s(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)[a-z]+\s"
    r"(?:(?:the|a|an|further|more|bilateral|regular|new|regular|closer|high-level)\s){0,2}$"
)
_BARE_REFERENCE = re.compile(r"\b(?:most\s)?recently(?=\s(?:in|on)\s)")
_CLAUSE_CUT = re.compile(r"[,;:()\"]")  # the characters that end the clause before a trigger
_RECENTLY = "recently"
_JOINED = re.compile(r"(?:,\s|\s)(?:and|as\swell\sas)\s(?:the\s)?")
_PREPOSITION = re.compile(r"\b(?:of|to|with|by|for|from|in|on|at|against|over)\s(?:the\s)?$")
_ORDINAL = re.compile(
    r"""
    \b (?= (?i:["""
    + "".join(sorted({re.escape(w[0]) for w in words.ORDINALS}))
    + r"""]) | \d)
                                    # a quick look at the first letter turns most words away
    (?P<ord> (?i:"""
    + trie_pattern(words.ORDINALS)
    + r""") | \d{1,2}(?:st|nd|rd|th) ) \s
    (?: [\w'.-]++ \s ){0,6}+ $     # then at most six words up to the trigger; possessive:
                                    # each word ends in a space, so giving one back never helps
    """,
    re.VERBOSE,
)
_COMPOUND_GAP = re.compile(r"\s?[-/]\s?")
_NAME_RUN = re.compile(  # the capitalized words (and "of", "the" ...) right before a trigger
    r"""
    (?= [A-Z] | (?:and|of|for|on|the|&)\s | $ )    # only where a word of the run may start
    (?: [A-Z][\w.'-]*+ \s | (?:and|of|for|on|the|&) \s ){0,8}+ $
                                    # possessive: each word ends in a space, so giving one
                                    # back never lets the run end at "$"
    """,
    re.VERBOSE,
)
_FRAME = re.compile(r"\b(?:at|during)\s(?:the\s)?(?:[\w-]+\s){0,2}$")  # "met ... at the G20 Summit"
_REPORTED, _ASIDE, _FRAMED = "reported", "aside", "framed"  # what a trigger's clause makes it
_LOWER_RUN = re.compile(r"(?:(?:and|of|for|on|the|&)\s){1,8}")
_LOWER_NAMED = frozenset({"summit", "meeting", "ministerial"})
_EXCLUDED = tuple(" " + w for w in words.EXCLUDED_AFTER)  # "met with the media": no event
_SPAN_LIMIT = 90  # how far before a trigger its cues and ordinal may stand
_JOINT_LIMIT = 160  # how far before "signed" its parties may stand ("A of X and B of Y signed")
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
    parties: tuple[str, ...] = ()
    side: bool = False
    """A named event the text refers to beside the one it reports (also ``referenced``)."""
    name: Span | None = None
    """The span of a side gathering's name with its event word ("the next Quad Leaders Meeting")."""
    frame: bool = False
    """A side gathering at which the sentence's meeting took place ("met ... at the G7 Summit")."""


def window(m: EventMention, reach: int = REACH) -> tuple[int, int]:
    """Return the part of a mention's sentence within ``reach`` characters of its trigger."""
    return max(m.sentence.start, m.span.start - reach), min(m.sentence.end, m.span.end + reach)


class MentionFinder:
    """Finds the event mentions of one document's sentences."""

    def __init__(self, context: EventContext, dates: EventDates) -> None:
        self.context = context
        self.text = text = context.text
        self.dates = dates
        self.triggers = TriggerFinder(trigger_table(), text)
        self._conference = _conference_pattern(words.CONFERENCE_NAMES)
        self._runs: dict[int, re.Match[str] | None] = {}
        self._ordinals: dict[int, tuple[int, Span] | None] = {}
        self.sides = SideReader(context)

    def body(self) -> list[EventMention]:
        """Return the mentions of the body sentences, in text order."""
        body = self.context.body
        out: list[EventMention] = []
        for s, found in zip(body, self.triggers.find_each([s.span for s in body]), strict=True):
            if found:
                out.extend(self._mentions(s.span, s.paragraph, found))
        return out

    def sentence(self, sentence: Span, paragraph: int) -> list[EventMention]:
        """Return the mentions of one sentence, in text order."""
        return self._mentions(sentence, paragraph, self.triggers.find(sentence.start, sentence.end))

    def _mentions(
        self, sentence: Span, paragraph: int, found: list[tuple[words.Trigger, Span]]
    ) -> list[EventMention]:
        """Return the mentions of one sentence's trigger phrases."""
        text = self.text
        out: list[EventMention] = []
        previous: EventMention | None = None  # the last referenced mention
        for row, span in found:
            before = self._clause_before(span.start, sentence)
            verdict = self._verdict(row, span, sentence, before)
            if verdict is None:
                continue
            tag = self._tag(row, span)
            framed = verdict == _FRAMED or (
                verdict == _REPORTED and tag == "conference" and self._framed(span, sentence, out)
            )
            if verdict != _REPORTED or framed:
                side = self._side(row, tag, span, (sentence, paragraph), before, framed)
                if side is not None:
                    out.append(side)
                continue
            referenced = bool(_REFERENCE.search(before[-48:])) or bool(
                previous
                and span.start - previous.span.end < 90
                and _JOINED.search(text, previous.span.end, span.start)
            )
            mention = EventMention(
                trigger=row,
                tag=tag,
                span=span,
                sentence=sentence,
                paragraph=paragraph,
                referenced=referenced,
                parties=self._compound(span),
            )
            out.append(mention)
            previous = mention if referenced else previous
        if not out:
            return out
        if self._has_recently(sentence):
            self._bare_references(out, sentence, paragraph)
            out.sort(key=lambda x: x.span.start)
        return self._with_dates(out, sentence)

    def planned_talks(self, start: int, sentence: Span, paragraph: int) -> EventMention | None:
        """Return the talks a planned trip will hold, from ``start`` in a sentence, or None.

        "X will pay a state visit to Brazil. During the visit, the two presidents will hold
        talks in Brasilia": a trip with a meeting is a meeting, not a visit.
        """
        for row, span in self.triggers.find(max(start, sentence.start), sentence.end):
            if row.tag != "meeting" or row.strength is not words.Strength.STRONG:
                continue
            before = self._clause_before(span.start, sentence)
            after = self.text[span.end : min(sentence.end, span.end + 60)]
            if not _TALKS_AHEAD.search(before) or _HYPOTHETICAL.search(before):
                continue
            if after.lower().startswith(_EXCLUDED):
                continue
            return EventMention(
                trigger=row,
                tag="meeting",
                span=span,
                sentence=sentence,
                paragraph=paragraph,
                referenced=True,
                side=True,
            )
        return None

    def _has_recently(self, sentence: Span) -> bool:
        """Tell whether the word "recently" starts in a sentence."""
        at = self.text.find(_RECENTLY, sentence.start, sentence.end + len(_RECENTLY) - 1)
        return 0 <= at < sentence.end

    def _name_run(self, end: int) -> re.Match[str] | None:
        """Return the run of name words that ends at ``end``, read up to 80 characters back."""
        if end not in self._runs:
            self._runs[end] = _NAME_RUN.search(self.text, max(0, end - 80), end)
        return self._runs[end]

    def _bare_references(self, out: list[EventMention], sentence: Span, paragraph: int) -> None:
        """Add "(most) recently in/on ..." after a mention as a referenced mention of its kind."""
        starts = [x.span.start for x in out]
        for m in _BARE_REFERENCE.finditer(self.text, sentence.start, sentence.end):
            before = bisect_left(starts, m.start()) - 1
            if before >= 0 and out[before].span.end <= m.start():
                out.append(
                    EventMention(
                        trigger=out[before].trigger,
                        tag=out[before].tag,
                        span=Span(start=m.start(), end=m.end()),
                        sentence=sentence,
                        paragraph=paragraph,
                        referenced=True,
                    )
                )

    def _verdict(self, row: words.Trigger, span: Span, sentence: Span, before: str) -> str | None:
        """Tell whether a trigger reports an event, is set aside, frames one, or is none (None).

        Future, hypothetical and framing triggers are set aside: they may name an
        event of their own. Public appearances and lone joint verbs are not events.
        """
        text = self.text
        after = text[span.end : min(sentence.end, span.end + 60)]
        if after.lower().startswith(_EXCLUDED):
            return None
        lead = text[max(sentence.start, span.start - 80) : span.start]
        if not row.noun and _PASSIVE.search(lead, max(0, len(lead) - 8)):
            # "$" ends the match: it starts in the last eight
            return _ASIDE if self._future(before, after) else None
        if row.tag in BUILTIN_TAGS and "of" in lead and _sidelines(lead):
            return _FRAMED  # the frame of a sidelines meeting, not the meeting itself
        if row.strength is words.Strength.JOINT and not self._joint(
            span, self._clause_before(span.start, sentence, _JOINT_LIMIT)
        ):
            return None
        return _ASIDE if self._future(before, after) else _REPORTED

    @staticmethod
    def _future(before: str, after: str) -> bool:
        """Tell whether the words around a trigger put its event ahead or make it a purpose."""
        return bool(_FUTURE.search(before) or _FUTURE_AFTER.match(after)) or bool(
            "to" in before and _INFINITIVE.search(before)
        )

    def _framed(self, span: Span, sentence: Span, out: list[EventMention]) -> bool:
        """Tell whether a gathering frames a meeting of its sentence ("met at the G7 Summit")."""
        if not any(m.tag in ("meeting", "call") and not m.referenced for m in out):
            return False
        run = _NAME_RUN.search(self.text, max(sentence.start, span.start - 80), span.start)
        start = run.start() if run else span.start
        return bool(_FRAME.search(self.text, max(sentence.start, start - 30), start))

    def _side(
        self,
        row: words.Trigger,
        tag: str,
        span: Span,
        where: tuple[Span, int],
        before: str,
        framed: bool,
    ) -> EventMention | None:
        """Return the side mention of a set-aside trigger that names its event, else None."""
        if row.strength is not words.Strength.STRONG or tag not in BUILTIN_TAGS:
            return None
        sentence, paragraph = where
        name: Span | None = None
        if tag == "visit" and not framed:
            parties = self.sides.trip(span, sentence, before)
        elif row.noun:
            run = _NAME_RUN.search(self.text, max(sentence.start, span.start - 80), span.start)
            start = run.start() if run else span.start
            lower = _LOWER_RUN.match(self.text, start, span.start)  # "for the G20 summit"
            start = lower.end() if lower else start
            clause = span.start - len(before)
            cued = framed or bool(_FUTURE_AFTER.match(self.text, span.end, sentence.end))
            parties = self.sides.gathering(span, start, clause, cued)
            tag = self.sides.tag(tag, span, parties or ())
            name = Span(start=start, end=span.end)
        else:
            return None
        if parties is None:
            return None
        return EventMention(
            trigger=row,
            tag=tag,
            span=span,
            sentence=sentence,
            paragraph=paragraph,
            referenced=True,
            parties=parties,
            side=True,
            name=name,
            frame=framed,
        )

    def _clause_before(self, start: int, sentence: Span, limit: int = _SPAN_LIMIT) -> str:
        """Return the text of the trigger's clause before it (at most ``limit`` long)."""
        lead = self.text[max(sentence.start, start - limit) : start]
        return _CLAUSE_CUT.split(lead)[-1]

    def _joint(self, span: Span, lead: str) -> bool:
        """Tell whether two or more parties act together at ``span`` ("X and Y signed")."""
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
        """Return the tag: a named multilateral gathering is a conference, not a meeting.

        "the G20 summit" names one in lower case: a meeting word after a conference name.
        """
        if row.tag != "meeting" or not (
            self.text[span.start].isupper() or self.text[span.start : span.end] in _LOWER_NAMED
        ):
            return row.tag
        name = self._name_run(span.start)
        if name is not None and self._conference.search(name.group()):
            return "conference"
        return row.tag

    def ordinal(self, mention: EventMention) -> tuple[int, Span] | None:
        """Return the ordinal before a mention's event noun ("the third meeting"), and its span."""
        row, span = mention.trigger, mention.span
        if not row.noun or row.tag == "visit":
            return None
        if span.start not in self._ordinals:  # the members of split drafts are read again
            self._ordinals[span.start] = self._ordinal(span.start)
        return self._ordinals[span.start]

    def _ordinal(self, start: int) -> tuple[int, Span] | None:
        """Return the ordinal in the six words before ``start``, and its span."""
        m = _ORDINAL.search(self.text, max(0, start - 70), start)
        if m is None:
            return None
        word = m["ord"].lower()
        value = words.ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
        return (value, Span(start=m.start("ord"), end=m.end("ord"))) if value else None

    def _compound(self, span: Span) -> tuple[str, ...]:
        """Return the parties of a "Japan-Vietnam Defense Ministers' Meeting" compound."""
        text, states = self.text, self.context.states_in
        back = max(0, span.start - 120)  # the chain reads no further back
        if text.find("-", back, span.start) < 0 and text.find("/", back, span.start) < 0:
            return self._organization(span)  # no two names joined by a hyphen or slash
        run = self._name_run(span.start)
        floor = run.start() if run else span.start
        chain: list[ActorMention] = []
        for item in states(max(0, floor - 40), span.start):
            if chain and _COMPOUND_GAP.fullmatch(text, chain[-1].span.end, item.span.start):
                chain.append(item)
            else:
                chain = [item]
        if len(chain) < 2 or chain[-1].span.end < floor:
            return ()
        return tuple(dict.fromkeys(str(c.code) for c in chain))

    def _organization(self, span: Span) -> tuple[str, ...]:
        """Return the one organization a gathering's name is of ("the 48th ASEAN Summit")."""
        text = self.text
        if not text[span.start].isupper():
            return ()
        run = self._name_run(span.start)
        if run is None or run.start() == span.start:
            return ()
        items = self.context.states_in(run.start(), span.start)
        if len(items) != 1 or items[0].kind is not ActorKind.ORGANIZATION or not items[0].code:
            return ()
        return words.GROUPINGS.get(items[0].code, (items[0].code,))

    def _with_dates(self, found: list[EventMention], sentence: Span) -> list[EventMention]:
        """Give each date of the sentence to the nearest mention."""
        if not self.dates.any_in(sentence):
            return found
        spans = [m.span for m in found]
        vague = [m.trigger.strength is words.Strength.VAGUE for m in found]
        for i, date in self.dates.assign(spans, vague, sentence).items():
            found[i] = evolve(found[i], date=date)
        return found


def _sidelines(lead: str) -> bool:
    """Tell whether a trigger's lead ends in "on the sidelines of the ..."."""
    low = lead.lower()  # "del", "arg": what the case-blind words need, cheaply told apart
    return ("del" in low or "arg" in low) and bool(_SIDELINES.search(lead))


@cache
def _conference_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Compile the search for any of the names that make a gathering a conference."""
    body = "|".join(re.escape(w) for w in names) or "(?!)"
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])")  # "the U.S.-ASEAN Special Summit"
