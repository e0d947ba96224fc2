"""The HTML page of one document (``diplomod show``): well formed, honest, escaped."""

from __future__ import annotations

import json
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomod import (
    Commitment,
    Evidence,
    Extraction,
    Meeting,
    Modality,
    OpaqueRecord,
    PartialDate,
    Source,
    Span,
    format_html,
    parse,
)
from diplomod.cli import main

ROOT = Path(__file__).resolve().parent.parent

RELEASE = (
    "Japan-India Defence Ministers' Talks\n\n"
    "On 4 February 2026, Defence Minister Aiko Sato met Defence Minister Ravi Menon of India "
    "in Tokyo. The Ministers agreed to hold joint naval exercises every year and decided to "
    "open a defence industry forum. Both sides expressed concern over the situation in the "
    "Indian Ocean.\n"
)

_VOID = frozenset({"meta", "input", "br", "hr", "img", "link"})


class Page(HTMLParser):
    """Read a page back: check nesting, and collect the text pane and its marks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: Counter[str] = Counter()
        self.text = ""  # the document text as the page shows it, labels left out
        self.marked: dict[int, str] = {}  # mark number -> the text it highlights
        self.labels: dict[int, str] = {}  # mark number -> its label
        self._spans: list[int] = []
        self._label: int | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        if tag in _VOID:
            return
        found = dict(attrs)
        if tag == "mark":
            if "mark" in self.stack:
                self.errors.append("a mark inside a mark")
            self._spans = [int(n) for n in (found.get("data-spans") or "").split()]
        if tag == "a" and "label" in (found.get("class") or "").split():
            self._label = int((found.get("id") or "m-1")[1:])
            self.labels[self._label] = ""
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
            return
        self.stack.pop()
        if tag == "mark":
            self._spans = []
        if tag == "a":
            self._label = None

    def handle_data(self, data: str) -> None:
        if self._label is not None:
            self.labels[self._label] += data
        elif "article" in self.stack:
            self.text += data
            for number in self._spans:
                self.marked[number] = self.marked.get(number, "") + data


def read(page: str) -> Page:
    reader = Page()
    reader.feed(page)
    reader.close()
    assert reader.errors == []
    assert reader.stack == []
    assert reader.tags["html"] == reader.tags["body"] == reader.tags["article"] == 1
    return reader


def evidence(text: str, start: int, end: int, name: str = "record") -> Evidence:
    return Evidence(field=name, span=Span(start=start, end=end), text=text[start:end])


def commitment(text: str, *spans: tuple[int, int], id: str = "c") -> Commitment:
    return Commitment(
        id=id,
        actors=("JPN",),
        modality=Modality.AGREE,
        content="hold talks",
        evidence=tuple(evidence(text, s, e, f"f{n}") for n, (s, e) in enumerate(spans)),
    )


def all_evidence(extraction: Extraction) -> list[Evidence]:
    records = (*extraction.events, *extraction.agreements)
    records += (*extraction.commitments, *extraction.statements)
    return [e for r in records for e in getattr(r, "evidence", ())]


# -- a parsed press release ---------------------------------------------------------------


def test_every_evidence_span_is_highlighted_with_its_label() -> None:
    extraction = parse(RELEASE, id="jpn-ind")
    found = all_evidence(extraction)
    assert len(found) > 10
    page = read(format_html(extraction, RELEASE))
    assert page.text == RELEASE
    assert Counter(page.marked.values()) == Counter(e.text for e in found)
    shown = Counter(page.labels.values())
    records = [("E", r) for r in extraction.events] + [("C", r) for r in extraction.commitments]
    records += [("S", r) for r in extraction.statements]
    expected: Counter[str] = Counter()
    for letter, record in records:
        label = f"{letter}{[r for x, r in records if x == letter].index(record) + 1}"
        tag = type(record).__name__.lower()
        expected.update(
            f"{label} {tag if e.field == 'record' else e.field}" for e in record.evidence
        )
    assert shown == expected


def test_the_side_list_names_every_record_and_its_facts() -> None:
    extraction = parse(RELEASE, id="jpn-ind")
    page = format_html(extraction, RELEASE)
    for label in ("E1", "C1", "C2", "S1"):
        assert f"<b>{label}</b>" in page
    assert "Aiko Sato (JPN, " in page
    assert "<dt>date</dt><dd>2026-02-04</dd>" in page
    assert "hold joint naval exercises every year" in page
    assert "1 event, 0 agreements, 2 commitments, 1 statement" in page


# -- overlaps -----------------------------------------------------------------------------

TEXT = "The Prime Ministers agreed to open consulates in Osaka and Chennai."

OVERLAPS = {
    "nested": [(0, 67), (20, 29), (30, 66)],
    "crossing": [(4, 25), (20, 40), (35, 50)],
    "identical": [(30, 47), (30, 47)],
    "adjacent": [(0, 10), (10, 20), (20, 30)],
    "same start": [(4, 40), (4, 10), (4, 19)],
    "same end": [(0, 47), (30, 47), (41, 47)],
    "one character": [(0, 1), (66, 67)],
}


@pytest.mark.parametrize("spans", OVERLAPS.values(), ids=OVERLAPS.keys())
def test_overlapping_spans_give_well_formed_flat_marks(spans: list[tuple[int, int]]) -> None:
    extraction = Extraction(source=Source(id="x"), commitments=(commitment(TEXT, *spans),))
    page = read(format_html(extraction, TEXT))
    assert page.text == TEXT
    assert sorted(page.marked.values()) == sorted(TEXT[s:e] for s, e in spans)
    assert sorted(page.labels.values()) == sorted(f"C1 f{n}" for n in range(len(spans)))


def test_spans_of_several_records_overlap_too() -> None:
    event = Meeting(id="m", date=PartialDate(year=2026), evidence=(evidence(TEXT, 0, 40),))
    extraction = Extraction(
        source=Source(id="x"),
        events=(event,),
        commitments=(commitment(TEXT, (20, 67), id="c1"), commitment(TEXT, (30, 50), id="c2")),
    )
    page = read(format_html(extraction, TEXT))
    assert sorted(page.labels.values()) == ["C1 f0", "C2 f0", "E1 meeting"]
    assert sorted(page.marked.values()) == sorted([TEXT[0:40], TEXT[20:67], TEXT[30:50]])


@given(
    text=st.text(alphabet="ab <>&'\"\n\u00e9", max_size=40),
    cuts=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=8),
)
def test_any_spans_over_any_text_read_back_exactly(text: str, cuts: list[tuple[int, int]]) -> None:
    spans = [(min(a, b), max(a, b)) for a, b in cuts if max(a, b) <= len(text) and a != b]
    extraction = Extraction(source=Source(id="p"), commitments=(commitment(text, *spans),))
    page = read(format_html(extraction, text))
    assert page.text == text
    assert sorted(page.marked.values()) == sorted(text[s:e] for s, e in spans)


# -- escaping, empty and odd input --------------------------------------------------------


def test_markup_in_the_text_is_escaped() -> None:
    text = (
        "The Ministers agreed to <script>alert('x')</script> share data & maps. "
        '<b>Minister Kim</b> welcomed the "plan".'
    )
    extraction = parse(text, id="<script>id</script>")
    page = format_html(extraction, text, title="<i>title</i>")
    assert "<script" not in page.lower()
    assert "<b>Minister" not in page
    assert "<i>title" not in page
    reader = read(page)
    assert reader.tags["script"] == 0
    assert reader.text == text
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page


@pytest.mark.parametrize("text", ["", "   \n\n", "Nothing diplomatic happened today."])
def test_a_document_without_records_gives_a_plain_page(text: str) -> None:
    page = format_html(parse(text, id="empty"), text)
    reader = read(page)
    assert reader.text == text
    assert reader.marked == {}
    assert reader.labels == {}
    assert "No records found" in page


def test_evidence_that_does_not_quote_the_text_is_listed_not_marked() -> None:
    stray = Evidence(field="content", span=Span(start=60, end=90), text="x" * 30)
    wrong = Evidence(field="modality", span=Span(start=0, end=3), text="Not")
    record = Commitment(
        id="c", actors=("JPN",), modality=Modality.AGREE, content="x", evidence=(stray, wrong)
    )
    page = format_html(Extraction(source=Source(id="x"), commitments=(record,)), TEXT[:64])
    reader = read(page)
    assert reader.marked == {}
    assert "content (not in text)" in page
    assert "modality (not in text)" in page


def test_an_unknown_record_type_is_listed() -> None:
    unknown = OpaqueRecord(type="port_call", payload={"id": "p"})
    page = format_html(Extraction(source=Source(id="x"), events=(unknown,)), TEXT)
    read(page)
    assert "<b>E1</b> port_call" in page


def test_the_page_is_self_contained() -> None:
    page = format_html(parse(RELEASE), RELEASE)
    for needle in ("<script", "http://", "https://", "<link", "@import", "src="):
        assert needle not in page


# -- the command line ---------------------------------------------------------------------


def test_show_writes_a_page(tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    assert main(["show", str(ROOT / "examples" / "press_release.txt"), "--out", str(out)]) == 0
    reader = read(out.read_text(encoding="utf-8"))
    assert reader.text == (ROOT / "examples" / "press_release.txt").read_text(encoding="utf-8")
    assert len(reader.marked) > 20


def test_show_prints_to_standard_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "r.txt").write_text(RELEASE, encoding="utf-8")
    assert main(["show", str(tmp_path / "r.txt"), "--published", "2026-02-05"]) == 0
    out = capsys.readouterr().out
    assert read(out).text == RELEASE
    assert "published 2026-02-05" in out


def test_show_picks_one_document_of_a_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c.jsonl"
    lines = [{"id": "a", "text": "Nothing."}, {"id": "b", "text": RELEASE}]
    corpus.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    assert main(["show", str(corpus), "--id", "b"]) == 0
    assert read(capsys.readouterr().out).text == RELEASE
    with pytest.raises(SystemExit, match="name it: --id"):
        main(["show", str(corpus)])
    with pytest.raises(SystemExit, match="no document 'z'"):
        main(["show", str(corpus), "--id", "z"])
