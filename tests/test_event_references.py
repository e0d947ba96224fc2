"""Referenced events: the summits, sideline gatherings and planned trips a readout names.

Every text below is written for these tests. A readout reports one event and may
name others beside it: the gathering it took place at, an upcoming summit, a
trip one side will make, an earlier round of talks. Those are *referenced*
events, with only the parties, dates and places the text gives.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomod.pipeline import parse
from diplomod.records import Event
from diplomod.registry import tag_of

PUBLISHED = dt.date(2023, 5, 10)  # a Wednesday

View = dict[str, object]


def _view(event: Event) -> View:
    place = event.place
    return {
        "type": tag_of(type(event)),
        "referenced": event.referenced,
        "date": None if event.date is None or event.date_inferred else event.date.iso(),
        "city": place.city if place else None,
        "country": place.country if place else None,
        "countries": set(event.countries),
        "people": {p.person.name: p.represents for p in event.participants},
        "ordinal": event.ordinal,
    }


def _events(text: str) -> list[View]:
    return [_view(e) for e in parse(text, published=PUBLISHED).events if isinstance(e, Event)]


def _referenced(text: str) -> list[View]:
    events = _events(text)
    assert events, "no event found"
    assert not events[0]["referenced"], "the reported event comes first"
    return [e for e in events if e["referenced"]]


def _subset(actual: View, expected: View) -> None:
    assert {k: actual[k] for k in expected} == expected


# ---------------------------------------------------------------- upcoming gatherings

UPCOMING = [
    (  # an organization code in the name, a relative date
        "President Lula of Brazil met with President Xi Jinping of China in Beijing on Friday. "
        "The two leaders discussed preparations for the G20 summit in Bali next month.",
        {"type": "conference", "countries": {"G20"}, "date": "2023-06", "city": "Bali"},
    ),
    (  # an informal grouping stands for its members
        "Prime Minister Anthony Albanese of Australia held talks with Prime Minister Fumio "
        "Kishida of Japan on Monday. They looked forward to the upcoming Quad Leaders' Summit.",
        {"type": "conference", "countries": {"AUS", "IND", "JPN", "USA"}, "date": None},
    ),
    (  # "ahead of": the date is the summit's, not the call's
        "President Cyril Ramaphosa of South Africa spoke by telephone with President Vladimir "
        "Putin of Russia on Tuesday, ahead of the BRICS summit on June 23.",
        {"type": "conference", "countries": {"BRICS"}, "date": "2023-06-23"},
    ),
    (  # the host is the party of a gathering without one in its name
        "President Emmanuel Macron of France spoke by phone with Chancellor Olaf Scholz of "
        "Germany on Monday. Germany will host the next Petersberg Climate Dialogue in July.",
        {"type": "conference", "countries": {"DEU"}, "date": "2023-07"},
    ),
    (  # a year is all "the first half of" states
        "President Joe Biden of the United States met virtually with Prime Minister Narendra "
        "Modi of India on Monday. Mr Modi welcomed the invitation to attend the next Global "
        "Health Summit in the first half of 2024.",
        {"type": "conference", "date": "2024"},
    ),
    (
        "Foreign Secretary James Cleverly of the United Kingdom met Foreign Minister Wang Yi "
        "of China on Monday. Both look forward to the next G20 Foreign Ministers' Meeting in "
        "New Delhi.",
        {"type": "conference", "countries": {"G20"}, "city": "New Delhi", "country": "IND"},
    ),
    (
        "Prime Minister Rishi Sunak of the United Kingdom held talks with Prime Minister "
        "Anthony Albanese of Australia on Monday, ahead of the AUKUS Leaders' Meeting.",
        {"type": "conference", "countries": {"AUS", "GBR", "USA"}},
    ),
    (  # a visit made to attend a summit: the summit is the event named
        "President Yoon Suk Yeol of Korea met Prime Minister Pham Minh Chinh of Vietnam on "
        "Monday. Mr Yoon praised the Prime Minister's trip to Washington to attend the "
        "U.S.-ASEAN Special Summit.",
        {"type": "conference", "countries": {"USA", "ASEAN"}},
    ),
]


@pytest.mark.parametrize(("text", "expected"), UPCOMING)
def test_an_upcoming_named_gathering_is_referenced(text: str, expected: View) -> None:
    referenced = _referenced(text)
    assert len(referenced) == 1
    _subset(referenced[0], expected)


def test_a_bilateral_named_meeting_stays_a_meeting() -> None:
    text = (
        "Defence Minister Richard Marles of Australia met Defence Minister Lee Jong-sup of "
        "Korea on Monday. They will prepare the next Australia-Korea Defence Ministers' "
        "Meeting."
    )
    (referenced,) = _referenced(text)
    _subset(referenced, {"type": "meeting", "countries": {"AUS", "KOR"}})


def test_two_upcoming_gatherings_are_two_events() -> None:
    text = (
        "President Macron of France met Prime Minister Modi of India on Monday. They prepared "
        "for the upcoming G7 summit and the next Quad Leaders' Summit."
    )
    referenced = _referenced(text)
    assert [e["countries"] for e in referenced] == [{"G7"}, {"AUS", "IND", "JPN", "USA"}]


# ---------------------------------------------------------------- frames

FRAMES = [
    (
        "Minister Penny Wong of Australia met Minister Vivian Balakrishnan of Singapore on "
        "the margins of the ASEAN Regional Forum in Jakarta on 13 July 2023.",
        {"type": "conference", "city": "Jakarta", "date": "2023-07-13"},
    ),
    (
        "President Yoon Suk Yeol of Korea met Prime Minister Narendra Modi of India at the "
        "East Asia Summit on Friday.",
        {"type": "conference", "date": "2023-05-05", "countries": {"KOR", "IND"}},
    ),
    (
        "Secretary of State Antony Blinken of the United States met Foreign Minister Hayashi "
        "Yoshimasa of Japan on the sidelines of the third Quad Foreign Ministers' Meeting in "
        "Tokyo.",
        {
            "type": "conference",
            "ordinal": 3,
            "city": "Tokyo",
            "countries": {"AUS", "IND", "JPN", "USA"},
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAMES)
def test_the_gathering_a_meeting_took_place_at_is_referenced(text: str, expected: View) -> None:
    events = _events(text)
    assert (events[0]["type"], events[0]["referenced"]) == ("meeting", False)
    (referenced,) = _referenced(text)
    _subset(referenced, expected)


def test_a_frame_dates_the_meeting_it_frames() -> None:
    (main, _) = _events(FRAMES[1][0])
    assert main["date"] == "2023-05-05"


# ---------------------------------------------------------------- planned trips

TRIPS = [
    (
        "President Joe Biden of the United States met President Xi Jinping of China on "
        "Monday. The two leaders agreed that Secretary of State Antony Blinken will visit "
        "China.",
        {
            "type": "visit",
            "countries": {"USA", "CHN"},
            "country": "CHN",
            "people": {"Antony Blinken": "USA"},
        },
    ),
    (
        "Foreign Secretary James Cleverly of the United Kingdom met Foreign Minister Wang Yi "
        "of China on Monday. Cleverly will visit Beijing in June.",
        {
            "type": "visit",
            "countries": {"GBR", "CHN"},
            "date": "2023-06",
            "people": {"James Cleverly": "GBR"},
        },
    ),
    (
        "Chancellor Olaf Scholz of Germany spoke by phone with President Lula of Brazil on "
        "Monday. They discussed Chancellor Scholz's upcoming trip to Brazil.",
        {"type": "visit", "countries": {"DEU", "BRA"}, "country": "BRA"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRIPS)
def test_a_planned_trip_with_its_traveller_is_referenced(text: str, expected: View) -> None:
    (referenced,) = _referenced(text)
    _subset(referenced, expected)


# ---------------------------------------------------------------- earlier events

EARLIER = [
    (
        "Chancellor Olaf Scholz of Germany met President Xi Jinping of China on Monday. "
        "Mr Scholz recalled his visit to Beijing last year.",
        {"type": "visit", "date": "2022", "city": "Beijing"},
    ),
    (
        "Foreign Minister Dmytro Kuleba of Ukraine met Foreign Minister Mevlut Cavusoglu of "
        "Turkey on Monday. They recalled the talks between the two sides in Istanbul on "
        "March 29.",
        {"type": "meeting", "date": "2023-03-29", "city": "Istanbul"},
    ),
    (
        "President Macron of France met President Biden of the United States on Monday. They "
        "recalled when the leaders met in Geneva in June 2021.",
        {"type": "meeting", "date": "2021-06", "city": "Geneva", "country": "CHE"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), EARLIER)
def test_an_earlier_event_is_referenced(text: str, expected: View) -> None:
    (referenced,) = _referenced(text)
    _subset(referenced, expected)


# ---------------------------------------------------------------- near misses

NEAR_MISSES = [
    # not a gathering
    "Prime Minister Narendra Modi of India met President Emmanuel Macron of France in Paris "
    "on Friday. They agreed to hold summit-level talks more often.",
    "Prime Minister Fumio Kishida of Japan met President Joe Biden of the United States on "
    "Monday. They admired the summit of Mount Fuji.",
    "President Lula of Brazil met President Cyril Ramaphosa of South Africa on Monday. For "
    "more, visit our website.",
    # generic or unnamed future meetings
    "Foreign Minister Annalena Baerbock of Germany met Foreign Minister Dmytro Kuleba of "
    "Ukraine on Monday. They agreed to hold future meetings of the Strategic Dialogue.",
    "Foreign Secretary James Cleverly of the United Kingdom met Foreign Minister Wang Yi of "
    "China on Monday. The two sides agreed to hold a summit in London later this year.",
    "President Lula of Brazil met President Alberto Fernandez of Argentina on Monday. They "
    "agreed on regular consultations and future visits.",
    # visits that are wishes, offers or conditions
    "President Yoon Suk Yeol of Korea met Prime Minister Anthony Albanese of Australia on "
    "Monday. Mr Albanese invited President Yoon to visit Australia.",
    "President Yoon Suk Yeol of Korea met Prime Minister Anthony Albanese of Australia on "
    "Monday. If President Yoon were to visit Canberra, it would be historic.",
    "President Yoon Suk Yeol of Korea met Prime Minister Anthony Albanese of Australia on "
    "Monday. Mr Albanese hopes to visit Seoul soon.",
    "Prime Minister Rishi Sunak of the United Kingdom met President Volodymyr Zelenskyy of "
    "Ukraine on Monday. Mr Sunak said he could visit Kyiv at a convenient time.",
    # a trip without a traveller
    "President Joe Biden of the United States met President Xi Jinping of China on Monday. "
    "They discussed an upcoming trip to Beijing.",
    # a gathering that is only the backdrop of an act
    "Defence Minister Yasukazu Hamada of Japan met General Phan Van Giang of Vietnam in "
    "Tokyo on 3 May 2023. Mr Hamada recalled the plan he announced at the 7th Japan-ASEAN "
    "Defence Ministers' Informal Meeting.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_name_no_referenced_event(text: str) -> None:
    assert _referenced(text) == []


def test_without_a_reported_event_a_named_summit_is_still_referenced() -> None:
    # a briefing that reports no meeting still names the gatherings ahead
    text = "Leaders will gather for the next G20 summit in New Delhi in September."
    (event,) = _events(text)
    _subset(event, {"type": "conference", "referenced": True, "countries": {"G20"}})


def test_without_a_reported_event_an_unnamed_future_meeting_is_no_event() -> None:
    text = "The ministers will meet again soon to review the progress of the talks."
    assert _events(text) == []


QUESTIONS = [
    (  # a briefing question points ahead as "will" does
        "Will the Foreign Minister attend the ASEAN Regional Forum in Vientiane next month?",
        {"type": "conference", "referenced": True, "countries": {"ARF"}, "city": "Vientiane"},
    ),
    (
        "Q: Will the Prime Minister attend the G20 summit in Rio de Janeiro in November?",
        {"type": "conference", "referenced": True, "countries": {"G20"}, "date": "2023-11"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUESTIONS)
def test_a_question_about_attending_a_gathering_refers_to_it(text: str, expected: View) -> None:
    (event,) = _events(text)
    _subset(event, expected)


# ---------------------------------------------------------------- trips with talks

TRIP_TALKS = [
    (  # the talks are told in the next sentence
        "President Cyril Ramaphosa of South Africa will pay a state visit to India from June 8 "
        "to 10. During the visit, the two presidents will hold talks in New Delhi.",
        {
            "type": "meeting",
            "referenced": True,
            "date": "2023-06-08",
            "city": "New Delhi",
            "countries": {"ZAF", "IND"},
            "people": {"Cyril Ramaphosa": "ZAF"},
        },
    ),
    (  # the traveller named with his state, the talks in the same sentence
        "Prime Minister Anthony Albanese of the Commonwealth of Australia will visit Japan next "
        "week, and the two leaders will hold bilateral talks in Hiroshima.",
        {"type": "meeting", "referenced": True, "city": "Hiroshima", "country": "JPN"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRIP_TALKS)
def test_a_planned_trip_with_planned_talks_is_a_meeting(text: str, expected: View) -> None:
    (event,) = _events(text)
    _subset(event, expected)


TRIP_NO_TALKS = [
    # talks that are only hoped for
    "Chancellor Olaf Scholz of Germany will visit Brazil in March. He hopes the talks will "
    "bring the trade deal closer.",
    # talks of others, told as past
    "Foreign Minister Penny Wong of Australia will visit China next month. The talks on "
    "tariffs were held last year.",
    # talks in a later paragraph
    "Foreign Minister Penny Wong of Australia will visit China next month.\n\nChina and "
    "Japan will hold talks in Tokyo.",
]


@pytest.mark.parametrize("text", TRIP_NO_TALKS)
def test_a_planned_trip_without_its_own_planned_talks_stays_a_visit(text: str) -> None:
    trips = [e for e in _events(text) if e["referenced"] and e["type"] in ("visit", "meeting")]
    assert [e["type"] for e in trips if e["people"]] == ["visit"]


# ---------------------------------------------------------------- laws

_WORDS = st.sampled_from(
    [
        "the next ", "upcoming ", "Quad ", "G20 ", "BRICS ", "Summit", "summit ", "will visit ",
        "China ", "Beijing ", "ahead of ", "to attend ", "the sidelines of ", "Leaders' ",
        "Meeting ", "President Lula of Brazil met President Xi Jinping of China. ", "on 3 May ",
        "in the first half of 2024 ", ", ", ". ", "host ", "the ", "trip to ",
    ]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, max_size=40))
def test_referenced_events_never_raise_and_cite_their_text(parts: list[str]) -> None:
    text = "".join(parts)
    extraction = parse(text, published=PUBLISHED)
    for event in extraction.events:
        for proof in event.evidence:
            assert text[proof.span.start : proof.span.end] == proof.text


@pytest.mark.parametrize(
    "unit",
    ["the next Quad Leaders' Summit ahead of the G20 summit ", "will visit China to attend the "],
)
def test_a_long_run_of_side_events_stays_fast(unit: str) -> None:
    text = "President Lula of Brazil met President Xi Jinping of China. " + unit * 20000
    parse(text, published=PUBLISHED)
