"""The whole flow: text -> document -> mentions -> records, for one text or many."""

from __future__ import annotations

import datetime as dt
import functools
import gc
from collections.abc import Callable, Iterable, Iterator
from typing import ParamSpec, TypeVar

from diplomod.corpus import RawDocument
from diplomod.mentions.collect import find_mentions
from diplomod.records import Extraction
from diplomod.rules import build_records
from diplomod.text.document import make_document

__all__ = ["parse", "parse_document", "parse_many"]


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _collector_paused(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``func`` with the cyclic garbage collector paused.

    A parse makes hundreds of thousands of small objects and no reference cycles: the
    collections they would trigger only walk live objects again and again. The
    collector resumes once ``func`` has returned and its temporaries are freed.
    """

    @functools.wraps(func)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        was_enabled = gc.isenabled()
        if was_enabled:
            gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return paused


@_collector_paused
def parse(
    text: str,
    *,
    id: str = "document",
    published: dt.date | None = None,
    url: str | None = None,
    publisher: str | None = None,
) -> Extraction:
    """Return the events, agreements, commitments and statements of one text.

    Never raises on any text: text that says nothing gives an empty extraction.
    """
    document = make_document(text, id=id, published=published, url=url, publisher=publisher)
    mentions = find_mentions(document)
    return build_records(document, mentions)


def parse_document(raw: RawDocument) -> Extraction:
    """Return the records of one corpus document, using its metadata."""
    return parse(raw.text, id=raw.id, published=raw.published, url=raw.url, publisher=raw.publisher)


def parse_many(documents: Iterable[RawDocument], *, jobs: int = 1) -> Iterator[Extraction]:
    """Yield the records of each document, in input order, on ``jobs`` processes."""
    if jobs <= 1:
        yield from map(parse_document, documents)
        return
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        yield from pool.imap(parse_document, documents, chunksize=4)
