"""Build one prefix-merged (trie) regular expression from a list of literal names.

A plain alternation ``Japan|Japanese|Jamaica`` makes the regex engine retry every
name at every position; merging common prefixes lets it reject a position after a
character or two. Where one name is a prefix of another the longer one is tried
first (a greedy optional group), so a match is the longest name starting there.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

__all__ = ["trie_pattern"]

_END = ""  # key marking that a name ends at this node

_Node = dict[str, "_Node"]


def trie_pattern(words: Iterable[str]) -> str:
    r"""Return regex source matching any of ``words``, preferring the longest.

    The source contains no capturing groups and escapes spaces, so it may be
    embedded in a ``re.VERBOSE`` pattern. Empty words are ignored; with no words
    the pattern can never match.

    >>> trie_pattern(["Japan", "Japanese", "Jamaica"])
    'Ja(?:maica|pan(?:ese)?)'
    >>> trie_pattern(["Mr", "Mr.", "Mrs"])
    'Mr[\\.s]?'
    >>> trie_pattern(["New Delhi", "New York"])
    'New\\ (?:Delhi|York)'
    >>> bool(re.fullmatch(trie_pattern(["Japan", "Japanese"]), "Japanese"))
    True
    >>> trie_pattern([])
    '(?!)'
    """
    root: _Node = {}
    for word in words:
        if not word:
            continue
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    if not root:
        return "(?!)"
    return _emit(root)


@functools.cache  # tries escape the same few characters thousands of times
def _escape(char: str) -> str:
    return "\\ " if char == " " else re.escape(char)


def _emit(node: _Node) -> str:
    """Return the pattern for the names below ``node`` (recursive, depth = name length)."""
    singles: list[str] = []
    branches: list[str] = []
    for char in sorted(node):
        if not char:  # _END sorts first
            continue
        child = node[char]
        if len(child) == 1 and _END in child:
            singles.append(char)
        else:
            branches.append(_escape(char) + _emit(child))
    ends_here = _END in node
    if len(singles) == 1:
        branches.insert(0, _escape(singles[0]))
    elif singles:
        klass = "".join(c if c.isalnum() or c == " " else re.escape(c) for c in singles)
        branches.insert(0, f"[{klass}]")
    if not branches:
        return ""
    if len(branches) == 1 and _is_atom(branches[0]):
        return branches[0] + "?" if ends_here else branches[0]
    if len(branches) == 1 and not ends_here:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends_here else body


def _is_atom(source: str) -> bool:
    """Tell whether ``source`` is one character, one escaped character or one class."""
    return len(source) == 1 or (len(source) == 2 and source[0] == "\\") or source[0] == "["
