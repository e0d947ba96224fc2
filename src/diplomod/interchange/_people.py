"""Who coded events name: states, organizations, bodies, persons and the posts they hold.

Popolo and JSON-LD exports both read this one index, so a person is the same
node in both: a dataset's merged person is one person; anyone else is told
apart by name and the actor they represent.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Hashable, Iterable

from attrs import Factory, define, frozen

from diplomod.codes.coded import CodedEvent
from diplomod.codes.coder import CodedItem, LossSink, coded_events
from diplomod.errors import ExportError
from diplomod.records import Body, Extraction, PartialDate, Participant, Person, Source
from diplomod.records.codes import is_state_code
from diplomod.records.dataset import Dataset

__all__ = ["Index", "PersonEntry", "PostEntry", "coded_with_people", "index_people", "slug"]

_NOT_WORD = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Return a lowercase ASCII id part for ``text`` (a hash when nothing ASCII is left)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    out = _NOT_WORD.sub("-", folded.lower()).strip("-")
    return out or hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


@frozen(kw_only=True)
class PostEntry:
    """A post (an office) held for an organization or a body of one."""

    id: str
    label: str
    organization: str
    start: PartialDate | None = None
    end: PartialDate | None = None


@frozen(kw_only=True)
class PersonEntry:
    """A person, the actor they represent, the posts they hold and where they are named."""

    id: str
    person: Person
    represents: str | None
    posts: tuple[PostEntry, ...]
    sources: tuple[Source, ...]


@frozen(kw_only=True)
class Index:
    """Every actor, body and person the coded events name, in first-seen order.

    ``person_ids`` holds, for each coded event in the order given, the id of
    the person entry of each of its participants.
    """

    actors: tuple[str, ...]
    bodies: tuple[tuple[str, Body, str], ...]
    persons: tuple[PersonEntry, ...]
    person_ids: tuple[tuple[str, ...], ...] = ()


@define
class _Entry:
    id: str
    person: Person
    represents: str | None
    posts: dict[str, PostEntry] = Factory(dict)
    sources: list[Source] = Factory(list)

    def add_sources(self, sources: Iterable[Source]) -> None:
        self.sources.extend(s for s in sources if s not in self.sources)


def coded_with_people(
    items: Iterable[CodedItem] | Extraction | Dataset, losses: LossSink
) -> tuple[list[CodedEvent], Index]:
    """Return the coded events of ``items`` and the index of who they name.

    The persons of a dataset are its merged persons, one entry each, whether
    or not an exported record names them.
    """
    listed = [items] if isinstance(items, Extraction | Dataset) else list(items)
    events = list(coded_events(listed, losses))
    _refuse_shared_ids(events)
    datasets = [item for item in listed if isinstance(item, Dataset)]
    return events, index_people(events, datasets)


def _refuse_shared_ids(events: Iterable[CodedEvent]) -> None:
    """Raise if two records share an id: linked formats would merge them into one node."""
    seen: dict[str, CodedEvent] = {}
    for event in events:
        other = seen.setdefault(event.id, event)
        if other is not event:
            raise ExportError(
                f"two records share the id {event.id!r} ({other.type} and {event.type}): "
                "linked formats need one id per record; give them distinct ids"
            )


def index_people(events: Iterable[CodedEvent], datasets: Iterable[Dataset] = ()) -> Index:
    """Collect the actors, bodies and persons of ``events`` and the persons of ``datasets``."""
    actors: dict[str, None] = {}
    bodies: dict[str, tuple[str, Body, str]] = {}
    persons: dict[Hashable, _Entry] = {}
    for dataset in datasets:
        sources = {s.id: s for s in dataset.sources}
        for merged in dataset.persons:
            entry = _Entry(
                id=f"person/{merged.id}", person=merged.person, represents=merged.represents
            )
            entry = persons.setdefault(("merged", merged.id), entry)
            if merged.represents is not None:
                actors.setdefault(merged.represents)
            own = Participant(person=merged.person, represents=merged.represents)
            for post in _posts(own, actors, bodies):
                entry.posts.setdefault(post.id, post)
            entry.add_sources(sources.get(r.source) or Source(id=r.source) for r in merged.reports)
    person_ids = []
    for event in events:
        for code in (*event.sources, *event.recipients):
            actors.setdefault(code)
        ids = []
        for n, participant in enumerate(event.participants):
            if participant.represents is not None:
                actors.setdefault(participant.represents)
            merged_id = event.persons[n] if event.persons else None
            key: Hashable = ("merged", merged_id)
            if merged_id is None or key not in persons:
                key = (participant.person.name, participant.represents)
            if key not in persons:
                persons[key] = _Entry(
                    id=_person_id(participant.person.name, participant.represents),
                    person=participant.person,
                    represents=participant.represents,
                )
            entry = persons[key]
            entry.add_sources(r.source for r in event.reports)
            for post in _posts(participant, actors, bodies):
                entry.posts.setdefault(post.id, post)
            ids.append(entry.id)
        person_ids.append(tuple(ids))
    return Index(
        actors=tuple(actors),
        bodies=tuple(bodies.values()),
        persons=tuple(
            PersonEntry(
                id=e.id,
                person=e.person,
                represents=e.represents,
                posts=tuple(e.posts.values()),
                sources=tuple(e.sources),
            )
            for e in persons.values()
        ),
        person_ids=tuple(person_ids),
    )


def _person_id(name: str, represents: str | None) -> str:
    return f"person/{slug(name)}" + (f"-{represents.lower()}" if represents else "")


def _posts(
    participant: Participant,
    actors: dict[str, None],
    bodies: dict[str, tuple[str, Body, str]],
) -> list[PostEntry]:
    posts = []
    for office in participant.person.offices:
        owner = office.organization or office.state or participant.represents
        if owner is None:
            continue
        actors.setdefault(owner)
        organization = owner
        if office.body is not None:
            organization = f"{owner}/{slug(office.body.name)}"
            bodies.setdefault(organization, (organization, office.body, owner))
        posts.append(
            PostEntry(
                id=f"post/{organization.lower()}/{slug(office.title)}",
                label=office.title,
                organization=organization,
                start=office.start,
                end=office.end,
            )
        )
    if not posts and participant.title and participant.represents:
        owner = participant.represents
        posts.append(
            PostEntry(
                id=f"post/{owner.lower()}/{slug(participant.title)}",
                label=participant.title,
                organization=owner,
            )
        )
    return posts


def actor_kind(code: str) -> str:
    """Return ``state`` or ``international organization`` for an actor code."""
    return "state" if is_state_code(code) else "international organization"
