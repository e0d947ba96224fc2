"""Agreements: titled and untitled instruments, signed, planned or cited."""

from __future__ import annotations

from collections.abc import Sequence

from diplomod.mentions.collect import Mentions
from diplomod.records import Agreement, Event
from diplomod.rules.discourse import Discourse
from diplomod.text.document import Document

__all__ = ["find_agreements"]


def find_agreements(
    document: Document, mentions: Mentions, discourse: Discourse, events: Sequence[Event]
) -> tuple[Agreement, ...]:
    """Return the agreements the document reports, plans or cites."""
    del document, mentions, discourse, events
    return ()
