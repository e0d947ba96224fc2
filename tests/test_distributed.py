"""Building on Dask: any cut into partitions, any cluster, the same dataset as one process."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomod import Extraction, RawDocument, build_dataset, parse_document, read_corpus
from diplomod.bulk import Failure
from diplomod.bulk._store import load_dataset
from diplomod.bulk.distributed import build_on_dask, partitions, run_partition

distributed = pytest.importorskip("dask.distributed")

# Readouts in our own words, about different states each.
TEXTS = (
    "Prime Minister Arjun Mehra of India held a telephone call with Prime Minister Claire "
    "Whitfield of Australia on 4 June 2024. The two leaders agreed to deepen cooperation on "
    "critical minerals.",
    "Foreign Minister Claire Laurent of France met Foreign Minister Jonas Weber of Germany in "
    "Berlin on 12 March 2023. They decided to set up a joint task force on energy security.",
    "President Lucia Ferreira of Brazil held talks with President Thabo Mokoena of South Africa "
    "in Pretoria on 2 August 2021. The Presidents reaffirmed their commitment to reform of the "
    "United Nations Security Council.",
    "Foreign Minister Min-jun Park of the Republic of Korea visited Tokyo in late May 2022. Korea "
    "expressed concern over the missile launches by North Korea.",
    "Chancellor Greta Hoffmann of Germany spoke by phone with President Sofia Ramirez of Mexico "
    "on 9 October 2020. Germany welcomed the progress of the trade talks.",
    "Prime Minister Haruto Sakai of Japan met Prime Minister Liam Walker of New Zealand in "
    "Wellington on 21 November 2022. The two sides agreed to increase direct flights.",
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A JSON Lines corpus of 24 documents, a blank line, a bad line and a non-UTF-8 line."""
    lines = [
        json.dumps({"id": f"doc-{i:02d}", "text": TEXTS[i % len(TEXTS)], "published": None})
        for i in range(24)
    ]
    lines[5:5] = ["", '{"id": "bad", "text": null}']
    path = tmp_path / "news.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8") + b'{"id": "\xff"}\n')
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "txt"
    path.mkdir()
    for i, text in enumerate(TEXTS[:3]):
        (path / f"readout-{i}.txt").write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def threads() -> Iterator[object]:
    """A local cluster of two single-threaded workers in this process."""
    with (
        distributed.LocalCluster(
            processes=False, n_workers=2, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def in_one_process(*inputs: Path) -> list[Extraction]:
    docs: list[RawDocument] = []
    for path in inputs:
        if path.suffix == ".jsonl":
            docs += [RawDocument(id=f"doc-{i:02d}", text=TEXTS[i % len(TEXTS)]) for i in range(24)]
        else:
            docs += read_corpus(path)
    return [parse_document(d) for d in docs]


def test_a_local_cluster_builds_what_one_process_builds(
    threads: object, corpus: Path, folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "dataset.jsonl"
    dataset, failures = build_on_dask([corpus, folder], output=out, blocksize=700, split_every=3)
    assert len(partitions([corpus, folder], blocksize=700)) > 6
    assert dataset == build_dataset(in_one_process(corpus, folder))
    assert load_dataset(out) == dataset
    bad_at = corpus.read_bytes().index(b'{"id": "bad"')
    not_utf8_at = corpus.read_bytes().index(b'{"id": "\xff')
    assert failures == (
        Failure(where=f"{corpus}@{bad_at}", reason="$.text: expected a string, got null"),
        Failure(where=f"{corpus}@{not_utf8_at}", reason="not UTF-8 (invalid start byte at byte 8)"),
    )


def test_finished_parts_are_read_back_instead_of_parsed_again(
    threads: object, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parts = tmp_path / "parts"
    first, _ = build_on_dask([corpus], parts=parts, blocksize=1500)
    written = sorted(p.name for p in parts.glob("part-*.jsonl"))
    assert len(written) == len(partitions([corpus], blocksize=1500))

    def refuse(document: RawDocument) -> Extraction:
        raise AssertionError(f"parsed {document.id} again")

    monkeypatch.setattr("diplomod.bulk.distributed.parse_document", refuse)
    again, failures = build_on_dask([corpus], parts=parts, blocksize=1500)
    assert again == first
    assert len(failures) == 2


def test_worker_processes_build_the_same_dataset(corpus: Path, folder: Path) -> None:
    with (
        distributed.LocalCluster(
            processes=True, n_workers=2, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster),
    ):
        dataset, failures = build_on_dask([corpus, folder], blocksize=1000, split_every=2)
    assert dataset == build_dataset(in_one_process(corpus, folder))
    assert len(failures) == 2


@settings(max_examples=30)
@given(
    sizes=st.lists(st.integers(min_value=0, max_value=120), min_size=0, max_size=12),
    blocksize=st.integers(min_value=1, max_value=400),
)
def test_every_corpus_line_falls_in_exactly_one_partition(
    tmp_path_factory: pytest.TempPathFactory, sizes: list[int], blocksize: int
) -> None:
    path = tmp_path_factory.mktemp("cut") / "c.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": "x" * n}) for i, n in enumerate(sizes)]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    cut = partitions([path], blocksize=blocksize)
    found = [s.id for p in cut for s in run_partition(p).dataset.sources]
    assert sorted(found) == sorted(f"d{i}" for i in range(len(sizes)))
