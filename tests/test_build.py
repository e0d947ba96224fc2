"""``diplomod build``: many corpora into one dataset file, failures skipped, runs resumable."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from diplomod import Dataset, Extraction, RawDocument, build_dataset, merge_datasets, parse_document
from diplomod.bulk import BuildSummary, Failure, build_corpus, driver, format_build_summary
from diplomod.bulk._store import load_dataset
from diplomod.bulk.checkpoint import Checkpoint, checkpoint_path, read_checkpoint
from diplomod.bulk.inputs import count_documents
from diplomod.bulk.progress import Progress
from diplomod.cli import main

# Readouts in our own words. Two of them report the same call, in different words.
TEXTS = {
    "ind-aus-call": (
        "Prime Minister Arjun Mehra of India held a telephone call with Prime Minister Claire "
        "Whitfield of Australia on 4 June 2024. The two leaders agreed to deepen cooperation on "
        "critical minerals. India welcomed Australia's decision to open a consulate in Kolkata."
    ),
    "aus-ind-call": (
        "Canberra, 5 June 2024. Prime Minister Claire Whitfield of Australia spoke by phone with "
        "Prime Minister Arjun Mehra of India on 4 June 2024. The leaders agreed to deepen "
        "cooperation on critical minerals."
    ),
    "fra-deu-talks": (
        "Foreign Minister Claire Laurent of France met Foreign Minister Jonas Weber of Germany "
        "in Berlin on 12 March 2023. They decided to set up a joint task force on energy "
        "security and condemned the shelling of civilian areas in Ukraine."
    ),
    "bra-zaf-summit": (
        "President Lucia Ferreira of Brazil held talks with President Thabo Mokoena of South "
        "Africa in Pretoria on 2 August 2021. The Presidents reaffirmed their commitment to "
        "reform of the United Nations Security Council."
    ),
    "jpn-kor-visit": (
        "Foreign Minister Min-jun Park of the Republic of Korea visited Tokyo in late May 2022. "
        "Korea expressed concern over the missile launches by North Korea."
    ),
}
NOT_UTF8 = b"Foreign Minister \xff\xfe of Chile met \x81 in Santiago."


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of readouts, one of them not UTF-8 text."""
    path = tmp_path / "corpus"
    path.mkdir()
    for name, text in TEXTS.items():
        (path / f"{name}.txt").write_text(text, encoding="utf-8")
    (path / "broken.txt").write_bytes(NOT_UTF8)
    return path


def jsonl(path: Path, lines: list[object]) -> Path:
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def expected(names: list[str]) -> Dataset:
    """Return the dataset of the named readouts, built in memory."""
    return build_dataset(parse_document(RawDocument(id=n, text=TEXTS[n])) for n in names)


class Counting:
    """Stand in for parse_document: count the documents parsed, stop or fail on request."""

    def __init__(self, stop_after: int | None = None, fail_on: str | None = None) -> None:
        self.parsed: list[str] = []
        self.stop_after = stop_after
        self.fail_on = fail_on

    def __call__(self, document: RawDocument) -> Extraction:
        if self.stop_after is not None and len(self.parsed) == self.stop_after:
            raise KeyboardInterrupt
        if document.id == self.fail_on:
            raise ValueError("a parser bug")
        self.parsed.append(document.id)
        return parse_document(document)


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Counting]:
    def install(**kwargs: object) -> Counting:
        parser = Counting(**kwargs)  # type: ignore[arg-type]
        monkeypatch.setattr(driver, "parse_document", parser)
        return parser

    return install


# --- a whole build --------------------------------------------------------------------------


def test_a_folder_builds_into_the_dataset_of_its_readable_documents(
    folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "dataset.jsonl"
    dataset, summary = build_corpus([folder], out, jobs=1)
    assert load_dataset(out) == dataset == expected(list(TEXTS))
    assert not checkpoint_path(out).exists()
    assert summary.failures == (
        Failure(
            where=str(folder / "broken.txt"),
            reason="not UTF-8 text (invalid start byte at byte 17)",
        ),
    )


def test_the_summary_counts_documents_records_and_merges(folder: Path, tmp_path: Path) -> None:
    dataset, s = build_corpus([folder], tmp_path / "d.jsonl", jobs=1)
    assert (s.documents, s.parsed, s.resumed, s.kept) == (5, 5, 0, 0)
    assert (s.events, s.agreements, s.commitments, s.statements) == (
        len(dataset.events),
        len(dataset.agreements),
        len(dataset.commitments),
        len(dataset.statements),
    )
    reports = sum(
        len(r.reports)
        for group in (dataset.events, dataset.agreements, dataset.commitments, dataset.statements)
        for r in group
    )
    assert s.reports == reports
    assert s.merges == reports - s.merged >= 0
    assert s.events >= 4  # the call reported twice, the talks, the summit, the visit


def test_the_cli_prints_the_summary_and_fails_softly(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "dataset.jsonl"
    assert main(["build", str(folder), "-o", str(out), "--jobs", "1"]) == 1
    printed = capsys.readouterr()
    assert printed.err == ""  # no progress bar off a terminal
    lines = printed.out.splitlines()
    assert lines[0].startswith(f"built {out} in ")
    assert lines[1] == (
        "documents    5 in the dataset: 5 parsed now, 0 resumed from the checkpoint, "
        "0 already there; 1 failed"
    )
    assert lines[2].startswith("records      events ")
    assert lines[3].startswith("merges       ")
    assert lines[-2:] == [
        "failed       1 document(s), skipped:",
        f"  {folder / 'broken.txt'}: not UTF-8 text (invalid start byte at byte 17)",
    ]
    assert load_dataset(out) == expected(list(TEXTS))


def test_the_cli_writes_the_tables_too(folder: Path, tmp_path: Path) -> None:
    out, tables = tmp_path / "dataset.jsonl", tmp_path / "tables"
    main(["build", str(folder), "-o", str(out), "--jobs", "1", "--csv", str(tables)])
    assert (tables / "events.csv").read_text(encoding="utf-8").startswith("event_id,type,date,")


def test_bad_corpus_lines_and_repeated_ids_are_reported_and_skipped(tmp_path: Path) -> None:
    corpus = jsonl(
        tmp_path / "news.jsonl",
        [
            {"id": "fra-deu-talks", "text": TEXTS["fra-deu-talks"], "published": "2023-03-13"},
            {"id": "numbers", "text": 12345},
            {"id": "bra-zaf-summit", "text": TEXTS["bra-zaf-summit"], "published": None},
            {"id": "fra-deu-talks", "text": "Another text under the same id."},
            "not a document",
        ],
    )
    dataset, summary = build_corpus([corpus], tmp_path / "d.jsonl", jobs=1)
    assert [s.id for s in dataset.sources] == ["bra-zaf-summit", "fra-deu-talks"]
    assert [(f.where, f.reason) for f in summary.failures] == [
        (f"{corpus}:2", "$.text: expected a string, got a number (12345)"),
        ("fra-deu-talks", "a second document with this id"),
        (f"{corpus}:5", "$: expected an object, got str"),
    ]


def test_a_document_the_parser_chokes_on_is_skipped(
    folder: Path, tmp_path: Path, counting: Callable[..., Counting]
) -> None:
    counting(fail_on="fra-deu-talks")
    dataset, summary = build_corpus([folder], tmp_path / "d.jsonl", jobs=1)
    assert "fra-deu-talks" not in {s.id for s in dataset.sources}
    assert len(dataset.sources) == 4
    assert Failure(where="fra-deu-talks", reason="cannot parse: ValueError: a parser bug") in (
        summary.failures
    )


def test_a_missing_input_stops_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "d.jsonl"
    assert main(["build", str(tmp_path / "nowhere"), "-o", str(out)]) == 2
    assert "nowhere: no such file or folder" in capsys.readouterr().err
    assert not out.exists()
    assert not checkpoint_path(out).exists()


def test_an_output_that_is_not_a_dataset_is_refused(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "d.jsonl"
    out.write_text('{"format": "diplomod/1", "type": "source", "data": {}}\n', encoding="utf-8")
    assert main(["build", str(folder), "-o", str(out), "--jobs", "1"]) == 2


# --- resuming and adding --------------------------------------------------------------------


def test_an_interrupted_build_resumes_without_parsing_finished_documents_again(
    folder: Path, tmp_path: Path, counting: Callable[..., Counting]
) -> None:
    out = tmp_path / "dataset.jsonl"
    first = counting(stop_after=2)
    with pytest.raises(KeyboardInterrupt):
        build_corpus([folder], out, jobs=1)
    assert not out.exists()
    finished, torn = read_checkpoint(checkpoint_path(out))
    assert [x.source.id for x in finished] == first.parsed
    assert torn == 0

    second = counting()
    dataset, summary = build_corpus([folder], out, jobs=1)
    assert not set(second.parsed) & set(first.parsed)
    assert sorted(first.parsed + second.parsed) == sorted(TEXTS)
    assert (summary.resumed, summary.parsed) == (2, 3)
    assert dataset == expected(list(TEXTS))


def test_a_torn_checkpoint_line_from_a_killed_run_is_dropped(
    folder: Path, tmp_path: Path, counting: Callable[..., Counting]
) -> None:
    out = tmp_path / "dataset.jsonl"
    counting(stop_after=3)
    with pytest.raises(KeyboardInterrupt):
        build_corpus([folder], out, jobs=1)
    with checkpoint_path(out).open("ab") as stream:
        stream.write(b'{"data":{"source":{"id":"half')  # the write a kill cut short
    second = counting()
    dataset, summary = build_corpus([folder], out, jobs=1)
    assert summary.torn == 1
    assert (summary.resumed, len(second.parsed)) == (3, 2)
    assert dataset == expected(list(TEXTS))
    assert "1 torn line(s) of a killed run dropped" in format_build_summary(summary)


def test_building_onto_a_dataset_adds_only_new_documents(
    tmp_path: Path, counting: Callable[..., Counting]
) -> None:
    old = ["ind-aus-call", "fra-deu-talks"]
    new = ["aus-ind-call", "jpn-kor-visit"]
    a = jsonl(tmp_path / "a.jsonl", [{"id": n, "text": TEXTS[n]} for n in old])
    b = jsonl(tmp_path / "b.jsonl", [{"id": n, "text": TEXTS[n]} for n in [*old, *new]])
    out = tmp_path / "dataset.jsonl"
    build_corpus([a], out, jobs=1)
    parser = counting()
    dataset, summary = build_corpus([b], out, jobs=1)
    assert sorted(parser.parsed) == sorted(new)
    assert (summary.kept, summary.parsed, summary.documents) == (2, 2, 4)
    assert dataset == load_dataset(out) == expected(old + new)


def test_read_checkpoint_keeps_whole_lines_and_mends_the_file(tmp_path: Path) -> None:
    path = tmp_path / "c.checkpoint"
    docs = [RawDocument(id=n, text=TEXTS[n]) for n in ("fra-deu-talks", "jpn-kor-visit")]
    with Checkpoint(path) as checkpoint:
        for d in docs:
            checkpoint.write(parse_document(d))
    whole = path.read_bytes()
    path.write_bytes(whole + b'{"data": ')
    found, torn = read_checkpoint(path)
    assert [x.source.id for x in found] == ["fra-deu-talks", "jpn-kor-visit"]
    assert torn == 1
    assert path.read_bytes() == whole
    assert read_checkpoint(tmp_path / "none") == ((), 0)


# --- on several processes -------------------------------------------------------------------


def test_two_processes_build_the_same_dataset_as_one(folder: Path, tmp_path: Path) -> None:
    corpus = jsonl(
        tmp_path / "c.jsonl",
        [{"id": f"{n}-{i}", "text": t} for i in range(4) for n, t in TEXTS.items()],
    )
    one, _ = build_corpus([corpus], tmp_path / "one.jsonl", jobs=1)
    two, summary = build_corpus([corpus, folder], tmp_path / "two.jsonl", jobs=2)
    assert two == merge_datasets(one, expected(list(TEXTS)))
    assert (summary.parsed, len(summary.failures)) == (25, 1)


# --- the progress bar -----------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_draws_rate_and_eta_on_a_terminal_only() -> None:
    screen = Terminal()
    with Progress(screen, 200) as bar:
        bar.advance(50)
    drawn = screen.getvalue()
    assert drawn.startswith("\r[######..................] 50/200  25%  ")
    assert "docs/s  ETA " in drawn
    assert drawn.endswith("\n")
    log = io.StringIO()
    with Progress(log, 200) as quiet:
        quiet.advance(50)
    assert log.getvalue() == ""


def test_the_progress_line_without_a_total_has_no_eta() -> None:
    bar = Progress(io.StringIO(), None)
    bar.advance(3)
    assert bar.line().startswith("3 docs  ")
    assert "ETA" not in bar.line()


def test_a_summary_lists_at_most_fifty_failures() -> None:
    summary = BuildSummary(
        documents=0,
        parsed=0,
        resumed=0,
        kept=0,
        failures=tuple(Failure(where=f"f{i}", reason="bad") for i in range(53)),
        events=0,
        agreements=0,
        commitments=0,
        statements=0,
        persons=0,
        links=0,
        reports=0,
    )
    text = format_build_summary(summary)
    assert "  f49: bad" in text
    assert "  f50: bad" not in text
    assert text.endswith("  ... and 3 more\n")


def test_documents_are_counted_cheaply_for_the_progress_bar(folder: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b'{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}')  # no last newline
    assert count_documents([folder, corpus, folder / "bra-zaf-summit.txt"]) == 6 + 2 + 1
    assert count_documents([tmp_path / "c.jsonl.gz"]) is None
