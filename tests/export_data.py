"""A readout written for the export tests, and the records it yields, built by hand.

Australia's foreign minister visits Indonesia: a hosted meeting, a joint
commitment, a signed memorandum, a refusal, a condemnation and ASEAN's
welcome, each with the evidence that quotes the text.
"""

from __future__ import annotations

import datetime as dt

from diplomod.records import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Commitment,
    Evidence,
    Extraction,
    Meeting,
    Modality,
    Office,
    PartialDate,
    Participant,
    Person,
    Place,
    Role,
    Source,
    Span,
    Statement,
    StatementKind,
)

TEXT = (
    "Foreign Minister Penny Wong of Australia visited Jakarta on 1 May 2024 and met "
    "Foreign Minister Retno Marsudi of Indonesia at 10:30. The two ministers agreed to "
    "expand maritime defence cooperation. Australia and Indonesia signed a memorandum on "
    "climate finance in May. Indonesia did not agree to joint patrols. Australia condemned "
    "the missile launch by North Korea. ASEAN welcomed the memorandum."
)

SOURCE = Source(
    id="au-id-readout",
    url="https://example.org/readouts/au-id-2024-05-02",
    publisher="Department of Foreign Affairs",
    published=dt.date(2024, 5, 2),
    title="Visit to Indonesia",
)


def quote(field: str, words: str) -> Evidence:
    """Return the evidence for ``field``: where ``words`` first stand in TEXT."""
    start = TEXT.index(words)
    return Evidence(field=field, span=Span(start=start, end=start + len(words)), text=words)


WONG = Participant(
    person=Person(
        name="Penny Wong",
        given_name="Penny",
        family_name="Wong",
        offices=(Office(title="Foreign Minister", state="AUS"),),
    ),
    represents="AUS",
    role=Role.GUEST,
    title="Foreign Minister",
)
MARSUDI = Participant(
    person=Person(name="Retno Marsudi", offices=(Office(title="Foreign Minister", state="IDN"),)),
    represents="IDN",
    role=Role.HOST,
    title="Foreign Minister",
)

MEETING = Meeting(
    id="au-id-readout:meeting",
    date=PartialDate(year=2024, month=5, day=1),
    time=dt.time(10, 30),
    place=Place(city="Jakarta", country="IDN"),
    countries=("AUS", "IDN"),
    participants=(WONG, MARSUDI),
    source=SOURCE.id,
    evidence=(
        quote("record", TEXT[: TEXT.index(" The two")]),
        quote("date", "1 May 2024"),
        quote("place.city", "Jakarta"),
    ),
)
COMMITMENT = Commitment(
    id="au-id-readout:commitment",
    actors=("AUS", "IDN"),
    modality=Modality.AGREE,
    content="expand maritime defence cooperation",
    event=MEETING.id,
    source=SOURCE.id,
    evidence=(quote("record", "The two ministers agreed to expand maritime defence cooperation."),),
)
AGREEMENT = Agreement(
    id="au-id-readout:agreement",
    kind=AgreementKind.MEMORANDUM,
    status=AgreementStatus.SIGNED,
    parties=("AUS", "IDN"),
    date=PartialDate(year=2024, month=5),
    topics=("climate finance",),
    event=MEETING.id,
    source=SOURCE.id,
    evidence=(quote("record", "a memorandum on climate finance"),),
)
REFUSAL = Commitment(
    id="au-id-readout:refusal",
    actors=("IDN",),
    modality=Modality.AGREE,
    content="joint patrols",
    negated=True,
    source=SOURCE.id,
    evidence=(quote("record", "Indonesia did not agree to joint patrols."),),
)
CONDEMNATION = Statement(
    id="au-id-readout:condemnation",
    actors=("AUS",),
    kind=StatementKind.CONDEMN,
    content="condemned the missile launch by North Korea",
    target="PRK",
    source=SOURCE.id,
    evidence=(quote("record", "Australia condemned the missile launch by North Korea."),),
)
WELCOME = Statement(
    id="au-id-readout:welcome",
    actors=("ASEAN",),
    kind=StatementKind.WELCOME,
    content="welcomed the memorandum",
    source=SOURCE.id,
    evidence=(quote("record", "ASEAN welcomed the memorandum."),),
)

EXTRACTION = Extraction(
    source=SOURCE,
    events=(MEETING,),
    agreements=(AGREEMENT,),
    commitments=(COMMITMENT, REFUSAL),
    statements=(CONDEMNATION, WELCOME),
)

#: When the test exports were "added" to a GDELT-style database.
ADDED = dt.datetime(2024, 5, 2, 6, 15, tzinfo=dt.UTC)
