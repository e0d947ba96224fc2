"""Statements and commitments on real phrasing: whom a statement aims at, and which
modality a commitment verb gives.

A statement's target is the one state or organization its verb is aimed at; when
the text names none clearly (a place, two states, a forum's name, an envoy's post,
a person of unknown state), the target is None: nothing is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplomod.pipeline import parse

BILATERAL = (
    "Readout of the Leaders' Meeting\n\n"
    "President Ana Costa of Brazil met Prime Minister Lee Min-jun of the Republic of Korea "
    "in Seoul on Tuesday.\n\n"
)
TWO_PREMIERS = (
    "Readout of the Summit\n\n"
    "Prime Minister Sato Kenji of Japan held talks with Prime Minister Ravi Menon of India "
    "in New Delhi on Monday.\n\n"
)


def statements(head: str, body: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    """Return (kind, actors, target) of every statement parsed from a readout."""
    out = parse(head + body, published=dt.date(2024, 5, 9))
    return [(s.kind.value, s.actors, s.target) for s in out.statements]


def commitments(head: str, body: str) -> list[tuple[str, tuple[str, ...], str]]:
    """Return (modality, actors, content) of every commitment parsed from a readout."""
    out = parse(head + body, published=dt.date(2024, 5, 9))
    return [(c.modality.value, c.actors, c.content) for c in out.commitments]


# (head, sentence, kind, actors, target)
NAMED_TARGETS = [
    # the object names the state, its side, or a title only one state holds
    (
        BILATERAL,
        "President Costa condemned North Korea's latest missile test.",
        "condemn",
        ("BRA",),
        "PRK",
    ),
    (
        BILATERAL,
        "President Costa thanked Australia for its flood relief.",
        "appreciate",
        ("BRA",),
        "AUS",
    ),
    (
        BILATERAL,
        "Prime Minister Lee expressed gratitude to the Brazilian side for the "
        "evacuation of Korean nationals.",
        "appreciate",
        ("KOR",),
        "BRA",
    ),
    (
        BILATERAL,
        "President Costa welcomed the Prime Minister's decision to lift tariffs on soybeans.",
        "welcome",
        ("BRA",),
        "KOR",
    ),
    (
        BILATERAL,
        "President Costa thanked the Prime Minister of Canada for his message.",
        "appreciate",
        ("BRA",),
        "CAN",
    ),
    # an unnamed government in a two-party readout is the other party's
    (
        BILATERAL,
        "President Costa pressed the government to free the detained fishermen.",
        "request",
        ("BRA",),
        "KOR",
    ),
    (
        BILATERAL,
        "President Costa called on authorities to reopen the consulate.",
        "request",
        ("BRA",),
        "KOR",
    ),
    # a government named by its country is that country's
    (
        BILATERAL,
        "President Costa urged the government of Venezuela to hold elections.",
        "request",
        ("BRA",),
        "VEN",
    ),
    # the place is the subject of the statement
    (
        BILATERAL,
        "President Costa expressed concern about the situation in Myanmar.",
        "concern",
        ("BRA",),
        "MMR",
    ),
    # the speaker's own name is passed over
    (
        BILATERAL,
        "President Costa expressed support for Brazil's bid and for Ukraine's recovery.",
        "support",
        ("BRA",),
        "UKR",
    ),
]

# (head, sentence, kind, actors): the text names no single target
NO_TARGET = [
    # a place, not an addressee
    (
        BILATERAL,
        "President Costa expressed concern about the use of cluster munitions in Ukraine.",
        "concern",
        ("BRA",),
    ),
    (
        BILATERAL,
        "Prime Minister Lee welcomed the success of his visit to France.",
        "welcome",
        ("KOR",),
    ),
    # two states joined: none of them alone is the target
    (
        BILATERAL,
        "President Costa applauded Japan and Australia's signing of the accord.",
        "appreciate",
        ("BRA",),
    ),
    (
        BILATERAL,
        "President Costa condemned Russia and Belarus for the exercises.",
        "condemn",
        ("BRA",),
    ),
    # a compound, a forum's or document's name, an envoy's post
    (BILATERAL, "President Costa welcomed the India-Pakistan ceasefire.", "welcome", ("BRA",)),
    (
        BILATERAL,
        "President Costa called for full implementation of UN Security Council resolutions.",
        "request",
        ("BRA",),
    ),
    (
        BILATERAL,
        "President Costa praised the work of the Special Envoy for Yemen.",
        "appreciate",
        ("BRA",),
    ),
    # a title two states' leaders hold
    (
        TWO_PREMIERS,
        "Prime Minister Sato welcomed the Prime Minister's decision to open new consulates.",
        "welcome",
        ("JPN",),
    ),
]


@pytest.mark.parametrize(("head", "sentence", "kind", "actors", "target"), NAMED_TARGETS)
def test_a_statement_is_aimed_at_the_state_it_names(
    head: str, sentence: str, kind: str, actors: tuple[str, ...], target: str
) -> None:
    assert statements(head, sentence) == [(kind, actors, target)]


@pytest.mark.parametrize(("head", "sentence", "kind", "actors"), NO_TARGET)
def test_a_statement_without_a_clear_target_has_none(
    head: str, sentence: str, kind: str, actors: tuple[str, ...]
) -> None:
    assert statements(head, sentence) == [(kind, actors, None)]
