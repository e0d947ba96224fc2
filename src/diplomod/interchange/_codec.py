"""Read and write JSON text as canonical UTF-8 bytes, with orjson when it is installed.

Canonical means sorted keys, no spaces (``","`` and ``":"``), non-ASCII characters
kept as UTF-8, and no NaN or Infinity: equal data gives identical bytes, from orjson
and from the json module alike. Files are paths or open file objects; a path ending
in ``.gz`` is read and written through gzip (with no timestamp, so the bytes repeat).
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import math
import os
import zlib
from collections.abc import Callable, Iterator
from typing import IO, Final, cast

from diplomod.errors import InvalidValueError

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is optional
    orjson = None  # type: ignore[assignment]

__all__ = [
    "HAS_ORJSON",
    "READ_ERRORS",
    "BadJSONError",
    "PathOrFile",
    "encode_fast",
    "encode_std",
    "name_of",
    "parse",
    "parse_exact",
    "reading",
    "writing",
]

#: Whether orjson is installed; the fast paths use it then.
HAS_ORJSON: Final = orjson is not None

#: A path (``str`` or ``os.PathLike``) or an open file, binary or text.
PathOrFile = str | os.PathLike[str] | IO[bytes] | IO[str]

#: What reading a corrupt or truncated compressed file raises.
READ_ERRORS = (OSError, EOFError, zlib.error)


class BadJSONError(ValueError):
    """The text is not JSON (or not UTF-8, or holds NaN); the message says why."""


def encode_fast(payload: object) -> bytes | None:
    """Return canonical JSON bytes from orjson, or None where orjson cannot write the value.

    orjson cannot write integers beyond 64 bits; the caller then uses :func:`encode_std`,
    which writes the same bytes for everything else.

    Raises:
        InvalidValueError: the payload holds something JSON cannot.
    """
    assert orjson is not None
    try:
        return orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError as exc:
        if "64-bit" in str(exc):
            return None
        raise InvalidValueError("record", str(exc), "cannot be written as JSON") from None


def encode_std(payload: object) -> bytes:
    """Return canonical JSON bytes from the json module.

    Raises:
        InvalidValueError: the payload holds something JSON cannot (NaN, a lone surrogate...).
    """
    try:
        text = json.dumps(
            payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        )
        return text.encode("utf-8")
    except (ValueError, TypeError, RecursionError) as exc:
        raise InvalidValueError("record", str(exc), "cannot be written as JSON") from None


def parse(data: str | bytes, *, fast: bool = HAS_ORJSON) -> object:
    """Parse JSON quickly: orjson rounds integers beyond 64 bits, so check, or use exact."""
    if fast and orjson is not None:
        return orjson.loads(data)
    return json.loads(data, parse_constant=_no_constant, parse_float=_finite)


def parse_exact(data: object) -> object:
    """Parse UTF-8 JSON text with the json module: exact integers, every error explained.

    Raises:
        BadJSONError: ``data`` is not str or bytes, not UTF-8, or not JSON.
    """
    if isinstance(data, bytes | bytearray | memoryview):
        try:
            text = bytes(data).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadJSONError(f"not UTF-8 ({exc.reason} at byte {exc.start})") from None
    elif isinstance(data, str):
        text = data
    else:
        raise BadJSONError(f"expected JSON text (str or bytes), got {type(data).__name__}")
    try:
        return json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except RecursionError:
        raise BadJSONError("nested too deeply") from None
    except ValueError as exc:
        raise BadJSONError(str(exc)) from None


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text[:40]} is too large for a float")
    return value


def name_of(file_or_path: PathOrFile) -> str | None:
    """Return a file's path or name for messages, or None."""
    if isinstance(file_or_path, str | os.PathLike):
        return os.fspath(file_or_path)
    name = getattr(file_or_path, "name", None)
    return name if isinstance(name, str) else None


@contextlib.contextmanager
def reading(file_or_path: PathOrFile) -> Iterator[IO[bytes] | IO[str]]:
    """Open a path for reading bytes (through gzip for ``.gz``), or pass a file through."""
    if not isinstance(file_or_path, str | os.PathLike):
        yield file_or_path
        return
    path = os.fspath(file_or_path)
    with _open_binary(path) as f:
        yield f


def _open_binary(path: str) -> IO[bytes]:
    if path.endswith(".gz"):
        return cast("IO[bytes]", gzip.open(path, "rb"))
    return open(path, "rb")


@contextlib.contextmanager
def writing(file_or_path: PathOrFile) -> Iterator[Callable[[bytes], object]]:
    """Yield a function writing bytes to a path (gzip for ``.gz``) or to an open file.

    An open text file is written UTF-8 text; a file given open is left open.
    """
    if not isinstance(file_or_path, str | os.PathLike):
        target = file_or_path
        if isinstance(target, io.TextIOBase):
            text_write = target.write
            yield lambda data: text_write(data.decode("utf-8"))
        else:
            yield target.write  # type: ignore[misc]
        return
    path = os.fspath(file_or_path)
    with open(path, "wb") as raw:
        if not path.endswith(".gz"):
            yield raw.write
            return
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as packed:
            yield packed.write
