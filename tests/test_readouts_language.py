"""The language of official readouts of calls, meetings and visits.

Each table holds sentences in the house style of a foreign ministry or a leader's
office (written for these tests), with what the evaluation view must say of them,
and near-misses that must not match.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomod import parse, to_evaluation_view

JSON = dict[str, object]


def _view(text: str, published: str | None = None, publisher: str | None = None) -> JSON:
    day = dt.date.fromisoformat(published) if published else None
    return to_evaluation_view(parse(text, id="t", published=day, publisher=publisher))


def _events(view: JSON) -> list[dict[str, object]]:
    events = view["events"]
    assert isinstance(events, list)
    return events


def _rows(view: JSON, key: str) -> list[dict[str, object]]:
    rows = view[key]
    assert isinstance(rows, list)
    return rows


# -- dates that open a long first sentence ------------------------------------------------

OPENING_DATES = [
    (
        "On May 2, commencing at 10:15 a.m. for approximately 40 minutes, Mr. TANAKA Kenji, "
        "Minister for Foreign Affairs of Japan, held a Japan-Australia Foreign Ministers' "
        "Meeting with Senator the Hon Claire Dawson, Minister for Foreign Affairs of Australia.",
        "2026-05-02",
    ),
    (
        "On the afternoon of March 8, Member of the Political Bureau of the CPC Central "
        "Committee and Foreign Minister Zhao Minghua held talks with Mexican Foreign Minister "
        "Lucia Herrera in Beijing.",
        "2026-03-08",
    ),
    (
        "On the morning of 14 April, Foreign Minister Sergey Volkov had a telephone "
        "conversation with Foreign Minister of Türkiye Kemal Arslan.",
        "2026-04-14",
    ),
    # near-miss: a readout that does not date its call stays undated
    (
        "President of Ukraine Ostap Hnatiuk had a phone call with Federal Chancellor of "
        "Germany Karl Weber.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "date"), OPENING_DATES)
def test_a_date_that_opens_the_sentence_dates_its_event(text: str, date: str | None) -> None:
    events = _events(_view(text, "2026-06-01"))
    assert events, text
    assert events[0]["date"] == date


# -- counterparts -------------------------------------------------------------------------

COUNTERPARTS = [
    (
        "President of Ukraine Ostap Hnatiuk had a phone call with President of France Julien "
        "Moreau. The President thanked his French counterpart for the new air defense package.",
        ["UKR"],
        "FRA",
    ),
    (
        "Russian Foreign Minister Sergey Volkov had a telephone conversation with Minister for "
        "Foreign Affairs of Indonesia Dewi Kartika. Sergey Volkov thanked his Indonesian "
        "counterpart for the help with evacuating Russian citizens from Myanmar.",
        ["RUS"],
        "IDN",
    ),
    # near-miss: the speaker who is named keeps their own state
    (
        "President of Ukraine Ostap Hnatiuk had a phone call with President of France Julien "
        "Moreau. Julien Moreau thanked his Ukrainian counterpart for the invitation to Kyiv.",
        ["FRA"],
        "UKR",
    ),
]


@pytest.mark.parametrize(("text", "actors", "target"), COUNTERPARTS)
def test_his_demonym_counterpart_is_the_target(text: str, actors: list[str], target: str) -> None:
    statements = _rows(_view(text), "statements")
    thanks = [s for s in statements if s["kind"] == "appreciate"]
    assert [(s["actors"], s["target"]) for s in thanks] == [(actors, target)]


# -- whom a statement is aimed at ---------------------------------------------------------

TARGETS = [
    ("called on partners to increase pressure on Russia through new sanctions", None),
    ("urged the warring parties to allow humanitarian access to Sudan", None),
    ("called on the international community to support Haiti", None),
    ("rejected attempts to turn the Group of Twenty into a platform for confrontation", None),
    ("rejected attempts to use the United Nations for narrow political ends", None),
    # near-misses: a named addressee, a named author of the attempts
    ("called on Russia to withdraw its troops", "RUS"),
    ("urged North Korea to return to dialogue", "PRK"),
    ("rejected China's attempts to change the status quo by force", "CHN"),
]


@pytest.mark.parametrize(("clause", "target"), TARGETS)
def test_an_unnamed_addressee_or_a_forum_used_is_no_target(clause: str, target: str | None) -> None:
    text = (
        "Foreign Secretary Helen Whitcombe met Japanese Foreign Minister Sato Aiko in London. "
        f"The two ministers {clause}."
    )
    statements = _rows(_view(text), "statements")
    assert len(statements) == 1, statements
    assert statements[0]["target"] == target


# -- readiness, gatherings, negation ------------------------------------------------------

INTENTS = [
    ("Zhao said that China is ready to work with Brazil to expand trade.", "work with Brazil"),
    ("Minister Rao said India stands ready to host the next round of talks.", "host the next"),
    ("The President said France remains ready to support Ukraine's recovery.", "support Ukraine"),
    # near-misses
    ("The draft is ready to be signed.", None),
    ("They discussed the summit that Japan will host in Osaka next year.", None),
    ("They discussed the conference which Poland will host in Warsaw.", None),
    ("The Minister said that Japan will host the summit in Osaka next year.", "host the summit"),
]


@pytest.mark.parametrize(("sentence", "start"), INTENTS)
def test_readiness_is_an_intent_and_a_host_clause_is_not(sentence: str, start: str | None) -> None:
    text = (
        "Foreign Minister Zhao Minghua held talks with Foreign Minister Ana Lucia Ferreira of "
        f"Brazil in Beijing. {sentence}"
    )
    intents = [c for c in _rows(_view(text), "commitments") if c["modality"] == "intend"]
    if start is None:
        assert intents == []
    else:
        assert [str(c["text"]).startswith(start) for c in intents] == [True]


NEGATED = [
    ("The ministers did not agree on a date for the next round of consultations.", 0),
    ("The two sides failed to agree on a joint communique.", 0),
    ("The ministers agreed on a date for the next round of consultations.", 1),
]


@pytest.mark.parametrize(("sentence", "count"), NEGATED)
def test_a_negated_agreement_is_no_commitment(sentence: str, count: int) -> None:
    text = (
        "Foreign Minister Sergey Volkov had a telephone conversation with Foreign Minister of "
        f"South Africa Thandi Mokoena. {sentence}"
    )
    assert len(_rows(_view(text), "commitments")) == count


# -- numbered paragraphs and several meetings in one readout -----------------------------

VISIT = """Visit of External Affairs Minister to Nigeria (4-5 March 2026)

1. External Affairs Minister Dr. S. Iyer paid an official visit to Nigeria from 4 to 5 March 2026.

2. On 4 March, EAM held talks with Foreign Minister Chidi Obi in Abuja.

3. Later the same day, EAM called on President Musa Bello at the State House.

4. On 5 March, EAM met Vice President Grace Eze in Lagos and addressed business leaders.
"""


def test_numbered_paragraphs_report_each_meeting_of_a_visit() -> None:
    view = _view(VISIT, "2026-03-06", "Ministry of External Affairs, Government of India")
    meetings = [(e["date"], e["city"]) for e in _events(view) if e["type"] == "meeting"]
    assert meetings == [("2026-03-04", "Abuja"), ("2026-03-04", None), ("2026-03-05", "Lagos")]
    people = {p["name"]: p["country"] for e in _events(view) for p in e["participants"]}  # type: ignore[attr-defined]
    assert people["S. Iyer"] == "IND"
    assert people["Grace Eze"] in (None, "NGA")  # the one met does not stand for India


SECOND_MEETINGS = [
    # "called on X to ..." asks; it is no meeting
    ("Later the same day, the Minister called on President Musa Bello to free the crew.", 1),
    ("Later the same day, the Minister paid a courtesy call on President Musa Bello.", 2),
    ("Earlier today, the Minister met in Abuja with Senator Grace Eze.", 2),
]


@pytest.mark.parametrize(("sentence", "count"), SECOND_MEETINGS)
def test_a_same_day_meeting_with_another_person_is_its_own(sentence: str, count: int) -> None:
    text = (
        "Foreign Minister Chidi Obi held talks with Foreign Minister Luis Ortega of Mexico in "
        f"Abuja today.\n\n{sentence}"
    )
    view = _view(text, "2026-03-04", "Ministry of Foreign Affairs of Nigeria")
    assert len([e for e in _events(view) if e["type"] == "meeting"]) == count


# -- headings and publishers --------------------------------------------------------------


def test_heading_verbs_are_not_names() -> None:
    text = (
        "Foreign Minister Holds Video Conference with Nigerian Foreign Minister\n\n"
        "Foreign Minister Kim Seo-yeon held a video conference with Nigerian Minister of "
        "Foreign Affairs Adebayo Okonkwo on July 7.\n\n"
        "Minister Kim asked for the Nigerian government's attention to the safety of Korean "
        "nationals."
    )
    view = _view(text, "2026-07-08", "Ministry of Foreign Affairs, Republic of Korea")
    names = [p["name"] for e in _events(view) for p in e["participants"]]  # type: ignore[attr-defined]
    assert "Holds Video" not in names
    requests = [s for s in _rows(view, "statements") if s["kind"] == "request"]
    assert [(s["actors"], s["target"]) for s in requests] == [(["KOR"], None)]


def test_the_fcdo_as_publisher_gives_its_officials_their_state() -> None:
    text = (
        "Foreign Secretary Helen Whitcombe met Saudi Minister of Foreign Affairs Prince Faisal "
        "bin Khalid Al Saud in London today.\n\n"
        "The Foreign Secretary welcomed Saudi Arabia's leadership in efforts to end the fighting."
    )
    view = _view(text, "2026-09-15", "Foreign, Commonwealth & Development Office")
    welcome = [s for s in _rows(view, "statements") if s["kind"] == "welcome"]
    assert [(s["actors"], s["target"]) for s in welcome] == [(["GBR"], "SAU")]


# -- laws ---------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "On", "the", "afternoon", "of", "March", "8,", "called", "on", "President", "Bello",
        "to", "his", "French", "counterpart", "is", "ready", "summit", "that", "Japan", "will",
        "host", "1.", "EAM", "met", "Later", "same", "day,", "partners", "\n\n", ".",
    ]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, max_size=60))
def test_readout_phrasing_never_raises(words: list[str]) -> None:
    _view(" ".join(words), "2026-03-09")


def test_adversarial_readout_phrasing_parses_in_linear_time() -> None:
    chunk = (
        "EAM called on President Bello at the State House, and on the afternoon of March 8, "
        "his French counterpart is ready to host the summit that Japan will host. "
    )
    started = time.process_time()
    _view(chunk * 2000, "2026-03-09")
    assert time.process_time() - started < 30
