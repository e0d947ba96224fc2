"""Export extractions or coded events to an event-data format chosen by name.

:func:`export` is what ``diplomod export --to FORMAT`` runs: one entry point
over the format modules (:mod:`~diplomod.interchange.gdelt`,
:mod:`~diplomod.interchange.icews`, :mod:`~diplomod.interchange.polecat`,
:mod:`~diplomod.interchange.plover`, :mod:`~diplomod.interchange.popolo`,
:mod:`~diplomod.interchange.jsonld`). :func:`read_extractions` reads a JSON
Lines file of extractions written by ``diplomod parse --format jsonl``;
:func:`is_dataset_file` tells a dataset file written by ``diplomod build``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from diplomod.codes.coder import CodedItem
from diplomod.errors import LoadError
from diplomod.interchange import _codec
from diplomod.interchange.gdelt import write_gdelt
from diplomod.interchange.icews import write_icews
from diplomod.interchange.jsonl import read_jsonl
from diplomod.interchange.jsonld import write_jsonld
from diplomod.interchange.losses import ExportReport
from diplomod.interchange.plover import write_plover
from diplomod.interchange.polecat import write_polecat
from diplomod.interchange.popolo import write_popolo
from diplomod.records import Extraction
from diplomod.records.dataset import Dataset

__all__ = [
    "ExportFormat",
    "export",
    "is_dataset_file",
    "is_extractions_file",
    "read_extractions",
]


class ExportFormat(enum.StrEnum):
    """The formats :func:`export` writes."""

    GDELT = "gdelt"
    ICEWS = "icews"
    POLECAT = "polecat"
    PLOVER = "plover"
    POPOLO = "popolo"
    JSONLD = "jsonld"


def export(
    items: Iterable[CodedItem] | Extraction | Dataset,
    to: ExportFormat | str,
    out: TextIO | str | Path,
    *,
    added: dt.datetime | None = None,
) -> ExportReport:
    """Write ``items`` in format ``to`` to a path or open text file; return the report.

    ``items`` are extractions, merged datasets (one coded record per merged
    record, with all its reports) or coded events, alone or mixed.
    ``added`` is GDELT's DATEADDED (UTC; by default the time of the call).

    Raises:
        ValueError: ``to`` names no format.
    """
    fmt = ExportFormat(to)
    if fmt is ExportFormat.GDELT:
        return write_gdelt(items, out, added=added)
    writers = {
        ExportFormat.ICEWS: write_icews,
        ExportFormat.POLECAT: write_polecat,
        ExportFormat.PLOVER: write_plover,
        ExportFormat.POPOLO: write_popolo,
        ExportFormat.JSONLD: write_jsonld,
    }
    return writers[fmt](items, out)


def is_extractions_file(path: str | Path) -> bool:
    """Tell whether ``path`` is a JSON Lines file of diplomod documents (not a text corpus)."""
    first = _first_object(path)
    return first is not None and "format" in first and "data" in first


def is_dataset_file(path: str | Path) -> bool:
    """Tell whether ``path`` is a dataset file written by ``diplomod build`` (its header first)."""
    from diplomod.dataset.store import FORMAT  # the dataset package imports interchange

    first = _first_object(path)
    return first is not None and first.get("format") == FORMAT and "data" not in first


def _first_object(path: str | Path) -> dict[str, object] | None:
    """Return the first line of a JSON Lines file when it is a JSON object."""
    path = Path(path)
    if not path.is_file() or not (
        path.suffix in {".jsonl", ".ndjson"} or path.name.endswith(".gz")
    ):
        return None
    with _codec.reading(path) as stream:
        for line in stream:
            if line.strip():
                try:
                    first = json.loads(line)
                except ValueError:
                    return None
                return first if isinstance(first, dict) else None
    return None


def read_extractions(path: str | Path) -> Iterator[Extraction]:
    """Yield the extractions of a JSON Lines file written by ``diplomod parse --format jsonl``.

    Raises:
        LoadError: a line is not a diplomod document, or holds a record that is
            not an extraction.
    """
    for number, record in enumerate(read_jsonl(path), start=1):
        if not isinstance(record, Extraction):
            kind = type(record).__name__
            raise LoadError(
                [f"record {number}: expected an extraction, got {kind}"], where=str(path)
            )
        yield record
