"""Who is who in one document: persons and the states they represent, and subjects.

Person mentions that share a name are one person; each person's state comes
from any of their mentions ("Japan's Defense Minister Nobuo Kishi"), else from
the document's issuer ("Minister KISHI" in a release of Japan's Ministry of
Defense). Pronouns resolve to the last person in subject position; group
phrases ("the Ministers", "both sides", "they") to the document's principal
parties.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from diplomod.mentions.actors import (
    ActorKind,
    ActorMention,
    ActorScan,
    ReferenceKind,
    ReferenceMention,
    find_name_references,
)
from diplomod.mentions.lexicon.caseless import CaselessPattern, lower_view
from diplomod.records import Span
from diplomod.rules.entities import PersonEntity, group_persons
from diplomod.rules.lookback import CLAUSE_OPENERS, Lookback
from diplomod.rules.parties import find_issuer, first_person_plural, guess_principals
from diplomod.rules.positions import Party

__all__ = ["Discourse", "find_issuer", "make_discourse"]

_CLAUSE_START = re.compile(
    r"(?:^|[.;:,\"\n]|\s[-\u2013\u2014]{1,2}|\b(?:" + "|".join(CLAUSE_OPENERS) + r"))\s*$"
)  # a spaced dash ends a dateline ("BRUSSELS - NATO ministers ...") or opens an aside
_POSSESSED = re.compile(r"\)?'s?\b")
#: Offices a state's possessive names as the speaker ("Japan's foreign minister said"); data.
_OFFICE_WORDS: tuple[str, ...] = (
    "ambassador", "cabinet", "chancellor", "delegation", "embassy", "envoy", "foreign office",
    "government", "leader", "minister", "ministry", "mission", "president", "prime minister",
    "premier", "presidency", "spokesman", "spokesperson", "spokeswoman",
)  # fmt: skip
_OFFICE = CaselessPattern(
    r"'s\s+(?:(?:senior|top|chief|deputy|vice|acting|foreign|defen[cs]e|trade|finance|home|"
    r"interior|state|affairs|external|security)\s+){0,3}(?:"
    + "|".join(sorted((w.replace(" ", r"\s+") for w in _OFFICE_WORDS), key=len, reverse=True))
    + r")(?:\s+spokes(?:person|man|woman))?\b"
)
_GAP = CaselessPattern(
    r"(?:,?\s+(?:also|further|then|jointly|both|all|each|has|have|had|was|were|is|are|will|"
    r"would|did|does|do|not|never|again|once|later|today|yesterday|separately|together|"
    r"themselves|however|subsequently|[a-z]+ly))*[\s,]*"
)
_BLANK = re.compile(r"[\s,]*")
_JOIN = re.compile(
    r"^\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+|together\s+with\s+|&\s+)(?:the\s+)?"
    r"(?:(?:his|her|their)\s+(?:[A-Z][\w-]+\s+)?counterparts?,?\s+)?$"
)
_GROUP_PARTS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_NOT_TITLES = frozenset({"sides", "leaders", "parties", "countries", "side", "two", "both"})
_BY_STATE = frozenset({ReferenceKind.SIDE, ReferenceKind.COUNTERPART})
_PLURAL_PRONOUNS = frozenset({"they", "we", "both", "them"})
_SINGULAR_PRONOUNS = frozenset({"he", "she"})
_SKIP_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "him", "it"})
_PERSON_PRONOUNS = _SINGULAR_PRONOUNS | {"his", "her", "him"}
# enum members as module constants: looking one up on its class is slow on hot paths
_PERSON, _DEMONYM = ActorKind.PERSON, ActorKind.DEMONYM
_PRONOUN, _NAME, _GROUP = ReferenceKind.PRONOUN, ReferenceKind.NAME, ReferenceKind.GROUP
_ROLE = ReferenceKind.ROLE


_Item = ActorMention | ReferenceMention


class Discourse:
    """Resolves the actors of a document's clauses; implements the positions' Resolver."""

    def __init__(
        self,
        text: str,
        scan: ActorScan,
        *,
        issuer: str | None = None,
        principals: Sequence[str] = (),
        speaks_alone: bool = False,
    ) -> None:
        """``speaks_alone``: the document is its issuer's own statement, so "we" is the issuer."""
        self.text = text
        self.low = lower_view(text)
        self._lookback = Lookback(text, self.low)
        self.issuer = issuer
        self.actors = scan.actors
        persons = [m for m in scan.actors if m.kind is _PERSON]
        names = find_name_references(text, persons)
        self.persons, self._by_mention = group_persons(persons, issuer)
        # the persons whose title has a word, and where each is first named, in that order
        self._holders: dict[str, tuple[list[int], list[PersonEntity]]] = {}
        for p in self.persons:
            for word in dict.fromkeys(p.title.casefold().split() if p.title else ()):
                firsts, holders = self._holders.setdefault(word, ([], []))
                firsts.append(p.first)
                holders.append(p)
        self._codes_by_title_word: dict[str, tuple[str, ...]] = {}
        self._codes_by_group: dict[str, tuple[str, ...]] = {}
        self.items: list[_Item] = _top_level(scan.actors, (*scan.references, *names))
        self._starts = [i.span.start for i in self.items]
        self._ends = [i.span.end for i in self.items]
        # items are disjoint, so their ends ascend too, and a bisect finds the last inside
        self._ends_ascend = self._ends == sorted(self._ends)
        self._principals = tuple(principals) or guess_principals(text, self.actors, self.persons)
        self._we = first_person_plural(text, self.actors)
        #: who an official of unknown state speaks for: the issuer of its own statement
        self._own: tuple[str, ...] = (issuer,) if speaks_alone and issuer is not None else ()
        if not self._we:
            self._we = self._own
        self._antecedents = self._resolve_pronouns()

    # ---------------------------------------------------------------- queries

    def person(self, mention: ActorMention | ReferenceMention) -> PersonEntity | None:
        """Return the person entity a person mention or name reference stands for."""
        if isinstance(mention, ReferenceMention):
            if mention.kind is _NAME and mention.antecedent is not None:
                return self._by_mention.get(id(mention.antecedent))
            target = self._antecedents.get(mention.span.start)
            return self._by_mention.get(id(target)) if target is not None else None
        return self._by_mention.get(id(mention)) if mention.kind is _PERSON else None

    def set_principals(self, codes: Iterable[str]) -> None:
        """Fix the document's principal parties (from its main event)."""
        codes = tuple(codes)
        if len(codes) >= 2:
            self._principals = codes

    def principals(self) -> tuple[str, ...]:
        """Return the main parties of the document."""
        return self._principals

    def we(self) -> tuple[str, ...]:
        """Return who "we" are: the signatories a communique introduces, or the issuer of
        its own statement, else ()."""
        return self._we

    def items_in(self, start: int, stop: int) -> list[_Item]:
        """Return the top-level mentions and references inside ``[start, stop)``."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, stop, lo)
        if self._ends_ascend:  # the items ending by ``stop`` come first
            return self.items[lo : bisect.bisect_right(self._ends, stop, lo, hi)]
        return [i for i in self.items[lo:hi] if i.span.end <= stop]

    def party_of(self, item: _Item) -> Party | None:
        """Return the actor codes and persons an item stands for, or None if unknown."""
        if isinstance(item, ActorMention):
            span = item.extent
            if item.kind is _PERSON:
                entity = self._by_mention.get(id(item))
                code = entity.code if entity else item.code
                name = entity.name if entity else item.name
                return Party(codes=(code,) if code else self._own, persons=(name,), span=span)
            if item.kind is _DEMONYM or item.code is None:
                return None
            return Party(codes=(item.code,), span=span)
        span = item.span
        kind = item.kind
        word = item.text.lower()
        if kind is _GROUP:
            holders = self._title_holders(item)
            if holders:
                return Party(codes=holders, plural=True, span=span)
        if word == "we" and self._we:
            return Party(codes=self._we, plural=True, span=span)
        if kind is _GROUP or word in _PLURAL_PRONOUNS:
            return Party(codes=self._principals, plural=True, span=span)
        if kind is _NAME or kind is _PRONOUN:
            entity = self.person(item)
            if entity is None:
                return None
            codes = (entity.code,) if entity.code else self._own
            return Party(codes=codes, persons=(entity.name,), span=span)
        if kind is _ROLE and item.code is None:
            entity = self._holder(item)
            if entity is not None:
                codes = (entity.code,) if entity.code else self._own
                return Party(codes=codes, persons=(entity.name,), span=span)
        if item.code is not None:
            return Party(codes=(item.code,), span=span)
        return None

    def _title_holders(self, group: ReferenceMention) -> tuple[str, ...]:
        """Return the states of the persons a group's titles name ("the Secretary and
        Foreign Ministers"), or () when a title holder's state is unknown.
        """
        known = self._codes_by_group.get(group.text)
        if known is None:
            known = self._codes_by_group[group.text] = self._group_codes(group.text)
        return known

    def _group_codes(self, text: str) -> tuple[str, ...]:
        """Return the states of the persons the titles in ``text`` name, or ()."""
        codes: list[str] = []
        for part in _GROUP_PARTS.split(text):
            words = part.split()
            head = words[-1].casefold() if words else ""
            if head in _NOT_TITLES:
                return ()
            singular = head[:-3] + "y" if head.endswith("ies") else head.removesuffix("s")
            known = self._holder_codes(singular)
            if not known:
                return ()
            codes.extend(c for c in known if c not in codes)
        return tuple(codes)

    def _holder_codes(self, word: str) -> tuple[str, ...]:
        """Return the states of the persons whose title has ``word``, or () if one is unknown."""
        codes = self._codes_by_title_word.get(word)
        if codes is None:
            holders = self._holders.get(word, ((), ()))[1]
            if any(p.code is None for p in holders):
                codes = ()
            else:
                codes = tuple(dict.fromkeys(p.code for p in holders if p.code))
            self._codes_by_title_word[word] = codes
        return codes

    def _holder(self, role: ReferenceMention) -> PersonEntity | None:
        """Return the person last named before ``role`` whose title has the role's head word."""
        words = (role.title or role.text).split()
        head = words[-1].casefold() if words else ""
        firsts, holders = self._holders.get(head, ([], []))
        n = bisect.bisect_left(firsts, role.span.start)  # holders named before the role
        return holders[bisect.bisect_left(firsts, firsts[n - 1])] if n else None

    def subject_before(self, start: int, stop: int) -> Party | None:
        """Return the subject of a verb at ``stop``: the nearest actor group that opens a
        clause or is followed only by function words ("also", "has", "strongly").
        """
        # subject-like items from the verb backwards, each judged only when reached
        items = self.items_in(start, stop)
        n = len(items)
        while n:
            n -= 1
            last = items[n]
            if not self._subject_like(last):
                continue
            end = last.extent.end
            if (
                _BLANK.fullmatch(self.text, end, stop)  # what _GAP matches most often, fast
                or _GAP.fullmatch(self.text, self.low, end, stop)
                or self._clause_initial(last)
                or (
                    (office := self._office(last)) is not None
                    and _GAP.fullmatch(self.text, self.low, office.end(), stop) is not None
                )
            ):
                break
        else:
            return None
        group = [last]
        while n:
            n -= 1
            item = items[n]
            if not self._subject_like(item):
                continue
            if not _JOIN.match(self.text[item.extent.end : group[0].extent.start]):
                break
            group.insert(0, item)
        return self._merge(group)

    def subject_after(self, start: int, stop: int) -> Party | None:
        """Return the first actor group after a comma in ``text[start:stop]``."""
        comma = self.text.find(",", start, stop)
        if comma < 0:
            return None
        items = [i for i in self.items_in(comma, stop) if self._subject_like(i)]
        return self._merge(items[:1]) if items else None

    def named_in(self, start: int, stop: int) -> tuple[tuple[Span, str | None], ...]:
        """Return each actor named in ``text[start:stop]`` with its state, in order.

        States, organizations, sides ("the Russian side"), counterparts by their
        state ("his French counterpart") and persons count; a
        person of unknown state, or a bare title ("the Minister") that more than one
        state's representative holds, comes with None.
        """
        out: list[tuple[Span, str | None]] = []
        for item in self.items_in(start, stop):
            if isinstance(item, ActorMention):
                if item.kind is _DEMONYM:
                    continue
                party = self.party_of(item)
                if party is None:
                    continue
            elif item.kind in _BY_STATE and item.code is not None:
                party = Party(codes=(item.code,))
            elif item.kind is _ROLE:
                party = self._role_party(item)
            else:
                continue
            if len(party.codes) <= 1 and (party.codes or party.persons):
                out.append((item.extent, party.codes[0] if party.codes else None))
        return tuple(out)

    def _role_party(self, role: ReferenceMention) -> Party:
        """Return the state a bare title stands for, when every holder of it shares one."""
        if role.code is not None:
            return Party(codes=(role.code,))
        words = (role.title or role.text).split()
        codes = self._holder_codes(words[-1].casefold()) if words else ()
        return Party(codes=codes if len(codes) == 1 else (), persons=(role.text,))

    # ---------------------------------------------------------------- internals

    def _clause_initial(self, item: _Item) -> bool:
        start = item.extent.start
        return _CLAUSE_START.search(self.text, max(0, start - 12), start) is not None

    def _office(self, item: _Item) -> re.Match[str] | None:
        """Return the office a state's possessive names ("Japan's foreign minister"), if any."""
        if not isinstance(item, ActorMention) or item.kind is _PERSON:
            return None
        return _OFFICE.match(self.text, self.low, item.extent.end)

    def _subject_like(self, item: _Item) -> bool:
        if isinstance(item, ReferenceMention):
            if item.kind is _PRONOUN and item.text.lower() in _SKIP_PRONOUNS:
                return False
            extent = item.span
        elif item.kind is _DEMONYM:
            return False
        else:
            extent = item.extent
        if _POSSESSED.match(self.text, extent.end) and not self._office(item):
            return False
        return not self._lookback.after_preposition(extent.start)

    def _merge(self, group: Sequence[_Item]) -> Party | None:
        if len(group) == 1:  # one item: its own party, if it names anyone
            party = self.party_of(group[0])
            if party is None or not (party.codes or party.persons):
                return None
            named, speakers = party.codes, party.persons
            if (len(named) < 2 or len(set(named)) == len(named)) and (
                len(speakers) < 2 or len(set(speakers)) == len(speakers)
            ):
                return party
        codes: list[str] = []
        persons: list[str] = []
        plural = len(group) > 1
        for item in group:
            party = self.party_of(item)
            if party is None:
                continue
            plural = plural or party.plural
            codes.extend(c for c in party.codes if c not in codes)
            persons.extend(p for p in party.persons if p not in persons)
        if not codes and not persons:
            return None
        span = Span(start=group[0].extent.start, end=group[-1].extent.end)
        return Party(codes=tuple(codes), persons=tuple(persons), plural=plural, span=span)

    def _resolve_pronouns(self) -> dict[int, ActorMention]:
        """Map each singular pronoun to the last person mention in subject position."""
        out: dict[int, ActorMention] = {}
        last_subject: ActorMention | None = None
        last_any: ActorMention | None = None
        for item in self.items:
            kind = item.kind  # (one identity test per item is all most items need)
            if kind is _PERSON and isinstance(item, ActorMention):
                last_any = item
                if self._lookback.opens_clause(item.extent.start):
                    last_subject = item
            elif kind is _NAME and isinstance(item, ReferenceMention):
                if item.antecedent is not None:
                    last_any = item.antecedent
                    if self._lookback.opens_clause(item.span.start):
                        last_subject = item.antecedent
            elif (
                kind is _PRONOUN
                and isinstance(item, ReferenceMention)
                and item.text.lower() in _PERSON_PRONOUNS
            ):
                target = last_subject or last_any
                if target is not None:
                    out[item.span.start] = target
        return out


def make_discourse(
    text: str, scan: ActorScan, *, issuer: str | None = None, principals: Sequence[str] = ()
) -> Discourse:
    """Return the discourse model of a document's actors."""
    return Discourse(text, scan, issuer=issuer, principals=principals)


def _top_level(
    actors: Sequence[ActorMention], references: Sequence[ReferenceMention]
) -> list[_Item]:
    """Return the mentions not nested inside another's extent ("Japan" in "Japan's Minister
    Kishi"), ordered by span start, shortest first.

    Extents are ranked by start, longest first, actors before references and earlier
    before later on a tie; an item starting inside the last one kept is dropped.
    """
    items: list[_Item] = [*actors, *references]
    extents = [a.extent for a in actors]
    extents += [r.span for r in references]
    ranks = [(e.start, -e.end) for e in extents]
    kept: list[_Item] = []
    reach = -1
    for n in sorted(range(len(ranks)), key=ranks.__getitem__):  # a stable sort
        if extents[n].start >= reach:
            kept.append(items[n])
            reach = extents[n].end
    spans = [(i.span.start, i.span.end) for i in kept]
    if spans == sorted(spans):  # (mostly they are in order already)
        return kept
    return [kept[n] for n in sorted(range(len(spans)), key=spans.__getitem__)]
