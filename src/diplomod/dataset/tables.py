"""Bookkeeping for incremental merging: merged ids of reports, and records kept in id order."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

__all__ = ["Membership", "SortedTable"]

M = TypeVar("M")


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
