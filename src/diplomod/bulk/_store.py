"""Save and load a whole dataset file; the one place the build's output format is chosen.

The format is :mod:`diplomod.dataset.store`'s: a header line, then one line per record.
"""

from __future__ import annotations

import os
from pathlib import Path

from diplomod.dataset.store import read_dataset, write_dataset
from diplomod.records.dataset import Dataset

__all__ = ["load_dataset", "save_dataset"]


def save_dataset(dataset: Dataset, path: Path) -> None:
    """Write ``dataset`` to ``path`` whole or not at all (through a temporary file).

    The temporary file keeps the name's suffixes, so ``.gz`` output is compressed.
    """
    temporary = path.with_name(f".partial-{path.name}")
    write_dataset(dataset, temporary)
    os.replace(temporary, path)


def load_dataset(path: Path) -> Dataset:
    """Read the dataset a build wrote to ``path``.

    Raises:
        LoadError: the file does not hold a dataset.
    """
    return read_dataset(path)
