"""Dataset building at scale: documents/s on 1 and 2 processes, peak memory, merge growth.

Generates press-release-like documents from templates written for this
benchmark: a few thousand meetings, calls and visits between some thirty
states, each reported by one to four documents in different words (the host's
readout, the guest's, a news story), so a real merge has reports to join. Then:

1. ``diplomod build`` as a user runs it (read a JSON Lines corpus, parse,
   checkpoint, merge, write the dataset), with ``--jobs 1`` and ``--jobs 2``, in a
   fresh process: documents/s (wall), CPU seconds of the main process and of the
   workers, and peak resident memory (MB) of the main process and of the largest worker;
2. the merge alone as the dataset grows: ``merge_datasets(dataset_of_n, batch)``
   for n = 1k, 2k, 4k, 8k documents and a fixed batch, so near-linear growth
   (time/n flat) and quadratic growth (time/n doubling) tell apart;
3. ``build_dataset`` of all documents, with tracemalloc's peak.

    python benchmarks/bench_dataset.py                # --n 10000: a few minutes
    python benchmarks/bench_dataset.py --n 2000       # quick look
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

from diplomod import Dataset, build_dataset, merge_datasets, parse

# (country as written, leader title, leader names, cities)
STATES = (
    ("India", "Prime Minister", ("Arjun Mehra", "Kavya Raman"), ("New Delhi", "Mumbai")),
    ("Australia", "Prime Minister", ("Claire Whitfield", "Owen Barlow"), ("Canberra", "Sydney")),
    ("Japan", "Prime Minister", ("Haruto Sakai", "Yui Morimoto"), ("Tokyo", "Osaka")),
    ("the Republic of Korea", "President", ("Min-jun Park", "Seo-yeon Han"), ("Seoul", "Busan")),
    ("France", "President", ("Claire Laurent", "Bastien Moreau"), ("Paris", "Lyon")),
    ("Germany", "Chancellor", ("Jonas Weber", "Greta Hoffmann"), ("Berlin", "Munich")),
    ("Brazil", "President", ("Lucia Ferreira", "Rafael Costa"), ("Brasilia", "Sao Paulo")),
    ("South Africa", "President", ("Thabo Mokoena", "Naledi Dube"), ("Pretoria", "Cape Town")),
    ("Canada", "Prime Minister", ("Ethan Clarke", "Maude Tremblay"), ("Ottawa", "Toronto")),
    ("Mexico", "President", ("Sofia Ramirez", "Diego Herrera"), ("Mexico City",)),
    ("Indonesia", "President", ("Budi Santoso", "Dewi Lestari"), ("Jakarta",)),
    ("Viet Nam", "Prime Minister", ("Nguyen Van Long", "Tran Thi Mai"), ("Hanoi",)),
    ("Kenya", "President", ("David Otieno", "Grace Wanjiru"), ("Nairobi", "Mombasa")),
    ("Nigeria", "President", ("Emeka Obi", "Amina Bello"), ("Abuja", "Lagos")),
    ("Egypt", "President", ("Karim Hassan", "Mona Farouk"), ("Cairo",)),
    ("Turkey", "President", ("Emre Yildiz", "Elif Kaya"), ("Ankara", "Istanbul")),
    ("Italy", "Prime Minister", ("Marco Bianchi", "Giulia Russo"), ("Rome", "Milan")),
    ("Spain", "Prime Minister", ("Javier Ortega", "Lucia Navarro"), ("Madrid",)),
    ("Poland", "Prime Minister", ("Piotr Nowak", "Anna Wisniewska"), ("Warsaw",)),
    ("Sweden", "Prime Minister", ("Erik Lindqvist", "Sara Holm"), ("Stockholm",)),
    ("Norway", "Prime Minister", ("Lars Haugen", "Ingrid Berg"), ("Oslo",)),
    ("Argentina", "President", ("Martin Alvarez", "Carla Medina"), ("Buenos Aires",)),
    ("Chile", "President", ("Tomas Rojas", "Valentina Soto"), ("Santiago",)),
    ("Singapore", "Prime Minister", ("Wei Jie Tan", "Mei Ling Goh"), ("Singapore",)),
    ("Malaysia", "Prime Minister", ("Hafiz Rahman", "Nurul Aziz"), ("Kuala Lumpur",)),
    ("Thailand", "Prime Minister", ("Somchai Wong", "Ploy Sukprasert"), ("Bangkok",)),
    ("the Philippines", "President", ("Miguel Santos", "Andrea Cruz"), ("Manila",)),
    ("New Zealand", "Prime Minister", ("Liam Walker", "Aroha Ngata"), ("Wellington",)),
    ("Ghana", "President", ("Kwame Mensah", "Ama Owusu"), ("Accra",)),
    ("Morocco", "Prime Minister", ("Youssef Alami", "Salma Idrissi"), ("Rabat",)),
)

ACTIONS = (
    "expand cooperation on renewable energy and grid connections",
    "launch a joint working group on maritime security",
    "deepen cooperation on critical minerals and supply chains",
    "increase direct flights between their capitals",
    "hold regular consultations between their foreign ministries",
    "strengthen cooperation in agricultural research",
    "work together on pandemic preparedness",
    "open negotiations on a digital trade framework",
    "double student exchanges within five years",
    "set up a joint fund for climate adaptation projects",
    "coordinate closely on reform of the multilateral development banks",
    "expand defence industry cooperation",
)
STATEMENTS = (
    ("condemned", "the attacks on civilian shipping in the Red Sea"),
    ("expressed concern over", "the humanitarian situation in Sudan"),
    ("welcomed", "the progress of the regional trade talks"),
    ("called on", "all parties to respect international humanitarian law"),
    ("expressed support for", "the peace efforts of the African Union"),
)
FILLER = (
    "The talks took place in a warm and friendly atmosphere.",
    "Both sides noted the long history of friendship between their peoples.",
    "Officials from the trade and energy ministries also attended.",
    "A joint press conference followed the talks.",
    "The visit marks the anniversary of diplomatic relations between the two countries.",
)


def _long(day: dt.date) -> str:
    return f"{day.day} {day:%B} {day.year}"


def _report(rng: random.Random, fact: dict[str, object], style: int) -> str:
    a, b = fact["a"], fact["b"]
    assert isinstance(a, tuple)
    assert isinstance(b, tuple)
    day = fact["date"]
    assert isinstance(day, dt.date)
    kind, city, action = fact["kind"], fact["city"], fact["action"]
    verb, target = fact["statement"]  # type: ignore[misc]
    who_a = f"{a[1]} {a[2]} of {a[0]}"
    who_b = f"{b[1]} {b[2]} of {b[0]}"
    if kind == "call":
        first = (
            f"{who_a} held a telephone call with {who_b} on {_long(day)}.",
            f"{who_b} spoke by phone with {who_a} on {_long(day)}.",
            f"On {_long(day)}, {who_a} and {who_b} talked by telephone.",
        )[style % 3]
    elif kind == "visit":
        first = (
            f"{who_a} visited {b[0]} on {_long(day)} and met {who_b} in {city}.",
            f"{who_b} received {who_a} in {city} on {_long(day)}.",
            f"{who_a} paid an official visit to {city} on {_long(day)}.",
        )[style % 3]
    else:
        first = (
            f"{who_a} met {who_b} in {city} on {_long(day)}.",
            f"{who_b} held talks with {who_a} in {city} on {_long(day)}.",
            f"In {city} on {_long(day)}, {who_a} and {who_b} held a bilateral meeting.",
        )[style % 3]
    body = [
        first,
        rng.choice(FILLER),
        f"The two sides agreed to {action}.",
        f"{(a, b)[style % 2][0].removeprefix('the ').capitalize()} {verb} {target}.",
    ]
    if rng.random() < 0.5:
        body.append(rng.choice(FILLER))
    dateline = f"{city.upper()}, {_long(day + dt.timedelta(days=rng.randint(0, 1)))}"
    return dateline + " -- " + " ".join(body) + "\n"


def make_documents(count: int, seed: int = 5) -> list[dict[str, object]]:
    """Return ``count`` JSON Lines corpus objects; each event is reported 1 to 4 times."""
    rng = random.Random(seed)
    docs: list[dict[str, object]] = []
    while len(docs) < count:
        i, j = rng.sample(range(len(STATES)), 2)
        sa, sb = STATES[i], STATES[j]
        a = (sa[0], sa[1], rng.choice(sa[2]))
        b = (sb[0], sb[1], rng.choice(sb[2]))
        day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
        fact: dict[str, object] = {
            "a": a,
            "b": b,
            "date": day,
            "kind": rng.choice(("meeting", "meeting", "call", "visit")),
            "city": rng.choice(sb[3]),
            "action": rng.choice(ACTIONS),
            "statement": rng.choice(STATEMENTS),
        }
        for style in rng.sample(range(6), rng.randint(1, 4)):
            published = day + dt.timedelta(days=rng.randint(0, 2))
            docs.append(
                {
                    "id": f"doc-{len(docs):06d}",
                    "text": _report(rng, fact, style),
                    "published": published.isoformat(),
                    "publisher": rng.choice(("ministry", "news", "embassy")),
                }
            )
    docs = docs[:count]
    rng.shuffle(docs)
    return docs


def _cpu(run: Callable[[Dataset, Dataset], object], *args: Dataset) -> float:
    start = time.process_time()
    run(*args)
    return time.process_time() - start


def _maxrss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def run_build(corpus: Path, jobs: int, count: int) -> None:
    """Run ``diplomod build`` in a fresh process and print documents/s and peak memory."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "dataset.jsonl"
        script = (
            "import resource, sys, time\n"
            "from diplomod.bulk import build_corpus\n"
            "t = time.perf_counter()\n"
            f"ds, s = build_corpus([{str(corpus)!r}], {str(out)!r}, jobs={jobs})\n"
            "w = time.perf_counter() - t\n"
            "me = resource.getrusage(resource.RUSAGE_SELF)\n"
            "kids = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "print(w, me.ru_maxrss / 1024, kids.ru_maxrss / 1024, s.reports, s.merges, s.events,\n"
            "      me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime)\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        )
        wall, me, kids, reports, merges, events, cpu_me, cpu_kids = done.stdout.split()
        size = out.stat().st_size / 1e6
    print(
        f"{jobs:>5} {count / float(wall):>8.1f} {float(wall):>8.1f} {float(cpu_me):>8.1f} "
        f"{float(cpu_kids):>8.1f} {float(me):>8.0f} {float(kids):>8.0f} "
        f"{int(reports):>8} {int(events):>7} {int(merges):>7} {size:>7.1f}",
        flush=True,
    )


def main(argv: Sequence[str] | None = None) -> None:
    """Run the benchmark and print its tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--n", type=int, default=10_000, help="documents to generate")
    ap.add_argument("--batch", type=int, default=500, help="documents merged in step 2")
    ap.add_argument("--jobs", default="1,2", help="process counts for step 1")
    ap.add_argument("--repeat", type=int, default=3, help="merge timings: best of this many")
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args(argv)

    docs = make_documents(args.n, args.seed)
    mb = sum(len(str(d["text"]).encode("utf-8")) for d in docs) / 1e6
    print(f"corpus: {len(docs)} documents, {mb:.1f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        print("\n1. diplomod build (read, parse, checkpoint, merge, write), wall time")
        print(
            f"{'jobs':>5} {'docs/s':>8} {'wall s':>8} {'CPU main':>8} {'CPU wkr':>8} "
            f"{'RSS main':>8} {'RSS wkr':>8} {'reports':>8} {'events':>7} {'merges':>7} "
            f"{'out MB':>7}"
        )
        for jobs in (int(j) for j in args.jobs.split(",")):
            run_build(corpus, jobs, len(docs))

    extractions = [
        parse(str(d["text"]), id=str(d["id"]), published=dt.date.fromisoformat(str(d["published"])))
        for d in docs
    ]
    print(f"\n2. merge_datasets(dataset_of_n, next {args.batch} documents), best CPU time")
    print(f"{'n':>7} {'seconds':>9} {'ms per 1k docs of n':>20}")
    sizes = [n for n in (1000, 2000, 4000, 8000) if n + args.batch <= len(extractions)]
    for n in sizes:
        base = build_dataset(extractions[:n])
        batch = build_dataset(extractions[n : n + args.batch])
        took = min(_cpu(merge_datasets, base, batch) for _ in range(args.repeat))
        print(f"{n:>7} {took:>9.3f} {took / n * 1e6:>20.1f}", flush=True)

    print("\n3. build_dataset of every document, CPU time and tracemalloc peak")
    tracemalloc.start()
    start = time.process_time()
    dataset = build_dataset(extractions)
    took = time.process_time() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = _maxrss_mb(resource.RUSAGE_SELF)
    print(
        f"{len(extractions)} documents -> {len(dataset.events)} events in {took:.2f} s, "
        f"peak {peak / 1e6:.0f} MB traced; process max RSS {rss:.0f} MB"
    )


if __name__ == "__main__":
    main()
