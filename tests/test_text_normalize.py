"""Normalization: what it replaces, and the offset map back to the raw text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomod.records.provenance import Span
from diplomod.text import normalize
from diplomod.text.normalize import DELETED_CHARACTERS, EXPANSIONS, REPLACEMENTS

# --- what changes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        # curly quotes and primes
        ("Seoul\u2019s \u201cbold\u201d plan", 'Seoul\'s "bold" plan'),
        ("the \u2018Quad\u2019 partners", "the 'Quad' partners"),
        ("a 5\u2032 10\u2033 envoy", "a 5' 10\" envoy"),
        ("\u201eGuten Tag\u201c, said Berlin", '"Guten Tag", said Berlin'),
        ("\u00abBonjour\u00bb from Paris", '"Bonjour" from Paris'),
    ],
)
def test_quotes_become_ascii(raw: str, text: str) -> None:
    assert normalize(raw).text == text


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("India\u2013Australia talks", "India-Australia talks"),
        ("Brazil \u2014 and Chile \u2014 agreed", "Brazil - and Chile - agreed"),
        ("Japan\u2011Korea hotline", "Japan-Korea hotline"),  # non-breaking hyphen
        ("Russia\u2012Kazakhstan", "Russia-Kazakhstan"),  # figure dash
        ("\u22123 degrees in Ottawa", "-3 degrees in Ottawa"),  # minus sign
        ("co\u2010operation", "co-operation"),
        ("a \u2015 bar", "a - bar"),
    ],
)
def test_dashes_become_hyphens(raw: str, text: str) -> None:
    assert normalize(raw).text == text


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("President\u00a0Lula", "President Lula"),
        ("10\u202fam in Pretoria", "10 am in Pretoria"),  # narrow no-break space
        ("Prime\u2003Minister", "Prime Minister"),  # em space
        ("Tokyo\u3000Japan", "Tokyo Japan"),  # ideographic space
        ("line one\r\nline two", "line one\nline two"),
        ("old Mac\rline", "old Mac\nline"),
        ("para\u2029next", "para\nnext"),
    ],
)
def test_spaces_and_line_ends(raw: str, text: str) -> None:
    assert normalize(raw).text == text


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("\ufeffJoint Statement", "Joint Statement"),  # byte order mark
        ("ne\u00adgo\u00adti\u00ada\u00adtions", "negotiations"),  # soft hyphens
        ("Kyiv\u200b\u200cand\u200dWarsaw", "KyivandWarsaw"),  # zero-width characters
        ("\u200eCairo\u200f", "Cairo"),  # direction marks
        ("the \ufb01nal o\ufb03ce", "the final office"),  # ligatures
        ("and so on\u2026 Then", "and so on... Then"),
        ("\uff2a\uff41\uff50\uff41\uff4e\uff1a", "Japan:"),  # full-width forms
    ],
)
def test_invisible_characters_go_and_compatibility_forms_expand(raw: str, text: str) -> None:
    assert normalize(raw).text == text


def test_plain_ascii_is_kept_as_is_with_an_empty_map() -> None:
    n = normalize("The ministers met in Canberra on Monday.")
    assert n.text == n.raw
    assert n.starts == ()


# --- the offset map -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "offset", "expected"),
    [
        ("\ufeffMadrid", 0, 0),  # a leading deleted character belongs to what follows
        ("\ufeffMadrid", 1, 2),
        ("Ma\u00addrid", 2, 2),  # the boundary before the soft hyphen
        ("Ma\u00addrid", 3, 4),
        ("a\r\nb", 1, 1),
        ("a\r\nb", 2, 3),
        ("o\ufb03ce", 2, 1),  # inside an expansion: the raw character it came from
        ("o\ufb03ce", 4, 2),
        ("o\ufb03ce", 6, 4),  # the end of the text is the end of the raw text
        ("Rome\u200b", 4, 5),
    ],
)
def test_to_raw(raw: str, offset: int, expected: int) -> None:
    assert normalize(raw).to_raw(offset) == expected


@pytest.mark.parametrize(
    ("raw", "span", "quoted"),
    [
        # a deleted character at an edge stays out, one inside stays in
        ("Ma\u00addrid talks", (0, 2), "Ma"),
        ("Ma\u00addrid talks", (2, 6), "drid"),
        ("Ma\u00addrid talks", (0, 6), "Ma\u00addrid"),
        ("\ufeffOslo", (0, 4), "Oslo"),
        ("Oslo\u200b", (0, 4), "Oslo"),
        # quotes and dashes keep their raw form
        ("the \u201cNew Level\u201d pact", (4, 15), "\u201cNew Level\u201d"),
        ("Ghana\u2013Togo", (0, 10), "Ghana\u2013Togo"),
        # a span that cuts an expansion takes the whole raw character
        ("the o\ufb03ce", (5, 6), "\ufb03"),
        ("the o\ufb03ce", (4, 10), "o\ufb03ce"),
        ("wait\u2026 then", (4, 7), "\u2026"),
        ("one\r\ntwo", (3, 4), "\r\n"),
        ("one\r\ntwo", (0, 7), "one\r\ntwo"),
        # an empty span maps to an empty span at its boundary
        ("Ma\u00addrid", (2, 2), ""),
    ],
)
def test_span_to_raw_quotes_the_raw_text(raw: str, span: tuple[int, int], quoted: str) -> None:
    n = normalize(raw)
    assert n.span_to_raw(Span(start=span[0], end=span[1])).slice(raw) == quoted


# --- laws ---------------------------------------------------------------------------

_SPECIALS = sorted({*REPLACEMENTS, *DELETED_CHARACTERS, *EXPANSIONS, "\r\n"})
_ONE_FOR_ONE_OR_DELETED = sorted({*REPLACEMENTS, *DELETED_CHARACTERS, "\r\n"})


def _salted(alphabet: list[str]) -> st.SearchStrategy[str]:
    """Ordinary text with the special characters of ``alphabet`` mixed in."""
    pieces = st.one_of(st.text(max_size=8), st.sampled_from(alphabet))
    return st.lists(pieces, max_size=40).map("".join)


texts = st.one_of(st.text(), _salted(_SPECIALS))


@given(texts)
def test_normalizing_is_idempotent(raw: str) -> None:
    text = normalize(raw).text
    assert normalize(text).text == text


@given(texts)
def test_the_map_runs_from_start_to_end_and_never_backwards(raw: str) -> None:
    n = normalize(raw)
    offsets = [n.to_raw(i) for i in range(len(n.text) + 1)]
    assert offsets[0] == 0
    assert offsets[-1] == len(raw)
    assert offsets == sorted(offsets)


@given(texts)
def test_every_character_maps_to_raw_text_that_normalizes_to_it(raw: str) -> None:
    n = normalize(raw)
    for i, char in enumerate(n.text):
        source = n.span_to_raw(Span(start=i, end=i + 1))
        assert 0 <= source.start < source.end <= len(raw)
        assert char in normalize(source.slice(raw)).text
        assert n.to_raw(i) <= source.start


@given(_salted(_ONE_FOR_ONE_OR_DELETED), st.data())
def test_raw_span_normalizes_back_to_the_span(raw: str, data: st.DataObject) -> None:
    n = normalize(raw)
    start = data.draw(st.integers(0, len(n.text)))
    end = data.draw(st.integers(start, len(n.text)))
    span = Span(start=start, end=end)
    assert normalize(n.span_to_raw(span).slice(raw)).text == span.slice(n.text)


@given(texts, st.data())
def test_raw_spans_stay_in_bounds_and_in_order(raw: str, data: st.DataObject) -> None:
    n = normalize(raw)
    start = data.draw(st.integers(0, len(n.text)))
    end = data.draw(st.integers(start, len(n.text)))
    source = n.span_to_raw(Span(start=start, end=end))
    assert 0 <= source.start <= source.end <= len(raw)
    assert n.to_raw(start) <= source.start
    if start == end:
        assert source == Span(start=n.to_raw(start), end=n.to_raw(start))


@pytest.mark.parametrize(
    "raw",
    [
        "\u00ad" * 1_000_000 + "x",
        "\r\n" * 500_000,
        "\r" * 1_000_000,
        "\ufb01\u2019" * 400_000,
        "\u2026 " * 500_000,
        "the Minister of the Minister of " * 30_000,
    ],
    ids=["soft-hyphens", "crlf", "cr", "ligatures-and-quotes", "ellipses", "ministers"],
)
def test_megabytes_of_special_characters_take_linear_time(raw: str) -> None:
    n = normalize(raw)
    n.span_to_raw(Span(start=0, end=len(n.text)))
    assert n.to_raw(len(n.text) // 2) <= len(raw)
