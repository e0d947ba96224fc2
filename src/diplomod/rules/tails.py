"""Patterns that end where a window ends, tried only when the window's last words allow.

A pattern such as ``\\b(?:also|firmly)\\s+$`` searched in the 80 characters before a
verb is tried at each of them; yet it can only match when the last word there is one
of its words. :class:`TailPattern` looks at that word first (a string test in C) and
runs the pattern only when it may match, so its answers are the pattern's own.
"""

from __future__ import annotations

import re

from diplomod.mentions.lexicon.caseless import CaselessPattern

__all__ = ["TailPattern"]


class TailPattern:
    """A pattern anchored at the end of a window, with the words its matches end with.

    Every match of ``pattern`` in a window must end with one of ``words`` and then white
    space only; with ``skip=True`` one more word (and white space) may follow. A
    :class:`~diplomod.mentions.lexicon.caseless.CaselessPattern` is judged on the text's
    lower view (when there is none, it is simply tried), a plain pattern on the text.

    >>> modifier = TailPattern(re.compile(r"\\b(?:also|firmly)\\s+$"), ("also", "firmly"))
    >>> text = "Japan also condemned"
    >>> modifier.search_in(text, None, 0, 11).span(), modifier.search_in(text, None, 0, 6)
    ((6, 11), None)
    """

    __slots__ = ("_plain", "_skip", "_words", "pattern")

    def __init__(
        self,
        pattern: CaselessPattern | re.Pattern[str],
        words: tuple[str, ...],
        *,
        skip: bool = False,
    ) -> None:
        self.pattern = pattern
        """The pattern itself."""
        self._plain = pattern if isinstance(pattern, re.Pattern) else None
        self._words = words
        self._skip = skip

    def may_match(self, text: str, low: str | None, start: int, end: int) -> bool:
        """Tell whether the pattern may match in ``text[start:end]`` (False: it cannot)."""
        if self._plain is not None:
            piece = text[start:end].rstrip()
        elif low is not None:
            piece = low[start:end].rstrip()
        else:
            return True  # ignoring case, other letters may match the words' letters
        if piece.endswith(self._words):
            return True
        if not self._skip:
            return False
        words = piece.rsplit(None, 1)
        return len(words) == 2 and words[0].endswith(self._words)

    def search(self, text: str, low: str | None, pos: int, endpos: int) -> re.Match[str] | None:
        """Return the pattern's search in ``text`` from ``pos`` to ``endpos``, or None."""
        if not self.may_match(text, low, pos, endpos):
            return None
        if self._plain is not None:
            return self._plain.search(text, pos, endpos)
        assert isinstance(self.pattern, CaselessPattern)
        return self.pattern.search(text, low, pos, endpos)

    def search_in(self, text: str, low: str | None, start: int, end: int) -> re.Match[str] | None:
        """Return the pattern's search in the slice ``text[start:end]``, or None."""
        if not self.may_match(text, low, start, end):
            return None
        if self._plain is not None:
            return self._plain.search(text[start:end])
        assert isinstance(self.pattern, CaselessPattern)
        return self.pattern.search_in(text, low, start, end)
