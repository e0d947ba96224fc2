"""Several meetings in one readout: each counterpart met apart is a meeting of its own.

Every text below is written for these tests. "Met A, B and C in separate
meetings" gives one meeting per counterpart; a later "also met with D" gives a
further meeting when D is not the main counterpart; the same meeting told
again ("also held talks on climate") stays one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplomod.pipeline import parse
from diplomod.records import Event

PUBLISHED = dt.date(2023, 5, 10)  # a Wednesday


def _reported(text: str) -> list[Event]:
    return [
        e
        for e in parse(text, published=PUBLISHED).events
        if isinstance(e, Event) and not e.referenced
    ]


def _people(event: Event) -> dict[str, str | None]:
    return {p.person.name: p.represents for p in event.participants}


SEPARATE = [
    (
        "Deputy Secretary Kurt Campbell of the United States met yesterday in Manila with "
        "Foreign Secretary Enrique Manalo, Defense Secretary Gilberto Teodoro and Trade "
        "Secretary Alfredo Pascual in separate meetings.",
        3,
        {"USA", "PHL"},
    ),
    (
        "Foreign Minister Penny Wong of Australia met in Tokyo on Monday with Foreign Minister "
        "Yoshimasa Hayashi and Defense Minister Yasukazu Hamada separately.",
        2,
        {"AUS", "JPN"},
    ),
]


@pytest.mark.parametrize(("text", "count", "countries"), SEPARATE)
def test_counterparts_met_separately_are_separate_meetings(
    text: str, count: int, countries: set[str]
) -> None:
    events = _reported(text)
    assert len(events) == count
    assert len({e.id for e in events}) == count
    for e in events:
        assert set(e.countries) == countries
        assert len(e.participants) == 2


ALSO = [
    (  # a further counterpart, in a later sentence, on the main meeting's day
        "Prime Minister Anthony Albanese of Australia met President Joko Widodo of Indonesia "
        "in Jakarta on Monday. They discussed trade. Mr Albanese also met with Vice President "
        "Amin.",
        "Amin",
    ),
    (
        "President Lula of Brazil met President Xi Jinping of China in Beijing on Friday. "
        "They discussed trade. Lula also met with Premier Li Qiang.",
        "Li Qiang",
    ),
    (  # a counterpart the text names without a title the parser knows still meets apart
        "Deputy Secretary Wendy Sherman of the United States met Prime Minister Hun Sen of "
        "Cambodia on Tuesday. They discussed trade. In Phnom Penh, Deputy Secretary "
        "Sherman also held meetings with leaders of local charities and unions.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "counterpart"), ALSO)
def test_also_met_with_another_counterpart_is_another_meeting(
    text: str, counterpart: str | None
) -> None:
    main, other = _reported(text)
    assert other.id != main.id
    assert other.date == main.date
    assert set(other.countries) == set(main.countries)
    if counterpart is not None:
        assert counterpart in _people(other)
        assert counterpart not in _people(main)


SAME = [
    "Prime Minister Anthony Albanese of Australia met President Joko Widodo of Indonesia in "
    "Jakarta on Monday. The two leaders also held talks on climate.",
    "President Lula of Brazil met President Xi Jinping of China in Beijing on Friday. They "
    "also held talks with Xi Jinping on climate.",
    "President Lula of Brazil held talks with Chancellor Olaf Scholz of Germany in Brasilia "
    "on Monday. During the talks, the leaders discussed the Amazon. Later, Lula met with the "
    "press.",
    "Foreign Minister Mauro Vieira of Brazil met Foreign Minister Sergey Lavrov of Russia on "
    "Monday. Mr Vieira also met with Foreign Minister Lavrov over dinner.",
]


@pytest.mark.parametrize("text", SAME)
def test_the_same_meeting_told_again_stays_one(text: str) -> None:
    assert len(_reported(text)) == 1
