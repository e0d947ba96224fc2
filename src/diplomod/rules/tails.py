"""Patterns that end where a window ends, tried only when the window's last words allow.

A pattern such as ``\\b(?:also|firmly)\\s+$`` searched in the 80 characters before a
verb is tried at each of them; yet it can only match when the last word there is one
of its words. :class:`TailPattern` looks at that word first (a string test in C) and
runs the pattern only when it may match, so its answers are the pattern's own.
"""

from __future__ import annotations

import re

from diplomod.mentions.lexicon.caseless import CaselessPattern

__all__ = ["TailPattern", "tail"]


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

    def may_end(self, tail: str | None) -> bool:
        """Tell whether a window whose text ends with ``tail`` may hold a match (False: not).

        ``tail`` is the window's lower view (or text, for a plain pattern) less its
        trailing white space, reaching back at least to the window's start; None when
        there is no lower view: then the pattern may always match.
        """
        if tail is None or tail.endswith(self._words):
            return True
        if not self._skip:
            return False
        words = tail.rsplit(None, 1)
        return len(words) == 2 and words[0].endswith(self._words)

    def search(
        self, text: str, low: str | None, pos: int, endpos: int, tail: str | None = None
    ) -> re.Match[str] | None:
        """Return the pattern's search in ``text`` from ``pos`` to ``endpos``, or None.

        ``tail`` is what :meth:`may_end` takes, if the caller has it.
        """
        if not self.may_end(tail if tail is not None else self._tail(text, low, pos, endpos)):
            return None
        if self._plain is not None:
            return self._plain.search(text, pos, endpos)
        assert isinstance(self.pattern, CaselessPattern)
        return self.pattern.search(text, low, pos, endpos)

    def search_in(
        self, text: str, low: str | None, start: int, end: int, tail: str | None = None
    ) -> re.Match[str] | None:
        """Return the pattern's search in the slice ``text[start:end]``, or None.

        ``tail`` is what :meth:`may_end` takes, if the caller has it.
        """
        if not self.may_end(tail if tail is not None else self._tail(text, low, start, end)):
            return None
        if self._plain is not None:
            return self._plain.search(text[start:end])
        assert isinstance(self.pattern, CaselessPattern)
        return self.pattern.search_in(text, low, start, end)

    def _tail(self, text: str, low: str | None, start: int, end: int) -> str | None:
        """Return the window's text (or lower view) less its trailing white space, if known."""
        if self._plain is not None:
            return text[start:end].rstrip()
        return low[start:end].rstrip() if low is not None else None


def tail(low: str | None, start: int, end: int) -> str | None:
    """Return ``low[start:end]`` less its trailing white space, or None without a view.

    What :meth:`TailPattern.may_end` takes, for every window from ``start`` to ``end``
    or a part of it ending at ``end``.
    """
    return low[start:end].rstrip() if low is not None else None
