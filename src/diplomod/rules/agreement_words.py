"""The vocabulary of agreements: kind head nouns, signing cues, topic keywords, known acronyms.

Everything the agreement rules match is a table here. Users extend it by deriving
a new :class:`AgreementWords` with :meth:`AgreementWords.extend` and passing it to
:func:`diplomod.rules.agreements.find_agreements`; nothing is registered globally.
Patterns are regular-expression fragments (no capturing groups, no nested
unbounded repetition); :func:`compile_words` turns a vocabulary into the compiled
patterns the rules use, once per vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from types import MappingProxyType

import attrs
from attrs import field, frozen

from diplomod.mentions.lexicon.caseless import CaselessPattern
from diplomod.mentions.lexicon.trie import trie_pattern
from diplomod.records import AgreementKind, AgreementStatus

__all__ = [
    "BILATERAL_WORDS",
    "CUES",
    "DEFAULT_AGREEMENT_WORDS",
    "EVENT_NOUNS",
    "FUTURE_CONTEXT",
    "FUTURE_MARKERS",
    "HEADS",
    "HEDGES",
    "INSTRUMENTS",
    "LEANING_MARKERS",
    "PARTICIPLES",
    "PARTY_WORDS",
    "TITLE_CONNECTORS",
    "TITLE_STOP_WORDS",
    "TOPICS",
    "AgreementWords",
    "Cue",
    "Head",
    "Topic",
    "WordPatterns",
    "compile_words",
]

_K, _S = AgreementKind, AgreementStatus


@frozen(kw_only=True)
class Head:
    """A head noun that names an instrument, matched case-insensitively.

    ``lowercase`` tells whether a lower-case use counts ("a trade deal"); heads
    such as "Convention" or "Protocol" count only capitalized, inside a title.
    """

    pattern: str
    kind: AgreementKind
    lowercase: bool = True
    title_word: str | None = None
    """A pattern the title must contain for the head to name an instrument ("Programme"
    only with "Cooperation" or "Exchange": not "the World Food Programme")."""
    cued: bool = False
    """Whether only a reported signing or plan makes it an instrument: cited alone, a
    "Cultural Exchange Programme" may be a scheme, not a signed text."""


@frozen(kw_only=True)
class Cue:
    """A word that reports what happened to an instrument, and how far it reaches."""

    pattern: str
    status: AgreementStatus
    reach: int = 200
    """Most characters between the cue and the instrument it applies to."""
    kinds: tuple[AgreementKind, ...] = ()
    """The kinds of instrument the cue applies to; empty for every kind."""


@frozen(kw_only=True)
class Topic:
    """A free topic tag and the words (case-insensitive) that signal it."""

    tag: str
    pattern: str
    broad: bool = False
    """A broad tag ("economy") never makes an instrument of its own when plural ones split."""


HEADS: tuple[Head, ...] = (
    Head(
        pattern=r"memorand(?:um|a|ums)(?:\ of\ (?:understanding|cooperation|co-operation|intent)"
        r"(?:\ and\ (?:cooperation|co-operation))?)?",
        kind=_K.MEMORANDUM,
    ),
    Head(pattern=r"MOUs?|MoUs?|MOCs?", kind=_K.MEMORANDUM, lowercase=False),
    Head(pattern=r"joint\ (?:[\w.-]{2,30}\ ){0,2}?(?:statements?|communiqu[eé]s?)",
         kind=_K.JOINT_STATEMENT),
    Head(pattern=r"statements?\ of\ (?:cooperation|intent|principles)",
         kind=_K.JOINT_STATEMENT, lowercase=False),
    Head(pattern=r"joint\ declarations?", kind=_K.DECLARATION),
    Head(pattern=r"declarations?", kind=_K.DECLARATION, lowercase=False),
    Head(pattern=r"agreements?", kind=_K.AGREEMENT),
    Head(pattern=r"accords?", kind=_K.AGREEMENT),
    Head(pattern=r"deals?", kind=_K.AGREEMENT),
    Head(pattern=r"arrangements?", kind=_K.AGREEMENT, lowercase=False),
    Head(pattern=r"treat(?:y|ies)", kind=_K.TREATY),
    Head(pattern=r"pacts?", kind=_K.TREATY),
    Head(pattern=r"conventions?", kind=_K.TREATY, lowercase=False),
    Head(pattern=r"protocols?", kind=_K.TREATY, lowercase=False),
    Head(pattern=r"charters?", kind=_K.TREATY, lowercase=False),
    Head(pattern=r"plans?\ of\ action|action\ plans?|road\ ?maps?", kind=_K.OTHER, lowercase=False),
    Head(pattern=r"letters?\ of\ intent", kind=_K.OTHER, lowercase=False),
    Head(pattern=r"codes?\ of\ conduct", kind=_K.OTHER, lowercase=False),
    Head(pattern=r"programmes?|programs?", kind=_K.OTHER, lowercase=False, cued=True,
         title_word=r"\b(?:[Cc]ooperation|[Cc]o-operation|[Ee]xchanges?|[Cc]ollaboration)\b"),
    Head(pattern=r"peace\ (?:frameworks?|plans?)|ceasefire\ (?:frameworks?|plans?)"
         r"|cease-fire\ (?:frameworks?|plans?)", kind=_K.OTHER),
)  # fmt: skip
"""Instrument head nouns and the kind each gives, tried in order."""

CUES: tuple[Cue, ...] = (
    Cue(pattern=r"sign(?:s|ed)?|signing(?:\ ceremony)?", status=_S.SIGNED, reach=250),
    Cue(pattern=r"ink(?:s|ed)|struck|sealed|clinched", status=_S.SIGNED, reach=40),
    Cue(pattern=r"conclud(?:e|es|ed)|initial(?:l)?ed|adopt(?:s|ed)", status=_S.SIGNED, reach=80),
    Cue(pattern=r"exchanged|renew(?:s|ed|ing)|ratif(?:y|ies|ied)", status=_S.SIGNED, reach=30),
    Cue(pattern=r"(?:entered|enters|came|comes)\ into\ force", status=_S.IN_FORCE, reach=30),
    Cue(pattern=r"negotiat(?:e|es|ing|ions?)", status=_S.PLANNED, reach=120),
    Cue(pattern=r"draft(?:s|ed|ing)?|drew\ up|drawn\ up", status=_S.PLANNED, reach=80),
    Cue(pattern=r"(?:early|earliest|swift|speedy|expeditious|timely|prompt)\ conclusion",
        status=_S.PLANNED, reach=80),
    Cue(pattern=r"issu(?:e|es|ed)|releas(?:e|es|ed)", status=_S.SIGNED, reach=30,
        kinds=(_K.JOINT_STATEMENT, _K.DECLARATION)),
)  # fmt: skip
"""Cue words before an instrument ("signed a", "negotiations on a"); a future marker
before a signing cue ("agreed to sign") makes it planned."""

PARTICIPLES: tuple[str, ...] = (
    "signed", "concluded", "inked", "adopted", "initialed", "initialled", "ratified",
    "renewed", "exchanged",
)  # fmt: skip
"""Participles that report a signing after the instrument ("the accord was signed")."""

FUTURE_MARKERS: tuple[str, ...] = (
    "to", "will", "would", "shall", "'ll", "going to", "plan to", "plans to", "planning to",
    "intend to", "intends to", "expected to", "aim to", "aims to", "agreed to", "decided to",
    "ready to", "set to", "hope to", "look forward to", "looks forward to", "looked forward to",
    "scheduled to",
)  # fmt: skip
"""Words just before a signing cue that make it a firm plan ("will sign", "agreed to sign")."""

LEANING_MARKERS: tuple[str, ...] = (
    "toward", "towards", "for", "prepare", "prepare for", "ahead of", "pave the way for",
    "work toward", "work towards",
)  # fmt: skip
"""Words just before a signing cue that point to it without planning it ("towards signing")."""

FUTURE_CONTEXT: tuple[str, ...] = (
    "agreed", "agree", "decided", "will", "would", "shall", "plan", "plans", "planned",
    "intend", "intends", "aim", "aims", "hope", "seek", "seeks", "look forward", "towards",
    "toward", "expected", "ready", "promote", "consider", "explore",
)  # fmt: skip
"""Words earlier in a clause that make a bare gerund ("by signing memoranda") a plan."""

HEDGES: tuple[str, ...] = ("when", "if", "once", "unless", "until", "before", "whether")
"""Words just before a cue that make it hypothetical ("when concluded")."""

TOPICS: tuple[Topic, ...] = (
    Topic(tag="defense equipment transfer", pattern=r"defen[cs]e\ (?:equipment\ )?"
          r"(?:and\ technology\ )?(?:transfers?|exports?)|" + "|".join(
              rf"{verb}\ of\ (?:[\w-]+\ ){{0,3}}?defen[cs]e\ equipment"
              for verb in ("exports?", "transfers?", "deliver(?:y|ies)", "sales?", "supply"))),
    Topic(tag="defense industry", pattern=r"defen[cs]e[\ -]industr\w*|military[\ -]industrial"
          r"|military[\ -]technical"),
    Topic(tag="defense cooperation", pattern=r"defen[cs]e\ cooperation|military\ cooperation"),
    Topic(tag="cybersecurity", pattern=r"cyber[\ -]?security|cyber\ defen[cs]e|cyberspace"),
    Topic(tag="military medicine", pattern=r"military\ medic\w*"),
    Topic(tag="law of the sea", pattern=r"law\ of\ the\ sea"),
    Topic(tag="status of forces", pattern=r"status\ of\ forces"),
    Topic(tag="civil nuclear", pattern=r"civil(?:ian)?\ nuclear|peaceful\ uses?\ of\ nuclear"),
    Topic(tag="non-proliferation", pattern=r"non-?proliferation|disarmament|arms\ control"),
    Topic(tag="public health", pattern=r"public\ health|health\ security|pandemic"),
    Topic(tag="health", pattern=r"health\ ?care|healthcare|medical|medicine"),
    Topic(tag="renewable energy", pattern=r"renewable\ energy|clean\ energy|green\ energy"),
    Topic(tag="climate",
          pattern=r"climate|low[\ -]carbon|emissions?\ reduction|carbon\ neutral\w*"),
    Topic(tag="energy", pattern=r"energy|oil|gas|petroleum|hydrocarbons?|electricity"),
    Topic(tag="trade", pattern=r"free\ trade|trade|commerce|commercial|tariffs?|customs"),
    Topic(tag="investment", pattern=r"invest\w*"),
    Topic(tag="finance", pattern=r"financ\w*|banking|money\ laundering|monetary"),
    Topic(tag="competition", pattern=r"anti-?monopoly|antitrust|competiti(?:on|ve)\ polic\w*"),
    Topic(tag="food safety", pattern=r"food\ safety|food\ products"),
    Topic(tag="agriculture", pattern=r"agricultur\w*|agrarian|agro-?industr\w*|plant\ quarantine"
          r"|veterinar\w*|food\ security|fisher(?:y|ies)"),
    Topic(tag="satellite navigation", pattern=r"satellite\ navigation|navigation\ satellite\w*"
          r"|GLONASS|BeiDou|GNSS"),
    Topic(tag="space", pattern=r"outer\ space|space\ (?:exploration|research|cooperation)"),
    Topic(tag="transport", pattern=r"transport\w*|transit|railways?|aviation|shipping"),
    Topic(tag="telecommunications", pattern=r"telecommunications|communications"
          r"|information\ technolog\w*"),
    Topic(tag="digitalization", pattern=r"digital\w*"),
    Topic(tag="construction", pattern=r"construction"),
    Topic(tag="infrastructure", pattern=r"infrastructure"),
    Topic(tag="maritime security", pattern=r"maritime\ security|maritime\ domain"),
    Topic(tag="peace", pattern=r"peace\ (?:frameworks?|plans?|process|settlement|agreements?"
          r"|accords?|treat(?:y|ies)|talks|deals?)|ceasefire|cease-fire|armistice"),
    Topic(tag="counterterrorism", pattern=r"counter-?terror\w*|terroris[mt]\w*"),
    Topic(tag="law enforcement", pattern=r"law\ enforcement|extradition|legal\ assistance"
          r"|crim(?:e|inal)\ matters"),
    Topic(tag="land management", pattern=r"land\ relations|cadastre|land\ management"),
    Topic(tag="emergency response", pattern=r"emergenc(?:y|ies)|disaster\w*|rescue"),
    Topic(tag="education", pattern=r"education\w*|universit(?:y|ies)|academic"),
    Topic(tag="science", pattern=r"scien(?:ce|tific)|research"),
    Topic(tag="culture", pattern=r"cultur\w*|heritage"),
    Topic(tag="sports", pattern=r"sports?"),
    Topic(tag="tourism", pattern=r"touris[mt]\w*"),
    Topic(tag="migration", pattern=r"migration|visas?"),
    Topic(tag="environment", pattern=r"environment\w*|biodiversity"),
    Topic(tag="labor", pattern=r"labou?r|workers?"),
    Topic(tag="taxation", pattern=r"double\ taxation|tax(?:es|ation)?"),
    Topic(tag="economy", pattern=r"econom(?:y|ic|ies)", broad=True),
)  # fmt: skip
"""Topic tags and their keywords, tried in order (more specific tags first)."""

INSTRUMENTS: Mapping[str, tuple[str, AgreementKind]] = MappingProxyType({
    "UNCLOS": ("United Nations Convention on the Law of the Sea", _K.TREATY),
    "NPT": ("Treaty on the Non-Proliferation of Nuclear Weapons", _K.TREATY),
    "CTBT": ("Comprehensive Nuclear-Test-Ban Treaty", _K.TREATY),
    "JCPOA": ("Joint Comprehensive Plan of Action", _K.OTHER),
    "RCEP": ("Regional Comprehensive Economic Partnership", _K.AGREEMENT),
    "CPTPP": ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership",
              _K.AGREEMENT),
    "USMCA": ("United States-Mexico-Canada Agreement", _K.AGREEMENT),
    "SOFA": ("Status of Forces Agreement", _K.AGREEMENT),
})  # fmt: skip
"""Instruments often named by acronym alone: acronym -> (full title, kind)."""

TITLE_CONNECTORS: frozenset[str] = frozenset(
    {"of", "on", "between", "concerning", "regarding", "for", "to", "in", "among",
     "the", "and", "de", "des", "du", "la", "le", "et", "&", "against"}
)  # fmt: skip
"""Lower-case words that may join the capitalized words of a title."""

TITLE_STOP_WORDS: frozenset[str] = frozenset(
    {"Sign", "Signs", "Signed", "Signing", "Sign-", "Ink", "Inks", "Inked", "Conclude",
     "Concludes", "Concluded", "Adopt", "Adopts", "Adopted", "Welcome", "Welcomes", "Welcomed",
     "Opening", "Open", "Opens", "Launch", "Launches", "Renew", "Renews", "Renewed", "Under",
     "Joint-", "New", "A", "An", "The", "This", "That", "These", "Those", "Their", "Its",
     "Our", "His", "Her", "In", "On", "At", "By", "For", "As", "With", "After", "Before",
     "Following", "During", "Today", "Yesterday", "Also", "Both", "Two", "Mr", "Mr.",
     "President", "Minister", "Secretary", "Presidents", "Ministers", "Amid", "Reach",
     "Reached", "Reaches", "Strike", "Strikes", "Seal", "Seals"}
)  # fmt: skip
"""Capitalized words that never start a title, though they may stand before one
in title-case headlines ("Japan and Korea Sign Trade Agreement")."""

PARTY_WORDS: frozenset[str] = frozenset(
    {"president", "presidents", "prime", "minister", "ministers", "ministry", "ministries",
     "government", "governments", "head", "heads", "state", "states", "leaders", "leader",
     "republic", "kingdom", "federation", "people's", "chancellor", "king", "two",
     "countries", "nations", "sides", "parties", "intent"}
)  # fmt: skip
"""Words that, with actor names, make a title merely descriptive ("Joint Declaration of
the Presidents of Ukraine and Azerbaijan"), so it may name a better-titled instrument."""

BILATERAL_WORDS: frozenset[str] = frozenset({"mutual", "bilateral"})
"""Title words that make an instrument two-party ("Mutual Defense Treaty"): cited in a
two-party document without its parties named, its parties are the document's two."""

EVENT_NOUNS: frozenset[str] = frozenset(
    {"Negotiations", "Negotiation", "Talks", "Signing", "Ceremony", "Implementation",
     "Review", "Anniversary"}
)  # fmt: skip
"""Capitalized nouns that may follow a title without making it part of another name
("Defense Cooperation Agreement Negotiations", but not "Treaty Organization")."""


def _strings(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


def _frozen_mapping(
    value: Mapping[str, tuple[str, AgreementKind]],
) -> Mapping[str, tuple[str, AgreementKind]]:
    return MappingProxyType(dict(value))


@frozen(kw_only=True, eq=False)
class AgreementWords:
    """Every table the agreement rules read, as one immutable value.

    Vocabularies compare by identity, so compiled patterns can be cached per vocabulary.
    """

    heads: tuple[Head, ...] = HEADS
    cues: tuple[Cue, ...] = CUES
    participles: tuple[str, ...] = PARTICIPLES
    future_markers: tuple[str, ...] = FUTURE_MARKERS
    leaning_markers: tuple[str, ...] = LEANING_MARKERS
    future_context: tuple[str, ...] = FUTURE_CONTEXT
    hedges: tuple[str, ...] = HEDGES
    topics: tuple[Topic, ...] = TOPICS
    instruments: Mapping[str, tuple[str, AgreementKind]] = field(
        default=INSTRUMENTS, converter=_frozen_mapping
    )
    title_connectors: frozenset[str] = field(default=TITLE_CONNECTORS, converter=_strings)
    title_stop_words: frozenset[str] = field(default=TITLE_STOP_WORDS, converter=_strings)
    party_words: frozenset[str] = field(default=PARTY_WORDS, converter=_strings)
    event_nouns: frozenset[str] = field(default=EVENT_NOUNS, converter=_strings)
    bilateral_words: frozenset[str] = field(default=BILATERAL_WORDS, converter=_strings)

    def extend(
        self,
        *,
        heads: Iterable[Head] = (),
        cues: Iterable[Cue] = (),
        topics: Iterable[Topic] = (),
        instruments: Mapping[str, tuple[str, AgreementKind]] | None = None,
    ) -> AgreementWords:
        """Return a copy that also knows the given heads, cues, topics and acronyms.

        New topics are tried before the old ones, so a new, more specific tag wins.

        >>> words = DEFAULT_AGREEMENT_WORDS.extend(topics=[Topic(tag="fishing", pattern="fish")])
        >>> words.topics[0].tag, len(words.topics) - len(DEFAULT_AGREEMENT_WORDS.topics)
        ('fishing', 1)
        """
        return attrs.evolve(
            self,
            heads=(*heads, *self.heads),
            cues=(*self.cues, *cues),
            topics=(*topics, *self.topics),
            instruments={**self.instruments, **(instruments or {})},
        )


DEFAULT_AGREEMENT_WORDS: AgreementWords = AgreementWords()
"""The vocabulary the agreement rules use unless given another."""


@frozen(kw_only=True, eq=False)
class WordPatterns:
    """A vocabulary compiled: one pattern per job, each scanned in linear time."""

    head: re.Pattern[str]
    """Any head noun; the name of the matching group is ``h<index into heads>``."""
    cue: CaselessPattern
    """Any cue word; the matching group is ``c<index into cues>``."""
    after: CaselessPattern
    """A signing reported after the instrument ("... was signed", ", signed in")."""
    future: CaselessPattern
    """A future marker ending just before a cue."""
    toward: CaselessPattern
    """A leaning marker ending just before a cue."""
    context: CaselessPattern
    """A word that puts a clause in the future."""
    hedge: CaselessPattern
    """A hedge ending just before a cue."""
    modal: CaselessPattern
    """A future marker other than a bare "to", anywhere: what puts a later verb in the
    future ("will hold talks and attend the signing")."""
    topic: re.Pattern[str]
    """Any topic keyword; the matching group is ``t<index into topics>``."""
    head_stems: tuple[str, ...] | None
    """Lower-case text every head match starts with, or None to scan with ``head``."""
    topic_stems: tuple[str, ...] | None
    """Lower-case text every topic match starts with, or None to scan with ``topic``."""
    topic_starts: re.Pattern[str] | None = None
    """Where a topic stem starts a word, searched in lower-cased text: one search that
    finds in a short span what a :meth:`str.find` per stem would."""


_META = frozenset(".^$*+?{}[]()|\\")


def _split(pattern: str) -> list[str]:
    """Return the top-level alternatives of a regular expression."""
    out, depth, start, n = [], 0, 0, 0
    while n < len(pattern):
        char = pattern[n]
        if char == "\\":
            n += 1
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append(pattern[start:n])
            start = n + 1
        n += 1
    return [*out, pattern[start:]]


def _stem(alternative: str) -> str:
    """Return the literal text an alternative must start with, lower-cased."""
    out: list[str] = []
    n = 0
    while n < len(alternative):
        char, step = alternative[n], 1
        if char == "\\" and n + 1 < len(alternative) and not alternative[n + 1].isalnum():
            char, step = alternative[n + 1], 2
        elif char in _META:
            break
        if alternative[n + step : n + step + 1] in ("?", "*", "{"):
            break
        out.append(char)
        n += step
    return "".join(out).lower()


def _all_stems(patterns: Iterable[str]) -> tuple[str, ...] | None:
    """Return the stems of every alternative, or None when one is shorter than three letters.

    >>> _all_stems([r"memorand(?:um|a)", r"MOUs?|MoUs?", r"treat(?:y|ies)|treat"])
    ('mou', 'treat', 'memorand')
    """
    stems = sorted({_stem(a) for p in patterns for a in _split(p)}, key=lambda s: (len(s), s))
    if not stems or len(stems[0]) < 3:
        return None
    kept: list[str] = []
    for stem in stems:
        if not any(stem.startswith(k) for k in kept):
            kept.append(stem)
    return tuple(kept)


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len)[::-1])


@cache
def compile_words(words: AgreementWords) -> WordPatterns:
    """Return the compiled patterns of ``words`` (cached per vocabulary)."""
    heads = "|".join(f"(?P<h{n}>{h.pattern})" for n, h in enumerate(words.heads))
    cues = "|".join(f"(?P<c{n}>{c.pattern})" for n, c in enumerate(words.cues))
    topics = "|".join(f"(?P<t{n}>{t.pattern})" for n, t in enumerate(words.topics))
    topic_stems = _all_stems(t.pattern for t in words.topics)
    participles = _alternatives(words.participles)
    after = rf"""
        [ ]?(?:,[ ])?(?:{participles})\b                            # ", signed in 2021"
      | [^.;!?"]{{0,120}}?\b(?:was|were|is|are|has\ been|have\ been|had\ been|being|been|be
            |(?:that|which)(?:\ [\w'-]+){{1,3}}?(?:\ have|\ has|\ had|\ are|\ were)?)
            [ ](?:(?:also|already|\w+ly)[ ])?(?:{participles}|signing)\b  # "... was signed by"
      | [ ](?:negotiations|talks)\b                                 # "the ... agreement talks"
      | (?:,[ ]which|[ ]which|[ ]that)?[ ](?:has[ ])?(?:entered|enters|came|comes)[ ]into[ ]force\b
    """
    return WordPatterns(
        head=re.compile(rf"(?i:\b(?:{heads})\b)"),
        cue=CaselessPattern(rf"\b(?:{cues})\b"),
        after=CaselessPattern(after, re.VERBOSE),
        future=CaselessPattern(rf"\b(?:{_alternatives(words.future_markers)})\s+(?:\w+ly\s+)?\Z"),
        toward=CaselessPattern(rf"\b(?:{_alternatives(words.leaning_markers)})\s+(?:\w+ly\s+)?\Z"),
        context=CaselessPattern(rf"\b(?:{_alternatives(words.future_context)})\b"),
        hedge=CaselessPattern(rf"\b(?:{_alternatives(words.hedges)})\s+(?:\w+\s+)?\Z"),
        modal=CaselessPattern(
            rf"\b(?:{_alternatives(w for w in words.future_markers if w != 'to')})\s"
        ),
        topic=re.compile(rf"(?i:\b(?:{topics})\b)"),
        head_stems=_all_stems(h.pattern for h in words.heads),
        topic_stems=topic_stems,
        topic_starts=_word_starts(topic_stems),
    )


def _word_starts(stems: tuple[str, ...] | None) -> re.Pattern[str] | None:
    """Return a search for where one of ``stems`` starts a word, or None if a stem cannot.

    Patterns that begin with ``\\b`` (as ``topic`` does) match only there.
    """
    if not stems or not all(stem[0].isalnum() for stem in stems):
        return None
    return re.compile(rf"\b(?={trie_pattern(stems)})")
