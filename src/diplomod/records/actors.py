"""Actors: states, organizations, government bodies, persons and the offices they hold.

Follows Popolo's Person / Organization / Post idea: a :class:`Person` holds an
:class:`Office` for a body, state or organization, with optional tenure dates.
"""

from __future__ import annotations

import enum

from attrs import field, frozen

from diplomod.records import validators as v
from diplomod.records.dates import PartialDate

__all__ = [
    "Body",
    "BodyKind",
    "Office",
    "Organization",
    "Participant",
    "Person",
    "Role",
    "State",
]


@frozen(kw_only=True)
class State:
    """A sovereign state, by its ISO 3166-1 alpha-3 code."""

    code: str = field(validator=v.state_code)
    name: str | None = None


@frozen(kw_only=True)
class Organization:
    """An international organization, by its registered upper-case id (``ASEAN``)."""

    id: str = field(validator=v.actor_code)
    name: str | None = None


class BodyKind(enum.StrEnum):
    """What kind of government body a :class:`Body` is."""

    MINISTRY = "ministry"
    DEPARTMENT = "department"
    AGENCY = "agency"
    OFFICE = "office"
    ARMED_FORCES = "armed_forces"
    LEGISLATURE = "legislature"
    OTHER = "other"


@frozen(kw_only=True)
class Body:
    """A part of a state's government or of an organization ("Ministry of Defense of Japan")."""

    name: str = field(validator=v.non_empty)
    kind: BodyKind = BodyKind.OTHER
    state: str | None = field(default=None, validator=v.optional_state_code)
    organization: str | None = field(default=None, validator=v.optional_actor_code)


@frozen(kw_only=True)
class Office:
    """A post a person holds ("Minister of National Defence") for a state, body or organization."""

    title: str = field(validator=v.non_empty)
    state: str | None = field(default=None, validator=v.optional_state_code)
    organization: str | None = field(default=None, validator=v.optional_actor_code)
    body: Body | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None


@frozen(kw_only=True)
class Person:
    """A person, named as written, with name parts and rank where known."""

    name: str = field(validator=v.non_empty)
    given_name: str | None = None
    family_name: str | None = None
    honorific: str | None = None
    offices: tuple[Office, ...] = ()


class Role(enum.StrEnum):
    """The part a participant plays in an event."""

    HOST = "host"
    GUEST = "guest"
    PARTICIPANT = "participant"
    CHAIR = "chair"


@frozen(kw_only=True)
class Participant:
    """A person taking part in an event, the actor they represent and their role."""

    person: Person
    represents: str | None = field(default=None, validator=v.optional_actor_code)
    role: Role = Role.PARTICIPANT
    title: str | None = None
