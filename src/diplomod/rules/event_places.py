"""Where an event took place: the venue, city and country named after its event words.

A venue is a capitalized name after "at" or "in" that holds a venue word ("at
the Itamaraty Palace"); a city comes from the lexicon ("in Geneva" gives the
city and, through it, the country). A news dateline ("TOKYO -") names where
the story was filed, not the event's city.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from diplomod.mentions.actors import ActorKind
from diplomod.mentions.lexicon import DEFAULT_LEXICON, trie_pattern
from diplomod.records import Place, Span
from diplomod.records.codes import is_state_code
from diplomod.rules import event_words as words
from diplomod.rules.event_context import EventContext
from diplomod.rules.event_mentions import EventMention, window

__all__ = ["PlaceFinder"]

# "(?:at|in)(?<=\b..)" is "\b(?:at|in)": the word first lets the search skip ahead fast.
_VENUE = re.compile(
    r"(?:at|in)(?<=\b..)\s(?P<the>the\s)?(?P<v>[A-Z][\w'.-]*(?:\s(?:of\s(?:the\s)?|the\s|for\s|de\s|and\s)?"
    r"[A-Z][\w'.-]*){0,6})"
)
_IN_STATE = re.compile(r"\bin\s(?:the\s)?$")
_TO_STATE = re.compile(r"\s(?:to\s)?(?:the\s)?")

_Venue = tuple[str, Span, str | None]  # name, span, the state of the body it names
_Name = tuple[str, Span]


@cache
def _city_pattern() -> re.Pattern[str]:
    """Compile the search for a city of the lexicon after "in", "to" or "at" (once)."""
    names = DEFAULT_LEXICON.cities
    return re.compile(r"(?:in|to|at)(?<=\b..)\s(?P<city>" + trie_pattern(names) + r")(?![\w-])")


class PlaceFinder:
    """Finds where the events of one document took place."""

    def __init__(self, context: EventContext) -> None:
        self.context = context
        self.text = context.text
        self._venues: dict[tuple[int, int], _Venue | None] = {}
        self._cities: dict[tuple[int, int], _Name | None] = {}

    def place(
        self, anchor: EventMention, members: Sequence[EventMention]
    ) -> tuple[Place | None, list[tuple[str, Span]]]:
        """Return the place the anchor's sentence, else a strong member's, names, and proofs.

        The proofs are ``(field, span)`` pairs in the order the fields were found.
        """
        proofs: list[tuple[str, Span]] = []
        venue: _Venue | None = None
        city: _Name | None = None
        country: str | None = None
        for n, m in enumerate((anchor, *members)):
            if m is anchor and n:
                continue  # read already: the same mention cannot add anything now
            if m is not anchor and m.trigger.strength is not words.Strength.STRONG:
                continue
            # the city is read again while the country is unknown: "in Sochi, Russia"
            v, c, k = self._where(
                m, venue is None, city is None or country is None, country is None
            )
            if venue is None and v is not None:
                venue = v
                proofs.append(("place.venue", v[1]))
                country = country or v[2]
            if city is None and c is not None:
                city = c
                proofs.append(("place.city", c[1]))
                country = country or DEFAULT_LEXICON.city_country(c[0])
            if country is None and k is not None:
                country = k[0]
                proofs.append(("place.country", k[1]))
        if venue is None and city is None and country is None:
            return None, proofs
        place = Place(
            venue=venue[0] if venue else None,
            city=city[0] if city else None,
            country=country if country and is_state_code(country) else None,
        )
        return place, proofs

    def _where(
        self, m: EventMention, venue: bool, city: bool, country: bool
    ) -> tuple[_Venue | None, _Name | None, _Name | None]:
        """Return the venue (with its state), city and country a mention's sentence names.

        Only the parts asked for are looked for; a country is looked for right after the
        trigger, its date or the city.
        """
        start, stop = window(m)
        found_venue = self._venue(m.span.end, stop) if venue else None
        found_city = self._city(start, stop) if city else None
        found_country = self._country(m, stop, found_city) if country else None
        return found_venue, found_city, found_country

    def _venue(self, start: int, stop: int) -> _Venue | None:
        """Return the first venue named in ``[start, stop)`` (found once per stretch)."""
        key = (start, stop)
        if key not in self._venues:
            self._venues[key] = self._find_venue(start, stop)
        return self._venues[key]

    def _find_venue(self, start: int, stop: int) -> _Venue | None:
        """Return the first "at/in (the) Capitalized Name" holding a venue word."""
        for v in _VENUE.finditer(self.text, start, stop):
            name = v["v"].rstrip(".")
            if {w.removesuffix("s") for w in name.replace("'s", "").split()} & words.VENUE_WORDS:
                span = Span(start=v.start("v"), end=v.start("v") + len(name))
                body = self.context.bodies.get(span.start)
                return name, span, body.code if body else None
        return None

    def _city(self, start: int, stop: int) -> _Name | None:
        """Return the first city named in ``[start, stop)`` (found once per stretch)."""
        key = (start, stop)
        if key not in self._cities:
            self._cities[key] = self._find_city(start, stop)
        return self._cities[key]

    def _find_city(self, start: int, stop: int) -> _Name | None:
        """Return the first city after "in", "to" or "at" that is not the dateline's."""
        dateline, dateline_end = self.context.dateline_name, self.context.dateline_end
        for c in _city_pattern().finditer(self.text, start, stop):
            if c["city"] != dateline or c.start() > dateline_end:
                return c["city"], Span(start=c.start("city"), end=c.end("city"))
        return None

    def _country(self, m: EventMention, stop: int, city: _Name | None) -> _Name | None:
        """Return a state named "in" right after the trigger, its date or its city."""
        text = self.text
        anchors = [m.span.end] + ([m.date.span.end] if m.date else [])
        for item in self.context.states_in(m.span.end, min(stop, m.span.end + 160)):
            if item.kind is not ActorKind.STATE or not item.code:
                continue
            near = any(0 <= item.span.start - a <= 16 for a in anchors) or (
                city is not None and 0 <= item.span.start - city[1].end <= 3
            )
            if not near:
                continue
            lead = text[max(0, item.span.start - 8) : item.span.start]
            gap = text[m.span.end : item.span.start]
            if _IN_STATE.search(lead) or (m.tag == "visit" and _TO_STATE.fullmatch(gap)):
                return item.code, item.span
        return None
