"""Whole documents of our own, by genre, scored against hand annotations with the shared scorer.

Each genre is ``tests/corpus/<genre>.jsonl`` (one document per line: ``id``, ``text``,
``published``, ``publisher``) with ``tests/corpus/gold/<genre>/<id>.gold.json`` in the
evaluation view of ``../shared/eval/FORMAT.md``. The texts are written for these tests,
in the phrasing of each genre; none is copied from a real release.

The floors are the scores measured when a genre was added, rounded down: a change that
loses accuracy on a genre fails here. No category may invent a value the text does not
give.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from diplomod import parse, read_corpus, to_evaluation_view

HERE = Path(__file__).parent / "corpus"
SCORER = Path(__file__).parents[1].parent / "shared" / "eval" / "score.py"

CATEGORIES = ("events", "agreements", "commitments", "statements")

#: The lowest macro F1 each genre may score (measured, rounded down).
FLOORS: dict[str, float] = {
    "joint_statements": 0.86,
    "news_reports": 0.85,
    "readouts": 0.86,
    "spokesperson_statements": 0.88,
}


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("diplomod_shared_score", SCORER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _genres() -> list[str]:
    return sorted(p.stem for p in HERE.glob("*.jsonl"))


def test_every_genre_has_gold_for_each_document_and_a_floor() -> None:
    for genre in _genres():
        ids = [doc.id for doc in read_corpus(HERE / f"{genre}.jsonl")]
        gold = sorted(p.name.removesuffix(".gold.json") for p in (HERE / "gold" / genre).iterdir())
        assert sorted(ids) == gold, genre
        assert genre in FLOORS, f"{genre}: add its measured floor to FLOORS"


@pytest.mark.skipif(not SCORER.is_file(), reason="the shared scorer is not here")
@pytest.mark.parametrize("genre", _genres())
def test_a_genre_scores_at_least_its_floor_and_invents_nothing(genre: str, tmp_path: Path) -> None:
    for doc in read_corpus(HERE / f"{genre}.jsonl"):
        extraction = parse(
            doc.text, id=doc.id, published=doc.published, publisher=doc.publisher, url=doc.url
        )
        view = to_evaluation_view(extraction)
        (tmp_path / f"{doc.id}.json").write_text(json.dumps(view), encoding="utf-8")
    out = _scorer().score(HERE / "gold" / genre, tmp_path, per_doc=False)
    invented = {k: out[k]["invented"] for k in CATEGORIES}
    assert not any(invented.values()), invented
    assert out["macro_f1"] >= FLOORS[genre], out["macro_f1"]
