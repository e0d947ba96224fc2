"""A dataset: one record per real event, agreement, commitment, statement and person.

Each merged record keeps every report of it — the record as one document gave it,
with that document's id in ``source`` and its evidence — next to the merged facts.
The merged view is a function of the set of reports alone, so merging is
deterministic, independent of input order, idempotent and associative: a dataset
can be built in partitions and combined in any grouping.
"""

from __future__ import annotations

import enum

from attrs import field, frozen

from diplomod.records import validators as v
from diplomod.records.actors import Person
from diplomod.records.agreements import Agreement
from diplomod.records.events import Event
from diplomod.records.extraction import OpaqueRecord
from diplomod.records.positions import Commitment, Statement
from diplomod.records.provenance import Evidence, Source

__all__ = [
    "Conflict",
    "ConflictValue",
    "Dataset",
    "Link",
    "LinkKind",
    "MergedAgreement",
    "MergedCommitment",
    "MergedEvent",
    "MergedPerson",
    "MergedStatement",
    "PersonReport",
]


@frozen(kw_only=True)
class ConflictValue:
    """One of the values that reports give for a field, with the sources that give it.

    ``value`` is the value as JSON text (``"2021-09-11"`` with its quotes), so any
    field's values compare and round-trip exactly.
    """

    value: str
    sources: tuple[str, ...] = field(validator=v.unique)


@frozen(kw_only=True)
class Conflict:
    """A field the reports disagree on; the merged record keeps none of them silently."""

    field: str = field(validator=v.non_empty)
    values: tuple[ConflictValue, ...]


@frozen(kw_only=True)
class PersonReport:
    """One document's mention of a person: the record it appears in and the evidence.

    ``record`` is the id of that record as the document gave it; ``path`` says where
    in it the person stands (``participants/1``, ``signatories/0``, ``speakers/0``).
    ``evidence`` holds the record's evidence that names the person.
    """

    source: str = field(validator=v.non_empty)
    record: str = field(validator=v.non_empty)
    path: str = field(validator=v.non_empty)
    person: Person
    represents: str | None = field(default=None, validator=v.optional_actor_code)
    evidence: tuple[Evidence, ...] = ()


@frozen(kw_only=True)
class MergedPerson:
    """A person as every document that names them reports them."""

    id: str = field(validator=v.non_empty)
    person: Person
    represents: str | None = field(default=None, validator=v.optional_actor_code)
    reports: tuple[PersonReport, ...]
    conflicts: tuple[Conflict, ...] = ()


@frozen(kw_only=True)
class MergedEvent:
    """One real event: the merged facts, the person id of each participant, every report.

    ``event`` carries the dataset id, the facts merged from every report and, in
    ``references``, the ids of the merged events it refers to; its ``source`` is
    None and its ``evidence`` empty, as evidence stays with each report in
    ``reports``. ``participants`` holds, for each entry of ``event.participants``,
    the id of its :class:`MergedPerson` (None when the person was not resolved).
    """

    id: str = field(validator=v.non_empty)
    event: Event | OpaqueRecord
    participants: tuple[str | None, ...] = ()
    reports: tuple[Event | OpaqueRecord, ...]
    conflicts: tuple[Conflict, ...] = ()


@frozen(kw_only=True)
class MergedAgreement:
    """One real agreement: the merged facts and every report of it.

    ``agreement.event`` is the id of the merged event it was signed at; the
    signatories are one per person, and the evidence stays with each report.
    """

    id: str = field(validator=v.non_empty)
    agreement: Agreement
    reports: tuple[Agreement, ...]
    conflicts: tuple[Conflict, ...] = ()


@frozen(kw_only=True)
class MergedCommitment:
    """One commitment, however many documents report it."""

    id: str = field(validator=v.non_empty)
    commitment: Commitment
    reports: tuple[Commitment, ...]
    conflicts: tuple[Conflict, ...] = ()


@frozen(kw_only=True)
class MergedStatement:
    """One statement, however many documents report it."""

    id: str = field(validator=v.non_empty)
    statement: Statement
    reports: tuple[Statement, ...]
    conflicts: tuple[Conflict, ...] = ()


class LinkKind(enum.StrEnum):
    """How two dataset records are related."""

    REFERENCE = "reference"
    """An event refers to an earlier event ("the last meeting in September")."""
    FOLLOW_THROUGH = "follow_through"
    """A commitment is carried out by a later agreement or event."""
    SIGNED_AT = "signed_at"
    """An agreement was signed at an event."""


@frozen(kw_only=True)
class Link:
    """A relation between two dataset records, the rule that made it and the sources behind it."""

    kind: LinkKind
    source: str = field(validator=v.non_empty)
    target: str = field(validator=v.non_empty)
    rule: str = field(validator=v.non_empty)
    sources: tuple[str, ...] = field(default=(), validator=v.unique)


@frozen(kw_only=True)
class Dataset:
    """Many documents' records, merged: the unit analysts query, tabulate and exchange."""

    sources: tuple[Source, ...] = ()
    persons: tuple[MergedPerson, ...] = ()
    events: tuple[MergedEvent, ...] = ()
    agreements: tuple[MergedAgreement, ...] = ()
    commitments: tuple[MergedCommitment, ...] = ()
    statements: tuple[MergedStatement, ...] = ()
    links: tuple[Link, ...] = ()
