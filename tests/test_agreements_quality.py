"""Agreements on real phrasing: instruments named inside another's title, drafted peace
texts, and two-party treaties cited without their parties.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplomod.pipeline import parse

PUBLISHED = dt.date(2024, 5, 15)
US_PHILIPPINES = (
    "Readout of the President's Meeting\n\n"
    "President John Carter of the United States met President Maria Santos of the "
    "Philippines in Washington on Monday.\n\n"
)
RUSSIA_UKRAINE = (
    "Readout of the Talks\n\n"
    "Foreign Minister Pavel Orlov of Russia met Foreign Minister Olena Bondar of Ukraine "
    "in Istanbul on Monday.\n\n"
)


def agreements(head: str, body: str) -> list[tuple[str | None, str, str, tuple[str, ...]]]:
    """Return (title, kind, status, parties) of every agreement parsed from a readout."""
    out = parse(head + body, published=PUBLISHED)
    return [
        (a.title, a.kind.value, a.status.value, tuple(sorted(a.parties))) for a in out.agreements
    ]


# (head, sentence, expected agreements in text order)
NESTED_TITLES = [
    # an instrument a joint statement is "on" is cited in its own right, with no parties
    (
        US_PHILIPPINES,
        "The leaders welcomed the U.S.-Philippines Joint Statement on the Treaty on the "
        "Prohibition of Nuclear Testing.",
        [
            (
                "U.S.-Philippines Joint Statement on the Treaty on the Prohibition of Nuclear "
                "Testing",
                "joint_statement",
                "referenced",
                ("PHL", "USA"),
            ),
            ("Treaty on the Prohibition of Nuclear Testing", "treaty", "referenced", ()),
        ],
    ),
    # signing the outer instrument does not sign the one it is about
    (
        US_PHILIPPINES,
        "The two presidents signed the Joint Declaration on the Paris Agreement.",
        [
            ("Joint Declaration on the Paris Agreement", "declaration", "signed", ("PHL", "USA")),
            ("Paris Agreement", "agreement", "referenced", ()),
        ],
    ),
]

# (head, sentence, expected agreements)
TWO_PARTY_TITLES = [
    # "Mutual" or "Bilateral" in a cited title: the document's two parties
    (
        US_PHILIPPINES,
        "President Carter said Article IV of the Mutual Defense Treaty covers the coast guard.",
        [("Mutual Defense Treaty", "treaty", "referenced", ("PHL", "USA"))],
    ),
    (
        US_PHILIPPINES,
        "They reviewed the Bilateral Investment Treaty in force since 2001.",
        [("Bilateral Investment Treaty", "treaty", "referenced", ("PHL", "USA"))],
    ),
    # near miss: a cited multilateral treaty keeps no parties
    (
        US_PHILIPPINES,
        "They discussed the Treaty on Open Skies and its future.",
        [("Treaty on Open Skies", "treaty", "referenced", ())],
    ),
]

# (head, sentence, expected agreements)
DRAFTED_PEACE_TEXTS = [
    (
        RUSSIA_UKRAINE,
        "The sides drafted a revised peace framework for further review.",
        [(None, "other", "planned", ("RUS", "UKR"))],
    ),
    (
        RUSSIA_UKRAINE,
        "The delegations drew up a ceasefire plan for the eastern regions.",
        [(None, "other", "planned", ("RUS", "UKR"))],
    ),
    # near misses: a peace plan merely mentioned, a draft of something else
    (RUSSIA_UKRAINE, "Minister Bondar spoke about a peace plan in general terms.", []),
    (RUSSIA_UKRAINE, "The sides drafted a list of prisoners for an exchange.", []),
]


@pytest.mark.parametrize(("head", "sentence", "expected"), NESTED_TITLES)
def test_an_instrument_named_inside_a_title_is_cited(
    head: str, sentence: str, expected: list[tuple[str | None, str, str, tuple[str, ...]]]
) -> None:
    assert agreements(head, sentence) == expected


@pytest.mark.parametrize(("head", "sentence", "expected"), TWO_PARTY_TITLES)
def test_a_cited_two_party_treaty_is_the_documents_parties(
    head: str, sentence: str, expected: list[tuple[str | None, str, str, tuple[str, ...]]]
) -> None:
    assert agreements(head, sentence) == expected


@pytest.mark.parametrize(("head", "sentence", "expected"), DRAFTED_PEACE_TEXTS)
def test_a_drafted_peace_text_is_a_planned_instrument(
    head: str, sentence: str, expected: list[tuple[str | None, str, str, tuple[str, ...]]]
) -> None:
    assert agreements(head, sentence) == expected


def test_a_drafted_peace_text_is_tagged_peace() -> None:
    out = parse(RUSSIA_UKRAINE + "The sides drafted a peace framework.", published=PUBLISHED)
    assert [a.topics for a in out.agreements] == [("peace",)]
