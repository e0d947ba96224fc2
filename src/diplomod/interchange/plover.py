"""Coded events as PLOVER JSON records, one per line, and back.

Follows the JSON data fields of the PLOVER manual (draft 0.7b1, chapter "JSON
Data Fields"): ``id``, ``date`` (``YYYY-MM-DD``; a month or a year is written
as its first day with ``enddate`` its last; an undated event takes the date of
its story, as POLECAT dates events), ``time``, ``source`` and
``recipient`` (lists of actor objects: ``code`` is the ISO 3166-1 alpha-3
code or ``IGO``, ``sector`` ``GOV`` or ``IGO``), ``event``, ``mode`` and
``context`` (lists), ``quad_code``, ``event_scale``, ``event_loc`` (a
geonames-style location: ``name``, ``cc3``, ``country code``), ``event_text``,
``link``, ``text_info`` (``start`` and ``end`` character offsets of the
record's evidence) and ``cite_info`` (``citation``, ``url``, ``title``,
``publication``, ``language``, ``coder``, ``codebook``). A reciprocal event
is one record with every actor in ``source``.

PLOVER lets providers add named fields: what its own fields cannot hold
(the CAMEO codes, the exact partial date, participants, every evidence span
of every report) goes in one ``diplomod`` object, so :func:`from_plover`
reads back exactly the coded event that was written.

A record of a merged dataset is one PLOVER record however many documents
report it: ``cite_info`` and ``text_info`` cite its earliest report, and
``diplomod.reports`` holds every report with its source and evidence;
``diplomod.persons`` gives the dataset person id of each participant and
``diplomod.links`` the dataset links (``reference``, ``follow_through``,
``signed_at``) that start from the record.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO, cast

import pycountry

from diplomod.codes.cameo import QuadClass, cameo_code
from diplomod.codes.coded import CodedEvent, EventCode, Report
from diplomod.codes.coder import CodedItem, coded_events
from diplomod.codes.plover import PLOVER_VERSION, PloverEvent
from diplomod.codes.rules import CODES_VERSION
from diplomod.errors import LoadError
from diplomod.interchange.converter import make_converter
from diplomod.interchange.losses import ExportReport, LossLog
from diplomod.records import Extraction, JSONValue, Participant, Place
from diplomod.records.codes import is_state_code, organization_name
from diplomod.records.dataset import Dataset, Link
from diplomod.records.dates import PartialDate, format_partial_date

__all__ = ["from_plover", "read_plover", "to_plover", "write_plover"]

_FORMAT = "plover"

_Time = dt.time | None
_Duration = dt.timedelta | None
_Place = Place | None
_Participants = tuple[Participant, ...]


def _coder() -> str:
    from diplomod import __version__  # the package imports this module

    return f"diplomod {__version__}"


def to_plover(
    items: Iterable[CodedItem] | Extraction | Dataset,
) -> tuple[tuple[dict[str, JSONValue], ...], ExportReport]:
    """Return the PLOVER JSON records of extractions, datasets or coded events, and the report."""
    losses = LossLog()
    records = tuple(_record(e, losses) for e in coded_events(items, losses))
    return records, losses.report(_FORMAT, len(records))


def write_plover(
    items: Iterable[CodedItem] | Extraction | Dataset, out: TextIO | str | Path
) -> ExportReport:
    """Write PLOVER records as JSON Lines (one record a line) to a path or open text file."""
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8") as stream:
            return write_plover(items, stream)
    records, report = to_plover(items)
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    return report


def read_plover(lines: Iterable[str]) -> Iterator[CodedEvent]:
    """Yield the coded events of PLOVER JSON Lines written by :func:`write_plover`.

    Raises:
        LoadError: a line is not JSON or not a record diplomod wrote (the error names the line).
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            yield from_plover(data)
        except (ValueError, TypeError, KeyError) as exc:
            if isinstance(exc, LoadError):
                problems = [f"line {number}: {p}" for p in exc.problems]
            else:
                problems = [f"line {number}: {exc}"]
            raise LoadError(problems) from None


def _actor(code: str) -> dict[str, JSONValue]:
    if is_state_code(code):
        return {"code": code, "sector": "GOV"}
    return {"code": "IGO", "sector": "IGO", "actor_text": organization_name(code) or code}


def _record(event: CodedEvent, losses: LossLog) -> dict[str, JSONValue]:
    code = event.code
    conv = make_converter()
    record: dict[str, JSONValue] = {
        "id": event.id,
        "date": None,
        "source": [_actor(a) for a in event.sources],
        "recipient": [_actor(a) for a in event.recipients],
        "event": [code.plover.value],
        "mode": [code.mode] if code.mode else [],
        "context": list(code.contexts),
        "quad_code": int(code.plover_quad),
        "event_scale": code.scale,
        "coder": _coder(),
    }
    if event.date is None:
        published = next((r.source.published for r in event.reports if r.source.published), None)
        if published is not None:
            record["date"] = published.isoformat()
            losses.add("date", "undated: the publication date stands in", event.id)
        else:
            losses.add("date", "PLOVER wants a date: the record has date null", event.id)
    else:
        first, last = event.date.bounds()
        record["date"] = first.isoformat()
        if last != first:
            record["enddate"] = last.isoformat()
    if event.time is not None:
        record["time"] = event.time.isoformat(timespec="minutes")
    location = _location(event)
    if location:
        record["event_loc"] = location
    if event.text is not None:
        record["event_text"] = [event.text]
    if event.link is not None:
        record["link"] = event.link
    if event.reports:
        record["cite_info"] = _cite(event.reports[0])
        span = _main_span(event.reports[0])
        if span is not None:
            record["text_info"] = {"start": span[0], "end": span[1]}
    extension: dict[str, JSONValue] = {
        "type": event.type,
        "sources": list(event.sources),
        "recipients": list(event.recipients),
        "cameo": code.cameo,
        "reverse_cameo": code.reverse_cameo,
        "rule": code.rule,
        "date": format_partial_date(event.date) if event.date is not None else None,
        "date_inferred": event.date_inferred,
        "duration": conv.unstructure(event.duration),
        "place": conv.unstructure(event.place),
        "participants": conv.unstructure(event.participants),
        "negated": event.negated,
        "referenced": event.referenced,
        "reports": conv.unstructure(event.reports),
    }
    if event.persons:
        extension["persons"] = list(event.persons)
    if event.links:
        extension["links"] = conv.unstructure(event.links)
    record["diplomod"] = extension
    return record


def _location(event: CodedEvent) -> dict[str, JSONValue]:
    place = event.place
    if place is None:
        return {}
    location: dict[str, JSONValue] = {}
    name = place.city or place.venue
    if name is not None:
        location["name"] = name
    if place.country is not None:
        location["cc3"] = place.country
        country = pycountry.countries.get(alpha_3=place.country)
        if country is not None:
            location["country code"] = country.alpha_2
    return location


def _cite(report: Report) -> dict[str, JSONValue]:
    source = report.source
    cite: dict[str, JSONValue] = {
        "citation": source.id,
        "language": "en",
        "coder": _coder(),
        "codebook": f"{CODES_VERSION} ({PLOVER_VERSION})",
    }
    for key, value in (("url", source.url), ("title", source.title)):
        if value is not None:
            cite[key] = value
    if source.publisher is not None:
        cite["publication"] = source.publisher
    return cite


def _main_span(report: Report) -> tuple[int, int] | None:
    for item in report.evidence:
        if item.field == "record":
            return item.span.start, item.span.end
    if report.evidence:
        return report.evidence[0].span.start, report.evidence[0].span.end
    return None


def from_plover(record: object) -> CodedEvent:
    """Return the coded event a PLOVER record written by diplomod holds.

    Raises:
        LoadError: the record is not an object with PLOVER's fields and the
            ``diplomod`` object, or a value in it is invalid.
    """
    if not isinstance(record, dict):
        raise LoadError([f"$: expected a PLOVER record object, got {type(record).__name__}"])
    extra = record.get("diplomod")
    if not isinstance(extra, dict):
        raise LoadError(["$.diplomod: missing: not a record diplomod wrote"])
    conv = make_converter()
    try:
        date = extra["date"]
        events = record["event"]
        modes = record["mode"]
        texts = record.get("event_text") or [None]
        code = EventCode(
            cameo=extra["cameo"],
            goldstein=cameo_code(extra["cameo"]).goldstein,
            cameo_quad=cameo_code(extra["cameo"]).quad_class,
            reverse_cameo=extra["reverse_cameo"],
            plover=PloverEvent(events[0]),
            mode=modes[0] if modes else None,
            contexts=tuple(record["context"]),
            plover_quad=QuadClass(record["quad_code"]),
            scale=float(record["event_scale"]),
            rule=extra["rule"],
        )
        return CodedEvent(
            id=record["id"],
            type=extra["type"],
            code=code,
            sources=tuple(extra["sources"]),
            recipients=tuple(extra["recipients"]),
            date=conv.structure(date, PartialDate | None),  # type: ignore[arg-type]
            date_inferred=bool(extra["date_inferred"]),
            time=conv.structure(record.get("time"), _Time),  # type: ignore[arg-type]
            duration=conv.structure(extra["duration"], _Duration),  # type: ignore[arg-type]
            place=conv.structure(extra["place"], _Place),  # type: ignore[arg-type]
            participants=conv.structure(extra["participants"], _Participants),
            text=cast("str | None", texts[0]),
            negated=bool(extra["negated"]),
            referenced=bool(extra["referenced"]),
            link=record.get("link"),
            reports=conv.structure(extra["reports"], tuple[Report, ...]),
            persons=tuple(extra.get("persons", ())),
            links=conv.structure(extra.get("links", []), tuple[Link, ...]),
        )
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise LoadError([f"$: not a PLOVER record diplomod wrote: {exc!r}"]) from None
