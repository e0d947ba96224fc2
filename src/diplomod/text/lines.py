"""Classify a line of press text as body, heading, byline, caption, bullet or boilerplate.

A classifier is a table of rules: functions from a stripped line to a :class:`LineKind`,
or ``None`` when the rule does not apply. The first rule that answers wins; a line no
rule claims is body text. The patterns the rules use are tables of regular
expressions, so a new site's boilerplate is one more string, not a new rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum

__all__ = [
    "BOILERPLATE_PATTERNS",
    "BYLINE_PATTERNS",
    "CAPTION_END_PATTERNS",
    "CAPTION_PATTERNS",
    "DATELINE_PATTERNS",
    "HEADING_MAX_WORDS",
    "LINE_RULES",
    "LineKind",
    "LineRule",
    "classify_line",
    "is_heading",
    "make_line_end_rule",
    "make_line_rule",
]


class LineKind(StrEnum):
    """What a line of a press text is, so later stages can skip what is not body text."""

    BODY = "body"
    """Running text: the default."""
    HEADING = "heading"
    """A title or section heading: short, no final punctuation ("2 Regional Security")."""
    BYLINE = "byline"
    """Who wrote or issued the text ("By Jane Doe", "Office of the Spokesperson")."""
    DATELINE = "dateline"
    """A line that only gives a date, perhaps with a time ("November 23, 2021")."""
    CAPTION = "caption"
    """A photo or image caption or credit ("Photo: Kyodo")."""
    BULLET = "bullet"
    """An item of a list ("• The accord ...", "1. The parties ...")."""
    BOILERPLATE = "boilerplate"
    """Page furniture: "Advertisement", "Share", "Read more", lone numbers and timestamps."""


LineRule = Callable[[str], LineKind | None]
"""A rule: the kind of a stripped line, or ``None`` when the rule does not decide."""

#: Maximum number of words in a heading.
HEADING_MAX_WORDS = 25

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s"
_TIME = r"\d{1,2}[:.]\d{2}(?:\s?(?:[ap]\.?m\.?))?(?:\s?[a-z]{2,5})?"

#: Whole lines (matched ignoring case) that are page furniture rather than text.
BOILERPLATE_PATTERNS: tuple[str, ...] = (
    r"advertisements?|sponsored(?: content)?|ad",
    r"print|share|tweet|e-?mail|comments?|reply|save|bookmark|listen|copy link",
    r"share (?:this|on) .{1,30}|follow us(?: on .{1,40})?",
    r"leave a (?:comment|reply)|(?:\d{1,4} )?comments?|add a comment",
    r"you (?:may|might) also (?:like|be interested in)|recommended(?: for you| stories)?",
    r"(?:most (?:read|popular|viewed)|trending(?: now)?|top stories|latest news)",
    r"(?:learn|read|see|show|load) more|continue reading|read the full (?:story|article)",
    r"get more with .{1,40}",
    r"\(?(?:with )?inputs? from .{1,40}",
    r"(?:related|also read|read also|see also|read more|watch|more on this)"
    r"(?: (?:articles?|stories|news|coverage|topics|video))?\s?[:|-].{0,150}",
    r"related(?: (?:articles?|stories|news|coverage|topics))?",
    r"begin(?: official)? text:?|end(?: official)? text\.?",
    r"(?:subscribe|sign up|download (?:our|the) app|click here|all rights reserved"
    r"|copyright|\(c\)|©).{0,120}",
    r"(?:previous|next)(?: article| story| post)?|back to top|skip to (?:main )?content",
    r"\*(?:\s?\*){2,8}|[-=_~#.]{3,}",  # separators
    r"\d{1,4}",  # a lone number: a counter, a page number
    r"\d{1,2}:\d{2}(?::\d{2})?",  # a video's duration
)

#: Whole lines (matched ignoring case) that only give a date, perhaps with a time.
DATELINE_PATTERNS: tuple[str, ...] = (
    rf"(?:(?:last )?(?:updated|published|posted|issued|released|date)(?: on)?:?\s)?"
    rf"(?:{_WEEKDAY}\s?)?"
    rf"(?:{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}"  # November 23, 2021
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_MONTH},?\s\d{{4}}"  # 23 November 2021
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})"
    rf"(?:,?\s(?:at\s)?{_TIME})?(?:\s?\|\s?{_TIME})?",
)

#: Whole lines that are a photo or image caption or credit.
CAPTION_PATTERNS: tuple[str, ...] = (
    r"(?i:(?:file )?(?:photo(?:graph)?|image|picture|video|graphic|illustration)s?"
    r"(?: credit)?|credit|courtesy)\s?[:|/].{0,300}",
    r"(?i:(?:photo(?:graph)?|image|picture)s?) (?:by|courtesy(?: of)?) .{1,200}",
)

#: Line endings that make the whole line a caption: "... in Hanoi. Photo: Kyodo".
CAPTION_END_PATTERNS: tuple[str, ...] = (
    r"[.!?\"')]\s?(?i:(?:file )?(?:photo(?:graph)?|image|picture)s?)\s?:\s?[^.!?:]{1,80}",
    r"\((?i:(?:file )?(?:photo|image|picture)s?)(?::| by| courtesy)[^()]{1,80}\)",
)

_PARTICLE = r"de|da|van|von|bin|al|el|le|la|del|der"
_NAME = rf"[A-Z][\w'.-]{{0,30}}(?:\s(?:[A-Z][\w'.-]{{0,30}}|{_PARTICLE})){{0,4}}"  # Jane van Dijk
#: Whole lines that say who wrote or issued a text.
BYLINE_PATTERNS: tuple[str, ...] = (
    # "By Jane Doe and Kenji Sato, Tokyo Bureau"
    rf"(?:By|BY)\s{_NAME}(?:(?:\s?,\s?|\sand\s|\s&\s){_NAME}){{0,4}}"
    r"(?:\s?[,|/-]\s?[A-Z0-9][^.!?]{0,60})?",
    r"(?:(?:Additional )?(?:Reporting|Writing|Editing|Reported|Written|Edited|Compiled)"
    r" by [^\n]{1,120})",
    r"(?:Staff|Special|Senior|Political|Diplomatic) (?:Reporter|Correspondent|Writer)s?",
    r"Office of the (?:Spokesperson|Spokesman|Press Secretary|Press Attache)",
    r"(?:Press|Media) (?:Office|Service|Centre|Center) of (?:the )?[\w ,.'-]{1,80}",
    r"[A-Z][^,\n]{2,60},\s(?:[\w-]+\s){0,3}(?:Spokesperson|Spokesman|Spokeswoman|Press Secretary)",
    r"The (?:below|following) is attributable to [^\n]{1,80}",
    # "Agency | @handle | 12 Sep 2021, 12:29 pm Print": pipes with a handle, time or year
    r"[^|\n]{1,80}\|(?=[^\n]{0,200}(?:@\w|\d:\d\d|\b(?:19|20)\d\d\b))[^\n]{0,200}",
)

_GLYPH_BULLET = re.compile(r"(?:[•◦▪‣●■□➢►▶·]\s?|[-*]\s)\S")  # "• item", "- item"
_GLYPH_BULLET_STARTS = frozenset("•◦▪‣●■□➢►▶·-*")
_NUMBERED_BULLET = re.compile(r"(?:\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,5}\)|\(\d{1,3}\))\s+\S")
_HEADING_MAX_LENGTH = 12 * HEADING_MAX_WORDS
_FINAL_PUNCTUATION = frozenset(".!?:;,")  # a line ending in one is running text, not a heading
_CLOSERS = "\"')]"
_OPENERS = "\"'("
_LETTER = re.compile(r"[^\W\d_]")


def make_line_rule(
    kind: LineKind, patterns: Iterable[str], *, ignore_case: bool = False, max_length: int = 400
) -> LineRule:
    """Return a rule that gives ``kind`` to a line matched whole by one of ``patterns``.

    Lines longer than ``max_length`` never match, which keeps classification linear.

    >>> rule = make_line_rule(LineKind.BOILERPLATE, [r"Sponsored"])
    >>> rule("Sponsored"), rule("Sponsored by Japan, the talks began.")
    (<LineKind.BOILERPLATE: 'boilerplate'>, None)
    """
    flags = re.IGNORECASE if ignore_case else 0
    pattern = re.compile("|".join(f"(?:{p})" for p in patterns), flags)

    def rule(line: str) -> LineKind | None:
        if len(line) <= max_length and pattern.fullmatch(line):
            return kind
        return None

    return rule


def is_heading(line: str) -> bool:
    """Tell whether ``line`` looks like a heading: short, capitalized, no final punctuation.

    >>> is_heading("2 Regional Security"), is_heading("The talks ended.")
    (True, False)
    """
    if not line or len(line) > _HEADING_MAX_LENGTH:
        return False
    if line.rstrip(_CLOSERS)[-1:] in _FINAL_PUNCTUATION:
        return False
    first = line[0]
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    return line.count(" ") < HEADING_MAX_WORDS and _LETTER.search(line) is not None


def _heading(line: str) -> LineKind | None:
    return LineKind.HEADING if is_heading(line) else None


def _glyph_bullet(line: str) -> LineKind | None:
    if line[:1] not in _GLYPH_BULLET_STARTS:  # the pattern's first character, tested fast
        return None
    return LineKind.BULLET if _GLYPH_BULLET.match(line) else None


def _numbered_bullet(line: str) -> LineKind | None:
    first = line[:1]
    if not (first.isdecimal() or first == "(" or "a" <= first <= "z"):  # the first character
        return None
    return LineKind.BULLET if _NUMBERED_BULLET.match(line) else None


def make_line_end_rule(
    kind: LineKind,
    patterns: Iterable[str],
    *,
    cues: Iterable[str] = (),
    words: Iterable[str] = (),
    reach: int = 200,
) -> LineRule:
    """Return a rule that gives ``kind`` to a line ending in a match of one of ``patterns``.

    Only the last ``reach`` characters are searched, and only when they contain one of
    the literal ``cues`` and, ignoring case, one of ``words`` (when any are given): fast
    tests that spare most lines the regex search. Every match of ``patterns`` must hold
    a cue and a word.

    >>> rule = make_line_end_rule(LineKind.CAPTION, [r"\\(AFP\\)"], cues=["AFP"])
    >>> rule("The leaders met in Paris. (AFP)")
    <LineKind.CAPTION: 'caption'>
    """
    pattern = re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\Z")
    literals = tuple(cues)
    folded_words = tuple(word.lower() for word in words)

    def rule(line: str) -> LineKind | None:
        begin = max(0, len(line) - reach)
        tail = line[begin:]
        for cue in literals:
            if cue in tail:
                break
        else:
            if literals:
                return None
        if folded_words and tail.isascii():  # (for ASCII, lower() folds case as the regex does)
            folded = tail.lower()
            for word in folded_words:
                if word in folded:
                    break
            else:
                return None
        return kind if pattern.search(line, begin) else None

    return rule


#: The default rules, in the order they are tried.
LINE_RULES: tuple[LineRule, ...] = (
    make_line_rule(LineKind.BOILERPLATE, BOILERPLATE_PATTERNS, ignore_case=True, max_length=160),
    make_line_rule(LineKind.DATELINE, DATELINE_PATTERNS, ignore_case=True, max_length=80),
    make_line_rule(LineKind.CAPTION, CAPTION_PATTERNS, max_length=400),
    make_line_end_rule(
        LineKind.CAPTION,
        CAPTION_END_PATTERNS,
        cues=(":", "("),
        words=("photo", "image", "picture"),
    ),
    make_line_rule(LineKind.BYLINE, BYLINE_PATTERNS, max_length=200),
    _glyph_bullet,
    _heading,
    _numbered_bullet,
)


def classify_line(line: str, rules: Sequence[LineRule] = LINE_RULES) -> LineKind:
    """Return the kind of the stripped ``line``: the first answer of ``rules``, else body.

    >>> classify_line("Photo: Reuters"), classify_line("The ministers met in Seoul.")
    (<LineKind.CAPTION: 'caption'>, <LineKind.BODY: 'body'>)
    """
    for rule in rules:
        kind = rule(line)
        if kind is not None:
            return kind
    return LineKind.BODY
