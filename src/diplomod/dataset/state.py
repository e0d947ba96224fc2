"""The working state behind a dataset: clusters, indexes and merged records, updated in place.

Adding documents runs the kinds in dependency order — persons, events,
agreements, then commitments and statements (whose clusters live within merged
events) — and recomputes only the merged records whose reports, or whose
references to other records, changed. The dataset it gives is the same whatever
order and grouping the documents came in, because every cluster is a function of
the set of reports (see :mod:`diplomod.dataset.clusters`).
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterable
from typing import cast

from diplomod.dataset.agreements import (
    AgreementReport,
    AgreementRules,
    AgreementSummary,
    AgreementTally,
)
from diplomod.dataset.clusters import Bucketing, Clustering
from diplomod.dataset.events import EventReport, EventRules, EventSummary, merge_event
from diplomod.dataset.ledger import LinkTable, Membership, SortedTable, regrow
from diplomod.dataset.links import (
    FollowIndex,
    follow_through_keys,
    follow_through_links,
    instrument_keys,
    link,
)
from diplomod.dataset.persons import (
    Mention,
    PersonRules,
    PersonSummary,
    PersonTally,
    mentions_of,
)
from diplomod.dataset.positions import Clause, clause_of, merge_clauses, same_clause
from diplomod.dataset.reports import Report, canonical, report_key, reports_of
from diplomod.errors import DatasetError
from diplomod.records.agreements import Agreement
from diplomod.records.dataset import (
    Dataset,
    LinkKind,
    MergedAgreement,
    MergedCommitment,
    MergedEvent,
    MergedPerson,
    MergedStatement,
)
from diplomod.records.events import Event
from diplomod.records.extraction import Extraction
from diplomod.records.positions import Commitment, Statement
from diplomod.records.provenance import Source

__all__ = ["State"]

_EVENT, _AGREEMENT, _COMMITMENT, _STATEMENT = "event", "agreement", "commitment", "statement"


class State:
    """Everything needed to add documents to a dataset without starting over."""

    def __init__(self) -> None:
        self.extractions: dict[str, Extraction] = {}
        self.sources: SortedTable[Source] = SortedTable()
        self.persons: Clustering[Mention, PersonSummary] = Clustering(PersonRules())
        self.events: Clustering[EventReport, EventSummary] = Clustering(EventRules())
        self.agreements: Clustering[AgreementReport, AgreementSummary] = Clustering(
            AgreementRules()
        )
        self.commitments: Bucketing[Clause] = Bucketing(same_clause)
        self.statements: Bucketing[Clause] = Bucketing(same_clause)
        self.ids = {kind: Membership() for kind in ("person", *_KINDS)}
        self.person_table: SortedTable[MergedPerson] = SortedTable()
        self.tallies: dict[str, PersonTally] = {}
        self.agreement_tallies: dict[str, AgreementTally] = {}
        self.event_table: SortedTable[MergedEvent] = SortedTable()
        self.agreement_table: SortedTable[MergedAgreement] = SortedTable()
        self.clause_tables: dict[str, SortedTable[MergedCommitment | MergedStatement]] = {
            _COMMITMENT: SortedTable(),
            _STATEMENT: SortedTable(),
        }
        self.links = LinkTable()
        # who depends on whom, by report key
        self.owner: dict[str, tuple[str, str]] = {}
        self.dependents: dict[str, set[tuple[str, str]]] = {}
        self.follow = FollowIndex()

    def __len__(self) -> int:
        return len(self.extractions)

    def dataset(self) -> Dataset:
        """Return the dataset as it stands."""
        return Dataset(
            sources=self.sources.values(),
            persons=self.person_table.values(),
            events=self.event_table.values(),
            agreements=self.agreement_table.values(),
            commitments=cast(
                "tuple[MergedCommitment, ...]", self.clause_tables[_COMMITMENT].values()
            ),
            statements=cast("tuple[MergedStatement, ...]", self.clause_tables[_STATEMENT].values()),
            links=self.links.values(),
        )

    def add(self, extractions: Iterable[Extraction]) -> bool:
        """Add documents not yet in the state; return whether anything was added.

        Raises:
            DatasetError: a document is given twice with different records. Nothing
                is added then.
        """
        batch: dict[str, Extraction] = {}
        for extraction in extractions:
            x = canonical(extraction)
            key = x.source.id
            known = batch.get(key) or self.extractions.get(key)
            if known is not None and known != x:
                raise DatasetError(f"two different extractions of document {key!r}")
            if known is None:
                batch[key] = x
        if not batch:
            return False
        # The state holds no reference cycles; pausing the cyclic collector keeps it from
        # walking the whole (large, long-lived) state again and again while reports are added.
        paused = gc.isenabled()
        gc.disable()
        try:
            self._add(batch)
        finally:
            if paused:
                gc.enable()
        return True

    def _add(self, batch: dict[str, Extraction]) -> None:
        events: list[EventReport] = []
        agreements: list[AgreementReport] = []
        clauses: dict[str, list[Clause]] = {_COMMITMENT: [], _STATEMENT: []}
        mentions: list[Mention] = []
        for key, x in batch.items():
            self.extractions[key] = x
            self.sources.put(key, x.source)
            published = x.source.published
            events.extend(reports_of(x.events, key, published))
            agreements.extend(reports_of(x.agreements, key, published))
            for c in reports_of(x.commitments, key, published):
                clauses[_COMMITMENT].append(clause_of(c))
            for s in reports_of(x.statements, key, published):
                clauses[_STATEMENT].append(clause_of(s))
        for kind, reports in ((_EVENT, events), (_AGREEMENT, agreements)):
            for report in reports:
                self._register(kind, report.key, report.source, report.record)
                mentions.extend(self._mentions(kind, report))
        for kind in (_COMMITMENT, _STATEMENT):
            for clause in clauses[kind]:
                self._register(kind, clause.key, clause.source, clause.record)
                mentions.extend(
                    self._mentions(kind, Report(clause.key, clause.source, None, clause.record))
                )
        dirty: dict[str, set[str]] = {kind: set() for kind in _KINDS}
        self._update_persons(mentions, dirty)
        self._update_events(events, dirty)
        self._update_agreements(agreements, dirty)
        for kind in (_COMMITMENT, _STATEMENT):
            self._update_clauses(kind, clauses[kind], dirty)

    def _mentions(self, kind: str, report: Report[object]) -> tuple[Mention, ...]:
        found = mentions_of(report)
        for mention in found:
            self.owner[mention.key] = (kind, report.key)
        return found

    def _register(self, kind: str, key: str, source: str, record: object) -> None:
        """Note the reports this one points to, so changes to them reach it."""
        targets: list[str] = []
        if isinstance(record, Event):
            targets.extend(record.references)
        elif isinstance(record, Agreement | Commitment | Statement) and record.event:
            targets.append(record.event)
        if isinstance(record, Commitment) and record.agreement:
            targets.append(record.agreement)
        for target in targets:
            self.dependents.setdefault(report_key(source, target), set()).add((kind, key))

    def _dependents(self, keys: Iterable[str], kind: str) -> set[str]:
        found = (dep for k in keys for dep in self.dependents.get(k, ()))
        return {key for dep_kind, key in found if dep_kind == kind}

    def _update_persons(self, mentions: list[Mention], dirty: dict[str, set[str]]) -> None:
        ids = self.ids["person"]
        removed, fresh, moved = ids.update(self.persons.add(mentions), self.persons.cluster)
        for pid in removed:
            self.person_table.drop(pid)
        regrow(self.tallies, ids, removed, fresh, PersonTally, self.persons.item)
        for pid in fresh:
            self.person_table.put(pid, self.tallies[pid].merged(pid))
        for key in moved:
            kind, record_key = self.owner[key]
            dirty[kind].add(record_key)

    def _person_id(self, key: str) -> str | None:
        return self.ids["person"].id_of.get(key)

    def _event_id(self, source: str, record: str | None) -> str | None:
        return None if record is None else self.ids[_EVENT].id_of.get(report_key(source, record))

    def _update_events(self, reports: list[EventReport], dirty: dict[str, set[str]]) -> None:
        ids = self.ids[_EVENT]
        removed, fresh, moved = ids.update(self.events.add(reports), self.events.cluster)
        redo = set(fresh) | {ids.id_of[k] for k in dirty[_EVENT] | self._dependents(moved, _EVENT)}
        changed = set(moved)
        for eid in removed:
            self.event_table.drop(eid)
            self.links.put(eid, ())
        for eid in redo:
            members = [self.events.item(k) for k in ids.members[eid]]
            targets: dict[str, set[str]] = {}
            for report in members:
                if isinstance(report.record, Event):
                    for ref in report.record.references:
                        target = self._event_id(report.source, ref)
                        if target is not None and target != eid:
                            targets.setdefault(target, set()).add(report.source)
            merged = merge_event(eid, members, self._person_id, sorted(targets))
            if self.event_table.by_key.get(eid) != merged:
                changed.update(ids.members[eid])
                self.event_table.put(eid, merged)
            self.links.put(
                eid,
                [
                    link(LinkKind.REFERENCE, eid, target, "event.references", sources)
                    for target, sources in sorted(targets.items())
                ],
            )
        for kind in (_AGREEMENT, _COMMITMENT, _STATEMENT):
            dirty[kind] |= self._dependents(changed, kind)

    def _update_agreements(
        self, reports: list[AgreementReport], dirty: dict[str, set[str]]
    ) -> None:
        ids = self.ids[_AGREEMENT]
        removed, fresh, moved = ids.update(self.agreements.add(reports), self.agreements.cluster)
        regrow(self.agreement_tallies, ids, removed, fresh, AgreementTally, self.agreements.item)
        redo = set(fresh) | {ids.id_of[k] for k in dirty[_AGREEMENT]}
        followers: set[str] = set()
        for aid in removed:
            self.agreement_table.drop(aid)
            self.links.put(aid, ())
            followers |= self._linked_commitments(aid) | self.follow.index(aid, [])
        for aid in redo:
            tally = self.agreement_tallies[aid]
            merged = tally.merged(
                aid, self._person_id, lambda r: self._event_id(r.source, r.record.event)
            )
            keys = instrument_keys(merged.agreement, self._signed(merged))
            if self.agreement_table.by_key.get(aid) != merged or self.follow.keys_of(aid) != keys:
                followers |= self._linked_commitments(aid) | self.follow.index(aid, keys)
                self.agreement_table.put(aid, merged)
            events: dict[str, set[str]] = {}
            for report in tally.tied():
                event = self._event_id(report.source, report.record.event)
                if event is not None:
                    events.setdefault(event, set()).add(report.source)
            self.links.put(
                aid,
                [
                    link(LinkKind.SIGNED_AT, aid, event, "agreement.event", sources)
                    for event, sources in sorted(events.items())
                ],
            )
        dirty[_COMMITMENT] |= self._dependents(moved, _COMMITMENT) | followers

    def _linked_commitments(self, aid: str) -> set[str]:
        """Return the report keys of the commitments linked to an instrument."""
        linked = self.links.sources_of(aid)
        return {k for cid in linked for k in self.ids[_COMMITMENT].members.get(cid, ())}

    def _signed(self, merged: MergedAgreement) -> dt.date | None:
        """Return the day an instrument was signed: its own date, or its event's."""
        date = merged.agreement.date
        if date is None and merged.agreement.event is not None:
            found = self.event_table.by_key.get(merged.agreement.event)
            date = found.event.date if found and isinstance(found.event, Event) else None
        return None if date is None else date.first_day()

    def _update_clauses(self, kind: str, clauses: list[Clause], dirty: dict[str, set[str]]) -> None:
        grouping = self.commitments if kind == _COMMITMENT else self.statements
        for clause in clauses:
            grouping.place(clause, self._event_id(clause.source, clause.record.event))
        for key in dirty[kind]:
            clause = grouping.item(key)
            grouping.place(clause, self._event_id(clause.source, clause.record.event))
        ids = self.ids[kind]
        removed, fresh, _ = ids.update(grouping.regroup(), grouping.cluster)
        redo = set(fresh) | {ids.id_of[k] for k in dirty[kind]}
        table = self.clause_tables[kind]
        for cid in removed:
            table.drop(cid)
            self.links.put(cid, ())
        for cid in redo:
            members = [grouping.item(k) for k in ids.members[cid]]
            event = self._event_id(members[0].source, members[0].record.event)
            merged = merge_clauses(
                cid,
                members,
                self._person_id,
                event,
                lambda c: self._agreement_id(c),
            )
            table.put(cid, merged)
            if isinstance(merged, MergedCommitment):
                self._follow(cid, merged, members, event)

    def _agreement_id(self, clause: Clause) -> str | None:
        record = clause.record
        if not isinstance(record, Commitment) or record.agreement is None:
            return None
        return self.ids[_AGREEMENT].id_of.get(report_key(clause.source, record.agreement))

    def _follow(
        self, cid: str, merged: MergedCommitment, members: list[Clause], event: str | None
    ) -> None:
        """Link a commitment to the instruments that carry it out, and watch for more."""
        found = self.event_table.by_key.get(event) if event else None
        date = found.event.date if found is not None and isinstance(found.event, Event) else None
        day = date.last_day() if date is not None else None
        keys = follow_through_keys(merged.commitment, day)
        candidates = self.follow.watch(keys, (m.key for m in members))
        signed = {aid: self._signed(self.agreement_table.by_key[aid]) for aid in candidates}
        self.links.put(
            cid,
            follow_through_links(
                cid,
                merged.commitment,
                day,
                [m.source for m in members],
                [
                    (self.agreement_table.by_key[aid], signed_on)
                    for aid, signed_on in sorted(signed.items())
                    if signed_on is not None
                ],
            ),
        )


_KINDS = (_EVENT, _AGREEMENT, _COMMITMENT, _STATEMENT)
