"""GDELT, ICEWS and POLECAT exports: the published column layouts, read back as users read them."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from export_data import ADDED, EXTRACTION, MEETING, REFUSAL, SOURCE
from hypothesis import given

from diplomod.interchange import (
    GDELT_COLUMNS,
    ICEWS_COLUMNS,
    POLECAT_COLUMNS,
    to_gdelt,
    to_icews,
    to_polecat,
    write_gdelt,
    write_icews,
    write_polecat,
)
from diplomod.records import Extraction
from diplomod.testing import extractions

FIXTURES = Path(__file__).parent / "fixtures" / "export"
CODES = {"EventCode": str, "EventBaseCode": str, "EventRootCode": str}


def read_gdelt(path: Path | io.StringIO) -> pd.DataFrame:
    """Read a GDELT 2.0 event file as GDELT's users do."""
    return pd.read_csv(path, sep="\t", header=None, names=list(GDELT_COLUMNS), dtype=CODES)


# --- the layouts ------------------------------------------------------------------------


def test_the_published_layouts() -> None:
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[25:35] == (
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
        "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    )  # fmt: skip
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    assert len(ICEWS_COLUMNS) == 20
    assert ICEWS_COLUMNS[:9] == (
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
        "Event Text", "CAMEO Code", "Intensity", "Target Name",
    )  # fmt: skip
    assert len(POLECAT_COLUMNS) == 40
    assert POLECAT_COLUMNS[:7] == (
        "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity",
        "Quad Code", "Contexts",
    )  # fmt: skip


# --- the readout's rows, against files written in the published layouts --------------------


@pytest.mark.parametrize(
    ("name", "write"),
    [
        ("readout.gdelt.tsv", lambda out: write_gdelt(EXTRACTION, out, added=ADDED)),
        ("readout.icews.tsv", lambda out: write_icews(EXTRACTION, out)),
        ("readout.polecat.tsv", lambda out: write_polecat(EXTRACTION, out)),
    ],
)
def test_exports_match_the_fixture_files(name: str, write: object, tmp_path: Path) -> None:
    out = tmp_path / name
    write(out)  # type: ignore[operator]
    assert out.read_text("utf-8") == (FIXTURES / name).read_text("utf-8")


def test_gdelt_fixture_reads_back_as_gdelt_files_do() -> None:
    frame = read_gdelt(FIXTURES / "readout.gdelt.tsv")
    assert frame.shape == (8, 61)
    assert list(frame["EventCode"]) == ["042", "043", "061", "061", "0312", "0312", "111", "051"]
    assert list(frame["EventRootCode"]) == ["04", "04", "06", "06", "03", "03", "11", "05"]
    assert list(frame["QuadClass"]) == [1, 1, 2, 2, 1, 1, 3, 2]
    assert list(frame["GoldsteinScale"]) == [1.9, 2.8, 6.4, 6.4, 5.2, 5.2, -2.0, 3.4]
    visit, host = frame.iloc[0], frame.iloc[1]
    assert (visit["Actor1CountryCode"], visit["Actor2CountryCode"]) == ("AUS", "IDN")
    assert (host["Actor1CountryCode"], host["Actor2CountryCode"]) == ("IDN", "AUS")
    assert (visit["Actor1Code"], visit["Actor1Name"], visit["Actor1Type1Code"]) == (
        "AUSGOV",
        "PENNY WONG",
        "GOV",
    )
    assert visit["SQLDATE"] == 20240501
    assert visit["MonthYear"] == 202405
    assert visit["FractionDate"] == pytest.approx(2024.4137)
    assert (visit["ActionGeo_Type"], visit["ActionGeo_FullName"]) == (4, "Jakarta, Indonesia")
    assert frame["DATEADDED"].unique().tolist() == [20240502061500]
    assert frame["SOURCEURL"].unique().tolist() == [SOURCE.url]
    assert frame["GLOBALEVENTID"].is_unique
    assert frame["GLOBALEVENTID"].dtype == "int64"
    asean = frame.iloc[7]
    assert (asean["Actor1Code"], asean["Actor1Type1Code"]) == ("IGO", "IGO")
    assert pd.isna(asean["Actor2Code"])  # a welcome aimed at no one


def test_icews_fixture_reads_back_as_icews_files_do() -> None:
    frame = pd.read_csv(FIXTURES / "readout.icews.tsv", sep="\t", dtype={"CAMEO Code": str})
    assert list(frame.columns) == list(ICEWS_COLUMNS)
    assert frame.shape == (8, 20)
    first = frame.iloc[0]
    assert (first["Source Name"], first["Source Country"], first["Target Name"]) == (
        "Penny Wong",
        "Australia",
        "Retno Marsudi",
    )
    assert (first["Event Text"], first["CAMEO Code"], first["Intensity"]) == (
        "Make a visit",
        "042",
        1.9,
    )
    assert (first["Event Date"], first["City"], first["Country"]) == (
        "2024-05-01",
        "Jakarta",
        "Indonesia",
    )
    assert frame["Story ID"].nunique() == 1
    assert frame["Story ID"].dtype == "int64"
    assert frame.iloc[2]["Source Name"] == "Government (Australia)"


def test_polecat_fixture_reads_back_as_polecat_files_do() -> None:
    frame = pd.read_csv(FIXTURES / "readout.polecat.tsv", sep="\t")
    assert list(frame.columns) == list(POLECAT_COLUMNS)
    assert list(frame["Event Type"]) == [
        "CONSULT", "COOPERATE", "AGREE", "AGREE", "ACCUSE", "SUPPORT",
    ]  # fmt: skip
    meeting = frame.iloc[0]
    assert (meeting["Event Mode"], meeting["Quad Code"], meeting["Event Intensity"]) == (
        "visit",
        "VERBAL COOPERATION",
        2.1,
    )
    assert (meeting["Actor Country"], meeting["Recipient Country"]) == ("AUS", "IDN")
    assert meeting["Story People"] == "Penny Wong; Retno Marsudi"
    joint = frame.iloc[2]
    assert (joint["Actor Country"], joint["Contexts"]) == ("AUS; IDN", "military")
    assert pd.isna(joint["Recipient Country"])  # acting together: one record, no recipient
    assert frame.iloc[3]["Contexts"] == "negation"
    assert frame.iloc[5]["Actor Country"] == "IGO"


# --- what each format drops ------------------------------------------------------------------


def _dropped(report: object) -> dict[str, tuple[str, ...]]:
    return {d.what: d.records for d in report.dropped}  # type: ignore[attr-defined]


def test_cameo_tables_say_what_they_dropped() -> None:
    for rows, report in (to_gdelt(EXTRACTION, added=ADDED), to_icews(EXTRACTION)):
        dropped = _dropped(report)
        assert report.written == len(rows) == 8
        assert dropped["record"] == (REFUSAL.id,)  # negated: not an event
        assert dropped["time"] == (MEETING.id,)
        assert dropped["participants"] == (MEETING.id,)
        assert len(dropped["evidence"]) == 5
        assert dropped["plover"]
        assert dropped["text"]
        assert dropped["id"]
        assert "date precision" in dropped  # the agreement is dated to May only


def test_polecat_says_what_it_dropped() -> None:
    rows, report = to_polecat(EXTRACTION)
    dropped = _dropped(report)
    assert report.written == len(rows) == 6
    assert "record" not in dropped  # PLOVER keeps a negated act, in its context
    assert len(dropped["cameo"]) == 6
    assert dropped["participants"] == (MEETING.id,)


def test_an_undated_record_without_a_publication_date_is_not_written() -> None:
    undated = Extraction(
        source=SOURCE.__class__(id="no-date"),
        statements=EXTRACTION.statements,
    )
    rows, report = to_gdelt(undated, added=ADDED)
    assert rows == ()
    assert "undated, and no publication date" in str(report)


# --- laws -------------------------------------------------------------------------------------


@given(extractions())
def test_gdelt_rows_always_have_61_columns_and_read_back(extraction: Extraction) -> None:
    out = io.StringIO()
    report = write_gdelt(extraction, out, added=ADDED)
    rows, _ = to_gdelt(extraction, added=ADDED)
    assert all(len(row) == 61 for row in rows)
    assert report.written == len(rows)
    if rows:
        frame = read_gdelt(io.StringIO(out.getvalue()))
        assert frame.shape == (len(rows), 61)
        assert list(frame["EventCode"]) == [row[26] for row in rows]


@given(extractions())
def test_icews_and_polecat_rows_read_back(extraction: Extraction) -> None:
    for write, columns in ((write_icews, ICEWS_COLUMNS), (write_polecat, POLECAT_COLUMNS)):
        out = io.StringIO()
        report = write(extraction, out)
        frame = pd.read_csv(io.StringIO(out.getvalue()), sep="\t", dtype=str)
        assert list(frame.columns) == list(columns)
        assert len(frame) == report.written
