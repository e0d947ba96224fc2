"""Which codes name actors: ISO 3166-1 alpha-3 states and registered organizations."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

import pycountry

from diplomod.errors import InvalidValueError

__all__ = [
    "actor_code_tables",
    "is_actor_code",
    "is_organization_id",
    "is_state_code",
    "organization_name",
    "organizations",
    "register_organization",
    "state_name",
]

#: Codes in use for states that ISO 3166-1 does not assign (user-assigned range).
_EXTRA_STATES: dict[str, str] = {"XKX": "Kosovo"}

#: Organizations that act as parties, by the upper-case acronym event data uses.
_ORGANIZATIONS: dict[str, str] = {
    "ACDC": "Africa Centres for Disease Control and Prevention",
    "ADB": "Asian Development Bank",
    "AIIB": "Asian Infrastructure Investment Bank",
    "APEC": "Asia-Pacific Economic Cooperation",
    "ARABLEAGUE": "League of Arab States",
    "ARF": "ASEAN Regional Forum",
    "ASEAN": "Association of Southeast Asian Nations",
    "AU": "African Union",
    "AUC": "African Union Commission",
    "AUKUS": "AUKUS",
    "BRICS": "BRICS",
    "BSEC": "Organization of the Black Sea Economic Cooperation",
    "CARICOM": "Caribbean Community",
    "CELAC": "Community of Latin American and Caribbean States",
    "CIS": "Commonwealth of Independent States",
    "COE": "Council of Europe",
    "CSTO": "Collective Security Treaty Organization",
    "EAEU": "Eurasian Economic Union",
    "EBRD": "European Bank for Reconstruction and Development",
    "EC": "European Commission",
    "ECOWAS": "Economic Community of West African States",
    "EP": "European Parliament",
    "EU": "European Union",
    "EUCO": "European Council",
    "FAO": "Food and Agriculture Organization",
    "G20": "Group of Twenty",
    "G7": "Group of Seven",
    "GCC": "Gulf Cooperation Council",
    "GUAM": "GUAM Organization for Democracy and Economic Development",
    "IAEA": "International Atomic Energy Agency",
    "ICAO": "International Civil Aviation Organization",
    "ICC": "International Criminal Court",
    "ICJ": "International Court of Justice",
    "IEA": "International Energy Agency",
    "ILO": "International Labour Organization",
    "IMF": "International Monetary Fund",
    "IMO": "International Maritime Organization",
    "INTERPOL": "International Criminal Police Organization",
    "IOM": "International Organization for Migration",
    "LAS": "League of Arab States",
    "MERCOSUR": "Southern Common Market",
    "NATO": "North Atlantic Treaty Organization",
    "OAS": "Organization of American States",
    "OECD": "Organisation for Economic Co-operation and Development",
    "OHCHR": "Office of the United Nations High Commissioner for Human Rights",
    "OIC": "Organisation of Islamic Cooperation",
    "OPEC": "Organization of the Petroleum Exporting Countries",
    "OSCE": "Organization for Security and Co-operation in Europe",
    "PIF": "Pacific Islands Forum",
    "QUAD": "Quadrilateral Security Dialogue",
    "SADC": "Southern African Development Community",
    "SCO": "Shanghai Cooperation Organisation",
    "UN": "United Nations",
    "UNDP": "United Nations Development Programme",
    "UNEP": "United Nations Environment Programme",
    "UNESCO": "United Nations Educational, Scientific and Cultural Organization",
    "UNGA": "United Nations General Assembly",
    "UNHCR": "United Nations High Commissioner for Refugees",
    "UNHRC": "United Nations Human Rights Council",
    "UNICEF": "United Nations Children's Fund",
    "UNRWA": "United Nations Relief and Works Agency for Palestine Refugees",
    "UNSC": "United Nations Security Council",
    "WB": "World Bank",
    "WBG": "World Bank Group",
    "WFP": "World Food Programme",
    "WHO": "World Health Organization",
    "WTO": "World Trade Organization",
}

_ORG_ID = re.compile(r"[A-Z][A-Z0-9]{1,11}")


@cache
def _states() -> dict[str, str]:
    table = {c.alpha_3: getattr(c, "common_name", c.name) for c in pycountry.countries}
    table.update(_EXTRA_STATES)
    return table


def is_state_code(code: str) -> bool:
    """Tell whether ``code`` is an ISO 3166-1 alpha-3 code (or Kosovo's ``XKX``).

    >>> is_state_code("VNM"), is_state_code("VIE")
    (True, False)
    """
    return code in _states()


def state_name(code: str) -> str | None:
    """Return the common English name of a state, or None for an unknown code."""
    return _states().get(code)


def is_organization_id(code: str) -> bool:
    """Tell whether ``code`` is a registered organization id such as ``ASEAN``."""
    return code in _ORGANIZATIONS


def is_actor_code(code: str) -> bool:
    """Tell whether ``code`` names a state or a registered organization."""
    return code in _ORGANIZATIONS or code in _states()


def actor_code_tables() -> tuple[Mapping[str, str], Mapping[str, str]]:
    """Return live read-only views of the organization and state tables, code to name.

    ``code in organizations or code in states`` is :func:`is_actor_code` without a call,
    for code generated to check many codes; a later :func:`register_organization` shows.
    """
    return MappingProxyType(_ORGANIZATIONS), MappingProxyType(_states())


def organization_name(code: str) -> str | None:
    """Return the name of a registered organization, or None."""
    return _ORGANIZATIONS.get(code)


def organizations() -> dict[str, str]:
    """Return a copy of the organization table: id to name."""
    return dict(_ORGANIZATIONS)


def register_organization(code: str, name: str) -> None:
    """Add an organization so records may name it as an actor by ``code``.

    Raises:
        InvalidValueError: the id is not upper-case letters and digits, clashes with a
            state code, or is registered already under another name.
    """
    if not _ORG_ID.fullmatch(code):
        raise InvalidValueError("organization id", code, "not upper-case letters and digits")
    if code in _states():
        raise InvalidValueError("organization id", code, "is a state's ISO 3166-1 code")
    if _ORGANIZATIONS.get(code, name) != name:
        raise InvalidValueError(
            "organization id", code, f"already registered as {_ORGANIZATIONS[code]!r}"
        )
    _ORGANIZATIONS[code] = name
