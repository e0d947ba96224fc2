"""Names of international organizations and of government bodies.

Organizations are keyed by the upper-case acronym the evaluation format uses
("ASEAN", "EU", "NATO", "UN", "AU"). Bodies with a fixed state ("the Kremlin")
map to the state's ISO alpha-3 code; generic body words ("Ministry",
"Department") get their state from the words around them.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from diplomod.mentions.lexicon.entries import NameEntry, NameKind, parse_table

__all__ = ["BODIES", "BODY_WORDS", "ORGANIZATIONS", "ORGANIZATION_HEADS", "organization_entries"]

#: International organizations: acronym -> names (the acronym itself is listed when used).
ORGANIZATIONS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    parse_table("""
ASEAN ASEAN, Association of Southeast Asian Nations, Association of South-East Asian Nations
ASEAN Association of South East Asian Nations
EU EU, E.U., European Union | EC European Commission | EP European Parliament
EUCO European Council, Council of the European Union, Council of the EU
UN UN, U.N., United Nations, United Nations Organization
UNSC UNSC, UN Security Council, U.N. Security Council, United Nations Security Council
UNGA UNGA, UN General Assembly, U.N. General Assembly, United Nations General Assembly
UNGA General Assembly | UNHRC UN Human Rights Council, Human Rights Council
NATO NATO, North Atlantic Treaty Organization, North Atlantic Treaty Organisation
NATO North Atlantic Alliance | AU African Union, AU | AUC African Union Commission, AUC
G7 G7, G-7, Group of Seven | G20 G20, G-20, Group of Twenty, Group of 20
QUAD Quad, Quadrilateral Security Dialogue
OSCE OSCE, Organization for Security and Co-operation in Europe
OSCE Organization for Security and Cooperation in Europe
WHO WHO, World Health Organization, World Health Organisation
IAEA IAEA, International Atomic Energy Agency | WTO WTO, World Trade Organization
IMF IMF, International Monetary Fund | WBG World Bank, World Bank Group
OPEC OPEC, Organization of the Petroleum Exporting Countries
SCO SCO, Shanghai Cooperation Organisation, Shanghai Cooperation Organization
BRICS BRICS | CSTO CSTO, Collective Security Treaty Organization
CSTO Collective Security Treaty Organisation
GCC GCC, Gulf Cooperation Council, Cooperation Council for the Arab States of the Gulf
LAS Arab League, League of Arab States | OAS OAS, Organization of American States
APEC APEC, Asia-Pacific Economic Cooperation | COE Council of Europe
ICC ICC, International Criminal Court | ICJ ICJ, International Court of Justice
EAEU EAEU, Eurasian Economic Union | CIS Commonwealth of Independent States
ECOWAS ECOWAS, Economic Community of West African States
SADC SADC, Southern African Development Community | MERCOSUR Mercosur, MERCOSUR
PIF Pacific Islands Forum | OECD OECD
OECD Organisation for Economic Co-operation and Development
OIC OIC, Organisation of Islamic Cooperation, Organization of Islamic Cooperation
UNHCR UNHCR | UNICEF UNICEF | UNESCO UNESCO | UNDP UNDP, UN Development Programme
WFP WFP, World Food Programme | FAO Food and Agriculture Organization
ILO International Labour Organization | IOM International Organization for Migration
UNRWA UNRWA | OHCHR OHCHR | UNEP UNEP | ICAO ICAO | IMO International Maritime Organization
INTERPOL Interpol, INTERPOL | AUKUS AUKUS | GUAM GUAM | BSEC BSEC
BSEC Organization of the Black Sea Economic Cooperation | CELAC CELAC
ADB Asian Development Bank | AIIB AIIB, Asian Infrastructure Investment Bank
EBRD EBRD, European Bank for Reconstruction and Development | IEA International Energy Agency
ARF ASEAN Regional Forum | ACDC Africa CDC, Africa Centres for Disease Control and Prevention
""")
)

#: Bodies whose state is fixed by their name: surface -> ISO alpha-3 code.
BODIES: Mapping[str, str] = MappingProxyType(
    {
        name: code
        for code, names in parse_table("""
USA White House, State Department, Department of State, U.S. Department of State, Pentagon
USA US State Department, U.S. State Department, Department of Defense, U.S. Congress
USA US Department of State, Oval Office, Capitol Hill, Office of the Spokesperson
RUS Kremlin
FRA Élysée, Elysée, Elysee, Élysée Palace, Elysee Palace, Quai d'Orsay
GBR Downing Street, Foreign Office, FCDO | DEU Federal Foreign Office, Bundestag
CHN Zhongnanhai | KOR Blue House, Yongsan Presidential Office | JPN Kantei
BRA Itamaraty, Palácio do Planalto, Planalto Palace | ZAF DIRCO | IDN Kemlu
PSE Palestinian Authority
""").items()
        for name in names
    }
    | {
        "Foreign, Commonwealth and Development Office": "GBR",
        "Foreign, Commonwealth & Development Office": "GBR",
    }
)

#: Generic body heads; their state comes from "of <state>", a possessive or a demonym.
BODY_WORDS: tuple[str, ...] = (
    "Ministry", "ministry", "Department", "Government", "government", "Embassy", "embassy",
    "Office of the President", "Presidential Office", "Cabinet Office",
)  # fmt: skip

#: Last words of the names of organizations and bodies the lexicon need not know:
#: "the Foo Development Agency", "the Communist Party of Vietnam's Commission". A title
#: followed by "of (the) <capitalized words ending in one of these>" names its holder's body.
ORGANIZATION_HEADS: tuple[str, ...] = (
    "Agency", "Bank", "Fund", "Party", "Commission", "Committee", "Council", "Organization",
    "Organisation", "Institute", "Institution", "Authority", "Board", "Foundation", "Forum",
    "Programme", "Program", "Association", "Federation", "Centre", "Center", "Court",
    "Secretariat", "Corporation", "Company", "Movement", "Front", "League", "Alliance",
    "Union", "Assembly", "Parliament", "Congress", "Senate", "Bureau", "Office", "Service",
    "Academy", "University", "Society", "Chamber", "Group", "Trust", "Network", "Facility",
    "Mission", "Ministry", "Department", "Tribunal", "Cabinet", "Administration",
    "Directorate", "Command", "Force", "Forces", "Army", "Navy", "Guard", "Corps",
)  # fmt: skip


@cache
def organization_entries() -> tuple[NameEntry, ...]:
    """Return the lexicon entries of organizations and of bodies with a fixed state."""
    entries: dict[str, NameEntry] = {}
    for code, names in ORGANIZATIONS.items():
        for name in names:
            entries.setdefault(name, NameEntry(surface=name, kind=NameKind.ORGANIZATION, code=code))
    for name, code in BODIES.items():
        for variant in {name, name.replace("'", "\u2019")}:
            entries.setdefault(variant, NameEntry(surface=variant, kind=NameKind.BODY, code=code))
    return tuple(entries.values())
