"""The fast path: generated readers build the records __init__ builds, and refuse the rest.

The readers test each value inline, build a record without calling ``__init__``
and leave anything unusual to the detailed converter. These tests hold them to
that: every record the strategies make reads back equal (and of its own class),
every value ``__init__`` refuses is refused, and every inline condition refuses
exactly what the validator it stands for refuses.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import linecache
import pickle
import traceback
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from attrs import field, frozen
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from diplomod import registry, testing
from diplomod.errors import InvalidValueError, LoadError
from diplomod.interchange import _plans, _trusted, dumps, loads, to_payload
from diplomod.interchange.converter import _converter
from diplomod.interchange.fastpath import RefusedError, make_reader
from diplomod.interchange.json import _structure_detailed, _structure_fast
from diplomod.records import (
    Event,
    Evidence,
    Extraction,
    Meeting,
    OpaqueRecord,
    Span,
    codes,
)
from diplomod.records import validators as v
from diplomod.registry import register_event_type

with_fixtures = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
JSON = dict[str, Any]


def read_fast(payload: JSON) -> object:
    """Return what the generated reader of the payload's tag makes of its data, or raise."""
    found = _plans.readers(strict=False)[payload["type"]]
    assert found is not None, payload["type"]
    return found[0](payload["data"], found[1])


def read_detailed(payload: JSON) -> object:
    """Return the record the detailed converter and __init__ make, or raise LoadError."""
    return _structure_detailed(payload, strict=False)


def holds_huge_floats(payload: JSON) -> bool:
    """Tell whether a float of 2**63 or more is in ``payload``: one the fast path sends on.

    orjson may have rounded an integer that large to a float, so the fast path
    refuses such floats in free JSON and the exact parser reads the text again.
    """
    return any(isinstance(x, float) and abs(x) >= 2**63 for x in _leaf_values(payload))


def assert_same_record(got: object, expected: object) -> None:
    assert type(got) is type(expected)
    assert got == expected
    assert repr(got) == repr(expected)
    try:
        expected_hash = hash(expected)
    except TypeError:  # an opaque record inside: unhashable, as built by __init__ too
        with pytest.raises(TypeError):
            hash(got)
    else:
        assert hash(got) == expected_hash


# --- every record reads back as __init__ built it ---------------------------------------------


@given(testing.records())
def test_every_registered_type_reads_back_through_the_fast_path(record: object) -> None:
    assert_same_record(read_fast(to_payload(record)), record)


@given(testing.extractions())
def test_extractions_read_back_through_the_fast_path(extraction: Extraction) -> None:
    payload = to_payload(extraction)
    assume(not holds_huge_floats(payload))
    assert_same_record(read_fast(payload), extraction)


@given(testing.opaque_records())
def test_records_of_unknown_types_read_back_opaque(record: OpaqueRecord) -> None:
    payload = to_payload(record)
    assume(not holds_huge_floats(payload))
    assert _structure_fast(payload, strict=False) == record


def test_the_fast_path_makes_records_of_the_class_itself() -> None:
    meeting = Meeting(id="m1", countries=("JPN", "IND"))
    got = read_fast(to_payload(meeting))
    assert type(got) is Meeting
    assert type(got).__name__ == "Meeting"
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        got.id = "m2"  # type: ignore[misc]
    assert attrs.evolve(got, id="m2") == attrs.evolve(meeting, id="m2")
    assert pickle.loads(pickle.dumps(got)) == meeting


# --- a type registered by the user ------------------------------------------------------------


def _even(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value % 2:
        raise InvalidValueError("Exercise.crews", value, "must be even")


@frozen(kw_only=True)
class Exercise(Event):
    """A naval exercise, with checks of every kind the fast path meets."""

    vessels: tuple[str, ...] = field(default=(), validator=v.unique)
    lead: str | None = field(default=None, validator=v.optional(v.state_code))
    crews: int = field(default=0, validator=_even)  # a check the fast path calls
    depth: int | None = field(
        default=None, validator=attrs.validators.optional(attrs.validators.ge(0))
    )

    def __attrs_post_init__(self) -> None:
        if self.lead is not None and self.lead not in self.countries:
            raise InvalidValueError("Exercise.lead", self.lead, "not among the countries")


@frozen(kw_only=True)
class Drill(Event):
    """A drill whose field has a converter: __init__ builds it."""

    rounds: int = field(default=0, converter=int)


@pytest.fixture
def exercises(isolated_registry: None) -> Iterator[None]:
    """Register ``exercise`` and ``drill`` for one test."""
    register_event_type("exercise")(Exercise)
    register_event_type("drill")(Drill)
    testing.register_strategy(Exercise, st.just(None), field="lead")
    testing.register_strategy(Exercise, st.integers(0, 50).map(lambda n: 2 * n), field="crews")
    yield
    registry._generation += 1  # restoring the table changes it too: drop cached readers


@with_fixtures
@given(data=st.data())
def test_registered_types_read_back_through_the_fast_path(
    exercises: None, data: st.DataObject
) -> None:
    for tag in ("exercise", "drill"):
        record = data.draw(testing.records(tag))
        assert_same_record(read_fast(to_payload(record)), record)
        assert loads(dumps(record)) == record


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"crews": 3}, "$.data.crews: must be even: 3"),
        ({"depth": -1}, "$.data: invalid value (ValueError: 'depth' must be >= 0: -1)"),
        ({"lead": "FRA", "countries": ["DEU"]}, "$.data.lead: not among the countries: 'FRA'"),
        ({"vessels": ["Aster", "Aster"]}, "$.data.vessels[1]: repeated: 'Aster'"),
        ({"lead": "FRX"}, "$.data.lead: not an ISO 3166-1 alpha-3 country code: 'FRX'"),
    ],
)
def test_checks_of_registered_types_are_run(exercises: None, change: JSON, problem: str) -> None:
    good = to_payload(Exercise(id="x1", countries=("FRA", "DEU"), lead="FRA", crews=4))
    bad = copy.deepcopy(good)
    bad["data"].update(change)
    with pytest.raises(Exception):  # noqa: B017, PT011 - refused, any way
        read_fast(bad)
    with pytest.raises(LoadError) as caught:
        loads(json.dumps(bad))
    assert any(p.startswith(problem) for p in caught.value.problems), caught.value.problems


# --- what __init__ refuses, the fast path refuses ---------------------------------------------

MEETING = to_payload(
    Meeting(
        id="m1",
        countries=("JPN", "AUS"),
        ordinal=2,
        references=("m0",),
        evidence=(Evidence(field="record", span=Span(start=4, end=9), text="talks"),),
    )
)


@pytest.mark.parametrize(
    ("path", "value", "problem"),
    [
        # non_empty: blank is empty too
        (("id",), " ", "$.data.id: empty: ' '"),
        # the Evidence.field check refuses the empty string only
        (("evidence", 0, "field"), "", "$.data.evidence[0].field: empty: ''"),
        # actor codes: known, upper case, no repeats
        (("countries", 1), "XXA", "$.data.countries[1]: not an ISO 3166-1 alpha-3 code"),
        (("countries", 1), "jpn", "$.data.countries[1]: not an ISO 3166-1 alpha-3 code"),
        (("countries", 1), "JPN", "$.data.countries[1]: repeated: 'JPN'"),
        # unique: no blank items, no repeats
        (("references", 0), "\t", "$.data.references[0]: empty"),
        (("ordinal",), 0, "$.data.ordinal: must be 1 or more: 0"),
        # the post-init checks of Span and Evidence
        (("evidence", 0, "span", "start"), -1, "$.data.evidence[0].span.start: negative: -1"),
        (("evidence", 0, "span", "end"), 3, "$.data.evidence[0].span.end: before start 4: 3"),
        (("evidence", 0, "text"), "talk", "$.data.evidence[0].text: length 4 differs"),
        # values the hooks refuse
        (("date",), "2023-02-30", "$.data.date: not a date: '2023-02-30'"),
        (("duration",), "-PT5M", "$.data.duration: not an ISO 8601 duration"),
        (("time",), "25:00", "$.data.time: not a time: '25:00'"),
    ],
)
def test_what_init_refuses_is_refused(
    path: tuple[object, ...], value: object, problem: str
) -> None:
    bad = copy.deepcopy(MEETING)
    target: Any = bad["data"]
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    with pytest.raises(Exception):  # noqa: B017, PT011 - refused, any way
        read_fast(bad)
    with pytest.raises(LoadError) as caught:
        loads(json.dumps(bad))
    assert any(p.startswith(problem) for p in caught.value.problems), caught.value.problems


def test_an_organization_registered_later_is_an_actor_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    payload = copy.deepcopy(MEETING)
    payload["data"]["countries"] = ["IND", "IORA"]
    with pytest.raises(RefusedError):
        read_fast(payload)
    monkeypatch.setitem(codes._ORGANIZATIONS, "IORA", "Indian Ocean Rim Association")
    assert read_fast(payload) == Meeting(
        id="m1",
        countries=("IND", "IORA"),
        ordinal=2,
        references=("m0",),
        evidence=(Evidence(field="record", span=Span(start=4, end=9), text="talks"),),
    )


_TRICKY = st.sampled_from(
    ["", " ", "\u00a0", "JPN", "AUS", "jpn", "XXA", "EU", "m0", "record", "talks", "PT5M", "-PT1M"]
)


def _leaf_values(value: object) -> Iterator[object]:
    if isinstance(value, dict | list):
        for item in value.values() if isinstance(value, dict) else value:
            yield from _leaf_values(item)
    else:
        yield value


def _leaves(value: object, path: tuple[object, ...] = ()) -> Iterator[tuple[object, ...]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list):
        for n, item in enumerate(value):
            yield from _leaves(item, (*path, n))
    else:
        yield path


@st.composite
def tampered(draw: st.DrawFn) -> JSON:
    """Return a valid payload with one string or number replaced by a likely bad one."""
    payload = copy.deepcopy(to_payload(draw(testing.records())))
    paths = [p for p in _leaves(payload["data"]) if p]
    if not paths:
        return payload
    *parents, last = draw(st.sampled_from(paths))
    target: Any = payload["data"]
    for step in parents:
        target = target[step]
    target[last] = draw(_TRICKY | st.integers(-2, 2) | st.sampled_from([None, True, 1.5]))
    return payload


@given(tampered())
def test_the_fast_path_never_accepts_what_init_refuses(payload: JSON) -> None:
    try:
        fast: object = read_fast(payload)
    except Exception:  # refused: the detailed pass decides, as loads does
        return
    assert_same_record(fast, read_detailed(payload))


# --- each inline condition refuses what its validator refuses ---------------------------------

_STRINGS = st.sampled_from(
    ["JPN", "AUS", "XKX", "ASEAN", "EU", "jpn", "XXA", "", " ", "\t", " a", "a"]
) | st.text(max_size=5)
_VALUES: dict[object, st.SearchStrategy[Any]] = {
    str: _STRINGS,
    int: st.integers(-3, 3) | st.integers(),
    dt.timedelta: st.timedeltas(),
    tuple[str, ...]: st.lists(_STRINGS, max_size=4).map(tuple),
    list[str]: st.lists(_STRINGS, max_size=4),
}
_ATTRIBUTE = attrs.fields(Meeting).id


def _refused(check: _trusted.Check, value: object) -> bool:
    """Tell whether the generated code of ``check`` refuses ``value``."""
    names = dict(_trusted.GLOBALS)
    if value is None:
        return False
    if check.item is not None:
        items = value if isinstance(value, tuple | list) else ()
        if any(eval(check.item.format(x="x"), {**names, "x": x}) for x in items):
            return True
    return check.whole is not None and bool(eval(check.whole.format(v="v"), {**names, "v": value}))


@pytest.mark.parametrize(
    ("validator", "check"), list(_trusted._CHECKS.items()), ids=lambda x: getattr(x, "__name__", "")
)
@given(data=st.data())
def test_each_inline_condition_refuses_what_its_validator_refuses(
    validator: Any, check: _trusted.Check, data: st.DataObject
) -> None:
    kinds = [t for t in check.types if t in _VALUES]
    assert kinds, check
    value = data.draw(st.sampled_from(kinds).flatmap(_VALUES.__getitem__))
    if check.allows_none:
        value = data.draw(st.just(value) | st.none())
    try:
        validator(object(), _ATTRIBUTE, value)
    except InvalidValueError:
        raises = True
    else:
        raises = False
    assert _refused(check, value) == raises


@given(st.integers(-3, 3) | st.integers(), st.integers(-3, 3) | st.integers())
def test_the_span_condition_refuses_what_span_refuses(start: int, end: int) -> None:
    test = _trusted.post_init_check(Span)
    assert test is not None
    try:
        Span(start=start, end=end)
    except InvalidValueError:
        raises = True
    else:
        raises = False
    assert bool(eval(test.format(start="a", end="b"), {"a": start, "b": end})) == raises


@given(st.integers(0, 5), st.integers(0, 5), st.text(max_size=6))
def test_the_evidence_condition_refuses_what_evidence_refuses(
    start: int, length: int, text: str
) -> None:
    test = _trusted.post_init_check(Evidence)
    assert test is not None
    span = Span(start=start, end=start + length)
    try:
        Evidence(field="record", span=span, text=text)
    except InvalidValueError:
        raises = True
    else:
        raises = False
    assert bool(eval(test.format(text="t", span="s", field="f"), {"t": text, "s": span})) == raises


def optional(check: Any) -> Any:
    """Return a look-alike of ``validators.optional`` that refuses None instead."""

    def run(instance: object, attribute: Any, value: object) -> None:
        if value is None:
            raise InvalidValueError("field", value, "required")
        check(instance, attribute, value)

    return run


def test_look_alikes_of_known_validators_are_called_not_inlined() -> None:
    look_alike = optional(v.positive)
    assert list(_trusted.checks_of(look_alike, int)) == [(None, False, look_alike)]


def test_validators_of_other_types_are_called_not_inlined() -> None:
    assert list(_trusted.checks_of(v.non_empty, int)) == [(None, False, v.non_empty)]
    [(check, optional, _)] = _trusted.checks_of(v.optional(v.positive), int)
    assert (check, optional) == (_trusted._CHECKS[v.positive], True)


# --- which classes __init__ builds ------------------------------------------------------------


@frozen
class Plain:
    name: str


@attrs.define(slots=False)
class WithDict:
    name: str


@frozen
class Converted:
    name: str = field(converter=str.strip)


@frozen
class Hidden:
    name: str
    seen: int = field(init=False, default=0)


@frozen(cache_hash=True)
class CachedHash:
    name: str


@frozen
class PreInit:
    name: str

    def __attrs_pre_init__(self) -> None:
        pass


@attrs.define(init=False)
class HandMade:
    name: str

    def __init__(self, name: str) -> None:
        self.__attrs_init__(name=name.upper())


class Tracked:
    seen: list[type] = []  # noqa: RUF012 - the point of the class

    def __init_subclass__(cls) -> None:
        Tracked.seen.append(cls)


@frozen
class Subclassed(Tracked):
    name: str


@pytest.mark.parametrize(
    ("cls", "opened"),
    [
        (Plain, True),
        (WithDict, True),
        (Converted, False),
        (Hidden, False),
        (CachedHash, False),
        (PreInit, False),
        (HandMade, False),
        (Subclassed, False),
    ],
)
def test_classes_whose_init_does_more_are_built_by_it(cls: type, opened: bool) -> None:
    sub = _trusted.open_subclass(cls)
    assert (sub is not None) == opened
    assert Subclassed not in [c.__base__ for c in Tracked.seen]
    reader = make_reader(_converter(), cls)
    made = reader({"name": " Kyiv "}, cls)
    assert made == cls(name=" Kyiv ")
    assert type(made) is cls
    with pytest.raises(RefusedError):
        reader({"name": 7}, cls)


def test_generated_source_shows_in_tracebacks() -> None:
    reader = make_reader(_converter(), Meeting)
    try:
        reader({**MEETING["data"], "id": 42}, Meeting)
    except RefusedError as exc:
        shown = "".join(traceback.format_exception(exc))
    assert "raise _Refused" in shown
    assert linecache.getlines(reader.__code__.co_filename)[0].startswith("def read(o, _):")
