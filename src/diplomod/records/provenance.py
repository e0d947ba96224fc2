"""Where a fact comes from: the source document, character spans and evidence."""

from __future__ import annotations

import datetime as dt
import re

from attrs import field, frozen

from diplomod.errors import InvalidValueError

__all__ = ["Evidence", "Source", "Span"]

_SHA256 = re.compile(r"[0-9a-f]{64}")


def _name(attribute: object) -> str:
    return str(getattr(attribute, "name", attribute))


@frozen(kw_only=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into a document's text."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # one check instead of per-field validators: spans are made by the hundred thousand
        if not 0 <= self.start <= self.end:
            if self.start < 0:
                raise InvalidValueError("Span.start", self.start, "negative")
            raise InvalidValueError("Span.end", self.end, f"before start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the characters of ``text`` this span covers."""
        return text[self.start : self.end]


def _optional_sha256(instance: Source, attribute: object, value: str | None) -> None:
    if value is not None and not _SHA256.fullmatch(value):
        raise InvalidValueError("Source.sha256", value, "not a lowercase hex SHA-256 digest")


def _non_empty(instance: object, attribute: object, value: str) -> None:
    if not value:
        raise InvalidValueError(f"{type(instance).__name__}.{_name(attribute)}", value, "empty")


@frozen(kw_only=True)
class Source:
    """The document a record was read from."""

    id: str = field(validator=_non_empty)
    url: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    title: str | None = None
    sha256: str | None = field(default=None, validator=_optional_sha256)


@frozen(kw_only=True)
class Evidence:
    """The span of source text that supports one field of a record.

    ``field`` names the supported field (``"record"`` for the record as a whole);
    ``text`` is exactly ``raw_text[span.start:span.end]`` of the source document.
    """

    field: str = field(validator=_non_empty)
    span: Span
    text: str

    def __attrs_post_init__(self) -> None:
        if len(self.text) != len(self.span):
            raise InvalidValueError(
                "Evidence.text", self.text, f"length {len(self.text)} differs from span {self.span}"
            )
