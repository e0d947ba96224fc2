"""Mentions found in normalized text: actors, dates, times, durations and datelines."""

from __future__ import annotations

from diplomod.mentions.actors import (
    ActorKind,
    ActorMention,
    ActorScan,
    ReferenceKind,
    ReferenceMention,
    find_actors,
    find_name_references,
    find_references,
    scan_actors,
)
from diplomod.mentions.collect import Mentions, find_mentions
from diplomod.mentions.dateline import CityMention, find_dateline_city, find_published_date
from diplomod.mentions.dates import DateKind, DateMention, find_dates
from diplomod.mentions.lexicon import DEFAULT_LEXICON, Lexicon, make_lexicon
from diplomod.mentions.times import (
    DurationMention,
    DurationQualifier,
    TimeMention,
    find_durations,
    find_times,
)

__all__ = [
    "DEFAULT_LEXICON",
    "ActorKind",
    "ActorMention",
    "ActorScan",
    "CityMention",
    "DateKind",
    "DateMention",
    "DurationMention",
    "DurationQualifier",
    "Lexicon",
    "Mentions",
    "ReferenceKind",
    "ReferenceMention",
    "TimeMention",
    "find_actors",
    "find_dateline_city",
    "find_dates",
    "find_durations",
    "find_mentions",
    "find_name_references",
    "find_published_date",
    "find_references",
    "find_times",
    "make_lexicon",
    "scan_actors",
]
