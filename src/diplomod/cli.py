"""The command line: ``diplomod parse | build | schema | show | export``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from attrs import evolve

from diplomod.bulk.driver import configure_build_parser
from diplomod.corpus import RawDocument, read_corpus
from diplomod.errors import DiplomodError
from diplomod.records import Extraction
from diplomod.records.dataset import Dataset

__all__ = ["main"]

_FORMATS = ("summary", "json", "jsonl", "eval")
_EXPORTS = ("gdelt", "icews", "polecat", "plover", "popolo", "jsonld")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _make_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
    except DiplomodError as exc:
        print(f"diplomod: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    return status


def _make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diplomod", description="Diplomatic events, agreements and commitments from text."
    )
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="parse documents into records")
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a .txt file, a folder of .txt files, a JSON Lines corpus, or - for standard input",
    )
    p.add_argument("--format", choices=_FORMATS, default="summary", help="output format")
    p.add_argument(
        "--out", type=Path, help="output file (json, jsonl) or folder (eval; one NAME.json each)"
    )
    p.add_argument("--published", type=_iso_date, help="publication date for inputs that give none")
    p.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    p.set_defaults(run=_run_parse)

    configure_build_parser(sub.add_parser("build", help="parse corpora into one merged dataset"))

    s = sub.add_parser("schema", help="print the JSON Schema of one JSON Lines record")
    s.set_defaults(run=_run_schema)

    w = sub.add_parser("show", help="write an HTML page of one document with its evidence marked")
    w.add_argument("input", metavar="FILE", help="a .txt file, a JSON Lines corpus, or -")
    w.add_argument("--id", help="the document to show from a corpus of several")
    w.add_argument("--out", type=Path, help="the HTML file to write (default: standard output)")
    w.add_argument("--published", type=_iso_date, help="publication date, if the input gives none")
    w.set_defaults(run=_run_show)

    e = sub.add_parser("export", help="export records as event data or linked data")
    e.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="what parse reads, a JSON Lines file of extractions (parse --format jsonl), "
        "or a dataset file (build)",
    )
    e.add_argument("--to", required=True, choices=_EXPORTS, help="output format")
    e.add_argument("--out", type=Path, help="output file (default: standard output)")
    e.add_argument("--published", type=_iso_date, help="publication date for inputs that give none")
    e.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    e.set_defaults(run=_run_export)
    return parser


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def _documents(inputs: Iterable[str], published: dt.date | None) -> Iterator[RawDocument]:
    for name in inputs:
        if name == "-":
            docs: Iterable[RawDocument] = [RawDocument(id="stdin", text=sys.stdin.read())]
        else:
            docs = read_corpus(name)
        for doc in docs:
            if doc.published is None and published is not None:
                doc = evolve(doc, published=published)
            yield doc


def _run_parse(args: argparse.Namespace) -> int:
    from diplomod.pipeline import parse_many

    if args.format == "eval" and args.out is None:
        raise SystemExit("diplomod parse: --format eval needs --out FOLDER")
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    extractions = parse_many(_documents(args.inputs, args.published), jobs=jobs)
    if args.format == "eval":
        from diplomod.interchange.evaluation import to_evaluation_view

        args.out.mkdir(parents=True, exist_ok=True)
        for extraction in extractions:
            view = to_evaluation_view(extraction)
            target = args.out / f"{extraction.source.id}.json"
            target.write_text(json.dumps(view, indent=2, ensure_ascii=False) + "\n", "utf-8")
        return 0
    if args.out is not None and args.format != "summary":
        with args.out.open("w", encoding="utf-8") as stream:
            _write(extractions, args.format, stream)
    else:
        _write(extractions, args.format, sys.stdout)
    return 0


def _write(extractions: Iterable[Extraction], fmt: str, stream: TextIO) -> None:
    from diplomod.interchange import dumps
    from diplomod.interchange.summary import format_summary

    for extraction in extractions:
        if fmt == "summary":
            stream.write(format_summary(extraction))
        else:
            stream.write(dumps(extraction) + "\n")


def _run_export(args: argparse.Namespace) -> int:
    from diplomod.interchange.export import export

    report = export(_extractions(args), args.to, args.out or sys.stdout)
    for dropped in report.dropped:
        print(f"diplomod export: dropped {dropped}", file=sys.stderr)
    return 0


def _extractions(args: argparse.Namespace) -> Iterator[Extraction | Dataset]:
    from diplomod.dataset.store import read_dataset
    from diplomod.interchange.export import (
        is_dataset_file,
        is_extractions_file,
        read_extractions,
    )
    from diplomod.pipeline import parse_many

    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    for name in args.inputs:
        if name != "-" and is_dataset_file(name):
            yield read_dataset(name)
        elif name != "-" and is_extractions_file(name):
            yield from read_extractions(name)
        else:
            yield from parse_many(_documents([name], args.published), jobs=jobs)


def _run_schema(args: argparse.Namespace) -> int:
    from diplomod.interchange import make_schema

    json.dump(make_schema(), sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
    return 0


def _run_show(args: argparse.Namespace) -> int:
    from diplomod.interchange.html import format_html
    from diplomod.pipeline import parse_document

    docs = _documents([args.input], args.published)
    if args.id is not None:
        docs = (doc for doc in docs if doc.id == args.id)
    doc = next(docs, None)
    if doc is None or (args.id is None and next(docs, None) is not None):
        what = f"no document {args.id!r}" if args.id else "not exactly one document; name it: --id"
        raise SystemExit(f"diplomod show: {args.input}: {what}")
    page = format_html(parse_document(doc), doc.text)
    if args.out is None:
        sys.stdout.write(page)
    else:
        args.out.write_text(page, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
