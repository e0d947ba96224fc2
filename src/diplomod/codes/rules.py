"""The mapping from diplomod's records to event codes, as data, and the way to extend it.

The rules are ``data/diplomod-codes.json`` (versioned as :data:`CODES_VERSION`).
A rule names a CAMEO code, optionally the code of the reverse dyad (a visit's
host "hosts" the visitor: ``042`` one way, ``043`` back), and a PLOVER mode or
contexts where the crosswalk's do not fit. Event types have a rule per
situation: ``default``, ``hosted``, ``third_party``, ``multilateral``, ``remote``.

A new event type is coded by calling :func:`register_codes` once, next to
:func:`diplomod.register_event_type`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
import json
import re
from functools import cache
from importlib.resources import files
from typing import cast

from attrs import field, frozen

from diplomod.codes.cameo import cameo_code
from diplomod.codes.plover import (
    PloverEvent,
    plover_category,
    plover_contexts,
    plover_for_cameo,
)
from diplomod.errors import InvalidValueError
from diplomod.records.validators import tag as check_tag

__all__ = [
    "CODES_VERSION",
    "CodeRule",
    "Situation",
    "agreement_rule",
    "commitment_rule",
    "event_rule",
    "find_contexts",
    "refine",
    "register_codes",
    "statement_rule",
]


class Situation(enum.StrEnum):
    """How an event's actors stand to each other, which picks the rule that codes it."""

    DEFAULT = "default"
    HOSTED = "hosted"
    THIRD_PARTY = "third_party"
    MULTILATERAL = "multilateral"
    REMOTE = "remote"


def _check_cameo(instance: object, attribute: object, value: str) -> None:
    cameo_code(value)


def _check_optional_cameo(instance: object, attribute: object, value: str | None) -> None:
    if value is not None:
        cameo_code(value)


@frozen(kw_only=True)
class CodeRule:
    """How to code one kind of record: a CAMEO code and what PLOVER adds to it.

    ``plover`` names the PLOVER category where the crosswalk has none for the
    CAMEO code (or a different one is meant); ``verbs`` maps the first word of
    a statement's content (a prefix such as ``accus``) to a more specific code.
    """

    cameo: str = field(validator=_check_cameo)
    reverse: str | None = field(default=None, validator=_check_optional_cameo)
    plover: PloverEvent | None = None
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    verbs: tuple[tuple[str, str], ...] = ()

    def __attrs_post_init__(self) -> None:
        event = self.plover
        if event is None:
            crossed = plover_for_cameo(self.cameo)
            if crossed is None:
                raise InvalidValueError(
                    "CodeRule.plover",
                    None,
                    f"CAMEO {self.cameo} has no PLOVER category; name one with plover=",
                )
            event = crossed.event
        modes = plover_category(event).modes
        if self.mode is not None and self.mode not in modes:
            choices = ", ".join(modes) or "none"
            raise InvalidValueError("CodeRule.mode", self.mode, f"not a mode of {event}: {choices}")
        known = plover_contexts()
        for context in self.contexts:
            if context not in known:
                raise InvalidValueError("CodeRule.contexts", context, "not a PLOVER context")
        for _, code in self.verbs:
            cameo_code(code)


#: The version of the mapping rules (the ``version`` of diplomod-codes.json).
CODES_VERSION = "diplomod-codes-1.0.0"

_user_events: dict[str, dict[Situation, CodeRule]] = {}


def _rule(entry: dict[str, object]) -> CodeRule:
    plover = entry.get("plover")
    return CodeRule(
        cameo=cast(str, entry["cameo"]),
        reverse=cast("str | None", entry.get("reverse")),
        plover=PloverEvent(cast(str, plover)) if plover is not None else None,
        mode=cast("str | None", entry.get("mode")),
        contexts=tuple(cast(list[str], entry.get("contexts", []))),
        verbs=tuple(sorted(cast(dict[str, str], entry.get("verbs", {})).items())),
    )


@frozen(kw_only=True)
class _Tables:
    events: dict[str, dict[Situation, CodeRule]]
    agreements: dict[str, CodeRule]
    commitments: dict[str, CodeRule]
    statements: dict[str, CodeRule]
    order: tuple[str, ...]
    refinements: dict[str, dict[str, str]]
    contexts: tuple[tuple[str, re.Pattern[str]], ...]


@cache
def _tables() -> _Tables:
    text = files("diplomod.codes").joinpath("data/diplomod-codes.json").read_text("utf-8")
    data = cast(dict[str, dict[str, object]], json.loads(text))
    events = {
        tag: {Situation(k): _rule(cast(dict[str, object], v)) for k, v in entry.items()}
        for tag, entry in cast(dict[str, dict[str, object]], data["events"]).items()
    }
    flat = {
        name: {k: _rule(cast(dict[str, object], v)) for k, v in data[name].items()}
        for name in ("agreements", "commitments", "statements")
    }
    refinements = data["refinements"]
    contexts = []
    for context, words in data["contexts"].items():
        if context == "about":
            continue
        # one alternation per context, each word anchored at a word start; no nesting
        alternation = "|".join(re.escape(w) for w in sorted(cast(list[str], words), key=len))
        contexts.append((context, re.compile(rf"\b(?:{alternation})", re.IGNORECASE)))
    return _Tables(
        events=events,
        agreements=flat["agreements"],
        commitments=flat["commitments"],
        statements=flat["statements"],
        order=tuple(cast(list[str], refinements["order"])),
        refinements=cast(dict[str, dict[str, str]], refinements["codes"]),
        contexts=tuple(contexts),
    )


def register_codes(
    tag: str,
    *,
    cameo: str,
    reverse: str | None = None,
    plover: PloverEvent | str | None = None,
    mode: str | None = None,
    contexts: tuple[str, ...] = (),
    situation: Situation | str = Situation.DEFAULT,
) -> None:
    """Code the event type registered under ``tag`` with ``cameo`` (and PLOVER).

    ``reverse`` is the code of the dyad from host to guest when the event has a
    host; ``plover``, ``mode`` and ``contexts`` override what the CAMEO
    crosswalk gives. Call once per situation; the ``default`` rule codes every
    situation without one of its own.

    >>> register_codes("port_call", cameo="042", reverse="043")

    Raises:
        InvalidValueError: a code, category, mode or context is unknown, or the
            CAMEO code has no PLOVER category and ``plover`` is not given.
    """
    check_tag(tag)
    rule = CodeRule(
        cameo=cameo,
        reverse=reverse,
        plover=PloverEvent(plover_category(plover).event) if plover is not None else None,
        mode=mode,
        contexts=tuple(contexts),
    )
    _user_events.setdefault(tag, {})[Situation(situation)] = rule


def event_rule(tags: tuple[str, ...], situation: Situation) -> tuple[str, CodeRule]:
    """Return the rule name and rule for an event whose class and bases have ``tags``.

    The first tag (the class's own, then its bases') with a rule wins; within a
    tag, the rule for ``situation`` comes before the default one. An event type
    nobody coded falls back to the generic ``event`` rules.
    """
    tables = _tables()
    for tag in (*tags, "event"):
        for source in (_user_events.get(tag), tables.events.get(tag)):
            if source is None:
                continue
            for key in (situation, Situation.DEFAULT):
                rule = source.get(key)
                if rule is not None:
                    name = tag if key is Situation.DEFAULT else f"{tag}.{key}"
                    return name, rule
    raise AssertionError("the generic event rule is missing")  # pragma: no cover


def agreement_rule(status: str) -> CodeRule:
    """Return the rule for an agreement with ``status``."""
    return _tables().agreements[status]


def commitment_rule(modality: str) -> CodeRule:
    """Return the rule for a commitment with ``modality``."""
    return _tables().commitments[modality]


def statement_rule(kind: str) -> CodeRule:
    """Return the rule for a statement of ``kind``."""
    return _tables().statements[kind]


def find_contexts(*texts: str) -> tuple[str, ...]:
    """Return the PLOVER contexts whose words occur in ``texts``, in table order.

    >>> find_contexts("strengthen defense and trade cooperation")
    ('military', 'economic')
    """
    joined = " | ".join(texts)
    if not joined.strip():
        return ()
    return tuple(name for name, pattern in _tables().contexts if pattern.search(joined))


def refine(code: str, contexts: tuple[str, ...]) -> str:
    """Return the more specific code for ``code`` given the contexts, or ``code`` itself.

    >>> refine("057", ("economic", "military"))
    '062'
    """
    tables = _tables()
    specific = tables.refinements.get(code)
    if specific:
        for context in tables.order:
            if context in contexts and context in specific:
                return specific[context]
    return code
