"""Read an agreement mention in its context: status, parties, signing date, city and topics.

The words around a mention give its status (a cue before it, a participle after
it); its clause gives the signing date, city and parties; its own words (else its
descriptor, else its clause) give the topics.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from attrs import evolve, frozen

from diplomod.mentions.actors import ActorKind, ActorMention, ReferenceMention
from diplomod.mentions.dates import DateKind, DateMention
from diplomod.mentions.lexicon import city_country
from diplomod.records import AgreementStatus, PartialDate, Participant, Person, Span
from diplomod.records.codes import is_actor_code
from diplomod.rules.agreement_mentions import REACH, WINDOW, AgreementMention, AgreementText
from diplomod.rules.agreement_status import StatusCue, find_cue
from diplomod.rules.discourse import Discourse
from diplomod.rules.positions import Party
from diplomod.rules.stem_scan import scan
from diplomod.text.lines import LineKind

__all__ = ["DATE_RANK", "Reading", "read_mentions"]

_S = AgreementStatus
_LOOKUPS = 200  # subject look-ups per document (each scans the document's actor list)
DATE_RANK = {DateKind.ABSOLUTE: 0, DateKind.NO_YEAR: 1, DateKind.WEEKDAY: 2, DateKind.RELATIVE: 3}
"""How explicit a date is, by its kind: lower is more explicit."""
_Item = ActorMention | ReferenceMention
_DATE_BREAK = re.compile(r"[;!?]|,[ ](?:while|whereas|which|who|where|although|though|because)\b")
_CITY = re.compile(r"(?:in|at)(?<=\b..) ([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3})")  # \b first: slow
_OFFICE = re.compile(
    r"\b(?:Ministr(?:y|ies)|Ministers?|Department|Secretary|Agency|Service|Council|Committee"
    r"|Commission|Bureau|Office)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*,?\s+(?:and\s+|&\s+)?){0,4}\Z"
)
_UNTIL = re.compile(r"\b(?:to|until|till|through|by|before|from|since)\s+(?:the\s+)?\Z")
_WITH = re.compile(r" with (?:the )?")
_AMONG = re.compile(r"(?:between|of|among)\b")
_TAIL_STOP = re.compile(r"\s(?:between|among|with|by|from|for|to|and\s+the)\s")
_TAIL_LEAD = re.compile(
    r"\s*(?:on|concerning|regarding|in)\s+(?:(?:cooperation|collaboration|partnership)\s+"
    r"(?:in|on|for)\s+)?(?:the\s+)?(?:(?:field|sphere|area|domain)s?\s+of\s+)?"
)


@frozen(kw_only=True)
class Reading:
    """A mention read in its context: the facts it gives about one instrument."""

    mention: AgreementMention
    anchor: Span
    group: int
    cue: StatusCue | None
    parties: tuple[str, ...] = ()
    parties_rank: int = 9
    parties_span: Span | None = None
    signatories: tuple[Participant, ...] = ()
    date: PartialDate | None = None
    date_rank: int = 9
    date_span: Span | None = None
    city: str | None = None
    city_span: Span | None = None
    topics: tuple[tuple[str, Span], ...] = ()

    @property
    def status(self) -> AgreementStatus:
        """Return the status the cue reports; without a cue, the instrument is only cited."""
        return self.cue.status if self.cue else _S.REFERENCED


def read_mentions(
    page: AgreementText,
    found: Sequence[AgreementMention],
    heads: Sequence[int],
    discourse: Discourse,
) -> list[Reading]:
    """Return what the context of each mention says, in text order.

    Args:
        page: the indexed document.
        found: its mentions of instruments, in text order (see :func:`find_mentions`).
        heads: where every head noun starts, in order.
        discourse: who is who in it (subjects, principals).
    """
    context = _Context(page, found, heads, discourse)
    readings: list[Reading] = []
    for n, mention in enumerate(found):
        readings.extend(context.read(mention, n))
    return readings


class _Context:
    """The state of one reading of a document's mentions: its discourse and look-up budget."""

    def __init__(
        self,
        page: AgreementText,
        found: Sequence[AgreementMention],
        heads: Sequence[int],
        discourse: Discourse,
    ) -> None:
        self.page, self.discourse = page, discourse
        self.text, self.low, self.words, self.pats = page.text, page.low, page.words, page.pats
        self.found, self.heads = found, heads
        self.found_starts = [m.span.start for m in found]
        self.lookups = 0
        self.known = {p.name: p for p in discourse.persons}
        self.broad = {t.tag for t in page.words.topics if t.broad}

    def read(self, mention: AgreementMention, group: int) -> list[Reading]:
        """Return what a mention's context says; a plural one gives one reading per subject."""
        cue = find_cue(self.page, self.heads, mention)
        if mention.sentence.kind is LineKind.HEADING and cue is None:
            return []
        anchor = mention.title or mention.head
        parties, rank, pspan, persons = self._parties(mention, cue)
        date, date_rank, date_span = self._date(mention, cue)
        city, city_span = self._city(mention, cue)
        topics = self._topics(mention, cue)
        base = Reading(
            mention=mention, anchor=anchor, group=group, cue=cue, parties=parties,
            parties_rank=rank, parties_span=pspan, signatories=self._signatories(persons),
            date=date, date_rank=date_rank, date_span=date_span, city=city,
            city_span=city_span, topics=topics,
        )  # fmt: skip
        broad = self.broad
        pieces: list[list[tuple[str, Span]]] = []
        for tag, span in topics:  # one instrument per subject; a broad tag joins its neighbour
            if tag in broad and pieces:
                pieces[-1].append((tag, span))
            elif pieces and all(t in broad for t, _ in pieces[-1]):
                pieces[-1].insert(0, (tag, span))
            else:
                pieces.append([(tag, span)])
        if mention.title or mention.anaphor or not mention.plural or len(pieces) < 2:
            return [base]
        return [evolve(base, anchor=p[0][1], topics=tuple(p)) for p in pieces]

    def _codes_in(self, span: Span) -> list[str]:
        """Return the codes of the states and organizations named inside ``span``."""
        out: list[str] = []
        n = bisect_left(self.page.actor_starts, span.start)
        while n < len(self.page.actors) and self.page.actors[n].span.start < span.end:
            a = self.page.actors[n]
            n += 1
            code = a.code
            if code and a.kind is not ActorKind.CAPITAL and is_actor_code(code) and code not in out:
                out.append(code)
        return out

    def _parties(
        self, mention: AgreementMention, cue: StatusCue | None
    ) -> tuple[tuple[str, ...], int, Span | None, tuple[str, ...]]:
        """Return parties, their rank (0 title, 1 subject, 2 principals), span and persons."""
        tail = mention.tail
        if mention.title is not None:
            own_span = mention.title
        elif tail and _AMONG.match(self.text, tail.start, tail.end):
            own_span = Span(start=mention.span.start, end=tail.end)
        else:
            own_span = Span(start=mention.span.start, end=mention.head.end)
        own = self._codes_in(own_span)
        if len(own) >= 2:
            return tuple(own), 0, own_span, ()
        s, party = mention.sentence.span, None
        self.lookups += 1
        if self.lookups > _LOOKUPS:
            cue = None  # past the budget, a subject is not looked up: parsing stays linear
        if cue is not None and cue.mode in ("verb", "inherit", "witness"):
            party = self._subject(max(s.start, cue.span.start - REACH), cue.span.start)
        elif cue is not None and cue.agent is not None:
            party = self._group(self.discourse.items_in(cue.agent, min(s.end, cue.agent + 200)))
        elif cue is not None and self.text.endswith("'s ", s.start, cue.span.start):
            items = self.discourse.items_in(
                max(s.start, cue.span.start - REACH), cue.span.start - 3
            )
            party = self._group(items[::-1]) if items else None
        elif mention.determiner == "their":
            lo = max(s.start, mention.span.start - REACH)
            items = [i for i in self.discourse.items_in(lo, mention.span.start)
                     if isinstance(i, ActorMention)]  # fmt: skip
            party = self._subject(lo, mention.span.start) or self._group(items)
        if party is None or not party.codes:
            own = []
        partner = _WITH.match(self.text, mention.span.end, s.end) if party else None
        if partner is not None and party is not None:
            other = self._group(self.discourse.items_in(partner.end(), partner.end() + 80))
            if other is not None and other.span is not None and other.span.start == partner.end():
                party = Party(codes=(*party.codes, *other.codes), persons=party.persons,
                              span=party.span)  # fmt: skip
        codes = [*own, *(c for c in (party.codes if party else ()) if c not in own)]
        codes = list(dict.fromkeys(codes))
        codes = [c for c in codes if is_actor_code(c)]
        if codes:
            return (
                tuple(codes),
                1,
                party.span if party and party.span else own_span,
                (party.persons if party else ()),
            )
        principals = self.discourse.principals()
        if cue and cue.status is _S.SIGNED and cue.mode != "noun" and len(principals) >= 2:
            return principals, 2, cue.span, ()
        title = mention.title
        if (
            title is not None
            and len(principals) == 2
            and not self.words.bilateral_words.isdisjoint(title.slice(self.text).lower().split())
        ):
            return principals, 2, title, ()  # "the Mutual Security Treaty" of the two
        return (), 9, None, ()

    def _subject(self, start: int, stop: int) -> Party | None:
        """Return the subject of a verb at ``stop``, with the actors joined to it."""
        party = self.discourse.subject_before(start, stop)
        if party is None or party.span is None or party.plural:
            return party
        items = self.discourse.items_in(start, stop)
        n = next((n for n, i in enumerate(items) if i.extent.end >= party.span.end), 0)
        after, before = self._group(items[n:]), self._group(items[n::-1])
        codes = {*(after.codes if after else ()), *(before.codes if before else ())}
        if len(codes) <= len(party.codes):
            return party
        spans = [p.span for p in (after, before) if p and p.span]
        ordered = sorted(
            codes,
            key=lambda c: [
                *(before.codes if before else ()),
                *(after.codes if after else ()),
            ].index(c),
        )
        persons = tuple(
            dict.fromkeys((*(before.persons if before else ()), *(after.persons if after else ())))
        )
        return Party(
            codes=tuple(ordered),
            persons=persons,
            span=Span(start=min(x.start for x in spans), end=max(x.end for x in spans)),
        )

    def _group(self, items: Sequence[_Item]) -> Party | None:
        """Return the party of the first item and those joined to it by "and" or commas."""
        group = list(items[:1])
        for item in items[1:]:
            a, b = sorted((group[-1].extent, item.extent), key=lambda x: x.start)
            if not re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?", self.text[a.end : b.start]):
                break
            group.append(item)
        group.sort(key=lambda i: i.extent.start)
        codes: list[str] = []
        persons: list[str] = []
        for item in group:
            party = self.discourse.party_of(item)
            codes.extend(c for c in (party.codes if party else ()) if c not in codes)
            persons.extend(p for p in (party.persons if party else ()) if p not in persons)
        if not codes and not persons:
            return None
        spans = sorted((i.extent for i in group), key=lambda x: x.start)
        return Party(codes=tuple(codes), persons=tuple(persons),
                     span=Span(start=spans[0].start, end=spans[-1].end))  # fmt: skip

    def _signatories(self, persons: Sequence[str]) -> tuple[Participant, ...]:
        """Return the persons who signed, with the state each represents."""
        out = []
        for name in persons:
            entity = self.known.get(name)
            code = entity.code if entity and entity.code and is_actor_code(entity.code) else None
            title = entity.title if entity else None
            out.append(Participant(person=Person(name=name), represents=code, title=title))
        return tuple(out)

    def _date(
        self, mention: AgreementMention, cue: StatusCue | None
    ) -> tuple[PartialDate | None, int, Span | None]:
        """Return the signing date nearest the cue, its rank (explicit first) and span."""
        text, s = self.text, mention.sentence.span
        if cue is None or cue.status not in (_S.SIGNED, _S.IN_FORCE):
            return (mention.year, 0, mention.year_span) if mention.year else (None, 9, None)
        first = min(cue.span.start, mention.span.start)
        last = max(cue.span.end, mention.span.end)
        best: tuple[int, DateMention, PartialDate] | None = None
        for d in self.page.dates_in(max(s.start, first - 240), min(s.end, last + 60)):
            if _within(d.span, mention.title) or (d.range_end and d.date and not d.date.month):
                continue  # a span of years is a period, not a day of signing
            if _UNTIL.search(text, max(s.start, d.span.start - 8), d.span.start):
                continue
            if d.span.end <= first:
                gap = text[d.span.end : first]
                opens = (
                    d.span.start - s.start <= 16
                    and len(text[s.start : d.span.start].strip(" \"'")) <= 12
                )
                ok = len(gap) <= 200 and not _DATE_BREAK.search(gap)
                ok = ok and (cue.mode != "after" or opens)
            elif d.span.start >= last:
                gap = text[last : d.span.start]
                ok = len(gap) <= 30 and not _DATE_BREAK.search(gap)
            else:
                gap, ok = "", mention.title is None or d.span.end <= first + 40
            value = d.date
            if ok and value is not None and (best is None or len(gap) < best[0]):
                best = (len(gap), d, value)
        if best is not None:
            return best[2], DATE_RANK[best[1].kind], best[1].span
        if mention.year is not None:
            return mention.year, 0, mention.year_span
        return None, 9, None

    def _city(
        self, mention: AgreementMention, cue: StatusCue | None
    ) -> tuple[str | None, Span | None]:
        """Return the city of a signing ("signed in Hanoi") nearest its cue."""
        if cue is None or cue.status not in (_S.SIGNED, _S.IN_FORCE):
            return None, None
        s, best = mention.sentence.span, None
        lo, hi = max(s.start, cue.span.start - REACH), min(s.end, cue.span.end + REACH)
        for c in _CITY.finditer(self.text, lo, hi):
            words = c.group(1).split(" ")
            for k in range(len(words), 0, -1):
                name = " ".join(words[:k]).rstrip(".,")
                if city_country(name) is not None:
                    span = Span(start=c.start(1), end=c.start(1) + len(name))
                    if not _within(span, mention.title):
                        distance = abs(span.start - cue.span.start)
                        if best is None or distance < best[0]:
                            best = (distance, name, span)
                    break
        return (best[1], best[2]) if best else (None, None)

    def _topics(
        self, mention: AgreementMention, cue: StatusCue | None
    ) -> tuple[tuple[str, Span], ...]:
        """Return the topics of a mention: its own words, else its descriptor or clause."""
        own = mention.title
        spans = [(own.start, own.end) if own else (mention.span.start, mention.head.end)]
        if mention.tail is not None and own is None:
            spans.append((mention.tail.start, mention.tail.end))
        found = self._tags(spans, ())
        if not found and mention.tail is not None and mention.title is None:
            lead = _TAIL_LEAD.match(self.text, mention.tail.start - 1, mention.tail.end)
            stop = _TAIL_STOP.search(self.text, lead.end(), mention.tail.end) if lead else None
            end = stop.start() if stop else mention.tail.end
            rest = self.text[lead.end() : end].strip() if lead else ""
            if lead and 0 < len(rest.split()) <= 4 and rest[0].islower():
                found = [(rest.lower(), Span(start=lead.end(), end=lead.end() + len(rest)))]
        if not found and cue is not None and cue.status is not _S.REFERENCED:
            s = mention.sentence.span
            lo = max(s.start, mention.span.start - REACH // 2)
            hi = min(s.end, mention.span.end + REACH // 2)
            a, b = bisect_left(self.found_starts, lo), bisect_left(self.found_starts, hi)
            others = [m.span for m in self.found[a:b] if m is not mention][:WINDOW]
            found = self._tags([(lo, hi)], others)
        return tuple(found)

    def _tags(
        self, spans: Sequence[tuple[int, int]], skip: Sequence[Span]
    ) -> list[tuple[str, Span]]:
        """Return the topic tags in ``spans`` (start and end; not in a body's name or in
        ``skip``), in order.
        """
        out: dict[str, Span] = {}
        skip_starts = [b.start for b in skip]
        pats, topics = self.pats, self.words.topics
        for lo, hi in spans:
            found = scan(pats.topic, pats.topic_stems, self.text, self.low, lo, hi,
                         starts=pats.topic_starts)  # fmt: skip
            for t in found:
                assert t.lastgroup is not None
                tag = topics[int(t.lastgroup[1:])].tag
                if tag in out:
                    continue
                start, end = t.span()
                k = bisect_left(skip_starts, start + 1) - 1
                if self._in_body(start, end) or (
                    k >= 0 and skip[k].start <= start and end <= skip[k].end
                ):
                    continue
                out[tag] = Span(start=start, end=end)
        return list(out.items())

    def _in_body(self, start: int, end: int) -> bool:
        """Tell whether ``text[start:end]`` lies in the name of a body or office
        ("Ministry of Energy").
        """
        k = bisect_left(self.page.body_starts, start + 1)
        if any(b.start <= start and end <= b.end for b in self.page.bodies[max(0, k - 3) : k]):
            return True
        return self.text[start].isupper() and (
            _OFFICE.search(self.text, max(0, start - 60), start) is not None
        )


def _within(span: Span, outer: Span | None) -> bool:
    return outer is not None and outer.start <= span.start and span.end <= outer.end
