"""Event codes: the CAMEO and PLOVER tables, the mapping of records to codes, and its laws."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from attrs import frozen
from hypothesis import given
from hypothesis import strategies as st

from diplomod import parse
from diplomod.codes import (
    CAMEO_VERSION,
    PLOVER_VERSION,
    CodedEvent,
    PloverEvent,
    QuadClass,
    Situation,
    cameo_code,
    cameo_codes,
    code_of,
    code_record,
    coded_events,
    dyads,
    event_actors,
    is_cameo_code,
    plover_category,
    plover_contexts,
    plover_for_cameo,
    register_codes,
)
from diplomod.codes import rules as code_rules
from diplomod.errors import InvalidValueError
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
    Participant,
    Person,
    Place,
    Role,
    Source,
    Statement,
    StatementKind,
    Visit,
)
from diplomod.registry import register_event_type
from diplomod.testing import agreements, commitments, events, extractions, statements


@pytest.fixture
def isolated_codes(isolated_registry: None) -> Iterator[None]:
    """Let a test register event types and codes without leaving them behind."""
    saved = {tag: dict(rules) for tag, rules in code_rules._user_events.items()}
    try:
        yield
    finally:
        code_rules._user_events.clear()
        code_rules._user_events.update(saved)


# --- the CAMEO codebook -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "name", "goldstein", "quad"),
    [
        ("040", "Consult, not specified below", 1.0, QuadClass.VERBAL_COOPERATION),
        ("042", "Make a visit", 1.9, QuadClass.VERBAL_COOPERATION),
        ("043", "Host a visit", 2.8, QuadClass.VERBAL_COOPERATION),
        ("051", "Praise or endorse", 3.4, QuadClass.MATERIAL_COOPERATION),
        ("057", "Sign formal agreement", 8.0, QuadClass.MATERIAL_COOPERATION),
        ("0312", "Express intent to cooperate militarily", 5.2, QuadClass.VERBAL_COOPERATION),
        ("062", "Cooperate militarily", 7.4, QuadClass.MATERIAL_COOPERATION),
        ("111", "Criticize or denounce", -2.0, QuadClass.VERBAL_CONFLICT),
        ("112", "Accuse, not specified below", -2.0, QuadClass.VERBAL_CONFLICT),
        ("163", "Impose embargo, boycott, or sanctions", -8.0, QuadClass.MATERIAL_CONFLICT),
        ("0874", "Retreat or surrender militarily", 10.0, QuadClass.MATERIAL_COOPERATION),
        ("2042", "Detonate nuclear weapons", -10.0, QuadClass.MATERIAL_CONFLICT),
    ],
)
def test_cameo_codebook_entries(code: str, name: str, goldstein: float, quad: QuadClass) -> None:
    entry = cameo_code(code)
    assert (entry.name, entry.goldstein, entry.quad_class) == (name, goldstein, quad)


def test_the_codebook_is_complete_and_well_formed() -> None:
    codes = cameo_codes()
    assert CAMEO_VERSION == "CAMEO 1.1b3"
    assert len(codes) == len({c.code for c in codes}) == 311
    assert {c.root for c in codes} == {f"{n:02d}" for n in range(1, 21)}
    for entry in codes:
        assert entry.code.isdigit()
        assert 2 <= len(entry.code) <= 4
        assert -10.0 <= entry.goldstein <= 10.0
        assert is_cameo_code(entry.base)
        assert is_cameo_code(entry.root)


@pytest.mark.parametrize("code", ["312", "0", "21", "0575", "", "abc"])
def test_unknown_cameo_codes_are_refused_by_name(code: str) -> None:
    assert not is_cameo_code(code)
    with pytest.raises(InvalidValueError, match="CAMEO code"):
        cameo_code(code)


# --- PLOVER -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "quad", "scale"),
    [
        ("AGREE", QuadClass.VERBAL_COOPERATION, 4.2),
        ("CONSULT", QuadClass.VERBAL_COOPERATION, 2.1),
        ("SUPPORT", QuadClass.VERBAL_COOPERATION, 4.6),
        ("COOPERATE", QuadClass.MATERIAL_COOPERATION, 6.8),
        ("REQUEST", QuadClass.VERBAL_CONFLICT, -5.0),
        ("ACCUSE", QuadClass.VERBAL_CONFLICT, -2.0),
        ("SANCTION", QuadClass.MATERIAL_CONFLICT, -5.2),
        ("ASSAULT", QuadClass.MATERIAL_CONFLICT, -9.3),
    ],
)
def test_plover_categories(event: str, quad: QuadClass, scale: float) -> None:
    category = plover_category(event)
    assert (category.quad_class, category.scale) == (quad, scale)


def test_plover_has_sixteen_categories_and_the_manuals_contexts() -> None:
    assert len(PloverEvent) == 16
    assert plover_category("CONSULT").modes == ("visit", "third-party", "multilateral", "phone")
    assert {"military", "economic", "diplomatic", "negation"} <= set(plover_contexts())
    assert PLOVER_VERSION == "plover-0.7b1+polecat"
    with pytest.raises(InvalidValueError, match="not one of AGREE"):
        plover_category("DEMAND")


@pytest.mark.parametrize(
    ("code", "event", "mode", "contexts"),
    [
        # CONSULT and its modes
        ("040", "CONSULT", None, ()),
        ("041", "CONSULT", "phone", ()),
        ("042", "CONSULT", "visit", ()),
        ("043", "CONSULT", "visit", ()),
        ("044", "CONSULT", "third-party", ()),
        # intentions are AGREE, their subject a context
        ("030", "AGREE", None, ()),
        ("0312", "AGREE", None, ("military",)),
        # diplomatic and material cooperation
        ("051", "SUPPORT", None, ("diplomatic",)),
        ("057", "SUPPORT", None, ("diplomatic",)),
        ("062", "COOPERATE", None, ("military",)),
        ("073", "AID", "humanitarian", ()),
        # YIELD splits into verbal CONCEDE and material RETREAT
        ("081", "CONCEDE", None, ()),
        ("0871", "RETREAT", "ceasefire", ("military",)),
        # conflict
        ("020", "REQUEST", None, ()),
        ("100", "REQUEST", None, ()),
        ("111", "ACCUSE", "disapprove", ()),
        ("1124", "ACCUSE", "disapprove", ("military", "legal")),
        ("163", "COERCE", "restrict", ("diplomatic",)),
        ("193", "ASSAULT", None, ()),
        # diplomod's decision where PLOVER drops CAMEO 01
        ("019", "SUPPORT", None, ("diplomatic",)),
    ],
)
def test_the_cameo_to_plover_crosswalk(
    code: str, event: str, mode: str | None, contexts: tuple[str, ...]
) -> None:
    crossed = plover_for_cameo(code)
    assert crossed is not None
    assert (crossed.event.value, crossed.mode, crossed.contexts) == (event, mode, contexts)


@pytest.mark.parametrize("code", ["010", "012", "016", "018"])
def test_public_statements_have_no_plover_category(code: str) -> None:
    assert plover_for_cameo(code) is None


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


# --- coded events and their dyads ---------------------------------------------------------


def test_extractions_become_coded_events_with_their_reports() -> None:
    extraction = Extraction(
        source=SOURCE,
        events=(Visit(id="v1", countries=("FRA", "VNM"), host="VNM"),),
        agreements=(
            Agreement(id="a1", status=AgreementStatus.SIGNED, parties=("FRA", "VNM"), event="v1"),
            Agreement(id="a2", title="Paris Agreement"),
        ),
        statements=(
            Statement(
                id="s1",
                actors=("FRA",),
                kind=StatementKind.SUPPORT,
                content="supported Vietnam's bid",
                target="FRA",
            ),
        ),
    )
    coded = list(coded_events(extraction))
    assert [(c.id, c.type) for c in coded] == [
        ("v1", "visit"),
        ("a1", "agreement"),
        ("s1", "statement"),
    ]  # the agreement only cited is not an event
    assert all(c.reports[0].source == SOURCE for c in coded)
    assert coded[1].link == "v1"
    assert coded[2].recipients == ()  # an actor is not its own target


@pytest.mark.parametrize(
    ("sources", "recipients", "reverse", "expected"),
    [
        (("KOR",), ("JPN",), "043", [("KOR", "JPN", "042"), ("JPN", "KOR", "043")]),
        (("KOR",), ("JPN",), None, [("KOR", "JPN", "042")]),
        (
            ("JPN", "AUS", "IND"),
            (),
            None,
            [
                ("JPN", "AUS", "042"),
                ("JPN", "IND", "042"),
                ("AUS", "JPN", "042"),
                ("AUS", "IND", "042"),
                ("IND", "JPN", "042"),
                ("IND", "AUS", "042"),
            ],
        ),
        (("GBR",), (), None, [("GBR", None, "042")]),
        ((), ("MUS",), "043", [(None, "MUS", "042")]),
        ((), (), None, []),
    ],
)
def test_dyads(
    sources: tuple[str, ...],
    recipients: tuple[str, ...],
    reverse: str | None,
    expected: list[tuple[str | None, str | None, str]],
) -> None:
    event = CodedEvent(
        id="e",
        type="visit",
        code=code_of("042", reverse=reverse),
        sources=sources,
        recipients=recipients,
    )
    assert [(d.actor1, d.actor2, d.cameo) for d in dyads(event)] == expected


# --- a registered event type is coded once -------------------------------------------------


def test_a_registered_event_type_is_coded_by_register_codes(isolated_codes: None) -> None:
    @register_event_type("evacuation_flight")
    @frozen(kw_only=True)
    class EvacuationFlight(Event):
        """A flight that brings citizens home."""

    flight = EvacuationFlight(id="e1", countries=("KOR", "ISR"))
    assert code_record(flight).rule == "event"  # uncoded: the generic event rule
    register_codes("evacuation_flight", cameo="073")
    code = code_record(flight)
    assert (code.cameo, code.plover, code.mode, code.rule) == (
        "073",
        PloverEvent.AID,
        "humanitarian",
        "evacuation_flight",
    )
    assert [c.type for c in coded_events(Extraction(source=SOURCE, events=(flight,)))] == [
        "evacuation_flight"
    ]


def test_a_subclass_inherits_the_codes_of_its_registered_base(isolated_codes: None) -> None:
    @register_event_type("summit")
    @frozen(kw_only=True)
    class Summit(Meeting):
        """A meeting of heads of state or government."""

    summit = Summit(id="s1", countries=("IDN", "MYS"))
    assert code_record(summit).rule == "meeting"
    register_codes("summit", cameo="043", situation=Situation.HOSTED)
    hosted = Summit(id="s2", countries=("IDN", "MYS"), place=Place(country="IDN"))
    assert (code_record(hosted).cameo, code_record(hosted).rule) == ("043", "summit.hosted")
    assert code_record(summit).rule == "meeting"  # other situations keep the base's rules


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"cameo": "999"}, "CAMEO code"),
        ({"cameo": "042", "reverse": "43"}, "CAMEO code"),
        ({"cameo": "012"}, "no PLOVER category"),
        ({"cameo": "042", "mode": "by-boat"}, "not a mode of CONSULT"),
        ({"cameo": "042", "contexts": ("space",)}, "not a PLOVER context"),
        ({"cameo": "042", "plover": "PARLEY"}, "not one of AGREE"),
    ],
)
def test_register_codes_refuses_what_it_cannot_code(
    isolated_codes: None, kwargs: dict[str, str], message: str
) -> None:
    with pytest.raises(InvalidValueError, match=message):
        register_codes("port_call", **kwargs)  # type: ignore[arg-type]


def test_a_statement_code_may_name_its_own_plover_category(isolated_codes: None) -> None:
    register_codes("ceremony", cameo="012", plover="SUPPORT")
    assert code_rules.event_rule(("ceremony",), Situation.DEFAULT)[1].plover is PloverEvent.SUPPORT


# --- laws -----------------------------------------------------------------------------------


@given(st.one_of(events(), agreements(), commitments(), statements()))
def test_every_record_gets_a_valid_code(record: Event | Agreement | Commitment | Statement) -> None:
    code = code_record(record)
    entry = cameo_code(code.cameo)
    category = plover_category(code.plover)
    assert (code.goldstein, code.cameo_quad) == (entry.goldstein, entry.quad_class)
    assert (code.scale, code.plover_quad) == (category.scale, category.quad_class)
    assert code.mode is None or code.mode in category.modes
    assert set(code.contexts) <= set(plover_contexts())
    assert code.reverse_cameo is None or is_cameo_code(code.reverse_cameo)


@given(extractions())
def test_every_coded_event_has_a_code_and_honest_dyads(extraction: Extraction) -> None:
    for event in coded_events(extraction):
        actors = {*event.sources, *event.recipients}
        for dyad in dyads(event):
            assert dyad.actor1 != dyad.actor2
            assert {dyad.actor1, dyad.actor2} - {None} <= actors
            assert dyad.cameo in (event.code.cameo, event.code.reverse_cameo)
