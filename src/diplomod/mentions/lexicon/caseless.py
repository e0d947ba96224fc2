"""Match a pattern case-insensitively, fast: case-sensitively on the text lower-cased.

Python's case-insensitive matching maps every character through its case tables, so a
case-insensitive alternation of words is several times slower than the same
alternation matched case-sensitively. A pattern written in lower case finds the same
matches case-sensitively in the lower-cased text, with the same offsets, as long as
lower-casing keeps every character in place and folds no letter that ignoring case
would fold otherwise: :func:`lower_view` gives that text, or None when it cannot.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

__all__ = ["CaselessPattern", "is_lower_case", "lower_view"]

#: Characters that match ASCII letters when case is ignored but lower-case to others:
#: dotted capital I, dotless i, long s and the Kelvin sign.
_FOLD_INTO_ASCII = "\u0130\u0131\u017f\u212a"
_ESCAPE_OR_GROUP_NAME = re.compile(r"\\.|\(\?P[<=]")
#: Escapes that may name an upper-case letter, and flags that turn case back on.
_UNSAFE = re.compile(r"\\[xuUN0-9]|\(\?[a-zA-Z]*-[a-zA-Z]*i")
_END = sys.maxsize


def lower_view(text: str) -> str | None:
    """Return ``text`` lower-cased if case-sensitive matches of lower-case patterns there
    are their case-insensitive matches in ``text``; else None.

    >>> lower_view("Japan's MINISTER"), lower_view("\u0130stanbul")
    ("japan's minister", None)
    """
    low = text.lower()
    if len(low) != len(text):  # a character lower-cased to two: offsets would move
        return None
    if not text.isascii() and any(char in text for char in _FOLD_INTO_ASCII):
        return None
    return low


def is_lower_case(source: str) -> bool:
    """Tell whether a pattern's letters (escapes and group syntax aside) are all lower case.

    >>> is_lower_case(r"\\bwill\\s+\\S"), is_lower_case(r"[A-Z]\\w+"), is_lower_case(r"\\x41")
    (True, False, False)
    """
    if _UNSAFE.search(source):
        return False
    return not any(char.isupper() for char in _ESCAPE_OR_GROUP_NAME.sub("", source))


class CaselessPattern:
    """A pattern matched case-insensitively, on a text or on its :func:`lower_view`.

    Each method takes the text and its lower view (or None) and answers as the same
    method of :attr:`pattern` on the text: with the view, the match is found in it, so
    its offsets and groups are the same and its matched text is lower case. A
    ``source`` with upper-case letters is always matched on the text itself.

    >>> modal = CaselessPattern(r"\\b(?:will|shall)\\s+\\Z")
    >>> text = "Japan WILL "
    >>> modal.search(text, lower_view(text)).span(), modal.search(text, None).span()
    ((6, 11), (6, 11))
    """

    __slots__ = ("_lower", "pattern")
    _lower: re.Pattern[str] | None

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = re.compile(source, flags | re.IGNORECASE)
        """The pattern itself, matched case-insensitively."""
        self._lower = re.compile(source, flags) if is_lower_case(source) else None

    def search(
        self, text: str, low: str | None, pos: int = 0, endpos: int = _END
    ) -> re.Match[str] | None:
        """Return ``pattern.search(text, pos, endpos)``, found in ``low`` if given."""
        if low is None or self._lower is None:
            return self.pattern.search(text, pos, endpos)
        return self._lower.search(low, pos, endpos)

    def search_in(self, text: str, low: str | None, start: int, end: int) -> re.Match[str] | None:
        """Return ``pattern.search(text[start:end])``: the slice searched as a string of its own."""
        if low is None or self._lower is None:
            return self.pattern.search(text[start:end])
        return self._lower.search(low[start:end])

    def match(
        self, text: str, low: str | None, pos: int = 0, endpos: int = _END
    ) -> re.Match[str] | None:
        """Return ``pattern.match(text, pos, endpos)``, found in ``low`` if given."""
        if low is None or self._lower is None:
            return self.pattern.match(text, pos, endpos)
        return self._lower.match(low, pos, endpos)

    def fullmatch(
        self, text: str, low: str | None, pos: int = 0, endpos: int = _END
    ) -> re.Match[str] | None:
        """Return ``pattern.fullmatch(text, pos, endpos)``, found in ``low`` if given."""
        if low is None or self._lower is None:
            return self.pattern.fullmatch(text, pos, endpos)
        return self._lower.fullmatch(low, pos, endpos)

    def finditer(
        self, text: str, low: str | None, pos: int = 0, endpos: int = _END
    ) -> Iterator[re.Match[str]]:
        """Return ``pattern.finditer(text, pos, endpos)``, found in ``low`` if given."""
        if low is None or self._lower is None:
            return self.pattern.finditer(text, pos, endpos)
        return self._lower.finditer(low, pos, endpos)
