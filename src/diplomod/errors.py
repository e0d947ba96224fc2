"""The exceptions diplomod raises, all rooted at :class:`DiplomodError`.

Each error also subclasses the builtin it refines, so callers may catch either.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "DatasetError",
    "DiplomodError",
    "InvalidValueError",
    "LoadError",
    "RegistryError",
    "UnknownTypeError",
]


class DiplomodError(Exception):
    """Root of every error diplomod raises on purpose."""


class InvalidValueError(DiplomodError, ValueError):
    """A record field was given a value outside its domain.

    The message names the field and the value, e.g.
    ``Meeting.date: not a date: 2021-02-30 (day is out of range for month)``.
    """

    def __init__(self, field: str, value: object, reason: str) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(f"{field}: {reason}: {value!r}")

    def __reduce__(self) -> tuple[type[InvalidValueError], tuple[str, object, str]]:
        return (type(self), (self.field, self.value, self.reason))


class DatasetError(DiplomodError, ValueError):
    """Documents cannot be combined into a dataset (two extractions of one document)."""


class ExportError(DiplomodError, ValueError):
    """Records cannot be written in a format as given (two records under one id)."""


class RegistryError(DiplomodError, ValueError):
    """A record type could not be registered (bad or clashing tag, not an attrs class)."""


class UnknownTypeError(DiplomodError, KeyError):
    """A record type tag that this installation does not know (raised in strict mode)."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


class LoadError(DiplomodError, ValueError):
    """Data could not be loaded; ``problems`` lists every problem with its JSON path.

    Each problem reads ``$.events[3].date: not a date: '2021-13-01'``.
    """

    def __init__(self, problems: Sequence[str], *, where: str | None = None) -> None:
        self.problems = tuple(problems)
        self.where = where
        head = f"cannot load {where}" if where else "cannot load data"
        count = len(self.problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{head}: {count} problem{'s' if count != 1 else ''}\n{lines}")

    def __reduce__(self) -> tuple[object, tuple[tuple[str, ...], str | None]]:
        # rebuilt from its parts, so it survives pickling between worker processes
        return (_load_error, (self.problems, self.where))


def _load_error(problems: tuple[str, ...], where: str | None) -> LoadError:
    return LoadError(problems, where=where)
