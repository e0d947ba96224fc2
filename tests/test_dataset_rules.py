"""The merge rules, one table per question: when are two reports one person, event, instrument?

Each case is a handful of records built by hand (see ``dataset_records``), so a
table row says exactly what the reports give and what the dataset must make of it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from dataset_records import commitment, day, document, instrument, meeting, person

from diplomod.dataset import build_dataset, find_links
from diplomod.records import (
    AgreementKind,
    AgreementStatus,
    Conflict,
    ConflictValue,
    Dataset,
    Extraction,
    LinkKind,
    Modality,
)

Mention = tuple[str, str | None, str | None]


def _clusters(dataset: Dataset) -> list[list[str]]:
    return sorted(sorted(r.id for r in e.reports) for e in dataset.events)


def _persons(*mentions: Mention) -> list[list[str]]:
    """Return the names each merged person was reported under, one document per mention."""
    docs = [
        document(
            f"d{n}",
            meeting(f"d{n}", 1, date=f"2020-01-{n + 1:02d}", people=(person(*mention),)),
        )
        for n, mention in enumerate(mentions)
    ]
    dataset = build_dataset(docs)
    return sorted(sorted(r.person.name for r in p.reports) for p in dataset.persons)


# --- persons --------------------------------------------------------------------------------

ONE_PERSON: list[tuple[Mention, Mention]] = [
    # a family name in capitals, with a generic title
    (("Nobuo Kishi", "JPN", "Defense Minister"), ("KISHI", "JPN", "Minister")),
    # a family name alone
    (("Nobuo Kishi", "JPN", "Defense Minister"), ("Kishi", "JPN", None)),
    # an honorific before the name
    (("H.E. Nobuo Kishi", "JPN", None), ("Nobuo Kishi", "JPN", None)),
    # family name first
    (("Kishida Fumio", "JPN", "Prime Minister"), ("Fumio Kishida", "JPN", "Prime Minister")),
    # accents, and a middle initial
    (("Luiz Inácio Lula da Silva", "BRA", "President"), ("Luiz Inacio Lula da Silva", "BRA", None)),
    (("Antony J. Blinken", "USA", "Secretary of State"), ("Antony Blinken", "USA", None)),
    # an initial for a given name
    (("S. Jaishankar", "IND", None), ("Subrahmanyam Jaishankar", "IND", "Foreign Minister")),
    # one office spelt two ways
    (("Marles", "AUS", "Defence Minister"), ("Richard Marles", "AUS", "Minister for Defense")),
    # no country given
    (("Olaf Scholz", None, None), ("Olaf Scholz", "DEU", "Chancellor")),
]

TWO_PERSONS: list[tuple[Mention, Mention]] = [
    # one family name and country, two given names
    (("Rajnath Singh", "IND", "Defence Minister"), ("Jitendra Singh", "IND", "Science Minister")),
    (("Taro Kono", "JPN", "Foreign Minister"), ("Kenji Kono", "JPN", None)),
    # one name, two countries
    (("Park Jin", "KOR", "Foreign Minister"), ("Park Jin", "PRK", None)),
    # an initial that is not the given name
    (("J. Blinken", "USA", None), ("Antony Blinken", "USA", None)),
    # a family name under two offices, and no full name to tell them apart
    (("Kono", "JPN", "Foreign Minister"), ("Kono", "JPN", "Defense Minister")),
]


@pytest.mark.parametrize(("first", "second"), ONE_PERSON)
def test_mentions_of_one_person_merge(first: Mention, second: Mention) -> None:
    assert _persons(first, second) == [sorted([first[0], second[0]])]


@pytest.mark.parametrize(("first", "second"), TWO_PERSONS)
def test_mentions_of_two_persons_stay_apart(first: Mention, second: Mention) -> None:
    assert len(_persons(first, second)) == 2


def test_an_office_tells_which_of_two_namesakes_a_family_name_means() -> None:
    rajnath = ("Rajnath Singh", "IND", "Defence Minister")
    jitendra = ("Jitendra Singh", "IND", "Minister of State for Science")
    assert _persons(rajnath, jitendra, ("Singh", "IND", "Minister of Defence")) == [
        ["Jitendra Singh"],
        ["Rajnath Singh", "Singh"],
    ]


def test_a_bare_family_name_shared_by_two_people_joins_neither() -> None:
    rajnath = ("Rajnath Singh", "IND", "Defence Minister")
    jitendra = ("Jitendra Singh", "IND", "Minister of State for Science")
    assert len(_persons(rajnath, jitendra, ("Singh", "IND", None))) == 3


def test_a_merged_person_takes_the_fullest_name_and_every_office() -> None:
    dataset = build_dataset(
        [
            document(
                "a",
                meeting("a", 1, date="2021-09-11", people=(person("Kishi", "JPN", "Minister"),)),
            ),
            document(
                "b",
                meeting(
                    "b",
                    1,
                    date="2021-11-23",
                    people=(person("Nobuo Kishi", "JPN", "Defense Minister"),),
                ),
            ),
        ]
    )
    (merged,) = dataset.persons
    assert merged.person.name == "Nobuo Kishi"
    assert merged.represents == "JPN"
    assert [o.title for o in merged.person.offices] == ["Defense Minister"]
    assert [(r.source, r.path) for r in merged.reports] == [
        ("a", "participants/0"),
        ("b", "participants/0"),
    ]


# --- events ---------------------------------------------------------------------------------

BLINKEN = person("Antony Blinken", "USA", "Secretary of State")
JAISHANKAR = person("Subrahmanyam Jaishankar", "IND", "External Affairs Minister")
DOVAL = person("Ajit Doval", "IND", "National Security Adviser")
SULLIVAN = person("Jake Sullivan", "USA", "National Security Adviser")
TALKS = (BLINKEN, JAISHANKAR)

EVENT_CASES: list[tuple[str, list[Extraction], list[list[str]]]] = [
    (
        "three outlets report one meeting; the undated one was published the day after",
        [
            document("a", meeting("a", 1, date="2024-03-04", people=TALKS, city="New Delhi")),
            document("b", meeting("b", 1, people=TALKS), published=dt.date(2024, 3, 5)),
            document("c", meeting("c", 1, date="2024-03-04", people=(JAISHANKAR,))),
        ],
        [["a:meeting:1", "b:meeting:1", "c:meeting:1"]],
    ),
    (
        "one day, one dyad, two pairs of ministers: two meetings",
        [
            document("a", meeting("a", 1, date="2024-03-04", people=TALKS)),
            document("b", meeting("b", 1, date="2024-03-04", people=(DOVAL, SULLIVAN))),
        ],
        [["a:meeting:1"], ["b:meeting:1"]],
    ),
    (
        "an undated report that fits two meetings of its window joins neither",
        [
            document("a", meeting("a", 1, date="2024-03-04", city="New Delhi")),
            document("b", meeting("b", 1, date="2024-03-20", city="New Delhi")),
            document("c", meeting("c", 1, city="New Delhi"), published=dt.date(2024, 3, 25)),
        ],
        [["a:meeting:1"], ["b:meeting:1"], ["c:meeting:1"]],
    ),
    (
        "a report dated to the month cannot bridge two meetings of that month",
        [
            document("a", meeting("a", 1, date="2024-03-04", people=TALKS)),
            document("b", meeting("b", 1, date="2024-03-20", people=(DOVAL, SULLIVAN))),
            document("c", meeting("c", 1, date="2024-03")),
        ],
        [["a:meeting:1"], ["b:meeting:1"], ["c:meeting:1"]],
    ),
    (
        "a month-dated report joins the one meeting of that month whose people it names",
        [
            document("a", meeting("a", 1, date="2024-03-04", people=TALKS)),
            document("b", meeting("b", 1, date="2024-03-20", people=(DOVAL, SULLIVAN))),
            document("c", meeting("c", 1, date="2024-03", people=(person("Doval", "IND"),))),
        ],
        [["a:meeting:1"], ["b:meeting:1", "c:meeting:1"]],
    ),
    (
        "a date guessed from the publication day admits the month before it",
        [
            document("a", meeting("a", 1, date="2024-03-04")),
            document("b", meeting("b", 1, date="2024-03-30", inferred=True)),
        ],
        [["a:meeting:1", "b:meeting:1"]],
    ),
    (
        "an undated report published two months later is another matter",
        [
            document("a", meeting("a", 1, date="2024-03-04")),
            document("b", meeting("b", 1), published=dt.date(2024, 5, 10)),
        ],
        [["a:meeting:1"], ["b:meeting:1"]],
    ),
    (
        "with no date at all, a shared person or city must say which meeting it is",
        [
            document("a", meeting("a", 1, date="2024-03-04", people=TALKS)),
            document("b", meeting("b", 1, people=(person("Blinken", "USA"),))),
            document("c", meeting("c", 1)),
        ],
        [["a:meeting:1", "b:meeting:1"], ["c:meeting:1"]],
    ),
    (
        "the third meeting is not the second",
        [
            document("a", meeting("a", 1, date="2024-03-04", ordinal=2)),
            document("b", meeting("b", 1, date="2024-03", ordinal=3)),
        ],
        [["a:meeting:1"], ["b:meeting:1"]],
    ),
    (
        "a meeting referred to joins the meeting it refers to",
        [
            document("a", meeting("a", 1, date="2024-03-04", city="New Delhi", country="IND")),
            document(
                "b",
                meeting("b", 1, date="2024-11-18", references=(2,)),
                meeting("b", 2, date="2024-03", country="IND", referenced=True),
            ),
        ],
        [["a:meeting:1", "b:meeting:2"], ["b:meeting:1"]],
    ),
    (
        "two references to a meeting no document reports are one meeting",
        [
            document("a", meeting("a", 1, date="2019-06", referenced=True)),
            document("b", meeting("b", 1, date="2019-06", referenced=True)),
            document("c", meeting("c", 1, date="2019-07", referenced=True)),
        ],
        [["a:meeting:1", "b:meeting:1"], ["c:meeting:1"]],
    ),
]


def _case(name: str) -> list[Extraction]:
    return next(docs for title, docs, _ in EVENT_CASES if title == name)


@pytest.mark.parametrize(
    ("docs", "expected"), [case[1:] for case in EVENT_CASES], ids=[case[0] for case in EVENT_CASES]
)
def test_event_reports_merge_into_events(docs: list[Extraction], expected: list[list[str]]) -> None:
    assert _clusters(build_dataset(docs)) == expected


def test_an_undated_report_gets_its_date_from_the_others() -> None:
    dataset = build_dataset(
        [
            document("a", meeting("a", 1, date="2024-03-04", people=TALKS)),
            document(
                "b", meeting("b", 1, people=TALKS, city="New Delhi"), published=dt.date(2024, 3, 5)
            ),
        ]
    )
    (merged,) = dataset.events
    assert merged.event.date == day("2024-03-04")
    assert merged.event.place is not None
    assert merged.event.place.city == "New Delhi"
    assert [r.date for r in merged.reports] == [day("2024-03-04"), None]
    assert merged.conflicts == ()


def test_facts_the_reports_disagree_on_are_kept_as_conflicts() -> None:
    dataset = build_dataset(
        [
            document("a", meeting("a", 1, date="2024-11-18", people=TALKS, city="Rio de Janeiro")),
            document("b", meeting("b", 1, date="2024-11-18", people=TALKS, city="Brasilia")),
        ]
    )
    (merged,) = dataset.events
    assert merged.conflicts == (
        Conflict(
            field="place.city",
            values=(
                ConflictValue(value='"Brasilia"', sources=("b",)),
                ConflictValue(value='"Rio de Janeiro"', sources=("a",)),
            ),
        ),
    )
    assert merged.event.place is None  # one document each: neither is taken


def test_a_reference_becomes_a_link_to_the_event_referred_to() -> None:
    dataset = build_dataset(_case("a meeting referred to joins the meeting it refers to"))
    (reference,) = find_links(dataset, kind=LinkKind.REFERENCE)
    assert (reference.source, reference.target) == ("b:meeting:1", "a:meeting:1")
    assert (reference.rule, reference.sources) == ("event.references", ("b",))
    later = next(e for e in dataset.events if e.id == "b:meeting:1")
    assert later.event.references == ("a:meeting:1",)


# --- agreements -----------------------------------------------------------------------------

TRADE = "Australia-India Economic Cooperation and Trade Agreement"

AGREEMENT_CASES: list[tuple[str, list[Extraction], list[list[str]]]] = [
    (
        "one title written two ways",
        [
            document("a", instrument("a", 1, title=TRADE, date="2022-04-02")),
            document(
                "b",
                instrument(
                    "b",
                    1,
                    title="Economic Cooperation and Trade Agreement between Australia and India",
                ),
            ),
        ],
        [["a:agreement:1", "b:agreement:1"]],
    ),
    (
        "an untitled pact that shares a topic is the titled agreement",
        [
            document("a", instrument("a", 1, title=TRADE, date="2022-04-02", topics=("trade",))),
            document(
                "b",
                instrument("b", 1, kind=AgreementKind.TREATY, city="Canberra", topics=("trade",)),
            ),
        ],
        [["a:agreement:1", "b:agreement:1"]],
    ),
    (
        "an untitled deal signed the same day is the titled agreement",
        [
            document("a", instrument("a", 1, title=TRADE, date="2022-04-02")),
            document("b", instrument("b", 1, date="2022-04-02")),
        ],
        [["a:agreement:1", "b:agreement:1"]],
    ),
    (
        "an untitled deal with nothing in common stays alone",
        [
            document("a", instrument("a", 1, title=TRADE, date="2022-04-02", topics=("trade",))),
            document("b", instrument("b", 1, topics=("migration",))),
        ],
        [["a:agreement:1"], ["b:agreement:1"]],
    ),
    (
        "one title between other parties is another instrument",
        [
            document("a", instrument("a", 1, title="Migration and Mobility Partnership Agreement")),
            document(
                "b",
                instrument(
                    "b",
                    1,
                    title="Migration and Mobility Partnership Agreement",
                    parties=("DEU", "IND"),
                ),
            ),
        ],
        [["a:agreement:1"], ["b:agreement:1"]],
    ),
    (
        "a memorandum is not a treaty",
        [
            document(
                "a", instrument("a", 1, title="Agreement on Space Cooperation", topics=("space",))
            ),
            document("b", instrument("b", 1, kind=AgreementKind.MEMORANDUM, topics=("space",))),
        ],
        [["a:agreement:1"], ["b:agreement:1"]],
    ),
    (
        "untitled reports of one signing group together",
        [
            document("a", instrument("a", 1, date="2024-05-09", topics=("trade",))),
            document("b", instrument("b", 1, date="2024-05-09", topics=("free trade",))),
            document("c", instrument("c", 1, date="2024-05-09", topics=("defence",))),
        ],
        [["a:agreement:1", "b:agreement:1"], ["c:agreement:1"]],
    ),
]


@pytest.mark.parametrize(
    ("docs", "expected"),
    [case[1:] for case in AGREEMENT_CASES],
    ids=[case[0] for case in AGREEMENT_CASES],
)
def test_agreement_reports_merge_into_instruments(
    docs: list[Extraction], expected: list[list[str]]
) -> None:
    dataset = build_dataset(docs)
    assert sorted(sorted(r.id for r in a.reports) for a in dataset.agreements) == expected


def test_an_instrument_planned_then_signed_is_signed_on_its_signing_day() -> None:
    dataset = build_dataset(
        [
            document(
                "a", instrument("a", 1, title=TRADE, status=AgreementStatus.PLANNED, date="2021")
            ),
            document("b", instrument("b", 1, title=TRADE, date="2021-12-20")),
        ]
    )
    (merged,) = dataset.agreements
    assert merged.agreement.status is AgreementStatus.SIGNED
    assert merged.agreement.date == day("2021-12-20")


# --- commitments and follow-through ---------------------------------------------------------

MARCH = meeting("a", 1, date="2024-03-28", countries=("BRA", "FRA"))
PROMISE = "work towards signing a memorandum of understanding on space cooperation"


def test_one_clause_reported_twice_is_one_commitment() -> None:
    dataset = build_dataset(
        [
            document("a", MARCH, commitment("a", 1, PROMISE, event=1)),
            document(
                "b",
                meeting("b", 1, date="2024-03-28", countries=("BRA", "FRA")),
                commitment(
                    "b", 1, "work toward the signing of a memorandum on space cooperation", event=1
                ),
                commitment("b", 2, PROMISE, modality=Modality.REAFFIRM, event=1),
            ),
        ]
    )
    assert sorted(sorted(r.id for r in c.reports) for c in dataset.commitments) == [
        ["a:commitment:1", "b:commitment:1"],
        ["b:commitment:2"],
    ]


FOLLOW_CASES: list[tuple[str, str, str, tuple[str, ...], bool]] = [
    ("signed months later, on the topic promised", "2024-11-18", PROMISE, ("space",), True),
    ("signed before the promise", "2023-11-18", PROMISE, ("space",), False),
    ("on another topic", "2024-11-18", PROMISE, ("health",), False),
    ("more than three years later", "2029-01-10", PROMISE, ("space",), False),
    (
        "a promise to talk, not to sign",
        "2024-11-18",
        "hold talks on space cooperation",
        ("space",),
        False,
    ),
]


@pytest.mark.parametrize(
    ("signed", "content", "topics", "linked"),
    [case[1:] for case in FOLLOW_CASES],
    ids=[case[0] for case in FOLLOW_CASES],
)
def test_a_commitment_to_sign_links_to_the_signing(
    signed: str, content: str, topics: tuple[str, ...], linked: bool
) -> None:
    memo = instrument(
        "b", 1, kind=AgreementKind.MEMORANDUM, parties=("BRA", "FRA"), date=signed, topics=topics
    )
    dataset = build_dataset(
        [document("a", MARCH, commitment("a", 1, content, event=1)), document("b", memo)]
    )
    found = find_links(dataset, kind=LinkKind.FOLLOW_THROUGH)
    assert [(x.source, x.target, x.rule) for x in found] == (
        [("a:commitment:1", "b:agreement:1", "commitment.signing")] if linked else []
    )
