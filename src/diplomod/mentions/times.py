"""Find clock times ("at 3 p.m.", "commencing from 1500") and durations ("for about two hours").

A four-digit military time counts only after "at", "from", "commencing" and the
like, or before "hours"/"hrs" or a time zone, so "in 2021" and "1500 troops" are
not times; "from 1900".."from 2099" without such a suffix is left to the year
reading. Durations are whole minutes; "lasted just over an hour" is 60 minutes
with the qualifier ``more_than``.
"""

from __future__ import annotations

import datetime as dt
import enum
import re

from attrs import frozen

from diplomod.mentions.anchors import find_digit_runs
from diplomod.records.provenance import Span

__all__ = [
    "DURATION_QUALIFIERS",
    "NUMBER_WORDS",
    "TIME_ZONES",
    "DurationMention",
    "DurationQualifier",
    "TimeMention",
    "find_durations",
    "find_times",
]


class DurationQualifier(enum.StrEnum):
    """How exact a stated duration is."""

    APPROXIMATELY = "approximately"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"


NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
"""Number words (lower case); tens combine with units: "forty-five", "twenty five"."""

DURATION_QUALIFIERS: dict[str, DurationQualifier] = {
    "approximately": DurationQualifier.APPROXIMATELY, "approx": DurationQualifier.APPROXIMATELY,
    "about": DurationQualifier.APPROXIMATELY, "around": DurationQualifier.APPROXIMATELY,
    "roughly": DurationQualifier.APPROXIMATELY, "some": DurationQualifier.APPROXIMATELY,
    "circa": DurationQualifier.APPROXIMATELY, "over": DurationQualifier.MORE_THAN,
    "more than": DurationQualifier.MORE_THAN, "at least": DurationQualifier.MORE_THAN,
    "longer than": DurationQualifier.MORE_THAN, "in excess of": DurationQualifier.MORE_THAN,
    "upwards of": DurationQualifier.MORE_THAN, "under": DurationQualifier.LESS_THAN,
    "less than": DurationQualifier.LESS_THAN, "fewer than": DurationQualifier.LESS_THAN,
    "nearly": DurationQualifier.LESS_THAN, "almost": DurationQualifier.LESS_THAN,
    "up to": DurationQualifier.LESS_THAN, "shorter than": DurationQualifier.LESS_THAN,
}  # fmt: skip
"""Words before a duration (lower case) and what they say about it."""

TIME_ZONES: tuple[str, ...] = (
    "UTC", "GMT", "JST", "KST", "CST", "EST", "EDT", "PST", "PDT", "CET", "CEST", "EET",
    "EEST", "BST", "IST", "MSK", "AEST", "AEDT", "ICT", "SGT", "HKT", "WIB", "PHT", "NZST",
)  # fmt: skip
"""Time zone abbreviations recognized after a time ("15:30 JST")."""

_NOT_TIME_AFTER = ("feet", "ft", "metres", "meters", "km", "people", "troops", "soldiers")
_QUANTITY_WORDS = frozenset(
    {"for", "about", "over", "than", "some", "nearly", "almost", "approximately", "around",
     "roughly", "additional", "extra", "the", "of", "total", "least", "another", "those"}
)  # fmt: skip
_HOUR_WORDS = {w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 12 and len(w) > 2}


@frozen(kw_only=True)
class TimeMention:
    """A time of day in a text; ``zone`` is the zone as written ("JST", "local time")."""

    span: Span
    time: dt.time
    zone: str | None = None


@frozen(kw_only=True)
class DurationMention:
    """A stated length of time, in whole minutes."""

    span: Span
    minutes: int
    qualifier: DurationQualifier | None = None


# ---------------------------------------------------------------- patterns


def _words(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_S = r"\s{1,3}"
_S0 = r"\s{0,2}"
_H12 = r"(?:1[0-2]|0?[1-9])"
_H24 = r"(?:[01]?\d|2[0-3])"
_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"
_ZONE = rf"(?:[Ll]ocal{_S}time|[A-Z][a-z]{{2,12}}{_S}time|(?:{_words(list(TIME_ZONES))})"
_ZONE += r"(?:[+-]\d{1,2})?)\b"
_NOT_TIME = "|".join(re.escape(w) for w in _NOT_TIME_AFTER)
# A time is matched where its digits (or "noon", "o'clock") start; the cue word before a
# military time is a look-behind, so the pattern runs only at anchors (fast).
_CUE = "|".join(
    rf"(?<=\b{w}\s)" for w in ("at", "At", "from", "From", "commencing", "Commencing", "starting",
                             "Starting", "beginning", "Beginning")
)  # fmt: skip
_DOT_CUE = "|".join(
    rf"(?<=\b{w}\s)" for w in ("at", "At", "from", "From", "until", "Until", "till", "by", "By")
)  # fmt: skip
_ZONE_TAIL = rf"(?: {_S0} \(? (?P<zone> {_ZONE} ) \)? )?"

_TIME = re.compile(
    rf"""
    (?<![\w.:/$])
    (?: (?P<ampm> {_H12} (?:[:.][0-5]\d)? {_S0} [aApP]\.?[mM]\.? ) (?!\w)       # 3 p.m.
      | (?P<clock> {_H24} : [0-5]\d (?::[0-5]\d)? ) (?![\d:]|\.\d)             # 14:00
      | (?P<noon> 12{_S}(?:[Nn]oon|[Mm]idday) ) \b                              # 12 noon
      | (?P<oclock> {_H12} {_S} o'clock ) \b                                    # 3 o'clock
      | (?:{_CUE}) (?P<mil> {_HHMM} (?:{_S0}(?:hours|hrs|hr|h)\b)? )            # from 1500
        (?!\d|\s{{0,2}}(?:{_NOT_TIME})\b)
      | (?:{_DOT_CUE}) (?P<dot> {_H24}\.[0-5]\d ) (?!\d|\.\d)                   # at 15.30
      | (?P<suf> {_HHMM} (?:{_S0}(?:hours|hrs|hr)\b|h\b|(?={_S0}{_ZONE})) )     # 1500 hours
    )
    {_ZONE_TAIL}
    """,
    re.VERBOSE,
)
_WORD_TIME = re.compile(
    rf"""
    (?<![\w.:/$])
    (?: (?P<noon> [Nn]oon|[Mm]idday|[Mm]idnight ) \b                            # at noon
      | (?P<oclock> (?i:{_words(list(_HOUR_WORDS))}) {_S} o'clock ) \b          # three o'clock
    )
    {_ZONE_TAIL}
    """,
    re.VERBOSE,
)
_WORD_ANCHORS = (re.compile("oon"), re.compile("id(?:day|night)"))  # [Nn]oon, [Mm]id...
_OCLOCK = re.compile(r"o'clock")
_PREV_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]+\s{1,3}\Z")
_UNIT_ANCHORS = tuple(re.compile(p) for p in (r"hours?\b", r"hrs?\b", r"min(?:utes?|s)?\b"))

_QUAL = rf"(?:(?:just|a{_S}little|slightly|well){_S})?(?:{_words(list(DURATION_QUALIFIERS))})"
_NUM_WORD = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
    rf"|{_words([w for w, n in NUMBER_WORDS.items() if n < 20])}"
)
_NUM = rf"(?:\d{{1,3}}(?:\.\d{{1,2}})?|(?i:{_NUM_WORD}))"
_UNIT = r"(?:hours?|hrs?|minutes?|mins?)\b"
_HALF = r"[-\s]and[-\s]a[-\s]half\b"

_DURATION = re.compile(
    rf"""
    \b (?: (?P<q> (?i:{_QUAL}) ) {_S} )?
    (?P<n>
        (?i:half) [-\s] an? [-\s] hour\b                                         # half an hour
      | (?i:half) -hour\b
      | (?:(?i:an?)\s)? (?i:hour) -long\b                                        # hour-long
      | {_NUM} (?:{_HALF})? [-\s]? {_UNIT}                                       # 1 hour
        (?: {_HALF} | ,?\s(?:and\s)? {_NUM} [-\s]? (?:minutes?|mins?)\b )?       # and 50 minutes
        (?: -long\b )?
    )
    """,
    re.VERBOSE,
)
_TOKEN = re.compile(r"[A-Za-z]+|\d+(?:\.\d+)?")
_REACH = 64  # no duration starts further than this before its unit word
_WORD_START = re.compile(r"\b\w")
_LINE_START = re.compile(r"(?:\A|\n)[ \t]{0,4}\Z")
_LINE_END = re.compile(r"[ \t]{0,4}(?:\n|\Z)")
_UNIT_MINUTES = {"hour": 60, "hours": 60, "hr": 60, "hrs": 60, "minute": 1, "minutes": 1,
                 "min": 1, "mins": 1}  # fmt: skip

# ---------------------------------------------------------------- finding


def find_times(text: str) -> tuple[TimeMention, ...]:
    """Return the times of day stated in ``text``, in text order."""
    starts = [(start, _TIME) for start, _ in find_digit_runs(text)]
    for word in _WORD_ANCHORS:
        starts.extend((m.start() - 1, _WORD_TIME) for m in word.finditer(text) if m.start())
    for hit in _OCLOCK.finditer(text):
        prev = _PREV_WORD.search(text, max(0, hit.start() - 12), hit.start())
        if prev is not None:
            starts.append((prev.start(), _WORD_TIME))
    out: list[TimeMention] = []
    pos = 0
    for start, pattern in sorted(starts, key=lambda item: item[0]):
        m = pattern.match(text, start) if start >= pos else None
        if m is None:
            continue
        name = next(g for g in ("ampm", "clock", "noon", "oclock", "mil", "dot", "suf")
                    if g in m.re.groupindex and m[g])  # fmt: skip
        try:
            value = _read_time(name, m[name])
        except (ValueError, KeyError):
            continue
        if not _plausible(name, m, text):
            continue
        pos = m.end()
        end = m.end() if m["zone"] else m.end(name)
        out.append(TimeMention(span=Span(start=m.start(name), end=end), time=value,
                               zone=m["zone"]))  # fmt: skip
    return tuple(out)


def _plausible(name: str, m: re.Match[str], text: str) -> bool:
    """Reject "from 2014" (a year), "2000 hours of training" (a quantity), a lone "01:56"."""
    digits = m[name][:4]
    if name == "clock":  # a clock alone on its line is a video length on a news page
        alone_before = _LINE_START.search(text, max(0, m.start() - 5), m.start())
        return not (alone_before and _LINE_END.match(text, m.end()))
    if name == "mil":
        has_suffix = bool(m[name][4:].strip()) or m["zone"] is not None
        after_from = text[max(0, m.start() - 5) : m.start()].rstrip().lower().endswith("from")
        return has_suffix or not after_from or not 1900 <= int(digits) <= 2099
    if name == "suf":
        before = text[max(0, m.start() - 16) : m.start()].split()
        after = text[m.end() : m.end() + 4].split()
        quantity = bool(before) and before[-1].lower() in _QUANTITY_WORDS
        return not (quantity or after[:1] == ["of"])
    return True


def _read_time(name: str, body: str) -> dt.time:
    low = body.lower()
    if name == "noon":
        return dt.time(0, 0) if "midnight" in low else dt.time(12, 0)
    if name == "oclock":
        word = low.split()[0]
        return dt.time(int(word) if word.isdigit() else _HOUR_WORDS[word], 0)
    if name in ("mil", "suf"):
        return dt.time(int(body[:2]), int(body[2:4]))
    numbers = [int(n) for n in re.findall(r"\d+", body)]
    hour, minute, second = [*numbers, 0, 0][:3]
    if name == "ampm":
        hour = hour % 12 + (12 if "p" in low else 0)
    return dt.time(hour, minute, second)


def find_durations(text: str) -> tuple[DurationMention, ...]:
    """Return the durations stated in ``text`` in whole minutes, in text order."""
    units = sorted(m.start() for p in _UNIT_ANCHORS for m in p.finditer(text))
    out: list[DurationMention] = []
    pos = floor = 0  # no match starts before ``floor`` unless it is found already
    for unit in units:
        if unit < pos or (unit and text[unit - 1].isalpha()):
            continue  # inside the last match, or a word ending in "hour"/"min"
        lo = max(pos, floor, unit - _REACH)
        floor = unit
        m = _covering(text, lo, unit)
        if m is None:
            continue
        pos = m.end()
        qualifier = _qualifier(m["q"]) if m["q"] else None
        minutes = round(_minutes([t.lower() for t in _TOKEN.findall(m["n"])]))
        out.append(DurationMention(span=Span(start=m.start(), end=m.end()), minutes=minutes,
                                   qualifier=qualifier))  # fmt: skip
    return tuple(out)


def _covering(text: str, lo: int, unit: int) -> re.Match[str] | None:
    """Return the duration starting earliest in ``[lo, unit]`` that reaches the unit word."""
    for word in _WORD_START.finditer(text, lo, unit + 1):
        m = _DURATION.match(text, word.start())
        if m is not None and m.end() > unit:
            return m
    return None


def _qualifier(text: str) -> DurationQualifier | None:
    words = text.lower().split()
    while words and words[0] in ("just", "a", "little", "slightly", "well"):
        words = words[1:]
    return DURATION_QUALIFIERS.get(" ".join(words).rstrip("."))


def _minutes(tokens: list[str]) -> float:
    """Add up "one and a half hours", "an hour and 50 minutes", "half an hour" in minutes."""
    total, pending, last_unit, halve = 0.0, None, 0, False
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok == "half":
            if pending is not None:
                pending += 0.5
            elif last_unit:
                total += last_unit / 2
            else:
                halve = True
        elif tok in _UNIT_MINUTES:
            count = 0.5 if halve else 1.0 if pending is None else pending
            total += count * _UNIT_MINUTES[tok]
            pending, last_unit, halve = None, _UNIT_MINUTES[tok], False
        elif tok in ("a", "an") and (halve or nxt == "half"):
            continue
        elif tok[0].isdigit():
            pending = float(tok)
        elif tok in NUMBER_WORDS:
            value = float(NUMBER_WORDS[tok])
            tens = pending is not None and pending >= 20 and pending % 10 == 0 and value < 10
            pending = pending + value if tens and pending is not None else value
    return total
