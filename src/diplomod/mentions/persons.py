"""Read the parts of a person mention: the title after its head, the name, an appositive.

These readers work at a given offset and return plain parse results (so do the
finders of determiners before a title and of a known name said again); the actor
finder (:mod:`diplomod.mentions.actors`) decides where to call them and turns the
results into mentions.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple

from diplomod.mentions.lexicon.entries import NameKind
from diplomod.mentions.lexicon.model import Lexicon
from diplomod.mentions.lexicon.patterns import AnchorKind, LexiconPatterns
from diplomod.mentions.lexicon.trie import trie_pattern
from diplomod.records.codes import is_state_code

__all__ = [
    "NameParse",
    "TitleParse",
    "determiner_start",
    "find_bare_names",
    "find_name_words",
    "gap_end",
    "name_keys",
    "qualifier_gap",
    "read_appositive",
    "read_name",
    "read_set_off_name",
    "read_title",
    "resplit",
    "split_name",
    "title_start",
]

_WORD = re.compile(r"[^ ,]+")
_JOIN = re.compile(r"[ ]and[ ]|[ ]?[-/&\u2013\u2014][ ]?|,[ ]and[ ]")
_JOIN_NOT_AND = re.compile(r"[ ]?[-/\u2013\u2014][ ]?")
#: What every remit, join, "of <state>" and "to <state>" after a title starts with.
_TAIL = re.compile(r"[ ](?:of|for|on|to|and)[ ]|[ ]?[-/&\u2013\u2014]|,[ ]and[ ]")
_APPOSITIVE = re.compile(r",[ ](?:(?:the|The)[ ])?")
#: What may stand between a qualifier and its head: "Japan's ", "Republic of Korea (ROK) ".
_QUALIFIER_GAP = re.compile(r"(?:'s|\u2019s|[ ]\([A-Z][A-Za-z.]{1,7}\)|\))?[ ]")
_PREVIOUS_WORD = re.compile(r"([\w'.]+)[ ]\Z")
_RUNS_ON = re.compile(r"[ ][A-Z]")
_NOT_BEFORE_BARE = frozenset({"of", "at", "the", "The", "in", "In", "from", "for", "on", "a"})
_RUNS_ON_CAPITAL = re.compile(r"[ ][A-Z][a-z]")
_DETERMINERS = (
    "the", "The", "his", "His", "her", "Her", "its", "Its", "their", "Their", "our", "Our",
)  # fmt: skip


def _determiner_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Return a pattern for one of ``words`` as a whole word and a space, at the search end."""
    return re.compile(r"(?<![^\W_])(?<!')(?:" + "|".join(sorted(words)) + r")[ ]\Z")


_DETERMINER = _determiner_pattern(_DETERMINERS)
_GROUP_DETERMINER = _determiner_pattern((*_DETERMINERS, "both", "Both", "all", "All"))
_QUALIFIER_KINDS = (NameKind.STATE, NameKind.DEMONYM, NameKind.ORGANIZATION)
_TAKEN_KINDS = (AnchorKind.TITLE, AnchorKind.RANK, AnchorKind.BODY)


class NameParse(NamedTuple):
    """A person's name found at ``[start, end)``, split into given and family names."""

    start: int
    end: int
    given: str | None
    family: str | None
    words: tuple[str, ...]
    """The name's words without initials and suffixes, for :func:`resplit`."""


def resplit(name: NameParse, code: str | None, lexicon: Lexicon) -> NameParse:
    """Return ``name`` split again for a person now known to represent ``code``."""
    given, family = split_name(name.words, code, lexicon)
    return name._replace(given=given, family=family)


class TitleParse(NamedTuple):
    """A title ``[start, end)``; ``after`` ends its "of <state>" / "to <state>" tail."""

    start: int
    end: int
    after: int
    code: str | None


def determiner_start(text: str, start: int, *, group: bool = False) -> int:
    """Return where "the", "his", "their"... right before ``start`` begins, or -1.

    With ``group``, "both" and "all" count too ("both leaders").
    """
    m = (_GROUP_DETERMINER if group else _DETERMINER).search(text, max(0, start - 6), start)
    return m.start() if m else -1


def qualifier_gap(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` may separate a qualifier from the head it qualifies."""
    return _QUALIFIER_GAP.fullmatch(text, start, end) is not None


def gap_end(text: str, pos: int) -> int:
    """Return where a qualifier gap starting at ``pos`` ends ("'s ", " "), or 0 if none."""
    m = _QUALIFIER_GAP.match(text, pos)
    return m.end() if m else 0


def title_start(text: str, head: int, patterns: LexiconPatterns, *, floor: int = 0) -> int:
    """Return where the title whose head starts at ``head`` begins ("Deputy Foreign ...").

    Walks back over up to five modifiers and portfolio words, each followed by a
    space (or a hyphen before a capital, as in "then-President"), never before ``floor``.
    """
    start = head
    left_words = patterns.left_words
    for _ in range(5):
        sep = start - 1
        if sep < 1 or not (text[sep] == " " or (text[sep] == "-" and text[start].isupper())):
            break
        piece = text[max(0, sep - 30) : sep]  # the word before ``sep``: up to 30 characters
        word = "" if piece[-1].isspace() else piece.rsplit(None, 1)[-1]
        if sep - len(word) < floor or word not in left_words:
            break
        start = sep - len(word)
    return start


def read_title(
    text: str,
    start: int,
    head_end: int,
    lexicon: Lexicon,
    patterns: LexiconPatterns,
    *,
    joins: bool = True,
) -> TitleParse:
    """Read a title's remit, joined titles and "of <state>" tail after its head.

    With ``joins`` false, "X and Y" is not read as one compound title: after a
    determiner ("the Deputy Secretary and State Councilor Wang") it names two people.
    """
    pos = head_end
    if not _TAIL.match(text, pos):  # most titles: no remit, join, "of" or "to" follows
        return TitleParse(start, pos, pos, None)  # (positional: built thousands of times)
    join_pattern = _JOIN if joins else _JOIN_NOT_AND
    inner = None  # the state named inside a body the lexicon does not know
    for _ in range(4):
        remit = patterns.read_remit(text, pos)
        body = _unknown_body(text, pos, lexicon, patterns) if text.startswith(" of ", pos) else None
        if body is not None and body[0] > remit:
            pos, inner = body
        elif remit >= 0 and not text.endswith(" State", pos, remit):
            pos = remit  # a remit never ends in "State": "Chairman of the State Geocadastre"
        join = join_pattern.match(text, pos)
        joined = join and patterns.title_at.match(text, join.end())
        if not joined:
            break
        pos = joined.end()
    end = after = pos
    code = inner
    if of := patterns.read_of_party(text, after):
        entry = lexicon.names.get(of[0])
        code = entry.code if entry else None
        after = of[1]
    to = patterns.read_to_party(text, after)
    if to >= 0:
        after = to
    return TitleParse(start, end, after, code)


def _unknown_body(
    text: str, pos: int, lexicon: Lexicon, patterns: LexiconPatterns
) -> tuple[int, str | None] | None:
    """Read " of (the) <body>" at ``pos`` for a body the lexicon does not know.

    Returns where the body's name (and its remit: "Commission on External Relations")
    ends, and the state it names when it names exactly one ("the Communist Party of
    Vietnam"), else None for the state. A known organization is left to
    :meth:`LexiconPatterns.read_of_party`.
    """
    found = patterns.read_unknown_body(text, pos)
    if found is None:
        return None
    start, end = found
    known = patterns.party.match(text, start)
    if known is not None and known.end() >= end:
        return None  # "of the Asian Infrastructure Investment Bank"
    remit = patterns.read_remit(text, end)
    end = max(end, remit)
    states = set()
    for m in patterns.party.finditer(text, start, end):
        entry = lexicon.names.get(m.group())
        joined = text[m.start() - 1] in "-/" or text.startswith(("-", "/"), m.end())
        if entry is not None and entry.kind is NameKind.STATE and not joined:
            states.add(entry.code)
    return end, (states.pop() if len(states) == 1 else None)


def _lexical(text: str, pos: int, patterns: LexiconPatterns, capitals: bool) -> bool:
    """Tell whether a lexicon name, title, rank or body word starts at ``pos``."""
    m = patterns.anchor.match(text, pos)
    if m is None:
        return False
    anchor = patterns.anchors[m.group()]
    if anchor.entry is not None:
        return capitals or anchor.entry.kind is not NameKind.CAPITAL
    return anchor.kind in _TAKEN_KINDS


def _not_a_name(
    text: str, start: int, word: str, patterns: LexiconPatterns, bare: bool, first: bool
) -> bool:
    """Tell whether the capitalized ``word`` at ``start`` cannot be part of a person's name."""
    if _lexical(text, start, patterns, bare):
        return True
    hyphen = word.find("-")
    if hyphen > 0 and _lexical(text, start + hyphen + 1, patterns, bare):
        return True  # "Non-NATO", "Japan-Vietnam"
    if bare and len(word) > 1 and word.isupper():
        return True  # "JSC", "SAS": a bare all-capitals word is an acronym, not a name
    return bare and first and len(word) > 5 and word.endswith("ing")  # "Avoiding Arms Races"


def _is_initial(word: str) -> bool:
    """Tell whether ``word`` is one to three initials: "J.", "L.P."."""
    return word[:1].isupper() and _INITIALS.fullmatch(word) is not None


_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}")


def read_name(
    text: str,
    pos: int,
    lexicon: Lexicon,
    patterns: LexiconPatterns,
    *,
    code: str | None = None,
    bare: bool = False,
) -> NameParse | None:
    """Read a person's name starting at ``pos``; ``None`` when no name starts there.

    The name stops before a word that is never a name ("The", "Cooperation") or that
    starts a lexicon entry (a state, a title). ``bare`` names (no title before them)
    also stop at capitals and must start with a capitalized word.
    """
    m = patterns.name.match(text, pos)
    if m is None:
        return None
    particles, suffixes, non_names = (
        lexicon.name_particles,
        lexicon.name_suffixes,
        lexicon.non_names,
    )
    parts: list[str] = []  # the name words, without initials and suffixes
    first = last = -1  # offsets of the first and the end of the last word kept
    at = pos
    for token in m.group().split(" "):
        start, word = at, token.rstrip(",")
        at += len(token) + 1
        if word in particles:
            if bare and first < 0:
                return None
            parts.append(word)
            continue
        if word[-1:] == "." and _is_initial(word):
            continue  # an initial
        if word in suffixes and parts:
            last = start + len(word)
            break
        if word in non_names or _not_a_name(text, start, word, patterns, bare, first < 0):
            first_of_two = first < 0 and not bare and word in lexicon.family_first
            if not (first_of_two and at <= m.end()):
                break
        if first < 0:
            first = pos if parts or text.startswith(".", pos + 1) else start  # "J. Doe"
        parts.append(word)
        last = start + len(word)
    while parts and parts[-1] in particles:
        parts.pop()
    if first < 0 or not parts:
        return None
    given, family = split_name(parts, code, lexicon)
    return NameParse(first, last, given, family, tuple(parts))  # (start, end, ...)


def split_name(
    words: Sequence[str], code: str | None, lexicon: Lexicon
) -> tuple[str | None, str | None]:
    """Split name words into ``(given, family)`` for a person representing ``code``.

    Names of states in ``lexicon.family_first_states`` are read family name first;
    names of states in ``lexicon.mixed_order_states``, and names with an unknown
    state, are read family first when they start with a known family name.

    >>> from diplomod.mentions.lexicon import DEFAULT_LEXICON as lex
    >>> split_name(["Hayashi", "Yoshimasa"], "JPN", lex), split_name(["Nobuo", "Kishi"], "JPN", lex)
    (('Yoshimasa', 'Hayashi'), ('Nobuo', 'Kishi'))
    >>> split_name(["Ursula", "von", "der", "Leyen"], None, lex)
    ('Ursula', 'von der Leyen')
    """
    if not words:
        return None, None
    if words[0] in lexicon.name_particles:  # "von der Leyen": all of it is the family name
        return None, " ".join(words)
    if len(words) == 1:
        return (words[0], None) if code in lexicon.given_name_states else (None, words[0])
    if len(words) == 2 and words[0].isupper() != words[1].isupper():
        upper = 0 if words[0].isupper() else 1  # "KISHI Nobuo", "Fumio KISHIDA"
        if len(words[upper]) > 1:
            return words[1 - upper], words[upper]
    listed = words[0] in lexicon.family_first
    if code in lexicon.family_first_states or (
        listed and (code is None or code in lexicon.mixed_order_states or not is_state_code(code))
    ):  # an official of an organization may come from anywhere
        return " ".join(words[1:]), words[0]
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in lexicon.name_particles:
        i -= 1
    return " ".join(words[:1]), " ".join(words[i:])


def read_appositive(
    text: str, pos: int, lexicon: Lexicon, patterns: LexiconPatterns
) -> TitleParse | None:
    """Read ", (the) [Japan's] Minister of Defence [of <state>]" after a name at ``pos``."""
    m = _APPOSITIVE.match(text, pos)
    if m is None:
        return None
    start, code = m.end(), None
    qualifier = patterns.anchor.match(text, start)
    if qualifier:
        entry = patterns.anchors[qualifier.group()].entry
        gap = _QUALIFIER_GAP.match(text, qualifier.end())
        if entry is not None and entry.kind in _QUALIFIER_KINDS and gap:
            code, start = entry.code, gap.end()
    head = patterns.title_at.match(text, start)
    if head is None:
        return None
    title = read_title(text, start, head.end(), lexicon, patterns)
    if text.startswith(" ", title.after) and read_name(text, title.after + 1, lexicon, patterns):
        return None  # "Kishi, President Biden said": a new person, not an appositive
    return TitleParse(start=start, end=title.end, after=title.after, code=code or title.code)


def read_set_off_name(
    text: str, pos: int, lexicon: Lexicon, patterns: LexiconPatterns, code: str | None = None
) -> tuple[NameParse, str | None] | None:
    """Read ", <name>" after a title ending at ``pos``: "the President of Kenya, William Ruto,".

    Returns the name and any rank or honorific before it. The name must be a full one
    (two words or more, or one after "Mr.", "Dr.") and end the phrase: a comma, a stop,
    a bracket or a lower-case word follows. "the Minister, Defence Secretary Ruiz" and
    "the Chair, Germany" name no person here.
    """
    if not text.startswith(", ", pos):
        return None
    pos += 2
    rank = None
    if ranks := patterns.ranks.match(text, pos):
        pos, rank = ranks.end(), ranks.group().rstrip()
    name = read_name(text, pos, lexicon, patterns, code=code)
    if name is None or name.start != pos:
        return None
    if len(name.words) < 2 and not (rank and rank.endswith(".")):
        return None
    if not _SET_OFF_END.match(text, name.end):
        return None
    return name, rank


_SET_OFF_END = re.compile(r"[,.;:)]|[ ]\(|[ ][a-z]|\Z")


def find_bare_names(
    text: str,
    lexicon: Lexicon,
    patterns: LexiconPatterns,
    cues: Sequence[int] = (),
    taken: Callable[[int, int], bool] | None = None,
) -> Iterator[tuple[NameParse, TitleParse | None]]:
    """Yield full names with no title before them that context shows to be persons.

    A run of two to five capitalized name words is a person when a reporting verb
    follows ("Xi Jinping said"), an appositive title follows ("Ashraf Ghani, President
    of Afghanistan") or it starts at one of the ``cues`` offsets (right after "with",
    "between": "talks with Emmanuel Macron"). Runs for which ``taken(start, end)`` is
    true (already read as part of another mention) are skipped.
    """
    runs = [(m.start(), m.end(), False) for m in patterns.bare_name.finditer(text)]
    for pos in cues:
        if run := patterns.bare_start.match(text, pos):
            runs.append((pos, run.end(), True))
    runs.sort()
    previous_start = -1
    plain_non_names = _plain_words(lexicon.non_names)
    size = len(text)
    for start, end, cued in runs:
        if start == previous_start or (start and _continues_word(text[start - 1])):
            continue
        if taken is not None and taken(start, end):
            continue
        previous_start = start
        name = None
        for token in _WORD.finditer(text, start, end):
            at = token.end()
            if token.group() in plain_non_names and (at == size or text[at] in " ,"):
                continue  # what read_name finds at once, found faster: most runs start so
            name = read_name(text, token.start(), lexicon, patterns, bare=True)
            if name is not None:
                break
        if name is None or " " not in text[name.start : name.end] or _RUNS_ON.match(text, name.end):
            continue  # one word, or cut short of the capitalized run it stands in
        before = _PREVIOUS_WORD.search(text, max(0, name.start - 30), name.start)
        if before is not None and before.group(1) in _NOT_BEFORE_BARE:
            continue
        appositive = read_appositive(text, name.end, lexicon, patterns)
        # a cue must touch the name; a verb or comma seen by the pattern must follow it
        context = name.start == start if cued else name.end == end
        if appositive is not None or context:
            yield name, appositive


@functools.lru_cache(maxsize=8)
def _plain_words(words: frozenset[str]) -> frozenset[str]:
    """Return the ``words`` that are plain capitalized words (ASCII letters) of a name's size.

    A run's token that is one of them, followed by a space or comma, is never a name.
    """
    return frozenset(
        w for w in words if len(w) <= 41 and w.isascii() and w.isalpha() and w[0].isupper()
    )


def _continues_word(char: str) -> bool:
    return char.isalnum() or char in "'.-_"


def find_name_words(
    text: str, keys: Iterable[str], inside: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, str]]:
    """Return where each of ``keys`` (names) stands as a whole word, and which key.

    A key stands whole when no letter, digit, ``_``, ``'`` or ``-`` precedes it and no
    letter, digit, ``_`` or ``-`` follows it ("Kishi's" holds "Kishi"). At each start
    the longest key counts, and no two occurrences overlap: the earlier wins. Left out
    are occurrences inside one of the sorted spans ``inside`` (the last one starting at
    or before it) and words that run on into a capitalized word. A literal search per
    key (a handful per document) is much faster than compiling a pattern of them; many
    keys in a long text are found by one pattern, so the time stays linear.
    """
    keys = list(keys)
    if len(keys) * len(text) > _FIND_BUDGET:  # many keys in a long text: one search for all
        whole = re.compile(rf"(?<![\w'-])(?:{trie_pattern(keys)})(?![\w-])")
        occurrences = [(m.start(), m.group()) for m in whole.finditer(text)]
    else:
        occurrences = sorted(_whole_words(text, keys).items())
    starts = [start for start, _ in inside]
    found = []
    taken = 0  # occurrences do not overlap: the next one starts at or after this
    for start, key in occurrences:
        if start < taken:
            continue
        end = taken = start + len(key)
        i = bisect_right(starts, start) - 1
        if (i >= 0 and end <= inside[i][1]) or _RUNS_ON_CAPITAL.match(text, end):
            continue
        found.append((start, key))
    return found


_FIND_BUDGET = 4_000_000  # keys times characters searched one key at a time, at most


def _whole_words(text: str, keys: Iterable[str]) -> dict[int, str]:
    """Return where a key stands as a whole word, and the longest key standing there."""
    longest: dict[int, str] = {}
    size = len(text)
    for key in keys:
        at = text.find(key)
        while at >= 0:
            end = at + len(key)
            if (
                (at == 0 or not _joins(text[at - 1], "'-"))
                and (end == size or not _joins(text[end], "-"))
                and len(key) > len(longest.get(at, ""))
            ):
                longest[at] = key
            at = text.find(key, at + 1)
    return longest


def _joins(char: str, marks: str) -> bool:
    """Tell whether ``char`` continues a word: a letter, digit, ``_`` or one of ``marks``."""
    return char.isalnum() or char == "_" or char in marks


def name_keys(name: str, family: str | None) -> tuple[str, ...]:
    """Return the words a person may later be called by: family name and last name word.

    >>> name_keys("Phan Van Giang", "Phan"), name_keys("Lloyd J. Austin III", "Austin")
    (('Phan', 'Giang'), ('Austin',))
    """
    words = [w.strip(",") for w in name.split() if w[0].isupper() and not w.endswith(".")]
    keys = [family] if family else []
    if words and len(words[-1]) > 2 and words[-1] not in {"II", "III", "IV"}:
        keys.append(words[-1])
    return tuple(dict.fromkeys(k for k in keys if len(k) > 1))
