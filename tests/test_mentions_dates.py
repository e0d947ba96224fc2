"""Date mentions: what each phrasing resolves to, and the laws every result obeys."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomod.mentions import (
    DateKind,
    DateMention,
    dates,
    find_dateline_city,
    find_dates,
    find_published_date,
)
from diplomod.mentions.dates import date_expressions, date_expressions_before, read_dates

WEDNESDAY = dt.date(2022, 3, 9)  # publication date of most sentences below


def resolved(text: str, published: dt.date | None = WEDNESDAY) -> list[tuple[str, str | None]]:
    """Return (quoted text, date as ISO or EDTF) for each date mention."""
    return [
        (m.span.slice(text), None if m.date is None else str(m.date))
        for m in find_dates(text, published=published)
    ]


# ---------------------------------------------------------------- full dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Australian and Indian foreign ministers met in Melbourne on February 11, 2022.",
            [("February 11, 2022", "2022-02-11")],
            id="month-day-year",
        ),
        pytest.param(
            "Seoul and Tokyo signed the arrangement on Dec. 3, 2021, officials said.",
            [("Dec. 3, 2021", "2021-12-03")],
            id="abbreviated month with a dot",
        ),
        pytest.param(
            "Moscow hosted the forum from Sept 12th, 2019 onward.",
            [("Sept 12th, 2019", "2019-09-12")],
            id="Sept with ordinal",
        ),
        pytest.param(
            "On Tuesday, June 7, 2022, the Brazilian delegation arrived in Pretoria.",
            [("Tuesday, June 7, 2022", "2022-06-07")],
            id="weekday leads the date",
        ),
        pytest.param(
            "OTTAWA, NOVEMBER 3, 2021 - Canada and Mexico renewed the accord.",
            [("NOVEMBER 3, 2021", "2021-11-03")],
            id="upper-case dateline",
        ),
        pytest.param(
            "The Franco-German council convened in Paris on 22 January 2023.",
            [("22 January 2023", "2023-01-22")],
            id="day-month-year",
        ),
        pytest.param(
            "Turkish and Ukrainian envoys resumed contacts on the 5th of April 2022.",
            [("the 5th of April 2022", "2022-04-05")],
            id="the Nth of month",
        ),
        pytest.param(
            "Asia Wire | 12 Sep 2021, 12:29 pm",
            [("12 Sep 2021", "2021-09-12")],
            id="byline short month",
        ),
        pytest.param(
            "Executive Order 14071 of April 6, 2022 stays in force.",
            [("April 6, 2022", "2022-04-06")],
            id="order number is no date",
        ),
    ],
)
def test_full_dates(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert resolved(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "date 2021-09-12 Hanoi and Tokyo agreed", [("2021-09-12", "2021-09-12")], id="ISO"
        ),
        pytest.param(
            "the note verbale of 24.02.2022 from Kyiv",
            [("24.02.2022", "2022-02-24")],
            id="dotted day.month.year",
        ),
        pytest.param(
            "signed in Lima on 13/04/2021",
            [("13/04/2021", "2021-04-13")],
            id="slashes, unambiguous",
        ),
        pytest.param(
            "signed in Manila on 03/04/2021", [("03/04/2021", None)], id="slashes, ambiguous order"
        ),
        pytest.param(
            "the ministers met on February 30, 2022",
            [("February 30, 2022", None)],
            id="impossible day",
        ),
    ],
)
def test_numeric_and_impossible_dates(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert resolved(text) == expected


# ---------------------------------------------------------------- months, years, parts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "redefined at their meeting in September 2021",
            [("September 2021", "2021-09")],
            id="in month year",
        ),
        pytest.param(
            "the Lima declaration of November 2016",
            [("November 2016", "2016-11")],
            id="month year after of",
        ),
        pytest.param(
            "a conference in Lugano in July this year",
            [("July this year", "2022-07")],
            id="month this year",
        ),
        pytest.param(
            "Berlin hosted a round in March last year",
            [("March last year", "2021-03")],
            id="month last year",
        ),
        pytest.param(
            "Canberra and Jakarta have patrolled jointly since 2015.",
            [("2015", "2015")],
            id="since year",
        ),
        pytest.param(
            "South Africa aims to reach the target by 2030.", [("2030", "2030")], id="by year"
        ),
        pytest.param(
            "The envoys met in late November.",
            [("late November", "2021-11-21/2021-11-30")],
            id="late month, past",
        ),
        pytest.param(
            "Seoul expects a deal by mid-2023.", [("mid-2023", "2023-05/2023-08")], id="mid year"
        ),
        pytest.param(
            "Talks stalled in early 2022.", [("early 2022", "2022-01/2022-04")], id="early year"
        ),
        pytest.param(
            "at the end of August 2021",
            [("the end of August 2021", "2021-08-21/2021-08-31")],
            id="the end of month",
        ),
        pytest.param(
            "Modi visited Tokyo late last year.",
            [("late last year", "2021-09/2021-12")],
            id="late last year",
        ),
        pytest.param(
            "The November meeting was the third.", [("November", "2021-11")], id="the month meeting"
        ),
    ],
)
def test_months_years_and_parts(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert resolved(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The talks, commencing from 1500, lasted an hour.", id="military time"),
        pytest.param("Brazil deployed 2000 troops to the border.", id="a count"),
        pytest.param("The patrol flew at 1900 hours.", id="hours"),
        pytest.param("Exports have grown from 2014 levels.", id="from year, no range"),
        pytest.param("Agreed by Theresa May and her cabinet.", id="May the person"),
        pytest.param("Foreign Minister Jan Lipavsky said so.", id="Jan the person"),
        pytest.param("Ukraine marked Good Friday quietly.", id="holiday"),
    ],
)
def test_not_a_year_or_date(text: str) -> None:
    assert find_dates(text, published=WEDNESDAY) == ()


# ---------------------------------------------------------------- yearless dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "the U.S.-Bahrain dialogue on February 28",
            [("February 28", "2022-02-28")],
            id="earlier this year",
        ),
        pytest.param(
            "the December 7 videoconference",
            [("December 7", "2021-12-07")],
            id="would be after publication: last year",
        ),
        pytest.param(
            "a regional seminar in March", [("March", "2022-03")], id="month of publication"
        ),
        pytest.param(
            "He will travel to Canberra on April 20.",
            [("April 20", "2022-04-20")],
            id="future, after publication",
        ),
        pytest.param(
            "The visit is scheduled for January 15.",
            [("January 15", "2023-01-15")],
            id="future, before publication: next year",
        ),
        pytest.param(
            "sanctions to be lifted by March 30", [("March 30", "2022-03-30")], id="deadline"
        ),
        pytest.param(
            "the rhetoric about March 16",
            [("March 16", "2022-03-16")],
            id="days after publication: a forward reference",
        ),
        pytest.param(
            "in late January", [("late January", "2022-01-21/2022-01-31")], id="part of a month"
        ),
    ],
)
def test_yearless_dates_take_the_publication_year(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert resolved(text) == expected
    assert all(m.inferred_year for m in find_dates(text, published=WEDNESDAY))


# ---------------------------------------------------------------- relative dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Albanese spoke with Widodo today.", "2022-03-09", id="today"),
        pytest.param("Today's call lasted an hour.", "2022-03-09", id="today's"),
        pytest.param("Sherman met Son yesterday in Hanoi.", "2022-03-08", id="yesterday"),
        pytest.param("Scholz will fly to Kyiv tomorrow.", "2022-03-10", id="tomorrow"),
        pytest.param("the day before yesterday", "2022-03-07", id="day before yesterday"),
        pytest.param("This morning the ministers met.", "2022-03-09", id="this morning"),
        pytest.param(
            "The accord was initialled earlier this month.", "2022-03", id="earlier month"
        ),
        pytest.param("Trade fell last month.", "2022-02", id="last month"),
        pytest.param("Talks resume next month.", "2022-04", id="next month"),
        pytest.param("Pretoria chaired the bloc last year.", "2021", id="last year"),
        pytest.param("Elections are due later this year.", "2022", id="later this year"),
        pytest.param("India hosts the summit next year.", "2023", id="next year"),
        pytest.param("The envoys met three days ago.", "2022-03-06", id="days ago"),
        pytest.param("The embassy reopened two years ago.", "2020", id="years ago"),
        pytest.param("Paris hosted the talks this week.", "2022-03", id="week within a month"),
        pytest.param("Envoys met last November.", "2021-11", id="last named month"),
    ],
)
def test_relative_dates(text: str, expected: str) -> None:
    mentions = find_dates(text, published=WEDNESDAY)
    assert [str(m.date) for m in mentions] == [expected]
    assert mentions[0].relative


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Japan and Vietnam signed the deal on Saturday.", "2022-03-05", id="past"),
        pytest.param("Saturday's talks in Hanoi ran long.", "2022-03-05", id="possessive"),
        pytest.param("The envoys met on Wednesday.", "2022-03-09", id="the day itself"),
        pytest.param("The envoys met last Wednesday.", "2022-03-02", id="last, same weekday"),
        pytest.param("Macron called Putin last Monday.", "2022-03-07", id="last"),
        pytest.param("Lula will visit Beijing next Monday.", "2022-03-14", id="next"),
        pytest.param("Albanese will visit Jakarta on Friday.", "2022-03-11", id="future cue"),
        pytest.param("The summit is scheduled for Thursday.", "2022-03-10", id="scheduled"),
        pytest.param("The dialogue runs until Sunday.", "2022-03-13", id="until"),
    ],
)
def test_weekdays(text: str, expected: str) -> None:
    mentions = find_dates(text, published=WEDNESDAY)
    assert [(m.kind, str(m.date)) for m in mentions] == [(DateKind.WEEKDAY, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("the defence chiefs met on Friday", [("Friday", None)], id="weekday"),
        pytest.param("spoke yesterday with Wang Yi", [("yesterday", None)], id="yesterday"),
        pytest.param("met on November 8 in Bali", [("November 8", None)], id="no year"),
        pytest.param(
            "met on 8 November 2022 in Bali",
            [("8 November 2022", "2022-11-08")],
            id="full date still resolves",
        ),
    ],
)
def test_without_publication_date_nothing_is_guessed(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert resolved(text, published=None) == expected


# ---------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "Sherman visited Tianjin from July 25-26, 2021.",
            None,
            ("July 25-26, 2021", "2021-07-25", "2021-07-26"),
            id="month day-day, year",
        ),
        pytest.param(
            "The dialogue met on May 9-10.",
            dt.date(2022, 5, 10),
            ("May 9-10", "2022-05-09", "2022-05-10"),
            id="month day-day",
        ),
        pytest.param(
            "sessions on May 12 and 13 in Astana",
            dt.date(2022, 6, 10),
            ("May 12 and 13", "2022-05-12", "2022-05-13"),
            id="consecutive days with and",
        ),
        pytest.param(
            "sessions from 9 to 11 March 2022 in Geneva",
            None,
            ("9 to 11 March 2022", "2022-03-09", "2022-03-11"),
            id="day to day month",
        ),
        pytest.param(
            "exercises between 3 and 7 October 2022",
            None,
            ("3 and 7 October 2022", "2022-10-03", "2022-10-07"),
            id="between",
        ),
        pytest.param(
            "COP talks, 30 November - 2 December 2022",
            None,
            ("30 November - 2 December 2022", "2022-11-30", "2022-12-02"),
            id="across months",
        ),
        pytest.param(
            "the mission, Dec 30, 2021 - Jan 2, 2022",
            None,
            ("Dec 30, 2021 - Jan 2, 2022", "2021-12-30", "2022-01-02"),
            id="across years",
        ),
        pytest.param(
            "the summit on June 23-24",
            dt.date(2022, 6, 15),
            ("June 23-24", "2022-06-23", "2022-06-24"),
            id="ahead of publication",
        ),
        pytest.param(
            "growth from 2019 to 2021", None, ("2019 to 2021", "2019", "2021"), id="years"
        ),
        pytest.param(
            "plans for sports exchanges in 2022-23",
            None,
            ("2022-23", "2022", "2023"),
            id="short year range",
        ),
    ],
)
def test_ranges(text: str, published: dt.date | None, expected: tuple[str, str, str]) -> None:
    [mention] = find_dates(text, published=published)
    assert (mention.span.slice(text), str(mention.date), str(mention.range_end)) == expected


def test_two_days_joined_by_and_are_two_dates() -> None:
    text = "Consultations took place on May 3 and 17 in Canberra."
    assert resolved(text, dt.date(2022, 5, 20)) == [("May 3", "2022-05-03"), ("17", "2022-05-17")]


# ---------------------------------------------------------------- publication date and dateline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Readout of the Wong-Hayashi Call\n\nJune 2, 2022\n\nForeign Minister Penny "
            "Wong spoke today with Foreign Minister Hayashi.",
            "2022-06-02",
            id="date alone on its line",
        ),
        pytest.param(
            " date 2021-09-12 Seoul and Tokyo agreed on Saturday to expand drills.",
            "2021-09-12",
            id="labelled date",
        ),
        pytest.param(
            "Asia Wire | @asiawire | 4 Oct 2022, 09:15 am Print\n\nThe two sides met.",
            "2022-10-04",
            id="byline",
        ),
        pytest.param(
            "Published: 18 May 2022\nCanberra and Wellington signed a pact.",
            "2022-05-18",
            id="published label",
        ),
        pytest.param(
            "WASHINGTON, May 18, 2022 - The United States and Brazil launched talks.",
            "2022-05-18",
            id="dateline",
        ),
        pytest.param(
            "KYIV, 14 January 2022 - The presidents of Ukraine and Azerbaijan met.",
            "2022-01-14",
            id="dateline day-month",
        ),
        pytest.param(
            "India and France deepen naval ties\n\nThe naval chiefs met in late "
            "November in Toulon.",
            None,
            id="no clear date",
        ),
        pytest.param(
            "The leaders met on 3 March 2022 in New Delhi and agreed to talk again.",
            None,
            id="date in running text",
        ),
        pytest.param("", None, id="empty"),
    ],
)
def test_published_date(text: str, expected: str | None) -> None:
    mention = find_published_date(text)
    assert (None if mention is None else str(mention.date)) == expected
    if mention is not None:
        assert mention.kind is DateKind.ABSOLUTE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tokyo: Japan and Australia have signed a reciprocal access deal.", "Tokyo", id="colon"
        ),
        pytest.param(
            "HANOI (Reuters) - Vietnam and India agreed on Monday to expand drills.",
            "HANOI",
            id="agency",
        ),
        pytest.param(
            "SINGAPORE -- Defence chiefs of China and Korea met on Friday.",
            "SINGAPORE",
            id="upper case, double dash",
        ),
        pytest.param(
            "NEW DELHI, Jan 5 (PTI) - India and Germany held consultations.",
            "NEW DELHI",
            id="two words, date and agency",
        ),
        pytest.param(
            "Pretoria, 12 March 2022 - South Africa and Brazil renewed ties.",
            "Pretoria",
            id="title case with date",
        ),
        pytest.param(
            "Seoul and Canberra sign defence deal\n\nSEOUL (Yonhap) -- South Korea and "
            "Australia on Monday signed a deal.",
            "SEOUL",
            id="after a headline",
        ),
        pytest.param(
            "Image: Ministry of Foreign Affairs\n\nThe ministers met in Paris.",
            None,
            id="image caption label",
        ),
        pytest.param(
            "Question: Will the talks continue?\nAnswer: They will.", None, id="question label"
        ),
        pytest.param(
            "Germany - France relations improve\n\nThe two ministers met.",
            None,
            id="headline with a dash",
        ),
        pytest.param(
            "Emmanuel Macron: Thank you.\n\nOlaf Scholz: Thank you.\n\n"
            "Emmanuel Macron: Let us begin.",
            None,
            id="transcript speakers",
        ),
    ],
)
def test_dateline_city(text: str, expected: str | None) -> None:
    city = find_dateline_city(text)
    assert (None if city is None else city.name) == expected
    if city is not None:
        assert city.span.slice(text) == city.name


# ---------------------------------------------------------------- laws

WORDS = st.sampled_from(
    [
        "on",
        "Saturday",
        "May",
        "9",
        "-",
        "10",
        ",",
        "2021",
        "in",
        "late",
        "last",
        "year",
        "ago",
        "two",
        "days",
        "the",
        "end",
        "of",
        "12.09.2021",
        "2021-09-12",
        "and",
        "to",
        "between",
        "from",
        "1500",
        "hours",
        "Tuesday",
        "next",
        "month",
        "today",
        "mid-",
        "September",
        "30",
        "February",
        "29",
        "31",
        "will",
        "13/04/2021",
        "9999",
        "0",
        "Sept.",
        "the 5th",
        "\n",
    ]
)
TEXTS = st.one_of(st.text(), st.lists(WORDS, max_size=30).map(" ".join))
PUBLISHED = st.one_of(st.none(), st.dates())


def check_spans(text: str, mentions: tuple[DateMention, ...]) -> None:
    previous_end = 0
    for mention in mentions:
        assert previous_end <= mention.span.start < mention.span.end <= len(text)
        previous_end = mention.span.end


@given(text=TEXTS, published=PUBLISHED)
@settings(max_examples=300)
def test_spans_are_honest_sorted_and_disjoint(text: str, published: dt.date | None) -> None:
    mentions = find_dates(text, published=published)
    check_spans(text, mentions)
    assert find_dates(text, published=published) == mentions  # deterministic
    if published is None:
        assert all(m.date is None for m in mentions if m.relative or m.inferred_year)


@given(text=TEXTS, published=PUBLISHED, again=st.dates())
def test_expressions_found_once_read_as_find_dates_reads_them(
    text: str, published: dt.date | None, again: dt.date
) -> None:
    expressions = date_expressions(text)
    assert read_dates(text, expressions, published=published) == find_dates(
        text, published=published
    )
    assert read_dates(text, expressions, published=again) == find_dates(text, published=again)


def spans_of(expressions: list[re.Match[str]]) -> list[tuple[str | None, int, int]]:
    return [(m.lastgroup, *m.span()) for m in expressions]


def test_the_date_pattern_never_looks_as_far_as_the_reach() -> None:
    longest = re._parser.parse(dates._DATE.pattern, re.VERBOSE).getwidth()[1]  # type: ignore[attr-defined]
    assert longest + len(" kilometres") + 4 < dates._REACH  # the longest look-ahead


LONG_TEXTS = st.lists(WORDS, min_size=20, max_size=400).map(" ".join)


@given(text=LONG_TEXTS, cut=st.integers(min_value=0, max_value=3000))
@settings(max_examples=200)
def test_expressions_before_a_cut_are_those_of_the_head(text: str, cut: int) -> None:
    head = text[:cut]
    found = date_expressions_before(head, date_expressions(text))
    assert spans_of(found) == spans_of(date_expressions(head))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Troops left Crimea in 2014 - 15 troops stayed behind.", id="look-ahead"),
        pytest.param("WASHINGTON, May 18, 2022 - June 2, 2022 - talks went on.", id="ranges"),
        pytest.param("Brazil hosted the summit from 2019 until 2021 kilometres away.", id="units"),
    ],
)
def test_expressions_before_every_cut_are_those_of_the_head(text: str) -> None:
    whole = date_expressions(text)
    for cut in range(len(text) + 1):
        head = text[:cut]
        assert spans_of(date_expressions_before(head, whole)) == spans_of(date_expressions(head))


@given(text=LONG_TEXTS)
def test_published_date_reuses_expressions_with_the_same_result(text: str) -> None:
    expressions = date_expressions(text)
    assert find_published_date(text, expressions=expressions) == find_published_date(text)


@given(text=TEXTS)
def test_published_date_and_dateline_never_raise(text: str) -> None:
    mention = find_published_date(text)
    if mention is not None:
        check_spans(text, (mention,))
    city = find_dateline_city(text)
    if city is not None:
        assert city.span.slice(text) == city.name


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("on Saturday on " * 70_000, id="weekdays"),
        pytest.param("11 11 11 " * 120_000, id="numbers"),
        pytest.param("May 9 - " * 130_000, id="ranges"),
        pytest.param("in the end of " * 75_000, id="prefix words"),
        pytest.param("1" + " " * 1_000_000 + "May", id="white space"),
    ],
)
def test_large_adversarial_input_is_linear(text: str) -> None:
    mentions = find_dates(text, published=WEDNESDAY)
    check_spans(text, mentions)
    find_published_date(text)
    find_dateline_city(text)
