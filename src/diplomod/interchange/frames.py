"""A dataset's tables as pandas DataFrames and Parquet files (the ``pandas``/``parquet`` extras).

Every column has one dtype, whatever the data (see
:class:`~diplomod.interchange.columns.ColumnKind`): text is ``string``, whole
numbers ``Int64``, booleans ``boolean`` (all nullable, missing is ``<NA>``), and
calendar days ``datetime64[s]`` (missing is ``NaT``). A partial date stays text
in ``date`` ("2021-11"); its bounds ``date_start``/``date_end`` are days, so a
time series filters on them. In Parquet, days are ``date32`` and the table's and
columns' descriptions are kept as metadata.

    pip install "diplomod[pandas]"     # DataFrames
    pip install "diplomod[parquet]"    # Parquet files (pyarrow only)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from diplomod.interchange.columns import TABLES, ColumnKind, Table
from diplomod.interchange.tables import table_of, table_rows
from diplomod.records.dataset import Dataset

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = [
    "PANDAS_DTYPES",
    "read_csv_table",
    "to_arrow",
    "to_dataframe",
    "to_dataframes",
    "write_parquet",
    "write_parquet_tables",
]

#: The pandas dtype of each kind of column.
PANDAS_DTYPES = {
    ColumnKind.TEXT: "string",
    ColumnKind.INTEGER: "Int64",
    ColumnKind.BOOLEAN: "boolean",
    ColumnKind.DATE: "datetime64[s]",
}


def to_dataframe(dataset: Dataset, name: str) -> pd.DataFrame:
    """Return table ``name`` of ``dataset`` as a DataFrame with one dtype per column.

    Raises:
        InvalidValueError: there is no such table.
        ModuleNotFoundError: pandas is not installed (``pip install "diplomod[pandas]"``).
    """
    table = table_of(name)
    _require("pandas", "pandas", "DataFrames")
    import pandas as pd

    columns = list(zip(*table_rows(dataset, name), strict=True)) or [()] * len(table.columns)
    return pd.DataFrame(
        {
            c.name: pd.Series(list(values), dtype=PANDAS_DTYPES[c.kind])
            for c, values in zip(table.columns, columns, strict=True)
        }
    )


def to_dataframes(dataset: Dataset) -> dict[str, pd.DataFrame]:
    """Return every table of ``dataset`` as a DataFrame, by table name."""
    return {name: to_dataframe(dataset, name) for name in TABLES}


def read_csv_table(file_or_path: str | os.PathLike[str] | TextIO, name: str) -> pd.DataFrame:
    """Read a CSV file written by :func:`~diplomod.interchange.tables.write_csv` as a DataFrame.

    The frame equals :func:`to_dataframe` of the dataset the file was written from.

    Raises:
        InvalidValueError: there is no such table.
        ValueError: the file's header is not the table's.
    """
    table = table_of(name)
    _require("pandas", "pandas", "DataFrames")
    import pandas as pd

    text_dtypes = {
        c.name: "string" if c.kind in {ColumnKind.TEXT, ColumnKind.DATE} else PANDAS_DTYPES[c.kind]
        for c in table.columns
    }
    frame = pd.read_csv(
        file_or_path,
        dtype=text_dtypes,
        keep_default_na=False,
        na_values=[""],
        encoding="utf-8",
    )
    expected = [c.name for c in table.columns]
    if list(frame.columns) != expected:
        raise ValueError(f"not a {name} table: columns {list(frame.columns)} != {expected}")
    for c in table.columns:
        if c.kind is ColumnKind.DATE:
            days = [None if pd.isna(v) else dt.date.fromisoformat(v) for v in frame[c.name]]
            frame[c.name] = pd.Series(days, dtype=PANDAS_DTYPES[c.kind])
    return frame


def to_arrow(dataset: Dataset, name: str) -> pa.Table:
    """Return table ``name`` of ``dataset`` as an Arrow table, with column docs as metadata.

    Raises:
        InvalidValueError: there is no such table.
        ModuleNotFoundError: pyarrow is not installed (``pip install "diplomod[parquet]"``).
    """
    table = table_of(name)
    _require("pyarrow", "parquet", "Arrow tables")
    import pyarrow as pa

    schema = _schema(table)
    rows = list(table_rows(dataset, name))
    arrays = [pa.array([row[i] for row in rows], type=f.type) for i, f in enumerate(schema)]
    return pa.Table.from_arrays(arrays, schema=schema)


def write_parquet(dataset: Dataset, name: str, path: str | os.PathLike[str]) -> int:
    """Write table ``name`` of ``dataset`` as a Parquet file; return the number of rows.

    Raises:
        InvalidValueError: there is no such table.
        ModuleNotFoundError: pyarrow is not installed (``pip install "diplomod[parquet]"``).
    """
    _require("pyarrow", "parquet", "Parquet files")
    import pyarrow.parquet as pq

    arrow = to_arrow(dataset, name)
    pq.write_table(arrow, os.fspath(path))
    return arrow.num_rows


def write_parquet_tables(dataset: Dataset, folder: str | os.PathLike[str]) -> dict[str, Path]:
    """Write every table of ``dataset`` as ``NAME.parquet`` into ``folder`` (made if missing).

    Returns:
        The path written for each table name.
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name in TABLES:
        paths[name] = out / f"{name}.parquet"
        write_parquet(dataset, name, paths[name])
    return paths


def _schema(table: Table) -> pa.Schema:
    _require("pyarrow", "parquet", "Arrow tables")
    import pyarrow as pa

    types = {
        ColumnKind.TEXT: pa.string(),
        ColumnKind.INTEGER: pa.int64(),
        ColumnKind.BOOLEAN: pa.bool_(),
        ColumnKind.DATE: pa.date32(),
    }
    fields = [pa.field(c.name, types[c.kind], metadata={"doc": c.doc}) for c in table.columns]
    return pa.schema(fields, metadata={"diplomod.table": table.name, "doc": table.doc})


def _require(module: str, extra: str, purpose: str) -> None:
    """Raise a ModuleNotFoundError that names the extra to install when ``module`` is missing."""
    if importlib.util.find_spec(module) is None:
        raise ModuleNotFoundError(f'{purpose} need {module}: pip install "diplomod[{extra}]"')
