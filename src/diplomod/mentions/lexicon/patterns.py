"""Compile a :class:`~diplomod.mentions.lexicon.model.Lexicon` into the regexes the finder runs.

Every big alternation is a prefix-merged trie (see :mod:`.trie`) matched
case-sensitively; patterns are compiled once per lexicon and cached.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterable, Mapping
from itertools import pairwise
from types import MappingProxyType
from weakref import WeakKeyDictionary

from attrs import frozen

from diplomod.mentions.lexicon.entries import NameEntry, NameKind
from diplomod.mentions.lexicon.model import Lexicon
from diplomod.mentions.lexicon.trie import trie_pattern

__all__ = [
    "INITIAL",
    "NAME_WORD",
    "PREFIXED",
    "Anchor",
    "AnchorKind",
    "LexiconPatterns",
    "compile_lexicon",
]


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
    lower_word: str
    """Source of a lower-case anchor (group 1): a head ("prime minister", "counterpart",
    "ministry"), a group noun ("two leaders"), a pronoun or a cue word."""
    head_word: str
    """Source of the same without pronouns (group 1), for scans without references."""
    lower_after_space: re.Pattern[str]
    """``lower_word`` after a space: a literal first character, so the scan is fast."""
    lower_after_newline: re.Pattern[str]
    """``lower_word`` after a line break."""
    pronoun: re.Pattern[str]
    """A pronoun at ``pos`` (for the start of a text, where no space precedes it)."""
    left_words: frozenset[str]
    """Modifiers and portfolio words that may stand before a title head ("Deputy Foreign")."""
    title_at: re.Pattern[str]
    """A whole title head starting at ``pos`` ("Vice Foreign Minister")."""
    portfolio: re.Pattern[str]
    """A portfolio word at ``pos`` ("Defence"), for :meth:`read_remit`."""
    title: re.Pattern[str]
    """A title head at ``pos`` ("Minister"), for :meth:`read_to_party`."""
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
    body_run: re.Pattern[str]
    """" of (the) " and up to nine capitalized words (perhaps joined by "of", "for", "on"),
    the last an organization head ("Agency", "Party"); group 1 is the name."""

    @property
    def lower_words(self) -> re.Pattern[str]:
        """``lower_word`` after any white space (compiled on first use)."""
        return _compiled(r"\s" + self.lower_word)

    @property
    def lower_heads(self) -> re.Pattern[str]:
        """``head_word`` after a space (compiled on first use)."""
        return _compiled("[ ]" + self.head_word)

    def read_remit(self, text: str, pos: int) -> int:
        """Return where an office's remit after its head at ``pos`` ends, or -1.

        A remit is " of|for|on (the) <portfolio word>" and up to ten more portfolio
        words, each after a space and perhaps "and", "&", "for", "on" or "of" (but
        not "of <state>") and "the": " of National Defence", " for East Asian and
        Pacific Affairs". The patterns are small and shared, as one pattern holding the
        tries of portfolio words and of states would be slow to compile.
        """
        if not text.startswith((" of ", " for ", " on "), pos):
            return -1
        end = self._portfolio_after_the(text, text.index(" ", pos + 1) + 1)
        if end < 0 or (text.startswith(" of ", pos) and self._party_after_the(text, pos + 4)):
            return -1  # "President of the European Commission": a party, not a remit
        for _ in range(10):
            more = self._more_remit(text, end)
            if more < 0:
                break
            end = more
        return end

    def read_of_party(self, text: str, pos: int) -> tuple[str, int] | None:
        """Read " of (the) <state or organization> (ABBR)" at ``pos``.

        Returns the state or organization as written and where the phrase ends.
        """
        if not text.startswith(" of ", pos):
            return None
        party = self._party_after_the(text, pos + 4)
        if party is None:
            return None
        abbreviation = _ABBREVIATION.match(text, party.end())
        return party.group(), abbreviation.end() if abbreviation else party.end()

    def read_to_party(self, text: str, pos: int) -> int:
        """Return where " to (the) <state, organization or title>" at ``pos`` ends, or -1."""
        if not text.startswith(" to ", pos):
            return -1
        pos += 4
        for at in (pos + 4, pos) if text.startswith("the ", pos) else (pos,):
            if m := self.party.match(text, at) or self.title.match(text, at):
                return m.end()
        return -1

    def read_unknown_body(self, text: str, pos: int) -> tuple[int, int] | None:
        """Read " of (the) <organization or body>" at ``pos``, for names not in the lexicon.

        The name is a run of capitalized words (perhaps joined by "of", "for", "on")
        up to its last word that is an organization head: "of the Foo Development
        Agency", "of the Communist Party of Vietnam's Commission". Returns where the name
        starts and ends, or None.
        """
        m = self.body_run.match(text, pos)
        return m.span(1) if m else None

    def _party_after_the(self, text: str, pos: int) -> re.Match[str] | None:
        """Match "(the) <state or organization>" at ``pos``."""
        if text.startswith("the ", pos) and (m := self.party.match(text, pos + 4)):
            return m
        return self.party.match(text, pos)

    def _portfolio_after_the(self, text: str, pos: int) -> int:
        """Return where "(the) <portfolio word>" at ``pos`` ends, or -1."""
        if text.startswith("the ", pos) and (m := self.portfolio.match(text, pos + 4)):
            return m.end()
        m = self.portfolio.match(text, pos)
        return m.end() if m else -1

    def _more_remit(self, text: str, pos: int) -> int:
        """Return where one more remit word ("and Pacific", " Affairs") at ``pos`` ends, or -1."""
        joint = _REMIT_JOINT.match(text, pos)
        if joint and not (
            joint.group(1) == "of" and self._party_after_the(text, joint.end()) is not None
        ):  # " of <state>" ends the remit: "Minister of Defence of Japan"
            end = self._portfolio_after_the(text, joint.end())
            if end >= 0:
                return end
        if text.startswith(" ", pos) and (m := self.portfolio.match(text, pos + 1)):
            return m.end()
        return -1

    def find_lower_words(self, text: str) -> list[re.Match[str]]:
        """Return the matches ``lower_words.finditer(text)`` yields, found faster.

        Scans that start at a literal character (a space, a line break) skip text much
        faster than one starting at any white space. Their matches, put in order, are
        the same as the single scan's unless two of them overlap; then the single scan
        decides.
        """
        found = list(self.lower_after_space.finditer(text))
        others = list(self.lower_after_newline.finditer(text)) if "\n" in text else []
        for char in _OTHER_SPACES if not text.isascii() else _OTHER_ASCII_SPACES:
            if char in text:
                others += _compiled(r"[^\S \n]" + self.lower_word).finditer(text)
                break
        if not others:
            return found
        found = sorted(found + others, key=_start)
        if any(a.end() > b.start() for a, b in pairwise(found)):
            return list(self.lower_words.finditer(text))
        return found


_ABBREVIATION = re.compile(r"[ ]\([A-Z][A-Za-z.]{1,7}\)")  # " (ROK)" after a name
_REMIT_JOINT = re.compile(r"[ ](and|&|for|on|of)[ ]")

#: The white space ``\s`` matches besides the space and the line break.
_OTHER_ASCII_SPACES = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f"
_OTHER_SPACES = (
    _OTHER_ASCII_SPACES
    + "\x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + "\u2028\u2029\u202f\u205f\u3000"
)


def _start(match: re.Match[str]) -> int:
    return match.start()


@functools.lru_cache(maxsize=32)
def _compiled(source: str) -> re.Pattern[str]:
    """Compile a rarely used pattern when it is first needed."""
    return re.compile(source)


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
INITIAL = rf"[{_UPPER}]\.(?:[{_UPPER}]\.){{0,2}}"  # "J.", "L.P."
#: A name word after an Arabic article or particle: "al-Sisi", "bin-Zayed", "el-Sisi".
PREFIXED = rf"(?:al|el|as|ash|ad|ar|at|az|bin|ibn|abu|ben|ould)-[{_UPPER}]{NAME_REST}"


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
    particle = _alt(lexicon.name_particles) + "[ ]"
    suffix = _alt(lexicon.name_suffixes) + r"(?![\w.])"
    name = rf"""
        (?:{particle}){{0,2}} (?:{INITIAL}[ ]){{0,2}} {NAME_WORD}
        (?:[ ](?:{particle}){{0,2}}(?:{INITIAL}|{NAME_WORD}|{PREFIXED})){{0,5}}
        (?:,?[ ]{suffix})?
    """
    lower_word = rf"({_alt(lower)})(?![\w'])"
    verbs = _alt(lexicon.reporting_verbs)
    # A word or an initial, bounded (linear time); the letters are possessive, as no
    # shorter run can be followed by the space or comma that must come next: failing
    # tries (at every capital) end sooner.
    word = rf"[{_UPPER}](?:\.|[{_LETTERS}'-]{{0,40}}+)"
    run = rf"{word}(?:[ ](?:{particle}){{0,2}}{word}){{1,4}}(?:,?[ ]{suffix})?"
    # the name of a body: capitalized words, possessive (each a whole word), and joints
    body_word = rf"[{_UPPER}][{_LETTERS}'\u2019&.-]{{0,40}}+"
    joint = r"[ ](?:(?:of|for|on)[ ](?:the[ ])?)?"  # not "and": "A and Permanent Secretary B"
    head = _alt(lexicon.organization_heads) if lexicon.organization_heads else "(?!)"
    # greedy, so the name ends at its last head word: bounded backtracking (nine words)
    body_end = r"(?=['\u2019]s|[^\w'\u2019-]|\Z)"  # a whole word, perhaps possessive
    body_run = rf"[ ]of[ ](?:the[ ])?((?:{body_word}{joint}){{0,8}}{head}){body_end}"
    context = rf"(?=,|[ ](?:(?:also|then|later|again|personally|further)[ ])?{verbs}(?![\w-]))"
    return LexiconPatterns(
        anchor=re.compile(_alt(upper) + r"(?!\w)"),
        anchors=MappingProxyType(anchors),
        lower_word=lower_word,
        head_word=rf"({_alt(heads)})(?![\w'])",
        lower_after_space=re.compile(f"[ ]{lower_word}"),
        lower_after_newline=re.compile(f"\n{lower_word}"),
        pronoun=re.compile(rf"{_alt(lexicon.pronouns)}(?![\w'])"),
        left_words=frozenset(left_words),
        title_at=re.compile(rf"(?:{words}(?:[ ]|-(?=[A-Z]))){{0,4}}{title}", re.VERBOSE),
        portfolio=re.compile(portfolio),
        title=re.compile(title),
        party=re.compile(party),
        ranks=re.compile(rf"{rank}(?:[ ]{rank}){{0,2}}[ ]", re.VERBOSE),
        name=re.compile(name, re.VERBOSE),
        bare_name=re.compile(run + context),
        bare_start=re.compile(run),
        body_run=re.compile(body_run),
    )
