"""JSON Schema (draft 2020-12) of the ``diplomod/1`` envelope, built from the model.

The schema is generated when asked for, by walking the attrs fields and type
hints of every registered type, so a type registered by a plug-in (or a test)
is in it. It describes what :func:`diplomod.interchange.json.dumps` writes:
every field is required (None is written as null) and no other key is allowed.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import types
import typing
from typing import Any

import attrs

from diplomod import registry
from diplomod.errors import RegistryError
from diplomod.interchange import values
from diplomod.interchange.json import FORMAT
from diplomod.records.dates import PartialDate
from diplomod.records.events import Event
from diplomod.records.extraction import JSONValue, OpaqueRecord

__all__ = ["DIALECT", "make_schema", "schema_for"]

#: The JSON Schema dialect of the schemas made here.
DIALECT = "https://json-schema.org/draft/2020-12/schema"

_Schema = dict[str, JSONValue]
_NoneType = type(None)

#: Schemas of the types written as strings or plain JSON scalars.
_SCALARS: dict[object, _Schema] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    _NoneType: {"type": "null"},
    PartialDate: {
        "type": "string",
        "pattern": values.PARTIAL_DATE_PATTERN,
        "description": "ISO 8601 at the date's precision, or the EDTF interval of early/mid/late",
        "examples": ["2021", "2021-11", "2021-11-23", "2021-11-21/2021-11-30"],
    },
    dt.datetime: {"type": "string", "format": "date-time", "pattern": values.DATETIME_PATTERN},
    dt.date: {"type": "string", "format": "date", "pattern": values.DATE_PATTERN},
    dt.time: {
        "type": "string",
        "pattern": values.TIME_PATTERN,
        "description": "HH:MM, with seconds only when it has them",
    },
    dt.timedelta: {
        "type": "string",
        "format": "duration",
        "pattern": values.DURATION_PATTERN,
        "description": "ISO 8601 duration in days, hours and minutes, such as PT1H50M",
    },
}


def make_schema() -> dict[str, JSONValue]:
    """Return the JSON Schema of one ``diplomod/1`` document (one JSON Lines record).

    The envelope's ``data`` follows the type named by ``type``; a type that is not
    registered (written by a newer diplomod or an absent plug-in) may hold any object.

    .. versionadded:: 0.1.0
    """
    builder = _Builder()
    tags = [entry.tag for entry in registry.record_types()]
    variants: list[JSONValue] = [
        {
            "properties": {
                "type": {"const": entry.tag},
                "data": builder.ref(entry.cls),
            }
        }
        for entry in registry.record_types()
    ]
    variants.append(
        {
            "properties": {
                "type": {"not": {"enum": list(tags)}},
                "data": {"type": "object"},
            },
            "description": "a record of a type this installation does not know",
        }
    )
    return {
        "$schema": DIALECT,
        "$id": "urn:diplomod:schema:1",
        "title": "diplomod/1 record",
        "description": "One record in diplomod's JSON interchange format, as a JSON Lines line.",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "type": {"type": "string", "minLength": 1},
            "data": {"type": "object"},
        },
        "required": ["format", "type", "data"],
        "additionalProperties": False,
        "oneOf": variants,
        "$defs": builder.definitions(),
    }


def schema_for(cls: type) -> dict[str, JSONValue]:
    """Return the JSON Schema of the ``data`` of one attrs class (a record, or a part of one).

    Raises:
        RegistryError: a field's type has no JSON form.

    .. versionadded:: 0.1.0
    """
    builder = _Builder()
    ref = builder.ref(cls)
    return {"$schema": DIALECT, **ref, "$defs": builder.definitions()}


class _Builder:
    """Collects a ``$defs`` entry for each attrs class reached from the roots."""

    def __init__(self) -> None:
        self._defs: dict[str, _Schema] = {}
        self._names: dict[type, str] = {}

    def definitions(self) -> _Schema:
        return dict(sorted(self._defs.items()))

    def ref(self, cls: type, *, tag: str | None = None) -> _Schema:
        """Return a ``$ref`` to the class's definition, building it first if needed.

        With ``tag``, the definition is of the object nested in a list of several
        types, which carries ``"type": tag`` beside the fields.
        """
        name = self._name(cls)
        key = name if tag is None else f"tagged:{name}"
        if key not in self._defs:
            self._defs[key] = {}  # a placeholder, so a class that holds itself terminates
            self._defs[key] = self._object(cls, tag)
        return {"$ref": f"#/$defs/{key}"}

    def _name(self, cls: type) -> str:
        if cls not in self._names:
            taken = set(self._names.values())
            short = cls.__name__
            self._names[cls] = (
                short if short not in taken else f"{cls.__module__}.{cls.__qualname__}"
            )
        return self._names[cls]

    def _object(self, cls: type, tag: str | None) -> _Schema:
        if not attrs.has(cls):
            raise RegistryError(f"{cls.__qualname__} is not an attrs class")
        hints = typing.get_type_hints(cls)
        properties: dict[str, JSONValue] = {}
        if tag is not None:
            properties["type"] = {"const": tag}
        for field in attrs.fields(cls):
            if field.init:
                where = f"{cls.__qualname__}.{field.name}"
                properties[field.name] = self.of(hints.get(field.name, field.type), where)
        out: _Schema = {"type": "object", "title": cls.__name__}
        doc = inspect.getdoc(cls)
        if doc:
            out["description"] = doc.split("\n\n", 1)[0].replace("\n", " ")
        out["properties"] = properties
        out["required"] = list(properties)
        out["additionalProperties"] = False
        return out

    def of(self, t: Any, where: str) -> _Schema:
        """Return the schema of values of type ``t`` (the type of field ``where``)."""
        if t in _SCALARS:
            return dict(_SCALARS[t])
        origin, args = typing.get_origin(t), typing.get_args(t)
        members = [a for a in args if a is not _NoneType]
        if origin in (typing.Union, types.UnionType) or t is Event:
            if t is Event or (len(members) > 1 and all(_is_record(a) for a in members)):
                return self._tagged(members or [t], nullable=_NoneType in args)
            return _any_of([self.of(a, where) for a in args])
        if origin is typing.Literal:
            return {"enum": list(args)}
        if origin in (tuple, list) or origin is typing.Sequence:
            if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
                items: list[JSONValue] = [self.of(a, where) for a in args]
                return {
                    "type": "array",
                    "prefixItems": items,
                    "items": False,
                    "minItems": len(items),
                }
            return {"type": "array", "items": self.of(args[0], where)}
        if isinstance(t, type) and issubclass(t, enum.Enum):
            return {"enum": [member.value for member in t]}
        if isinstance(t, type) and attrs.has(t) and t is not OpaqueRecord:
            return self.ref(t)
        raise RegistryError(f"{where}: values of type {t!r} have no JSON form in diplomod")

    def _tagged(self, bases: list[Any], *, nullable: bool) -> _Schema:
        """Return the schema of an object carrying its tag: one of the registered kinds."""
        classes = tuple(b for b in bases if b is not OpaqueRecord)
        kinds = [e for e in registry.record_types() if classes and issubclass(e.cls, classes)]
        choices: list[JSONValue] = [self.ref(e.cls, tag=e.tag) for e in kinds]
        if OpaqueRecord in bases:
            known: list[JSONValue] = [e.tag for e in registry.record_types()]
            choices.append(
                {
                    "type": "object",
                    "description": "a record of a type this installation does not know",
                    "properties": {
                        "type": {"type": "string", "minLength": 1, "not": {"enum": known}}
                    },
                    "required": ["type"],
                }
            )
        if nullable:
            choices.append({"type": "null"})
        return {"oneOf": choices}


def _is_record(t: Any) -> bool:
    if t is Event or t is OpaqueRecord:
        return True
    try:
        registry.tag_of(t)
    except (RegistryError, AttributeError, TypeError):
        return False
    return True


def _any_of(schemas: list[_Schema]) -> _Schema:
    """Return ``anyOf`` the schemas, folding plain ``{"type": ...}`` ones into a list."""
    simple = [s["type"] for s in schemas if list(s) == ["type"]]
    rest: list[JSONValue] = [s for s in schemas if list(s) != ["type"]]
    if not rest:
        return {"type": simple if len(simple) > 1 else simple[0]}
    if simple:
        rest.append({"type": simple if len(simple) > 1 else simple[0]})
    return {"anyOf": rest}
