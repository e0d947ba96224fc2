"""Compile a :class:`~diplomod.mentions.lexicon.model.Lexicon` into the regexes the finder runs.

Every big alternation is a prefix-merged trie (see :mod:`.trie`) matched
case-sensitively; patterns are compiled once per lexicon and cached.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from weakref import WeakKeyDictionary

from attrs import frozen

from diplomod.mentions.lexicon.entries import NameEntry, NameKind
from diplomod.mentions.lexicon.model import Lexicon
from diplomod.mentions.lexicon.trie import trie_pattern

__all__ = ["INITIAL", "NAME_WORD", "Anchor", "AnchorKind", "LexiconPatterns", "compile_lexicon"]


class AnchorKind(enum.Enum):
    """What a word found by the anchor scan starts."""

    NAME = "name"  # a lexicon name: state, demonym, capital, organization, body, place
    TITLE = "title"  # the head of an office title
    BODY = "body"  # a generic body word ("Ministry") that needs a remit or a state
    RANK = "rank"  # a rank or honorific before a name
    COUNTERPART = "counterpart"
    SIDE = "side"  # "side" / "delegation" after a state or demonym
    GROUP = "group"  # a plural that refers back to several actors: "leaders", "two sides"
    PRONOUN = "pronoun"
    CUE = "cue"  # a word after which a full name is a person: "with", "between"


@frozen
class Anchor:
    """The kind of an anchor surface, and its lexicon entry when it is a name."""

    kind: AnchorKind
    entry: NameEntry | None = None


@frozen(eq=False)
class LexiconPatterns:
    """The compiled patterns of one lexicon."""

    anchor: re.Pattern[str]
    """Every name, and the anchors that start with a capital; check the left edge yourself.

    Leaving lower-case words out lets the regex engine skip over lower-case text fast.
    """
    anchors: Mapping[str, Anchor]
    """What each anchor surface (of ``anchor`` and of ``lower_words``) starts."""
    lower_words: re.Pattern[str]
    """A lower-case anchor after white space (group 1): a head ("prime minister",
    "counterpart", "ministry"), a group noun ("two leaders"), a pronoun or a cue word."""
    lower_heads: re.Pattern[str]
    """``lower_words`` without pronouns and after a space only, for scans without references."""
    pronoun: re.Pattern[str]
    """A pronoun at ``pos`` (for the start of a text, where no space precedes it)."""
    left_words: frozenset[str]
    """Modifiers and portfolio words that may stand before a title head ("Deputy Foreign")."""
    title_at: re.Pattern[str]
    """A whole title head starting at ``pos`` ("Vice Foreign Minister")."""
    remit: re.Pattern[str]
    """An office's remit after its head (" of National Defence")."""
    of_party: re.Pattern[str]
    """" of (the) <state or organization>" with an optional "(ABBR)"; group ``party``."""
    to_party: re.Pattern[str]
    """" to (the) <state, organization or title>" ("Ambassador to Japan")."""
    party: re.Pattern[str]
    """A state or organization name at ``pos``."""
    ranks: re.Pattern[str]
    """One to three ranks or honorifics and the space after them."""
    name: re.Pattern[str]
    """A person's name at ``pos``: capitalized words, initials, particles, a suffix."""
    bare_name: re.Pattern[str]
    """A quick filter: two to five capitalized words before a reporting verb or a comma."""
    bare_start: re.Pattern[str]
    """The same run of capitalized words with no context (after a cue word)."""


_CACHE: WeakKeyDictionary[Lexicon, LexiconPatterns] = WeakKeyDictionary()

_PARTY_KINDS = (NameKind.STATE, NameKind.ORGANIZATION)

_UPPER = "A-Z" + "".join(
    c
    for c in map(chr, (*range(0xC0, 0x250), *range(0x391, 0x3AA), *range(0x400, 0x430)))
    if c.isupper()
)
_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff"
_LETTER = f"[{_LETTERS}]"
#: A capitalized name word: "Kishi", "KISHI", "Jong-sup", "O'Brien", "Poupart-Lafarge".
NAME_REST = rf"{_LETTER}{{0,40}}(?:'[{_UPPER}]{_LETTER}{{0,40}}|-{_LETTER}{{1,40}}){{0,3}}"
NAME_WORD = rf"[{_UPPER}]{NAME_REST}"
INITIAL = rf"[{_UPPER}]\."


def compile_lexicon(lexicon: Lexicon) -> LexiconPatterns:
    """Return the compiled patterns of ``lexicon`` (built on first use, then cached)."""
    cached = _CACHE.get(lexicon)
    if cached is None:
        cached = _CACHE[lexicon] = _compile(lexicon)
    return cached


def _alt(words: Iterable[str]) -> str:
    return "(?:" + trie_pattern(words) + ")"


_NUMBERS = ("two", "three", "four", "five", "respective")


def _anchors(lexicon: Lexicon) -> dict[str, Anchor]:
    anchors: dict[str, Anchor] = {}
    groups = {*lexicon.group_nouns, *(f"{n} {g}" for n in _NUMBERS for g in lexicon.group_nouns)}
    for kind, words in (
        (AnchorKind.CUE, lexicon.name_cues),
        (AnchorKind.PRONOUN, lexicon.pronouns),
        (AnchorKind.GROUP, groups),
        (AnchorKind.SIDE, lexicon.side_words),
        (AnchorKind.COUNTERPART, lexicon.counterpart_words),
        (AnchorKind.RANK, lexicon.ranks),
        (AnchorKind.BODY, lexicon.body_words),
        (AnchorKind.TITLE, lexicon.titles),
    ):
        anchors.update((w, Anchor(kind)) for w in words)
    anchors.update((s, Anchor(AnchorKind.NAME, e)) for s, e in lexicon.names.items())
    return anchors


_LOWER_ONLY = (AnchorKind.CUE, AnchorKind.PRONOUN, AnchorKind.GROUP)


def _compile(lexicon: Lexicon) -> LexiconPatterns:
    anchors = _anchors(lexicon)
    lower = {s for s, a in anchors.items() if a.kind in _LOWER_ONLY or s[0].islower()}
    upper = [s for s in anchors if s not in lower]
    heads = [s for s in lower if anchors[s].kind is not AnchorKind.PRONOUN]
    parties = [s for s, e in lexicon.names.items() if e.kind in _PARTY_KINDS]
    party = _alt(parties) + r"(?!\w)"
    left_words = lexicon.title_modifiers | lexicon.portfolio_words
    words = _alt(left_words)
    portfolio = _alt(lexicon.portfolio_words) + r"(?![\w'])"
    title = _alt(lexicon.titles) + r"(?!\w)"
    rank = _alt(lexicon.ranks) + r"(?!\w)"
    remit = rf"""
        [ ](?:of|for|on)[ ](?:the[ ])? {portfolio}
        (?:                                   # more remit words, up to ten
            [ ](?:(?:and|&|for|on|of(?![ ](?:the[ ])?{party}))[ ](?:the[ ])?)?
            {portfolio}
        ){{0,10}}
    """
    particle = _alt(lexicon.name_particles) + "[ ]"
    suffix = _alt(lexicon.name_suffixes) + r"(?![\w.])"
    name = rf"""
        (?:{particle}){{0,2}} (?:{INITIAL}[ ]){{0,2}} {NAME_WORD}
        (?:[ ](?:{particle}){{0,2}}(?:{INITIAL}|{NAME_WORD})){{0,5}}
        (?:,?[ ]{suffix})?
    """
    verbs = _alt(lexicon.reporting_verbs)
    word = rf"[{_UPPER}](?:\.|[{_LETTERS}'-]{{0,40}})"  # a word or an initial (bounded: linear)
    run = rf"{word}(?:[ ](?:{particle}){{0,2}}{word}){{1,4}}(?:,?[ ]{suffix})?"
    context = rf"(?=,|[ ](?:(?:also|then|later|again|personally|further)[ ])?{verbs}(?![\w-]))"
    return LexiconPatterns(
        anchor=re.compile(_alt(upper) + r"(?!\w)"),
        anchors=MappingProxyType(anchors),
        lower_words=re.compile(rf"\s({_alt(lower)})(?![\w'])"),
        lower_heads=re.compile(rf" ({_alt(heads)})(?![\w'])"),
        pronoun=re.compile(rf"{_alt(lexicon.pronouns)}(?![\w'])"),
        left_words=frozenset(left_words),
        title_at=re.compile(rf"(?:{words}(?:[ ]|-(?=[A-Z]))){{0,4}}{title}", re.VERBOSE),
        remit=re.compile(remit, re.VERBOSE),
        of_party=re.compile(
            rf"[ ]of[ ](?:the[ ])?(?P<party>{party})(?:[ ]\([A-Z][A-Za-z.]{{1,7}}\))?", re.VERBOSE
        ),
        to_party=re.compile(rf"[ ]to[ ](?:the[ ])?(?:{party}|{title})", re.VERBOSE),
        party=re.compile(party),
        ranks=re.compile(rf"{rank}(?:[ ]{rank}){{0,2}}[ ]", re.VERBOSE),
        name=re.compile(name, re.VERBOSE),
        bare_name=re.compile(run + context),
        bare_start=re.compile(run),
    )
