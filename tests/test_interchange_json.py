"""One record as JSON: the diplomod/1 envelope, how each field is written, and round trips."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from attrs import frozen
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplomod import registry, testing
from diplomod.errors import InvalidValueError, LoadError, RegistryError
from diplomod.interchange import (
    FORMAT,
    dump,
    dumps,
    from_payload,
    load,
    loads,
    make_converter,
    to_payload,
)
from diplomod.interchange.json import _decode, _encode
from diplomod.records import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Call,
    CallMedium,
    DatePart,
    Event,
    Extraction,
    Meeting,
    MeetingMode,
    OpaqueRecord,
    PartialDate,
    Participant,
    Person,
    Role,
    Source,
)
from diplomod.registry import register_event_type

with_fixtures = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])


@frozen(kw_only=True)
class PortCall(Event):
    """A warship's call at a foreign port: registered by the ``port_call`` fixture only."""

    vessel: str | None = None
    berth_hours: int | None = None
    draft_metres: float | None = None


@pytest.fixture
def port_call(isolated_registry: None) -> Iterator[type[PortCall]]:
    """Register ``port_call`` for one test."""
    register_event_type("port_call", triggers=("port call",))(PortCall)
    yield PortCall
    registry._generation += 1  # restoring the table changes it too: drop cached converters


def canonical(text: str) -> str:
    """Return JSON text as diplomod writes it: sorted keys, no spaces, UTF-8."""
    return json.dumps(json.loads(text), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def only_json_types(value: object) -> bool:
    """Tell whether ``value`` is made of dict (with str keys), list, str, int, float, bool, None."""
    if isinstance(value, dict):
        return all(type(k) is str and only_json_types(v) for k, v in value.items())
    if isinstance(value, list):
        return all(only_json_types(v) for v in value)
    return type(value) in (str, int, float, bool, type(None))


# --- the envelope -----------------------------------------------------------------------------


def test_a_call_is_written_in_the_envelope_with_every_field_sorted() -> None:
    call = Call(
        id="call-1",
        date=PartialDate(year=2022, month=3, day=4),
        countries=("GBR", "IND"),
        medium=CallMedium.TELEPHONE,
    )
    assert dumps(call) == (
        '{"data":{"countries":["GBR","IND"],"date":"2022-03-04","date_inferred":false,'
        '"duration":null,"duration_approximation":null,"evidence":[],"id":"call-1",'
        '"medium":"telephone","ordinal":null,"participants":[],"place":null,"referenced":false,'
        '"references":[],"source":null,"time":null},"format":"diplomod/1","type":"call"}'
    )


def test_the_envelope_names_the_format_and_the_registered_tag() -> None:
    agreement = Agreement(id="a1", title="Treaty of Friendship", kind=AgreementKind.TREATY)
    payload = to_payload(agreement)
    assert payload["format"] == FORMAT == "diplomod/1"
    assert payload["type"] == "agreement"
    assert sorted(payload) == ["data", "format", "type"]


def test_nested_events_carry_their_own_type_tag() -> None:
    extraction = Extraction(
        source=Source(id="kyodo-2023-05-19"),
        events=(Meeting(id="m1", countries=("JPN", "KOR")), Call(id="c1")),
    )
    data = to_payload(extraction)["data"]
    assert isinstance(data, dict)
    events = data["events"]
    assert isinstance(events, list)
    assert [e["type"] for e in events if isinstance(e, dict)] == ["meeting", "call"]


# --- how each field is written ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "key", "written"),
    [
        # partial dates: ISO 8601 at their precision, EDTF intervals for early/mid/late
        ({"date": PartialDate(year=2021)}, "date", "2021"),
        ({"date": PartialDate(year=2021, month=11)}, "date", "2021-11"),
        ({"date": PartialDate(year=2021, month=11, day=23)}, "date", "2021-11-23"),
        (
            {"date": PartialDate(year=2021, month=11, part=DatePart.LATE)},
            "date",
            "2021-11-21/2021-11-30",
        ),
        ({"date": PartialDate(year=2022, part=DatePart.EARLY)}, "date", "2022-01/2022-04"),
        # times of day: minutes, seconds only when there are some, the offset when known
        ({"time": dt.time(15, 0)}, "time", "15:00"),
        ({"time": dt.time(9, 5, 30)}, "time", "09:05:30"),
        (
            {"time": dt.time(15, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))},
            "time",
            "15:00+09:00",
        ),
        # durations: ISO 8601
        ({"duration": dt.timedelta(minutes=110)}, "duration", "PT1H50M"),
        ({"duration": dt.timedelta(days=2)}, "duration", "P2D"),
        ({"duration": dt.timedelta(0)}, "duration", "PT0M"),
        # enums: their lowercase values
        ({"mode": MeetingMode.IN_PERSON}, "mode", "in_person"),
        # tuples are arrays, unknown facts null, and every field is present
        ({"countries": ("AUS", "IND")}, "countries", ["AUS", "IND"]),
        ({}, "countries", []),
        ({}, "place", None),
        ({}, "ordinal", None),
        ({"ordinal": 3}, "ordinal", 3),
        ({"referenced": True}, "referenced", True),
    ],
)
def test_fields_are_written_as_json(fields: dict[str, object], key: str, written: object) -> None:
    meeting = Meeting(id="m1", **fields)  # type: ignore[arg-type]
    data = json.loads(dumps(meeting))["data"]
    assert data[key] == written
    assert loads(dumps(meeting)) == meeting


def test_a_source_publication_date_is_an_iso_date() -> None:
    source = Source(id="mofa-2024-01-12", published=dt.date(2024, 1, 12))
    extraction = Extraction(source=source)
    assert json.loads(dumps(extraction))["data"]["source"]["published"] == "2024-01-12"


def test_nested_records_are_objects_of_their_fields() -> None:
    participant = Participant(
        person=Person(name="Penny Wong"), represents="AUS", role=Role.GUEST, title="Minister"
    )
    meeting = Meeting(id="m1", participants=(participant,))
    written = json.loads(dumps(meeting))["data"]["participants"][0]
    assert written == {
        "person": {
            "family_name": None,
            "given_name": None,
            "honorific": None,
            "name": "Penny Wong",
            "offices": [],
        },
        "represents": "AUS",
        "role": "guest",
        "title": "Minister",
    }


# --- round trips and canonical bytes ----------------------------------------------------------


@given(testing.records())
def test_every_registered_type_round_trips_through_json(record: object) -> None:
    assert loads(dumps(record)) == record
    assert from_payload(to_payload(record)) == record


@given(testing.extractions())
def test_extractions_round_trip_through_json_text_and_bytes(extraction: Extraction) -> None:
    text = dumps(extraction)
    assert loads(text) == extraction
    assert loads(text.encode("utf-8")) == extraction


@given(testing.records())
def test_output_is_canonical_so_equal_records_give_identical_bytes(record: object) -> None:
    text = dumps(record)
    assert canonical(text) == text
    again = loads(text)
    assert again is not record
    assert dumps(again) == text


@given(st.one_of(testing.records(), testing.extractions()))
def test_orjson_and_the_json_module_write_identical_bytes(record: object) -> None:
    assert _encode(record, fast=True) == _encode(record, fast=False)


@given(st.one_of(testing.records(), testing.extractions()))
def test_orjson_and_the_json_module_read_the_same_records(record: object) -> None:
    data = _encode(record)
    assert _decode(data, strict=False, fast=True) == _decode(data, strict=False, fast=False)


@given(st.one_of(testing.records(), testing.extractions()))
def test_payloads_hold_json_types_only(record: object) -> None:
    payload = to_payload(record)
    assert only_json_types(payload)
    assert make_converter().unstructure(record) == payload["data"]


def test_integers_beyond_64_bits_are_written_and_read_exactly() -> None:
    meeting = Meeting(id="m1", ordinal=2**70)
    assert _encode(meeting, fast=True) == _encode(meeting, fast=False)
    assert loads(dumps(meeting)) == meeting


# --- records of types this installation does not know -----------------------------------------

UNKNOWN = (
    '{"data":{"berth_hours":36,"countries":["USA"],"draft_metres":1e-07,"id":"pc-1",'
    '"vessel":"USS Example"},"format":"diplomod/1","type":"port_call"}'
)
UNKNOWN_NESTED = (
    '{"data":{"agreements":[],"commitments":[],"events":[{"id":"pc-1","nested":{"a":[1,2.5,null]},'
    '"type":"port_call"}],"source":{"id":"doc","published":null,"publisher":null,"sha256":null,'
    '"title":null,"url":null},"statements":[]},"format":"diplomod/1","type":"extraction"}'
)


def test_a_record_of_an_unknown_type_loads_opaque_and_is_written_back_unchanged() -> None:
    record = loads(UNKNOWN)
    assert record == OpaqueRecord(
        type="port_call",
        payload={
            "berth_hours": 36,
            "countries": ["USA"],
            "draft_metres": 1e-07,
            "id": "pc-1",
            "vessel": "USS Example",
        },
    )
    assert dumps(record) == UNKNOWN
    assert _encode(record, fast=False) == _encode(record, fast=True)


def test_an_event_of_an_unknown_type_loads_opaque_and_is_written_back_unchanged() -> None:
    extraction = loads(UNKNOWN_NESTED)
    assert isinstance(extraction, Extraction)
    assert extraction.events == (
        OpaqueRecord(type="port_call", payload={"id": "pc-1", "nested": {"a": [1, 2.5, None]}}),
    )
    assert dumps(extraction) == UNKNOWN_NESTED


@given(testing.opaque_records())
def test_opaque_records_round_trip(record: OpaqueRecord) -> None:
    text = dumps(record)
    assert loads(text) == record
    assert dumps(loads(text)) == text


def test_strict_loading_refuses_unknown_types_at_any_depth() -> None:
    with pytest.raises(LoadError) as top:
        loads(UNKNOWN, strict=True)
    assert top.value.problems[0].startswith("$.type: unknown record type 'port_call'")
    with pytest.raises(LoadError) as nested:
        loads(UNKNOWN_NESTED, strict=True)
    assert nested.value.problems == (
        "$.data.events[0].type: unknown record type 'port_call' "
        "(known: call, conference, meeting, visit)",
    )


# --- a type registered by the user ------------------------------------------------------------


@with_fixtures
@given(data=st.data())
def test_a_registered_event_type_round_trips(
    port_call: type[PortCall], data: st.DataObject
) -> None:
    record = data.draw(testing.records("port_call"))
    assert isinstance(record, PortCall)
    assert loads(dumps(record)) == record
    assert _encode(record, fast=True) == _encode(record, fast=False)


def test_a_registered_event_type_is_read_in_extractions(port_call: type[PortCall]) -> None:
    extraction = Extraction(
        source=Source(id="navy-news-7"),
        events=(PortCall(id="pc-1", vessel="HMAS Example", berth_hours=48, draft_metres=7.5),),
    )
    text = dumps(extraction)
    assert '"type":"port_call"' in text
    assert loads(text) == extraction


def test_documents_of_a_type_load_opaque_before_registration_and_typed_after(
    isolated_registry: None,
) -> None:
    text = dumps(OpaqueRecord(type="port_call", payload={"id": "pc-1", "vessel": "INS Example"}))
    assert isinstance(loads(text), OpaqueRecord)
    # the converter is rebuilt on the next call after a registration
    before = make_converter()
    register_event_type("port_call")(PortCall)
    assert make_converter() is not before
    # fields the document lacks take their defaults (only fields without one are required)
    assert loads(text) == PortCall(id="pc-1", vessel="INS Example")
    registry._generation += 1


def test_the_converter_is_cached_until_the_registry_changes() -> None:
    assert make_converter() is make_converter()
    assert make_converter(strict=True) is not make_converter()


def test_an_unregistered_class_cannot_be_written() -> None:
    @frozen(kw_only=True)
    class Banquet(Event):
        guests: int | None = None

    with pytest.raises(RegistryError, match="not a registered record type"):
        dumps(Banquet(id="b1"))
    with pytest.raises(RegistryError):
        dumps(Extraction(source=Source(id="doc"), events=(Banquet(id="b1"),)))


# --- values JSON cannot hold ------------------------------------------------------------------


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -float("inf")])
def test_nan_and_infinity_are_refused_when_writing(bad: float) -> None:
    record = OpaqueRecord(type="sounding", payload={"depth": bad})
    with pytest.raises(InvalidValueError, match="not a finite number"):
        dumps(record)
    with pytest.raises(InvalidValueError):
        _encode(record, fast=False)


def test_nan_is_refused_in_a_float_field(port_call: type[PortCall]) -> None:
    with pytest.raises(InvalidValueError, match="not a finite number"):
        dumps(PortCall(id="pc-1", draft_metres=float("nan")))


@pytest.mark.parametrize(
    "payload",
    [
        {"when": dt.date(2021, 1, 1)},  # not a JSON type
        {"ids": (1, 2)},  # tuples are not JSON arrays here
        {"nested": {1: "a"}},  # keys must be strings
    ],
)
def test_opaque_payloads_must_hold_json_values(payload: dict[str, object]) -> None:
    with pytest.raises(InvalidValueError):
        dumps(OpaqueRecord(type="memo", payload=payload))  # type: ignore[arg-type]


def test_a_nested_opaque_record_may_not_use_the_type_key() -> None:
    extraction = Extraction(
        source=Source(id="doc"), events=(OpaqueRecord(type="memo", payload={"type": "x"}),)
    )
    with pytest.raises(InvalidValueError, match="tag"):
        dumps(extraction)


# --- files ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["agreement.json", "agreement.json.gz"])
def test_dump_and_load_a_file(tmp_path: Path, name: str) -> None:
    agreement = Agreement(
        id="a1",
        title="Acuerdo de Cooperación Técnica",
        status=AgreementStatus.SIGNED,
        parties=("BRA", "ZAF"),
    )
    path = tmp_path / name
    dump(agreement, path)
    assert load(path) == agreement
    assert load(str(path)) == agreement
    raw = path.read_bytes()
    text = gzip.decompress(raw) if name.endswith(".gz") else raw
    assert text == dumps(agreement).encode("utf-8") + b"\n"
    dump(agreement, path)
    assert path.read_bytes() == raw  # gzip without a timestamp: the same bytes again


def test_dump_and_load_open_files_binary_and_text() -> None:
    agreement = Agreement(id="a1", title="Déclaration commune franco-allemande")
    binary = io.BytesIO()
    dump(agreement, binary)
    assert load(io.BytesIO(binary.getvalue())) == agreement
    text = io.StringIO()
    dump(agreement, text)
    assert text.getvalue() == dumps(agreement) + "\n"
    assert load(io.StringIO(text.getvalue())) == agreement


def test_a_bad_file_names_itself_in_the_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "diplomod/1", "type": "meeting", "data": {"id": 7}}')
    with pytest.raises(LoadError, match=r"broken\.json") as caught:
        load(path)
    assert "$.data.id: expected a string, got 7" in caught.value.problems


def test_a_corrupt_gzip_file_is_a_load_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.json.gz"
    path.write_bytes(b"\x1f\x8b not really gzip")
    with pytest.raises(LoadError, match="cannot read"):
        load(path)
