"""Person mentions in the language of diplomacy: roles, bodies, name forms, honorifics.

Each table pairs a sentence (written for these tests) with the persons it must
yield as ``(name, code, title, rank)``; near-misses must yield no person.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomod.mentions.actors import ActorKind, ReferenceKind, find_actors, find_references
from diplomod.mentions.lexicon import DEFAULT_LEXICON
from diplomod.mentions.persons import split_name

PERSON = ActorKind.PERSON
Row = tuple[str, str | None, str | None, str | None]


def people(text: str) -> list[Row]:
    """Return (name, code, title, rank) of every person mention."""
    return [(a.name, a.code, a.title, a.rank) for a in find_actors(text) if a.kind is PERSON]


def roles(text: str) -> list[tuple[str, str | None]]:
    """Return (text, code) of every role reference (a title without a name)."""
    return [(r.text, r.code) for r in find_references(text) if r.kind is ReferenceKind.ROLE]


# ---------------------------------------------------------------- offices and roles

OFFICES: list[tuple[str, list[Row]]] = [
    (
        "Deputy Foreign Minister Marta Kos welcomed the envoys.",
        [("Marta Kos", None, "Deputy Foreign Minister", None)],
    ),
    (
        "First Vice Premier Han Zheng received the visitors.",
        [("Han Zheng", None, "First Vice Premier", None)],
    ),
    (
        "State Councilor and Foreign Minister Wang Yi hosted the dinner.",
        [("Wang Yi", None, "State Councilor and Foreign Minister", None)],
    ),
    (
        "Under Secretary for Arms Control Bonnie Jenkins arrived in Seoul.",
        [("Bonnie Jenkins", None, "Under Secretary for Arms Control", None)],
    ),
    (
        "Special Presidential Envoy for Climate Laura Diaz toured Brasilia.",
        [("Laura Diaz", None, "Special Presidential Envoy for Climate", None)],
    ),
    (
        "Ambassador-at-large Tom Reyes spoke in Pretoria.",
        [("Tom Reyes", None, "Ambassador-at-large", None)],
    ),
    (
        "The talks were opened by IMF Managing Director Ana Silva.",
        [("Ana Silva", "IMF", "Managing Director", None)],
    ),
    (
        "NATO Secretary-General Erik Lund addressed the allies.",
        [("Erik Lund", "NATO", "Secretary-General", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OFFICES)
def test_offices_before_a_name(text: str, expected: list[Row]) -> None:
    assert people(text) == expected


ROLES: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("The Deputy Secretary thanked Australia.", [("Deputy Secretary", None)]),
    ("The Secretary-General welcomed the ceasefire.", [("Secretary-General", None)]),
    ("They briefed the Under Secretary on Ukraine.", [("Under Secretary", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_roles_without_a_name_are_references_not_persons(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert people(text) == []
    assert roles(text) == expected


# ---------------------------------------------------------------- bodies the lexicon does not know

BODIES: list[tuple[str, list[Row]]] = [
    (
        "The Director-General of the Kestrel Energy Agency Jane Roe visited Canberra.",
        [("Jane Roe", None, "Director-General of the Kestrel Energy Agency", None)],
    ),
    (
        "Chairman of the Central Military Commission Zhang Wei met the delegation.",
        [("Zhang Wei", None, "Chairman of the Central Military Commission", None)],
    ),
    (
        "Head of the Communist Party of Cuba's International Department Ana Ruiz met him.",
        [
            (
                "Ana Ruiz",
                "CUB",
                "Head of the Communist Party of Cuba's International Department",
                None,
            )
        ],
    ),
    (
        "She also saw leader of the Kenya Democratic Party Amos Otieno.",
        [("Amos Otieno", "KEN", "leader of the Kenya Democratic Party", None)],
    ),
    (
        "Chairman of the India-Japan Business Forum Ravi Menon spoke.",
        [("Ravi Menon", None, "Chairman of the India-Japan Business Forum", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_officials_of_unknown_bodies_keep_the_body_in_their_title(
    text: str, expected: list[Row]
) -> None:
    assert people(text) == expected


KNOWN_ORGANIZATIONS: list[tuple[str, list[Row]]] = [
    (
        "President of the European Commission Ursula von der Leyen met the premier.",
        [("Ursula von der Leyen", "EC", "President", None)],
    ),
    (
        "the President of the Asian Infrastructure Investment Bank, Jin Liqun, spoke.",
        [("Jin Liqun", "AIIB", "President", None)],
    ),
    (
        "They met the Secretary-General of the United Nations, Amina Diallo, in Geneva.",
        [("Amina Diallo", "UN", "Secretary-General", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KNOWN_ORGANIZATIONS)
def test_known_organizations_give_the_code_not_a_longer_title(
    text: str, expected: list[Row]
) -> None:
    assert people(text) == expected


SET_OFF: list[tuple[str, list[Row]]] = [
    (
        "Minister for Foreign Affairs of Japan, Mr. SATO Kenji, held a meeting.",
        [("SATO Kenji", "JPN", "Minister for Foreign Affairs", "Mr.")],
    ),
    (
        "said the Prime Minister of Australia, Claire Hughes.",
        [("Claire Hughes", "AUS", "Prime Minister", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SET_OFF)
def test_a_name_set_off_by_a_comma_after_a_title(text: str, expected: list[Row]) -> None:
    assert people(text) == expected


NOT_SET_OFF = [
    "They thanked the Chair, Germany and France, for the invitation.",
    "The Secretary, Human Rights Watch said, had been told.",
    "He saw the Foreign Minister, Monday and Tuesday.",
    "He thanked the President, Prime Minister and Cabinet.",
]


@pytest.mark.parametrize("text", NOT_SET_OFF)
def test_what_follows_a_comma_after_a_title_is_not_always_a_name(text: str) -> None:
    assert people(text) == []


# ---------------------------------------------------------------- name forms and honorifics

FORMS: list[tuple[str, list[Row]]] = [
    (
        "External Affairs Minister S. Jaishankar arrived.",
        [("S. Jaishankar", None, "External Affairs Minister", None)],
    ),
    (
        "Indonesian Foreign Minister Retno L.P. Marsudi spoke.",
        [("Retno L.P. Marsudi", "IDN", "Foreign Minister", None)],
    ),
    (
        "President Abdel Fattah al-Sisi received the envoy.",
        [("Abdel Fattah al-Sisi", None, "President", None)],
    ),
    (
        "Prime Minister Shri Narendra Modi thanked France.",
        [("Narendra Modi", None, "Prime Minister", "Shri")],
    ),
    (
        "Prime Minister Dato' Sri Anwar Ibrahim hosted the summit.",
        [("Anwar Ibrahim", None, "Prime Minister", "Dato' Sri")],
    ),
    (
        "Samdech Techo Hun Manet greeted the guests.",
        [("Hun Manet", None, None, "Samdech Techo")],
    ),
    (
        "The Secretary General of ASEAN Dato Lim Jock Hoi attended.",
        [("Lim Jock Hoi", "ASEAN", "Secretary General", "Dato")],
    ),
    (
        "Foreign Minister Jean-Noel Barrot met Minister Ursula van der Berg.",
        [
            ("Jean-Noel Barrot", None, "Foreign Minister", None),
            ("Ursula van der Berg", None, "Minister", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_name_forms_and_honorifics(text: str, expected: list[Row]) -> None:
    assert people(text) == expected


SPLITS: list[tuple[list[str], str | None, tuple[str | None, str | None]]] = [
    (["SATO", "Kenji"], "JPN", ("Kenji", "SATO")),
    (["Fumio", "KISHIDA"], None, ("Fumio", "KISHIDA")),
    (["Jin", "Liqun"], "AIIB", ("Liqun", "Jin")),  # an organization's official
    (["Lim", "Jock", "Hoi"], "ASEAN", ("Jock Hoi", "Lim")),
    (["Penny", "Wong"], "AUS", ("Penny", "Wong")),
    (["Park", "Jin"], "KOR", ("Jin", "Park")),
]


@pytest.mark.parametrize(("words", "code", "expected"), SPLITS)
def test_given_and_family_names(
    words: list[str], code: str | None, expected: tuple[str | None, str | None]
) -> None:
    assert split_name(words, code, DEFAULT_LEXICON) == expected


# ---------------------------------------------------------------- laws


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="AaBo fthe,.'-PMinsterDrGuyAgencyParty", max_size=300))
def test_person_spans_are_honest(text: str) -> None:
    for a in find_actors(text):
        assert text[a.span.start : a.span.end] == a.name
        if a.title_span is not None:
            assert text[a.title_span.start : a.title_span.end] == a.title


def test_long_runs_of_titles_and_bodies_stay_linear() -> None:
    text = "the Director of the Foo Agency of the " * 20000 + "Chairman, " * 20000
    assert isinstance(find_actors(text), tuple)
