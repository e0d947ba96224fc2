"""Raw text to :class:`Document`: normalization with an offset map, paragraphs, sentences."""

from diplomod.text.document import Document, Sentence, make_document, raw_span
from diplomod.text.lines import (
    BOILERPLATE_PATTERNS,
    BYLINE_PATTERNS,
    CAPTION_END_PATTERNS,
    CAPTION_PATTERNS,
    DATELINE_PATTERNS,
    LINE_RULES,
    LineKind,
    LineRule,
    classify_line,
    is_heading,
    make_line_end_rule,
    make_line_rule,
)
from diplomod.text.normalize import NormalizedText, normalize
from diplomod.text.sentences import split_each_paragraph, split_paragraphs, split_sentences

__all__ = [
    "BOILERPLATE_PATTERNS",
    "BYLINE_PATTERNS",
    "CAPTION_END_PATTERNS",
    "CAPTION_PATTERNS",
    "DATELINE_PATTERNS",
    "LINE_RULES",
    "Document",
    "LineKind",
    "LineRule",
    "NormalizedText",
    "Sentence",
    "classify_line",
    "is_heading",
    "make_document",
    "make_line_end_rule",
    "make_line_rule",
    "normalize",
    "raw_span",
    "split_each_paragraph",
    "split_paragraphs",
    "split_sentences",
]
