"""The actors of coded events as Popolo JSON: persons, organizations, posts, memberships.

Follows the Popolo Project data specification (popoloproject.com, JSON
serialization of Person, Organization, Post and Membership, version 0.1 of the
schemas): one document ``{"persons", "organizations", "posts",
"memberships"}`` whose objects refer to each other by ``id``. States and
international organizations are organizations (``classification`` ``state``
or ``international organization``, with their ISO 3166-1 alpha-3 code or
diplomod id under ``identifiers``); government bodies are organizations whose
``parent_id`` is their state; an office is a post of its organization, held
through a membership. Every person lists the documents that name them under
``sources``. A merged dataset gives one person per merged person.

Popolo describes actors, not what they do: the report lists the events,
agreements, commitments and statements it leaves out, and the evidence.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from diplomod.codes.coder import CodedItem
from diplomod.interchange._people import PersonEntry, actor_kind, coded_with_people, slug
from diplomod.interchange.losses import ExportReport, LossLog
from diplomod.records import Extraction, JSONValue
from diplomod.records.codes import organization_name, state_name
from diplomod.records.dataset import Dataset

__all__ = ["to_popolo", "write_popolo"]

_FORMAT = "popolo"
_BODY_KINDS = {"ministry": "ministry", "armed_forces": "armed forces", "legislature": "legislature"}


def to_popolo(
    items: Iterable[CodedItem] | Extraction | Dataset,
) -> tuple[dict[str, JSONValue], ExportReport]:
    """Return the Popolo document of the actors of extractions, datasets or coded events.

    A dataset's persons are its merged persons, one Popolo person each.
    Returns the document and the report of what it leaves out.
    """
    losses = LossLog()
    events, index = coded_with_people(items, losses)
    for event in events:
        losses.add("record", "Popolo holds people and organizations, not events", event.id)
        if any(r.evidence for r in event.reports):
            losses.add("evidence", "Popolo sources are documents, not character spans", event.id)
        if event.links:
            losses.add("links", "Popolo holds no relations between records", event.id)
    organizations: list[JSONValue] = [_organization(code) for code in index.actors]
    for body_id, body, owner in index.bodies:
        organization: dict[str, JSONValue] = {
            "id": body_id,
            "name": body.name,
            "classification": _BODY_KINDS.get(body.kind.value, "government body"),
            "parent_id": owner,
        }
        organizations.append(organization)
    persons: list[JSONValue] = []
    posts: dict[str, JSONValue] = {}
    memberships: list[JSONValue] = []
    for entry in index.persons:
        persons.append(_person(entry))
        for post in entry.posts:
            posts.setdefault(
                post.id, {"id": post.id, "label": post.label, "organization_id": post.organization}
            )
            membership: dict[str, JSONValue] = {
                "id": f"membership/{slug(entry.id)}/{slug(post.id)}",
                "person_id": entry.id,
                "organization_id": post.organization,
                "post_id": post.id,
                "role": post.label,
            }
            if post.start is not None:
                membership["start_date"] = post.start.iso()
            if post.end is not None:
                membership["end_date"] = post.end.iso()
            memberships.append(membership)
        if not entry.posts and entry.represents is not None:
            memberships.append(
                {
                    "id": f"membership/{slug(entry.id)}/{entry.represents.lower()}",
                    "person_id": entry.id,
                    "organization_id": entry.represents,
                }
            )
    document: dict[str, JSONValue] = {
        "persons": persons,
        "organizations": organizations,
        "posts": list(posts.values()),
        "memberships": memberships,
    }
    written = len(persons) + len(organizations) + len(posts) + len(memberships)
    return document, losses.report(_FORMAT, written)


def write_popolo(
    items: Iterable[CodedItem] | Extraction | Dataset, out: TextIO | str | Path
) -> ExportReport:
    """Write the Popolo document as JSON to a path or open text file."""
    document, report = to_popolo(items)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if isinstance(out, str | Path):
        Path(out).write_text(text, encoding="utf-8")
    else:
        out.write(text)
    return report


def _organization(code: str) -> dict[str, JSONValue]:
    kind = actor_kind(code)
    scheme = "ISO 3166-1 alpha-3" if kind == "state" else "diplomod"
    return {
        "id": code,
        "name": state_name(code) or organization_name(code) or code,
        "classification": kind,
        "identifiers": [{"scheme": scheme, "identifier": code}],
    }


def _person(entry: PersonEntry) -> dict[str, JSONValue]:
    person = entry.person
    out: dict[str, JSONValue] = {"id": entry.id, "name": person.name}
    for key, value in (
        ("given_name", person.given_name),
        ("family_name", person.family_name),
        ("honorific_prefix", person.honorific),
    ):
        if value is not None:
            out[key] = value
    if entry.sources:
        out["sources"] = [
            {"url": s.url, "note": s.id} if s.url is not None else {"note": s.id}
            for s in entry.sources
        ]
    return out
