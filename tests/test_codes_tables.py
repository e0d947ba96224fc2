"""The code tables as data: the CAMEO codebook, PLOVER's categories and the crosswalk."""

from __future__ import annotations

import pytest

from diplomod.codes import (
    CAMEO_VERSION,
    PLOVER_VERSION,
    PloverEvent,
    QuadClass,
    cameo_code,
    cameo_codes,
    is_cameo_code,
    plover_category,
    plover_contexts,
    plover_for_cameo,
)
from diplomod.errors import InvalidValueError

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
