"""The record model: what values it refuses, how partial dates and durations read and write."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs
import pytest
from hypothesis import given

from diplomod import registry
from diplomod.errors import DiplomodError, InvalidValueError
from diplomod.records import (
    Agreement,
    AgreementKind,
    Body,
    Call,
    Commitment,
    DatePart,
    Event,
    Evidence,
    Meeting,
    Modality,
    Office,
    Organization,
    PartialDate,
    Participant,
    Person,
    Place,
    Precision,
    Source,
    Span,
    State,
    Statement,
    StatementKind,
    Visit,
)
from diplomod.records.dates import (
    format_duration,
    format_partial_date,
    parse_duration,
    parse_partial_date,
)
from diplomod.testing import durations, partial_dates, records

# --- values the model refuses -------------------------------------------------------------

REFUSED: list[tuple[str, Callable[[], object], str, object]] = [
    # country and actor codes
    ("unknown state code", lambda: State(code="JPX"), "State.code", "JPX"),
    ("lower-case state code", lambda: State(code="jpn"), "State.code", "jpn"),
    ("organization as a place's country", lambda: Place(country="NATO"), "Place.country", "NATO"),
    (
        "unknown code among countries",
        lambda: Meeting(id="m1", countries=("JPN", "JPX")),
        "Meeting.countries[1]",
        "JPX",
    ),
    (
        "repeated country",
        lambda: Meeting(id="m1", countries=("IND", "AUS", "IND")),
        "Meeting.countries[2]",
        "IND",
    ),
    (
        "unknown party",
        lambda: Agreement(id="a1", parties=("BRA", "ZZZ")),
        "Agreement.parties[1]",
        "ZZZ",
    ),
    ("unknown organization", lambda: Organization(id="NOPE"), "Organization.id", "NOPE"),
    ("unknown host of a visit", lambda: Visit(id="v1", host="XXX"), "Visit.host", "XXX"),
    (
        "body of an unknown state",
        lambda: Body(name="Foreign Office", state="UKX"),
        "Body.state",
        "UKX",
    ),
    (
        "office of an unknown state",
        lambda: Office(title="Minister", state="FRX"),
        "Office.state",
        "FRX",
    ),
    (
        "participant representing nobody known",
        lambda: Participant(person=Person(name="A. Sato"), represents="JAP"),
        "Participant.represents",
        "JAP",
    ),
    # dates
    (
        "February 30th",
        lambda: PartialDate(year=2021, month=2, day=30),
        "PartialDate.day",
        "2021-02-30",
    ),
    (
        "February 29th of a common year",
        lambda: PartialDate(year=2023, month=2, day=29),
        "PartialDate.day",
        "2023-02-29",
    ),
    ("month 13", lambda: PartialDate(year=2021, month=13), "PartialDate.month", 13),
    ("month 0", lambda: PartialDate(year=2021, month=0), "PartialDate.month", 0),
    ("year 0", lambda: PartialDate(year=0), "PartialDate.year", 0),
    ("day without a month", lambda: PartialDate(year=2021, day=4), "PartialDate.day", 4),
    (
        "part of a full date",
        lambda: PartialDate(year=2021, month=5, day=4, part=DatePart.LATE),
        "PartialDate.part",
        DatePart.LATE,
    ),
    # durations and ordinals
    (
        "negative duration",
        lambda: Call(id="c1", duration=dt.timedelta(minutes=-30)),
        "Call.duration",
        dt.timedelta(minutes=-30),
    ),
    (
        "duration with seconds",
        lambda: Meeting(id="m1", duration=dt.timedelta(seconds=90)),
        "Meeting.duration",
        dt.timedelta(seconds=90),
    ),
    ("ordinal 0", lambda: Meeting(id="m1", ordinal=0), "Meeting.ordinal", 0),
    ("negative ordinal", lambda: Meeting(id="m1", ordinal=-2), "Meeting.ordinal", -2),
    # text fields
    ("empty id", lambda: Meeting(id=""), "Meeting.id", ""),
    ("blank person name", lambda: Person(name="  "), "Person.name", "  "),
    (
        "empty commitment content",
        lambda: Commitment(id="k1", actors=("KOR",), modality=Modality.AGREE, content=""),
        "Commitment.content",
        "",
    ),
    (
        "repeated topics",
        lambda: Agreement(id="a1", topics=("trade", "energy", "trade")),
        "Agreement.topics[2]",
        "trade",
    ),
    ("empty topic", lambda: Agreement(id="a1", topics=("trade", "")), "Agreement.topics[1]", ""),
    (
        "repeated reference",
        lambda: Meeting(id="m2", references=("m1", "m1")),
        "Meeting.references[1]",
        "m1",
    ),
    (
        "statement against an unknown target",
        lambda: Statement(
            id="s1",
            actors=("GBR",),
            kind=StatementKind.CONDEMN,
            content="the missile launch",
            target="PRKX",
        ),
        "Statement.target",
        "PRKX",
    ),
    # provenance
    (
        "evidence text shorter than its span",
        lambda: Evidence(field="date", span=Span(start=10, end=20), text="12 May"),
        "Evidence.text",
        "12 May",
    ),
    ("span ending before it starts", lambda: Span(start=30, end=12), "Span.end", 12),
    ("span before the text", lambda: Span(start=-1, end=4), "Span.start", -1),
    ("source without id", lambda: Source(id=""), "Source.id", ""),
    (
        "source digest in upper case",
        lambda: Source(id="d1", sha256="AB" * 32),
        "Source.sha256",
        "AB" * 32,
    ),
]


@pytest.mark.parametrize(
    ("build", "field", "value"),
    [pytest.param(build, field, value, id=name) for name, build, field, value in REFUSED],
)
def test_a_refused_value_names_its_field_and_value(
    build: Callable[[], object], field: str, value: object
) -> None:
    with pytest.raises(InvalidValueError) as caught:
        build()
    assert caught.value.field == field
    assert caught.value.value == value
    assert str(caught.value).startswith(f"{field}: ")
    assert repr(value) in str(caught.value)


def test_a_refused_value_is_also_a_value_error() -> None:
    with pytest.raises(ValueError, match="JPX"):
        State(code="JPX")
    assert issubclass(InvalidValueError, DiplomodError)


# --- accepted codes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code", ["JPN", "KOR", "IND", "AUS", "CHN", "RUS", "UKR", "FRA", "DEU", "BRA", "ZAF", "XKX"]
)
def test_states_are_iso_alpha3(code: str) -> None:
    assert State(code=code).code == code


@pytest.mark.parametrize("code", ["ASEAN", "EU", "NATO", "UN", "G7", "AU"])
def test_organizations_may_be_actors_but_not_places(code: str) -> None:
    assert Meeting(id="m1", countries=("USA", code)).countries == ("USA", code)
    with pytest.raises(InvalidValueError):
        Place(country=code)


# --- partial dates ----------------------------------------------------------------------------

D = PartialDate

PRECISIONS = [
    (D(year=2022), Precision.YEAR),
    (D(year=2022, part=DatePart.EARLY), Precision.YEAR),
    (D(year=2022, month=3), Precision.MONTH),
    (D(year=2022, month=3, part=DatePart.MID), Precision.MONTH),
    (D(year=2022, month=3, day=8), Precision.DAY),
]


@pytest.mark.parametrize(("date", "precision"), PRECISIONS)
def test_precision_is_the_finest_unit_given(date: PartialDate, precision: Precision) -> None:
    assert date.precision is precision


BOUNDS = [
    # parts of a month: days 1-10, 11-20, 21 to the end
    (D(year=2021, month=11, part=DatePart.EARLY), "2021-11-01", "2021-11-10"),
    (D(year=2021, month=11, part=DatePart.MID), "2021-11-11", "2021-11-20"),
    (D(year=2021, month=11, part=DatePart.LATE), "2021-11-21", "2021-11-30"),
    (D(year=2024, month=2, part=DatePart.LATE), "2024-02-21", "2024-02-29"),
    (D(year=2023, month=2, part=DatePart.LATE), "2023-02-21", "2023-02-28"),
    # parts of a year: months 1-4, 5-8, 9-12
    (D(year=2019, part=DatePart.EARLY), "2019-01-01", "2019-04-30"),
    (D(year=2019, part=DatePart.MID), "2019-05-01", "2019-08-31"),
    (D(year=2019, part=DatePart.LATE), "2019-09-01", "2019-12-31"),
    # whole units
    (D(year=2020), "2020-01-01", "2020-12-31"),
    (D(year=2020, month=6), "2020-06-01", "2020-06-30"),
    (D(year=2020, month=6, day=15), "2020-06-15", "2020-06-15"),
]


@pytest.mark.parametrize(("date", "first", "last"), BOUNDS)
def test_bounds_are_the_days_a_date_may_denote(date: PartialDate, first: str, last: str) -> None:
    assert date.bounds() == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    assert date.first_day() == dt.date.fromisoformat(first)
    assert date.last_day() == dt.date.fromisoformat(last)


WRITTEN = [
    (D(year=2021), "2021"),
    (D(year=2021, month=11), "2021-11"),
    (D(year=2021, month=11, day=23), "2021-11-23"),
    (D(year=812, month=1, day=2), "0812-01-02"),
    # a part is written as the EDTF interval it denotes
    (D(year=2021, month=11, part=DatePart.LATE), "2021-11-21/2021-11-30"),
    (D(year=2021, month=11, part=DatePart.EARLY), "2021-11-01/2021-11-10"),
    (D(year=2018, month=7, part=DatePart.MID), "2018-07-11/2018-07-20"),
    (D(year=2021, part=DatePart.LATE), "2021-09/2021-12"),
    (D(year=2021, part=DatePart.EARLY), "2021-01/2021-04"),
]


@pytest.mark.parametrize(("date", "text"), WRITTEN)
def test_dates_are_written_as_iso_or_edtf_intervals(date: PartialDate, text: str) -> None:
    assert format_partial_date(date) == text
    assert str(date) == text
    assert parse_partial_date(text) == date


@pytest.mark.parametrize(
    "text",
    [
        "2021-13",
        "2021-02-30",
        "21-11-03",
        "2021/11/03",
        "November 2021",
        "2021-11-05/2021-11-12",  # an interval that is no part of a month
        "2021-11-21/2021-12-10",
        "",
    ],
)
def test_text_that_is_no_date_is_refused(text: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        parse_partial_date(text)
    assert caught.value.field == "date"
    assert caught.value.value == text


CONTAINS = [
    (D(year=2021), D(year=2021, month=11, day=23), True),
    (D(year=2021, month=11), D(year=2021, month=11, part=DatePart.LATE), True),
    (D(year=2021, month=11, part=DatePart.LATE), D(year=2021, month=11, day=23), True),
    (D(year=2021, month=11, part=DatePart.LATE), D(year=2021, month=11, day=20), False),
    (D(year=2021, part=DatePart.LATE), D(year=2021, month=9), True),
    (D(year=2021, part=DatePart.LATE), D(year=2021, month=8, day=31), False),
    (D(year=2021, month=11, day=23), D(year=2021, month=11), False),
    (D(year=2021), D(year=2022, month=1, day=1), False),
]


@pytest.mark.parametrize(("outer", "inner", "expected"), CONTAINS)
def test_contains_asks_whether_every_day_lies_within(
    outer: PartialDate, inner: PartialDate, expected: bool
) -> None:
    assert outer.contains(inner) is expected


def test_a_full_date_comes_from_a_calendar_day() -> None:
    assert D.from_date(dt.date(2022, 9, 14)) == D(year=2022, month=9, day=14)


@given(partial_dates())
def test_every_partial_date_reads_back_as_written(date: PartialDate) -> None:
    assert parse_partial_date(format_partial_date(date)) == date


@given(partial_dates(), partial_dates())
def test_containment_agrees_with_bounds(a: PartialDate, b: PartialDate) -> None:
    assert a.contains(a)
    assert a.contains(b) is (a.first_day() <= b.first_day() and b.last_day() <= a.last_day())


# --- durations --------------------------------------------------------------------------------

DURATIONS = [
    (110, "PT1H50M"),
    (45, "PT45M"),
    (120, "PT2H"),
    (0, "PT0M"),
    (24 * 60, "P1D"),
    (24 * 60 + 30, "P1DT30M"),
    (3 * 24 * 60 + 5 * 60, "P3DT5H"),
]


@pytest.mark.parametrize(("minutes", "text"), DURATIONS)
def test_durations_are_iso_8601(minutes: int, text: str) -> None:
    assert format_duration(dt.timedelta(minutes=minutes)) == text
    assert parse_duration(text) == dt.timedelta(minutes=minutes)


@pytest.mark.parametrize("text", ["P", "PT", "1H50M", "PT1.5H", "PT-5M", "P1W", "pt1h", ""])
def test_text_that_is_no_duration_is_refused(text: str) -> None:
    with pytest.raises(InvalidValueError):
        parse_duration(text)


@pytest.mark.parametrize("value", [dt.timedelta(minutes=-1), dt.timedelta(seconds=30)])
def test_only_whole_non_negative_minutes_are_written(value: dt.timedelta) -> None:
    with pytest.raises(InvalidValueError):
        format_duration(value)


@given(durations())
def test_every_duration_reads_back_as_written(value: dt.timedelta) -> None:
    assert parse_duration(format_duration(value)) == value


# --- records are frozen, slotted and keyword-only ---------------------------------------------

SUPPORTING = [
    Span,
    Evidence,
    Source,
    State,
    Organization,
    Body,
    Office,
    Person,
    Participant,
    Place,
    PartialDate,
]


def _record_classes() -> list[type]:
    return [t.cls for t in registry.record_types() if t.builtin] + SUPPORTING


@pytest.mark.parametrize("cls", _record_classes(), ids=lambda cls: cls.__name__)
def test_record_classes_are_frozen_slotted_and_keyword_only(cls: type) -> None:
    assert attrs.has(cls)
    assert "__slots__" in vars(cls)
    assert all(a.kw_only for a in attrs.fields(cls))


@given(records())
def test_records_cannot_be_changed(record: object) -> None:
    name = attrs.fields(type(record))[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(record, name, getattr(record, name))
    assert not hasattr(record, "__dict__")


def test_fields_are_given_by_keyword() -> None:
    with pytest.raises(TypeError):
        Meeting("m1")  # type: ignore[misc]
    with pytest.raises(TypeError):
        PartialDate(2021, 11)  # type: ignore[misc]


def test_an_event_keeps_what_the_text_says() -> None:
    meeting = Meeting(
        id="jpn-aus-2022-10-22",
        date=D(year=2022, month=10, day=22),
        time=dt.time(15, 0),
        duration=parse_duration("PT1H50M"),
        place=Place(city="Perth", country="AUS"),
        countries=("JPN", "AUS"),
        ordinal=2,
        evidence=(Evidence(field="place", span=Span(start=40, end=45), text="Perth"),),
    )
    assert isinstance(meeting, Event)
    assert meeting.duration == dt.timedelta(minutes=110)
    assert meeting.evidence[0].span.slice(" " * 40 + "Perth") == "Perth"
    assert Agreement(id="a1", kind=AgreementKind.MEMORANDUM).status == "referenced"
