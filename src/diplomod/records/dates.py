"""Dates known to a year, a month or a day, with "early/mid/late" kept.

A :class:`PartialDate` is written as ISO 8601 at its precision (``2021``,
``2021-11``, ``2021-11-23``); a part of a month or year is written as the EDTF
interval it denotes (``late November 2021`` is ``2021-11-21/2021-11-30``).
Durations are written as ISO 8601 (``PT1H50M``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re

from attrs import field, frozen

from diplomod.errors import InvalidValueError

__all__ = [
    "DatePart",
    "PartialDate",
    "Precision",
    "format_duration",
    "format_partial_date",
    "parse_duration",
    "parse_partial_date",
]


class Precision(enum.StrEnum):
    """How much of a date the text gives."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class DatePart(enum.StrEnum):
    """A part of a month or a year: "early", "mid" or "late"."""

    EARLY = "early"
    MID = "mid"
    LATE = "late"


def _check_year(instance: PartialDate, attribute: object, value: int) -> None:
    if not 1 <= value <= 9999:
        raise InvalidValueError("PartialDate.year", value, "year must be within 1..9999")


def _check_month(instance: PartialDate, attribute: object, value: int | None) -> None:
    if value is not None and not 1 <= value <= 12:
        raise InvalidValueError("PartialDate.month", value, "month must be within 1..12")


@frozen(kw_only=True, order=True)
class PartialDate:
    """A calendar date known to the year, the month or the day."""

    year: int = field(validator=_check_year)
    month: int | None = field(default=None, validator=_check_month)
    day: int | None = None
    part: DatePart | None = None

    def __attrs_post_init__(self) -> None:
        if self.day is not None:
            if self.month is None:
                raise InvalidValueError("PartialDate.day", self.day, "a day needs a month")
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise InvalidValueError(
                    "PartialDate.day",
                    f"{self.year:04d}-{self.month:02d}-{self.day:02d}",
                    "day is out of range for month",
                )
            if self.part is not None:
                raise InvalidValueError("PartialDate.part", self.part, "a full date has no part")

    @property
    def precision(self) -> Precision:
        """The finest unit the date is known to."""
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    def first_day(self) -> dt.date:
        """Return the earliest calendar day the date may denote."""
        return self.bounds()[0]

    def last_day(self) -> dt.date:
        """Return the latest calendar day the date may denote."""
        return self.bounds()[1]

    def bounds(self) -> tuple[dt.date, dt.date]:
        """Return the first and last calendar day the date may denote."""
        if self.day is not None and self.month is not None:
            day = dt.date(self.year, self.month, self.day)
            return day, day
        if self.month is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            lo, hi = {None: (1, last), DatePart.EARLY: (1, 10), DatePart.MID: (11, 20)}.get(
                self.part, (21, last)
            )
            return dt.date(self.year, self.month, lo), dt.date(self.year, self.month, hi)
        lo_m, hi_m = {None: (1, 12), DatePart.EARLY: (1, 4), DatePart.MID: (5, 8)}.get(
            self.part, (9, 12)
        )
        return dt.date(self.year, lo_m, 1), dt.date(
            self.year, hi_m, calendar.monthrange(self.year, hi_m)[1]
        )

    def iso(self) -> str:
        """Return the ISO 8601 form at the date's precision, ignoring any part."""
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def contains(self, other: PartialDate) -> bool:
        """Tell whether every day ``other`` may denote lies within this date."""
        lo, hi = self.bounds()
        olo, ohi = other.bounds()
        return lo <= olo and ohi <= hi

    def __str__(self) -> str:
        return format_partial_date(self)

    @classmethod
    def from_date(cls, day: dt.date) -> PartialDate:
        """Return the full date for a :class:`datetime.date`."""
        return cls(year=day.year, month=day.month, day=day.day)


_ISO = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?")
_INTERVAL = re.compile(r"(?P<a>\d{4}(?:-\d{2}){1,2})/(?P<b>\d{4}(?:-\d{2}){1,2})")


def format_partial_date(date: PartialDate) -> str:
    """Write a date as ISO 8601, or as an EDTF interval when it has a part.

    >>> format_partial_date(PartialDate(year=2021, month=11, part=DatePart.LATE))
    '2021-11-21/2021-11-30'
    """
    if date.part is None:
        return date.iso()
    lo, hi = date.bounds()
    if date.month is not None:
        return f"{lo.isoformat()}/{hi.isoformat()}"
    return f"{lo.year:04d}-{lo.month:02d}/{hi.year:04d}-{hi.month:02d}"


def parse_partial_date(text: str) -> PartialDate:
    """Read a date written by :func:`format_partial_date`.

    Raises:
        InvalidValueError: ``text`` is not such a date.

    >>> parse_partial_date("2021-11")
    PartialDate(year=2021, month=11, day=None, part=None)
    """
    m = _ISO.fullmatch(text)
    if m:
        try:
            return PartialDate(
                year=int(m["y"]),
                month=int(m["m"]) if m["m"] else None,
                day=int(m["d"]) if m["d"] else None,
            )
        except InvalidValueError as exc:
            raise InvalidValueError("date", text, f"not a date ({exc.reason})") from None
    m = _INTERVAL.fullmatch(text)
    if m:
        start, end = parse_partial_date(m["a"]), parse_partial_date(m["b"])
        full = start.day is not None
        for part in DatePart:
            candidate = PartialDate(year=start.year, month=start.month if full else None, part=part)
            if format_partial_date(candidate) == text:
                return candidate
        del end
    raise InvalidValueError("date", text, "not a date")


_DURATION = re.compile(r"P(?:(?P<d>\d+)D)?(?:T(?=\d)(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?)?")


def format_duration(value: dt.timedelta) -> str:
    """Write a whole-minute duration as ISO 8601.

    >>> format_duration(dt.timedelta(minutes=110))
    'PT1H50M'
    """
    minutes = int(value.total_seconds() // 60)
    if value < dt.timedelta(0) or value != dt.timedelta(minutes=minutes):
        raise InvalidValueError("duration", value, "not a non-negative whole number of minutes")
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    out = "P" + (f"{days}D" if days else "")
    if hours or mins or not days:
        out += "T" + (f"{hours}H" if hours else "") + (f"{mins}M" if mins or not hours else "")
    return out


def parse_duration(text: str) -> dt.timedelta:
    """Read an ISO 8601 duration of days, hours and minutes.

    Raises:
        InvalidValueError: ``text`` is not such a duration.
    """
    m = _DURATION.fullmatch(text)
    if not m or text in {"P", "PT"}:
        raise InvalidValueError("duration", text, "not an ISO 8601 duration such as PT1H50M")
    return dt.timedelta(days=int(m["d"] or 0), hours=int(m["h"] or 0), minutes=int(m["m"] or 0))
