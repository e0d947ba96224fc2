"""Mentions found in normalized text: dates, times, durations and datelines."""

from __future__ import annotations

from diplomod.mentions.dateline import CityMention, find_dateline_city, find_published_date
from diplomod.mentions.dates import DateKind, DateMention, find_dates
from diplomod.mentions.times import (
    DurationMention,
    DurationQualifier,
    TimeMention,
    find_durations,
    find_times,
)

__all__ = [
    "CityMention",
    "DateKind",
    "DateMention",
    "DurationMention",
    "DurationQualifier",
    "TimeMention",
    "find_dateline_city",
    "find_dates",
    "find_durations",
    "find_published_date",
    "find_times",
]
