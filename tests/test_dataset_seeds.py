"""The five seed documents, merged: two meetings, four instruments, two persons, two links.

Three outlets report the Japan-Vietnam defence ministers' meeting of 11 September
2021 in Hanoi (one of them undated); two report their meeting of 23 November 2021
in Tokyo, which refers back to September. The corpus is read from ``../shared``;
no text of it is copied here.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from diplomod import parse
from diplomod.dataset import build_dataset, find_links, merge_datasets, timeline
from diplomod.records import (
    AgreementKind,
    AgreementStatus,
    Dataset,
    Event,
    Extraction,
    LinkKind,
    MergedAgreement,
    MergedEvent,
    PartialDate,
)

SEEDS = Path(__file__).parents[1].parent / "shared" / "corpus" / "seeds"
#: Publication dates given with the seeds (the others have none).
PUBLISHED = {"000": dt.date(2021, 9, 12), "002": dt.date(2021, 9, 12), "004": dt.date(2021, 11, 23)}

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared corpus is not here")


@pytest.fixture(scope="module")
def extractions() -> list[Extraction]:
    return [
        parse(
            path.read_text(encoding="utf-8"), id=path.stem, published=PUBLISHED.get(path.stem[:3])
        )
        for path in sorted(SEEDS.glob("*.txt"))
    ]


@pytest.fixture(scope="module")
def dataset(extractions: list[Extraction]) -> Dataset:
    return build_dataset(extractions)


def _docs(reports: tuple[object, ...]) -> list[str]:
    return sorted({(getattr(r, "source", None) or "")[:3] for r in reports})


def _reported(dataset: Dataset) -> list[MergedEvent]:
    return [e for e in dataset.events if isinstance(e.event, Event) and not e.event.referenced]


def _instrument(dataset: Dataset, *words: str) -> MergedAgreement:
    (found,) = [
        a
        for a in dataset.agreements
        if a.agreement.title and all(w in a.agreement.title.lower() for w in words)
    ]
    return found


def test_two_meetings_were_reported(dataset: Dataset) -> None:
    september, november = sorted(_reported(dataset), key=lambda e: str(e.event.date))
    assert isinstance(september.event, Event)
    assert isinstance(november.event, Event)
    assert september.event.date == PartialDate(year=2021, month=9, day=11)
    assert september.event.place is not None
    assert (september.event.place.city, september.event.place.country) == ("Hanoi", "VNM")
    assert november.event.date == PartialDate(year=2021, month=11, day=23)
    assert november.event.place is not None
    assert november.event.place.country == "JPN"
    # every outlet's report, and the references of the November reports to September
    assert _docs(september.reports) == ["000", "001", "002", "003", "004"]
    assert _docs(november.reports) == ["003", "004"]
    assert all(r.evidence for e in (september, november) for r in e.reports if isinstance(r, Event))
    assert len(dataset.events) == 2


def test_the_instruments_are_the_three_bilateral_ones_and_unclos(dataset: Dataset) -> None:
    transfer = _instrument(dataset, "defense equipment and technology transfer")
    cyber = _instrument(dataset, "memorandum", "cybersecurity")
    medicine = _instrument(dataset, "memorandum", "military medicine")
    unclos = _instrument(dataset, "law of the sea")
    assert len(dataset.agreements) == 4
    assert _docs(transfer.reports) == ["000", "001", "002", "004"]
    assert transfer.agreement.date == PartialDate(year=2021, month=9, day=11)
    assert transfer.agreement.status is AgreementStatus.SIGNED
    for memo in (cyber, medicine):
        assert _docs(memo.reports) == ["003", "004"]
        assert memo.agreement.kind is AgreementKind.MEMORANDUM
        assert memo.agreement.date == PartialDate(year=2021, month=11, day=23)
    assert _docs(unclos.reports) == ["000", "004"]
    assert all(r.evidence for a in dataset.agreements for r in a.reports)


def test_two_persons_each_named_by_every_document(dataset: Dataset) -> None:
    persons = {p.person.name: p for p in dataset.persons}
    assert sorted(persons) == ["Nobuo Kishi", "Phan Van Giang"]
    assert persons["Nobuo Kishi"].represents == "JPN"
    assert persons["Phan Van Giang"].represents == "VNM"
    for person in persons.values():
        assert _docs(tuple(person.reports)) == ["000", "001", "002", "003", "004"]
        assert all(report.evidence for report in person.reports)
    kishi = {r.person.name for r in persons["Nobuo Kishi"].reports}
    assert {"Kishi", "Nobuo Kishi"} <= kishi


def test_november_refers_to_september(dataset: Dataset) -> None:
    september, november = sorted(_reported(dataset), key=lambda e: str(e.event.date))
    (link,) = find_links(dataset, kind=LinkKind.REFERENCE)
    assert (link.source, link.target, link.rule) == (november.id, september.id, "event.references")
    assert [s[:3] for s in link.sources] == ["003", "004"]


def test_the_september_commitment_is_carried_out_by_the_memoranda(dataset: Dataset) -> None:
    memoranda = {
        _instrument(dataset, "cybersecurity").id,
        _instrument(dataset, "military medicine").id,
    }
    links = find_links(dataset, kind=LinkKind.FOLLOW_THROUGH)
    assert {link.target for link in links} == memoranda
    (promise,) = {link.source for link in links}
    (commitment,) = [c for c in dataset.commitments if c.id == promise]
    assert _docs(commitment.reports) == ["000", "002"]
    assert "memorandums" in commitment.commitment.content


def test_the_timeline_of_2021_runs_in_date_order(dataset: Dataset) -> None:
    records = timeline(dataset, "JPN", "VNM", start=dt.date(2021, 1, 1), end=dt.date(2021, 12, 31))
    events = [r for r in records if isinstance(r, MergedEvent)]
    assert [e.id for e in events] == [
        e.id for e in sorted(_reported(dataset), key=lambda e: str(e.event.date))
    ]
    assert records[0] is events[0]


def test_the_seeds_merge_the_same_in_any_order(
    extractions: list[Extraction], dataset: Dataset
) -> None:
    for order in itertools.islice(itertools.permutations(extractions), 0, None, 11):
        assert build_dataset(order) == dataset
    assert merge_datasets(dataset, dataset) == dataset
    halves = build_dataset(extractions[::2]), build_dataset(extractions[1::2])
    assert merge_datasets(*halves) == merge_datasets(*reversed(halves)) == dataset
