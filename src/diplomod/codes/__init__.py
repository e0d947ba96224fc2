"""Event codes: CAMEO and PLOVER as data, the rules that code diplomod's records, coded events.

:func:`code_record` codes one record; :func:`coded_events` turns extractions
and merged datasets (through :func:`dataset_events`) into the
:class:`CodedEvent` rows the event-data exports in :mod:`diplomod.interchange`
are written from. A new event type is coded with
:func:`register_codes`.

.. versionadded:: 0.1.0
"""

from diplomod.codes.cameo import (
    CAMEO_VERSION,
    CameoCode,
    QuadClass,
    cameo_code,
    cameo_codes,
    is_cameo_code,
)
from diplomod.codes.coded import CodedEvent, Dyad, EventCode, Report, dyads
from diplomod.codes.coder import (
    CodedItem,
    code_of,
    code_record,
    coded_event,
    coded_events,
    event_actors,
)
from diplomod.codes.merged import dataset_events
from diplomod.codes.plover import (
    PLOVER_VERSION,
    PloverCategory,
    PloverCoding,
    PloverEvent,
    plover_category,
    plover_contexts,
    plover_for_cameo,
)
from diplomod.codes.rules import CODES_VERSION, CodeRule, Situation, register_codes

__all__ = [
    "CAMEO_VERSION",
    "CODES_VERSION",
    "PLOVER_VERSION",
    "CameoCode",
    "CodeRule",
    "CodedEvent",
    "CodedItem",
    "Dyad",
    "EventCode",
    "PloverCategory",
    "PloverCoding",
    "PloverEvent",
    "QuadClass",
    "Report",
    "Situation",
    "cameo_code",
    "cameo_codes",
    "code_of",
    "code_record",
    "coded_event",
    "coded_events",
    "dataset_events",
    "dyads",
    "event_actors",
    "is_cameo_code",
    "plover_category",
    "plover_contexts",
    "plover_for_cameo",
    "register_codes",
]
