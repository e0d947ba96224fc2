"""Find mentions of actors (states, organizations, bodies, persons) and references to them.

Three regex passes feed one left-to-right scan: a trie of every name and
capitalized title or rank, a trie of lower-case words after a space ("prime
minister", "counterpart", "two leaders", "he"), and runs of capitalized words
before a reporting verb ("Xi Jinping said"). Each hit becomes a state, demonym,
capital, organization or body mention, or anchors a person ("Brazil's Foreign
Minister Ana Silva", "General Lee Min-ho, Minister of National Defense of the
Republic of Korea"), a role ("the Secretary"), a counterpart or a side.
Mentions may nest: the state in "Japan's Defense Minister" is one of its own.
"""

from __future__ import annotations

import enum
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from itertools import accumulate
from typing import TypeVar
from weakref import WeakKeyDictionary

from attrs import Factory, field, frozen

from diplomod.mentions.lexicon.entries import NameKind
from diplomod.mentions.lexicon.model import DEFAULT_LEXICON, Lexicon
from diplomod.mentions.lexicon.patterns import AnchorKind, LexiconPatterns, compile_lexicon
from diplomod.mentions.persons import (
    NameParse,
    TitleParse,
    determiner_start,
    find_bare_names,
    find_name_words,
    name_keys,
    qualifier_gap,
    read_appositive,
    read_name,
    read_set_off_name,
    read_title,
    resplit,
    title_start,
)
from diplomod.records.provenance import Span

__all__ = [
    "ActorKind",
    "ActorMention",
    "ActorScan",
    "ReferenceKind",
    "ReferenceMention",
    "find_actors",
    "find_name_references",
    "find_references",
    "scan_actors",
]


class ActorKind(enum.StrEnum):
    """What an actor mention names."""

    STATE = "state"
    DEMONYM = "demonym"
    CAPITAL = "capital"
    """A capital: the city, or its government ("Beijing has been accused")."""
    ORGANIZATION = "organization"
    BODY = "body"
    """A government body: "the Kremlin", "Japan's Ministry of Defence"."""
    PERSON = "person"


class ReferenceKind(enum.StrEnum):
    """How a reference points back to actors named elsewhere."""

    PRONOUN = "pronoun"
    """"he", "his", "they", "we"."""
    NAME = "name"
    """A bare family or given name of a known person: "Kishi", "Giang"."""
    GROUP = "group"
    """"the two leaders", "both sides", "the Ministers"."""
    COUNTERPART = "counterpart"
    """"his Vietnamese counterpart" (no name follows)."""
    ROLE = "role"
    """A title without a name: "the Secretary", "the President of Russia"."""
    SIDE = "side"
    """A state by its side or delegation: "the Russian side"."""


_KINDS = {
    NameKind.STATE: ActorKind.STATE,
    NameKind.DEMONYM: ActorKind.DEMONYM,
    NameKind.CAPITAL: ActorKind.CAPITAL,
    NameKind.ORGANIZATION: ActorKind.ORGANIZATION,
    NameKind.BODY: ActorKind.BODY,
}
_QUALIFIERS = (ActorKind.STATE, ActorKind.DEMONYM, ActorKind.ORGANIZATION, ActorKind.BODY)
_PRONOUN = ReferenceKind.PRONOUN


@frozen(kw_only=True)
class ActorMention:
    """A mention of an actor; ``text[span]`` is ``name``.

    For a person ``span`` covers the name only; ``title_span`` the title and
    ``extent`` the whole phrase, from a qualifier ("Japan's") to an appositive.
    ``code`` is the ISO alpha-3 code or organization acronym of the actor, or for a
    person of the state or organization the mention itself says they represent.
    """

    span: Span
    kind: ActorKind
    name: str
    code: str | None = None
    title: str | None = None
    title_span: Span | None = None
    rank: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    extent: Span = field(default=Factory(lambda self: self.span, takes_self=True))


@frozen(kw_only=True)
class ReferenceMention:
    """A phrase that refers back to actors: a pronoun, a group, a role, a bare name."""

    span: Span
    kind: ReferenceKind
    text: str
    code: str | None = None
    title: str | None = None
    antecedent: ActorMention | None = None

    @property
    def extent(self) -> Span:
        """Return the whole phrase: the span (as :attr:`ActorMention.extent`)."""
        return self.span


@frozen(kw_only=True)
class ActorScan:
    """Everything one scan finds: actor mentions and references, each in text order."""

    actors: tuple[ActorMention, ...]
    references: tuple[ReferenceMention, ...]


def find_actors(text: str, lexicon: Lexicon = DEFAULT_LEXICON) -> tuple[ActorMention, ...]:
    """Return the actor mentions in ``text``, ordered by start (longest first)."""
    return _Scanner(text, lexicon, with_references=False).run().actors


def find_references(text: str, lexicon: Lexicon = DEFAULT_LEXICON) -> tuple[ReferenceMention, ...]:
    """Return pronouns, groups, roles, counterparts and sides in ``text``, in order."""
    return scan_actors(text, lexicon).references


def scan_actors(text: str, lexicon: Lexicon = DEFAULT_LEXICON) -> ActorScan:
    """Find actor mentions and references in one pass over ``text``."""
    return _Scanner(text, lexicon).run()


class _Scanner:
    """The state of one scan: what was found and which offsets are taken."""

    def __init__(self, text: str, lexicon: Lexicon, *, with_references: bool = True) -> None:
        self.text = text
        self.with_references = with_references
        self.lexicon = lexicon
        self.patterns: LexiconPatterns = compile_lexicon(lexicon)
        self.names, self.words, self.readers = _dispatch(self.patterns)
        self.actors: list[ActorMention] = []
        self.references: list[ReferenceMention] = []
        self.last: ActorMention | None = None  # the last name mention, a possible qualifier
        self.taken = 0  # anchors of titles and ranks before this belong to a found mention
        self.in_name = 0  # lexicon names before this lie inside a person's name
        self.cues: list[int] = []  # where a name may start after a cue word ("with")
        self.persons: list[tuple[int, int]] = []  # the extents of the persons found

    def run(self) -> ActorScan:
        text, patterns, names, readers = self.text, self.patterns, self.names, self.readers
        if self.with_references:
            if first := patterns.pronoun.match(text):
                self._refer(ReferenceKind.PRONOUN, 0, first.end())
            words = iter(patterns.find_lower_words(text))
        else:
            words = patterns.lower_heads.finditer(text)
        word = next(words, None)  # lower-case words are merged in by start offset
        word_at = word.start() if word is not None else len(text)
        for m in patterns.anchor.finditer(text):
            start = m.start()
            while word is not None and word_at < start:
                self._lower_word(word)
                word = next(words, None)
                word_at = word.start() if word is not None else len(text)
            if start and ((before := text[start - 1]).isalnum() or before == "_"):
                continue
            surface = m.group()
            name = names.get(surface)
            if name is not None:
                if start >= self.in_name:
                    self._name(start, m.end(), surface, name)
            elif start >= self.taken and (read := readers.get(surface)):
                read(self, start, m.end())
        while word is not None:
            self._lower_word(word)
            word = next(words, None)
        self._bare_names()
        return ActorScan(actors=_in_order(self.actors), references=_in_order(self.references))

    def _lower_word(self, m: re.Match[str]) -> None:
        """Handle a lower-case anchor: "two leaders", "counterpart", "president", "he"."""
        surface, end = m.group(1), m.end()  # group 1 follows one white-space character
        kind = self.words[surface]
        if kind is AnchorKind.PRONOUN:
            start = end - len(surface)
            if start >= self.taken:
                span = Span(start=start, end=end)
                self.references.append(ReferenceMention(span=span, kind=_PRONOUN, text=surface))
        elif self.text[end - len(surface) - 1] != " ":
            return  # only pronouns count after a line break (as in the scan without references)
        elif kind is AnchorKind.CUE:
            self.cues.append(end + 1)
        elif kind is AnchorKind.GROUP:
            start = end - len(surface)
            det = determiner_start(self.text, start, group=True)
            if det >= 0 and det >= self.taken:
                self._refer(ReferenceKind.GROUP, det, end)
                self.taken = end  # "The Secretary and Foreign Ministers" is one group
        elif (start := end - len(surface)) >= self.taken and (read := self.readers.get(surface)):
            read(self, start, end)

    def _refer(
        self, kind: ReferenceKind, start: int, end: int, code: str | None = None, title: str = ""
    ) -> None:
        if self.with_references:
            span, text, role = Span(start=start, end=end), self.text[start:end], title or None
            ref = ReferenceMention(span=span, kind=kind, text=text, code=code, title=role)
            self.references.append(ref)

    # -- lexicon names --------------------------------------------------------------

    def _name(self, start: int, end: int, surface: str, name: _Name) -> None:
        kind, code = name
        text = self.text
        if kind is None or text.startswith("$", end):
            self.last = None  # a place, or a currency ("US$250", "HK$")
            return
        span = Span(start=start, end=end)
        mention = ActorMention(span=span, kind=kind, name=surface, code=code, extent=span)
        self.actors.append(mention)
        last = self.last
        if not (
            text.startswith(")", end)
            and last
            and last.span.end + 2 == start
            and text.startswith(" (", last.span.end)
        ):
            self.last = mention  # "Republic of Korea (ROK)": the qualifier stays the full name

    def _qualifier(self, start: int) -> ActorMention | None:
        """Return the state, demonym, organization or body right before ``start``."""
        last = self.last
        if last is None or last.kind not in _QUALIFIERS or last.span.end > start:
            return None
        return last if qualifier_gap(self.text, last.span.end, start) else None

    # -- persons, roles, bodies -------------------------------------------------------

    def _title(self, head: int, head_end: int) -> None:
        text, lexicon, patterns = self.text, self.lexicon, self.patterns
        start = self._title_start(head)
        qualifier = self._qualifier(start)
        first = qualifier.span.start if qualifier else start
        determined = determiner_start(text, first) >= 0
        title = read_title(text, start, head_end, lexicon, patterns, joins=not determined)
        code = qualifier.code if qualifier else title.code
        pos, rank = self._ranks(title.after)
        name = read_name(text, pos, lexicon, patterns, code=code) if pos else None
        if name is None and (off := read_set_off_name(text, title.after, lexicon, patterns, code)):
            name, rank = off  # "the Secretary-General of the UN, Amina Mohammed,"
        if name is None:
            self.taken = title.after
            if determined:
                role = text[title.start : title.end]
                self._refer(ReferenceKind.ROLE, first, title.after, code=code, title=role)
            return
        end = name.end
        if code is None and (of := patterns.read_of_party(text, end)):
            entry = lexicon.names.get(of[0])
            code, end = (entry.code if entry else None), of[1]
            name = resplit(name, code, lexicon)
        self._person(name, first, end, code=code, title=title, rank=rank)

    def _title_start(self, head: int) -> int:
        """Return where the title or body whose head word starts at ``head`` begins.

        Modifiers and portfolio words before the head belong to it, but never the
        words of a name mention ("South African President": "South" is no remit).
        """
        last = self.last
        floor = last.span.end if last is not None and last.span.end <= head else 0
        return title_start(self.text, head, self.patterns, floor=floor)

    def _ranks(self, after: int) -> tuple[int, str | None]:
        """Return where a name may start after a title ending at ``after``, and any rank."""
        if not self.text.startswith(" ", after):
            return 0, None
        ranks = self.patterns.ranks.match(self.text, after + 1)
        if ranks is None:
            return after + 1, None
        return ranks.end(), ranks.group().rstrip()

    def _rank(self, start: int, end: int) -> None:
        text, lexicon, patterns = self.text, self.lexicon, self.patterns
        ranks = patterns.ranks.match(text, start)
        if ranks is None:
            return
        qualifier = self._qualifier(start)
        code = qualifier.code if qualifier else None
        name = read_name(text, ranks.end(), lexicon, patterns, code=code)
        if name is None:
            return
        title = read_appositive(text, name.end, lexicon, patterns)
        if title is not None:
            code = code or title.code
            name = resplit(name, code, lexicon)
        first = qualifier.span.start if qualifier else start
        end = title.after if title else name.end
        rank = ranks.group().rstrip()
        self._person(name, first, end, code=code, title=title, rank=rank)

    def _person(
        self,
        name: NameParse,
        first: int,
        end: int,
        *,
        code: str | None,
        title: TitleParse | None,
        rank: str | None,
    ) -> None:
        """Add the person ``name``, whose whole phrase is ``text[first:end]``."""
        start, name_end = name.start, name.end
        span = Span(start=start, end=name_end)
        self.actors.append(
            ActorMention(
                span=span,
                kind=ActorKind.PERSON,
                name=self.text[start:name_end],
                code=code,
                title=self.text[title.start : title.end] if title else None,
                title_span=Span(start=title.start, end=title.end) if title else None,
                rank=rank,
                given_name=name.given,
                family_name=name.family,
                extent=span if first == start and end == name_end else Span(start=first, end=end),
            )
        )
        self.persons.append((first, end))
        if end > self.taken:
            self.taken = end
        if name_end > self.in_name:
            self.in_name = name_end

    def _body(self, head: int, head_end: int) -> None:
        text, lexicon, patterns = self.text, self.lexicon, self.patterns
        start = self._title_start(head)
        remit_end = patterns.read_remit(text, head_end)
        remit = remit_end >= 0
        end = remit_end if remit else head_end
        code = None
        if of := patterns.read_of_party(text, end):
            entry = lexicon.names.get(of[0])
            code, end = (entry.code if entry else None), of[1]
        elif (remit or start < head) and text.startswith(" ", end):
            party = patterns.party.match(text, end + 1)  # "Ministry of Defense Japan"
            entry = lexicon.names.get(party.group()) if party else None
            if entry is not None and entry.kind is NameKind.STATE:
                code, end = entry.code, end + 1 + len(entry.surface)
        qualifier = self._qualifier(start)
        code = code or (qualifier.code if qualifier else None)
        if code is None and not remit and start == head:
            return  # a bare "Ministry" or "government"
        self.taken = end
        body = ActorMention(
            span=Span(start=start, end=end),
            kind=ActorKind.BODY,
            name=text[start:end],
            code=code,
            extent=Span(start=qualifier.span.start if qualifier else start, end=end),
        )
        self.actors.append(body)
        self.last = body

    def _counterpart(self, start: int, end: int) -> None:
        text, lexicon, patterns = self.text, self.lexicon, self.patterns
        qualifier = self._qualifier(start)
        code = qualifier.code if qualifier else None
        first = qualifier.span.start if qualifier else start
        pos, rank = self._ranks(end)
        name = read_name(text, pos, lexicon, patterns, code=code) if pos else None
        if name is not None and not text.endswith("s", start, end):
            self._person(name, first, name.end, code=code, title=None, rank=rank)
        elif determiner_start(text, first) >= 0:
            self._refer(ReferenceKind.COUNTERPART, first, end, code=code)

    def _side(self, start: int, end: int) -> None:
        qualifier = self._qualifier(start)
        if qualifier is None or qualifier.kind not in (ActorKind.STATE, ActorKind.DEMONYM):
            return
        first = qualifier.span.start
        text = self.text
        if text[qualifier.span.end : start] == " " and determiner_start(text, first) >= 0:
            self._refer(ReferenceKind.SIDE, first, end, code=qualifier.code)

    # -- passes over the whole text ---------------------------------------------------

    def _bare_names(self) -> None:
        persons = sorted(self.persons)
        starts = [start for start, _ in persons]
        reach = list(accumulate((end for _, end in persons), max))  # furthest end so far

        def taken(start: int, end: int) -> bool:
            i = bisect_left(starts, end) - 1
            return i >= 0 and reach[i] > start  # overlaps a person found by title or rank

        text, lexicon, patterns = self.text, self.lexicon, self.patterns
        for name, title in find_bare_names(text, lexicon, patterns, self.cues, taken):
            code = title.code if title else None
            if code is not None:
                name = resplit(name, code, lexicon)
            end = title.after if title else name.end
            self._person(name, name.start, end, code=code, title=title, rank=None)


_HEADS: dict[AnchorKind, Callable[[_Scanner, int, int], None]] = {
    AnchorKind.TITLE: _Scanner._title,
    AnchorKind.RANK: _Scanner._rank,
    AnchorKind.BODY: _Scanner._body,
    AnchorKind.COUNTERPART: _Scanner._counterpart,
    AnchorKind.SIDE: _Scanner._side,
}


_Reader = Callable[[_Scanner, int, int], None]
_Name = tuple[ActorKind | None, str | None]
"""The kind of actor a lexicon name is (``None`` for a place), and its code."""
_Dispatch = tuple[dict[str, _Name], dict[str, AnchorKind], dict[str, _Reader]]
_DISPATCH: WeakKeyDictionary[LexiconPatterns, _Dispatch] = WeakKeyDictionary()


def _dispatch(patterns: LexiconPatterns) -> _Dispatch:
    """Return what each anchor surface is: the kind and code of a name, the kind of a
    lower-case word, and the reader of a head. Built once per lexicon, so that scans
    look up strings only."""
    dispatch = _DISPATCH.get(patterns)
    if dispatch is None:
        names, words, readers = {}, {}, {}
        for surface, anchor in patterns.anchors.items():
            words[surface] = anchor.kind
            if anchor.entry is not None:
                names[surface] = (_KINDS.get(anchor.entry.kind), anchor.entry.code)
            elif read := _HEADS.get(anchor.kind):
                readers[surface] = read
        dispatch = _DISPATCH[patterns] = (names, words, readers)
    return dispatch


_Mention = TypeVar("_Mention", ActorMention, ReferenceMention)


def _in_order(mentions: list[_Mention]) -> tuple[_Mention, ...]:
    """Return ``mentions`` ordered by start, longest first (stable: ties keep their order)."""
    return tuple(sorted(mentions, key=_order))


def _order(mention: ActorMention | ReferenceMention) -> tuple[int, int]:
    span = mention.span
    return span.start, -span.end


def find_name_references(
    text: str, known_persons: Iterable[ActorMention]
) -> tuple[ReferenceMention, ...]:
    """Return bare mentions of known persons' names ("Kishi", "KISHI", "Giang").

    Each known person is looked for by family name and by the last word of the
    name; occurrences inside a known person's own span are skipped, as are words
    that run on into another capitalized word. The antecedent is the known
    person with the fullest name that carries the word.
    """
    persons = [p for p in known_persons if p.kind is ActorKind.PERSON]
    keys: dict[str, ActorMention] = {}
    for *_, n in sorted((-len(p.name.split()), p.span.start, n) for n, p in enumerate(persons)):
        person = persons[n]  # (fullest names first)
        for key in name_keys(person.name, person.family_name):
            for variant in (key, key.upper()):
                keys.setdefault(variant, person)
    if not keys:
        return ()
    inside = sorted((p.span.start, p.span.end) for p in persons)
    return tuple(
        ReferenceMention(
            span=Span(start=start, end=start + len(key)),
            kind=ReferenceKind.NAME,
            text=key,
            antecedent=keys[key],
        )
        for start, key in find_name_words(text, keys, inside)
    )
