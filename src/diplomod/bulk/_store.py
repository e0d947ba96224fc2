"""Save and load a whole dataset file; the one place the build's output format is chosen.

For now a dataset is one ``diplomod/1`` JSON document on one line (a JSON Lines
file of one record); when :mod:`diplomod.dataset.store` lands, these two
functions call its ``write_dataset``/``read_dataset`` instead.
"""

from __future__ import annotations

import os
from pathlib import Path

from diplomod.errors import LoadError
from diplomod.interchange.json import dumps, loads
from diplomod.records.dataset import Dataset

__all__ = ["load_dataset", "save_dataset"]


def save_dataset(dataset: Dataset, path: Path) -> None:
    """Write ``dataset`` to ``path`` whole or not at all (through a temporary file)."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(dumps(dataset) + "\n", encoding="utf-8")
    os.replace(temporary, path)


def load_dataset(path: Path) -> Dataset:
    """Read the dataset a build wrote to ``path``.

    Raises:
        LoadError: the file does not hold a dataset.
    """
    try:
        record = loads(path.read_bytes())
    except LoadError as exc:
        raise LoadError(exc.problems, where=str(path)) from None
    if not isinstance(record, Dataset):
        raise LoadError(
            [f"$.type: expected a dataset, got {type(record).__name__}"], where=str(path)
        )
    return record
