"""Vocabulary of events: trigger phrases, and the cue words around them.

The tables are plain data; :data:`TRIGGERS` maps each phrase pattern to the event
it signals. Users extend the parser by registering an event type with trigger
words (:func:`diplomod.register_event_type`), or by passing their own table of
:class:`Trigger` rows to :func:`compile_triggers`.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence

from attrs import frozen

from diplomod.mentions.lexicon import trie_pattern

__all__ = [
    "CONFERENCE_NAMES",
    "EXCLUDED_AFTER",
    "FUTURE_CUES",
    "GROUPINGS",
    "HYPOTHETICAL_CUES",
    "ORDINALS",
    "PRESS_TITLES",
    "REFERENCE_CUES",
    "TRIGGERS",
    "VENUE_WORDS",
    "Strength",
    "Trigger",
    "compile_triggers",
    "cue_pattern",
]


class Strength(enum.StrEnum):
    """How surely a trigger reports an event of its own."""

    STRONG = "strong"
    """"held a meeting with", "telephone conversation", "visited"."""
    VAGUE = "vague"
    """"spoke with", "the conversation": an event, of a type the document decides."""
    JOINT = "joint"
    """"signed", "exchanged views": two parties acting together imply a meeting."""


@frozen(kw_only=True)
class Trigger:
    """A phrase pattern (``re.VERBOSE`` syntax) that signals an event of type ``tag``.

    ``stems`` are words every match of the pattern begins with, the first letter
    in either case ("visit" for ``[Vv]isit(?:ed|s)?``): the parser looks for the
    stems of all rows at once and tries the patterns only where one stands. A
    table with a row without stems is tried at every word.
    """

    pattern: str
    tag: str
    stems: tuple[str, ...] = ()
    strength: Strength = Strength.STRONG
    noun: bool = True
    medium: str | None = None  # "telephone" / "video" for calls
    virtual: bool = False  # a meeting held by video link


_PHONE = r"(?:tele)?phone"
_RECEIVED = (  # what follows "received" when it receives a person: an office, not a prize
    r"[ ](?:in[ ][A-Z][\w'-]+[ ](?:[A-Z][\w'-]+[ ])?)?(?:(?:the|a|an)[ ])?(?:visiting[ ])?"
    r"(?:[A-Z][\w'.-]+[ ]){0,3}"
    r"(?:Ambassador|Minister|President|Prime[ ]Minister|Secretary|Chancellor|Envoy|Premier"
    r"|Chair(?:man|woman|person)?|Speaker|King|Queen|Emir|Crown[ ]Prince|Governor|Commissioner"
    r"|Special[ ]Representative|Director-General|Secretary-General|delegation|Delegation)"
    r"(?![\w'’-])"
)
_T = Trigger
_S = Strength

TRIGGERS: tuple[Trigger, ...] = (
    # calls ------------------------------------------------------------------------------
    _T(
        pattern=rf"{_PHONE}[ ](?:conversation|call|talk)s?",
        stems=("telephone", "phone"),
        tag="call",
        medium="telephone",
    ),
    _T(
        pattern=r"(?:tele)?phoned",
        stems=("telephoned", "phoned"),
        tag="call",
        noun=False,
        medium="telephone",
    ),
    _T(
        pattern=rf"(?:spoke|speaks|talked|talks|conversed)[ ](?:by|over|on)[ ](?:the[ ])?{_PHONE}",
        stems=("spoke", "speaks", "talked", "talks", "conversed"),
        tag="call",
        noun=False,
        medium="telephone",
    ),
    _T(
        pattern=r"video(?:conference|[ -]conference)(?:[ ]talks|[ ]call)?"
        r"|video[ -]?(?:call|conversation|link|talks)s?|virtual[ ]call",
        stems=("video", "virtual call"),
        tag="call",
        medium="video",
    ),
    _T(pattern=r"[Cc]all(?=[ ](?:with|between)[ ])", stems=("call",), tag="call"),
    _T(
        pattern=r"(?<=[Tt]he[ ]|his[ ]|her[ ])call(?![ ](?:on|for|to|upon|of)[ ])",
        stems=("call",),
        tag="call",
        strength=_S.VAGUE,
    ),
    _T(
        pattern=r"(?:spoke|speaks|talked)(?=[ ](?:\w+[ ])?with[ ])",
        stems=("spoke", "speaks", "talked"),
        tag="call",
        noun=False,
        strength=_S.VAGUE,
    ),
    _T(
        pattern=r"conversations?|discussions?|dialogue",
        stems=("conversation", "discussion", "dialogue"),
        tag="call",
        strength=_S.VAGUE,
    ),
    # meetings ---------------------------------------------------------------------------
    _T(
        pattern=r"met[ ]virtually|virtual[ ](?:meeting|summit)",
        stems=("met virtually", "virtual meeting", "virtual summit"),
        tag="meeting",
        virtual=True,
    ),
    _T(
        pattern=r"met|meets?(?=[ ]with[ ]|[ ][A-Z])",
        stems=("met", "meet"),
        tag="meeting",
        noun=False,
    ),
    _T(
        pattern=r"[Mm]eetings?|[Tt]alks|[Ss]ummit|[Cc]onsultations?|[Ee]ncounter",
        stems=("meeting", "talks", "summit", "consultation", "encounter"),
        tag="meeting",
    ),
    _T(
        pattern=r"[Tt]ete-a-tete|[Tt]ête-à-tête|Dialogue|[Rr]ound[ ]of[ ]talks",
        stems=("tete-a-tete", "tête-à-tête", "dialogue", "round of talks"),
        tag="meeting",
    ),
    _T(pattern=r"convened", stems=("convened",), tag="meeting", noun=False),
    _T(  # "paid a courtesy call on the Prime Minister": a meeting, not a phone call
        pattern=r"[Cc]ourtesy[ ]calls?",
        stems=("courtesy call",),
        tag="meeting",
    ),
    _T(  # "called on President X at the Union Buildings", not "called on X to ..."
        pattern=r"called[ ]on(?=[ ](?:the[ ])?[A-Z](?:(?![ ]to[ ])[^.;\n]){0,120}[.;\n])",
        stems=("called on",),
        tag="meeting",
        noun=False,
    ),
    _T(  # "received in Moscow the Ambassador of ...", "received the visiting Prime Minister"
        pattern=rf"received(?={_RECEIVED})",
        stems=("received",),
        tag="meeting",
        noun=False,
    ),
    # visits -----------------------------------------------------------------------------
    _T(
        pattern=r"[Vv]isit(?:ed|s|ing)?|[Tt]rip|[Tt]our",
        stems=("visit", "trip", "tour"),
        tag="visit",
    ),
    _T(
        pattern=r"travell?ed[ ]to|arrived[ ]in|led[ ]a[ ]delegation[ ]to",
        stems=("travelled to", "traveled to", "arrived in", "led a delegation to"),
        tag="visit",
        noun=False,
    ),
    # conferences ------------------------------------------------------------------------
    _T(
        pattern=r"(?<![Pp]ress[ ])(?<![Nn]ews[ ])[Cc]onference|[Ff]orum|Ministerial|[Cc]ongress",
        stems=("conference", "forum", "ministerial", "congress"),
        tag="conference",
    ),
    # joint actions ----------------------------------------------------------------------
    _T(
        pattern=r"signed|exchanged[ ]views|held[ ]discussions|conferred",
        stems=("signed", "exchanged views", "held discussions", "conferred"),
        tag="meeting",
        strength=_S.JOINT,
        noun=False,
    ),
)
"""The built-in trigger table, most specific phrases first."""


def compile_triggers(triggers: Sequence[Trigger]) -> re.Pattern[str]:
    """Compile ``triggers`` into one pattern; group ``t<n>`` matches row ``n``."""
    alternatives = "|".join(f"(?P<t{n}>{t.pattern})" for n, t in enumerate(triggers))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.VERBOSE)


def cue_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Compile a whole-word alternation of cue phrases, matched as written (lower case).

    Case matters: the cue "may" must not match the month "May". A space in a cue
    matches any space; the phrases are merged into a trie, so a search is fast.
    """
    phrases = sorted(words, key=len)[::-1]
    if any("\\" in w for w in phrases):  # a backslash would upset the rewriting of spaces
        body = "|".join(re.escape(w).replace(r"\ ", r"\s") for w in phrases)
    else:
        body = trie_pattern(phrases).replace(r"\ ", r"\s")
    return re.compile(rf"(?<![\w'])(?:{body})(?![\w])")


FUTURE_CUES: tuple[str, ...] = (
    "will",
    "Will",  # a question: "Will the Minister attend the forum?"
    "would",
    "shall",
    "'ll",
    "to hold",
    "to meet",
    "to visit",
    "plan",
    "plans",
    "planned",
    "planning",
    "next",
    "upcoming",
    "future",
    "forthcoming",
    "scheduled",
    "expected",
    "look forward",
    "looks forward",
    "looked forward",
    "looking forward",
    "invite",
    "invited",
    "invitation",
    "propose",
    "proposed",
    "proposal",
    "agreed to",
    "intend",
    "intends",
    "intended",
    "could",
    "may",
    "might",
    "should",
    "ready to",
    "readiness",
    "prepare",
    "preparing",
    "preparations",
    "to be held",
    "possible",
    "potential",
    "resumption",
    "mutual visits",
    "exchange of visits",
    "to resume",
    "to attend",
    "to participate",
    "to take part",
    "pushing forward",
    "to continue",
    "to speed up",
    "speed up",
    "to step up",
    "seek",
    "seeks",
    "hope",
    "hopes",
    "ahead of",
    "run-up to",
    "on the eve of",
)
"""Words that, earlier in the clause, make an event word point to the future."""

HYPOTHETICAL_CUES: tuple[str, ...] = (
    "would",
    "could",
    "may",
    "might",
    "should",
    "invite",
    "invited",
    "invites",
    "invitation",
    "propose",
    "proposed",
    "proposal",
    "hope",
    "hopes",
    "hoped",
    "wish",
    "wishes",
    "look forward",
    "looks forward",
    "looked forward",
    "looking forward",
    "ready to",
    "readiness",
    "willing",
    "possible",
    "possibility",
    "potential",
    "seek",
    "seeks",
    "mutual visits",
    "exchange of visits",
    "consider",
    "considering",
    "if",
    "unless",
)
"""Words that make a planned visit a wish or an offer, not a trip the text expects."""

REFERENCE_CUES: tuple[str, ...] = (
    "last",
    "previous",
    "previously",
    "earlier",
    "prior",
    "former",
    "most recently",
    "most recent",
    "recently",
    "having met",
    "had met",
    "having recently met",
    "follow-up",
    "follow up",
    "followed up",
    "since their",
    "since the",
)
"""Words that, just before an event word, make it an earlier event the text refers to."""

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "twentieth": 20,
}
"""Ordinal words (lower case) and their numbers; "2nd", "10th" are read as digits."""

EXCLUDED_AFTER: tuple[str, ...] = (
    "with the media",
    "with media",
    "with journalists",
    "with reporters",
    "with the press",
    "with students",
    "with representatives of the media",
    "with media representatives",
    "with the public",
    "with business",
    "with civil society",
    "with the diaspora",
)
"""Phrases right after an event word that make it a public appearance, not diplomacy."""

PRESS_TITLES: frozenset[str] = frozenset(
    {
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "aide",
        "press secretary",
        "correspondent",
        "reporter",
        "adviser",
        "advisor",
        "assistant",
    }
)
"""Title words of people who report on an event rather than take part in it."""

VENUE_WORDS: frozenset[str] = frozenset(
    {
        "Palace",
        "House",
        "Ministry",
        "Hall",
        "Centre",
        "Center",
        "Hotel",
        "Kremlin",
        "Building",
        "Residence",
        "Office",
        "Castle",
        "Museum",
        "Headquarters",
        "Embassy",
        "Room",
        "Chancellery",
        "Pentagon",
        "Villa",
        "Mansion",
        "Secretariat",
        "Parliament",
        "Assembly",
        "Department",
        "Guesthouse",
        "Guest",
        "Kantei",
        "Elysee",
        "Élysée",
        "Zhongnanhai",
        "Quirinale",
        "Base",
        "Academy",
        "University",
        "Resort",
        "Complex",
        "Pavilion",
        "Street",
        "Lodge",
    }
)
"""Words that make a capitalized phrase after "at (the)" a venue ("at the Itamaraty Palace")."""

CONFERENCE_NAMES: tuple[str, ...] = (
    "G7",
    "G8",
    "G20",
    "G-20",
    "G-7",
    "ASEAN",
    "NATO",
    "APEC",
    "BRICS",
    "SCO",
    "EAS",
    "Quad",
    "Shangri-La",
    "Davos",
    "COP",
    "United Nations",
    "UN",
    "General Assembly",
    "Munich",
    "Raisina",
    "Leaders",
    "Summit for Democracy",
    "East Asia",
    "Security Council",
    "OSCE",
    "African Union",
    "European Council",
    "Commonwealth",
    "CHOGM",
    "OAS",
    "IISS",
    "Paris Peace",
)
"""Words in a gathering's name that make it multilateral: a conference, not a meeting."""

GROUPINGS: dict[str, tuple[str, ...]] = {
    "QUAD": ("AUS", "IND", "JPN", "USA"),
    "AUKUS": ("AUS", "GBR", "USA"),
}
"""Informal groupings without a secretariat, by lexicon code, and the states they stand for.

A gathering of such a grouping ("the Quad Leaders' Summit") takes its members as its
parties; a grouping with an organization code of its own (ASEAN, BRICS, the G20) keeps it.
"""
