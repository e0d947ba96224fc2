"""Events: a common base and the built-in types meeting, call, visit and conference.

Users add event types by subclassing :class:`Event` and registering the class
with :func:`diplomod.register_event_type`.
"""

from __future__ import annotations

import datetime as dt
import enum

from attrs import field, frozen

from diplomod.records import validators as v
from diplomod.records.actors import Participant
from diplomod.records.dates import PartialDate
from diplomod.records.provenance import Evidence

__all__ = [
    "Approximation",
    "Call",
    "CallMedium",
    "Conference",
    "Event",
    "Meeting",
    "MeetingMode",
    "Place",
    "Visit",
]


class Approximation(enum.StrEnum):
    """How exactly a duration is stated: "about", "more than", "less than"."""

    APPROXIMATELY = "approximately"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"


@frozen(kw_only=True)
class Place:
    """Where something happened: a venue, a city and the country they are in."""

    venue: str | None = None
    city: str | None = None
    country: str | None = field(default=None, validator=v.optional_state_code)


@frozen(kw_only=True)
class Event:
    """What every event has: id, when, where, who, and the text that says so.

    ``date_inferred`` marks a date the text does not state (for example the
    publication date of a readout that does not date its meeting).
    ``referenced`` is true for an earlier event the document only refers to;
    ``references`` holds the ids of earlier events this one refers to.
    """

    id: str = field(validator=v.non_empty)
    date: PartialDate | None = None
    date_inferred: bool = False
    time: dt.time | None = None
    duration: dt.timedelta | None = field(default=None, validator=v.minutes_duration)
    duration_approximation: Approximation | None = None
    place: Place | None = None
    countries: tuple[str, ...] = field(default=(), validator=v.actor_codes)
    participants: tuple[Participant, ...] = ()
    ordinal: int | None = field(default=None, validator=v.optional(v.positive))
    referenced: bool = False
    references: tuple[str, ...] = field(default=(), validator=v.unique)
    source: str | None = None
    evidence: tuple[Evidence, ...] = ()


class MeetingMode(enum.StrEnum):
    """Whether the participants met in person or by video link."""

    IN_PERSON = "in_person"
    VIRTUAL = "virtual"


@frozen(kw_only=True)
class Meeting(Event):
    """Talks between two or more parties: a bilateral meeting, a summit, a dialogue."""

    mode: MeetingMode | None = None


class CallMedium(enum.StrEnum):
    """The channel of a call."""

    TELEPHONE = "telephone"
    VIDEO = "video"


@frozen(kw_only=True)
class Call(Event):
    """A telephone or video call."""

    medium: CallMedium | None = None


@frozen(kw_only=True)
class Visit(Event):
    """A trip to another state, with no meeting reported as such."""

    host: str | None = field(default=None, validator=v.optional_actor_code)


@frozen(kw_only=True)
class Conference(Event):
    """A multilateral gathering ("the Shangri-La Dialogue", "the G20 summit")."""

    name: str | None = None
