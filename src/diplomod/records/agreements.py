"""Agreements: treaties, memoranda, joint statements, and how they relate."""

from __future__ import annotations

import enum

from attrs import field, frozen

from diplomod.records import validators as v
from diplomod.records.actors import Participant
from diplomod.records.dates import PartialDate
from diplomod.records.events import Place
from diplomod.records.provenance import Evidence

__all__ = [
    "Agreement",
    "AgreementKind",
    "AgreementRelation",
    "AgreementStatus",
    "RelationKind",
]


class AgreementKind(enum.StrEnum):
    """What sort of instrument an agreement is."""

    TREATY = "treaty"
    AGREEMENT = "agreement"
    MEMORANDUM = "memorandum"
    JOINT_STATEMENT = "joint_statement"
    DECLARATION = "declaration"
    OTHER = "other"


class AgreementStatus(enum.StrEnum):
    """Where an agreement stands as the text reports it."""

    PLANNED = "planned"
    NEGOTIATING = "negotiating"
    SIGNED = "signed"
    IN_FORCE = "in_force"
    REFERENCED = "referenced"


class RelationKind(enum.StrEnum):
    """How one agreement relates to another."""

    BASED_ON = "based_on"
    IMPLEMENTS = "implements"
    AMENDS = "amends"
    RENEWS = "renews"
    REPLACES = "replaces"
    SUPPLEMENTS = "supplements"


@frozen(kw_only=True)
class AgreementRelation:
    """A link from an agreement to another, by the other's id or title."""

    kind: RelationKind
    target: str = field(validator=v.non_empty)


@frozen(kw_only=True)
class Agreement:
    """A bilateral or multilateral instrument, signed, planned or cited."""

    id: str = field(validator=v.non_empty)
    title: str | None = None
    kind: AgreementKind = AgreementKind.OTHER
    status: AgreementStatus = AgreementStatus.REFERENCED
    parties: tuple[str, ...] = field(default=(), validator=v.actor_codes)
    signatories: tuple[Participant, ...] = ()
    date: PartialDate | None = None
    place: Place | None = None
    topics: tuple[str, ...] = field(default=(), validator=v.unique)
    relations: tuple[AgreementRelation, ...] = ()
    event: str | None = None
    source: str | None = None
    evidence: tuple[Evidence, ...] = ()
