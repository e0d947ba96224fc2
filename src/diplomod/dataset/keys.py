"""Fold names, offices, titles, topics and clauses into the keys the merge rules compare.

The vocabularies are plain tables: spelling variants folded to one form, words
that carry no identity (honorifics, generic office words, the kind words of an
instrument's title, filler words of a topic). Each fold is cheap and pure, so the
rules can call them on every report.

>>> sorted(name_words("H.E. Nobuo KISHI"))
['kishi', 'nobuo']
>>> portfolio("Minister of National Defence") == portfolio("Defense Minister")
True
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from diplomod.mentions import find_actors
from diplomod.mentions.actors import ActorKind

__all__ = [
    "PersonName",
    "clause_similarity",
    "fold",
    "name_words",
    "person_name",
    "portfolio",
    "title_key",
    "topic_key",
    "topics_meet",
    "words",
]


def _table(words: str) -> frozenset[str]:
    """Return the words of a table written as one string."""
    return frozenset(words.split())


#: British and other spellings folded to one form before words are compared.
SPELLINGS: dict[str, str] = {
    "defence": "defense",
    "offence": "offense",
    "licence": "license",
    "centre": "center",
    "programme": "program",
    "programmes": "programs",
    "organisation": "organization",
    "organisations": "organizations",
    "labour": "labor",
    "harbour": "harbor",
    "memorandums": "memoranda",
    "external": "foreign",
}

#: Words that precede or follow a person's name without being part of it.
HONORIFICS = _table(
    """mr mrs ms miss dr prof professor sir dame lord lady his her excellency hon
    honourable honorable gen general lt colonel col admiral adm marshal jr sr"""
)

#: Words of an office title that say nothing about which office it is.
OFFICE_FILLER = _table("""minister ministers secretary of the for and national affairs""")

#: Words of an instrument's title that name its kind or join its parts.
TITLE_FILLER = _table(
    """agreement agreements treaty treaties convention conventions memorandum memoranda mou
    protocol accord accords pact deal declaration statement joint charter arrangement
    understanding a an the of on in for and between to with by concerning regarding
    relating field fields area areas government governments"""
)

#: Words of a topic that many unrelated topics share.
TOPIC_FILLER = _table(
    """cooperation relations partnership security and of the in on for field area issues
    matters affairs"""
)

#: Words of a clause left out when two clauses are compared.
CLAUSE_FILLER = _table(
    """a an the of on in to for and or with by as at from that this these those their its
    his her they them it is are be will would which such including through"""
)

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_EXCELLENCY = re.compile(r"\bH\.\s?E\.", re.IGNORECASE)
_COOP = re.compile(r"\bco-?(operat|ordinat)")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-"})
#: Actor mentions cut out of a title: who signs an instrument is not its name.
_PARTY_KINDS = frozenset(
    {ActorKind.STATE, ActorKind.DEMONYM, ActorKind.ORGANIZATION, ActorKind.BODY}
)


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Return ``text`` without accents, case folded, with typographic quotes made plain."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _COOP.sub(r"co\1", plain.casefold())


def words(text: str) -> tuple[str, ...]:
    """Return the folded words of ``text``, spellings unified.

    >>> words("Co-operation in the field of Defence")
    ('cooperation', 'in', 'the', 'field', 'of', 'defense')
    """
    return tuple(SPELLINGS.get(w, w) for w in _WORD.findall(fold(text)))


def name_words(name: str) -> frozenset[str]:
    """Return the words of a person's name, without honorifics; an initial keeps its letter."""
    plain = _EXCELLENCY.sub(" ", name).replace(".", " ")
    return frozenset(w for w in words(plain) if w not in HONORIFICS)


class PersonName(NamedTuple):
    """A person's name as sets of full words and initials, for comparing two mentions."""

    full: frozenset[str]
    initials: frozenset[str]

    def fits_in(self, other: PersonName) -> bool:
        """Tell whether every word of this name is in ``other``.

        An initial stands for a word of ``other`` with that first letter; next to two
        full words it may also be a middle initial ``other`` leaves out.
        """
        if not self.full <= other.full:
            return False
        letters = {w[0] for w in other.full} | other.initials
        return self.initials <= letters or len(self.full) >= 2

    def compatible(self, other: PersonName) -> bool:
        """Tell whether either name may be a shorter form of the other."""
        return self.fits_in(other) or other.fits_in(self)


@functools.lru_cache(maxsize=65536)
def person_name(name: str) -> PersonName:
    """Return the full words and initials of a name."""
    parts = name_words(name)
    return PersonName(
        frozenset(w for w in parts if len(w) > 1), frozenset(w for w in parts if len(w) == 1)
    )


@functools.lru_cache(maxsize=16384)
def portfolio(title: str) -> frozenset[str]:
    """Return the words that tell one office from another: "Defence Minister" -> {defense}.

    Rank words stay ("Deputy Defense Minister" is another office); an empty set is
    a generic title ("Minister") that fits any office.
    """
    return frozenset(w for w in words(title) if w not in OFFICE_FILLER)


@functools.lru_cache(maxsize=16384)
def title_key(title: str) -> frozenset[str]:
    """Return the words that name an instrument, without its parties and kind words.

    >>> sorted(title_key("Japan-Vietnam Defense Equipment and Technology Transfer Agreement"))
    ['defense', 'equipment', 'technology', 'transfer']
    """
    kept = []
    last = 0
    for mention in find_actors(title):
        if mention.kind in _PARTY_KINDS and mention.span.start >= last:
            kept.append(title[last : mention.span.start])
            last = mention.span.end
    kept.append(title[last:])
    return frozenset(w for w in words(" ".join(kept)) if w not in TITLE_FILLER)


@functools.lru_cache(maxsize=16384)
def topic_key(topic: str) -> frozenset[str]:
    """Return a topic's telling words and its words run together ("cyber security" -> ...).

    Two topics are about the same thing when their keys share a member.

    >>> sorted(topic_key("cyber security"))
    ['cyber', 'cybersecurity']
    """
    parts = words(topic)
    return frozenset(w for w in parts if w not in TOPIC_FILLER) | {"".join(parts)}


def topics_meet(first: Iterable[str], second: Iterable[str]) -> bool:
    """Tell whether a topic of the first list is about the same thing as one of the second."""
    keys: set[str] = set()
    for topic in first:
        keys |= topic_key(topic)
    return any(keys & topic_key(topic) for topic in second)


def clause_similarity(first: str, second: str) -> float:
    """Return the F1 of the telling words of two clauses, from 0 (none shared) to 1."""
    a = Counter(w for w in words(first) if w not in CLAUSE_FILLER)
    b = Counter(w for w in words(second) if w not in CLAUSE_FILLER)
    if not a or not b:
        return 1.0 if a == b else 0.0
    shared = sum((a & b).values())
    return 2 * shared / (sum(a.values()) + sum(b.values()))
