"""Plain pydantic models and msgspec structs of the records the serialization benchmark uses.

They have the records' fields and nesting, and check what types check: required
keys, unknown keys, value types and enum values (issue 2 measured these).

``attrs_mirror`` also gives plain attrs classes of the same shape, which msgspec reads
and writes with its own C codec: the fastest any attrs-based model can go.
"""

from __future__ import annotations

import datetime as dt
import types
import typing

import attrs
import msgspec
import pydantic

import diplomod.records as r

# Both check types, required keys, enum values and unknown keys; neither checks country
# codes, calendar dates, span lengths or uniqueness, which diplomod's validators do.


class PdModel(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(frozen=True, extra="forbid")


class PdSpan(PdModel):
    start: int
    end: int


class PdEvidence(PdModel):
    field: str
    span: PdSpan
    text: str


class PdBody(PdModel):
    name: str
    kind: r.BodyKind
    state: str | None
    organization: str | None


class PdOffice(PdModel):
    title: str
    state: str | None
    organization: str | None
    body: PdBody | None
    start: str | None
    end: str | None


class PdPerson(PdModel):
    name: str
    given_name: str | None
    family_name: str | None
    honorific: str | None
    offices: tuple[PdOffice, ...]


class PdParticipant(PdModel):
    person: PdPerson
    represents: str | None
    role: r.Role
    title: str | None


class PdPlace(PdModel):
    venue: str | None
    city: str | None
    country: str | None


class PdMeeting(PdModel):
    id: str
    date: str | None
    date_inferred: bool
    time: dt.time | None
    duration: dt.timedelta | None
    duration_approximation: r.Approximation | None
    place: PdPlace | None
    countries: tuple[str, ...]
    participants: tuple[PdParticipant, ...]
    ordinal: int | None
    referenced: bool
    references: tuple[str, ...]
    source: str | None
    evidence: tuple[PdEvidence, ...]
    mode: r.MeetingMode | None


class PdRelation(PdModel):
    kind: r.RelationKind
    target: str


class PdAgreement(PdModel):
    id: str
    title: str | None
    kind: r.AgreementKind
    status: r.AgreementStatus
    parties: tuple[str, ...]
    signatories: tuple[PdParticipant, ...]
    date: str | None
    place: PdPlace | None
    topics: tuple[str, ...]
    relations: tuple[PdRelation, ...]
    event: str | None
    source: str | None
    evidence: tuple[PdEvidence, ...]


class PdCommitment(PdModel):
    id: str
    actors: tuple[str, ...]
    modality: r.Modality
    content: str
    speakers: tuple[PdPerson, ...]
    topics: tuple[str, ...]
    negated: bool
    event: str | None
    agreement: str | None
    source: str | None
    evidence: tuple[PdEvidence, ...]


class MsStruct(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    pass


class MsSpan(MsStruct):
    start: int
    end: int


class MsEvidence(MsStruct):
    field: str
    span: MsSpan
    text: str


class MsBody(MsStruct):
    name: str
    kind: r.BodyKind
    state: str | None
    organization: str | None


class MsOffice(MsStruct):
    title: str
    state: str | None
    organization: str | None
    body: MsBody | None
    start: str | None
    end: str | None


class MsPerson(MsStruct):
    name: str
    given_name: str | None
    family_name: str | None
    honorific: str | None
    offices: tuple[MsOffice, ...]


class MsParticipant(MsStruct):
    person: MsPerson
    represents: str | None
    role: r.Role
    title: str | None


class MsPlace(MsStruct):
    venue: str | None
    city: str | None
    country: str | None


class MsMeeting(MsStruct):
    id: str
    date: str | None
    date_inferred: bool
    time: dt.time | None
    duration: dt.timedelta | None
    duration_approximation: r.Approximation | None
    place: MsPlace | None
    countries: tuple[str, ...]
    participants: tuple[MsParticipant, ...]
    ordinal: int | None
    referenced: bool
    references: tuple[str, ...]
    source: str | None
    evidence: tuple[MsEvidence, ...]
    mode: r.MeetingMode | None


class MsRelation(MsStruct):
    kind: r.RelationKind
    target: str


class MsAgreement(MsStruct):
    id: str
    title: str | None
    kind: r.AgreementKind
    status: r.AgreementStatus
    parties: tuple[str, ...]
    signatories: tuple[MsParticipant, ...]
    date: str | None
    place: MsPlace | None
    topics: tuple[str, ...]
    relations: tuple[MsRelation, ...]
    event: str | None
    source: str | None
    evidence: tuple[MsEvidence, ...]


class MsCommitment(MsStruct):
    id: str
    actors: tuple[str, ...]
    modality: r.Modality
    content: str
    speakers: tuple[MsPerson, ...]
    topics: tuple[str, ...]
    negated: bool
    event: str | None
    agreement: str | None
    source: str | None
    evidence: tuple[MsEvidence, ...]


def attrs_mirror(struct: type[msgspec.Struct], made: dict[str, type] | None = None) -> type:
    """Return a frozen, slotted attrs class with the fields of ``struct``, nested alike."""
    made = {} if made is None else made
    if struct.__name__ not in made:
        fields = {k: _mirror_type(t, made) for k, t in typing.get_type_hints(struct).items()}
        name = "At" + struct.__name__.removeprefix("Ms")
        made[struct.__name__] = attrs.frozen(kw_only=True)(
            type(name, (), {"__annotations__": fields, "__module__": __name__})
        )
    return made[struct.__name__]


def _mirror_type(hint: typing.Any, made: dict[str, type]) -> typing.Any:
    if isinstance(hint, type) and issubclass(hint, msgspec.Struct):
        return attrs_mirror(hint, made)
    args = tuple(_mirror_type(a, made) for a in typing.get_args(hint))
    origin = typing.get_origin(hint)
    if origin is tuple:
        return tuple[args[0], ...]
    if origin in (typing.Union, types.UnionType):
        return typing.Union[args]  # noqa: UP007 (built at run time)
    return hint


_MIRRORS: dict[str, type] = {}

#: For each family: (model of a record, model of what one line holds).
PLAIN: dict[str, dict[str, tuple[type, type]]] = {
    "pydantic": {
        "meeting": (PdMeeting, PdMeeting),
        "agreement": (PdAgreement, PdAgreement),
        "commitment": (PdCommitment, PdCommitment),
    },
    "msgspec": {
        "meeting": (MsMeeting, MsMeeting),
        "agreement": (MsAgreement, MsAgreement),
        "commitment": (MsCommitment, MsCommitment),
    },
    "msgspec-attrs": {
        family: (attrs_mirror(struct, _MIRRORS),) * 2
        for family, struct in (
            ("meeting", MsMeeting),
            ("agreement", MsAgreement),
            ("commitment", MsCommitment),
        )
    },
}
