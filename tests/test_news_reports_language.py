"""The language of news-agency reports: datelines, spokespersons, reporters' questions."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomod import parse

PUBLISHED = dt.date(2025, 4, 3)  # a Thursday


def _statements(text: str) -> list[tuple[tuple[str, ...], str, str | None]]:
    out = parse(text, published=PUBLISHED)
    return [(s.actors, s.kind.value, s.target) for s in out.statements if not s.negated]


def _commitments(text: str) -> list[tuple[tuple[str, ...], str, str]]:
    out = parse(text, published=PUBLISHED)
    return [(c.actors, c.modality.value, c.content) for c in out.commitments]


# A dateline ("CITY - ", "CITY (Agency) - ") does not hide the subject that follows it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BRUSSELS - NATO foreign ministers pledged to send more air defence to Ukraine.",
            [(("NATO",), "pledge", "send more air defence to Ukraine")],
        ),
        (
            "CANBERRA (AAP) \u2014 ASEAN leaders vowed to finish the maritime code by 2026.",
            [(("ASEAN",), "pledge", "finish the maritime code by 2026")],
        ),
        (  # an aside between dashes opens a new clause too
            "Japan - a close partner - pledged to send aid to Kenya.",
            [(("JPN",), "pledge", "send aid to Kenya")],
        ),
    ],
)
def test_a_subject_after_a_dateline_dash_is_found(text: str, expected: list[object]) -> None:
    assert _commitments(text) == expected


# A state's office named by possessive speaks for that state.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan's foreign minister condemned the missile launch by North Korea.",
            [(("JPN",), "condemn", "PRK")],
        ),
        (
            "Seoul's foreign ministry expressed concern over the drills.",
            [(("KOR",), "concern", None)],
        ),
        ("Britain's Foreign Office welcomed the ceasefire.", [(("GBR",), "welcome", None)]),
        (
            "India's prime minister thanked France for its support.",
            [(("IND",), "appreciate", "FRA")],
        ),
        (  # near miss: the possessive is the object, not the speaker
            "Germany praised Brazil's leadership of the summit.",
            [(("DEU",), "appreciate", "BRA")],
        ),
    ],
)
def test_a_states_office_speaks_for_the_state(text: str, expected: list[object]) -> None:
    assert _statements(text) == expected


# A reporter's question is not a request; asking a state to act still is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mexico's minister said nothing when asked whether the tariffs would stay.", []),
        ("South Africa asked Nigeria if it would reopen the border.", []),
        ("Brazil asked the United States whether the tariffs would stay.", []),
        ("Vietnam asked China to release the detained fishermen.", [(("VNM",), "request", "CHN")]),
        ("Korea asked Japan for an explanation of the survey.", [(("KOR",), "request", "JPN")]),
    ],
)
def test_a_question_is_not_a_request(text: str, expected: list[object]) -> None:
    assert _statements(text) == expected


# A day between the verb and its "to" is not part of what was promised.
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Australia pledged on Thursday to send more aid to Ukraine.", "send more aid to Ukraine"),
        ("Korea and Japan agreed on Tuesday to resume the talks.", "resume the talks"),
        ("France vowed today to back the plan.", "back the plan"),
        ("Germany pledged on Sunday evening to send tanks.", "on Sunday evening to send tanks"),
    ],
)
def test_a_day_before_to_is_left_out_of_the_content(text: str, content: str) -> None:
    assert [c for _, _, c in _commitments(text)] == [content]


# The date of a dateline is the day a story was filed, not the day of the event.
@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "BEIJING, April 3 (Xinhua) -- Chinese Vice President Han Zheng met with Brazilian "
            "Foreign Minister Lucia Ferraz in Beijing on Tuesday.",
            "2025-04-01",
        ),
        (
            "MOSCOW, April 3. /TASS/. Russian Foreign Minister Sergei Volkov met Turkish "
            "Foreign Minister Mehmet Arslan in Moscow.",
            None,
        ),
        (  # near miss: a date in the body still dates the meeting
            "Tokyo, April 3: Japan's Prime Minister met India's Prime Minister in Tokyo "
            "on April 2.",
            "2025-04-02",
        ),
    ],
)
def test_a_dateline_date_does_not_date_the_event(text: str, date: str | None) -> None:
    events = parse(text, published=PUBLISHED).events
    assert [e.date.iso() if e.date else None for e in events] == [date]
