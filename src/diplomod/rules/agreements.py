"""Agreements: titled and untitled instruments, signed, planned or cited.

Each head noun of the vocabulary ("Agreement", "memoranda", "MOU") is read into a
mention: a title (quoted, or capitalized words around the head, with an acronym
in parentheses as its alias) or an untitled phrase with its determiner, modifiers
and descriptor ("two memoranda ... on cyber security"). The words around a mention
give its status (a cue before it, a participle after it); its clause gives the
signing date, city and parties; its own words give the topics. Mentions of one
instrument merge: repeated or contained titles, aliases ("UNCLOS"), anaphors ("the
accord"), untitled mentions matching a titled instrument by kind and topic.
Untitled instruments are kept only when their signing, or a firm plan, is reported.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import Literal

from attrs import evolve, frozen

from diplomod.mentions.actors import ActorKind, ActorMention, ReferenceMention
from diplomod.mentions.collect import Mentions
from diplomod.mentions.dates import DateKind, DateMention, find_dates
from diplomod.mentions.lexicon import city_country
from diplomod.records import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Event,
    PartialDate,
    Participant,
    Person,
    Place,
    Span,
)
from diplomod.records.codes import is_actor_code
from diplomod.rules.agreement_words import (
    DEFAULT_AGREEMENT_WORDS,
    AgreementWords,
    Head,
    compile_words,
)
from diplomod.rules.discourse import Discourse
from diplomod.rules.evidence import evidence, record_id
from diplomod.rules.positions import Party
from diplomod.text.document import Document, Sentence
from diplomod.text.lines import LineKind

__all__ = ["find_agreements"]

_S, _K = AgreementStatus, AgreementKind
_LOOKUPS = 200  # subject look-ups per document (each scans the document's actor list)
_REACH = 300  # how far (in characters) from a mention its context is read
_WINDOW = 30  # how many earlier instruments a mention is compared with (keeps merging linear)
_Item = ActorMention | ReferenceMention
_SKIP = frozenset({LineKind.CAPTION, LineKind.BOILERPLATE, LineKind.BYLINE, LineKind.DATELINE})
_RANK = {_S.REFERENCED: 0, _S.PLANNED: 1, _S.NEGOTIATING: 2, _S.SIGNED: 3, _S.IN_FORCE: 4}
_DATE_RANK = {DateKind.ABSOLUTE: 0, DateKind.NO_YEAR: 1, DateKind.WEEKDAY: 2, DateKind.RELATIVE: 3}
_QUOTED = re.compile(r'"([A-Z0-9][^"\n]{3,298})"')
_TOKEN = re.compile(r"\S+")
_ALIAS = re.compile(r" ?\(([A-Z][A-Za-z0-9-]{1,15})\)")
_NEXT_WORD = re.compile(r" ([A-Z][\w'.-]*)")
_COMMA_LIST = re.compile(r" (?:[A-Z][\w'-]*,? ){1,4}?and [A-Z]")
_LOWER_TAIL = re.compile(
    r"""[ ](?:on|concerning|regarding)[ ](?=[a-z])[^,;:.()"]{3,120}?   # "on cooperation in ..."
    (?=[,;:.()"]|\Z|[ ](?:and[ ](?:a|an|the|other|several|two|three)|which|that|who|was|were
        |is|are|has|have|had|will|would|signed|by)\b)""",
    re.VERBOSE,
)
_DESCRIPTOR = re.compile(
    r"""[ ](?:on|of|concerning|regarding|for|between|with|to|that|enabling|allowing|covering
        |providing|aimed|aiming|in)\b[^;:.()"!?]{1,200}?
    (?=[;:.()"!?]|\Z|,[ ](?:as[ ]well[ ]as|which|who|while|whereas|and[ ](?:a|an|the)\b)
        |[ ](?:was|were|is|are|has|have|had|will|would|signed|concluded|inked|adopted
            |initial(?:l)?ed|ratified|renewed)\b)""",
    re.VERBOSE,
)
_BREAK = re.compile(
    r"""[;:!?]|,[ ](?:and|but)[ ](?!(?:a|an|the|two|three|four|several|other|its|their)\b)
    |,[ ](?:while|whereas|which|who|where|when|although|though|because)\b
    |\b(?:discussed|noted|said|says|stressed|expressed|reaffirmed|agreed|decided|underlined
        |emphasi[sz]ed|welcomed|welcomes|confirmed|reviewed|told|added)\b""",
    re.VERBOSE,
)
_DATE_BREAK = re.compile(r"[;!?]|,[ ](?:while|whereas|which|who|where|although|though|because)\b")
_WITNESS = re.compile(
    r"(?i:\b(?:welcom\w*|hail\w*|witness\w*|attend\w*|celebrat\w*|applaud\w*)\s+(?:the\s+)?)\Z"
)
_ARTICLE_END = re.compile(r"(?i:\b(?:the|a|its|their|historic)\s+)\Z")
_INCLUDE = re.compile(
    r"\s*(?:They|These|Those|Others|(?:The|These|Other)\s+documents)\s+"
    r"(?:include|includes|included|comprise|comprised|cover|covered)\b"
)
_SIGNED_WORD = re.compile(r"(?i:\b(?:signed|adopted|concluded|inked)\b)")
_MEETING = re.compile(
    r"(?i:\b(?:following|after|during|at|on\s+the\s+sidelines\s+of)\s+(?:the|their|this|today's)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:meetings?|talks|visit|summit|consultations?|dialogue|conversation)\b)"
)
_CITY = re.compile(r"\b(?:in|at) ([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3})")
_AFTER_FUTURE = re.compile(r"(?i:\b(?:will|would|shall|to|must|should|could|may)\s+be\s+\S+\s*)\Z")
_OFFICE = re.compile(
    r"\b(?:Ministr(?:y|ies)|Ministers?|Department|Secretary|Agency|Service|Council|Committee"
    r"|Commission|Bureau|Office)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*,?\s+(?:and\s+|&\s+)?){0,4}\Z"
)
_UNTIL = re.compile(r"\b(?:to|until|till|through|by|before|from|since)\s+(?:the\s+)?\Z")
_BY = re.compile(r"\s+by\s+")
_WITH = re.compile(r" with (?:the )?")
_NEGATED = re.compile(r"(?i:\b(?:not|never)\b)")
_COORDINATION = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:[\w-]+\s+){0,4}\"?")
_WORDS = re.compile(r"[a-z0-9]+")
_DETERMINERS = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "its", "their", "our", "his", "her",
     "another", "both"}
)  # fmt: skip
_DEMONSTRATIVES = frozenset({"the", "this", "that", "these", "those"})
_INDEFINITE = frozenset({"a", "an", "another", "two", "three", "four", "five", "several"})
_NOT_THIS_ONE = frozenset({"such", "any", "no", "every", "each", "similar"})
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "several": 0}  # fmt: skip
_IGNORABLE = frozenset(
    {"new", "same", "said", "above", "latest", "bilateral", "historic", "landmark", "first",
     "recent", "important", "final"}
)  # fmt: skip
_NOT_MODIFIERS = frozenset(
    {"of", "on", "in", "with", "by", "for", "to", "from", "at", "as", "or", "is", "are", "was",
     "were", "has", "have", "had", "be", "been", "will", "would", "that", "which", "who", "we",
     "they", "it", "he", "she", "also", "not", "into", "under", "about", "after", "before"}
)  # fmt: skip
_HEAD_WORDS = frozenset(
    {"agreement", "agreements", "accord", "accords", "deal", "memorandum", "memoranda", "mou",
     "treaty", "convention", "declaration", "statement", "communique", "protocol", "charter",
     "pact", "joint", "understanding", "cooperation", "co", "operation", "arrangement"}
)  # fmt: skip
_TAIL_STOP = re.compile(r"\s(?:between|among|with|by|from|for|to|and\s+the)\s")
_TAIL_LEAD = re.compile(
    r"\s*(?:on|concerning|regarding|in)\s+(?:(?:cooperation|collaboration|partnership)\s+"
    r"(?:in|on|for)\s+)?(?:the\s+)?(?:(?:field|sphere|area|domain)s?\s+of\s+)?"
)


@frozen(kw_only=True)
class _Mention:
    """One phrase naming an instrument, before its context is read."""

    span: Span
    head: Span
    kind: AgreementKind
    sentence: Sentence
    title: Span | None = None
    alias: str | None = None
    tail: Span | None = None
    determiner: str | None = None
    anaphor: bool = False
    plural: bool = False
    year: PartialDate | None = None
    year_span: Span | None = None


@frozen(kw_only=True)
class _Cue:
    """What the words around a mention report: a status, and the words that say it."""

    status: AgreementStatus
    firm: bool
    span: Span
    mode: Literal["verb", "noun", "witness", "after", "inherit"]
    """How the cue is said: a verb with a subject, a noun ("the signing of"), a noun a
    party witnessed ("welcomed the signing of"), a participle after the instrument, or
    a list inheriting the previous sentence's signing ("They include")."""
    agent: int | None = None


@frozen(kw_only=True)
class _Reading:
    """A mention read in its context: the facts it gives about one instrument."""

    mention: _Mention
    anchor: Span
    group: int
    cue: _Cue | None
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
        return self.cue.status if self.cue else _S.REFERENCED


class _Cluster:
    """The readings of one instrument, with what merging compares kept up to date."""

    def __init__(self, first: _Reading) -> None:
        self.kind = first.mention.kind
        self.first = first.mention.span.start
        self.readings: list[_Reading] = []
        self.titles: list[_Reading] = []
        self.status = _S.REFERENCED
        self.groups: set[int] = set()
        self.parties: set[str] = set()
        self.topics: set[str] = set()
        self.date: PartialDate | None = None
        self.merged = False
        self.definite = False  # named at least once as a known instrument ("the accord")
        self.add(first)

    def add(self, r: _Reading) -> None:
        """Add one reading."""
        self.readings.append(r)
        self.first = min(self.first, r.mention.span.start)
        if r.mention.title is not None and len(self.titles) < _WINDOW:
            self.titles.append(r)
        if _RANK[r.status] > _RANK[self.status]:
            self.status = r.status
        self.groups.add(r.group)
        self.definite = self.definite or r.mention.determiner not in _INDEFINITE
        if r.parties_rank < 2:
            self.parties.update(r.parties)
        self.topics.update(tag for tag, _ in r.topics)
        if self.date is None and r.date is not None and r.date_rank < _DATE_RANK[DateKind.RELATIVE]:
            self.date = r.date

    def absorb(self, other: _Cluster) -> None:
        """Take every reading of ``other``, which is then merged away."""
        for r in other.readings:
            self.add(r)
        other.merged = True

    def fits(self, r: _Reading) -> bool:
        """Tell whether a reading's parties agree with the cluster's."""
        return not r.parties or not self.parties or bool(set(r.parties) & self.parties)

    def joinable(self, other: _Cluster) -> bool:
        """Tell whether an untitled cluster may name the same instrument as this one."""
        if self.kind is not other.kind or self.status is not other.status:
            return False
        if self.groups & other.groups:
            return False
        a, b = self.parties, other.parties
        if a and b and not (a <= b or b <= a):
            return False
        x, y = self.date, other.date
        if x and y and not (x.contains(y) or y.contains(x)):
            return False
        if self.topics & other.topics:
            return True
        # one says nothing of its subject: the same instrument if one was named as known
        one_known = bool(self.titles) or self.definite or other.definite
        return (not self.topics or not other.topics) and one_known


def find_agreements(
    document: Document,
    mentions: Mentions,
    discourse: Discourse,
    events: Sequence[Event],
    *,
    words: AgreementWords = DEFAULT_AGREEMENT_WORDS,
) -> tuple[Agreement, ...]:
    """Return the agreements the document reports, plans or cites, in text order.

    Args:
        document: the normalized document.
        mentions: its actor and date mentions.
        discourse: who is who in it (subjects, principals).
        events: its events, the reported one first; may be empty.
        words: the vocabulary of heads, cues and topics (see :mod:`agreement_words`).
    """
    return _Reader(document, mentions, discourse, events, words).run()


class _Reader:
    """The state of one pass over a document: its mentions, readings and clusters."""

    def __init__(
        self,
        document: Document,
        mentions: Mentions,
        discourse: Discourse,
        events: Sequence[Event],
        words: AgreementWords,
    ) -> None:
        self.document, self.text, self.discourse = document, document.text, discourse
        low = document.text.lower()
        self.low = low if len(low) == len(document.text) else None
        self.words, self.pats = words, compile_words(words)
        self.events = events
        self.sentences = [s for s in document.sentences if s.kind not in _SKIP]
        self.starts = [s.span.start for s in self.sentences]
        self.actors = [a for a in mentions.actors.actors if a.kind is not ActorKind.PERSON]
        self.actor_starts = [a.span.start for a in self.actors]
        offices = [a.title_span for a in mentions.actors.actors if a.title_span is not None]
        bodies = [a.extent for a in self.actors if a.kind is ActorKind.BODY]
        self.bodies = sorted([*bodies, *offices], key=lambda b: b.start)
        self.body_starts = [b.start for b in self.bodies]
        self.dates = sorted(mentions.dates, key=lambda d: d.span.start)
        self.date_starts = [d.span.start for d in self.dates]
        self.found_starts: list[int] = []
        self.lookups = 0
        self.known = {p.name: p for p in discourse.persons}
        years = [d.date.year for d in mentions.dates if d.kind is DateKind.ABSOLUTE and d.date]
        self.year = max(years) if mentions.published is None and years else None
        self.broad = {t.tag for t in words.topics if t.broad}
        self.heads: list[int] = []
        self.found: list[_Mention] = []

    def run(self) -> tuple[Agreement, ...]:
        """Find the mentions, read each in its context, merge them, build the records."""
        self.found = self._find()
        self.found_starts = [m.span.start for m in self.found]
        readings: list[_Reading] = []
        for n, mention in enumerate(self.found):
            readings.extend(self._read(mention, n))
        records = (self._record(c) for c in self._cluster(readings))
        return tuple(r for r in records if r is not None)

    # ------------------------------------------------------------------ mentions

    def _sentence(self, start: int) -> Sentence | None:
        """Return the (non-skipped) sentence holding offset ``start``."""
        n = bisect_left(self.starts, start + 1) - 1
        if n < 0 or start >= self.sentences[n].span.end:
            return None
        return self.sentences[n]

    def _find(self) -> list[_Mention]:
        """Return every mention of an instrument, in text order."""
        text, heads = self.text, self.words.heads
        quoted = [Span(start=q.start(1), end=q.end(1)) for q in _QUOTED.finditer(text)]
        quoted = [q for q in quoted if self._title_case(q)]
        quoted_starts = [q.start for q in quoted]
        out: list[_Mention] = []
        floor = 0
        for m in _scan(self.pats.head, self.pats.head_stems, text, self.low, 0, len(text)):
            self.heads.append(m.start())
            sentence = self._sentence(m.start())
            if m.start() < floor or sentence is None or m.lastgroup is None:
                continue
            head = heads[int(m.lastgroup[1:])]
            k = bisect_left(quoted_starts, m.start() + 1) - 1
            q = quoted[k] if k >= 0 and m.start() < quoted[k].end else None
            if q is not None:
                mention = self._quoted(q, m, head, sentence)
            elif m.group()[0].isupper() and not (head.lowercase and self._opens(m, sentence)):
                mention = self._titled(m, head, sentence, floor)
            elif head.lowercase:
                mention = self._untitled(m, head, sentence, floor)
            else:
                mention = None
            if mention is not None:
                out.append(mention)
                floor = max(mention.span.end, q.end + 1 if q else 0)
        out.extend(self._acronyms(out))
        return sorted(out, key=lambda m: m.span.start)

    def _opens(self, m: re.Match[str], sentence: Sentence) -> bool:
        """Tell whether a head opens its sentence (so its capital says nothing)."""
        lo = max(sentence.span.start, m.start() - 8)
        return lo == sentence.span.start and not self.text[lo : m.start()].strip(" \t\n\"'•*-")

    def _title_case(self, span: Span) -> bool:
        """Tell whether quoted text reads as a title with a head noun, not as speech."""
        words = span.slice(self.text).split()
        if not self.pats.head.search(span.slice(self.text)):
            return False
        lower = [w for w in words if w[0].islower() and w not in self.words.title_connectors]
        return len(lower) <= 1 and len(lower) * 5 <= len(words)

    def _quoted(self, q: Span, m: re.Match[str], head: Head, sentence: Sentence) -> _Mention | None:
        """Return the mention of a quoted title."""
        if not m.group()[0].isupper() or self._inside_name(m.end(), sentence):
            return None
        title = Span(
            start=q.start,
            end=q.end - len(q.slice(self.text)) + len(q.slice(self.text).rstrip(" .,;:")),
        )
        alias = _ALIAS.match(self.text, q.end + 1)
        return _Mention(
            span=Span(start=q.start - 1, end=alias.end() if alias else q.end + 1),
            head=Span(start=m.start(), end=m.end()),
            kind=head.kind,
            sentence=sentence,
            title=title,
            alias=alias.group(1) if alias else None,
            plural=_is_plural(m.group()),
            determiner=self._word_before(q.start - 1, sentence),
        )

    def _inside_name(self, end: int, sentence: Sentence) -> bool:
        """Tell whether the head ending at ``end`` starts a longer name ("Treaty Organization")."""
        nxt = _NEXT_WORD.match(self.text, end, sentence.span.end)
        if nxt is None:
            return False
        word = nxt.group(1).rstrip(".,;:")
        return (
            word not in self.words.event_nouns and word.lower() not in self.words.title_connectors
        )

    def _titled(
        self, m: re.Match[str], head: Head, sentence: Sentence, floor: int
    ) -> _Mention | None:
        """Return the mention of an unquoted title, or of an untitled phrase if bare."""
        if self._inside_name(m.end(), sentence):
            return None
        start = self._left_title(m.start(), sentence, floor)
        determiner = self._word_before(start, sentence)
        end, alias, alias_end = self._right_title(m.end(), sentence)
        year, year_span = None, None
        lead = _TOKEN.match(self.text, start)
        if lead and start < m.start() and re.fullmatch(r"(?:19|20)\d\d", lead.group()):
            year, year_span = PartialDate(year=int(lead.group())), Span(start=start, end=lead.end())
            start = lead.end() + 1
        for d in self._dates_in(start, start + 1):
            if d.span.end < m.start() and d.kind is DateKind.ABSOLUTE:
                year, year_span, start = d.date, d.span, d.span.end + 1
        plural = _is_plural(m.group())
        tail = None
        if alias is None:
            t = _LOWER_TAIL.match(self.text, end, sentence.span.end)
            tail = (
                Span(start=t.start() + 1, end=self._cut_at_date(t.start(), t.end())) if t else None
            )
        bare = start >= m.start() and end == m.end() and tail is None
        if bare and " of " in m.group() and determiner not in _DEMONSTRATIVES:
            bare = False  # "a Memorandum of Cooperation" names an instrument by its kind
        if bare or (plural and (start >= m.start() or head.kind is not _K.AGREEMENT)):
            return self._untitled(m, head, sentence, floor)
        return _Mention(
            span=Span(start=start, end=max(alias_end, tail.end if tail else end)),
            head=Span(start=m.start(), end=m.end()),
            kind=head.kind,
            sentence=sentence,
            title=Span(start=start, end=tail.end if tail else end),
            alias=alias,
            tail=tail,
            plural=plural,
            determiner=determiner,
            year=year,
            year_span=year_span,
        )

    def _left_title(self, start: int, sentence: Sentence, floor: int) -> int:
        """Return where the capitalized words before a head begin ("Japan-Vietnam ...")."""
        lo = max(sentence.span.start, floor, start - 200)
        begin, pending = start, 0
        for tok in reversed(list(_TOKEN.finditer(self.text, lo, start))):
            word = tok.group()
            if word in ("and", "of", "&", "for", "on"):
                pending += 1
                if pending > 1:
                    break
                continue
            if (
                not _title_word(word)
                or word in self.words.title_stop_words
                or word[-1] in ",;:)\"'"
            ):
                break
            begin, pending = tok.start(), 0
        return begin

    def _right_title(self, end: int, sentence: Sentence) -> tuple[int, str | None, int]:
        """Return where a title ends after its head, its alias and where the alias ends."""
        text, connectors = self.text, self.words.title_connectors
        alias = _ALIAS.match(text, end, sentence.span.end)
        if alias:
            return end, alias.group(1), alias.end()
        title_end, seen, pending = end, False, list[str]()
        for tok in _TOKEN.finditer(text, end, min(sentence.span.end, end + 300)):
            raw = tok.group()
            word = raw.rstrip(",;:.)\"'")
            low = word.lower()
            if self._dates_in(tok.start(), tok.start() + 1):
                break  # "... Agreement on 2 April 2022"
            if word == low and low in connectors:
                if (low == "and" and not seen) or raw != word or len(pending) > 2:
                    break
                place = _NEXT_WORD.match(text, tok.end()) if low == "in" else None
                if place and city_country(place.group(1).rstrip(".,;:")):
                    break  # "... Declaration in Warsaw"
                pending.append(low)
                continue
            if not _title_word(word) or (
                title_end == end and not pending and low not in connectors
            ):
                break
            if "and" in pending and self.pats.head.match(text, tok.start()):
                break
            seen = seen or low in connectors or any(p not in ("and", "the") for p in pending)
            title_end, pending = tok.start() + len(word), []
            if raw != word and not (raw[len(word)] == "," and _COMMA_LIST.match(text, tok.end())):
                break
        alias = _ALIAS.match(text, title_end, sentence.span.end) if title_end > end else None
        return title_end, alias.group(1) if alias else None, alias.end() if alias else title_end

    def _untitled(
        self, m: re.Match[str], head: Head, sentence: Sentence, floor: int
    ) -> _Mention | None:
        """Return the mention of an untitled phrase ("two memoranda on ..."), or None."""
        text = self.text
        start, end = m.span()
        lo = max(sentence.span.start, floor, start - 80)
        tokens = list(_TOKEN.finditer(text, lo, start))[-8:]
        begin, det, mods = start, None, list[str]()
        for n in range(len(tokens) - 1, -1, -1):
            tok = tokens[n]
            word = tok.group().lower()
            if word in _DETERMINERS or word in _COUNTS or word.isdigit():
                det, begin = word, tok.start()
                if n and tokens[n - 1].group().lower() in _NOT_THIS_ONE:
                    return None
                break
            if word in _NOT_THIS_ONE:
                return None
            if word == "and" and mods:
                continue
            if (
                not re.fullmatch(r"[A-Za-z][\w'-]*", tok.group())
                or word in _NOT_MODIFIERS
                or self.pats.cue.fullmatch(word)
            ):
                break
            mods.append(word)
            begin = tok.start()
        pos = end
        for d in self._dates_in(end + 1, end + 5):
            if d.span.start in (end + 1, end + 4) and text[end : d.span.start].strip() in (
                "",
                "on",
            ):
                pos = d.span.end
        desc = _DESCRIPTOR.match(text, pos, sentence.span.end)
        tail = None
        if desc is not None and (cut := self._cut_at_date(desc.start(), desc.end())) > desc.start():
            tail = Span(start=desc.start() + 1, end=cut)
        plural = _is_plural(m.group())
        anaphor = det in _DEMONSTRATIVES and tail is None and set(mods) <= _IGNORABLE
        if anaphor and plural:
            return None
        return _Mention(
            span=Span(start=begin, end=tail.end if tail else end),
            head=Span(start=start, end=end),
            kind=head.kind,
            sentence=sentence,
            tail=tail,
            determiner=det,
            anaphor=anaphor,
            plural=plural or (det in _COUNTS and det != "one"),
        )

    def _acronyms(self, found: Sequence[_Mention]) -> list[_Mention]:
        """Return the later mentions of aliases ("UNCLOS") and of well-known acronyms."""
        known = {m.alias: m.kind for m in found if m.alias}
        names = {*list(known)[:_WINDOW], *self.words.instruments}
        starts, ends = [m.span.start for m in found], [m.span.end for m in found]
        out: list[_Mention] = []
        for name in names:
            for a in _scan(re.compile(rf"\b{re.escape(name)}\b"), (name,), self.text, None, 0,
                           len(self.text)):  # fmt: skip
                k = bisect_left(starts, a.start() + 1) - 1
                sentence = self._sentence(a.start())
                if sentence is None or (k >= 0 and a.start() < ends[k]):
                    continue
                kind = known.get(name) or self.words.instruments[name][1]
                span = _span(a)
                out.append(_Mention(span=span, head=span, kind=kind, sentence=sentence,
                                    title=span, alias=name))  # fmt: skip
        return out

    def _in_body(self, span: Span) -> bool:
        """Tell whether ``span`` lies in the name of a body or office ("Ministry of Energy")."""
        k = bisect_left(self.body_starts, span.start + 1)
        if any(_within(span, b) for b in self.bodies[max(0, k - 3) : k]):
            return True
        lo = max(0, span.start - 60)
        return (
            self.text[span.start].isupper()
            and _OFFICE.search(self.text, lo, span.start) is not None
        )

    def _dates_in(self, start: int, end: int) -> list[DateMention]:
        """Return the date mentions that start in ``[start, end)``."""
        lo, hi = bisect_left(self.date_starts, start), bisect_left(self.date_starts, end)
        return self.dates[lo:hi]

    def _word_before(self, start: int, sentence: Sentence) -> str | None:
        """Return the word before ``start`` in its sentence, lower-cased."""
        before = self.text[max(sentence.span.start, start - 12) : start].split()
        return before[-1].lower() if before else None

    def _cut_at_date(self, start: int, end: int) -> int:
        """Return where a phrase in ``[start, end)`` ends before any date it runs into."""
        cut = min((d.span.start for d in self._dates_in(start + 1, end)), default=end)
        return len(self.text[:cut].rstrip()) if cut < end else end

    # ------------------------------------------------------------------ readings

    def _read(self, mention: _Mention, group: int) -> list[_Reading]:
        """Return what a mention's context says; a plural one gives one reading per subject."""
        cue = self._cue(mention)
        if mention.sentence.kind is LineKind.HEADING and cue is None:
            return []
        anchor = mention.title or mention.head
        parties, rank, pspan, persons = self._parties(mention, cue)
        date, date_rank, date_span = self._date(mention, cue)
        city, city_span = self._city(mention, cue)
        topics = self._topics(mention, cue)
        base = _Reading(
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

    def _cue(self, mention: _Mention) -> _Cue | None:
        """Return the nearest cue of the mention's clause, before or after it."""
        text, s = self.text, mention.sentence.span
        best: tuple[int, _Cue] | None = None
        lo = max(s.start, mention.span.start - _REACH)
        for c in reversed(list(self.pats.cue.finditer(text, lo, mention.span.start))):
            gap = text[c.end() : mention.span.start]
            stop = _BREAK.search(text[c.end() : mention.span.start + 8])
            if stop is not None and stop.start() < len(gap):
                break  # the cue is in another clause, and so is every earlier one
            cue = self.words.cues[int(c.lastgroup[1:])] if c.lastgroup else None
            if cue is None or len(gap) > cue.reach or (cue.kinds and mention.kind not in cue.kinds):
                continue
            judged = self._judge(c, s)
            if judged is not None:
                best = (len(gap), judged)
                break
        after = self.pats.after.match(text, mention.span.end, min(s.end, mention.span.end + _REACH))
        if after and (best is None or after.end() - mention.span.end < best[0]):
            judged = self._judge_after(mention, after)
            best = (0, judged) if judged else best
        if best is None and _INCLUDE.match(text, s.start, s.end):
            n = bisect_left(self.starts, s.start) - 1
            prev = self.sentences[n].span if n >= 0 else s
            if n >= 0 and _SIGNED_WORD.search(text, max(prev.start, prev.end - 400), prev.end):
                verb = _INCLUDE.match(text, s.start)
                assert verb is not None
                return _Cue(status=_S.SIGNED, firm=True, span=_span(verb), mode="inherit")
        return best[1] if best else None

    def _judge(self, c: re.Match[str], s: Span) -> _Cue | None:
        """Return what a cue before a mention reports, given the words just before it."""
        assert c.lastgroup is not None
        text, status = self.text, self.words.cues[int(c.lastgroup[1:])].status
        word, span = c.group().lower(), _span(c)
        pre = text[max(s.start, c.start() - 40) : c.start()]
        if self.pats.hedge.search(pre):
            return None
        future = self.pats.future.search(pre) is not None
        leaning = future or self.pats.toward.search(pre) is not None
        if status is not _S.SIGNED:
            return _Cue(status=status, firm=True, span=span, mode="verb")
        if word.startswith("signing") and (
            word != "signing" or text.startswith(" of", c.end()) or _ARTICLE_END.search(pre)
        ):
            if leaning:
                return _Cue(status=_S.PLANNED, firm=future, span=span, mode="noun")
            witness = word != "signing" or _WITNESS.search(pre)
            return _Cue(
                status=_S.SIGNED, firm=True, span=span, mode="witness" if witness else "noun"
            )
        if leaning:
            return _Cue(status=_S.PLANNED, firm=future, span=span, mode="verb")
        if word == "signing" and self.pats.context.search(
            text, max(s.start, c.start() - 200), c.start()
        ):
            return _Cue(status=_S.PLANNED, firm=False, span=span, mode="verb")
        return _Cue(status=_S.SIGNED, firm=True, span=span, mode="verb")

    def _judge_after(self, mention: _Mention, after: re.Match[str]) -> _Cue | None:
        """Return what a participle after a mention reports ("was signed", "negotiations")."""
        text, said = self.text, after.group()
        n = bisect_left(self.heads, mention.span.end)
        if (
            n < len(self.heads)
            and self.heads[n] < after.end()
            and not _COORDINATION.fullmatch(text, mention.span.end, self.heads[n])
        ):
            return None  # the participle belongs to a later instrument
        if _NEGATED.search(said[-30:]):
            return None
        word = re.search(r"\w+\s*\Z", said)
        span = Span(start=after.start() + word.start(), end=after.end()) if word else _span(after)
        if said.strip().lower() in ("negotiations", "talks") or _AFTER_FUTURE.search(said):
            return _Cue(status=_S.PLANNED, firm=True, span=span, mode="after")
        if said.lower().endswith("force"):
            return _Cue(status=_S.IN_FORCE, firm=True, span=span, mode="after")
        by = _BY.match(text, after.end())
        return _Cue(status=_S.SIGNED, firm=True, span=span, mode="after",
                    agent=by.end() if by else None)  # fmt: skip

    def _codes_in(self, span: Span) -> list[str]:
        """Return the codes of the states and organizations named inside ``span``."""
        out: list[str] = []
        n = bisect_left(self.actor_starts, span.start)
        while n < len(self.actors) and self.actors[n].span.start < span.end:
            a = self.actors[n]
            n += 1
            code = a.code
            if code and a.kind is not ActorKind.CAPITAL and is_actor_code(code) and code not in out:
                out.append(code)
        return out

    def _parties(
        self, mention: _Mention, cue: _Cue | None
    ) -> tuple[tuple[str, ...], int, Span | None, tuple[str, ...]]:
        """Return parties, their rank (0 title, 1 subject, 2 principals), span and persons."""
        own_span = mention.title or Span(start=mention.span.start, end=mention.head.end)
        tail = mention.tail
        if (
            mention.title is None
            and tail
            and re.match(r"(?:between|of|among)\b", tail.slice(self.text))
        ):
            own_span = Span(start=own_span.start, end=tail.end)
        own = self._codes_in(own_span)
        if len(own) >= 2:
            return tuple(own), 0, own_span, ()
        s, party = mention.sentence.span, None
        self.lookups += 1
        if self.lookups > _LOOKUPS:
            cue = None  # past the budget, a subject is not looked up: parsing stays linear
        if cue is not None and cue.mode in ("verb", "inherit", "witness"):
            party = self._subject(max(s.start, cue.span.start - _REACH), cue.span.start)
        elif cue is not None and cue.agent is not None:
            party = self._group(self.discourse.items_in(cue.agent, min(s.end, cue.agent + 200)))
        elif cue is not None and self.text.endswith("'s ", s.start, cue.span.start):
            items = self.discourse.items_in(
                max(s.start, cue.span.start - _REACH), cue.span.start - 3
            )
            party = self._group(items[::-1]) if items else None
        elif mention.determiner == "their":
            lo = max(s.start, mention.span.start - _REACH)
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
        return (), 9, None, ()

    def _subject(self, start: int, stop: int) -> Party | None:
        """Return the subject of a verb at ``stop``, with the actors joined to it."""
        party = self.discourse.subject_before(start, stop)
        if party is None or party.span is None or party.plural:
            return party
        items = self.discourse.items_in(start, stop)
        n = next((n for n, i in enumerate(items) if _extent(i).end >= party.span.end), 0)
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
            a, b = sorted((_extent(group[-1]), _extent(item)), key=lambda x: x.start)
            if not re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?", self.text[a.end : b.start]):
                break
            group.append(item)
        group.sort(key=lambda i: _extent(i).start)
        codes: list[str] = []
        persons: list[str] = []
        for item in group:
            party = self.discourse.party_of(item)
            codes.extend(c for c in (party.codes if party else ()) if c not in codes)
            persons.extend(p for p in (party.persons if party else ()) if p not in persons)
        if not codes and not persons:
            return None
        spans = sorted((_extent(i) for i in group), key=lambda x: x.start)
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
        self, mention: _Mention, cue: _Cue | None
    ) -> tuple[PartialDate | None, int, Span | None]:
        """Return the signing date nearest the cue, its rank (explicit first) and span."""
        text, s = self.text, mention.sentence.span
        if cue is None or cue.status not in (_S.SIGNED, _S.IN_FORCE):
            return (mention.year, 0, mention.year_span) if mention.year else (None, 9, None)
        first = min(cue.span.start, mention.span.start)
        last = max(cue.span.end, mention.span.end)
        best: tuple[int, DateMention, PartialDate] | None = None
        for d in self._dates_in(max(s.start, first - 240), min(s.end, last + 60)):
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
            value = d.date or self._infer(d)
            if ok and value is not None and (best is None or len(gap) < best[0]):
                best = (len(gap), d, value)
        if best is not None:
            return best[2], _DATE_RANK[best[1].kind], best[1].span
        if mention.year is not None:
            return mention.year, 0, mention.year_span
        return None, 9, None

    def _infer(self, d: DateMention) -> PartialDate | None:
        """Return a yearless date resolved against the latest year the document names."""
        if d.kind is not DateKind.NO_YEAR or self.year is None:
            return None
        words = d.span.slice(self.text)
        for found in (find_dates(words, published=dt.date(self.year, 12, 31)),
                      find_dates("in " + words, published=dt.date(self.year, 12, 31))):  # fmt: skip
            if found and found[0].date is not None:
                return found[0].date
        return None

    def _city(self, mention: _Mention, cue: _Cue | None) -> tuple[str | None, Span | None]:
        """Return the city of a signing ("signed in Hanoi") nearest its cue."""
        if cue is None or cue.status not in (_S.SIGNED, _S.IN_FORCE):
            return None, None
        s, best = mention.sentence.span, None
        lo, hi = max(s.start, cue.span.start - _REACH), min(s.end, cue.span.end + _REACH)
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

    def _topics(self, mention: _Mention, cue: _Cue | None) -> tuple[tuple[str, Span], ...]:
        """Return the topics of a mention: its own words, else its descriptor or clause."""
        spans = [mention.title or Span(start=mention.span.start, end=mention.head.end)]
        if mention.tail is not None and mention.title is None:
            spans.append(mention.tail)
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
            lo = max(s.start, mention.span.start - _REACH // 2)
            hi = min(s.end, mention.span.end + _REACH // 2)
            a, b = bisect_left(self.found_starts, lo), bisect_left(self.found_starts, hi)
            others = [m.span for m in self.found[a:b] if m is not mention][:_WINDOW]
            found = self._tags([Span(start=lo, end=hi)], others)
        return tuple(found)

    def _tags(self, spans: Sequence[Span], skip: Sequence[Span]) -> list[tuple[str, Span]]:
        """Return the topic tags in ``spans`` (not in a body's name or in ``skip``), in order."""
        out: dict[str, Span] = {}
        skip_starts = [b.start for b in skip]
        for span in spans:
            found = _scan(self.pats.topic, self.pats.topic_stems, self.text, self.low,
                          span.start, span.end)  # fmt: skip
            for t in found:
                assert t.lastgroup is not None
                tag = self.words.topics[int(t.lastgroup[1:])].tag
                if tag in out:
                    continue
                where = _span(t)
                k = bisect_left(skip_starts, where.start + 1) - 1
                if self._in_body(where) or (k >= 0 and _within(where, skip[k])):
                    continue
                out[tag] = where
        return list(out.items())

    # ------------------------------------------------------------------ clusters

    def _cluster(self, readings: Sequence[_Reading]) -> list[_Cluster]:
        """Merge the readings that name one instrument; return the clusters in text order."""
        clusters: list[_Cluster] = []
        exact: dict[tuple[AgreementKind, str], _Cluster] = {}
        for r in readings:
            m, target = r.mention, None
            recent = clusters[-_WINDOW:]
            if m.anaphor:
                target = next((c for c in reversed(recent) if c.kind is m.kind), None)
                if target is None and r.cue is None:
                    continue
            elif m.title is not None:
                key = (m.kind, _title(self.text, m).lower())
                target = exact.get(key) or next(
                    (c for c in recent if any(self._same(r, o) for o in c.titles)), None
                )
                if target is None and self._descriptive(m):
                    target = next((c for c in reversed(recent) if c.titles
                                   and c.kind is m.kind and c.fits(r)), None)  # fmt: skip
            if target is None:
                target = _Cluster(r)
                clusters.append(target)
            else:
                target.add(r)
            if m.title is not None:
                exact.setdefault((m.kind, _title(self.text, m).lower()), target)
        for n, c in enumerate(clusters):
            if c.titles or c.merged or c.status is _S.REFERENCED:
                continue
            near = clusters[max(0, n - _WINDOW) : n + _WINDOW]
            homes = [o for o in near if o.titles and not o.merged and o.joinable(c)]
            shared = [o for o in homes if o.topics & c.topics]
            home = shared[0] if shared else homes[0] if len(homes) == 1 else None
            if home is None:
                earlier = clusters[max(0, n - _WINDOW) : n]
                home = next((o for o in earlier if not o.merged and o.joinable(c)), None)
            if home is not None:
                home.absorb(c)
        return sorted((c for c in clusters if not c.merged), key=lambda c: c.first)

    def _same(self, r: _Reading, o: _Reading) -> bool:
        """Tell whether two titles name one instrument (same words, or one inside the other)."""
        a, b = r.mention, o.mention
        if a.kind is not b.kind or b.title is None or a.title is None:
            return False
        if a.alias and a.alias in (b.alias, b.title.slice(self.text)):
            return True
        ta, tb = {t for t, _ in r.topics}, {t for t, _ in o.topics}
        if ta and tb and not ta & tb:
            return False
        x, y = self._content(a), self._content(b)
        short, long_ = sorted((x, y), key=len)
        if any(w not in _HEAD_WORDS for w in short) and set(short) <= set(long_):
            return True
        common = sum(min(x.count(w), y.count(w)) for w in set(x))
        return 2 * common >= 0.7 * (len(x) + len(y))

    def _content(self, m: _Mention, *, bodies: bool = True) -> list[str]:
        """Return the words of a title that are not connectors, party words or actor names."""
        assert m.title is not None
        names: set[str] = set()
        n = bisect_left(self.actor_starts, m.title.start)
        for a in self.actors[n : n + _WINDOW]:
            if a.span.start >= m.title.end:
                break
            if a.kind is not ActorKind.CAPITAL and (bodies or a.kind is not ActorKind.BODY):
                names.update(_WORDS.findall(a.span.slice(self.text).lower()))
        noise = self.words.title_connectors | self.words.party_words | names
        return [w for w in _WORDS.findall(_title(self.text, m).lower()) if w not in noise]

    def _descriptive(self, m: _Mention) -> bool:
        """Tell whether a title only names its parties ("Joint Declaration of the Presidents")."""
        if m.title is None:
            return False
        words = set(_WORDS.findall(_title(self.text, m).lower()))
        rest = set(self._content(m, bodies=False)) - _HEAD_WORDS
        return bool(words & self.words.party_words) and not rest

    # ------------------------------------------------------------------ records

    def _record(self, group: _Cluster) -> Agreement | None:
        """Return the agreement a cluster describes, or None for an untitled mere mention."""
        cluster, status, titled = group.readings, group.status, group.titles
        firm = any(r.cue.firm for r in cluster if r.cue and r.status is status)
        if not titled and not (status in (_S.SIGNED, _S.IN_FORCE) or firm):
            return None
        plain = [r for r in titled if not self._descriptive(r.mention)] or titled
        rep = (
            max(plain, key=lambda r: len(r.mention.title or r.anchor))
            if plain
            else next((r for r in cluster if not r.mention.anaphor), cluster[0])
        )
        doc = self.document
        proof = [evidence(doc, "record", rep.mention.span), evidence(doc, "kind", rep.mention.head)]
        title = None
        if rep.mention.title is not None:
            title = _title(self.text, rep.mention)
            proof.append(evidence(doc, "title", rep.mention.title))
        decisive = next(r for r in cluster if r.status is status)
        if decisive.cue is not None:
            proof.append(evidence(doc, "status", decisive.cue.span))
        parties = min(cluster, key=lambda r: (r.parties_rank, -len(r.parties)))
        if parties.parties_span is not None:
            proof.append(evidence(doc, "parties", parties.parties_span))
        signing = [r for r in cluster if r.status is status] or list(cluster)
        dated = min(signing, key=lambda r: r.date_rank)
        date, date_span = dated.date, dated.date_span
        if date is None and status is _S.SIGNED:
            date, date_span = self._meeting_date(signing)
        if date is not None and date_span is not None:
            proof.append(evidence(doc, "date", date_span))
        placed = next((r for r in signing if r.city), None)
        place = None
        if placed and placed.city and placed.city_span:
            place = Place(city=placed.city, country=city_country(placed.city))
            proof.append(evidence(doc, "place.city", placed.city_span))
        topics: list[str] = []
        for r in sorted(cluster, key=lambda r: r.mention.title is None):
            for tag, span in r.topics:
                if tag not in topics:
                    topics.append(tag)
                    proof.append(evidence(doc, "topics", span))
        signatories = {p.person.name: p for r in cluster for p in r.signatories}
        main = next((e for e in self.events if not e.referenced), None)
        linked = (
            main is not None
            and status is _S.SIGNED
            and (date is None or main.date is None or date == main.date)
        )
        return Agreement(
            id=record_id(doc, "agreement", rep.anchor),
            title=title,
            kind=rep.mention.kind,
            status=status,
            parties=tuple(c for c in parties.parties if is_actor_code(c)),
            signatories=tuple(signatories.values()),
            date=date,
            place=place,
            topics=tuple(topics),
            event=main.id if linked and main is not None else None,
            source=doc.id,
            evidence=tuple(proof),
        )

    def _meeting_date(self, signing: Sequence[_Reading]) -> tuple[PartialDate | None, Span | None]:
        """Return the date of the meeting at which an undated signing took place, if told."""
        for r in signing[:_WINDOW]:
            s = r.mention.sentence.span
            lo, hi = max(s.start, r.anchor.start - _REACH), min(s.end, r.anchor.end + _REACH)
            ref = _MEETING.search(self.text, lo, hi)
            if ref is None:
                continue
            main = next((e for e in self.events if not e.referenced), None)
            if main is not None:
                return (None, None) if main.date_inferred else (main.date, _span(ref))
            if self.events:
                return None, None
            n = bisect_left(self.starts, s.start)
            for before in reversed(self.sentences[max(0, n - 2) : n]):
                dates = [d for d in self._dates_in(before.span.start, before.span.end)
                         if d.date is not None and d.kind is DateKind.ABSOLUTE]  # fmt: skip
                if dates and before.kind is LineKind.BODY:
                    return dates[-1].date, dates[-1].span
        return None, None


def _scan(
    pattern: re.Pattern[str],
    stems: tuple[str, ...] | None,
    text: str,
    low: str | None,
    start: int,
    end: int,
) -> Iterator[re.Match[str]]:
    """Yield the matches of ``pattern`` in ``text[start:end]``, as ``finditer`` would.

    Every match starts with one of ``stems`` (lower case, found in ``low``, the
    lower-cased text, or in ``text`` itself when ``low`` is None); looking for the
    stems with ``str.find`` first is much faster than trying the pattern everywhere.
    """
    if stems is None:
        yield from pattern.finditer(text, start, end)
        return
    where = low if low is not None else text
    hits: set[int] = set()
    for stem in stems:
        at = where.find(stem, start, end)
        while at >= 0:
            hits.add(at)
            at = where.find(stem, at + 1, end)
    reach = start
    for at in sorted(hits):
        if at >= reach and (m := pattern.match(text, at, end)) is not None:
            reach = m.end()
            yield m


def _span(m: re.Match[str]) -> Span:
    return Span(start=m.start(), end=m.end())


def _extent(item: _Item) -> Span:
    return item.extent if isinstance(item, ActorMention) else item.span


def _within(span: Span, outer: Span | None) -> bool:
    return outer is not None and outer.start <= span.start and span.end <= outer.end


def _title_word(word: str) -> bool:
    return bool(word) and (word[0].isupper() or (word[0].isdigit() and len(word) <= 6))


def _is_plural(head: str) -> bool:
    words = head.lower().split()
    noun = words[0] if len(words) > 2 and words[1] == "of" else words[-1]
    return noun == "memoranda" or (noun.endswith("s") and not noun.endswith("ss"))


def _title(text: str, mention: _Mention) -> str:
    assert mention.title is not None
    return mention.title.slice(text).strip(" \"'.,;:")
