"""What one document yields, and records of types this installation does not know."""

from __future__ import annotations

from attrs import field, frozen

from diplomod.records import validators as v
from diplomod.records.agreements import Agreement
from diplomod.records.events import Event
from diplomod.records.positions import Commitment, Statement
from diplomod.records.provenance import Source

__all__ = ["Extraction", "JSONValue", "OpaqueRecord"]

JSONValue = None | bool | int | float | str | list["JSONValue"] | dict[str, "JSONValue"]


@frozen(kw_only=True, hash=False)
class OpaqueRecord:
    """A record of a type this installation does not know, kept as its payload.

    Written by a newer diplomod or by a plug-in that is not installed; it is
    dumped back exactly as it was loaded, so nothing is lost.
    """

    type: str = field(validator=v.non_empty)
    payload: dict[str, JSONValue]


@frozen(kw_only=True)
class Extraction:
    """The records read from one source document."""

    source: Source
    events: tuple[Event | OpaqueRecord, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    statements: tuple[Statement, ...] = ()
