"""When an event took place: each date of a sentence goes to its nearest event word.

A date dates the trigger nearest it within reach, unless a word between them
points to another time ("his first trip after his inauguration on March 19").
A date without a year takes the year of the document.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from diplomod.mentions.collect import Mentions
from diplomod.mentions.dates import DateKind, DateMention
from diplomod.records import PartialDate, Span

__all__ = ["EventDates", "distance"]

_DATE_BLOCKERS = re.compile(r"\b(?:by|until|till|before|since|through|of|after)\s$")
#: "On the afternoon of March 8": a part of the day, not another time.
_DAY_PART = re.compile(r"\b(?:morning|afternoon|evening|night)\sof\s$")
#: A date that opens its sentence ("On May 2, commencing at ..., Mr. X ... held"):
#: it dates the first event word however long the subject between them is.
_OPENING_DATE = re.compile(r"\s*(?:On\s+)?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?")
_NOT_NOW = re.compile(r"\s(?:it|we|they|there|our|this|these|is|are|more|many)\b")
_OTHER_TIME = re.compile(
    r"\b(?:after|before|since|until|following|inauguration|election|anniversary|took\soffice"
    r"|ahead\sof)\b"
)
_DATE_BEFORE = 130  # how far a date may stand before its trigger ("On 23 May, after ..., met")
_DATE_AFTER = 100  # and after it ("met ... in Geneva on 23 May")
_DATE_OPENING = 240  # how far an opening date reaches ("On May 2, commencing ..., X held")


class EventDates:
    """The dates of one document that may date an event, in text order."""

    def __init__(self, text: str, mentions: Mentions) -> None:
        self.text = text
        filed = mentions.dateline.span.end if mentions.dateline else -1
        self.dates = [
            d
            for d in mentions.dates
            if (d.date is not None or d.kind is DateKind.NO_YEAR)
            # "BEIJING, Feb. 2 (Xinhua) --": the day a story was filed, not an event's
            and not (
                0 <= filed <= d.span.start <= filed + 4 and text[filed : d.span.start] in ("", ", ")
            )
        ]
        self.starts = [d.span.start for d in self.dates]

    def any_in(self, sentence: Span) -> bool:
        """Tell whether a date that may date an event starts in ``sentence``."""
        at = bisect_left(self.starts, sentence.start)
        return at < len(self.starts) and self.starts[at] < sentence.end

    def assign(
        self, triggers: Sequence[Span], vague: Sequence[bool], sentence: Span
    ) -> dict[int, DateMention]:
        """Return, by trigger index, the date of the sentence each trigger takes.

        ``triggers`` are the sentence's trigger spans in text order. Of the few triggers
        around a date, the nearest takes it, a precise one before a vague one ("the
        conversation"); a date takes no trigger past its reach.
        """
        if not triggers:
            return {}
        text = self.text
        best: dict[int, tuple[int, DateMention]] = {}
        starts = [t.start for t in triggers]
        lo = bisect_left(self.starts, sentence.start)
        hi = bisect_left(self.starts, sentence.end, lo)
        for date in self.dates[lo:hi]:
            if _DATE_BLOCKERS.search(
                text, max(0, date.span.start - 8), date.span.start
            ) and not _DAY_PART.search(text, max(0, date.span.start - 14), date.span.start):
                continue
            if date.kind is DateKind.RELATIVE and _NOT_NOW.match(text, date.span.end):
                continue  # "as today it is our country that ...": now, not the event's day
            candidates = sorted(
                ((i, distance(triggers[i], date.span)) for i in _near(starts, date.span)),
                key=lambda pair: (vague[pair[0]], pair[1]),
            )
            # the nearest trigger takes the date, unless a word between points to another
            # time: then the next nearest may ("met on Monday, ahead of the summit")
            opening = text[date.span.end : date.span.end + 1] == "," and bool(
                _OPENING_DATE.fullmatch(text, sentence.start, date.span.start)
            )
            index, gap_length = next(
                (c for c in candidates if self._reaches(date.span, triggers[c[0]], c[1], opening)),
                (-1, 0),
            )
            if index < 0:
                continue
            if index not in best or gap_length < best[index][0]:
                best[index] = (gap_length, date)
        return {i: date for i, (_, date) in best.items()}

    def _reaches(self, date: Span, trigger: Span, gap_length: int, opening: bool = False) -> bool:
        """Tell whether a date may date a trigger: near it, on its side of any other time."""
        after = date.start >= trigger.end
        if not after and date.end > trigger.start:
            return False  # a date that overlaps its event word does not date it
        reach = _DATE_AFTER if after else (_DATE_OPENING if opening else _DATE_BEFORE)
        if gap_length > reach:
            return False
        gap = (
            Span(start=trigger.end, end=date.start)
            if after
            else Span(start=date.end, end=trigger.start)
        )
        # "his first trip after his inauguration on March 19"
        return not _OTHER_TIME.search(self.text, gap.start, gap.end)

    def resolve(self, date: DateMention | None) -> PartialDate | None:
        """Return the date a mention states (yearless ones already carry the document's year)."""
        return date.date if date is not None else None


def distance(a: Span, b: Span) -> int:
    """Return the number of characters between two spans (negative when they overlap)."""
    return b.start - a.end if b.start >= a.end else a.start - b.end


def _near(starts: list[int], span: Span) -> range:
    """Return the indexes of the few triggers (by their sorted starts) around ``span``."""
    at = bisect_left(starts, span.start)
    return range(max(0, at - 3), min(len(starts), at + 3))
