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

    def update(
        self, touched: Iterable[str], cluster: Callable[[str], tuple[str, ...]]
    ) -> tuple[set[str], dict[str, tuple[str, ...]], set[str]]:
        """Take in the clusters of ``touched`` keys and of every key sharing a cluster with them.

        Returns:
            The ids no longer in use, the clusters now (by id), and the keys whose id changed.
        """
        queue = list(touched)
        seen = set(queue)
        old_ids: set[str] = set()
        fresh: dict[str, tuple[str, ...]] = {}
        placed: set[str] = set()
        while queue:
            key = queue.pop()
            old = self.id_of.get(key)
            more: Iterable[str] = ()
            if old is not None and old not in old_ids:
                old_ids.add(old)
                more = self.members[old]
            if key not in placed:
                members = cluster(key)
                fresh[members[0]] = members
                placed.update(members)
                more = [*more, *members]
            for other in more:
                if other not in seen:
                    seen.add(other)
                    queue.append(other)
        moved = {k for cid, members in fresh.items() for k in members if self.id_of.get(k) != cid}
        removed = old_ids - fresh.keys()
        for cid in removed:
            del self.members[cid]
        for cid, members in fresh.items():
            self.members[cid] = members
            for key in members:
                self.id_of[key] = cid
        return removed, fresh, moved
