"""The public hypothesis strategies: valid instances of every registered type, and extensible."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Callable
from typing import Literal, TypeVar

import attrs
import pytest
from attrs import field, frozen
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

from diplomod import registry, testing
from diplomod.errors import DiplomodError, UnknownTypeError
from diplomod.records import (
    Agreement,
    Commitment,
    DatePart,
    Event,
    Evidence,
    Extraction,
    OpaqueRecord,
    PartialDate,
    Span,
    Statement,
)
from diplomod.records import validators as v
from diplomod.records.codes import is_actor_code, is_state_code

pytestmark = pytest.mark.usefixtures("isolated_registry")

T = TypeVar("T")


def assert_valid(value: object) -> None:
    """Check every validator and post-init check, all the way down."""
    if attrs.has(type(value)):
        attrs.validate(value)  # type: ignore[arg-type]
        assert attrs.evolve(value) == value  # type: ignore[misc]  # re-runs __init__
        for a in attrs.fields(type(value)):
            assert_valid(getattr(value, a.name))
    elif isinstance(value, tuple | list):
        for item in value:
            assert_valid(item)
    elif isinstance(value, dict):
        for item in value.values():
            assert_valid(item)


def reaches(strategy: st.SearchStrategy[T], predicate: Callable[[T], object]) -> None:
    """Check that ``strategy`` yields some value satisfying ``predicate`` (no shrinking)."""
    find(strategy, predicate, settings=settings(phases=[Phase.generate], max_examples=500))


def holds_for_all(strategy: st.SearchStrategy[object], law: Callable[[object], None]) -> None:
    """Check ``law`` on examples of ``strategy`` (a @given usable inside a test with fixtures)."""
    given(strategy)(law)()


# --- every strategy builds valid values --------------------------------------------------------

STRATEGIES = {
    "records": testing.records,
    "events": testing.events,
    "agreements": testing.agreements,
    "commitments": testing.commitments,
    "statements": testing.statements,
    "extractions": testing.extractions,
    "partial_dates": testing.partial_dates,
    "spans": testing.spans,
    "evidence": testing.evidence,
    "sources": testing.sources,
    "opaque_records": testing.opaque_records,
}


@pytest.mark.parametrize("make", STRATEGIES.values(), ids=STRATEGIES.keys())
def test_every_strategy_builds_valid_records(make: Callable[[], st.SearchStrategy[object]]) -> None:
    holds_for_all(make(), assert_valid)


@pytest.mark.parametrize("tag", [t.tag for t in registry.record_types()])
def test_records_of_a_tag_are_of_its_class(tag: str) -> None:
    entry = registry.record_type(tag)
    assert entry is not None

    def law(record: object) -> None:
        assert type(record) is entry.cls
        assert_valid(record)

    holds_for_all(testing.records(tag), law)


@pytest.mark.parametrize("tag", [t.tag for t in registry.record_types()])
def test_records_without_a_tag_reach_every_type(tag: str) -> None:
    entry = registry.record_type(tag)
    assert entry is not None
    reaches(testing.records(), lambda record: type(record) is entry.cls)


@pytest.mark.parametrize(
    ("make", "cls"),
    [
        (testing.agreements, Agreement),
        (testing.commitments, Commitment),
        (testing.statements, Statement),
        (testing.extractions, Extraction),
    ],
)
def test_conveniences_build_their_class(
    make: Callable[[], st.SearchStrategy[object]], cls: type
) -> None:
    holds_for_all(make(), lambda record: _is(record, cls))


def _is(value: object, cls: type) -> None:
    assert isinstance(value, cls)


def test_unknown_tags_are_refused() -> None:
    with pytest.raises(UnknownTypeError, match="port_call"):
        testing.records("port_call")


# --- the values follow the validators ----------------------------------------------------------


def test_actor_codes_are_states_or_organizations() -> None:
    holds_for_all(testing.actor_codes(), lambda code: _true(is_actor_code(str(code))))
    reaches(testing.actor_codes(), lambda code: not is_state_code(code))


def test_state_codes_are_states() -> None:
    holds_for_all(testing.state_codes(), lambda code: _true(is_state_code(str(code))))


def test_place_countries_are_states() -> None:
    def law(event: object) -> None:
        assert isinstance(event, Event)
        if event.place is not None and event.place.country is not None:
            assert is_state_code(event.place.country)

    holds_for_all(testing.events(), law)


def _true(value: bool) -> None:
    assert value


def test_evidence_text_is_as_long_as_its_span() -> None:
    def law(item: object) -> None:
        assert isinstance(item, Evidence)
        assert len(item.text) == len(item.span) > 0
        assert item.text.strip()

    holds_for_all(testing.evidence(), law)


def test_spans_may_be_asked_for_by_length() -> None:
    holds_for_all(testing.spans(7), lambda span: _true(isinstance(span, Span) and len(span) == 7))


def test_partial_dates_cover_every_precision_and_part() -> None:
    reaches(testing.partial_dates(), lambda d: d.day is not None)
    reaches(testing.partial_dates(), lambda d: d.month is not None and d.part is DatePart.LATE)
    reaches(testing.partial_dates(), lambda d: d.month is None and d.part is DatePart.EARLY)

    def law(date: object) -> None:
        assert isinstance(date, PartialDate)
        assert date.part is None or date.day is None

    holds_for_all(testing.partial_dates(), law)


def test_durations_are_whole_non_negative_minutes() -> None:
    def law(value: object) -> None:
        assert isinstance(value, dt.timedelta)
        assert value >= dt.timedelta(0)
        assert value.total_seconds() % 60 == 0

    holds_for_all(testing.durations(), law)


def test_opaque_records_carry_unregistered_tags_and_json_payloads() -> None:
    def law(record: object) -> None:
        assert isinstance(record, OpaqueRecord)
        assert registry.record_type(record.type) is None
        assert json.loads(json.dumps(record.payload, allow_nan=False)) == record.payload

    holds_for_all(testing.opaque_records(), law)


def test_extraction_events_mix_registered_types_and_opaque_records() -> None:
    reaches(testing.extractions(), lambda x: any(isinstance(e, OpaqueRecord) for e in x.events))
    reaches(testing.extractions(), lambda x: any(isinstance(e, Event) for e in x.events))


def test_text_is_not_only_ascii() -> None:
    reaches(testing.records("meeting"), lambda m: not m.id.isascii())


# --- types defined by users --------------------------------------------------------------------


class Hull:
    """A field type the strategies cannot know: not an attrs class."""

    def __init__(self, number: str) -> None:
        self.number = number

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Hull) and other.number == self.number

    __hash__ = None  # type: ignore[assignment]


def _even(instance: object, attribute: object, value: int) -> None:
    if value % 2:
        raise ValueError(f"{value} is odd")


@frozen(kw_only=True, hash=False)
class StateDinner(Event):
    """An event type known only to this test module, with every kind of field."""

    guests: int = field(validator=v.positive)
    host_city: str = field(validator=v.non_empty)
    menu: tuple[str, ...] = field(default=(), validator=v.unique)
    toasts_by: tuple[str, ...] = field(default=(), validator=v.actor_codes)
    chef: str | None = None
    courses: Literal["three", "five"] | None = None
    seating: dict[str, int] = field(factory=dict)
    tables: list[tuple[int, bool]] = field(factory=list)
    started: dt.datetime | None = None
    rating: float = 0.0
    setting: str = field(default="hall", validator=attrs.validators.in_(("hall", "garden")))
    musicians: int = field(default=0, validator=_even)
    encore: int | None = field(default=None, validator=attrs.validators.optional(v.positive))
    speech: dt.timedelta | None = field(default=None, validator=v.minutes_duration)


@frozen(kw_only=True)
class NavalVisit(Event):
    """An event type with a field of a type that needs a registered strategy."""

    hull: Hull


def _register_dinner() -> None:
    registry.register_event_type("state_dinner")(StateDinner)


def test_a_type_registered_after_import_is_covered() -> None:
    _register_dinner()

    def law(dinner: object) -> None:
        assert isinstance(dinner, StateDinner)
        assert_valid(dinner)
        assert dinner.guests >= 1
        assert dinner.setting in ("hall", "garden")
        assert dinner.musicians % 2 == 0
        assert len(set(dinner.menu)) == len(dinner.menu)
        assert dinner.started is None or dinner.started.second == 0

    holds_for_all(testing.records("state_dinner"), law)
    reaches(testing.events(), lambda e: isinstance(e, StateDinner))
    reaches(testing.records(), lambda r: isinstance(r, StateDinner))
    reaches(testing.extractions(), lambda x: any(isinstance(e, StateDinner) for e in x.events))


def test_strategy_for_builds_unregistered_classes_too() -> None:
    holds_for_all(testing.strategy_for(StateDinner), assert_valid)


def test_a_field_type_without_a_strategy_asks_for_one() -> None:
    with pytest.raises(testing.NoStrategyError, match="register_strategy") as caught:
        testing.strategy_for(NavalVisit)
    assert isinstance(caught.value, DiplomodError)
    assert isinstance(caught.value, TypeError)


def test_a_registered_strategy_fills_a_field_type() -> None:
    testing.register_strategy(Hull, st.sampled_from(["DDG-51", "FFG-62"]).map(Hull))
    registry.register_event_type("naval_visit")(NavalVisit)

    def law(visit: object) -> None:
        assert isinstance(visit, NavalVisit)
        assert visit.hull.number in ("DDG-51", "FFG-62")

    holds_for_all(testing.records("naval_visit"), law)


def test_a_registered_strategy_replaces_a_builtin_one() -> None:
    testing.register_strategy(PartialDate, st.just(PartialDate(year=2023, month=8)))

    def law(event: object) -> None:
        assert isinstance(event, Event)
        assert event.date in (None, PartialDate(year=2023, month=8))

    holds_for_all(testing.events(), law)


def test_a_registered_strategy_fills_one_field_of_a_class_and_its_subclasses() -> None:
    testing.register_strategy(Event, st.just("fixed-id"), field="id")
    _register_dinner()

    holds_for_all(testing.events(), lambda e: _true(getattr(e, "id", None) == "fixed-id"))
    holds_for_all(testing.agreements(), lambda a: _true(getattr(a, "id", None) != "fixed-id"))


def test_a_strategy_for_a_missing_field_is_refused() -> None:
    with pytest.raises(testing.NoStrategyError, match="no field 'vessel'"):
        testing.register_strategy(Event, st.just("x"), field="vessel")
    with pytest.raises(testing.NoStrategyError, match="not an attrs class"):
        testing.register_strategy(Hull, st.just("x"), field="number")


# --- hypothesis stays a test dependency --------------------------------------------------------


def test_importing_diplomod_does_not_import_hypothesis() -> None:
    code = (
        "import sys, diplomod, diplomod.records, diplomod.registry\n"
        "assert 'hypothesis' not in sys.modules, 'hypothesis was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
