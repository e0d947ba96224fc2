"""The values a dataset table holds, and how record fields become them.

A cell holds text, a whole number, a boolean, a calendar day or nothing (None);
the same values go to CSV, pandas and Parquet. A list of values (countries,
source ids, topics) is joined with :data:`SEPARATOR` into one text cell.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping

from diplomod.errors import InvalidValueError
from diplomod.records.dataset import Conflict
from diplomod.records.dates import parse_duration, parse_partial_date
from diplomod.records.extraction import JSONValue

__all__ = [
    "SEPARATOR",
    "Cell",
    "Row",
    "canonical_json",
    "date_cells",
    "join",
    "json_int",
    "json_list",
    "json_object",
    "json_str",
    "merge_cells",
    "minutes",
]

#: What joins the values of a list column ("JPN;VNM").
SEPARATOR = ";"

#: One value of a table.
Cell = str | int | bool | dt.date | None
#: One row of a table, by column name.
Row = dict[str, Cell]


def join(values: Iterable[str | None]) -> str | None:
    """Return the values joined with ``;``, or None when there are none.

    >>> join(["JPN", None, "VNM"])
    'JPN;VNM'
    """
    joined = SEPARATOR.join(v for v in values if v is not None)
    return joined or None


def merge_cells(
    sources: Iterable[str | None], n_reports: int, conflicts: tuple[Conflict, ...]
) -> Row:
    """Return the ``n_reports``, ``sources`` and ``conflicts`` cells of a merged record."""
    return {
        "n_reports": n_reports,
        "sources": join(sorted({s for s in sources if s})),
        "conflicts": join(c.field for c in conflicts),
    }


def date_cells(text: str | None) -> Row:
    """Return the ``date``, ``date_precision``, ``date_start`` and ``date_end`` cells."""
    if text is None:
        return {"date": None, "date_precision": None, "date_start": None, "date_end": None}
    try:
        date = parse_partial_date(text)
    except InvalidValueError:  # an unknown type's payload may hold anything
        return {"date": text, "date_precision": None, "date_start": None, "date_end": None}
    start, end = date.bounds()
    return {
        "date": text,
        "date_precision": date.precision.value,
        "date_start": start,
        "date_end": end,
    }


def minutes(value: JSONValue) -> int | None:
    """Return the minutes of an ISO 8601 duration (``PT1H50M`` gives 110), or None."""
    text = json_str(value)
    if text is None:
        return None
    try:
        return int(parse_duration(text).total_seconds() // 60)
    except InvalidValueError:
        return None


def json_str(value: JSONValue) -> str | None:
    """Return a JSON value if it is a string, else None."""
    return value if isinstance(value, str) else None


def json_int(value: JSONValue) -> int | None:
    """Return a JSON value if it is a whole number, else None."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def json_object(value: JSONValue) -> dict[str, JSONValue]:
    """Return a JSON value if it is an object, else an empty one."""
    return value if isinstance(value, dict) else {}


def json_list(value: JSONValue) -> list[JSONValue]:
    """Return a JSON value if it is an array, else an empty one."""
    return value if isinstance(value, list) else []


def canonical_json(value: Mapping[str, JSONValue]) -> str:
    """Return ``value`` as compact JSON text with sorted keys."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
