"""Whole documents, parsed and merged: what several outlets' reports of one story become.

The texts are written for these tests: a US-India meeting reported three ways
(one report undated), an Australia-India trade pact named only by a later report,
two Indian ministers called Singh, and a France-Brazil promise to sign a
memorandum, kept months later at a meeting that recalls the first.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from diplomod import parse
from diplomod.dataset import build_dataset, find_links, merge_datasets
from diplomod.records import Dataset, Event, Extraction, LinkKind, PartialDate

D = dt.date
DOCUMENTS: dict[str, tuple[dt.date | None, str]] = {
    "usin_a": (
        D(2024, 3, 5),
        "U.S. Secretary of State Antony Blinken met Indian External Affairs Minister "
        "Subrahmanyam Jaishankar in New Delhi on March 4, 2024. The two ministers agreed to "
        "expand cooperation on clean energy and critical minerals.",
    ),
    "usin_b": (
        None,
        "U.S. Secretary of State Antony Blinken and Indian External Affairs Minister "
        "S. Jaishankar held talks in New Delhi, where the two sides agreed to widen their "
        "partnership on clean energy and critical minerals.",
    ),
    "usin_c": (
        D(2024, 3, 4),
        "Jaishankar hosts Blinken. NEW DELHI: External Affairs Minister Dr. S. Jaishankar "
        "received U.S. Secretary of State Antony J. Blinken in New Delhi on 4 March 2024 for "
        "talks on trade and technology.",
    ),
    "ausind_a": (
        D(2024, 5, 10),
        "Australia and India signed a trade pact in Canberra on Thursday, officials said. "
        "The deal cuts tariffs on wine and textiles.",
    ),
    "ausind_b": (
        D(2024, 5, 12),
        "The Australia-India Economic Cooperation and Trade Agreement, signed in Canberra on "
        "May 9, 2024, removes tariffs on most goods, the Department of Foreign Affairs and "
        "Trade said.",
    ),
    "sing_a": (
        D(2023, 10, 11),
        "Indian Defence Minister Rajnath Singh met Australian Defence Minister Richard Marles "
        "in Canberra on 10 October 2023. Defence Minister Singh said the two countries would "
        "deepen maritime cooperation.",
    ),
    "sing_b": (
        D(2023, 10, 13),
        "Indian Minister of State for Science Jitendra Singh met Australian Industry Minister "
        "Ed Husic in New Delhi on 12 October 2023. The ministers agreed to fund joint research "
        "on quantum computing.",
    ),
    "frbr_a": (
        D(2024, 3, 29),
        "French President Emmanuel Macron met Brazilian President Luiz Inacio Lula da Silva "
        "in Brasilia on 28 March 2024. The two presidents agreed to work towards signing a "
        "memorandum of understanding on space cooperation.",
    ),
    "frbr_b": (
        D(2024, 11, 19),
        "Brazilian President Luiz Inacio Lula da Silva met French President Emmanuel Macron "
        "in Rio de Janeiro on 18 November 2024. The presidents recalled the progress made "
        "since their last meeting in March 2024 in Brazil. After the talks the two presidents "
        "signed a Memorandum of Understanding on Space Cooperation.",
    ),
    "frbr_c": (
        D(2024, 11, 18),
        "On November 18, 2024, President Lula received President Macron in Rio de Janeiro. "
        "France and Brazil signed a Memorandum of Understanding on Space Cooperation on "
        "November 18, 2024.",
    ),
}


@pytest.fixture(scope="module")
def extractions() -> list[Extraction]:
    return [parse(text, id=key, published=day) for key, (day, text) in DOCUMENTS.items()]


@pytest.fixture(scope="module")
def dataset(extractions: list[Extraction]) -> Dataset:
    return build_dataset(extractions)


def _sources(records: tuple[object, ...]) -> list[str]:
    return sorted({getattr(r, "source", None) or "" for r in records})


def test_one_meeting_three_outlets_and_the_undated_report_is_dated(dataset: Dataset) -> None:
    (meeting,) = [e for e in dataset.events if "usin_a" in _sources(e.reports)]
    assert _sources(meeting.reports) == ["usin_a", "usin_b", "usin_c"]
    assert isinstance(meeting.event, Event)
    assert meeting.event.date == PartialDate(year=2024, month=3, day=4)
    assert sorted(meeting.event.countries) == ["IND", "USA"]
    undated = next(r for r in meeting.reports if r.source == "usin_b")
    assert isinstance(undated, Event)
    assert undated.date is None


@pytest.mark.parametrize(
    ("name", "spellings"),
    [
        ("Antony Blinken", ["Antony Blinken", "Antony Blinken", "Antony J. Blinken"]),
        ("Subrahmanyam Jaishankar", ["S. Jaishankar", "S. Jaishankar", "Subrahmanyam Jaishankar"]),
        ("Rajnath Singh", ["Rajnath Singh"]),
        ("Jitendra Singh", ["Jitendra Singh"]),
    ],
)
def test_each_person_is_one_record_under_every_spelling(
    dataset: Dataset, name: str, spellings: list[str]
) -> None:
    (found,) = [p for p in dataset.persons if p.person.name == name]
    assert sorted(r.person.name for r in found.reports) == spellings


def test_the_untitled_trade_pact_is_the_named_agreement(dataset: Dataset) -> None:
    (pact,) = [a for a in dataset.agreements if "ausind_a" in _sources(a.reports)]
    assert _sources(pact.reports) == ["ausind_a", "ausind_b"]
    assert pact.agreement.title == "Australia-India Economic Cooperation and Trade Agreement"
    assert pact.agreement.date == PartialDate(year=2024, month=5, day=9)


def test_the_promise_the_signing_and_the_reference_are_linked(dataset: Dataset) -> None:
    march = next(e for e in dataset.events if "frbr_a" in _sources(e.reports))
    november = next(e for e in dataset.events if "frbr_c" in _sources(e.reports))
    (memo,) = [a for a in dataset.agreements if "frbr_b" in _sources(a.reports)]
    (promise,) = [c for c in dataset.commitments if "frbr_a" in _sources(c.reports)]
    assert _sources(march.reports) == ["frbr_a", "frbr_b"]  # the reference joined the meeting
    assert _sources(november.reports) == ["frbr_b", "frbr_c"]
    (reference,) = find_links(dataset, kind=LinkKind.REFERENCE, source=november.id)
    assert reference.target == march.id
    (kept,) = find_links(dataset, kind=LinkKind.FOLLOW_THROUGH, source=promise.id)
    assert (kept.target, kept.rule) == (memo.id, "commitment.signing")
    (signed,) = find_links(dataset, kind=LinkKind.SIGNED_AT, source=memo.id)
    assert signed.target == november.id


def test_the_documents_merge_the_same_in_any_order_and_grouping(
    extractions: list[Extraction], dataset: Dataset
) -> None:
    for shift in range(1, len(extractions), 3):
        turned = extractions[shift:] + extractions[:shift]
        assert build_dataset(turned) == dataset
        parts = [build_dataset(turned[i::3]) for i in range(3)]
        assert merge_datasets(*parts) == dataset
        assert merge_datasets(parts[2], merge_datasets(parts[1], parts[0])) == dataset
    for pair in itertools.combinations(extractions[:4], 2):
        assert merge_datasets(build_dataset(pair), dataset) == dataset
