"""Merging stays near-linear: building costs the same per document, adding follows the batch.

CPU times are measured side by side in one run and compared as ratios, so a slow
or busy machine slows both sides alike. ``benchmarks/bench_dataset.py`` measures
the same at larger sizes.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable

from dataset_records import commitment, document, meeting, person

from diplomod.dataset import build_dataset, merge_datasets
from diplomod.records import Extraction

STATES = ("AUS", "BRA", "DEU", "FRA", "IND", "JPN", "KOR", "USA", "VNM", "ZAF")


def _corpus(count: int, seed: int = 3) -> list[Extraction]:
    """Return ``count`` documents: meetings of ten states, each told by one to three outlets."""
    rng = random.Random(seed)
    people = {s: [f"{s.title()}name{i} Family{s}{i}" for i in range(4)] for s in STATES}
    docs: list[Extraction] = []
    while len(docs) < count:
        pair = tuple(sorted(rng.sample(STATES, 2)))
        day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3000))
        names = [rng.choice(people[s]) for s in pair]
        for _ in range(rng.randint(1, 3)):
            doc = f"d{len(docs):05d}"
            dated = rng.random() < 0.7
            short = rng.random() < 0.3
            docs.append(
                document(
                    doc,
                    meeting(
                        doc,
                        1,
                        date=day.isoformat() if dated else None,
                        countries=pair,
                        people=tuple(
                            person(n.split()[-1] if short else n, s)
                            for n, s in zip(names, pair, strict=True)
                        ),
                    ),
                    commitment(doc, 1, "deepen cooperation on trade", actors=pair, event=1),
                    published=day + dt.timedelta(days=1),
                )
            )
    return docs[:count]


def _cpu(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def test_building_costs_the_same_per_document_as_the_corpus_grows() -> None:
    corpus = _corpus(1600)
    build_dataset(corpus[:50])  # warm up
    small = min(_cpu(lambda: build_dataset(corpus[:400])) for _ in range(2)) / 400
    large = min(_cpu(lambda: build_dataset(corpus)) for _ in range(2)) / 1600
    assert large < 2 * small


def test_adding_a_batch_costs_about_the_batch_not_the_dataset() -> None:
    corpus = _corpus(1640)
    batch = corpus[1600:]

    def add(size: int) -> float:
        big = build_dataset(corpus[:size])
        small = build_dataset(batch)
        return _cpu(lambda: merge_datasets(big, small))

    build_dataset(corpus[:50])  # warm up
    few = min(add(200) for _ in range(3))
    many = min(add(1600) for _ in range(3))
    assert many < 3 * few  # eight times the dataset; a rebuild would cost eight times as much
