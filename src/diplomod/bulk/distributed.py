"""Build a dataset beyond one machine, on Dask: parse partitions in parallel, merge in a tree.

Inputs are cut into partitions: byte ranges of JSON Lines corpora (a line
belongs to the range its first byte is in; a gzip corpus is one partition) and
groups of ``.txt`` files. Each partition is read, parsed and built into a
partial dataset on a worker; the partial datasets are combined with
:func:`~diplomod.dataset.merge_datasets` in a tree, ``split_every`` at a time.
Because merging is associative, order-independent and idempotent, the result is
the dataset :func:`~diplomod.dataset.build_dataset` gives for the same documents,
however the work was cut and scheduled.

With ``parts`` a folder, each partition's extractions are also written there as
``part-<key>.jsonl`` (one ``diplomod/1`` extraction per line, as ``diplomod parse
--format jsonl`` writes them), named by the partition's input and byte range. A
later run with the same inputs and ``blocksize`` reads finished parts instead of
parsing them again, so a run that died resumes, and the parts can be merged anew
without parsing.

Why Dask rather than Ray: the work is a bag of text partitions, a map and an
associative reduction, which is exactly :mod:`dask.bag` (``map_partitions`` and
``reduction(split_every=...)``) with no actors or services to design; Dask is
pure Python and installs from PyPI in seconds, where Ray is a large binary
wheel with its own object store and raylet daemons; the same code runs on the
threads of one process, a ``LocalCluster`` or a cluster of machines (``dask
distributed``, dask-jobqueue on HPC schedulers, Kubernetes), chosen by the
``Client`` in effect; and Dask's scheduler keeps partial results in worker
memory and ships only the reduced dataset to the client.

    pip install "diplomod[dask]"

    from dask.distributed import Client
    from diplomod.bulk.distributed import build_on_dask

    with Client("tcp://scheduler:8786"):          # or Client() for a local cluster
        dataset, failures = build_on_dask(["corpus.jsonl"], parts="parts/")

Paths must be visible to every worker (a shared or network file system).
Failures name a corpus line by its byte offset (``corpus.jsonl@1024``), since a
partition does not know its line numbers. Document ids must be unique across
the inputs: two different documents with one id cannot be merged
(:class:`~diplomod.errors.DatasetError`).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from attrs import evolve, frozen

from diplomod.bulk.inputs import (
    Failure,
    check_inputs,
    is_corpus_file,
    read_corpus_line,
    read_text_file,
)
from diplomod.corpus import RawDocument
from diplomod.dataset import build_dataset, merge_datasets
from diplomod.interchange.json import dumps
from diplomod.interchange.jsonl import read_jsonl
from diplomod.pipeline import parse_document
from diplomod.records.dataset import Dataset
from diplomod.records.extraction import Extraction

if TYPE_CHECKING:
    import dask.bag

__all__ = [
    "BLOCKSIZE",
    "FILES_PER_PARTITION",
    "Partial",
    "Partition",
    "build_on_dask",
    "partition_bag",
    "partitions",
    "run_partition",
]

#: Bytes of JSON Lines corpus per partition (about 10,000 press documents).
BLOCKSIZE = 32 * 2**20
#: ``.txt`` files per partition.
FILES_PER_PARTITION = 1000


@frozen(kw_only=True)
class Partition:
    """One piece of work: a byte range of a corpus, or a group of text files."""

    corpus: str | None = None
    start: int = 0
    stop: int | None = None
    files: tuple[str, ...] = ()

    def key(self) -> str:
        """Return a name for the partition that is the same in every run with the same inputs."""
        text = json.dumps([self.corpus, self.start, self.stop, self.files])
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


@frozen(kw_only=True)
class Partial:
    """The dataset of some partitions and the documents they could not read or parse."""

    dataset: Dataset
    failures: tuple[Failure, ...] = ()


def partitions(inputs: Sequence[str | Path], *, blocksize: int = BLOCKSIZE) -> list[Partition]:
    """Cut ``inputs`` into partitions: byte ranges of corpora, groups of ``.txt`` files.

    Raises:
        LoadError: an input does not exist.
    """
    check_inputs(inputs)
    out: list[Partition] = []
    for path in map(Path, inputs):
        if path.is_dir():
            files = [str(f) for f in sorted(path.glob("*.txt"))]
            for i in range(0, len(files), FILES_PER_PARTITION):
                out.append(Partition(files=tuple(files[i : i + FILES_PER_PARTITION])))
        elif is_corpus_file(path) and not path.name.endswith(".gz"):
            size = path.stat().st_size
            for start in range(0, max(size, 1), blocksize):
                out.append(Partition(corpus=str(path), start=start, stop=start + blocksize))
        elif is_corpus_file(path):
            out.append(Partition(corpus=str(path)))
        else:
            out.append(Partition(files=(str(path),)))
    return out


def build_on_dask(
    inputs: Sequence[str | Path],
    *,
    output: str | Path | None = None,
    parts: str | Path | None = None,
    blocksize: int = BLOCKSIZE,
    split_every: int = 8,
    published: dt.date | None = None,
) -> tuple[Dataset, tuple[Failure, ...]]:
    """Build the dataset of ``inputs`` on the Dask scheduler in effect (a ``Client``'s if any).

    Args:
        inputs: ``.txt`` files, folders of them and JSON Lines corpora, seen by every worker.
        output: where to write the dataset too, as ``diplomod build`` does.
        parts: a folder for each partition's extractions; finished parts are reused.
        blocksize: bytes of corpus per partition.
        split_every: how many partial datasets one merge combines.
        published: the publication date of documents that give none.

    Returns:
        The dataset, and the documents that could not be read or parsed.

    Raises:
        LoadError: an input does not exist.
        ModuleNotFoundError: Dask is not installed (``pip install "diplomod[dask]"``).
    """
    bag = partition_bag(inputs, parts=parts, blocksize=blocksize, published=published)
    total = bag.reduction(_combine, _combine, split_every=split_every)  # type: ignore[no-untyped-call]
    result = total.compute()
    assert isinstance(result, Partial)
    if output is not None:
        from diplomod.bulk._store import save_dataset

        save_dataset(result.dataset, Path(output))
    return result.dataset, result.failures


def partition_bag(
    inputs: Sequence[str | Path],
    *,
    parts: str | Path | None = None,
    blocksize: int = BLOCKSIZE,
    published: dt.date | None = None,
) -> dask.bag.Bag:
    """Return a Dask bag with one :class:`Partial` per partition of ``inputs``, not computed."""
    try:
        import dask.bag as db
    except ModuleNotFoundError:
        raise ModuleNotFoundError(
            'build_on_dask needs Dask: pip install "diplomod[dask]"'
        ) from None
    folder = None if parts is None else os.fspath(parts)
    if folder is not None:
        Path(folder).mkdir(parents=True, exist_ok=True)
    work = partitions(inputs, blocksize=blocksize)
    bag: db.Bag = db.from_sequence(work, npartitions=max(1, len(work)))  # type: ignore[no-untyped-call]
    mapped: db.Bag = bag.map(run_partition, parts=folder, published=published)  # type: ignore[no-untyped-call]
    return mapped


def run_partition(
    partition: Partition, *, parts: str | None = None, published: dt.date | None = None
) -> Partial:
    """Read, parse and build one partition (reusing its part file in ``parts`` if finished)."""
    done = None if parts is None else Path(parts) / f"part-{partition.key()}.jsonl"
    failures_file = None if done is None else done.with_suffix(".failures.json")
    if done is not None and failures_file is not None and done.exists():
        found = [x for x in read_jsonl(done) if isinstance(x, Extraction)]
        failed = json.loads(failures_file.read_text("utf-8")) if failures_file.exists() else []
        return Partial(
            dataset=build_dataset(found),
            failures=tuple(Failure(where=w, reason=r) for w, r in failed),
        )
    extractions: list[Extraction] = []
    failures: list[Failure] = []
    for item in _read(partition):
        if isinstance(item, Failure):
            failures.append(item)
            continue
        if item.published is None and published is not None:
            item = evolve(item, published=published)
        try:
            extractions.append(parse_document(item))
        except Exception as exc:  # the parser promises not to raise; a bug must not stop a run
            failures.append(
                Failure(where=item.id, reason=f"cannot parse: {type(exc).__name__}: {exc}")
            )
    if done is not None and failures_file is not None:
        if failures:
            pairs = [[f.where, f.reason] for f in failures]
            _write_whole(failures_file, json.dumps(pairs).encode("utf-8"))
        _write_whole(done, b"".join(dumps(x).encode("utf-8") + b"\n" for x in extractions))
    return Partial(dataset=build_dataset(extractions), failures=tuple(failures))


def _read(partition: Partition) -> Iterable[RawDocument | Failure]:
    for file in partition.files:
        yield read_text_file(Path(file))
    if partition.corpus is None:
        return
    path = partition.corpus
    if partition.stop is None:
        with gzip.open(path, "rb") as stream:
            for number, raw in enumerate(stream, start=1):
                item = read_corpus_line(raw, f"{path}:{number}")
                if item is not None:
                    yield item
        return
    with open(path, "rb") as stream:
        if partition.start:
            stream.seek(partition.start - 1)
            stream.readline()  # the line running into the range belongs to the partition before
        position = stream.tell()
        while position < partition.stop:
            raw = stream.readline()
            if not raw:
                break
            item = read_corpus_line(raw, f"{path}@{position}")
            if item is not None:
                yield item
            position += len(raw)


def _combine(items: Iterable[Partial]) -> Partial:
    """Merge partial datasets (the reduction's step, associative like the merge)."""
    found = list(items)
    if len(found) == 1:
        return found[0]
    return Partial(
        dataset=merge_datasets(*(p.dataset for p in found)),
        failures=tuple(sorted((f for p in found for f in p.failures), key=_failure_key)),
    )


def _failure_key(failure: Failure) -> tuple[str, str]:
    return failure.where, failure.reason


def _write_whole(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + f".{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
