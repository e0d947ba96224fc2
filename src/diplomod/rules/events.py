"""Events: meetings, calls, visits and conferences, reported or referred to.

The flow: find the event mentions of the body sentences
(:mod:`~diplomod.rules.event_mentions`), group them into drafts of events
(:mod:`~diplomod.rules.event_groups`), and build one record per draft, with
its date, time, duration, place (:mod:`~diplomod.rules.event_places`) and
participants (:mod:`~diplomod.rules.event_people`).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from typing import Any, Generic, TypeVar

import attrs
from attrs import evolve

from diplomod.mentions.collect import Mentions
from diplomod.mentions.times import DurationMention, TimeMention
from diplomod.records import (
    Approximation,
    Call,
    CallMedium,
    Conference,
    Event,
    Evidence,
    Meeting,
    MeetingMode,
    Participant,
    Place,
    Span,
    Visit,
)
from diplomod.records.codes import is_actor_code
from diplomod.registry import event_types, generation
from diplomod.rules.discourse import Discourse
from diplomod.rules.event_context import EventContext
from diplomod.rules.event_dates import EventDates, distance
from diplomod.rules.event_groups import Draft, Grouper
from diplomod.rules.event_mentions import EventMention, MentionFinder
from diplomod.rules.event_people import (
    PersonFinder,
    Persons,
    fill_states,
    host_state,
    participant,
    roles,
    sides,
)
from diplomod.rules.event_places import PlaceFinder
from diplomod.rules.evidence import evidence, record_id
from diplomod.text.document import Document

__all__ = ["find_events"]

_BUILTIN: dict[str, type[Event]] = {
    "meeting": Meeting,
    "call": Call,
    "visit": Visit,
    "conference": Conference,
}
_MEDIA = {m.value: m for m in CallMedium}
_APPROXIMATIONS = {a.value: a for a in Approximation}
_GIVEN = frozenset({"id", "countries", "participants", "referenced", "source", "evidence"})
_MEMBERS = 12  # how many mentions of one event are read for its place and persons
_M = TypeVar("_M", TimeMention, DurationMention)


def find_events(document: Document, mentions: Mentions, discourse: Discourse) -> tuple[Event, ...]:
    """Return the events the document reports or refers to, the main one first.

    Never raises on any text; an event of a registered type whose class needs a
    value the rules cannot give (a field without a default) is left out.
    """
    return _Builder(document, mentions, discourse).run()


class _Builder:
    """Finds the events of one document and builds their records."""

    def __init__(self, document: Document, mentions: Mentions, discourse: Discourse) -> None:
        self.document = document
        self.text = document.text
        self.mentions = mentions
        self.discourse = discourse
        self.context = context = EventContext(document, mentions, discourse)
        dates = EventDates(self.text, mentions)
        self.finder = MentionFinder(context, dates)
        self.persons = PersonFinder(context)
        self.places = PlaceFinder(context)
        self.grouper = Grouper(context, self.finder, self.persons, dates)
        self.times = _Clock(mentions.times)
        self.durations = _Clock(
            [d for d in mentions.durations if not _relative_length(self.text, d.span)]
        )
        self.classes = _classes(generation())

    def run(self) -> tuple[Event, ...]:
        """Return the document's events; the main one refers to the earlier ones."""
        drafts = self.grouper.drafts(self.finder.body())
        events = [e for d in drafts if (e := self._event(d)) is not None]
        main = next((e for e in events if not e.referenced), None)
        refs = tuple(dict.fromkeys(e.id for e in events if e.referenced))
        if main is not None and refs:
            events[events.index(main)] = evolve(main, references=refs)
        return tuple(events)

    def _event(self, draft: Draft) -> Event | None:
        """Return the record of a draft, or None for a type the rules cannot build."""
        doc, anchor = self.document, draft.anchor
        cls = self.classes.get(draft.tag)
        if cls is None:
            return None
        proofs = [evidence(doc, "record", anchor.sentence)]
        fields: dict[str, Any] = {}
        when = draft.date
        if when is not None:
            fields["date"] = when[0]
            proofs.append(evidence(doc, "date", when[1]))
        if not draft.referenced or draft.side:  # "the third meeting" counts the reported event
            ordinal = next((o for m in draft.members if (o := self.finder.ordinal(m))), None)
            if ordinal is not None:
                fields["ordinal"] = ordinal[0]
                proofs.append(evidence(doc, "ordinal", ordinal[1]))
        participants: list[Participant] = []
        if not draft.referenced:
            fields.update(self._clock(draft, proofs))
            # a participant needs a name (a record without one would be invalid)
            persons = tuple(p for p in self._enough(draft) if p[0].name.strip())
            participants = sides(draft.anchor, persons, self.discourse.issuer)
            proofs.extend(evidence(doc, "participants", s) for _, s in persons)
        elif draft.side and draft.persons:  # the traveller of a planned trip
            participants = self._travellers(draft)
            proofs.extend(evidence(doc, "participants", s) for _, s in draft.persons)
        countries = self._countries(draft, participants)
        if not draft.side:
            participants = fill_states(participants, countries)
        place = None
        if draft.tag != "call":
            place, found = self.places.place(anchor, draft.members[:_MEMBERS])
            proofs.extend(evidence(doc, field, span) for field, span in found)
        if place is not None:
            fields["place"] = place
            if place.country and place.country not in countries and not draft.referenced:
                countries, participants = host_state(countries, participants, place.country)
            participants = roles(participants, place.country)
        fields.update(self._kind_fields(cls, draft, place))
        return cls(
            id=record_id(doc, draft.tag, draft.key or anchor.span),
            countries=countries,
            participants=tuple(participants),
            referenced=draft.referenced,
            source=doc.id,
            evidence=tuple(proofs),
            **fields,
        )

    def _travellers(self, draft: Draft) -> list[Participant]:
        """Return the traveller of a planned trip; one of unknown state takes the other party's.

        "The leaders agreed that Blinken will visit China": of the two parties, China is
        the destination, so Blinken stands for the other.
        """
        out = [participant(p) for p, _ in draft.persons]
        destination = {c for m in draft.members for c in m.parties}
        others = [c for c in self.discourse.principals() if c not in destination]
        if len(others) == 1:
            out = [evolve(p, represents=others[0]) if p.represents is None else p for p in out]
        return out

    def _kind_fields(self, cls: type, draft: Draft, place: Place | None) -> dict[str, object]:
        """Return the fields of one type: a call's medium, a meeting's mode, a visit's host."""
        triggers = [m.trigger for m in draft.members]
        if issubclass(cls, Call):
            medium = next((t.medium for t in triggers if t.medium), None)
            return {"medium": _MEDIA[medium]} if medium in _MEDIA else {}
        if issubclass(cls, Meeting) and any(t.virtual for t in triggers):
            return {"mode": MeetingMode.VIRTUAL}
        if issubclass(cls, Visit) and place is not None and place.country:
            return {"host": place.country}
        return {}

    def _clock(self, draft: Draft, proofs: list[Evidence]) -> dict[str, object]:
        """Return the time and duration of an event, adding their evidence to ``proofs``."""
        out: dict[str, object] = {}
        sentences = [m.sentence for m in draft.members]
        time = self.times.nearest(draft.anchor, sentences)
        if time is not None:
            out["time"] = time.time
            proofs.append(evidence(self.document, "time", time.span))
        duration = self.durations.nearest(draft.anchor, sentences, follow=self._follow(draft))
        if duration is not None and duration.minutes > 0:
            out["duration"] = dt.timedelta(minutes=duration.minutes)
            if duration.qualifier is not None and duration.qualifier.value in _APPROXIMATIONS:
                out["duration_approximation"] = _APPROXIMATIONS[duration.qualifier.value]
            proofs.append(evidence(self.document, "duration", duration.span))
        return out

    def _follow(self, draft: Draft) -> Span | None:
        """Return the sentence after the anchor's, where "It lasted an hour" may stand."""
        body = self.context.body
        index = next((i for i, s in enumerate(body) if s.span == draft.anchor.sentence), None)
        if index is None or index + 1 >= len(body):
            return None
        return body[index + 1].span

    def _enough(self, draft: Draft) -> Persons:
        """Return the anchor's persons, plus persons of other members for missing states."""
        persons = list(draft.persons or self.persons.near(draft.anchor))
        if draft.key is not None:
            return tuple(persons)
        for m in draft.members[:_MEMBERS]:
            if len({p.code for p, _ in persons if p.code}) >= 2:
                break
            for entity, span in self.persons.near(m):
                states = {p.code for p, _ in persons}
                keys = {p.key for p, _ in persons}
                if entity.key not in keys and (entity.code is None or entity.code not in states):
                    persons.append((entity, span))
        return tuple(persons)

    def _countries(self, draft: Draft, participants: Sequence[Participant]) -> tuple[str, ...]:
        """Return the parties: those of the participants and names, else the document's."""
        codes: list[str] = [p.represents for p in participants if p.represents]
        for m in draft.members:
            codes.extend(m.parties)
        principals = self.discourse.principals()
        we = self.discourse.we()
        if not codes and not draft.referenced and not draft.side and len(we) >= 2:
            codes.extend(we)  # "We, the Foreign Ministers of A, B and C, met in ..."
        if draft.side:  # a named event's own parties, else the document's
            return tuple(c for c in dict.fromkeys(codes or principals) if is_actor_code(c))
        if draft.referenced or (len(set(codes)) < 2 and draft.tag in ("meeting", "call")):
            codes.extend(principals if draft.referenced or codes else principals[:2])
        if len(set(codes)) < 2 and draft.tag in ("meeting", "call"):
            codes.extend(principals)
        return tuple(c for c in dict.fromkeys(codes) if is_actor_code(c))


def _relative_length(text: str, span: Span) -> bool:
    """Tell whether a duration compares ("35 minutes longer") rather than measures."""
    after = text[span.end : span.end + 12].lower()
    return after.lstrip().startswith(("longer", "shorter", "late", "early", "before", "after"))


class _Clock(Generic[_M]):
    """Times or durations of one document in text order, to look up by sentence."""

    def __init__(self, items: Sequence[_M]) -> None:
        self.items: list[_M] = sorted(items, key=lambda i: i.span.start)  # in order already
        self.starts = [i.span.start for i in self.items]

    def nearest(
        self, anchor: EventMention, sentences: Sequence[Span], follow: Span | None = None
    ) -> _M | None:
        """Return the item nearest the anchor in its sentence, else the first in the others."""
        items, starts = self.items, self.starts
        here = anchor.sentence
        lo = bisect_left(starts, here.start)
        hi = bisect_left(starts, here.end, lo)
        if lo < hi:
            return min(items[lo:hi], key=lambda i: distance(anchor.span, i.span))
        for sentence in (*sentences, *([follow] if follow else [])):
            at = bisect_left(starts, sentence.start)
            if at < len(starts) and starts[at] < sentence.end:
                return items[at]
        return None


@cache
def _classes(version: int) -> dict[str, type[Event]]:
    """Return the class of each event tag: the built-in ones, and registered ones we can build.

    A registered class with a field the rules cannot fill (no default) is left out.
    """
    del version
    out: dict[str, type[Event]] = {}
    for entry in event_types():
        cls = entry.cls
        if isinstance(cls, type) and issubclass(cls, Event) and _buildable(cls):
            out[entry.tag] = cls
    return {**out, **_BUILTIN}


def _buildable(cls: type[Event]) -> bool:
    """Tell whether every field of ``cls`` the rules may leave out has a default."""
    return all(
        f.default is not attrs.NOTHING or f.name in _GIVEN or not f.init for f in attrs.fields(cls)
    )
