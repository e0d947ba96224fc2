"""Who took part in an event: the persons near its mentions and the states they represent.

A person of unknown state takes the state of their side of the event word
("Blinken and Austin spoke with Ghani": Austin stands with Blinken), the one
state no other participant represents, or the state hosting the event.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from attrs import evolve

from diplomod.mentions.actors import ActorKind, ActorMention, ReferenceKind, ReferenceMention
from diplomod.records import Office, Participant, Person, Role, Span
from diplomod.records.codes import is_actor_code, is_state_code
from diplomod.rules import event_words as words
from diplomod.rules.entities import PersonEntity
from diplomod.rules.event_context import EventContext
from diplomod.rules.event_mentions import EventMention, window

__all__ = [
    "PersonFinder",
    "Persons",
    "fill_states",
    "host_state",
    "participant",
    "roles",
    "sides",
]

_LEADS = re.compile(
    r"""[ ](?:signed[ ](?:for|on[ ]behalf[ ]of)       # "signed for the United States"
    |led[ ](?:the|their|his|her)[ ](?:[\w.'-]+[ ]){0,3}?delegations?)\b  # "led the U.S. delegation"
    """,
    re.VERBOSE,
)
_REMIT = re.compile(r"[ ](?:of|for|to|on)[ ]|,")  # what ends a title's head
_PARTY_KINDS = (ActorKind.STATE, ActorKind.DEMONYM, ActorKind.ORGANIZATION)
_FOLLOW = 400  # how far after an event's sentence such a sentence may start
_ROLE_SKIP = frozenset({"the", "a", "an", "of", "his", "her", "their", "its", "our", "your"})

Persons = tuple[tuple[PersonEntity, Span], ...]
"""Persons with the span of the mention that names them, in text order."""


class PersonFinder:
    """Finds the persons near the event mentions of one document."""

    def __init__(self, context: EventContext) -> None:
        self.context = context
        self._near: dict[tuple[int, int], Persons] = {}
        self._starts = [s.span.start for s in context.body]
        # persons whose title runs into a title reference before them ("the Special
        # Representative of the UN Secretary-General, Mr. X"): not top-level, read apart
        top = {id(i) for i in context.discourse.items}
        self._hidden = [
            a
            for a in context.mentions.actors.actors
            if a.kind is ActorKind.PERSON and id(a) not in top
        ]
        self._hidden_starts = [a.span.start for a in self._hidden]
        self._holders: dict[frozenset[str], list[PersonEntity]] = {}

    def near(self, m: EventMention) -> Persons:
        """Return the persons named within reach of a mention (not press aides)."""
        start, stop = window(m)
        found = self._near.get((start, stop))
        if found is None:
            found = self._persons_in(start, stop)
            if len(found) < 2:  # "They signed the accord. A signed for X, and B for Y."
                keys = {p.key for p, _ in found}
                found += tuple(p for p in self._leads(m.sentence.end) if p[0].key not in keys)
            self._near[start, stop] = found
        return found

    def _leads(self, end: int) -> Persons:
        """Return the persons of a sentence soon after ``end`` that says who signed for a
        party or led a delegation ("B signed for Armenia", "C led the Thai delegation")."""
        body, text = self.context.body, self.context.text
        n = bisect_left(self._starts, end)
        for sentence in (s.span for s in body[n : n + 3]):
            if sentence.start - end > _FOLLOW:
                break
            if _LEADS.search(text, sentence.start, sentence.end):
                persons = self._persons_in(sentence.start, sentence.end)
                return tuple((self._for(p, s, sentence.end), s) for p, s in persons)
        return ()

    def _for(self, entity: PersonEntity, span: Span, stop: int) -> PersonEntity:
        """Give a person who "signed for Armenia" or "led the Thai delegation" that state."""
        lead = _LEADS.match(self.context.text, span.end)
        if entity.code is not None or lead is None:
            return entity
        for item in self.context.items_in(lead.start(), min(stop, lead.end() + 40)):
            party = item.kind in _PARTY_KINDS or item.kind is ReferenceKind.SIDE
            if party and item.code:  # "for Japan", "the Thai delegation"
                return evolve(entity, code=item.code)
        return entity

    def _persons_in(self, start: int, stop: int) -> Persons:
        """Return the persons named in ``[start, stop)``, each once, not press aides."""
        out: dict[str, tuple[PersonEntity, Span]] = {}
        items: list[ActorMention | ReferenceMention] = list(self.context.items_in(start, stop))
        if self._hidden:
            lo = bisect_left(self._hidden_starts, start)
            hidden = [a for a in self._hidden[lo:] if a.span.start < stop and a.span.end <= stop]
            items = sorted((*items, *hidden), key=lambda i: i.span.start) if hidden else items
        for item in items:
            entity = self._entity(item)
            if entity is None or _press(entity) or entity.key in out:
                continue
            out[entity.key] = (entity, item.span)
        return tuple(out.values())

    def _entity(self, item: ActorMention | ReferenceMention) -> PersonEntity | None:
        """Return the person a mention, name or "he"/"she" stands for."""
        discourse = self.context.discourse
        if isinstance(item, ActorMention):
            return discourse.person(item) if item.kind is ActorKind.PERSON else None
        if item.kind is ReferenceKind.NAME:
            return discourse.person(item)
        if item.kind is ReferenceKind.PRONOUN and item.text.lower() in ("he", "she"):
            return discourse.person(item)
        if item.kind is ReferenceKind.ROLE:
            return self._holder(item)
        return None

    def _holder(self, role: ReferenceMention) -> PersonEntity | None:
        """Return the one person named earlier with a bare title's words ("the Foreign
        Secretary" after "Foreign Secretary Helen Marsh"); None if none or several hold it."""
        words = (role.title or role.text).casefold().split()
        words = [w for w in words if w not in _ROLE_SKIP]
        if not words:
            return None
        key = frozenset(words)
        holders = self._holders.get(key)
        if holders is None:  # once per title: the persons who hold it, by first mention
            holders = self._holders[key] = sorted(
                (
                    p
                    for p in self.context.discourse.persons
                    if p.title and key <= set(p.title.casefold().split())
                ),
                key=lambda p: p.first,
            )
        if len(holders) < 1 or (len(holders) > 1 and holders[1].first < role.span.start):
            return None
        found = holders[0]
        if found.first >= role.span.start:
            return None
        return found if role.code is None or found.code is None or role.code == found.code else None


def participant(entity: PersonEntity) -> Participant:
    """Return the participant record of a person."""
    office = None
    if entity.title and entity.title.strip():  # an office needs a title
        state = entity.code if entity.code and is_state_code(entity.code) else None
        org = entity.code if entity.code and not state and is_actor_code(entity.code) else None
        office = Office(title=entity.title, state=state, organization=org)
    person = Person(
        name=entity.name,
        given_name=entity.given_name,
        family_name=entity.family_name,
        honorific=entity.rank,
        offices=(office,) if office else (),
    )
    code = entity.code if entity.code and is_actor_code(entity.code) else None
    return Participant(person=person, represents=code, title=entity.title)


def sides(anchor: EventMention, persons: Persons, issuer: str | None) -> list[Participant]:
    """Return the participants; one of unknown state takes that of their side, or the issuer's.

    "Blinken and Austin spoke with Ghani": Austin stands on Blinken's side. The one
    person met ("the Minister met Deputy President X") does not stand for the issuer.
    """
    out = [participant(p) for p, _ in persons]
    inside = [
        (p, s)
        for p, s in persons
        if anchor.sentence.start <= s.start < s.end <= anchor.sentence.end
    ]
    by_side = (
        {p.code for p, s in inside if p.code and s.start < anchor.span.start},
        {p.code for p, s in inside if p.code and s.start >= anchor.span.end},
    )
    if len(by_side[0]) == 1 and len(by_side[1]) == 1 and by_side[0] != by_side[1]:
        for n, (entity, span) in enumerate(persons):
            if entity.code is None and (entity, span) in inside:
                side = next(iter(by_side[0] if span.start < anchor.span.start else by_side[1]))
                if is_actor_code(side):  # a participant represents a state or organization
                    out[n] = evolve(out[n], represents=side)
    unknown = [n for n, p in enumerate(out) if p.represents is None]
    represented = {p.represents for p in out}
    if (
        len(unknown) == 1
        and issuer
        and is_actor_code(issuer)
        and issuer not in represented
        and not _met_by_issuer(anchor, persons[unknown[0]][1])
    ):
        out[unknown[0]] = evolve(out[unknown[0]], represents=issuer)
    return out


def _met_by_issuer(anchor: EventMention, span: Span) -> bool:
    """Tell whether a person is the one met: named after the event word in its sentence."""
    return anchor.span.end <= span.start < anchor.sentence.end


def fill_states(participants: list[Participant], countries: Sequence[str]) -> list[Participant]:
    """Give a participant of unknown state the one party no other participant represents."""
    missing = [c for c in countries if c not in {p.represents for p in participants}]
    unknown = [p for p in participants if p.represents is None]
    if len(missing) == 1 and len(unknown) == 1:
        return [evolve(p, represents=missing[0]) if p is unknown[0] else p for p in participants]
    return participants


def host_state(
    countries: tuple[str, ...], participants: list[Participant], host: str
) -> tuple[tuple[str, ...], list[Participant]]:
    """Give participants of unknown state the state hosting the event, or a visit its host."""
    unknown = [p for p in participants if p.represents is None]
    if not unknown:
        return ((*countries, host) if len(countries) < 2 else countries), participants
    filled = [evolve(p, represents=host) if p.represents is None else p for p in participants]
    return (*countries, host), filled


def roles(participants: list[Participant], country: str | None) -> list[Participant]:
    """Mark the participant of the host state host and the others guests."""
    states = {p.represents for p in participants}
    if country is None or country not in states or len(states) < 2:
        return participants
    return [
        evolve(p, role=Role.HOST if p.represents == country else Role.GUEST) for p in participants
    ]


def _press(entity: PersonEntity) -> bool:
    """Tell whether a person reports on events (a spokesperson, an aide)."""
    return _press_title(entity.title or "")


@lru_cache(maxsize=1024)
def _press_title(title: str) -> bool:
    """Tell whether a title is a press one ("spokesperson", "deputy press secretary")."""
    title = _REMIT.split(title.lower(), maxsplit=1)[0]
    head = title.rsplit(" ", 1)[-1]  # "assistant secretary of state": a secretary
    return head in words.PRESS_TITLES or title in words.PRESS_TITLES
