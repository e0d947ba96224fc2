"""A one-line progress bar for long builds: documents done, documents/s and time left.

It draws only on a terminal (``stream.isatty()``), rewriting one line with a
carriage return at most a few times a second, so logs and pipes stay clean.
"""

from __future__ import annotations

import time
from types import TracebackType
from typing import TextIO

__all__ = ["Progress", "format_seconds"]

_WIDTH = 24
_EVERY = 0.2  # seconds between redraws


def format_seconds(seconds: float) -> str:
    """Write a span of time as ``M:SS`` or ``H:MM:SS``.

    >>> format_seconds(135.4), format_seconds(3725)
    ('2:15', '1:02:05')
    """
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """Count documents as they finish and draw a bar on ``stream`` if it is a terminal.

    ``total`` is the number of documents expected, or None when unknown (no ETA then).
    Use as a context manager: leaving it ends the line.
    """

    def __init__(self, stream: TextIO, total: int | None, *, enabled: bool | None = None) -> None:
        self._stream = stream
        self.total = total
        self.enabled = _is_terminal(stream) if enabled is None else enabled
        self.done = 0
        self._start = time.perf_counter()
        self._drawn = 0.0
        self._shown = False

    def advance(self, count: int = 1) -> None:
        """Count ``count`` more documents done and redraw when it is time."""
        self.done += count
        now = time.perf_counter()
        if self.enabled and now - self._drawn >= _EVERY:
            self._drawn = now
            self._draw(now)

    def line(self, now: float | None = None) -> str:
        """Return the text of the bar as it stands."""
        elapsed = (time.perf_counter() if now is None else now) - self._start
        rate = self.done / elapsed if elapsed > 0 else 0.0
        text = f"{self.done:,} docs  {rate:,.1f} docs/s"
        if self.total:
            share = min(1.0, self.done / self.total)
            filled = int(share * _WIDTH)
            bar = "#" * filled + "." * (_WIDTH - filled)
            left = (self.total - self.done) / rate if rate > 0 else None
            eta = format_seconds(left) if left is not None else "?"
            text = (
                f"[{bar}] {self.done:,}/{self.total:,} {share:4.0%}  {rate:,.1f} docs/s  ETA {eta}"
            )
        return text

    def close(self) -> None:
        """Draw the last state and end the line."""
        if self.enabled and self._shown:
            self._draw(time.perf_counter())
            self._stream.write("\n")
            self._stream.flush()

    def _draw(self, now: float) -> None:
        self._stream.write("\r" + self.line(now) + "\x1b[K")
        self._stream.flush()
        self._shown = True

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
