"""Build one dataset file from many corpora on all local cores, resumably: ``diplomod build``.

The run reads every input, parses the documents not yet in the output on
``jobs`` processes, appends each finished extraction to a checkpoint next to the
output, and at the end merges everything into the dataset and writes it whole.
A document that cannot be read or parsed is reported and skipped. A killed run
loses only the documents in flight: run the same command again and the
documents in the checkpoint are not parsed again. Building onto an existing
dataset adds the new documents and leaves the old ones unparsed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import TextIO

from attrs import frozen

from diplomod.bulk._store import load_dataset, save_dataset
from diplomod.bulk.checkpoint import Checkpoint, checkpoint_path, encode_line, read_checkpoint
from diplomod.bulk.inputs import Failure, check_inputs, count_documents, read_documents
from diplomod.bulk.progress import Progress, format_seconds
from diplomod.corpus import RawDocument
from diplomod.dataset import build_dataset, merge_datasets
from diplomod.pipeline import parse_document
from diplomod.records.dataset import Dataset
from diplomod.records.extraction import Extraction

__all__ = ["BuildSummary", "build_corpus", "configure_build_parser", "format_build_summary"]

#: Documents sent to a worker process at a time; the checkpoint is flushed after each
#: (in a build on one process, after each document).
CHUNK = 8
#: How many failures the summary lists one by one.
LISTED_FAILURES = 50

#: A parsed document (its id, extraction and checkpoint line), or its id and what went wrong.
_Outcome = tuple[str, Extraction, bytes] | tuple[str, None, str]


@frozen(kw_only=True)
class BuildSummary:
    """What a build did: documents read, parsed and kept, records merged, failures."""

    documents: int
    """Documents in the dataset written."""
    parsed: int
    """Documents parsed by this run."""
    resumed: int
    """Documents taken from the checkpoint of an interrupted run, not parsed again."""
    kept: int
    """Documents of the inputs already in the output dataset, not parsed again."""
    failures: tuple[Failure, ...]
    events: int
    agreements: int
    commitments: int
    statements: int
    persons: int
    links: int
    reports: int
    """Document records (events, agreements, commitments, statements) merged into the dataset."""
    torn: int = 0
    """Checkpoint lines of a killed run that were dropped (their documents are parsed again)."""
    seconds: float = 0.0

    @property
    def merged(self) -> int:
        """Dataset records: events, agreements, commitments and statements."""
        return self.events + self.agreements + self.commitments + self.statements

    @property
    def merges(self) -> int:
        """Document records that merged into another: reports minus dataset records."""
        return self.reports - self.merged


def build_corpus(
    inputs: Sequence[str | Path],
    output: str | Path,
    *,
    jobs: int = 0,
    published: dt.date | None = None,
    progress: TextIO | None = None,
) -> tuple[Dataset, BuildSummary]:
    """Parse ``inputs`` into the dataset file ``output``, adding to it if it exists.

    Args:
        inputs: ``.txt`` files, folders of them and JSON Lines corpora.
        output: the dataset file; its checkpoint is ``output`` + ``.checkpoint``.
        jobs: worker processes; 0 means one per local core, 1 parses in this process.
        published: the publication date of documents that give none.
        progress: where to draw a progress bar (only if it is a terminal).

    Returns:
        The dataset written and a summary of the run.

    Raises:
        LoadError: an input does not exist, or ``output`` is not a dataset.
        KeyboardInterrupt: the run was interrupted; the checkpoint keeps what finished.
    """
    started = time.perf_counter()
    out = Path(output)
    check_inputs(inputs)
    existing = load_dataset(out) if out.exists() else Dataset()
    have = {s.id for s in existing.sources}
    resumed, torn = read_checkpoint(checkpoint_path(out))
    resumed = tuple(x for x in resumed if x.source.id not in have)
    done = have | {x.source.id for x in resumed}
    jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
    if progress is None:
        bar = Progress(sys.stderr, None, enabled=False)
    else:
        bar = Progress(progress, None)
    if bar.enabled:
        bar.total = count_documents(inputs)
    plan = _Plan(done, have, bar)
    parsed: list[Extraction] = []
    with bar, Checkpoint(checkpoint_path(out)) as checkpoint:
        todo = plan.todo(read_documents(inputs, published=published))
        for outcomes in _parse_chunks(_chunks(todo, CHUNK if jobs > 1 else 1), jobs):
            for outcome in outcomes:
                if outcome[1] is None:
                    reason = f"cannot parse: {outcome[2]}"
                    plan.failures.append(Failure(where=outcome[0], reason=reason))
                else:
                    checkpoint.write_encoded(outcome[2])
                    parsed.append(outcome[1])
            checkpoint.flush()
            bar.advance(len(outcomes))
    dataset = build_dataset([*resumed, *parsed])
    if existing.sources:
        dataset = merge_datasets(existing, dataset)
    save_dataset(dataset, out)
    checkpoint_path(out).unlink(missing_ok=True)
    return dataset, _summary(
        dataset,
        parsed=len(parsed),
        resumed=len(resumed),
        kept=plan.kept,
        failures=tuple(plan.failures),
        torn=torn,
        seconds=time.perf_counter() - started,
    )


def format_build_summary(summary: BuildSummary, output: str | Path | None = None) -> str:
    """Return the summary of a build as a few lines of text for a person."""
    s = summary
    rate = s.parsed / s.seconds if s.seconds > 0 else 0.0
    head = f"built {output} " if output is not None else "built "
    lines = [
        f"{head}in {format_seconds(s.seconds)} ({rate:,.1f} documents/s)",
        f"documents    {s.documents:,} in the dataset: {s.parsed:,} parsed now, "
        f"{s.resumed:,} resumed from the checkpoint, {s.kept:,} already there; "
        f"{len(s.failures):,} failed",
        f"records      events {s.events:,}, agreements {s.agreements:,}, "
        f"commitments {s.commitments:,}, statements {s.statements:,}; "
        f"persons {s.persons:,}, links {s.links:,}",
        f"merges       {s.merges:,} ({s.reports:,} document records into {s.merged:,})",
    ]
    if s.torn:
        lines.append(f"checkpoint   {s.torn} torn line(s) of a killed run dropped")
    if s.failures:
        lines.append(f"failed       {len(s.failures):,} document(s), skipped:")
        lines.extend(f"  {f.where}: {f.reason}" for f in s.failures[:LISTED_FAILURES])
        if len(s.failures) > LISTED_FAILURES:
            lines.append(f"  ... and {len(s.failures) - LISTED_FAILURES:,} more")
    return "\n".join(lines) + "\n"


def configure_build_parser(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``diplomod build`` to ``parser``."""
    parser.description = (__doc__ or "").split("\n\n")[0]
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="CORPUS",
        help="a .txt file, a folder of .txt files, or a JSON Lines corpus",
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, help="dataset file (added to if it exists)"
    )
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    parser.add_argument(
        "--published", type=dt.date.fromisoformat, help="publication date for inputs that give none"
    )
    parser.add_argument("--csv", type=Path, metavar="FOLDER", help="also write the tables as CSV")
    parser.add_argument(
        "--parquet", type=Path, metavar="FOLDER", help="also write the tables as Parquet"
    )
    parser.add_argument("--no-progress", action="store_true", help="draw no progress bar")
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    try:
        dataset, summary = build_corpus(
            args.inputs,
            args.output,
            jobs=args.jobs,
            published=args.published,
            progress=None if args.no_progress else sys.stderr,
        )
    except KeyboardInterrupt:
        print(
            f"\ndiplomod build: interrupted; finished documents are kept in "
            f"{checkpoint_path(args.output)}: run the same command to go on",
            file=sys.stderr,
        )
        return 130
    if args.csv is not None:
        from diplomod.interchange.tables import write_csv_tables

        write_csv_tables(dataset, args.csv)
    if args.parquet is not None:
        from diplomod.interchange.frames import write_parquet_tables

        write_parquet_tables(dataset, args.parquet)
    sys.stdout.write(format_build_summary(summary, args.output))
    return 1 if summary.failures else 0


class _Plan:
    """Which documents of the inputs to parse; notes failures, duplicates and documents done."""

    def __init__(self, done: set[str], have: set[str], bar: Progress) -> None:
        self.done = done
        self.have = have
        self.bar = bar
        self.failures: list[Failure] = []
        self.kept = 0

    def todo(self, items: Iterable[RawDocument | Failure]) -> Iterator[RawDocument]:
        """Yield the documents still to parse."""
        seen: set[str] = set()
        for item in items:
            if isinstance(item, Failure):
                self.failures.append(item)
            elif item.id in seen:
                self.failures.append(
                    Failure(where=item.id, reason="a second document with this id")
                )
            else:
                seen.add(item.id)
                if item.id not in self.done:
                    yield item
                    continue
                self.kept += item.id in self.have
            self.bar.advance()


def _chunks(documents: Iterable[RawDocument], size: int) -> Iterator[list[RawDocument]]:
    chunk: list[RawDocument] = []
    for document in documents:
        chunk.append(document)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _parse_chunk(documents: list[RawDocument]) -> list[_Outcome]:
    """Parse and encode each document; one that raises gives its error, the rest go on.

    Encoding the checkpoint line here, in the worker, keeps the main process light.
    """
    outcomes: list[_Outcome] = []
    for document in documents:
        try:
            extraction = parse_document(document)
            outcomes.append((document.id, extraction, encode_line(extraction)))
        except Exception as exc:  # the parser promises not to raise; a bug must not stop a run
            outcomes.append((document.id, None, f"{type(exc).__name__}: {exc}"))
    return outcomes


def _parse_chunks(chunks: Iterator[list[RawDocument]], jobs: int) -> Iterator[list[_Outcome]]:
    """Yield the outcomes of each chunk as it finishes, with at most a few chunks in flight."""
    if jobs <= 1:
        yield from map(_parse_chunk, chunks)
        return
    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_follow_parent, initargs=(os.getpid(),)
    )
    pending: set[Future[list[_Outcome]]] = set()
    try:
        for chunk in chunks:
            pending.add(executor.submit(_parse_chunk, chunk))
            if len(pending) >= 4 * jobs:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (f.result() for f in finished)
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            yield from (f.result() for f in finished)
    except BaseException:
        executor.shutdown(wait=False, cancel_futures=True)
        raise
    executor.shutdown()


def _follow_parent(parent: int) -> None:
    """Make a worker end itself once the build process is gone (killed, not shut down)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="diplomod-parent-watch", daemon=True).start()


def _summary(
    dataset: Dataset,
    *,
    parsed: int,
    resumed: int,
    kept: int,
    failures: tuple[Failure, ...],
    torn: int,
    seconds: float,
) -> BuildSummary:
    groups = (dataset.events, dataset.agreements, dataset.commitments, dataset.statements)
    return BuildSummary(
        documents=len(dataset.sources),
        parsed=parsed,
        resumed=resumed,
        kept=kept,
        failures=failures,
        events=len(dataset.events),
        agreements=len(dataset.agreements),
        commitments=len(dataset.commitments),
        statements=len(dataset.statements),
        persons=len(dataset.persons),
        links=len(dataset.links),
        reports=sum(len(r.reports) for group in groups for r in group),
        torn=torn,
        seconds=seconds,
    )
