"""Find every kind of mention in a document at once."""

from __future__ import annotations

import datetime as dt

from attrs import frozen

from diplomod.mentions.actors import ActorScan, scan_actors
from diplomod.mentions.dateline import CityMention, find_dateline_city, find_published_date
from diplomod.mentions.dates import DateMention, find_dates
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
    stated = None if document.published else find_published_date(text)
    published = document.published
    if published is None and stated is not None and stated.date is not None:
        published = stated.date.first_day()
    return Mentions(
        actors=scan_actors(text, lexicon),
        dates=find_dates(text, published=published),
        times=find_times(text),
        durations=find_durations(text),
        published=published,
        published_in_text=stated,
        dateline=find_dateline_city(text),
    )
