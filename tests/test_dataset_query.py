"""Asking a dataset for records, and keeping it in a JSON Lines file.

The dataset below holds a year of India-US and Brazil-France relations, built
by hand: meetings and a call, a memorandum planned in March and signed in November
(one instrument), commitments of
several modalities and a statement.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest
from dataset_records import commitment, document, instrument, meeting, person
from hypothesis import given

from diplomod import testing
from diplomod.dataset import (
    Query,
    RecordKind,
    build_dataset,
    find_links,
    read_dataset,
    select,
    timeline,
    write_dataset,
)
from diplomod.errors import LoadError
from diplomod.records import (
    AgreementKind,
    AgreementStatus,
    Call,
    Dataset,
    LinkKind,
    Modality,
    Statement,
    StatementKind,
)

TALKS = (person("Antony Blinken", "USA"), person("Subrahmanyam Jaishankar", "IND"))


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    call = Call(id="c:call:1", countries=("IND", "USA"), source="c")
    rebuke = Statement(
        id="e:statement:1",
        actors=("FRA",),
        kind=StatementKind.CONDEMN,
        content="condemned the attack",
        event="e:meeting:1",
        source="e",
    )
    return build_dataset(
        [
            document("a", meeting("a", 1, date="2024-03-04", people=TALKS)),
            document(
                "b",
                meeting("b", 1, date="2024-07-15", countries=("IND", "USA")),
                instrument(
                    "b",
                    1,
                    title="Critical Minerals Agreement",
                    parties=("IND", "USA"),
                    date="2024-07-15",
                    event=1,
                ),
                commitment(
                    "b", 1, "expand cooperation on clean energy", actors=("IND", "USA"), event=1
                ),
            ),
            document("c", call),
            document(
                "d",
                meeting("d", 1, date="2024-03-28", countries=("BRA", "FRA")),
                commitment("d", 1, "sign a memorandum on space cooperation", event=1),
                commitment(
                    "d", 2, "the importance of the rule of law", modality=Modality.REAFFIRM, event=1
                ),
                instrument(
                    "d",
                    2,
                    title="Space Cooperation Memorandum",
                    kind=AgreementKind.MEMORANDUM,
                    status=AgreementStatus.PLANNED,
                    parties=("BRA", "FRA"),
                ),
            ),
            document(
                "e",
                meeting("e", 1, date="2024-11-18", countries=("BRA", "FRA")),
                instrument(
                    "e",
                    1,
                    title="Memorandum on Space Cooperation",
                    kind=AgreementKind.MEMORANDUM,
                    parties=("BRA", "FRA"),
                    date="2024-11-18",
                    topics=("space",),
                    event=1,
                ),
                rebuke,
            ),
        ]
    )


def _ids(records: tuple[object, ...]) -> list[str]:
    return [str(getattr(r, "id", "")) for r in records]


QUERIES: list[tuple[str, Query, list[str]]] = [
    (
        "a dyad's records, in date order",
        Query(actors=("USA", "IND")),
        [
            "a:meeting:1",
            "b:meeting:1",
            "b:agreement:1",
            "b:commitment:1",
            "c:call:1",  # undated: last
        ],
    ),
    (
        "one actor, only events",
        Query(actors=("FRA",), kinds=(RecordKind.EVENT,)),
        ["d:meeting:1", "e:meeting:1"],
    ),
    ("calls only", Query(event_types=("call",)), ["c:call:1"]),
    (
        "signed instruments",
        Query(statuses=(AgreementStatus.SIGNED,)),
        ["b:agreement:1", "d:agreement:2"],
    ),
    ("reaffirmations", Query(modalities=(Modality.REAFFIRM,)), ["d:commitment:2"]),
    ("condemnations", Query(statement_kinds=(StatementKind.CONDEMN,)), ["e:statement:1"]),
    (
        "a date range: the first half of 2024",
        Query(start=dt.date(2024, 1, 1), end=dt.date(2024, 6, 30), kinds=(RecordKind.EVENT,)),
        ["a:meeting:1", "d:meeting:1"],
    ),
    (
        "a commitment takes its meeting's date and countries",
        Query(actors=("BRA",), kinds=(RecordKind.COMMITMENT,), end=dt.date(2024, 6, 30)),
        ["d:commitment:1", "d:commitment:2"],
    ),
    (
        "criteria of two kinds select nothing",
        Query(statuses=(AgreementStatus.SIGNED,), event_types=("meeting",)),
        [],
    ),
]


@pytest.mark.parametrize(
    ("query", "expected"), [q[1:] for q in QUERIES], ids=[q[0] for q in QUERIES]
)
def test_select_returns_what_the_query_asks_for(
    dataset: Dataset, query: Query, expected: list[str]
) -> None:
    assert _ids(select(dataset, query)) == expected


def test_a_timeline_is_a_relationship_in_date_order(dataset: Dataset) -> None:
    records = timeline(dataset, "BRA", "FRA", start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31))
    assert _ids(records) == [
        "d:meeting:1",
        "d:commitment:1",
        "d:commitment:2",
        "e:meeting:1",
        "d:agreement:2",
        "e:statement:1",
    ]


def test_links_are_found_by_kind_end_and_rule(dataset: Dataset) -> None:
    (kept,) = find_links(dataset, kind=LinkKind.FOLLOW_THROUGH)
    assert (kept.source, kept.target) == ("d:commitment:1", "d:agreement:2")
    assert (
        find_links(dataset, rule="agreement.event", target="e:meeting:1")[0].source
        == "d:agreement:2"
    )
    assert find_links(dataset, source="nowhere") == ()


# --- the file -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["relations.jsonl", "relations.jsonl.gz"])
def test_a_dataset_file_reads_back_equal(dataset: Dataset, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    lines = write_dataset(dataset, path)
    assert read_dataset(path) == dataset
    raw = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
    header, *rest = raw.decode().splitlines()
    assert json.loads(header) == {
        "counts": {
            "source": 5,
            "person": 2,
            "event": 5,
            "agreement": 2,
            "commitment": 3,
            "statement": 1,
            "link": len(dataset.links),
        },
        "format": "diplomod-dataset/1",
    }
    assert len(rest) + 1 == lines
    assert [json.loads(line)["kind"] for line in rest][:6] == ["source"] * 5 + ["person"]


@given(testing.records("dataset"))
def test_any_dataset_survives_the_file(dataset: Dataset) -> None:
    out = io.BytesIO()
    write_dataset(dataset, out)
    out.seek(0)
    assert read_dataset(out) == dataset


def _lines(dataset: Dataset) -> list[str]:
    out = io.BytesIO()
    write_dataset(dataset, out)
    return out.getvalue().decode().splitlines()


BROKEN: list[tuple[str, object, str]] = [
    ("an empty file", lambda lines: [], "the file is empty, not a dataset"),
    (
        "another format",
        lambda lines: ['{"format": "diplomod/1"}'],
        "line 1: $.format: expected 'diplomod-dataset/1'",
    ),
    ("a line that is not JSON", lambda lines: [lines[0], "{oops"], "line 2: not JSON"),
    (
        "an unknown kind",
        lambda lines: [lines[0], '{"kind": "treaty", "data": {}}'],
        "line 2: $.kind: expected one of",
    ),
    (
        "a record with a bad field",
        lambda lines: [lines[0], '{"kind": "source", "data": {"id": 7}}'],
        "line 2: $.data.id",
    ),
    ("a truncated file", lambda lines: lines[:-1], "the header counts"),
]


@pytest.mark.parametrize(("change", "message"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_a_broken_file_is_refused_with_its_line(
    dataset: Dataset, change: object, message: str
) -> None:
    lines = change(_lines(dataset))  # type: ignore[operator]
    with pytest.raises(LoadError, match=message.replace("$", r"\$").replace("(", r"\(")):
        read_dataset(io.BytesIO("\n".join(lines).encode()))
