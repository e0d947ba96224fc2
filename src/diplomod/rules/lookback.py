"""Read the words just before a position: cues that an actor mention opens a clause or
follows a preposition, matched on the document read backwards.

A cue at the end of a window ("talks with", "; and") is one anchored match on the
reversed text instead of a search at every position of the window, so it costs the
same however many mentions a document has.
"""

from __future__ import annotations

import re

__all__ = ["CLAUSE_OPENERS", "NOT_BEFORE_SUBJECT", "Lookback"]

#: Words that put a following actor out of subject position ("talks with Japan"); data.
NOT_BEFORE_SUBJECT: tuple[str, ...] = (
    "in", "at", "to", "with", "of", "from", "by", "for", "on", "over", "about", "against",
    "toward", "towards", "regarding", "concerning", "between", "into", "under", "including",
    "among", "amid", "than", "like", "across", "through", "via", "as", "upon", "within",
    "without", "after", "before", "during", "behind", "beyond", "around", "near", "per",
    "versus", "told", "met", "meet", "meets", "thanked", "welcomed", "called", "invited",
    "urged", "asked", "received", "hosted",
)  # fmt: skip
#: Words after which a clause, and so its subject, begins ("..., and Japan said"); data.
CLAUSE_OPENERS: tuple[str, ...] = ("and", "that", "while", "when", "as", "but", "said", "says")


def _backwards(words: tuple[str, ...]) -> str:
    return "|".join(w[::-1] for w in words)


#: One of the words, or a possessive "'s", then blanks: read backwards from the end.
_PREPOSITION = re.compile(
    rf"\s*(?:(?:{_backwards(NOT_BEFORE_SUBJECT)})\b|s')", re.IGNORECASE
)  # (the word needs a word boundary before it, that is after it read backwards)
_PREPOSITION_LOWER = re.compile(_PREPOSITION.pattern)
#: Blanks after the window's start, a punctuation mark, a spaced dash (which ends a
#: dateline, "BRUSSELS - NATO ministers", or opens an aside) or an opener word.
_CLAUSE_OPENING = re.compile(
    rf"\s*(?:\Z|[.;:,\"\n]|[-\u2013\u2014]{{1,2}}\s|(?:{_backwards(CLAUSE_OPENERS)})\b)"
)
_PREPOSITION_WINDOW = 24
_CLAUSE_WINDOW = 12


class Lookback:
    """One document's text read backwards, for the cues just before a position.

    >>> back = Lookback("Talks with Japan; Korea said", None)
    >>> back.after_preposition(11), back.opens_clause(18), back.opens_clause(11)
    (True, True, False)
    """

    __slots__ = ("_low", "_size", "_text")

    def __init__(self, text: str, low: str | None) -> None:
        """Read ``text`` (and its lower-cased view ``low``, if any) backwards."""
        self._text = text[::-1]
        self._low = low[::-1] if low is not None else None
        self._size = len(text)

    def after_preposition(self, start: int) -> bool:
        """Tell whether the 24 characters before ``start``, taken as a string of their own,
        end with a preposition or a reporting verb ("with", "met") or "'s", and blanks.
        """
        at = self._size - start
        if self._low is None:
            return _PREPOSITION.match(self._text, at, at + _PREPOSITION_WINDOW) is not None
        return _PREPOSITION_LOWER.match(self._low, at, at + _PREPOSITION_WINDOW) is not None

    def opens_clause(self, start: int) -> bool:
        """Tell whether the 12 characters before ``start``, taken as a string of their own,
        end where a clause opens: their start, a punctuation mark, a spaced dash or an
        opener word ("and", "said"), then blanks.
        """
        at = self._size - start
        return _CLAUSE_OPENING.match(self._text, at, at + _CLAUSE_WINDOW) is not None
