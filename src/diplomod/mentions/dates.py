"""Find date expressions in text and resolve them against the publication date.

Absolute dates ("23 November 2021", "2021-11-23") resolve on their own; a date
without a year ("on November 8") takes the publication year unless that would put
a past event after publication; relative dates ("on Saturday", "yesterday",
"earlier this month") resolve against the publication date and stay ``None``
without one. A weekday or a yearless date is read as past unless a future cue
("will", "scheduled", "to be held", "by", ...) stands earlier in its clause; a
yearless date less than a month after publication keeps the publication year
(a past event cannot be there, so it is a forward reference).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from collections.abc import Iterable, Iterator, Sequence

from attrs import frozen

from diplomod.records.dates import DatePart, PartialDate
from diplomod.records.provenance import Span

__all__ = [
    "DATE_PARTS",
    "FUTURE_CUES",
    "MONTHS",
    "WEEKDAYS",
    "DateKind",
    "DateMention",
    "date_expressions",
    "date_expressions_before",
    "find_dates",
    "read_dates",
]

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
"""Month names and abbreviations (lower case) and their numbers."""

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
"""Weekday names and abbreviations (lower case), Monday = 0; abbreviations only lead a date."""

DATE_PARTS: dict[str, DatePart] = {
    "early": DatePart.EARLY, "beginning": DatePart.EARLY, "start": DatePart.EARLY,
    "mid": DatePart.MID, "middle": DatePart.MID, "late": DatePart.LATE, "end": DatePart.LATE,
}  # fmt: skip
"""Words naming a part of a month or year ("late November", "the end of 2021")."""

FUTURE_CUES: tuple[str, ...] = (
    "will", "shall", "'ll", "to be held", "scheduled", "is to", "are to", "set to",
    "plans to", "plan to", "planned", "expected to", "upcoming", "due to",
)  # fmt: skip
"""Words that, earlier in the clause, make a weekday or yearless date point forward."""

_HOLIDAY_WORDS = ("Good", "Black", "Holy", "Easter", "Palm", "Ash", "Bloody", "Cyber", "Super")
_NOT_YEAR_AFTER = (
    "hours", "hrs", "hr", "h", "GMT", "UTC", "JST", "KST", "local", "people", "troops",
    "soldiers", "persons", "years", "km", "kilometers", "kilometres", "miles", "tons",
    "tonnes", "dollars", "units", "feet", "meters", "metres", "percent", "%",
)  # fmt: skip
_SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_SLACK = dt.timedelta(days=31)  # a yearless date this near publication keeps its year


class DateKind(enum.StrEnum):
    """How a date expression is anchored."""

    ABSOLUTE = "absolute"  # the text gives the year: "23 November 2021", "in 2021"
    NO_YEAR = "no_year"  # month or day without a year: "on November 8", "in late March"
    RELATIVE = "relative"  # counted from publication: "yesterday", "last month"
    WEEKDAY = "weekday"  # a day of the week: "on Saturday", "last Tuesday"


@frozen(kw_only=True)
class DateMention:
    """A date expression in a text, resolved as far as the text and publication date allow."""

    span: Span
    kind: DateKind
    date: PartialDate | None = None  # None when it cannot be resolved
    range_end: PartialDate | None = None  # last day of a range ("May 9-10")

    @property
    def relative(self) -> bool:
        """Whether the date is counted from the publication date."""
        return self.kind in (DateKind.RELATIVE, DateKind.WEEKDAY)

    @property
    def inferred_year(self) -> bool:
        """Whether the year was taken from the publication date, not the text."""
        return self.kind is DateKind.NO_YEAR


# ---------------------------------------------------------------- patterns


_Node = dict[str, "_Node"]


def _branches(words: list[str]) -> list[str]:
    """Return the prefix-merged alternatives (one per first letter) matching exactly ``words``."""
    tree: _Node = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: _Node) -> str:
        alts = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return [re.escape(c) + emit(child) for c, child in sorted(tree.items()) if c]


def _trie(words: list[str]) -> str:
    """Return one prefix-merged (trie) alternation matching exactly ``words``, longest first."""
    return "(?:" + "|".join(_branches(words)) + ")"


def _cased(words: list[str]) -> str:
    return _trie([w.title() for w in words] + [w.upper() for w in words])


_FULL = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR = [m for m in MONTHS if m not in _FULL]
_WD_FULL_WORDS = [w for w in WEEKDAYS if w.endswith("day")]
_WD_ABBR_WORDS = [w for w in WEEKDAYS if not w.endswith("day")]

_S = r"\s{1,3}"  # a short run of white space (bounded: linear time)
_S0 = r"\s{0,3}"
_MONTH_FULL = rf"(?:{_cased(_FULL)})\b"
_MONTH_NOT_MAY = rf"(?!May\b|MAY\b){_MONTH_FULL}"
_MONTH_ANY = rf"(?:{_cased(_FULL)}|(?:{_cased(_ABBR)})\.?)(?!\w)"
_WD_FULL = rf"(?:{_cased(_WD_FULL_WORDS)})\b"
_WD_ANY = rf"(?:{_cased(_WD_FULL_WORDS)}|(?:{_cased(_WD_ABBR_WORDS)})\.?)(?!\w)"
_DAY = r"(?<![\w.:/$,])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"[12]\d\d\d\b"
_NOT_YEAR = "|".join(re.escape(w) + (r"\b" if w[-1].isalpha() else "") for w in _NOT_YEAR_AFTER)
_NOT_YEAR_TAIL = rf"(?![-/.,]\d|\s{{0,2}}(?:{_NOT_YEAR}))"
_CYEAR = rf"(?:19|20)\d\d\b{_NOT_YEAR_TAIL}"  # a year standing alone
_CYEARS = rf"(?:19|20)\d\d(?:\s{{0,3}}[-–—]\s{{0,3}}(?:(?:19|20)\d\d|\d\d))?\b{_NOT_YEAR_TAIL}"
_RSEP = rf"(?:\s{{0,3}}[-–—]{{1,2}}\s{{0,3}}|{_S}(?:to|through|thru|until|till|and){_S})"
_PART = (
    rf"(?:(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|{_S})"
    rf"|(?:[Tt]he{_S})?(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle){_S}of{_S})"
)
_REL = r"(?:[Ll]ast|[Tt]his|[Nn]ext)"
_REL_WD = r"(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)"
_MTAIL = rf"(?:,?{_S}(?:of{_S})?{_YEAR}|{_S}(?:of{_S})?{_REL}{_S}year\b|(?!{_S0}\d))"
_NUMBER = rf"(?:\d{{1,2}}|{_trie([*_SMALL_NUMBERS, *(w.title() for w in _SMALL_NUMBERS)])})"
_NOT_HOLIDAY = "".join(rf"(?<!{w}\s)" for w in _HOLIDAY_WORDS)

_DATE = re.compile(
    rf"""
      (?P<iso> (?<![\d/-]) (?:1[89]|2[01])\d\d [-/] (?:0[1-9]|1[0-2]) [-/]
               (?:0[1-9]|[12]\d|3[01]) (?!\d) )                     # 2021-09-12
    | (?P<num> (?<![\d./]) \d{{1,2}} [./] \d{{1,2}} [./] (?:19|20)\d\d (?!\d|[./]\d) )
    | (?P<mlead> (?:{_WD_ANY},?{_S})? {_MONTH_ANY}                  # (Tuesday,) June 1 ...
        (?: {_S}{_DAY}
            (?: ,?{_S}{_YEAR} (?:{_RSEP}{_MONTH_ANY}{_S}{_DAY},?{_S}{_YEAR})?
              | {_RSEP}(?:{_MONTH_ANY}{_S})?{_DAY}(?:,?{_S}{_YEAR})? )?
          | ,?{_S}(?:of{_S})?{_YEAR}                                # September 2021
          | {_S}(?:of{_S})?{_REL}{_S}year\b ) )                     # July this year
    | (?P<dlead> (?:{_WD_ANY},?{_S})? (?:the{_S})?                  # 9-11 March 2022
        {_DAY} (?:{_RSEP}{_DAY})? {_S}(?:of{_S})?{_MONTH_ANY} (?:,?{_S}{_YEAR})?
        (?:{_RSEP}{_DAY}{_S}(?:of{_S})?{_MONTH_ANY}(?:,?{_S}{_YEAR})?)? )
    | \b(?P<part> {_PART} (?:{_MONTH_FULL}{_MTAIL} | {_CYEAR}       # late 2021, mid-September
                          | {_REL}{_S}(?:month|year|week)\b ) )     # late last year
    | \b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill|[Tt]hrough(?:out)?){_S}
        (?P<mctx> (?:{_PART})? {_MONTH_FULL} {_MTAIL} )             # in (late) November
    | \b(?:[Bb]y|[Tt]he|[Ff]rom|[Bb]efore|[Aa]fter){_S}
        (?P<mctx2> (?:{_PART})? {_MONTH_NOT_MAY} {_MTAIL} )         # not Theresa May
    | \b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Tt]ill|[Tt]hrough(?:out)?|[Bb]efore|[Aa]fter)
        {_S} (?P<yctx> (?:{_PART})? {_CYEARS} )                     # in 2021, by early 2030
    | \b(?:[Ff]rom|[Bb]etween){_S} (?P<yrange> {_CYEAR}{_RSEP}{_CYEAR} )
    | \b(?P<relmon> {_REL_WD}{_S}{_MONTH_FULL}(?!{_S0}\d) )         # last November
    | \b(?P<rel> (?:(?:[Tt]he{_S})?day{_S}(?:before{_S}yesterday|after{_S}tomorrow)
               | [Tt]oday | [Tt]onight | [Yy]esterday | [Tt]omorrow
               | [Tt]his{_S}(?:morning|afternoon|evening)
               | (?:[Ee]arlier|[Ll]ater){_S}this{_S}(?:week|month|year)
               | {_REL}{_S}(?:week|month|year) )\b )
    | \b(?P<ago> {_NUMBER}{_S}(?:days?|weeks?|months?|years?){_S}ago\b )
    | {_NOT_HOLIDAY} \b(?P<wd> (?:{_REL_WD}{_S})?{_WD_FULL} )       # (last) Saturday
    """,
    re.VERBOSE,
)
# Every date expression holds an anchor: a digit, a month or weekday name or a word below.
# The full pattern is tried only at anchors and the prefix words just before them, as
# scanning it at every position is twenty times slower.
_ANCHOR = re.compile(
    "|".join([*(rf"{d}\d*" for d in "0123456789"), *_branches(  # literal-led: fast skip
        [w.title() for w in [*MONTHS, *WEEKDAYS, "today", "tonight", "yesterday", "tomorrow"]]
        + [w.upper() for w in [*MONTHS, *WEEKDAYS]])])
)  # fmt: skip
_LOWER_ANCHORS = tuple(  # each pattern opens with a literal: a fast scan apiece
    re.compile(w)
    for w in ("to(?:day|night|morrow)", "yesterday", "year", "month", "week", r"days?\s{1,3}ago",
              r"his\s{1,3}(?:morning|afternoon|evening)")
)  # fmt: skip
_PREFIX_WORDS = frozenset(
    {"in", "since", "during", "until", "till", "through", "throughout", "by", "the", "from",
     "before", "after", "between", "early", "late", "mid", "end", "beginning", "start",
     "middle", "of", "last", "this", "next", "past", "coming", "earlier", "later", "day",
     *_SMALL_NUMBERS}
)  # fmt: skip
_REACH = 160  # _DATE never looks this far past where it starts (tests check it)
_CAPS3 = frozenset(c(w) for w in [*MONTHS, *WEEKDAYS] for c in (str.title, str.upper))
_TENSED = frozenset({"mlead", "dlead", "mctx", "mctx2", "part", "wd"})
_HAS_YEAR = re.compile(r"\d{4}")
_PLAIN_DAY = re.compile(
    r"(?:[A-Za-z]{3,9}\.?,?\s{1,3})?(?:the\s{1,3})?"
    r"(?:(?P<m>[A-Za-z]{3,9})\.?\s{1,3}(?P<d>\d{1,2})(?:st|nd|rd|th)?,?"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?(?P<m2>[A-Za-z]{3,9})\.?,?)"
    r"\s{1,3}(?P<y>\d{4})"
)
_PREV_WORD = re.compile(  # a prefix word ending right before the search end
    rf"(?<![A-Za-z]){_trie([*_PREFIX_WORDS, *(w.title() for w in _PREFIX_WORDS)])}(?:\s{{1,3}}|-)\Z"
)
_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_FUTURE = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in FUTURE_CUES) + r")\b")
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)|\n")
_SHIFT = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}
_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "morning": 0,
              "afternoon": 0, "evening": 0}  # fmt: skip

# ---------------------------------------------------------------- finding


def find_dates(text: str, *, published: dt.date | None = None) -> tuple[DateMention, ...]:
    """Return the date expressions in ``text``, resolved against ``published``, in text order.

    Args:
        text: normalized text (ASCII quotes and dashes).
        published: the document's publication date; relative and yearless dates need it.

    Returns:
        One :class:`DateMention` per expression; its ``date`` is ``None`` when the
        expression cannot be resolved (a relative date without ``published``).
    """
    return read_dates(text, date_expressions(text), published=published)


def date_expressions(text: str) -> list[re.Match[str]]:
    """Return the date expressions of ``text`` in order, unread (see :func:`read_dates`)."""
    return list(_matches(text))


def read_dates(
    text: str, expressions: Iterable[re.Match[str]], *, published: dt.date | None = None
) -> tuple[DateMention, ...]:
    """Return the mentions of ``expressions`` of ``text``, resolved against ``published``.

    Finding expressions is most of the work: read them again against another date.
    """
    out: list[DateMention] = []
    for m in expressions:
        name = m.lastgroup or ""
        start, end = m.span(name)
        tensed = published is not None and name in _TENSED and not _HAS_YEAR.search(m[name])
        future = tensed and _is_future(text, start)
        try:
            days = _read_days(text, start, end, published, future) if name[1:] == "lead" else None
            if days is not None:
                out.extend(days)
                continue
            date, kind, last = _read_other(name, text[start:end], published, future)
        except (ValueError, OverflowError):  # impossible day, or beyond year 9999
            date, last = None, None
            kind = DateKind.WEEKDAY if name == "wd" else DateKind.RELATIVE
        out.append(DateMention(span=Span(start=start, end=end), kind=kind, date=date,
                               range_end=last))  # fmt: skip
    return tuple(out)


def date_expressions_before(head: str, expressions: Sequence[re.Match[str]]) -> list[re.Match[str]]:
    """Return the date expressions of ``head``, a beginning of the text of ``expressions``.

    ``expressions`` are those :func:`date_expressions` found in the whole text. The
    pattern never looks :data:`_REACH` characters past an anchor, so up to that far
    before the end of ``head`` the whole text's expressions (and non-expressions) are
    ``head``'s own: only the rest is searched again.
    """
    if not expressions or not expressions[0].string.startswith(head):
        return date_expressions(head)
    safe = len(head) - _REACH
    kept: list[re.Match[str]] = []
    for m in expressions:
        if m.end() > safe:
            safe = min(safe, m.start())  # its anchor may lie anywhere in it
            break
        kept.append(m)
    pos = kept[-1].end() if kept else 0
    # restart the anchor scan after a space, where no anchor can straddle
    begin = max(pos, head.rfind(" ", pos, max(pos, safe)) + 1)
    kept.extend(_matches(head, pos, begin))
    return kept


def _matches(text: str, pos: int = 0, begin: int | None = None) -> Iterator[re.Match[str]]:
    """Yield what ``_DATE.finditer(text, pos)`` would, trying the pattern only around anchors.

    ``pos`` must not fall inside a word or number. With ``begin``, only the anchors
    from ``begin`` on are tried: those before it must be known to start no expression.
    """
    begin = pos if begin is None else begin
    anchors = [  # a three-digit number is never a day or year: skip it
        m.start() for m in _ANCHOR.finditer(text, begin) if len(m[0]) != 3 or m[0] in _CAPS3
    ]
    for word in _LOWER_ANCHORS:
        anchors.extend(m.start() - (m[0][0] == "h") for m in word.finditer(text, begin))
    for anchor in sorted(anchors):
        if anchor < pos:
            continue
        starts = [anchor]
        while len(starts) < 7:  # walk back over prefix words: "in the end of", "late last"
            prev = _PREV_WORD.search(text, max(pos, starts[-1] - 16), starts[-1])
            if prev is None:
                break
            starts.append(prev.start())
        for start in reversed(starts):
            m = _DATE.match(text, start)
            if m is not None and m.end() > anchor:
                pos = m.end()
                yield m
                break


def _is_future(text: str, start: int) -> bool:
    """Tell whether a future cue precedes ``start`` within its clause (80 characters back)."""
    window = text[max(0, start - 80) : start]
    ends = list(_CLAUSE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    last_word = window.rstrip().rpartition(" ")[2].lower()
    return _FUTURE.search(window) is not None or last_word in ("by", "until", "till")


@functools.lru_cache(maxsize=4096)
def _date(
    year: int, month: int | None = None, day: int | None = None, part: DatePart | None = None
) -> PartialDate:
    """Return the date, shared between mentions (dates repeat across a corpus)."""
    return PartialDate(year=year, month=month, day=day, part=part)


def _on(day: dt.date) -> PartialDate:
    return _date(day.year, day.month, day.day)


def _read_days(
    text: str, start: int, end: int, published: dt.date | None, future: bool
) -> list[DateMention] | None:
    """Read "June 1", "9-11 March 2022", "Dec 30, 2021 - Jan 2, 2022" into day mentions."""
    plain = _PLAIN_DAY.fullmatch(text, start, end)  # fast path: "(Tuesday,) June 1, 2021"
    month = MONTHS.get((plain["m"] or plain["m2"]).lower(), 0) if plain else 0
    if plain and month:
        try:
            date = _date(int(plain["y"]), month, int(plain["d"] or plain["d2"]))
        except ValueError:
            date = None
        return [DateMention(span=Span(start=start, end=end), kind=DateKind.ABSOLUTE, date=date)]
    days: list[list[int]] = []  # [day, month, year, token start, token end]; 0 = unknown
    month_first = None
    joined_by_and = False
    for tok in _TOKEN.finditer(text, start, end):
        word = tok.group().lower()
        if word in MONTHS:
            month_first = not days if month_first is None else month_first
            for entry in days if not month_first else ():
                entry[1] = entry[1] or MONTHS[word]
            if month_first:
                days.append([0, MONTHS[word], 0, tok.start(), tok.end()])
        elif word.isdigit() and len(word) == 4:
            for entry in days:
                entry[2] = entry[2] or int(word)
        elif word.isdigit():
            if month_first and days and days[-1][0] == 0:
                days[-1][0], days[-1][4] = int(word), tok.end()
            else:
                month = days[-1][1] if month_first and days else 0
                days.append([int(word), month, 0, tok.start(), tok.end()])
        elif word == "and":
            joined_by_and = True
    days = [d for d in days if d[0]]
    if not days:
        return None  # "September 2021": a month, read as a period
    explicit = bool(days) and days[-1][2] != 0
    kind = DateKind.ABSOLUTE if explicit else DateKind.NO_YEAR
    dates: list[PartialDate | None] = []
    try:
        for day, month, year, _, _ in days:
            if not year and published is not None:
                year = _infer_year(month, day, published, future)
            dates.append(_date(year, month, day) if year else None)
        first, last = dates[0], dates[-1]
        if first is not None and last is not None and last.first_day() < first.first_day():
            first = _date(year=first.year - 1, month=first.month, day=first.day)
    except (ValueError, OverflowError, IndexError):
        return [DateMention(span=Span(start=start, end=end), kind=kind)]
    apart = first and last and (last.first_day() - first.first_day()).days > 1
    between = text[max(0, start - 8) : start].rstrip().lower().endswith("between")
    if len(days) == 2 and joined_by_and and apart and not between:  # May 3 and 17: two dates
        return [
            DateMention(span=Span(start=start, end=days[0][4]), kind=kind, date=first),
            DateMention(span=Span(start=days[1][3], end=end), kind=kind, date=last),
        ]
    return [
        DateMention(span=Span(start=start, end=end), kind=kind, date=first,
                    range_end=last if len(days) > 1 else None)
    ]  # fmt: skip


def _read_other(
    name: str, body: str, published: dt.date | None, future: bool
) -> tuple[PartialDate | None, DateKind, PartialDate | None]:
    """Read every expression that is not a run of days: numeric, month, year, relative."""
    if name == "iso":
        y, m, d = (int(x) for x in re.split(r"[-/]", body))
        return _date(year=y, month=m, day=d), DateKind.ABSOLUTE, None
    if name == "num":
        a, b, y = (int(x) for x in re.split(r"[./]", body))
        if "/" in body and a <= 12 and b <= 12 and a != b:
            return None, DateKind.ABSOLUTE, None  # 03/04/2021: US or European order?
        day, month = (b, a) if "/" in body and a <= 12 < b else (a, b)
        return _date(year=y, month=month, day=day), DateKind.ABSOLUTE, None
    if name == "rel" and published is not None and body.lower() in _DAY_WORDS:
        return _on(published + dt.timedelta(days=_DAY_WORDS[body.lower()])), DateKind.RELATIVE, None
    words = [t.lower() for t in _TOKEN.findall(body)]
    years = [int(w) for w in words if w.isdigit()]
    if name in ("yrange", "yctx") and len(years) == 2:  # 2019 to 2021, 2022-23
        end = years[1] + years[0] // 100 * 100 if years[1] < 100 else years[1]
        first, last = _date(year=years[0]), _date(year=end)
        return first, DateKind.ABSOLUTE, last if last > first else None
    if name == "wd":
        return _read_weekday(words, published, future), DateKind.WEEKDAY, None
    date, kind = _read_period(words, published, future)
    return date, kind, None


def _read_weekday(words: list[str], published: dt.date | None, future: bool) -> PartialDate | None:
    if published is None:
        return None
    weekday = WEEKDAYS[words[-1]]
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    shift = _SHIFT.get(words[0]) or None if len(words) > 1 else None  # "this" = bare
    if shift == -1 or (shift is None and not future):
        days = -(back or 7) if shift == -1 else -back
    else:
        days = (ahead or 7) if shift == 1 else ahead
    return _on(published + dt.timedelta(days=days))


def _read_period(
    words: list[str], published: dt.date | None, future: bool
) -> tuple[PartialDate | None, DateKind]:
    """Read month, year, part and relative words ("late last year", "July this year")."""
    part = next((DATE_PARTS[w] for w in words if w in DATE_PARTS), None)
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    year = next((int(w) for w in words if w.isdigit() and len(w) == 4), None)
    if year is not None:
        return _date(year=year, month=month, part=part), DateKind.ABSOLUTE
    if published is None:
        return None, DateKind.NO_YEAR if month and _rel(words) is None else DateKind.RELATIVE
    shift, unit = _rel(words), next((w for w in words if w in ("week", "month", "year")), None)
    if words[-1] == "ago":
        count = int(words[0]) if words[0].isdigit() else _SMALL_NUMBERS[words[0]]
        return _ago(published, count, words[-2].rstrip("s")), DateKind.RELATIVE
    if "day" in words:  # the day before yesterday, the day after tomorrow
        days = -2 if "yesterday" in words else 2
        return _on(published + dt.timedelta(days=days)), DateKind.RELATIVE
    if any(w in _DAY_WORDS for w in words):
        days = next(_DAY_WORDS[w] for w in words if w in _DAY_WORDS)
        return _on(published + dt.timedelta(days=days)), DateKind.RELATIVE
    if month is not None and shift is None:
        year = _infer_year(month, None, published, future)
        return _date(year=year, month=month, part=part), DateKind.NO_YEAR
    shift = shift or 0
    if month is not None and unit == "year":
        return _date(year=published.year + shift, month=month, part=part), DateKind.RELATIVE
    if month is not None:  # last November: the latest November before this month
        year = published.year + shift
        if (shift < 0 and month >= published.month) or (shift > 0 and month <= published.month):
            return _date(year=year, month=month, part=part), DateKind.RELATIVE
        return _date(year=published.year, month=month, part=part), DateKind.RELATIVE
    if unit == "year":
        return _date(year=published.year + shift, part=part), DateKind.RELATIVE
    if unit == "month":
        y, m = divmod(published.year * 12 + published.month - 1 + shift, 12)
        return _date(year=y, month=m + 1, part=part), DateKind.RELATIVE
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift)
    return _containing(monday, monday + dt.timedelta(days=6)), DateKind.RELATIVE


def _rel(words: list[str]) -> int | None:
    return next((_SHIFT[w] for w in words if w in _SHIFT), None)


def _ago(published: dt.date, count: int, unit: str) -> PartialDate | None:
    if unit == "day":
        return _on(published - dt.timedelta(days=count))
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday(), weeks=count)
        return _containing(monday, monday + dt.timedelta(days=6))
    if unit == "month":
        y, m = divmod(published.year * 12 + published.month - 1 - count, 12)
        return _date(year=y, month=m + 1)
    return _date(year=published.year - count)


def _containing(first: dt.date, last: dt.date) -> PartialDate | None:
    """Return the finest month or year holding both days (a week has no finer form)."""
    if first.year != last.year:
        return None
    if first.month != last.month:
        return _date(year=first.year)
    return _date(year=first.year, month=first.month)


def _infer_year(month: int, day: int | None, published: dt.date, future: bool) -> int:
    """Return the publication year, or the one before (after) it for a past (future) date."""
    year = published.year
    first, last = _date(year=year, month=month, day=day).bounds()
    if future and last < published - _SLACK:
        return year + 1
    if not future and first > published + _SLACK:
        return year - 1
    return year
