"""The command line and the corpus reader, as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from diplomod import InvalidValueError, LoadError, read_corpus
from diplomod.cli import main

READOUT = (
    "Readout of the Secretary's Call with Foreign Minister Dube of Zimbabwe\n\n"
    "Secretary Nora Hale spoke by phone today with Foreign Minister Peter Dube of Zimbabwe. "
    "The two sides agreed to resume talks on debt relief.\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    lines = [
        {"id": "call-1", "text": READOUT, "published": "2025-02-03", "publisher": "Ministry"},
        {"id": "empty", "text": "", "published": None, "url": "https://example.org/x"},
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return path


def test_eval_view_is_written_per_document(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "eval"
    assert main(["parse", str(corpus), "--format", "eval", "--out", str(out), "--jobs", "2"]) == 0
    view = json.loads((out / "call-1.json").read_text(encoding="utf-8"))
    assert view["format"] == "diplomod-gold/1"
    assert view["published"] == "2025-02-03"
    assert [(e["type"], e["date"]) for e in view["events"]] == [("call", "2025-02-03")]
    assert sorted(p.name for p in out.iterdir()) == ["call-1.json", "empty.json"]


def test_a_folder_of_text_files_parses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(READOUT, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Nothing diplomatic here.", encoding="utf-8")
    assert main(["parse", str(tmp_path), "--format", "jsonl", "--published", "2025-02-03"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(x)["type"] for x in lines] == ["extraction", "extraction"]
    assert json.loads(lines[0])["data"]["source"]["published"] == "2025-02-03"


def test_a_bad_corpus_line_is_reported_with_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x", "text": 5, "published": "2025-13-01"}\n', encoding="utf-8")
    assert main(["parse", str(path), "--format", "jsonl"]) == 2
    err = capsys.readouterr().err
    assert "bad.jsonl:1: $.text" in err
    assert "$.published: not an ISO date: '2025-13-01'" in err


def test_read_corpus_names_every_problem(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "x"}\n\nnot json\n', encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        list(read_corpus(path))
    assert caught.value.problems == (f"{path}:1: $.id: missing (each line needs an id and a text)",)


def test_a_missing_input_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file"):
        list(read_corpus(tmp_path / "nowhere"))


def test_schema_prints_a_json_schema() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "diplomod.cli", "schema"], capture_output=True, text=True, check=True
    )
    schema = json.loads(done.stdout)
    assert schema["$schema"].endswith("2020-12/schema")


def test_eval_format_needs_an_output_folder(corpus: Path) -> None:
    with pytest.raises(SystemExit):
        main(["parse", str(corpus), "--format", "eval"])


@pytest.mark.parametrize(
    "error",
    [
        LoadError(["$.a: bad", "$.b: worse"], where="f.jsonl"),
        InvalidValueError("Meeting.date", "2021-02-30", "day is out of range for month"),
    ],
)
def test_errors_survive_pickling_between_processes(error: Exception) -> None:
    import pickle

    again = pickle.loads(pickle.dumps(error))
    assert (type(again), str(again), vars(again)) == (type(error), str(error), vars(error))
