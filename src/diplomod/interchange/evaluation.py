"""Write an extraction in the evaluation view ``diplomod-gold/1`` (``shared/eval/FORMAT.md``).

The view is flat and library-neutral: guessed dates are left out, parts of
months are written at month precision, a meeting held by video is a call, and
kinds outside the view's closed vocabularies fall back to the nearest one it has.
"""

from __future__ import annotations

from diplomod.records import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Commitment,
    Event,
    Extraction,
    JSONValue,
    Meeting,
    MeetingMode,
    OpaqueRecord,
    Statement,
)
from diplomod.registry import record_type, tag_of

__all__ = ["EVALUATION_FORMAT", "to_evaluation_view"]

EVALUATION_FORMAT = "diplomod-gold/1"

_KINDS = {AgreementKind.DECLARATION: "other"}
_STATUS = {AgreementStatus.NEGOTIATING: "planned", AgreementStatus.IN_FORCE: "signed"}
_EVENT_TYPES = ("meeting", "call", "visit", "conference")


def to_evaluation_view(
    extraction: Extraction, *, document: str | None = None
) -> dict[str, JSONValue]:
    """Return the evaluation view of one document's records.

    ``document`` is the file name the view names (default: the source id + ``.txt``).
    A negated position ("did not agree on a date") is no commitment or statement of
    the view: its actors did not take it.
    """
    published = extraction.source.published
    return {
        "format": EVALUATION_FORMAT,
        "document": document or f"{extraction.source.id}.txt",
        "published": published.isoformat() if published else None,
        "events": [_event(e) for e in extraction.events if isinstance(e, Event)],
        "agreements": [_agreement(a) for a in extraction.agreements],
        "commitments": [_commitment(c) for c in extraction.commitments if not c.negated],
        "statements": [_statement(s) for s in extraction.statements if not s.negated],
    }


def _event_type(event: Event) -> str:
    if isinstance(event, Meeting) and event.mode is MeetingMode.VIRTUAL:
        return "call"  # the view's "call" is any telephone or video contact
    tag = tag_of(type(event))
    if tag in _EVENT_TYPES:
        return tag
    for cls in type(event).__mro__[1:]:
        entry = record_type(_safe_tag(cls))
        if entry is not None and entry.tag in _EVENT_TYPES:
            return entry.tag
    return tag


def _safe_tag(cls: type) -> str:
    try:
        return tag_of(cls)
    except ValueError:
        return ""


def _event(event: Event | OpaqueRecord) -> dict[str, JSONValue]:
    assert isinstance(event, Event)
    place = event.place
    return {
        "type": _event_type(event),
        "date": None if event.date is None or event.date_inferred else event.date.iso(),
        "time": event.time.strftime("%H:%M") if event.time else None,
        "duration_minutes": int(event.duration.total_seconds() // 60) if event.duration else None,
        "venue": place.venue if place else None,
        "city": place.city if place else None,
        "country": place.country if place else None,
        "countries": list(event.countries),
        "participants": [
            {"name": p.person.name, "country": p.represents, "title": p.title}
            for p in event.participants
        ],
        "ordinal": event.ordinal,
        "referenced": event.referenced,
    }


def _agreement(agreement: Agreement) -> dict[str, JSONValue]:
    return {
        "title": agreement.title,
        "kind": _KINDS.get(agreement.kind, agreement.kind.value),
        "parties": list(agreement.parties),
        "status": _STATUS.get(agreement.status, agreement.status.value),
        "date": agreement.date.iso() if agreement.date else None,
        "city": agreement.place.city if agreement.place else None,
        "topics": list(agreement.topics),
    }


def _commitment(commitment: Commitment) -> dict[str, JSONValue]:
    return {
        "actors": list(commitment.actors),
        "modality": commitment.modality.value,
        "text": commitment.content,
        "negated": commitment.negated,
    }


def _statement(statement: Statement) -> dict[str, JSONValue]:
    return {
        "actors": list(statement.actors),
        "kind": statement.kind.value,
        "target": statement.target,
        "text": statement.content,
        "negated": statement.negated,
    }
