"""Statement targets: the one state or organization a statement is aimed at, if named."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from diplomod.mentions.lexicon.caseless import CaselessPattern
from diplomod.records import Span

__all__ = ["Names", "find_target"]


class Names(Protocol):
    """What the target rule needs to know about the actors of a document."""

    def principals(self) -> tuple[str, ...]:
        """Return the main parties of the document (the parties of its main event)."""

    def named_in(self, start: int, stop: int) -> tuple[tuple[Span, str | None], ...]:
        """Return each actor named in ``text[start:stop]`` and its state (None if unknown)."""


#: A place before an actor's name: a state named there is where, not whom.
_PLACE_BEFORE = CaselessPattern(
    r"""\b(?:in|inside|within|across|throughout|near|off
        |(?:visit|visits|trip|travel|journey)\ to)\s+(?:the\s+)?$""",
    re.VERBOSE,
)
#: A post named after its country or organization ("the Special Envoy for Iran").
_POST_BEFORE = CaselessPattern(
    r"""\b(?:representatives?|envoys?|coordinators?|commissioners?|ambassadors?|rapporteurs?)
        \s+(?:for|to|on)\s+(?:the\s+)?$""",
    re.VERBOSE,
)
#: A name that only qualifies a document or forum ("UN Security Council resolutions").
_NAME_PART = CaselessPattern(
    r"""\s+(?:resolutions?|charter|conventions?|summit|framework|mechanism|dialogue|forum
        |memorandum|memoranda|agreements?|accords?|declarations?|treaty|treaties)\b""",
    re.VERBOSE,
)
#: ... unless the place is what the statement is about ("the situation in Myanmar").
_SITUATION_BEFORE = CaselessPattern(
    r"\b(?:situation|crisis|developments|unrest|turmoil|instability)\s+in\s+(?:the\s+)?$"
)
#: An unnamed government as the object of a statement verb ("pressed the government to").
_GOVERNMENT = CaselessPattern(
    r"""\s+(?:(?:about|over|at|for|to|with|regarding)\s+)?(?:the\s+)?
        (?:(?:host|national|central|local)\s+)?(?:government|authorities|leadership|regime)
        (?!\s+(?:of|in)\b)(?!-)\b""",
    re.VERBOSE,
)
#: An unnamed addressee ("called on partners to", "urged the warring parties to"): whom
#: the statement is aimed at is no one state, whatever the rest of it names.
_GROUP_ADDRESSEE = re.compile(
    r"""\s*(?:(?:on|upon)\s+)?(?:(?:the|all|its|their|his|her|our)\s+)?
        (?:[\w-]+\s+){0,2}?                  # "warring", "international", "European"
        (?:partners|parties|sides|allies|countries|states|members|community|nations
        |stakeholders|donors)\s+to\b""",
    re.VERBOSE,
)
#: A forum put to some use ("attempts to turn the G20 into", "to use the UN as"): the
#: forum is the means, not whom the statement is aimed at.
_MEANS_BEFORE = CaselessPattern(
    r"\b(?:turn|turning|use|using|transform|transforming|exploit|exploiting)\s+(?:the\s+)?$"
)
_HYPHEN = re.compile(r"\s*[-\u2010-\u2015/]\s*")
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?")


def find_target(
    text: str, low: str | None, start: int, stop: int, actors: tuple[str, ...], resolver: Names
) -> str | None:
    """Return the one state or organization a statement is aimed at, or None if unclear.

    A group addressed without a name ("called on partners to") gives None.
    An unnamed "the government" after the verb is the other party of a two-party
    document. Otherwise the first actor named after the verb decides, passing over
    the speakers themselves, places ("nuclear weapons in Ukraine"), a forum put to
    use ("to turn the G20 into"), the parts of a
    compound ("the U.S.-ASEAN summit") or of a name ("UN Security Council
    resolutions") and an envoy's post ("the Special Envoy for Iran"); two actors
    joined ("Japan and Australia's signing") or a person of unknown state give None.
    """
    if _GOVERNMENT.match(text, low, start, stop):
        others = [c for c in resolver.principals() if c not in actors]
        together = len(resolver.principals()) == 2 and len(others) == 1
        return others[0] if together else None
    if _GROUP_ADDRESSEE.match(text, start, stop):
        return None
    named = resolver.named_in(start, stop)
    for n, (span, code) in enumerate(named):
        if code is None:
            return None
        before = max(start, span.start - 40)
        if (
            code in actors
            or _joined(text, named, n)
            or _NAME_PART.match(text, low, span.end, stop)
            or _POST_BEFORE.search_in(text, low, before, span.start)
            or _MEANS_BEFORE.search_in(text, low, before, span.start)
            or (
                _PLACE_BEFORE.search_in(text, low, before, span.start)
                and not _SITUATION_BEFORE.search_in(text, low, before, span.start)
            )
        ):
            continue
        if (
            n + 1 < len(named)
            and named[n + 1][1] not in (*actors, None)
            and _LIST_JOIN.fullmatch(text, span.end, named[n + 1][0].start)
        ):
            return None  # two targets: none is the target
        return code
    return None


def _joined(text: str, named: Sequence[tuple[Span, str | None]], n: int) -> bool:
    """Tell whether the n-th actor is part of a compound with a neighbour ("U.S.-ASEAN")."""
    span = named[n][0]
    if n > 0 and _HYPHEN.fullmatch(text, named[n - 1][0].end, span.start):
        return True
    return (
        n + 1 < len(named) and _HYPHEN.fullmatch(text, span.end, named[n + 1][0].start) is not None
    )
