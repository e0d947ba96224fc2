"""Agreements: which instruments a text names, and what it says about each.

Each table groups sentences by the phrasing they cover; every row gives the
fields its one agreement must have (fields left out are not checked).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomod.mentions.collect import find_mentions
from diplomod.pipeline import parse
from diplomod.records import Agreement, AgreementKind
from diplomod.rules.agreement_words import DEFAULT_AGREEMENT_WORDS, Head, Topic, compile_words
from diplomod.rules.agreements import find_agreements
from diplomod.rules.discourse import Discourse
from diplomod.rules.stem_scan import match_at, stem_hits
from diplomod.text.document import make_document

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday


def view(agreement: Agreement) -> dict[str, Any]:
    """Return the fields the tables check, in plain values."""
    return {
        "title": agreement.title,
        "kind": agreement.kind.value,
        "status": agreement.status.value,
        "parties": set(agreement.parties),
        "date": agreement.date.iso() if agreement.date else None,
        "city": agreement.place.city if agreement.place else None,
        "country": agreement.place.country if agreement.place else None,
        "topics": set(agreement.topics),
    }


def agreements(text: str, published: dt.date | None = PUBLISHED) -> list[dict[str, Any]]:
    return [view(a) for a in parse(text, published=published).agreements]


def check_one(text: str, expected: dict[str, Any]) -> None:
    found = agreements(text)
    assert len(found) == 1, found
    assert {key: found[0][key] for key in expected} == expected


TITLES_IN_QUOTES = [
    (
        'Ministers of Canada and Mexico signed the "Agreement between Canada and Mexico on '
        'Fisheries Cooperation" in Ottawa on Tuesday.',
        {
            "title": "Agreement between Canada and Mexico on Fisheries Cooperation",
            "kind": "agreement",
            "status": "signed",
            "parties": {"CAN", "MEX"},
            "date": "2024-05-14",
            "city": "Ottawa",
            "country": "CAN",
        },
    ),
    (
        "After the talks, a ceremony marked the signing of the \u201cMemorandum between the "
        "Ministry of Defence of Greece and the Ministry of Defence of Egypt on Search and "
        "Rescue\u201d.",
        {
            "title": "Memorandum between the Ministry of Defence of Greece and the Ministry of "
            "Defence of Egypt on Search and Rescue",
            "kind": "memorandum",
            "status": "signed",
            "parties": {"GRC", "EGY"},
            "topics": {"emergency response"},
        },
    ),
]

TITLES_IN_CAPITALS = [
    (
        "India and Australia signed the India-Australia Economic Cooperation and Trade "
        "Agreement on 2 April 2022.",
        {
            "title": "India-Australia Economic Cooperation and Trade Agreement",
            "status": "signed",
            "parties": {"IND", "AUS"},
            "date": "2022-04-02",
            "topics": {"economy", "trade"},
        },
    ),
    (
        "Today Brazil and South Africa signed a Memorandum of Understanding Concerning Space "
        "Cooperation.",
        {
            "title": "Memorandum of Understanding Concerning Space Cooperation",
            "kind": "memorandum",
            "parties": {"BRA", "ZAF"},
            "date": "2024-05-15",
            "topics": {"space"},
        },
    ),
    (
        "The presidents of Poland and Ukraine adopted the Joint Declaration on Energy Security "
        "in Warsaw.",
        {
            "title": "Joint Declaration on Energy Security",
            "kind": "declaration",
            "status": "signed",
            "city": "Warsaw",
            "topics": {"energy"},
        },
    ),
    (
        "Officials from the United States and the African Union signed a Memorandum of "
        "Cooperation on public health.",
        {"title": "Memorandum of Cooperation on public health", "topics": {"public health"}},
    ),
    (
        "Their alliance rests on the 1960 Treaty of Mutual Cooperation and Security.",
        {
            "title": "Treaty of Mutual Cooperation and Security",
            "kind": "treaty",
            "status": "referenced",
            "date": "1960",
        },
    ),
]

UNTITLED_SIGNINGS = [
    (
        "Germany and France signed a defence procurement deal on Monday.",
        {
            "title": None,
            "kind": "agreement",
            "status": "signed",
            "parties": {"DEU", "FRA"},
            "date": "2024-05-13",
        },
    ),
    (
        "The accord was signed in Geneva by the envoys of Armenia and Azerbaijan.",
        {"status": "signed", "parties": {"ARM", "AZE"}, "city": "Geneva", "country": "CHE"},
    ),
    (
        "Spain and Portugal inked an accord enabling sales of defence equipment to each other.",
        {"status": "signed", "topics": {"defense equipment transfer"}},
    ),
    (
        "A joint Peru-Ecuador statement on border demining was adopted by the two foreign "
        "ministers.",
        {"kind": "joint_statement", "status": "signed", "parties": {"PER", "ECU"}},
    ),
    (
        "Indonesia and Malaysia signed an intergovernmental agreement on cooperation in "
        "plant quarantine.",
        {"kind": "agreement", "parties": {"IDN", "MYS"}, "topics": {"agriculture"}},
    ),
]

PLANS = [
    (
        "India and the United Kingdom agreed to begin negotiations on a free trade agreement.",
        {"title": None, "status": "planned", "parties": {"IND", "GBR"}, "topics": {"trade"}},
    ),
    (
        "Chile and Peru will sign the Pacific Fisheries Protocol next month.",
        {"title": "Pacific Fisheries Protocol", "kind": "treaty", "status": "planned"},
    ),
    (
        "Norway offered to begin negotiating a Defence Cooperation Agreement with the "
        "United States.",
        {
            "title": "Defence Cooperation Agreement",
            "status": "planned",
            "parties": {"NOR", "USA"},
            "date": None,
        },
    ),
    (
        "Spain and Morocco agreed to conclude an agreement on seasonal workers within a year.",
        {"status": "planned", "parties": {"ESP", "MAR"}},
    ),
]

CITATIONS = [
    (
        "The ministers underlined respect for international law, notably the United Nations "
        "Convention on the Law of the Sea (UNCLOS).",
        {
            "title": "United Nations Convention on the Law of the Sea",
            "kind": "treaty",
            "status": "referenced",
            "parties": set(),
            "topics": {"law of the sea"},
        },
    ),
    (
        "The leaders reaffirmed their commitment to the Paris Agreement.",
        {"title": "Paris Agreement", "status": "referenced", "parties": set(), "date": None},
    ),
    (
        "Both sides will build on the Korea-Chile Free Trade Agreement signed in February 2003.",
        {"status": "signed", "parties": {"KOR", "CHL"}, "date": "2003-02"},
    ),
    (
        "Washington and Tokyo will review how their 2015 Defense Guidelines Agreement is applied.",
        {"title": "Defense Guidelines Agreement", "date": "2015", "status": "referenced"},
    ),
]

PAST_SIGNINGS = [
    (
        "Under their memorandum of understanding on border hotlines signed in 2019, the armies "
        "of Thailand and Malaysia talk every week.",
        {
            "title": None,
            "kind": "memorandum",
            "status": "signed",
            "date": "2019",
            "topics": {"border hotlines"},
        },
    ),
    (
        "The Canada-Ukraine Free Trade Agreement, which entered into force in 2017, was "
        "modernized later.",
        {"status": "in_force", "parties": {"CAN", "UKR"}, "date": "2017"},
    ),
    (
        "The historic signing of the Camp David Accords reshaped the region.",
        {"title": "Camp David Accords", "status": "signed", "parties": set()},
    ),
]

MERGES = [
    (
        "Japan and the Philippines signed a reciprocal access agreement on Friday. The accord "
        "was signed in Manila. The accord lets troops of both countries train together.",
        {"title": None, "parties": {"JPN", "PHL"}, "date": "2024-05-10", "city": "Manila"},
    ),
    (
        "Britain and Japan signed a defence deal on Tuesday. Welcoming the signing of the "
        "UK-Japan Reciprocal Access Agreement, the ministers planned joint drills.",
        {"title": "UK-Japan Reciprocal Access Agreement", "date": "2024-05-14"},
    ),
    (
        "The parties reaffirmed the Treaty on the Non-Proliferation of Nuclear Weapons (NPT). "
        "The NPT remains the cornerstone of the regime.",
        {"title": "Treaty on the Non-Proliferation of Nuclear Weapons", "status": "referenced"},
    ),
    (
        "Denmark offered to begin negotiating the U.S.-Denmark Defense Cooperation Agreement. "
        "The Defense Cooperation Agreement would deepen ties.",
        {"title": "U.S.-Denmark Defense Cooperation Agreement", "parties": {"USA", "DNK"}},
    ),
    (
        "Presidents of Ukraine and Lithuania signed a Joint Declaration on Strategic "
        'Partnership. "Today our Joint Declaration of the Presidents of Lithuania and Ukraine '
        'was signed," the President told reporters.',
        {"title": "Joint Declaration on Strategic Partnership", "parties": {"UKR", "LTU"}},
    ),
    (
        "Today the ministers welcomed the signing of the Egypt-Jordan Gas Agreement. Egypt and "
        "Jordan signed the gas deal on Sunday.",
        {"title": "Egypt-Jordan Gas Agreement", "date": "2024-05-12"},  # not "today"
    ),
]

HEADLINES = [
    (
        "Canada and Chile Sign Clean Energy Memorandum of Understanding\n\nThe ministers of "
        "Canada and Chile signed the memorandum in Santiago on Monday.",
        {
            "title": "Clean Energy Memorandum of Understanding",
            "city": "Santiago",
            "date": "2024-05-13",
        },
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *TITLES_IN_QUOTES,
        *TITLES_IN_CAPITALS,
        *UNTITLED_SIGNINGS,
        *PLANS,
        *CITATIONS,
        *PAST_SIGNINGS,
        *MERGES,
        *HEADLINES,
    ],
)
def test_one_agreement(text: str, expected: dict[str, Any]) -> None:
    check_one(text, expected)


def test_two_memoranda_give_one_record_per_topic() -> None:
    text = (
        "In early March, the defence ministers of Korea and Indonesia signed two memoranda "
        "covering renewable energy and maritime security."
    )
    found = agreements(text)
    assert [(a["kind"], a["topics"]) for a in found] == [
        ("memorandum", {"renewable energy"}),
        ("memorandum", {"maritime security"}),
    ]
    assert {(a["date"], frozenset(a["parties"])) for a in found} == {
        ("2024-03", frozenset({"KOR", "IDN"}))
    }


def test_plural_agreements_split_on_their_subjects() -> None:
    text = (
        "The two delegations signed intergovernmental agreements on customs procedures and "
        "on tourism exchanges."
    )
    assert [a["topics"] for a in agreements(text)] == [{"trade"}, {"tourism"}]


def test_titles_that_differ_only_in_their_subject_stay_apart() -> None:
    text = (
        'A signing ceremony was held for the "Memorandum between Italy and Albania on Port '
        'Security" and the "Memorandum between Italy and Albania on Cultural Heritage".'
    )
    found = agreements(text)
    assert [(a["status"], a["topics"]) for a in found] == [
        ("signed", set()),
        ("signed", {"culture"}),
    ]
    assert all(a["parties"] == {"ITA", "ALB"} for a in found)


def test_an_undated_signing_after_a_dated_meeting_takes_its_date() -> None:
    text = (
        "On 3 May 2024, Minister Aiko Tanaka of Japan met Minister Lars Berg of Sweden in "
        "Tokyo. Following the meeting, the two ministers signed a memorandum on "
        "semiconductor research."
    )
    assert [(a["date"], a["topics"]) for a in agreements(text)] == [("2024-05-03", {"science"})]


def test_a_yearless_date_takes_the_year_the_document_names() -> None:
    text = (
        "The ministers last met in June 2023. In late November, they signed a memorandum on "
        "cyber security."
    )
    assert [a["date"] for a in agreements(text, published=None)] == ["2023-11"]


@pytest.mark.parametrize(
    "text",
    [
        'Both leaders support a "Free and Open Indo-Pacific" vision.',
        "Finland joined the North Atlantic Treaty Organization in 2023.",
        "The ministers agreed to promote coordination towards signing memorandums on health.",
        "They agreed to enhance ties by signing memoranda on health and tourism.",
        "Brazil is the fifth country to sign such an agreement with Japan.",
        "The two sides reached an agreement to resume direct flights.",
        "The agreement was discussed at length.",
        "When concluded, the deal will allow more trade.",
        "Leaders discussed trade, energy and security.",
        "Joint Statement on the Visit of the Prime Minister of Japan to Brazil\n\n"
        "The two leaders met in Brasilia on Monday.",
        "Today we have finalized the agreements and launched new projects.",
    ],
)
def test_phrases_that_are_not_agreements(text: str) -> None:
    assert agreements(text) == []


def test_the_vocabulary_can_be_extended() -> None:
    words = DEFAULT_AGREEMENT_WORDS.extend(
        heads=[Head(pattern=r"compacts?", kind=AgreementKind.AGREEMENT)],
        topics=[Topic(tag="fishing", pattern=r"fish\w*")],
    )
    text = "Palau and the United States signed the Compact of Free Association to aid fishing."
    document = make_document(text, published=PUBLISHED)
    mentions = find_mentions(document)
    discourse = Discourse(document.text, mentions.actors)
    found = find_agreements(document, mentions, discourse, (), words=words)
    assert [(a.title, a.status.value, a.topics) for a in found] == [
        ("Compact of Free Association", "signed", ("fishing",))
    ]
    assert find_agreements(document, mentions, discourse, ()) == ()


def test_every_field_has_evidence_from_the_raw_text() -> None:
    text = (
        "Japan\u2019s minister and Vietnam\u2019s minister signed the \u201cJapan\u2013Vietnam "
        "Agreement on Cyber Security\u201d in Hanoi on Monday."
    )
    (agreement,) = parse(text, published=PUBLISHED).agreements
    fields = {e.field for e in agreement.evidence}
    assert {"record", "title", "kind", "status", "date", "place.city", "topics"} <= fields
    for e in agreement.evidence:
        assert text[e.span.start : e.span.end] == e.text


PIECES = st.sampled_from(
    [
        "Japan and Korea ",
        "signed ",
        "will sign ",
        "a trade agreement ",
        "the accord ",
        "the \u201cAgreement on Fisheries\u201d ",
        "Memorandum of Understanding between ",
        "the Ministry of Defence of Chile ",
        "two memoranda on health and energy ",
        "(UNCLOS) ",
        "United Nations Convention on the Law of the Sea ",
        "on Monday ",
        "in Geneva ",
        "was signed ",
        ", and ",
        ". ",
        "\n\n",
        '"',
        "such ",
        "negotiations on ",
    ]
)


@settings(max_examples=150)
@given(st.lists(st.one_of(PIECES, st.text(max_size=10)), max_size=40))
def test_parsing_never_raises_and_evidence_is_honest(pieces: list[str]) -> None:
    text = "".join(pieces)
    for agreement in parse(text, published=PUBLISHED).agreements:
        for e in agreement.evidence:
            assert text[e.span.start : e.span.end] == e.text


@pytest.mark.parametrize(
    "unit",
    [
        "the Agreement of the Agreement of ",
        "signed an agreement ",
        '"Japan Korea Free Trade Agreement" ',
        "Memorandum between the Ministry of Japan and the Ministry of Korea ",
        "signed the deal on Saturday, November 8, 2021 and ",
        "Memorandum " * 3,
        '"' * 10,
        "Japan and Korea signed two memoranda on trade, energy, health and ",
    ],
)
@pytest.mark.timeout(120)
def test_large_adversarial_inputs_finish(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    document = make_document(text)
    mentions = find_mentions(document)
    discourse = Discourse(document.text, mentions.actors)
    for agreement in find_agreements(document, mentions, discourse, ()):
        for e in agreement.evidence:
            assert text[e.span.start : e.span.end] == e.text


def test_the_default_vocabulary_is_searched_by_stems() -> None:
    # A head or topic with no literal stem (say, one opening with a group) makes every
    # search fall back to the whole pattern: the same matches, many times slower.
    patterns = compile_words(DEFAULT_AGREEMENT_WORDS)
    assert patterns.head_stems is not None
    assert patterns.topic_stems is not None


_HEAD_PIECES = ["Agreement", "agreements", "accord", "according", "deal", "dealt", "Joint",
                "joint ", "Statement", "MOU", "mou", "treaty", "Treatment", " ", "  ", '"',
                ",", ".", "x", "é", "joint deal statement", "Joint Accord Statements"]  # fmt: skip
_HEAD_TEXT = st.lists(st.sampled_from(_HEAD_PIECES), max_size=40).map("".join)


@given(_HEAD_TEXT, st.integers(0, 200), st.integers(0, 200))
@settings(max_examples=300, deadline=None)
def test_searching_where_stems_start_finds_what_finditer_finds(
    text: str, start: int, end: int
) -> None:
    # The head scan finds the stems once in the whole text, then matches the heads of
    # any range (a quoted title) only where a stem starts in it.
    patterns = compile_words(DEFAULT_AGREEMENT_WORDS)
    assert patterns.head_stems is not None
    start, end = sorted((min(start, len(text)), min(end, len(text))))
    hits = stem_hits(patterns.head_stems, text.lower(), 0, len(text))
    found = [m.span() for m in match_at(patterns.head, hits, text, start, end)]
    assert found == [m.span() for m in patterns.head.finditer(text, start, end)]
