"""Build a dataset from extractions and combine datasets.

The dataset is a function of the set of its documents' extractions: combining
datasets regroups their reports by document and builds again, so the result does
not depend on order or grouping, and combining a dataset with itself changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from diplomod.errors import DatasetError
from diplomod.records.agreements import Agreement
from diplomod.records.dataset import (
    Dataset,
    MergedAgreement,
    MergedCommitment,
    MergedEvent,
    MergedPerson,
    MergedStatement,
    PersonReport,
)
from diplomod.records.events import Event
from diplomod.records.extraction import Extraction, OpaqueRecord
from diplomod.records.positions import Commitment, Statement

__all__ = ["build_dataset", "extractions_of", "merge_datasets"]


def build_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """Return the dataset of ``extractions``, one per source document id."""
    by_source = _by_source(extractions)
    ordered = tuple(by_source[key] for key in sorted(by_source))
    events = tuple(_event(record) for x in ordered for record in x.events)
    return Dataset(
        sources=tuple(x.source for x in ordered),
        persons=tuple(_persons(ordered)),
        events=events,
        agreements=tuple(
            MergedAgreement(id=a.id, agreement=a, reports=(a,))
            for x in ordered
            for a in x.agreements
        ),
        commitments=tuple(
            MergedCommitment(id=c.id, commitment=c, reports=(c,))
            for x in ordered
            for c in x.commitments
        ),
        statements=tuple(
            MergedStatement(id=s.id, statement=s, reports=(s,))
            for x in ordered
            for s in x.statements
        ),
    )


def merge_datasets(*datasets: Dataset) -> Dataset:
    """Return one dataset holding the documents of all ``datasets``."""
    return build_dataset(x for dataset in datasets for x in extractions_of(dataset))


def extractions_of(dataset: Dataset) -> tuple[Extraction, ...]:
    """Return the per-document extractions whose reports make up ``dataset``."""
    events: dict[str, list[Event | OpaqueRecord]] = {}
    agreements: dict[str, list[Agreement]] = {}
    commitments: dict[str, list[Commitment]] = {}
    statements: dict[str, list[Statement]] = {}
    for merged_event in dataset.events:
        for event in merged_event.reports:
            events.setdefault(_source_of(event), []).append(event)
    for merged_agreement in dataset.agreements:
        for agreement in merged_agreement.reports:
            agreements.setdefault(agreement.source or "", []).append(agreement)
    for merged_commitment in dataset.commitments:
        for commitment in merged_commitment.reports:
            commitments.setdefault(commitment.source or "", []).append(commitment)
    for merged_statement in dataset.statements:
        for statement in merged_statement.reports:
            statements.setdefault(statement.source or "", []).append(statement)
    return tuple(
        Extraction(
            source=source,
            events=tuple(events.get(source.id, ())),
            agreements=tuple(agreements.get(source.id, ())),
            commitments=tuple(commitments.get(source.id, ())),
            statements=tuple(statements.get(source.id, ())),
        )
        for source in dataset.sources
    )


def _by_source(extractions: Iterable[Extraction]) -> dict[str, Extraction]:
    by_source: dict[str, Extraction] = {}
    for extraction in extractions:
        key = extraction.source.id
        known = by_source.setdefault(key, extraction)
        if known != extraction:
            raise DatasetError(f"two different extractions of document {key!r}")
    return by_source


def _source_of(event: Event | OpaqueRecord) -> str:
    if isinstance(event, OpaqueRecord):
        source = event.payload.get("source")
        return source if isinstance(source, str) else ""
    return event.source or ""


def _event(record: Event | OpaqueRecord) -> MergedEvent:
    if isinstance(record, OpaqueRecord):
        raw_id = record.payload.get("id")
        return MergedEvent(id=str(raw_id), event=record, reports=(record,))
    return MergedEvent(
        id=record.id,
        event=record,
        participants=tuple(f"{record.id}/{i}" for i in range(len(record.participants))),
        reports=(record,),
    )


def _persons(extractions: tuple[Extraction, ...]) -> list[MergedPerson]:
    persons = []
    for extraction in extractions:
        for event in extraction.events:
            if isinstance(event, OpaqueRecord):
                continue
            for i, participant in enumerate(event.participants):
                report = PersonReport(
                    source=extraction.source.id,
                    record=event.id,
                    person=participant.person,
                    represents=participant.represents,
                )
                persons.append(
                    MergedPerson(
                        id=f"{event.id}/{i}",
                        person=participant.person,
                        represents=participant.represents,
                        reports=(report,),
                    )
                )
    return persons
