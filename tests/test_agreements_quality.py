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


# (sentence, expected (title, status, date, city) of its one agreement)
WITNESSED_SIGNINGS = [
    # a modal earlier in the clause puts a bare "attend/witness the signing" in the future:
    # nothing is signed yet, and the talks' city is not the signing's
    (
        "President Rhee of Korea will travel to Canberra next week. The two leaders will hold "
        "talks in Canberra and jointly attend the signing of the Korea-Australia Agreement on "
        "Critical Minerals.",
        ("Korea-Australia Agreement on Critical Minerals", "planned", None, None),
    ),
    (
        "The prime ministers of Japan and India are scheduled to witness the signing of the "
        "Japan-India Memorandum on Semiconductor Supply Chains.",
        ("Japan-India Memorandum on Semiconductor Supply Chains", "planned", None, None),
    ),
    (
        "The Ukrainian and Polish presidents will meet in Lviv on Friday and witness the "
        "signing of the Ukraine-Poland Agreement on Grain Transit.",
        ("Ukraine-Poland Agreement on Grain Transit", "planned", None, None),
    ),
    # near misses: a past witness verb, a caption in the present, a purpose "to" in a
    # past narrative all report a signing
    (
        "The presidents of Brazil and South Africa attended the signing of the Brazil-South "
        "Africa Agreement on Science and Technology in Pretoria on Monday.",
        (
            "Brazil-South Africa Agreement on Science and Technology",
            "signed",
            "2024-05-13",
            "Pretoria",
        ),
    ),
    (
        "Prime Minister Tanaka of Japan and President Dupont of France witness the signing of "
        "the Japan-France Agreement on Space Cooperation.",
        ("Japan-France Agreement on Space Cooperation", "signed", None, None),
    ),
    (
        "President Silva of Brazil traveled to Pretoria to attend the signing of the "
        "Brazil-South Africa Agreement on Mining Cooperation.",
        ("Brazil-South Africa Agreement on Mining Cooperation", "signed", None, None),
    ),
    # a modal in an earlier clause does not reach the witness verb
    (
        "The ministers will meet again in the autumn; the German Chancellor attended the "
        "signing of the Germany-Ukraine Agreement on Energy Security in Berlin.",
        ("Germany-Ukraine Agreement on Energy Security", "signed", None, "Berlin"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), WITNESSED_SIGNINGS)
def test_a_signing_to_be_attended_is_planned_and_undated(
    sentence: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    out = parse(sentence, published=PUBLISHED)
    assert [
        (
            a.title,
            a.status.value,
            a.date.iso() if a.date else None,
            a.place.city if a.place else None,
        )
        for a in out.agreements
    ] == [expected]


BRIEFING = (
    "Spokesperson's Regular Briefing on May 15, 2024\n\n"
    "Q: Will the External Affairs Minister attend the Indian Ocean Conference in Perth "
    "next month?\n\nA: We will share details in due course.\n\n"
    "Q: Can you comment on the visit of the Nigerian President?\n\n"
    "A: President Musa Okafor of Nigeria paid a state visit to India from May 6 to 8. "
    "{during}, the two sides signed a memorandum of understanding on solar energy."
)


@pytest.mark.parametrize(
    ("during", "date"),
    [
        # "the visit" may be the state visit, not the conference the briefing reports
        ("During the visit", None),
        # near miss: a signing dated in its own sentence keeps its date
        ("On May 7", "2024-05-07"),
    ],
)
def test_the_visit_does_not_date_a_signing_from_another_event(
    during: str, date: str | None
) -> None:
    out = parse(BRIEFING.format(during=during), published=PUBLISHED)
    assert [(a.kind.value, a.date.iso() if a.date else None) for a in out.agreements] == [
        ("memorandum", date)
    ]


@pytest.mark.parametrize(
    ("when", "date"),
    [
        # a visit of several days: the signing was on one of them, the text does not say which
        ("from 3 to 5 March 2025", None),
        ("on 3-5 March 2025", None),
        ("from March 3 to March 5, 2025", None),
        # near miss: a visit of one day dates the signing made during it
        ("on 4 March 2025", "2025-03-04"),
    ],
)
def test_a_signing_during_a_visit_of_several_days_is_not_dated(when: str, date: str | None) -> None:
    text = (
        f"Prime Minister Ana Lopes of Portugal visited Brazil {when}. During the visit, "
        "the two sides signed a memorandum of understanding on renewable energy."
    )
    out = parse(text, published=dt.date(2025, 3, 6))
    assert [(a.kind.value, a.date.iso() if a.date else None) for a in out.agreements] == [
        ("memorandum", date)
    ]


# (sentence, expected (title, kind, status) of its agreements, in text order)
TITLED_OTHER_INSTRUMENTS = [
    # a Letter of Intent is an instrument of its own kind
    (
        "Australia and Indonesia signed a Letter of Intent on Cooperation in Marine Science.",
        [("Letter of Intent on Cooperation in Marine Science", "other", "signed")],
    ),
    # a Code of Conduct still being negotiated is planned
    (
        "ASEAN and China looked forward to the early conclusion of an effective Code of "
        "Conduct in the South China Sea.",
        [("Code of Conduct in the South China Sea", "other", "planned")],
    ),
    (
        "The Philippines and Vietnam urged the swift conclusion of a Code of Conduct.",
        [("Code of Conduct", "other", "planned")],
    ),
    # a programme of cooperation or exchange, with its span of years
    (
        "Ministers of Egypt and India signed the Cultural Exchange Programme for 2025-2028.",
        [("Cultural Exchange Programme for 2025-2028", "other", "signed")],
    ),
    (
        "Russia and Vietnam signed a Program of Cooperation between their foreign ministries.",
        [("Program of Cooperation", "other", "signed")],
    ),
    (
        "Portugal and Brazil signed the Programme of Scientific Cooperation for the Period "
        "2024-2027 and a Memorandum of Understanding on Ocean Research.",
        [
            ("Programme of Scientific Cooperation for the Period 2024-2027", "other", "signed"),
            ("Memorandum of Understanding on Ocean Research", "memorandum", "signed"),
        ],
    ),
    # one title ends where a second one begins after "and the"
    (
        "Kenya and Japan signed the Memorandum of Understanding on Health Care and the "
        "Youth Exchange Programme.",
        [
            ("Memorandum of Understanding on Health Care", "memorandum", "signed"),
            ("Youth Exchange Programme", "other", "signed"),
        ],
    ),
    # action plans and roadmaps, a planned one with its years in parentheses
    (
        "China and Chile will sign the China-Chile Action Plan on Lithium Cooperation "
        "(2025-2029) next week.",
        [("China-Chile Action Plan on Lithium Cooperation (2025-2029)", "other", "planned")],
    ),
    (
        "The United Kingdom and India adopted the Roadmap for Trade and Technology.",
        [("Roadmap for Trade and Technology", "other", "signed")],
    ),
    (
        "South Africa and Brazil issued the Joint Declaration on Climate Finance.",
        [("Joint Declaration on Climate Finance", "declaration", "signed")],
    ),
    # near misses: the programme of a visit, a weapons or aid programme, a programme only
    # cited, an ethics code, a letter of intent in lower case
    ("The French minister reviewed the programme of the visit with his hosts.", []),
    ("The Korean side outlined the Programme of the Visit to Delhi.", []),
    ("Japan, Italy and the UK praised progress on the Global Combat Air Programme.", []),
    ("The World Food Programme thanked Germany for its contribution.", []),
    ("Students from Ghana joined the Japan-Africa Exchange Programme last year.", []),
    ("Officials of both ministries follow a code of conduct for public servants.", []),
    ("The airline of Qatar sent a letter of intent to buy ten aircraft.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), TITLED_OTHER_INSTRUMENTS)
def test_letters_codes_programmes_and_plans_are_titled_instruments(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    out = parse(sentence, published=PUBLISHED)
    assert [(a.title, a.kind.value, a.status.value) for a in out.agreements] == expected
