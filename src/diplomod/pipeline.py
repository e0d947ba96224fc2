"""The whole flow: text -> document -> mentions -> records, for one text or many."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from diplomod.corpus import RawDocument
from diplomod.mentions.collect import find_mentions
from diplomod.records import Extraction
from diplomod.rules import build_records
from diplomod.text.document import make_document

__all__ = ["parse", "parse_document", "parse_many"]


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
    with _collector_paused():
        document = make_document(text, id=id, published=published, url=url, publisher=publisher)
        mentions = find_mentions(document)
        return build_records(document, mentions)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while one text is parsed.

    A parse makes hundreds of thousands of small objects and no reference cycles: the
    collections they would trigger only walk live objects again and again.
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


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
