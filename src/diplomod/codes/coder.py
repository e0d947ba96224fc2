"""Code records in CAMEO and PLOVER and turn extractions into coded events.

:func:`code_record` gives any record its :class:`~diplomod.codes.coded.EventCode`
by the rules of :mod:`diplomod.codes.rules`; :func:`coded_events` makes the
:class:`~diplomod.codes.coded.CodedEvent` rows exports are written from,
finding each record's actors: who visits and who hosts, who acts together,
who is spoken to.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Protocol

from attrs import evolve

from diplomod.codes.cameo import cameo_code
from diplomod.codes.coded import CodedEvent, EventCode, Report
from diplomod.codes.plover import plover_category, plover_for_cameo
from diplomod.codes.rules import (
    CodeRule,
    Situation,
    agreement_rule,
    commitment_rule,
    event_rule,
    find_contexts,
    refine,
    statement_rule,
)
from diplomod.records import (
    Agreement,
    AgreementStatus,
    Call,
    Commitment,
    Event,
    Extraction,
    Meeting,
    MeetingMode,
    OpaqueRecord,
    Participant,
    Person,
    Role,
    Statement,
    Visit,
)
from diplomod.records.dataset import Dataset
from diplomod.registry import record_type, tag_of

__all__ = [
    "CodedItem",
    "LossSink",
    "Record",
    "code_of",
    "code_record",
    "coded_event",
    "coded_events",
    "event_actors",
    "when_and_where",
]

#: A record :func:`code_record` codes.
Record = Event | Agreement | Commitment | Statement

#: What exports accept: extractions, datasets and coded events, mixed.
CodedItem = Extraction | Dataset | CodedEvent


class LossSink(Protocol):
    """Where :func:`coded_events` notes the records it leaves out (an export's loss log)."""

    def add(self, what: str, reason: str, record: str) -> None:
        """Note that ``what`` of ``record`` was left out, and why."""


def code_of(
    cameo: str,
    *,
    reverse: str | None = None,
    rule: CodeRule | None = None,
    contexts: tuple[str, ...] = (),
    name: str = "cameo",
) -> EventCode:
    """Return the full codes of a CAMEO code, with PLOVER from the crosswalk or ``rule``.

    >>> code_of("057").plover, code_of("057").goldstein
    (<PloverEvent.SUPPORT: 'SUPPORT'>, 8.0)
    """
    entry = cameo_code(cameo)
    crossed = plover_for_cameo(cameo)
    event = rule.plover if rule is not None and rule.plover is not None else None
    if event is None:
        if crossed is None:
            raise ValueError(f"CAMEO {cameo} has no PLOVER category")
        event = crossed.event
    category = plover_category(event)
    mode = rule.mode if rule is not None and rule.mode is not None else None
    if mode is None and crossed is not None and crossed.event is event:
        mode = crossed.mode
    found = [*(crossed.contexts if crossed is not None else ()), *contexts]
    if rule is not None:
        found.extend(rule.contexts)
    return EventCode(
        cameo=cameo,
        goldstein=entry.goldstein,
        cameo_quad=entry.quad_class,
        reverse_cameo=reverse,
        plover=event,
        mode=mode,
        contexts=tuple(dict.fromkeys(found)),
        plover_quad=category.quad_class,
        scale=category.scale,
        rule=name,
    )


def _apply(rule: CodeRule, name: str, *, texts: tuple[str, ...], negated: bool) -> EventCode:
    contexts = find_contexts(*texts)
    cameo = refine(rule.cameo, contexts)
    if rule.verbs and texts:
        first = texts[0].lstrip().lower()
        for prefix, code in rule.verbs:
            if first.startswith(prefix):
                cameo = code
                break
    # a refined or verb-picked code brings its own PLOVER category; the rule's stands otherwise
    own = rule if cameo == rule.cameo else None
    extra = (*contexts, *(("negation",) if negated else ()))
    return code_of(cameo, reverse=rule.reverse, rule=own, contexts=extra, name=name)


def _tags(event: Event) -> tuple[str, ...]:
    tags = []
    for cls in type(event).__mro__:
        if not (isinstance(cls, type) and issubclass(cls, Event)) or cls is Event:
            continue
        try:
            tag = tag_of(cls)
        except ValueError:
            continue
        if record_type(tag) is not None:
            tags.append(tag)
    return tuple(tags)


def event_actors(event: Event) -> tuple[Situation, tuple[str, ...], tuple[str, ...]]:
    """Return an event's situation, its source actors and its recipients.

    A host (a visit's ``host``, participants in the host role, or the country
    of a bilateral meeting's place) is the recipient of the others' visit; the
    parties to a multilateral, third-country or remote meeting act together.
    """
    countries = tuple(dict.fromkeys(event.countries))
    place = event.place.country if event.place is not None else None
    if isinstance(event, Call) or (
        isinstance(event, Meeting) and event.mode is MeetingMode.VIRTUAL
    ):
        return Situation.REMOTE, countries, ()
    hosts = [p.represents for p in event.participants if p.role is Role.HOST and p.represents]
    host = getattr(event, "host", None)
    if isinstance(host, str):
        hosts.insert(0, host)
    if not hosts and place is not None and (place in countries or isinstance(event, Visit)):
        hosts.append(place)
    if len(countries) > 2:
        return Situation.MULTILATERAL, countries, ()
    if hosts:
        recipients = tuple(dict.fromkeys(hosts))
        guests = tuple(c for c in countries if c not in recipients)
        return Situation.HOSTED, guests, recipients
    if place is not None and len(countries) == 2:
        return Situation.THIRD_PARTY, countries, ()
    return Situation.DEFAULT, countries, ()


def code_record(record: Record) -> EventCode:
    """Return the CAMEO and PLOVER codes of a record.

    Never fails for a valid record: an event type nobody coded takes the
    generic event rule (its ``rule`` says ``event``).

    >>> from diplomod.records import Statement, StatementKind
    >>> code = code_record(Statement(id="s1", actors=("GBR",), kind=StatementKind.CONDEMN,
    ...                              content="condemned the attack", target="RUS"))
    >>> code.cameo, code.plover.value, code.goldstein, code.scale
    ('111', 'ACCUSE', -2.0, -2.0)
    """
    if isinstance(record, Event):
        situation = event_actors(record)[0]
        name, rule = event_rule(_tags(record), situation)
        return _apply(rule, name, texts=(), negated=False)
    if isinstance(record, Agreement):
        rule = agreement_rule(record.status.value)
        texts = (*record.topics, record.title or "")
        return _apply(rule, f"agreement.{record.status.value}", texts=texts, negated=False)
    if isinstance(record, Commitment):
        rule = commitment_rule(record.modality.value)
        texts = (record.content, *record.topics)
        name = f"commitment.{record.modality.value}"
        return _apply(rule, name, texts=texts, negated=record.negated)
    rule = statement_rule(record.kind.value)
    name = f"statement.{record.kind.value}"
    return _apply(rule, name, texts=(record.content,), negated=record.negated)


def coded_events(
    items: Iterable[CodedItem] | Extraction | Dataset, losses: LossSink | None = None
) -> Iterator[CodedEvent]:
    """Yield the coded events of extractions and datasets (and pass coded events through).

    A dataset gives one coded event per merged record, with every report of
    it (see :func:`~diplomod.codes.merged.dataset_events`). Records of types
    this installation does not know and agreements that are only cited (not
    signed, planned or negotiated) are not events; they are left out and
    noted in ``losses``.
    """
    if isinstance(items, Extraction | Dataset):
        items = (items,)
    for item in items:
        if isinstance(item, CodedEvent):
            yield item
        elif isinstance(item, Dataset):
            from diplomod.codes.merged import dataset_events  # merged imports this module

            yield from dataset_events(item, losses)
        else:
            yield from _coded_extraction(item, losses)


def coded_event(record: Record, reports: tuple[Report, ...]) -> CodedEvent:
    """Return the coded event of ``record`` as ``reports`` tell of it.

    >>> from diplomod.records import Statement, StatementKind
    >>> coded = coded_event(Statement(id="s1", actors=("FRA",), kind=StatementKind.WELCOME,
    ...                               content="welcomed the ceasefire"), ())
    >>> coded.type, coded.code.plover.value
    ('statement', 'SUPPORT')
    """
    if isinstance(record, Event):
        return _coded_event(record, reports)
    if isinstance(record, Agreement):
        return CodedEvent(
            id=record.id,
            type="agreement",
            code=code_record(record),
            sources=record.parties,
            date=record.date,
            place=record.place,
            participants=record.signatories,
            text=record.title,
            link=record.event,
            reports=reports,
        )
    if isinstance(record, Commitment):
        return CodedEvent(
            id=record.id,
            type="commitment",
            code=code_record(record),
            sources=record.actors,
            participants=_speakers(record.speakers, record.actors),
            text=record.content,
            negated=record.negated,
            link=record.event or record.agreement,
            reports=reports,
        )
    target = record.target
    return CodedEvent(
        id=record.id,
        type="statement",
        code=code_record(record),
        sources=record.actors,
        recipients=(target,) if target is not None and target not in record.actors else (),
        participants=_speakers(record.speakers, record.actors),
        text=record.content,
        negated=record.negated,
        link=record.event,
        reports=reports,
    )


def when_and_where(coded: CodedEvent, events: Mapping[str, CodedEvent]) -> CodedEvent:
    """Return ``coded`` dated and placed by the event it belongs to, where it has no date.

    A commitment, statement or signing made at a meeting happened when and where the
    meeting did; the publication date is only the last resort of an undated record.
    """
    at = events.get(coded.link) if coded.link is not None else None
    if coded.date is not None or at is None or at.date is None:
        return coded
    return evolve(
        coded, date=at.date, date_inferred=at.date_inferred, place=coded.place or at.place
    )


def _coded_extraction(extraction: Extraction, losses: LossSink | None) -> Iterator[CodedEvent]:
    source = extraction.source
    events: dict[str, CodedEvent] = {}
    for event in extraction.events:
        if isinstance(event, OpaqueRecord):
            if losses is not None:
                losses.add("record", f"type {event.type!r} is unknown here", event.type)
            continue
        coded = _coded_event(event, (Report(source=source, evidence=event.evidence),))
        events[coded.id] = coded
        yield coded
    for agreement in extraction.agreements:
        if agreement.status is AgreementStatus.REFERENCED:
            if losses is not None:
                losses.add("record", "an agreement only cited is not an event", agreement.id)
            continue
        report = Report(source=source, evidence=agreement.evidence)
        yield when_and_where(coded_event(agreement, (report,)), events)
    positions: tuple[Commitment | Statement, ...] = (
        *extraction.commitments,
        *extraction.statements,
    )
    for position in positions:
        report = Report(source=source, evidence=position.evidence)
        yield when_and_where(coded_event(position, (report,)), events)


def _coded_event(event: Event, reports: tuple[Report, ...]) -> CodedEvent:
    _, sources, recipients = event_actors(event)
    return CodedEvent(
        id=event.id,
        type=(_tags(event) or ("event",))[0],
        code=code_record(event),
        sources=sources,
        recipients=recipients,
        date=event.date,
        date_inferred=event.date_inferred,
        time=event.time,
        duration=event.duration,
        place=event.place,
        participants=event.participants,
        referenced=event.referenced,
        link=event.references[0] if event.references else None,
        reports=reports,
    )


def _speakers(speakers: tuple[Person, ...], actors: tuple[str, ...]) -> tuple[Participant, ...]:
    out = []
    for person in speakers:
        represents = next(
            (o.state or o.organization for o in person.offices if o.state or o.organization),
            actors[0] if len(actors) == 1 else None,
        )
        title = person.offices[0].title if person.offices else None
        out.append(Participant(person=person, represents=represents, title=title))
    return tuple(out)
