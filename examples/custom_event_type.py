"""Add an event type of your own: a naval port call, registered once and supported everywhere.

One class and one decorator: the JSON converter, the JSON Schema and the hypothesis
strategies read the registry when they are called, so they all know the new type.
One call to ``register_codes`` gives it CAMEO and PLOVER codes, so the event-data
exports (GDELT, ICEWS, POLECAT, PLOVER JSON) write it too.

Run it with ``python examples/custom_event_type.py``.
"""

from __future__ import annotations

import datetime as dt
import json

from attrs import field, frozen
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from diplomod.codes import code_record, register_codes
from diplomod.interchange import dumps, loads, make_schema, to_gdelt
from diplomod.pipeline import parse
from diplomod.records import Event, Evidence, Extraction, PartialDate, Place, Source, Span
from diplomod.records import validators as v
from diplomod.registry import register_event_type, tag_of
from diplomod.testing import records, register_strategy


@register_event_type("port_call", triggers=("port call", "called at", "berthed at"))
@frozen(kw_only=True)
class PortCall(Event):
    """A warship's visit to a foreign port."""

    vessel: str | None = field(default=None, validator=v.optional(v.non_empty))
    flag: str | None = field(default=None, validator=v.optional_state_code)
    port: str | None = None
    berth_days: int | None = field(default=None, validator=v.optional(v.positive))


# A port call is a visit: the ship's state "makes a visit" (CAMEO 042), the port's
# state "hosts" it (043); PLOVER codes it CONSULT with mode "visit" by the crosswalk.
register_codes("port_call", cameo="042", reverse="043")


TEXT = (
    "The Indian Navy frigate INS Tarangini called at Port Louis, Mauritius, "
    "for a four-day port call that began on 3 March 2025."
)


def quote(field_name: str, words: str) -> Evidence:
    """Return the evidence for ``field_name``: where ``words`` stand in TEXT."""
    start = TEXT.index(words)
    return Evidence(field=field_name, span=Span(start=start, end=start + len(words)), text=words)


def build() -> PortCall:
    """Return the port call the sentence above reports."""
    return PortCall(
        id="ind-mus-2025-03-03",
        date=PartialDate(year=2025, month=3, day=3),
        place=Place(city="Port Louis", country="MUS"),
        countries=("IND", "MUS"),
        vessel="INS Tarangini",
        flag="IND",
        port="Port Louis",
        berth_days=4,
        evidence=(
            quote("vessel", "INS Tarangini"),
            quote("place", "Port Louis, Mauritius"),
            quote("berth_days", "four-day"),
            quote("date", "3 March 2025"),
        ),
    )


def check_schema(document: object) -> str:
    """Validate a JSON document against the schema of every registered type."""
    try:
        import jsonschema
    except ImportError:
        return "skipped (pip install jsonschema)"
    jsonschema.Draft202012Validator(make_schema()).validate(document)
    return "valid"


def generate(count: int) -> list[PortCall]:
    """Return ``count`` port calls drawn by diplomod.testing, with readable vessel names."""
    names = st.sampled_from(["HMAS Kestrel", "JS Asagiri", "HMS Dauntless", "BNS Amazonas"])
    register_strategy(PortCall, names, field="vessel")
    drawn: list[PortCall] = []

    @settings(max_examples=count, phases=[Phase.generate], database=None, derandomize=True)
    @given(records("port_call"))
    def collect(call: object) -> None:
        assert isinstance(call, PortCall)
        assert loads(dumps(call)) == call  # every generated record round-trips
        drawn.append(call)

    collect()
    return drawn


def main() -> None:
    """Build, write, read back, validate and generate port calls."""
    call = build()
    text = dumps(call)
    print(f"registered {tag_of(PortCall)!r}; one record as a line of JSON:")
    print(text, "\n")

    assert loads(text) == call
    print("read back equal:", loads(text) == call)
    for item in call.evidence:
        assert TEXT[item.span.start : item.span.end] == item.text
    print("evidence quotes the text:", ", ".join(repr(e.text) for e in call.evidence))
    print("schema check:", check_schema(json.loads(text)))

    extraction = Extraction(source=Source(id="example-1"), events=(call,))
    nested = dumps(extraction)
    assert loads(nested) == extraction
    print("inside an extraction, tagged as:", json.loads(nested)["data"]["events"][0]["type"])
    print("schema check of the extraction:", check_schema(json.loads(nested)))

    code = code_record(call)
    print(f"\ncoded: CAMEO {code.cameo} ({code.cameo_name}), Goldstein {code.goldstein:+}")
    print(f"       PLOVER {code.plover} mode={code.mode} scale {code.scale:+}")
    rows, report = to_gdelt(extraction, added=dt.datetime(2025, 3, 4, tzinfo=dt.UTC))
    assert [(row[7], row[17], row[26]) for row in rows] == [
        ("IND", "MUS", "042"),
        ("MUS", "IND", "043"),
    ], "the visiting state makes the visit, the host state hosts it"
    for row in rows:
        print(f"  GDELT row: {row[7]} -> {row[17]} {row[26]} on {row[1]}")
    print("  GDELT could not hold:", ", ".join(d.what for d in report.dropped))

    report = (
        "The Kenyan patrol vessel KNS Jasiri made a port call at Dar es Salaam, "
        "Tanzania, on 12 June 2025."
    )
    parsed = [e for e in parse(report).events if isinstance(e, PortCall)]
    assert len(parsed) == 1, "the parser reads the registered trigger phrases"
    found = parsed[0]
    print(f"\nparsed from text: {tag_of(type(found))} on {found.date} in {found.place}")

    print("\ngenerated with diplomod.testing:")
    for drawn in generate(5):
        when = drawn.date or "undated"
        print(f"  {drawn.vessel:<14} flag={drawn.flag} berth_days={drawn.berth_days} {when}")


if __name__ == "__main__":
    main()
