"""Where a position's clause and its content begin and end.

A trigger's content runs to the end of its clause: it is cut before a coordinated
trigger ("agreed to X and decided to Y"), before a new verb phrase ("and discussed"),
before an attribution tail (", the ministry said"), and trimmed of joining words and
punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diplomod.mentions.dates import WEEKDAYS
from diplomod.records import Span, StatementKind
from diplomod.rules.frames import Frame
from diplomod.rules.tails import TailPattern

__all__ = [
    "COORDINATOR",
    "PASSIVE_TOPIC",
    "REACH",
    "SHARED_INFINITIVE",
    "SHARED_OBJECT",
    "SHARING",
    "clause_end",
    "content_span",
    "only_adverbs",
    "passive_topic",
]

REACH = 1000
"""The most characters a trigger's clause runs: a clause never reaches further."""

_JOINS = ("and", "while", "but", "as well as", "whereas")
_JOIN_ADVERBS = (
    *("also", "further", "then", "later", "again", "jointly", "each", "both", "strongly"),
    "firmly",
)
COORDINATOR = TailPattern(
    re.compile(
        rf"(?:,\s*|\s+)(?:{'|'.join(_JOINS)})\s+(?:(?:{'|'.join(_JOIN_ADVERBS)})\s+){{0,2}}$"
    ),
    (*_JOINS, *_JOIN_ADVERBS),
)
"""A coordinating word (and adverbs) ending a window: what follows is a clause of its own."""
SHARED_OBJECT = re.compile(r"\s{1,3}and\s{1,3}(?:[a-z]{2,20}ly\s{1,3})?")
"""Only "and" between two triggers: the first shares the second's object."""
SHARING = frozenset(
    {StatementKind.WELCOME, StatementKind.SUPPORT, StatementKind.CONDEMN, StatementKind.OPPOSE}
)
"""Kinds whose verb takes a plain object another verb may share ("welcomes and supports")."""
_SAYS = "said|says|stated|added|noted|told|reported|announced|explained|wrote|read"
_BECAUSE = "as|because|since"
_ATTRIBUTION = re.compile(  # words and spaces possessive: a word never ends before a letter
    rf"""['"]?\s*,\s*['"]?\s*(?:according\ to\b
        |(?:the\ |a\ |an\ )?[\w.'-]++(?:\s++[\w.'-]++){{0,6}}\s+(?:{_SAYS})\b)
        |,\s+(?:{_BECAUSE})\s+(?=[A-Z])(?!(?:A|An|The)\s)""",
    re.VERBOSE,
)
#: What every ``_ATTRIBUTION`` match holds after its comma: searched first, it is fast.
_ATTRIBUTION_WORD = re.compile(rf"""[\s,'"](?:according|{_SAYS})\b|,\s+(?:{_BECAUSE})\s""")
_SPLIT = re.compile(r";\s|,\s+(?:and|but|while|whereas)\s+(?=\S)")
_NEW_VERBS = (
    r"(?:discussed|noted|recalled|relayed|conveyed|stated|said|explained|reviewed|exchanged|"
    r"briefed|informed|described|added|outlined|observed|raised|highlighted|announced|invited)\b"
)
_NEW_VERB_PHRASE = re.compile(rf"(?:,\s*|\s+)and\s+(?:also\s+)?(?={_NEW_VERBS})")
#: The part of each ``_NEW_VERB_PHRASE`` match that starts with a literal, found fast.
_AND_NEW_VERB = re.compile(rf"and\s+(?:also\s+)?{_NEW_VERBS}")
_TRAILING_JOIN = re.compile(r"(?:,\s*|\s+)(?:and|or|but|while|as\ well\ as)\s*$", re.VERBOSE)
_JOIN_WORDS = ("and", "or", "but", "while", "as well as")  # what _TRAILING_JOIN ends with
_TRAILING = ",;:-\"'("  # and white space: what a content never ends with
_DAYS = "|".join(day.capitalize() for day in WEEKDAYS if day.endswith("day"))
_LEADING = re.compile(  # and a day between the verb and its "to" ("pledged on Monday to")
    rf"[\s,;:\-\"']*(?:(?:(?:on\s+)?(?:{_DAYS})|today|yesterday)"
    r"\s+(?=(?:that|to)\s))?(?:(?:that|to)\s+)?"
)


def clause_end(
    text: str,
    sentence: Span,
    end: int,
    later: Sequence[tuple[int, int, Frame]],
    *,
    shared: bool = False,
) -> int:
    """Return where the clause of a trigger ending at ``end`` ends; ``later`` triggers follow.

    With ``shared`` (the trigger is a statement's), a verb of a ``SHARING`` kind joined
    by a bare "and" ("welcomes and supports the plan") shares the object: it ends nothing.

    A clause runs at most ``REACH`` characters: on run-on text with no sentence end, each
    trigger then looks at a bounded stretch, and parsing stays linear.
    """
    stop = min(sentence.end, end + REACH)
    for start, _, frame in later:
        if start >= stop:
            split = _SPLIT.search(text, end, stop)
            stop = split.start() if split else stop
            break
        if frame.nominal or (
            shared and frame.kind in SHARING and SHARED_OBJECT.fullmatch(text, end, start)
        ):
            continue  # "welcomes and supports the plan": both verbs take the object
        if COORDINATOR.search(text, None, end, start):
            stop = start
            break
        split = _SPLIT.search(text, end, start)
        if split:
            stop = split.start()
            break
    verb = _new_verb_phrase(text, end, stop)
    if verb >= 0:
        stop = verb
    attribution = _attribution(text, end, stop)
    return attribution if attribution >= 0 else stop


def _new_verb_phrase(text: str, start: int, stop: int) -> int:
    """Return where ``_NEW_VERB_PHRASE`` first matches in ``text[start:stop]``, or -1.

    Its matches hold "and" after commas and white space: the search starts there.
    """
    first = text.find("and", start, stop)
    if first < 0 or not _AND_NEW_VERB.search(text, first, stop):
        return -1
    while first > start and (text[first - 1] == "," or text[first - 1].isspace()):
        first -= 1
    m = _NEW_VERB_PHRASE.search(text, first, stop)
    return m.start() if m else -1


def _attribution(text: str, start: int, stop: int) -> int:
    """Return where ``_ATTRIBUTION`` first matches in ``text[start:stop]``, or -1.

    Its matches start at a comma or at the quotes and white space before one: only
    there is it tried.
    """
    floor = start
    comma = text.find(",", start, stop)
    if comma < 0 or not _ATTRIBUTION_WORD.search(text, comma, stop):
        return -1
    while comma >= 0:
        first = comma
        while first > floor and (text[first - 1] in "'\"" or text[first - 1].isspace()):
            first -= 1
        for at in range(first, comma + 1):
            if _ATTRIBUTION.match(text, at, stop):
                return at
        floor = comma + 1
        comma = text.find(",", floor, stop)
    return -1


def _trailing(text: str, start: int, stop: int) -> int:
    """Return where the white space and punctuation ending ``text[start:stop]`` begin."""
    while stop > start and (text[stop - 1] in _TRAILING or text[stop - 1].isspace()):
        stop -= 1
    return stop


def content_span(text: str, start: int, stop: int) -> Span | None:
    """Return ``text[start:stop]`` without its lead words and trailing joins, or None if tiny."""
    lead = _LEADING.match(text, start, stop)
    s = lead.end() if lead else start
    e = _trailing(text, s, stop)
    while e > s and text[e - 1] in ".!?":
        e -= 1
    e = _trailing(text, s, e)
    if text.endswith(_JOIN_WORDS, s, e) and (join := _TRAILING_JOIN.search(text, s, e)):
        e = join.start()
    if e - s < 3:
        return None
    return Span(start=s, end=e)


#: What may follow a passive verb whose subject is the content ("X was underscored.").
PASSIVE_TOPIC = re.compile(r"[\s,.;]*(?:$|[.;,]|and\b|by\b|during\b|at\b|in\b)")
_PASSIVE_AUX = TailPattern(
    re.compile(r"\s(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?$"),
    ("was", "were", "been", "also"),
)
#: An infinitive shared with a second verb phrase: "decided to and will open ...",
#: "agreed to, and will soon sign, ...": the content is what follows the second one.
SHARED_INFINITIVE = re.compile(
    r"""(?:\s+to)?\s*,?\s*(?:and|or)\s+
        (?:(?:will|would|shall|did|does|do|can|could|may|might|must|soon|then|also|later)\s+){1,3}
        ,?\s*(?=[a-z])""",
    re.VERBOSE,
)
_ADVERBS = re.compile(r"(?:\s+(?:very|most|so|too|again|[a-z]+ly))+")  # lower case: not "Italy"


def passive_topic(
    text: str, sentence: Span, start: int, end: int, before: str | None
) -> Span | None:
    """Return the subject of "X was underscored" (the reaffirmed content), or None.

    ``before`` is the :func:`tail` of the words before ``start``.
    """
    m = _PASSIVE_AUX.search(text, None, max(sentence.start, start - 14), start, before)
    if m is None or not PASSIVE_TOPIC.match(text, end):
        return None
    clause = text.rfind(", ", sentence.start, m.start())
    begin = clause + 2 if clause >= 0 else sentence.start
    if text[begin : begin + 3].lower() == "it ":
        return None
    return content_span(text, begin, m.start())


def only_adverbs(text: str, start: int, stop: int) -> bool:
    """Tell whether ``text[start:stop]`` holds only adverbs before its first comma."""
    m = _ADVERBS.match(text, start, stop)
    return m is not None and (m.end() == stop or text[m.end()] in ",;")
