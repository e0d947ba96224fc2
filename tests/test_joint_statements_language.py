"""The language of joint statements and communiques: first-person-plural verbs, who
"we" are, lists of signed documents, and negated positions.

Communiques speak in the present tense and the first person plural ("We condemn",
"We call on", "We are deeply concerned by"); "we" stands for the states (or the one
organization) that issue the text. A visit's documents are often listed without a
verb, under a lead-in that reports their signing or exchange.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomod import parse, to_evaluation_view

G20_INTRO = (
    "Statement of the Foreign Ministers\n\n"
    "We, the Foreign Ministers of Brazil, India and South Africa, met in Cape Town "
    "on 3 March 2025.\n\n"
)
LEADERS_INTRO = (
    "Joint Statement of the Leaders\n\n"
    "Today, we - President Ana Costa of Brazil, Prime Minister Ravi Menon of India and "
    "Chancellor Jonas Weber of Germany - met in Berlin.\n\n"
)
CHAIR_TITLE = (
    "Chair's Statement of the 30th African Union Summit\n\n"
    "The Summit was held in Addis Ababa on 12 February 2025.\n\n"
)
EU_INTRO = (
    "Joint Communique\n\n"
    "We, the Foreign Ministers of France and Mexico, and the High Representative of the "
    "European Union, gathered in Paris on 4 April 2025.\n\n"
)
IBSA = ("BRA", "IND", "ZAF")


def statements(head: str, body: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    """Return (kind, actors, target) of every statement parsed from a communique."""
    out = parse(head + body, published=dt.date(2025, 4, 5))
    return [(s.kind.value, s.actors, s.target) for s in out.statements]


def commitments(head: str, body: str) -> list[tuple[str, tuple[str, ...]]]:
    """Return (modality, actors) of every commitment parsed from a communique."""
    out = parse(head + body, published=dt.date(2025, 4, 5))
    return [(c.modality.value, c.actors) for c in out.commitments]


# (sentence, kind, target): the present tense of a communique
PRESENT_TENSE = [
    ("We call on Russia to release all detained journalists.", "request", "RUS"),
    ("We call upon the parties to respect the ceasefire.", "request", None),
    ("We urge China to uphold its commitments on export controls.", "request", "CHN"),
    ("We are deeply concerned by the missile launches of North Korea.", "concern", "PRK"),
    ("We remain gravely concerned about the famine in Sudan.", "concern", None),
    ("We express serious concern over the militarization of outer space.", "concern", None),
    ("We commend the African Union for its mediation in the region.", "appreciate", "AU"),
    ("We thank Japan for hosting the conference on reconstruction.", "appreciate", "JPN"),
    ("We express our full support for Ukraine's reconstruction plan.", "support", "UKR"),
]


@pytest.mark.parametrize(("sentence", "kind", "target"), PRESENT_TENSE)
def test_present_tense_verbs_of_a_communique_are_statements_of_the_signatories(
    sentence: str, kind: str, target: str | None
) -> None:
    assert statements(G20_INTRO, sentence) == [(kind, IBSA, target)]


# sentences that look like these verbs but state nothing
PRESENT_TENSE_NEAR_MISSES = [
    "Thank you very much for your attention.",
    "The President paid a courtesy call on the Prime Minister of India.",
    "Officials concerned with the customs union met in Brasilia.",
    "The concerned ministries will report next year.",
]


@pytest.mark.parametrize("sentence", PRESENT_TENSE_NEAR_MISSES)
def test_courtesies_and_adjectives_are_no_statements(sentence: str) -> None:
    assert statements(G20_INTRO, sentence) == []


# (head, sentence, actors): who "we" are
WE = [
    (G20_INTRO, "We condemn the attack on the hospital in Goma.", IBSA),
    (LEADERS_INTRO, "We condemn the attack on the hospital in Goma.", ("BRA", "IND", "DEU")),
    (CHAIR_TITLE, "We condemn the attack on the hospital in Goma.", ("AU",)),
    (EU_INTRO, "We condemn the attack on the hospital in Goma.", ("FRA", "MEX", "EU")),
]


@pytest.mark.parametrize(("head", "sentence", "actors"), WE)
def test_we_are_the_states_a_communique_introduces_or_the_organization_its_title_gathers(
    head: str, sentence: str, actors: tuple[str, ...]
) -> None:
    assert statements(head, sentence) == [("condemn", actors, None)]


def test_we_also_makes_the_commitments() -> None:
    body = "We reaffirm our commitment to the peaceful settlement of disputes."
    assert commitments(CHAIR_TITLE, body) == [("reaffirm", ("AU",))]


def test_an_organization_that_is_we_agrees_by_itself() -> None:
    body = "We agreed to designate 2026 as the African Year of Clean Water."
    assert commitments(CHAIR_TITLE, body) == [("agree", ("AU",))]


def test_a_title_naming_states_does_not_make_we_an_organization() -> None:
    head = "Joint Statement of the India-Japan Summit on ASEAN\n\nThe leaders met in Tokyo.\n\n"
    out = statements(head, "We condemn the attack on the hospital in Goma.")
    assert out
    assert out[0][1] != ("ASEAN",)


def test_an_organization_naming_a_memorandum_is_no_target() -> None:
    body = "We welcome the signing of the Quad Memorandum on Port Security yesterday."
    head = (
        "Joint Statement\n\n"
        "We, the leaders of Australia, India, Japan and the United States, met.\n\n"
    )
    assert statements(head, body) == [("welcome", ("AUS", "IND", "JPN", "USA"), None)]


# documents listed under a lead-in: (lead-in, items, status of each)
LISTS = [
    (
        "The following documents were exchanged during the visit:",
        "1. Memorandum of Understanding on Cooperation in Renewable Energy\n"
        "2. Agreement on Mutual Legal Assistance in Criminal Matters",
        "signed",
    ),
    (
        "8. On Monday, the following instruments were signed in the presence of the leaders:",
        "- Memorandum of Understanding on Health Cooperation\n"
        "- Agreement on the Avoidance of Double Taxation",
        "signed",
    ),
    (
        "Both sides welcomed the signing of the following agreements:",
        "a) Agreement on Maritime Transport;\nb) Memorandum of Understanding on Tourism;",
        "signed",
    ),
]


@pytest.mark.parametrize(("lead", "items", "status"), LISTS)
def test_listed_documents_inherit_the_signing_their_lead_in_reports(
    lead: str, items: str, status: str
) -> None:
    text = "Joint Statement between Mexico and Nigeria\n\n" + lead + "\n" + items + "\n"
    found = parse(text).agreements
    titles = [line.split(" ", 1)[1].rstrip(";") for line in items.splitlines()]
    assert [a.title for a in found] == titles
    assert {a.status.value for a in found} == {status}


def test_a_lead_in_about_views_gives_no_signing() -> None:
    text = (
        "Joint Statement between Mexico and Nigeria\n\n"
        "The ministers exchanged views on the following:\n"
        "1. Agreement on Maritime Transport\n"
    )
    assert all(a.status.value != "signed" for a in parse(text).agreements)


# negated positions: kept on the records, flagged; not in the evaluation view
NEGATED = [
    "The two sides have not yet agreed on the date of the next round of talks.",
    "Brazil and Mexico did not decide on the venue of the summit.",
]


@pytest.mark.parametrize("sentence", NEGATED)
def test_negated_positions_are_flagged_and_left_out_of_the_evaluation_view(sentence: str) -> None:
    out = parse("Joint Statement between Brazil and Mexico\n\n" + sentence)
    assert out.commitments
    assert all(c.negated for c in out.commitments)
    assert to_evaluation_view(out)["commitments"] == []


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="We, the :-1.2)aAgreement of call on urge\n", max_size=300))
def test_communique_language_never_raises(text: str) -> None:
    parse(text)


def test_long_adversarial_lists_parse_in_linear_time() -> None:
    text = "We, the " + "Ministers of Brazil, " * 20000 + "\n" + "- Agreement on\n" * 20000
    start = time.process_time()
    parse(text)
    assert time.process_time() - start < 60


# events of numbered joint statements: (text, (type, date, countries))
EVENTS = [
    (  # a numbered paragraph is running text; the trip holds the talks
        "Joint Statement\n\n"
        "1. President Lucia Ortega of Mexico paid a State Visit to Nigeria from 3 to 5 June "
        "2025 at the invitation of President Tunde Bello. The two Presidents held talks in "
        "Abuja on 4 June 2025.",
        ("meeting", "2025-06-04", ("MEX", "NGA")),
    ),
    (  # a summit named after one organization has it as a party
        "Chairman's Statement\n\n"
        "1. The 46th ASEAN Summit was held in Jakarta on 8 May 2025 under the chairmanship "
        "of President Rudi Hartono of Indonesia.",
        ("conference", "2025-05-08", ("IDN", "ASEAN")),
    ),
    (  # "we" introduced by the states they represent
        "Statement\n\n"
        "We, the Foreign Ministers of Brazil, India and South Africa, met in Cape Town on "
        "3 March 2025.",
        ("meeting", "2025-03-03", ("BRA", "IND", "ZAF")),
    ),
]


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_the_main_event_of_a_joint_statement(
    text: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    view = to_evaluation_view(parse(text, published=dt.date(2025, 6, 6)))
    main = [e for e in view["events"] if not e["referenced"]]
    assert [(e["type"], e["date"], tuple(e["countries"])) for e in main] == [expected]
    assert all(e["type"] != "visit" for e in view["events"])


def test_a_visit_before_the_talks_stays_an_earlier_visit() -> None:
    text = (
        "Joint Statement\n\n"
        "President Lucia Ortega of Mexico visited Nigeria from 3 to 5 May 2025. "
        "President Ortega and President Tunde Bello held talks in Abuja on 4 June 2025."
    )
    view = to_evaluation_view(parse(text, published=dt.date(2025, 6, 6)))
    assert [(e["type"], e["referenced"]) for e in view["events"]] == [
        ("meeting", False),
        ("visit", True),
    ]
