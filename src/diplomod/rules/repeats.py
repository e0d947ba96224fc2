"""Repeated positions: a summary line that says again what a position said before, and a
headline that the body says again."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from diplomod.records import Modality, Span, StatementKind

__all__ = ["drop_headlines", "drop_repeats"]


class _Said(Protocol):
    """What the repeat check reads of a position."""

    @property
    def kind(self) -> Modality | StatementKind: ...
    @property
    def actors(self) -> tuple[str, ...]: ...
    @property
    def content(self) -> Span: ...
    @property
    def trigger(self) -> Span: ...


_P = TypeVar("_P", bound=_Said)


def drop_repeats(text: str, low: str | None, positions: list[_P]) -> list[_P]:
    """Return the positions less each that repeats another of its kind and actors (a summary).

    Each position is compared with at most the last ``_PEERS`` of its kind and actors,
    which keeps the check linear on huge inputs. ``low`` is the text's lower view, if any.
    """
    groups: dict[tuple[object, frozenset[str]], list[int]] = {}
    for n, p in enumerate(positions):
        groups.setdefault((p.kind, frozenset(p.actors)), []).append(n)
    dropped: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue  # nothing to repeat: its words are never needed
        words = {n: _words(text, low, positions[n].content) for n in members}
        for i, n in enumerate(members):
            rank = (len(words[n]), -n)  # a content is dropped for a longer (or earlier) repeat
            for m in members[max(0, i - _PEERS) : i + _PEERS]:
                if (len(words[m]), -m) > rank and _repeats(words[n], words[m]):
                    dropped.add(n)
                    break
    return [p for n, p in enumerate(positions) if n not in dropped] if dropped else positions


def _words(text: str, low: str | None, span: Span) -> set[str]:
    """Return the lower-case words of ``text[span]`` (``low`` is the text's lower view)."""
    if low is not None:
        return set(_TOKEN.findall(low, span.start, span.end))
    return set(_TOKEN.findall(text[span.start : span.end].lower()))


_PEERS = 40
_TOKEN = re.compile(r"[a-z0-9]+")


def _repeats(short: set[str], other: set[str]) -> bool:
    """Tell whether one content says again what another says (nearly all its words)."""
    common = len(short & other)
    if len(short) >= 5:
        return common >= 0.8 * len(short)
    return common >= 0.75 * len(short | other)


def drop_headlines(positions: list[_P], headings: Sequence[Span]) -> list[_P]:
    """Return the positions less each in a heading that a body position of its kind and
    actors says again ("UK condemns attack on hospital" over "The UK condemns the shelling").
    """
    if not headings or not positions:
        return positions
    heads = sorted((h.start, h.end) for h in headings)
    starts = [a for a, _ in heads]

    def in_heading(p: _P) -> bool:
        n = bisect.bisect_right(starts, p.trigger.start) - 1  # headings are disjoint lines
        return n >= 0 and p.trigger.start < heads[n][1]

    said = {(p.kind, frozenset(p.actors)) for p in positions if not in_heading(p)}
    return [p for p in positions if not in_heading(p) or (p.kind, frozenset(p.actors)) not in said]
