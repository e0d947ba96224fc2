"""The trigger phrases of a text, read with the table in force: built-in and registered words.

The table is compiled once per registry generation, so an event type registered
with trigger words is read by the next parse. One alternation of a score of
patterns is slow to try at every word; so a text is first searched once for the
stems the rows begin with, and the patterns are tried only where a stem stands.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from attrs import field, frozen

from diplomod.mentions.lexicon import trie_pattern
from diplomod.records import Span
from diplomod.registry import event_types, generation
from diplomod.rules import event_words as words

__all__ = ["BUILTIN_TAGS", "TriggerFinder", "TriggerTable", "trigger_table"]

BUILTIN_TAGS = frozenset({"meeting", "call", "visit", "conference"})
"""The tags of the event types the built-in rules know (their records, places, persons)."""


@frozen(kw_only=True)
class TriggerTable:
    """Trigger rows, registered ones first, the pattern that finds them, and their stems.

    ``gate`` searches the lower-cased text for the character before each place a
    stem starts; ``leads`` maps the first ``lead_size`` characters of each stem (lower
    case) to the rows, in table order, that may start there. ``gate`` is None when a
    row has no stems: the pattern is then tried at every word.
    """

    rows: tuple[words.Trigger, ...]
    pattern: re.Pattern[str]
    gate: re.Pattern[str] | None = None
    leads: dict[str, tuple[int, ...]] = field(factory=dict)
    lead_size: int = 0
    row_patterns: tuple[re.Pattern[str], ...] = ()


def trigger_table() -> TriggerTable:
    """Return the trigger table for the registry as it stands."""
    return _table(generation())


@cache
def _table(version: int) -> TriggerTable:
    """Return the trigger rows (registered types, then built-in words) and their patterns."""
    del version
    custom = tuple(
        words.Trigger(
            pattern=re.escape(phrase).replace(r"\ ", "[ ]"), stems=(phrase,), tag=entry.tag
        )
        for entry in event_types()
        if not entry.builtin and entry.triggers
        for phrase in entry.triggers
        if phrase.strip()  # an empty phrase would be a trigger everywhere
    )
    rows = (*custom, *words.TRIGGERS)  # registered phrases win over built-in words
    pattern = words.compile_triggers(rows)
    stems = [stem.lower() for row in rows for stem in row.stems]
    if any(not row.stems for row in rows) or not all(stems):
        return TriggerTable(rows=rows, pattern=pattern)
    size = min(3, *map(len, stems))
    leads: dict[str, list[int]] = {}
    for n, row in enumerate(rows):
        for lead in dict.fromkeys(stem.lower()[:size] for stem in row.stems):
            leads.setdefault(lead, []).append(n)
    return TriggerTable(
        rows=rows,
        pattern=pattern,
        # a trigger starts after a character that is neither a word character nor a
        # hyphen; any character outside [0-9a-z_-] is a superset searched fast
        gate=re.compile(r"[^0-9a-z_-](?=" + trie_pattern(sorted(set(stems))) + ")"),
        leads={lead: tuple(found) for lead, found in leads.items()},
        lead_size=size,
        row_patterns=tuple(
            re.compile(rf"(?<![\w-])(?:{row.pattern})(?![\w-])", re.VERBOSE) for row in rows
        ),
    )


class TriggerFinder:
    """Finds the trigger phrases of one text, sentence by sentence.

    The text is searched once for stems; then, where a stem starts, the patterns of
    the rows with that stem are tried in table order: the first that matches is the
    match of the whole table's alternation there.
    """

    def __init__(self, table: TriggerTable, text: str) -> None:
        self.table = table
        self.text = text
        self._lower = lower = text.lower()
        self._starts: list[int] | None = None
        if table.gate is not None and len(lower) == len(text):  # offsets hold in lower case
            self._starts = [0, *(m.end() for m in table.gate.finditer(lower))]

    def find_each(self, spans: list[Span]) -> list[list[tuple[words.Trigger, Span]]]:
        """Return the trigger phrases of each span, as :meth:`find` would."""
        if self._starts is None:
            return [self.find(s.start, s.end) for s in spans]
        starts, count = self._starts, len(self._starts)
        out: list[list[tuple[words.Trigger, Span]]] = []
        for s in spans:
            at = bisect_left(starts, s.start)
            hit = at < count and starts[at] < s.end
            out.append(self._find(starts, at, s.start, s.end) if hit else [])
        return out

    def find(self, start: int, end: int) -> list[tuple[words.Trigger, Span]]:
        """Return each trigger phrase in ``[start, end)`` with its row, in text order.

        The same as ``table.pattern.finditer(text, start, end)``.
        """
        table, text = self.table, self.text
        if self._starts is None:
            return [
                (table.rows[_row(m)], Span(start=m.start(), end=m.end()))
                for m in table.pattern.finditer(text, start, end)
            ]
        return self._find(self._starts, bisect_left(self._starts, start), start, end)

    def _find(
        self, starts: list[int], first: int, start: int, end: int
    ) -> list[tuple[words.Trigger, Span]]:
        """Try the rows where stems start, from ``starts[first]`` up to ``end``."""
        table, text = self.table, self.text
        leads, size, lower, rows = table.leads, table.lead_size, self._lower, table.row_patterns
        out: list[tuple[words.Trigger, Span]] = []
        free = start  # matches do not overlap: the next starts after the last
        for i in range(first, len(starts)):
            at = starts[i]
            if at >= end:
                break
            if at < free:
                continue
            for n in leads.get(lower[at : at + size], ()):
                m = rows[n].match(text, at, end)
                if m is not None:
                    free = m.end()
                    out.append((table.rows[n], Span(start=at, end=free)))
                    break
        return out


def _row(m: re.Match[str]) -> int:
    """Return the row a match of the trigger pattern belongs to (its group ``t<n>``)."""
    return int(str(m.lastgroup)[1:])
