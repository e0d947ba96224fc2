"""The view of one document every event rule reads: text, sentences, mentions and actors."""

from __future__ import annotations

from functools import cached_property

from diplomod.mentions.actors import ActorKind, ActorMention, ReferenceMention
from diplomod.mentions.collect import Mentions
from diplomod.rules.discourse import Discourse
from diplomod.text.document import Document, Sentence
from diplomod.text.lines import LineKind

__all__ = ["EventContext"]

_RUNNING = frozenset({LineKind.BODY, LineKind.BULLET})


class EventContext:
    """One document with its mentions and discourse, indexed for the event rules."""

    def __init__(self, document: Document, mentions: Mentions, discourse: Discourse) -> None:
        self.document = document
        self.text = document.text
        self.mentions = mentions
        self.discourse = discourse
        # numbered paragraphs ("1. The two Presidents held talks ...") are running text too
        self.body: list[Sentence] = []
        self.headings: list[Sentence] = []
        for s in document.sentences:
            if s.kind in _RUNNING:
                self.body.append(s)
            elif s.kind is LineKind.HEADING:
                self.headings.append(s)
        dateline = mentions.dateline
        self.dateline_name = dateline.name if dateline else None
        self.dateline_end = dateline.span.end if dateline else -1

    def items_in(self, start: int, stop: int) -> list[ActorMention | ReferenceMention]:
        """Return the discourse's top-level items inside ``[start, stop)``, in text order."""
        return self.discourse.items_in(start, stop)

    def states_in(self, start: int, stop: int) -> list[ActorMention]:
        """Return the top-level mentions of states and organizations inside ``[start, stop)``.

        Persons and bodies (ministries) are left out; so are mentions without a code.
        """
        return [
            i
            for i in self.discourse.items_in(start, stop)
            if isinstance(i, ActorMention)
            and i.code is not None
            and i.kind is not ActorKind.PERSON
            and i.kind is not ActorKind.BODY
        ]

    @cached_property
    def bodies(self) -> dict[int, ActorMention]:
        """Return the mentions of bodies (ministries, palaces) by where they start."""
        return {a.span.start: a for a in self.mentions.actors.actors if a.kind is ActorKind.BODY}
