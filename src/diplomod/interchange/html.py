"""Write one document as a self-contained HTML page with every evidence span highlighted.

The page needs no script and no network: inline CSS, the text with each piece of
evidence marked and labelled with the record and field it supports, and a list
of the records beside it. Overlapping spans are cut into flat segments at every
span boundary, so marks never nest and any overlap gives well-formed HTML.
"""

from __future__ import annotations

import datetime as dt
import enum
import html
import itertools
from collections.abc import Iterator, Sequence

import attrs
from attrs import frozen

from diplomod.records import (
    Evidence,
    Extraction,
    OpaqueRecord,
    PartialDate,
    Participant,
    Person,
)
from diplomod.registry import tag_of

__all__ = ["format_html"]

_SKIP = frozenset({"id", "evidence", "source"})  # fields the side list does not repeat


@frozen(kw_only=True)
class _Record:
    """One record as the page shows it: an anchor, a short label and its family."""

    anchor: str
    label: str
    family: str
    tag: str
    record: object


@frozen(kw_only=True)
class _Mark:
    """One evidence span of one record, numbered in reading order."""

    number: int
    start: int
    end: int
    record: _Record
    field: str

    @property
    def name(self) -> str:
        """Return the label shown in the text: the record's label and the field."""
        what = self.record.tag if self.field == "record" else self.field
        return f"{self.record.label} {what}"


def format_html(extraction: Extraction, text: str, *, title: str | None = None) -> str:
    """Return an HTML page of ``text`` with the evidence of every record marked and labelled.

    ``text`` is the raw text the extraction was parsed from (its evidence spans index
    it); evidence whose span does not quote ``text`` is listed but not marked.

    .. versionadded:: 0.1.0
    """
    records = list(_records(extraction))
    marks, stray = _marks(records, text)
    heading = title or extraction.source.id
    published = extraction.source.published
    counts = ", ".join(
        _count(sum(r.family == family for r in records), family)
        for family in ("event", "agreement", "commitment", "statement")
    )
    facts = [counts] + ([f"published {published.isoformat()}"] if published else [])
    return "".join(
        [
            "<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n",
            "<meta name='viewport' content='width=device-width, initial-scale=1'>\n",
            f"<title>diplomod: {_esc(heading)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n",
            "<input type='checkbox' id='hide-labels'>",
            "<label for='hide-labels'>hide labels</label>\n",
            f"<header><h1>{_esc(heading)}</h1><p>{_esc('; '.join(facts))}</p></header>\n",
            "<main>\n<article class='text'>",
            "".join(_segments(text, marks)),
            "</article>\n<aside>\n<h2>Records</h2>\n",
            _record_list(records, marks, stray),
            "</aside>\n</main>\n</body>\n</html>\n",
        ]
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _esc(value: str) -> str:
    return html.escape(value, quote=True)


def _records(extraction: Extraction) -> Iterator[_Record]:
    families: tuple[tuple[str, str, Sequence[object]], ...] = (
        ("event", "E", extraction.events),
        ("agreement", "A", extraction.agreements),
        ("commitment", "C", extraction.commitments),
        ("statement", "S", extraction.statements),
    )
    number = 0
    for family, letter, items in families:
        for index, record in enumerate(items, start=1):
            number += 1
            tag = record.type if isinstance(record, OpaqueRecord) else tag_of(type(record))
            yield _Record(
                anchor=f"r{number}", label=f"{letter}{index}", family=family, tag=tag, record=record
            )


def _marks(records: Sequence[_Record], text: str) -> tuple[list[_Mark], list[tuple[_Record, str]]]:
    """Return the evidence spans that quote ``text``, and (record, field) of those that do not."""
    marks: list[_Mark] = []
    stray: list[tuple[_Record, str]] = []
    for record in records:
        evidence: tuple[Evidence, ...] = getattr(record.record, "evidence", ())
        for item in evidence:
            span = item.span
            if span.end <= len(text) and text[span.start : span.end] == item.text and span:
                marks.append(
                    _Mark(
                        number=len(marks),
                        start=span.start,
                        end=span.end,
                        record=record,
                        field=item.field,
                    )
                )
            else:
                stray.append((record, item.field))
    marks.sort(key=lambda m: (m.start, -m.end, m.number))
    return [attrs.evolve(m, number=n) for n, m in enumerate(marks)], stray


def _segments(text: str, marks: Sequence[_Mark]) -> Iterator[str]:
    """Yield the text as HTML: each stretch between span boundaries marked by its open spans.

    Labels go between segments, never inside a mark, so a mark holds only document text.
    """
    bounds = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    starting: dict[int, list[_Mark]] = {}
    for mark in marks:
        starting.setdefault(mark.start, []).append(mark)
    active: list[_Mark] = []
    for start, end in itertools.pairwise(bounds):
        for mark in starting.get(start, ()):
            active.append(mark)
            yield (
                f"<a class='label {mark.record.family}' id='m{mark.number}' "
                f"href='#{mark.record.anchor}'>{_esc(mark.name)}</a>"
            )
        active = [m for m in active if m.end > start]
        piece = _esc(text[start:end])
        if not active:
            yield piece
            continue
        inner = min(active, key=lambda m: (m.end - m.start, m.number))
        numbers = " ".join(str(m.number) for m in active)
        names = "; ".join(m.name for m in active)
        depth = min(len(active), 4)
        yield (
            f"<mark class='{inner.record.family} d{depth}' data-spans='{numbers}' "
            f"title='{_esc(names)}'>{piece}</mark>"
        )


def _record_list(
    records: Sequence[_Record], marks: Sequence[_Mark], stray: Sequence[tuple[_Record, str]]
) -> str:
    if not records:
        return "<p class='empty'>No records found in this text.</p>\n"
    by_record: dict[str, list[_Mark]] = {}
    for mark in marks:
        by_record.setdefault(mark.record.anchor, []).append(mark)
    missing: dict[str, list[str]] = {}
    for record, field_name in stray:
        missing.setdefault(record.anchor, []).append(field_name)
    out = ["<ol class='records'>\n"]
    for record in records:
        out.append(
            f"<li id='{record.anchor}' class='{record.family}'>"
            f"<b>{_esc(record.label)}</b> {_esc(record.tag)}<dl>"
        )
        for name, value in _facts(record.record):
            out.append(f"<dt>{_esc(name)}</dt><dd>{_esc(value)}</dd>")
        out.append("</dl><p class='evidence'>evidence: ")
        links = [
            f"<a href='#m{m.number}'>{_esc(m.field)}</a>" for m in by_record.get(record.anchor, [])
        ]
        links += [
            f"<span class='stray'>{_esc(name)} (not in text)</span>"
            for name in missing.get(record.anchor, [])
        ]
        out.append(", ".join(links) or "none")
        out.append("</p></li>\n")
    out.append("</ol>\n")
    return "".join(out)


def _facts(record: object) -> Iterator[tuple[str, str]]:
    """Yield (field, shown value) for each field of a record that says something."""
    if isinstance(record, OpaqueRecord):
        yield "kept as data", "a type this installation does not know"
        return
    cls = type(record)
    if not attrs.has(cls):
        return
    for attribute in attrs.fields(cls):
        value = getattr(record, attribute.name)
        if attribute.name in _SKIP or value is None or value == () or value is False:
            continue
        yield attribute.name, _show(value)


def _show(value: object) -> str:
    """Return a short human reading of a field's value."""
    if value is True:
        return "yes"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.timedelta):
        return f"{int(value.total_seconds() // 60)} min"
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, tuple):
        return ", ".join(_show(item) for item in value)
    if isinstance(value, Participant):
        return f"{value.person.name} ({value.represents or '?'}, {value.role.value})"
    if isinstance(value, Person):
        return value.name
    if isinstance(value, PartialDate):
        return str(value)
    cls = type(value)
    if attrs.has(cls):
        parts = (getattr(value, a.name) for a in attrs.fields(cls))
        return ", ".join(_show(p) for p in parts if p is not None and p != ())
    return str(value)


_CSS = """
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d1d1f;
background:#fafafa}
header{padding:.8rem 1.5rem;border-bottom:1px solid #ddd;background:#fff}
header h1{font-size:1.25rem;margin:0}header p{margin:.2rem 0 0;color:#555}
#hide-labels{position:absolute;top:1rem;right:6.5rem}
label[for=hide-labels]{position:absolute;top:.9rem;right:1.5rem;font-size:.85rem;color:#555}
#hide-labels:checked~main .label{display:none}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(16rem,2fr);gap:1.5rem;
padding:1.5rem}
@media (max-width:900px){main{grid-template-columns:1fr}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;padding:1rem 1.25rem;
border:1px solid #ddd;border-radius:6px;font-family:Georgia,serif;font-size:1rem}
mark{color:inherit;border-radius:2px;padding:0}
mark.event{background:rgba(37,99,235,var(--a))}mark.agreement{background:rgba(22,163,74,var(--a))}
mark.commitment{background:rgba(217,119,6,var(--a))}
mark.statement{background:rgba(190,24,93,var(--a))}
mark.d1{--a:.14}mark.d2{--a:.26}mark.d3{--a:.38}mark.d4{--a:.5}
.label{font:600 .62rem/1 system-ui,sans-serif;vertical-align:super;text-decoration:none;
padding:0 .15rem;margin:0 .1rem;border-radius:2px;color:#fff;white-space:nowrap}
.label.event{background:#2563eb}.label.agreement{background:#16a34a}
.label.commitment{background:#b45309}.label.statement{background:#be185d}
aside h2{font-size:1rem;margin:0 0 .5rem}
.records{list-style:none;padding:0;margin:0}
.records li{background:#fff;border:1px solid #ddd;border-left:4px solid;border-radius:4px;
padding:.5rem .75rem;margin-bottom:.6rem;font-size:.9rem}
.records li.event{border-left-color:#2563eb}.records li.agreement{border-left-color:#16a34a}
.records li.commitment{border-left-color:#b45309}.records li.statement{border-left-color:#be185d}
.records li:target{outline:2px solid #555}
dl{display:grid;grid-template-columns:max-content 1fr;gap:0 .6rem;margin:.3rem 0}
dt{color:#666}dd{margin:0}
.evidence{margin:.2rem 0 0;color:#555}.stray{color:#b91c1c}.empty{color:#555}
""".strip()
