"""The table of record types: registering event types, looking them up, loading plug-ins."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from attrs import frozen

from diplomod import registry
from diplomod.errors import DiplomodError, RegistryError
from diplomod.records import (
    Agreement,
    Call,
    Commitment,
    Conference,
    Dataset,
    Event,
    Extraction,
    Meeting,
    Statement,
    Visit,
)
from diplomod.registry import (
    Family,
    event_types,
    generation,
    load_plugins,
    record_type,
    record_types,
    register_event_type,
    register_record_type,
    tag_of,
)

pytestmark = pytest.mark.usefixtures("isolated_registry")


@frozen(kw_only=True)
class PortCall(Event):
    """A warship calling at a foreign port."""

    vessel: str | None = None


@frozen(kw_only=True)
class Ceremony(Event):
    """A wreath-laying or a guard of honour."""


class PlainEvent:
    """Not an attrs class."""


@frozen(kw_only=True)
class Memo:
    """An attrs class that is not an event."""

    id: str


# --- the built-in types ----------------------------------------------------------------------

BUILTINS = [
    ("meeting", Meeting, Family.EVENT),
    ("call", Call, Family.EVENT),
    ("visit", Visit, Family.EVENT),
    ("conference", Conference, Family.EVENT),
    ("agreement", Agreement, Family.RECORD),
    ("commitment", Commitment, Family.RECORD),
    ("statement", Statement, Family.RECORD),
    ("extraction", Extraction, Family.RECORD),
    ("dataset", Dataset, Family.RECORD),
]


@pytest.mark.parametrize(("tag", "cls", "family"), BUILTINS)
def test_builtin_types_are_registered(tag: str, cls: type, family: Family) -> None:
    entry = record_type(tag)
    assert entry is not None
    assert (entry.cls, entry.family, entry.builtin) == (cls, family, True)
    assert tag_of(cls) == tag


def test_event_types_are_the_event_family_sorted_by_tag() -> None:
    assert [t.tag for t in event_types()] == ["call", "conference", "meeting", "visit"]
    tags = [t.tag for t in record_types()]
    assert tags == sorted(tags)
    assert set(tags) == {tag for tag, _, _ in BUILTINS}


def test_builtin_event_types_have_trigger_words() -> None:
    meeting = record_type("meeting")
    assert meeting is not None
    assert "talks" in meeting.triggers


def test_lookups_of_unknown_types() -> None:
    assert record_type("port_call") is None
    with pytest.raises(RegistryError, match="PortCall"):
        tag_of(PortCall)


# --- registering an event type ---------------------------------------------------------------


def test_a_registered_event_type_is_found_by_tag_and_class() -> None:
    before = generation()
    returned = register_event_type("port_call", triggers=("port call", "docked at"))(PortCall)
    assert returned is PortCall
    entry = record_type("port_call")
    assert entry is not None
    assert (entry.cls, entry.family, entry.triggers, entry.builtin) == (
        PortCall,
        Family.EVENT,
        ("port call", "docked at"),
        False,
    )
    assert tag_of(PortCall) == "port_call"
    assert "port_call" in [t.tag for t in event_types()]
    assert generation() > before


def test_registering_the_same_type_again_changes_nothing() -> None:
    register_event_type("port_call", triggers=("port call",))(PortCall)
    before = generation()
    register_event_type("port_call", triggers=("port call",))(PortCall)
    assert generation() == before
    assert [t.tag for t in record_types()].count("port_call") == 1


def test_the_decorator_form_registers_a_class_where_it_is_defined() -> None:
    @register_event_type("wreath_laying")
    @frozen(kw_only=True)
    class WreathLaying(Event):
        memorial: str | None = None

    assert tag_of(WreathLaying) == "wreath_laying"


@pytest.mark.parametrize(
    "tag",
    [
        pytest.param("PortCall", id="upper case"),
        pytest.param("port call", id="space"),
        pytest.param("", id="empty"),
        pytest.param("port-call", id="hyphen"),
        pytest.param("9lives", id="leading digit"),
        pytest.param("_port", id="leading underscore"),
        pytest.param("p" * 41, id="too long"),
    ],
)
def test_malformed_tags_are_refused(tag: str) -> None:
    before = generation()
    with pytest.raises(RegistryError, match="tag"):
        register_event_type(tag)(PortCall)
    assert generation() == before
    assert record_type(tag) is None


def test_a_tag_taken_by_another_class_is_refused() -> None:
    with pytest.raises(RegistryError, match="'meeting' is registered already for Meeting"):
        register_event_type("meeting")(PortCall)


def test_a_class_registered_under_another_tag_is_refused() -> None:
    register_event_type("port_call")(PortCall)
    with pytest.raises(RegistryError, match="registered already as 'port_call'"):
        register_event_type("naval_visit")(PortCall)
    with pytest.raises(RegistryError):
        register_event_type("gathering")(Meeting)


@pytest.mark.parametrize(
    ("cls", "message"),
    [
        pytest.param(PlainEvent, "not a subclass of diplomod.Event", id="plain class"),
        pytest.param(Memo, "not a subclass of diplomod.Event", id="attrs class, no event"),
    ],
)
def test_only_event_classes_are_event_types(cls: type, message: str) -> None:
    with pytest.raises(RegistryError, match=message):
        register_event_type("oddity")(cls)


def test_only_attrs_classes_are_record_types() -> None:
    with pytest.raises(RegistryError, match="not an attrs class"):
        register_record_type(PlainEvent, tag="plain")
    register_record_type(Memo, tag="memo")
    entry = record_type("memo")
    assert entry is not None
    assert entry.family is Family.RECORD
    assert "memo" not in [t.tag for t in event_types()]


def test_registry_errors_are_value_errors() -> None:
    assert issubclass(RegistryError, DiplomodError)
    with pytest.raises(ValueError, match="tag"):
        register_event_type("Bad Tag")(Ceremony)


def test_registered_classes_stay_ordinary_attrs_classes() -> None:
    register_event_type("ceremony")(Ceremony)
    made = Ceremony(id="c1", countries=("IND", "FRA"))
    assert attrs.asdict(made)["countries"] == ("IND", "FRA")


# --- plug-ins through entry points -----------------------------------------------------------

PLUGIN_MODULE = """
    from attrs import frozen

    from diplomod.records.events import Event
    from diplomod.registry import register_event_type


    @register_event_type("airshow", triggers=("air show",))
    @frozen(kw_only=True)
    class Airshow(Event):
        aircraft: tuple[str, ...] = ()


    @frozen(kw_only=True)
    class Regatta(Event):
        boats: int | None = None


    def register():
        register_event_type("regatta", triggers=("regatta",))(Regatta)
"""

ENTRY_POINTS = """
    [diplomod.records]
    airshow = {module}
    regatta = {module}:register
"""


@pytest.fixture
def plugin_on_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Install a distribution with two entry points (a module and a callable) on sys.path."""
    module = f"diplomod_test_plugin_{tmp_path.name.replace('-', '_')}"
    (tmp_path / f"{module}.py").write_text(textwrap.dedent(PLUGIN_MODULE))
    info = tmp_path / "diplomod_test_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: diplomod-test-plugin\nVersion: 1.0\n"
    )
    (info / "entry_points.txt").write_text(textwrap.dedent(ENTRY_POINTS.format(module=module)))
    monkeypatch.syspath_prepend(str(tmp_path))
    yield module
    sys.modules.pop(module, None)


def test_plugins_register_through_entry_points(plugin_on_path: str) -> None:
    before = generation()
    loaded = load_plugins()
    assert {"airshow", "regatta"} <= set(loaded)
    assert list(loaded) == sorted(loaded)
    airshow, regatta = record_type("airshow"), record_type("regatta")
    assert airshow is not None
    assert regatta is not None
    assert airshow.cls.__module__ == plugin_on_path
    assert airshow.triggers == ("air show",)
    assert regatta.family is Family.EVENT
    assert generation() > before


def test_loading_plugins_twice_changes_nothing(plugin_on_path: str) -> None:
    first = load_plugins()
    before = generation()
    assert load_plugins() == first
    assert generation() == before


class _FakeEntryPoint:
    """Stands in for importlib.metadata.EntryPoint: a name and something to load."""

    def __init__(self, name: str, target: object) -> None:
        self.name = name
        self._target = target

    def load(self) -> object:
        return self._target


def test_entry_points_are_loaded_in_name_order(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    points = [
        _FakeEntryPoint("zeta", lambda: calls.append("zeta")),
        _FakeEntryPoint("alpha", lambda: calls.append("alpha")),
        _FakeEntryPoint("module_like", registry),  # a module registers on import
    ]

    def fake_entry_points(*, group: str) -> list[_FakeEntryPoint]:
        assert group == "diplomod.records"
        return points

    monkeypatch.setattr(registry, "entry_points", fake_entry_points)
    assert load_plugins() == ("alpha", "module_like", "zeta")
    assert calls == ["alpha", "zeta"]


def test_a_broken_plugin_is_named_in_the_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode() -> None:
        raise ImportError("no module named 'harbour_events'")

    point = _FakeEntryPoint("harbour", explode)
    point.value = "harbour_events:register"  # type: ignore[attr-defined]
    monkeypatch.setattr(registry, "entry_points", lambda *, group: [point])
    with pytest.raises(RegistryError, match=r"plug-in 'harbour' .*harbour_events"):
        load_plugins()


def test_lookups_load_the_plugins_once_by_themselves(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    point = _FakeEntryPoint("counter", lambda: calls.append("loaded"))
    monkeypatch.setattr(registry, "entry_points", lambda *, group: [point])
    monkeypatch.setattr(registry, "_plugins_loaded", False)
    registry.record_types()
    registry.record_type("meeting")
    assert calls == ["loaded"]


def test_a_parsed_type_needs_defaults_for_fields_the_parser_cannot_fill() -> None:
    with pytest.raises(RegistryError, match="cannot fill hull_number"):

        @register_event_type("ship_visit_needing_hull", triggers=("ship visit",))
        @frozen(kw_only=True)
        class ShipVisit(Event):
            hull_number: str
