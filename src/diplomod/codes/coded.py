"""The coded event: the neutral row every event-data export is written from.

A :class:`CodedEvent` is one record (an event, a signed agreement, a
commitment, a statement) with its codes, its actors in PLOVER's terms (source
actors and recipients; reciprocal events have several sources and no
recipient) and one :class:`Report` per source document that tells of it.
Exports read nothing else, so anything that can make coded events (one
document's extraction, a merged dataset) can be exported.
CAMEO's dyads (one actor acting on another) are made only on export, by
:func:`dyads`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from attrs import field, frozen

from diplomod.codes.cameo import QuadClass, cameo_code
from diplomod.codes.plover import PloverEvent
from diplomod.errors import InvalidValueError
from diplomod.records.actors import Participant
from diplomod.records.dataset import Link
from diplomod.records.dates import PartialDate
from diplomod.records.events import Place
from diplomod.records.provenance import Evidence, Source
from diplomod.records.validators import actor_codes, non_empty

__all__ = ["CodedEvent", "Dyad", "EventCode", "Report", "dyads"]


@frozen(kw_only=True)
class EventCode:
    """A record's codes: CAMEO with its Goldstein value, PLOVER with its scale.

    ``reverse_cameo`` codes the dyad from recipient back to source (``043``
    "host a visit" for a ``042`` visit). ``rule`` names the mapping rule that
    coded the record (``meeting.hosted``, ``statement.condemn``); ``event`` is
    the generic fallback for an event type nobody coded.
    """

    cameo: str
    goldstein: float
    cameo_quad: QuadClass
    reverse_cameo: str | None = None
    plover: PloverEvent
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    plover_quad: QuadClass
    scale: float
    rule: str

    @property
    def cameo_name(self) -> str:
        """The codebook name of the CAMEO code ("Make a visit")."""
        return cameo_code(self.cameo).name


@frozen(kw_only=True)
class Report:
    """One source document's account of a coded event: the document and its evidence."""

    source: Source
    evidence: tuple[Evidence, ...] = ()


@frozen(kw_only=True)
class CodedEvent:
    """One coded record, with its actors, codes and the reports that tell of it.

    ``type`` is the record's registered tag (``meeting``, ``agreement``,
    ``commitment``, ``statement`` or a user type). ``text`` is what the record
    says in words: an agreement's title, a commitment's or statement's
    content. ``link`` is the id of a related event (the meeting where a
    commitment was made). ``referenced`` marks an earlier event the document
    only refers to.

    A coded event made from a merged dataset also holds, in ``persons``, the
    dataset person id of each participant (None where the person was not
    resolved) and, in ``links``, the dataset links that start from it; both
    are empty for an event coded from one document.
    """

    id: str = field(validator=non_empty)
    type: str = field(validator=non_empty)
    code: EventCode
    sources: tuple[str, ...] = field(default=(), validator=actor_codes)
    recipients: tuple[str, ...] = field(default=(), validator=actor_codes)
    date: PartialDate | None = None
    date_inferred: bool = False
    time: dt.time | None = None
    duration: dt.timedelta | None = None
    place: Place | None = None
    participants: tuple[Participant, ...] = ()
    text: str | None = None
    negated: bool = False
    referenced: bool = False
    link: str | None = None
    reports: tuple[Report, ...] = ()
    persons: tuple[str | None, ...] = field(default=())
    links: tuple[Link, ...] = ()

    @persons.validator
    def _check_persons(self, _: object, value: tuple[str | None, ...]) -> None:
        if value and len(value) != len(self.participants):
            reason = f"{len(value)} ids for {len(self.participants)} participants"
            raise InvalidValueError("CodedEvent.persons", value, reason)

    @property
    def reciprocal(self) -> bool:
        """True when several actors act together with no recipient (a meeting, a joint pledge)."""
        return not self.recipients and len(self.sources) > 1


@frozen(kw_only=True)
class Dyad:
    """One CAMEO event row: ``actor1`` does ``cameo`` to ``actor2`` (either may be None)."""

    actor1: str | None
    actor2: str | None
    cameo: str


def dyads(event: CodedEvent) -> Iterator[Dyad]:
    """Yield the CAMEO dyads of a coded event.

    Sources act on recipients (and recipients back, with the reverse code);
    reciprocal sources act on each other in both directions; a lone actor
    acts on no one. An event with no actor yields nothing.

    >>> from diplomod.codes.coder import code_of
    >>> code = code_of("041")
    >>> [(d.actor1, d.actor2) for d in dyads(
    ...     CodedEvent(id="c1", type="call", code=code, sources=("JPN", "AUS")))]
    [('JPN', 'AUS'), ('AUS', 'JPN')]
    """
    code = event.code
    if event.recipients:
        for actor in event.sources or (None,):
            for recipient in event.recipients:
                yield Dyad(actor1=actor, actor2=recipient, cameo=code.cameo)
        if code.reverse_cameo is not None:
            for recipient in event.recipients:
                for actor in event.sources:
                    yield Dyad(actor1=recipient, actor2=actor, cameo=code.reverse_cameo)
    elif len(event.sources) > 1:
        for actor in event.sources:
            for other in event.sources:
                if other != actor:
                    yield Dyad(actor1=actor, actor2=other, cameo=code.cameo)
    elif event.sources:
        yield Dyad(actor1=event.sources[0], actor2=None, cameo=code.cameo)
