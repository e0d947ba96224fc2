"""Find a document's own date and its news dateline city in the lines at its top.

The publication date is a full date standing out near the top: after a label
("Published:", "date"), alone on its line, in a dateline ("WASHINGTON, May 18,
2022 -") or in a byline with separators ("Outlet | 12 Sep 2021, 12:29 pm").
The dateline city ("Tokyo:", "HANOI (Reuters) -") is where a story was filed,
which later stages must not take for the place of the event it reports.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from attrs import frozen

from diplomod.mentions.dates import (
    DateKind,
    DateMention,
    date_expressions,
    date_expressions_before,
    find_dates,
    read_dates,
)
from diplomod.records.dates import Precision
from diplomod.records.provenance import Span

__all__ = ["NOT_DATELINE_WORDS", "CityMention", "find_dateline_city", "find_published_date"]

NOT_DATELINE_WORDS: frozenset[str] = frozenset(
    {"image", "images", "photo", "photos", "picture", "source", "sources", "note", "update",
     "updated", "editor", "read", "read more", "watch", "tags", "question", "answer", "q", "a",
     "begin text", "end text", "contact", "media", "subject", "re", "video", "related",
     "also read", "listen", "share", "caption", "credit", "by", "exclusive", "breaking",
     "analysis", "opinion", "file", "editorial", "commentary", "live", "summary", "advertisement",
     "statement", "transcript", "text", "full text", "background", "print", "warning"}
)  # fmt: skip
"""Lower-cased words that open a paragraph like a dateline but are labels."""

_HEAD = 600  # characters searched for the document's own date
_DATELINE_HEAD = 2000  # characters searched for a dateline paragraph
_SPEAKER_REACH = 20_000  # how far on a transcript speaker's label is looked for again
_LABEL = re.compile(
    r"(?i:\b(?:published|posted|dated?|released|issued|release\s+date))\s*(?::|-|on)?\s*$"
)
_UPDATED = re.compile(r"(?i:\bupdated)\s*(?::|-|on)?\s*$")
_CITY_BEFORE = re.compile(r"\s{0,4}[A-Z][A-Za-z.' -]{1,40},\s{0,3}")
_ALONE_AFTER = re.compile(
    r"[\s,|·•-]{0,6}(?:(?:at\s)?\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?[A-Z]{2,5})?)?"
    r"[\s.|·•-]{0,6}"
)
_DATELINE = re.compile(
    r"""
    ^[ \t]{0,4}
    (?: (?P<caps> [A-Z][A-Z.'-]{1,20} (?:[ ][A-Z][A-Z.'-]{1,20}){0,2} )     # WASHINGTON
      | (?P<title> [A-Z][a-z.'-]{1,20} (?:[ ][A-Z][a-z.'-]{1,20}){0,2} ) )  # Phnom Penh
    (?P<rest>
        (?: ,[ ][^\n:()]{1,40}? )?                # , May 18, 2022
        [ ]? (?: \([A-Za-z .]{2,30}\)[ ]? )?      # (Reuters)
        (?P<mark> -{1,3}|–|—|: ) [ \t]+ \S )      # - The story begins
    """,
    re.MULTILINE | re.VERBOSE,
)


@frozen(kw_only=True)
class CityMention:
    """A city named in a text, as written."""

    span: Span
    name: str


def find_published_date(
    text: str, *, expressions: Sequence[re.Match[str]] | None = None
) -> DateMention | None:
    """Return the document's own full date stated near its top, or ``None``.

    A date in running text ("met on 23 November 2021") is not taken: the date must
    follow a label, stand alone on its line, open a dateline or sit in a byline.
    ``expressions`` are the :func:`~diplomod.mentions.dates.date_expressions` of
    ``text``, when found already: most of those near the top are reused.
    """
    cut = text.find("\n", _HEAD, _HEAD + 200)
    head = text[: cut if cut != -1 else _HEAD + 200]
    found = (
        date_expressions(head)
        if expressions is None
        else date_expressions_before(head, expressions)
    )
    best: tuple[int, DateMention] | None = None
    for mention in read_dates(head, found):
        if mention.kind is not DateKind.ABSOLUTE or mention.date is None:
            continue
        rank = _rank(head, mention)
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, mention)
    return best[1] if best else None


def _rank(head: str, mention: DateMention) -> int | None:
    """Rank how clearly a date is the document's own: 0 labeled, 1 alone or dateline, 2 byline."""
    start, end = mention.span.start, mention.span.end
    line_start = head.rfind("\n", 0, start) + 1
    line_end = head.find("\n", end)
    line_end = len(head) if line_end == -1 else line_end
    before, after = head[line_start:start], head[end:line_end]
    if _LABEL.search(before):
        return 0
    if mention.date is None or mention.date.precision is not Precision.DAY:
        return None
    if not before.strip(" \t|·•-") and _ALONE_AFTER.fullmatch(after):
        return 1
    if _CITY_BEFORE.fullmatch(before) and (not after.strip() or after.lstrip()[:1] in "(-:–—"):
        return 1
    line = head[line_start:line_end]
    if len(line) <= 200 and (any(c in line for c in "|·•") or line.lstrip().startswith("By ")):
        return 2
    return 3 if _UPDATED.search(before) else None


def find_dateline_city(text: str) -> CityMention | None:
    """Return the city of a news dateline ("Tokyo:", "HANOI (Reuters) -") opening a paragraph."""
    transcript = False
    for m in _line_openings(text, min(len(text), _DATELINE_HEAD)):
        name = m["caps"] or m["title"]
        if name.lower() in NOT_DATELINE_WORDS or (transcript and m["mark"] == ":"):
            continue
        rest = m["rest"]
        if m["title"] and not ("(" in rest or find_dates(rest) or m["mark"] == ":"):
            continue  # a title-case word before a dash is a headline more often than a city
        label = re.compile(rf"(?m)^[ \t]*{re.escape(name)}:")
        if m["mark"] == ":" and label.search(text, m.end(), m.end() + _SPEAKER_REACH):
            transcript = True  # a speaker label comes back; a dateline does not
            continue
        group = "caps" if m["caps"] else "title"
        return CityMention(span=Span(start=m.start(group), end=m.end(group)), name=name)
    return None


def _line_openings(text: str, end: int) -> Iterator[re.Match[str]]:
    """Yield what ``_DATELINE.finditer(text, 0, end)`` would, trying only where lines start.

    A dateline stays on its line, so at most one starts on each; trying the pattern at
    the line starts alone spares the engine a try at every character.
    """
    start = 0
    while start < end:
        m = _DATELINE.match(text, start, end)
        if m is not None:
            yield m
        start = text.find("\n", start, end) + 1
        if not start:
            return
