"""Event rules: meetings, calls, visits and conferences read from readout sentences.

Every example below is written for these tests; each states the events one
short text reports, as a flat view of the records ``parse`` returns.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from attrs import frozen
from hypothesis import given
from hypothesis import strategies as st

from diplomod.mentions.collect import find_mentions
from diplomod.pipeline import parse
from diplomod.records import Call, CallMedium, Event, Meeting, MeetingMode, Role, Visit
from diplomod.registry import Family, register_event_type, register_record_type, tag_of
from diplomod.rules.discourse import Discourse
from diplomod.rules.event_mentions import _SIDELINES, _sidelines
from diplomod.rules.event_triggers import TriggerFinder, TriggerTable, trigger_table
from diplomod.rules.event_words import FUTURE_CUES, REFERENCE_CUES, TRIGGERS, cue_pattern
from diplomod.rules.events import find_events
from diplomod.text.document import make_document

PUBLISHED = dt.date(2023, 5, 10)  # a Wednesday


def _view(event: Event) -> dict[str, object]:
    place = event.place
    return {
        "type": tag_of(type(event)),
        "date": None if event.date is None or event.date_inferred else event.date.iso(),
        "time": event.time.strftime("%H:%M") if event.time else None,
        "minutes": int(event.duration.total_seconds() // 60) if event.duration else None,
        "venue": place.venue if place else None,
        "city": place.city if place else None,
        "country": place.country if place else None,
        "countries": set(event.countries),
        "people": {p.person.name: p.represents for p in event.participants},
        "ordinal": event.ordinal,
        "referenced": event.referenced,
    }


def _parsed(text: str, published: dt.date | None = PUBLISHED) -> list[Event]:
    return [e for e in parse(text, published=published).events if isinstance(e, Event)]


def _events(text: str, published: dt.date | None = PUBLISHED) -> list[dict[str, object]]:
    return [_view(e) for e in _parsed(text, published)]


def _main(text: str, published: dt.date | None = PUBLISHED) -> dict[str, object]:
    events = _events(text, published)
    assert events, "no event found"
    return events[0]


def _subset(actual: dict[str, object], expected: dict[str, object]) -> None:
    assert {k: actual[k] for k in expected} == expected


# ---------------------------------------------------------------- calls

CALLS = [
    (
        "Prime Minister Anthony Albanese of Australia held a telephone conversation with "
        "Prime Minister Narendra Modi of India on Tuesday. The two leaders discussed trade.",
        {"type": "call", "date": "2023-05-09", "countries": {"AUS", "IND"}, "city": None},
    ),
    (
        "President Emmanuel Macron of France held a videoconference with Chancellor Olaf Scholz "
        "of Germany on 3 May 2023.",
        {"type": "call", "date": "2023-05-03", "countries": {"FRA", "DEU"}},
    ),
    (
        "President Lula of Brazil spoke by phone with President Cyril Ramaphosa of South Africa. "
        "The call lasted for nearly forty minutes.",
        {"type": "call", "date": None, "minutes": 40, "countries": {"BRA", "ZAF"}},
    ),
    (
        "Chancellor Olaf Scholz of Germany had an hour-long phone call with President Volodymyr "
        "Zelenskyy of Ukraine.",
        {"type": "call", "minutes": 60, "countries": {"DEU", "UKR"}},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CALLS)
def test_calls(text: str, expected: dict[str, object]) -> None:
    _subset(_main(text), expected)


def test_a_call_says_its_medium() -> None:
    phone, video = (_parsed(t)[0] for t in (CALLS[0][0], CALLS[1][0]))
    assert isinstance(phone, Call)
    assert phone.medium is CallMedium.TELEPHONE
    assert isinstance(video, Call)
    assert video.medium is CallMedium.VIDEO


def test_spoke_with_is_a_call_when_the_heading_says_so() -> None:
    text = (
        "Secretary Blinken's Call with Foreign Minister Cho\n\n"
        "Secretary of State Antony J. Blinken of the United States spoke yesterday with Foreign "
        "Minister Cho Tae-yul of the Republic of Korea about regional security."
    )
    _subset(_main(text), {"type": "call", "date": "2023-05-09", "countries": {"USA", "KOR"}})


# ---------------------------------------------------------------- meetings and places

MEETINGS = [
    (
        "On 4 May 2023, Foreign Minister Penny Wong of Australia met with Foreign Minister Wang "
        "Yi of China at the Great Hall of the People in Beijing. The meeting lasted about two "
        "hours.",
        {"date": "2023-05-04", "minutes": 120, "venue": "Great Hall of the People",
         "city": "Beijing", "country": "CHN", "countries": {"AUS", "CHN"}},
    ),
    (
        "Defence Minister Richard Marles of Australia held talks with Defence Minister Lee "
        "Jong-sup of the Republic of Korea in Seoul, commencing at 10:30 for approximately 90 "
        "minutes.",
        {"time": "10:30", "minutes": 90, "city": "Seoul", "country": "KOR"},
    ),
    (
        "Representatives of France and India met in Geneva on 2 May 2023 for discussions on "
        "maritime security.",
        {"date": "2023-05-02", "city": "Geneva", "country": "CHE", "countries": {"FRA", "IND"}},
    ),
    (
        "President Cyril Ramaphosa of South Africa held a meeting with President Lula of Brazil "
        "at the Union Buildings on Monday.",
        {"date": "2023-05-08", "venue": "Union Buildings", "countries": {"ZAF", "BRA"}},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MEETINGS)
def test_meetings(text: str, expected: dict[str, object]) -> None:
    event = _main(text)
    assert event["type"] == "meeting"
    _subset(event, expected)


def test_participants_are_the_people_who_met() -> None:
    event = _main(MEETINGS[0][0])
    assert event["people"] == {"Penny Wong": "AUS", "Wang Yi": "CHN"}


def test_a_sidelines_meeting_is_a_meeting_not_a_conference() -> None:
    text = (
        "Foreign Minister Penny Wong of Australia met with Foreign Minister Subrahmanyam "
        "Jaishankar of India on the sidelines of the G20 summit in New Delhi."
    )
    events = _events(text)  # the summit is the frame: referenced beside the meeting
    assert [(e["type"], e["referenced"]) for e in events] == [
        ("meeting", False),
        ("conference", True),
    ]
    _subset(events[0], {"city": "New Delhi", "country": "IND", "countries": {"AUS", "IND"}})
    _subset(events[1], {"city": "New Delhi", "countries": {"G20"}})


def test_a_virtual_meeting_keeps_its_mode() -> None:
    text = (
        "President Joe Biden of the United States met virtually today with Prime Minister "
        "Rishi Sunak of the United Kingdom."
    )
    event = _parsed(text)[0]
    assert isinstance(event, Meeting)
    assert event.mode is MeetingMode.VIRTUAL
    assert _view(event)["date"] == "2023-05-10"


def test_the_host_welcomes_the_guest() -> None:
    text = (
        "Prime Minister Fumio Kishida of Japan held talks in Tokyo with President Yoon Suk Yeol "
        "of the Republic of Korea on 7 May 2023."
    )
    roles = {p.represents: p.role for p in _parsed(text)[0].participants}
    assert roles == {"JPN": Role.HOST, "KOR": Role.GUEST}


def test_a_dateline_city_is_not_the_venue() -> None:
    text = (
        "LONDON (Wire) - Foreign Secretary James Cleverly of the United Kingdom held talks with "
        "Foreign Minister Mauro Vieira of Brazil on Monday."
    )
    _subset(_main(text), {"city": None, "countries": {"GBR", "BRA"}})


# ---------------------------------------------------------------- ordinals

ORDINALS = [
    (
        "Defence Minister Richard Marles of Australia held talks with Defence Minister Lee "
        "Jong-sup of the Republic of Korea on Friday. It was the fourth meeting between the two "
        "ministers.",
        4,
    ),
    ("The second round of the India-France Strategic Dialogue was held in Paris on 8 May 2023.", 2),
    (
        "Senior officials of Germany and Brazil met on 2 May 2023 for the 3rd Germany-Brazil "
        "Strategic Dialogue.",
        3,
    ),
]


@pytest.mark.parametrize(("text", "ordinal"), ORDINALS)
def test_ordinals(text: str, ordinal: int) -> None:
    assert _main(text)["ordinal"] == ordinal


def test_a_first_trip_is_no_ordinal_of_the_meeting() -> None:
    text = (
        "On his first trip abroad, Chancellor Olaf Scholz of Germany held talks in Paris with "
        "President Emmanuel Macron of France on Friday."
    )
    assert _main(text)["ordinal"] is None


# ---------------------------------------------------------------- referenced meetings


def test_an_earlier_meeting_is_referenced() -> None:
    text = (
        "Foreign Minister Hayashi Yoshimasa of Japan and Foreign Minister Park Jin of the "
        "Republic of Korea held talks in Tokyo on 2 May 2023. The ministers recalled their "
        "previous meeting in March 2023 in Seoul."
    )
    main, earlier = _parsed(text)
    assert not main.referenced
    assert earlier.referenced
    assert main.references == (earlier.id,)
    _subset(_view(earlier), {"date": "2023-03", "city": "Seoul", "countries": {"JPN", "KOR"}})


def test_repeated_references_to_one_meeting_merge() -> None:
    text = (
        "Defence Minister Richard Marles of Australia held talks with Defence Minister Lee "
        "Jong-sup of the Republic of Korea on 5 May 2023. The ministers built on the results of "
        "the last Australia-Korea Defence Ministers' Meeting in October 2022. Both sides praised "
        "what the Australia-Korea Defence Ministers' Meeting in October 2022 achieved."
    )
    events = _events(text)
    assert [(e["referenced"], e["date"]) for e in events] == [(False, "2023-05-05"),
                                                              (True, "2022-10")]  # fmt: skip


def test_most_recently_names_an_earlier_meeting() -> None:
    text = (
        "On 9 May 2023 Minister Marles of Australia held a meeting with Minister Lee of Korea. "
        "It was the third meeting between the pair, most recently in February 2023 in Korea."
    )
    events = _events(text)
    assert events[0]["ordinal"] == 3
    _subset(events[1], {"referenced": True, "date": "2023-02", "country": "KOR"})


# ---------------------------------------------------------------- several meetings


def test_separate_meetings_are_separate_events() -> None:
    text = (
        "Deputy Secretary Kurt Campbell of the United States met yesterday in Jakarta with "
        "Foreign Minister Retno Marsudi, Defence Minister Prabowo Subianto, and Trade Minister "
        "Zulkifli Hasan in separate meetings."
    )
    events = _events(text)
    assert len(events) == 3
    counterparts = [p for e in _parsed(text) for p in e.participants if p.represents == "IDN"]
    assert len({p.person.name for p in counterparts}) == 3
    for e in events:
        _subset(e, {"date": "2023-05-09", "city": "Jakarta", "countries": {"USA", "IDN"}})
    ids = [e.id for e in _parsed(text)]
    assert len(set(ids)) == 3


def test_repeated_mentions_of_one_meeting_are_one_event() -> None:
    text = (
        "President Lula of Brazil held talks with Chancellor Olaf Scholz of Germany in Brasilia "
        "on Monday. During the talks, the leaders discussed the Amazon. After the meeting, the "
        "two leaders spoke to the press."
    )
    assert len(_events(text)) == 1


# ---------------------------------------------------------------- visits and conferences


def test_a_trip_without_a_meeting_is_a_visit() -> None:
    text = "Prime Minister Justin Trudeau of Canada visited Brazil on 5 May 2023."
    event = _parsed(text)[0]
    assert isinstance(event, Visit)
    assert event.host == "BRA"
    _subset(_view(event), {"date": "2023-05-05", "countries": {"CAN", "BRA"}})


def test_a_trip_with_a_meeting_is_a_meeting_dated_by_the_trip() -> None:
    text = (
        "Foreign Secretary James Cleverly of the United Kingdom traveled to Nairobi on Monday. "
        "In a meeting with President William Ruto of Kenya, he discussed trade."
    )
    events = _events(text)
    assert [e["type"] for e in events] == ["meeting"]
    _subset(events[0], {"date": "2023-05-08", "city": "Nairobi", "countries": {"GBR", "KEN"}})


def test_a_multilateral_gathering_is_a_conference() -> None:
    text = (
        "Defence Minister Li Shangfu of China took part in the Shangri-La Dialogue in "
        "Singapore on 3 June 2023."
    )
    _subset(_main(text), {"type": "conference", "city": "Singapore", "date": "2023-06-03"})


# ---------------------------------------------------------------- dates


def test_relative_dates_need_a_publication_date() -> None:
    text = "President Lula of Brazil met with President Xi Jinping of China on Friday."
    assert _main(text)["date"] == "2023-05-05"
    assert _main(text, published=None)["date"] is None


def test_an_undated_readout_is_not_dated_by_its_publication() -> None:
    text = "President Lula of Brazil met with President Xi Jinping of China in Beijing."
    assert _main(text)["date"] is None


def test_a_joint_signing_reports_a_meeting() -> None:
    text = (
        "Minister of Defence Boris Pistorius of Germany and Minister of Defence Oleksii Reznikov "
        "of Ukraine signed a memorandum on Thursday. The ministers exchanged views on security."
    )
    _subset(_main(text), {"type": "meeting", "date": "2023-05-04",
                          "countries": {"DEU", "UKR"}})  # fmt: skip


def test_a_signing_by_two_leaders_named_with_their_states_reports_a_meeting() -> None:
    text = (
        "On Tuesday, President Shavkat Mirziyoyev of the Republic of Uzbekistan and President "
        "Kassym-Jomart Tokayev of the Republic of Kazakhstan signed a water-sharing treaty in "
        "Tashkent."
    )
    _subset(_main(text), {"type": "meeting", "date": "2023-05-09", "city": "Tashkent",
                          "countries": {"UZB", "KAZ"}})  # fmt: skip


RECEIVED = [
    (  # the place between the verb and the guest
        "On 4 May, Deputy Foreign Minister Sergey Ryabkov received in Moscow the Ambassador "
        "of India to the Russian Federation, Vinay Kumar.",
        {"type": "meeting", "date": "2023-05-04", "city": "Moscow", "countries": {"RUS", "IND"}},
    ),
    (  # a visiting minister
        "Prime Minister Fumio Kishida of Japan received the visiting Foreign Minister of "
        "Brazil, Mauro Vieira, in Tokyo on Monday.",
        {"type": "meeting", "date": "2023-05-08", "countries": {"JPN", "BRA"}},
    ),
    (  # a delegation
        "President Yoon Suk Yeol of Korea received a delegation of the French Senate on Friday.",
        {"type": "meeting", "date": "2023-05-05"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECEIVED)
def test_receiving_an_official_is_a_meeting(text: str, expected: dict[str, object]) -> None:
    _subset(_main(text), expected)


# ---------------------------------------------------------------- not events

NOT_EVENTS = [
    "President Volodymyr Zelenskyy of Ukraine will meet Prime Minister Rishi Sunak of the "
    "United Kingdom next month.",
    "The two leaders agreed to hold a summit in Seoul later this year.",
    "Australia and Japan look forward to the next round of talks.",
    "The minister reaffirmed openness to dialogue with North Korea.",
    # "received" a thing, not a person
    "Minister Penny Wong of Australia received the Order of Merit from Chile on Monday.",
    "President Lula of Brazil received the President's letter on Monday.",
    "The Ambassador of Ukraine received the invitation to the ceremony.",
    "South Africa received the Ambassador's credentials copy by post.",
    "",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_future_and_hypothetical_meetings_are_not_events(text: str) -> None:
    assert _events(text) == []


# ---------------------------------------------------------------- registered types


def test_a_registered_event_type_is_parsed(isolated_registry: None) -> None:
    @register_event_type("port_call", triggers=("port call",))
    @frozen(kw_only=True)
    class PortCall(Event):
        pass

    text = "The Indian frigate made a port call in Sydney on 6 May 2023."
    events = _parsed(text)
    calls = [e for e in events if isinstance(e, PortCall)]
    assert len(calls) == 1
    assert calls[0].date is not None
    assert calls[0].date.iso() == "2023-05-06"
    assert any(e.field == "record" for e in calls[0].evidence)


def test_a_registered_type_the_rules_cannot_fill_is_left_out(isolated_registry: None) -> None:
    @frozen(kw_only=True)
    class NavalDrill(Event):
        fleet: str  # no default: the rules cannot give it

    # register_event_type refuses such a class; the table itself takes it
    register_record_type(NavalDrill, tag="naval_drill", family=Family.EVENT, triggers=("drill",))
    text = (
        "Prime Minister Narendra Modi of India met with Prime Minister Anthony Albanese of "
        "Australia on 4 May 2023. The two navies held a drill off Darwin."
    )
    assert [type(e) for e in _parsed(text)] == [Meeting]


def test_an_empty_trigger_phrase_triggers_nothing(isolated_registry: None) -> None:
    @register_event_type("nothing_much", triggers=("", " "))
    @frozen(kw_only=True)
    class NothingMuch(Event):
        pass

    text = "Chancellor Olaf Scholz of Germany visited Brazil on 5 May 2023."
    assert [type(e) for e in _parsed(text)] == [Visit]


# ---------------------------------------------------------------- the trigger table

TRIGGER_WORDS = [
    "meeting", "Meetings", "met", "meets with", "Meets", "talks", "Talks", "telephone call",
    "phone talks", "telephoned", "spoke by phone", "spoke with", "speaks over the phone",
    "talked on telephone", "video conference", "videoconference talks", "video-call",
    "virtual call", "the call", "his call", "her call on", "Call between", "call with",
    "conversations", "discussion", "dialogue", "Dialogue", "met virtually", "virtual summit",
    "Summit", "consultations", "encounter", "tete-a-tete", "Tête-à-tête", "round of talks",
    "Round of talks", "convened", "visited", "Visit", "visiting", "trip", "Tour", "travelled to",
    "traveled to", "arrived in", "led a delegation to", "press conference", "Conference",
    "Forum", "Ministerial", "Congress", "signed", "exchanged views", "held discussions",
    "conferred", "port call", "METHOD", "metal", "Dialogues", "summitry", "recalled",
]  # fmt: skip
TRIGGER_TEXT = st.lists(
    st.one_of(
        st.sampled_from(TRIGGER_WORDS),
        st.sampled_from([" ", "  ", "-", ".", ",", "\n", "(", "“", "'", "/", "the ", "The "]),
        st.text(alphabet="aeimtlsxKİ _-1", max_size=3),
    ),
    max_size=40,
).map("".join)


def _scan(table: TriggerTable, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Return what the whole table's alternation finds, tried at every word."""
    found = table.pattern.finditer(text, start, end)
    return [(m.start(), m.end(), table.rows[int(str(m.lastgroup)[1:])].pattern) for m in found]


@given(TRIGGER_TEXT, st.integers(0, 200), st.integers(0, 200))
def test_looking_for_stems_first_finds_what_the_table_finds(text: str, a: int, b: int) -> None:
    table = trigger_table()
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    found = TriggerFinder(table, text).find(start, end)
    assert [(s.start, s.end, row.pattern) for row, s in found] == _scan(table, text, start, end)


def test_registered_trigger_phrases_are_found_like_the_built_in_ones(
    isolated_registry: None,
) -> None:
    @register_event_type("port_visit", triggers=("port call", "Docked at"))
    @frozen(kw_only=True)
    class PortVisit(Event):
        pass

    table = trigger_table()
    text = "The frigate made a port call in Perth. Docked at Fremantle, it met the port call team."
    found = TriggerFinder(table, text).find(0, len(text))
    assert [(s.start, s.end, row.pattern) for row, s in found] == _scan(table, text, 0, len(text))
    words = [text[s.start : s.end] for _, s in found]
    assert words == ["port call", "Docked at", "met", "port call"]


@given(TRIGGER_TEXT)
def test_every_trigger_begins_with_a_stem_of_its_row(text: str) -> None:
    for row in TRIGGERS:
        pattern = re.compile(rf"(?<![\w-])(?:{row.pattern})(?![\w-])", re.VERBOSE)
        for m in pattern.finditer(text):
            head = m.group()
            assert any(
                head.startswith(stem[1:], 1) and head[:1].lower() == stem[:1].lower()
                for stem in row.stems
            ), (row.pattern, head)


def _whole_word(cue: str) -> str:
    """Return the pattern of one cue as a whole word; a space in it matches any space."""
    return r"(?<![\w'])" + re.escape(cue).replace(r"\ ", r"\s") + r"(?![\w])"


@given(st.lists(st.sampled_from([*FUTURE_CUES, *REFERENCE_CUES, " ", "x", "'", "\n"])))
def test_a_cue_pattern_finds_any_of_its_cues_as_a_whole_word(parts: list[str]) -> None:
    text = "".join(parts)
    for cues in (FUTURE_CUES, REFERENCE_CUES):
        one_by_one = any(re.search(_whole_word(cue), text) for cue in cues)
        assert bool(cue_pattern(cues).search(text)) == one_by_one


# ---------------------------------------------------------------- laws

FRAGMENTS = [
    "President Lula of Brazil ", "met with ", "held a telephone conversation with ",
    "Chancellor Olaf Scholz of Germany ", "in Geneva ", "on Friday", "on 3 May 2023",
    ". ", ", ", "the third meeting ", "most recently in March 2022 ", "will visit ",
    "at the Ministry of Defense Japan ", "for about 40 minutes", "commencing from 1500 ",
    "in separate meetings", "\n\n", "“talks”", "–", "signed ", "and ", "the last summit ",
    "yesterday ", "visited China ", "Spokesperson Ned Price said ",
]  # fmt: skip


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30), st.booleans())
def test_parse_never_raises_and_evidence_is_honest(parts: list[str], dated: bool) -> None:
    text = "".join(parts)
    extraction = parse(text, published=PUBLISHED if dated else None)
    for event in extraction.events:
        assert isinstance(event, Event)
        assert event.evidence
        for proof in event.evidence:
            assert text[proof.span.start : proof.span.end] == proof.text


def test_every_filled_field_has_evidence() -> None:
    text = (
        "On 4 May 2023, commencing at 10:30, Foreign Minister Penny Wong of Australia met with "
        "Foreign Minister Wang Yi of China at the Great Hall of the People in Beijing for about "
        "two hours. It was their second meeting."
    )
    event = _parsed(text)[0]
    fields = {e.field for e in event.evidence}
    assert {"record", "date", "time", "duration", "place.venue", "place.city",
            "participants", "ordinal"} <= fields  # fmt: skip


@pytest.mark.parametrize(
    "unit",
    [
        "the Minister of the Minister of ",
        "met with met with ",
        "the third the third ",
        "in separate meetings, ",
        "at the Palace of the Palace of ",
        "President Lula of Brazil held talks with ",
    ],
)
def test_large_adversarial_input_stays_fast(unit: str) -> None:
    text = unit * (200_000 // len(unit))
    out = parse(text)  # a pattern that backtracks would hang here: the hang guard stops it
    assert len(out.events) <= len(text)


@pytest.mark.parametrize(
    ("unit", "size"),
    [
        ("met with ", 1_000_000),  # one sentence of 110,000 trigger words
        ("talks. ", 300_000),  # as many sentences, each a mention
        ("the last meeting on 3 May 2023, ", 300_000),  # earlier meetings, one per date
        ("met at 10:30. It lasted an hour. ", 300_000),  # times and durations by the score
    ],
)
def test_events_of_a_megabyte_of_mentions_take_linear_time(unit: str, size: int) -> None:
    text = unit * (size // len(unit))
    document = make_document(text)
    mentions = find_mentions(document)
    discourse = Discourse(document.text, mentions.actors)
    events = find_events(document, mentions, discourse)  # a quadratic loop would hang here
    assert len(events) <= 2


SIDELINE_TEXT = st.lists(
    st.sampled_from(
        [
            "on the ",
            "SIDELINES",
            "sidelines",
            "Margin",
            "margins",
            " of ",
            "the ",
            "ſide",
            "lines",
            "G20 ",
            "summit",
            ", ",
            "met",
            "ı",
            "K",
            "deL",
            "ARG",
        ]
    ),
    max_size=12,
).map("".join)


@given(SIDELINE_TEXT)
def test_the_sidelines_prefilter_never_turns_away_a_match(lead: str) -> None:
    assert _sidelines(lead) == bool(_SIDELINES.search(lead))
