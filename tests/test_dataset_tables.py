"""A dataset as tables: stable columns, honest cells, CSV that reads back into pandas, Parquet."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from attrs import field, frozen
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomod import (
    Conflict,
    ConflictValue,
    Dataset,
    Event,
    Extraction,
    InvalidValueError,
    Link,
    LinkKind,
    Meeting,
    MergedEvent,
    OpaqueRecord,
    PartialDate,
    Source,
    build_dataset,
    parse,
    register_event_type,
)
from diplomod.interchange.frames import read_csv_table, to_arrow, to_dataframe, write_parquet
from diplomod.interchange.tables import (
    ColumnKind,
    table_columns,
    table_names,
    table_rows,
    write_csv,
    write_csv_tables,
)
from diplomod.testing import extractions

pd = pytest.importorskip("pandas")
pq = pytest.importorskip("pyarrow.parquet")

# Short readouts in our own words; each reports a different event, so no merge joins them.
TEXTS = {
    "fra-deu": (
        "Foreign Minister Claire Laurent of France met Foreign Minister Jonas Weber of Germany "
        "in Berlin on 12 March 2023 for about ninety minutes. It was the fourth meeting between "
        "the two ministers. They condemned the shelling of civilian areas in Ukraine and decided "
        "to set up a joint task force on energy security. The two sides signed a Memorandum of "
        "Understanding on Hydrogen Research.",
        dt.date(2023, 3, 13),
    ),
    "kor-visit": (
        "Foreign Minister Min-jun Park of the Republic of Korea visited Tokyo in late May 2022. "
        "Korea expressed concern over the missile launches by North Korea.",
        None,
    ),
    "ind-aus": (
        "Prime Minister Arjun Mehra of India held a telephone call with Prime Minister Claire "
        "Whitfield of Australia on 4 June 2024. The two leaders agreed to deepen cooperation on "
        "critical minerals. India welcomed Australia's decision to open a consulate in Kolkata.",
        dt.date(2024, 6, 5),
    ),
    "bra-zaf": (
        "President Lucia Ferreira of Brazil held talks with President Thabo Mokoena of South "
        "Africa in Pretoria on 2 August 2021. The Presidents reaffirmed their commitment to "
        "reform of the United Nations Security Council.",
        dt.date(2021, 8, 3),
    ),
}

# The published columns: scripts depend on these names and this order.
COLUMNS = {
    "sources": "source_id published publisher url title sha256",
    "events": (
        "event_id type date date_precision date_start date_end date_inferred time "
        "duration_minutes duration_approximation venue city country countries n_participants "
        "ordinal referenced references n_reports sources conflicts extra"
    ),
    "participants": "event_id position person_id name title represents role",
    "persons": (
        "person_id name given_name family_name honorific represents offices n_records "
        "n_reports sources conflicts"
    ),
    "agreements": (
        "agreement_id title kind status parties date date_precision date_start date_end venue "
        "city country topics signatories relations event_id n_reports sources conflicts"
    ),
    "commitments": (
        "commitment_id modality actors content negated topics speakers event_id agreement_id "
        "n_reports sources conflicts"
    ),
    "statements": (
        "statement_id kind actors target content negated speakers event_id n_reports sources "
        "conflicts"
    ),
    "reports": "record_type record_id report_id source_id",
    "evidence": "record_type record_id report_id source_id field start end text",
    "conflicts": "record_type record_id field value sources",
    "links": "kind from_id to_id rule sources",
}


@pytest.fixture(scope="module")
def parsed() -> tuple[Extraction, ...]:
    return tuple(parse(text, id=key, published=day) for key, (text, day) in TEXTS.items())


@pytest.fixture(scope="module")
def dataset(parsed: tuple[Extraction, ...]) -> Dataset:
    return build_dataset(parsed)


def rows(dataset: Dataset, name: str) -> list[dict[str, object]]:
    names = [c.name for c in table_columns(name)]
    return [dict(zip(names, row, strict=True)) for row in table_rows(dataset, name)]


def csv_text(dataset: Dataset, name: str) -> str:
    out = io.StringIO(newline="")
    write_csv(dataset, name, out)
    return out.getvalue()


# --- the columns are a published contract ----------------------------------------------------


def test_the_tables_are_listed_in_a_stable_order() -> None:
    assert table_names() == tuple(COLUMNS)


@pytest.mark.parametrize(("name", "columns"), COLUMNS.items())
def test_each_table_has_its_documented_columns(name: str, columns: str) -> None:
    assert [c.name for c in table_columns(name)] == columns.split()
    assert all(c.doc for c in table_columns(name))


@pytest.mark.parametrize("name", COLUMNS)
def test_the_csv_header_is_the_column_list(dataset: Dataset, name: str) -> None:
    assert csv_text(dataset, name).split("\n", 1)[0] == ",".join(COLUMNS[name].split())


def test_an_unknown_table_is_refused_with_the_choices() -> None:
    with pytest.raises(InvalidValueError, match="choose from sources, events"):
        table_columns("meetings")


# --- the cells say what the records say -------------------------------------------------------


def test_an_event_row_flattens_date_time_place_and_merge_facts(dataset: Dataset) -> None:
    (meeting,) = [
        r for r in rows(dataset, "events") if r["type"] == "meeting" and r["city"] == "Berlin"
    ]
    assert meeting | {"event_id": None} == {
        "event_id": None,
        "type": "meeting",
        "date": "2023-03-12",
        "date_precision": "day",
        "date_start": dt.date(2023, 3, 12),
        "date_end": dt.date(2023, 3, 12),
        "date_inferred": False,
        "time": None,
        "duration_minutes": 90,
        "duration_approximation": "approximately",
        "venue": None,
        "city": "Berlin",
        "country": "DEU",
        "countries": "FRA;DEU",
        "n_participants": 2,
        "ordinal": 4,
        "referenced": False,
        "references": None,
        "n_reports": 1,
        "sources": "fra-deu",
        "conflicts": None,
        "extra": None,
    }


def test_a_part_of_a_month_keeps_its_interval_and_bounds(dataset: Dataset) -> None:
    (visit,) = [r for r in rows(dataset, "events") if r["type"] == "visit"]
    assert (visit["date"], visit["date_precision"]) == ("2022-05-21/2022-05-31", "month")
    assert (visit["date_start"], visit["date_end"]) == (dt.date(2022, 5, 21), dt.date(2022, 5, 31))
    assert visit["countries"] == "KOR"


def test_participants_point_at_their_event_and_person(dataset: Dataset) -> None:
    participants = rows(dataset, "participants")
    events = {e.id: e for e in dataset.events}
    persons = {p.id for p in dataset.persons}
    assert {(p["name"], p["represents"]) for p in participants} >= {
        ("Claire Laurent", "FRA"),
        ("Jonas Weber", "DEU"),
        ("Thabo Mokoena", "ZAF"),
    }
    for p in participants:
        assert p["event_id"] in events
        assert p["person_id"] is None or p["person_id"] in persons


def test_commitments_and_statements_name_their_merged_event(dataset: Dataset) -> None:
    event_ids = {e.id for e in dataset.events}
    (decided,) = [r for r in rows(dataset, "commitments") if r["modality"] == "decide"]
    assert decided["actors"] == "FRA;DEU"
    assert decided["content"] == "set up a joint task force on energy security"
    assert decided["event_id"] in event_ids
    (condemned,) = [r for r in rows(dataset, "statements") if r["kind"] == "condemn"]
    # "the shelling of civilian areas in Ukraine" names where, not whom: no target
    assert (condemned["target"], condemned["negated"]) == (None, False)


def test_an_agreement_row_gives_kind_status_and_parties(dataset: Dataset) -> None:
    (memo,) = rows(dataset, "agreements")
    assert memo["title"] == "Memorandum of Understanding on Hydrogen Research"
    assert (memo["kind"], memo["status"], memo["parties"]) == ("memorandum", "signed", "FRA;DEU")


def test_every_report_and_every_quote_is_a_row(dataset: Dataset) -> None:
    reports = rows(dataset, "reports")
    merged = [*dataset.events, *dataset.agreements, *dataset.commitments, *dataset.statements]
    persons = sum(len(p.reports) for p in dataset.persons)
    assert len(reports) == sum(len(r.reports) for r in merged) + persons
    texts = {key: text for key, (text, _) in TEXTS.items()}
    evidence = rows(dataset, "evidence")
    assert evidence
    for e in evidence:
        start, end = e["start"], e["end"]
        assert isinstance(start, int)
        assert isinstance(end, int)
        assert texts[str(e["source_id"])][start:end] == e["text"]


def test_sources_keep_the_publication_day(dataset: Dataset) -> None:
    published = {r["source_id"]: r["published"] for r in rows(dataset, "sources")}
    assert published == {key: day for key, (_, day) in TEXTS.items()}


def test_conflicts_and_links_are_long_tables() -> None:
    event = Meeting(id="e1", date=PartialDate(year=2020, month=5), source="a")
    dataset = Dataset(
        sources=(Source(id="a"), Source(id="b")),
        events=(
            MergedEvent(
                id="e1",
                event=event,
                reports=(event,),
                conflicts=(
                    Conflict(
                        field="date",
                        values=(
                            ConflictValue(value='"2020-05"', sources=("a",)),
                            ConflictValue(value='"2020-06"', sources=("b",)),
                        ),
                    ),
                ),
            ),
        ),
        links=(Link(kind=LinkKind.REFERENCE, source="e1", target="e0", rule="r", sources=("a",)),),
    )
    assert [(r["field"], r["value"], r["sources"]) for r in rows(dataset, "conflicts")] == [
        ("date", '"2020-05"', "a"),
        ("date", '"2020-06"', "b"),
    ]
    assert rows(dataset, "events")[0]["conflicts"] == "date"
    assert rows(dataset, "links") == [
        {"kind": "reference", "from_id": "e1", "to_id": "e0", "rule": "r", "sources": "a"}
    ]


# --- events of any type fill the same columns ------------------------------------------------


def test_a_registered_event_type_puts_its_own_fields_in_extra(isolated_registry: None) -> None:
    @register_event_type("naval_exercise")
    @frozen(kw_only=True)
    class NavalExercise(Event):
        exercise: str | None = None
        ships: int | None = field(default=None)

    drill = NavalExercise(
        id="x:1",
        date=PartialDate(year=2019, month=9),
        countries=("IND", "JPN", "USA"),
        exercise="Malabar",
        ships=7,
        source="x",
    )
    dataset = build_dataset([Extraction(source=Source(id="x"), events=(drill,))])
    (row,) = rows(dataset, "events")
    assert (row["type"], row["date"], row["countries"]) == (
        "naval_exercise",
        "2019-09",
        "IND;JPN;USA",
    )
    assert row["extra"] == '{"exercise":"Malabar","ships":7}'


def test_an_event_of_an_unknown_type_is_read_from_its_payload() -> None:
    opaque = OpaqueRecord(
        type="port_call",
        payload={
            "id": "y:1",
            "date": "2018-02-14",
            "countries": ["GBR", "SGP"],
            "place": {"city": "Singapore", "country": "SGP", "venue": None},
            "source": "y",
            "vessel": "HMS Example",
        },
    )
    dataset = build_dataset([Extraction(source=Source(id="y"), events=(opaque,))])
    (row,) = rows(dataset, "events")
    assert row["type"] == "port_call"
    assert (row["date_start"], row["city"], row["countries"]) == (
        dt.date(2018, 2, 14),
        "Singapore",
        "GBR;SGP",
    )
    assert row["extra"] == '{"vessel":"HMS Example"}'
    assert rows(dataset, "reports")[0]["source_id"] == "y"


# --- CSV is deterministic and reads back into pandas -----------------------------------------


def test_csv_does_not_depend_on_the_order_documents_came_in(parsed: tuple[Extraction, ...]) -> None:
    forward, backward = build_dataset(parsed), build_dataset(reversed(parsed))
    for name in table_names():
        assert csv_text(forward, name) == csv_text(backward, name)


def test_csv_tables_are_written_into_a_folder(dataset: Dataset, tmp_path: Path) -> None:
    paths = write_csv_tables(dataset, tmp_path / "tables")
    assert sorted(p.name for p in paths.values()) == sorted(f"{n}.csv" for n in table_names())
    assert paths["events"].read_bytes() == csv_text(dataset, "events").encode("utf-8")


@pytest.mark.parametrize("name", COLUMNS)
def test_csv_reads_back_equal_to_the_dataframe(dataset: Dataset, name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.csv"
    write_csv(dataset, name, path)
    pd.testing.assert_frame_equal(read_csv_table(path, name), to_dataframe(dataset, name))


def test_dataframe_columns_have_one_dtype_per_kind(dataset: Dataset) -> None:
    expected = {
        ColumnKind.TEXT: "string",
        ColumnKind.INTEGER: "Int64",
        ColumnKind.BOOLEAN: "boolean",
        ColumnKind.DATE: "datetime64[s]",
    }
    for name in table_names():
        frame = to_dataframe(dataset, name)
        assert {c.name: str(frame[c.name].dtype) for c in table_columns(name)} == {
            c.name: expected[c.kind] for c in table_columns(name)
        }


def test_an_empty_dataset_gives_empty_typed_frames() -> None:
    frame = to_dataframe(Dataset(), "events")
    assert frame.empty
    assert str(frame["date_start"].dtype) == "datetime64[s]"
    assert csv_text(Dataset(), "links") == "kind,from_id,to_id,rule,sources\n"


@settings(max_examples=20)
@given(st.lists(extractions(), max_size=3, unique_by=lambda x: x.source.id))
def test_any_dataset_round_trips_through_csv(found: list[Extraction]) -> None:
    dataset = build_dataset(found)
    for name in ("sources", "events", "participants", "commitments", "evidence"):
        text = csv_text(dataset, name)
        pd.testing.assert_frame_equal(
            read_csv_table(io.StringIO(text), name),
            to_dataframe(dataset, name),
        )


# --- Parquet ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", COLUMNS)
def test_parquet_reads_back_the_same_rows(dataset: Dataset, name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.parquet"
    assert write_parquet(dataset, name, path) == len(rows(dataset, name))
    table = pq.read_table(path)
    assert table.column_names == COLUMNS[name].split()
    assert table.to_pylist() == rows(dataset, name)
    assert table.schema.metadata[b"diplomod.table"] == name.encode()


def test_arrow_days_are_dates(dataset: Dataset) -> None:
    schema = to_arrow(dataset, "events").schema
    assert str(schema.field("date_start").type) == "date32[day]"
    assert schema.field("ordinal").metadata[b"doc"] == b"3 for 'the third meeting'"
