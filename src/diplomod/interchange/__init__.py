"""Records to and from JSON, JSON Lines and JSON Schema, through one converter factory.

Event data (GDELT, ICEWS, POLECAT, PLOVER JSON) and linked data (Popolo, JSON-LD)
are written from coded events by one module per format; :func:`export` picks one
by name. Every diplomod document is the ``diplomod/1`` envelope ``{"format", "type", "data"}``;
:mod:`~diplomod.interchange.json` reads and writes one, :mod:`~diplomod.interchange.jsonl`
streams many, :mod:`~diplomod.interchange.schema` describes them, and
:func:`make_converter` builds the cattrs converter they share;
:mod:`~diplomod.interchange.tables` and :mod:`~diplomod.interchange.frames` give a
dataset as flat tables (CSV, pandas, Parquet).

.. versionadded:: 0.1.0
"""

from diplomod.interchange.columns import Column, ColumnKind
from diplomod.interchange.converter import make_converter
from diplomod.interchange.export import ExportFormat, export, read_extractions
from diplomod.interchange.frames import (
    read_csv_table,
    to_arrow,
    to_dataframe,
    to_dataframes,
    write_parquet,
    write_parquet_tables,
)
from diplomod.interchange.gdelt import GDELT_COLUMNS, to_gdelt, write_gdelt
from diplomod.interchange.icews import ICEWS_COLUMNS, to_icews, write_icews
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
from diplomod.interchange.jsonld import JSONLD_CONTEXT, to_jsonld, write_jsonld
from diplomod.interchange.losses import Dropped, ExportReport
from diplomod.interchange.plover import from_plover, read_plover, to_plover, write_plover
from diplomod.interchange.polecat import POLECAT_COLUMNS, to_polecat, write_polecat
from diplomod.interchange.popolo import to_popolo, write_popolo
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
    "GDELT_COLUMNS",
    "ICEWS_COLUMNS",
    "JSONLD_CONTEXT",
    "POLECAT_COLUMNS",
    "Column",
    "ColumnKind",
    "Dropped",
    "ExportFormat",
    "ExportReport",
    "JsonlWriter",
    "dump",
    "dumps",
    "export",
    "from_payload",
    "from_plover",
    "load",
    "loads",
    "make_converter",
    "make_schema",
    "read_csv_table",
    "read_extractions",
    "read_jsonl",
    "read_plover",
    "schema_for",
    "table_columns",
    "table_names",
    "table_rows",
    "to_arrow",
    "to_dataframe",
    "to_dataframes",
    "to_gdelt",
    "to_icews",
    "to_jsonld",
    "to_payload",
    "to_plover",
    "to_polecat",
    "to_popolo",
    "write_csv",
    "write_csv_tables",
    "write_gdelt",
    "write_icews",
    "write_jsonl",
    "write_jsonld",
    "write_parquet",
    "write_parquet_tables",
    "write_plover",
    "write_polecat",
    "write_popolo",
]
