"""PLOVER as data: categories, modes, contexts, quad classes, scale, and the CAMEO crosswalk.

The table is ``data/plover.json``. It follows the PLOVER manual, draft 0.7b1
(Open Event Data Alliance, 2021) for modes, contexts, quad categories and the
numeric conflict-cooperation ("Schrodt") scores, and the 16 categories POLECAT
codes (REQUEST in place of DEMAND). The crosswalk from CAMEO is the manual's
table of cue categories refined code by code after the OEDA file
``CAMEO2PLOVER-2021.txt``; the few entries the sources leave open are marked
``diplomod`` in the file, with the reason.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
import json
from functools import cache
from importlib.resources import files
from typing import cast

from attrs import frozen

from diplomod.codes.cameo import QuadClass, cameo_code
from diplomod.errors import InvalidValueError

__all__ = [
    "PLOVER_VERSION",
    "PloverCategory",
    "PloverCoding",
    "PloverEvent",
    "plover_category",
    "plover_contexts",
    "plover_for_cameo",
]


class PloverEvent(enum.StrEnum):
    """The PLOVER event categories (as POLECAT codes them)."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


@frozen(kw_only=True)
class PloverCategory:
    """One PLOVER category: its quad class, its place on the scale and its modes."""

    event: PloverEvent
    quad_class: QuadClass
    scale: float
    modes: tuple[str, ...]


@frozen(kw_only=True)
class PloverCoding:
    """What the crosswalk gives for a CAMEO code: category, mode and contexts."""

    event: PloverEvent
    mode: str | None = None
    contexts: tuple[str, ...] = ()


def _data() -> dict[str, object]:
    text = files("diplomod.codes").joinpath("data/plover.json").read_text(encoding="utf-8")
    return cast(dict[str, object], json.loads(text))


@cache
def _tables() -> tuple[
    str, dict[PloverEvent, PloverCategory], tuple[str, ...], dict[str, dict[str, object]]
]:
    data = _data()
    categories: dict[PloverEvent, PloverCategory] = {}
    for name, entry in cast(dict[str, dict[str, object]], data["categories"]).items():
        event = PloverEvent(name)
        categories[event] = PloverCategory(
            event=event,
            quad_class=QuadClass(cast(int, entry["quad"])),
            scale=float(cast(float, entry["scale"])),
            modes=tuple(cast(list[str], entry["modes"])),
        )
    if set(categories) != set(PloverEvent):  # pragma: no cover - a broken data file
        raise RuntimeError("plover.json does not list every PloverEvent")
    crosswalk = cast(dict[str, dict[str, object]], data["cameo_codes"])
    roots = cast(dict[str, str | None], data["cameo_roots"])
    crosswalk = {**{root: {"event": event} for root, event in roots.items()}, **crosswalk}
    for code, entry in crosswalk.items():
        entry.setdefault("root", roots[code[:2]])
    return (
        cast(str, data["version"]),
        categories,
        tuple(cast(list[str], data["contexts"])),
        crosswalk,
    )


#: The version of PLOVER the table follows.
PLOVER_VERSION = "plover-0.7b1+polecat"


def plover_category(event: PloverEvent | str) -> PloverCategory:
    """Return the quad class, scale and modes of a PLOVER category.

    Raises:
        InvalidValueError: ``event`` is not a PLOVER category.

    >>> plover_category("CONSULT").scale
    2.1
    """
    try:
        key = PloverEvent(event)
    except ValueError:
        choices = ", ".join(PloverEvent)
        raise InvalidValueError("PLOVER event", event, f"not one of {choices}") from None
    return _tables()[1][key]


def plover_contexts() -> tuple[str, ...]:
    """Return the PLOVER context names, in the manual's order."""
    return _tables()[2]


def plover_for_cameo(code: str) -> PloverCoding | None:
    """Return the PLOVER category, mode and contexts of a CAMEO code, or None.

    None means PLOVER has no category for the code (most of CAMEO 01,
    "make public statement", which PLOVER dropped).

    Raises:
        InvalidValueError: ``code`` is not a CAMEO code.

    >>> plover_for_cameo("042")
    PloverCoding(event=<PloverEvent.CONSULT: 'CONSULT'>, mode='visit', contexts=())
    """
    cameo_code(code)  # validates
    crosswalk = _tables()[3]
    for key in (code, code[:3], code[:2]):
        entry = crosswalk.get(key)
        if entry is None:
            continue
        event = entry.get("event", entry["root"])
        if event is None:
            return None
        mode = entry.get("mode")
        return PloverCoding(
            event=PloverEvent(cast(str, event)),
            mode=cast(str, mode) if mode is not None else None,
            contexts=tuple(cast(list[str], entry.get("context", []))),
        )
    return None  # pragma: no cover - every root is in the crosswalk
