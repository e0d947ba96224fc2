"""Match a pattern case-insensitively, fast: case-sensitively on lower-cased ASCII text.

Python's case-insensitive matching maps every character through its case tables, so a
case-insensitive alternation of words is several times slower than the same
alternation matched case-sensitively. On ASCII text both give the same answer if the
pattern is written in lower case and the text is lower-cased first; other text falls
back to the case-insensitive pattern, so the answer never depends on the route taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["CaselessPattern"]

_Method = Callable[..., "re.Match[str] | None"]


class CaselessPattern:
    """A pattern matched case-insensitively, answering with spans of the text given.

    ``source`` must be written to match lower-case text (lower-case literals and
    classes) and may look back at most one character before where matching starts
    (``\\b``, ``(?<!\\w)``): matching starts one character early on a slice of the text.

    >>> modal = CaselessPattern(r"\\b(?:will|shall)\\s+\\Z")
    >>> modal.search("Japan WILL "), modal.search("Japan swill "), modal.search("Jäpan will ")
    ((6, 11), None, (6, 11))
    """

    __slots__ = ("_lower", "pattern")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = re.compile(source, flags | re.IGNORECASE)
        """The pattern itself, matched case-insensitively."""
        self._lower = re.compile(source, flags)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> tuple[int, int] | None:
        """Return the span of ``pattern.search(text, pos, endpos)``, or None."""
        if pos <= 0 and endpos is None:
            m = self._lower.search(text.lower()) if text.isascii() else self.pattern.search(text)
            return None if m is None else m.span()
        return self._window(self._lower.search, self.pattern.search, text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> tuple[int, int] | None:
        """Return the span of ``pattern.match(text, pos, endpos)``, or None."""
        return self._window(self._lower.match, self.pattern.match, text, pos, endpos)

    def fullmatch(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> tuple[int, int] | None:
        """Return the span of ``pattern.fullmatch(text, pos, endpos)``, or None."""
        return self._window(self._lower.fullmatch, self.pattern.fullmatch, text, pos, endpos)

    @staticmethod
    def _window(
        lower: _Method, caseless: _Method, text: str, pos: int, endpos: int | None
    ) -> tuple[int, int] | None:
        """Run ``lower`` on ``text[pos:endpos]`` lower-cased (ASCII), else ``caseless``."""
        size = len(text)
        end = size if endpos is None or endpos > size else max(endpos, 0)
        pos = min(pos, size)
        if pos <= 0:
            piece, base, start = text[:end], 0, 0
        elif pos <= end:  # from the character before ``pos``: it decides a ``\b`` there
            piece, base, start = text[pos - 1 : end], pos - 1, 1
        else:
            return None  # ``re`` finds nothing past ``endpos``
        if piece.isascii():
            m = lower(piece.lower(), start)
            return None if m is None else (m.start() + base, m.end() + base)
        m = caseless(text, pos, end)
        return None if m is None else m.span()
