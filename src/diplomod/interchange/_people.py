"""Who coded events name: states, organizations, bodies, persons and the posts they hold.

Popolo and JSON-LD exports both read this one index, so a person is the same
node in both: persons are told apart by name and the actor they represent.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from attrs import frozen

from diplomod.codes.coded import CodedEvent
from diplomod.records import Body, PartialDate, Participant, Person, Source
from diplomod.records.codes import is_state_code

__all__ = ["Index", "PersonEntry", "PostEntry", "index_people", "slug"]

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
    """Every actor, body and person the coded events name, in first-seen order."""

    actors: tuple[str, ...]
    bodies: tuple[tuple[str, Body, str], ...]
    persons: tuple[PersonEntry, ...]


def index_people(events: Iterable[CodedEvent]) -> Index:
    """Collect the actors, bodies and persons of ``events``."""
    actors: dict[str, None] = {}
    bodies: dict[str, tuple[str, Body, str]] = {}
    persons: dict[
        tuple[str, str | None], tuple[Participant, dict[str, PostEntry], list[Source]]
    ] = {}
    for event in events:
        for code in (*event.sources, *event.recipients):
            actors.setdefault(code)
        sources = [r.source for r in event.reports]
        for participant in event.participants:
            if participant.represents is not None:
                actors.setdefault(participant.represents)
            key = (participant.person.name, participant.represents)
            entry = persons.setdefault(key, (participant, {}, []))
            entry[2].extend(s for s in sources if s not in entry[2])
            for post in _posts(participant, actors, bodies):
                entry[1].setdefault(post.id, post)
    return Index(
        actors=tuple(actors),
        bodies=tuple(bodies.values()),
        persons=tuple(
            PersonEntry(
                id=_person_id(p.person.name, p.represents),
                person=p.person,
                represents=p.represents,
                posts=tuple(posts.values()),
                sources=tuple(sources),
            )
            for p, posts, sources in persons.values()
        ),
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
