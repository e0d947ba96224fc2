"""Find every kind of mention in a document at once."""

from __future__ import annotations

import datetime as dt
import re

from attrs import evolve, frozen

from diplomod.mentions.actors import ActorScan, scan_actors
from diplomod.mentions.dateline import CityMention, find_dateline_city, find_published_date
from diplomod.mentions.dates import DateKind, DateMention, date_expressions, read_dates
from diplomod.mentions.lexicon.model import DEFAULT_LEXICON, Lexicon
from diplomod.mentions.times import DurationMention, TimeMention, find_durations, find_times
from diplomod.text.document import Document

__all__ = ["Mentions", "find_mentions"]


@frozen(kw_only=True)
class Mentions:
    """What a document mentions: actors, dates, times, durations, and its own date and dateline.

    ``published`` is the document's date from its metadata or, failing that, from
    its text (``published_in_text`` tells which).
    """

    actors: ActorScan
    dates: tuple[DateMention, ...]
    times: tuple[TimeMention, ...]
    durations: tuple[DurationMention, ...]
    published: dt.date | None
    published_in_text: DateMention | None
    dateline: CityMention | None


def find_mentions(document: Document, lexicon: Lexicon = DEFAULT_LEXICON) -> Mentions:
    """Return the mentions of ``document``, with relative dates resolved against its date."""
    text = document.text
    expressions = date_expressions(text)
    stated = None if document.published else find_published_date(text, expressions=expressions)
    published = document.published
    if published is None and stated is not None and stated.date is not None:
        published = stated.date.first_day()
    dates = read_dates(text, expressions, published=published)
    if published is None:
        dates = _with_stated_year(text, expressions, dates)
    return Mentions(
        actors=scan_actors(text, lexicon),
        dates=dates,
        times=find_times(text),
        durations=find_durations(text),
        published=published,
        published_in_text=stated,
        dateline=find_dateline_city(text),
    )


def _with_stated_year(
    text: str, expressions: list[re.Match[str]], dates: tuple[DateMention, ...]
) -> tuple[DateMention, ...]:
    """Give yearless dates ("in late November") the latest year an undated text states.

    Relative dates ("on Saturday") stay unknown: only a stated year is used, never a guess.
    """
    years = [d.date.year for d in dates if d.kind is DateKind.ABSOLUTE and d.date is not None]
    if not years or not any(d.kind is DateKind.NO_YEAR and d.date is None for d in dates):
        return dates
    again = {
        d.span: d.date
        for d in read_dates(text, expressions, published=dt.date(max(years), 12, 31))
        if d.kind is DateKind.NO_YEAR
    }
    return tuple(
        evolve(d, date=again.get(d.span)) if d.kind is DateKind.NO_YEAR and d.date is None else d
        for d in dates
    )
