"""Mentions to records: events, agreements, commitments and statements of one document."""

from __future__ import annotations

import hashlib

from diplomod.mentions.collect import Mentions
from diplomod.records import (
    Commitment,
    Event,
    Evidence,
    Extraction,
    Modality,
    Person,
    Source,
    Statement,
    StatementKind,
)
from diplomod.rules.agreements import find_agreements
from diplomod.rules.discourse import Discourse
from diplomod.rules.events import find_events
from diplomod.rules.evidence import evidence, quoted_id
from diplomod.rules.frames import DEFAULT_FRAMES, FrameTable
from diplomod.rules.parties import find_issuer, speaks_alone
from diplomod.rules.positions import Position, find_positions
from diplomod.text.document import Document
from diplomod.text.lines import LineKind

__all__ = ["build_records"]

_SKIP = frozenset({LineKind.CAPTION, LineKind.BOILERPLATE, LineKind.BYLINE, LineKind.DATELINE})
_HEADER = frozenset({LineKind.HEADING, LineKind.BYLINE, LineKind.DATELINE})


def build_records(
    document: Document, mentions: Mentions, *, frames: FrameTable = DEFAULT_FRAMES
) -> Extraction:
    """Return the records of one document, each with the evidence for its fields."""
    text = document.text
    header = [s.span for s in document.sentences if s.kind in _HEADER]
    issuer = find_issuer(text, mentions.actors, header, document.publisher)
    alone = speaks_alone(text, header)
    discourse = Discourse(text, mentions.actors, issuer=issuer, speaks_alone=alone)
    events = find_events(document, mentions, discourse)
    main = next((e for e in events if not e.referenced), None)
    if main is not None:
        discourse.set_principals(main.countries)
    agreements = find_agreements(document, mentions, discourse, events)
    body = [s.span for s in document.sentences if s.kind not in _SKIP]
    headings = [s.span for s in document.sentences if s.kind is LineKind.HEADING]
    positions = find_positions(text, body, discourse, frames, headings=headings)
    event_id = main.id if main is not None else None
    commitments = tuple(
        _commitment(document, p, event_id) for p in positions if isinstance(p.kind, Modality)
    )
    statements = tuple(
        _statement(document, p, event_id) for p in positions if isinstance(p.kind, StatementKind)
    )
    return Extraction(
        source=_source(document, mentions),
        events=tuple[Event, ...](events),
        agreements=agreements,
        commitments=commitments,
        statements=statements,
    )


def _source(document: Document, mentions: Mentions) -> Source:
    return Source(
        id=document.id,
        url=document.url,
        publisher=document.publisher,
        published=mentions.published,
        sha256=hashlib.sha256(document.raw.encode("utf-8", "surrogatepass")).hexdigest(),
    )


def _evidence(document: Document, p: Position, kind: str) -> tuple[Evidence, Evidence, Evidence]:
    """Return the evidence of a position's record, its trigger (as ``kind``) and content."""
    return (
        evidence(document, "record", p.clause),
        evidence(document, kind, p.trigger),
        evidence(document, "content", p.content),
    )


def _commitment(document: Document, p: Position, event: str | None) -> Commitment:
    assert isinstance(p.kind, Modality)
    record, trigger, content = _evidence(document, p, "modality")
    return Commitment(
        id=quoted_id(document, "commitment", trigger),
        actors=p.actors,
        modality=p.kind,
        content=content.text,
        speakers=tuple(Person(name=name) for name in p.persons),
        negated=p.negated,
        event=event,
        source=document.id,
        evidence=(record, trigger, content),
    )


def _statement(document: Document, p: Position, event: str | None) -> Statement:
    assert isinstance(p.kind, StatementKind)
    record, trigger, content = _evidence(document, p, "kind")
    return Statement(
        id=quoted_id(document, "statement", trigger),
        actors=p.actors,
        kind=p.kind,
        content=content.text,
        target=p.target,
        speakers=tuple(Person(name=name) for name in p.persons),
        negated=p.negated,
        event=event,
        source=document.id,
        evidence=(record, trigger, content),
    )
