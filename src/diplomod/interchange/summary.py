"""Write an extraction as a short human-readable report, each fact with its evidence."""

from __future__ import annotations

from collections.abc import Iterable

from diplomod.records import Event, Evidence, Extraction, OpaqueRecord
from diplomod.registry import tag_of

__all__ = ["format_summary"]


def format_summary(extraction: Extraction) -> str:
    """Return a plain-text report of what one document says, quoting the evidence."""
    src = extraction.source
    lines = [
        f"== {src.id}" + (f"  (published {src.published.isoformat()})" if src.published else "")
    ]
    for event in extraction.events:
        lines.extend(_event(event))
    for a in extraction.agreements:
        title = f'"{a.title}"' if a.title else "(untitled)"
        when = f" {a.date}" if a.date else ""
        where = f" in {a.place.city}" if a.place and a.place.city else ""
        lines.append(f"agreement  {a.kind.value} {title} [{a.status.value}{when}{where}]")
        lines.append(f"           parties {', '.join(a.parties) or '-'}")
        lines.extend(_quotes(a.evidence))
    for c in extraction.commitments:
        neg = "not " if c.negated else ""
        lines.append(
            f"commitment {'+'.join(c.actors)} {neg}{c.modality.value}: {c.content}{_at(c.evidence)}"
        )
    for s in extraction.statements:
        neg = "not " if s.negated else ""
        target = f" -> {s.target}" if s.target else ""
        lines.append(
            f"statement  {'+'.join(s.actors)} {neg}{s.kind.value}{target}: {s.content}"
            + _at(s.evidence)
        )
    return "\n".join(lines) + "\n\n"


def _event(event: Event | OpaqueRecord) -> list[str]:
    if isinstance(event, OpaqueRecord):
        return [f"event      {event.type} (unknown type, kept as data)"]
    facts = []
    if event.date:
        facts.append(str(event.date) + (" (guessed)" if event.date_inferred else ""))
    if event.time:
        facts.append(event.time.strftime("%H:%M"))
    if event.duration:
        facts.append(f"{int(event.duration.total_seconds() // 60)} min")
    if event.place:
        facts.append(
            ", ".join(x for x in (event.place.venue, event.place.city, event.place.country) if x)
        )
    if event.ordinal:
        facts.append(f"#{event.ordinal}")
    kind = tag_of(type(event)) + (" (referenced)" if event.referenced else "")
    lines = [f"event      {kind} {' '.join(event.countries)}  {' | '.join(facts)}"]
    for p in event.participants:
        who = p.person.name + (f", {p.title}" if p.title else "")
        lines.append(f"           participant {who} ({p.represents or '?'}, {p.role.value})")
    return lines + _quotes(event.evidence)


def _at(evidence: Iterable[Evidence]) -> str:
    """Return `` [start:end]`` of the record's evidence, or nothing."""
    span = next((e.span for e in evidence if e.field == "record"), None)
    return f"  [{span.start}:{span.end}]" if span else ""


def _quotes(evidence: Iterable[Evidence]) -> list[str]:
    out = []
    for e in evidence:
        if e.field == "record":
            text = " ".join(e.text.split())
            out.append(f'           evidence [{e.span.start}:{e.span.end}] "{text[:100]}"')
    return out
