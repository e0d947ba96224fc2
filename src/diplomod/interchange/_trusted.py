"""Build records without calling ``__init__``: known validators as inline conditions.

attrs' ``__init__`` sets each field through the frozen class's ``__setattr__`` and
then calls each validator. The fast path's generated readers instead test every
value inline, make an instance of an open subclass of the record's class (one
that takes ``i.field = value``), assign the fields and set the instance's
``__class__`` to the record's class. A reader built this way accepts exactly what
``__init__`` accepts, and builds an equal record:

- a validator listed here runs as the condition it stands for (``not v.strip()``
  for :func:`~diplomod.records.validators.non_empty`), and so do the
  ``__attrs_post_init__`` checks of :class:`Span` and :class:`Evidence`; each
  condition is tested against the code it stands for in
  ``tests/test_interchange_fastpath.py``;
- any other validator, and any other ``__attrs_post_init__``, is called on the
  built instance as attrs calls it;
- a class whose ``__init__`` does more than set the fields (converters, fields
  without ``init``, ``__attrs_pre_init__``, a cached hash, an ``__init__`` of its
  own) or whose subclassing runs its own code is built by calling it.

The open subclasses are named ``_Open<Class>`` and show in ``Class.__subclasses__()``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Final

import attrs

from diplomod.records import validators as v
from diplomod.records.codes import actor_code_tables
from diplomod.records.provenance import Evidence, Span

__all__ = ["GLOBALS", "Check", "checks_of", "open_subclass", "post_init_check"]

_ORGANIZATIONS, _STATES = actor_code_tables()

#: The globals the conditions below use, for the generated functions that hold them.
GLOBALS: Final[dict[str, object]] = {"_orgs": _ORGANIZATIONS, "_states": _STATES}

_AND_VALIDATOR: type = type(attrs.validators.and_())
_OPTIONAL_VALIDATOR: type = type(attrs.validators.optional(v.positive))
#: The code of the functions ``validators.optional`` makes (not of look-alikes).
_OPTIONAL_CODE = getattr(v.optional(v.positive), "__code__", None)


@attrs.frozen
class Check:
    """A validator as the condition under which a value of one of ``types`` is refused.

    ``item`` is tested on each item of a tuple or list (``{x}``), ``whole`` on the
    value (``{v}``); None passes when ``allows_none``, and is never tested.
    """

    types: tuple[object, ...]
    item: str | None = None
    whole: str | None = None
    allows_none: bool = False


_STRINGS = (tuple[str, ...], list[str])
_ACTOR = "{x} not in _orgs and {x} not in _states"
_DISTINCT = "len(set({v})) != len({v})"

#: The validators of :mod:`diplomod.records.validators` that readers inline.
_CHECKS: Final[dict[object, Check]] = {
    v.non_empty: Check((str,), whole="not {v}.strip()"),
    # the check of Evidence.field and Source.id refuses the empty string only
    attrs.fields(Evidence).field.validator: Check((str,), whole="not {v}"),
    v.positive: Check((int,), whole="{v} < 1"),
    v.state_code: Check((str,), whole="{v} not in _states"),
    v.actor_code: Check((str,), whole=_ACTOR.replace("{x}", "{v}")),
    v.actor_codes: Check(_STRINGS, item=_ACTOR, whole=_DISTINCT),
    v.unique: Check(_STRINGS, item="not {x}.strip()", whole=_DISTINCT),
    v.minutes_duration: Check(
        (dt.timedelta,),
        whole="{v}.days < 0 or {v}.seconds % 60 or {v}.microseconds",
        allows_none=True,
    ),
}

#: What ``__attrs_post_init__`` checks, for the classes whose check readers inline:
#: a condition on the fields' variables (``{start}``), which hold the new values.
_POST_INIT_CHECKS: Final[dict[object, str]] = {
    Span.__attrs_post_init__: "not 0 <= {start} <= {end}",
    Evidence.__attrs_post_init__: "len({text}) != {span}.end - {span}.start",
}


def checks_of(validator: object, t: object) -> Iterator[tuple[Check | None, bool, object]]:
    """Yield ``(check, optional, validator)`` for each validator of a field of type ``t``.

    ``check`` is None for a validator that has to be called (one this module does
    not know, or one on a field of another type); with ``optional``, None passes.
    """
    if validator is None:
        return
    if isinstance(validator, _AND_VALIDATOR):
        for inner in getattr(validator, "_validators", ()):
            yield from checks_of(inner, t)
        return
    inner, optional = _unwrap_optional(validator)
    check = _known(inner)
    if check is None or t not in check.types:
        yield None, False, validator
    else:
        yield check, optional or check.allows_none, validator


def _known(validator: object) -> Check | None:
    try:
        return _CHECKS.get(validator)
    except TypeError:  # an unhashable validator: not one of ours
        return None


def _unwrap_optional(check: object) -> tuple[object, bool]:
    """Return the check inside ``validators.optional`` or ``attrs.validators.optional``."""
    if check is v.optional_state_code:
        return v.state_code, True
    if check is v.optional_actor_code:
        return v.actor_code, True
    if isinstance(check, _OPTIONAL_VALIDATOR):
        return getattr(check, "validator", check), True
    closure = getattr(check, "__closure__", None)
    if getattr(check, "__code__", None) is _OPTIONAL_CODE and closure:
        return closure[0].cell_contents, True
    return check, False


def post_init_check(cl: type) -> str | None:
    """Return the condition refusing what ``cl.__attrs_post_init__`` refuses, if known."""
    found = getattr(cl, "__attrs_post_init__", None)
    try:
        return _POST_INIT_CHECKS.get(found)
    except TypeError:
        return None


def open_subclass(cl: type) -> type | None:
    """Return a subclass of ``cl`` whose instances take ``i.field = value``, if there is one.

    A reader makes an empty instance of it (``sub()``), assigns every field and sets the
    instance's ``__class__`` to ``cl``: the record is what ``cl(...)`` builds, and
    the assignments cost a twentieth of what the frozen ``__setattr__`` costs. None
    means ``__init__`` has to build ``cl``: it does more than set the fields, or
    the subclass cannot be made (its making would run code of ``cl``'s own).
    """
    init = getattr(getattr(cl, "__init__", None), "__code__", None)
    if init is None or not init.co_filename.startswith("<attrs generated"):
        return None  # an __init__ written by hand
    own = [vars(k) for k in cl.__mro__[:-1]]
    if type(cl) is not type or any(
        d.keys() & {"__new__", "__init_subclass__", "__del__"} for d in own
    ):
        return None
    fields = attrs.fields(cl)
    if hasattr(cl, "__attrs_pre_init__") or any(
        not a.init or a.converter is not None for a in fields
    ):
        return None
    names = {a.name for a in fields}
    if any(isinstance(c, str) and c not in names for c in init.co_consts):
        return None  # __init__ sets more than the fields (a cached hash, say)
    # object's own __setattr__ and __delattr__ give the subclass the plain, quick assignment;
    # object's __init__ makes sub() an empty instance, quicker than object.__new__(sub)
    body = {
        "__slots__": (),
        "__init__": object.__init__,
        "__setattr__": object.__setattr__,
        "__delattr__": object.__delattr__,
    }
    sub = type(f"_Open{cl.__name__}", (cl,), body)
    try:
        probe: object = sub()
        probe.__class__ = cl
    except TypeError:  # a layout __class__ assignment refuses
        return None
    return sub
