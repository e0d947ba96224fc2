"""Coded events as rows of the GDELT 2.0 Event table: 61 tab-separated columns, no header.

Follows *The GDELT Event Database Data Format Codebook V2.0* (2015-02-19): one
row per CAMEO dyad, columns in :data:`GDELT_COLUMNS` order, read back with
``pandas.read_csv(path, sep="\\t", header=None, names=GDELT_COLUMNS)`` exactly
as GDELT's own files are. Reciprocal events become one row per ordered pair
of actors, a visit a ``042`` row and the host's ``043`` row.

What GDELT cannot hold is listed in the returned report: diplomod ids (the
numeric GLOBALEVENTID is a stable hash of source, record and dyad), evidence
offsets, times and venues, PLOVER codes, speakers other than one per actor,
and geography beyond a place's name (GDELT wants FIPS 10-4 codes,
coordinates and feature ids). Negated records are not events in CAMEO and
are left out.

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

__all__ = ["GDELT_COLUMNS", "to_gdelt", "write_gdelt"]

_ACTOR = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

#: The 61 columns of the GDELT 2.0 Event table, in file order (codebook names).
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{name}" for name in _ACTOR),
    *(f"Actor2{name}" for name in _ACTOR),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{name}" for name in _GEO),
    *(f"Actor2Geo_{name}" for name in _GEO),
    *(f"ActionGeo_{name}" for name in _GEO),
    "DATEADDED",
    "SOURCEURL",
)

_FORMAT = "gdelt"


def to_gdelt(
    items: Iterable[CodedItem] | Extraction | Dataset, *, added: dt.datetime | None = None
) -> tuple[tuple[Row, ...], ExportReport]:
    """Return the GDELT rows of extractions, datasets or coded events, and what they could not hold.

    ``added`` fills DATEADDED (UTC); by default the time of the call.
    """
    losses = LossLog()
    rows = tuple(_rows(coded_events(items, losses), losses, added or _now()))
    return rows, losses.report(_FORMAT, len(rows))


def write_gdelt(
    items: Iterable[CodedItem] | Extraction | Dataset,
    out: TextIO | str | Path,
    *,
    added: dt.datetime | None = None,
) -> ExportReport:
    """Write GDELT rows (no header, as GDELT's files) to a path or open text file."""
    rows, report = to_gdelt(items, added=added)
    write_table(rows, out)
    return report


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _rows(events: Iterable[CodedEvent], losses: LossLog, added: dt.datetime) -> Iterator[Row]:
    stamp = added.strftime("%Y%m%d%H%M%S")
    for event in events:
        if event.negated:
            losses.add("record", "a negated act is not a CAMEO event", event.id)
            continue
        pairs = list(dyads(event))
        if not pairs:
            losses.add("record", "no actor to write as Actor1 or Actor2", event.id)
            continue
        day = event_day(event, losses, _FORMAT)
        if day is None:
            continue
        _note_losses(event, losses)
        for pair in pairs:
            yield _row(event, pair, day, stamp)


def _note_losses(event: CodedEvent, losses: LossLog) -> None:
    note_common_losses(event, losses, _FORMAT)
    losses.add("id", "GLOBALEVENTID is a number: a hash of source, record and dyad", event.id)
    losses.add("plover", "GDELT holds CAMEO codes only", event.id)
    if event.text is not None:
        losses.add("text", "GDELT has no column for what was said or signed", event.id)
    if event.referenced:
        losses.add("referenced", "GDELT cannot mark an event only referred to", event.id)
    if event.place is not None:
        losses.add("place", "GDELT geography needs FIPS codes and coordinates", event.id)
    if any(not is_state_code(a) for a in (*event.sources, *event.recipients)):
        losses.add("organizations", "CAMEO codes organizations as IGO; the name stays", event.id)
    if len(event.reports) > 1:
        losses.add("reports", "SOURCEURL holds the first report only", event.id)
    if event.participants:
        losses.add("participants", "titles, roles and all but one person an actor", event.id)


def _row(event: CodedEvent, pair: Dyad, day: dt.date, stamp: str) -> Row:
    code = pair.cameo
    entry = cameo_code(code)
    first = event.reports[0].source if event.reports else None
    source_id = first.id if first is not None else ""
    reports = len(event.reports)
    articles = len({r.source.id for r in event.reports})
    publishers = {r.source.publisher or r.source.id for r in event.reports}
    fraction = day.year + (day.month * 30 + day.day) / 365
    values: list[object] = [
        numeric_id(source_id, event.id, pair.actor1 or "", pair.actor2 or "", code),
        day.strftime("%Y%m%d"),
        day.strftime("%Y%m"),
        day.year,
        f"{fraction:.4f}",
        *_actor(event, pair.actor1),
        *_actor(event, pair.actor2),
        0,  # IsRootEvent: diplomod does not track lead paragraphs
        code,
        entry.base,
        entry.root,
        int(entry.quad_class),
        entry.goldstein,
        reports,
        len(publishers),
        articles,
        None,  # AvgTone: not computed
        *_geo(None),
        *_geo(None),
        *_geo(event),
        stamp,
        (first.url or first.id) if first is not None else None,
    ]
    return tuple(cell(v) for v in values)


def _actor(event: CodedEvent, code: str | None) -> tuple[object, ...]:
    if code is None:
        return (None,) * len(_ACTOR)
    people = [p for p in event.participants if p.represents == code]
    name = people[0].person.name if len(people) == 1 else actor_name(code)
    upper = name.upper() if name else None
    if is_state_code(code):
        return (f"{code}GOV", upper, code, None, None, None, None, "GOV", None, None)
    return ("IGO", upper, None, None, None, None, None, "IGO", None, None)


def _geo(event: CodedEvent | None) -> tuple[object, ...]:
    place = event.place if event is not None else None
    if place is None or (place.city is None and place.country is None):
        return (None,) * len(_GEO)
    country = actor_name(place.country) if place.country else None
    name = ", ".join(part for part in (place.city, country) if part)
    kind = 1  # COUNTRY
    if place.city is not None:
        kind = 3 if place.country == "USA" else 4  # USCITY, WORLDCITY
    return (kind, name, None, None, None, None, None, None)
