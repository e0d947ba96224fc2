"""Read the documents of many corpora, reporting each one that cannot be read instead of stopping.

Inputs are those of :func:`diplomod.read_corpus`: ``.txt`` files, folders of
them, and JSON Lines corpora (``.jsonl``, ``.ndjson``, ``.jsonl.gz``). A file that
is not UTF-8, or a corpus line that is not a valid document, becomes a
:class:`Failure` in the stream and reading goes on with the next one.
"""

from __future__ import annotations

import datetime as dt
import gzip
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from attrs import evolve, frozen

from diplomod.corpus import RawDocument, corpus_document, read_corpus
from diplomod.errors import LoadError

__all__ = [
    "Failure",
    "check_inputs",
    "count_documents",
    "is_corpus_file",
    "read_corpus_line",
    "read_documents",
    "read_text_file",
]

_JSONL = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


@frozen(kw_only=True)
class Failure:
    """A document that could not be read or parsed: where it is and why."""

    where: str
    reason: str


def check_inputs(inputs: Iterable[str | Path]) -> None:
    """Make sure every input exists before a long run starts.

    Raises:
        LoadError: naming every input that is neither a file nor a folder.
    """
    missing = [f"{p}: no such file or folder" for p in map(Path, inputs) if not p.exists()]
    if missing:
        raise LoadError(missing)


def read_documents(
    inputs: Iterable[str | Path], *, published: dt.date | None = None
) -> Iterator[RawDocument | Failure]:
    """Yield each document of ``inputs`` in order, or a :class:`Failure` where one is unreadable.

    ``published`` is given to documents that carry no publication date.
    """
    for path in map(Path, inputs):
        for item in _read_one(path):
            if isinstance(item, RawDocument) and item.published is None and published:
                item = evolve(item, published=published)
            yield item


def count_documents(inputs: Iterable[str | Path]) -> int | None:
    """Return about how many documents ``inputs`` hold, cheaply, or None if unknown.

    A corpus line counts as one document (blank lines too); compressed corpora make
    the count unknown.
    """
    total = 0
    for path in map(Path, inputs):
        if path.is_dir():
            total += sum(1 for _ in path.glob("*.txt"))
        elif path.name.endswith(".gz"):
            return None
        elif is_corpus_file(path):
            total += _count_lines(path)
        elif path.is_file():
            total += 1
    return total


def _count_lines(path: Path) -> int:
    """Return the number of lines of a file, reading it in large blocks."""
    count = 0
    last = b"\n"
    with path.open("rb") as stream:
        while block := stream.read(1 << 20):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")


def read_text_file(file: Path) -> RawDocument | Failure:
    """Return the document of one ``.txt`` file, or why it cannot be read."""
    try:
        (document,) = read_corpus(file)
    except LoadError as exc:
        return _failure(str(file), exc)
    except OSError as exc:
        return Failure(where=str(file), reason=f"cannot read: {exc.strerror or exc}")
    return document


def read_corpus_line(raw: bytes, where: str) -> RawDocument | Failure | None:
    """Return the document on one JSON Lines corpus line, why it is not one, or None if blank."""
    if not raw.strip():
        return None
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Failure(where=where, reason=f"not UTF-8 ({exc.reason} at byte {exc.start})")
    try:
        return corpus_document(line, where)
    except LoadError as exc:
        return _failure(where, exc)


def is_corpus_file(path: Path) -> bool:
    """Tell whether ``path`` names a JSON Lines corpus (``.jsonl``, ``.ndjson``, ``.gz`` too)."""
    return path.name.endswith(_JSONL)


def _read_one(path: Path) -> Iterator[RawDocument | Failure]:
    if path.is_dir():
        for file in sorted(path.glob("*.txt")):
            yield read_text_file(file)
    elif is_corpus_file(path):
        yield from _read_jsonl(path)
    else:
        yield read_text_file(path)


def _read_jsonl(path: Path) -> Iterator[RawDocument | Failure]:
    number = 0
    try:
        with _open(path) as stream:
            for number, raw in enumerate(stream, start=1):
                item = read_corpus_line(raw, f"{path}:{number}")
                if item is not None:
                    yield item
    except (OSError, EOFError) as exc:
        yield Failure(where=f"{path}:{number + 1}", reason=f"cannot read on: {exc}")


def _open(path: Path) -> gzip.GzipFile | BinaryIO:
    return gzip.GzipFile(path, "rb") if path.name.endswith(".gz") else path.open("rb")


def _failure(where: str, exc: LoadError) -> Failure:
    """Return the failure of a LoadError, its problems without the repeated place."""
    reasons = [p.removeprefix(f"{where}: ") for p in exc.problems]
    return Failure(where=where, reason="; ".join(reasons))
