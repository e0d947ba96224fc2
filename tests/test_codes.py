"""Coded events, their dyads, codes for registered event types, and the laws of coding."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from attrs import frozen
from hypothesis import given
from hypothesis import strategies as st

from diplomod.codes import (
    CodedEvent,
    PloverEvent,
    Situation,
    cameo_code,
    code_of,
    code_record,
    coded_events,
    dyads,
    is_cameo_code,
    plover_category,
    plover_contexts,
    register_codes,
)
from diplomod.codes import rules as code_rules
from diplomod.errors import InvalidValueError
from diplomod.records import (
    Agreement,
    AgreementStatus,
    Commitment,
    Event,
    Extraction,
    Meeting,
    Place,
    Source,
    Statement,
    StatementKind,
    Visit,
)
from diplomod.registry import register_event_type
from diplomod.testing import agreements, commitments, events, extractions, statements

SOURCE = Source(id="readout-1", published=dt.date(2024, 5, 2))


@pytest.fixture
def isolated_codes(isolated_registry: None) -> Iterator[None]:
    """Let a test register event types and codes without leaving them behind."""
    saved = {tag: dict(rules) for tag, rules in code_rules._user_events.items()}
    try:
        yield
    finally:
        code_rules._user_events.clear()
        code_rules._user_events.update(saved)


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
