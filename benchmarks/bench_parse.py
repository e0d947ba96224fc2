"""Parser throughput: documents/s and MB/s on one core, beside spaCy's tokenizer.

Measures, in one run and on the same text:

* a corpus of a few thousand press documents (built by recombining the
  paragraphs of the shared real-world and seed corpora, read at run time);
* single inputs of 1, 4 and 16 MB, to show that parse time grows linearly;
* the tokenizer of a blank spaCy English pipeline (when spaCy is installed),
  the bar the issue sets: the whole parse at least as fast as tokenizing alone.

Times are CPU times of this process (``time.process_time``), so other work on the
machine counts little; each figure is the median of ``--repeat`` runs, the parser
and the tokenizer taking turns. Each tokenizer run starts from a new blank pipeline
(spaCy caches the words it has seen; the texts here repeat paragraphs, so it still
gains within a run).

    python benchmarks/bench_parse.py [--docs 3000] [--sizes 1,4,16] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from diplomod import parse

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "press_release.txt"


def load_paragraphs() -> list[str]:
    """Return the paragraphs of every corpus text available (the bundled example at least)."""
    texts = [EXAMPLE.read_text(encoding="utf-8")]
    jsonl = SHARED / "realworld" / "documents.jsonl"
    if jsonl.exists():
        texts += [json.loads(line)["text"] for line in jsonl.open(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    return [p.strip() for t in texts for p in t.split("\n\n") if len(p.strip()) > 40]


def make_corpus(paragraphs: Sequence[str], count: int, seed: int = 7) -> list[str]:
    """Return ``count`` documents of 3 to 12 paragraphs drawn at random."""
    rng = random.Random(seed)
    return ["\n\n".join(rng.choices(paragraphs, k=rng.randint(3, 12))) for _ in range(count)]


def make_text(paragraphs: Sequence[str], megabytes: float, seed: int = 11) -> str:
    """Return one text of about ``megabytes`` MB of paragraphs."""
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        p = rng.choice(paragraphs)
        out.append(p)
        size += len(p.encode("utf-8")) + 2
    return "\n\n".join(out)


def cpu_time(run: Callable[[], object]) -> float:
    """Return the CPU time one call of ``run`` takes, in seconds."""
    start = time.process_time()
    run()
    return time.process_time() - start


def tokenizing_time(tokenize: Callable[[str], object], docs: Sequence[str]) -> float:
    """Return the CPU time ``tokenize`` takes over ``docs``, in seconds."""
    return cpu_time(lambda: [tokenize(d) for d in docs])


def main(argv: Sequence[str] | None = None) -> None:
    """Run the benchmark and print a table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--sizes", default="1,4,16", help="MB sizes of single inputs")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    try:
        import spacy

        def make_tokenizer() -> Callable[[str], object]:
            return spacy.blank("en").tokenizer

        tokenizer_name = f"spaCy {spacy.about.__version__} blank('en').tokenizer"
        tokenizers: Callable[[], Callable[[str], object]] | None = make_tokenizer
    except ImportError:
        tokenizers, tokenizer_name = None, "spaCy not installed (pip install -e '.[bench]')"

    paragraphs = load_paragraphs()
    parse(paragraphs[0])  # compile the lexicon patterns once, outside the timings
    corpus = make_corpus(paragraphs, args.docs)
    mb = sum(len(d.encode("utf-8")) for d in corpus) / 1e6
    print(f"Python {platform.python_version()} on {platform.machine()}; CPU time, one core")
    print(f"corpus: {len(corpus)} documents, {mb:.1f} MB; tokenizer: {tokenizer_name}")
    print(f"{'input':>14} {'diplomod MB/s':>14} {'docs/s':>9} {'tokenizer MB/s':>15} {'ratio':>7}")

    def row(label: str, docs: Sequence[str]) -> None:
        size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
        ours: list[float] = []
        theirs: list[float] = []
        for _ in range(args.repeat):  # the two take turns; each tokenizer starts afresh
            ours.append(cpu_time(lambda: [parse(d) for d in docs]))
            if tokenizers is not None:
                theirs.append(tokenizing_time(tokenizers(), docs))
        time_ours = statistics.median(ours)
        line = f"{label:>14} {size / time_ours:>14.2f} {len(docs) / time_ours:>9.3g}"
        if theirs:
            time_theirs = statistics.median(theirs)
            line += f" {size / time_theirs:>15.2f} {time_theirs / time_ours:>7.2f}"
        print(line, flush=True)

    row(f"{len(corpus)} docs", corpus)
    for size in (float(s) for s in args.sizes.split(",")):
        row(f"{size:g} MB text", [make_text(paragraphs, size)])
    print("ratio = diplomod speed / tokenizer speed (>= 1 means the whole parse is faster)")


if __name__ == "__main__":
    main()
