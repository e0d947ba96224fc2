"""Many records as JSON Lines: streamed both ways, in constant memory, errors named by line."""

from __future__ import annotations

import gzip
import io
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomod import testing
from diplomod.errors import InvalidValueError, LoadError
from diplomod.interchange import JsonlWriter, dumps, read_jsonl, write_jsonl
from diplomod.records import (
    Agreement,
    AgreementKind,
    Call,
    Commitment,
    Modality,
    OpaqueRecord,
    PartialDate,
    Statement,
    StatementKind,
)

RECORDS = [
    Agreement(
        id="a1", title="Framework Agreement on Space Cooperation", kind=AgreementKind.AGREEMENT
    ),
    Commitment(
        id="c1",
        actors=("IND", "AUS"),
        modality=Modality.PLEDGE,
        content="expand joint naval exercises in the Indian Ocean",
    ),
    Statement(
        id="s1",
        actors=("DEU",),
        kind=StatementKind.WELCOME,
        content="the resumption of grain shipments",
    ),
    Call(id="c2", date=PartialDate(year=2023, month=6, day=2), countries=("CHN", "RUS")),
    OpaqueRecord(type="port_call", payload={"vessel": "Almirante Example", "berth_hours": 30}),
]


def lines_of(records: list[object]) -> bytes:
    return b"".join(dumps(r).encode("utf-8") + b"\n" for r in records)


# --- round trips ------------------------------------------------------------------------------


@given(st.lists(testing.records(), max_size=5))
def test_records_round_trip_through_json_lines(records: list[object]) -> None:
    out = io.BytesIO()
    assert write_jsonl(records, out) == len(records)
    assert out.getvalue() == lines_of(records)
    assert list(read_jsonl(io.BytesIO(out.getvalue()))) == records


@pytest.mark.parametrize("name", ["records.jsonl", "records.jsonl.gz"])
def test_paths_round_trip_and_gzip_is_transparent(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    assert write_jsonl(RECORDS, path) == len(RECORDS)
    assert list(read_jsonl(path)) == RECORDS
    assert list(read_jsonl(str(path))) == RECORDS
    raw = path.read_bytes()
    assert (gzip.decompress(raw) if name.endswith(".gz") else raw) == lines_of(RECORDS)
    write_jsonl(RECORDS, path)
    assert path.read_bytes() == raw  # the same records give the same bytes, gzip included


def test_text_files_are_read_and_written_too() -> None:
    out = io.StringIO()
    write_jsonl(RECORDS, out)
    assert out.getvalue() == lines_of(RECORDS).decode("utf-8")
    assert list(read_jsonl(io.StringIO(out.getvalue()))) == RECORDS


def test_blank_lines_are_skipped() -> None:
    text = b"\n" + lines_of(RECORDS[:2]).replace(b"\n", b"\n   \n\r\n", 1) + b"\n\n"
    assert list(read_jsonl(io.BytesIO(text))) == RECORDS[:2]


def test_windows_line_ends_are_read() -> None:
    text = lines_of(RECORDS).replace(b"\n", b"\r\n")
    assert list(read_jsonl(io.BytesIO(text))) == RECORDS


def test_the_writer_counts_and_leaves_an_open_file_open() -> None:
    out = io.BytesIO()
    with JsonlWriter(out) as writer:
        for record in RECORDS:
            writer.write(record)
        assert writer.count == len(RECORDS)
    assert not out.closed
    assert list(read_jsonl(io.BytesIO(out.getvalue()))) == RECORDS
    with pytest.raises(ValueError, match="closed"):
        writer.write(RECORDS[0])


def test_the_writer_refuses_values_json_cannot_hold(tmp_path: Path) -> None:
    with (
        JsonlWriter(tmp_path / "bad.jsonl") as writer,
        pytest.raises(InvalidValueError, match="not a finite number"),
    ):
        writer.write(OpaqueRecord(type="sounding", payload={"depth": float("nan")}))
    assert writer.count == 0


# --- errors name their line -------------------------------------------------------------------


def test_an_error_names_its_line_after_yielding_the_records_before_it() -> None:
    good = lines_of(RECORDS[:2])
    bad = b'{"format":"diplomod/1","type":"call","data":{"id":"c9","date":"2021-13-01"}}\n'
    text = good + b"\n" + bad + lines_of(RECORDS[2:])
    read: list[object] = []
    with pytest.raises(LoadError) as caught:
        read.extend(read_jsonl(io.BytesIO(text)))
    assert read == RECORDS[:2]
    assert caught.value.problems == (
        "line 4: $.data.date: not a date: '2021-13-01' (month must be within 1..12)",
    )


def test_an_error_names_its_file(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(lines_of(RECORDS) + b"{not json}\n")
    with pytest.raises(LoadError, match=r"cannot load .*corpus\.jsonl") as caught:
        list(read_jsonl(path))
    assert caught.value.problems[0].startswith("line 6: $: not valid JSON")


def test_strict_reading_refuses_unknown_types_by_line() -> None:
    with pytest.raises(LoadError) as caught:
        list(read_jsonl(io.BytesIO(lines_of(RECORDS)), strict=True))
    assert caught.value.problems[0].startswith("line 5: $.type: unknown record type 'port_call'")


def test_a_corrupt_gzip_stream_is_a_load_error(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    write_jsonl(RECORDS * 50, path)
    path.write_bytes(path.read_bytes()[:-40])  # cut off the end of the stream
    with pytest.raises(LoadError, match="cannot read"):
        list(read_jsonl(path))


@given(st.binary(max_size=300))
def test_any_bytes_read_or_explain_by_line(data: bytes) -> None:
    problems: tuple[str, ...] = ()
    try:
        list(read_jsonl(io.BytesIO(data)))
    except LoadError as exc:
        problems = exc.problems
    assert all(p.startswith("line ") and ": $" in p for p in problems)


# --- constant memory --------------------------------------------------------------------------


def agreements(count: int) -> Iterator[Agreement]:
    for n in range(count):
        yield Agreement(id=f"a{n}", title="Memorandum on Fisheries", parties=("NZL", "FJI"))


def peak_memory_reading(data: bytes) -> int:
    """Return the peak of memory allocated while counting the records in ``data``."""
    tracemalloc.start()
    try:
        assert sum(1 for _ in read_jsonl(io.BytesIO(data))) > 0
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_reading_streams_in_constant_memory() -> None:
    small, large = io.BytesIO(), io.BytesIO()
    write_jsonl(agreements(2_000), small)
    write_jsonl(agreements(20_000), large)
    small_peak = peak_memory_reading(small.getvalue())
    large_peak = peak_memory_reading(large.getvalue())
    assert large_peak < 1.5 * small_peak  # ten times the records, about the same memory
    assert large_peak < len(large.getvalue()) / 10


def test_writing_streams_in_constant_memory(tmp_path: Path) -> None:
    tracemalloc.start()
    try:
        assert write_jsonl(agreements(20_000), tmp_path / "many.jsonl.gz") == 20_000
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    total = len(gzip.decompress((tmp_path / "many.jsonl.gz").read_bytes()))
    assert peak < total / 10


def test_reading_a_large_file_does_not_read_ahead(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    assert write_jsonl(agreements(50_000), path) == 50_000
    size = path.stat().st_size
    with path.open("rb") as f:
        records = read_jsonl(f)
        assert next(records) == Agreement(
            id="a0", title="Memorandum on Fisheries", parties=("NZL", "FJI")
        )
        assert f.tell() < size / 100  # one buffered batch of lines, not the file
        assert sum(1 for _ in records) == 49_999
