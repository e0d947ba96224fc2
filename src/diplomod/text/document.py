"""Build a :class:`Document`: normalized text, paragraphs and classified sentences."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from attrs import field, frozen

from diplomod.errors import InvalidValueError
from diplomod.records.provenance import Span
from diplomod.text.lines import LINE_RULES, LineKind, LineRule, classify_line
from diplomod.text.normalize import NormalizedText, normalize
from diplomod.text.sentences import split_each_paragraph, split_paragraphs

__all__ = ["Document", "Sentence", "make_document", "raw_span"]

_SHORT = 40  # a sentence this short inside body text may still be page furniture


@frozen(kw_only=True)
class Sentence:
    """A sentence (or a heading, caption or other line) of a document's normalized text."""

    span: Span
    paragraph: int
    kind: LineKind


def _non_empty(instance: object, attribute: object, value: str) -> None:
    if not value:
        raise InvalidValueError("Document.id", value, "empty")


@frozen(kw_only=True)
class Document:
    """A text ready for mention finding: spans index ``text``, the normalized ``raw``.

    ``normalized`` maps offsets of ``text`` back to ``raw`` (see :func:`raw_span`).
    """

    id: str = field(validator=_non_empty)
    raw: str = field(repr=False)
    text: str = field(repr=False)
    normalized: NormalizedText = field(repr=False, eq=False)
    published: dt.date | None = None
    url: str | None = None
    publisher: str | None = None
    paragraphs: tuple[Span, ...] = field(default=(), repr=False)
    sentences: tuple[Sentence, ...] = field(default=(), repr=False)


def make_document(
    raw: str,
    *,
    id: str = "document",
    published: dt.date | None = None,
    url: str | None = None,
    publisher: str | None = None,
    line_rules: Sequence[LineRule] = LINE_RULES,
) -> Document:
    """Normalize ``raw``, split it into paragraphs and sentences and classify each line.

    Args:
        raw: the text as published.
        id: a name for the document, unique within a corpus.
        published: the publication date given with the text, if any.
        url: where the text was published, if known.
        publisher: who published it, if known.
        line_rules: the rules that classify paragraphs (see :data:`LINE_RULES`).

    Returns:
        The document; ``sentences`` cover every non-blank character of ``text``.

    >>> doc = make_document("Talks in Seoul\\n\\nThe ministers met. They agreed.")
    >>> [(s.span.slice(doc.text), s.kind.value) for s in doc.sentences]
    [('Talks in Seoul', 'heading'), ('The ministers met.', 'body'), ('They agreed.', 'body')]
    """
    normalized = normalize(raw)
    text = normalized.text
    paragraphs = split_paragraphs(text)
    sentences: list[Sentence] = []
    body = LineKind.BODY
    for index, (paragraph, spans) in enumerate(
        zip(paragraphs, split_each_paragraph(text, paragraphs), strict=True)
    ):
        kind = classify_line(text[paragraph.start : paragraph.end], line_rules)
        if kind is body and len(spans) > 1:
            sentences += [
                Sentence(
                    span=span,
                    paragraph=index,
                    kind=body
                    if span.end - span.start > _SHORT
                    else _body_kind(text, span, line_rules),
                )
                for span in spans
            ]
        else:
            sentences += [Sentence(span=span, paragraph=index, kind=kind) for span in spans]
    return Document(
        id=id,
        raw=raw,
        text=text,
        normalized=normalized,
        published=published,
        url=url,
        publisher=publisher,
        paragraphs=paragraphs,
        sentences=tuple(sentences),
    )


def _body_kind(text: str, span: Span, line_rules: Sequence[LineRule]) -> LineKind:
    """Return the kind of a short sentence in running text: body, unless it is "* * *"."""
    if (
        text[span.end - 1] not in ".!?"
        and classify_line(span.slice(text), line_rules) is LineKind.BOILERPLATE
    ):
        return LineKind.BOILERPLATE
    return LineKind.BODY


def raw_span(document: Document, span: Span) -> Span:
    """Return the span of ``document.raw`` that produced ``span`` of ``document.text``."""
    if not document.normalized.starts:  # no character changed length: offsets are shared
        return span
    return document.normalized.span_to_raw(span)
