"""Normalize raw text (quotes, dashes, spaces, line ends) and keep a map back to raw offsets.

Most replacements are one character for one (a curly quote becomes ``'``), so the
offsets of the normalized text equal those of the raw text almost everywhere. The few
replacements that change length (``\\r\\n``, a soft hyphen, a ligature, ``…``) are kept
as sorted breakpoints and looked up with :mod:`bisect`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from types import MappingProxyType

from attrs import field, frozen

from diplomod.records.provenance import Span

__all__ = [
    "DELETED_CHARACTERS",
    "EXPANSIONS",
    "REPLACEMENTS",
    "NormalizedText",
    "normalize",
]


def _chars(*ranges: tuple[int, int]) -> str:
    """Return every character of the inclusive code point ``ranges``."""
    return "".join(chr(c) for low, high in ranges for c in range(low, high + 1))


def _same(chars: str, target: str) -> dict[str, str]:
    return dict.fromkeys(chars, target)


#: One character for one: the normalized text keeps the raw offsets.
REPLACEMENTS: Mapping[str, str] = MappingProxyType(
    {
        # quotes and primes
        **_same("\u2018\u2019\u201a\u201b\u2032\u2035\u2039\u203a\u02bc", "'"),
        **_same("\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb", '"'),
        # hyphens, dashes and minus signs (U+2011 is the non-breaking hyphen)
        **_same(_chars((0x2010, 0x2015)) + "\u2212\u2043\ufe58\ufe63", "-"),
        # spaces
        **_same("\u00a0\u1680\u202f\u205f\u3000" + _chars((0x2000, 0x200A)), " "),
        # line ends other than \n (a \r before \n is deleted instead, see EXPANSIONS)
        **_same("\r\x0b\x0c\x85\u2028\u2029", "\n"),
        # full-width ASCII, as NFKC folds it
        **{chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)},
    }
)

#: Invisible characters that normalization removes.
DELETED_CHARACTERS: str = (
    "\u00ad"  # soft hyphen
    "\u200b\u200c\u200d"  # zero-width space, non-joiner, joiner
    "\u2060\ufeff"  # word joiner, byte order mark
    "\u200e\u200f"  # left-to-right and right-to-left marks
    + _chars((0x202A, 0x202E), (0x2066, 0x2069))  # bidirectional embeddings and isolates
)

#: Replacements that change the length of the text (NFKC compatibility forms).
EXPANSIONS: Mapping[str, str] = MappingProxyType(
    {
        "\r\n": "\n",
        "\u2026": "...",
        "\u2025": "..",
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
    }
)


_PLAIN_BYTES = bytes(range(0x20, 0x7F)) + b"\t\n"  # ASCII that never needs replacing
_EXPANDED = frozenset(k[0] for k in EXPANSIONS)  # first characters of length-changing keys
_DELETED = frozenset(DELETED_CHARACTERS)


@frozen(kw_only=True)
class NormalizedText:
    """Raw text, its normalized form and the map from normalized offsets to raw offsets.

    Outside the recorded pieces, normalized and raw characters correspond one for one.
    Piece ``i`` turns ``raw[raw_starts[i] : raw_starts[i] + raw_lengths[i]]`` into
    ``text[starts[i] : starts[i] + lengths[i]]``; a deletion has length 0.
    """

    raw: str
    text: str
    starts: tuple[int, ...] = ()
    lengths: tuple[int, ...] = ()
    raw_starts: tuple[int, ...] = ()
    raw_lengths: tuple[int, ...] = ()
    _ends: tuple[int, ...] = field(init=False, repr=False, eq=False)

    @_ends.default
    def _ends_default(self) -> tuple[int, ...]:
        return tuple(s + n for s, n in zip(self.starts, self.lengths, strict=True))

    def to_raw(self, offset: int) -> int:
        """Return the raw offset of the boundary at normalized ``offset``.

        A deleted character belongs to the text after it, so ``to_raw(0) == 0``; an
        offset inside an expansion maps to the start of the raw character it came from;
        the end of the text maps to the end of the raw text.
        """
        if offset >= len(self.text):
            return len(self.raw)
        if offset <= 0:
            return 0
        i = bisect_left(self.starts, offset)
        if i < len(self.starts) and self.starts[i] == offset:
            return self.raw_starts[i]
        return self._after(i - 1, offset)

    def span_to_raw(self, span: Span) -> Span:
        """Return the span of raw text that produced ``span`` of the normalized text.

        Deleted characters at either edge are left out; those inside are kept, and a
        span that cuts an expansion takes the whole raw character.
        """
        if span.start >= span.end:
            at = self.to_raw(span.start)
            return Span(start=at, end=at)
        return Span(start=self._char_start(span.start), end=self._char_end(span.end - 1))

    def _after(self, i: int, offset: int) -> int:
        """Map ``offset``, which lies at or after the start of piece ``i``."""
        if i < 0:
            return offset
        if offset < self._ends[i]:
            return self.raw_starts[i]
        return self.raw_starts[i] + self.raw_lengths[i] + offset - self._ends[i]

    def _char_start(self, offset: int) -> int:
        """Return the raw offset of the first raw character behind normalized ``offset``."""
        return self._after(bisect_right(self.starts, offset) - 1, offset)

    def _char_end(self, offset: int) -> int:
        """Return the raw offset just after the raw characters behind ``offset``."""
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self._ends[i]:
            return self.raw_starts[i] + self.raw_lengths[i]
        return self._after(i, offset) + 1


def normalize(raw: str) -> NormalizedText:
    """Normalize quotes, dashes, spaces and line ends of ``raw``, keeping an offset map.

    >>> n = normalize("The \\u201cNew Level\\u201d \\u2013 agreed")
    >>> n.text
    'The "New Level" - agreed'
    >>> n.to_raw(4)
    4
    """
    present = _unusual_characters(raw)
    if not present:
        return NormalizedText(raw=raw, text=raw)
    changing = present & (_DELETED | _EXPANDED)
    text, pieces = _change_lengths(raw, changing) if changing else (raw, ())
    for char in present.intersection(REPLACEMENTS):
        text = text.replace(char, REPLACEMENTS[char])
    starts, lengths, raw_starts, raw_lengths = zip(*pieces, strict=True) if pieces else ((),) * 4
    return NormalizedText(
        raw=raw,
        text=text,
        starts=starts,
        lengths=lengths,
        raw_starts=raw_starts,
        raw_lengths=raw_lengths,
    )


def _unusual_characters(raw: str) -> set[str]:
    """Return the characters of ``raw`` that normalization may change (and some others)."""
    if raw.isascii():
        return {char for char in "\r\x0b\x0c" if char in raw}
    # Deleting the plain bytes of the UTF-8 form leaves whole sequences of the others:
    # much faster than a regex scan.
    encoded = raw.encode("utf-8", "surrogatepass")
    return set(encoded.translate(None, _PLAIN_BYTES).decode("utf-8", "surrogatepass"))


def _change_lengths(raw: str, chars: set[str]) -> tuple[str, list[tuple[int, int, int, int]]]:
    """Delete and expand ``chars`` in ``raw``; return the text and its changed pieces.

    Each piece is ``(start, length, raw_start, raw_length)``; a run of deleted
    characters is one piece.
    """
    deleted = "".join(re.escape(c) for c in sorted(chars & _DELETED))
    keys = sorted((k for k in EXPANSIONS if k[0] in chars), key=len, reverse=True)
    pattern = re.compile(
        "|".join([*([f"[{deleted}]++"] if deleted else []), *map(re.escape, keys)])
    )
    pieces: list[tuple[int, int, int, int]] = []
    parts: list[str] = []
    copied = 0  # raw is copied into parts up to here
    shift = 0  # normalized offset minus raw offset
    for match in pattern.finditer(raw):
        begin, end = match.span()
        replacement = EXPANSIONS.get(match.group(), "")
        parts.append(raw[copied:begin])
        parts.append(replacement)
        copied = end
        pieces.append((begin + shift, len(replacement), begin, end - begin))
        shift += len(replacement) - (end - begin)
    parts.append(raw[copied:])
    return "".join(parts), pieces
