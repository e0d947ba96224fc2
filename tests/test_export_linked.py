"""Linked data: actors as Popolo, the dataset as JSON-LD checked with a JSON-LD processor."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from export_data import EXTRACTION, MEETING, SOURCE
from hypothesis import given, settings
from pyld import jsonld

from diplomod import ExportError
from diplomod.codes import coded_events
from diplomod.interchange import to_jsonld, to_popolo, write_jsonld, write_popolo
from diplomod.records import Extraction, JSONValue
from diplomod.testing import extractions

SCHEMA = "https://schema.org/"


# --- Popolo -------------------------------------------------------------------------------


def _ids(document: dict[str, JSONValue], key: str) -> set[str]:
    return {str(item["id"]) for item in document[key]}  # type: ignore[index, union-attr]


def _references_resolve(document: dict[str, JSONValue]) -> None:
    persons, organizations = _ids(document, "persons"), _ids(document, "organizations")
    posts = _ids(document, "posts")
    for post in document["posts"]:  # type: ignore[union-attr]
        assert post["organization_id"] in organizations  # type: ignore[index]
    for membership in document["memberships"]:  # type: ignore[union-attr]
        assert membership["person_id"] in persons  # type: ignore[index]
        assert membership["organization_id"] in organizations  # type: ignore[index]
        post = membership.get("post_id")  # type: ignore[union-attr]
        assert post is None or post in posts
    for organization in document["organizations"]:  # type: ignore[union-attr]
        parent = organization.get("parent_id")  # type: ignore[union-attr]
        assert parent is None or parent in organizations


def test_popolo_holds_the_readouts_people_posts_and_states() -> None:
    document, report = to_popolo(EXTRACTION)
    persons = {p["id"]: p for p in document["persons"]}  # type: ignore[index, union-attr]
    assert set(persons) == {"person/penny-wong-aus", "person/retno-marsudi-idn"}
    wong = persons["person/penny-wong-aus"]
    assert (wong["given_name"], wong["family_name"]) == ("Penny", "Wong")  # type: ignore[index]
    assert wong["sources"] == [{"url": SOURCE.url, "note": SOURCE.id}]  # type: ignore[index]
    organizations = {o["id"]: o for o in document["organizations"]}  # type: ignore[index, union-attr]
    assert set(organizations) == {"AUS", "IDN", "PRK", "ASEAN"}
    assert organizations["AUS"]["classification"] == "state"  # type: ignore[index]
    assert organizations["ASEAN"]["classification"] == "international organization"  # type: ignore[index]
    assert organizations["IDN"]["identifiers"] == [  # type: ignore[index]
        {"scheme": "ISO 3166-1 alpha-3", "identifier": "IDN"}
    ]
    assert document["posts"] == [
        {"id": "post/aus/foreign-minister", "label": "Foreign Minister", "organization_id": "AUS"},
        {"id": "post/idn/foreign-minister", "label": "Foreign Minister", "organization_id": "IDN"},
    ]
    assert [(m["person_id"], m["post_id"]) for m in document["memberships"]] == [  # type: ignore[index, union-attr]
        ("person/penny-wong-aus", "post/aus/foreign-minister"),
        ("person/retno-marsudi-idn", "post/idn/foreign-minister"),
    ]
    _references_resolve(document)
    dropped = {d.what: d.records for d in report.dropped}
    assert len(dropped["record"]) == 6  # Popolo holds no events
    assert MEETING.id in dropped["evidence"]


def test_popolo_is_written_as_json(tmp_path: Path) -> None:
    out = tmp_path / "actors.json"
    report = write_popolo(EXTRACTION, out)
    document = json.loads(out.read_text("utf-8"))
    assert report.written == sum(len(document[k]) for k in document)


# --- JSON-LD --------------------------------------------------------------------------------


def _types(expanded: list[dict[str, object]]) -> set[str]:
    return {t for node in expanded for t in node.get("@type", ())}  # type: ignore[attr-defined]


def _node(expanded: list[dict[str, object]], iri: str) -> dict[str, object]:
    return next(node for node in expanded if node.get("@id") == iri)


def test_jsonld_expands_to_schema_org_events_people_and_organizations() -> None:
    document, report = to_jsonld(EXTRACTION)
    expanded = jsonld.expand(document)
    assert {SCHEMA + "Event", SCHEMA + "Person", SCHEMA + "Organization"} <= _types(expanded)
    assert SCHEMA + "GovernmentOrganization" in _types(expanded)
    meeting = _node(expanded, "urn:diplomod:event:au-id-readout%3Ameeting")
    assert meeting[SCHEMA + "startDate"] == [{"@value": "2024-05-01"}]
    assert meeting["urn:diplomod:vocab:cameo"] == [{"@value": "042"}]
    assert meeting["urn:diplomod:vocab:plover"] == [{"@value": "CONSULT"}]
    organizers = {ref["@id"] for ref in meeting[SCHEMA + "organizer"]}  # type: ignore[attr-defined]
    attendees = {ref["@id"] for ref in meeting[SCHEMA + "attendee"]}  # type: ignore[attr-defined]
    assert organizers == {"urn:diplomod:actor:IDN", "urn:diplomod:person:retno-marsudi-idn"}
    assert attendees == {"urn:diplomod:actor:AUS", "urn:diplomod:person:penny-wong-aus"}
    place = meeting[SCHEMA + "location"][0]  # type: ignore[index]
    assert place[SCHEMA + "address"][0][SCHEMA + "addressCountry"] == [{"@value": "ID"}]
    commitment = _node(expanded, "urn:diplomod:event:au-id-readout%3Acommitment")
    assert commitment[SCHEMA + "superEvent"] == [{"@id": meeting["@id"]}]
    source = commitment[SCHEMA + "subjectOf"][0]  # type: ignore[index]
    assert source[SCHEMA + "url"] == [{"@value": SOURCE.url}]
    assert {d.what for d in report.dropped} == {"evidence"}


def test_jsonld_is_written_as_json(tmp_path: Path) -> None:
    out = tmp_path / "dataset.jsonld"
    write_jsonld(EXTRACTION, out)
    assert jsonld.expand(json.loads(out.read_text("utf-8")))


# --- laws ------------------------------------------------------------------------------------


@settings(max_examples=25)
@given(extractions())
def test_any_extraction_gives_valid_jsonld_and_consistent_popolo(extraction: Extraction) -> None:
    ids = [event.id for event in coded_events(extraction)]
    if len(set(ids)) < len(ids):  # made-up records may share an id; the parser's never do
        with pytest.raises(ExportError, match="share the id"):
            to_jsonld(extraction)
        return
    document, _ = to_jsonld(extraction)
    expanded = jsonld.expand(json.loads(json.dumps(document)))
    assert all(node.get("@type") for node in expanded)
    events = {event.id for event in coded_events(extraction)}
    nodes = [node for node in expanded if SCHEMA + "Event" in node["@type"]]  # type: ignore[operator]
    assert len(nodes) == len(events)
    popolo, _ = to_popolo(extraction)
    _references_resolve(popolo)


def test_two_records_under_one_id_are_refused_not_merged() -> None:
    twin = attrs.evolve(MEETING, place=None)
    with pytest.raises(ExportError, match=f"share the id '{MEETING.id}' \\(meeting and meeting\\)"):
        to_jsonld(Extraction(source=SOURCE, events=(MEETING, twin)))
    with pytest.raises(ExportError):
        to_popolo(Extraction(source=SOURCE, events=(MEETING, twin)))
