"""Discourse: who is who in a document, and the cues read just before a mention.

The backwards cues of :class:`Lookback` must say what a search of the window
before a position says; :meth:`Discourse.items_in` must return what a plain
filter of the document's items returns. Sentences are written for these tests.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomod.mentions.actors import scan_actors
from diplomod.mentions.lexicon.caseless import CaselessPattern, lower_view
from diplomod.rules.discourse import Discourse
from diplomod.rules.lookback import CLAUSE_OPENERS, NOT_BEFORE_SUBJECT, Lookback

#: The cues as searches of the window itself (the rules before they read backwards).
_PREPOSITION = CaselessPattern(r"(?:\b(?:" + "|".join(NOT_BEFORE_SUBJECT) + r")|'s)\s*$")
_CLAUSE_START = re.compile(
    r"(?:^|[.;:,\"\n]|\s[-\u2013\u2014]{1,2}|\b(?:" + "|".join(CLAUSE_OPENERS) + r"))\s*$"
)

_PIECES = st.sampled_from(
    [
        *NOT_BEFORE_SUBJECT[:12],
        *CLAUSE_OPENERS,
        "With", "AND", "Japan", "Korea's", "'s", "s", "within", "Berlin", "the", "Minister",
        " ", "  ", "          ", "\n", ",", ";", ".", "-", " - ", "\u2014", "\"",
        "İ", "K", "ſ", "x",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


def _forward(text: str, start: int) -> tuple[bool, bool]:
    low = lower_view(text)
    after = _PREPOSITION.search_in(text, low, max(0, start - 24), start) is not None
    opens = _CLAUSE_START.search(text[max(0, start - 12) : start]) is not None
    return after, opens


@pytest.mark.parametrize(
    ("text", "start", "after", "opens"),
    [
        ("The minister met with Japan", 22, True, False),
        ("talks between India and Brazil", 24, False, True),
        ("Germany's Chancellor", 10, True, False),
        ("In Berlin France said", 10, False, False),
        ("Within weeks; Korea", 14, False, True),
        ("BRUSSELS - NATO", 11, False, True),
        ("Korea", 0, False, True),
        ("He said China", 8, False, True),
        ("WITH Australia", 5, True, False),
        # the window is a string of its own: a word cut at its start stands whole
        ("Berlin" + " " * 22 + "Japan", 28, True, True),
        ("Berlin" + " " * 22 + "Japan", 27, False, True),
        ("Band" + " " * 9 + "Japan", 13, False, True),
        ("Band" + " " * 8 + "Japan", 12, False, False),
    ],
)
def test_lookback_reads_the_window_before_a_position(
    text: str, start: int, after: bool, opens: bool
) -> None:
    back = Lookback(text, lower_view(text))
    assert (back.after_preposition(start), back.opens_clause(start)) == (after, opens)


@settings(max_examples=300)
@given(_TEXTS, st.data())
def test_lookback_agrees_with_a_search_of_the_window(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    back = Lookback(text, lower_view(text))
    assert (back.after_preposition(start), back.opens_clause(start)) == _forward(text, start)


@settings(max_examples=300)
@given(_TEXTS, st.data())
def test_lookback_without_a_lower_view_agrees_too(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    back = Lookback(text, None)
    expected = _PREPOSITION.search_in(text, None, max(0, start - 24), start) is not None
    assert back.after_preposition(start) is expected


_DOCUMENT_WORDS = [
    "Japan", "Japan's Foreign Minister Yoko Kamikawa", "Kamikawa", "India", "he",
    "the two leaders", "his Korean counterpart", "the Minister", "met", "said",
    "and", ",", ".", "with", "President Lula", "Lula", "Brazil's",
]  # fmt: skip
_DOCUMENT = st.lists(st.sampled_from(_DOCUMENT_WORDS), max_size=25).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(_DOCUMENT, st.integers(0, 300), st.integers(0, 300))
def test_items_in_is_a_filter_of_the_items(text: str, start: int, stop: int) -> None:
    discourse = Discourse(text, scan_actors(text))
    edges = {start, stop, *(n for i in discourse.items for n in (i.span.start, i.span.end))}
    for lo in edges:  # every window between two item edges, and one drawn
        for hi in edges:
            expected = [i for i in discourse.items if lo <= i.span.start and i.span.end <= hi]
            assert discourse.items_in(lo, hi) == expected


@pytest.mark.timeout(60)
def test_lookback_is_linear_on_a_long_text() -> None:
    text = "the Minister of the Minister with " * 30000
    back = Lookback(text, lower_view(text))
    assert sum(back.after_preposition(n) for n in range(0, len(text), 97)) > 0
