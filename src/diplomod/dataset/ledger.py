"""Bookkeeping for incremental merging: merged ids, tallies, records and links kept in order."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import Any, Generic, Protocol, TypeVar

from diplomod.records.dataset import Link

__all__ = ["LinkTable", "Membership", "SortedTable", "regrow"]

M = TypeVar("M")
X = TypeVar("X")
X_contra = TypeVar("X_contra", contravariant=True)
Y = TypeVar("Y", bound="_Growing[Any]")


class SortedTable(Generic[M]):
    """Records kept sorted by a string key, so a dataset's tuples are made by one copy."""

    def __init__(self) -> None:
        self._keys: list[str] = []
        self._records: list[M] = []
        self.by_key: dict[str, M] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def put(self, key: str, record: M) -> None:
        """Insert ``record`` under ``key``, replacing any record there."""
        at = bisect.bisect_left(self._keys, key)
        if at < len(self._keys) and self._keys[at] == key:
            self._records[at] = record
        else:
            self._keys.insert(at, key)
            self._records.insert(at, record)
        self.by_key[key] = record

    def drop(self, key: str) -> None:
        """Remove the record under ``key``, if any."""
        if self.by_key.pop(key, None) is None:
            return
        at = bisect.bisect_left(self._keys, key)
        del self._keys[at]
        del self._records[at]

    def values(self) -> tuple[M, ...]:
        """Return the records in key order."""
        return tuple(self._records)


class Membership:
    """Which merged id each report has, and the members of each merged id.

    A merged id is the smallest key of its members, so it is a function of the cluster.
    """

    def __init__(self) -> None:
        self.id_of: dict[str, str] = {}
        self.members: dict[str, tuple[str, ...]] = {}
        self.grown: dict[str, tuple[str, tuple[str, ...]]] = {}

    def update(
        self, touched: Iterable[str], cluster: Callable[[str], tuple[str, ...]]
    ) -> tuple[set[str], dict[str, tuple[str, ...]], set[str]]:
        """Take in the clusters of ``touched`` keys and of every key sharing a cluster with them.

        Afterwards :attr:`grown` maps each new cluster that holds the whole of an old
        one to the largest such old cluster's id and members.

        Returns:
            The ids no longer in use, the clusters now (by id), and the keys whose id changed.
        """
        # every key whose cluster is new, and every key of an old cluster one of them left
        id_of, queue = self.id_of, list(touched)
        old_ids: set[str] = set()
        fresh: dict[str, tuple[str, ...]] = {}
        olds_of: dict[str, set[str | None]] = {}
        placed: set[str] = set()
        while queue:
            key = queue.pop()
            if key in placed:
                continue
            members = cluster(key)
            fresh[members[0]] = members
            placed.update(members)
            olds = olds_of[members[0]] = set(map(id_of.get, members))
            for old in olds - old_ids - {None}:
                assert old is not None
                old_ids.add(old)
                queue.extend(self.members[old])
        moved: set[str] = set()
        self.grown = {}
        for cid, members in fresh.items():
            olds = olds_of[cid]
            if olds != {cid}:
                moved.update(k for k in members if id_of.get(k) != cid)
            inside = set(members)
            whole = [o for o in olds if o is not None and inside.issuperset(self.members[o])]
            if whole:
                best = max(whole, key=lambda o: (len(self.members[o]), o))
                self.grown[cid] = (best, self.members[best])
        removed = old_ids - fresh.keys()
        for cid in removed:
            del self.members[cid]
        for cid, members in fresh.items():
            self.members[cid] = members
            id_of.update(dict.fromkeys(members, cid))
        return removed, fresh, moved


class LinkTable:
    """The links of a dataset, kept by the record they start from and the one they reach."""

    def __init__(self) -> None:
        self._table: SortedTable[Link] = SortedTable()
        self._from: dict[str, tuple[Link, ...]] = {}
        self._to: dict[str, set[str]] = {}

    def put(self, source: str, links: Iterable[Link]) -> None:
        """Replace the links that start from record ``source``."""
        for old in self._from.pop(source, ()):
            self._table.drop(_link_key(old))
            self._to.get(old.target, set()).discard(source)
        new = tuple(links)
        if new:
            self._from[source] = new
        for item in new:
            self._table.put(_link_key(item), item)
            self._to.setdefault(item.target, set()).add(source)

    def sources_of(self, target: str) -> set[str]:
        """Return the records with a link to ``target``."""
        return self._to.get(target, set())

    def values(self) -> tuple[Link, ...]:
        """Return the links ordered by source, kind, target and rule."""
        return self._table.values()


def _link_key(item: Link) -> str:
    return "\x00".join((item.source, item.kind, item.target, item.rule))


class _Growing(Protocol[X_contra]):
    """A tally of a cluster's reports that new reports can be added to."""

    def add(self, items: Iterable[X_contra]) -> None: ...


def regrow(
    tallies: dict[str, Y],
    ids: Membership,
    removed: set[str],
    fresh: dict[str, tuple[str, ...]],
    make: Callable[[], Y],
    item: Callable[[str], X],
) -> None:
    """Bring the tallies of the clusters :meth:`Membership.update` just changed up to date.

    A cluster that holds the whole of an old one extends that one's tally with its
    other members; any other cluster is tallied anew.
    """
    old = {cid: tallies.pop(cid) for cid in removed | fresh.keys() if cid in tallies}
    for cid, members in fresh.items():
        grown = ids.grown.get(cid)
        tally = old.pop(grown[0], None) if grown else None
        known = set(grown[1]) if grown and tally is not None else set()
        if tally is None:
            tally = make()
        tally.add(item(k) for k in members if k not in known)
        tallies[cid] = tally
