"""Straight-line readers and writers for attrs classes: the fast path of the converter.

cattrs' generated functions call a hook for every field. For the types records
use most (strings, integers, booleans, enums, optionals, tuples) the functions
generated here check each JSON value's class inline and call hooks only for nested
objects and formatted strings (dates, times, durations), which halves load time.

A reader refuses anything unusual (a missing field, a key too many, a value of
another class) by raising; the caller then runs cattrs' detailed converter, which
reads it (a missing field that has a default) or explains it. So the fast path
never accepts what the detailed converter refuses.
"""

from __future__ import annotations

import contextlib
import enum
import itertools
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any, cast

import attrs
import cattrs
from cattrs.fns import identity

__all__ = ["RefusedError", "make_reader", "make_writer"]

_Reader = Callable[[Any, Any], Any]
_Writer = Callable[[Any], Any]
_NoneType = type(None)
_INLINE = (str, int, bool)
_counter = itertools.count()
#: The classes whose functions are being generated now, to break cycles lazily.
_building: set[tuple[int, str, type]] = set()


class RefusedError(ValueError):
    """The fast path does not take this value; the detailed converter decides."""


def make_reader(conv: cattrs.Converter, cl: type) -> _Reader:
    """Return a function reading a dict with exactly the init fields of attrs class ``cl``.

    Nested values are read with ``conv``'s hooks.
    """
    with _guard(conv, "read", cl):
        return _make_reader(conv, cl)


def _make_reader(conv: cattrs.Converter, cl: type) -> _Reader:
    fields = [a for a in attrs.fields(attrs.resolve_types(cl)) if a.init]
    names: dict[str, object] = {"_cl": cl, "_Refused": RefusedError}
    lines = [
        "def read(o, _):",
        f"  if o.__class__ is not dict or len(o) != {len(fields)}:",
        "    raise _Refused",
    ]
    kwargs = []
    for n, a in enumerate(fields):
        v = f"v{n}"
        lines.append(f"  {v} = o[{a.name!r}]")
        lines += [f"  {line}" for line in _check(conv, a.type, v, names)]
        kwargs.append(f"{a.alias}={v}")
    lines.append(f"  return _cl({', '.join(kwargs)})")
    return cast("_Reader", _compile(lines, names, "read", f"read_{cl.__name__}"))


def make_writer(conv: cattrs.Converter, cl: type, *, native: bool) -> _Writer:
    """Return a function writing an instance of attrs class ``cl`` as a dict.

    With ``native``, the dict goes straight to orjson, which writes enums and tuples
    itself; otherwise it holds JSON types only.
    """
    with _guard(conv, "write", cl):
        return _make_writer(conv, cl, native)


def _make_writer(conv: cattrs.Converter, cl: type, native: bool) -> _Writer:
    fields = [a for a in attrs.fields(attrs.resolve_types(cl)) if a.init]
    names: dict[str, object] = {}
    items = [f"{a.name!r}: {_expr(conv, a.type, f'i.{a.name}', names, native)}" for a in fields]
    lines = ["def write(i):", f"  return {{{', '.join(items)}}}"]
    return cast("_Writer", _compile(lines, names, "write", f"write_{cl.__name__}"))


def _compile(lines: list[str], names: dict[str, object], fn: str, label: str) -> object:
    source = "\n".join(lines)
    code = compile(source, f"<diplomod {label} {next(_counter)}>", "exec")
    exec(code, names)  # generated from attrs fields: names and type checks only
    return names[fn]


# --- reading ----------------------------------------------------------------------------------


def _check(conv: cattrs.Converter, t: Any, v: str, names: dict[str, object]) -> list[str]:
    """Return lines that check (and turn into its field value) the JSON value in ``v``."""
    inner, optional = _unwrap_optional(t)
    if inner in _INLINE:
        cls = _bind(names, inner)
        test = f"{v}.__class__ is not {cls}"
        return [f"if {f'{v} is not None and ' if optional else ''}{test}: raise _Refused"]
    if _is_str_enum(inner):
        members = _bind(names, {m.value: m for m in inner})
        body = [f"if {v}.__class__ is not str: raise _Refused", f"{v} = {members}[{v}]"]
    elif typing.get_origin(inner) in (tuple, list) and _is_homogeneous(inner):
        body = _check_array(conv, inner, v, names)
    else:
        hook = _bind(names, _structure_hook(conv, inner))
        body = [f"{v} = {hook}({v}, {_bind(names, inner)})"]
    if not optional:
        return body
    return [f"if {v} is not None:", *(f"  {line}" for line in body)]


def _check_array(conv: cattrs.Converter, t: Any, v: str, names: dict[str, object]) -> list[str]:
    item_type = typing.get_args(t)[0]
    make = _bind(names, list if typing.get_origin(t) is list else tuple)
    lines = [f"if {v}.__class__ is not list: raise _Refused"]
    if item_type in _INLINE:
        cls = _bind(names, item_type)
        return [
            *lines,
            f"for x in {v}:",
            f"  if x.__class__ is not {cls}: raise _Refused",
            f"{v} = {make}({v})",
        ]
    hook, arg = _bind(names, _structure_hook(conv, item_type)), _bind(names, item_type)
    return [*lines, f"{v} = {make}([{hook}(x, {arg}) for x in {v}])"]


# --- writing ----------------------------------------------------------------------------------


def _expr(conv: cattrs.Converter, t: Any, get: str, names: dict[str, object], native: bool) -> str:
    """Return an expression for the JSON form of the attribute read by ``get``."""
    inner, optional = _unwrap_optional(t)
    hook = _unstructure_hook(conv, inner)
    if hook == identity:
        return get
    if not optional:
        return _apply(conv, inner, hook, get, names, native)
    v = f"w{len(names)}"
    names[v] = None  # reserve the name
    applied = _apply(conv, inner, hook, v, names, native)
    return f"(None if ({v} := {get}) is None else {applied})"


def _apply(
    conv: cattrs.Converter,
    t: Any,
    hook: _Writer,
    v: str,
    names: dict[str, object],
    native: bool,
) -> str:
    if isinstance(t, type) and issubclass(t, enum.Enum) and not native:
        return f"{v}._value_"
    if typing.get_origin(t) in (tuple, list) and _is_homogeneous(t):
        item = _unstructure_hook(conv, typing.get_args(t)[0])
        if item == identity:
            return v if native else f"list({v})"
        return f"[{_bind(names, item)}(x) for x in {v}]"
    return f"{_bind(names, hook)}({v})"


# --- helpers ----------------------------------------------------------------------------------


@contextlib.contextmanager
def _guard(conv: cattrs.Converter, kind: str, cl: type) -> Iterator[None]:
    key = (id(conv), kind, cl)
    _building.add(key)
    try:
        yield
    finally:
        _building.discard(key)


def _structure_hook(conv: cattrs.Converter, t: Any) -> _Reader:
    """Return ``conv``'s hook for ``t``, looked up at first use if ``t`` is being built."""
    if (id(conv), "read", t) not in _building:
        return conv.get_structure_hook(t)
    return lambda value, _: conv.get_structure_hook(t)(value, t)


def _unstructure_hook(conv: cattrs.Converter, t: Any) -> _Writer:
    """Return ``conv``'s hook for ``t``, looked up at first use if ``t`` is being built."""
    if (id(conv), "write", t) not in _building:
        return conv.get_unstructure_hook(t)
    return lambda value: conv.get_unstructure_hook(t)(value)


def _bind(names: dict[str, object], value: object) -> str:
    """Put ``value`` among the generated function's globals; return its name."""
    name = f"_g{len(names)}"
    names[name] = value
    return name


def _unwrap_optional(t: Any) -> tuple[Any, bool]:
    """Return ``(X, True)`` for ``X | None``, else ``(t, False)``."""
    args = typing.get_args(t)
    union = typing.get_origin(t) in (typing.Union, types.UnionType)
    if union and len(args) == 2 and _NoneType in args:
        return (args[1] if args[0] is _NoneType else args[0]), True
    return t, False


def _is_str_enum(t: Any) -> bool:
    return (
        isinstance(t, type)
        and issubclass(t, enum.Enum)
        and all(type(m.value) is str for m in t)
        and len(t) > 0
    )


def _is_homogeneous(t: Any) -> bool:
    args = typing.get_args(t)
    if typing.get_origin(t) is list:
        return len(args) == 1
    return len(args) == 2 and args[1] is Ellipsis
