"""Time and duration mentions: what each phrasing reads as, and the laws every result obeys."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomod.mentions import DurationQualifier, find_durations, find_times
from diplomod.mentions.anchors import find_digit_runs

APPROX = DurationQualifier.APPROXIMATELY
MORE = DurationQualifier.MORE_THAN
LESS = DurationQualifier.LESS_THAN


def times(text: str) -> list[tuple[str, str, str | None]]:
    """Return (quoted text, HH:MM, zone) for each time mention."""
    return [(m.span.slice(text), m.time.strftime("%H:%M"), m.zone) for m in find_times(text)]


def durations(text: str) -> list[tuple[str, int, DurationQualifier | None]]:
    """Return (quoted text, minutes, qualifier) for each duration mention."""
    return [(m.span.slice(text), m.minutes, m.qualifier) for m in find_durations(text)]


# ---------------------------------------------------------------- times of day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Quad foreign ministers convened at 3 p.m.", [("3 p.m.", "15:00", None)], id="p.m."
        ),
        pytest.param(
            "Talks ran from 11:15 a.m. to 12:40 p.m. in Canberra.",
            [("11:15 a.m.", "11:15", None), ("12:40 p.m.", "12:40", None)],
            id="a.m. to p.m.",
        ),
        pytest.param(
            "The leaders spoke at 9.30 am London time.",
            [("9.30 am London time", "09:30", "London time")],
            id="dotted, city time",
        ),
        pytest.param(
            "the midnight deadline passed at 12 a.m.",
            [("midnight", "00:00", None), ("12 a.m.", "00:00", None)],
            id="12 a.m. and midnight",
        ),
        pytest.param(
            "Lunch was served at 12 p.m. sharp.", [("12 p.m.", "12:00", None)], id="12 p.m."
        ),
        pytest.param(
            "The Korean and Chinese ministers met at 14:00 local time.",
            [("14:00 local time", "14:00", "local time")],
            id="24-hour, local time",
        ),
        pytest.param(
            "Consultations resumed at 15:30 JST.",
            [("15:30 JST", "15:30", "JST")],
            id="zone abbreviation",
        ),
        pytest.param(
            "a call at 10:05 (GMT+3) with Ankara",
            [("10:05 (GMT+3)", "10:05", "GMT+3")],
            id="zone in brackets",
        ),
        pytest.param(
            "Asia Wire | 12 Sep 2021, 12:29 pm", [("12:29 pm", "12:29", None)], id="byline time"
        ),
    ],
)
def test_clock_times(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert times(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On 23 November, commencing from 1500, the ministers met.",
            [("1500", "15:00", None)],
            id="commencing from",
        ),
        pytest.param(
            "The exercise starts at 0600 on Monday.", [("0600", "06:00", None)], id="at four digits"
        ),
        pytest.param(
            "Flights resume from 0930 hours.", [("0930 hours", "09:30", None)], id="hours"
        ),
        pytest.param(
            "The ceasefire took effect at 1800 JST.", [("1800 JST", "18:00", "JST")], id="zone"
        ),
        pytest.param(
            "The curfew lasts until 2200 hrs.",
            [("2200 hrs", "22:00", None)],
            id="hrs without a cue",
        ),
        pytest.param(
            "The vote opens from 2100 tonight.", [("2100", "21:00", None)], id="from, not a year"
        ),
    ],
)
def test_military_times(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert times(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The presidents lunched at noon.", [("noon", "12:00", None)], id="noon"),
        pytest.param("It ended at 12 noon.", [("12 noon", "12:00", None)], id="12 noon"),
        pytest.param("The talks went past midnight.", [("midnight", "00:00", None)], id="midnight"),
        pytest.param(
            "They met at six o'clock.", [("six o'clock", "06:00", None)], id="word o'clock"
        ),
        pytest.param("They met at 7 o'clock.", [("7 o'clock", "07:00", None)], id="o'clock"),
        pytest.param(
            "The ministers met at 15.30 in Berlin.",
            [("15.30", "15:30", None)],
            id="dotted 24-hour after at",
        ),
    ],
)
def test_words_and_dotted_times(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert times(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Relations have improved since 2021.", id="year"),
        pytest.param("Exports have grown from 2014 levels.", id="from a year"),
        pytest.param("India deployed 1500 troops.", id="a count"),
        pytest.param("It is said that 1200 officials attended.", id="'at' inside a word"),
        pytest.param("The drone flew at 2000 feet.", id="a height"),
        pytest.param("The programme offers 1200 hours of training.", id="hours of"),
        pytest.param("Engineers worked for 1000 hours on it.", id="for hours"),
        pytest.param("UNSC resolution 2231 was cited.", id="resolution number"),
        pytest.param("The vote passed 12.09.2021 in Brussels.", id="dotted date"),
        pytest.param("They met this afternoon and the moon rose soon.", id="afternoon, moon"),
        pytest.param("Growth reached 3.5 percent.", id="decimal"),
        pytest.param("Watch the briefing\n02:41\nThe ministers met.", id="video length"),
    ],
)
def test_not_times(text: str) -> None:
    assert find_times(text) == ()


# ---------------------------------------------------------------- durations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The envoys, starting at 1400, talked for approximately 1 hour and 40 minutes",
            [("approximately 1 hour and 40 minutes", 100, APPROX)],
            id="hour and minutes",
        ),
        pytest.param(
            "Lee and Wei held a 75-minute meeting.", [("75-minute", 75, None)], id="N-minute"
        ),
        pytest.param(
            "The call lasted just over an hour.",
            [("just over an hour", 60, MORE)],
            id="just over an hour",
        ),
        pytest.param(
            "Macron and Scholz talked for about two hours.",
            [("about two hours", 120, APPROX)],
            id="about words",
        ),
        pytest.param(
            "Their exchange went on for more than an hour and a half.",
            [("more than an hour and a half", 90, MORE)],
            id="an hour and a half",
        ),
        pytest.param(
            "Ramaphosa held an hour-long phone call with Lula.",
            [("an hour-long", 60, None)],
            id="hour-long",
        ),
        pytest.param(
            "Modi and Albanese held a 90-minute video call.",
            [("90-minute", 90, None)],
            id="90-minute",
        ),
        pytest.param(
            "The envoys spoke for 40 minutes.", [("40 minutes", 40, None)], id="digits minutes"
        ),
        pytest.param(
            "The briefing took half an hour.", [("half an hour", 30, None)], id="half an hour"
        ),
        pytest.param(
            "Negotiators sat for one and a half hours.",
            [("one and a half hours", 90, None)],
            id="one and a half",
        ),
        pytest.param(
            "The Chancellor spoke for forty-five minutes.",
            [("forty-five minutes", 45, None)],
            id="hyphenated tens",
        ),
        pytest.param("The leaders met for 1.5 hours.", [("1.5 hours", 90, None)], id="decimal"),
        pytest.param(
            "They talked for two hours and 15 minutes.",
            [("two hours and 15 minutes", 135, None)],
            id="words and digits",
        ),
        pytest.param(
            "Talks in Brasilia went on for nearly three hours.",
            [("nearly three hours", 180, LESS)],
            id="nearly",
        ),
        pytest.param("a half-hour call with Pretoria", [("half-hour", 30, None)], id="half-hour"),
        pytest.param(
            "The meeting lasted at least 45 minutes.",
            [("at least 45 minutes", 45, MORE)],
            id="at least",
        ),
        pytest.param(
            "They conferred for some 20 minutes.", [("some 20 minutes", 20, APPROX)], id="some"
        ),
        pytest.param(
            "a two-hour drive from Seoul",
            [("two-hour", 120, None)],
            id="travel is still a duration",
        ),
        pytest.param(
            "Two hours later the Kremlin issued a readout.",
            [("Two hours", 120, None)],
            id="capitalized",
        ),
    ],
)
def test_durations(text: str, expected: list[tuple[str, int, DurationQualifier | None]]) -> None:
    assert durations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Minister and his ministry met a ministerial panel.", id="min words"),
        pytest.param("Flights resume from 1500 hours.", id="military time"),
        pytest.param("After hours-long talks, nothing was agreed.", id="no number"),
        pytest.param("Three officials attended.", id="no unit"),
    ],
)
def test_not_durations(text: str) -> None:
    assert find_durations(text) == ()


# ---------------------------------------------------------------- laws

WORDS = st.sampled_from(
    [
        "at",
        "from",
        "commencing",
        "1500",
        "hours",
        "hrs",
        "3",
        "p.m.",
        "14:00",
        "local",
        "time",
        "noon",
        "o'clock",
        "three",
        "for",
        "about",
        "more",
        "than",
        "an",
        "hour",
        "and",
        "a",
        "half",
        "minutes",
        "75-minute",
        "-long",
        "1.5",
        "forty-five",
        "just",
        "over",
        "2100",
        "JST",
        "(GMT+3)",
        "12",
        "a.m.",
        "9.30",
        "\n",
        ",",
        ".",
    ]
)
TEXTS = st.one_of(st.text(), st.lists(WORDS, max_size=30).map(" ".join))


def check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        previous_end = end


@given(text=TEXTS)
@settings(max_examples=300)
def test_time_spans_are_honest_sorted_and_disjoint(text: str) -> None:
    found = find_times(text)
    check_spans(text, [(m.span.start, m.span.end) for m in found])
    assert find_times(text) == found


@given(text=TEXTS)
@settings(max_examples=300)
def test_duration_spans_are_honest_sorted_and_disjoint(text: str) -> None:
    found = find_durations(text)
    check_spans(text, [(m.span.start, m.span.end) for m in found])
    assert all(m.minutes >= 0 for m in found)
    assert find_durations(text) == found


DIGIT_TEXTS = st.text(alphabet=st.sampled_from("0123456789 .:a\x00\x01\u0663\u00e9\n"))


@given(text=st.one_of(TEXTS, DIGIT_TEXTS))
@settings(max_examples=300)
def test_digit_runs_are_those_the_regex_finds(text: str) -> None:
    expected = [m.span() for m in re.finditer(r"[0-9]\d*", text)]
    assert find_digit_runs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1 hour and " * 95_000, id="hour and"),
        pytest.param("at 1500 " * 130_000, id="military"),
        pytest.param("11 11 11 " * 120_000, id="numbers"),
        pytest.param("hours " * 170_000, id="units alone"),
        pytest.param("half an " * 130_000, id="half an"),
        pytest.param("12:00 " * 170_000, id="clock times on one line"),
    ],
)
def test_large_adversarial_input_is_linear(text: str) -> None:
    check_spans(text, [(m.span.start, m.span.end) for m in find_times(text)])
    check_spans(text, [(m.span.start, m.span.end) for m in find_durations(text)])
