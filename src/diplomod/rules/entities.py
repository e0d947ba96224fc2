"""Who the persons of one document are: mentions that share a name grouped into one person.

Each person takes the fullest name, the longest title, and the state any of their
mentions gives; the first titled person with no state is taken to speak for the
document's issuer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from attrs import evolve, frozen

from diplomod.mentions.actors import ActorKind, ActorMention

__all__ = ["PersonEntity", "group_persons"]


@frozen(kw_only=True)
class PersonEntity:
    """One person, from all their mentions: fullest name, title, rank and state."""

    key: str
    name: str
    title: str | None
    rank: str | None
    given_name: str | None
    family_name: str | None
    code: str | None
    first: int


_NOT_NAMES = frozenset({"jr", "sr", "ii", "iii", "iv", "mr", "mrs", "ms", "dr", "van", "de", "al"})
_NAME_WORD = re.compile(r"[A-Za-z][\w'-]+")
_PERSON = ActorKind.PERSON  # (a module constant: enum attribute lookups are slow)


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, frozenset[str]]:
    """Return a person's grouping key (the last name-like word) and name words, case-folded."""
    words = [w for w in map(str.casefold, _NAME_WORD.findall(name)) if w not in _NOT_NAMES]
    return (words[-1] if words else ""), frozenset(words)


def group_persons(
    actors: Sequence[ActorMention], issuer: str | None
) -> tuple[tuple[PersonEntity, ...], dict[int, PersonEntity]]:
    """Group person mentions that share a name word and do not disagree on their state.

    A mention joins the earliest group that shares a word with it and whose known
    states are at most its own; groups are looked up by word, so this stays linear.
    """
    groups: list[list[ActorMention]] = []
    states: list[set[str]] = []  # the states each group's mentions name
    by_word: dict[str, set[int]] = {}  # the groups each name word belongs to
    for m in actors:
        if m.kind is not _PERSON:
            continue
        key, tokens = _name_words(m.name)
        if not key:
            continue
        shared = [homes for t in tokens if (homes := by_word.get(t)) is not None]
        home = _home(m.code, shared, states) if shared else None
        if home is None:
            home = len(groups)
            groups.append([m])
            states.append(set())
        else:
            groups[home].append(m)
        if m.code is not None:
            states[home].add(m.code)
        for t in tokens:
            if (homes := by_word.get(t)) is None:
                by_word[t] = {home}
            else:
                homes.add(home)
    out = [(_entity(mentions), mentions) for mentions in groups]
    out.sort(key=lambda pair: pair[0].first)
    entities = [e for e, _ in out]
    if issuer is not None and all(p.code != issuer for p in entities):
        first = next((p for p in entities if p.code is None and p.title), None)
        if first is not None:
            entities[entities.index(first)] = evolve(first, code=issuer)
    return tuple(entities), {
        id(m): entities[n] for n, (_, mentions) in enumerate(out) for m in mentions
    }


def _home(code: str | None, shared: list[set[int]], states: list[set[str]]) -> int | None:
    """Return the earliest group sharing a word with a mention and agreeing on its state."""
    candidates = sorted(set().union(*shared))
    if code is None:
        return candidates[0]
    agreeing = {code}
    return next((n for n in candidates if states[n] <= agreeing), None)


def _entity(mentions: list[ActorMention]) -> PersonEntity:
    """Return the person that the mentions of one group stand for."""
    if len(mentions) == 1:  # most persons are named once
        fullest = mentions[0]
        title, rank, code = fullest.title or None, fullest.rank or None, fullest.code or None
        earliest = fullest.span.start
    else:
        fullest = max(mentions, key=lambda m: (len(m.name.split()), m.name != m.name.upper()))
        titled = [m for m in mentions if m.title]
        title = max(titled, key=lambda m: len(m.title or "")).title if titled else None
        rank = next((m.rank for m in mentions if m.rank), None)
        code = next((m.code for m in mentions if m.code), None)
        earliest = min(m.span.start for m in mentions)
    return PersonEntity(
        key=_name_words(fullest.name)[0],
        name=fullest.name,
        title=title,
        rank=rank,
        given_name=fullest.given_name,
        family_name=fullest.family_name,
        code=code,
        first=earliest,
    )
