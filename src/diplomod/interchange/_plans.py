"""The hook reading each type tag's data and the hook writing each record class, cached.

The envelope's fast paths look a record's hooks up here, once per tag or class,
instead of asking the registry and the converter's dispatch for every document.
Like the converters, the tables are rebuilt when the registry changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from diplomod import registry
from diplomod.interchange.converter import _converter

__all__ = ["Readers", "Writers", "readers", "writers"]

_Structure = Callable[[Any, Any], Any]
_Unstructure = Callable[[Any], Any]


class Readers(dict[str, tuple[_Structure, type] | None]):
    """The hook reading the data of each registered tag (and its class), or None."""

    def __init__(self, *, strict: bool) -> None:
        super().__init__()
        self._converter = _converter(strict=strict)

    def __missing__(self, tag: str) -> tuple[_Structure, type] | None:
        entry = registry.record_type(tag)
        if entry is None:
            return None  # not kept: unknown tags are as many as the inputs
        found = self[tag] = (self._converter.get_structure_hook(entry.cls), entry.cls)
        return found


class Writers(dict[type, tuple[str, _Unstructure]]):
    """The tag and the hook writing the data of each registered class.

    Raises:
        RegistryError: on looking up a class that is not registered.
    """

    def __init__(self, *, fragments: bool) -> None:
        super().__init__()
        self._converter = _converter(fragments=fragments)

    def __missing__(self, cls: type) -> tuple[str, _Unstructure]:
        found = self[cls] = (registry.tag_of(cls), self._converter.get_unstructure_hook(cls))
        return found


_readers: dict[tuple[bool, int], Readers] = {}
_writers: dict[tuple[bool, int], Writers] = {}


def readers(strict: bool) -> Readers:
    """Return the readers for the registry as it is now."""
    key = (strict, registry.generation())
    found = _readers.get(key)
    if found is None:
        if any(old[1] != key[1] for old in _readers):
            _readers.clear()
        found = _readers[key] = Readers(strict=strict)
    return found


def writers(fragments: bool) -> Writers:
    """Return the writers for the registry as it is now; ``fragments`` for orjson."""
    key = (fragments, registry.generation())
    found = _writers.get(key)
    if found is None:
        if any(old[1] != key[1] for old in _writers):
            _writers.clear()
        found = _writers[key] = Writers(fragments=fragments)
    return found
