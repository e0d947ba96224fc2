"""Records to and from JSON, JSON Lines and JSON Schema, through one converter factory.

Every document is the ``diplomod/1`` envelope ``{"format", "type", "data"}``;
:mod:`~diplomod.interchange.json` reads and writes one, :mod:`~diplomod.interchange.jsonl`
streams many, :mod:`~diplomod.interchange.schema` describes them, and
:func:`make_converter` builds the cattrs converter they share;
:mod:`~diplomod.interchange.tables` and :mod:`~diplomod.interchange.frames` give a
dataset as flat tables (CSV, pandas, Parquet).

.. versionadded:: 0.1.0
"""

from diplomod.interchange.columns import Column, ColumnKind
from diplomod.interchange.converter import make_converter
from diplomod.interchange.frames import (
    read_csv_table,
    to_arrow,
    to_dataframe,
    to_dataframes,
    write_parquet,
    write_parquet_tables,
)
from diplomod.interchange.json import (
    FORMAT,
    dump,
    dumps,
    from_payload,
    load,
    loads,
    to_payload,
)
from diplomod.interchange.jsonl import JsonlWriter, read_jsonl, write_jsonl
from diplomod.interchange.schema import make_schema, schema_for
from diplomod.interchange.tables import (
    table_columns,
    table_names,
    table_rows,
    write_csv,
    write_csv_tables,
)

__all__ = [
    "FORMAT",
    "Column",
    "ColumnKind",
    "JsonlWriter",
    "dump",
    "dumps",
    "from_payload",
    "load",
    "loads",
    "make_converter",
    "make_schema",
    "read_csv_table",
    "read_jsonl",
    "schema_for",
    "table_columns",
    "table_names",
    "table_rows",
    "to_arrow",
    "to_dataframe",
    "to_dataframes",
    "to_payload",
    "write_csv",
    "write_csv_tables",
    "write_jsonl",
    "write_parquet",
    "write_parquet_tables",
]
