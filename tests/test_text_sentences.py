"""Paragraphs, sentences and line kinds of press texts, and the Document that holds them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomod.records.provenance import Span
from diplomod.text import (
    LINE_RULES,
    Document,
    LineKind,
    classify_line,
    is_heading,
    make_document,
    make_line_end_rule,
    make_line_rule,
    normalize,
    raw_span,
    split_each_paragraph,
    split_paragraphs,
    split_sentences,
)

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"


def sentences(text: str) -> list[str]:
    return [span.slice(text) for span in split_sentences(text)]


# --- sentences ----------------------------------------------------------------------

_PLAIN = [
    (
        "The ministers met in Nairobi. They signed two accords! Was it enough? Few think so.",
        ["The ministers met in Nairobi.", "They signed two accords!", "Was it enough?",
         "Few think so."],
    ),
    ("Talks ended at noon.  The envoys left.", ["Talks ended at noon.", "The envoys left."]),
    ("It was 2023. 2024 began with a summit.", ["It was 2023.", "2024 began with a summit."]),
    ("No cut here. and none here", ["No cut here. and none here"]),
    ("A lone sentence without a stop", ["A lone sentence without a stop"]),
]  # fmt: skip

_ABBREVIATIONS = [
    (
        "Mr. Albanese and Mrs. Chen met Dr. Okafor in Lagos.",
        ["Mr. Albanese and Mrs. Chen met Dr. Okafor in Lagos."],
    ),
    (
        "Gen. Park and Lt. Col. Sato inspected the base with Adm. Rossi.",
        ["Gen. Park and Lt. Col. Sato inspected the base with Adm. Rossi."],
    ),
    (
        "Sen. Ortiz, Rep. Blake and Gov. Haddad wrote to the embassy.",
        ["Sen. Ortiz, Rep. Blake and Gov. Haddad wrote to the embassy."],
    ),
    (
        "The talks opened on Sept. 14 and closed on Oct. 2 in St. Petersburg.",
        ["The talks opened on Sept. 14 and closed on Oct. 2 in St. Petersburg."],
    ),
    ("Resolution No. 2231 was cited. It binds all members.",
     ["Resolution No. 2231 was cited.", "It binds all members."]),
    ("Exports (e.g. Steel and grain) rose, i.e. Trade grew.",
     ["Exports (e.g. Steel and grain) rose, i.e. Trade grew."]),
    ("Ghana vs. Togo was the final.", ["Ghana vs. Togo was the final."]),
]  # fmt: skip

_ACRONYMS_AND_TIMES = [
    (
        "The U.S. Secretary met the U.K. envoy at the U.N. headquarters.",
        ["The U.S. Secretary met the U.K. envoy at the U.N. headquarters."],
    ),
    (
        "Canada deepened its ties with the U.S. The talks lasted two days.",
        ["Canada deepened its ties with the U.S.", "The talks lasted two days."],
    ),
    (
        "The call began at 9 a.m. Beijing time and ended at 10 p.m. They spoke again.",
        ["The call began at 9 a.m. Beijing time and ended at 10 p.m.", "They spoke again."],
    ),
    (
        "Grain, fertilizer, fuel, etc. The list was long.",
        ["Grain, fertilizer, fuel, etc.", "The list was long."],
    ),
    (
        "He joined Acme Inc. Board members approved.",
        ["He joined Acme Inc. Board members approved."],
    ),
    ("The Mekong-U.S. Partnership met.", ["The Mekong-U.S. Partnership met."]),
]

_INITIALS_AND_NUMBERS = [
    (
        "Secretary Maria T. Alvarez met President Samuel K. Mensah.",
        ["Secretary Maria T. Alvarez met President Samuel K. Mensah."],
    ),
    ("George W. F. Hale spoke first.", ["George W. F. Hale spoke first."]),
    (
        "Aid rose by 3.5 percent to 1.25 billion. Kenya welcomed it.",
        ["Aid rose by 3.5 percent to 1.25 billion.", "Kenya welcomed it."],
    ),
]

_ELLIPSES_AND_QUOTES = [
    ("We will persist... Nothing will stop us.", ["We will persist... Nothing will stop us."]),
    (
        '"We stand with Ukraine," the chancellor said. "Always."',
        ['"We stand with Ukraine," the chancellor said.', '"Always."'],
    ),
    (
        'The premier called it "a new chapter." The opposition disagreed.',
        ['The premier called it "a new chapter."', "The opposition disagreed."],
    ),
    (
        "Delhi said the visit was 'historic.' Islamabad was silent.",
        ["Delhi said the visit was 'historic.'", "Islamabad was silent."],
    ),
    (
        'Was the deal signed?" asked a reporter. (It was.) Then came questions.',
        ['Was the deal signed?" asked a reporter.', "(It was.)", "Then came questions."],
    ),
]

_BULLETS_AND_SEPARATORS = [
    (
        "Key points: • Tariffs fall by half • Talks resume in June",
        ["Key points:", "• Tariffs fall by half", "• Talks resume in June"],
    ),
    (
        "The minister arrived. * * * Question: What was agreed? Answer: Much.",
        ["The minister arrived.", "* * *", "Question: What was agreed?", "Answer: Much."],
    ),
    ("1. The parties agree to talk.", ["1. The parties agree to talk."]),
    ("b. Each side names an envoy.", ["b. Each side names an envoy."]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    _PLAIN + _ABBREVIATIONS + _ACRONYMS_AND_TIMES + _INITIALS_AND_NUMBERS
    + _ELLIPSES_AND_QUOTES + _BULLETS_AND_SEPARATORS,
)  # fmt: skip
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_whole_article_on_one_line_is_split() -> None:
    article = (
        "Brasilia and Pretoria signed a trade pact on Tuesday. Mr. Silva called it "
        "a turning point. The pact cuts tariffs on 300 goods, e.g. Citrus and wine. "
        "It takes effect in Jan. 2025, officials said. Critics were unconvinced."
    )
    dump = " ".join([article] * 400)
    assert sentences(dump)[:6] == [
        "Brasilia and Pretoria signed a trade pact on Tuesday.",
        "Mr. Silva called it a turning point.",
        "The pact cuts tariffs on 300 goods, e.g. Citrus and wine.",
        "It takes effect in Jan. 2025, officials said.",
        "Critics were unconvinced.",
        "Brasilia and Pretoria signed a trade pact on Tuesday.",
    ]
    assert len(split_sentences(dump)) == 5 * 400


def test_sentences_within_one_paragraph() -> None:
    text = "Heading\nFirst one. Second one.\nOther paragraph."
    inner = split_paragraphs(text)[1]
    assert [s.slice(text) for s in split_sentences(text, within=inner)] == [
        "First one.",
        "Second one.",
    ]
    assert split_sentences(text, within=Span(start=3, end=3)) == ()
    padded = Span(start=inner.start - 1, end=inner.end + 1)  # the line ends around it
    assert split_sentences(text, within=padded) == split_sentences(text, within=inner)


# --- paragraphs ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One.\n\nTwo.\n\n\nThree.", ["One.", "Two.", "Three."]),
        ("Title\nBody one.\nBody two.", ["Title", "Body one.", "Body two."]),
        ("  indented line  \n\t\n  next ", ["indented line", "next"]),
        # a line wrapped at a fixed width continues when the next starts in lower case
        (
            "The leaders of Chile and Peru\nagreed to reopen the border.\nThen they left.",
            ["The leaders of Chile and Peru\nagreed to reopen the border.", "Then they left."],
        ),
        # ... but not across a blank line, nor after a finished sentence
        ("Trade grew\n\nand so did tension.", ["Trade grew", "and so did tension."]),
        ("Trade grew.\nand so did tension.", ["Trade grew.", "and so did tension."]),
        ("", []),
        ("\n \n", []),
    ],
)
def test_paragraphs(text: str, expected: list[str]) -> None:
    assert [span.slice(text) for span in split_paragraphs(text)] == expected


def test_sentences_never_cross_paragraphs() -> None:
    text = "Summit ends\nLeaders met. Talks went well\nNew talks are planned."
    groups = split_each_paragraph(text, split_paragraphs(text))
    assert [[s.slice(text) for s in group] for group in groups] == [
        ["Summit ends"],
        ["Leaders met.", "Talks went well"],
        ["New talks are planned."],
    ]


def test_paragraphs_out_of_order_are_split_one_by_one() -> None:
    text = "First one. Second one.\nThird one. Fourth one."
    first, second = split_paragraphs(text)
    groups = split_each_paragraph(text, [second, first, Span(start=0, end=len(text))])
    assert [[s.slice(text) for s in group] for group in groups] == [
        ["Third one.", "Fourth one."],
        ["First one.", "Second one."],
        ["First one.", "Second one.", "Third one.", "Fourth one."],  # across the line end
    ]


# --- line kinds ---------------------------------------------------------------------

_LINES = {
    LineKind.HEADING: [
        "Readout of the Prime Minister's Call with the President of Kenya",
        "Joint Statement on the India-Australia Strategic Dialogue",
        "3 Economic Security",
        "2.1 Maritime Cooperation",
        "Strengthening supply chains",
        "Canberra",
        '"A partnership for the next decade"',
    ],
    LineKind.BYLINE: [
        "By Priya Raman",
        "By Lukas Becker and Aiko Tanaka, Reuters",
        "BY MARIA SANTOS",
        "Office of the Spokesperson",
        "Anna Kowalska, Ministry Spokesperson",
        "The following is attributable to Spokesperson Li Wen:",
        "Global Wire | @globalwire | 3 Mar 2023, 08:15 am",
        "Reporting by Tom Hughes; Editing by Sara Lind",
        "Staff Reporter",
    ],
    LineKind.DATELINE: [
        "November 23, 2021",
        "4 March 2024",
        "Tuesday, 4 March 2024",
        "2023-07-19",
        "Updated: Jan 5, 2024, 10:42 am",
        "Published on 12th September 2022",
        "Sept. 9, 2021",
    ],
    LineKind.CAPTION: [
        "Photo: Ministry of Foreign Affairs of Japan",
        "Image: Presidential Press Service",
        "File photo: The two leaders in Seoul last year",
        "Photo by Ahmed Karim",
        "The foreign ministers pose before the talks in Jakarta. Photo: AFP",
        "President Ruto greets the delegation (Photo: State House)",
        "Photograph courtesy of the Elysee",
    ],
    LineKind.BULLET: [
        "• Both sides will expand student exchanges",
        "- A joint task force on critical minerals",
        "* Visa rules eased for researchers",
        "1. The Parties shall consult each other regularly.",
        "(a) strengthen maritime domain awareness;",
        "ii) expand cooperation on space.",
    ],
    LineKind.BOILERPLATE: [
        "Advertisement",
        "Print",
        "Share",
        "Leave a comment",
        "You may also like",
        "Learn more",
        "Read more",
        "Get more with DailyBrief Plus",
        "Inputs from PTI",
        "(With inputs from agencies)",
        "Related: Seoul and Tokyo revive shuttle diplomacy",
        "Also read: Canberra eyes new Pacific deal",
        "Begin text:",
        "End text.",
        "02:47",
        "7",
        "* * *",
        "Copyright 2024 Example Media. All rights reserved.",
    ],
    LineKind.BODY: [
        "The two ministers agreed to hold the next meeting in Ottawa.",
        "Secretary Alvarez reaffirmed the commitment of the United States to NATO.",
        "By Friday, the two sides expect to sign the accord.",
        "Photos of the signing were shared widely, officials said.",
        "The statement reads in part:",
        "Recognizing the value of open markets;",
        "the negotiators resumed in the afternoon",
        "On the question of tariffs, what did Germany propose?",
        "They discussed 2 issues.",
    ],
}


@pytest.mark.parametrize(
    ("line", "kind"), [(line, kind) for kind, lines in _LINES.items() for line in lines]
)
def test_line_kinds(line: str, kind: LineKind) -> None:
    assert classify_line(line) is kind


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1 Overview", True),
        ("Overview of the Talks", True),
        ("The talks ended.", False),
        ("The parties agree as follows:", False),
        ("lower case words are running text", False),
        ("12345", False),
        (" ".join(["Word"] * 30), False),
        ("", False),
    ],
)
def test_is_heading(line: str, expected: bool) -> None:
    assert is_heading(line) is expected


def test_users_extend_the_rules() -> None:
    rules = (
        make_line_rule(LineKind.BOILERPLATE, [r"Sponsored by .{1,40}"]),
        make_line_end_rule(LineKind.CAPTION, [r"\(Xinhua\)"], cues=["Xinhua"]),
        *LINE_RULES,
    )
    assert classify_line("Sponsored by Example Bank", rules) is LineKind.BOILERPLATE
    assert classify_line("The leaders shook hands in Beijing. (Xinhua)", rules) is LineKind.CAPTION
    assert classify_line("Sponsored by Example Bank") is LineKind.HEADING


# --- documents ----------------------------------------------------------------------

_READOUT = (
    "\ufeffReadout of the Foreign Minister\u2019s Meeting with Her Korean Counterpart\r\n"
    "\r\n"
    "May 3, 2024\r\n"
    "\r\n"
    "Office of the Spokesperson\r\n"
    "\r\n"
    "Foreign Minister Dupont met Foreign Minister Han Ji\u2011won in Paris today. "
    "They welcomed the \u201cRoadmap for 2030\u201d and agreed to meet again in Seoul.\r\n"
    "\r\n"
    "Photo: French Ministry for Europe and Foreign Affairs\r\n"
    "Advertisement\r\n"
)


def test_make_document() -> None:
    doc = make_document(
        _READOUT,
        id="fr-kr-2024-05-03",
        published=dt.date(2024, 5, 3),
        url="https://example.org/readout",
        publisher="Example Ministry",
    )
    assert doc.id == "fr-kr-2024-05-03"
    assert doc.published == dt.date(2024, 5, 3)
    assert doc.url == "https://example.org/readout"
    assert doc.publisher == "Example Ministry"
    assert doc.raw == _READOUT
    assert doc.text == normalize(_READOUT).text
    assert [(s.span.slice(doc.text), s.paragraph, s.kind) for s in doc.sentences] == [
        (
            "Readout of the Foreign Minister's Meeting with Her Korean Counterpart",
            0,
            LineKind.HEADING,
        ),
        ("May 3, 2024", 1, LineKind.DATELINE),
        ("Office of the Spokesperson", 2, LineKind.BYLINE),
        ("Foreign Minister Dupont met Foreign Minister Han Ji-won in Paris today.", 3,
         LineKind.BODY),
        ('They welcomed the "Roadmap for 2030" and agreed to meet again in Seoul.', 3,
         LineKind.BODY),
        ("Photo: French Ministry for Europe and Foreign Affairs", 4, LineKind.CAPTION),
        ("Advertisement", 5, LineKind.BOILERPLATE),
    ]  # fmt: skip


def test_raw_span_quotes_the_published_text() -> None:
    doc = make_document(_READOUT)
    start = doc.text.index('"Roadmap')
    span = Span(start=start, end=start + len('"Roadmap for 2030"'))
    assert raw_span(doc, span).slice(doc.raw) == "\u201cRoadmap for 2030\u201d"
    heading = doc.sentences[0].span
    assert raw_span(doc, heading).slice(doc.raw).startswith("Readout")  # BOM left out


def test_page_furniture_inside_running_text_is_boilerplate() -> None:
    doc = make_document("The envoy spoke first. * * * The reporters asked about trade.")
    assert [s.kind for s in doc.sentences] == [
        LineKind.BODY,
        LineKind.BOILERPLATE,
        LineKind.BODY,
    ]


def test_documents_need_an_id() -> None:
    with pytest.raises(ValueError, match=r"Document\.id"):
        make_document("text", id="")


def test_an_empty_document() -> None:
    doc = make_document("")
    assert (doc.text, doc.paragraphs, doc.sentences) == ("", (), ())


# --- laws ---------------------------------------------------------------------------

_WORDS = st.sampled_from(
    ["Mr.", "U.S.", "J.", "etc.", "...", "said.", '"Yes."', "(No.)", "1.", "3.5", "The",
     "talks", "Kyiv", "?", "!", "•", "*", "-", "\u2019", "\u00ad", "\u2026", "\n", "\n\n",
     "\r\n", " ", "  ", "\t", "Photo:", "By", "Advertisement", "01:56", "a.m.", "\u00a0"]
)  # fmt: skip
press_like = st.lists(st.one_of(_WORDS, st.text(max_size=6)), max_size=60).map(" ".join)
any_text = st.one_of(st.text(), press_like)


def assert_honest(text: str, spans: tuple[Span, ...]) -> None:
    """Spans are in bounds, ordered, disjoint, non-empty and stripped."""
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        piece = span.slice(text)
        assert piece == piece.strip()
        previous_end = span.end


def assert_document_laws(doc: Document) -> None:
    assert_honest(doc.text, doc.paragraphs)
    assert_honest(doc.text, tuple(s.span for s in doc.sentences))
    assert [s.paragraph for s in doc.sentences] == sorted(s.paragraph for s in doc.sentences)
    for sentence in doc.sentences:
        paragraph = doc.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.span.start < sentence.span.end <= paragraph.end
        quoted = raw_span(doc, sentence.span).slice(doc.raw)
        assert sentence.span.slice(doc.text) in normalize(quoted).text
    # every non-blank character of a paragraph belongs to a sentence
    covered = sum(len(s.span.slice(doc.text).split()) for s in doc.sentences)
    assert covered == sum(len(p.slice(doc.text).split()) for p in doc.paragraphs)


@given(any_text)
def test_sentence_spans_are_honest(text: str) -> None:
    assert_honest(text, split_paragraphs(text))
    assert_honest(text, split_sentences(text))


@given(any_text, st.data())
def test_sentences_within_any_span_are_honest(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text) + 5))
    spans = split_sentences(text, within=Span(start=start, end=end))
    assert_honest(text, spans)
    assert all(start <= span.start and span.end <= end for span in spans)


@pytest.mark.parametrize("text", ["0 • ", "Talks • \nAgenda", "a * * *b\n* * *"])
def test_a_bullet_at_the_end_of_a_line_cuts_nothing(text: str) -> None:
    paragraphs = split_paragraphs(text)
    assert split_each_paragraph(text, paragraphs) == tuple(
        split_sentences(text, within=paragraph) for paragraph in paragraphs
    )


@given(any_text)
def test_one_scan_for_all_paragraphs_agrees_with_one_per_paragraph(text: str) -> None:
    paragraphs = split_paragraphs(text)
    assert split_each_paragraph(text, paragraphs) == tuple(
        split_sentences(text, within=paragraph) for paragraph in paragraphs
    )


_PERIOD_WORDS = st.sampled_from(
    ["para.", "paras.", "approx.", "sect.", "Lieut.", "Messrs.", "viii.", "xviii.", "ivx.",
     "agreed.", "talks.", "v.", "ii.", "etc.", "self-para.", "(approx.", "Xpara.", "e.g.",
     "a.m.", "U.S.", "Mekong-U.S.", "talkv.", "abcdx.", "wordsapprox.", "The", "They",
     '"Yes"', "1.", "x", "\n", "  "]
)  # fmt: skip
period_text = st.lists(st.one_of(_PERIOD_WORDS, st.text(max_size=4)), max_size=30).map(" ".join)


@given(period_text, st.data())
def test_stops_are_found_as_one_scan_finds_them(text: str, data: st.DataObject) -> None:
    from diplomod.text.sentences import _STOP, _find_stops

    start = data.draw(st.integers(0, len(text)))
    expected = [(m.start(), m.end("close"), m.end()) for m in _STOP.finditer(text, start)]
    assert [stop[:3] for stop in _find_stops(text, start, len(text))] == expected


def _plain_periods_agree(text: str, start: int) -> None:
    from diplomod.text.sentences import _ends_sentence, _find_stops

    for at, close, after, plain in _find_stops(text, start, len(text)):
        if plain:
            assert _ends_sentence(text, start, at, close, after, plain) == _ends_sentence(
                text, start, at, close, after
            ), (text, start, at)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Talks went on and on. The end.", 0),
        ("They met, approx. Two hours.", 0),
        ("See the sect. Three rules.", 0),
        ("Chapter xviii. The end.", 8),
        ("The talkv. Then more.", 8),  # a paragraph that starts at "v."
        ("The talkxiii. Then more.", 8),  # ... or at "xiii."
        ("Unapprox. Then more.", 2),  # ... or at "approx."
    ],
)
def test_plain_periods_in_these_texts_are_decided_as_the_full_rules_decide(
    text: str, start: int
) -> None:
    _plain_periods_agree(text, start)


@given(period_text, st.data())
def test_a_plain_period_is_decided_as_the_full_rules_decide(text: str, data: st.DataObject) -> None:
    # a paragraph may start anywhere, even inside the word before a period
    near = [max(0, i - k) for i, c in enumerate(text) if c == "." for k in range(8)]
    start = data.draw(st.sampled_from([0, *near]) | st.integers(0, len(text)))
    _plain_periods_agree(text, start)


@given(any_text)
def test_documents_keep_their_laws(raw: str) -> None:
    assert_document_laws(make_document(raw))


_CAPTION_WORDS = st.sampled_from(
    ["Photo", "PHOTO", "pHoto", "photos", "Image", "ımage", "Picture", "file photo", "by",
     "courtesy", ":", ": ", "(", ")", ".", '"', " ", "AFP", "Kyodo", "é", "x" * 150]
)  # fmt: skip
caption_lines = st.lists(st.one_of(_CAPTION_WORDS, st.text(max_size=3)), max_size=20).map("".join)


@given(caption_lines)
def test_caption_words_only_spare_lines_the_search(line: str) -> None:
    from diplomod.text.lines import CAPTION_END_PATTERNS

    plain = make_line_end_rule(LineKind.CAPTION, CAPTION_END_PATTERNS, cues=(":", "("))
    assert LINE_RULES[3](line) == plain(line)


@given(any_text)
def test_classifying_never_raises(line: str) -> None:
    assert isinstance(classify_line(line.strip()), LineKind)


_ADVERSARIAL = {
    "ministers": "the Minister of the Minister of " * 50_000,
    "titles": "Mr. " * 250_000,
    "acronyms": "U.S. " * 200_000,
    "initials": "A. " * 330_000,
    "periods": "." * 1_000_000,
    "period-space": ". " * 500_000,
    "question-quote": '?" ' * 330_000,
    "spaces": " " * 1_000_000 + "x",
    "newlines": "\n" * 1_000_000,
    "one-word": "a" * 1_000_000,
    "stars": "* " * 500_000,
    "bullets": "• item " * 140_000,
    "numbered": "1. The talks resumed.\n" * 45_000,
    "photo": "x. Photo: " * 100_000,
    "pipes": "a | " * 250_000,
    "wrapped": "word\nword " * 100_000,
}


@pytest.mark.parametrize("text", _ADVERSARIAL.values(), ids=_ADVERSARIAL.keys())
def test_a_megabyte_of_adversarial_text_takes_linear_time(text: str) -> None:
    doc = make_document(text)
    assert len(doc.sentences) >= len(doc.paragraphs) >= (1 if text.strip() else 0)


# --- the corpus ---------------------------------------------------------------------


def corpus_texts() -> list[tuple[str, str]]:
    files = sorted(CORPUS.glob("*/*.txt"))
    return [(path.name, path.read_text(encoding="utf-8")) for path in files]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
@pytest.mark.parametrize(("name", "raw"), corpus_texts(), ids=lambda value: value[:12])
def test_corpus_documents_keep_their_laws(name: str, raw: str) -> None:
    doc = make_document(raw, id=name)
    assert_document_laws(doc)
    kinds = [s.kind for s in doc.sentences]
    assert kinds.count(LineKind.BODY) >= 5
    body = [s for s in doc.sentences if s.kind is LineKind.BODY]
    assert sum(len(s.span) for s in body) > len(doc.text) / 2


@pytest.mark.skipif(
    not (CORPUS / "realworld" / "documents.jsonl").is_file(), reason="no JSON Lines corpus"
)
def test_corpus_metadata_passes_through() -> None:
    lines = (CORPUS / "realworld" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    titled = 0
    for line in lines:
        item = json.loads(line)
        published = dt.date.fromisoformat(item["published"]) if item["published"] else None
        doc = make_document(
            item["text"],
            id=item["id"],
            published=published,
            url=item.get("url"),
            publisher=item.get("publisher"),
        )
        assert_document_laws(doc)
        assert (doc.id, doc.published, doc.url) == (item["id"], published, item.get("url"))
        kinds = [s.kind for s in doc.sentences[:4]]
        titled += kinds[0] is LineKind.HEADING and LineKind.DATELINE in kinds
    # nearly every release opens with a title and a date line
    assert titled >= len(lines) - 2
