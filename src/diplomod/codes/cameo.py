"""The CAMEO event codebook as data: every code with its name, Goldstein value and quad class.

The table is ``data/cameo.tsv``: the event codes of CAMEO version 1.1b3 (Schrodt,
*CAMEO Conflict and Mediation Event Observations Event and Actor Codebook*,
March 2012) with the Goldstein scale values GDELT 2.0 publishes for them
(``CAMEO.goldsteinscale.txt``). Quad classes follow the GDELT 2.0 Event
codebook (V2.0, 2015-02-19): root codes 01-04 are verbal cooperation, 05-08
material cooperation, 09-13 verbal conflict and 14-20 material conflict.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from functools import cache
from importlib.resources import files

from attrs import frozen

from diplomod.errors import InvalidValueError

__all__ = [
    "CAMEO_VERSION",
    "CameoCode",
    "QuadClass",
    "cameo_code",
    "cameo_codes",
    "is_cameo_code",
]

#: The version of the CAMEO codebook the table follows.
CAMEO_VERSION = "CAMEO 1.1b3"


class QuadClass(enum.IntEnum):
    """The four classes of event data: verbal or material, cooperation or conflict."""

    VERBAL_COOPERATION = 1
    MATERIAL_COOPERATION = 2
    VERBAL_CONFLICT = 3
    MATERIAL_CONFLICT = 4

    @property
    def label(self) -> str:
        """Return the class as event datasets print it ("VERBAL COOPERATION")."""
        return self.name.replace("_", " ")


@frozen(kw_only=True)
class CameoCode:
    """One CAMEO event code: ``057`` "Sign formal agreement", Goldstein +8.0."""

    code: str
    name: str
    goldstein: float

    @property
    def root(self) -> str:
        """The two-digit cue category (``05`` for ``057``)."""
        return self.code[:2]

    @property
    def base(self) -> str:
        """The three-digit base code (``057``), or the root for a root code."""
        return self.code[:3]

    @property
    def quad_class(self) -> QuadClass:
        """The quad class of the code's root category."""
        return _quad_of_root(int(self.root))


def _quad_of_root(root: int) -> QuadClass:
    if root <= 4:
        return QuadClass.VERBAL_COOPERATION
    if root <= 8:
        return QuadClass.MATERIAL_COOPERATION
    if root <= 13:
        return QuadClass.VERBAL_CONFLICT
    return QuadClass.MATERIAL_CONFLICT


@cache
def _table() -> dict[str, CameoCode]:
    text = files("diplomod.codes").joinpath("data/cameo.tsv").read_text(encoding="utf-8")
    table: dict[str, CameoCode] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        code, goldstein, name = line.split("\t")
        table[code] = CameoCode(code=code, name=name, goldstein=float(goldstein))
    return table


def is_cameo_code(code: str) -> bool:
    """Tell whether ``code`` is a CAMEO 1.1b3 event code.

    >>> is_cameo_code("0312"), is_cameo_code("312")
    (True, False)
    """
    return code in _table()


def cameo_code(code: str) -> CameoCode:
    """Return the codebook entry of ``code``.

    Raises:
        InvalidValueError: ``code`` is not in the codebook.

    >>> cameo_code("043").name, cameo_code("043").goldstein
    ('Host a visit', 2.8)
    """
    entry = _table().get(code)
    if entry is None:
        raise InvalidValueError("CAMEO code", code, f"not an event code of {CAMEO_VERSION}")
    return entry


def cameo_codes() -> tuple[CameoCode, ...]:
    """Return every code of the codebook, in codebook order."""
    return tuple(_table().values())
