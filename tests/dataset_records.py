"""Small builders of records for dataset tests: documents, meetings, people, instruments."""

from __future__ import annotations

import datetime as dt

from diplomod.records import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Commitment,
    Event,
    Extraction,
    Meeting,
    Modality,
    Office,
    PartialDate,
    Participant,
    Person,
    Place,
    Source,
    Statement,
)


def day(text: str) -> PartialDate:
    """Return the partial date written ``2024-03`` or ``2024-03-04``."""
    parts = [int(p) for p in text.split("-")]
    return PartialDate(
        year=parts[0],
        month=parts[1] if len(parts) > 1 else None,
        day=parts[2] if len(parts) > 2 else None,
    )


def person(name: str, country: str | None, title: str | None = None) -> Participant:
    """Return a participant named ``name`` of ``country``, holding ``title`` if given."""
    words = name.split()
    offices = (Office(title=title, state=country),) if title and country else ()
    return Participant(
        person=Person(
            name=name,
            family_name=words[-1] if words else None,
            given_name=" ".join(words[:-1]) or None,
            offices=offices,
        ),
        represents=country,
        title=title,
    )


def meeting(
    doc: str,
    n: int,
    *,
    date: str | None = None,
    countries: tuple[str, ...] = ("IND", "USA"),
    people: tuple[Participant, ...] = (),
    city: str | None = None,
    country: str | None = None,
    inferred: bool = False,
    referenced: bool = False,
    references: tuple[str, ...] = (),
    ordinal: int | None = None,
) -> Meeting:
    """Return meeting ``n`` of document ``doc``."""
    return Meeting(
        id=f"{doc}:meeting:{n}",
        date=day(date) if date else None,
        date_inferred=inferred,
        countries=countries,
        participants=people,
        place=Place(city=city, country=country) if city or country else None,
        referenced=referenced,
        references=tuple(f"{doc}:meeting:{r}" for r in references),
        ordinal=ordinal,
        source=doc,
    )


def instrument(
    doc: str,
    n: int,
    *,
    title: str | None = None,
    kind: AgreementKind = AgreementKind.AGREEMENT,
    status: AgreementStatus = AgreementStatus.SIGNED,
    parties: tuple[str, ...] = ("AUS", "IND"),
    date: str | None = None,
    city: str | None = None,
    topics: tuple[str, ...] = (),
    event: int | None = None,
) -> Agreement:
    """Return instrument ``n`` of document ``doc``."""
    return Agreement(
        id=f"{doc}:agreement:{n}",
        title=title,
        kind=kind,
        status=status,
        parties=parties,
        date=day(date) if date else None,
        place=Place(city=city) if city else None,
        topics=topics,
        event=f"{doc}:meeting:{event}" if event is not None else None,
        source=doc,
    )


def commitment(
    doc: str,
    n: int,
    content: str,
    *,
    modality: Modality = Modality.AGREE,
    actors: tuple[str, ...] = ("FRA", "BRA"),
    event: int | None = None,
) -> Commitment:
    """Return commitment ``n`` of document ``doc``, made at its meeting ``event``."""
    return Commitment(
        id=f"{doc}:commitment:{n}",
        actors=actors,
        modality=modality,
        content=content,
        event=f"{doc}:meeting:{event}" if event is not None else None,
        source=doc,
    )


def document(
    doc: str,
    *records: Event | Agreement | Commitment | Statement,
    published: dt.date | None = None,
) -> Extraction:
    """Return the extraction of document ``doc`` holding ``records``."""
    return Extraction(
        source=Source(id=doc, published=published),
        events=tuple(r for r in records if isinstance(r, Event)),
        agreements=tuple(r for r in records if isinstance(r, Agreement)),
        commitments=tuple(r for r in records if isinstance(r, Commitment)),
        statements=tuple(r for r in records if isinstance(r, Statement)),
    )
