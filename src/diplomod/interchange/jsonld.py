"""Coded events and their actors as JSON-LD with schema.org types.

One document ``{"@context", "@graph"}`` (JSON-LD 1.1). The context is inline
(``@vocab`` https://schema.org/, no remote context to fetch), so any JSON-LD
processor expands it offline. Nodes: every coded event is a schema.org
``Event`` (``startDate``, ``location`` as a ``Place`` with a
``PostalAddress``, ``attendee``, ``organizer`` for hosts, ``about`` for the
target of a statement or the agreement signed, ``superEvent`` for the
meeting a commitment was made at, ``subjectOf`` for the source documents);
states are ``GovernmentOrganization`` nodes serving a ``Country``,
international organizations ``Organization`` nodes, persons ``Person`` nodes
with ``jobTitle`` and ``affiliation``. The event codes, which schema.org has
no terms for, use the terms ``cameo``, ``goldstein``, ``plover``,
``ploverMode``, ``ploverContext``, ``ploverScale`` and ``quadClass`` of the
vocabulary ``urn:diplomod:vocab:``. Node ids are ``urn:diplomod:`` URNs.

A merged dataset gives one ``Event`` per merged record, its ``subjectOf``
every source document, one ``Person`` per merged person, and its links as
``dm:reference``, ``dm:followThrough`` and ``dm:signedAt`` references from
the record a link starts from to its target.

The report lists what the graph leaves out: evidence offsets, guessed dates
and parts of months (a date stands at its ISO precision).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

import pycountry

from diplomod.codes.coded import CodedEvent
from diplomod.codes.coder import CodedItem
from diplomod.codes.plover import PloverEvent
from diplomod.interchange._people import PersonEntry, coded_with_people
from diplomod.interchange.losses import ExportReport, LossLog
from diplomod.records import Extraction, JSONValue, Place, Role, Source
from diplomod.records.codes import is_state_code, organization_name, state_name
from diplomod.records.dataset import Dataset, LinkKind
from diplomod.records.dates import format_duration

__all__ = ["JSONLD_CONTEXT", "to_jsonld", "write_jsonld"]

#: The inline context of every document: schema.org plus diplomod's code terms.
JSONLD_CONTEXT: dict[str, JSONValue] = {
    "@vocab": "https://schema.org/",
    "dm": "urn:diplomod:vocab:",
    "cameo": "dm:cameo",
    "goldstein": "dm:goldstein",
    "plover": "dm:plover",
    "ploverMode": "dm:ploverMode",
    "ploverContext": "dm:ploverContext",
    "ploverScale": "dm:ploverScale",
    "quadClass": "dm:quadClass",
    "negated": "dm:negated",
    "recordType": "dm:recordType",
}

_FORMAT = "jsonld"
#: The property each kind of dataset link is written as (compact IRIs in ``dm:``).
_LINK_TERMS = {
    LinkKind.REFERENCE: "dm:reference",
    LinkKind.FOLLOW_THROUGH: "dm:followThrough",
    LinkKind.SIGNED_AT: "dm:signedAt",
}
_ONLINE: dict[str, JSONValue] = {"@id": "https://schema.org/OnlineEventAttendanceMode"}


def _iri(kind: str, key: str) -> str:
    return f"urn:diplomod:{kind}:{quote(key, safe='-._~')}"


def _ref(iri: str) -> dict[str, JSONValue]:
    return {"@id": iri}


def to_jsonld(
    items: Iterable[CodedItem] | Extraction | Dataset,
) -> tuple[dict[str, JSONValue], ExportReport]:
    """Return the JSON-LD document of extractions, datasets or coded events, and the report."""
    losses = LossLog()
    events, index = coded_with_people(items, losses)
    graph: list[JSONValue] = [_actor(code) for code in index.actors]
    graph.extend(_person(entry) for entry in index.persons)
    for event, person_ids in zip(events, index.person_ids, strict=True):
        graph.append(_event(event, person_ids, losses))
    document: dict[str, JSONValue] = {"@context": JSONLD_CONTEXT, "@graph": graph}
    return document, losses.report(_FORMAT, len(graph))


def write_jsonld(
    items: Iterable[CodedItem] | Extraction | Dataset, out: TextIO | str | Path
) -> ExportReport:
    """Write the JSON-LD document to a path or open text file."""
    document, report = to_jsonld(items)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if isinstance(out, str | Path):
        Path(out).write_text(text, encoding="utf-8")
    else:
        out.write(text)
    return report


def _actor(code: str) -> dict[str, JSONValue]:
    if is_state_code(code):
        name = state_name(code) or code
        return {
            "@id": _iri("actor", code),
            "@type": "GovernmentOrganization",
            "name": f"Government of {name}",
            "identifier": code,
            "areaServed": {"@type": "Country", "name": name, "identifier": code},
        }
    return {
        "@id": _iri("actor", code),
        "@type": "Organization",
        "name": organization_name(code) or code,
        "alternateName": code,
        "identifier": code,
    }


def _person(entry: PersonEntry) -> dict[str, JSONValue]:
    person = entry.person
    node: dict[str, JSONValue] = {
        "@id": _iri("person", entry.id.removeprefix("person/")),
        "@type": "Person",
        "name": person.name,
    }
    for key, value in (
        ("givenName", person.given_name),
        ("familyName", person.family_name),
        ("honorificPrefix", person.honorific),
    ):
        if value is not None:
            node[key] = value
    if entry.posts:
        node["jobTitle"] = [post.label for post in entry.posts]
    if entry.represents is not None:
        node["affiliation"] = _ref(_iri("actor", entry.represents))
    return node


def _event(
    event: CodedEvent,
    person_ids: tuple[str, ...],
    losses: LossLog,
) -> dict[str, JSONValue]:
    code = event.code
    node: dict[str, JSONValue] = {
        "@id": _iri("event", event.id),
        "@type": "Event",
        "name": f"{code.cameo_name} ({', '.join(event.sources) or 'unknown'})",
        "recordType": event.type,
        "cameo": code.cameo,
        "goldstein": code.goldstein,
        "plover": code.plover.value,
        "ploverScale": code.scale,
        "quadClass": int(code.cameo_quad),
    }
    if code.mode is not None:
        node["ploverMode"] = code.mode
    if code.contexts:
        node["ploverContext"] = list(code.contexts)
    if event.text is not None:
        node["description"] = event.text
    if event.negated:
        node["negated"] = True
    if event.date is not None:
        if event.date_inferred:
            losses.add("date guess", "schema.org cannot mark a guessed date", event.id)
        else:
            node["startDate"] = event.date.iso()
            if event.date.part is not None:
                losses.add("date part", "early, mid or late is not kept", event.id)
    if event.duration is not None:
        node["duration"] = format_duration(event.duration)
    if event.place is not None:
        node["location"] = _place(event.place)
    if code.mode == "phone":
        node["eventAttendanceMode"] = _ONLINE
    attendees: list[JSONValue] = [_ref(_iri("actor", a)) for a in event.sources]
    hosts: list[JSONValue] = []
    if code.plover is PloverEvent.CONSULT:
        hosts.extend(_ref(_iri("actor", a)) for a in event.recipients)
    elif event.recipients:
        node["about"] = [_ref(_iri("actor", a)) for a in event.recipients]
    for participant, person_id in zip(event.participants, person_ids, strict=True):
        ref = _ref(_iri("person", person_id.removeprefix("person/")))
        (hosts if participant.role in (Role.HOST, Role.CHAIR) else attendees).append(ref)
    if attendees:
        node["attendee"] = attendees
    if hosts:
        node["organizer"] = hosts
    if event.type == "agreement" and event.text is not None:
        work: dict[str, JSONValue] = {"@type": "CreativeWork", "name": event.text}
        node["about"] = work
    if event.link is not None:
        node["superEvent"] = _ref(_iri("event", event.link))
    links: dict[str, list[JSONValue]] = {}
    for link in event.links:
        links.setdefault(_LINK_TERMS[link.kind], []).append(_ref(_iri("event", link.target)))
        losses.add("link provenance", "the rule and sources behind a link are not kept", event.id)
    node.update(links)
    if event.reports:
        node["subjectOf"] = [_source(r.source) for r in event.reports]
        if any(r.evidence for r in event.reports):
            losses.add("evidence", "schema.org has no character offsets", event.id)
    return node


def _place(place: Place) -> dict[str, JSONValue]:
    node: dict[str, JSONValue] = {"@type": "Place"}
    name = place.venue or place.city
    if name is not None:
        node["name"] = name
    address: dict[str, JSONValue] = {"@type": "PostalAddress"}
    if place.city is not None:
        address["addressLocality"] = place.city
    if place.country is not None:
        country = pycountry.countries.get(alpha_3=place.country)
        address["addressCountry"] = country.alpha_2 if country is not None else place.country
    if len(address) > 1:
        node["address"] = address
    return node


def _source(source: Source) -> dict[str, JSONValue]:
    node: dict[str, JSONValue] = {
        "@id": _iri("source", source.id),
        "@type": "CreativeWork",
        "identifier": source.id,
    }
    if source.url is not None:
        node["url"] = source.url
    if source.title is not None:
        node["name"] = source.title
    if source.publisher is not None:
        node["publisher"] = {"@type": "Organization", "name": source.publisher}
    if source.published is not None:
        node["datePublished"] = source.published.isoformat()
    return node
