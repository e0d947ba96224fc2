"""Who took part in an event: signatories, delegation heads, officials of any body.

Each case is a short release written for these tests, with the participants of
its reported events as ``(name, represents, title)``; near-misses name persons
who must not become participants.
"""

from __future__ import annotations

import pytest

from diplomod import parse

Row = tuple[str, str | None, str | None]


def participants(text: str) -> list[Row]:
    """Return (name, represents, title) of the participants of every reported event."""
    return [
        (p.person.name, p.represents, p.title)
        for e in parse(text).events
        if not e.referenced
        for p in e.participants
    ]


CASES: list[tuple[str, list[Row]]] = [
    (  # the signatories are named in a later paragraph
        "Tokyo, 4 March 2024\n\nToday, Japan and India signed a memorandum on space"
        " cooperation. The memorandum builds on earlier work.\n\nForeign Minister Yoko"
        " Kamiyama signed for Japan, and External Affairs Minister Arjun Rao signed for India.\n",
        [
            ("Yoko Kamiyama", "JPN", "Foreign Minister"),
            ("Arjun Rao", "IND", "External Affairs Minister"),
        ],
    ),
    (  # the heads of delegation are named in the next sentence
        "Senior officials of Brazil and South Africa met in Brasilia on 3 May 2023 for their"
        " annual policy dialogue. Vice Minister Paulo Costa led the Brazilian delegation, while"
        " Director-General Thandi Nkosi led the South African delegation.\n",
        [
            ("Paulo Costa", "BRA", "Vice Minister"),
            ("Thandi Nkosi", "ZAF", "Director-General"),
        ],
    ),
    (  # an assistant secretary takes part; a spokesperson only reports
        "Assistant Secretary of State Mark Hale met Deputy Foreign Minister Choi Min-ji of the"
        " Republic of Korea in Seoul on 12 June 2023. Spokesperson Lisa Grant said the talks"
        " were useful.\n",
        [
            ("Mark Hale", None, "Assistant Secretary of State"),
            ("Choi Min-ji", "KOR", "Deputy Foreign Minister"),
        ],
    ),
    (  # an official of a party body the lexicon does not list
        "Deputy Secretary of State Anne Cole met in Hanoi on 5 May 2023 with Foreign Minister"
        " Tran Van Nam, Chairman of the Communist Party of Vietnam's Economic Commission"
        " Le Minh Duc, and Deputy Minister of Defence Nguyen Hoa in separate"
        " meetings.\n",
        [
            ("Anne Cole", None, "Deputy Secretary of State"),
            ("Tran Van Nam", None, "Foreign Minister"),
            ("Anne Cole", None, "Deputy Secretary of State"),
            (
                "Le Minh Duc",
                "VNM",
                "Chairman of the Communist Party of Vietnam's Economic Commission",
            ),
            ("Anne Cole", None, "Deputy Secretary of State"),
            ("Nguyen Hoa", None, "Deputy Minister of Defence"),
        ],
    ),
    (  # a bare title in a later paragraph names the person introduced with it
        "Foreign Secretary Helen Price of the United Kingdom said the ceasefire must hold.\n\n"
        "The Foreign Secretary discussed the crisis on Tuesday in a call with Foreign"
        " Minister Ahmed Attaf of Algeria.\n",
        [
            ("Helen Price", "GBR", "Foreign Secretary"),
            ("Ahmed Attaf", "DZA", "Foreign Minister"),
        ],
    ),
    (  # a person named after a title that runs on into another organization's office
        "Commissioner Jutta Urpilainen of the European Union spoke by telephone on Monday with"
        " the Special Envoy of the UN Secretary-General for the Horn of Africa, Mr. Hanna"
        " Tetteh.\n",
        [
            ("Jutta Urpilainen", "EU", "Commissioner"),
            ("Hanna Tetteh", None, None),  # found; her office is not read yet
        ],
    ),
    (  # an organization's head, named after a comma
        "The President of the Asian Infrastructure Investment Bank, Jin Liqun, met Finance"
        " Minister Sri Mulyani of Indonesia in Jakarta on 8 May 2023.\n",
        [
            ("Jin Liqun", "AIIB", "President"),
            ("Sri Mulyani", "IDN", "Finance Minister"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_participants(text: str, expected: list[Row]) -> None:
    assert participants(text) == expected


NOT_PARTICIPANTS: list[tuple[str, str]] = [
    (  # a commentator in the next sentence did not sign
        "France and Germany signed a declaration on energy in Paris on 2 April 2024."
        " Professor Jane Doe of the Sorbonne said the deal was overdue.\n",
        "Jane Doe",
    ),
    (  # a bare title two persons hold names neither
        "Foreign Minister Penny Wong of Australia and Foreign Minister Wang Yi of China issued"
        " statements on Monday.\n\nThe Foreign Minister later spoke by phone with President"
        " William Ruto of Kenya.\n",
        "Penny Wong",
    ),
    (  # the sentence after the meeting is about someone else's visit
        "The foreign ministers of Australia and Japan met in Canberra on 9 May 2023."
        " Trade Minister Don Farrell will travel to Osaka next month.\n",
        "Don Farrell",
    ),
]


@pytest.mark.parametrize(("text", "name"), NOT_PARTICIPANTS)
def test_persons_who_did_not_take_part(text: str, name: str) -> None:
    assert name not in [n for n, _, _ in participants(text)]
