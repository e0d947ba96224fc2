"""Build a dataset from extractions, combine datasets, and add documents to one.

A dataset is a function of the set of its documents' extractions: the same
documents give the same dataset whatever order or grouping they come in, and
combining a dataset with itself changes nothing.

Combining is incremental. The working state behind a dataset (its clusters and
indexes) is kept beside it after it is built; combining it with a smaller
dataset, or adding documents, hands that state on to the result and examines only
the new reports and the clusters they touch. The state is handed on, not copied:
the dataset given keeps its records, but combining it again rebuilds its state
first (as does combining a dataset read from a file), which costs one pass over
its reports.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Iterable

from diplomod.dataset.reports import canonical, source_of
from diplomod.dataset.state import State
from diplomod.errors import DatasetError
from diplomod.records.agreements import Agreement
from diplomod.records.dataset import Dataset
from diplomod.records.events import Event
from diplomod.records.extraction import Extraction, OpaqueRecord
from diplomod.records.positions import Commitment, Statement

__all__ = ["add_extractions", "build_dataset", "extractions_of", "merge_datasets"]

#: The state kept beside each dataset, by the dataset's identity.
_STATES: dict[int, tuple[weakref.ref[Dataset], State]] = {}


def build_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """Return the dataset of ``extractions``, one per source document id.

    Raises:
        DatasetError: two different extractions of one document are given.

    .. versionadded:: 0.1.0
    """
    state = State()
    state.add(extractions)
    return _keep(state)


def merge_datasets(*datasets: Dataset) -> Dataset:
    """Return one dataset holding the documents of all ``datasets``.

    The result does not depend on the order or grouping of the datasets, and
    ``merge_datasets(d, d) == d``. The largest dataset whose state is kept is
    extended in place, so merging a small dataset into a big one costs about the
    size of the small one and of the clusters it touches.

    Raises:
        DatasetError: the datasets hold different extractions of one document.

    .. versionadded:: 0.1.0
    """
    if not datasets:
        return Dataset()
    base = max(datasets, key=lambda d: (id(d) in _STATES, _size(d)))
    state, rebuilt = _state_of(base)
    changed = False
    try:
        for dataset in datasets:
            if dataset is not base:
                changed |= state.add(extractions_of(dataset))
    except DatasetError:
        if not changed:  # nothing was added: the state still belongs to ``base``
            _keep(state, base)
        raise
    return _result(state, base, changed=changed, rebuilt=rebuilt)


def add_extractions(dataset: Dataset, extractions: Iterable[Extraction]) -> Dataset:
    """Return ``dataset`` with the documents of ``extractions`` added.

    Documents already in the dataset are left as they are (the same document with
    other records is an error); old documents are not read again.

    Raises:
        DatasetError: an extraction differs from the one the dataset holds for its document.

    .. versionadded:: 0.1.0
    """
    state, rebuilt = _state_of(dataset)
    try:
        changed = state.add(extractions)
    except DatasetError:
        _keep(state, dataset)  # a refused batch adds nothing
        raise
    return _result(state, dataset, changed=changed, rebuilt=rebuilt)


def extractions_of(dataset: Dataset) -> tuple[Extraction, ...]:
    """Return the per-document extractions whose reports make up ``dataset``.

    Each comes back in canonical form: records sorted by id, each carrying its
    document's id in ``source``.

    .. versionadded:: 0.1.0
    """
    events: dict[str, list[Event | OpaqueRecord]] = {}
    agreements: dict[str, list[Agreement]] = {}
    commitments: dict[str, list[Commitment]] = {}
    statements: dict[str, list[Statement]] = {}
    for merged_event in dataset.events:
        for event in merged_event.reports:
            events.setdefault(source_of(event) or "", []).append(event)
    for merged_agreement in dataset.agreements:
        for agreement in merged_agreement.reports:
            agreements.setdefault(agreement.source or "", []).append(agreement)
    for merged_commitment in dataset.commitments:
        for commitment in merged_commitment.reports:
            commitments.setdefault(commitment.source or "", []).append(commitment)
    for merged_statement in dataset.statements:
        for statement in merged_statement.reports:
            statements.setdefault(statement.source or "", []).append(statement)
    return tuple(
        canonical(
            Extraction(
                source=source,
                events=tuple(events.get(source.id, ())),
                agreements=tuple(agreements.get(source.id, ())),
                commitments=tuple(commitments.get(source.id, ())),
                statements=tuple(statements.get(source.id, ())),
            )
        )
        for source in dataset.sources
    )


def _size(dataset: Dataset) -> int:
    return len(dataset.sources)


def _state_of(dataset: Dataset) -> tuple[State, bool]:
    """Return the state of ``dataset`` (taken from it) and whether it had to be rebuilt."""
    state = _take(dataset)
    if state is not None:
        return state, False
    state = State()
    state.add(extractions_of(dataset))
    return state, True


def _result(state: State, given: Dataset, *, changed: bool, rebuilt: bool) -> Dataset:
    """Return the state's dataset, or ``given`` itself when that is the same dataset."""
    if not changed and (not rebuilt or state.dataset() == given):
        return _keep(state, given)
    return _keep(state)


def _take(dataset: Dataset) -> State | None:
    """Take the state kept beside ``dataset`` away from it, or None if there is none."""
    entry = _STATES.pop(id(dataset), None)
    if entry is None or entry[0]() is not dataset:
        return None
    return entry[1]


def _keep(state: State, dataset: Dataset | None = None) -> Dataset:
    """Return the state's dataset (``dataset`` if given) and keep the state beside it."""
    result = state.dataset() if dataset is None else dataset
    key = id(result)
    _STATES[key] = (weakref.ref(result, functools.partial(_forget, key)), state)
    return result


def _forget(key: int, _: object) -> None:
    entry = _STATES.get(key)
    if entry is not None and entry[0]() is None:
        del _STATES[key]
