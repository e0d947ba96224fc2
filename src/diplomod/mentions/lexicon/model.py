"""The :class:`Lexicon`: every table the actor finder reads, as one immutable value.

Users extend a lexicon by deriving a new one (:meth:`Lexicon.extend`,
:meth:`Lexicon.with_names`); nothing is registered globally, so two parsers with
different vocabularies can run side by side.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs
from attrs import field, frozen

from diplomod.mentions.lexicon import countries, names, organizations, titles
from diplomod.mentions.lexicon.entries import NameEntry, NameKind

__all__ = ["DEFAULT_LEXICON", "Lexicon", "city_country", "make_lexicon"]


def _names(value: Mapping[str, NameEntry] | Iterable[NameEntry]) -> Mapping[str, NameEntry]:
    if isinstance(value, Mapping):
        return MappingProxyType(dict(value))
    return MappingProxyType({entry.surface: entry for entry in value})


def _cities(value: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(value))


def _words(value: Iterable[str]) -> frozenset[str]:
    return frozenset(w for w in value if w)


@frozen(kw_only=True, eq=False)
class Lexicon:
    """The vocabularies used to find actors; build with :func:`make_lexicon`.

    ``names`` maps each surface form (case-sensitive) to what it names. The word
    sets are matched case-sensitively as well; list every casing you want found.
    Lexicons compare by identity, so compiled patterns can be cached per lexicon.
    """

    names: Mapping[str, NameEntry] = field(converter=_names)
    titles: frozenset[str] = field(converter=_words)
    title_modifiers: frozenset[str] = field(converter=_words)
    portfolio_words: frozenset[str] = field(converter=_words)
    ranks: frozenset[str] = field(converter=_words)
    body_words: frozenset[str] = field(converter=_words)
    counterpart_words: frozenset[str] = field(converter=_words)
    side_words: frozenset[str] = field(converter=_words)
    group_nouns: frozenset[str] = field(converter=_words)
    pronouns: frozenset[str] = field(converter=_words)
    name_particles: frozenset[str] = field(converter=_words)
    name_suffixes: frozenset[str] = field(converter=_words)
    family_first: frozenset[str] = field(converter=_words)
    family_first_states: frozenset[str] = field(converter=_words)
    mixed_order_states: frozenset[str] = field(converter=_words)
    given_name_states: frozenset[str] = field(converter=_words)
    name_cues: frozenset[str] = field(converter=_words)
    non_names: frozenset[str] = field(converter=_words)
    reporting_verbs: frozenset[str] = field(converter=_words)
    cities: Mapping[str, str] = field(converter=_cities)
    organization_heads: frozenset[str] = field(converter=_words, factory=frozenset)
    """Last words of organization names ("Agency", "Party") for bodies not in ``names``."""

    def lookup(self, surface: str) -> NameEntry | None:
        """Return the entry for ``surface`` exactly as written, or ``None``."""
        return self.names.get(surface)

    def city_country(self, name: str) -> str | None:
        """Return the ISO alpha-3 code of the country a city or capital lies in."""
        return self.cities.get(name)

    def with_names(self, kind: NameKind, code: str | None, *surfaces: str) -> Lexicon:
        """Return a copy that also knows ``surfaces`` as ``kind`` with ``code``.

        >>> lex = DEFAULT_LEXICON.with_names(NameKind.STATE, "GBR", "Blighty")
        >>> lex.lookup("Blighty").code, DEFAULT_LEXICON.lookup("Blighty")
        ('GBR', None)
        """
        entries = [NameEntry(surface=s, kind=kind, code=code) for s in surfaces]
        return self.extend(names=entries)

    def extend(
        self,
        *,
        names: Iterable[NameEntry] = (),
        titles: Iterable[str] = (),
        title_modifiers: Iterable[str] = (),
        portfolio_words: Iterable[str] = (),
        ranks: Iterable[str] = (),
        body_words: Iterable[str] = (),
        family_first: Iterable[str] = (),
        non_names: Iterable[str] = (),
        reporting_verbs: Iterable[str] = (),
        cities: Mapping[str, str] | None = None,
        organization_heads: Iterable[str] = (),
    ) -> Lexicon:
        """Return a copy with the given entries added; new names replace old ones."""
        return attrs.evolve(
            self,
            names={**self.names, **{e.surface: e for e in names}},
            titles=self.titles | set(titles),
            title_modifiers=self.title_modifiers | set(title_modifiers),
            portfolio_words=self.portfolio_words | set(portfolio_words),
            ranks=self.ranks | set(ranks),
            body_words=self.body_words | set(body_words),
            family_first=self.family_first | set(family_first),
            non_names=self.non_names | set(non_names),
            reporting_verbs=self.reporting_verbs | set(reporting_verbs),
            cities={**self.cities, **(cities or {})},
            organization_heads=self.organization_heads | set(organization_heads),
        )


def _lower_first(words: Iterable[str]) -> set[str]:
    return {w[0].lower() + w[1:] for w in words}


def make_lexicon(*, extra: Iterable[NameEntry] = ()) -> Lexicon:
    """Build the default lexicon from pycountry and our tables, plus ``extra`` names."""
    entries: dict[str, NameEntry] = {}
    for entry in (*countries.state_entries(), *organizations.organization_entries()):
        entries.setdefault(entry.surface, entry)
    entries.update((e.surface, e) for e in extra)
    cities = dict(countries.CITIES)
    for code, capitals in countries.CAPITALS.items():
        if len(code) == 3:
            for capital in capitals:
                cities.setdefault(capital, code)
    return Lexicon(
        names=entries,
        titles={*titles.TITLES, *titles.LOWERCASE_TITLES},
        title_modifiers=titles.TITLE_MODIFIERS,
        portfolio_words={*titles.PORTFOLIO_WORDS, *_lower_first(titles.PORTFOLIO_WORDS)},
        ranks=titles.RANKS,
        body_words=organizations.BODY_WORDS,
        counterpart_words=titles.COUNTERPART_WORDS,
        side_words=titles.SIDE_WORDS,
        group_nouns=titles.GROUP_NOUNS,
        pronouns=titles.PRONOUNS,
        name_particles=names.NAME_PARTICLES,
        name_suffixes=names.NAME_SUFFIXES,
        family_first=names.FAMILY_FIRST,
        family_first_states=names.FAMILY_FIRST_STATES,
        mixed_order_states=names.MIXED_ORDER_STATES,
        given_name_states=names.GIVEN_NAME_STATES,
        name_cues=names.NAME_CUES,
        non_names=names.NON_NAMES,
        reporting_verbs=names.REPORTING_VERBS,
        cities=cities,
        organization_heads=organizations.ORGANIZATION_HEADS,
    )


DEFAULT_LEXICON: Lexicon = make_lexicon()
"""The lexicon built from pycountry and diplomod's own tables."""


def city_country(name: str, lexicon: Lexicon = DEFAULT_LEXICON) -> str | None:
    """Return the ISO alpha-3 code of the country that city ``name`` lies in, if known.

    >>> city_country("Geneva"), city_country("Brussels"), city_country("Atlantis")
    ('CHE', 'BEL', None)
    """
    return lexicon.city_country(name)
