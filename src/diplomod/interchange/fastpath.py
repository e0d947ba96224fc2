"""Straight-line readers and writers for attrs classes: the fast path of the converter.

cattrs' generated functions call a hook for every field, and attrs' ``__init__``
sets each field through the frozen class's ``__setattr__`` before calling each
validator. For the types records use most (strings, integers, booleans, enums,
optionals, tuples) a reader generated here checks each JSON value's class inline,
runs the field's validators as inline conditions and assigns the fields of an
instance of an open subclass, whose ``__class__`` it then sets to the record's class
(see :mod:`~diplomod.interchange._trusted`); it calls hooks only for nested objects
and formatted strings (dates, times, durations). Records are built nearly three times as
fast as by the hooks and ``__init__``, and the benchmark's JSON Lines load twice as
fast, parsing included.

A reader refuses anything unusual (a missing field, a key too many, a value of
another class, a value a validator refuses) by raising; the caller then runs
cattrs' detailed converter and attrs' ``__init__``, which read it (a missing field
that has a default) or explain it. So the fast path never accepts what the
detailed converter refuses, and its records equal the ones ``__init__`` builds.

The generated source is kept in :mod:`linecache`, so tracebacks show it.
"""

from __future__ import annotations

import contextlib
import enum
import itertools
import linecache
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any, cast

import attrs
import cattrs
from cattrs.fns import identity

from diplomod.interchange import _trusted

__all__ = ["RefusedError", "make_reader", "make_writer"]

_Reader = Callable[[Any, Any], Any]
_Writer = Callable[[Any], Any]
_NoneType = type(None)
#: Field types checked by class alone; their names are builtins in generated code.
_INLINE = {str: "str", int: "int", bool: "bool"}
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


def make_writer(conv: cattrs.Converter, cl: type, *, native: bool) -> _Writer:
    """Return a function writing an instance of attrs class ``cl`` as a dict.

    With ``native``, the dict goes straight to orjson, which writes enums and tuples
    itself; otherwise it holds JSON types only.
    """
    with _guard(conv, "write", cl):
        return _make_writer(conv, cl, native)


class _Code:
    """The source of one generated function, and the objects its global names stand for."""

    def __init__(self, **names: object) -> None:
        self.lines: list[str] = []
        self.names: dict[str, object] = dict(names)

    def add(self, *lines: str, depth: int = 1) -> None:
        self.lines += ["  " * depth + line for line in lines]

    def bind(self, value: object, stem: str) -> str:
        """Make ``value`` a global of the function; return its name, ``_{stem}`` if free."""
        name, n = f"_{stem}", 1
        while name in self.names and self.names[name] is not value:
            n += 1
            name = f"_{stem}{n}"
        self.names[name] = value
        return name

    def compile(self, function: str, label: str) -> Callable[..., Any]:
        """Return the function named ``function`` the source defines; ``label`` names it."""
        source = "\n".join(self.lines) + "\n"
        filename = f"<diplomod {label} {next(_counter)}>"
        code = compile(source, filename, "exec")
        # kept where tracebacks and debuggers look for source text, as attrs does for its own
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        namespace = dict(self.names)
        exec(code, namespace)  # generated from attrs fields: names and type checks only
        return cast("Callable[..., Any]", namespace[function])


# --- reading ----------------------------------------------------------------------------------


def _make_reader(conv: cattrs.Converter, cl: type) -> _Reader:
    fields = [a for a in attrs.fields(attrs.resolve_types(cl)) if a.init]
    open_cl = _trusted.open_subclass(cl)
    code = _Code(_cl=cl, _Refused=RefusedError, **_trusted.GLOBALS)
    code.add("def read(o, _):", depth=0)
    code.add(f"if o.__class__ is not dict or len(o) != {len(fields)}: raise _Refused")
    after: list[str] = []  # run on the built instance: validators that are not inlined
    for n, a in enumerate(fields):
        v = f"v{n}"
        code.add(f"{v} = o[{a.name!r}]")
        if open_cl is None:  # built by __init__, which runs the validators
            _check(conv, a.type, v, code, [])
            continue
        inner, _ = _unwrap_optional(a.type)
        items, wholes = [], []
        for check, optional, validator in _trusted.checks_of(a.validator, inner):
            if check is None:
                after.append(f"{code.bind(validator, 'check')}(i, {code.bind(a, a.name)}, {v})")
                continue
            if check.item is not None:
                items.append(check.item.format(x="x"))
            if check.whole is not None:
                test = check.whole.format(v=v)
                wholes.append(f"{v} is not None and ({test})" if optional else test)
        _check(conv, a.type, v, code, items)
        code.add(*(f"if {test}: raise _Refused" for test in wholes))
    if open_cl is None:
        code.add(f"return _cl({', '.join(f'{a.alias}=v{n}' for n, a in enumerate(fields))})")
        return cast("_Reader", code.compile("read", f"read_{cl.__name__}"))
    post_init = _trusted.post_init_check(cl)
    if post_init is not None:
        test = post_init.format(**{a.name: f"v{n}" for n, a in enumerate(fields)})
        code.add(f"if {test}: raise _Refused")
    elif hasattr(cl, "__attrs_post_init__"):
        after.append("i.__attrs_post_init__()")
    code.add(f"i = {code.bind(open_cl, 'open')}()")
    code.add(*(f"i.{a.name} = v{n}" for n, a in enumerate(fields)), "i.__class__ = _cl")
    code.add(*after, "return i")
    return cast("_Reader", code.compile("read", f"read_{cl.__name__}"))


def _check(conv: cattrs.Converter, t: Any, v: str, code: _Code, items: list[str]) -> None:
    """Add lines that check (and turn into its field value) the JSON value in ``v``.

    ``items`` are conditions refusing an item of an array of strings (``x``).
    """
    inner, optional = _unwrap_optional(t)
    if inner in _INLINE:
        test = f"{v}.__class__ is not {_INLINE[inner]}"
        code.add(f"if {f'{v} is not None and ' if optional else ''}{test}: raise _Refused")
        return
    if _is_str_enum(inner):
        # a value that is not one of the strings (nor None, where it may be) raises KeyError
        members: dict[object, object] = {m.value: m for m in inner}
        if optional:
            members[None] = None
        code.add(f"{v} = {code.bind(members, inner.__name__)}[{v}]")
        return
    body = _Code()  # the lines for a value that is not None
    if typing.get_origin(inner) in (tuple, list) and _is_homogeneous(inner):
        _check_array(conv, inner, v, code, body, items)
    else:
        hook = code.bind(_structure_hook(conv, inner), f"read_{_stem(inner)}")
        body.add(f"{v} = {hook}({v}, {code.bind(inner, _stem(inner))})", depth=0)
    if optional:
        code.add(f"if {v} is not None:")
    code.add(*body.lines, depth=2 if optional else 1)


def _check_array(
    conv: cattrs.Converter, t: Any, v: str, code: _Code, body: _Code, items: list[str]
) -> None:
    item_type = typing.get_args(t)[0]
    make = "list" if typing.get_origin(t) is list else "tuple"
    body.add(f"if {v}.__class__ is not list: raise _Refused", depth=0)
    if item_type in _INLINE:
        tests = " or ".join(
            [f"x.__class__ is not {_INLINE[item_type]}", *map("({})".format, items)]
        )
        body.add(f"for x in {v}:", f"  if {tests}: raise _Refused", f"{v} = {make}({v})", depth=0)
        return
    # a loop appending to a list is quicker than a comprehension for the few items records hold
    hook = code.bind(_structure_hook(conv, item_type), f"read_{_stem(item_type)}")
    arg = code.bind(item_type, _stem(item_type))
    body.add("a = []", f"for x in {v}: a.append({hook}(x, {arg}))", f"{v} = {make}(a)", depth=0)


# --- writing ----------------------------------------------------------------------------------


def _make_writer(conv: cattrs.Converter, cl: type, native: bool) -> _Writer:
    fields = [a for a in attrs.fields(attrs.resolve_types(cl)) if a.init]
    code = _Code()
    code.add("def write(i):", depth=0)
    items = [
        f"{a.name!r}: {_write(conv, a.type, f'i.{a.name}', f'f{n}', code, native)}"
        for n, a in enumerate(fields)
    ]
    code.add(f"return {{{', '.join(items)}}}")
    return cast("_Writer", code.compile("write", f"write_{cl.__name__}"))


def _write(conv: cattrs.Converter, t: Any, get: str, v: str, code: _Code, native: bool) -> str:
    """Return an expression for the JSON form of the attribute read by ``get``.

    An expression that calls a hook is computed into ``v`` by lines added before, in
    field order (so the first field that cannot be written is the one named); a read
    alone stays in the dict.
    """
    inner, optional = _unwrap_optional(t)
    hook = _unstructure_hook(conv, inner)
    if _is_plain_enum(inner):  # orjson would fetch .value through the enum's property
        return f"(None if (w := {get}) is None else w._value_)" if optional else f"{get}._value_"
    if hook == identity:
        return get
    if not optional and _is_homogeneous_array(inner):
        item_type = typing.get_args(inner)[0]
        item = _unstructure_hook(conv, item_type)
        if item == identity:
            return get if native else f"list({get})"
        # a loop appending to a list is quicker than a comprehension for a few items
        write = code.bind(item, f"write_{_stem(item_type)}")
        code.add(f"{v} = []", f"for x in {get}: {v}.append({write}(x))")
        return v
    applied = _apply(conv, inner, hook, "w" if optional else get, code, native)
    code.add(
        f"{v} = None if (w := {get}) is None else {applied}" if optional else f"{v} = {applied}"
    )
    return v


def _apply(conv: cattrs.Converter, t: Any, hook: _Writer, v: str, code: _Code, native: bool) -> str:
    if _is_homogeneous_array(t):
        item_type = typing.get_args(t)[0]
        item = _unstructure_hook(conv, item_type)
        if item == identity:
            return v if native else f"list({v})"
        return f"[{code.bind(item, f'write_{_stem(item_type)}')}(x) for x in {v}]"
    return f"{code.bind(hook, f'write_{_stem(t)}')}({v})"


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


def _stem(t: Any) -> str:
    """Return a name for type ``t`` to build generated names from (``Span``, ``type``)."""
    name = getattr(t, "__name__", "")
    return name if name.isidentifier() else "type"


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


def _is_plain_enum(t: Any) -> bool:
    """Tell whether ``t`` is an enum of strings or integers (whose values JSON writes as is)."""
    return (
        isinstance(t, type)
        and issubclass(t, enum.Enum)
        and all(type(m.value) in (str, int) for m in t)
    )


def _is_homogeneous_array(t: Any) -> bool:
    return typing.get_origin(t) in (tuple, list) and _is_homogeneous(t)


def _is_homogeneous(t: Any) -> bool:
    args = typing.get_args(t)
    if typing.get_origin(t) is list:
        return len(args) == 1
    return len(args) == 2 and args[1] is Ellipsis
