"""The whole parse: never raises, quotes its evidence honestly, gives the same answer twice."""

from __future__ import annotations

import datetime as dt
import gc
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomod import Extraction, parse

PIECES = st.sampled_from(
    [
        "Foreign Minister Lena Sorensen of Denmark ",
        "held talks with ",
        "President Ramaphosa of South Africa ",
        "in Copenhagen on Monday",
        "for about two hours",
        ". ",
        "\n\n",
        "The two sides agreed to ",
        "signed the \u201cAgreement on Green Shipping\u201d ",
        "condemned ",
        "the attack",
        " and decided to ",
        "\u2013 ",
        "Mr. ",
        "the Minister of the Minister of ",
        "\u00ad",
        "\r\n",
    ]
)


def every_evidence(extraction: Extraction) -> list[tuple[str, int, int, str]]:
    """Return (record id, start, end, text) of every evidence in an extraction."""
    out = []
    for group in (
        extraction.events,
        extraction.agreements,
        extraction.commitments,
        extraction.statements,
    ):
        for record in group:
            for e in getattr(record, "evidence", ()):
                out.append((record.id, e.span.start, e.span.end, e.text))
    return out


@settings(max_examples=150)
@given(st.text(max_size=400), st.none() | st.dates())
def test_any_text_parses_without_error(text: str, published: dt.date | None) -> None:
    parse(text, published=published)


@settings(max_examples=150)
@given(st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=50), st.none() | st.dates())
def test_every_evidence_quotes_the_raw_text(pieces: list[str], published: dt.date | None) -> None:
    text = "".join(pieces)
    for _, start, end, quoted in every_evidence(parse(text, published=published)):
        assert text[start:end] == quoted


@settings(max_examples=60)
@given(st.lists(PIECES, max_size=40))
def test_parsing_is_deterministic(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert parse(text, id="d") == parse(text, id="d")


@pytest.mark.parametrize(
    "unit",
    [
        "the Minister of the Minister of ",
        "Mr. " * 3,
        "agreed to agreed to ",
        "on Saturday on ",
        "\u201c" * 7 + "Memorandum of Understanding on ",
        "Japan-Vietnam-Japan-",
        "1 hour and ",
        "A" * 40 + " ",
        "Jean-",
        "Ab",  # one enormous capitalized word
        # one run-on sentence of verb frames: each clause looks at a bounded stretch
        "the Minister called on President Silva at the House of the Council of Peru and ",
    ],
)
@pytest.mark.timeout(60)
def test_large_adversarial_inputs_finish(unit: str) -> None:
    text = unit * (60_000 // len(unit))
    out = parse(text)  # backtracking or a quadratic loop would take minutes, not a second
    for _, start, end, quoted in every_evidence(out):
        assert text[start:end] == quoted


@pytest.mark.timeout(60)
def test_a_text_of_many_distinct_persons_parses_in_linear_time() -> None:
    # Every sentence of this 1.2 MB names a new person: grouping them, and finding their
    # names again, must not compare each with all (that took 30 s; now a few).
    syllables = ("ba", "ko", "mi", "ru", "te", "lan", "dor", "vik", "sa", "zen", "po", "gu")
    names = ["".join(p).capitalize() for p in itertools.product(syllables, repeat=4)][:16_000]
    states = ("Brazil", "Japan", "India", "France", "Kenya", "Chile")
    text = " ".join(
        f"Foreign Minister Ana {name} of {states[n % 6]} met the press. {name} spoke next."
        for n, name in enumerate(names)
    )
    assert parse(text).events is not None


@pytest.mark.parametrize("enabled", [True, False])
def test_parse_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    was_enabled = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        parse("The ministers of Japan and Korea agreed to meet again.")
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was_enabled else gc.disable()


def test_a_readout_yields_each_kind_of_record() -> None:
    text = (
        "Foreign Minister Lena Sorensen of Denmark held talks with Foreign Minister "
        "Tomas Kral of the Czech Republic in Copenhagen on Monday for about two hours.\n\n"
        "The two ministers signed the \u201cAgreement on Cooperation in Green Shipping\u201d. "
        "They agreed to set up a joint working group on port emissions. Minister Kral "
        "condemned the sabotage of undersea cables in the Baltic Sea."
    )
    out = parse(text, id="readout", published=dt.date(2024, 4, 10))
    event = out.events[0]
    assert (type(event).__name__, str(event.date), set(event.countries)) == (
        "Meeting",
        "2024-04-08",
        {"DNK", "CZE"},
    )
    assert event.duration == dt.timedelta(hours=2)
    assert event.place is not None
    assert event.place.city == "Copenhagen"
    assert [(a.title, a.status.value) for a in out.agreements] == [
        ("Agreement on Cooperation in Green Shipping", "signed")
    ]
    assert [(c.modality.value, c.content) for c in out.commitments] == [
        ("agree", "set up a joint working group on port emissions")
    ]
    assert [(s.kind.value, s.actors) for s in out.statements] == [("condemn", ("CZE",))]


def test_a_relative_date_without_a_publication_date_is_unknown() -> None:
    out = parse("President Ana Lopes of Portugal met Prime Minister Kofi Owusu of Ghana on Friday.")
    assert [e.date for e in out.events] == [None]


def test_an_undated_text_gives_yearless_dates_its_stated_year() -> None:
    from diplomod.mentions import find_mentions
    from diplomod.text.document import make_document

    text = "In 2023 the two navies trained together. In late March they met again on Saturday."
    dates = find_mentions(make_document(text)).dates
    found = {text[d.span.start : d.span.end]: d.date for d in dates}
    late_march = next(v for k, v in found.items() if "March" in k)
    assert late_march is not None
    assert str(late_march) == "2023-03-21/2023-03-31"
    assert all(v is None for k, v in found.items() if "Saturday" in k)  # never a guess
