"""Whole-text searches that look for a pattern's stems with ``str.find`` before matching."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from diplomod.records import Span

__all__ = ["match_at", "scan", "span_of", "stem_hits"]


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
        return pattern.finditer(text, start, end)
    where = low if low is not None else text
    if starts is not None:
        hits = [m.start() for m in starts.finditer(where, start, end)]
    else:
        hits = stem_hits(stems, where, start, end)
    return match_at(pattern, hits, text, start, end)


def stem_hits(stems: tuple[str, ...], where: str, start: int, end: int) -> list[int]:
    """Return where one of ``stems`` occurs in ``where[start:end]``, in order, once each."""
    hits: set[int] = set()
    find = where.find
    for stem in stems:
        at = find(stem, start, end)
        while at >= 0:
            hits.add(at)
            at = find(stem, at + 1, end)
    return sorted(hits)


def match_at(
    pattern: re.Pattern[str], hits: Sequence[int], text: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """Yield the matches of ``pattern`` in ``text[start:end]`` that start at one of ``hits``.

    ``hits`` are sorted; those outside ``[start, end)`` are skipped, and so is a hit
    inside an earlier match, as ``finditer`` would. Given every place a match can
    start (and perhaps more), this yields what ``finditer`` would.
    """
    reach = start
    match = pattern.match
    for n in range(bisect_left(hits, start), len(hits)):
        at = hits[n]
        if at >= end:
            return
        if at >= reach and (m := match(text, at, end)) is not None:
            reach = m.end()
            yield m


def span_of(m: re.Match[str]) -> Span:
    """Return the span a match covers."""
    return Span(start=m.start(), end=m.end())
