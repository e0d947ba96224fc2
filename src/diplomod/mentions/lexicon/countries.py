"""Names of states: ISO 3166-1 names from pycountry plus our aliases, demonyms and capitals.

The tables map ISO alpha-3 codes (and "EU" for Brussels) to surface forms as they
appear in press text; :func:`state_entries` turns them into lexicon entries.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from types import MappingProxyType

import pycountry

from diplomod.mentions.lexicon.entries import NameEntry, NameKind, parse_table

__all__ = [
    "CAPITALS",
    "CITIES",
    "DEMONYMS",
    "PLACES",
    "STATE_ALIASES",
    "iso_state_names",
    "state_entries",
]

#: Names of states that pycountry lacks or spells otherwise (short, common, official).
STATE_ALIASES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    parse_table("""
USA United States, U.S., US, USA, U.S.A., America, United States of America
GBR United Kingdom, UK, U.K., Britain, Great Britain
RUS Russia, Russian Federation | CHN China, PRC, People's Republic of China, Mainland China
TWN Taiwan, Chinese Taipei | HKG Hong Kong, Hong Kong SAR | MAC Macau, Macao
KOR South Korea, Republic of Korea, ROK, Korea
PRK North Korea, DPRK, D.P.R.K., Democratic People's Republic of Korea
VNM Vietnam, Viet Nam, Socialist Republic of Vietnam | LAO Laos, Lao PDR
IRN Iran | SYR Syria | TUR Turkey, Türkiye, Turkiye, Republic of Turkey, Republic of Turkiye
CZE Czech Republic, Czechia | CIV Ivory Coast, Cote d'Ivoire, Republic of Cote d'Ivoire
MDA Moldova | BOL Bolivia | VEN Venezuela | TZA Tanzania
VAT Vatican, Vatican City, Holy See | PSE Palestine, State of Palestine
XKX Kosovo, Republic of Kosovo | MMR Burma, Myanmar | BRN Brunei, Brunei Darussalam
ARE UAE, U.A.E., United Arab Emirates, Emirates | SAU Saudi Arabia, KSA
CPV Cape Verde | SWZ Swaziland | MKD Macedonia | FSM Micronesia
COD Democratic Republic of the Congo, DR Congo, DRC, Congo-Kinshasa
COG Republic of the Congo, Congo-Brazzaville | TLS East Timor | KGZ Kyrgyz Republic
GMB The Gambia | BHS The Bahamas
CUW Curacao | REU Reunion | STP Sao Tome and Principe | VCT St. Vincent and the Grenadines
KNA St. Kitts and Nevis | LCA St. Lucia | BES Bonaire, Caribbean Netherlands
CCK Cocos Islands, Cocos (Keeling) Islands | FLK Falkland Islands, Falklands
MAF Saint Martin | SHN Saint Helena | SXM Sint Maarten
""")
)

#: Adjectives and peoples of states ("Japanese", "Emirati"); unambiguous ones only.
DEMONYMS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    parse_table("""
AFG Afghan | ALB Albanian | DZA Algerian | AND Andorran | AGO Angolan | ATG Antiguan
ARG Argentine, Argentinian | ARM Armenian | AUS Australian | AUT Austrian
AZE Azerbaijani | BHS Bahamian | BHR Bahraini | BGD Bangladeshi | BRB Barbadian
BLR Belarusian, Belarusan | BEL Belgian | BLZ Belizean | BEN Beninese | BTN Bhutanese
BOL Bolivian | BIH Bosnian | BWA Botswanan, Motswana | BRA Brazilian | BRN Bruneian
BGR Bulgarian | BFA Burkinabe, Burkinabè | MMR Burmese | BDI Burundian
CPV Cabo Verdean, Cape Verdean | KHM Cambodian | CMR Cameroonian | CAN Canadian
CAF Central African | TCD Chadian | CHL Chilean | CHN Chinese | COL Colombian
COM Comorian | COD Congolese | CRI Costa Rican | CIV Ivorian | HRV Croatian | CUB Cuban
CYP Cypriot | CZE Czech | DNK Danish, Dane | DJI Djiboutian | DOM Dominican
ECU Ecuadorian | EGY Egyptian | SLV Salvadoran, Salvadorean | GNQ Equatorial Guinean
ERI Eritrean | EST Estonian | SWZ Swazi | ETH Ethiopian | FJI Fijian
FIN Finnish | FRA French | GAB Gabonese | GMB Gambian | GEO Georgian | DEU German
GHA Ghanaian | GRC Greek, Hellenic | GRD Grenadian | GTM Guatemalan | GIN Guinean
GNB Bissau-Guinean | GUY Guyanese | HTI Haitian | HND Honduran | HUN Hungarian
ISL Icelandic | IND Indian | IDN Indonesian | IRN Iranian | IRQ Iraqi | IRL Irish
ISR Israeli | ITA Italian | JAM Jamaican | JPN Japanese | JOR Jordanian
KAZ Kazakh, Kazakhstani | KEN Kenyan | KIR I-Kiribati | KOR Korean, South Korean
PRK North Korean | XKX Kosovar, Kosovan | KWT Kuwaiti | KGZ Kyrgyz, Kyrgyzstani
LAO Lao, Laotian | LVA Latvian | LBN Lebanese | LSO Basotho | LBR Liberian | LBY Libyan
LIE Liechtensteiner | LTU Lithuanian | LUX Luxembourgish, Luxembourger | MDG Malagasy
MWI Malawian | MYS Malaysian | MDV Maldivian | MLI Malian | MLT Maltese
MHL Marshallese | MRT Mauritanian | MUS Mauritian | MEX Mexican | FSM Micronesian
MDA Moldovan | MCO Monegasque, Monacan | MNG Mongolian | MNE Montenegrin
MAR Moroccan | MOZ Mozambican | NAM Namibian | NRU Nauruan | NPL Nepali, Nepalese
NLD Dutch | NZL New Zealander | NIC Nicaraguan | NER Nigerien | NGA Nigerian
MKD Macedonian, North Macedonian | NOR Norwegian | OMN Omani | PAK Pakistani
PLW Palauan | PSE Palestinian | PAN Panamanian | PNG Papua New Guinean
PRY Paraguayan | PER Peruvian | PHL Filipino, Philippine | POL Polish | PRT Portuguese
QAT Qatari | ROU Romanian | RUS Russian | RWA Rwandan, Rwandese | KNA Kittitian
LCA Saint Lucian | VCT Vincentian | WSM Samoan | SMR Sammarinese | STP Santomean
SAU Saudi | SEN Senegalese | SRB Serbian | SYC Seychellois | SLE Sierra Leonean
SGP Singaporean | SVK Slovak | SVN Slovenian, Slovene | SLB Solomon Islander
SOM Somali | ZAF South African | SSD South Sudanese | ESP Spanish | LKA Sri Lankan
SDN Sudanese | SUR Surinamese | SWE Swedish | CHE Swiss | SYR Syrian | TWN Taiwanese
TJK Tajik, Tajikistani | TZA Tanzanian | THA Thai | TLS Timorese | TGO Togolese
TON Tongan | TTO Trinidadian | TUN Tunisian | TUR Turkish | TKM Turkmen, Turkmenistani
TUV Tuvaluan | UGA Ugandan | UKR Ukrainian | ARE Emirati | GBR British
USA American | URY Uruguayan | UZB Uzbek, Uzbekistani | VUT Ni-Vanuatu
VEN Venezuelan | VNM Vietnamese | YEM Yemeni | ZMB Zambian | ZWE Zimbabwean
HKG Hong Konger | MAC Macanese
""")
)

#: Capitals that press text uses for their government ("Beijing said"); Brussels is the EU.
CAPITALS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    parse_table("""
AFG Kabul | ALB Tirana | DZA Algiers | AND Andorra la Vella | AGO Luanda | ARG Buenos Aires
ARM Yerevan | AUS Canberra | AUT Vienna | AZE Baku | BHS Nassau | BHR Manama
BGD Dhaka | BRB Bridgetown | BLR Minsk | BLZ Belmopan | BEN Porto-Novo
BTN Thimphu | BOL La Paz, Sucre | BIH Sarajevo | BWA Gaborone | BRA Brasilia, Brasília
BRN Bandar Seri Begawan | BGR Sofia | BFA Ouagadougou | BDI Gitega | KHM Phnom Penh
CMR Yaounde, Yaoundé | CAN Ottawa | CPV Praia | CAF Bangui | TCD N'Djamena
CHL Santiago | CHN Beijing | COL Bogota, Bogotá | COM Moroni | COD Kinshasa
COG Brazzaville | CRI San Jose, San José | CIV Yamoussoukro | HRV Zagreb | CUB Havana
CYP Nicosia | CZE Prague | DNK Copenhagen | DJI Djibouti City | DMA Roseau
DOM Santo Domingo | ECU Quito | EGY Cairo | SLV San Salvador | GNQ Malabo | ERI Asmara
EST Tallinn | SWZ Mbabane | ETH Addis Ababa | FJI Suva | FIN Helsinki | FRA Paris
GAB Libreville | GMB Banjul | GEO Tbilisi | DEU Berlin | GHA Accra | GRC Athens
GTM Guatemala City | GIN Conakry | GNB Bissau | GUY Georgetown | HTI Port-au-Prince
HND Tegucigalpa | HUN Budapest | ISL Reykjavik, Reykjavík | IND New Delhi | IDN Jakarta
IRN Tehran, Teheran | IRQ Baghdad | IRL Dublin | ITA Rome | JAM Kingston | JPN Tokyo
JOR Amman | KAZ Astana, Nur-Sultan | KEN Nairobi | KWT Kuwait City | KGZ Bishkek
LAO Vientiane | LVA Riga | LBN Beirut | LSO Maseru | LBR Monrovia | LBY Tripoli
LIE Vaduz | LTU Vilnius | MDG Antananarivo | MWI Lilongwe | MYS Kuala Lumpur
MLI Bamako | MLT Valletta | MRT Nouakchott | MUS Port Louis | MEX Mexico City
MDA Chisinau, Chișinău | MNG Ulaanbaatar, Ulan Bator | MNE Podgorica | MAR Rabat
MOZ Maputo | MMR Naypyidaw, Nay Pyi Taw | NAM Windhoek | NPL Kathmandu
NLD Amsterdam | NZL Wellington | NIC Managua | NER Niamey | NGA Abuja | PRK Pyongyang
MKD Skopje | NOR Oslo | OMN Muscat | PAK Islamabad | PAN Panama City | PNG Port Moresby
PRY Asuncion, Asunción | PER Lima | PHL Manila | POL Warsaw | PRT Lisbon | QAT Doha
ROU Bucharest | RUS Moscow | RWA Kigali | WSM Apia | SAU Riyadh | SEN Dakar
SRB Belgrade | SLE Freetown | SVK Bratislava | SVN Ljubljana | SLB Honiara
SOM Mogadishu | ZAF Pretoria | KOR Seoul | SSD Juba | ESP Madrid | LKA Colombo
SDN Khartoum | SUR Paramaribo | SWE Stockholm | CHE Bern, Berne | SYR Damascus
TWN Taipei | TJK Dushanbe | TZA Dodoma | THA Bangkok | TLS Dili | TGO Lome, Lomé
TON Nuku'alofa | TTO Port of Spain | TUN Tunis | TUR Ankara | TKM Ashgabat
UGA Kampala | UKR Kyiv, Kiev | ARE Abu Dhabi | GBR London | USA Washington
URY Montevideo | UZB Tashkent | VUT Port Vila | VEN Caracas | VNM Hanoi | YEM Sanaa
ZMB Lusaka | ZWE Harare | XKX Pristina | EU Brussels
""")
)

#: Cities that host diplomacy, beyond the capitals: name -> ISO alpha-3 code.
CITIES: Mapping[str, str] = MappingProxyType(
    {
        city: code
        for code, names in parse_table("""
CHE Geneva, Davos, Zurich, Lugano, Lausanne, Montreux, Bern, Berne
USA New York, New York City, Honolulu, Camp David, San Francisco, Los Angeles, Chicago,
USA Anchorage, Hawaii, Washington DC, Washington D.C., Palm Beach, Mar-a-Lago
IDN Bali, Nusa Dua, Jakarta | AUS Melbourne, Sydney, Brisbane, Perth, Adelaide
SGP Singapore | VNM Nha Trang, Ho Chi Minh City, Da Nang, Hai Phong
DEU Munich, Hamburg, Frankfurt, Bonn, Ramstein, Cologne | AUT Vienna, Salzburg
NLD The Hague, Rotterdam, Amsterdam | JPN Osaka, Kyoto, Hiroshima, Nagasaki, Yokohama
JPN Nagoya, Okinawa, Sapporo, Kobe | KOR Busan, Incheon, Jeju
CHN Shanghai, Hangzhou, Guangzhou, Shenzhen, Xiamen, Tianjin, Chengdu, Wuhan, Xi'an
RUS Sochi, St. Petersburg, Saint Petersburg, St Petersburg, Vladivostok, Kazan
BLR Minsk | TUR Istanbul, Antalya, Izmir | QAT Doha | SAU Riyadh, Jeddah, NEOM
ARE Abu Dhabi, Dubai | EGY Sharm el-Sheikh, Alexandria | BEL Brussels
FRA Strasbourg, Marseille, Lyon, Biarritz, Deauville | GBR Glasgow, Edinburgh, Manchester
GBR Cornwall, Carbis Bay, Belfast | ITA Milan, Naples, Florence, Venice, Taormina
ESP Barcelona, Seville | PRT Porto | POL Krakow, Kraków, Gdansk, Rzeszow, Rzeszów
UKR Lviv, Kharkiv, Kharkov, Odesa, Odessa, Mariupol, Dnipro, Sumy, Zaporizhzhia, Kherson
UKR Bucha, Irpin | IND Mumbai, Bengaluru, Bangalore, Kolkata, Chennai, Hyderabad, Goa
PAK Karachi, Lahore | KAZ Almaty | UZB Samarkand | MMR Yangon | KHM Siem Reap
PHL Cebu | CAN Toronto, Montreal, Vancouver, Quebec City, Halifax, Charlevoix
BRA Rio de Janeiro, Sao Paulo, São Paulo | ZAF Johannesburg, Cape Town, Durban
NGA Lagos | CIV Abidjan | MAR Casablanca, Marrakesh, Marrakech | ISR Tel Aviv
PSE Ramallah, Gaza | JOR Aqaba | NZL Auckland, Christchurch | THA Pattaya, Phuket
MYS Langkawi, Penang | LKA Kandy | KEN Mombasa | TZA Dar es Salaam | OMN Salalah
""").items()
        for city in names
    }
)

#: Places whose names hold a state name or demonym but which are not actors.
PLACES: tuple[str, ...] = (
    "South China Sea", "South China Seas", "South China seas", "East China Sea",
    "East China Seas", "Sea of Japan", "Japan Sea", "Korean Peninsula", "Korean peninsula",
    "Taiwan Strait", "Taiwan Straits", "Strait of Taiwan", "Gulf of Thailand",
    "Gulf of Mexico", "Gulf of Guinea", "Gulf of Oman", "Gulf of Finland", "Indian Ocean",
    "Arabian Sea", "Persian Gulf", "Irish Sea", "Latin America", "Latin American",
    "South America", "South American", "North America", "North American",
    "Central America", "Central American", "Americas", "African American",
    "Asian American", "New Guinea", "New Mexico", "New Jersey", "Northern Ireland",
    "British Columbia", "British Isles", "Washington Post", "Washington Times",
    "Washington Consensus", "Panama Canal", "Jordan River",
)  # fmt: skip


def iso_state_names() -> Iterator[tuple[str, str]]:
    """Yield ``(alpha-3 code, name)`` for every ISO 3166-1 name usable in prose.

    Names with commas or parentheses ("Korea, Republic of") are skipped; a leading
    "the" is dropped ("the State of Eritrea" gives "State of Eritrea").
    """
    for country in pycountry.countries:
        code = str(country.alpha_3)
        for attribute in ("name", "official_name", "common_name"):
            name = getattr(country, attribute, None)
            if not isinstance(name, str) or "," in name or "(" in name:
                continue
            yield code, name.removeprefix("the ")


@cache
def state_entries() -> tuple[NameEntry, ...]:
    """Return the lexicon entries of states, demonyms, capitals and places."""
    entries: dict[str, NameEntry] = {}

    def add(surface: str, kind: NameKind, code: str | None) -> None:
        for variant in {surface, surface.replace("'", "\u2019")}:
            entries.setdefault(variant, NameEntry(surface=variant, kind=kind, code=code))

    for place in PLACES:
        add(place, NameKind.PLACE, None)
    for code, names in STATE_ALIASES.items():
        for name in names:
            add(name, NameKind.STATE, code)
    for code, name in iso_state_names():
        add(name, NameKind.STATE, code)
    for code, names in DEMONYMS.items():
        for name in names:
            add(name, NameKind.DEMONYM, code)
    for code, names in CAPITALS.items():
        for name in names:
            add(name, NameKind.CAPITAL, code)
    return tuple(entries.values())
