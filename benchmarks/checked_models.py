"""The benchmark's pydantic models and msgspec structs, checked as diplomod checks its records.

For ``--fair``: besides what the plain models check, these check country and
organization codes against diplomod's tables, names that are not blank, items
that do not repeat, dates on the calendar, whole-minute durations, spans in order
and evidence as long as its span; and they read diplomod's own JSON Lines (the
``diplomod/1`` envelope, ``HH:MM`` times).
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Annotated, Any, Literal

import msgspec
import pydantic
from plain_models import (
    MsAgreement,
    MsBody,
    MsCommitment,
    MsEvidence,
    MsMeeting,
    MsOffice,
    MsParticipant,
    MsPerson,
    MsPlace,
    MsRelation,
    MsSpan,
    MsStruct,
    PdAgreement,
    PdBody,
    PdCommitment,
    PdEvidence,
    PdMeeting,
    PdModel,
    PdOffice,
    PdParticipant,
    PdPerson,
    PdPlace,
    PdRelation,
    PdSpan,
)

from diplomod.records.codes import actor_code_tables
from diplomod.records.dates import parse_partial_date

_ORGANIZATIONS, _STATES = actor_code_tables()
State = Literal[tuple(sorted(_STATES))]
Actor = Literal[tuple(sorted({*_STATES, *_ORGANIZATIONS}))]
FORMAT = Literal["diplomod/1"]


@functools.cache
def is_partial_date(text: str) -> bool:
    """Tell whether ``text`` is a date diplomod writes (cached, as diplomod caches it)."""
    try:
        parse_partial_date(text)
    except ValueError:
        return False
    return text.isascii()


@functools.cache
def read_time(text: str) -> dt.time:
    """Read ``HH:MM``, which msgspec's own time type refuses (cached, as diplomod caches it)."""
    return dt.time.fromisoformat(text)


def _unique(items: tuple[Any, ...]) -> tuple[Any, ...]:
    if len(set(items)) != len(items):
        raise ValueError("an item is repeated")
    return items


def _date(text: str | None) -> str | None:
    if text is not None and not is_partial_date(text):
        raise ValueError("not a date")
    return text


def _minutes(duration: dt.timedelta | None) -> dt.timedelta | None:
    if duration is not None and (duration < dt.timedelta(0) or duration.total_seconds() % 60):
        raise ValueError("not a whole number of minutes")
    return duration


NonBlank = Annotated[str, pydantic.StringConstraints(pattern=r"\S")]
Actors = Annotated[tuple[Actor, ...], pydantic.AfterValidator(_unique)]
Topics = Annotated[tuple[NonBlank, ...], pydantic.AfterValidator(_unique)]
PartialDate = Annotated[str | None, pydantic.AfterValidator(_date)]
Minutes = Annotated[dt.timedelta | None, pydantic.AfterValidator(_minutes)]


class CkSpan(PdSpan):
    @pydantic.model_validator(mode="after")
    def _in_order(self) -> CkSpan:
        if not 0 <= self.start <= self.end:
            raise ValueError("span out of order")
        return self


class CkEvidence(PdEvidence):
    field: Annotated[str, pydantic.StringConstraints(min_length=1)]
    span: CkSpan

    @pydantic.model_validator(mode="after")
    def _as_long_as_its_span(self) -> CkEvidence:
        if len(self.text) != self.span.end - self.span.start:
            raise ValueError("text and span differ in length")
        return self


class CkBody(PdBody):
    name: NonBlank
    state: State | None
    organization: Actor | None


class CkOffice(PdOffice):
    title: NonBlank
    state: State | None
    organization: Actor | None
    body: CkBody | None
    start: PartialDate
    end: PartialDate


class CkPerson(PdPerson):
    name: NonBlank
    offices: tuple[CkOffice, ...]


class CkParticipant(PdParticipant):
    person: CkPerson
    represents: Actor | None


class CkPlace(PdPlace):
    country: State | None


class CkMeeting(PdMeeting):
    id: NonBlank
    date: PartialDate
    duration: Minutes
    place: CkPlace | None
    countries: Actors
    participants: tuple[CkParticipant, ...]
    ordinal: Annotated[int, pydantic.Field(ge=1)] | None
    references: Topics
    evidence: tuple[CkEvidence, ...]


class CkRelation(PdRelation):
    target: NonBlank


class CkAgreement(PdAgreement):
    id: NonBlank
    parties: Actors
    signatories: tuple[CkParticipant, ...]
    date: PartialDate
    place: CkPlace | None
    topics: Topics
    relations: tuple[CkRelation, ...]
    evidence: tuple[CkEvidence, ...]


class CkCommitment(PdCommitment):
    id: NonBlank
    actors: Actors
    content: NonBlank
    speakers: tuple[CkPerson, ...]
    topics: Topics
    evidence: tuple[CkEvidence, ...]


class PdMeetingDocument(PdModel):
    data: CkMeeting
    format: FORMAT
    type: Literal["meeting"]


class PdAgreementDocument(PdModel):
    data: CkAgreement
    format: FORMAT
    type: Literal["agreement"]


class PdCommitmentDocument(PdModel):
    data: CkCommitment
    format: FORMAT
    type: Literal["commitment"]


MsNonBlank = Annotated[str, msgspec.Meta(pattern=r"\S")]


def _check_date(text: str | None) -> None:
    if text is not None and not is_partial_date(text):
        raise ValueError("not a date")


class CkMsSpan(MsSpan):
    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError("span out of order")


class CkMsEvidence(MsEvidence):
    field: Annotated[str, msgspec.Meta(min_length=1)]
    span: CkMsSpan

    def __post_init__(self) -> None:
        if len(self.text) != self.span.end - self.span.start:
            raise ValueError("text and span differ in length")


class CkMsBody(MsBody):
    name: MsNonBlank
    state: State | None
    organization: Actor | None


class CkMsOffice(MsOffice):
    title: MsNonBlank
    state: State | None
    organization: Actor | None
    body: CkMsBody | None

    def __post_init__(self) -> None:
        _check_date(self.start)
        _check_date(self.end)


class CkMsPerson(MsPerson):
    name: MsNonBlank
    offices: tuple[CkMsOffice, ...]


class CkMsParticipant(MsParticipant):
    person: CkMsPerson
    represents: Actor | None


class CkMsPlace(MsPlace):
    country: State | None


class CkMsMeeting(MsMeeting):
    id: MsNonBlank
    time: str | None  # diplomod writes HH:MM: read below
    place: CkMsPlace | None
    countries: tuple[Actor, ...]
    participants: tuple[CkMsParticipant, ...]
    ordinal: Annotated[int, msgspec.Meta(ge=1)] | None
    references: tuple[MsNonBlank, ...]
    evidence: tuple[CkMsEvidence, ...]

    def __post_init__(self) -> None:
        _check_date(self.date)
        _unique(self.countries)
        _unique(self.references)
        _minutes(self.duration)
        if isinstance(self.time, str):
            msgspec.structs.force_setattr(self, "time", read_time(self.time))


class CkMsRelation(MsRelation):
    target: MsNonBlank


class CkMsAgreement(MsAgreement):
    id: MsNonBlank
    parties: tuple[Actor, ...]
    signatories: tuple[CkMsParticipant, ...]
    place: CkMsPlace | None
    topics: tuple[MsNonBlank, ...]
    relations: tuple[CkMsRelation, ...]
    evidence: tuple[CkMsEvidence, ...]

    def __post_init__(self) -> None:
        _check_date(self.date)
        _unique(self.parties)
        _unique(self.topics)


class CkMsCommitment(MsCommitment):
    id: MsNonBlank
    actors: tuple[Actor, ...]
    content: MsNonBlank
    speakers: tuple[CkMsPerson, ...]
    topics: tuple[MsNonBlank, ...]
    evidence: tuple[CkMsEvidence, ...]

    def __post_init__(self) -> None:
        _unique(self.actors)
        _unique(self.topics)


class MsMeetingDocument(MsStruct):
    data: CkMsMeeting
    format: FORMAT
    type: Literal["meeting"]


class MsAgreementDocument(MsStruct):
    data: CkMsAgreement
    format: FORMAT
    type: Literal["agreement"]


class MsCommitmentDocument(MsStruct):
    data: CkMsCommitment
    format: FORMAT
    type: Literal["commitment"]


#: For each family: (model of a record, model of what one line holds).
CHECKED: dict[str, dict[str, tuple[type, type]]] = {
    "pydantic": {
        "meeting": (CkMeeting, PdMeetingDocument),
        "agreement": (CkAgreement, PdAgreementDocument),
        "commitment": (CkCommitment, PdCommitmentDocument),
    },
    "msgspec": {
        "meeting": (CkMsMeeting, MsMeetingDocument),
        "agreement": (CkMsAgreement, MsAgreementDocument),
        "commitment": (CkMsCommitment, MsCommitmentDocument),
    },
}
