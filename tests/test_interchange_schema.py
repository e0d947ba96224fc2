"""The JSON Schema: valid draft 2020-12, built from the registry, and every dump passes it."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
import re
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from attrs import frozen
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplomod import registry, testing
from diplomod.errors import RegistryError
from diplomod.interchange import dumps, make_schema, schema_for, to_payload
from diplomod.interchange.values import (
    DATE_PATTERN,
    DURATION_PATTERN,
    PARTIAL_DATE_PATTERN,
    TIME_PATTERN,
)
from diplomod.records import (
    Event,
    Extraction,
    Meeting,
    OpaqueRecord,
    PartialDate,
    Place,
    Source,
)
from diplomod.registry import register_event_type

with_fixtures = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])


@frozen(kw_only=True)
class PortCall(Event):
    """A warship's call at a foreign port: registered by the ``port_call`` fixture only."""

    vessel: str | None = None
    berth_hours: int | None = None


@pytest.fixture
def port_call(isolated_registry: None) -> Iterator[type[PortCall]]:
    """Register ``port_call`` for one test."""
    register_event_type("port_call")(PortCall)
    yield PortCall
    registry._generation += 1  # restoring the table changes it too: drop cached converters


@functools.cache
def validator(generation: int) -> jsonschema.Draft202012Validator:
    """Return a validator of the schema for the registry of this generation."""
    return jsonschema.Draft202012Validator(make_schema())


VALIDATOR = validator(registry.generation())


def errors(payload: object, check: jsonschema.Draft202012Validator = VALIDATOR) -> list[str]:
    return [e.message for e in check.iter_errors(payload)]


# --- the schema itself ------------------------------------------------------------------------


def test_the_schema_is_valid_draft_2020_12() -> None:
    schema = make_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_the_schema_is_json_and_the_same_each_time() -> None:
    assert json.dumps(make_schema(), sort_keys=True) == json.dumps(make_schema(), sort_keys=True)


def test_the_schema_has_a_definition_for_every_record_class() -> None:
    defs: Any = make_schema()["$defs"]
    for name in ("Meeting", "Agreement", "Commitment", "Extraction", "Participant", "Span"):
        assert name in defs
    meeting = defs["Meeting"]
    assert meeting["additionalProperties"] is False
    assert meeting["required"] == list(meeting["properties"])


@pytest.mark.parametrize(
    ("cls", "field", "expected"),
    [
        (Meeting, "id", {"type": "string"}),
        (Meeting, "ordinal", {"type": ["integer", "null"]}),
        (Meeting, "referenced", {"type": "boolean"}),
        (Meeting, "countries", {"type": "array", "items": {"type": "string"}}),
        (Meeting, "mode", {"anyOf": [{"enum": ["in_person", "virtual"]}, {"type": "null"}]}),
        (Meeting, "place", {"anyOf": [{"$ref": "#/$defs/Place"}, {"type": "null"}]}),
        (
            Source,
            "published",
            {
                "anyOf": [
                    {"type": "string", "format": "date", "pattern": DATE_PATTERN},
                    {"type": "null"},
                ]
            },
        ),
    ],
)
def test_field_types_map_to_schemas(cls: type, field: str, expected: dict[str, Any]) -> None:
    schema: Any = schema_for(cls)
    assert schema["$defs"][cls.__name__]["properties"][field] == expected


def test_schema_for_describes_the_data_of_one_class() -> None:
    schema = schema_for(Place)
    check = jsonschema.Draft202012Validator(schema)
    assert errors({"venue": None, "city": "Brasília", "country": "BRA"}, check) == []
    assert errors({"city": "Brasília"}, check)  # every field is required


# --- every dump passes ------------------------------------------------------------------------


@given(testing.records())
def test_every_registered_type_dumps_valid_payloads(record: object) -> None:
    assert errors(to_payload(record)) == []


@given(testing.extractions())
def test_extractions_dump_valid_payloads(extraction: Extraction) -> None:
    assert errors(json.loads(dumps(extraction))) == []


@given(testing.opaque_records())
def test_records_of_unknown_types_are_valid_too(record: OpaqueRecord) -> None:
    assert errors(to_payload(record)) == []


@with_fixtures
@given(data=st.data())
def test_a_registered_event_type_is_in_the_schema(
    port_call: type[PortCall], data: st.DataObject
) -> None:
    check = validator(registry.generation())
    assert "PortCall" in check.schema["$defs"]
    assert "tagged:PortCall" in check.schema["$defs"]
    record = data.draw(testing.records("port_call"))
    assert errors(to_payload(record), check) == []
    extraction = Extraction(source=Source(id="navy-7"), events=(record,))  # type: ignore[arg-type]
    assert errors(to_payload(extraction), check) == []
    wrong: Any = to_payload(record)
    wrong["data"]["berth_hours"] = "36"
    assert errors(wrong, check)


# --- what the schema refuses ------------------------------------------------------------------


def meeting_payload() -> dict[str, Any]:
    return copy.deepcopy(
        to_payload(Meeting(id="m1", date=PartialDate(year=2023, month=9), countries=("IND",)))
    )


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (lambda p: p["data"].pop("place"), "a field is missing"),
        (lambda p: p["data"].update(venue="Delhi"), "an unknown key"),
        (lambda p: p["data"].update(mode="hybrid"), "not an enum value"),
        (lambda p: p["data"].update(date="September 2023"), "not a partial date"),
        (lambda p: p["data"].update(time="3pm"), "not a time"),
        (lambda p: p["data"].update(duration="110 minutes"), "not a duration"),
        (lambda p: p["data"].update(ordinal=2.5), "not an integer"),
        (lambda p: p["data"].update(id=None), "null for a required string"),
        (lambda p: p.update(format="diplomod/2"), "another format"),
        (lambda p: p.update(extra=1), "a key beside the envelope's"),
        (lambda p: p.update(type="agreement"), "data of another type"),
    ],
)
def test_the_schema_refuses_bad_payloads(change: Any, why: str) -> None:
    payload = meeting_payload()
    change(payload)
    assert errors(payload), why


def test_an_unknown_type_may_hold_any_object_but_a_known_one_may_not() -> None:
    assert errors({"format": "diplomod/1", "type": "port_call", "data": {"x": [1]}}) == []
    assert errors({"format": "diplomod/1", "type": "meeting", "data": {"x": [1]}})
    assert errors({"format": "diplomod/1", "type": "port_call", "data": [1]})


# --- the patterns match what is written -------------------------------------------------------


@given(testing.partial_dates())
def test_partial_dates_match_their_pattern(date: PartialDate) -> None:
    assert re.search(PARTIAL_DATE_PATTERN, str(date))


@given(testing.durations())
def test_durations_match_their_pattern(duration: dt.timedelta) -> None:
    written = json.loads(dumps(Meeting(id="m1", duration=duration)))["data"]["duration"]
    assert re.search(DURATION_PATTERN, written)


@pytest.mark.parametrize("text", ["15:00", "09:05:30", "23:59:59.250000", "15:00+09:00", "06:00Z"])
def test_times_match_their_pattern(text: str) -> None:
    assert re.search(TIME_PATTERN, text)


@pytest.mark.parametrize("text", ["P", "PT", "1H", "PT1H50", "P1W"])
def test_the_duration_pattern_refuses_what_is_not_a_duration(text: str) -> None:
    assert not re.search(DURATION_PATTERN, text)


# --- types without a JSON form ----------------------------------------------------------------


@frozen(kw_only=True)
class Tally:
    """A class with a field of a type diplomod does not write."""

    counts: dict[str, int]


def test_a_field_type_without_a_json_form_is_an_error_naming_the_field() -> None:
    with pytest.raises(RegistryError, match=r"Tally\.counts"):
        schema_for(Tally)
