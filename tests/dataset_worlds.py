"""Hypothesis strategies for realistic extractions: a small world of meetings, told many ways.

A world holds a few real meetings (two states, a day, a city, a minister of each
side, perhaps an instrument signed and commitments made). Each document reports
one or two of them the way outlets do: dated to the day, to the month, by its
publication only, or not at all; naming people in full, by family name, in
capitals or not at all; with or without the city; titling the instrument or not;
wording the commitments a little differently; and sometimes referring back to an
earlier meeting. Merging such documents exercises every tier of every rule.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from diplomod.records import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Call,
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

#: Each state's capital and two ministers (given name, family name, title); India's share one.
STATES = {
    "IND": (
        "New Delhi",
        [("Rajnath", "Singh", "Defence Minister"), ("Jitendra", "Singh", "Science Minister")],
    ),
    "USA": (
        "Washington",
        [("Antony", "Blinken", "Secretary of State"), ("Lloyd", "Austin", "Defense Secretary")],
    ),
    "JPN": (
        "Tokyo",
        [("Nobuo", "Kishi", "Defense Minister"), ("Taro", "Kono", "Foreign Minister")],
    ),
    "VNM": (
        "Hanoi",
        [
            ("Van Giang", "Phan", "Minister of National Defence"),
            ("Son", "Bui Thanh", "Foreign Minister"),
        ],
    ),
    "BRA": (
        "Brasilia",
        [("Mauro", "Vieira", "Foreign Minister"), ("Jose", "Mucio", "Defence Minister")],
    ),
}
DAYS = [dt.date(2021, 9, 11), dt.date(2021, 9, 25), dt.date(2021, 11, 23), dt.date(2022, 2, 3)]
TOPICS = ["cybersecurity", "military medicine", "trade", "space"]
CITED = ["United Nations Convention on the Law of the Sea", "UN Convention on the Law of the Sea"]
CLAUSES = [
    ("strengthen cooperation on {topic}", "deepen cooperation on {topic}"),
    ("work towards signing a memorandum on {topic}", "work toward signing memoranda on {topic}"),
    ("hold regular consultations on {topic}", "hold regular talks on {topic}"),
]


@st.composite
def worlds(draw: st.DrawFn) -> list[dict[str, object]]:
    """Return a few real meetings: states, day, city, ministers, instrument and clauses."""
    count = draw(st.integers(1, 4))
    meetings = []
    for _ in range(count):
        pair = sorted(
            draw(st.lists(st.sampled_from(sorted(STATES)), min_size=2, max_size=2, unique=True))
        )
        host = draw(st.sampled_from(pair))
        topic = draw(st.sampled_from(TOPICS))
        meetings.append(
            {
                "states": tuple(pair),
                "day": draw(st.sampled_from(DAYS)),
                "city": STATES[host][0],
                "host": host,
                "kind": draw(st.sampled_from([Meeting, Meeting, Call])),
                "people": {s: draw(st.sampled_from(STATES[s][1])) for s in pair},
                "topic": topic,
                "signed": draw(st.booleans()),
                "clauses": draw(
                    st.lists(st.integers(0, len(CLAUSES) - 1), max_size=2, unique=True)
                ),
            }
        )
    return meetings


def _participant(draw: st.DrawFn, state: str, given: str, family: str, title: str) -> Participant:
    style = draw(st.sampled_from(["full", "full", "family", "capitals", "titled"]))
    name = {
        "full": f"{given} {family}",
        "family": family,
        "capitals": family.upper(),
        "titled": f"{given} {family}",
    }[style]
    offices = (Office(title=title, state=state),) if style in ("titled", "family") else ()
    return Participant(
        person=Person(name=name, family_name=family, offices=offices),
        represents=state,
        title=title if offices else None,
    )


@st.composite
def _report(
    draw: st.DrawFn, doc: str, n: int, meeting: dict[str, object], world: list[dict[str, object]]
) -> tuple[list[Event], list[Agreement], list[Commitment], dt.date | None]:
    day = meeting["day"]
    assert isinstance(day, dt.date)
    dating = draw(st.sampled_from(["day", "day", "month", "published", "none"]))
    published = day + dt.timedelta(days=draw(st.integers(0, 3)))
    date: PartialDate | None = {
        "day": PartialDate.from_date(day),
        "month": PartialDate(year=day.year, month=day.month),
        "published": PartialDate.from_date(published),
        "none": None,
    }[dating]
    people_of = meeting["people"]
    assert isinstance(people_of, dict)
    people = tuple(
        _participant(draw, state, *people_of[state])
        for state in sorted(people_of)
        if draw(st.integers(0, 3))
    )
    kind = meeting["kind"]
    assert isinstance(kind, type)
    events: list[Event] = []
    references: tuple[str, ...] = ()
    earlier = [m for m in world if m["states"] == meeting["states"] and m["day"] < day]
    if earlier and draw(st.booleans()):
        past = draw(st.sampled_from(earlier))
        past_day = past["day"]
        assert isinstance(past_day, dt.date)
        events.append(
            past["kind"](  # type: ignore[operator]
                id=f"{doc}:event:{n}r",
                date=PartialDate(year=past_day.year, month=past_day.month),
                countries=past["states"],
                referenced=True,
                source=doc,
            )
        )
        references = (f"{doc}:event:{n}r",)
    event_id = f"{doc}:event:{n}"
    events.append(
        kind(
            id=event_id,
            date=date,
            date_inferred=dating == "published",
            countries=meeting["states"],
            participants=people,
            place=Place(city=str(meeting["city"])) if draw(st.booleans()) else None,
            references=references,
            source=doc,
        )
    )
    agreements = []
    topic = str(meeting["topic"])
    if meeting["signed"] and draw(st.booleans()):
        titled = draw(st.booleans())
        agreements.append(
            Agreement(
                id=f"{doc}:agreement:{n}",
                title=f"Memorandum on {topic.title()} Cooperation" if titled else None,
                kind=AgreementKind.MEMORANDUM,
                status=AgreementStatus.SIGNED,
                parties=meeting["states"],  # type: ignore[arg-type]
                date=date if dating != "published" else None,
                topics=(topic,) if draw(st.booleans()) or not titled else (),
                event=event_id,
                source=doc,
            )
        )
    if draw(st.integers(0, 3)) == 0:  # a treaty many documents cite
        agreements.append(
            Agreement(
                id=f"{doc}:agreement:{n}c",
                title=draw(st.sampled_from(CITED)),
                kind=AgreementKind.TREATY,
                status=AgreementStatus.REFERENCED,
                source=doc,
            )
        )
    clauses = meeting["clauses"]
    assert isinstance(clauses, list)
    commitments = [
        Commitment(
            id=f"{doc}:commitment:{n}.{c}",
            actors=meeting["states"],  # type: ignore[arg-type]
            modality=Modality.AGREE,
            content=draw(st.sampled_from(CLAUSES[c])).format(topic=topic),
            event=event_id,
            source=doc,
        )
        for c in clauses
        if draw(st.booleans())
    ]
    return (
        events,
        agreements,
        commitments,
        published if dating != "none" or draw(st.booleans()) else None,
    )


@st.composite
def realistic_extractions(draw: st.DrawFn, max_documents: int = 6) -> list[Extraction]:
    """Return documents (distinct ids) reporting the meetings of one small world."""
    world = draw(worlds())
    documents = []
    for d in range(draw(st.integers(1, max_documents))):
        doc = f"doc{d}"
        told = draw(
            st.lists(st.sampled_from(range(len(world))), min_size=1, max_size=2, unique=True)
        )
        events: list[Event] = []
        agreements: list[Agreement] = []
        commitments: list[Commitment] = []
        published: dt.date | None = None
        for n, index in enumerate(told):
            e, a, c, p = draw(_report(doc, n, world[index], world))
            events += e
            agreements += a
            commitments += c
            published = max(filter(None, [published, p]), default=None)
        documents.append(
            Extraction(
                source=Source(id=doc, published=published),
                events=tuple(events),
                agreements=tuple(agreements),
                commitments=tuple(commitments),
            )
        )
    return documents
