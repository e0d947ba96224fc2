"""Turn what went wrong while loading into one line per problem, each with its JSON path.

A problem reads ``$.data.events[3].date: not a date: '2021-13-01' (month must be
within 1..12)``: the path, what is wrong, the bad value and, where the model gives
one, the reason. :func:`problems_of` walks cattrs' nested validation errors with
:func:`cattrs.transform_error`; the exceptions raised by diplomod's own hooks say
where below the current path they happened (``.countries[2]``, ``.type``).
"""

from __future__ import annotations

import re

import cattrs
from cattrs.errors import ForbiddenExtraKeysError, StructureHandlerNotFoundError

from diplomod.errors import InvalidValueError, UnknownTypeError

__all__ = ["WrongTypeError", "problems_of", "show"]

#: ``Meeting.countries[2]``: a class name, then the path below the object.
_FIELD = re.compile(r"[A-Z][A-Za-z0-9_]*(?=[.\[])")
#: ``not a date (month must be within 1..12)``: a reason with a detail in parentheses.
_DETAIL = re.compile(r"(?P<head>.*?) \((?P<detail>[^()]*)\)", re.DOTALL)
#: The longest piece of a bad value quoted in a message.
_QUOTE_LIMIT = 80


class WrongTypeError(InvalidValueError, TypeError):
    """A JSON value of the wrong kind for its field: ``expected an integer, got 6600.7``.

    ``field`` names where it is as ``Class.path`` (the path below the object being
    loaded) or as a bare word (the value being loaded itself).
    """

    def __init__(self, field: str, value: object, expected: str) -> None:
        self.expected = expected
        super().__init__(field, value, f"expected {expected}")

    def __str__(self) -> str:
        return f"{self.field}: expected {self.expected}, got {show(self.value)}"


def problems_of(exc: BaseException, path: str = "$") -> list[str]:
    """Return one line per problem in ``exc`` (from a detailed converter), below ``path``."""
    lines = cattrs.transform_error(exc, path, format_exception=_describe)
    out = []
    for line in lines:
        # transform_error writes "{description} @ {path}"; paths hold only field names and
        # indexes, so the last " @ " separates them even when the description holds one.
        tail, _, where = line.rpartition(" @ ")
        out.append(f"{where}{tail}")
    return out


def show(value: object) -> str:
    """Return a short, JSON-flavoured rendering of a bad value for a message."""
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int) and value.bit_length() > 256:
        return f"an integer of about {int(value.bit_length() * 0.30103)} digits"
    if isinstance(value, str):
        return repr(value if len(value) <= _QUOTE_LIMIT else value[:_QUOTE_LIMIT] + "…")
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return f"an array of {len(value)} item{'s' if len(value) != 1 else ''}"
    try:
        text = repr(value)
    except Exception:  # a value whose repr fails is still a bad value
        text = f"a {type(value).__name__}"
    return text if len(text) <= _QUOTE_LIMIT else text[:_QUOTE_LIMIT] + "…"


def _describe(exc: BaseException, type_: object) -> str:
    """Return the path below the current one, then ": " and what is wrong."""
    if isinstance(exc, WrongTypeError):
        return f"{_below(exc.field)}: expected {exc.expected}, got {show(exc.value)}"
    if isinstance(exc, InvalidValueError):
        m = _DETAIL.fullmatch(exc.reason)
        if m:
            return f"{_below(exc.field)}: {m['head']}: {show(exc.value)} ({m['detail']})"
        return f"{_below(exc.field)}: {exc.reason}: {show(exc.value)}"
    if isinstance(exc, UnknownTypeError):
        return f".type: {exc}"
    if isinstance(exc, ForbiddenExtraKeysError):
        keys = sorted(exc.extra_fields)
        return f": unknown field{'s' if len(keys) != 1 else ''} {', '.join(map(repr, keys))}"
    if isinstance(exc, KeyError):
        return ": required field missing"
    if isinstance(exc, RecursionError):
        return ": nested too deeply"
    if isinstance(exc, StructureHandlerNotFoundError):
        return f": diplomod cannot load values of type {exc.type_!r}"
    return f": invalid value ({type(exc).__name__}: {exc})"


def _below(field: str) -> str:
    """Return the path below the object that ``field`` (``Meeting.countries[2]``) names."""
    m = _FIELD.match(field)
    return field[m.end() :] if m else ""
