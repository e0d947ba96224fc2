"""Actor mentions: what each phrasing yields, and the laws every scan obeys."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomod.mentions.actors import (
    ActorKind,
    ActorMention,
    ReferenceKind,
    find_actors,
    find_name_references,
    find_references,
    scan_actors,
)
from diplomod.mentions.lexicon import NameKind
from diplomod.mentions.persons import split_name

STATE, DEMONYM, CAPITAL = ActorKind.STATE, ActorKind.DEMONYM, ActorKind.CAPITAL
ORG, BODY, PERSON = ActorKind.ORGANIZATION, ActorKind.BODY, ActorKind.PERSON


def names(text: str) -> list[tuple[ActorKind, str | None, str]]:
    """Return (kind, code, name) of every mention that is not a person."""
    return [(a.kind, a.code, a.name) for a in find_actors(text) if a.kind is not PERSON]


def people(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """Return (name, code, title, rank) of every person mention."""
    return [(a.name, a.code, a.title, a.rank) for a in find_actors(text) if a.kind is PERSON]


def references(text: str) -> list[tuple[ReferenceKind, str, str | None]]:
    """Return (kind, quoted text, code) of every reference."""
    return [(r.kind, r.text, r.code) for r in find_references(text)]


# ---------------------------------------------------------------- states, demonyms, capitals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Canberra and Wellington signed a trade pact.",
            [(CAPITAL, "AUS", "Canberra"), (CAPITAL, "NZL", "Wellington")],
            id="capitals as metonyms",
        ),
        pytest.param(
            "The U.S. and the Republic of Korea held drills; the DPRK objected.",
            [(STATE, "USA", "U.S."), (STATE, "KOR", "Republic of Korea"), (STATE, "PRK", "DPRK")],
            id="abbreviations and official names",
        ),
        pytest.param(
            "North Korea and South Korea met, and Korea later issued a note.",
            [(STATE, "PRK", "North Korea"), (STATE, "KOR", "South Korea"), (STATE, "KOR", "Korea")],
            id="the two Koreas",
        ),
        pytest.param(
            "India's envoy visited the Socialist Republic of Viet Nam.",
            [(STATE, "IND", "India"), (STATE, "VNM", "Socialist Republic of Viet Nam")],
            id="possessive and official name",
        ),
        pytest.param(
            "Brazilian and South African diplomats praised Emirati mediation.",
            [
                (DEMONYM, "BRA", "Brazilian"),
                (DEMONYM, "ZAF", "South African"),
                (DEMONYM, "ARE", "Emirati"),
            ],
            id="demonyms",
        ),
        pytest.param(
            "A UK-France summit and a Japan-Australia pact.",
            [
                (STATE, "GBR", "UK"),
                (STATE, "FRA", "France"),
                (STATE, "JPN", "Japan"),
                (STATE, "AUS", "Australia"),
            ],
            id="hyphenated pairs",
        ),
        pytest.param(
            "Türkiye, Czechia and Burma were on the agenda.",
            [(STATE, "TUR", "Türkiye"), (STATE, "CZE", "Czechia"), (STATE, "MMR", "Burma")],
            id="new and old names",
        ),
        pytest.param(
            "Beijing has been accused of coercion, Moscow said.",
            [(CAPITAL, "CHN", "Beijing"), (CAPITAL, "RUS", "Moscow")],
            id="capital as actor",
        ),
    ],
)
def test_states_demonyms_capitals(text: str, expected: list[tuple[ActorKind, str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ships patrol the South China Sea and the East China Sea.", [], id="seas hold China"
        ),
        pytest.param("Peace on the Korean Peninsula matters.", [], id="peninsula"),
        pytest.param("Latin American ministers gathered.", [], id="Latin American"),
        pytest.param("Tensions across the Taiwan Strait rose.", [], id="strait"),
        pytest.param("The Indian Ocean rim states met.", [], id="Indian Ocean"),
        pytest.param("The Ministers praised the Self-Defense Forces.", [], id="no actor words"),
        pytest.param("Trade rose by US$250 billion.", [], id="currency"),
        pytest.param(
            "They criticized China's Coast Guard Law.",
            [(STATE, "CHN", "China")],
            id="a law named after a state",
        ),
        pytest.param(
            "Jordanian, Nigerian and Dominican troops.",
            [
                (DEMONYM, "JOR", "Jordanian"),
                (DEMONYM, "NGA", "Nigerian"),
                (DEMONYM, "DOM", "Dominican"),
            ],
            id="longest name wins",
        ),
        pytest.param("japan and vietnam", [], id="lower case is not a name"),
    ],
)
def test_what_is_not_a_state(text: str, expected: list[tuple[ActorKind, str, str]]) -> None:
    assert names(text) == expected


# ---------------------------------------------------------------- organizations and bodies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "ASEAN and the European Union backed the G20 plan.",
            [(ORG, "ASEAN", "ASEAN"), (ORG, "EU", "European Union"), (ORG, "G20", "G20")],
            id="organizations",
        ),
        pytest.param(
            "The UN Security Council and the African Union Commission met.",
            [(ORG, "UNSC", "UN Security Council"), (ORG, "AUC", "African Union Commission")],
            id="longest organization name",
        ),
        pytest.param(
            "The Kremlin and the White House traded notes.",
            [(BODY, "RUS", "Kremlin"), (BODY, "USA", "White House")],
            id="fixed bodies",
        ),
        pytest.param(
            "The Ministry of Defence of Japan and the Pentagon agreed.",
            [
                (BODY, "JPN", "Ministry of Defence of Japan"),
                (STATE, "JPN", "Japan"),
                (BODY, "USA", "Pentagon"),
            ],
            id="ministry of <state>",
        ),
        pytest.param(
            "Germany's Federal Foreign Office and France's Ministry of Foreign Affairs spoke.",
            [
                (STATE, "DEU", "Germany"),
                (BODY, "DEU", "Federal Foreign Office"),
                (STATE, "FRA", "France"),
                (BODY, "FRA", "Ministry of Foreign Affairs"),
            ],
            id="possessive bodies",
        ),
        pytest.param(
            "the Indian defence ministry said, citing the Brazilian government",
            [
                (DEMONYM, "IND", "Indian"),
                (BODY, "IND", "defence ministry"),
                (DEMONYM, "BRA", "Brazilian"),
                (BODY, "BRA", "government"),
            ],
            id="demonym bodies in lower case",
        ),
        pytest.param(
            "The Ministry of Trade said the government agreed.",
            [(BODY, None, "Ministry of Trade")],
            id="a bare government is no body",
        ),
    ],
)
def test_organizations_and_bodies(
    text: str, expected: list[tuple[ActorKind, str | None, str]]
) -> None:
    assert names(text) == expected


# ---------------------------------------------------------------- persons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Japan's Defense Minister Ichiro Sato arrived.",
            [("Ichiro Sato", "JPN", "Defense Minister", None)],
            id="possessive state",
        ),
        pytest.param(
            "Australian Foreign Minister Jane Doyle spoke first.",
            [("Jane Doyle", "AUS", "Foreign Minister", None)],
            id="demonym",
        ),
        pytest.param(
            "Secretary of State Mary R. Cole, Jr. called.",
            [("Mary R. Cole, Jr.", None, "Secretary of State", None)],
            id="initial and suffix",
        ),
        pytest.param(
            "President of the Federative Republic of Brazil Ana Costa received him.",
            [("Ana Costa", "BRA", "President", None)],
            id="title of <official name> name",
        ),
        pytest.param(
            "Prime Minister Tom Reed of New Zealand flew in.",
            [("Tom Reed", "NZL", "Prime Minister", None)],
            id="title name of <state>",
        ),
        pytest.param(
            "She met General Tran Van Minh, Minister of National Defence of Viet Nam, today.",
            [("Tran Van Minh", "VNM", "Minister of National Defence", "General")],
            id="rank name, appositive title",
        ),
        pytest.param(
            "State Councilor and Foreign Minister Zhao Lei replied.",
            [("Zhao Lei", None, "State Councilor and Foreign Minister", None)],
            id="compound title",
        ),
        pytest.param(
            "Deputy Minister of Foreign Affairs Lt. Gen. Omar Haddad of Jordan spoke.",
            [("Omar Haddad", "JOR", "Deputy Minister of Foreign Affairs", "Lt. Gen.")],
            id="modifier, remit, rank",
        ),
        pytest.param(
            "Assistant Secretary of State for European and Eurasian Affairs Paul Grant left.",
            [
                (
                    "Paul Grant",
                    None,
                    "Assistant Secretary of State for European and Eurasian Affairs",
                    None,
                )
            ],
            id="long remit",
        ),
        pytest.param(
            "UN Secretary-General Ana Ruiz and NATO Secretary General Lars Berg met.",
            [
                ("Ana Ruiz", "UN", "Secretary-General", None),
                ("Lars Berg", "NATO", "Secretary General", None),
            ],
            id="organization qualifiers",
        ),
        pytest.param(
            "Republic of Korea (ROK) Minister of Foreign Affairs Park Min-ho met Mr. Blake.",
            [
                ("Park Min-ho", "KOR", "Minister of Foreign Affairs", None),
                ("Blake", None, None, "Mr."),
            ],
            id="parenthetical abbreviation, honorific",
        ),
        pytest.param(
            "Ambassador of Germany to Kenya Eva Lang presented her letters.",
            [("Eva Lang", "DEU", "Ambassador", None)],
            id="ambassador of X to Y",
        ),
        pytest.param(
            "Saudi Crown Prince Faisal bin Khalid hosted Sheikh Hamad Al Nuaimi.",
            [
                ("Faisal bin Khalid", "SAU", "Crown Prince", None),
                ("Hamad Al Nuaimi", None, None, "Sheikh"),
            ],
            id="Gulf names",
        ),
        pytest.param(
            "Minister KATO held a meeting with Minister Nguyen.",
            [("KATO", None, "Minister", None), ("Nguyen", None, "Minister", None)],
            id="all capitals",
        ),
        pytest.param(
            "the British foreign secretary Helen Ward said",
            [("Helen Ward", "GBR", "foreign secretary", None)],
            id="lower-case title",
        ),
        pytest.param(
            "South African President Sipho Nkosi addressed the crowd.",
            [("Sipho Nkosi", "ZAF", "President", None)],
            id="the demonym is no part of the title",
        ),
    ],
)
def test_persons_with_titles(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ukraine's Defence Minister Petro Bondar and his Polish counterpart Jan Nowak met.",
            [("Petro Bondar", "UKR", "Defence Minister", None), ("Jan Nowak", "POL", None, None)],
            id="counterpart with a name",
        ),
        pytest.param(
            "Olga Petrenko thanked the donors.",
            [("Olga Petrenko", None, None, None)],
            id="full name and reporting verb",
        ),
        pytest.param(
            "Talks continued with Rafael Ortega in Lima.",
            [("Rafael Ortega", None, None, None)],
            id="after a cue word",
        ),
        pytest.param(
            "Hiroshi Tanaka, Japan's ambassador to India, attended.",
            [("Hiroshi Tanaka", "JPN", "ambassador", None)],
            id="name, appositive title",
        ),
        pytest.param(
            "Then Kofi Mensah, President of Ghana, opened the session.",
            [("Kofi Mensah", "GHA", "President", None)],
            id="sentence-initial word trimmed",
        ),
    ],
)
def test_persons_without_a_title_before_them(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Ministers discussed Defense Cooperation.", id="capitalized phrase"),
        pytest.param("Japan Self-Defense Forces vessels called at the port.", id="forces"),
        pytest.param("The Joint Statement was issued.", id="document title"),
        pytest.param("As a Major Non-NATO Ally, it hosted the fleet.", id="rank-like word"),
        pytest.param("Talks between JSC Energoatom and Acme SA went well.", id="companies"),
        pytest.param("The Preventing Nuclear War pledge said little.", id="gerund phrase"),
        pytest.param("Minister of Energy announced the plan.", id="title without name"),
        pytest.param("The President and the Prime Minister agreed.", id="two roles"),
    ],
)
def test_no_persons(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("words", "code", "expected"),
    [
        (["Hayashi", "Yoshimasa"], "JPN", ("Yoshimasa", "Hayashi")),
        (["Nobuo", "Kishi"], "JPN", ("Nobuo", "Kishi")),
        (["Kishida", "Fumio"], None, ("Fumio", "Kishida")),
        (["Xi", "Jinping"], "CHN", ("Jinping", "Xi")),
        (["Lee", "Jong-sup"], "KOR", ("Jong-sup", "Lee")),
        (["Phan", "Van", "Giang"], "VNM", ("Van Giang", "Phan")),
        (["Giang"], "VNM", ("Giang", None)),
        (["Blinken"], "USA", (None, "Blinken")),
        (["Etienne", "de", "Poncins"], "FRA", ("Etienne", "de Poncins")),
        (["Abdullatif", "bin", "Rashid", "Al", "Zayani"], "BHR", ("Abdullatif", "Al Zayani")),
        (["Kim", "Darroch"], "GBR", ("Kim", "Darroch")),
    ],
)
def test_given_and_family_names(
    words: list[str], code: str | None, expected: tuple[str | None, str | None]
) -> None:
    from diplomod.mentions.lexicon import DEFAULT_LEXICON

    assert split_name(words, code, DEFAULT_LEXICON) == expected


def test_a_person_mention_keeps_its_parts() -> None:
    text = "Vietnam's Minister of National Defence General Vo Minh Tuan spoke."
    (person,) = [a for a in find_actors(text) if a.kind is PERSON]
    assert person.span.slice(text) == "Vo Minh Tuan"
    assert person.title_span is not None
    assert person.title_span.slice(text) == "Minister of National Defence"
    assert person.extent.slice(text) == text.removesuffix(" spoke.")
    assert (person.given_name, person.family_name) == ("Minh Tuan", "Vo")


# ---------------------------------------------------------------- references


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The two leaders spoke, and both sides agreed.",
            [
                (ReferenceKind.GROUP, "The two leaders", None),
                (ReferenceKind.GROUP, "both sides", None),
            ],
            id="groups",
        ),
        pytest.param(
            "He thanked her.",
            [(ReferenceKind.PRONOUN, "He", None), (ReferenceKind.PRONOUN, "her", None)],
            id="pronouns",
        ),
        pytest.param(
            "The Secretary met the Indian Prime Minister.",
            [
                (ReferenceKind.ROLE, "Secretary", None),
                (ReferenceKind.ROLE, "Indian Prime Minister", "IND"),
            ],
            id="roles",
        ),
        pytest.param(
            "The President of Brazil spoke with the prime minister.",
            [
                (ReferenceKind.ROLE, "President of Brazil", "BRA"),
                (ReferenceKind.ROLE, "prime minister", None),
            ],
            id="roles of a state, lower case",
        ),
        pytest.param(
            "He welcomed his Kenyan counterpart.",
            [
                (ReferenceKind.PRONOUN, "He", None),
                (ReferenceKind.PRONOUN, "his", None),
                (ReferenceKind.COUNTERPART, "Kenyan counterpart", "KEN"),
            ],
            id="counterpart",
        ),
        pytest.param(
            "the Chinese side and the Mexican delegation",
            [
                (ReferenceKind.SIDE, "Chinese side", "CHN"),
                (ReferenceKind.SIDE, "Mexican delegation", "MEX"),
            ],
            id="sides",
        ),
        pytest.param(
            "The Foreign Ministers and the Presidents met.",
            [
                (ReferenceKind.GROUP, "The Foreign Ministers", None),
                (ReferenceKind.GROUP, "the Presidents", None),
            ],
            id="plural titles are groups",
        ),
    ],
)
def test_references(text: str, expected: list[tuple[ReferenceKind, str, str | None]]) -> None:
    assert references(text) == expected


def test_name_references_point_back_to_known_persons() -> None:
    text = (
        "Indonesian Foreign Minister Sari Wulandari met Minister Moon. "
        "Wulandari said talks went well; MOON agreed. Later Wulandari Putri arrived."
    )
    scan = scan_actors(text)
    persons = [a for a in scan.actors if a.kind is PERSON]
    found = find_name_references(text, persons)
    assert [(r.text, r.antecedent.name if r.antecedent else None) for r in found] == [
        ("Wulandari", "Sari Wulandari"),
        ("MOON", "Moon"),
    ]
    assert all(r.kind is ReferenceKind.NAME for r in found)


def test_name_references_need_known_persons() -> None:
    assert find_name_references("Kishi spoke.", []) == ()


_NAME_PIECES = [
    "Kishi", "KISHI", "Nobuo Kishi", "Kishida", "Kishi's", "Kishi-", "-Kishi", "'Kishi", "Phan",
    "Van", "Giang", "Phan Van Giang", "GIANG", "von der Leyen", "VON DER LEYEN", "Leyen", "der",
    "Ursula", "Minister", "Defense Minister Nobuo Kishi", "General Phan Van Giang", "President",
    "Ursula von der Leyen", "said", " ", " ", ", ", ". ", "x", "_", "1", "é", "Ko", "Kim",
]  # fmt: skip
name_prose = st.lists(st.sampled_from(_NAME_PIECES), max_size=40).map("".join)


@given(name_prose)
def test_name_references_are_whole_words_as_one_pattern_reads_them(text: str) -> None:
    import re

    from diplomod.mentions.lexicon import trie_pattern
    from diplomod.mentions.persons import name_keys

    persons = [a for a in scan_actors(text).actors if a.kind is PERSON]
    keys: dict[str, ActorMention] = {}
    for person in sorted(persons, key=lambda p: (-len(p.name.split()), p.span.start)):
        for key in name_keys(person.name, person.family_name):
            keys.setdefault(key, person)
            keys.setdefault(key.upper(), person)
    pattern = re.compile(r"(?<![\w'-])(?:" + trie_pattern(keys) + r")(?![\w-])")
    inside = [(p.span.start, p.span.end) for p in persons]
    expected = [
        (m.span(), keys[m.group()])
        for m in pattern.finditer(text)
        if not any(s <= m.start() and m.end() <= e for s, e in inside)
        and not re.match(r"[ ][A-Z][a-z]", text[m.end() : m.end() + 3])
    ]
    found = find_name_references(text, persons)
    assert [((r.span.start, r.span.end), r.antecedent) for r in found] == expected


# ---------------------------------------------------------------- laws

_PIECES = [
    *"abcdefghijklmnopqrstuvwxyzAEIOUJKMNPSTVW", " ", " ", " ", ",", ".", "'", "-", "\n",
    "Japan", "Minister", "President", "of", "the", "Mr.", "General", "Viet Nam", "his",
    "counterpart", "Vietnamese", "said", "with", "Ministry", "Kishi", "Secretary", "and",
    "South China Sea", "(ROK)", "'s", "Jr.", "Al", "bin", "two leaders", "side", "von",
]  # fmt: skip
prose = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


def _check_spans(text: str, mention: ActorMention) -> None:
    assert 0 <= mention.extent.start <= mention.span.start <= mention.span.end
    assert mention.span.end <= mention.extent.end <= len(text)
    assert mention.span.slice(text) == mention.name
    assert mention.name
    if mention.title is not None:
        assert mention.title_span is not None
        assert mention.title_span.slice(text) == mention.title


@given(st.one_of(prose, st.text(max_size=200)))
def test_spans_are_honest_and_scans_agree(text: str) -> None:
    scan = scan_actors(text)
    for mention in scan.actors:
        _check_spans(text, mention)
    for reference in scan.references:
        assert reference.span.slice(text) == reference.text
    assert find_actors(text) == scan.actors
    assert scan_actors(text) == scan
    assert [a.span.start for a in scan.actors] == sorted(a.span.start for a in scan.actors)
    persons = [a for a in scan.actors if a.kind is PERSON]
    for reference in find_name_references(text, persons):
        assert reference.span.slice(text) == reference.text


@given(prose)
def test_codes_come_from_the_lexicon(text: str) -> None:
    from diplomod.mentions.lexicon import DEFAULT_LEXICON

    for mention in find_actors(text):
        if mention.kind in (STATE, DEMONYM, CAPITAL, ORG):
            entry = DEFAULT_LEXICON.lookup(mention.name)
            assert entry is not None
            assert entry.code == mention.code
            assert entry.kind is not NameKind.PLACE


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("the Minister of the Minister of " * 30_000, id="nested titles"),
        pytest.param("Mr. " * 250_000, id="honorifics"),
        pytest.param("Alpha Beta Gamma Delta " * 40_000, id="capitalized words"),
        pytest.param("Minister of Foreign Affairs and " * 30_000, id="compound titles"),
        pytest.param("Japan's " * 120_000, id="possessives"),
        pytest.param("his Vietnamese counterpart " * 36_000, id="counterparts"),
        pytest.param("J. " * 300_000, id="initials"),
        pytest.param("Kishi said. " * 80_000, id="names and verbs"),
    ],
)
def test_large_adversarial_inputs_finish(text: str) -> None:
    scan = scan_actors(text)
    assert len(text) >= 900_000
    assert all(m.span.end <= len(text) for m in scan.actors)


def test_a_reference_extends_over_its_own_span() -> None:
    refs = find_references("The two leaders met. He thanked his Indian counterpart.")
    assert refs
    assert all(r.extent == r.span for r in refs)
