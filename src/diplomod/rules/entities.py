"""Who the persons of one document are: mentions that share a name grouped into one person.

Each person takes the fullest name, the longest title, and the state any of their
mentions gives; the first titled person with no state is taken to speak for the
document's issuer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
    groups: list[tuple[list[ActorMention], set[str]]] = []  # the mentions, their known states
    by_word: dict[str, set[int]] = {}  # the groups each name word belongs to
    names: dict[str, tuple[str, frozenset[str]]] = {}  # the key and words of each name
    for m in actors:
        if m.kind is not ActorKind.PERSON:
            continue
        if (parsed := names.get(m.name)) is None:
            parsed = names[m.name] = _name_words(m.name)
        key, tokens = parsed
        if not key:
            continue
        candidates = set[int]().union(*(by_word.get(t, ()) for t in tokens))
        home = next(
            (n for n in sorted(candidates) if m.code is None or groups[n][1] <= {m.code}), None
        )
        if home is None:
            home = len(groups)
            groups.append(([], set()))
        groups[home][0].append(m)
        if m.code is not None:
            groups[home][1].add(m.code)
        for t in tokens:
            by_word.setdefault(t, set()).add(home)
    out = []
    for mentions, _ in groups:
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
        entity = PersonEntity(
            key=names[fullest.name][0],
            name=fullest.name,
            title=title,
            rank=rank,
            given_name=fullest.given_name,
            family_name=fullest.family_name,
            code=code,
            first=earliest,
        )
        out.append((entity, mentions))
    out.sort(key=lambda pair: pair[0].first)
    entities = [e for e, _ in out]
    if issuer is not None and all(p.code != issuer for p in entities):
        first = next((p for p in entities if p.code is None and p.title), None)
        if first is not None:
            entities[entities.index(first)] = evolve(first, code=issuer)
    return tuple(entities), {
        id(m): entities[n] for n, (_, mentions) in enumerate(out) for m in mentions
    }
