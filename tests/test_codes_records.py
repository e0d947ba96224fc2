"""How records are coded, by table: hand-built records and sentences parsed end to end."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomod import parse
from diplomod.codes import (
    PloverEvent,
    cameo_code,
    code_record,
    coded_events,
    event_actors,
    plover_category,
)
from diplomod.records import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Call,
    Commitment,
    Conference,
    Event,
    Extraction,
    Meeting,
    MeetingMode,
    Modality,
    PartialDate,
    Participant,
    Person,
    Place,
    Role,
    Source,
    Statement,
    StatementKind,
    Visit,
)

# --- hand-built records -------------------------------------------------------------------

SOURCE = Source(id="readout-1", published=dt.date(2024, 5, 2))


def _person(name: str, country: str, role: Role = Role.PARTICIPANT) -> Participant:
    return Participant(person=Person(name=name), represents=country, role=role)


@pytest.mark.parametrize(
    ("event", "cameo", "reverse", "mode", "sources", "recipients"),
    [
        pytest.param(
            Meeting(id="m1", countries=("IND", "AUS")),
            "040",
            None,
            None,
            ("IND", "AUS"),
            (),
            id="bilateral meeting, place unknown: consult each other",
        ),
        pytest.param(
            Meeting(
                id="m2",
                countries=("JPN", "KOR"),
                participants=(_person("A", "JPN", Role.HOST), _person("B", "KOR", Role.GUEST)),
            ),
            "042",
            "043",
            "visit",
            ("KOR",),
            ("JPN",),
            id="a host among the participants: the guest visits",
        ),
        pytest.param(
            Meeting(id="m3", countries=("FRA", "DEU"), place=Place(city="Paris", country="FRA")),
            "042",
            "043",
            "visit",
            ("DEU",),
            ("FRA",),
            id="met in one party's country: it hosts",
        ),
        pytest.param(
            Meeting(id="m4", countries=("ZAF", "BRA"), place=Place(city="Geneva", country="CHE")),
            "044",
            None,
            "third-party",
            ("ZAF", "BRA"),
            (),
            id="met in a third country",
        ),
        pytest.param(
            Meeting(id="m5", countries=("JPN", "AUS", "IND", "USA")),
            "040",
            None,
            "multilateral",
            ("JPN", "AUS", "IND", "USA"),
            (),
            id="four parties: multilateral",
        ),
        pytest.param(
            Meeting(id="m6", countries=("JPN", "PHL"), mode=MeetingMode.VIRTUAL),
            "041",
            None,
            "phone",
            ("JPN", "PHL"),
            (),
            id="met by video: remote",
        ),
        pytest.param(
            Call(id="c1", countries=("BRA", "DEU")),
            "041",
            None,
            "phone",
            ("BRA", "DEU"),
            (),
            id="telephone call",
        ),
        pytest.param(
            Visit(id="v1", countries=("FRA", "VNM"), host="VNM"),
            "042",
            "043",
            "visit",
            ("FRA",),
            ("VNM",),
            id="visit with its host",
        ),
        pytest.param(
            Visit(id="v2", countries=("IND",), place=Place(city="Paris", country="FRA")),
            "042",
            "043",
            "visit",
            ("IND",),
            ("FRA",),
            id="visit to a place: its country hosts",
        ),
        pytest.param(
            Conference(id="k1", countries=("CHN", "RUS", "IND", "BRA", "ZAF"), name="BRICS"),
            "040",
            None,
            "multilateral",
            ("CHN", "RUS", "IND", "BRA", "ZAF"),
            (),
            id="conference",
        ),
    ],
)
def test_events_are_coded_by_how_their_actors_meet(
    event: Event,
    cameo: str,
    reverse: str | None,
    mode: str | None,
    sources: tuple[str, ...],
    recipients: tuple[str, ...],
) -> None:
    code = code_record(event)
    assert (code.cameo, code.reverse_cameo, code.plover, code.mode) == (
        cameo,
        reverse,
        PloverEvent.CONSULT,
        mode,
    )
    assert event_actors(event)[1:] == (sources, recipients)


@pytest.mark.parametrize(
    ("record", "cameo", "plover", "contexts"),
    [
        # agreements: signing is 057, or material cooperation when the subject says which
        (
            Agreement(id="a1", status=AgreementStatus.SIGNED, parties=("GBR", "JPN")),
            "057",
            "SUPPORT",
            ("diplomatic",),
        ),
        (
            Agreement(id="a2", status=AgreementStatus.SIGNED, topics=("defence",)),
            "062",
            "COOPERATE",
            ("military",),
        ),
        (
            Agreement(id="a3", status=AgreementStatus.SIGNED, title="Agreement on Trade in Goods"),
            "061",
            "COOPERATE",
            ("economic",),
        ),
        (
            Agreement(id="a4", status=AgreementStatus.SIGNED, topics=("extradition",)),
            "063",
            "COOPERATE",
            ("legal",),
        ),
        (
            Agreement(id="a5", status=AgreementStatus.PLANNED, kind=AgreementKind.TREATY),
            "030",
            "AGREE",
            (),
        ),
        (Agreement(id="a6", status=AgreementStatus.NEGOTIATING), "046", "CONSULT", ("diplomatic",)),
        (
            Agreement(id="a7", status=AgreementStatus.REFERENCED),
            "057",
            "SUPPORT",
            ("diplomatic", "historical"),
        ),
        # commitments: an intention to cooperate, its subject refining the code
        (
            Commitment(
                id="k1",
                actors=("JPN", "UKR"),
                modality=Modality.AGREE,
                content="deepen cooperation on energy infrastructure",
            ),
            "0311",
            "AGREE",
            ("economic",),
        ),
        (
            Commitment(
                id="k2",
                actors=("KOR", "AUS"),
                modality=Modality.PLEDGE,
                content="expand defence industry cooperation",
            ),
            "0312",
            "AGREE",
            ("military", "economic"),
        ),
        (
            Commitment(
                id="k3",
                actors=("USA",),
                modality=Modality.INTEND,
                content="share intelligence on maritime threats",
            ),
            "0314",
            "AGREE",
            ("intelligence",),
        ),
        (
            Commitment(
                id="k4",
                actors=("IND",),
                modality=Modality.REAFFIRM,
                content="its commitment to an open Indo-Pacific",
            ),
            "030",
            "AGREE",
            (),
        ),
        (
            Commitment(
                id="k5",
                actors=("DEU", "FRA"),
                modality=Modality.SHARE_VIEW,
                content="dialogue is the only path to peace",
            ),
            "019",
            "SUPPORT",
            ("diplomatic",),
        ),
        (
            Commitment(
                id="k6",
                actors=("JPN",),
                modality=Modality.AGREE,
                negated=True,
                content="lift the measures",
            ),
            "030",
            "AGREE",
            ("negation",),
        ),
        # statements, by kind and by their verb
        (
            Statement(
                id="s1",
                actors=("GBR",),
                kind=StatementKind.CONDEMN,
                target="RUS",
                content="condemned the strikes on the ports",
            ),
            "111",
            "ACCUSE",
            (),
        ),
        (
            Statement(
                id="s2",
                actors=("UKR",),
                kind=StatementKind.CRITICIZE,
                target="RUS",
                content="accused Russia of deporting children",
            ),
            "112",
            "ACCUSE",
            (),
        ),
        (
            Statement(
                id="s3",
                actors=("AUS",),
                kind=StatementKind.CRITICIZE,
                target="CHN",
                content="criticized the tariffs on barley",
            ),
            "111",
            "ACCUSE",
            ("economic",),
        ),
        (
            Statement(
                id="s4",
                actors=("FRA",),
                kind=StatementKind.CONCERN,
                content="expressed concern over the troop buildup",
            ),
            "110",
            "ACCUSE",
            ("military",),
        ),
        (
            Statement(
                id="s5", actors=("CHN",), kind=StatementKind.OPPOSE, content="opposed the visit"
            ),
            "110",
            "ACCUSE",
            (),
        ),
        (
            Statement(
                id="s6", actors=("IND",), kind=StatementKind.OPPOSE, content="rejected the proposal"
            ),
            "120",
            "REJECT",
            (),
        ),
        (
            Statement(
                id="s7",
                actors=("JPN",),
                kind=StatementKind.WELCOME,
                content="welcomed the ceasefire",
            ),
            "051",
            "SUPPORT",
            ("diplomatic",),
        ),
        (
            Statement(
                id="s8",
                actors=("IND",),
                kind=StatementKind.SUPPORT,
                content="expressed support for the peace process",
            ),
            "051",
            "SUPPORT",
            ("diplomatic",),
        ),
        (
            Statement(
                id="s9",
                actors=("BRA",),
                kind=StatementKind.APPRECIATE,
                target="DEU",
                content="thanked Germany for its humanitarian assistance",
            ),
            "051",
            "SUPPORT",
            ("diplomatic", "humanitarian"),
        ),
        (
            Statement(
                id="s10",
                actors=("USA",),
                kind=StatementKind.REQUEST,
                target="CHN",
                content="urged China to respect freedom of navigation",
            ),
            "020",
            "REQUEST",
            (),
        ),
        (
            Statement(
                id="s11",
                actors=("USA",),
                kind=StatementKind.REQUEST,
                target="PRK",
                content="demanded the release of the detainees",
            ),
            "100",
            "REQUEST",
            (),
        ),
    ],
    ids=lambda value: getattr(value, "id", None),
)
def test_records_are_coded(
    record: Agreement | Commitment | Statement,
    cameo: str,
    plover: str,
    contexts: tuple[str, ...],
) -> None:
    code = code_record(record)
    assert (code.cameo, code.plover.value, code.contexts) == (cameo, plover, contexts)
    assert code.goldstein == cameo_code(cameo).goldstein
    assert code.scale == plover_category(plover).scale


# --- sentences parsed end to end ----------------------------------------------------------

PUBLISHED = dt.date(2024, 7, 1)


@pytest.mark.parametrize(
    ("text", "kind", "cameo", "plover", "mode", "sources", "recipients"),
    [
        pytest.param(
            "Prime Minister Anthony Albanese of Australia met Prime Minister Narendra Modi "
            "of India in New Delhi on 9 March 2023.",
            "meeting",
            "042",
            "CONSULT",
            "visit",
            ("AUS",),
            ("IND",),
            id="meeting in the host's capital",
        ),
        pytest.param(
            "Ministers of South Africa and Brazil met in Geneva on 2 April 2024.",
            "meeting",
            "044",
            "CONSULT",
            "third-party",
            ("ZAF", "BRA"),
            (),
            id="meeting in a third country",
        ),
        pytest.param(
            "President Lula of Brazil held a telephone call with Chancellor Olaf Scholz of "
            "Germany on 4 May 2023.",
            "call",
            "041",
            "CONSULT",
            "phone",
            ("BRA", "DEU"),
            (),
            id="telephone call",
        ),
        pytest.param(
            "French President Emmanuel Macron visited Vietnam from 5 to 7 June 2024.",
            "visit",
            "042",
            "CONSULT",
            "visit",
            ("FRA",),
            ("VNM",),
            id="state visit",
        ),
        pytest.param(
            "Japan and the United Kingdom signed a reciprocal access agreement on defence "
            "cooperation on 11 January 2023.",
            "agreement",
            "062",
            "COOPERATE",
            None,
            ("JPN", "GBR"),
            (),
            id="defence agreement signed",
        ),
        pytest.param(
            "Japan and Ukraine agreed to deepen cooperation on energy infrastructure.",
            "commitment",
            "0311",
            "AGREE",
            None,
            ("JPN", "UKR"),
            (),
            id="agreed to cooperate economically",
        ),
        pytest.param(
            "South Korea and Australia pledged to expand defence industry cooperation.",
            "commitment",
            "0312",
            "AGREE",
            None,
            ("KOR", "AUS"),
            (),
            id="pledged military cooperation",
        ),
        pytest.param(
            "The United Kingdom condemned Russia's attack on Ukrainian ports.",
            "statement",
            "111",
            "ACCUSE",
            "disapprove",
            ("GBR",),
            ("RUS",),
            id="condemnation",
        ),
        pytest.param(
            "Ukraine accused Russia of war crimes.",
            "statement",
            "112",
            "ACCUSE",
            "disapprove",
            ("UKR",),
            ("RUS",),
            id="accusation",
        ),
        pytest.param(
            "Brazil thanked Germany for its humanitarian assistance.",
            "statement",
            "051",
            "SUPPORT",
            None,
            ("BRA",),
            ("DEU",),
            id="thanks",
        ),
        pytest.param(
            "The United States urged China to respect freedom of navigation.",
            "statement",
            "020",
            "REQUEST",
            None,
            ("USA",),
            ("CHN",),
            id="appeal",
        ),
    ],
)
def test_parsed_sentences_are_coded(
    text: str,
    kind: str,
    cameo: str,
    plover: str,
    mode: str | None,
    sources: tuple[str, ...],
    recipients: tuple[str, ...],
) -> None:
    coded = [c for c in coded_events(parse(text, published=PUBLISHED)) if c.type == kind]
    assert len(coded) == 1
    event = coded[0]
    assert (event.code.cameo, event.code.plover.value, event.code.mode) == (cameo, plover, mode)
    assert (event.sources, event.recipients) == (sources, recipients)


def test_a_parsed_negation_is_coded_with_the_negation_context() -> None:
    coded = list(coded_events(parse("Japan did not agree to lift the sanctions.")))
    assert [(c.negated, c.code.contexts) for c in coded] == [(True, ("negation",))]


# --- when and where a commitment made at a meeting happened -------------------------------


def _readout(meeting_date: str | None) -> Extraction:
    meeting = Meeting(
        id="m1",
        date=PartialDate.from_date(dt.date.fromisoformat(meeting_date)) if meeting_date else None,
        countries=("CAN", "MEX"),
        place=Place(city="Ottawa", country="CAN"),
    )
    pledge = Commitment(
        id="c1", actors=("CAN", "MEX"), modality=Modality.AGREE, content="a joint task force",
        event="m1",
    )  # fmt: skip
    loose = Commitment(
        id="c2", actors=("CAN",), modality=Modality.PLEDGE, content="more funding"
    )  # fmt: skip
    source = Source(id="ca-mx", published=dt.date(2026, 2, 12))
    return Extraction(source=source, events=(meeting,), commitments=(pledge, loose))


def test_a_commitment_made_at_a_meeting_is_coded_at_its_date_and_place() -> None:
    coded = {c.id: c for c in coded_events(_readout("2026-02-10"))}
    assert (str(coded["c1"].date), coded["c1"].place) == ("2026-02-10", coded["m1"].place)
    assert coded["c2"].date is None  # belongs to no event: exports fall back on publication


def test_a_commitment_at_an_undated_meeting_stays_undated() -> None:
    coded = {c.id: c for c in coded_events(_readout(None))}
    assert coded["c1"].date is None


def test_a_dataset_codes_commitments_at_their_merged_meeting() -> None:
    from diplomod.dataset import build_dataset

    dataset = build_dataset([_readout("2026-02-10")])
    coded = list(coded_events(dataset))
    assert [str(c.date) for c in coded if c.type == "meeting"] == ["2026-02-10"]
    assert sorted(str(c.date) for c in coded if c.type == "commitment") == ["2026-02-10", "None"]
