"""Side events: the named gatherings and planned trips a text names beside the event it reports.

A future ("the next Quad Leaders Meeting"), purposive ("to attend the G20
summit") or framing ("on the sidelines of the ASEAN Regional Forum") event word
reports no event of its own; but when it names its event, a gathering by its
name or a trip by its destination, the text refers to that event. Its parties
are the states and organizations its name holds (an informal grouping such as
the Quad stands for its members), else the state that hosts it; a trip's is
its destination.
"""

from __future__ import annotations

import re
from functools import cache

from diplomod.mentions.actors import ActorKind
from diplomod.mentions.lexicon import DEFAULT_LEXICON, trie_pattern
from diplomod.records import PartialDate, Span
from diplomod.rules import event_words as words
from diplomod.rules.event_context import EventContext

__all__ = ["SideReader"]

_HYPOTHETICAL = words.cue_pattern(words.HYPOTHETICAL_CUES)
_DEFINITE = re.compile(  # a named gathering is definite: "the (next) G20 summit"
    r"(?:\bthe|\byear['’]s)\s(?:[\w-]+\s){0,2}$"
)
_GENERIC = re.compile(r"\b(?:future|regular|regularly|further|more|periodic)\s")
_NEAR = re.compile(  # words right before a gathering's name that point to it
    r"""
    (?: \b(?:next|upcoming|forthcoming|coming|planned|scheduled|proposed) \s
      | \b(?:ahead\sof|run-up\sto|eve\sof|preparations?\sfor|prepare\sfor|to\sattend
          |to\sparticipate\sin|to\stake\spart\sin|to\sjoin|to\shost|will\s(?:attend|host|join)
          |host(?:s|ed|ing)?|attend(?:s|ing)?) \s (?:the\s)?
    ) (?:[\w'’-]+\s){0,2}$
    """,
    re.VERBOSE,
)
_NEAR_REACH = 60
_MULTILATERAL = frozenset({"summit", "dialogue"})
_HOST = re.compile(r"\bhost(?:s|ed|ing)?\s(?:the\s)?(?:[\w-]+\s){0,2}$")
_TO_PLACE = re.compile(r"\s(?:to\s)?(?:the\s)?")
_NAMED_WORDS = frozenset({"summit", "meeting", "ministerial", "conference", "forum", "dialogue"})
_PERIOD = re.compile(  # "in the first half of 2024": the year, the only date it states
    r"\s(?:in|during)\s(?:the\s)?(?:first|second|third|fourth|last)\s(?:half|quarter)\sof\s"
    r"(?P<year>(?:19|20)\d\d)(?!\d)"
)
_PERIOD_REACH = 40  # how far after its event word a period may start
_PLACES = frozenset({ActorKind.STATE, ActorKind.CAPITAL})
_LEAD = 40  # how far before a gathering's name "the" or "host" may stand


@cache
def _city() -> re.Pattern[str]:
    """Compile the match of a city of the lexicon (once)."""
    return re.compile("(?:" + trie_pattern(DEFAULT_LEXICON.cities) + r")(?![\w-])")


class SideReader:
    """Tells which set-aside event words name an event of their own, and its parties."""

    def __init__(self, context: EventContext) -> None:
        self.context = context
        self.text = context.text

    def gathering(self, span: Span, name: int, clause: int, cued: bool) -> tuple[str, ...] | None:
        """Return the parties of a gathering named ``text[name:span.end]``, or None if unnamed.

        A name has a capitalized word before the event word ("the Global Health
        Summit"); an event word in lower case needs a state or organization in its
        name ("the BRICS summit"). Unless ``cued`` (a frame, "will be held"), words
        right before the name must point to it ("the next", "ahead of", "to attend").
        ``clause`` is where the clause of the name starts.
        """
        text = self.text
        word = text[span.start : span.end]
        if word.lower() not in _NAMED_WORDS or name >= span.start:
            return None
        lead = max(clause, name - _LEAD)
        if not _DEFINITE.search(text, lead, name) or _GENERIC.search(text, lead, name):
            return None  # "future sessions of the Strategic Dialogue": no one event
        if not cued and not _NEAR.search(text, max(clause, name - _NEAR_REACH), name):
            return None  # "announced a plan at the G7 Summit": a backdrop, not an event
        codes = self._codes(name, span.end)
        if not codes and not word[0].isupper():
            return None
        return codes or self._host(name, clause)

    def tag(self, tag: str, span: Span, parties: tuple[str, ...]) -> str:
        """Return the type of a named gathering: a summit but of two parties is a conference."""
        word = self.text[span.start : span.end].lower()
        return "conference" if word in _MULTILATERAL and len(parties) != 2 else tag

    def period(self, span: Span, stop: int) -> tuple[PartialDate, Span] | None:
        """Return the year of "in the first half of 2024" right after an event, and its span."""
        text = self.text
        at = text.find(" ", span.end, min(stop, span.end + _PERIOD_REACH))
        while at >= 0:
            m = _PERIOD.match(text, at, stop)
            if m is not None:
                return PartialDate(year=int(m["year"])), Span(start=m.start() + 1, end=m.end())
            at = text.find(" ", at + 1, min(stop, span.end + _PERIOD_REACH))
        return None

    def trip(self, span: Span, sentence: Span, before: str) -> tuple[str, ...] | None:
        """Return the destination of a planned trip ("will visit China"), or None."""
        if _HYPOTHETICAL.search(before):
            return None
        gap = _TO_PLACE.match(self.text, span.end)
        if gap is None:
            return None
        at = gap.end()
        for item in self.context.states_in(span.end, min(sentence.end, at + 60)):
            if item.kind in _PLACES and item.span.start <= at and item.code:
                return (item.code,)
            break
        city = _city().match(self.text, at)
        code = DEFAULT_LEXICON.city_country(city.group()) if city else None
        return (code,) if code else None

    def _codes(self, start: int, stop: int) -> tuple[str, ...]:
        """Return the states and organizations named in ``[start, stop)``, groupings expanded."""
        codes: list[str] = []
        for item in self.context.states_in(start, stop):
            if item.kind is ActorKind.DEMONYM or item.code is None:
                continue
            codes.extend(words.GROUPINGS.get(item.code, (item.code,)))
        return tuple(dict.fromkeys(codes))

    def _host(self, name: int, clause: int) -> tuple[str, ...]:
        """Return the state that hosts a gathering ("Japan will host the next ..."), if told."""
        host = _HOST.search(self.text, max(clause, name - _LEAD), name)
        if host is None:
            return ()
        discourse = self.context.discourse
        for item in reversed(discourse.items_in(clause, host.start())):
            party = discourse.party_of(item)
            if party is not None and party.codes:
                return party.codes
        return ()
