"""Judge what the words around an agreement mention say of its status: signed, planned, in force.

A cue before the mention ("signed", "the signing of", "will conclude") counts when
nothing breaks the clause between them; a participle after it ("was signed",
"entered into force") counts unless it belongs to a later instrument. A list
("They include ...") inherits the signing its previous sentence reports.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Literal

from attrs import frozen

from diplomod.mentions.lexicon.caseless import CaselessPattern
from diplomod.records import AgreementStatus, Span
from diplomod.rules.agreement_mentions import REACH, AgreementMention, AgreementText
from diplomod.rules.stem_scan import span_of

__all__ = ["StatusCue", "find_cue"]

_S = AgreementStatus
_BREAK = re.compile(
    r"""[;:!?]|,[ ](?:and|but)[ ](?!(?:a|an|the|two|three|four|several|other|its|their)\b)
    |,[ ](?:while|whereas|which|who|where|when|although|though|because)\b
    |\b(?:discussed|noted|said|says|stressed|expressed|reaffirmed|agreed|decided|underlined
        |emphasi[sz]ed|welcomed|welcomes|confirmed|reviewed|told|added)\b""",
    re.VERBOSE,
)
_WITNESS = CaselessPattern(
    r"\b(?:welcom\w*|hail\w*|witness\w*|attend\w*|celebrat\w*|applaud\w*)\s+(?:the\s+)?\Z"
)
#: A witness verb in its bare form ("attend the signing"): past only in a caption, future
#: after a modal earlier in its clause ("will hold talks and jointly attend the signing").
_BARE_WITNESS = CaselessPattern(
    r"\b(?:welcome|hail|witness|attend|celebrate|applaud)\s+(?:the\s+)?\Z"
)
_ARTICLE_END = CaselessPattern(r"\b(?:the|a|its|their|historic)\s+\Z")
_INCLUDE = re.compile(
    r"\s*(?:They|These|Those|Others|(?:The|These|Other)\s+documents)\s+"
    r"(?:include|includes|included|comprise|comprised|cover|covered)\b"
)
_SIGNED_WORD = CaselessPattern(r"\b(?:signed|adopted|concluded|inked)\b")
#: A list item's marker ("2. ", "b) ", "- ") and a lead-in that reports the items'
#: signing ("The following documents were exchanged:").
_ITEM = re.compile(r"[ \t]*(?:[-\u2022*\u2013]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])[ \t]+")
_LEAD_IN = CaselessPattern(
    r"\b(?:signed|signing|adopted|concluded|inked"
    r"|exchanged(?!\s+(?:views|opinions|ideas|greetings)))"
    r"\b[^.:]{0,200}:\s*\Z"
)
_AFTER_FUTURE = re.compile(r"(?i:\b(?:will|would|shall|to|must|should|could|may)\s+be\s+\S+\s*)\Z")
_BY = re.compile(r"\s+by\s+")
_NEGATED = re.compile(r"(?i:\b(?:not|never)\b)")
_COORDINATION = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:[\w-]+\s+){0,4}\"?")


@frozen(kw_only=True)
class StatusCue:
    """What the words around a mention report: a status, and the words that say it."""

    status: AgreementStatus
    firm: bool
    span: Span
    mode: Literal["verb", "noun", "witness", "after", "inherit"]
    """How the cue is said: a verb with a subject, a noun ("the signing of"), a noun a
    party witnessed ("welcomed the signing of"), a participle after the instrument, or
    a list inheriting the previous sentence's signing ("They include")."""
    agent: int | None = None


def find_cue(
    page: AgreementText, heads: Sequence[int], mention: AgreementMention
) -> StatusCue | None:
    """Return the nearest cue of the mention's clause, before or after it."""
    if mention.nested:
        return None  # what is said of the outer instrument is not said of this one
    text, s = page.text, mention.sentence.span
    best: tuple[int, StatusCue] | None = None
    lo = max(s.start, mention.span.start - REACH)
    for c in reversed(list(page.pats.cue.finditer(text, page.view, lo, mention.span.start))):
        gap = text[c.end() : mention.span.start]
        stop = _BREAK.search(text[c.end() : mention.span.start + 8])
        if stop is not None and stop.start() < len(gap):
            break  # the cue is in another clause, and so is every earlier one
        cue = page.words.cues[int(c.lastgroup[1:])] if c.lastgroup else None
        if cue is None or len(gap) > cue.reach or (cue.kinds and mention.kind not in cue.kinds):
            continue
        judged = _judge(page, c, s)
        if judged is not None:
            best = (len(gap), judged)
            break
    after = page.pats.after.match(
        text, page.view, mention.span.end, min(s.end, mention.span.end + REACH)
    )
    if after and (best is None or after.end() - mention.span.end < best[0]):
        judged = _judge_after(page, heads, mention, after)
        best = (0, judged) if judged else best
    if best is None and _INCLUDE.match(text, s.start, s.end):
        n = bisect_left(page.starts, s.start) - 1
        prev = page.sentences[n].span if n >= 0 else s
        if n >= 0 and _SIGNED_WORD.search(
            text, page.view, max(prev.start, prev.end - 400), prev.end
        ):
            verb = _INCLUDE.match(text, s.start)
            assert verb is not None
            return StatusCue(status=_S.SIGNED, firm=True, span=span_of(verb), mode="inherit")
    if best is None and (item := _ITEM.match(text, s.start, s.end)) is not None:
        return _listed_signing(page, s, span_of(item))
    return best[1] if best else None


def _listed_signing(page: AgreementText, s: Span, marker: Span) -> StatusCue | None:
    """Return the signing a list item inherits from the lead-in that opens its list."""
    n = bisect_left(page.starts, s.start) - 1
    for lead in (x.span for x in reversed(page.sentences[max(0, n - 30) : n + 1])):
        lo = max(lead.start, lead.end - 260)
        if _LEAD_IN.search_in(page.text, page.view, lo, lead.end):
            return StatusCue(status=_S.SIGNED, firm=True, span=marker, mode="inherit")
        if not _ITEM.match(page.text, lead.start):
            break  # the list's lead-in reports no signing
    return None


def _judge(page: AgreementText, c: re.Match[str], s: Span) -> StatusCue | None:
    """Return what a cue before a mention reports, given the words just before it."""
    assert c.lastgroup is not None
    text, status = page.text, page.words.cues[int(c.lastgroup[1:])].status
    word, span = c.group().lower(), span_of(c)
    view, lo = page.view, max(s.start, c.start() - 40)  # the words before the cue
    if page.pats.hedge.search_in(text, view, lo, c.start()):
        return None
    future = page.pats.future.search_in(text, view, lo, c.start()) is not None
    leaning = future or page.pats.toward.search_in(text, view, lo, c.start()) is not None
    if status is not _S.SIGNED:
        return StatusCue(status=status, firm=True, span=span, mode="verb")
    if word.startswith("signing") and (
        word != "signing"
        or text.startswith(" of", c.end())
        or _ARTICLE_END.search_in(text, view, lo, c.start())
    ):
        if leaning:
            return StatusCue(status=_S.PLANNED, firm=future, span=span, mode="noun")
        witness = word != "signing" or _WITNESS.search_in(text, view, lo, c.start())
        if witness and _future_witness(page, c.start(), s):
            return StatusCue(status=_S.PLANNED, firm=True, span=span, mode="witness")
        return StatusCue(
            status=_S.SIGNED, firm=True, span=span, mode="witness" if witness else "noun"
        )
    if leaning:
        return StatusCue(status=_S.PLANNED, firm=future, span=span, mode="verb")
    if word == "signing" and page.pats.context.search(
        text, view, max(s.start, c.start() - 200), c.start()
    ):
        return StatusCue(status=_S.PLANNED, firm=False, span=span, mode="verb")
    return StatusCue(status=_S.SIGNED, firm=True, span=span, mode="verb")


def _future_witness(page: AgreementText, cue: int, s: Span) -> bool:
    """Tell whether a bare witness verb before a signing noun follows a modal in its clause."""
    text, view = page.text, page.view
    start = max(s.start, cue - 30)
    bare = _BARE_WITNESS.search_in(text, view, start, cue)
    if bare is None:
        return False
    verb = start + bare.start()
    lo = max(s.start, verb - 150)
    modals = list(page.pats.modal.finditer(text, view, lo, verb))[-1:]
    return bool(modals) and _BREAK.search(text, modals[0].end(), verb) is None


def _judge_after(
    page: AgreementText, heads: Sequence[int], mention: AgreementMention, after: re.Match[str]
) -> StatusCue | None:
    """Return what a participle after a mention reports ("was signed", "negotiations")."""
    text, said = page.text, after.group()
    n = bisect_left(heads, mention.span.end)
    if (
        n < len(heads)
        and heads[n] < after.end()
        and not _COORDINATION.fullmatch(text, mention.span.end, heads[n])
    ):
        return None  # the participle belongs to a later instrument
    if _NEGATED.search(said[-30:]):
        return None
    word = re.search(r"\w+\s*\Z", said)
    span = Span(start=after.start() + word.start(), end=after.end()) if word else span_of(after)
    if said.strip().lower() in ("negotiations", "talks") or _AFTER_FUTURE.search(said):
        return StatusCue(status=_S.PLANNED, firm=True, span=span, mode="after")
    if said.lower().endswith("force"):
        return StatusCue(status=_S.IN_FORCE, firm=True, span=span, mode="after")
    by = _BY.match(text, after.end())
    return StatusCue(status=_S.SIGNED, firm=True, span=span, mode="after",
                agent=by.end() if by else None)  # fmt: skip
