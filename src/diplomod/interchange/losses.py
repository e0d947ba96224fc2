"""What an export could not carry: a report returned with every event-data export.

Each format holds less than diplomod's records (GDELT has no place for a
speaker, Popolo none for an event). Exports never drop silently: they return
an :class:`ExportReport` whose :class:`Dropped` entries name what was left out,
why, and for which records.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from attrs import frozen

__all__ = ["Dropped", "ExportReport", "LossLog"]


@frozen(kw_only=True)
class Dropped:
    """One kind of information an export left out, with the records it was left out of.

    ``what`` names it (``participants``, ``evidence``, ``record`` for whole
    records); ``reason`` says why the format cannot hold it.
    """

    what: str
    reason: str
    records: tuple[str, ...] = ()

    def __str__(self) -> str:
        count = len(self.records)
        return f"{self.what}: {self.reason} ({count} record{'s' if count != 1 else ''})"


@frozen(kw_only=True)
class ExportReport:
    """What an export wrote (``written`` rows or records) and what it left out."""

    format: str
    written: int
    dropped: tuple[Dropped, ...] = ()

    def __str__(self) -> str:
        lines = [f"{self.format}: {self.written} written"]
        lines.extend(f"  dropped {d}" for d in self.dropped)
        return "\n".join(lines)


class LossLog:
    """Collect what an export leaves out while it runs; :meth:`report` freezes it."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], dict[str, None]] = {}

    def add(self, what: str, reason: str, record: str) -> None:
        """Note that ``what`` of ``record`` was left out, and why."""
        self._entries.setdefault((what, reason), {})[record] = None

    def report(self, format: str, written: int) -> ExportReport:
        """Return the report of an export that wrote ``written`` rows or records."""
        dropped = tuple(
            Dropped(what=what, reason=reason, records=tuple(records))
            for (what, reason), records in self._entries.items()
        )
        return ExportReport(format=format, written=written, dropped=dropped)
