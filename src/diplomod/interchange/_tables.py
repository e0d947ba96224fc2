"""What the tab-separated event-data exports share: cells, numeric ids, names, dates, writing."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from diplomod.codes.coded import CodedEvent
from diplomod.interchange.losses import LossLog
from diplomod.records.codes import organization_name, state_name

__all__ = [
    "Row",
    "actor_name",
    "cell",
    "event_day",
    "note_common_losses",
    "numeric_id",
    "write_table",
]

Row = tuple[str, ...]

_SPACE = re.compile(r"\s+")


def cell(value: object) -> str:
    """Return ``value`` as one cell: empty for None, whitespace runs as one space."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}"
    return _SPACE.sub(" ", str(value)).strip()


def numeric_id(*parts: str) -> int:
    """Return a stable positive integer id (below 2**53, so exact in a float) for ``parts``."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") & ((1 << 53) - 1) or 1


def actor_name(code: str | None) -> str | None:
    """Return the English name of a state or registered organization code."""
    if code is None:
        return None
    return state_name(code) or organization_name(code) or code


def event_day(event: CodedEvent, losses: LossLog, fmt: str) -> dt.date | None:
    """Return the day a table dates ``event`` by, noting what the day stands in for.

    A partial date stands as its first day; an undated event takes the
    publication date of its first report (GDELT and ICEWS date events by the
    story); with neither, the event cannot be written.
    """
    if event.date is not None:
        if event.date_inferred:
            losses.add("date guess", f"{fmt} cannot mark a guessed date", event.id)
        if event.date.day is None:
            losses.add("date precision", f"{fmt} dates are days: the first day stands", event.id)
        return event.date.first_day()
    for report in event.reports:
        if report.source.published is not None:
            losses.add("date", "undated: the publication date stands in", event.id)
            return report.source.published
    losses.add("record", f"undated, and no publication date: {fmt} needs a date", event.id)
    return None


def note_common_losses(event: CodedEvent, losses: LossLog, fmt: str) -> None:
    """Note the facts of ``event`` no tab-separated event table holds."""
    if any(report.evidence for report in event.reports):
        losses.add("evidence", f"{fmt} has no character offsets or quoted evidence", event.id)
    if event.time is not None or event.duration is not None:
        losses.add("time", f"{fmt} records days, not times or durations", event.id)
    if event.place is not None and event.place.venue is not None:
        losses.add("place.venue", f"{fmt} has no venue column", event.id)
    if event.link is not None:
        losses.add("link", f"{fmt} cannot link related events", event.id)
    if event.links:
        losses.add("links", f"{fmt} cannot hold links between dataset records", event.id)


def write_table(
    rows: Iterable[Row], out: TextIO | str | Path, *, header: Sequence[str] | None = None
) -> None:
    """Write rows tab-separated, quoting only cells that hold a double quote."""
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="") as stream:
            write_table(rows, stream, header=header)
        return
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    if header is not None:
        writer.writerow(header)
    writer.writerows(rows)
