"""The table of record types: tag <-> class, with the trigger words that parse events.

Every part of diplomod reads this table when it is called (the converter, the
JSON Schema, the hypothesis strategies, the parser), so a type registered once
is supported everywhere. Third-party packages register through the
``diplomod.records`` entry point group: each entry point names a module (or a
callable) that registers its types when loaded.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import TypeVar

import attrs
from attrs import frozen

from diplomod.errors import RegistryError
from diplomod.records.validators import tag as check_tag

__all__ = [
    "Family",
    "RecordType",
    "event_types",
    "generation",
    "load_plugins",
    "record_type",
    "record_types",
    "register_event_type",
    "register_record_type",
    "tag_of",
]

C = TypeVar("C", bound=type)

ENTRY_POINT_GROUP = "diplomod.records"


class Family(enum.StrEnum):
    """Where a record type belongs: among an extraction's events, or a record of its own."""

    EVENT = "event"
    RECORD = "record"


@frozen(kw_only=True)
class RecordType:
    """One registered type: its tag, class, family and the phrases that signal it in text."""

    tag: str
    cls: type
    family: Family
    triggers: tuple[str, ...] = ()
    builtin: bool = False


_BY_TAG: dict[str, RecordType] = {}
_BY_CLASS: dict[type, RecordType] = {}
_generation = 0


def generation() -> int:
    """Return a number that changes whenever the table changes (for caches)."""
    return _generation


def register_record_type(
    cls: C,
    *,
    tag: str,
    family: Family = Family.RECORD,
    triggers: tuple[str, ...] = (),
    builtin: bool = False,
) -> C:
    """Add ``cls`` to the table under ``tag`` and return it.

    Registering the same class under the same tag again changes nothing.

    Raises:
        RegistryError: ``cls`` is not an attrs class, ``tag`` is malformed, or either is
            registered already with another partner.
    """
    global _generation
    klass: object = cls
    if not (isinstance(klass, type) and attrs.has(klass)):
        raise RegistryError(f"{cls!r} is not an attrs class; decorate it with @attrs.frozen")
    try:
        check_tag(tag)
    except ValueError as exc:
        raise RegistryError(str(exc)) from None
    entry = RecordType(tag=tag, cls=cls, family=family, triggers=tuple(triggers), builtin=builtin)
    old = _BY_TAG.get(tag)
    if old is not None and old.cls is not cls:
        raise RegistryError(f"tag {tag!r} is registered already for {old.cls.__qualname__}")
    old_cls = _BY_CLASS.get(cls)
    if old_cls is not None and old_cls.tag != tag:
        raise RegistryError(f"{cls.__qualname__} is registered already as {old_cls.tag!r}")
    if old == entry:
        return cls
    _BY_TAG[tag] = entry
    _BY_CLASS[cls] = entry
    _generation += 1
    return cls


def register_event_type(tag: str, *, triggers: tuple[str, ...] = ()) -> Callable[[C], C]:
    """Register an :class:`~diplomod.records.events.Event` subclass under ``tag``.

    ``triggers`` are words or phrases ("port call", "docked at") that signal the
    event in text; the parser builds an instance of the class where they occur.

    >>> from attrs import frozen
    >>> from diplomod.records.events import Event
    >>> @register_event_type("port_call", triggers=("port call",))
    ... @frozen(kw_only=True)
    ... class PortCall(Event):
    ...     vessel: str | None = None
    >>> record_type("port_call").cls is PortCall
    True
    """
    from diplomod.records.events import Event

    def decorate(cls: C) -> C:
        if not (isinstance(cls, type) and issubclass(cls, Event)):
            raise RegistryError(f"{cls!r} is not a subclass of diplomod.Event")
        base = {a.name for a in attrs.fields(Event)}
        required = [
            a.name
            for a in attrs.fields(cls)
            if a.name not in base and a.default is attrs.NOTHING and a.init
        ]
        if triggers and required:
            raise RegistryError(
                f"{cls.__qualname__} has triggers, so the parser builds it from text, but it "
                f"cannot fill {', '.join(required)}: give these fields a default"
            )
        return register_record_type(cls, tag=tag, family=Family.EVENT, triggers=triggers)

    return decorate


def record_type(tag: str) -> RecordType | None:
    """Return the registered type for ``tag``, or None."""
    _load_plugins_once()
    return _BY_TAG.get(tag)


def tag_of(cls: type) -> str:
    """Return the tag of a registered class.

    Raises:
        RegistryError: the class is not registered.
    """
    entry = _BY_CLASS.get(cls)
    if entry is None:
        raise RegistryError(f"{cls.__qualname__} is not a registered record type")
    return entry.tag


def record_types() -> tuple[RecordType, ...]:
    """Return every registered type, sorted by tag (plug-ins are loaded on first use)."""
    _load_plugins_once()
    return tuple(sorted(_BY_TAG.values(), key=lambda t: t.tag))


def event_types() -> tuple[RecordType, ...]:
    """Return the registered event types, sorted by tag."""
    return tuple(t for t in record_types() if t.family is Family.EVENT)


def load_plugins() -> tuple[str, ...]:
    """Load every ``diplomod.records`` entry point and return their names.

    An entry point may name a module (registering on import) or a callable,
    which is called with no arguments. Lookups load the plug-ins once by
    themselves; call this to load them again (after installing one).

    Raises:
        RegistryError: a plug-in failed to import or to register.
    """
    global _plugins_loaded
    _plugins_loaded = True
    loaded = []
    for point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda p: p.name):
        try:
            target = point.load()
            if callable(target) and not isinstance(target, type):
                target()
        except RegistryError:
            raise
        except Exception as exc:
            raise RegistryError(
                f"plug-in {point.name!r} ({point.value}) failed to load: {exc!r}"
            ) from exc
        loaded.append(point.name)
    return tuple(loaded)


_plugins_loaded = False


def _load_plugins_once() -> None:
    if not _plugins_loaded:
        load_plugins()


def _register_builtins() -> None:
    from diplomod.records import (
        Agreement,
        Call,
        Commitment,
        Conference,
        Dataset,
        Extraction,
        Meeting,
        Statement,
        Visit,
    )

    builtin_events: tuple[tuple[type, str, tuple[str, ...]], ...] = (
        (Meeting, "meeting", ("meeting", "met", "meets", "talks", "summit", "consultation")),
        (Call, "call", ("call", "phone", "telephone", "video conference", "videoconference")),
        (Visit, "visit", ("visit", "visited", "visits", "trip")),
        (Conference, "conference", ("conference", "dialogue", "forum", "ministerial")),
    )
    for cls, tag, triggers in builtin_events:
        register_record_type(cls, tag=tag, family=Family.EVENT, triggers=triggers, builtin=True)
    for cls, tag in (
        (Agreement, "agreement"),
        (Commitment, "commitment"),
        (Statement, "statement"),
        (Extraction, "extraction"),
        (Dataset, "dataset"),
    ):
        register_record_type(cls, tag=tag, builtin=True)


_register_builtins()
