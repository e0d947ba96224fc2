"""Coded events as POLECAT rows: PLOVER-coded, 40 tab-separated columns with a header line.

Follows the column layout of the POLECAT weekly files on Harvard Dataverse
(the layout of 2023 on, whose intensity column is ``Event Intensity``; older
files call it ``Intensity``), as listed in :data:`POLECAT_COLUMNS`; read back
with ``pandas.read_csv(path, sep="\\t")``. Unlike GDELT and ICEWS, one row is
one PLOVER record: several actors acting together share a row, their names,
countries and titles joined by ``"; "`` as POLECAT joins them. Countries are
ISO 3166-1 alpha-3 codes; an organization's country is PLOVER's ``IGO``.
``Event Intensity`` is the PLOVER scale of the category.

The report lists what POLECAT cannot hold: the CAMEO codes, evidence
offsets, what was said, times, venues apart from the place name, and the
COW and Wikidata identifiers and coordinates diplomod does not know.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from diplomod.codes.coded import CodedEvent
from diplomod.codes.coder import CodedItem, coded_events
from diplomod.codes.rules import CODES_VERSION
from diplomod.interchange._tables import (
    Row,
    actor_name,
    cell,
    event_day,
    note_common_losses,
    write_table,
)
from diplomod.interchange.losses import ExportReport, LossLog
from diplomod.records import Extraction
from diplomod.records.codes import is_state_code
from diplomod.records.dataset import Dataset

__all__ = ["POLECAT_COLUMNS", "to_polecat", "write_polecat"]


def _side(name: str) -> tuple[str, ...]:
    return (
        f"{name} Name",
        f"{name} Country",
        f"{name} COW",
        f"Primary {name} Sector",
        f"{name} Sectors",
        f"{name} Title",
        f"{name} Name Raw",
        f"Wikipedia {name} ID",
    )


#: The 40 columns of a POLECAT event file, in file order, as its header line names them.
POLECAT_COLUMNS: tuple[str, ...] = (
    "Event ID",
    "Event Date",
    "Event Type",
    "Event Mode",
    "Event Intensity",
    "Quad Code",
    "Contexts",
    *_side("Actor"),
    *_side("Recipient"),
    "Placename",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
    "GeoNames ID",
    "Raw Placename",
    "Feature Type",
    "Source",
    "Publication Date",
    "Story People",
    "Story Organizations",
    "Story Locations",
    "Language",
    "Version",
)

_FORMAT = "polecat"
_JOIN = "; "


def to_polecat(
    items: Iterable[CodedItem] | Extraction | Dataset,
) -> tuple[tuple[Row, ...], ExportReport]:
    """Return the POLECAT rows of extractions, datasets or coded events, and the report."""
    losses = LossLog()
    rows = tuple(_rows(coded_events(items, losses), losses))
    return rows, losses.report(_FORMAT, len(rows))


def write_polecat(
    items: Iterable[CodedItem] | Extraction | Dataset, out: TextIO | str | Path
) -> ExportReport:
    """Write POLECAT rows, after the header line, to a path or open text file."""
    rows, report = to_polecat(items)
    write_table(rows, out, header=POLECAT_COLUMNS)
    return report


def _rows(events: Iterable[CodedEvent], losses: LossLog) -> Iterator[Row]:
    for event in events:
        if not event.sources and not event.recipients:
            losses.add("record", "no actor to write", event.id)
            continue
        day = event_day(event, losses, _FORMAT)
        if day is None:
            continue
        note_common_losses(event, losses, _FORMAT)
        losses.add("cameo", "POLECAT holds PLOVER codes only", event.id)
        losses.add("identifiers", "COW codes, Wikidata ids and coordinates are unknown", event.id)
        if event.text is not None:
            losses.add("text", "POLECAT publishes no text of the event", event.id)
        if len(event.reports) > 1:
            losses.add("reports", "Source and Publication Date of the first report", event.id)
        if event.participants:
            losses.add("participants", "POLECAT keeps names and titles, not roles", event.id)
        yield _row(event, day.isoformat())


def _row(event: CodedEvent, day: str) -> Row:
    code = event.code
    first = event.reports[0].source if event.reports else None
    place = event.place
    placename = None
    if place is not None:
        placename = place.venue or place.city or actor_name(place.country)
    organizations = [
        actor_name(a) for a in (*event.sources, *event.recipients) if not is_state_code(a)
    ]
    values: list[object] = [
        event.id,
        day,
        code.plover.value,
        code.mode,
        code.scale,
        code.plover_quad.label,
        _JOIN.join(code.contexts),
        *_actors(event, event.sources),
        *_actors(event, event.recipients),
        placename,
        place.city if place is not None else None,
        None,  # District
        None,  # Province
        place.country if place is not None else None,
        None,  # Latitude
        None,  # Longitude
        None,  # GeoNames ID
        placename,
        None,  # Feature Type
        (first.publisher or first.id) if first is not None else None,
        first.published.isoformat() if first is not None and first.published else None,
        _JOIN.join(p.person.name for p in event.participants),
        _JOIN.join(name for name in organizations if name),
        place.city if place is not None else None,
        "en",
        CODES_VERSION,
    ]
    return tuple(cell(v) for v in values)


def _actors(event: CodedEvent, codes: tuple[str, ...]) -> tuple[object, ...]:
    if not codes:
        return (None,) * 8
    people = [p for p in event.participants if p.represents in codes]
    return (
        _JOIN.join(actor_name(c) or c for c in codes),
        _JOIN.join(c if is_state_code(c) else "IGO" for c in codes),
        None,  # COW
        "GOV" if is_state_code(codes[0]) else "IGO",
        _JOIN.join(dict.fromkeys("GOV" if is_state_code(c) else "IGO" for c in codes)),
        _JOIN.join(p.title for p in people if p.title),
        _JOIN.join(p.person.name for p in people),
        None,  # Wikipedia ID
    )
