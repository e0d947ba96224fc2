"""Exporting a merged dataset: one coded record per real event, counted by every report.

Three short documents written for these tests: a South African readout and a
Japanese press note tell of the same meeting in Pretoria (the readout also
has an instrument signed there and a pledge; the note a condemnation), and a
German note tells of an unrelated call with Ukraine. Built into a dataset,
the meeting is one merged record with two reports, and every export writes it
once, citing both documents where the format can.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from dataset_worlds import realistic_extractions
from hypothesis import given, settings
from hypothesis import strategies as st
from pyld import jsonld

from diplomod import testing
from diplomod.cli import main
from diplomod.codes import CodedEvent, coded_events, dyads
from diplomod.corpus import RawDocument
from diplomod.dataset import build_dataset, write_dataset
from diplomod.interchange import (
    GDELT_COLUMNS,
    ICEWS_COLUMNS,
    POLECAT_COLUMNS,
    ExportFormat,
    export,
    read_plover,
    to_gdelt,
    to_icews,
    to_jsonld,
    to_plover,
    to_polecat,
    to_popolo,
)
from diplomod.interchange._tables import numeric_id
from diplomod.interchange.export import is_dataset_file, is_extractions_file
from diplomod.interchange.jsonl import write_jsonl
from diplomod.pipeline import parse_document
from diplomod.records import AgreementStatus, Dataset, Extraction, OpaqueRecord

SCHEMA = "https://schema.org/"
VOCAB = "urn:diplomod:vocab:"

# --- the documents -------------------------------------------------------------------------

DOCUMENTS = (
    RawDocument(
        id="za-readout",
        text=(
            "PRETORIA, 4 June 2025 - Minister of International Relations Thandi Mokoena of "
            "South Africa hosted Japanese Foreign Minister Hiroshi Tanabe in Pretoria on "
            "4 June 2025. South Africa and Japan signed an agreement on vaccine manufacturing. "
            "The two ministers pledged to expand trade in critical minerals."
        ),
        published=dt.date(2025, 6, 4),
        publisher="DIRCO",
        url="https://example.org/za/readout-1",
    ),
    RawDocument(
        id="jp-press",
        text=(
            "Foreign Minister Hiroshi Tanabe of Japan visited Pretoria on 4 June 2025 and held "
            "talks with South African Minister of International Relations Thandi Mokoena. "
            "Japan condemned the cyberattack on hospitals in Ukraine."
        ),
        published=dt.date(2025, 6, 5),
        publisher="MOFA Japan",
        url="https://example.org/jp/press-2",
    ),
    RawDocument(
        id="de-call",
        text=(
            "BERLIN, 10 June 2025 - Chancellor Markus Brenner of Germany spoke by telephone "
            "with President Olena Kravets of Ukraine on 10 June 2025."
        ),
        published=dt.date(2025, 6, 10),
        publisher="Bundesregierung",
        url="https://example.org/de/call-3",
    ),
)


@pytest.fixture(scope="module")
def extractions() -> tuple[Extraction, ...]:
    return tuple(parse_document(doc) for doc in DOCUMENTS)


@pytest.fixture(scope="module")
def dataset(extractions: tuple[Extraction, ...]) -> Dataset:
    return build_dataset(extractions)


def _plain(value: object) -> Any:
    """Return JSON data as plain, untyped Python, as a reader of the file would see it."""
    return json.loads(json.dumps(value))


def _meeting(dataset: Dataset) -> CodedEvent:
    return next(e for e in coded_events(dataset) if e.type == "meeting")


def _signed(dataset: Dataset) -> CodedEvent:
    return next(e for e in coded_events(dataset) if e.type == "agreement")


# --- one coded record per merged record ----------------------------------------------------


def test_the_meeting_told_twice_is_one_coded_event_with_both_reports(dataset: Dataset) -> None:
    meetings = [e for e in coded_events(dataset) if e.type == "meeting"]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert set(meeting.sources + meeting.recipients) == {"ZAF", "JPN"}
    # the earliest published report comes first: it is the one formats cite alone
    assert [r.source.id for r in meeting.reports] == ["za-readout", "jp-press"]
    assert all(r.evidence for r in meeting.reports)


def test_a_dataset_codes_one_event_per_merged_record(dataset: Dataset) -> None:
    coded = list(coded_events(dataset))
    assert Counter(e.type for e in coded) == {
        "meeting": 1,
        "call": 1,
        "agreement": 1,
        "commitment": 1,
        "statement": 1,
    }
    assert len({e.id for e in coded}) == len(coded)


def test_participants_carry_the_dataset_person_ids(dataset: Dataset) -> None:
    meeting = _meeting(dataset)
    merged = next(m for m in dataset.events if m.id == meeting.id)
    assert meeting.persons == merged.participants
    names = {p.id: p.person.name for p in dataset.persons}
    assert {names[p] for p in meeting.persons if p is not None} == {
        "Hiroshi Tanabe",
        "Thandi Mokoena",
    }


def test_the_signed_at_link_travels_with_the_agreement(dataset: Dataset) -> None:
    agreement = _signed(dataset)
    assert [(link.kind.value, link.target) for link in agreement.links] == [
        ("signed_at", _meeting(dataset).id)
    ]


def test_an_extraction_still_codes_without_person_ids_or_links(
    extractions: tuple[Extraction, ...],
) -> None:
    for event in coded_events(extractions):
        assert event.persons == ()
        assert event.links == ()
        assert len(event.reports) == 1


# --- event tables ----------------------------------------------------------------------------


def _column(rows: Sequence[Sequence[str]], columns: Sequence[str], name: str) -> list[str]:
    i = list(columns).index(name)
    return [row[i] for row in rows]


def test_gdelt_writes_one_row_set_for_the_merged_meeting_counting_both_sources(
    dataset: Dataset, extractions: tuple[Extraction, ...]
) -> None:
    rows, report = to_gdelt(dataset, added=dt.datetime(2025, 7, 1, tzinfo=dt.UTC))
    meeting = _meeting(dataset)
    code = meeting.code.cameo
    mine = [r for r in rows if r[GDELT_COLUMNS.index("EventCode")] == code]
    assert len(mine) == len(list(dyads(meeting)))
    for name in ("NumMentions", "NumSources", "NumArticles"):
        assert set(_column(mine, GDELT_COLUMNS, name)) == {"2"}
    assert set(_column(mine, GDELT_COLUMNS, "SOURCEURL")) == {DOCUMENTS[0].url}
    # the same documents exported one by one give a row set per document
    separate, _ = to_gdelt(extractions, added=dt.datetime(2025, 7, 1, tzinfo=dt.UTC))
    assert len(separate) > len(rows)
    dropped = {d.what: d.records for d in report.dropped}
    assert dropped["reports"] == (meeting.id,)
    assert dropped["links"] == (_signed(dataset).id,)


def test_icews_writes_one_row_set_for_the_merged_meeting_under_the_first_story(
    dataset: Dataset,
) -> None:
    rows, report = to_icews(dataset)
    meeting = _meeting(dataset)
    mine = [r for r in rows if r[ICEWS_COLUMNS.index("CAMEO Code")] == meeting.code.cameo]
    assert len(mine) == len(list(dyads(meeting)))
    assert set(_column(mine, ICEWS_COLUMNS, "Story ID")) == {str(numeric_id("za-readout"))}
    assert set(_column(mine, ICEWS_COLUMNS, "Publisher")) == {"DIRCO"}
    dropped = {d.what: d.records for d in report.dropped}
    assert dropped["reports"] == (meeting.id,)
    assert "links" in dropped


def test_polecat_writes_the_merged_meeting_once(dataset: Dataset) -> None:
    rows, report = to_polecat(dataset)
    assert _column(rows, POLECAT_COLUMNS, "Event ID").count(_meeting(dataset).id) == 1
    assert len(rows) == len(list(coded_events(dataset)))
    assert "links" in {d.what for d in report.dropped}


# --- PLOVER ----------------------------------------------------------------------------------


def test_plover_round_trips_the_dataset(dataset: Dataset) -> None:
    out = io.StringIO()
    report = export(dataset, ExportFormat.PLOVER, out)
    lines = out.getvalue().splitlines()
    assert report.written == len(lines) == 5
    assert list(read_plover(lines)) == list(coded_events(dataset))
    assert "links" not in {d.what for d in report.dropped}


def test_plover_keeps_every_report_the_person_ids_and_the_links(dataset: Dataset) -> None:
    records = _plain(to_plover(dataset)[0])
    by_id = {r["id"]: r for r in records}
    meeting = by_id[_meeting(dataset).id]
    extension = meeting["diplomod"]
    assert [r["source"]["id"] for r in extension["reports"]] == ["za-readout", "jp-press"]
    assert meeting["cite_info"]["citation"] == "za-readout"
    assert extension["persons"] == list(_meeting(dataset).persons)
    signed = by_id[_signed(dataset).id]["diplomod"]
    assert signed["links"] == [
        {
            "kind": "signed_at",
            "source": _signed(dataset).id,
            "target": _meeting(dataset).id,
            "rule": "agreement.event",
            "sources": ["za-readout"],
        }
    ]


# --- linked data -----------------------------------------------------------------------------


def test_popolo_has_one_person_per_merged_person(dataset: Dataset) -> None:
    written, report = to_popolo(dataset)
    document = _plain(written)
    persons = {p["id"]: p for p in document["persons"]}
    assert set(persons) == {f"person/{p.id}" for p in dataset.persons}
    tanabe = next(p for p in dataset.persons if p.person.name == "Hiroshi Tanabe")
    entry = persons[f"person/{tanabe.id}"]
    assert {s["note"] for s in entry["sources"]} == {"za-readout", "jp-press"}
    memberships = [m for m in document["memberships"] if m["person_id"] == entry["id"]]
    assert memberships
    assert {m["organization_id"] for m in memberships} == {"JPN"}
    assert "links" in {d.what for d in report.dropped}


def _node(expanded: list[dict[str, Any]], iri: str) -> dict[str, Any]:
    return next(node for node in expanded if node.get("@id") == iri)


def test_jsonld_expands_with_merged_records_persons_and_links(dataset: Dataset) -> None:
    document, _ = to_jsonld(dataset)
    expanded = jsonld.expand(_plain(document))
    events = [n for n in expanded if SCHEMA + "Event" in n["@type"]]
    assert len(events) == len(list(coded_events(dataset)))
    persons = [n for n in expanded if SCHEMA + "Person" in n["@type"]]
    assert len(persons) == len(dataset.persons)
    meeting_iri = "urn:diplomod:event:" + _meeting(dataset).id.replace(":", "%3A")
    meeting = _node(expanded, meeting_iri)
    cited = {s["@id"] for s in meeting[SCHEMA + "subjectOf"]}
    assert cited == {"urn:diplomod:source:za-readout", "urn:diplomod:source:jp-press"}
    agreement_iri = "urn:diplomod:event:" + _signed(dataset).id.replace(":", "%3A")
    agreement = _node(expanded, agreement_iri)
    assert agreement[VOCAB + "signedAt"] == [{"@id": meeting_iri}]


# --- the command line ------------------------------------------------------------------------


@pytest.fixture
def dataset_file(dataset: Dataset, tmp_path: Path) -> Path:
    path = tmp_path / "dataset.jsonl"
    write_dataset(dataset, path)
    return path


def test_a_dataset_file_is_told_from_an_extractions_file(
    dataset_file: Path, extractions: tuple[Extraction, ...], tmp_path: Path
) -> None:
    parsed = tmp_path / "parsed.jsonl"
    write_jsonl(list(extractions), parsed)
    assert is_dataset_file(dataset_file)
    assert not is_extractions_file(dataset_file)
    assert is_extractions_file(parsed)
    assert not is_dataset_file(parsed)


def test_the_cli_exports_a_dataset_file_merged(
    dataset: Dataset, dataset_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "events.plover.jsonl"
    assert main(["export", str(dataset_file), "--to", "plover", "--out", str(out)]) == 0
    lines = out.read_text("utf-8").splitlines()
    assert list(read_plover(lines)) == list(coded_events(dataset))


def test_the_cli_writes_gdelt_rows_of_a_dataset_file(
    dataset: Dataset, dataset_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(dataset_file), "--to", "gdelt"]) == 0
    captured = capsys.readouterr()
    rows = [line.split("\t") for line in captured.out.splitlines()]
    mentions = _column(rows, GDELT_COLUMNS, "NumMentions")
    assert mentions.count("2") == len(list(dyads(_meeting(dataset))))
    assert "dropped links" in captured.err


# --- laws --------------------------------------------------------------------------------------

documents = st.one_of(
    st.lists(testing.extractions(), max_size=3, unique_by=lambda x: x.source.id),
    realistic_extractions(),
)


def _merged_count(dataset: Dataset) -> int:
    return (
        sum(not isinstance(m.event, OpaqueRecord) for m in dataset.events)
        + sum(a.agreement.status is not AgreementStatus.REFERENCED for a in dataset.agreements)
        + len(dataset.commitments)
        + len(dataset.statements)
    )


def _reports_of(dataset: Dataset) -> dict[str, int]:
    merged = [
        (m.id, sum(not isinstance(r, OpaqueRecord) for r in m.reports)) for m in dataset.events
    ]
    for group in (dataset.agreements, dataset.commitments, dataset.statements):
        merged.extend((m.id, len(m.reports)) for m in group)
    return dict(merged)


@settings(max_examples=30)
@given(documents)
def test_every_export_of_a_dataset_counts_its_merged_records(docs: list[Extraction]) -> None:
    dataset = build_dataset(docs)
    coded = list(coded_events(dataset))
    assert len(coded) == _merged_count(dataset)
    reports = _reports_of(dataset)
    assert all(len(e.reports) == reports[e.id] for e in coded)
    for fmt in ExportFormat:
        export(dataset, fmt, io.StringIO(), added=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    # PLOVER: one record per merged record, read back exactly
    out = io.StringIO()
    assert export(dataset, "plover", out).written == len(coded)
    assert list(read_plover(out.getvalue().splitlines())) == coded
    # GDELT: each written record's rows count every report of it
    rows, _ = to_gdelt(dataset, added=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    expected = Counter[str]()
    for event in coded:
        dated = event.date is not None or any(r.source.published for r in event.reports)
        if not event.negated and dated:
            expected[str(len(event.reports))] += len(list(dyads(event)))
    assert Counter(_column(rows, GDELT_COLUMNS, "NumMentions")) == expected
    # Popolo and JSON-LD: one person per merged person
    popolo = _plain(to_popolo(dataset)[0])
    ids = {p["id"] for p in popolo["persons"]}
    assert {f"person/{p.id}" for p in dataset.persons} <= ids
    merged = [e for e in coded if e.persons]
    assert all(f"person/{p}" in ids for e in merged for p in e.persons if p is not None)
    expanded = jsonld.expand(_plain(to_jsonld(dataset)[0]))
    assert sum(SCHEMA + "Event" in n["@type"] for n in expanded) == len(coded)
