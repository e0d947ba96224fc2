"""Events: meetings, calls, visits and conferences, reported or referred to."""

from __future__ import annotations

from diplomod.mentions.collect import Mentions
from diplomod.records import Event
from diplomod.rules.discourse import Discourse
from diplomod.text.document import Document

__all__ = ["find_events"]


def find_events(document: Document, mentions: Mentions, discourse: Discourse) -> tuple[Event, ...]:
    """Return the events the document reports or refers to, the main one first."""
    del document, mentions, discourse
    return ()
