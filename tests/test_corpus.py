"""Reading a corpus: one document per JSON Lines line, with errors that say what and where."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from diplomod import LoadError
from diplomod.corpus import RawDocument, corpus_document, read_corpus


def test_a_line_gives_its_document_and_metadata() -> None:
    line = json.dumps(
        {
            "id": "ind-aus-call",
            "text": "The two prime ministers spoke by phone on Tuesday.",
            "published": "2025-02-12",
            "publisher": "Canberra Wire",
            "url": None,
        }
    )
    assert corpus_document(line, "wire.jsonl:1") == RawDocument(
        id="ind-aus-call",
        text="The two prime ministers spoke by phone on Tuesday.",
        published=dt.date(2025, 2, 12),
        publisher="Canberra Wire",
        url=None,
    )


@pytest.mark.parametrize(
    ("line", "problems"),
    [
        ('{"id": "a", "text": "x"', ["not JSON: "]),
        ('["a", "x"]', ["$: expected an object, got list"]),
        ('{"text": "x"}', ["$.id: missing (each line needs an id and a text)"]),
        ('{"id": "a"}', ["$.text: missing (each line needs an id and a text)"]),
        ('{"id": "a", "text": null}', ["$.text: expected a string, got null"]),
        ('{"id": "a", "text": 7}', ["$.text: expected a string, got a number (7)"]),
        ('{"id": "a", "text": ["x"]}', ["$.text: expected a string, got an array"]),
        ('{"id": "", "text": "x"}', ["$.id: expected a non-empty string, got ''"]),
        (
            '{"id": "a", "text": "x", "published": "12/09/2021"}',
            ["$.published: not an ISO date: '12/09/2021'"],
        ),
        (
            '{"id": 3, "text": false, "url": 1}',
            [
                "$.id: expected a non-empty string, got 3",
                "$.text: expected a string, got a boolean",
                "$.url: expected a string or null, got 1",
            ],
        ),
    ],
)
def test_a_bad_line_names_every_problem_and_the_line(line: str, problems: list[str]) -> None:
    with pytest.raises(LoadError) as caught:
        corpus_document(line, "wire.jsonl:4")
    assert len(caught.value.problems) == len(problems)
    for got, expected in zip(caught.value.problems, problems, strict=True):
        assert got.startswith(f"wire.jsonl:4: {expected}")


def test_reading_a_corpus_names_the_bad_line(tmp_path: Path) -> None:
    corpus = tmp_path / "wire.jsonl"
    corpus.write_text('{"id": "a", "text": "x"}\n\n{"id": "b"}\n', encoding="utf-8")
    documents = read_corpus(corpus)
    assert next(documents).id == "a"
    with pytest.raises(LoadError, match=r"wire\.jsonl:3: \$\.text: missing"):
        next(documents)
