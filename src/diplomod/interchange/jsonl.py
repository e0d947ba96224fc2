"""Many records as JSON Lines: one ``diplomod/1`` document per line, streamed both ways.

Reading goes line by line and keeps only one batch of records in memory, so a
file of any size streams in constant memory; blank lines are skipped, and an
error names its line. A path ending in ``.gz`` is gzip-compressed, transparently.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType

from attrs import AttrsInstance

from diplomod.errors import LoadError
from diplomod.interchange import _codec
from diplomod.interchange.json import _decode, _encode

__all__ = ["JsonlWriter", "read_jsonl", "write_jsonl"]

#: How many lines are parsed between two pauses of the garbage collector.
_BATCH = 256


def write_jsonl(records: Iterable[object], file_or_path: _codec.PathOrFile) -> int:
    """Write each record as one line to a path (``.jsonl``, ``.jsonl.gz``) or open file.

    Returns:
        The number of records written.

    Raises:
        RegistryError: a record's class is not registered.
        InvalidValueError: a value has no JSON form (NaN and Infinity are not JSON).

    .. versionadded:: 0.1.0
    """
    with JsonlWriter(file_or_path) as writer:
        for record in records:
            writer.write(record)
    return writer.count


def read_jsonl(file_or_path: _codec.PathOrFile, *, strict: bool = False) -> Iterator[AttrsInstance]:
    """Yield the record on each line of a path (``.jsonl``, ``.jsonl.gz``) or open file.

    Lines are read as they are needed, so memory use does not grow with the file.

    Raises:
        LoadError: at the first line that is not a valid document; each problem
            starts with its line number (``line 12: $.data.date: not a date: ...``).
        OSError: the file cannot be opened.

    .. versionadded:: 0.1.0
    """
    where = _codec.name_of(file_or_path)
    with _codec.reading(file_or_path) as f:
        reader = _Reader(f, strict=strict, where=where)
        while not reader.done:
            batch, failure = reader.read_batch()
            yield from batch
            if failure is not None:
                raise failure


class JsonlWriter:
    """Write records one per line; use as a context manager, which closes the file.

    >>> import io
    >>> from diplomod.records import Agreement
    >>> out = io.BytesIO()
    >>> with JsonlWriter(out) as writer:
    ...     writer.write(Agreement(id="a1", title="Memorandum on Defense Cooperation"))
    >>> writer.count
    1

    A file given open is left open; a path is created (gzip-compressed for ``.gz``).

    .. versionadded:: 0.1.0
    """

    def __init__(self, file_or_path: _codec.PathOrFile) -> None:
        self._context = _codec.writing(file_or_path)
        self._write: Callable[[bytes], object] = self._context.__enter__()
        self._closed = False
        self.count = 0

    def write(self, record: object) -> None:
        """Write one record as a line.

        Raises:
            RegistryError: the record's class is not registered.
            InvalidValueError: a value has no JSON form.
            ValueError: the writer is closed.
        """
        if self._closed:
            raise ValueError("write to a closed JsonlWriter")
        self._write(_encode(record) + b"\n")
        self.count += 1

    def close(self) -> None:
        """Flush and close the file (a file given open stays open)."""
        if not self._closed:
            self._closed = True
            self._context.__exit__(None, None, None)

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class _Reader:
    """Reads a file's records a batch at a time; ``done`` once the file ends or fails.

    Lines are numbered from 1, blank ones included, for the errors.
    """

    def __init__(self, f: Iterable[bytes | str], *, strict: bool, where: str | None) -> None:
        self._lines = iter(f)
        self._strict = strict
        self._where = where
        self.number = 0
        self.done = False

    def read_batch(self) -> tuple[list[AttrsInstance], LoadError | None]:
        """Read up to a batch of records, pausing the cyclic garbage collector meanwhile.

        Returns the records read and, if a line is not a valid document (or the
        file cannot be read on), the error to raise after them.

        Records hold no reference cycles, so collections during a bulk load only walk
        the records already loaded, again and again; pausing them per batch (never
        across a ``yield``) keeps loading fast.
        """
        batch: list[AttrsInstance] = []
        number, strict = self.number, self._strict
        paused = gc.isenabled()
        if paused:
            gc.disable()
        try:
            for line in self._lines:
                number += 1
                if line.isspace():
                    continue
                try:
                    batch.append(_decode(line, strict=strict))
                except LoadError as exc:
                    self.done = True
                    problems = [f"line {number}: {p}" for p in exc.problems]
                    return batch, LoadError(problems, where=self._where)
                if len(batch) == _BATCH:
                    break
            else:
                self.done = True
        except _codec.READ_ERRORS as exc:  # a corrupt gzip stream, say
            self.done = True
            return batch, LoadError([f"line {number + 1}: cannot read: {exc}"], where=self._where)
        finally:
            self.number = number
            if paused:
                gc.enable()
        return batch, None
