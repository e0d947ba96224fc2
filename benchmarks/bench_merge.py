"""Time merging as a dataset grows: a full build, and small batches added to a big dataset.

A seeded synthetic corpus stands in for years of press: real meetings between
pairs of states, each reported by one to three outlets the way outlets differ
(dated to the day, the month, by publication or not at all; names in full, by
family name or in capitals; instruments titled or not; commitments worded a
little differently; references back to an earlier meeting of the pair).

Three measurements, in CPU time, side by side in one run:

- ``build``: ``build_dataset`` of the first N documents, for growing N; the cost
  per document should stay flat (near-linear building).
- ``add``: ``merge_datasets(big, small)`` of a batch of 100 documents into a
  dataset of N documents built just before; the cost should follow the batch,
  not N (incremental merging).
- ``grow``: the dataset grown from nothing by merging one batch after another
  (as ``diplomod build`` appends documents); the time to reach N documents, per
  document, should stay flat too.

    python benchmarks/bench_merge.py                    # up to 16,000 documents
    python benchmarks/bench_merge.py --sizes 1000 2000  # smoke run
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from diplomod.dataset import build_dataset, merge_datasets
from diplomod.records import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Commitment,
    Event,
    Extraction,
    Meeting,
    Modality,
    Office,
    PartialDate,
    Participant,
    Person,
    Place,
    Source,
)

_CODES = """ARG AUS AUT BEL BRA CAN CHE CHL CHN COL DEU DNK EGY ESP FIN FRA GBR GRC IDN IND IRL ISR
ITA JPN KEN KOR MEX MYS NGA NLD NOR NZL PAK PER PHL POL PRT SAU SGP SWE THA TUR UKR USA VNM ZAF"""
STATES = tuple(_CODES.split())
_SOUNDS = "ka ri to na mo se lu vi de an pa ko mi ra su te no ba"
SYLLABLES = tuple(_SOUNDS.split())
TOPICS = ("trade", "cybersecurity", "energy", "health", "space", "education", "maritime security")
CLAUSES = (
    ("strengthen cooperation on {}", "deepen cooperation on {}"),
    ("work towards signing a memorandum on {}", "work toward signing memoranda on {}"),
    ("hold regular consultations on {}", "hold regular talks on {}"),
)


def _name(rng: random.Random) -> tuple[str, str]:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()

    return word(), word()


def synthetic_corpus(documents: int, seed: int = 7) -> list[Extraction]:
    """Return about ``documents`` extractions reporting meetings of a seeded world."""
    rng = random.Random(seed)
    titles = ("Foreign Minister", "Defence Minister")
    ministers = {s: [(*_name(rng), rng.choice(titles)) for _ in range(6)] for s in STATES}
    out: list[Extraction] = []
    history: dict[tuple[str, ...], list[dt.date]] = {}
    n = 0
    while len(out) < documents:
        pair = tuple(sorted(rng.sample(STATES, 2)))
        day = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(15 * 365))
        people = {s: rng.choice(ministers[s]) for s in pair}
        topic = rng.choice(TOPICS)
        signed = rng.random() < 0.2
        clauses = rng.sample(range(len(CLAUSES)), rng.randint(0, 2))
        earlier = [d for d in history.get(pair, []) if d < day]
        history.setdefault(pair, []).append(day)
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            doc = f"doc{len(out):06d}"
            out.append(_report(rng, doc, n, pair, day, people, topic, signed, clauses, earlier))
        n += 1
    return out[:documents]


def _report(
    rng: random.Random,
    doc: str,
    n: int,
    pair: tuple[str, ...],
    day: dt.date,
    people: dict[str, tuple[str, str, str]],
    topic: str,
    signed: bool,
    clauses: list[int],
    earlier: list[dt.date],
) -> Extraction:
    dating = rng.choice(("day", "day", "day", "month", "published", "none"))
    published = day + dt.timedelta(days=rng.randint(0, 2))
    date = {
        "day": PartialDate.from_date(day),
        "month": PartialDate(year=day.year, month=day.month),
        "published": PartialDate.from_date(published),
        "none": None,
    }[dating]
    participants = []
    for state in pair:
        given, family, title = people[state]
        style = rng.choice(("full", "full", "family", "caps"))
        name = {"full": f"{given} {family}", "family": family, "caps": family.upper()}[style]
        participants.append(
            Participant(
                person=Person(name=name, offices=(Office(title=title, state=state),)),
                represents=state,
            )
        )
    event_id = f"{doc}:meeting:{n}"
    events: list[Event] = []
    references: tuple[str, ...] = ()
    if earlier and rng.random() < 0.1:
        past = rng.choice(earlier)
        references = (f"{doc}:meeting:{n}r",)
        events.append(
            Meeting(
                id=references[0],
                date=PartialDate(year=past.year, month=past.month),
                countries=pair,
                referenced=True,
                source=doc,
            )
        )
    events.append(
        Meeting(
            id=event_id,
            date=date,
            date_inferred=dating == "published",
            countries=pair,
            participants=tuple(participants),
            place=Place(city=f"City of {pair[0]}") if rng.random() < 0.5 else None,
            references=references,
            source=doc,
        )
    )
    agreements = []
    if signed:
        titled = rng.random() < 0.5
        agreements.append(
            Agreement(
                id=f"{doc}:agreement:{n}",
                title=f"Memorandum on {topic.title()} {n}" if titled else None,
                kind=AgreementKind.MEMORANDUM,
                status=AgreementStatus.SIGNED,
                parties=pair,
                date=date if dating == "day" else None,
                topics=(topic,),
                event=event_id,
                source=doc,
            )
        )
    commitments = [
        Commitment(
            id=f"{doc}:commitment:{n}.{c}",
            actors=pair,
            modality=Modality.AGREE,
            content=rng.choice(CLAUSES[c]).format(topic),
            event=event_id,
            source=doc,
        )
        for c in clauses
    ]
    return Extraction(
        source=Source(id=doc, published=published if dating != "none" else None),
        events=tuple(events),
        agreements=tuple(agreements),
        commitments=tuple(commitments),
    )


def main() -> None:
    """Print the cost per document of building, and of adding a batch, as the dataset grows."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000, 8000, 16000])
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args()
    corpus = synthetic_corpus(max(args.sizes) + args.batch)
    build_dataset(corpus[:50])  # warm caches: lexicon patterns, converter
    grown, done, growth = build_dataset([]), 0, {}
    start = time.process_time()
    for size in sorted(args.sizes):
        while done < size:
            grown = merge_datasets(grown, build_dataset(corpus[done : done + args.batch]))
            done += args.batch
        growth[size] = time.process_time() - start
    header = f"{'documents':>10} {'build s':>9} {'ms/doc':>8} {'add s':>8} {'ms/doc':>8}"
    print(f"{header} {'grow s':>8} {'ms/doc':>8} {'records':>8}")
    for size in args.sizes:
        start = time.process_time()
        big = build_dataset(corpus[:size])
        built = time.process_time() - start
        small = build_dataset(corpus[size : size + args.batch])
        start = time.process_time()
        merged = merge_datasets(big, small)
        added = time.process_time() - start
        records = len(merged.events) + len(merged.agreements) + len(merged.commitments)
        print(
            f"{size:>10} {built:>9.2f} {1000 * built / size:>8.3f}"
            f" {added:>8.3f} {1000 * added / args.batch:>8.3f}"
            f" {growth[size]:>8.2f} {1000 * growth[size] / size:>8.3f} {records:>8}"
        )


if __name__ == "__main__":
    main()
