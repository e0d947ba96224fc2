"""Whole-text searches that look for a pattern's stems with ``str.find`` before matching."""

from __future__ import annotations

import re
from collections.abc import Iterator

from diplomod.records import Span

__all__ = ["scan", "span_of"]


def scan(
    pattern: re.Pattern[str],
    stems: tuple[str, ...] | None,
    text: str,
    low: str | None,
    start: int,
    end: int,
    *,
    starts: re.Pattern[str] | None = None,
) -> Iterator[re.Match[str]]:
    """Yield the matches of ``pattern`` in ``text[start:end]``, as ``finditer`` would.

    Every match starts with one of ``stems`` (lower case, found in ``low``, the
    lower-cased text, or in ``text`` itself when ``low`` is None); looking for the
    stems with ``str.find`` first is much faster than trying the pattern everywhere.
    For a ``pattern`` that begins with ``\\b``, ``starts`` may find in one search
    where a stem starts a word (the only places such a pattern matches).
    """
    if stems is None:
        yield from pattern.finditer(text, start, end)
        return
    where = low if low is not None else text
    hits: set[int] | list[int]
    if starts is not None:
        hits = [m.start() for m in starts.finditer(where, start, end)]
    else:
        hits = set()
        for stem in stems:
            at = where.find(stem, start, end)
            while at >= 0:
                hits.add(at)
                at = where.find(stem, at + 1, end)
    reach = start
    for at in sorted(hits):
        if at >= reach and (m := pattern.match(text, at, end)) is not None:
            reach = m.end()
            yield m


def span_of(m: re.Match[str]) -> Span:
    """Return the span a match covers."""
    return Span(start=m.start(), end=m.end())
