"""Which mentions speak of one event: the main event, its separate meetings, earlier ones.

The first mention that surely reports an event anchors the main event; later
mentions of it ("the talks", "during the call", "his trip") join it when
their parties and dates fit. "Met A, B and C in separate meetings" splits it
into one event per counterpart. Referenced mentions of the same parties become
referenced events, one per distinct date. Without any trigger, two parties
acting together ("signed the deal", "exchanged views") report a meeting.
Side mentions (a named gathering, a planned trip) become referenced events of
their own, one per name; a trip needs its traveller.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from attrs import evolve, frozen

from diplomod.mentions.dates import WEEKDAYS
from diplomod.records import PartialDate, Precision, Span
from diplomod.rules import event_words as words
from diplomod.rules.event_context import EventContext
from diplomod.rules.event_dates import EventDates
from diplomod.rules.event_mentions import EventMention, MentionFinder
from diplomod.rules.event_people import PersonFinder, Persons
from diplomod.rules.event_triggers import BUILTIN_TAGS

__all__ = ["Draft", "Grouper"]

_SEPARATE = re.compile(r"\bseparate(?:ly|\smeetings)\b")
_RELATED = 2000  # how near the anchor an earlier dated meeting of unknown parties must be
_ALSO = re.compile(  # "also met with", "separately held talks with"
    r"\b(?:also|separately|later|then)\s(?:(?:held|had)\s(?:(?:a|separate)\s){0,2})?$"
)
_DAYS = "|".join(day.capitalize() for day in WEEKDAYS if day.endswith("day"))
_SAME_DAY = re.compile(  # "Earlier today, the President met ...": a meeting of its own
    r"(?:Earlier|Later)\s(?:today|that\sday|the\ssame\sday|in\sthe\sday|on\sthe\ssame\sday"
    rf"|on\s(?:{_DAYS})),"
)
_UPCOMING = re.compile(
    r"\b(?:next|upcoming|forthcoming|coming|ahead\sof|[Ww]ill|scheduled|planned)\b"
)
_TRAVELLER_GAP = re.compile(  # "Blinken will visit", "X of the Republic of Y will pay a visit"
    r"(?:['’]s|\sof\s(?:the\s)?(?:[A-Z][\w'-]*\s(?:of\s(?:the\s)?)?){0,3}[A-Z][\w'-]*)?"
    r"\s(?:[a-z]+\s){0,4}"
)


@frozen(kw_only=True)
class Draft:
    """What the rules gathered for one event before it becomes a record."""

    tag: str
    anchor: EventMention
    members: tuple[EventMention, ...]
    referenced: bool = False
    persons: Persons = ()
    key: Span | None = None  # the span naming this event apart from its anchor
    date: tuple[PartialDate, Span] | None = None
    side: bool = False  # a named event beside the reported one (a summit, a planned trip)


class Grouper:
    """Groups the event mentions of one document into drafts of events."""

    def __init__(
        self,
        context: EventContext,
        finder: MentionFinder,
        persons: PersonFinder,
        dates: EventDates,
    ) -> None:
        self.context = context
        self.text = context.text
        self.finder = finder
        self.persons = persons
        self.dates = dates
        self._anchor_cache: tuple[EventMention, set[str]] | None = None
        self._body_starts: list[int] | None = None

    def drafts(self, found: list[EventMention]) -> list[Draft]:
        """Return the drafts of events: the main one first, then referenced and registered ones."""
        drafts = self._drafts([m for m in found if m.tag in BUILTIN_TAGS])
        custom = [m for m in found if m.tag not in BUILTIN_TAGS]
        for tag in dict.fromkeys(m.tag for m in custom):
            group = tuple(m for m in custom if m.tag == tag)
            dated = next((m for m in group if m.date and self._date(m)), None)
            day = self._date(dated) if dated else None
            when = (day, dated.date.span) if day and dated and dated.date else None
            drafts.append(Draft(tag=tag, anchor=group[0], members=group, date=when))
        return drafts

    def _date(self, m: EventMention) -> PartialDate | None:
        """Return the date of a mention, a yearless one with the document's year."""
        return self.dates.resolve(m.date)

    def _drafts(self, found: list[EventMention]) -> list[Draft]:
        """Return the main event (split by counterpart if need be), then the earlier ones."""
        live = [m for m in found if not m.referenced]
        anchor = self._anchor(live)
        if anchor is None:  # no event reported; the named ones ahead still count
            return self._sides([m for m in found if m.side])
        main_date = self._date(anchor)
        dated = anchor if main_date is not None else None
        members = [anchor]
        for m in live:
            if m is anchor or not self._fits(m, anchor) or abs(m.paragraph - anchor.paragraph) > 3:
                continue
            date = self._date(m)
            if (
                date is not None
                and main_date is not None
                and not _compatible(date, main_date)
                and not _within(m, date, main_date)
            ):
                continue
            if main_date is None and date is not None and self._donor(m, anchor):
                main_date, dated = date, m
            members.append(m)
        frame = next((m for m in found if m.frame and m.sentence == anchor.sentence), None)
        framed = self._date(frame) if main_date is None and frame is not None else None
        if framed is not None:
            main_date, dated = framed, frame  # "met ... at the G7 Summit on Friday"
        members.sort(key=lambda m: m.span.start)
        also = [m for m in live if m is not anchor and self._also(m, anchor)]
        taken = {id(m) for m in (*members, *also)}
        members = [m for m in members if m not in also]
        when = (main_date, dated.date.span) if main_date and dated and dated.date else None
        main = Draft(tag=self._main_tag(anchor), anchor=anchor, members=tuple(members), date=when)
        drafts = self._split(main) + [self._separate(m, when) for m in also]
        earlier = [m for m in found if id(m) not in taken and self._earlier(m, main_date, anchor)]
        sides = self._sides([m for m in earlier if m.side])
        return drafts + self._referenced([m for m in earlier if not m.side], anchor) + sides

    def _also(self, m: EventMention, anchor: EventMention) -> bool:
        """Tell whether a later mention reports a meeting of its own ("also met with X").

        It must say so ("also", "separately") or be dated another day, and meet other
        persons than the anchor's; one reported the same day ("Earlier on Saturday")
        needs only someone the anchor's meeting lacks, on either side.
        """
        if m.sentence == anchor.sentence or m.tag != "meeting":
            return False
        if _SAME_DAY.search(self.text, m.sentence.start, m.span.start):
            main = {p.key for p, _ in self.persons.near(anchor)}
            return any(p.key not in main for p, _ in self.persons.near(m))
        lead = self.text[max(m.sentence.start, m.span.start - 40) : m.span.start]
        said = self.text.startswith(" with ", m.span.end) and bool(_ALSO.search(lead))
        if not (said or self._another_day(m, anchor)):
            return False
        after = [p for p, span in self.persons.near(m) if span.start >= m.span.end]
        if not (said or after):
            return False
        main = {p.key for p, _ in self.persons.near(anchor)}
        return not any(p.key in main for p in after)

    def _another_day(self, m: EventMention, anchor: EventMention) -> bool:
        """Tell whether a mention in a paragraph of its own is dated another day than the
        anchor ("On 19 June, the Minister met ..." in the readout of a visit)."""
        date, main = self._date(m), self._date(anchor)
        return (
            m.paragraph != anchor.paragraph
            and date is not None
            and main is not None
            and date.precision is Precision.DAY
            and main.precision is Precision.DAY
            and date != main
        )

    def _separate(self, m: EventMention, when: tuple[PartialDate, Span] | None) -> Draft:
        """Return the draft of a meeting reported apart from the main one, on its day if untold."""
        date = self._date(m)
        own = (date, m.date.span) if date is not None and m.date is not None else None
        return Draft(
            tag="meeting",
            anchor=m,
            members=(m,),
            persons=self.persons.near(m),
            key=m.span,
            date=own or when,
        )

    def _sides(self, found: list[EventMention]) -> list[Draft]:
        """Return one referenced draft per named side event; a trip needs its traveller."""
        groups: dict[tuple[str, tuple[str, ...], str], list[EventMention]] = {}
        for m in found:
            name = m.name or m.span
            key = (m.tag, m.parties, " ".join(self.text[name.start : name.end].lower().split()))
            groups.setdefault(key, []).append(m)
        out = []
        for group in groups.values():
            persons = self._traveller(group[0]) if group[0].tag == "visit" else ()
            if group[0].tag == "visit" and not persons:
                continue
            talks = None
            if group[0].tag == "visit":
                talks = next((t for m in group if (t := self._talks(m)) is not None), None)
            dated = next((m for m in group if m.date is not None and self._date(m)), None)
            date = self._ahead(dated) if dated is not None else None
            when = (date, dated.date.span) if date and dated and dated.date else None
            if when is None:  # "the next summit in the first half of 2024"
                when = self.finder.sides.period(group[0].span, group[0].sentence.end)
            out.append(
                Draft(
                    tag="meeting" if talks else group[0].tag,
                    anchor=talks or dated or group[0],
                    members=(*group, talks) if talks else tuple(group),
                    referenced=True,
                    persons=persons,
                    date=when,
                    side=True,
                )
            )
        return out

    def _talks(self, trip: EventMention) -> EventMention | None:
        """Return the talks a planned trip will hold, told after it in its sentence or the next."""
        found = self.finder.planned_talks(trip.span.end, trip.sentence, trip.paragraph)
        if found is not None:
            return found
        body = self.context.body
        if self._body_starts is None:
            self._body_starts = [s.span.start for s in body]
        n = bisect_left(self._body_starts, trip.sentence.end)
        if n < len(body) and body[n].paragraph == trip.paragraph:
            return self.finder.planned_talks(body[n].span.start, body[n].span, trip.paragraph)
        return None

    def _ahead(self, m: EventMention) -> PartialDate | None:
        """Return the date of an upcoming side event: a yearless one is not in the past."""
        date, published = self._date(m), self.context.mentions.published
        if m.frame or m.date is None or not m.date.inferred_year or date is None:
            return date
        if published is None or date.last_day() >= published:
            return date
        lead = max(m.sentence.start, m.span.start - 90)
        if not _UPCOMING.search(self.text, lead, m.span.start):
            return date  # "his trip to attend the summit on June 3": it may be past
        try:
            return evolve(date, year=date.year + 1)
        except ValueError:  # 29 February
            return date

    def _traveller(self, m: EventMention) -> Persons:
        """Return the person who makes a trip: "Blinken will visit", "the Minister's trip"."""
        before = [p for p in self.persons.near(m) if p[1].end <= m.span.start]
        if before and _TRAVELLER_GAP.fullmatch(self.text, before[-1][1].end, m.span.start):
            return (before[-1],)
        return ()

    def _donor(self, m: EventMention, anchor: EventMention) -> bool:
        """Tell whether a mention near the anchor may give the main event its date."""
        date = self._date(m)
        return (
            m.trigger.strength is not words.Strength.VAGUE
            and abs(m.paragraph - anchor.paragraph) <= 1
            and date is not None
            and date.precision is not Precision.YEAR
        )

    def _main_tag(self, anchor: EventMention) -> str:
        """Return the main event's type: a vague anchor ("spoke with") takes the heading's."""
        if anchor.trigger.strength is not words.Strength.VAGUE:
            return anchor.tag
        return self._heading_tag() or anchor.tag

    def _heading_tag(self) -> str | None:
        """Return the type a strong event word of a heading names ("... Telephone Call")."""
        for s in self.context.headings:
            for row, _ in self.finder.triggers.find(s.span.start, s.span.end):
                if row.strength is words.Strength.STRONG and row.tag in BUILTIN_TAGS:
                    return row.tag
        return None

    def _anchor(self, live: list[EventMention]) -> EventMention | None:
        """Return the mention that anchors the main event: a strong one that names its event.

        A strong trigger anchors if it is a verb ("met") or has a date, parties or
        persons; meetings and calls come first, then conferences, then visits.
        """
        for tags in (("meeting", "call"), ("conference",), ("visit",)):
            for m in live:
                if m.tag in tags and m.trigger.strength is words.Strength.STRONG and self._named(m):
                    return m
        vague = next(
            (m for m in live if m.trigger.strength is words.Strength.VAGUE and not m.trigger.noun),
            None,
        )
        joint = next((m for m in live if m.trigger.strength is words.Strength.JOINT), None)
        return vague or joint or self._heading_anchor()

    def _named(self, m: EventMention) -> bool:
        """Tell whether a strong mention says which event it is (a verb, or its date or people)."""
        return not m.trigger.noun or m.date is not None or bool(m.parties or self.persons.near(m))

    def _heading_anchor(self) -> EventMention | None:
        """Return a strong mention in a heading ("... Meeting in Geneva") for want of a body one."""
        for s in self.context.headings:
            for m in self.finder.sentence(s.span, s.paragraph):
                if m.trigger.strength is words.Strength.STRONG and not m.referenced:
                    return m
        return None

    def _fits(self, m: EventMention, anchor: EventMention) -> bool:
        """Tell whether a later mention may speak of the anchor's event."""
        if m.parties and anchor.parties and not set(m.parties) <= set(anchor.parties):
            return False
        known = self._known(anchor)
        return not (m.parties and known and not set(m.parties) <= known)

    def _earlier(self, m: EventMention, main: PartialDate | None, anchor: EventMention) -> bool:
        """Tell whether a mention not of the main event speaks of an earlier one."""
        if m.side:
            return True
        if not self._fits(m, anchor) or m.trigger.strength is words.Strength.JOINT:
            return False
        date = self._date(m)
        if m.referenced:
            return True
        if m.trigger.strength is not words.Strength.STRONG:
            return False
        related = bool(m.parties) or abs(m.span.start - anchor.span.start) <= _RELATED
        before = date is not None and main is not None and date.last_day() < main.first_day()
        return related and before

    def _referenced(self, found: list[EventMention], anchor: EventMention) -> list[Draft]:
        """Group earlier mentions into referenced events, one per distinct date."""
        groups: list[tuple[list[EventMention], list[PartialDate]]] = []
        for m in found:
            date = self._date(m)
            home = next((g for g in groups[-4:] if g[1] and _same_time(g[1][0], date)), None)
            if home is None and date is None and groups:
                home = groups[-1]
            if home is None:
                groups.append(([m], [date] if date else []))
            else:
                home[0].append(m)
                if date is not None and not home[1]:
                    home[1].append(date)
        out = []
        for group, _ in groups:
            dated = next((m for m in group if m.date is not None and self._date(m)), None)
            date = self._date(dated) if dated is not None else None
            when = (date, dated.date.span) if date and dated and dated.date else None
            strong = (m.tag for m in group if m.trigger.strength is words.Strength.STRONG)
            tag = next(strong, anchor.tag)
            if when is not None or any(m.referenced for m in group):
                draft = Draft(
                    tag=tag,
                    anchor=dated or group[0],
                    members=tuple(group),
                    referenced=True,
                    date=when,
                )
                out.append(draft)
        return out

    def _split(self, main: Draft) -> list[Draft]:
        """Split "met A, B and C in separate meetings" into one event per counterpart."""
        sentence = main.anchor.sentence
        persons = self.persons.near(main.anchor)
        if not _SEPARATE.search(self.text, sentence.start, sentence.end) or len(persons) < 3:
            return [evolve(main, persons=persons)]
        hosts = [p for p in persons if p[1].start < main.anchor.span.start]
        guests = [p for p in persons if p[1].start > main.anchor.span.start]
        if not hosts or len(guests) < 2:
            return [evolve(main, persons=persons)]
        return [evolve(main, persons=(*hosts, guest), key=guest[1]) for guest in guests]

    def _known(self, anchor: EventMention) -> set[str]:
        """Return the parties the anchor's event may have: its own and the document's."""
        if self._anchor_cache is None or self._anchor_cache[0] is not anchor:
            known = set(self._codes(anchor)) | set(self.context.discourse.principals())
            self._anchor_cache = (anchor, known)
        return self._anchor_cache[1]

    def _codes(self, m: EventMention) -> tuple[str, ...]:
        """Return the states of a mention's persons and compound name."""
        codes = [p.code for p, _ in self.persons.near(m) if p.code]
        return tuple(dict.fromkeys([*codes, *m.parties]))


def _compatible(a: PartialDate, b: PartialDate) -> bool:
    """Tell whether two dates may be the same day ("May 2023" and "3 May 2023")."""
    return a.contains(b) or b.contains(a)


def _within(m: EventMention, first: PartialDate, day: PartialDate) -> bool:
    """Tell whether a mention's date range holds ``day`` (a visit "from 12 to 14 March"
    holds the talks of 13 March)."""
    last = m.date.range_end if m.date is not None else None
    return last is not None and first.first_day() <= day.first_day() <= last.last_day()


def _same_time(a: PartialDate | None, b: PartialDate | None) -> bool:
    """Tell whether two dates are both known and compatible."""
    return a is not None and b is not None and _compatible(a, b)
