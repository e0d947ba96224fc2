"""Hypothesis strategies for every registered record type, built from the registry.

The strategies read the type table when they are called, so an event type
registered after import is covered; they follow each field's type and the
validators on it, so every instance they build is valid. A field type this
module does not know takes a strategy given to :func:`register_strategy`::

    from hypothesis import given
    from diplomod.testing import records

    @given(records("port_call"))
    def test_round_trip(call): ...

A field is filled by the first of: a strategy registered for that field; one
that satisfies its validator (diplomod's validators, attrs' ``in_`` and
``optional``); a strategy registered for its type; the built-in one for its
type. A value refused by a validator this module cannot read is drawn again.
A field typed with a class draws from every registered subclass of it, so
``Extraction.events`` holds every registered event type and opaque records.
Tuples, lists and dicts hold at most :data:`MAX_SIZE` items, to keep tests fast.

Importing this module imports hypothesis (a test dependency); ``import
diplomod`` does not.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Callable, Iterator
from functools import cache
from typing import TypeVar, cast, overload

import attrs
import pycountry
from hypothesis import reject
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from diplomod import registry
from diplomod.errors import DiplomodError, UnknownTypeError
from diplomod.records import validators as v
from diplomod.records.agreements import Agreement
from diplomod.records.codes import is_state_code, organizations
from diplomod.records.dates import DatePart, PartialDate, Precision
from diplomod.records.events import Event
from diplomod.records.extraction import Extraction, JSONValue, OpaqueRecord
from diplomod.records.positions import Commitment, Statement
from diplomod.records.provenance import Evidence, Source, Span

__all__ = [
    "NoStrategyError",
    "actor_codes",
    "agreements",
    "commitments",
    "durations",
    "events",
    "evidence",
    "extractions",
    "json_values",
    "opaque_records",
    "partial_dates",
    "records",
    "register_strategy",
    "sources",
    "spans",
    "state_codes",
    "statements",
    "strategy_for",
]

T = TypeVar("T")

#: How many items a generated tuple, list or dict holds at most.
MAX_SIZE = 3

#: Printable ASCII plus a few ranges of Latin, Greek, Cyrillic, Arabic and CJK letters and
#: typographic punctuation: no controls, no surrogates, and few enough ranges to draw fast.
_ALPHABET = "".join(
    "".join(map(chr, range(lo, hi + 1)))
    for lo, hi in (
        (0x20, 0x7E),
        (0xC0, 0xFF),
        (0x391, 0x3A1),
        (0x410, 0x44F),
        (0x627, 0x63A),
        (0x2013, 0x2014),
        (0x2018, 0x2019),
        (0x201C, 0x201D),
        (0x4E00, 0x4E3F),
    )
)
#: Names an Evidence may give for the field it supports.
_EVIDENCE_FIELDS = st.sampled_from(
    ("record", "date", "time", "duration", "place", "countries", "participants")
)
_PRECISIONS = st.sampled_from(Precision)
_PARTS = st.none() | st.sampled_from(DatePart)
_OFFSETS = st.integers(0, 1_000_000)
_LENGTHS = st.integers(0, 400)

#: attrs' validator classes, which this module opens to steer by what they hold.
_AND_VALIDATOR: type = type(attrs.validators.and_())
_IN_VALIDATOR: type = type(attrs.validators.in_(()))
_OPTIONAL_VALIDATOR: type = type(attrs.validators.optional(v.positive))

_user: dict[object, SearchStrategy[object]] = {}
_user_fields: dict[tuple[type, str], SearchStrategy[object]] = {}
_building: set[type] = set()


class NoStrategyError(DiplomodError, TypeError):
    """No strategy is known for a field's type; register one with :func:`register_strategy`."""


@overload
def register_strategy(target: type[T], strategy: SearchStrategy[T]) -> None: ...
@overload
def register_strategy(
    target: object, strategy: SearchStrategy[object], *, field: str | None = None
) -> None: ...
def register_strategy(
    target: object, strategy: SearchStrategy[object], *, field: str | None = None
) -> None:
    """Use ``strategy`` for values of a type, or with ``field``, for one field of a class.

    ``target`` is a class or a type annotation (``tuple[str, ...]``, ``int | None``).
    With ``field``, ``target`` is an attrs class and the strategy fills that field
    of the class and of its subclasses. A later registration replaces an earlier one.

    Raises:
        NoStrategyError: ``field`` is given but is not a field of ``target``.
    """
    if field is None:
        _user[target] = strategy
        return
    if not (isinstance(target, type) and attrs.has(target)):
        raise NoStrategyError(f"{target!r} is not an attrs class, so it has no field {field!r}")
    if field not in attrs.fields_dict(target):
        raise NoStrategyError(f"{target.__qualname__} has no field {field!r}")
    _user_fields[(target, field)] = strategy


def strategy_for(cls: type[T]) -> SearchStrategy[T]:
    """Return a strategy for valid instances of ``cls``, walking its attrs fields.

    Raises:
        NoStrategyError: a field's type has no known strategy.
    """
    return cast("SearchStrategy[T]", _for_hint(cls, exact=True))


def records(tag: str | None = None) -> SearchStrategy[object]:
    """Return a strategy for records of the type registered as ``tag``, or of any type.

    Raises:
        UnknownTypeError: no type is registered as ``tag``.
    """
    if tag is None:
        return st.one_of([_for_hint(t.cls, exact=True) for t in registry.record_types()])
    entry = registry.record_type(tag)
    if entry is None:
        known = ", ".join(t.tag for t in registry.record_types())
        raise UnknownTypeError(f"no record type is registered as {tag!r} (known: {known})")
    return _for_hint(entry.cls, exact=True)


def events() -> SearchStrategy[Event]:
    """Return a strategy for events of every registered event type."""
    return cast("SearchStrategy[Event]", _for_hint(Event, exact=False))


def agreements() -> SearchStrategy[Agreement]:
    """Return a strategy for agreements."""
    return cast("SearchStrategy[Agreement]", _for_hint(Agreement, exact=False))


def commitments() -> SearchStrategy[Commitment]:
    """Return a strategy for commitments."""
    return cast("SearchStrategy[Commitment]", _for_hint(Commitment, exact=False))


def statements() -> SearchStrategy[Statement]:
    """Return a strategy for statements."""
    return cast("SearchStrategy[Statement]", _for_hint(Statement, exact=False))


def extractions() -> SearchStrategy[Extraction]:
    """Return a strategy for extractions holding records of every registered type."""
    return strategy_for(Extraction)


def state_codes() -> SearchStrategy[str]:
    """Return a strategy for ISO 3166-1 alpha-3 codes of states."""
    codes = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    return st.sampled_from(sorted(c for c in codes if is_state_code(c)))


def actor_codes() -> SearchStrategy[str]:
    """Return a strategy for actor codes: states and the organizations registered now."""
    return st.one_of(state_codes(), st.sampled_from(sorted(organizations())))


@st.composite
def partial_dates(draw: st.DrawFn, precision: Precision | None = None) -> PartialDate:
    """Return a strategy for valid partial dates, with a part only where there is no day."""
    chosen = precision if precision is not None else draw(_PRECISIONS)
    year = draw(st.integers(1, 9999))
    if chosen is Precision.YEAR:
        return PartialDate(year=year, part=draw(_PARTS))
    month = draw(st.integers(1, 12))
    if chosen is Precision.MONTH:
        return PartialDate(year=year, month=month, part=draw(_PARTS))
    day = draw(st.dates(dt.date(year, month, 1), _month_end(year, month))).day
    return PartialDate(year=year, month=month, day=day)


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def durations() -> SearchStrategy[dt.timedelta]:
    """Return a strategy for non-negative whole-minute durations up to 60 days."""
    return st.integers(0, 60 * 24 * 60).map(lambda minutes: dt.timedelta(minutes=minutes))


@st.composite
def spans(draw: st.DrawFn, length: int | None = None) -> Span:
    """Return a strategy for spans, of ``length`` characters when given."""
    start = draw(_OFFSETS)
    size = length if length is not None else draw(_LENGTHS)
    return Span(start=start, end=start + size)


@st.composite
def evidence(draw: st.DrawFn) -> Evidence:
    """Return a strategy for evidence whose quoted text is as long as its span."""
    text = draw(_texts(non_empty=True, max_size=40))
    return Evidence(
        field=draw(_EVIDENCE_FIELDS),
        span=draw(spans(len(text))),
        text=text,
    )


def sources() -> SearchStrategy[Source]:
    """Return a strategy for source documents."""
    digests = st.binary(min_size=32, max_size=32).map(bytes.hex)
    return st.builds(
        Source,
        id=_texts(non_empty=True),
        url=st.none()
        | st.from_regex(r"https://[a-z]{1,8}\.example/[a-z0-9/]{0,12}", fullmatch=True),
        publisher=st.none() | _texts(non_empty=True),
        published=st.none() | st.dates(),
        title=st.none() | _texts(non_empty=True, max_size=30),
        sha256=st.none() | digests,
    )


def json_values() -> SearchStrategy[JSONValue]:
    """Return a strategy for JSON values: no NaN or infinity, integers within 2**53."""
    scalars: SearchStrategy[JSONValue] = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**53), 2**53),
        st.floats(allow_nan=False, allow_infinity=False),
        _texts(),
    )
    return st.recursive(
        scalars,
        lambda kids: (
            st.lists(kids, max_size=MAX_SIZE)
            | st.dictionaries(_texts(max_size=8), kids, max_size=MAX_SIZE)
        ),
        max_leaves=8,
    )


def opaque_records() -> SearchStrategy[OpaqueRecord]:
    """Return a strategy for records whose type tag is not registered, with JSON payloads."""
    tags = st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True).filter(
        lambda tag: registry.record_type(tag) is None
    )
    keys = _texts(non_empty=True, max_size=8).filter(lambda key: key != "type")
    payloads = st.dictionaries(keys, json_values(), max_size=MAX_SIZE)
    return st.builds(OpaqueRecord, type=tags, payload=payloads)


@cache
def _texts(*, non_empty: bool = False, max_size: int = 12) -> SearchStrategy[str]:
    text = st.text(_ALPHABET, min_size=int(non_empty), max_size=max_size)
    return text.filter(str.strip) if non_empty else text


def _minutes_times() -> SearchStrategy[dt.time]:
    return st.builds(dt.time, hour=st.integers(0, 23), minute=st.integers(0, 59))


def _minutes_datetimes() -> SearchStrategy[dt.datetime]:
    return st.builds(dt.datetime.combine, st.dates(), _minutes_times())


#: Strategies for types, used when no user strategy is registered for them.
_BUILTIN: dict[object, Callable[[], SearchStrategy[object]]] = {
    str: _texts,
    int: lambda: st.integers(-(2**53), 2**53),
    float: lambda: st.floats(allow_nan=False, allow_infinity=False),
    bool: st.booleans,
    type(None): st.none,
    dt.date: st.dates,
    dt.time: _minutes_times,
    dt.datetime: _minutes_datetimes,
    dt.timedelta: durations,
    PartialDate: partial_dates,
    Span: spans,
    Evidence: evidence,
    Source: sources,
    OpaqueRecord: opaque_records,
    typing.ForwardRef("JSONValue"): json_values,
}


def _for_hint(hint: object, *, exact: bool = False) -> SearchStrategy[object]:
    """Return the strategy for values of a type annotation."""
    found = _lookup(hint)
    if found is not None:
        return found
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return st.one_of([_for_hint(arg) for arg in args])
    if origin is typing.Literal:
        return st.sampled_from(args)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return st.lists(_for_hint(args[0]), max_size=MAX_SIZE).map(tuple)
    if origin is tuple:
        return st.tuples(*(_for_hint(arg) for arg in args))
    if origin is list:
        return st.lists(_for_hint(args[0]), max_size=MAX_SIZE)
    if origin is dict:
        return st.dictionaries(_for_hint(args[0]), _for_hint(args[1]), max_size=MAX_SIZE)
    if isinstance(hint, typing.NewType):
        return _for_hint(hint.__supertype__)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return st.sampled_from(hint)
    if isinstance(hint, type) and attrs.has(hint):
        if exact:
            return _for_class(hint)
        return st.one_of([_for_class(cls) for cls in _registered_kinds(hint)])
    raise NoStrategyError(
        f"no strategy for values of type {hint!r}; "
        "give one with diplomod.testing.register_strategy(type, strategy)"
    )


def _lookup(hint: object) -> SearchStrategy[object] | None:
    try:
        if hint in _user:
            return _user[hint]
        maker = _BUILTIN.get(hint)
    except TypeError:  # an unhashable annotation
        return None
    return maker() if maker is not None else None


def _registered_kinds(cls: type) -> list[type]:
    """Return the registered subclasses of ``cls`` (itself included), or just ``cls``."""
    kinds = [t.cls for t in registry.record_types() if issubclass(t.cls, cls)]
    return kinds or [cls]


def _for_class(cls: type) -> SearchStrategy[object]:
    if cls in _building:  # a class that contains itself: build lazily
        return st.deferred(lambda: _for_class(cls))
    _building.add(cls)
    try:
        try:
            hints = typing.get_type_hints(cls)
        except NameError as exc:
            raise NoStrategyError(
                f"cannot resolve the field types of {cls.__qualname__} ({exc}); "
                "define it at module level"
            ) from None
        fields = {
            a.alias: _for_field(cls, a, hints.get(a.name, a.type))
            for a in attrs.fields(cls)
            if a.init
        }
    finally:
        _building.discard(cls)
    return _build(cls, fields)


@st.composite
def _build(draw: st.DrawFn, cls: type, fields: dict[str, SearchStrategy[object]]) -> object:
    kwargs = {name: draw(strategy) for name, strategy in fields.items()}
    try:
        return cls(**kwargs)
    except ValueError:  # a validator this module does not steer by
        reject()


def _for_field(
    cls: type, attribute: attrs.Attribute[object], hint: object
) -> SearchStrategy[object]:
    """Return the strategy for one field, led by its validators where they are known."""
    for klass in cls.__mro__:
        if (klass, attribute.name) in _user_fields:
            return _user_fields[(klass, attribute.name)]
    for check in _validators(attribute.validator):
        steered = _steered(check, hint)
        if steered is not None:
            return steered
    return _for_hint(hint)


def _validators(validator: object) -> Iterator[object]:
    """Yield the validators a field runs, opening attrs' ``and_`` lists."""
    if validator is None:
        return
    if isinstance(validator, _AND_VALIDATOR):
        for inner in cast("tuple[object, ...]", getattr(validator, "_validators", ())):
            yield from _validators(inner)
    else:
        yield validator


def _steered(check: object, hint: object) -> SearchStrategy[object] | None:
    """Return a strategy that satisfies a known validator, or None for an unknown one."""
    optional = _unwrap_optional(check)
    if optional is not None:
        inner = _steered(optional, _without_none(hint))
        return None if inner is None else st.none() | inner
    if check is v.non_empty:
        return _texts(non_empty=True)
    if check is v.positive:
        return st.integers(1, 10_000)
    if check is v.minutes_duration:
        return st.none() | durations() if _allows_none(hint) else durations()
    if check is v.state_code:
        return state_codes()
    if check is v.actor_code:
        return actor_codes()
    if check is v.actor_codes:
        return st.lists(actor_codes(), unique=True, max_size=MAX_SIZE).map(tuple)
    if check is v.unique:
        return st.lists(_texts(non_empty=True), unique=True, max_size=MAX_SIZE).map(tuple)
    if isinstance(check, _IN_VALIDATOR):
        return st.sampled_from(tuple(cast("tuple[object, ...]", getattr(check, "options", ()))))
    return None


def _unwrap_optional(check: object) -> object | None:
    """Return the check inside ``validators.optional`` or ``attrs.validators.optional``."""
    if check is v.optional_state_code:
        return v.state_code
    if check is v.optional_actor_code:
        return v.actor_code
    if isinstance(check, _OPTIONAL_VALIDATOR):
        return cast("object", getattr(check, "validator", None))
    closure = getattr(check, "__closure__", None)
    if getattr(check, "__qualname__", "") == "optional.<locals>.run" and closure:
        return cast("object", closure[0].cell_contents)
    return None


def _allows_none(hint: object) -> bool:
    return type(None) in typing.get_args(hint)


def _without_none(hint: object) -> object:
    args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
    if typing.get_origin(hint) not in (typing.Union, types.UnionType) or not args:
        return hint
    return args[0] if len(args) == 1 else typing.Union[tuple(args)]  # noqa: UP007
