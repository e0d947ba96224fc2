"""Records to and from JSON, JSON Lines and JSON Schema, through one converter factory.

Event data (GDELT, ICEWS, POLECAT, PLOVER JSON) and linked data (Popolo, JSON-LD)
are written from coded events by one module per format; :func:`export` picks one
by name. Every diplomod document is the ``diplomod/1`` envelope ``{"format", "type", "data"}``;
:mod:`~diplomod.interchange.json` reads and writes one, :mod:`~diplomod.interchange.jsonl`
streams many, :mod:`~diplomod.interchange.schema` describes them, and
:func:`make_converter` builds the cattrs converter they share.

.. versionadded:: 0.1.0
"""

from diplomod.interchange.converter import make_converter
from diplomod.interchange.export import ExportFormat, export, read_extractions
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

__all__ = [
    "FORMAT",
    "GDELT_COLUMNS",
    "ICEWS_COLUMNS",
    "JSONLD_CONTEXT",
    "POLECAT_COLUMNS",
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
    "read_extractions",
    "read_jsonl",
    "read_plover",
    "schema_for",
    "to_gdelt",
    "to_icews",
    "to_jsonld",
    "to_payload",
    "to_plover",
    "to_polecat",
    "to_popolo",
    "write_gdelt",
    "write_icews",
    "write_jsonl",
    "write_jsonld",
    "write_plover",
    "write_polecat",
    "write_popolo",
]
