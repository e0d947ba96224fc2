"""What actors commit to (agree, decide, pledge...) and what they say (condemn, welcome...)."""

from __future__ import annotations

import enum

from attrs import field, frozen

from diplomod.records import validators as v
from diplomod.records.actors import Person
from diplomod.records.provenance import Evidence

__all__ = ["Commitment", "Modality", "Statement", "StatementKind"]


class Modality(enum.StrEnum):
    """How strongly and in what way actors bind themselves."""

    AGREE = "agree"
    DECIDE = "decide"
    REAFFIRM = "reaffirm"
    SHARE_VIEW = "share_view"
    INTEND = "intend"
    PLEDGE = "pledge"


@frozen(kw_only=True)
class Commitment:
    """A clause in which actors agree, decide, reaffirm, share a view, intend or pledge.

    ``content`` is the complement of the verb as the text gives it.
    """

    id: str = field(validator=v.non_empty)
    actors: tuple[str, ...] = field(validator=v.actor_codes)
    modality: Modality
    content: str = field(validator=v.non_empty)
    speakers: tuple[Person, ...] = ()
    topics: tuple[str, ...] = field(default=(), validator=v.unique)
    negated: bool = False
    event: str | None = None
    agreement: str | None = None
    source: str | None = None
    evidence: tuple[Evidence, ...] = ()


class StatementKind(enum.StrEnum):
    """What a statement does to its target."""

    CONDEMN = "condemn"
    CONCERN = "concern"
    OPPOSE = "oppose"
    WELCOME = "welcome"
    SUPPORT = "support"
    APPRECIATE = "appreciate"
    REQUEST = "request"
    CRITICIZE = "criticize"


@frozen(kw_only=True)
class Statement:
    """An actor condemning, welcoming, supporting, requesting... something, from its verb on."""

    id: str = field(validator=v.non_empty)
    actors: tuple[str, ...] = field(validator=v.actor_codes)
    kind: StatementKind
    content: str = field(validator=v.non_empty)
    target: str | None = field(default=None, validator=v.optional_actor_code)
    speakers: tuple[Person, ...] = ()
    negated: bool = False
    event: str | None = None
    source: str | None = None
    evidence: tuple[Evidence, ...] = ()
