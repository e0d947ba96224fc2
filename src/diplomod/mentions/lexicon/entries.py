"""The unit of the name lexicon: one surface form and what it names."""

from __future__ import annotations

import enum
import re

from attrs import field, frozen

from diplomod.errors import InvalidValueError

__all__ = ["NameEntry", "NameKind", "parse_table"]

_CODE = re.compile(r"[A-Z][A-Z0-9_]{1,11}")


class NameKind(enum.StrEnum):
    """What a surface form in the name lexicon stands for."""

    STATE = "state"
    """A country's name: "Japan", "Viet Nam", "the Russian Federation", "ROK"."""
    DEMONYM = "demonym"
    """A country adjective or people: "Japanese", "South Korean", "Emirati"."""
    CAPITAL = "capital"
    """A capital that may stand for its state: "Beijing", "Washington", "Brussels" (EU)."""
    ORGANIZATION = "organization"
    """An international organization: "ASEAN", "the African Union", "NATO"."""
    BODY = "body"
    """A part of a government with a known state: "the Kremlin", "the State Department"."""
    PLACE = "place"
    """A place whose name holds a state name but is no actor: "South China Sea"."""


def _surface(instance: NameEntry, attribute: object, value: str) -> None:
    if not value or value != value.strip():
        raise InvalidValueError("NameEntry.surface", value, "empty or padded with spaces")


def _code(instance: NameEntry, attribute: object, value: str | None) -> None:
    if value is not None and not _CODE.fullmatch(value):
        raise InvalidValueError(
            "NameEntry.code", value, "not an upper-case code such as 'JPN' or 'ASEAN'"
        )


@frozen(kw_only=True)
class NameEntry:
    """One surface form of the lexicon and the code it maps to.

    ``code`` is an ISO 3166-1 alpha-3 code for states, demonyms, capitals and
    bodies, an upper-case acronym for organizations ("ASEAN", "EU", "UN"), and
    ``None`` for places.
    """

    surface: str = field(validator=_surface)
    kind: NameKind
    code: str | None = field(default=None, validator=_code)


def parse_table(table: str) -> dict[str, tuple[str, ...]]:
    """Read a ``CODE name, name | CODE name`` table into ``{code: names}``.

    >>> parse_table("JPN Japanese | KOR Korean, South Korean")
    {'JPN': ('Japanese',), 'KOR': ('Korean', 'South Korean')}
    """
    rows: dict[str, tuple[str, ...]] = {}
    for cell in re.split(r"[|\n]", table):
        code, _, names = cell.strip().partition(" ")
        if code:
            rows[code] = rows.get(code, ()) + tuple(
                n.strip() for n in names.split(",") if n.strip()
            )
    return rows
