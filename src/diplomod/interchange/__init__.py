"""Records to and from JSON, JSON Lines and JSON Schema, through one converter factory.

Every document is the ``diplomod/1`` envelope ``{"format", "type", "data"}``;
:mod:`~diplomod.interchange.json` reads and writes one, :mod:`~diplomod.interchange.jsonl`
streams many, :mod:`~diplomod.interchange.schema` describes them, and
:func:`make_converter` builds the cattrs converter they share.

.. versionadded:: 0.1.0
"""

from diplomod.interchange.converter import make_converter
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

__all__ = [
    "FORMAT",
    "JsonlWriter",
    "dump",
    "dumps",
    "from_payload",
    "load",
    "loads",
    "make_converter",
    "make_schema",
    "read_jsonl",
    "schema_for",
    "to_payload",
    "write_jsonl",
]
