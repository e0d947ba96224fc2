"""Who a document speaks for: its issuer, its principal parties and who "we" are.

All three are read near the top: the publisher or a header line names the issuer,
a list of states ("Japan, India and Australia") or the named persons' states the
principal parties, and a communique's self-introduction ("We, the Foreign Ministers
of ...") or its title ("... ASEAN Summit") the "we".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diplomod.mentions.actors import ActorKind, ActorMention, ActorScan
from diplomod.records import Span
from diplomod.rules.entities import PersonEntity

__all__ = ["find_issuer", "first_person_plural", "guess_principals", "speaks_alone"]

_HEADER_CHARS = 600
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?|-|/)\s*")
#: A communique's self-introduction: "We, the Foreign Ministers of ...", "Today, we - ...".
#: (Opening on the letter, not on ``\b``, lets the search skip ahead to each W.)
_WE_INTRO = re.compile(r"[Ww](?<!\w[Ww])e\s*(?:,|-|\u2013|\u2014)\s+(?:the\s+[A-Za-z]|[A-Z])")
#: Where the self-introduction ends: its verb ("met", "gathered") or the sentence end.
_WE_INTRO_END = re.compile(r"\b(?:met|meet|gathered|convened|assembled|held|issue|have)\b|[.;\n]")
#: A title naming a gathering of one organization: "Chairman's Statement of the 48th ASEAN Summit".
_GATHERING_TITLE = re.compile(r"\b(?:Summit|Meeting|Ministers|Leaders|Chair(?:man)?'s)\b")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
#: A header naming one side's own statement ("Press Statement", "Comment by the Official
#: Representative", "Spokesperson's response to media queries"); "Office of the
#: Spokesperson" only signs a readout. Case is ignored: the header is short.
_OWN_STATEMENT = re.compile(
    r"""\b(?:press\s+statement|(?:statement|comment|declaration|remarks|briefing)\s+(?:by|of|from)\b
        |press\s+(?:conference|briefing|release)|media\s+quer(?:y|ies)
        |(?<!office\ of\ the\ )(?<!attributable\ to\ )spokes(?:person|man|woman))""",
    re.IGNORECASE | re.VERBOSE,
)
#: A header naming a text of several parties: then "we" are they, not the issuer.
_JOINT_HEADER = re.compile(r"\bjoint\b|\bcommuniqu", re.IGNORECASE)
_TITLE_CHARS = 300
# enum members as module constants: looking one up on its class is slow on hot paths
_STATE, _DEMONYM = ActorKind.STATE, ActorKind.DEMONYM
_ORGANIZATION, _BODY = ActorKind.ORGANIZATION, ActorKind.BODY


def guess_principals(
    text: str, actors: Sequence[ActorMention], persons: Sequence[PersonEntity]
) -> tuple[str, ...]:
    """Return a document's main parties: the states it lists near the top (three or
    more), else its persons' states (two or more), else its two most named states.
    """
    listed = _listed_states(text, actors)
    if len(listed) >= 3:
        return listed
    codes: list[str] = []
    for person in sorted(persons, key=lambda p: p.first):
        if person.code and person.code not in codes:
            codes.append(person.code)
    if len(codes) >= 2:
        return tuple(codes)
    counts: dict[str, int] = {}
    for m in actors:
        if (m.kind is _STATE or m.kind is _DEMONYM) and m.code:
            counts[m.code] = counts.get(m.code, 0) + 1
    for code, _ in sorted(counts.items(), key=lambda kv: -kv[1]):
        if code not in codes and len(codes) < 2:
            codes.append(code)
    return tuple(codes)


def first_person_plural(text: str, actors: Sequence[ActorMention]) -> tuple[str, ...]:
    """Return who "we" are in a communique: the states (and bodies "of") its
    self-introduction lists, else the one organization its title gathers.
    """
    intro = _WE_INTRO.search(text, 0, _HEADER_CHARS)
    if intro is not None:
        end = _WE_INTRO_END.search(text, intro.end())
        stop = end.start() if end is not None else len(text)
        items = [
            m for m in actors if intro.start() <= m.span.start < stop and m.kind is not _DEMONYM
        ]
        states = [m for m in items if m.code and m.kind is not _ORGANIZATION]
        codes = [
            m.code
            for m in items
            if m.code
            and (
                m.kind is not _ORGANIZATION
                or not states
                or _OF_BEFORE.search(text, max(0, m.span.start - 8), m.span.start)
            )
        ]
        return tuple(dict.fromkeys(codes))
    title_end = text.find("\n")
    title_end = title_end if 0 <= title_end <= 200 else 0
    if not _GATHERING_TITLE.search(text, 0, title_end):
        return ()
    orgs = {
        m.code for m in actors if m.span.end <= title_end and m.kind is _ORGANIZATION and m.code
    }
    named = [m for m in actors if m.span.end <= title_end and m.kind is _STATE]
    return (orgs.pop(),) if len(orgs) == 1 and not named else ()


def _listed_states(text: str, actors: Sequence[ActorMention]) -> tuple[str, ...]:
    """Return the longest list of states joined by commas, "and" or hyphens near the top."""
    best: list[str] = []
    run: list[str] = []
    last_end = -1
    for m in actors:
        if m.span.start > _HEADER_CHARS:
            break
        if not (m.kind is _STATE or m.kind is _DEMONYM) or not m.code:
            continue
        joined = last_end >= 0 and _LIST_JOIN.fullmatch(text, last_end, m.span.start)
        run = [*run, m.code] if joined else [m.code]
        if m.code in run[:-1]:
            run = [m.code]
        last_end = m.span.end
        if len(run) > len(best):
            best = run
    return tuple(best)


def find_issuer(
    text: str, scan: ActorScan, header_lines: Sequence[Span], publisher: str | None
) -> str | None:
    """Return the state that issued the document, from its publisher or header lines.

    The publisher metadata ("U.S. Department of State") decides when it names a
    state; otherwise a government body named on a header line near the top
    ("Ministry of Defense Japan") does. A news outlet gives no issuer.
    """
    if publisher:
        from diplomod.mentions.actors import scan_actors

        for mention in scan_actors(publisher).actors:
            if mention.code and (mention.kind is _BODY or mention.kind is _STATE):
                return mention.code
    for mention in scan.actors:
        if mention.span.start > _HEADER_CHARS:
            break
        if (
            mention.kind is _BODY
            and mention.code
            and any(line.start <= mention.span.start < line.end for line in header_lines)
        ):
            return mention.code
    return None


def speaks_alone(text: str, header_lines: Sequence[Span]) -> bool:
    """Tell whether the header calls the document one side's own statement (a press
    statement, a spokesperson's comment), not a joint text: its "we" is the issuer.
    """
    title_end = text.find("\n", 0, _TITLE_CHARS)
    parts = [text[: title_end if title_end >= 0 else 0]]
    parts += [text[s.start : s.end] for s in header_lines if s.start < _HEADER_CHARS]
    header = "\n".join(parts)
    return _OWN_STATEMENT.search(header) is not None and not _JOINT_HEADER.search(header)
