"""The view of one document every event rule reads: text, sentences, mentions and actors."""

from __future__ import annotations

from bisect import bisect_left

from diplomod.mentions.actors import ActorKind, ActorMention, ReferenceMention
from diplomod.mentions.collect import Mentions
from diplomod.rules.discourse import Discourse
from diplomod.text.document import Document, Sentence
from diplomod.text.lines import LineKind

__all__ = ["EventContext"]


class EventContext:
    """One document with its mentions and discourse, indexed for the event rules."""

    def __init__(self, document: Document, mentions: Mentions, discourse: Discourse) -> None:
        self.document = document
        self.text = document.text
        self.mentions = mentions
        self.discourse = discourse
        self.body: tuple[Sentence, ...] = tuple(
            s for s in document.sentences if s.kind is LineKind.BODY
        )
        self.headings: tuple[Sentence, ...] = tuple(
            s for s in document.sentences if s.kind is LineKind.HEADING
        )
        self._items = sorted(discourse.items, key=lambda i: i.span.start)
        self._item_starts = [i.span.start for i in self._items]
        self.bodies = {a.span.start: a for a in mentions.actors.actors if a.kind is ActorKind.BODY}
        dateline = mentions.dateline
        self.dateline_name = dateline.name if dateline else None
        self.dateline_end = dateline.span.end if dateline else -1

    def items_in(self, start: int, stop: int) -> list[ActorMention | ReferenceMention]:
        """Return the discourse's top-level items inside ``[start, stop)`` (by bisection)."""
        lo = bisect_left(self._item_starts, start)
        hi = bisect_left(self._item_starts, stop, lo)
        return [i for i in self._items[lo:hi] if i.span.end <= stop]
