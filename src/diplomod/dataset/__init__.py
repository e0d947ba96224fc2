"""Many documents' extractions into one merged, linked dataset, and ways to ask it.

:func:`build_dataset` merges extractions; :func:`merge_datasets` and
:func:`add_extractions` combine and extend datasets incrementally;
:func:`select` and :func:`timeline` query them; :func:`write_dataset` and
:func:`read_dataset` keep them as JSON Lines.
"""

from diplomod.dataset.merge import add_extractions, build_dataset, extractions_of, merge_datasets
from diplomod.dataset.query import (
    DatasetRecord,
    Query,
    RecordKind,
    find_links,
    record_date,
    select,
    timeline,
)
from diplomod.dataset.store import read_dataset, write_dataset

__all__ = [
    "DatasetRecord",
    "Query",
    "RecordKind",
    "add_extractions",
    "build_dataset",
    "extractions_of",
    "find_links",
    "merge_datasets",
    "read_dataset",
    "record_date",
    "select",
    "timeline",
    "write_dataset",
]
