"""Split normalized text into paragraphs (one per line) and paragraphs into sentences.

Sentences end at ``.``, ``!`` or ``?`` (and any closing quotes) followed by a space and
a capital, digit or opening quote, except after the abbreviations, initials, list
markers and ellipses listed here. Everything is found by regexes that scan the text
once, so splitting takes time linear in its length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diplomod.records.provenance import Span

__all__ = [
    "NON_TERMINAL_ABBREVIATIONS",
    "SENTENCE_STARTERS",
    "TERMINAL_ABBREVIATIONS",
    "split_each_paragraph",
    "split_paragraphs",
    "split_sentences",
]

#: Abbreviations that never end a sentence: titles before names, "No. 4", "Sept. 12".
NON_TERMINAL_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # forms of address and titles
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Rev", "Hon", "Amb",
        "Pres", "Sec", "Gov", "Sen", "Rep", "Rt", "Supt", "Insp", "Det", "Fr",
        # military ranks
        "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Adm", "Cmdr", "Cdr", "Brig", "Sgt", "Cpl",
        "Pvt", "Lieut",
        # places
        "St", "Mt", "Ft",
        # references and Latin
        "No", "Nos", "Art", "Arts", "para", "paras", "Para", "Vol", "vol",
        "pp", "Fig", "fig", "Ch", "ch", "Sect", "sect", "cf", "vs", "v", "approx", "ca",
        "e.g", "i.e", "viz", "al",
        # months
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    }
)  # fmt: skip

#: Abbreviations that may also end a sentence; they end one only before a word in
#: :data:`SENTENCE_STARTERS`. Dotted acronyms ("U.S.", "a.m.") behave the same way.
TERMINAL_ABBREVIATIONS: frozenset[str] = frozenset(
    {"etc", "Inc", "Ltd", "Co", "Corp", "Bros", "Jr", "Sr", "Dept", "Govt", "Ave", "Esq"}
)

#: Words that begin a new sentence after an abbreviation such as "U.S." or "etc.".
SENTENCE_STARTERS: frozenset[str] = frozenset(
    {
        "A", "According", "After", "Also", "An", "And", "As", "At", "Before", "Both", "But",
        "During", "Earlier", "Following", "For", "Furthermore", "He", "Her", "His", "However",
        "I", "In", "It", "Its", "Later", "Meanwhile", "Moreover", "On", "Our", "She", "Since",
        "So", "That", "The", "Their", "Then", "There", "These", "They", "This", "Those",
        "Today", "We", "When", "While", "Yesterday", "You",
    }
)  # fmt: skip

_LINE = re.compile(r"\S(?:[^\n]*\S)?")  # a line without its leading and trailing spaces

# Each pattern starts with a one-character class, so that the regex engine scans fast,
# and has no repetition that can backtrack far: time stays linear in the text.
_STOP = re.compile(
    r"""[.!?]                         # a mark (the last of a run: "!?" is tried at "?")
        (?P<close>["')\]]{0,4})       # closing quotes and brackets
        \s++(?=[^a-z])                # spaces, then no lower-case letter
    """,
    re.VERBOSE,
)
_STOP_TAIL = _STOP.pattern.partition("[.!?]")[2]
# The same, one pattern per mark: a pattern that opens with a literal character scans
# several times faster than one that opens with a class.
_OTHER_STOPS = tuple((mark, re.compile(re.escape(mark) + _STOP_TAIL, re.VERBOSE)) for mark in "!?")
# A period after a plain word ("agreed."): four lower-case letters that end no
# abbreviation and no roman numeral. It ends a sentence whenever a capital follows.
_QUIET = sorted(
    w for w in NON_TERMINAL_ABBREVIATIONS | TERMINAL_ABBREVIATIONS if re.search(r"[a-z]{4}\Z", w)
)
_PERIOD_STOP = re.compile(
    r"\.(?: (?<=[a-z]{4}\.) (?<![ivx]{4}\.) "
    + "".join(rf"(?<!{re.escape(w)}\.)" for w in _QUIET)
    + r"(?P<plain>) )?"
    + _STOP_TAIL,
    re.VERBOSE,
)
_PLAIN_REACH = 4  # a plain period has this many letters before it in its paragraph

# An inline bullet starts a sentence; a "* * *" separator stands alone.
_CUT = re.compile(
    r"""[•◦▪‣●*](?:
          (?<=\s[•◦▪‣●])(?=[^\S\n])                   # a bullet between spaces
        | (?<=\*)(?<!\S\*)(?:\ ?\*){2,8}(?!\S)          # "* * *" or "***"
    )""",
    re.VERBOSE,
)
_CUT_CHARS = "*•◦▪‣●"
_NON_SPACE = re.compile(r"\S")
_DOTTED = re.compile(r"(?:[A-Za-z]\.){1,6}[A-Za-z]")  # U.S, a.m, U.N, Ph.D
_LIST_MARKER = re.compile(r"\d{1,3}|[A-Za-z]|[ivxIVX]{1,5}")  # "1." "b." "iv." at line start
_WORD = re.compile(r"\w{1,40}")
_OPENERS_TEXT = "\"'(["
_OPENERS = frozenset(_OPENERS_TEXT)
_CONTINUES = frozenset(".!?:;\"')]")  # a line ending in one of these is not cut off
_WINDOW = 40  # how far back to look for the token before a period


def split_paragraphs(text: str) -> tuple[Span, ...]:
    """Return the spans of the paragraphs of ``text``: its non-blank lines, stripped.

    A line that starts in lower case right after a line that does not end in
    punctuation continues the same paragraph (text wrapped at a fixed width).

    >>> text = "Title\\n\\nFirst line\\nSecond line."
    >>> [s.slice(text) for s in split_paragraphs(text)]
    ['Title', 'First line', 'Second line.']
    """
    starts: list[int] = []
    ends: list[int] = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        if ends and text[start].islower() and _continues(text, ends[-1], start):
            ends[-1] = end
        else:
            starts.append(start)
            ends.append(end)
    return tuple([Span(start=s, end=e) for s, e in zip(starts, ends, strict=True)])


def _continues(text: str, previous_end: int, start: int) -> bool:
    return text[previous_end - 1] not in _CONTINUES and text.count("\n", previous_end, start) == 1


def split_sentences(text: str, within: Span | None = None) -> tuple[Span, ...]:
    """Return the spans of the sentences of ``text`` (or of its paragraph ``within``).

    Sentences never cross a paragraph boundary; each span is stripped and non-empty.

    >>> text = "Mr. Kim met Dr. Lee at 9 a.m. on Monday. They agreed."
    >>> [s.slice(text) for s in split_sentences(text)]
    ['Mr. Kim met Dr. Lee at 9 a.m. on Monday.', 'They agreed.']
    """
    if within is None:
        groups = split_each_paragraph(text, split_paragraphs(text))
        return tuple(span for group in groups for span in group)
    start, end = _strip(text, within.start, min(len(text), within.end))
    if start >= end:
        return ()
    return _sentences(text, start, end, _extra_cuts(text, start, end))


def split_each_paragraph(text: str, paragraphs: Sequence[Span]) -> tuple[tuple[Span, ...], ...]:
    """Return the sentence spans of each of ``paragraphs`` of ``text``, in order."""
    size = len(text)
    bullets = any(char in text for char in _CUT_CHARS)
    stops = _find_stops(text, 0, size)  # one scan serves all paragraphs, if they are in order
    next_stop, count = 0, len(stops)
    groups: list[tuple[Span, ...]] = []
    previous_end = 0
    for paragraph in paragraphs:
        start, end = _strip(text, paragraph.start, min(size, paragraph.end))
        if start < previous_end:
            return _split_separately(text, paragraphs)
        previous_end = max(start, end)
        starts = [start]
        ends = []
        while next_stop < count and (stop := stops[next_stop])[0] < end:
            next_stop += 1
            at, close, after, plain = stop
            if at >= start and after < end and _ends_sentence(text, start, at, close, after, plain):
                ends.append(close)
                starts.append(after)
        ends.append(end)
        if start >= end:
            groups.append(())
        elif bullets and (inside := _extra_cuts(text, start, end)):
            groups.append(_cut_again(text, starts, ends, inside))
        elif len(ends) == 1 and start == paragraph.start and end == paragraph.end:
            groups.append((paragraph,))  # one sentence: share the paragraph's span
        else:
            groups.append(tuple([Span(start=s, end=e) for s, e in zip(starts, ends, strict=True)]))
    return tuple(groups)


def _find_stops(text: str, start: int, end: int) -> list[tuple[int, int, int, bool]]:
    """Return ``(start, end of closing quotes, end, plain period?)`` of each stop in a span."""
    found = [
        (m.start(), m.end("close"), m.end(), m.start("plain") >= 0)
        for m in _PERIOD_STOP.finditer(text, start, end)
    ]
    others = [
        (m.start(), m.end("close"), m.end(), False)
        for mark, pattern in _OTHER_STOPS
        if text.find(mark, start, end) >= 0
        for m in pattern.finditer(text, start, end)
    ]
    if others:  # matches of different marks never overlap: in order, they are _STOP's
        found = sorted(found + others)
    return found


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``start`` and ``end`` moved inwards past any white space."""
    if start < end and (text[start].isspace() or text[end - 1].isspace()):
        piece = text[start:end]
        stripped = piece.strip()
        start += len(piece) - len(piece.lstrip())
        end = start + len(stripped)
    return start, end


def _split_separately(text: str, paragraphs: Sequence[Span]) -> tuple[tuple[Span, ...], ...]:
    """Split overlapping or unordered ``paragraphs`` one by one."""
    return tuple(split_sentences(text, within=paragraph) for paragraph in paragraphs)


def _extra_cuts(text: str, start: int, end: int) -> list[int]:
    """Return where ``text[start:end]`` must be cut at bullets and separators."""
    if not any(text.find(char, start, end) >= 0 for char in _CUT_CHARS):
        return []
    cuts = []
    for match in _CUT.finditer(text, start, end):
        cuts.append(match.start())
        if match.group()[0] == "*":
            cuts.append(match.end())
    return cuts


def _sentences(text: str, start: int, end: int, cuts: list[int]) -> tuple[Span, ...]:
    """Return the stripped sentence spans of ``text[start:end]``, also cut at ``cuts``."""
    starts = [start]
    ends = []
    for at, close, after, plain in _find_stops(text, start, end):
        if _ends_sentence(text, start, at, close, after, plain):
            ends.append(close)
            starts.append(after)
    ends.append(end)
    if cuts:
        return _cut_again(text, starts, ends, cuts)
    return tuple([Span(start=s, end=e) for s, e in zip(starts, ends, strict=True)])


def _cut_again(text: str, starts: list[int], ends: list[int], cuts: list[int]) -> tuple[Span, ...]:
    """Return the sentences from ``starts`` to ``ends``, also cut at the sorted ``cuts``."""
    spans = []
    k = 0
    for begin, finish in zip(starts, ends, strict=True):
        while k < len(cuts) and cuts[k] < finish:
            cut = cuts[k]
            k += 1
            if cut <= begin:
                continue
            head = text[begin:cut].rstrip()  # begin is not a space: head is not empty
            spans.append(Span(start=begin, end=begin + len(head)))
            following = _NON_SPACE.search(text, cut, finish)
            begin = finish if following is None else following.start()
        if begin < finish:
            spans.append(Span(start=begin, end=finish))
    return tuple(spans)


def _ends_sentence(
    text: str, start: int, at: int, close: int, after: int, plain: bool = False
) -> bool:
    """Tell whether the stop at ``at`` ends a sentence of the paragraph at ``start``.

    The stop's mark is at ``at`` (the last of a run: "?" of "!?", the last "." of
    "..."), its closing quotes end at ``close`` and the next sentence would start at
    ``after``; ``plain`` tells that a plain word ends right before the mark.
    """
    first = text[after]
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    if plain and at - _PLAIN_REACH >= start:
        return True  # "agreed. The"
    if text[at] != "." or close > at + 1:
        return True  # "?", "!" or closing quotes: 'he said." The'
    if at == start or text[at - 1].isspace():
        return True
    low = max(start, at - _WINDOW)
    token = text[low:at].rsplit(None, 1)[-1]
    last = token[-1]
    if last in ".!?":
        return last != "."  # "...": an ellipsis; "?." ends
    word = token.lstrip(_OPENERS_TEXT)
    if "-" in word:
        word = word.rpartition("-")[2]  # "Mekong-U.S." ends in "U.S."
    if word in NON_TERMINAL_ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial: "Antony J. Blinken"
    if at - len(token) == start and _LIST_MARKER.fullmatch(token):
        return False  # "1. The parties agree"
    if word in TERMINAL_ABBREVIATIONS or ("." in word and _DOTTED.fullmatch(word)):
        next_word = _WORD.match(text, after)
        return next_word is not None and next_word.group() in SENTENCE_STARTERS
    return True
