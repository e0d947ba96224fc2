"""The actor lexicon: trie patterns, names of states and organizations, and extending it."""

from __future__ import annotations

import re

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomod.errors import InvalidValueError
from diplomod.mentions.actors import ActorKind, find_actors
from diplomod.mentions.lexicon import (
    DEFAULT_LEXICON,
    NameEntry,
    NameKind,
    city_country,
    make_lexicon,
    trie_pattern,
)
from diplomod.mentions.lexicon.caseless import CaselessPattern, is_lower_case, lower_view
from diplomod.mentions.lexicon.countries import DEMONYMS, iso_state_names
from diplomod.mentions.lexicon.organizations import ORGANIZATIONS as ORGANIZATION_NAMES
from diplomod.mentions.lexicon.patterns import compile_lexicon

# ---------------------------------------------------------------- trie patterns

words = st.lists(st.text(alphabet="abcAB .-'()[]|*?+\\^$", min_size=1, max_size=8), max_size=12)


@given(words)
def test_trie_matches_every_word_in_full(names: list[str]) -> None:
    pattern = re.compile(trie_pattern(names))
    for name in names:
        assert pattern.fullmatch(name), name


@given(words, st.text(alphabet="abcAB .-'", max_size=8))
def test_trie_matches_nothing_else(names: list[str], other: str) -> None:
    assert bool(re.fullmatch(trie_pattern(names), other)) == (other in names)


@given(words.filter(bool))
def test_trie_prefers_the_longest_name(names: list[str]) -> None:
    longest = max(names, key=len)
    match = re.compile(trie_pattern(names)).match(longest)
    assert match is not None
    assert match.group() == longest


def test_trie_embeds_in_a_verbose_pattern() -> None:
    pattern = re.compile(rf"(?:{trie_pattern(['New York', 'New Delhi'])})\b", re.VERBOSE)
    assert pattern.findall("from New Delhi to New York") == ["New Delhi", "New York"]


# ---------------------------------------------------------------- caseless patterns

# Letters whose case folds oddly (dotted and dotless i, long s, Kelvin sign, sharp s) and
# marks, so that the lower view and the case-insensitive pattern are put to the test.
ODD_LETTERS = "\u0130\u0131\u017f\u212a\u00df\u00c9"
caseless_text = st.text(alphabet="aAiIsSkKwW lL'-,\n" + ODD_LETTERS, max_size=16)
CASELESS_SOURCES = (
    r"(?:\b(?:is|was|kil|swill|a)|'s)\s*$",
    r"\b(?:will|a\ well)\s+(?:\w+ly\s+)?",
    r"[a-z]+ly|(?<![\w'])ski",
    r"(?i:was)|[^a-z]s",
    r"[A-Z]ll|\x41",  # not lower case: always matched case-insensitively on the text
)


@pytest.mark.parametrize("source", CASELESS_SOURCES)
@given(text=caseless_text, pos=st.integers(-2, 18), endpos=st.integers(-2, 18))
def test_caseless_pattern_matches_as_ignoring_case(
    source: str, text: str, pos: int, endpos: int
) -> None:
    caseless, plain = CaselessPattern(source, re.VERBOSE), re.compile(source, re.I | re.VERBOSE)
    for low in (lower_view(text), None):
        for method in ("search", "match", "fullmatch"):
            got = getattr(caseless, method)(text, low, pos, endpos)
            want = getattr(plain, method)(text, pos, endpos)
            assert (got and got.span()) == (want and want.span()), (method, low)
        found = [m.span() for m in caseless.finditer(text, low, pos, endpos)]
        assert found == [m.span() for m in plain.finditer(text, pos, endpos)]
        lo, hi = sorted((max(pos, 0), max(endpos, 0)))
        got = caseless.search_in(text, low, lo, hi)
        want = plain.search(text[lo:hi])
        assert (got and got.span()) == (want and want.span())


@given(caseless_text)
def test_lower_view_keeps_offsets(text: str) -> None:
    low = lower_view(text)
    assert low is None or (len(low) == len(text) and low == text.lower())


def test_is_lower_case_sees_letters_not_escapes() -> None:
    assert is_lower_case(r"\bwill\s+\S\W(?P<ord>\d)")
    assert not is_lower_case(r"[A-Z]\w+")
    assert not is_lower_case(r"\x41|\N{LATIN SMALL LETTER A}")  # escapes may name any letter
    assert not is_lower_case(r"(?-i:will)")  # case turned back on


# ---------------------------------------------------------------- states


def test_every_iso_country_is_known_by_its_usable_names() -> None:
    missing = []
    for code, name in iso_state_names():
        entry = DEFAULT_LEXICON.lookup(name)
        if entry is None or entry.kind is not NameKind.STATE:
            missing.append((code, name))
    assert missing == []
    codes = {e.code for e in DEFAULT_LEXICON.names.values() if e.kind is NameKind.STATE}
    assert {str(c.alpha_3) for c in pycountry.countries} <= codes


@pytest.mark.parametrize(
    ("surface", "kind", "code"),
    [
        ("Viet Nam", NameKind.STATE, "VNM"),
        ("Vietnam", NameKind.STATE, "VNM"),
        ("Socialist Republic of Viet Nam", NameKind.STATE, "VNM"),
        ("South Korea", NameKind.STATE, "KOR"),
        ("Republic of Korea", NameKind.STATE, "KOR"),
        ("ROK", NameKind.STATE, "KOR"),
        ("Korea", NameKind.STATE, "KOR"),
        ("North Korea", NameKind.STATE, "PRK"),
        ("DPRK", NameKind.STATE, "PRK"),
        ("Democratic People's Republic of Korea", NameKind.STATE, "PRK"),
        ("Democratic People\u2019s Republic of Korea", NameKind.STATE, "PRK"),
        ("U.S.", NameKind.STATE, "USA"),
        ("United States of America", NameKind.STATE, "USA"),
        ("America", NameKind.STATE, "USA"),
        ("Britain", NameKind.STATE, "GBR"),
        ("United Kingdom of Great Britain and Northern Ireland", NameKind.STATE, "GBR"),
        ("Russian Federation", NameKind.STATE, "RUS"),
        ("PRC", NameKind.STATE, "CHN"),
        ("Taiwan", NameKind.STATE, "TWN"),
        ("Türkiye", NameKind.STATE, "TUR"),
        ("Turkey", NameKind.STATE, "TUR"),
        ("Czechia", NameKind.STATE, "CZE"),
        ("Ivory Coast", NameKind.STATE, "CIV"),
        ("Holy See", NameKind.STATE, "VAT"),
        ("Kosovo", NameKind.STATE, "XKX"),
        ("Burma", NameKind.STATE, "MMR"),
        ("UAE", NameKind.STATE, "ARE"),
        ("Grand Duchy of Luxembourg", NameKind.STATE, "LUX"),
        ("State of Eritrea", NameKind.STATE, "ERI"),
        ("Kingdom of Bahrain", NameKind.STATE, "BHR"),
    ],
)
def test_state_names(surface: str, kind: NameKind, code: str) -> None:
    assert DEFAULT_LEXICON.lookup(surface) == NameEntry(surface=surface, kind=kind, code=code)


@pytest.mark.parametrize(
    ("surface", "code"),
    [
        ("Vietnamese", "VNM"), ("Japanese", "JPN"), ("American", "USA"), ("British", "GBR"),
        ("South Korean", "KOR"), ("North Korean", "PRK"), ("Emirati", "ARE"),
        ("Bahraini", "BHR"), ("Afghan", "AFG"), ("Azerbaijani", "AZE"), ("Thai", "THA"),
        ("Luxembourgish", "LUX"), ("Turkmen", "TKM"), ("South African", "ZAF"),
        ("Filipino", "PHL"), ("Philippine", "PHL"), ("Dutch", "NLD"), ("Swiss", "CHE"),
    ],
)  # fmt: skip
def test_demonyms(surface: str, code: str) -> None:
    entry = DEFAULT_LEXICON.lookup(surface)
    assert entry is not None
    assert (entry.kind, entry.code) == (NameKind.DEMONYM, code)


def test_demonyms_cover_nearly_every_un_member() -> None:
    assert len(DEMONYMS) >= 190


@pytest.mark.parametrize(
    ("surface", "code"),
    [("Beijing", "CHN"), ("Kyiv", "UKR"), ("Kiev", "UKR"), ("New Delhi", "IND"),
     ("Washington", "USA"), ("Pyongyang", "PRK"), ("Brussels", "EU"), ("Mexico City", "MEX")],
)  # fmt: skip
def test_capitals_may_stand_for_their_state(surface: str, code: str) -> None:
    entry = DEFAULT_LEXICON.lookup(surface)
    assert entry is not None
    assert (entry.kind, entry.code) == (NameKind.CAPITAL, code)


@pytest.mark.parametrize(
    ("city", "code"),
    [
        ("Geneva", "CHE"), ("New York", "USA"), ("Bali", "IDN"), ("Honolulu", "USA"),
        ("Melbourne", "AUS"), ("Singapore", "SGP"), ("Nha Trang", "VNM"), ("Davos", "CHE"),
        ("Munich", "DEU"), ("The Hague", "NLD"), ("Busan", "KOR"), ("Sochi", "RUS"),
        ("St. Petersburg", "RUS"), ("Jeddah", "SAU"), ("Abu Dhabi", "ARE"),
        ("Camp David", "USA"), ("Brussels", "BEL"), ("Hanoi", "VNM"), ("Canberra", "AUS"),
        ("Atlantis", None),
    ],
)  # fmt: skip
def test_city_country(city: str, code: str | None) -> None:
    assert city_country(city) == code


# ---------------------------------------------------------------- organizations, places


@pytest.mark.parametrize(
    ("surface", "code"),
    [
        ("ASEAN", "ASEAN"), ("Association of Southeast Asian Nations", "ASEAN"),
        ("European Union", "EU"), ("United Nations", "UN"), ("UN Security Council", "UNSC"),
        ("UN General Assembly", "UNGA"), ("NATO", "NATO"), ("African Union", "AU"),
        ("African Union Commission", "AUC"), ("G7", "G7"), ("G20", "G20"), ("Quad", "QUAD"),
        ("OSCE", "OSCE"), ("IAEA", "IAEA"), ("World Bank", "WBG"), ("BRICS", "BRICS"),
        ("Gulf Cooperation Council", "GCC"), ("Arab League", "LAS"), ("Council of Europe", "COE"),
    ],
)  # fmt: skip
def test_organizations_use_their_acronyms(surface: str, code: str) -> None:
    entry = DEFAULT_LEXICON.lookup(surface)
    assert entry is not None
    assert (entry.kind, entry.code) == (NameKind.ORGANIZATION, code)


@pytest.mark.parametrize(
    "surface", ["South China Sea", "East China Sea", "Korean Peninsula", "Taiwan Strait",
                "Indian Ocean", "Latin American", "Sea of Japan", "Gulf of Thailand"]
)  # fmt: skip
def test_places_holding_a_state_name_are_no_actors(surface: str) -> None:
    entry = DEFAULT_LEXICON.lookup(surface)
    assert entry is not None
    assert entry.kind is NameKind.PLACE


# ---------------------------------------------------------------- extending


def test_with_names_derives_a_new_lexicon_and_leaves_the_default_alone() -> None:
    lexicon = DEFAULT_LEXICON.with_names(NameKind.ORGANIZATION, "PALM", "Pacific Alliance")
    text = "The Pacific Alliance welcomed the plan."
    assert [(a.name, a.code) for a in find_actors(text, lexicon)] == [("Pacific Alliance", "PALM")]
    assert find_actors(text) == ()
    assert DEFAULT_LEXICON.lookup("Pacific Alliance") is None


def test_extend_adds_titles_ranks_and_cities() -> None:
    lexicon = DEFAULT_LEXICON.extend(
        titles=["Grand Vizier"], ranks=["Commodore"], cities={"Tromsø": "NOR"}
    )
    people = list(find_actors("Grand Vizier Ali Pasha met Commodore Jan Berg.", lexicon))
    assert [(p.name, p.title, p.rank) for p in people] == [
        ("Ali Pasha", "Grand Vizier", None),
        ("Jan Berg", None, "Commodore"),
    ]
    assert all(p.kind is ActorKind.PERSON for p in people)
    assert lexicon.city_country("Tromsø") == "NOR"
    assert DEFAULT_LEXICON.city_country("Tromsø") is None


def test_make_lexicon_takes_extra_names() -> None:
    lexicon = make_lexicon(extra=[NameEntry(surface="Blighty", kind=NameKind.STATE, code="GBR")])
    assert [(a.kind, a.code) for a in find_actors("Blighty voted.", lexicon)] == [
        (ActorKind.STATE, "GBR")
    ]


def test_patterns_are_compiled_once_per_lexicon() -> None:
    assert compile_lexicon(DEFAULT_LEXICON) is compile_lexicon(DEFAULT_LEXICON)


@pytest.mark.parametrize(
    ("surface", "code"), [("", "JPN"), (" Japan", "JPN"), ("Japan", "jpn"), ("Japan", "")]
)
def test_name_entries_reject_bad_values(surface: str, code: str) -> None:
    with pytest.raises(InvalidValueError):
        NameEntry(surface=surface, kind=NameKind.STATE, code=code)


# ---------------------------------------------------------------- compiled patterns
# The readers below split what one pattern could say into small shared patterns (one
# pattern holding the tries of states and of portfolio words is slow to compile). These
# laws check them against that one pattern, written here as the specification.

_PATTERNS = compile_lexicon(DEFAULT_LEXICON)
_PARTY_KINDS = (NameKind.STATE, NameKind.ORGANIZATION)
_PARTIES = [s for s, e in DEFAULT_LEXICON.names.items() if e.kind in _PARTY_KINDS]
_PARTY = "(?:" + trie_pattern(_PARTIES) + r")(?!\w)"
_PORTFOLIO = "(?:" + trie_pattern(DEFAULT_LEXICON.portfolio_words) + r")(?![\w'])"
_TITLE = "(?:" + trie_pattern(DEFAULT_LEXICON.titles) + r")(?!\w)"
_REMIT = re.compile(
    rf"""[ ](?:of|for|on)[ ](?:the[ ])? {_PORTFOLIO}
         (?: [ ](?:(?:and|&|for|on|of(?![ ](?:the[ ])?{_PARTY}))[ ](?:the[ ])?)? {_PORTFOLIO}
         ){{0,10}}""",
    re.VERBOSE,
)
_OF_PARTY = re.compile(
    rf"[ ]of[ ](?:the[ ])?(?P<party>{_PARTY})(?:[ ]\([A-Z][A-Za-z.]{{1,7}}\))?", re.VERBOSE
)
_TO_PARTY = re.compile(rf"[ ]to[ ](?:the[ ])?(?:{_PARTY}|{_TITLE})", re.VERBOSE)

_OFFICE_WORDS = st.sampled_from(
    ["of", "for", "on", "and", "&", "to", "the", "The", "(ROK)", "(EU)", "(x)", "State",
     "Japan", "Japan's", "Japanese", "South", "Africa", "South Africa", "European", "Union",
     "Central", "African", "Republic", "Korea", "Foreign", "Affairs", "foreign", "Defence",
     "National", "Indo-Pacific", "Asian", "Pacific", "Co-operation", "Minister", "Secretary",
     "Ambassador", "Trade", "Trades", "x", ""]
)  # fmt: skip
office_tails = st.lists(_OFFICE_WORDS, max_size=10).map(lambda words: " " + " ".join(words))


@given(office_tails)
def test_remit_reader_agrees_with_one_pattern(text: str) -> None:
    m = _REMIT.match(text)
    assert _PATTERNS.read_remit(text, 0) == (m.end() if m else -1)


@given(office_tails)
def test_party_readers_agree_with_one_pattern(text: str) -> None:
    m = _OF_PARTY.match(text)
    assert _PATTERNS.read_of_party(text, 0) == ((m["party"], m.end()) if m else None)
    m = _TO_PARTY.match(text)
    assert _PATTERNS.read_to_party(text, 0) == (m.end() if m else -1)


_SPACES = [c for c in map(chr, range(0x3001)) if c.isspace()]
spaced_words = st.lists(
    st.one_of(
        st.sampled_from(["he", "they", "leaders", "two leaders", "counterpart", "minister",
                         "prime minister", "Ministers", "with", "The", "x", "heads of state"]),
        st.sampled_from(_SPACES),
    ),
    max_size=30,
).map("".join)  # fmt: skip


@given(spaced_words)
def test_lower_words_are_found_as_one_scan_finds_them(text: str) -> None:
    expected = [m.span(1) for m in _PATTERNS.lower_words.finditer(text)]
    assert [m.span(1) for m in _PATTERNS.find_lower_words(text)] == expected


def test_other_spaces_are_all_the_white_space_but_two() -> None:
    from diplomod.mentions.lexicon.patterns import _OTHER_SPACES

    assert set(_OTHER_SPACES) == set(_SPACES) - {" ", "\n"}


def test_every_organization_the_lexicon_finds_is_an_actor_the_records_accept() -> None:
    from diplomod.mentions.lexicon.organizations import BODIES, ORGANIZATIONS
    from diplomod.records.codes import is_actor_code, is_organization_id

    assert [code for code in ORGANIZATIONS if not is_organization_id(code)] == []
    assert [code for code in BODIES.values() if not is_actor_code(code)] == []


@pytest.mark.parametrize(
    "name",
    sorted({name for names in ORGANIZATION_NAMES.values() for name in names}),
)
def test_a_statement_about_any_known_organization_parses(name: str) -> None:
    import diplomod

    extraction = diplomod.parse(f"Chile condemned the attack on the {name} on Monday.")
    assert [s.actors for s in extraction.statements] == [("CHL",)]
