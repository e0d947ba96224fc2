"""A dataset as flat tables for analysis, one per record type, written as CSV.

Tables (see :func:`table_names`): ``sources``, ``events``, ``participants``,
``persons``, ``agreements``, ``commitments``, ``statements``, ``reports``,
``evidence``, ``conflicts`` and ``links``. Their columns are fixed and documented
(:func:`table_columns`), the same for every dataset and every registered event
type, so scripts can rely on them. CSV is written deterministically: UTF-8, a
header line, ``\\n`` line ends, rows in dataset order, None as an empty cell,
booleans as ``true``/``false``, days as ``YYYY-MM-DD``; list cells are joined with
``;``. Empty text counts as missing, as everywhere in diplomod.
:mod:`~diplomod.interchange.frames` gives the same tables as pandas DataFrames
and Parquet files.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from diplomod.errors import InvalidValueError
from diplomod.interchange.columns import TABLES, Column, ColumnKind, Table
from diplomod.interchange.table_cells import Cell
from diplomod.records.dataset import Dataset

__all__ = [
    "Cell",
    "Column",
    "ColumnKind",
    "table_columns",
    "table_names",
    "table_rows",
    "write_csv",
    "write_csv_tables",
]


def table_names() -> tuple[str, ...]:
    """Return the name of every table, in a stable order.

    >>> table_names()[:3]
    ('sources', 'events', 'participants')
    """
    return tuple(TABLES)


def table_columns(name: str) -> tuple[Column, ...]:
    """Return the columns of table ``name``, in order.

    Raises:
        InvalidValueError: there is no such table.
    """
    return table_of(name).columns


def table_rows(dataset: Dataset, name: str) -> Iterator[tuple[Cell, ...]]:
    """Yield the rows of table ``name`` of ``dataset``, cells in column order.

    Empty text is missing: a cell never holds ``""``, only None.

    Raises:
        InvalidValueError: there is no such table.
    """
    table = table_of(name)
    names = tuple(c.name for c in table.columns)
    for row in table.rows(dataset):
        yield tuple(None if row[n] == "" else row[n] for n in names)


def write_csv(dataset: Dataset, name: str, file_or_path: str | os.PathLike[str] | TextIO) -> int:
    """Write table ``name`` of ``dataset`` as CSV to a path or an open text file.

    A file given open should be opened with ``newline=""``.

    Returns:
        The number of rows written (not counting the header).

    Raises:
        InvalidValueError: there is no such table.
    """
    table = table_of(name)
    if isinstance(file_or_path, str | os.PathLike):
        with open(file_or_path, "w", encoding="utf-8", newline="") as stream:
            return _write(dataset, table, stream)
    return _write(dataset, table, file_or_path)


def write_csv_tables(dataset: Dataset, folder: str | os.PathLike[str]) -> dict[str, Path]:
    """Write every table of ``dataset`` as ``NAME.csv`` into ``folder`` (made if missing).

    Returns:
        The path written for each table name.
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name in TABLES:
        paths[name] = out / f"{name}.csv"
        write_csv(dataset, name, paths[name])
    return paths


def table_of(name: str) -> Table:
    """Return the table called ``name``.

    Raises:
        InvalidValueError: there is no such table; the message lists the tables.
    """
    table = TABLES.get(name)
    if table is None:
        raise InvalidValueError("table", name, f"no such table; choose from {', '.join(TABLES)}")
    return table


def _write(dataset: Dataset, table: Table, stream: TextIO) -> int:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow([c.name for c in table.columns])
    count = 0
    for row in table_rows(dataset, table.name):
        writer.writerow([_text(cell) for cell in row])
        count += 1
    return count


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return str(cell)
