"""Links between dataset records, each made by a named rule from the reports behind it.

- ``event.references`` (REFERENCE): an event whose reports refer to an earlier
  event ("the last meeting in September 2021 in Vietnam") links to the merged
  event those references joined.
- ``agreement.event`` (SIGNED_AT): an instrument a report ties to an event links
  to that merged event.
- ``commitment.signing`` (FOLLOW_THROUGH): a commitment to sign or conclude an
  instrument ("agreed to promote the signing of memoranda on cybersecurity and
  military medicine") links to each instrument of that kind its actors signed
  later, within :data:`FOLLOW_THROUGH_YEARS` calendar years, on a topic the
  commitment names.

The words the last rule reads are tables users can extend.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable, Sequence
from itertools import combinations, pairwise

from diplomod.dataset.keys import TOPIC_FILLER, title_key, words
from diplomod.records.agreements import Agreement, AgreementKind, AgreementStatus
from diplomod.records.dataset import Link, LinkKind, MergedAgreement
from diplomod.records.positions import Commitment, Modality

__all__ = [
    "FOLLOW_THROUGH_YEARS",
    "INSTRUMENT_WORDS",
    "SIGNING_WORDS",
    "FollowIndex",
    "follow_through_keys",
    "follow_through_links",
    "instrument_keys",
    "link",
    "signing_kinds",
]

#: Verbs and nouns that say an instrument is to be signed or concluded.
SIGNING_WORDS = frozenset(
    [
        "sign",
        "signs",
        "signing",
        "signed",
        "signature",
        "conclude",
        "concluding",
        "conclusion",
        "finalize",
        "finalise",
        "finalizing",
        "finalising",
        "ink",
        "inking",
        "adopt",
        "adopting",
    ]
)
#: Nouns naming instruments, with the kinds each may be (empty: any kind).
INSTRUMENT_WORDS: dict[str, frozenset[AgreementKind]] = {
    **dict.fromkeys(
        ("memorandum", "memoranda", "mou", "mous"), frozenset({AgreementKind.MEMORANDUM})
    ),
    **dict.fromkeys(("treaty", "treaties"), frozenset({AgreementKind.TREATY})),
    **dict.fromkeys(
        ("agreement", "agreements", "deal", "deals", "pact", "pacts", "accord", "accords"),
        frozenset({AgreementKind.AGREEMENT, AgreementKind.TREATY, AgreementKind.OTHER}),
    ),
    **dict.fromkeys(("declaration", "declarations"), frozenset({AgreementKind.DECLARATION})),
    **dict.fromkeys(("instrument", "instruments", "documents", "arrangements"), frozenset()),
}
#: Modalities that bind actors to something still to be done.
FORWARD = frozenset({Modality.AGREE, Modality.DECIDE, Modality.INTEND, Modality.PLEDGE})
#: How many calendar years after a commitment its follow-through is looked for.
FOLLOW_THROUGH_YEARS = 3
_DONE = frozenset({AgreementStatus.SIGNED, AgreementStatus.IN_FORCE})


def link(kind: LinkKind, source: str, target: str, rule: str, sources: Iterable[str]) -> Link:
    """Return a link with its documents sorted and distinct."""
    return Link(
        kind=kind, source=source, target=target, rule=rule, sources=tuple(sorted(set(sources)))
    )


def signing_kinds(commitment: Commitment) -> frozenset[AgreementKind] | None:
    """Return the kinds of instrument a commitment undertakes to sign, or None if it does not.

    An empty set means an instrument of any kind.
    """
    if commitment.negated or commitment.modality not in FORWARD:
        return None
    found = words(commitment.content)
    if not SIGNING_WORDS.intersection(found):
        return None
    kinds = [INSTRUMENT_WORDS[w] for w in found if w in INSTRUMENT_WORDS]
    if not kinds:
        return None
    return frozenset() if not all(kinds) else frozenset().union(*kinds)


def _party_sets(codes: Iterable[str]) -> list[tuple[str, ...]]:
    """Return the sets of one or two parties, and all of them, that an actor list may be."""
    ordered = sorted(set(codes))
    sets: list[tuple[str, ...]] = [(c,) for c in ordered]
    sets.extend(combinations(ordered, 2))
    if len(ordered) > 2:
        sets.append(tuple(ordered))
    return sets


def instrument_keys(agreement: Agreement, signed: dt.date | None) -> list[Hashable]:
    """Return the keys under which commitments find an instrument signed on ``signed``."""
    if agreement.status not in _DONE or signed is None or not agreement.parties:
        return []
    return [(parties, signed.year) for parties in _party_sets(agreement.parties)]


def follow_through_keys(commitment: Commitment, day: dt.date | None) -> list[Hashable]:
    """Return the keys under which a signing commitment made on ``day`` finds instruments."""
    if day is None or not commitment.actors or signing_kinds(commitment) is None:
        return []
    actors = tuple(sorted(set(commitment.actors)))
    return [(actors, day.year + n) for n in range(FOLLOW_THROUGH_YEARS + 1)]


def follow_through_links(
    commitment_id: str,
    commitment: Commitment,
    day: dt.date | None,
    sources: Sequence[str],
    candidates: Iterable[tuple[MergedAgreement, dt.date]],
) -> list[Link]:
    """Return a link to each candidate instrument that carries out a signing commitment.

    Each candidate comes with the day it was signed (its own date, or its event's).
    """
    kinds = signing_kinds(commitment)
    if kinds is None or day is None:
        return []
    spoken = words(commitment.content)
    said = set(spoken) | {a + b for a, b in pairwise(spoken)}
    last = dt.date(min(day.year + FOLLOW_THROUGH_YEARS, dt.MAXYEAR), 12, 31)
    links = []
    for merged, signed in candidates:
        agreement = merged.agreement
        if agreement.status not in _DONE or not day < signed <= last:
            continue
        if kinds and agreement.kind not in kinds:
            continue
        if not set(commitment.actors) <= set(agreement.parties):
            continue
        named = any(_names_topic(said, topic) for topic in agreement.topics)
        title = title_key(agreement.title) if agreement.title else frozenset()
        if named or (title and title <= said):
            links.append(
                link(
                    LinkKind.FOLLOW_THROUGH,
                    commitment_id,
                    merged.id,
                    "commitment.signing",
                    [*sources, *(a.source or "" for a in merged.reports if a.source)],
                )
            )
    return links


class FollowIndex:
    """Signed instruments by parties and year, and the commitments that watch for them."""

    def __init__(self) -> None:
        self._index: dict[Hashable, set[str]] = {}
        self._keys: dict[str, list[Hashable]] = {}
        self._watch: dict[Hashable, set[str]] = {}

    def keys_of(self, agreement_id: str) -> list[Hashable]:
        """Return the keys an instrument is indexed under."""
        return self._keys.get(agreement_id, [])

    def index(self, agreement_id: str, keys: list[Hashable]) -> set[str]:
        """Index an instrument under ``keys`` (none: drop it); return the watchers concerned."""
        watchers: set[str] = set()
        for key in self._keys.pop(agreement_id, ()):
            self._index[key].discard(agreement_id)
            watchers |= self._watch.get(key, set())
        if keys:
            self._keys[agreement_id] = keys
        for key in keys:
            self._index.setdefault(key, set()).add(agreement_id)
            watchers |= self._watch.get(key, set())
        return watchers

    def watch(self, keys: Iterable[Hashable], watchers: Iterable[str]) -> set[str]:
        """Have ``watchers`` (report keys) watch ``keys``; return the instruments found there."""
        names = tuple(watchers)
        found: set[str] = set()
        for key in keys:
            self._watch.setdefault(key, set()).update(names)
            found |= self._index.get(key, set())
        return found


def _names_topic(said: set[str], topic: str) -> bool:
    """Tell whether words said (and adjacent pairs run together) name ``topic``."""
    parts = words(topic)
    telling = {w for w in parts if w not in TOPIC_FILLER}
    return bool(telling and telling <= said) or "".join(parts) in said
