"""Evidence and ids: tie a record's fields to raw-text spans of its document."""

from __future__ import annotations

from diplomod.records import Evidence, Span
from diplomod.text.document import Document, raw_span

__all__ = ["evidence", "quoted_id", "record_id"]


def evidence(document: Document, field: str, span: Span) -> Evidence:
    """Return the evidence that ``span`` of the normalized text gives for ``field``.

    The evidence quotes the raw text, so ``raw[e.span.start:e.span.end] == e.text``.
    """
    raw = raw_span(document, span)
    return Evidence(field=field, span=raw, text=document.raw[raw.start : raw.end])


def record_id(document: Document, tag: str, span: Span) -> str:
    """Return a stable id for a record of type ``tag`` read from ``span``."""
    raw = raw_span(document, span)
    return f"{document.id}:{tag}:{raw.start}-{raw.end}"


def quoted_id(document: Document, tag: str, quoted: Evidence) -> str:
    """Return the id :func:`record_id` gives a record of type ``tag`` read from the span
    that ``quoted`` (from :func:`evidence`) quotes: its raw span is already known.
    """
    return f"{document.id}:{tag}:{quoted.span.start}-{quoted.span.end}"
