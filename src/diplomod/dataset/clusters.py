"""Group reports into clusters in three tiers, incrementally, as a function of the set alone.

1. **Anchors** — reports that pin down what they report (a meeting with its day,
   a person with full name and country, an instrument with its title) — are joined
   by a strict pairwise rule; clusters are the connected components, found with
   union-find over the pairs that share a blocking key (never all pairs).
2. **Vague** reports (no date, a month, a bare family name, no title) each join
   the one anchor cluster they fit; fitting none or several, they stay out, so a
   vague report never bridges two clusters and never changes another's place.
3. **Orphans** — vague reports that fit no cluster — are grouped among themselves
   by the rule's partition of their bucket.

Every step depends only on the set of reports: components do not depend on the
order edges are found, a vague report's place depends only on the anchor clusters
(through a summary of each), and a bucket's groups only on its members. Adding
reports re-examines only the anchor clusters they join, the vague reports watching
a cluster whose summary changed, and the orphan buckets that change, so the cost
follows what the new reports touch, not the size of the whole set.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Generic, Protocol, TypeVar

__all__ = ["Bucketing", "Clustering", "Keyed", "Rules"]


class Keyed(Protocol):
    """Anything with a dataset-wide key."""

    @property
    def key(self) -> str: ...


T = TypeVar("T", bound=Keyed)
S = TypeVar("S", bound=Hashable)


class Rules(Protocol[T, S]):
    """The rules of one kind of report: the tier of each, its keys, and when two are one.

    With ``exact`` true, anchors sharing a block key are always the same, so a new
    anchor joins its block without comparing it to each member.
    """

    exact: bool

    def is_anchor(self, item: T) -> bool:
        """Tell whether ``item`` pins down what it reports."""

    def block_keys(self, item: T) -> Iterable[Hashable]:
        """Return the keys an anchor shares with every anchor it may be the same as."""

    def same(self, first: T, second: T) -> bool:
        """Tell whether two anchors of a block report the same thing (the strict rule)."""

    def index_keys(self, item: T) -> Iterable[Hashable]:
        """Return the keys under which vague reports look an anchor up."""

    def summarize(self, anchors: Sequence[T]) -> S:
        """Return what vague reports need to know of a cluster's anchors (given in key order)."""

    def lookup_keys(self, item: T) -> Iterable[Hashable]:
        """Return the keys under which a vague report finds every cluster it may fit."""

    def fits(self, item: T, summary: S) -> bool:
        """Tell whether a vague report fits the cluster of this summary."""

    def orphan_key(self, item: T) -> Hashable | None:
        """Return the bucket of a vague report that fits no cluster, or None to leave it alone."""

    def group_orphans(self, items: Sequence[T]) -> Iterable[Sequence[T]]:
        """Partition one orphan bucket (given in key order) into groups."""


class Clustering(Generic[T, S]):
    """The clusters of a growing set of reports, under one kind's :class:`Rules`."""

    def __init__(self, rules: Rules[T, S]) -> None:
        self._rules = rules
        self._items: dict[str, T] = {}
        # anchors: union-find, members, attached vague reports, index keys, summary per root
        self._parent: dict[str, str] = {}
        self._anchors: dict[str, list[str]] = {}
        self._attached: dict[str, set[str]] = {}
        self._keys: dict[str, set[Hashable]] = {}
        self._summary: dict[str, S] = {}
        self._blocks: dict[Hashable, list[str]] = {}
        self._index: dict[Hashable, set[str]] = {}
        self._merged: set[str] = set()
        self._fresh: set[Hashable] = set()
        # vague reports: what they watch, where they are, orphan buckets and groups
        self._watch: dict[Hashable, set[str]] = {}
        self._target: dict[str, str | None] = {}
        self._bucket_of: dict[str, Hashable] = {}
        self._buckets: dict[Hashable, set[str]] = {}
        self._groups: dict[str, tuple[str, ...]] = {}

    def __contains__(self, key: str) -> bool:
        return key in self._items

    def item(self, key: str) -> T:
        """Return the report of ``key``."""
        return self._items[key]

    def add(self, items: Iterable[T]) -> set[str]:
        """Add reports and return the keys whose cluster may have changed."""
        rules = self._rules
        fresh = [item for item in items if item.key not in self._items]
        for item in fresh:
            self._items[item.key] = item
        anchors = [item for item in fresh if rules.is_anchor(item)]
        vague = [item for item in fresh if not rules.is_anchor(item)]
        self._merged.clear()
        self._fresh.clear()
        for item in anchors:
            self._add_anchor(item)
        touched = {item.key for item in fresh}
        dirty: set[Hashable] = set(self._fresh)
        for root in {self._find(item.key) for item in anchors}:
            members = self._anchors[root]
            touched.update(members)
            touched.update(self._attached[root])
            summary = rules.summarize([self._items[k] for k in sorted(members)])
            if root in self._merged or root not in self._summary or self._summary[root] != summary:
                dirty.update(self._keys[root])
            self._summary[root] = summary
        review = {item.key for item in vague}
        for index_key in dirty:
            review.update(self._watch.get(index_key, ()))
        for item in vague:
            for lookup_key in rules.lookup_keys(item):
                self._watch.setdefault(lookup_key, set()).add(item.key)
        buckets: set[Hashable] = set()
        for key in sorted(review):
            if self._review(key, buckets):
                touched.add(key)
        for bucket in buckets:
            touched.update(self._regroup(bucket))
        return touched

    def cluster(self, key: str) -> tuple[str, ...]:
        """Return the sorted keys of the cluster holding ``key``."""
        if key in self._parent:
            return self._members(self._find(key))
        target = self._target.get(key)
        if target is not None:
            return self._members(self._find(target))
        return self._groups.get(key, (key,))

    def _members(self, root: str) -> tuple[str, ...]:
        return tuple(sorted([*self._anchors[root], *self._attached[root]]))

    def _find(self, key: str) -> str:
        parent = self._parent
        root = key
        while parent[root] != root:
            root = parent[root]
        while parent[key] != root:
            parent[key], key = root, parent[key]
        return root

    def _union(self, first: str, second: str) -> None:
        a, b = self._find(first), self._find(second)
        if a == b:
            return
        old_a, old_b = a in self._summary, b in self._summary
        if (old_b and not old_a) or (
            old_a == old_b and len(self._anchors[a]) < len(self._anchors[b])
        ):
            a, b = b, a
        if (old_a and old_b) or b in self._merged:
            self._merged.add(a)
        self._merged.discard(b)
        self._summary.pop(b, None)
        self._parent[b] = a
        self._anchors[a].extend(self._anchors.pop(b))
        self._attached[a] |= self._attached.pop(b)
        kept = self._keys[a]
        for index_key in self._keys.pop(b):
            roots = self._index[index_key]
            roots.discard(b)
            roots.add(a)
            if index_key not in kept:
                kept.add(index_key)
                self._fresh.add(index_key)

    def _add_anchor(self, item: T) -> None:
        key = item.key
        self._parent[key] = key
        self._anchors[key] = [key]
        self._attached[key] = set()
        self._keys[key] = set()
        for block_key in self._rules.block_keys(item):
            block = self._blocks.setdefault(block_key, [])
            if self._rules.exact:
                if block:
                    self._union(key, block[0])
            else:
                for other in block:
                    if self._find(other) != self._find(key) and self._rules.same(
                        item, self._items[other]
                    ):
                        self._union(key, other)
            block.append(key)
        root = self._find(key)
        kept = self._keys[root]
        for index_key in self._rules.index_keys(item):
            if index_key not in kept:
                kept.add(index_key)
                self._index.setdefault(index_key, set()).add(root)
                self._fresh.add(index_key)

    def _review(self, key: str, buckets: set[Hashable]) -> bool:
        """Place a vague report again; return whether its place changed."""
        rules, item = self._rules, self._items[key]
        roots: set[str] = set()
        for lookup_key in rules.lookup_keys(item):
            roots.update(self._index.get(lookup_key, ()))
        fitting = [root for root in sorted(roots) if rules.fits(item, self._summary[root])]
        old = self._target.get(key)
        old_root = None if old is None else self._find(old)
        new_root = fitting[0] if len(fitting) == 1 else None
        changed = old_root != new_root
        if changed:
            if old_root is not None:
                self._attached[old_root].discard(key)
            if new_root is not None:
                self._attached[new_root].add(key)
        self._target[key] = new_root
        new_bucket = rules.orphan_key(item) if not fitting else None
        old_bucket = self._bucket_of.get(key)
        if new_bucket != old_bucket:
            changed = True
            if old_bucket is not None:
                self._buckets[old_bucket].discard(key)
                buckets.add(old_bucket)
                del self._bucket_of[key]
                self._groups.pop(key, None)
            if new_bucket is not None:
                self._buckets.setdefault(new_bucket, set()).add(key)
                self._bucket_of[key] = new_bucket
                buckets.add(new_bucket)
        return changed

    def _regroup(self, bucket: Hashable) -> set[str]:
        members = sorted(self._buckets.get(bucket, ()))
        if not members:
            self._buckets.pop(bucket, None)
            return set()
        for group in self._rules.group_orphans([self._items[k] for k in members]):
            keys = tuple(sorted(item.key for item in group))
            for key in keys:
                self._groups[key] = keys
        return set(members)


class Bucketing(Generic[T]):
    """Clusters of reports within buckets that something else decides (a report's event).

    Each bucket is partitioned on its own: the connected components of ``same``
    over its members' pairs. A report in no bucket is a cluster of its own.
    """

    def __init__(self, same: Callable[[T, T], bool]) -> None:
        self._same = same
        self._items: dict[str, T] = {}
        self._bucket_of: dict[str, Hashable] = {}
        self._buckets: dict[Hashable, set[str]] = {}
        self._groups: dict[str, tuple[str, ...]] = {}
        self._dirty: set[Hashable] = set()
        self._moved: set[str] = set()

    def __contains__(self, key: str) -> bool:
        return key in self._items

    def item(self, key: str) -> T:
        """Return the report of ``key``."""
        return self._items[key]

    def place(self, item: T, bucket: Hashable | None) -> None:
        """Put a report (new or known) in ``bucket``; None leaves it alone."""
        key = item.key
        self._items[key] = item
        old = self._bucket_of.get(key)
        if key in self._bucket_of and old == bucket:
            return
        self._moved.add(key)
        if old is not None:
            self._buckets[old].discard(key)
            self._dirty.add(old)
        self._groups.pop(key, None)
        self._bucket_of[key] = bucket
        if bucket is not None:
            self._buckets.setdefault(bucket, set()).add(key)
            self._dirty.add(bucket)

    def regroup(self) -> set[str]:
        """Partition the buckets that changed; return the keys whose cluster may have changed."""
        touched, self._moved = self._moved, set()
        for bucket in self._dirty:
            members = sorted(self._buckets.get(bucket, ()))
            if not members:
                self._buckets.pop(bucket, None)
                continue
            touched.update(members)
            for group in _components([self._items[k] for k in members], self._same):
                keys = tuple(sorted(item.key for item in group))
                for key in keys:
                    self._groups[key] = keys
        self._dirty.clear()
        return touched

    def cluster(self, key: str) -> tuple[str, ...]:
        """Return the sorted keys of the cluster holding ``key``."""
        return self._groups.get(key, (key,))


def _components(items: Sequence[T], same: Callable[[T, T], bool]) -> list[list[T]]:
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, first in enumerate(items):
        for j in range(i):
            if find(i) != find(j) and same(first, items[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[T]] = {}
    for i, item in enumerate(items):
        groups.setdefault(find(i), []).append(item)
    return list(groups.values())
