"""Read raw inputs: a text file, a folder of ``.txt`` files, or a JSON Lines corpus.

A JSON Lines corpus has one object per line with ``id`` and ``text`` and
optionally ``published`` (ISO date or null), ``publisher`` and ``url`` — the
shape news scrapers produce.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from attrs import frozen

from diplomod.errors import LoadError

__all__ = ["RawDocument", "corpus_document", "read_corpus"]


@frozen(kw_only=True)
class RawDocument:
    """One input document before parsing: its id, text and metadata."""

    id: str
    text: str
    published: dt.date | None = None
    publisher: str | None = None
    url: str | None = None


def read_corpus(path: str | Path) -> Iterator[RawDocument]:
    """Yield the documents of a ``.txt`` file, a folder of them, or a JSON Lines corpus.

    Folders are read in sorted file-name order; ids are file names without ``.txt``.

    Raises:
        LoadError: the path does not exist, or a JSON Lines line is not a valid
            document (the error names the file and line).
    """
    path = Path(path)
    if path.is_dir():
        for file in sorted(path.glob("*.txt")):
            yield _read_text(file)
    elif path.suffix in {".jsonl", ".ndjson"} or path.name.endswith(".jsonl.gz"):
        yield from _read_jsonl(path)
    elif path.is_file():
        yield _read_text(path)
    else:
        raise LoadError([f"{path}: no such file or folder"], where=str(path))


def _read_text(file: Path) -> RawDocument:
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise LoadError([f"{file}: not UTF-8 text ({exc.reason} at byte {exc.start})"]) from None
    return RawDocument(id=file.stem, text=text)


def _read_jsonl(path: Path) -> Iterator[RawDocument]:
    import gzip

    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as stream:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                yield corpus_document(line, f"{path}:{number}")


def _json_type(value: object) -> str:
    """Name a decoded JSON value's type as JSON does: null, number, array, object."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return f"a number ({value!r})"
    if isinstance(value, list):
        return "an array"
    return "an object" if isinstance(value, dict) else type(value).__name__


def corpus_document(line: str, where: str) -> RawDocument:
    """Return the document on one JSON Lines corpus line; ``where`` names the line in errors.

    Raises:
        LoadError: the line is not JSON, or not an object with ``id`` and ``text``.
    """
    try:
        obj = json.loads(line)
    except ValueError as exc:
        raise LoadError([f"{where}: not JSON: {exc}"], where=where) from None
    if not isinstance(obj, dict):
        raise LoadError([f"{where}: $: expected an object, got {type(obj).__name__}"], where=where)
    problems = []
    doc_id, text = obj.get("id"), obj.get("text")
    if "id" not in obj:
        problems.append(f"{where}: $.id: missing (each line needs an id and a text)")
    elif not isinstance(doc_id, str) or not doc_id:
        problems.append(f"{where}: $.id: expected a non-empty string, got {doc_id!r}")
    if "text" not in obj:
        problems.append(f"{where}: $.text: missing (each line needs an id and a text)")
    elif not isinstance(text, str):
        problems.append(f"{where}: $.text: expected a string, got {_json_type(text)}")
    published = obj.get("published")
    day: dt.date | None = None
    if published is not None:
        try:
            day = dt.date.fromisoformat(published) if isinstance(published, str) else None
        except ValueError:
            day = None
        if day is None:
            problems.append(f"{where}: $.published: not an ISO date: {published!r}")
    meta = {}
    for key in ("publisher", "url"):
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            problems.append(f"{where}: $.{key}: expected a string or null, got {value!r}")
        meta[key] = value if isinstance(value, str) else None
    if problems:
        raise LoadError(problems, where=where)
    assert isinstance(doc_id, str)
    assert isinstance(text, str)
    return RawDocument(
        id=doc_id, text=text, published=day, publisher=meta["publisher"], url=meta["url"]
    )
