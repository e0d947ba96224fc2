"""Vocabularies for finding actors: states, demonyms, capitals, organizations, titles.

The tables are plain data in :mod:`.countries`, :mod:`.organizations`,
:mod:`.titles` and :mod:`.names`; :func:`make_lexicon` gathers them (with every
ISO 3166-1 name from pycountry) into an immutable :class:`Lexicon`. Extend it by
deriving a new one::

    lexicon = DEFAULT_LEXICON.with_names(NameKind.ORGANIZATION, "QUAD", "Quad Leaders")
"""

from __future__ import annotations

from diplomod.mentions.lexicon.entries import NameEntry, NameKind
from diplomod.mentions.lexicon.model import DEFAULT_LEXICON, Lexicon, city_country, make_lexicon
from diplomod.mentions.lexicon.trie import trie_pattern

__all__ = [
    "DEFAULT_LEXICON",
    "Lexicon",
    "NameEntry",
    "NameKind",
    "city_country",
    "make_lexicon",
    "trie_pattern",
]
