"""Statements and commitments on real phrasing: whom a statement aims at, and which
modality a commitment verb gives.

A statement's target is the one state or organization its verb is aimed at; when
the text names none clearly (a place, two states, a forum's name, an envoy's post,
a person of unknown state), the target is None: nothing is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplomod.pipeline import parse

BILATERAL = (
    "Readout of the Leaders' Meeting\n\n"
    "President Ana Costa of Brazil met Prime Minister Lee Min-jun of the Republic of Korea "
    "in Seoul on Tuesday.\n\n"
)
TWO_PREMIERS = (
    "Readout of the Summit\n\n"
    "Prime Minister Sato Kenji of Japan held talks with Prime Minister Ravi Menon of India "
    "in New Delhi on Monday.\n\n"
)


def statements(head: str, body: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    """Return (kind, actors, target) of every statement parsed from a readout."""
    out = parse(head + body, published=dt.date(2024, 5, 9))
    return [(s.kind.value, s.actors, s.target) for s in out.statements]


def commitments(head: str, body: str) -> list[tuple[str, tuple[str, ...], str]]:
    """Return (modality, actors, content) of every commitment parsed from a readout."""
    out = parse(head + body, published=dt.date(2024, 5, 9))
    return [(c.modality.value, c.actors, c.content) for c in out.commitments]


# (head, sentence, kind, actors, target)
NAMED_TARGETS = [
    # the object names the state, its side, or a title only one state holds
    (
        BILATERAL,
        "President Costa condemned North Korea's latest missile test.",
        "condemn",
        ("BRA",),
        "PRK",
    ),
    (
        BILATERAL,
        "President Costa thanked Australia for its flood relief.",
        "appreciate",
        ("BRA",),
        "AUS",
    ),
    (
        BILATERAL,
        "Prime Minister Lee expressed gratitude to the Brazilian side for the "
        "evacuation of Korean nationals.",
        "appreciate",
        ("KOR",),
        "BRA",
    ),
    (
        BILATERAL,
        "President Costa welcomed the Prime Minister's decision to lift tariffs on soybeans.",
        "welcome",
        ("BRA",),
        "KOR",
    ),
    (
        BILATERAL,
        "President Costa thanked the Prime Minister of Canada for his message.",
        "appreciate",
        ("BRA",),
        "CAN",
    ),
    # an unnamed government in a two-party readout is the other party's
    (
        BILATERAL,
        "President Costa pressed the government to free the detained fishermen.",
        "request",
        ("BRA",),
        "KOR",
    ),
    (
        BILATERAL,
        "President Costa called on authorities to reopen the consulate.",
        "request",
        ("BRA",),
        "KOR",
    ),
    # a government named by its country is that country's
    (
        BILATERAL,
        "President Costa urged the government of Venezuela to hold elections.",
        "request",
        ("BRA",),
        "VEN",
    ),
    # the place is the subject of the statement
    (
        BILATERAL,
        "President Costa expressed concern about the situation in Myanmar.",
        "concern",
        ("BRA",),
        "MMR",
    ),
    # the speaker's own name is passed over
    (
        BILATERAL,
        "President Costa expressed support for Brazil's bid and for Ukraine's recovery.",
        "support",
        ("BRA",),
        "UKR",
    ),
]

# (head, sentence, kind, actors): the text names no single target
NO_TARGET = [
    # a place, not an addressee
    (
        BILATERAL,
        "President Costa expressed concern about the use of cluster munitions in Ukraine.",
        "concern",
        ("BRA",),
    ),
    (
        BILATERAL,
        "Prime Minister Lee welcomed the success of his visit to France.",
        "welcome",
        ("KOR",),
    ),
    # two states joined: none of them alone is the target
    (
        BILATERAL,
        "President Costa applauded Japan and Australia's signing of the accord.",
        "appreciate",
        ("BRA",),
    ),
    (
        BILATERAL,
        "President Costa condemned Russia and Belarus for the exercises.",
        "condemn",
        ("BRA",),
    ),
    # a compound, a forum's or document's name, an envoy's post
    (BILATERAL, "President Costa welcomed the India-Pakistan ceasefire.", "welcome", ("BRA",)),
    (
        BILATERAL,
        "President Costa called for full implementation of UN Security Council resolutions.",
        "request",
        ("BRA",),
    ),
    (
        BILATERAL,
        "President Costa praised the work of the Special Envoy for Yemen.",
        "appreciate",
        ("BRA",),
    ),
    # a title two states' leaders hold
    (
        TWO_PREMIERS,
        "Prime Minister Sato welcomed the Prime Minister's decision to open new consulates.",
        "welcome",
        ("JPN",),
    ),
]


@pytest.mark.parametrize(("head", "sentence", "kind", "actors", "target"), NAMED_TARGETS)
def test_a_statement_is_aimed_at_the_state_it_names(
    head: str, sentence: str, kind: str, actors: tuple[str, ...], target: str
) -> None:
    assert statements(head, sentence) == [(kind, actors, target)]


@pytest.mark.parametrize(("head", "sentence", "kind", "actors"), NO_TARGET)
def test_a_statement_without_a_clear_target_has_none(
    head: str, sentence: str, kind: str, actors: tuple[str, ...]
) -> None:
    assert statements(head, sentence) == [(kind, actors, None)]


# (head, sentence, modality, actors, content)
MODALITIES = [
    # an emphasis verb before a commitment, a readiness or a desire reaffirms it
    (
        BILATERAL,
        "The two leaders reaffirmed their commitment to a nuclear-free peninsula.",
        "reaffirm",
        ("BRA", "KOR"),
        "their commitment to a nuclear-free peninsula",
    ),
    (
        BILATERAL,
        "Both sides reiterated their readiness to resume talks on a trade pact.",
        "reaffirm",
        ("BRA", "KOR"),
        "their readiness to resume talks on a trade pact",
    ),
    (
        BILATERAL,
        "The leaders renewed their shared commitment to ocean conservation.",
        "reaffirm",
        ("BRA", "KOR"),
        "their shared commitment to ocean conservation",
    ),
    # stating or expressing it pledges or intends
    (
        BILATERAL,
        "President Costa stated her commitment to doubling ethanol exports.",
        "pledge",
        ("BRA",),
        "doubling ethanol exports",
    ),
    (
        BILATERAL,
        "Prime Minister Lee expressed his readiness to send a trade mission.",
        "intend",
        ("KOR",),
        "send a trade mission",
    ),
    (
        BILATERAL,
        "President Costa affirmed her intention to visit Busan next year.",
        "intend",
        ("BRA",),
        "visit Busan next year",
    ),
    # "reinforced the importance" stresses like "underscored"
    (
        BILATERAL,
        "The two leaders reinforced the importance of open sea lanes.",
        "reaffirm",
        ("BRA", "KOR"),
        "the importance of open sea lanes",
    ),
    # "agreed" with a clause and no "that" shares a view
    (
        BILATERAL,
        "The leaders agreed the talks had been candid and useful.",
        "share_view",
        ("BRA", "KOR"),
        "the talks had been candid and useful",
    ),
    # a subject whose name ends in "to" is no purpose infinitive
    (
        TWO_PREMIERS.replace("Sato Kenji", "Ito Hiro"),
        "Prime Minister Ito reaffirmed the value of the Quad.",
        "reaffirm",
        ("JPN",),
        "the value of the Quad",
    ),
    # a purpose infinitive after a meeting verb is both sides' aim, and ends where the
    # next aim begins; "to stress that" one state does something is that state's alone
    (
        "Readout\n\n",
        "President Ana Costa of Brazil met Prime Minister Lee Min-jun of the Republic of Korea "
        "in Seoul on Tuesday to underscore the depth of their partnership and to launch a "
        "dialogue on clean energy.",
        "reaffirm",
        ("BRA", "KOR"),
        "the depth of their partnership",
    ),
    (
        "Readout\n\n",
        "President Ana Costa of Brazil spoke with Prime Minister Lee Min-jun of the Republic "
        "of Korea on Tuesday to stress that Brazil remains open to Korean investment.",
        "reaffirm",
        ("BRA",),
        "Brazil remains open to Korean investment",
    ),
]

# (head, sentence): no commitment at all
NO_COMMITMENT = [
    (BILATERAL, "The leaders agreed the wording of the joint communique."),
    (BILATERAL, "Korea reinforced its coast guard patrols near the islands."),
    (BILATERAL, "He praised the efforts of Brazilians aimed to protect the Amazon."),
    (BILATERAL, "They discussed measures intended to curb illegal fishing."),
]


@pytest.mark.parametrize(("head", "sentence", "modality", "actors", "content"), MODALITIES)
def test_the_verb_decides_the_modality(
    head: str, sentence: str, modality: str, actors: tuple[str, ...], content: str
) -> None:
    assert commitments(head, sentence) == [(modality, actors, content)]


@pytest.mark.parametrize(("head", "sentence"), NO_COMMITMENT)
def test_no_commitment_without_a_commitment_verb(head: str, sentence: str) -> None:
    assert commitments(head, sentence) == []


# (sentence, kind or None): an emphasis verb over a concern states the concern
CONCERN_OR_NOT = [
    ("Prime Minister Lee reiterated concerns about the dumping of steel.", "concern"),
    ("President Costa stressed her grave concern over the fighting in Sudan.", "concern"),
    ("The leaders underscored their shared concerns regarding cyber attacks.", "concern"),
    # an adverb alone after the verb welcomes no one: no statement
    ("He said the students, whom Brazil welcomes very warmly, are thriving.", None),
]


@pytest.mark.parametrize(("sentence", "kind"), CONCERN_OR_NOT)
def test_an_emphasis_verb_over_a_concern(sentence: str, kind: str | None) -> None:
    found = [k for k, _, _ in statements(BILATERAL, sentence)]
    assert found == ([kind] if kind else [])
    if kind:
        assert commitments(BILATERAL, sentence) == []


# ---------------------------------------------------------------- who "we" are

# (publisher, head, body, kind, actors) -- "we" in one side's own statement is its issuer
OWN_STATEMENTS = [
    (
        "Ministry of Foreign Affairs of Japan",
        "Statement by the Press Secretary on the Situation in Sudan\n\n",
        "Prime Minister Ishida spoke with President Lula of Brazil on Monday. "
        "We urge all parties to agree on a ceasefire.",
        "request",
        ("JPN",),
    ),
    (
        "Department of Foreign Affairs and Trade, Australia",
        "Media release\n\nPress Statement\n\n",
        "Foreign Minister Gray met Indonesian Foreign Minister Sari in Jakarta. "
        "We welcome the agreement on fishing rights in the Arafura Sea.",
        "welcome",
        ("AUS",),
    ),
    (
        "Ministry of External Affairs, India",
        "Official Spokesperson's response to media queries on Nepal\n\n",
        "India and Nepal held talks on the border. We reject the new map issued in Kathmandu.",
        "oppose",
        ("IND",),
    ),
]
# near-misses: a joint text, a readout the spokesperson's office only signs
JOINT_WE = [
    (
        "Ministry of Foreign Affairs of Japan",
        "Joint Statement by Japan and Brazil\n\n",
        "Prime Minister Ishida met President Lula of Brazil in Tokyo on Monday. "
        "We welcome the new air services agreement.",
        "welcome",
        ("JPN", "BRA"),
    ),
    (
        "U.S. Department of State",
        "Secretary Cole's Meeting with Korean Foreign Minister Park\n\n"
        "Office of the Spokesperson\n\n",
        "Secretary Cole met Republic of Korea Foreign Minister Park Ji-ho in Seoul on Monday. "
        "We welcome the new air services agreement.",
        "welcome",
        ("USA", "KOR"),
    ),
]


@pytest.mark.parametrize(("publisher", "head", "body", "kind", "actors"), OWN_STATEMENTS + JOINT_WE)
def test_we_is_the_issuer_of_its_own_statement_only(
    publisher: str, head: str, body: str, kind: str, actors: tuple[str, ...]
) -> None:
    out = parse(head + body, published=dt.date(2024, 5, 9), publisher=publisher)
    assert [(s.kind.value, s.actors) for s in out.statements] == [(kind, actors)]


# (sentence, [(kind, actors, content)]) -- verb frames of one side's statements
PRESS_HEAD = "Media note\n\n"
OWN_VERB_FRAMES = [
    # an adverb between the subject and a verb that could be a noun
    (
        "Canada warmly welcomes the election of a new president in Chile.",
        [("welcome", ("CAN",), "warmly welcomes the election of a new president in Chile")],
    ),
    (
        "Mexico once again calls on all sides to respect the truce.",
        [("request", ("MEX",), "once again calls on all sides to respect the truce")],
    ),
    # two verbs sharing one object are two statements
    (
        "Norway welcomes and supports the mediation led by Qatar.",
        [
            ("welcome", ("NOR",), "welcomes and supports the mediation led by Qatar"),
            ("support", ("NOR",), "supports the mediation led by Qatar"),
        ],
    ),
    (
        "Kenya condemns and rejects the seizure of the port.",
        [
            ("condemn", ("KEN",), "condemns and rejects the seizure of the port"),
            ("oppose", ("KEN",), "rejects the seizure of the port"),
        ],
    ),
    # a repeated call is a request; a stated opposition; an ongoing support
    (
        "The EU reiterates its call for Georgia to drop the foreign agents law.",
        [("request", ("EU",), "reiterates its call for Georgia to drop the foreign agents law")],
    ),
    (
        "Vietnam is resolutely opposed to the survey in its waters.",
        [("oppose", ("VNM",), "is resolutely opposed to the survey in its waters")],
    ),
    (
        "Indonesia continues to support the peace plan for Gaza.",
        [("support", ("IDN",), "continues to support the peace plan for Gaza")],
    ),
    # near-misses: a call as a noun, a request verb then an infinitive, a will-intent
    ("Egypt said its call for restraint went unheeded.", []),
    (
        "Chile condemned and urged Peru to end the raids.",
        [("request", ("CHL",), "urged Peru to end the raids")],
    ),
    ("The talks and calls on Monday covered trade with Peru.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), OWN_VERB_FRAMES)
def test_the_verb_frames_of_a_statement(
    sentence: str, expected: list[tuple[str, tuple[str, ...], str]]
) -> None:
    out = parse(PRESS_HEAD + sentence, published=dt.date(2024, 5, 9))
    assert [(s.kind.value, s.actors, s.content) for s in out.statements] == expected


def test_a_will_support_is_an_intent_not_a_statement() -> None:
    out = parse(PRESS_HEAD + "Peru will continue to support the fund for Haiti.")
    assert [(c.modality.value, c.content) for c in out.commitments] == [
        ("intend", "continue to support the fund for Haiti")
    ]
    assert out.statements == ()


# (publisher, head, body, [(modality, actors, content)])
OWN_COMMITMENTS = [
    # an official of unknown state in a ministry's own statement speaks for it
    (
        "Department of Foreign Affairs and Trade, Australia",
        "Press Statement\n\nKate Lowe, Department Spokesperson\n\n",
        "Foreign Minister Penny Ward spoke with President Sipho Dube of South Africa. "
        "The Foreign Minister reaffirmed the support of Australia for the G20 agenda.",
        [("reaffirm", ("AUS",), "the support of Australia for the G20 agenda")],
    ),
    # a readiness an envoy conveys is the state's intent
    (
        "Ministry of External Affairs, India",
        "Press release\n\n",
        "External Affairs Minister Rao spoke with the Foreign Minister of Sri Lanka and "
        "conveyed India's readiness to send flood relief.",
        [("intend", ("IND",), "send flood relief")],
    ),
]
# near-miss: in a readout (no own-statement header) a person of unknown state stays unknown
OWN_COMMITMENTS_NEAR = [
    (
        "Department of Foreign Affairs and Trade, Australia",
        "Readout of the Call\n\nKate Lowe, Deputy Director\n\n",
        "Foreign Minister Penny Ward spoke with President Sipho Dube of South Africa. "
        "The Foreign Minister reaffirmed the support of Australia for the G20 agenda.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("publisher", "head", "body", "expected"), OWN_COMMITMENTS + OWN_COMMITMENTS_NEAR
)
def test_the_commitments_of_an_own_statement(
    publisher: str, head: str, body: str, expected: list[tuple[str, tuple[str, ...], str]]
) -> None:
    out = parse(head + body, published=dt.date(2024, 5, 9), publisher=publisher)
    assert [(c.modality.value, c.actors, c.content) for c in out.commitments] == expected


# (head, body, [(kind, content)]) -- a headline the body says again is one statement
HEADLINES = [
    (
        "News release\n\nJapan condemns strike on Kharkiv power plant\n\n",
        "Japan condemns the missile strike on a power plant in Kharkiv on Friday.",
        [("condemn", "condemns the missile strike on a power plant in Kharkiv on Friday")],
    ),
    # near-miss: the body says something else; the headline's statement stands
    (
        "News release\n\nJapan condemns strike on Kharkiv power plant\n\n",
        "Japan welcomes the new grain corridor agreement with Turkey.",
        [
            ("condemn", "condemns strike on Kharkiv power plant"),
            ("welcome", "welcomes the new grain corridor agreement with Turkey"),
        ],
    ),
]


@pytest.mark.parametrize(("head", "body", "expected"), HEADLINES)
def test_a_headline_said_again_in_the_body_is_not_repeated(
    head: str, body: str, expected: list[tuple[str, str]]
) -> None:
    out = parse(head + body, published=dt.date(2024, 5, 9))
    assert [(s.kind.value, s.content) for s in out.statements] == expected


# (sentence, expected (modality, content) of its commitments)
SHARED_INFINITIVES = [
    # the infinitive's verb comes after a second verb phrase
    (
        "France decided to and will open a consulate in Lagos.",
        [("decide", "open a consulate in Lagos")],
    ),
    (
        "Kenya pledged to and did deliver food aid to Somalia.",
        [("pledge", "deliver food aid to Somalia")],
    ),
    (
        "Japan and India agreed to, and will soon sign, a pact on digital trade.",
        [("agree", "sign, a pact on digital trade")],
    ),
    # near miss: a verb phrase of its own after the content keeps the content whole
    (
        "Chile agreed to expand trade with Peru and will open an office.",
        [("agree", "expand trade with Peru")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SHARED_INFINITIVES)
def test_an_infinitive_shared_with_a_second_verb_phrase(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    out = parse(sentence)
    assert [(c.modality.value, c.content) for c in out.commitments] == expected
