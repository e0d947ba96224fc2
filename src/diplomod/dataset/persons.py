"""Persons: every mention of a person in any record, merged into one person per human.

"Minister KISHI", "Kishi", "Nobuo Kishi" and "Japan's Defense Minister Nobuo
Kishi" are one person: a full name (two words or more) with the country the
person represents anchors a person; a shorter or country-less mention joins the
one anchored person whose name holds all its words, whose country is its own and
who has held an office of the same portfolio, if it names one. Two people who
share a family name and a country stay apart when their given names differ, and
a bare family name between them fits both and so joins neither. Mentions that fit
no anchored person group by name and country, split by the offices they name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import NamedTuple

from attrs import frozen

from diplomod.dataset.facts import Tally, choose, choose_text, same_text
from diplomod.dataset.keys import PersonName, name_words, person_name, portfolio
from diplomod.dataset.reports import Report
from diplomod.records.actors import Office, Participant, Person, Role
from diplomod.records.agreements import Agreement
from diplomod.records.dataset import MergedPerson, PersonReport
from diplomod.records.events import Event
from diplomod.records.positions import Commitment, Statement
from diplomod.records.provenance import Evidence

__all__ = [
    "Mention",
    "PersonRules",
    "PersonSummary",
    "PersonTally",
    "mentions_of",
    "merge_participants",
    "merge_person",
]


@frozen
class Mention:
    """One mention of a person in one report, with what the rules compare precomputed."""

    key: str
    source: str
    record_key: str
    record: str
    path: str
    person: Person
    country: str | None
    evidence: tuple[Evidence, ...]
    name: PersonName
    portfolios: frozenset[frozenset[str]]
    report: PersonReport


def mentions_of(report: Report[object]) -> tuple[Mention, ...]:
    """Return the persons a report names: participants, signatories or speakers."""
    record = report.record
    if isinstance(record, Event | Agreement):
        place = "participants" if isinstance(record, Event) else "signatories"
        people: Sequence[Participant] = (
            record.participants if isinstance(record, Event) else record.signatories
        )
        return tuple(
            _mention(report, f"{place}/{n}", p.person, p.represents, p.title, record.evidence)
            for n, p in enumerate(people)
        )
    if isinstance(record, Commitment | Statement):
        sole = record.actors[0] if len(record.actors) == 1 else None
        return tuple(
            _mention(report, f"speakers/{n}", person, sole, None, record.evidence)
            for n, person in enumerate(record.speakers)
        )
    return ()


def _mention(
    report: Report[object],
    path: str,
    person: Person,
    represents: str | None,
    title: str | None,
    evidence: tuple[Evidence, ...],
) -> Mention:
    states = [o.state or o.organization for o in person.offices]
    country = represents or next((s for s in states if s), None)
    titles = [o.title for o in person.offices] + ([title] if title else [])
    name = person_name(person.name)
    place = path.split("/", 1)[0]
    record = str(getattr(report.record, "id", ""))
    named = _naming(evidence, place, name)
    return Mention(
        key=f"{report.key}/{path}",
        source=report.source,
        record_key=report.key,
        record=record,
        path=path,
        person=person,
        country=country,
        evidence=named,
        name=name,
        portfolios=frozenset(p for p in map(portfolio, titles) if p),
        report=PersonReport(
            source=report.source,
            record=record,
            path=path,
            person=person,
            represents=country,
            evidence=named,
        ),
    )


def _naming(evidence: tuple[Evidence, ...], place: str, name: PersonName) -> tuple[Evidence, ...]:
    """Return the evidence that names the person: for their place in the record, else any.

    With none naming them, the evidence of the record as a whole stands for them.
    """
    naming = [e for e in evidence if name_words(e.text) & name.full]
    return (
        tuple(e for e in naming if e.field == place)
        or tuple(naming)
        or tuple(e for e in evidence if e.field == "record")
    )


class PersonSummary(NamedTuple):
    """What shorter mentions compare with an anchored person."""

    full: frozenset[str]
    country: str | None
    portfolios: frozenset[frozenset[str]]


class PersonRules:
    """Who is who: full names with a country anchor; shorter mentions join the one they fit."""

    exact = True

    def is_anchor(self, item: Mention) -> bool:
        """Tell whether a mention gives a full name (no initials) and a country."""
        return len(item.name.full) >= 2 and not item.name.initials and item.country is not None

    def block_keys(self, item: Mention) -> Iterable[Hashable]:
        """Return the full name and country: anchors sharing them are one person."""
        return ((tuple(sorted(item.name.full)), item.country),)

    def same(self, first: Mention, second: Mention) -> bool:
        """Anchors of one block are one person."""
        return True

    def index_keys(self, item: Mention) -> Iterable[Hashable]:
        """Return each word of the name, with the country and without."""
        return [(w, c) for w in item.name.full for c in (item.country, None)]

    def summarize(self, anchors: Sequence[Mention]) -> PersonSummary:
        """Return the full name, country and portfolios of an anchored person."""
        portfolios: frozenset[frozenset[str]] = frozenset().union(*(a.portfolios for a in anchors))
        return PersonSummary(anchors[0].name.full, anchors[0].country, portfolios)

    def lookup_keys(self, item: Mention) -> Iterable[Hashable]:
        """Return the longest word of the name, with the mention's country if known."""
        if not item.name.full:
            return ()
        word = max(item.name.full, key=lambda w: (len(w), w))
        return ((word, item.country),)

    def fits(self, item: Mention, summary: PersonSummary) -> bool:
        """Tell whether the mention's name, country and offices fit the anchored person."""
        full, country, portfolios = summary
        if item.country is not None and item.country != country:
            return False
        if not item.name.fits_in(PersonName(full, frozenset())):
            return False
        return not (item.portfolios and portfolios) or bool(item.portfolios & portfolios)

    def orphan_key(self, item: Mention) -> Hashable | None:
        """Return the name and country of a mention that fits no anchored person."""
        if not item.name.full:
            return None
        return (tuple(sorted(item.name.full)), tuple(sorted(item.name.initials)), item.country)

    def group_orphans(self, items: Sequence[Mention]) -> Iterable[Sequence[Mention]]:
        """Split mentions of one name by portfolio; an office-less mention joins a sole group."""
        groups: list[list[Mention]] = []
        for item in items:
            if not item.portfolios:
                continue
            joined = [g for g in groups if any(item.portfolios & m.portfolios for m in g)]
            merged = [item]
            for group in joined:
                merged.extend(group)
                groups.remove(group)
            groups.append(merged)
        bare = [item for item in items if not item.portfolios]
        if not groups:
            return [bare] if bare else []
        if len(groups) == 1:
            return [groups[0] + bare]
        return [*groups, *([b] for b in bare)]


class PersonTally:
    """The facts of one person's mentions, kept so new mentions are added, not read again.

    A person named in thousands of reports is touched by almost every new batch;
    the tally makes that cost follow the new mentions. Its result depends only on
    the set of mentions added.
    """

    def __init__(self) -> None:
        self.keys: list[str] = []
        self._reports: dict[str, PersonReport] = {}
        self._names: Counter[str] = Counter()
        self._given: dict[str, Tally[str]] = {}
        self._family: dict[str, Tally[str]] = {}
        self._honorific: Tally[str] = Tally(same_text)
        self._country: Tally[str] = Tally()
        self._offices: dict[tuple[frozenset[str], str | None, str | None], Office] = {}

    def add(self, mentions: Iterable[Mention]) -> None:
        """Count new mentions in."""
        fresh = [m for m in mentions if m.key not in self._reports]
        for m in fresh:
            self._reports[m.key] = m.report
            person, name = m.person, m.person.name
            self._names[name] += 1
            self._given.setdefault(name, Tally(same_text)).add(person.given_name, m.source)
            self._family.setdefault(name, Tally(same_text)).add(person.family_name, m.source)
            self._honorific.add(person.honorific, m.source)
            self._country.add(m.country, m.source)
            for office in person.offices:
                key = (portfolio(office.title), office.state, office.organization)
                known = self._offices.get(key)
                if known is None or _rank(office) > _rank(known):
                    self._offices[key] = office
        self.keys = sorted([*self.keys, *(m.key for m in fresh)])

    def merged(self, person_id: str) -> MergedPerson:
        """Return the person: the fullest name, its name parts, every office, every report."""
        names = self._names
        chosen = min(names, key=lambda n: (-len(person_name(n).full), -names[n], -len(n), n))
        given, given_conflict = self._given[chosen].result("person.given_name")
        family, family_conflict = self._family[chosen].result("person.family_name")
        honorific, _ = self._honorific.result("person.honorific")
        country, country_conflict = self._country.result("represents")
        person = Person(
            name=chosen,
            given_name=given,
            family_name=family,
            honorific=honorific,
            offices=_offices(self._offices),
        )
        conflicts = [c for c in (given_conflict, family_conflict, country_conflict) if c]
        return MergedPerson(
            id=person_id,
            person=person,
            represents=country,
            reports=tuple(map(self._reports.__getitem__, self.keys)),
            conflicts=tuple(sorted(conflicts, key=lambda c: c.field)),
        )


def merge_person(person_id: str, mentions: Sequence[Mention]) -> MergedPerson:
    """Return one person from all mentions of them."""
    tally = PersonTally()
    tally.add(mentions)
    return tally.merged(person_id)


def _rank(office: Office) -> tuple[int, str, str]:
    """Order offices by how much their title says, then by all they hold."""
    return (len(office.title), office.title, repr(office))


def _offices(
    best: dict[tuple[frozenset[str], str | None, str | None], Office],
) -> tuple[Office, ...]:
    """Return the best office of each portfolio and state, without those others say more than.

    A bare "Minister" says less than "Minister of Defence" of the same state, and an
    office of no state less than the same office of a state.
    """
    kept = []
    for (words, state, org), office in best.items():
        vaguer = not words and any(k[0] and k[1:] == (state, org) for k in best)
        stateless = state is None and any(k[1] and (k[0], k[2]) == (words, org) for k in best)
        if not (vaguer or stateless):
            kept.append(office)
    return tuple(sorted(kept, key=lambda o: (o.title, o.state or "", o.organization or "")))


def merge_participants(
    reports: Sequence[Report[Event | Agreement]],
    place: str,
    person_id_of: Callable[[str], str | None],
) -> tuple[tuple[Participant, ...], tuple[str | None, ...]]:
    """Return one participant per person across reports, and each one's person id.

    Persons come in order of first mention (reports in key order); each takes the
    fullest name any report gives them, and the role and title most reports give.
    """
    by_person: dict[str, list[tuple[Participant, str]]] = {}
    resolved: dict[str, bool] = {}
    for report in reports:
        record = report.record
        people = record.participants if isinstance(record, Event) else record.signatories
        for n, participant in enumerate(people):
            found = person_id_of(f"{report.key}/{place}/{n}")
            pid = found if found is not None else f"{report.key}/{place}/{n}"
            resolved[pid] = found is not None
            by_person.setdefault(pid, []).append((participant, report.source))
    merged = []
    for given in by_person.values():
        names = [p.person.name for p, _ in given]
        person = min(
            (p.person for p, _ in given),
            key=lambda x: (
                -len(person_name(x.name).full),
                -names.count(x.name),
                -len(x.name),
                x.name,
            ),
        )
        represents, _ = choose("represents", [(p.represents, s) for p, s in given])
        roles = [(p.role, s) for p, s in given if p.role is not Role.PARTICIPANT]
        role, _ = choose("role", roles)
        title, _ = choose_text("title", [(p.title, s) for p, s in given])
        merged.append(
            Participant(
                person=person,
                represents=represents,
                role=role or Role.PARTICIPANT,
                title=title,
            )
        )
    ids = tuple(pid if resolved[pid] else None for pid in by_person)
    return tuple(merged), ids
