"""Find the phrases of a document that name an agreement: titles and untitled phrases.

Each head noun of the vocabulary ("Agreement", "memoranda", "MOU") is read into a
mention: a title (quoted, or capitalized words around the head, with an acronym
in parentheses as its alias) or an untitled phrase with its determiner, modifiers
and descriptor ("two memoranda ... on cyber security"). Later uses of an alias
("UNCLOS") or of a well-known acronym are mentions too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from attrs import evolve, frozen

from diplomod.mentions.actors import ActorKind
from diplomod.mentions.collect import Mentions
from diplomod.mentions.dates import DateKind, DateMention
from diplomod.mentions.lexicon import city_country
from diplomod.mentions.lexicon.caseless import lower_view
from diplomod.records import AgreementKind, PartialDate, Span
from diplomod.rules.agreement_words import AgreementWords, Head, compile_words
from diplomod.rules.stem_scan import match_at, scan, span_of, stem_hits
from diplomod.text.document import Document, Sentence
from diplomod.text.lines import LineKind

__all__ = [
    "REACH",
    "WINDOW",
    "AgreementMention",
    "AgreementText",
    "find_mentions",
]

_K = AgreementKind
WINDOW = 30
"""How many earlier instruments (or names, or nearby mentions) one is compared with.

Shared by the agreement rules: it bounds every comparison, so parsing stays linear.
"""
REACH = 300
"""How far (in characters) from a mention its context is read."""
_SKIP = frozenset({LineKind.CAPTION, LineKind.BOILERPLATE, LineKind.BYLINE, LineKind.DATELINE})
_QUOTED = re.compile(r'"([A-Z0-9][^"\n]{3,298})"')
_TOKEN = re.compile(r"\S+")
_MODIFIER = re.compile(r"[A-Za-z][\w'-]*")
_YEAR = re.compile(r"(?:19|20)\d\d")
_ALIAS = re.compile(r" ?\(([A-Z][A-Za-z0-9-]{1,15})\)")
_NEXT_WORD = re.compile(r" ([A-Z][\w'.-]*)")
#: The marker of a list item ("2. ", "a) ", "- "): a title may open the item after it.
_LIST_TOKEN = re.compile(r"[-\u2022*\u2013]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]")
_LIST_MARK = re.compile(rf"[ \t]*(?:{_LIST_TOKEN.pattern})[ \t]+")
#: A span of years that ends a title ("Programme for 2026-2030", "Plan (2025-2027)").
_YEARS = re.compile(r"\(?(?:19|20)\d\d[-\u2013](?:(?:19|20)\d\d|\d\d)")
_CAPS_RUN = re.compile(r"(?:[A-Z][\w'.-]*[ ]){0,4}[A-Z][\w'-]*")
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
_DETERMINERS = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "its", "their", "our", "his", "her",
     "another", "both"}
)  # fmt: skip
_DEMONSTRATIVES = frozenset({"the", "this", "that", "these", "those"})
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


@frozen(kw_only=True)
class AgreementMention:
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
    cued: bool = False
    """Its head names an instrument only with a reported signing or plan (see ``Head.cued``)."""
    nested: bool = False
    """Named inside another instrument's title ("Joint Statement on the Treaty on ..."):
    only cited, whatever is said of the outer one."""


class AgreementText:
    """A document indexed for the agreement rules: its sentences, actors and dates by offset."""

    def __init__(self, document: Document, mentions: Mentions, words: AgreementWords) -> None:
        self.document, self.text = document, document.text
        # for case-insensitive patterns (see CaselessPattern); lower-cased once if it can be
        self.view = lower_view(document.text)
        low = self.view if self.view is not None else document.text.lower()
        self.low = low if len(low) == len(document.text) else None
        self.words, self.pats = words, compile_words(words)
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
        self.date_start_set = frozenset(self.date_starts)

    def sentence(self, start: int) -> Sentence | None:
        """Return the (non-skipped) sentence holding offset ``start``."""
        n = bisect_left(self.starts, start + 1) - 1
        if n < 0 or start >= self.sentences[n].span.end:
            return None
        return self.sentences[n]

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        """Return the date mentions that start in ``[start, end)``."""
        lo, hi = bisect_left(self.date_starts, start), bisect_left(self.date_starts, end)
        return self.dates[lo:hi]


def find_mentions(page: AgreementText) -> tuple[tuple[AgreementMention, ...], tuple[int, ...]]:
    """Return every mention of an instrument in text order, and where every head noun starts."""
    finder = _Finder(page)
    found = finder.find()
    return tuple(found), tuple(finder.heads)


class _Finder:
    """The state of one search for mentions: the document and the heads seen so far."""

    def __init__(self, page: AgreementText) -> None:
        self.page = page
        self.text, self.low, self.words, self.pats = page.text, page.low, page.words, page.pats
        self.heads: list[int] = []

    def find(self) -> list[AgreementMention]:
        """Return every mention of an instrument, in text order."""
        text, heads, pats = self.text, self.words.heads, self.pats
        if pats.head_stems is not None:  # where a head can start: found once, used twice
            hits = stem_hits(pats.head_stems, self.low or text, 0, len(text))
            found = list(match_at(pats.head, hits, text, 0, len(text)))
        else:
            hits, found = None, list(pats.head.finditer(text))
        quoted = [
            Span(start=q.start(1), end=q.end(1))
            for q in _QUOTED.finditer(text)
            if self._title_case(q.start(1), q.end(1), hits)
        ]
        quoted_starts = [q.start for q in quoted]
        out: list[AgreementMention] = []
        floor = 0
        for m in found:
            self.heads.append(m.start())
            sentence = self.page.sentence(m.start())
            if sentence is None or m.lastgroup is None:
                continue
            head = heads[int(m.lastgroup[1:])]
            if m.start() < floor:
                inner = self._nested(m, head, out[-1]) if out else None
                if inner is not None:
                    out.append(inner)
                continue
            k = bisect_left(quoted_starts, m.start() + 1) - 1
            q = quoted[k] if k >= 0 and m.start() < quoted[k].end else None
            if q is not None:
                mention = self._quoted(q, m, head, sentence)
            elif m.group()[0].isupper() and not (
                head.lowercase and self._opens(m, sentence) and not self._listed(m, sentence)
            ):
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

    def _nested(
        self, m: re.Match[str], head: Head, outer: AgreementMention
    ) -> AgreementMention | None:
        """Return the instrument a title names after "on" ("Joint Statement on the Treaty
        on ..."), as a mention of its own, or None.
        """
        title = outer.title
        if (
            title is None
            or outer.nested
            or not title.start < m.start() < title.end
            or not m.group()[0].isupper()
        ):
            return None
        floor = self.text.rfind(" on ", title.start, m.start())
        inner = self._titled(m, head, outer.sentence, floor + 1) if floor >= 0 else None
        if (
            inner is None
            or inner.title is None
            or inner.title.end > title.end
            or not _ON_THE.search(
                self.text, max(title.start, inner.title.start - 8), inner.title.start
            )
        ):
            return None
        return evolve(inner, nested=True, determiner=None)

    def _opens(self, m: re.Match[str], sentence: Sentence) -> bool:
        """Tell whether a head opens its sentence (so its capital says nothing)."""
        lo = max(sentence.span.start, m.start() - 8)
        return lo == sentence.span.start and not self.text[lo : m.start()].strip(" \t\n\"'•*-")

    def _listed(self, m: re.Match[str], sentence: Sentence) -> bool:
        """Tell whether a head opens a list item ("2. Agreement on ..."): a title's capital."""
        return _LIST_MARK.fullmatch(self.text, sentence.span.start, m.start()) is not None

    def _title_case(self, start: int, end: int, hits: Sequence[int] | None) -> bool:
        """Tell whether quoted ``text[start:end]`` reads as a title with a head noun, not as
        speech. ``hits`` are where a head's stem starts in the lower-cased text, if known.
        """
        if hits is not None and self.page.view is not None:  # search only where a head starts
            heads = match_at(self.pats.head, hits, self.text, start, end)
            if next(heads, None) is None:  # (a quote mark stands on either side of the title)
                return False
        elif self.page.view is not None:
            pats, view = self.pats, self.page.view
            heads = scan(pats.head, pats.head_stems, self.text, view, start, end)
            if next(heads, None) is None:
                return False
        elif not self.pats.head.search(self.text[start:end]):
            return False
        words = self.text[start:end].split()
        lower = [w for w in words if w[0].islower() and w not in self.words.title_connectors]
        return len(lower) <= 1 and len(lower) * 5 <= len(words)

    def _quoted(
        self, q: Span, m: re.Match[str], head: Head, sentence: Sentence
    ) -> AgreementMention | None:
        """Return the mention of a quoted title."""
        if not m.group()[0].isupper() or self._inside_name(m.end(), sentence):
            return None
        title = Span(
            start=q.start,
            end=q.end - len(q.slice(self.text)) + len(q.slice(self.text).rstrip(" .,;:")),
        )
        if not _has_title_word(head, self.text, title):
            return None
        alias = _ALIAS.match(self.text, q.end + 1)
        return AgreementMention(
            span=Span(start=q.start - 1, end=alias.end() if alias else q.end + 1),
            head=Span(start=m.start(), end=m.end()),
            kind=head.kind,
            sentence=sentence,
            title=title,
            alias=alias.group(1) if alias else None,
            plural=_is_plural(m.group()),
            determiner=self._word_before(q.start - 1, sentence),
            cued=head.cued,
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
    ) -> AgreementMention | None:
        """Return the mention of an unquoted title, or of an untitled phrase if bare."""
        if self._inside_name(m.end(), sentence):
            return None
        start = self._left_title(m.start(), sentence, floor)
        determiner = self._word_before(start, sentence)
        end, alias, alias_end = self._right_title(m.end(), sentence)
        year, year_span = None, None
        lead = _TOKEN.match(self.text, start)
        if lead and start < m.start() and _YEAR.fullmatch(lead.group()):
            year, year_span = PartialDate(year=int(lead.group())), Span(start=start, end=lead.end())
            start = lead.end() + 1
        for d in self.page.dates_in(start, start + 1):
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
        if head.title_word is not None and (bare or plural):
            return None  # a bare "Programme" says too little to name an instrument
        if bare or (plural and (start >= m.start() or head.kind is not _K.AGREEMENT)):
            return self._untitled(m, head, sentence, floor)
        title = Span(start=start, end=tail.end if tail else end)
        if not _has_title_word(head, self.text, title):
            return None
        return AgreementMention(
            span=Span(start=start, end=max(alias_end, tail.end if tail else end)),
            head=Span(start=m.start(), end=m.end()),
            kind=head.kind,
            sentence=sentence,
            title=title,
            alias=alias,
            tail=tail,
            plural=plural,
            determiner=determiner,
            year=year,
            year_span=year_span,
            cued=head.cued,
        )

    def _left_title(self, start: int, sentence: Sentence, floor: int) -> int:
        """Return where the capitalized words before a head begin ("Japan-Vietnam ...")."""
        lo = max(sentence.span.start, floor, start - 200)
        begin, pending = start, 0
        for tok in reversed(list(_TOKEN.finditer(self.text, lo, start))):
            word = tok.group()
            if _LIST_TOKEN.fullmatch(word):
                break  # "1. Memorandum ...": the item's number is no part of the title
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
            if tok.start() in self.page.date_start_set:
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
            if "and" in pending and self._heads_run(tok.start()):
                break  # "... Medicine and the Cultural Exchange Programme": a second title
            seen = seen or low in connectors or any(p not in ("and", "the") for p in pending)
            title_end, pending = tok.start() + len(word), []
            if word[0] == "(" and raw[len(word) : len(word) + 1] == ")":
                title_end += 1  # "(2026-2030)": the closing parenthesis too
            if raw != word and not (raw[len(word)] == "," and _COMMA_LIST.match(text, tok.end())):
                break
        alias = _ALIAS.match(text, title_end, sentence.span.end) if title_end > end else None
        return title_end, alias.group(1) if alias else None, alias.end() if alias else title_end

    def _heads_run(self, start: int) -> bool:
        """Tell whether the capitalized words from ``start`` end in a head of their own."""
        run = _CAPS_RUN.match(self.text, start)
        end = run.end() if run else start
        return self.pats.head.search(self.text, start, end + 1) is not None

    def _untitled(
        self, m: re.Match[str], head: Head, sentence: Sentence, floor: int
    ) -> AgreementMention | None:
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
                not _MODIFIER.fullmatch(tok.group())
                or word in _NOT_MODIFIERS
                or self.pats.cue.fullmatch(word, lower_view(word))
            ):
                break
            mods.append(word)
            begin = tok.start()
        pos = end
        for d in self.page.dates_in(end + 1, end + 5):
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
        return AgreementMention(
            span=Span(start=begin, end=tail.end if tail else end),
            head=Span(start=start, end=end),
            kind=head.kind,
            sentence=sentence,
            tail=tail,
            determiner=det,
            anaphor=anaphor,
            plural=plural or (det in _COUNTS and det != "one"),
        )

    def _acronyms(self, found: Sequence[AgreementMention]) -> list[AgreementMention]:
        """Return the later mentions of aliases ("UNCLOS") and of well-known acronyms."""
        known = {m.alias: m.kind for m in found if m.alias}
        names = {*list(known)[:WINDOW], *self.words.instruments}
        starts, ends = [m.span.start for m in found], [m.span.end for m in found]
        out: list[AgreementMention] = []
        for name in names:
            if name not in self.text:
                continue  # (most are absent: the search below would find nothing)
            for a in scan(_whole_word(name), (name,), self.text, None, 0, len(self.text)):
                k = bisect_left(starts, a.start() + 1) - 1
                sentence = self.page.sentence(a.start())
                if sentence is None or (k >= 0 and a.start() < ends[k]):
                    continue
                kind = known.get(name) or self.words.instruments[name][1]
                span = span_of(a)
                out.append(AgreementMention(span=span, head=span, kind=kind, sentence=sentence,
                                    title=span, alias=name))  # fmt: skip
        return out

    def _word_before(self, start: int, sentence: Sentence) -> str | None:
        """Return the word before ``start`` in its sentence, lower-cased."""
        before = self.text[max(sentence.span.start, start - 12) : start].split()
        return before[-1].lower() if before else None

    def _cut_at_date(self, start: int, end: int) -> int:
        """Return where a phrase in ``[start, end)`` ends before any date it runs into."""
        cut = min((d.span.start for d in self.page.dates_in(start + 1, end)), default=end)
        return len(self.text[:cut].rstrip()) if cut < end else end


@lru_cache(maxsize=1024)
def _whole_word(name: str) -> re.Pattern[str]:
    """Return the pattern of ``name`` as a whole word (compiled once per name)."""
    return re.compile(rf"\b{re.escape(name)}\b")


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    """Return ``pattern`` compiled (once per pattern)."""
    return re.compile(pattern)


def _has_title_word(head: Head, text: str, title: Span) -> bool:
    """Tell whether a title holds the word its head demands, if any."""
    if head.title_word is None:
        return True
    return _compiled(head.title_word).search(text, title.start, title.end) is not None


def _title_word(word: str) -> bool:
    return bool(word) and (
        word[0].isupper()
        or (word[0].isdigit() and len(word) <= 6)
        or _YEARS.fullmatch(word) is not None
    )


_ON_THE = re.compile(r"\bon\s+(?:the\s+)?\Z")


def _is_plural(head: str) -> bool:
    words = head.lower().split()
    noun = words[0] if len(words) > 2 and words[1] == "of" else words[-1]
    return noun == "memoranda" or (noun.endswith("s") and not noun.endswith("ss"))
