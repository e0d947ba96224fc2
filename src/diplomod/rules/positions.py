"""Commitments and statements: verb frames, their subjects, their content.

For each sentence, triggers come from the frame table; each trigger's content
runs from the trigger to the end of its clause, cut before a coordinated
trigger ("agreed to X and decided to Y" gives two records), before an
attribution tail (", the ministry said") and at the sentence end. A modal
"will" counts only with an actor as its subject and outside another frame's
content; a nominal trigger ("a strong opposition to") inside another frame's
content yields a statement of its own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Protocol

from attrs import frozen

from diplomod.mentions.lexicon.caseless import CaselessPattern, lower_view
from diplomod.records import Modality, Span, StatementKind
from diplomod.records.codes import is_state_code
from diplomod.rules.clauses import (
    COORDINATOR,
    PASSIVE_TOPIC,
    SHARED_INFINITIVE,
    SHARED_OBJECT,
    SHARING,
    clause_end,
    content_span,
    only_adverbs,
    passive_topic,
)
from diplomod.rules.frames import DEFAULT_FRAMES, Content, Frame, FrameTable
from diplomod.rules.repeats import drop_headlines, drop_repeats
from diplomod.rules.tails import TailPattern, tail
from diplomod.rules.targets import find_target

__all__ = ["Party", "Position", "Resolver", "find_positions"]


@frozen(kw_only=True)
class Party:
    """Who speaks: actor codes, the persons speaking, and the text naming them."""

    codes: tuple[str, ...]
    persons: tuple[str, ...] = ()
    plural: bool = False
    span: Span | None = None


class Resolver(Protocol):
    """What the position rules need to know about who is who in the document."""

    def subject_before(self, start: int, stop: int) -> Party | None:
        """Return the actor group nearest before ``stop`` in ``text[start:stop]``."""

    def subject_after(self, start: int, stop: int) -> Party | None:
        """Return the first actor group in ``text[start:stop]``."""

    def principals(self) -> tuple[str, ...]:
        """Return the main parties of the document (the parties of its main event)."""

    def named_in(self, start: int, stop: int) -> tuple[tuple[Span, str | None], ...]:
        """Return each actor named in ``text[start:stop]`` and its state (None if unknown)."""


@frozen(kw_only=True)
class Position:
    """A commitment or statement found in text, before it becomes a record."""

    kind: Modality | StatementKind
    actors: tuple[str, ...]
    persons: tuple[str, ...]
    content: Span
    trigger: Span
    clause: Span
    negated: bool
    target: str | None


_PASSIVE_WORDS = ("been", "was", "were", "is", "are", "be", "being", "get", "got")
_PASSIVE = TailPattern(
    re.compile(rf"\b(?:{'|'.join(_PASSIVE_WORDS)})\s+(?:\w+ly\s+)?$"), (*_PASSIVE_WORDS, "ly")
)
_HEDGE = CaselessPattern(
    r"\b(?:expected|likely|possible|possibly|reportedly|unlikely|speculat\w*|may|might|could|"
    r"if|whether|unless|hope[sd]?|believed|thought)\b"
)
_NEGATION = TailPattern(
    CaselessPattern(
        r"\b(?:not|never|n't|neither|nor|no\ longer|refused\ to|declined\ to|failed\ to)\s+"
        r"(?:\w+\s+){0,1}$",
        re.VERBOSE,
    ),
    ("not", "never", "n't", "neither", "nor", "longer", "to"),  # how each ends
    skip=True,
)
_QUESTION = re.compile(  # what follows "asked" when it is a question, not a request
    r"\s+(?:[\w.'-]+\s+){0,3}(?:whether|if|how|what|why|where|who|which)\b"
)
_NOUN_WORDS = (
    *("the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those"),
    *("any", "no", "phone", "telephone", "video", "courtesy"),
)
_NOUN_BEFORE = TailPattern(
    CaselessPattern(rf"(?:\b(?:{'|'.join(_NOUN_WORDS)})|'s|s')\s+$"), (*_NOUN_WORDS, "'s", "s'")
)
_MODIFIERS = (
    *("also", "further", "firmly", "strongly", "fully", "again", "jointly", "once again"),
    *("both", "all", "unequivocally", "categorically", "resolutely", "vehemently"),
    *("repeatedly", "publicly", "warmly"),
)
_LEAD_MODIFIER = TailPattern(
    CaselessPattern(rf"(?:\b(?:{'|'.join(_MODIFIERS)})\s+){{1,3}}$"),
    _MODIFIERS,
)
_NOMINAL_LEAD = re.compile(
    r"(?:\b(?:expressed|expressing|shared|reiterated|reiterating|conveyed|voiced|stated|"
    r"reaffirmed)\s+)?(?:(?:a|an|the|his|her|their|its|our|[A-Z][\w.-]{0,30}'s)\s+)?"
    r"(?:(?:strong|serious|deep|grave|firm|full|continued|unwavering|strongest)\s+){0,2}$",
)
_SUBJECT_PARTICIPLE = re.compile(r"\s*[A-Z][a-z]+ing\b")
_PERSON_OBJECT = re.compile(
    r"\s*(?:his|her|their)\s+(?:\w+\s+){0,2}(?:counterparts?|guests?|delegation)\b"
    r"|\s*(?:the\s+)?(?:(?:Minister|President|Prime|Secretary|Foreign|Defen[cs]e|General|Mr|Mrs"
    r"|Ms|Dr|H\.E|His|Her|King|Queen|Chancellor|Ambassador|Vice|Deputy|Premier|Crown)\b)"
    r"|\s*the\s+(?:delegation|visiting|guests?)\b",
)
_OBJECT_END = re.compile(r",|\s(?:and|to|for|on|at|in)\s")
_IMPERSONAL = TailPattern(
    re.compile(r"\b[Ii]t\s+(?:was|has\s+been|had\s+been|is)\s+(?:\w+ly\s+)?$"),
    ("was", "been", "is", "ly"),
)
_MEETING_VERB = re.compile(
    r"\b(?:met|meet|meets|spoke|speak|speaks|talked|called|convened|held|hold|gathered|"
    r"visited|visits|traveled|travelled|joined)\b"
)
_AS = TailPattern(CaselessPattern(r"\bas\s+(?:\w+ly\s+)?$"), ("as", "ly"))
_PLURALS = frozenset(
    [
        "calls",
        "requests",
        "plans",
        "aims",
        "pledges",
        "vows",
        "promises",
        "thanks",
        "backs",
        "looks",
        "wants",
        "consents",
        "objects",
        "supports",
        "welcomes",
    ]
)
_WINDOW = 200
_TAIL = 120  # as far back as a pattern that ends before a trigger looks
_AND_TO = re.compile(r"(?:,\s*|\s+)and\s+to\s+(?=[a-z])")
_PARTICIPLES = frozenset({"aimed", "planned", "intended"})
#: A noun a participle describes ("measures intended to"), perhaps with its owner.
_PURPOSE_NOUN = CaselessPattern(
    r"""\b(?:efforts?|measures?|steps?|projects?|initiatives?|activities|programm?es?|policies
        |actions?|reforms?|operations?|campaigns?|moves?|talks|exercises?|sanctions)
        (?:\s+(?:of|by)\s+(?:the\s+)?[\w'-]+){0,1}\s+$""",
    re.VERBOSE,
)


def find_positions(
    text: str,
    sentences: Sequence[Span],
    resolver: Resolver,
    frames: FrameTable = DEFAULT_FRAMES,
    *,
    headings: Sequence[Span] = (),
) -> list[Position]:
    """Return the commitments and statements of every sentence, in text order.

    A position in one of the ``headings`` that the body says again is left out.
    """
    found: list[Position] = []
    low = lower_view(text)
    triggers = frames.find(text, lowered=low if low is not None else text.lower(), view=low)
    starts = [t[0] for t in triggers]
    for sentence in sentences:
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end, lo)
        if lo < hi:
            if _is_question(text, sentence):
                continue  # a question asks; it commits no one
            mine = [t for t in triggers[lo:hi] if t[1] <= sentence.end]
            found.extend(_sentence_positions(text, low, mine, sentence, resolver))
    return drop_headlines(drop_repeats(text, low, found), headings)


def _is_question(text: str, sentence: Span) -> bool:
    """Tell whether a sentence ends with a question mark (before quotes and brackets)."""
    end = sentence.end
    while end > sentence.start and text[end - 1] in " \"')":
        end -= 1
    return end > sentence.start and text[end - 1] == "?"


def _sentence_positions(
    text: str,
    low: str | None,
    found: list[tuple[int, int, Frame]],
    sentence: Span,
    resolver: Resolver,
) -> list[Position]:
    """Return the positions of one sentence; ``low`` is the text's lower view, if any."""
    triggers = _triggers(text, low, found, sentence)
    out: list[Position] = []
    previous: Party | None = None
    covered: list[tuple[int, int, Frame]] = []  # content spans of verb frames so far
    for n, (start, end, frame) in enumerate(triggers):
        inside = next((c for c in covered if c[0] <= start < c[1]), None) if covered else None
        if (
            inside is not None
            and frame.kind in SHARING
            and isinstance(inside[2].kind, StatementKind)
            and SHARED_OBJECT.fullmatch(text, inside[0], start)
        ):
            inside = None  # "welcomes and supports the plan": a second verb of its own
        if inside is not None and not frame.nominal:
            continue  # "decided that X will ..." is one decision
        before = tail(low, max(sentence.start, start - _TAIL), start)  # the words before
        lead = _lead(text, low, sentence.start, start, frame, before)
        if frame.nominal and inside is None and lead == start:
            continue  # a bare noun phrase with no verb and no frame around it
        passive = passive_topic(text, sentence, start, end, before)
        party: Party | None
        if _IMPERSONAL.search(text, low, max(sentence.start, start - 20), start, before) or passive:
            party = Party(codes=resolver.principals(), plural=True)
        else:
            party = _subject(text, sentence, start, lead, frame, resolver, previous, inside)
        if party is None:
            continue
        if _is_modal(text, start, end) and (
            not _modal_subject(party, lead)
            or _HEDGE.search(text, low, max(sentence.start, lead - 80), lead)
            or _gathering_clause(text, party, sentence.start)
        ):
            continue
        previous = party
        shared = isinstance(frame.kind, StatementKind)
        stop = clause_end(text, sentence, end, triggers[n + 1 :], shared=shared)
        purpose = text.endswith(" to ", sentence.start, start)  # "met ... to reaffirm"
        if purpose and (then := _AND_TO.search(text, end, stop)):
            stop = then.start()  # "met to highlight X and to advance Y": Y is another aim
        if frame.content is Content.AFTER and (
            joined := SHARED_INFINITIVE.match(text, end, sentence.end)
        ):
            stop = clause_end(text, sentence, joined.end(), triggers[n + 1 :], shared=shared)
            content = passive or content_span(text, joined.end(), stop)
        else:
            content = passive or content_span(
                text, end if frame.content is Content.AFTER else lead, stop
            )
        if content is None or (
            passive is None
            and (content.end <= end or only_adverbs(text, end, content.end))
            and " " not in text[start:end]
        ):
            continue  # a verb with nothing after it ("supported.", "welcomes warmly")
        if (
            frame.kind is Modality.REAFFIRM
            and n + 1 < len(triggers)
            and triggers[n + 1][2].nominal
            and triggers[n + 1][0] - end < 40
        ):
            continue  # "reiterated Japan's condemnation of" is a condemnation
        if (
            frame.kind is StatementKind.WELCOME
            and _PERSON_OBJECT.match(text, end)
            and "'s " not in _OBJECT_END.split(text[end : min(stop, end + 80)], maxsplit=1)[0]
        ):
            continue  # welcoming a guest, not a decision
        if (
            frame.kind is StatementKind.REQUEST
            and text.startswith(("ask", "Ask"), start)
            and _QUESTION.match(text, end)
        ):
            continue  # "when asked whether the deal ..." is a question
        if frame.kind is Modality.SHARE_VIEW and not party.plural and len(party.persons) == 1:
            continue  # one person "sharing the view" states their own side's view
        # "met with Y to highlight the ties" is said by both; "to stress that X ..." by one
        joint = (
            purpose
            and not text[start:end].endswith("that")
            and text[end : end + 5] != " that"
            and _met_another(party, resolver, sentence.start, start)
        )
        actors = _actors(party, frame, resolver, joint=joint)
        if not actors:
            continue
        actors = _not_own_counterpart(text, end, actors, resolver)
        negated = (
            _NEGATION.search(
                text, low, max(sentence.start, lead - 30), lead, before if lead == start else None
            )
            is not None
        )
        target = None
        if isinstance(frame.kind, StatementKind):
            target = find_target(text, low, max(end, content.start), content.end, actors, resolver)
        out.append(
            Position(
                kind=frame.kind,
                actors=actors,
                persons=party.persons,
                content=content,
                trigger=Span(start=start, end=end),
                clause=Span(start=min(lead, party.span.start if party.span else lead), end=stop),
                negated=negated,
                target=target,
            )
        )
        if not frame.nominal:
            covered.append((end, stop, frame))
    return out


def _triggers(
    text: str, low: str | None, found: list[tuple[int, int, Frame]], sentence: Span
) -> list[tuple[int, int, Frame]]:
    """Return the sentence's triggers, dropping those inside an earlier trigger or used as nouns."""
    kept: list[tuple[int, int, Frame]] = []
    for start, end, frame in found:
        if kept and start < kept[-1][1]:
            continue
        word = text[start:end].split(maxsplit=1)[0].lower()
        modal = word in _MODALS
        lo = max(sentence.start, start - 12)
        before = text[lo:start]
        words = tail(low, max(sentence.start, start - _TAIL), start)  # the words before
        if not frame.nominal and _NOUN_BEFORE.search_in(text, low, lo, start, words):
            continue
        if word in _PLURALS and not _subject_like(text, sentence.start, start):
            continue
        if (
            not frame.nominal
            and _PASSIVE.search_in(text, low, lo, start, words)
            and not _IMPERSONAL.search(text, low, max(sentence.start, start - 20), start, words)
            and not PASSIVE_TOPIC.match(text, end)
            and "committed" not in text[start:end]
        ):
            continue  # "has been accused of": the subject is the target
        if not frame.nominal and _AS.search_in(text, low, lo, start, words):
            continue  # "as agreed", "as called for in": a reference to an earlier position
        if modal and text.startswith("be ", end + 1):
            continue  # "will be held", "would be": a forecast, not an intention
        if (
            not frame.nominal
            and before.endswith("to ")
            and not before[-4:-3].isalnum()  # "Sato condemned" is no purpose
            and not modal
            and not _MEETING_VERB.search(text, max(sentence.start, start - 120), start)
        ):
            continue  # "memoranda to pledge closer ties": a purpose, not a commitment
        if word in _PARTICIPLES and _PURPOSE_NOUN.search_in(
            text, low, max(sentence.start, start - 50), start
        ):
            continue  # "efforts aimed to": what the efforts are for, not an intent
        if start == sentence.start and _SUBJECT_PARTICIPLE.match(text, start):
            continue  # "Welcoming the signing, the Ministers decided": background clause
        kept.append((start, end, frame))
    return kept


def _subject_like(text: str, floor: int, start: int) -> bool:
    """Tell whether a name or pronoun, perhaps then adverbs ("warmly", "once again"),
    stands before ``start``: "welcomes" is then a verb, not a noun."""
    words = text[max(floor, start - 50) : start].split()
    for _ in range(2):
        while words and (words[-1] in _VERB_ADVERBS or words[-1].endswith("ly")):
            words.pop()  # (lower case only: "Italy" is a name)
        if len(words) > 2 and words[-1] == "and" and words[-2] in _FIRST_VERBS:
            del words[-2:]  # "welcomes and supports": the subject of the first verb
    return bool(words) and (words[-1][:1].isupper() or words[-1] in {"he", "she", "it", "they"})


#: Verbs that share their object with a second one ("welcomes and supports the plan").
_FIRST_VERBS = _PLURALS | {"condemns", "denounces", "appreciates", "commends", "endorses"}
_VERB_ADVERBS = frozenset({"also", "again", "once", "further", "still", "now", "too"})


def _is_modal(text: str, start: int, end: int) -> bool:
    return text[start:end].lower().split()[0] in _MODALS


_MODALS = frozenset({"will", "would", "wants", "want", "wanted"})


#: "the Conference that Poland will host": a clause about a gathering, no one's intent.
_GATHERING_THAT = CaselessPattern(
    r"\b(?:conference|summit|meeting|forum|session|talks|games|visit|ceremony|event)"
    r"\s+(?:that|which)\s+$"
)


def _gathering_clause(text: str, party: Party, floor: int) -> bool:
    """Tell whether a modal's subject opens a relative clause after a gathering."""
    if party.span is None:
        return False
    before = max(floor, party.span.start - 30)
    return _GATHERING_THAT.search_in(text, None, before, party.span.start) is not None


def _modal_subject(party: Party, lead: int) -> bool:
    return party.span is not None and 0 <= lead - party.span.end <= 12


def _lead(
    text: str, low: str | None, floor: int, start: int, frame: Frame, before: str | None
) -> int:
    """Extend a statement back over adverbs ("strongly condemned") or to its verb."""
    base = max(floor, start - 80)
    if frame.nominal:
        m = _NOMINAL_LEAD.search(text[base:start])
    else:
        m = _LEAD_MODIFIER.search_in(text, low, base, start, before)
    return base + m.start() if m and m.group() else start


def _subject(
    text: str,
    sentence: Span,
    start: int,
    lead: int,
    frame: Frame,
    resolver: Resolver,
    previous: Party | None,
    inside: tuple[int, int, Frame] | None,
) -> Party | None:
    if inside is not None and previous is not None:
        return previous
    floor = max(sentence.start, lead - _WINDOW)
    if previous is not None and COORDINATOR.search(text, None, floor, lead):
        return previous
    party = resolver.subject_before(floor, lead)
    if party is None and _participle(text[lead:start] or text[start : start + 30]):
        party = resolver.subject_after(lead, sentence.end)
    return party


def _participle(word: str) -> bool:
    return word.split(maxsplit=1)[0].endswith("ing") if word.strip() else False


def _met_another(party: Party, resolver: Resolver, floor: int, start: int) -> bool:
    """Tell whether another state is named between the subject and ``start`` ("met Y to")."""
    begin = party.span.end if party.span else floor
    return any(c is not None and c not in party.codes for _, c in resolver.named_in(begin, start))


_HIS = re.compile(r"\s+(?:his|her)\s+")


def _not_own_counterpart(
    text: str, end: int, actors: tuple[str, ...], resolver: Resolver
) -> tuple[str, ...]:
    """Return the other principal when one speaker addresses "his French counterpart"
    while standing for France: the speaker is the counterpart's counterpart."""
    if len(actors) != 1 or (gap := _HIS.match(text, end)) is None:
        return actors
    named = resolver.named_in(gap.end(), gap.end() + 60)
    if not named or named[0][0].start != gap.end() or named[0][1] != actors[0]:
        return actors
    others = [c for c in resolver.principals() if c != actors[0]]
    return (others[0],) if len(others) == 1 and len(resolver.principals()) == 2 else actors


def _actors(
    party: Party, frame: Frame, resolver: Resolver, *, joint: bool = False
) -> tuple[str, ...]:
    """Return the party's codes; a joint frame with one known party takes the principals.

    A group that is one party ("we" of an ASEAN statement: ASEAN) agrees by itself.
    """
    alone = party.plural and len(party.codes) == 1 and not is_state_code(party.codes[0])
    if (frame.joint or joint) and len(party.codes) <= 1 and not alone:
        principals = resolver.principals()
        if len(principals) > 1 and (not party.codes or party.codes[0] in principals):
            return principals
    return party.codes
