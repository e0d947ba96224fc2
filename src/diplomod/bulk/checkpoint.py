"""The checkpoint of a build: each finished document's extraction, one JSON line each.

Lines are appended and flushed as documents finish, so a build that is killed
loses at most the documents in flight. Reading it back keeps every whole line
and drops a torn one (the last line of a killed writer); the file is then
rewritten with the good lines, so appending goes on from a clean line end.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from diplomod.errors import LoadError
from diplomod.interchange.json import dumps, loads
from diplomod.records.extraction import Extraction

__all__ = ["Checkpoint", "checkpoint_path", "encode_line", "read_checkpoint"]


def checkpoint_path(output: Path) -> Path:
    """Return where the checkpoint of a build writing ``output`` lives (next to it).

    >>> checkpoint_path(Path("out/dataset.jsonl")).as_posix()
    'out/dataset.jsonl.checkpoint'
    """
    return output.with_name(output.name + ".checkpoint")


def read_checkpoint(path: Path) -> tuple[tuple[Extraction, ...], int]:
    """Return the extractions in a checkpoint and how many torn lines were dropped.

    A missing file is an empty checkpoint. When lines were dropped or the file does
    not end with a line break, the file is rewritten with the whole lines only.
    """
    if not path.exists():
        return (), 0
    data = path.read_bytes()
    kept: list[bytes] = []
    found: list[Extraction] = []
    dropped = 0
    for line in data.splitlines():
        if not line.strip():
            continue
        try:
            record = loads(line)
        except LoadError:
            dropped += 1
            continue
        if isinstance(record, Extraction):
            kept.append(line)
            found.append(record)
        else:
            dropped += 1
    if dropped or (data and not data.endswith(b"\n")):
        _replace(path, b"".join(line + b"\n" for line in kept))
    return tuple(found), dropped


def encode_line(extraction: Extraction) -> bytes:
    """Return the checkpoint line of an extraction: its JSON document and a line break."""
    return dumps(extraction).encode("utf-8") + b"\n"


class Checkpoint:
    """Append extractions to a checkpoint file; use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = path.open("ab")
        self.count = 0

    def write(self, extraction: Extraction) -> None:
        """Append one extraction as a line (buffered until :meth:`flush`)."""
        self.write_encoded(encode_line(extraction))

    def write_encoded(self, line: bytes) -> None:
        """Append a line made by :func:`encode_line` (buffered until :meth:`flush`)."""
        self._file.write(line)
        self.count += 1

    def flush(self) -> None:
        """Hand what was written to the operating system, so a killed process keeps it."""
        self._file.flush()

    def close(self) -> None:
        """Flush and close the file."""
        if not self._file.closed:
            self._file.close()

    def __enter__(self) -> Checkpoint:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _replace(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
