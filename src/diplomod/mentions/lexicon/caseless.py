"""Match a pattern case-insensitively, fast: case-sensitively on lower-cased ASCII text.

Python's case-insensitive matching maps every character through its case tables, so a
case-insensitive alternation of words is several times slower than the same
alternation matched case-sensitively. On ASCII text both give the same answer if the
pattern is written in lower case and the text is lower-cased first; other text falls
back to the case-insensitive pattern, so the answer never depends on the route taken.
"""

from __future__ import annotations

import re

__all__ = ["CaselessPattern"]


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
        return self._run("search", text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> tuple[int, int] | None:
        """Return the span of ``pattern.match(text, pos, endpos)``, or None."""
        return self._run("match", text, pos, endpos)

    def fullmatch(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> tuple[int, int] | None:
        """Return the span of ``pattern.fullmatch(text, pos, endpos)``, or None."""
        return self._run("fullmatch", text, pos, endpos)

    def _run(self, how: str, text: str, pos: int, endpos: int | None) -> tuple[int, int] | None:
        pos = min(max(pos, 0), len(text))
        end = len(text) if endpos is None else min(max(endpos, 0), len(text))
        if end < pos:
            return None  # as ``re`` answers
        base = pos - 1 if pos else 0  # the character before ``pos`` decides a ``\b`` there
        piece = text[base:end]
        if piece.isascii():
            m = getattr(self._lower, how)(piece.lower(), pos - base)
            return (m.start() + base, m.end() + base) if m else None
        m = getattr(self.pattern, how)(text, pos, end)
        return m.span() if m else None
