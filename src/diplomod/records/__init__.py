"""The typed record model: actors, events, agreements, commitments, statements, provenance."""

from diplomod.records.actors import (
    Body,
    BodyKind,
    Office,
    Organization,
    Participant,
    Person,
    Role,
    State,
)
from diplomod.records.agreements import (
    Agreement,
    AgreementKind,
    AgreementRelation,
    AgreementStatus,
    RelationKind,
)
from diplomod.records.dates import DatePart, PartialDate, Precision
from diplomod.records.events import (
    Approximation,
    Call,
    CallMedium,
    Conference,
    Event,
    Meeting,
    MeetingMode,
    Place,
    Visit,
)
from diplomod.records.extraction import Extraction, JSONValue, OpaqueRecord
from diplomod.records.positions import Commitment, Modality, Statement, StatementKind
from diplomod.records.provenance import Evidence, Source, Span

__all__ = [
    "Agreement",
    "AgreementKind",
    "AgreementRelation",
    "AgreementStatus",
    "Approximation",
    "Body",
    "BodyKind",
    "Call",
    "CallMedium",
    "Commitment",
    "Conference",
    "DatePart",
    "Event",
    "Evidence",
    "Extraction",
    "JSONValue",
    "Meeting",
    "MeetingMode",
    "Modality",
    "Office",
    "OpaqueRecord",
    "Organization",
    "PartialDate",
    "Participant",
    "Person",
    "Place",
    "Precision",
    "RelationKind",
    "Role",
    "Source",
    "Span",
    "State",
    "Statement",
    "StatementKind",
    "Visit",
]
