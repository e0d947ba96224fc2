"""The JSON form of single values: strict scalars, dates, times and durations as strings.

Loading is strict: an ``int`` field takes only a JSON integer (``6600.7``, ``true``
and ``"6600"`` are refused), a ``str`` field only a string, a ``bool`` field only
``true`` or ``false``; a ``float`` field takes any finite number. Nothing is coerced,
so nothing is lost. The string patterns here also go into the JSON Schema.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import math
import re
from collections.abc import Callable
from typing import Any, cast

from diplomod.errors import InvalidValueError
from diplomod.interchange.problems import WrongTypeError
from diplomod.records import dates
from diplomod.records.dates import PartialDate, parse_duration, parse_partial_date
from diplomod.records.extraction import JSONValue

__all__ = [
    "DATETIME_PATTERN",
    "DATE_PATTERN",
    "DURATION_PATTERN",
    "PARTIAL_DATE_PATTERN",
    "TIME_PATTERN",
    "copy_json",
    "format_date",
    "format_datetime",
    "format_duration",
    "format_partial_date",
    "format_time",
    "structure_bool",
    "structure_date",
    "structure_datetime",
    "structure_duration",
    "structure_enum",
    "structure_float",
    "structure_int",
    "structure_partial_date",
    "structure_str",
    "structure_time",
    "unstructure_enum",
    "unstructure_float",
]

# ECMA 262 and Python read these alike; they are anchored for JSON Schema's search semantics.
#: ``2021``, ``2021-11``, ``2021-11-23``, and the EDTF intervals of early/mid/late.
PARTIAL_DATE_PATTERN = (
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-\d{2}/\d{4}-\d{2}|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2})$"
)
#: ``2021-11-23``.
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
_OFFSET = r"(?:Z|[+-]\d{2}:\d{2}(?::\d{2}(?:\.\d{6})?)?)?"
#: ``15:00``, ``15:00:30``, ``15:00:30.250000``, each with an optional UTC offset.
TIME_PATTERN = rf"^\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d{{6}})?)?{_OFFSET}$"
#: ``2021-11-23T15:00`` and finer, with an optional UTC offset.
DATETIME_PATTERN = rf"^\d{{4}}-\d{{2}}-\d{{2}}T\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d{{6}})?)?{_OFFSET}$"
#: ``PT1H50M``, ``P2D``, ``P1DT30M``: days, hours and minutes.
DURATION_PATTERN = r"^P(?=\d|T\d)(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?)?$"

_DATE = re.compile(DATE_PATTERN, re.ASCII)
_TIME = re.compile(TIME_PATTERN, re.ASCII)
_DATETIME = re.compile(DATETIME_PATTERN, re.ASCII)

#: Floats from the fast JSON parser at or beyond this size may have been integers it rounded.
_ROUNDED = float(2**63)


# --- scalars ----------------------------------------------------------------------------------


def structure_str(value: Any, cl: Any) -> Any:
    """Return ``value`` when it is a string; refuse numbers, booleans and the rest."""
    if value.__class__ is str and cl is str:
        return value
    if cl is not str:  # a str subclass, such as an old-style (str, Enum) enum
        if isinstance(cl, type) and issubclass(cl, enum.Enum):
            return structure_enum(value, cl)
        if isinstance(value, str):
            return cl(value)
    elif isinstance(value, str):
        return str(value)
    raise WrongTypeError("value", value, "a string")


def structure_int(value: Any, cl: Any) -> Any:
    """Return ``value`` when it is an integer; refuse ``6600.7``, ``true`` and ``"6600"``."""
    if value.__class__ is int and cl is int:
        return value
    if cl is not int and isinstance(cl, type) and issubclass(cl, enum.Enum):
        return structure_enum(value, cl)
    if isinstance(value, int) and not isinstance(value, bool):
        return cl(value)
    raise WrongTypeError("value", value, "an integer")


def structure_bool(value: Any, _: Any) -> Any:
    """Return ``value`` when it is ``true`` or ``false``; refuse ``1`` and ``"true"``."""
    if value is True or value is False:
        return value
    raise WrongTypeError("value", value, "true or false")


def structure_float(value: Any, _: Any) -> Any:
    """Return a finite number as a float; refuse booleans, strings, NaN and infinity."""
    if value.__class__ is float and math.isfinite(value):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:
            pass
    elif isinstance(value, float) and math.isfinite(value):
        return float(value)
    raise WrongTypeError("value", value, "a finite number")


def unstructure_float(value: float) -> float:
    """Return a finite float; NaN and infinity have no JSON form.

    Raises:
        InvalidValueError: ``value`` is NaN or infinite.
    """
    if math.isfinite(value):
        return value
    raise InvalidValueError("number", value, "not a finite number (JSON has no NaN or Infinity)")


@functools.cache
def _members(cl: type[enum.Enum]) -> dict[object, enum.Enum]:
    return {member.value: member for member in cl}


def structure_enum(value: Any, cl: Any) -> Any:
    """Return the member of enum ``cl`` whose value is ``value``."""
    if value.__class__ in (str, int, float):
        member = _members(cl).get(value)
        if member is not None:
            return member
    choices = ", ".join(repr(m.value) for m in cl)
    raise WrongTypeError("value", value, f"one of {choices}")


def unstructure_enum(value: enum.Enum) -> object:
    """Return an enum member's value (``Role.HOST`` is ``"host"``)."""
    return value._value_


# --- dates, times and durations --------------------------------------------------------------


_written_dates: dict[tuple[int, int | None, int | None, object], str] = {}


def format_partial_date(value: PartialDate) -> str:
    """Write a partial date as :func:`diplomod.records.dates.format_partial_date` does, cached."""
    key = (value.year, value.month, value.day, value.part)
    found = _written_dates.get(key)
    if found is None:
        if len(_written_dates) >= 4096:
            _written_dates.clear()
        found = _written_dates[key] = dates.format_partial_date(value)
    return found


def structure_partial_date(value: Any, _: Any) -> PartialDate:
    """Read a partial date from its string (``2021-11``, ``2021-11-21/2021-11-30``)."""
    if value.__class__ is str:
        return _partial_date(value)
    raise WrongTypeError("date", value, "a date string such as '2021-11-23'")


@functools.lru_cache(maxsize=4096)
def _partial_date(text: str) -> PartialDate:
    if not text.isascii():
        raise InvalidValueError("date", text, "not a date")
    return parse_partial_date(text)


def format_date(value: dt.date) -> str:
    """Write a calendar date as ``YYYY-MM-DD``."""
    return value.isoformat()


def structure_date(value: Any, _: Any) -> dt.date:
    """Read a calendar date from ``YYYY-MM-DD``."""
    if value.__class__ is not str:
        raise WrongTypeError("date", value, "a date string such as '2021-11-23'")
    return _date(value)


@functools.lru_cache(maxsize=4096)
def _date(text: str) -> dt.date:
    if not _DATE.fullmatch(text):
        raise InvalidValueError("date", text, "not a date")
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise InvalidValueError("date", text, f"not a date ({exc})") from None


def format_time(value: dt.time) -> str:
    """Write a time of day as ``HH:MM``, with seconds only when it has them."""
    if value.tzinfo is None:
        return _naive_time(value)  # an aware time equals (and hashes as) others: no cache
    return _time_text(value)


@functools.lru_cache(maxsize=4096)
def _naive_time(value: dt.time) -> str:
    return _time_text(value)


def _time_text(value: dt.time) -> str:
    if value.microsecond:
        return value.isoformat("microseconds")
    return value.isoformat("seconds" if value.second else "minutes")


def structure_time(value: Any, _: Any) -> dt.time:
    """Read a time of day from ``HH:MM`` (or finer, with an optional UTC offset)."""
    if value.__class__ is not str:
        raise WrongTypeError("time", value, "a time string such as '15:00'")
    return _time(value)


@functools.lru_cache(maxsize=4096)
def _time(text: str) -> dt.time:
    if not _TIME.fullmatch(text):
        raise InvalidValueError("time", text, "not a time")
    try:
        return dt.time.fromisoformat(text)
    except ValueError as exc:
        raise InvalidValueError("time", text, f"not a time ({exc})") from None


def format_datetime(value: dt.datetime) -> str:
    """Write a date and time as ``YYYY-MM-DDTHH:MM``, finer only when it needs to be."""
    return f"{value.date().isoformat()}T{format_time(value.timetz())}"


def structure_datetime(value: Any, _: Any) -> dt.datetime:
    """Read a date and time from ``YYYY-MM-DDTHH:MM`` (or finer, with an optional offset)."""
    if value.__class__ is not str:
        raise WrongTypeError("datetime", value, "a string such as '2021-11-23T15:00'")
    if not _DATETIME.fullmatch(value):
        raise InvalidValueError("datetime", value, "not a date and time")
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise InvalidValueError("datetime", value, f"not a date and time ({exc})") from None


@functools.lru_cache(maxsize=1024)
def format_duration(value: dt.timedelta) -> str:
    """Write a duration as ISO 8601 (``PT1H50M``), cached.

    Raises:
        InvalidValueError: ``value`` is not a non-negative whole number of minutes.
    """
    return dates.format_duration(value)


def structure_duration(value: Any, _: Any) -> dt.timedelta:
    """Read a duration from ISO 8601 (``PT1H50M``)."""
    if value.__class__ is not str:
        raise WrongTypeError("duration", value, "an ISO 8601 duration such as 'PT1H50M'")
    return _duration(value)


@functools.lru_cache(maxsize=1024)
def _duration(text: str) -> dt.timedelta:
    if not text.isascii():
        raise InvalidValueError("duration", text, "not an ISO 8601 duration such as PT1H50M")
    try:
        return parse_duration(text)
    except OverflowError:
        raise InvalidValueError("duration", text, "not a duration (too long)") from None


# --- free JSON, for records of unknown types ---------------------------------------------------


def copy_json(
    value: object,
    where: str,
    *,
    wary: bool = False,
    as_float: Callable[[float], object] | None = None,
) -> JSONValue:
    """Return a deep copy of a JSON value, refusing anything JSON cannot hold.

    ``where`` names the value as ``Class.path`` for messages. With ``wary``, a float
    of 2**63 or more is refused too: the fast parser may have rounded an integer
    to it, so the caller should parse the text again exactly. ``as_float`` turns
    each float into what the copy holds instead.

    Raises:
        InvalidValueError: a NaN or infinity, a non-string key, or a value that is not
            None, a bool, an int, a float, a str, a list or a dict.
    """
    try:
        return _copy(value, where, wary, as_float)
    except RecursionError:
        raise InvalidValueError(where, "…", "nested too deeply") from None


def _copy(
    value: object, where: str, wary: bool, as_float: Callable[[float], object] | None
) -> JSONValue:
    cls = value.__class__
    if cls is str or cls is int or cls is bool or value is None:
        return cast("JSONValue", value)
    if cls is float:
        number = cast("float", value)
        if not math.isfinite(number):
            raise InvalidValueError(where, number, "not a finite number")
        if wary and abs(number) >= _ROUNDED:
            raise WrongTypeError(where, number, "a number the fast parser reads exactly")
        return number if as_float is None else cast("JSONValue", as_float(number))
    if cls is list:
        items = cast("list[object]", value)
        return [_copy(item, f"{where}[{n}]", wary, as_float) for n, item in enumerate(items)]
    if cls is dict:
        mapping = cast("dict[object, object]", value)
        out: dict[str, JSONValue] = {}
        for key, item in mapping.items():
            if not isinstance(key, str):
                raise WrongTypeError(where, key, "a string key")
            out[str(key)] = _copy(item, where + _key(key), wary, as_float)
        return out
    raise WrongTypeError(
        where, value, "a JSON value (null, boolean, number, string, array, object)"
    )


def _key(key: str) -> str:
    """Return the JSON path step for an object key: ``.name`` or ``['odd key']``."""
    return f".{key}" if key.isidentifier() and key.isascii() else f"[{key!r}]"
