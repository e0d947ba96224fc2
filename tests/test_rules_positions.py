"""Commitments and statements: who commits or speaks, in which way, to what."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomod.mentions.lexicon.caseless import CaselessPattern, lower_view
from diplomod.pipeline import parse
from diplomod.rules import clauses as clauses_module
from diplomod.rules import positions as positions_module
from diplomod.rules.frames import DEFAULT_FRAMES
from diplomod.rules.tails import TailPattern, tail

READOUT_HEAD = (
    "Readout of the Foreign Ministers' Meeting\n\n"
    "Foreign Minister Ana Silva of Brazil met Foreign Minister Kwame Mensah of Ghana "
    "in Accra on Tuesday.\n\n"
)


def positions(body: str) -> list[tuple[str, str, tuple[str, ...], str]]:
    """Return (family, kind, actors, content) of every position parsed from a readout."""
    out = parse(READOUT_HEAD + body, published=dt.date(2025, 3, 6))
    found = [("commitment", c.modality.value, c.actors, c.content) for c in out.commitments]
    found += [("statement", s.kind.value, s.actors, s.content) for s in out.statements]
    return found


# (sentence, family, kind, actors, content)
JOINT_COMMITMENTS = [
    (
        "The Ministers agreed to open a direct air link between the two capitals.",
        "commitment",
        "agree",
        ("BRA", "GHA"),
        "open a direct air link between the two capitals",
    ),
    (
        "Both sides decided to set up a joint committee on cocoa research.",
        "commitment",
        "decide",
        ("BRA", "GHA"),
        "set up a joint committee on cocoa research",
    ),
    (
        "They reaffirmed the importance of a fair multilateral trading system.",
        "commitment",
        "reaffirm",
        ("BRA", "GHA"),
        "the importance of a fair multilateral trading system",
    ),
    (
        "The two ministers shared the view that regional bodies should lead mediation efforts.",
        "commitment",
        "share_view",
        ("BRA", "GHA"),
        "regional bodies should lead mediation efforts",
    ),
    (
        "The Ministers pledged to double bilateral trade by 2030.",
        "commitment",
        "pledge",
        ("BRA", "GHA"),
        "double bilateral trade by 2030",
    ),
    (
        "The two sides reached a consensus to resume flights of the national carriers.",
        "commitment",
        "agree",
        ("BRA", "GHA"),
        "resume flights of the national carriers",
    ),
    (
        "The Ministers plan to convene the joint commission again next year.",
        "commitment",
        "intend",
        ("BRA", "GHA"),
        "convene the joint commission again next year",
    ),
]

ONE_SIDE = [
    (
        "Minister Silva stated her commitment to support Ghana's candidacy for the council.",
        "commitment",
        "pledge",
        ("BRA",),
        "support Ghana's candidacy for the council",
    ),
    (
        "Minister Mensah said that Ghana will host the next round of talks in Kumasi.",
        "commitment",
        "intend",
        ("GHA",),
        "host the next round of talks in Kumasi",
    ),
    (
        "Silva underscored Brazil's commitment to the peaceful settlement of disputes.",
        "commitment",
        "reaffirm",
        ("BRA",),
        "Brazil's commitment to the peaceful settlement of disputes",
    ),
]

# phrasings of Russian, Chinese and US readouts: impersonal passives, purposes, readiness
READOUT_STYLES = [
    (
        "It was agreed to hold the next round of consultations in Accra.",
        "commitment",
        "agree",
        ("BRA", "GHA"),
        "hold the next round of consultations in Accra",
    ),
    (
        "The importance of cooperation within the African Union was underscored.",
        "commitment",
        "reaffirm",
        ("BRA", "GHA"),
        "The importance of cooperation within the African Union",
    ),
    (
        "Minister Silva met the press to reaffirm Brazil's support for the peace process.",
        "commitment",
        "reaffirm",
        ("BRA",),
        "Brazil's support for the peace process",
    ),
    (
        "Brazil remains firmly committed to a two-state solution.",
        "commitment",
        "pledge",
        ("BRA",),
        "a two-state solution",
    ),
    (
        "Minister Mensah expressed readiness to send observers to the elections.",
        "commitment",
        "intend",
        ("GHA",),
        "send observers to the elections",
    ),
]

STATEMENTS = [
    (
        "Minister Silva strongly condemned the attack on a United Nations convoy in Mali.",
        "statement",
        "condemn",
        ("BRA",),
        "strongly condemned the attack on a United Nations convoy in Mali",
    ),
    (
        "Minister Mensah expressed deep concern over piracy in the Gulf of Guinea.",
        "statement",
        "concern",
        ("GHA",),
        "expressed deep concern over piracy in the Gulf of Guinea",
    ),
    (
        "The Ministers welcomed the ceasefire agreed between the parties in Sudan.",
        "statement",
        "welcome",
        ("BRA", "GHA"),
        "welcomed the ceasefire agreed between the parties in Sudan",
    ),
    (
        "Minister Mensah thanked Brazil for its support to the vaccine factory in Accra.",
        "statement",
        "appreciate",
        ("GHA",),
        "thanked Brazil for its support to the vaccine factory in Accra",
    ),
    (
        "Minister Silva urged all parties to return to the negotiating table.",
        "statement",
        "request",
        ("BRA",),
        "urged all parties to return to the negotiating table",
    ),
    (
        "The two ministers rejected any attempt to redraw borders by force.",
        "statement",
        "oppose",
        ("BRA", "GHA"),
        "rejected any attempt to redraw borders by force",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "family", "kind", "actors", "content"),
    JOINT_COMMITMENTS + ONE_SIDE + READOUT_STYLES + STATEMENTS,
)
def test_one_clause_gives_one_position(
    sentence: str, family: str, kind: str, actors: tuple[str, ...], content: str
) -> None:
    found = positions(sentence)
    assert [(f, k, set(a), c) for f, k, a, c in found] == [(family, kind, set(actors), content)]


def test_coordinated_verbs_give_separate_commitments() -> None:
    found = positions(
        "The Ministers agreed to expand student exchanges and decided to open a trade office "
        "in Sao Paulo."
    )
    assert [(k, c) for _, k, _, c in found] == [
        ("agree", "expand student exchanges"),
        ("decide", "open a trade office in Sao Paulo"),
    ]


def test_a_list_of_objects_is_one_commitment() -> None:
    found = positions("The Ministers agreed to cooperate in trade, energy and health.")
    assert [c for *_, c in found] == ["cooperate in trade, energy and health"]


def test_a_modal_inside_a_decision_is_part_of_it() -> None:
    found = positions("The Ministers decided that Brazil and Ghana will hold annual consultations.")
    assert [(k, c) for _, k, _, c in found] == [
        ("decide", "Brazil and Ghana will hold annual consultations")
    ]


def test_a_new_verb_phrase_ends_the_content() -> None:
    found = positions(
        "Minister Silva reaffirmed support for the joint fund and recalled the earlier visits."
    )
    assert [c for *_, c in found] == ["support for the joint fund"]


def test_a_gratitude_reaffirmed_is_a_statement() -> None:
    found = positions(
        "Minister Mensah reaffirmed his gratitude for Brazil's help after the floods."
    )
    assert [(f, k) for f, k, _, _ in found] == [("statement", "appreciate")]


def test_attribution_tails_are_not_content() -> None:
    found = positions(
        "The two ministers agreed to ease visa rules for students, the foreign ministry said."
    )
    assert [c for *_, c in found] == ["ease visa rules for students"]


def test_negation_is_kept() -> None:
    out = parse(READOUT_HEAD + "The Ministers did not agree on a date for the next summit.")
    assert [(c.modality.value, c.negated) for c in out.commitments] == [("agree", True)]


def test_a_condemnation_names_its_target() -> None:
    out = parse(
        READOUT_HEAD + "Minister Silva condemned the missile tests conducted by North Korea."
    )
    assert [(s.kind.value, s.target) for s in out.statements] == [("condemn", "PRK")]


def test_a_reiterated_condemnation_is_a_statement_not_a_commitment() -> None:
    out = parse(
        READOUT_HEAD + "Minister Silva reiterated Brazil's condemnation of the coup in Niger."
    )
    assert out.commitments == ()
    assert [s.kind.value for s in out.statements] == ["condemn"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister Silva welcomed Minister Mensah to Brasilia.",  # a guest, not a decision
        "As agreed last year, the ministers met in Accra.",  # a reference, not a new position
        "The region has been accused of neglecting its fisheries.",  # passive: no speaker
        "It is expected that Brazil and Ghana will sign more accords.",  # a forecast
        "The delegations will be received at the palace.",  # a copula, not an intention
        "In response to Minister Mensah's request, the talks were extended.",  # a noun
        "Did the ministers agree to lift the sanctions?",  # a question commits no one
    ],
)
def test_phrases_that_are_not_positions(sentence: str) -> None:
    assert positions(sentence) == []


def test_pronouns_resolve_to_the_last_subject() -> None:
    found = positions("Minister Mensah told Minister Silva that he supported the reform plan.")
    assert [(k, a) for _, k, a, _ in found] == [("support", ("GHA",))]


def test_group_titles_resolve_to_their_holders() -> None:
    text = (
        "Secretary of State Maria Lopez of the United States, Foreign Minister Jan Berg of "
        "Norway and Foreign Minister Sami Virtanen of Finland met in Oslo.\n\n"
        "The Secretary and Foreign Ministers reaffirmed their support for Arctic research."
    )
    out = parse(text)
    assert [set(c.actors) for c in out.commitments] == [{"USA", "NOR", "FIN"}]


FRAGMENTS = st.sampled_from(
    [
        "The Ministers agreed to ",
        "Minister Silva condemned ",
        "they ",
        "will ",
        "and decided to ",
        "expressed concern over ",
        "Brazil ",
        "Ghana's ",
        "the Secretary ",
        ", the ministry said",
        ". ",
        "\n\n",
        "\u201cquoted\u201d ",
        "not ",
        "welcomed ",
    ]
)


@settings(max_examples=200)
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=40))
def test_evidence_quotes_the_raw_text(pieces: list[str]) -> None:
    text = READOUT_HEAD + "".join(pieces)
    out = parse(text, published=dt.date(2025, 3, 6))
    for record in (*out.commitments, *out.statements):
        for evidence in record.evidence:
            assert text[evidence.span.start : evidence.span.end] == evidence.text


# ---------------------------------------------------------------- the frame table, searched fast

FRAME_WORDS = st.sampled_from(
    ["Agreed", "to", "will", "IS", "committed", "expressed", "their", "Ghana's", "strong",
     "concern", "support", "for", "welcomed", "'", "-", "_", "é", "\u0131", "\u017f", "2"]
)  # fmt: skip
SEPARATORS = st.sampled_from([" ", "", "\n", ", ", "(", "\u00e9", "-", "'"])


@settings(max_examples=300)
@given(st.lists(st.tuples(FRAME_WORDS, SEPARATORS), max_size=16), st.integers(0, 40))
def test_frames_are_found_as_by_their_whole_pattern(
    pieces: list[tuple[str, str]], start: int
) -> None:
    text = "".join(word + sep for word, sep in pieces)
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    frames = DEFAULT_FRAMES
    start = min(start, len(text))
    # head words: the searches that open with the character before them find what the
    # look-behind pattern finds
    heads = [(m.start(), m.group()) for m in frames.heads.finditer(lowered, start)]
    assert frames._head_words(lowered, start, len(text)) == heads
    # frames: one per head word tried, on the lower view or the text, as the alternation
    expected = []
    for at, _ in heads:
        m = frames.pattern.match(text, at)
        if m is not None and m.lastgroup is not None:
            expected.append((at, m.end(), frames.frames[int(m.lastgroup[1:])]))
    assert frames.find(text, start, lowered=lowered) == expected
    assert frames.find(text, start, lowered=lowered, view=lower_view(text)) == expected


# ---------------------------------------------------------------- patterns ending a window, gated

TAIL_WORDS = st.sampled_from(
    ["also", "Also", "firmly", "the", "THE", "a", "China", "Japan's", "it", "It", "was", "been",
     "has", "as", "not", "n't", "no", "longer", "refused", "to", "and", "as well as", "strongly",
     "quickly", "that", "\u017f", "\u0131s", "\u212a", "x"]
)  # fmt: skip
TAIL_GAPS = st.sampled_from([" ", "  ", "\n", ", ", "", " \n", "-", "\t"])


def _tail_patterns() -> list[tuple[str, TailPattern]]:
    """Return every gated tail pattern of the position rules, by name."""
    return [
        (f"{module.__name__}.{name}", value)
        for module in (positions_module, clauses_module)
        for name, value in vars(module).items()
        if isinstance(value, TailPattern)
    ]


def test_the_rules_have_tail_patterns() -> None:
    assert len(_tail_patterns()) >= 8


@settings(max_examples=300)
@given(st.lists(st.tuples(TAIL_WORDS, TAIL_GAPS), max_size=10), st.integers(0, 60))
def test_a_gated_tail_pattern_answers_as_its_pattern(
    pieces: list[tuple[str, str]], back: int
) -> None:
    text = "".join(word + gap for word, gap in pieces)
    low = lower_view(text)
    end = len(text)
    start = max(0, end - back)
    wide = tail(low, 0, end)  # a tail reaching further back than the window is as good
    for name, gated in _tail_patterns():
        pattern = gated.pattern
        if isinstance(pattern, CaselessPattern):
            expected_in = pattern.search_in(text, low, start, end)
            expected = pattern.search(text, low, start, end)
        else:
            expected_in = pattern.search(text[start:end])
            expected = pattern.search(text, start, end)
        for given_tail in (None, wide):
            found_in = gated.search_in(text, low, start, end, given_tail)
            found = gated.search(text, low, start, end, given_tail)
            assert (found_in and found_in.span()) == (expected_in and expected_in.span()), name
            assert (found and found.span()) == (expected and expected.span()), name
