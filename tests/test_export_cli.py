"""``diplomod export``: from text or from parsed extractions to each format, as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from export_data import EXTRACTION

from diplomod.cli import _EXPORTS, main
from diplomod.codes import coded_events
from diplomod.interchange import ExportFormat, read_plover, write_jsonl

READOUT = (
    "Seoul, 14 October 2024 - President Yoon Suk Yeol of the Republic of Korea met Prime "
    "Minister Christopher Luxon of New Zealand in Seoul. The two leaders agreed to expand "
    "cooperation in defence and trade. New Zealand condemned the missile launches by "
    "North Korea.\n"
)


@pytest.fixture
def readout(tmp_path: Path) -> Path:
    path = tmp_path / "kor-nzl.txt"
    path.write_text(READOUT, encoding="utf-8")
    return path


def test_every_format_is_offered() -> None:
    assert set(_EXPORTS) == {f.value for f in ExportFormat}


def test_a_text_file_exports_as_gdelt_rows(
    readout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(readout), "--to", "gdelt", "--jobs", "1"]) == 0
    captured = capsys.readouterr()
    rows = [line.split("\t") for line in captured.out.splitlines()]
    assert rows
    assert all(len(row) == 61 for row in rows)
    assert {row[26] for row in rows} >= {"042", "043", "111"}
    assert "diplomod export: dropped evidence" in captured.err


def test_parsed_extractions_export_as_plover(tmp_path: Path) -> None:
    parsed = tmp_path / "parsed.jsonl"
    write_jsonl([EXTRACTION], parsed)
    out = tmp_path / "events.plover.jsonl"
    assert main(["export", str(parsed), "--to", "plover", "--out", str(out)]) == 0
    lines = out.read_text("utf-8").splitlines()
    assert list(read_plover(lines)) == list(coded_events(EXTRACTION))


@pytest.mark.parametrize("fmt", ["icews", "polecat", "popolo", "jsonld"])
def test_each_format_is_written_to_a_file(readout: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    assert main(["export", str(readout), "--to", fmt, "--out", str(out), "--jobs", "1"]) == 0
    text = out.read_text("utf-8")
    if fmt in {"popolo", "jsonld"}:
        assert json.loads(text)
    else:
        assert text.splitlines()[0].startswith("Event ID\tEvent Date\t")


def test_a_corpus_of_documents_is_parsed_not_loaded(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "d1", "text": READOUT}) + "\n", encoding="utf-8")
    out = tmp_path / "out.tsv"
    assert main(["export", str(corpus), "--to", "icews", "--out", str(out), "--jobs", "1"]) == 0
    assert len(out.read_text("utf-8").splitlines()) > 1
