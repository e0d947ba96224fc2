"""Coded events as ICEWS event rows: 20 tab-separated columns with a header line.

Follows the layout of the ICEWS Coded Event Data files on Harvard Dataverse
(doi:10.7910/DVN/28075): ``Event ID``, ``Event Date``, ``Source Name`` ...
``Longitude`` as in :data:`ICEWS_COLUMNS`, one row per CAMEO dyad, read back
with ``pandas.read_csv(path, sep="\\t")`` as ICEWS files are. Names follow
ICEWS: a state acting through its government is ``Government (Japan)``, a
single named speaker or participant stands under their own name; countries
are written by name; ``Intensity`` is the CAMEO code's Goldstein value.

The report lists what ICEWS cannot hold: diplomod ids (Event ID and Story ID
are stable numeric hashes), sentence numbers, evidence offsets, times,
venues, PLOVER codes and what was said. Negated records are left out.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from diplomod.codes.cameo import cameo_code
from diplomod.codes.coded import CodedEvent, Dyad, dyads
from diplomod.codes.coder import CodedItem, coded_events
from diplomod.interchange._tables import (
    Row,
    actor_name,
    cell,
    event_day,
    note_common_losses,
    numeric_id,
    write_table,
)
from diplomod.interchange.losses import ExportReport, LossLog
from diplomod.records import Extraction
from diplomod.records.codes import is_state_code
from diplomod.records.dataset import Dataset

__all__ = ["ICEWS_COLUMNS", "to_icews", "write_icews"]

#: The 20 columns of an ICEWS event file, in file order, as its header line names them.
ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
)

_FORMAT = "icews"


def to_icews(
    items: Iterable[CodedItem] | Extraction | Dataset,
) -> tuple[tuple[Row, ...], ExportReport]:
    """Return the ICEWS rows of extractions, datasets or coded events, and the report."""
    losses = LossLog()
    rows = tuple(_rows(coded_events(items, losses), losses))
    return rows, losses.report(_FORMAT, len(rows))


def write_icews(
    items: Iterable[CodedItem] | Extraction | Dataset, out: TextIO | str | Path
) -> ExportReport:
    """Write ICEWS rows, after the header line, to a path or open text file."""
    rows, report = to_icews(items)
    write_table(rows, out, header=ICEWS_COLUMNS)
    return report


def _rows(events: Iterable[CodedEvent], losses: LossLog) -> Iterator[Row]:
    for event in events:
        if event.negated:
            losses.add("record", "a negated act is not a CAMEO event", event.id)
            continue
        pairs = list(dyads(event))
        if not pairs:
            losses.add("record", "no actor to write as source or target", event.id)
            continue
        day = event_day(event, losses, _FORMAT)
        if day is None:
            continue
        note_common_losses(event, losses, _FORMAT)
        losses.add("id", "Event ID is a number: a hash of source, record and dyad", event.id)
        losses.add("sentence", "sentence numbers are not tracked", event.id)
        losses.add("plover", "ICEWS holds CAMEO codes only", event.id)
        if event.text is not None:
            losses.add("text", "ICEWS has no column for what was said or signed", event.id)
        if len(event.reports) > 1:
            losses.add("reports", "one Story ID and Publisher per row: the first report", event.id)
        if event.participants:
            losses.add("participants", "titles, roles and all but one person an actor", event.id)
        for pair in pairs:
            yield _row(event, pair, day)


def _row(event: CodedEvent, pair: Dyad, day: dt.date) -> Row:
    entry = cameo_code(pair.cameo)
    first = event.reports[0].source if event.reports else None
    source_id = first.id if first is not None else ""
    place = event.place
    values: list[object] = [
        numeric_id(source_id, event.id, pair.actor1 or "", pair.actor2 or "", pair.cameo),
        day.isoformat(),
        *_actor(event, pair.actor1),
        entry.name,
        entry.code,
        entry.goldstein,
        *_actor(event, pair.actor2),
        numeric_id(source_id) if first is not None else None,
        None,  # Sentence Number
        first.publisher if first is not None else None,
        place.city if place is not None else None,
        None,  # District
        None,  # Province
        actor_name(place.country) if place is not None and place.country else None,
        None,  # Latitude
        None,  # Longitude
    ]
    return tuple(cell(v) for v in values)


def _actor(event: CodedEvent, code: str | None) -> tuple[object, object, object]:
    if code is None:
        return (None, None, None)
    name = actor_name(code)
    if not is_state_code(code):
        return (name, None, None)
    people = [p for p in event.participants if p.represents == code]
    if len(people) == 1:
        return (people[0].person.name, "Government", name)
    return (f"Government ({name})", "Government", name)
