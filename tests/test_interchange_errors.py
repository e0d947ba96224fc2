"""Loading bad data: only LoadError, with every problem on a line of its own and its JSON path."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import cattrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomod import testing
from diplomod.errors import DiplomodError, LoadError
from diplomod.interchange import from_payload, loads, make_converter, to_payload
from diplomod.interchange.json import _decode
from diplomod.records import Meeting, Span

JSON = dict[str, Any]


def envelope(data: object, tag: str = "meeting") -> JSON:
    return {"format": "diplomod/1", "type": tag, "data": data}


def problems_of(document: object, *, strict: bool = False) -> tuple[str, ...]:
    """Return the problems loading ``document`` (JSON text, or a value to write as JSON) gives."""
    text = document if isinstance(document, str | bytes) else json.dumps(document)
    with pytest.raises(LoadError) as caught:
        loads(text, strict=strict)
    return caught.value.problems


# --- strict scalars: nothing is coerced -------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        # an integer field takes integers only: not floats, booleans or numeric strings
        (
            {"id": "m1", "ordinal": 6600.7},
            "$.data.ordinal: expected an integer or null, got 6600.7",
        ),
        ({"id": "m1", "ordinal": True}, "$.data.ordinal: expected an integer or null, got true"),
        ({"id": "m1", "ordinal": "3"}, "$.data.ordinal: expected an integer or null, got '3'"),
        ({"id": "m1", "ordinal": 3.0}, "$.data.ordinal: expected an integer or null, got 3.0"),
        # a string field takes strings only
        ({"id": 42}, "$.data.id: expected a string, got 42"),
        ({"id": "m1", "source": 7}, "$.data.source: expected a string or null, got 7"),
        (
            {"id": "m1", "countries": ["JPN", 392]},
            "$.data.countries[1]: expected a string, got 392",
        ),
        # a boolean field takes true or false only
        ({"id": "m1", "referenced": 1}, "$.data.referenced: expected true or false, got 1"),
        ({"id": "m1", "referenced": "yes"}, "$.data.referenced: expected true or false, got 'yes'"),
        # enums take their values only
        (
            {"id": "m1", "mode": "hybrid"},
            "$.data.mode: expected one of 'in_person', 'virtual', got 'hybrid'",
        ),
        (
            {"id": "m1", "mode": "IN_PERSON"},
            "$.data.mode: expected one of 'in_person', 'virtual', got 'IN_PERSON'",
        ),
        # arrays are JSON arrays, not strings or objects
        ({"id": "m1", "countries": "JPN"}, "$.data.countries: expected an array, got 'JPN'"),
        ({"id": "m1", "place": []}, "$.data.place: expected an object, got an array of 0 items"),
    ],
)
def test_scalars_are_never_coerced(data: JSON, problem: str) -> None:
    assert problems_of(envelope(data)) == (problem,)


def test_the_converter_itself_is_strict() -> None:
    converter = make_converter()
    with pytest.raises(cattrs.ClassValidationError, match="Span"):
        converter.structure({"start": 3, "end": 6600.7}, Span)
    assert converter.structure({"start": 3, "end": 7}, Span) == Span(start=3, end=7)


# --- dates, times, durations and the model's own checks ---------------------------------------


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (
            {"id": "m1", "date": "2021-13-01"},
            "$.data.date: not a date: '2021-13-01' (month must be within 1..12)",
        ),
        (
            {"id": "m1", "date": "2022-02-29"},
            "$.data.date: not a date: '2022-02-29' (day is out of range for month)",
        ),
        ({"id": "m1", "date": "23 November 2021"}, "$.data.date: not a date: '23 November 2021'"),
        (
            {"id": "m1", "date": 2021},
            "$.data.date: expected a date string such as '2021-11-23', got 2021",
        ),
        ({"id": "m1", "time": "3pm"}, "$.data.time: not a time: '3pm'"),
        ({"id": "m1", "time": "24:30"}, "$.data.time: not a time: '24:30' (hour must be in 0..23)"),
        (
            {"id": "m1", "duration": "110 minutes"},
            "$.data.duration: not an ISO 8601 duration such as PT1H50M: '110 minutes'",
        ),
        (
            {"id": "m1", "duration": "P99999999999D"},
            "$.data.duration: not a duration: 'P99999999999D' (too long)",
        ),
        (
            {"id": "m1", "countries": ["JPN", "XYZ"]},
            "$.data.countries[1]: not an ISO 3166-1 alpha-3 code or a registered organization id: "
            "'XYZ'",
        ),
        ({"id": "m1", "countries": ["JPN", "JPN"]}, "$.data.countries[1]: repeated: 'JPN'"),
        ({"id": "   "}, "$.data.id: empty: '   '"),
        ({"id": "m1", "ordinal": 0}, "$.data.ordinal: must be 1 or more: 0"),
        (
            {
                "id": "m1",
                "evidence": [{"field": "date", "span": {"start": 9, "end": 4}, "text": ""}],
            },
            "$.data.evidence[0].span.end: before start 9: 4",
        ),
    ],
)
def test_bad_values_are_named_with_their_path_and_reason(data: JSON, problem: str) -> None:
    assert problems_of(envelope(data)) == (problem,)


def test_every_problem_is_listed_not_only_the_first() -> None:
    data = {
        "id": "m1",
        "date": "2021-13-01",
        "ordinal": 6600.7,
        "participants": [
            {"person": {"name": "Olena Kovalenko"}, "role": "host"},
            {"person": {"name": 5}, "role": "boss"},
        ],
        "venue": "Kyiv",
    }
    assert problems_of(envelope(data)) == (
        "$.data.date: not a date: '2021-13-01' (month must be within 1..12)",
        "$.data.participants[1].person.name: expected a string, got 5",
        "$.data.participants[1].role: expected one of 'host', 'guest', 'participant', 'chair', "
        "got 'boss'",
        "$.data.ordinal: expected an integer or null, got 6600.7",
        "$.data: unknown field 'venue'",
    )


def test_the_message_lists_the_problems_one_per_line() -> None:
    with pytest.raises(LoadError) as caught:
        loads(json.dumps(envelope({"id": "m1", "date": "2021-13-01", "ordinal": True})))
    assert str(caught.value) == (
        "cannot load data: 2 problems\n"
        "  $.data.date: not a date: '2021-13-01' (month must be within 1..12)\n"
        "  $.data.ordinal: expected an integer or null, got true"
    )


def test_nested_events_are_named_by_index() -> None:
    data = {
        "source": {"id": "doc"},
        "events": [
            {"type": "meeting", "id": "m1"},
            {"type": "call", "id": "c1", "medium": "fax"},
            {"id": "v1"},
            {"type": "agreement", "id": "a1"},
            {"type": 3},
        ],
    }
    assert problems_of(envelope(data, "extraction")) == (
        "$.data.events[1].medium: expected one of 'telephone', 'video', got 'fax'",
        "$.data.events[2].type: required field missing",
        "$.data.events[3].type: 'agreement' is not allowed here "
        "(expected one of call, conference, meeting, visit)",
        "$.data.events[4].type: expected a type tag (call, conference, meeting, visit), got 3",
    )


# --- the envelope and the text ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "problems"),
    [
        ("", ("$: not valid JSON: Expecting value: line 1 column 1 (char 0)",)),
        (
            '{"format": "diplomod/1",',
            (
                "$: not valid JSON: Expecting property name enclosed in double quotes: "
                "line 1 column 25 (char 24)",
            ),
        ),
        (b"\xff\xfe{}", ("$: not valid JSON: not UTF-8 (invalid start byte at byte 0)",)),
        ('{"a": NaN}', ("$: not valid JSON: NaN is not a JSON number",)),
        ('{"a": -Infinity}', ("$: not valid JSON: -Infinity is not a JSON number",)),
        ('{"a": 1e999}', ("$: not valid JSON: number 1e999 is too large for a float",)),
        ("[" * 5000 + "]" * 5000, ("$: not valid JSON: nested too deeply",)),
        ('["meeting"]', ("$: expected an object {format, type, data}, got an array of 1 item",)),
        ("7", ("$: expected an object {format, type, data}, got 7",)),
        (
            '{"type": "meeting"}',
            ("$.data: required field missing", "$.format: required field missing"),
        ),
        (
            '{"format": "diplomod/1", "type": "meeting", "data": {"id": "m1"}, "id": "m1"}',
            ("$: unknown field 'id'",),
        ),
        (
            '{"format": "diplomod/2", "type": "meeting", "data": {}}',
            ("$.format: unsupported format 'diplomod/2' (this diplomod reads diplomod/1)",),
        ),
        (
            '{"format": "popolo", "type": "meeting", "data": {}}',
            ("$.format: unsupported format 'popolo' (this diplomod reads diplomod/1)",),
        ),
        (
            '{"format": 1, "type": "x", "data": {}}',
            ("$.format: expected a string such as 'diplomod/1', got 1",),
        ),
        (
            '{"format": "diplomod/1", "type": null, "data": {}}',
            ("$.type: expected a record type tag, got null",),
        ),
        (
            '{"format": "diplomod/1", "type": "", "data": {}}',
            ("$.type: expected a record type tag, got ''",),
        ),
        (
            '{"format": "diplomod/1", "type": "meeting", "data": "m1"}',
            ("$.data: expected an object, got 'm1'",),
        ),
        (
            '{"format": "diplomod/1", "type": "memo", "data": [1]}',
            ("$.data: expected an object, got an array of 1 item",),
        ),
    ],
)
def test_bad_documents(document: str | bytes, problems: tuple[str, ...]) -> None:
    assert problems_of(document) == problems


def test_a_later_minor_version_reads_the_same() -> None:
    document = json.dumps({"format": "diplomod/1.3", "type": "meeting", "data": {"id": "m1"}})
    assert loads(document) == Meeting(id="m1")


def test_text_that_is_not_str_or_bytes_is_a_load_error() -> None:
    with pytest.raises(LoadError, match="expected JSON text"):
        loads(None)  # type: ignore[arg-type]


def test_load_errors_are_diplomod_errors_and_value_errors() -> None:
    with pytest.raises(DiplomodError):
        loads("{")
    with pytest.raises(ValueError, match="not valid JSON"):
        loads("{")


@pytest.mark.parametrize(
    ("payload", "problem"),
    [
        (envelope({"id": "m1", "countries": ("JPN",)}), "$.data.countries: expected an array"),
        (envelope({"x": {1, 2}}, "memo"), "$.data.x: expected a JSON value"),
        (envelope({"x": float("nan")}, "memo"), "$.data.x: not a finite number: nan"),
        (envelope({"x": {3: "three"}}, "memo"), "$.data.x: expected a string key, got 3"),
    ],
)
def test_from_payload_refuses_python_values_json_cannot_hold(payload: JSON, problem: str) -> None:
    with pytest.raises(LoadError) as caught:
        from_payload(payload)
    assert caught.value.problems[0].startswith(problem)


# --- properties: any input gives a record or a LoadError, and every problem has a path ----------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda kids: (
        st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4)
    ),
    max_leaves=20,
)


def problems_or_none(load: Callable[[], object]) -> tuple[str, ...] | None:
    """Return the problems ``load()`` raises a LoadError with, or None when it loads."""
    try:
        load()
    except LoadError as exc:
        return exc.problems
    return None


def assert_loads_or_explains(document: object, *, strict: bool = False) -> None:
    text = json.dumps(document)
    problems = problems_or_none(lambda: loads(text, strict=strict))
    if problems is not None:
        assert problems
        assert all(p.startswith("$") for p in problems), problems


@given(json_values)
def test_any_json_document_loads_or_explains(document: object) -> None:
    assert_loads_or_explains(document)


@given(
    st.sampled_from(["meeting", "call", "agreement", "commitment", "extraction", "memo"]),
    json_values,
)
def test_any_json_data_in_an_envelope_loads_or_explains(tag: str, data: object) -> None:
    assert_loads_or_explains(envelope(data, tag))
    assert_loads_or_explains(envelope(data, tag), strict=True)


@given(st.text(max_size=200) | st.binary(max_size=200))
def test_any_text_loads_or_explains(text: str | bytes) -> None:
    problems = problems_or_none(lambda: loads(text))
    assert problems is None or all(p.startswith("$") for p in problems)


def paths(value: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Return the path of every value inside a JSON value, itself included."""
    out: list[tuple[object, ...]] = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            out += paths(item, (*path, key))
    elif isinstance(value, list):
        for n, item in enumerate(value):
            out += paths(item, (*path, n))
    return out


any_record = st.one_of(testing.records(), testing.extractions())  # built once: building is slow


@st.composite
def corrupted(draw: st.DrawFn) -> JSON:
    """Return a valid payload with one value replaced, one key removed or one key added."""
    record = draw(any_record)
    payload = copy.deepcopy(to_payload(record))
    where = draw(st.sampled_from(paths(payload)[1:]))
    *parents, last = where
    target: Any = payload
    for step in parents:
        target = target[step]
    action = draw(st.sampled_from(["replace", "remove", "add", "retype"]))
    if action == "replace":
        target[last] = draw(json_values)
    elif action == "remove":
        del target[last]
    elif action == "add" and isinstance(target, dict):
        target[draw(st.text(max_size=8))] = draw(json_values)
    else:
        old = target[last]
        target[last] = [old] if not isinstance(old, list) else {"items": old}
    return payload


@given(corrupted())
def test_corrupted_payloads_load_or_explain_with_paths(payload: JSON) -> None:
    assert_loads_or_explains(payload)
    assert_loads_or_explains(payload, strict=True)
    problems = problems_or_none(lambda: from_payload(payload))
    assert problems is None or all(p.startswith("$") for p in problems)


@given(corrupted())
def test_the_fast_and_the_exact_parser_agree_on_corrupted_payloads(payload: JSON) -> None:
    text = json.dumps(payload)
    outcomes: list[object] = []
    for fast in (True, False):
        try:
            outcomes.append(_decode(text, strict=False, fast=fast))
        except LoadError as exc:
            outcomes.append(exc.problems)
    assert outcomes[0] == outcomes[1]
