"""Commitments and statements: the same clause reported by several documents, merged.

Clauses are compared only within one merged event: two reports of it are one
commitment when they come from different documents, have the same modality (or
statement kind) and negation, share an actor, and say mostly the same words
(``"decided to accelerate consultations on the transfer of equipment"`` and
``"decided to intensify consultations for the transfer of equipment"``). A
clause tied to no event stands alone: nothing tells when it was said.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import attrs
from attrs import frozen

from diplomod.dataset.facts import Facts, choose, choose_text, union
from diplomod.dataset.keys import CLAUSE_FILLER, words
from diplomod.dataset.reports import Report
from diplomod.records.actors import Person
from diplomod.records.dataset import MergedCommitment, MergedStatement
from diplomod.records.positions import Commitment, Statement

__all__ = ["SIMILARITY", "Clause", "clause_of", "merge_clauses", "same_clause"]

#: How much of their wording (F1 of telling words) two reports of one clause share.
SIMILARITY = 0.6


@frozen
class Clause:
    """A commitment or statement report with its telling words counted."""

    key: str
    source: str
    record: Commitment | Statement
    words: Counter[str]


def clause_of(report: Report[Commitment] | Report[Statement]) -> Clause:
    """Return a report of a clause, ready to compare."""
    counted = Counter(w for w in words(report.record.content) if w not in CLAUSE_FILLER)
    return Clause(key=report.key, source=report.source, record=report.record, words=counted)


def same_clause(first: Clause, second: Clause) -> bool:
    """Tell whether two reports from different documents say the same clause."""
    a, b = first.record, second.record
    if first.source == second.source or a.negated != b.negated:
        return False
    if not set(a.actors) & set(b.actors):
        return False
    if isinstance(a, Commitment) != isinstance(b, Commitment):
        return False
    if isinstance(a, Commitment) and isinstance(b, Commitment) and a.modality != b.modality:
        return False
    if (
        isinstance(a, Statement)
        and isinstance(b, Statement)
        and (a.kind != b.kind or (a.target and b.target and a.target != b.target))
    ):
        return False
    shared = sum((first.words & second.words).values())
    total = sum(first.words.values()) + sum(second.words.values())
    return total > 0 and 2 * shared / total >= SIMILARITY


def merge_clauses(
    clause_id: str,
    clauses: Sequence[Clause],
    person_id_of: Callable[[str], str | None],
    event_id: str | None,
    agreement_id_of: Callable[[Clause], str | None],
) -> MergedCommitment | MergedStatement:
    """Return one commitment or statement from its reports (given in key order)."""
    records = [(c.record, c.source) for c in clauses]
    facts = Facts()
    actors, conflict = choose(
        "actors", [(r.actors, s) for r, s in records], optional=False, same=frozenset[str]
    )
    facts.add("actors", actors or records[0][0].actors, conflict)
    content, _ = choose_text("content", [(r.content, s) for r, s in records])
    speakers = _speakers(clauses, person_id_of)
    first = records[0][0]
    changes: dict[str, Any] = {
        **facts.values,
        "id": clause_id,
        "content": content or first.content,
        "speakers": speakers,
        "event": event_id,
        "source": None,
        "evidence": (),
    }
    if isinstance(first, Commitment):
        agreement, conflict = choose("agreement", [(agreement_id_of(c), c.source) for c in clauses])
        facts.add("agreement", agreement, conflict)
        commitment = attrs.evolve(
            first,
            **changes,
            topics=union(r.topics for r, _ in records if isinstance(r, Commitment)),
            agreement=agreement,
        )
        return MergedCommitment(
            id=clause_id,
            commitment=commitment,
            reports=tuple(r for r, _ in records if isinstance(r, Commitment)),
            conflicts=facts.sorted_conflicts(),
        )
    target, conflict = choose(
        "target", [(r.target, s) for r, s in records if isinstance(r, Statement)]
    )
    facts.add("target", target, conflict)
    statement = attrs.evolve(first, **changes, target=target)
    return MergedStatement(
        id=clause_id,
        statement=statement,
        reports=tuple(r for r, _ in records if isinstance(r, Statement)),
        conflicts=facts.sorted_conflicts(),
    )


def _speakers(
    clauses: Sequence[Clause], person_id_of: Callable[[str], str | None]
) -> tuple[Person, ...]:
    """Return one speaker per person, each with the fullest name a report gives."""
    by_person: dict[str, list[Person]] = {}
    for clause in clauses:
        for n, person in enumerate(clause.record.speakers):
            key = f"{clause.key}/speakers/{n}"
            by_person.setdefault(person_id_of(key) or key, []).append(person)
    return tuple(
        max(people, key=lambda p: (len(p.name.split()), p.name)) for people in by_person.values()
    )
