"""Field validators shared by the record classes; each names the field and the value."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from attrs import Attribute

from diplomod.errors import InvalidValueError
from diplomod.records.codes import is_actor_code, is_state_code

__all__ = [
    "actor_code",
    "actor_codes",
    "minutes_duration",
    "non_empty",
    "optional",
    "optional_actor_code",
    "optional_state_code",
    "positive",
    "state_code",
    "tag",
    "unique",
]

_TAG = re.compile(r"[a-z][a-z0-9_]{0,39}")

T = TypeVar("T")
Validator = Callable[[object, "Attribute[T]", T], None]


def _where(instance: object, attribute: Attribute[Any]) -> str:
    return f"{type(instance).__name__}.{attribute.name}"


def optional(check: Validator[T]) -> Validator[T | None]:
    """Run ``check`` unless the value is None."""

    def run(instance: object, attribute: Attribute[T | None], value: T | None) -> None:
        if value is not None:
            check(instance, attribute, value)  # type: ignore[arg-type]

    return run


def non_empty(instance: object, attribute: Attribute[str], value: str) -> None:
    """Reject the empty string and strings of whitespace only."""
    if not value.strip():
        raise InvalidValueError(_where(instance, attribute), value, "empty")


def positive(instance: object, attribute: Attribute[int], value: int) -> None:
    """Reject integers below one."""
    if value < 1:
        raise InvalidValueError(_where(instance, attribute), value, "must be 1 or more")


def state_code(instance: object, attribute: Attribute[str], value: str) -> None:
    """Accept an ISO 3166-1 alpha-3 code."""
    if not is_state_code(value):
        raise InvalidValueError(
            _where(instance, attribute), value, "not an ISO 3166-1 alpha-3 country code"
        )


optional_state_code = optional(state_code)


def actor_code(instance: object, attribute: Attribute[str], value: str) -> None:
    """Accept a state's alpha-3 code or a registered organization's id."""
    if not is_actor_code(value):
        raise InvalidValueError(
            _where(instance, attribute),
            value,
            "not an ISO 3166-1 alpha-3 code or a registered organization id",
        )


optional_actor_code = optional(actor_code)


def actor_codes(
    instance: object, attribute: Attribute[tuple[str, ...]], value: Iterable[str]
) -> None:
    """Accept a tuple of distinct actor codes."""
    seen: set[str] = set()
    for n, code in enumerate(value):
        if not is_actor_code(code):
            raise InvalidValueError(
                f"{_where(instance, attribute)}[{n}]",
                code,
                "not an ISO 3166-1 alpha-3 code or a registered organization id",
            )
        if code in seen:
            raise InvalidValueError(f"{_where(instance, attribute)}[{n}]", code, "repeated")
        seen.add(code)


def unique(instance: object, attribute: Attribute[tuple[str, ...]], value: Iterable[str]) -> None:
    """Reject repeated or empty items."""
    seen: set[str] = set()
    for n, item in enumerate(value):
        if not item.strip() or item in seen:
            raise InvalidValueError(
                f"{_where(instance, attribute)}[{n}]",
                item,
                "empty" if not item.strip() else "repeated",
            )
        seen.add(item)


def minutes_duration(
    instance: object, attribute: Attribute[dt.timedelta | None], value: dt.timedelta | None
) -> None:
    """Accept a non-negative whole number of minutes."""
    if value is None:
        return
    if value < dt.timedelta(0) or value.total_seconds() % 60:
        raise InvalidValueError(
            _where(instance, attribute), value, "not a non-negative whole number of minutes"
        )


def tag(value: str) -> str:
    """Return ``value`` when it is a valid record type tag (lowercase, ``[a-z][a-z0-9_]*``)."""
    if not _TAG.fullmatch(value):
        raise InvalidValueError("tag", value, "not a lowercase tag like 'port_call'")
    return value
