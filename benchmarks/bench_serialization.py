"""Compare diplomod's JSON Lines dump and load with pydantic v2 and msgspec, side by side.

Builds the same seeded data for each library (meetings with participants, persons,
offices, places and evidence spans; agreements; commitments), then times, in one
process with interleaved repetitions, writing every object as JSON Lines and
reading (and validating) them back. Reports medians in objects per CPU second, with
the garbage collector on (as in real use) and with it frozen and disabled.

    python benchmarks/bench_serialization.py                  # 10,000 of each, 5 repetitions
    python benchmarks/bench_serialization.py --n 2000 --repeat 1   # a quick smoke run

Needs the ``bench`` extra: ``pip install -e ".[bench]"``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import gc
import io
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import Any

import checked_models
import msgspec
import plain_models
import pydantic

import diplomod.records as r
from diplomod.interchange import read_jsonl, to_payload, write_jsonl

# --- seeded data, built as diplomod records ---------------------------------------------------

STATES = ("JPN", "AUS", "IND", "USA", "GBR", "KOR", "FRA", "DEU", "BRA", "ZAF", "CHN", "UKR")
ORGS = ("ASEAN", "EU", "NATO", "UN", "AU")
CITIES = ("Canberra", "New Delhi", "Seoul", "Paris", "Berlin", "Brasília", "Pretoria", "Kyiv")
TITLES = ("Minister for Foreign Affairs", "Minister of Defence", "Prime Minister", "President")
GIVEN = ("Akira", "Priya", "Min-jun", "Claire", "Jonas", "Thandiwe", "Olena", "Lucas")
FAMILY = ("Sato", "Rao", "Kim", "Moreau", "Becker", "Dlamini", "Kovalenko", "Silva")
TOPICS = ("maritime security", "trade", "energy", "climate", "cyber", "health", "education")
PHRASES = (
    "held talks on regional security",
    "agreed to deepen cooperation",
    "signed a memorandum on energy",
    "met on the margins of the summit",
)


def _evidence(rng: random.Random, fields: Sequence[str]) -> tuple[r.Evidence, ...]:
    out = []
    for name in rng.sample(list(fields), k=min(len(fields), rng.randint(2, 4))):
        text = rng.choice(PHRASES)
        start = rng.randint(0, 5000)
        out.append(
            r.Evidence(field=name, span=r.Span(start=start, end=start + len(text)), text=text)
        )
    return tuple(out)


def _person(rng: random.Random, state: str) -> r.Person:
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    body = r.Body(
        name=f"Ministry of {rng.choice(TOPICS).title()}", kind=r.BodyKind.MINISTRY, state=state
    )
    office = r.Office(title=rng.choice(TITLES), state=state, body=body)
    return r.Person(
        name=f"{given} {family}", given_name=given, family_name=family, offices=(office,)
    )


def _date(rng: random.Random) -> r.PartialDate:
    year, month = rng.randint(2015, 2025), rng.randint(1, 12)
    if rng.random() < 0.7:
        return r.PartialDate(year=year, month=month, day=rng.randint(1, 28))
    return r.PartialDate(year=year, month=month, part=rng.choice(list(r.DatePart)))


def make_meeting(rng: random.Random, n: int) -> r.Meeting:
    """Return a meeting of 2-4 participants, each a person holding an office of a state."""
    states = rng.sample(STATES, k=rng.randint(2, 4))
    participants = tuple(
        r.Participant(
            person=_person(rng, state),
            represents=state,
            role=r.Role.HOST if i == 0 else r.Role.GUEST,
            title=rng.choice(TITLES),
        )
        for i, state in enumerate(states)
    )
    return r.Meeting(
        id=f"meeting-{n}",
        date=_date(rng),
        time=dt.time(rng.randint(8, 19), rng.choice((0, 15, 30, 45))),
        duration=dt.timedelta(minutes=rng.randint(20, 180)),
        duration_approximation=rng.choice((None, r.Approximation.APPROXIMATELY)),
        place=r.Place(venue=None, city=rng.choice(CITIES), country=states[0]),
        countries=tuple(states),
        participants=participants,
        ordinal=rng.choice((None, rng.randint(1, 30))),
        mode=rng.choice(list(r.MeetingMode)),
        source=f"doc-{n}",
        evidence=_evidence(rng, ("record", "date", "time", "place", "participants")),
    )


def make_agreement(rng: random.Random, n: int) -> r.Agreement:
    """Return an agreement between 2-3 parties, with topics and a relation."""
    parties = rng.sample(STATES + ORGS, k=rng.randint(2, 3))
    return r.Agreement(
        id=f"agreement-{n}",
        title=f"Memorandum of Cooperation on {rng.choice(TOPICS).title()}",
        kind=rng.choice(list(r.AgreementKind)),
        status=rng.choice(list(r.AgreementStatus)),
        parties=tuple(parties),
        date=_date(rng),
        place=r.Place(city=rng.choice(CITIES)),
        topics=tuple(rng.sample(TOPICS, k=rng.randint(1, 3))),
        relations=(
            r.AgreementRelation(kind=r.RelationKind.BASED_ON, target=f"agreement-{n // 2}"),
        ),
        event=f"meeting-{n}",
        source=f"doc-{n}",
        evidence=_evidence(rng, ("record", "title", "date", "parties")),
    )


def make_commitment(rng: random.Random, n: int) -> r.Commitment:
    """Return a commitment of 1-3 actors, with a speaker."""
    actors = rng.sample(STATES, k=rng.randint(1, 3))
    return r.Commitment(
        id=f"commitment-{n}",
        actors=tuple(actors),
        modality=rng.choice(list(r.Modality)),
        content=f"to strengthen cooperation on {rng.choice(TOPICS)}",
        speakers=(_person(rng, actors[0]),),
        topics=tuple(rng.sample(TOPICS, k=rng.randint(0, 2))),
        negated=rng.random() < 0.05,
        event=f"meeting-{n}",
        source=f"doc-{n}",
        evidence=_evidence(rng, ("record", "content", "actors")),
    )


# --- the three libraries behind one interface -------------------------------------------------


@dataclass
class Dataset:
    """The same objects for one library: a list per record family, and the JSONL written."""

    families: dict[str, list[Any]]
    written: dict[str, bytes]

    def count(self) -> int:
        return sum(len(items) for items in self.families.values())


class Library:
    """How one library writes and reads a list of objects as JSON Lines.

    ``reads`` names the library whose JSON Lines this one reads: its own, or
    diplomod's (with ``--fair``).
    """

    name = ""
    reads = ""

    def dump(self, family: str, items: list[Any]) -> bytes:
        raise NotImplementedError

    def load(self, family: str, data: bytes) -> list[Any]:
        raise NotImplementedError


class Diplomod(Library):
    name = reads = "diplomod"

    def dump(self, family: str, items: list[Any]) -> bytes:
        out = io.BytesIO()
        write_jsonl(items, out)
        return out.getvalue()

    def load(self, family: str, data: bytes) -> list[Any]:
        return list(read_jsonl(io.BytesIO(data)))


class Pydantic(Library):
    name = "pydantic"

    def __init__(self, *, fair: bool) -> None:
        self.reads = "diplomod" if fair else self.name
        self.models = (checked_models.CHECKED if fair else plain_models.PLAIN)[self.name]

    def dump(self, family: str, items: list[Any]) -> bytes:
        return "".join(item.model_dump_json() + "\n" for item in items).encode()

    def load(self, family: str, data: bytes) -> list[Any]:
        record, line = self.models[family]
        validate = line.model_validate_json
        if line is record:
            return [validate(line) for line in data.splitlines()]
        return [validate(line).data for line in data.splitlines()]


class Msgspec(Library):
    name = "msgspec"

    def __init__(self, *, fair: bool) -> None:
        self.reads = "diplomod" if fair else self.name
        self.models = (checked_models.CHECKED if fair else plain_models.PLAIN)[self.name]
        self.encoder = msgspec.json.Encoder()
        self.decoders = {f: msgspec.json.Decoder(line) for f, (_, line) in self.models.items()}

    def dump(self, family: str, items: list[Any]) -> bytes:
        return self.encoder.encode_lines(items)

    def load(self, family: str, data: bytes) -> list[Any]:
        lines = self.decoders[family].decode_lines(data)
        record, line = self.models[family]
        return lines if line is record else [document.data for document in lines]


class MsgspecAttrs(Msgspec):
    """msgspec's C codec on plain attrs classes of the records' shape (``--ceiling``).

    No pure-Python code runs per object: this is as fast as attrs records can be read and
    written, whatever the library, with msgspec's own formats (not diplomod's).
    """

    name = reads = "msgspec-attrs"

    def __init__(self) -> None:
        self.models = plain_models.PLAIN[self.name]
        self.encoder = msgspec.json.Encoder()
        self.decoders = {f: msgspec.json.Decoder(line) for f, (_, line) in self.models.items()}


def build(n: int, seed: int, libraries: Sequence[Library]) -> dict[str, Dataset]:
    """Return the same n meetings, agreements and commitments for each library."""
    rng = random.Random(seed)
    records: dict[str, list[Any]] = {
        "meeting": [make_meeting(rng, i) for i in range(n)],
        "agreement": [make_agreement(rng, i) for i in range(n)],
        "commitment": [make_commitment(rng, i) for i in range(n)],
    }
    payloads = {f: [to_payload(x)["data"] for x in items] for f, items in records.items()}
    data = {"diplomod": Dataset(records, {})}
    for lib in libraries:
        if isinstance(lib, Pydantic):
            data[lib.name] = Dataset(
                {f: [lib.models[f][0].model_validate(p) for p in ps] for f, ps in payloads.items()},
                {},
            )
        elif isinstance(lib, Msgspec):
            ready = _msgspec_ready if lib.reads == lib.name else (lambda p: p)
            data[lib.name] = Dataset(
                {
                    f: [msgspec.convert(ready(p), lib.models[f][0]) for p in ps]
                    for f, ps in payloads.items()
                },
                {},
            )
    return data


def _msgspec_ready(payload: Any) -> Any:
    """msgspec reads times as RFC 3339 (``15:00:00``); diplomod writes ``15:00``."""
    if isinstance(payload, dict) and isinstance(payload.get("time"), str):
        return {**payload, "time": payload["time"] + ":00"}
    return payload


# --- timing -----------------------------------------------------------------------------------


class GcMode(enum.Enum):
    ON = "gc on"
    FROZEN = "gc frozen+off"


@contextmanager
def gc_mode(mode: GcMode) -> Iterator[None]:
    """Collect, then run the body with the collector on, or frozen and disabled."""
    gc.collect()
    if mode is GcMode.ON:
        yield
        return
    gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.unfreeze()


def timed(run: Callable[[], Any]) -> tuple[float, Any]:
    """Return the CPU time ``run`` took (so other processes on the machine count less)."""
    start = time.process_time()
    result = run()
    return time.process_time() - start, result


def measure(
    libraries: Sequence[Library], data: dict[str, Dataset], repeat: int
) -> dict[tuple[str, str, GcMode], list[float]]:
    """Return seconds per (library, phase, gc mode), interleaving libraries every repetition."""
    seconds: dict[tuple[str, str, GcMode], list[float]] = {}
    # untimed: what each library reads is written before the first timed load, and each
    # library has set itself up (diplomod generates its readers and writers on first use)
    for lib in libraries:
        data[lib.name].written = _dump_all(lib, data[lib.name])
    for lib in libraries:
        _load_all(lib, data[lib.reads])
    for rep in range(repeat):
        for mode in GcMode:
            order = list(libraries[rep % len(libraries) :]) + list(
                libraries[: rep % len(libraries)]
            )
            for lib in order:
                dataset = data[lib.name]
                with gc_mode(mode):
                    took, written = timed(partial(_dump_all, lib, dataset))
                dataset.written = written
                seconds.setdefault((lib.name, "dump", mode), []).append(took)
                source = data[lib.reads]
                with gc_mode(mode):
                    took, loaded = timed(partial(_load_all, lib, source))
                _check(lib.name, dataset, loaded)
                del loaded
                seconds.setdefault((lib.name, "load", mode), []).append(took)
    return seconds


def _dump_all(lib: Library, dataset: Dataset) -> dict[str, bytes]:
    return {family: lib.dump(family, items) for family, items in dataset.families.items()}


def _load_all(lib: Library, dataset: Dataset) -> dict[str, list[Any]]:
    return {family: lib.load(family, data) for family, data in dataset.written.items()}


def _check(name: str, dataset: Dataset, loaded: dict[str, list[Any]]) -> None:
    for family, items in dataset.families.items():
        if loaded[family] != items:
            raise SystemExit(f"{name}: {family} did not read back equal")


def report(
    seconds: dict[tuple[str, str, GcMode], list[float]],
    data: dict[str, Dataset],
    libraries: Sequence[Library],
) -> None:
    count = data["diplomod"].count()
    rate = {key: count / statistics.median(values) for key, values in seconds.items()}
    print(f"{count:,} objects per run; medians of {len(next(iter(seconds.values())))} runs")
    for lib in libraries:
        size = sum(len(b) for b in data[lib.name].written.values())
        print(f"  {lib.name:<14} JSON Lines: {size / 1e6:6.1f} MB")
    print()
    print(f"{'library':<15}{'phase':<7}" + "".join(f"{m.value:>16}" for m in GcMode))
    for lib in libraries:
        for phase in ("dump", "load"):
            cells = "".join(f"{rate[(lib.name, phase, m)]:>12,.0f} o/s" for m in GcMode)
            print(f"{lib.name:<15}{phase:<7}{cells}")
    print()
    names = [lib.name for lib in libraries]
    print("ratios (diplomod / other; above 1 means diplomod is faster)")
    for other in names[1:]:
        for phase in ("dump", "load"):
            cells = "".join(
                f"{rate[('diplomod', phase, m)] / rate[(other, phase, m)]:>16.2f}" for m in GcMode
            )
            print(f"  vs {other:<14}{phase:<5}{cells}")
    if "msgspec-attrs" in names:
        print("ceiling (msgspec on attrs classes / msgspec on structs)")
        for phase in ("dump", "load"):
            cells = "".join(
                f"{rate[('msgspec-attrs', phase, m)] / rate[('msgspec', phase, m)]:>16.2f}"
                for m in GcMode
            )
            print(f"  {'':<17}{phase:<5}{cells}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="objects of each family")
    parser.add_argument("--repeat", type=int, default=5, help="interleaved repetitions")
    parser.add_argument("--seed", type=int, default=2021)
    parser.add_argument(
        "--fair",
        action="store_true",
        help="pydantic and msgspec read diplomod's JSON Lines and check what diplomod checks",
    )
    parser.add_argument(
        "--ceiling",
        action="store_true",
        help="also time msgspec's C codec on plain attrs classes of the same shape",
    )
    args = parser.parse_args(argv)
    if args.ceiling and args.fair:
        parser.error("--ceiling compares plain models: use it without --fair")

    print(
        f"Python {platform.python_version()} on {platform.machine()}; "
        f"pydantic {pydantic.VERSION}, msgspec {msgspec.__version__}"
    )
    libraries: list[Library] = [Diplomod(), Pydantic(fair=args.fair), Msgspec(fair=args.fair)]
    if args.ceiling:
        libraries.append(MsgspecAttrs())
    start = time.perf_counter()
    data = build(args.n, args.seed, libraries)
    took = time.perf_counter() - start
    print(f"built {args.n:,} meetings, agreements and commitments in {took:.1f} s")
    if args.fair:
        print("fair: pydantic and msgspec read diplomod's JSON Lines and check what it checks")
    before = _load_average()
    seconds = measure(libraries, data, args.repeat)
    after = _load_average()
    print(f"load average (1 min) on {os.cpu_count()} CPUs: {before} before, {after} after")
    report(seconds, data, libraries)
    return 0


def _load_average() -> str:
    """Return the 1-minute load average: other processes make CPU times rougher."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:  # not on this platform
        return "unknown"


if __name__ == "__main__":
    sys.exit(main())
