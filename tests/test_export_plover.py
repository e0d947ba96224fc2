"""PLOVER JSON records: PLOVER's fields, diplomod's additions, and the round trip."""

from __future__ import annotations

import io
import json

import pytest
from export_data import AGREEMENT, COMMITMENT, EXTRACTION, MEETING, REFUSAL, SOURCE, TEXT
from hypothesis import given

from diplomod.codes import coded_events
from diplomod.errors import LoadError
from diplomod.interchange import from_plover, read_plover, to_plover, write_plover
from diplomod.records import Extraction
from diplomod.testing import extractions


def _records() -> dict[str, dict[str, object]]:
    records, _ = to_plover(EXTRACTION)
    return {str(r["id"]): r for r in records}


def test_a_hosted_meeting_is_one_consult_record_with_the_host_as_recipient() -> None:
    record = _records()[MEETING.id]
    assert record["event"] == ["CONSULT"]
    assert record["mode"] == ["visit"]
    assert record["source"] == [{"code": "AUS", "sector": "GOV"}]
    assert record["recipient"] == [{"code": "IDN", "sector": "GOV"}]
    assert (record["quad_code"], record["event_scale"]) == (1, 2.1)
    assert (record["date"], record["time"]) == ("2024-05-01", "10:30")
    assert record["event_loc"] == {"name": "Jakarta", "cc3": "IDN", "country code": "ID"}
    start, end = record["text_info"]["start"], record["text_info"]["end"]  # type: ignore[index]
    assert TEXT[start:end].startswith("Foreign Minister Penny Wong")
    assert record["cite_info"]["url"] == SOURCE.url  # type: ignore[index]
    assert record["cite_info"]["publication"] == SOURCE.publisher  # type: ignore[index]
    assert record["diplomod"]["cameo"] == "042"  # type: ignore[index]
    assert record["diplomod"]["reverse_cameo"] == "043"  # type: ignore[index]


def test_a_joint_commitment_is_one_record_with_both_actors_as_sources() -> None:
    record = _records()[COMMITMENT.id]
    assert record["source"] == [{"code": "AUS", "sector": "GOV"}, {"code": "IDN", "sector": "GOV"}]
    assert record["recipient"] == []
    assert (record["event"], record["context"]) == (["AGREE"], ["military"])
    assert record["event_text"] == ["expand maritime defence cooperation"]
    assert record["link"] == MEETING.id


def test_a_month_is_written_as_its_first_and_last_day() -> None:
    record = _records()[AGREEMENT.id]
    assert (record["date"], record["enddate"]) == ("2024-05-01", "2024-05-31")
    assert record["diplomod"]["date"] == "2024-05"  # type: ignore[index]


def test_a_negated_act_keeps_the_negation_context() -> None:
    record = _records()[REFUSAL.id]
    assert record["context"] == ["negation"]
    assert record["date"] == "2024-05-02"  # undated: the story's date
    assert record["diplomod"]["date"] is None  # type: ignore[index]


def test_an_organization_is_an_igo_actor_with_its_name() -> None:
    record = _records()["au-id-readout:welcome"]
    assert record["source"] == [
        {"code": "IGO", "sector": "IGO", "actor_text": "Association of Southeast Asian Nations"}
    ]


def test_the_readout_round_trips() -> None:
    out = io.StringIO()
    report = write_plover(EXTRACTION, out)
    assert report.written == 6
    assert [(d.what, len(d.records)) for d in report.dropped] == [("date", 3)]  # story dates
    lines = out.getvalue().splitlines()
    assert list(read_plover(lines)) == list(coded_events(EXTRACTION))


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("[1, 2]", "expected a PLOVER record object"),
        ('{"id": "x", "event": ["AGREE"]}', "$.diplomod: missing"),
        ('{"id": "x", "diplomod": {}}', "not a PLOVER record diplomod wrote"),
        ("{not json", "line 1"),
    ],
)
def test_what_is_not_a_diplomod_plover_record_is_refused(line: str, message: str) -> None:
    with pytest.raises(LoadError, match=message.replace("$", r"\$").replace("[", r"\[")):
        list(read_plover([line]))


def test_from_plover_refuses_a_non_object() -> None:
    with pytest.raises(LoadError):
        from_plover(["AGREE"])


@given(extractions())
def test_plover_json_round_trips_what_it_holds(extraction: Extraction) -> None:
    out = io.StringIO()
    write_plover(extraction, out)
    lines = out.getvalue().splitlines()
    for line in lines:
        record = json.loads(line)
        assert {"id", "date", "source", "event", "quad_code", "event_scale"} <= set(record)
        assert record["event"][0] in {
            "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
            "COERCE", "ASSAULT",
        }  # fmt: skip
    assert list(read_plover(lines)) == list(coded_events(extraction))
