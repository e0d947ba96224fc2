"""The trigger table in force: built-in event words plus those of registered event types.

The table is compiled once per registry generation, so an event type registered
with trigger words is read by the next parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from attrs import frozen

from diplomod.records import Span
from diplomod.registry import event_types, generation
from diplomod.rules import event_words as words

__all__ = ["BUILTIN_TAGS", "TriggerTable", "find_triggers", "trigger_table"]

BUILTIN_TAGS = frozenset({"meeting", "call", "visit", "conference"})
"""The tags of the event types the built-in rules know (their records, places, persons)."""


@frozen(kw_only=True)
class TriggerTable:
    """Trigger rows, registered ones first, and the one pattern that finds them all."""

    rows: tuple[words.Trigger, ...]
    pattern: re.Pattern[str]


def trigger_table() -> TriggerTable:
    """Return the trigger table for the registry as it stands."""
    return _table(generation())


@cache
def _table(version: int) -> TriggerTable:
    """Return the trigger rows (registered types, then built-in words) and their pattern."""
    del version
    custom = tuple(
        words.Trigger(pattern=re.escape(phrase).replace(r"\ ", "[ ]"), tag=entry.tag)
        for entry in event_types()
        if not entry.builtin and entry.triggers
        for phrase in entry.triggers
    )
    rows = (*custom, *words.TRIGGERS)  # registered phrases win over built-in words
    return TriggerTable(rows=rows, pattern=words.compile_triggers(rows))


def find_triggers(
    table: TriggerTable, text: str, start: int, end: int
) -> Iterator[tuple[words.Trigger, Span]]:
    """Yield each trigger phrase in ``text[start:end]`` with its row, in text order."""
    rows = table.rows
    for m in table.pattern.finditer(text, start, end):
        yield rows[int(str(m.lastgroup)[1:])], Span(start=m.start(), end=m.end())
