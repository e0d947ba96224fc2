"""The laws of merging: the dataset is a function of the set of its documents.

Each law is checked on arbitrary extractions (``diplomod.testing``) and on
realistic ones (``dataset_worlds``): the order documents come in, the grouping in
which partial datasets are merged, adding documents one at a time, merging a
dataset with itself, and taking a dataset apart and building it again all give
the same dataset.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pytest
from dataset_worlds import realistic_extractions
from hypothesis import given
from hypothesis import strategies as st

from diplomod import testing
from diplomod.dataset import (
    add_extractions,
    build_dataset,
    extractions_of,
    merge_datasets,
    read_dataset,
    write_dataset,
)
from diplomod.errors import DatasetError
from diplomod.records import Dataset, Extraction, Source

arbitrary = st.lists(testing.extractions(), max_size=4, unique_by=lambda x: x.source.id)
realistic = realistic_extractions()
documents = st.one_of(arbitrary, realistic)


def _merge_tree(datasets: Sequence[Dataset], shape: st.DataObject) -> Dataset:
    """Merge datasets pairwise in a grouping drawn from ``shape``."""
    pool = list(datasets)
    while len(pool) > 1:
        i = shape.draw(st.integers(0, len(pool) - 2))
        pool[i : i + 2] = [merge_datasets(pool[i], pool[i + 1])]
    return pool[0] if pool else Dataset()


@given(documents, st.randoms(use_true_random=False))
def test_the_order_of_documents_does_not_matter(docs: list[Extraction], rng: object) -> None:
    shuffled = list(docs)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    assert build_dataset(shuffled) == build_dataset(docs)


@given(documents, st.data())
def test_merging_is_associative_over_any_split(docs: list[Extraction], data: st.DataObject) -> None:
    whole = build_dataset(docs)
    groups = data.draw(st.lists(st.integers(0, 3), min_size=len(docs), max_size=len(docs)))
    parts = [
        build_dataset([x for x, g in zip(docs, groups, strict=True) if g == n]) for n in range(4)
    ]
    assert _merge_tree(parts, data) == whole
    assert merge_datasets(*reversed(parts)) == whole


@given(documents, st.data())
def test_adding_documents_one_by_one_builds_the_same_dataset(
    docs: list[Extraction], data: st.DataObject
) -> None:
    order = data.draw(st.permutations(docs))
    grown = build_dataset([])
    for extraction in order:
        grown = add_extractions(grown, [extraction])
    assert grown == build_dataset(docs)


@given(documents)
def test_merging_a_dataset_with_itself_changes_nothing(docs: list[Extraction]) -> None:
    dataset = build_dataset(docs)
    assert merge_datasets(dataset, dataset) == dataset
    assert merge_datasets(dataset, build_dataset(docs)) == dataset
    assert add_extractions(dataset, docs) == dataset


@given(documents)
def test_a_dataset_is_built_again_from_its_extractions(docs: list[Extraction]) -> None:
    dataset = build_dataset(docs)
    again = build_dataset(extractions_of(dataset))
    assert again == dataset
    assert {x.source for x in extractions_of(dataset)} == {x.source for x in docs}


@given(documents)
def test_a_dataset_file_reads_back_equal(docs: list[Extraction]) -> None:
    dataset = build_dataset(docs)
    out = io.BytesIO()
    write_dataset(dataset, out)
    out.seek(0)
    assert read_dataset(out) == dataset


@given(realistic)
def test_every_report_is_kept_once(docs: list[Extraction]) -> None:
    dataset = build_dataset(docs)
    reported = sorted(e.id for x in docs for e in x.events)
    merged = sorted(r.id for e in dataset.events for r in e.reports)  # type: ignore[union-attr]
    assert merged == reported
    ids = [e.id for e in dataset.events]
    assert len(set(ids)) == len(ids)
    for link in dataset.links:
        assert link.source != link.target


@given(realistic)
def test_a_vague_report_never_joins_two_reported_events(docs: list[Extraction]) -> None:
    dataset = build_dataset(docs)
    for merged in dataset.events:
        days = {
            r.date
            for r in merged.reports
            if getattr(r, "date", None)
            and r.date.day  # type: ignore[union-attr]
            and not r.referenced
            and not r.date_inferred
        }  # type: ignore[union-attr]
        assert len(days) <= 1


def test_two_different_extractions_of_one_document_are_refused() -> None:
    first = Extraction(source=Source(id="doc"))
    second = Extraction(source=Source(id="doc", title="Another text"))
    with pytest.raises(DatasetError, match="two different extractions of document 'doc'"):
        build_dataset([first, second])
    dataset = build_dataset([first])
    with pytest.raises(DatasetError):
        add_extractions(dataset, [second])
    assert add_extractions(dataset, [first]) == dataset  # the refused batch left it usable
