"""The verb frames that signal commitments and statements: data, not code.

Each frame is a regular-expression fragment for the trigger (matched
case-insensitively on word boundaries), the record family and kind it yields,
and where its content starts. Users extend the table with :func:`make_frames`.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from attrs import frozen

from diplomod.mentions.lexicon.caseless import CaselessPattern
from diplomod.mentions.lexicon.trie import trie_pattern
from diplomod.records import Modality, StatementKind

__all__ = ["DEFAULT_FRAMES", "Content", "Frame", "FrameTable", "make_frames"]


class Content(enum.StrEnum):
    """Where a frame's content starts: after the trigger, or at the trigger itself."""

    AFTER = "after"
    FROM_TRIGGER = "from_trigger"


@frozen(kw_only=True)
class Frame:
    """A trigger phrase and what it yields."""

    pattern: str
    kind: Modality | StatementKind
    content: Content = Content.AFTER
    #: a frame that needs at least two parties ("agreed", "shared the view")
    joint: bool = False
    #: a nominal trigger ("opposition to") that may sit inside another frame's content
    nominal: bool = False


_M, _S = Modality, StatementKind
# (frames match ignoring case: "[a-z]" is any letter, so a name such as "Japan's" too)
_POSS = r"(?:(?:his|her|their|its|our|the|a|[a-z][\w.-]{1,30}(?:'s)?)\s+){0,2}"
_QUAL = r"(?:(?:strong|serious|deep|grave|great|sincere|profound|firm|full|continued|"
_QUAL += r"unwavering|steadfast|shared|mutual|common|strongest)\s+){0,2}"

_COMMITMENTS: tuple[Frame, ...] = (
    # share_view before agree/reaffirm so "agreed that" / "agreed on the importance" win
    Frame(
        pattern=r"shared\ (?:the|a|their)\ (?:view|views|recognition|understanding|belief)"
        r"(?:\ that|\ to)?",
        kind=_M.SHARE_VIEW,
        joint=True,
    ),
    Frame(pattern=r"(?:concurred|agreed|agree|agreeing)\ that", kind=_M.SHARE_VIEW, joint=True),
    Frame(
        pattern=r"(?:agreed|agree|agreeing)\ on(?=\ the\ (?:importance|need|necessity))",
        kind=_M.SHARE_VIEW,
        joint=True,
    ),
    Frame(
        pattern=r"(?:both\ sides|two\ sides)\ (?:believe|believed)(?:\ that)?",
        kind=_M.SHARE_VIEW,
        joint=True,
    ),
    Frame(
        pattern=r"(?:affirmed|reaffirmed|confirmed|expressed|stated|stressed)\ "
        r"(?:his|her|their|its|our)\ (?:intent|intention|determination|resolve)\ to",
        kind=_M.INTEND,
    ),
    # "stated a commitment to" pledges; "reaffirmed their commitment to" is a reaffirm below
    Frame(
        pattern=r"(?:stated|expressed|voiced|made)\ "
        r"(?:a|his|her|their|its|our)\ " + _QUAL + r"commitments?\ to",
        kind=_M.PLEDGE,
    ),
    Frame(pattern=r"(?:agreed|agree|agrees|agreeing)\ (?:to|on|upon)", kind=_M.AGREE, joint=True),
    Frame(pattern=r"(?:consented|consent|consents)\ to", kind=_M.AGREE, joint=True),
    Frame(
        pattern=r"reached\ (?:a|an)\ (?:consensus|agreement|understanding)\ (?:to|on)",
        kind=_M.AGREE,
        joint=True,
    ),
    Frame(pattern=r"concurred\ to", kind=_M.AGREE, joint=True),
    Frame(  # "agreed the talks were useful": a view agreed without "that"
        pattern=r"(?:agreed|agree)(?=\ (?:the|their|these|this|both|all)\ (?:[\w-]+\ ){1,3}"
        r"(?:was|were|is|are|had|has|have|will|would|should|must|could|remain|remained)\b)",
        kind=_M.SHARE_VIEW,
        joint=True,
    ),
    Frame(pattern=r"(?:decided|decide|decides|resolved)(?:\ that|\ to)?", kind=_M.DECIDE),
    Frame(
        pattern=r"(?:reaffirm|reaffirms|reaffirmed|reaffirming|reconfirm|reconfirms|reconfirmed|"
        r"reconfirming|confirm|confirms|confirmed|confirming|affirm|affirms|affirmed|"
        r"reiterate|reiterates|reiterated|reiterating|underscore|underscores|underscored|"
        r"underscoring|underline|underlines|underlined|emphasize|emphasizes|emphasized|"
        r"emphasizing|emphasise|emphasises|emphasised|reemphasized|stress|stresses|stressed|"
        r"stressing|highlight|highlights|highlighted|highlighting)(?:\ that)?",
        kind=_M.REAFFIRM,
    ),
    Frame(  # "renewed their commitment to": a reaffirmation, not a new pledge
        pattern=r"(?:renewed|renew|renews|renewing)(?=\ (?:a|his|her|their|its|our)\ "
        + _QUAL
        + r"commitments?\b)",
        kind=_M.REAFFIRM,
    ),
    Frame(  # "reinforced the importance of": an emphasis verb, only before what it stresses
        pattern=r"(?:reinforced|reinforce|reinforces|reinforcing)(?=\ (?:the|their|our)\ "
        r"(?:importance|need|necessity|value|significance)\b)",
        kind=_M.REAFFIRM,
    ),
    Frame(
        pattern=r"(?:pledged|pledge|pledges|vowed|vow|vows|promised|promise)(?:\ to)?",
        kind=_M.PLEDGE,
    ),
    Frame(
        pattern=r"(?:committed|commit|commits)\ (?:themselves\ |himself\ |herself\ |itself\ |"
        r"ourselves\ )?to",
        kind=_M.PLEDGE,
    ),
    Frame(
        pattern=r"(?:plan|plans|planned|intend|intends|intended|aim|aims|aimed)\ to", kind=_M.INTEND
    ),
    Frame(pattern=r"(?:look|looks|looked)\ forward\ to", kind=_M.INTEND),
    Frame(  # "China is ready to work with", "stands ready to": a stated intent
        pattern=r"(?:is|are|remains|remain|stands|stand)\ (?:(?:fully|always|also)\ )?"
        r"ready\ to",
        kind=_M.INTEND,
    ),
    Frame(pattern=r"(?:will|would)", kind=_M.INTEND),
)

#: Frames tried before the others where they share a head word.
_FIRST_FRAMES: tuple[Frame, ...] = (
    # expressing readiness states an intent; reiterating it reaffirms (the generic frame)
    Frame(  # "conveyed India's readiness to provide": the state's, said by its envoy
        pattern=r"(?:expressed|expressing|voiced|conveyed|conveying)\ "
        r"(?:(?:his|her|their|its|our|the|a|[a-z][\w.-]{1,30}'s)\ )?"
        r"(?:(?:strong|full|mutual|shared)\ )?"
        r"(?:readiness|willingness|desire|intention|determination)\ (?:to|for)",
        kind=_M.INTEND,
    ),
    Frame(
        pattern=r"(?:reaffirmed|reiterated|confirmed|affirmed)\ "
        r"(?:(?:his|her|their|its|our|the|a)\ )?(?:(?:strong|full|mutual|shared)\ )?"
        r"(?:intention|determination)\ (?:to|for)",
        kind=_M.INTEND,
    ),
    # "reiterated concerns about": the concern is the statement, not a reaffirmation
    Frame(
        pattern=r"(?:reaffirmed|reiterated|reiterating|restated|renewed|repeated|underscored|"
        r"stressed|emphasized|emphasised)\ (?:(?:his|her|their|its|our|the|[a-z][\w.-]{1,30}'s)"
        r"\ )?" + _QUAL + r"(?:concerns?|worries|alarm)",
        kind=_S.CONCERN,
        content=Content.FROM_TRIGGER,
    ),
    Frame(
        pattern=r"(?:remain|remains|remained|are|is|were|was|stay|stays)\ "
        r"(?:(?:firmly|fully|strongly|deeply|steadfastly)\ )?committed\ to",
        kind=_M.PLEDGE,
    ),
    Frame(
        pattern=r"(?:gratitude|appreciation)\ (?:for|to)",
        kind=_S.APPRECIATE,
        content=Content.FROM_TRIGGER,
        nominal=True,
    ),
    Frame(
        pattern=r"(?:raised|expressed|voiced|conveyed|reiterated)\ "
        + _POSS
        + _QUAL
        + r"objections?\ to",
        kind=_S.OPPOSE,
        content=Content.FROM_TRIGGER,
    ),
    # "reiterates its call for": the call is the request, not a reaffirmation
    Frame(
        pattern=r"(?:reiterated|reiterates|reiterate|reiterating|renewed|renews|renew|repeated|"
        r"repeats|restated|restates)\ (?:his|her|their|its|our|the)\ (?:calls?|appeals?)"
        r"\ (?:for|on|upon)",
        kind=_S.REQUEST,
        content=Content.FROM_TRIGGER,
    ),
    Frame(  # "China is firmly opposed to": a stated opposition
        pattern=r"(?:is|are|was|were|remain|remains|remained)\ "
        r"(?:(?:firmly|strongly|resolutely|categorically|totally|completely|always)\ )?"
        r"opposed\ to",
        kind=_S.OPPOSE,
        content=Content.FROM_TRIGGER,
    ),
    Frame(  # "we continue to support ASEAN's efforts": a support, ongoing
        pattern=r"(?:continue|continues|continued)\ to\ (?:support|back|endorse)",
        kind=_S.SUPPORT,
        content=Content.FROM_TRIGGER,
    ),
    Frame(
        pattern=r"(?:sought|seeks|seeking)\ (?:clarification|an\ explanation|assurances)",
        kind=_S.REQUEST,
        content=Content.FROM_TRIGGER,
    ),
    Frame(
        pattern=r"(?:pressed|presses|pressing)(?=\ [\w' ]{2,60}?\ to\ )",
        kind=_S.REQUEST,
        content=Content.FROM_TRIGGER,
    ),
)

_STATEMENTS: tuple[Frame, ...] = (
    Frame(
        pattern=r"(?:condemned|condemn|condemns|condemning|denounced|denounce|"
        r"deplored|deplore)",
        kind=_S.CONDEMN,
        content=Content.FROM_TRIGGER,
    ),
    Frame(pattern=r"condemnation\ of", kind=_S.CONDEMN, content=Content.FROM_TRIGGER, nominal=True),
    Frame(
        pattern=r"(?:expressed|expressing|express|expresses|raised|raising|voiced|voicing|"
        r"conveyed|shared|noted|reiterated)\ "
        + _POSS
        + _QUAL
        + r"(?:concerns?|worries|worry|alarm)",
        kind=_S.CONCERN,
        content=Content.FROM_TRIGGER,
    ),
    Frame(  # "We are deeply concerned by": a communique's first person plural
        pattern=r"(?:are|is|remain|remains|remained|were|was)\ "
        r"(?:(?:deeply|gravely|seriously|very|extremely|particularly|increasingly)\ ){0,2}"
        r"concerned\ (?:by|about|over|at)",
        kind=_S.CONCERN,
        content=Content.FROM_TRIGGER,
    ),
    Frame(
        pattern=r"(?:expressed|expressing|express|expresses|voiced|reiterated|shared|conveyed|"
        r"stated)\ " + _POSS + _QUAL + r"opposition\ to",
        kind=_S.OPPOSE,
        content=Content.FROM_TRIGGER,
    ),
    Frame(pattern=r"opposition\ to", kind=_S.OPPOSE, content=Content.FROM_TRIGGER, nominal=True),
    Frame(
        pattern=r"(?:opposed|opposes|oppose|opposing|rejected|rejects|reject|rejecting|"
        r"objected\ to|objects\ to)",
        kind=_S.OPPOSE,
        content=Content.FROM_TRIGGER,
    ),
    Frame(
        pattern=r"(?:welcomed|welcomes|welcome|welcoming)",
        kind=_S.WELCOME,
        content=Content.FROM_TRIGGER,
    ),
    Frame(
        pattern=r"(?:expressed|expressing|express|expresses|voiced|reiterated|conveyed|offered|"
        r"pledged|affirmed)\ " + _POSS + _QUAL + r"support\ for",
        kind=_S.SUPPORT,
        content=Content.FROM_TRIGGER,
    ),
    Frame(
        pattern=r"(?:supported|supports|endorsed|endorses|backed|backs)",
        kind=_S.SUPPORT,
        content=Content.FROM_TRIGGER,
    ),
    Frame(
        pattern=r"(?:expressed|expressing|express|expresses|conveyed|extended|voiced)\ "
        + _POSS
        + _QUAL
        + r"(?:appreciation|gratitude|thanks)",
        kind=_S.APPRECIATE,
        content=Content.FROM_TRIGGER,
    ),
    Frame(
        pattern=r"(?:thanked|thanks|thanking|praised|praises|commended|commends|"
        r"commend|lauded|applauded|applaud)",
        kind=_S.APPRECIATE,
        content=Content.FROM_TRIGGER,
    ),
    Frame(  # "We thank Japan for": a communique's present; "Thank you" is courtesy
        pattern=r"thank(?!\ you\b)",
        kind=_S.APPRECIATE,
        content=Content.FROM_TRIGGER,
    ),
    Frame(
        pattern=r"(?:requested|requests|request|asked|asks|called\ on|called\ upon|"
        r"calls\ on|called\ for|calls\ for|urged|urges|urging|calling\ on|calling\ for|"
        r"call\ on|call\ upon|call\ for|urge)",
        kind=_S.REQUEST,
        content=Content.FROM_TRIGGER,
    ),
    Frame(
        pattern=r"(?:criticized|criticised|criticizes|accused|accuses|blamed|blames)",
        kind=_S.CRITICIZE,
        content=Content.FROM_TRIGGER,
    ),
)


@frozen(kw_only=True)
class FrameTable:
    """The frames in force, their head words, and the pattern tried where a head occurs."""

    frames: tuple[Frame, ...]
    heads: re.Pattern[str]
    pattern: re.Pattern[str]
    candidates: Mapping[str, tuple[int, ...]] | None = None
    """For each head word, the frames that may match where it stands, in table order;
    None to try the whole ``pattern`` at every head."""
    patterns: tuple[CaselessPattern, ...] = ()
    """The pattern of each frame alone, as ``pattern`` tries it."""
    words_after: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None = None
    """A head word (group 1) after an ASCII character that ends words, after any other
    character, and at the start: together what ``heads`` finds, searched faster."""
    at_head: Mapping[str, CaselessPattern] | None = None
    """For each head word, its ``candidates`` in one pattern (the frames as groups ``f<n>``):
    one match where the head stands tells which frame matches first."""

    def find(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        *,
        lowered: str | None = None,
        view: str | None = None,
    ) -> list[tuple[int, int, Frame]]:
        """Return ``(start, end, frame)`` for every trigger in ``text[start:end]``, in order.

        ``lowered`` is ``text.lower()`` when the caller has it (it must be as long as
        ``text``); head words are searched in it, so case costs nothing. ``view`` is the
        text's :func:`~diplomod.mentions.lexicon.caseless.lower_view`, if the caller has
        it: frames are then matched in it, faster.

        >>> text = "They agreed to meet."
        >>> [(text[a:b], f.kind.value) for a, b, f in DEFAULT_FRAMES.find(text)]
        [('agreed to', 'agree')]
        """
        stop = len(text) if end is None else end
        if lowered is None or len(lowered) != len(text):
            lowered = text.lower()
            if len(lowered) != len(text):  # a rare character changes length when lowered
                lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        found = []
        at_head, frames = self.at_head, self.frames
        for at, word in self._head_words(lowered, start, stop):
            if at_head is None:
                m = self.pattern.match(text, at, stop)
            else:  # the first frame that matches, as in ``pattern``
                m = at_head[word].match(text, view, at, stop)
            if m is not None and m.lastgroup is not None:
                found.append((at, m.end(), frames[int(m.lastgroup[1:])]))
        return found

    def _head_words(self, lowered: str, start: int, stop: int) -> list[tuple[int, str]]:
        """Return where each head word starts in ``lowered[start:stop]``, and the word.

        The same as ``heads.finditer``: its look-behind is tried at every character,
        while a search that opens with the character before the word skips fast.
        """
        if self.words_after is None:
            return [(m.start(), m.group()) for m in self.heads.finditer(lowered, start, stop)]
        after_ascii, after_other, alone = self.words_after
        lo = max(start - 1, 0)
        found = [(m.start(1), m.group(1)) for m in after_ascii.finditer(lowered, lo, stop)]
        if not lowered.isascii():
            found += [
                (m.start(1), m.group(1))
                for m in after_other.finditer(lowered, lo, stop)
                if not (lowered[m.start()].isalnum() or lowered[m.start()] == "_")
            ]
            found.sort()
        if start <= 0 and (m := alone.match(lowered, 0, stop)):
            found.insert(0, (0, m.group()))
        return found


_FIRST = re.compile(r"\(\?:([^()]*)\)|([A-Za-z]+)")
#: An ASCII character a head word may follow: none of letters, digits, "_", "'" and "-".
_ASCII_END = r"[\x00-\x26\x28-\x2c\x2e\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]"


def _heads(pattern: str) -> set[str]:
    """Return the words a frame pattern can start with."""
    m = _FIRST.match(pattern)
    if m is None:
        raise ValueError(f"frame pattern must start with a word or a (?:...) group: {pattern!r}")
    options = m.group(1).split("|") if m.group(1) is not None else [m.group(2)]
    return {re.split(r"\\ |\(", option)[0].lower() for option in options}


def make_frames(extra: Iterable[Frame] = ()) -> FrameTable:
    """Return a table of the built-in frames plus ``extra`` (tried first)."""
    frames = (*tuple(extra), *_FIRST_FRAMES, *_COMMITMENTS, *_STATEMENTS)
    alternatives = "|".join(f"(?P<f{n}>{f.pattern})" for n, f in enumerate(frames))
    pattern = re.compile(rf"(?:{alternatives})(?![\w-])", re.IGNORECASE | re.VERBOSE)
    starts = [_heads(f.pattern) for f in frames]
    words = set().union(*starts)
    trie = trie_pattern(words)
    heads = re.compile(rf"(?<![\w'-])(?:{trie})(?![\w'])")
    if not all(w.isascii() and w.isalpha() for w in words):
        return FrameTable(frames=frames, heads=heads, pattern=pattern)
    # A frame matches at a head word only if one of its own head words starts it: a
    # head is a literal run of letters, and the head word found ends where letters end.
    candidates = {
        word: tuple(n for n, own in enumerate(starts) if any(word.startswith(h) for h in own))
        for word in words
    }
    patterns = tuple(rf"(?:{f.pattern})(?![\w-])" for f in frames)
    at_head = {
        word: CaselessPattern("|".join(f"(?P<f{n}>{patterns[n]})" for n in ns), re.VERBOSE)
        for word, ns in candidates.items()
    }
    return FrameTable(
        frames=frames,
        heads=heads,
        pattern=pattern,
        candidates=MappingProxyType(candidates),
        patterns=tuple(CaselessPattern(p, re.VERBOSE) for p in patterns),
        at_head=MappingProxyType(at_head),
        words_after=(
            re.compile(rf"{_ASCII_END}({trie})(?![\w'])"),
            re.compile(rf"[^\x00-\x7f]({trie})(?![\w'])"),
            re.compile(rf"(?:{trie})(?![\w'])"),
        ),
    )


DEFAULT_FRAMES = make_frames()
