"""Offices, ranks and honorifics, and the words that build or refer to them.

A title in press text is a head ("Minister", "Secretary of State") that may be
preceded by modifiers and portfolio words ("Deputy Foreign Minister") and followed
by a remit ("of National Defence", "for East Asian and Pacific Affairs"). Titles
are matched case-sensitively: the capitalized forms everywhere, the lower-case
forms only for heads listed in :data:`LOWERCASE_TITLES`.
"""

from __future__ import annotations

__all__ = [
    "COUNTERPART_WORDS",
    "GROUP_NOUNS",
    "LOWERCASE_TITLES",
    "PORTFOLIO_WORDS",
    "PRONOUNS",
    "RANKS",
    "SIDE_WORDS",
    "TITLES",
    "TITLE_MODIFIERS",
]

#: Heads of titles, capitalized. Portfolio words and modifiers combine with them.
TITLES: tuple[str, ...] = (
    "President", "Vice President", "Vice-President", "President-elect", "Prime Minister",
    "Premier", "Vice Premier", "Chancellor", "Federal Chancellor", "King", "Queen",
    "Emperor", "Empress", "Emir", "Amir", "Crown Prince", "Sultan", "Pope", "Supreme Leader",
    "Grand Duke", "Governor-General", "Governor General", "Chairman", "Chairwoman",
    "Chairperson", "Chair", "General Secretary", "Secretary General", "Secretary-General",
    "Minister", "Foreign Minister", "Defense Minister", "Defence Minister", "Secretary",
    "Secretary of State", "Minister of State", "State Secretary", "Undersecretary",
    "National Security Advisor", "National Security Adviser", "Adviser", "Advisor",
    "State Councilor", "State Councillor", "Ambassador", "Ambassador-at-Large",
    "Special Envoy", "Envoy", "Special Representative", "High Representative",
    "Permanent Representative", "Trade Representative", "Spokesperson", "Spokesman",
    "Spokeswoman", "Press Secretary", "Aide", "Counselor", "Counsellor", "Chief of Staff",
    "Commander", "Commander-in-Chief", "Chief of the General Staff", "Chief of General Staff",
    "Chief of Defence", "Chief of Defense", "Chairman of the Joint Chiefs of Staff",
    "Governor", "Mayor", "Senator", "Speaker", "Director", "Director General",
    "Director-General", "Administrator", "Head", "Head of State", "Head of Government",
    "Chief Executive", "CEO", "Commissioner", "High Commissioner", "Attorney General",
    "Consul General", "Consul-General", "Consul", "Charge d'Affaires", "Chargé d'Affaires",
    "Vice Minister", "Majority Leader", "Minority Leader", "Leader of the Opposition",
    "Chief Cabinet Secretary", "Cabinet Secretary", "Foreign Secretary", "Home Secretary",
    "Defence Secretary", "Defense Secretary", "Vice Chairman", "Vice-Chairman",
    "Ambassador-at-large", "Ambassador at Large", "Ambassador-At-Large", "Managing Director",
    "Executive Director", "Executive Secretary", "Coordinator", "Special Coordinator",
    "Leader", "Party Leader", "Deputy Leader", "Taoiseach", "Tanaiste", "T\u00e1naiste",
    "Chief Minister", "Chief of Mission", "Deputy Chief of Mission", "Vice Chair",
    "Vice Chairperson", "Vice-Chairperson", "Director of National Intelligence",
)  # fmt: skip

#: Heads that also appear in lower case before a name or as a role ("the prime minister").
LOWERCASE_TITLES: tuple[str, ...] = (
    "president", "vice president", "prime minister", "premier", "chancellor",
    "foreign minister", "defence minister", "defense minister", "minister",
    "secretary of state", "secretary", "ambassador", "envoy", "special envoy",
    "spokesperson", "spokesman", "spokeswoman", "king", "queen", "emir", "crown prince",
    "state councilor", "head of state", "head of government", "national security adviser",
    "national security advisor", "secretary-general", "secretary general", "chairman",
    "foreign secretary", "defence secretary", "defense secretary", "leader",
    "vice premier", "director-general", "director general", "managing director",
    "high representative", "special representative", "ambassador-at-large",
)  # fmt: skip

#: Words that may precede a title head without changing which office it is.
TITLE_MODIFIERS: tuple[str, ...] = (
    "Deputy", "Vice", "Assistant", "Under", "Acting", "Permanent", "First", "Senior",
    "Chief", "Federal", "Executive", "Principal", "Special", "Former", "Interim",
    "Incoming", "Outgoing", "Parliamentary", "Joint", "Second", "Lead", "Co-Chair",
    "deputy", "vice", "assistant", "acting", "former", "senior", "incoming", "outgoing",
    "interim", "then", "Board", "Managing", "Presidential", "opposition", "Opposition",
    "Supreme", "Regional", "Provisional", "Transitional",
)  # fmt: skip

#: Words naming an office's remit: "Foreign", "Affairs", "National Defence", "Indo-Pacific".
PORTFOLIO_WORDS: tuple[str, ...] = (
    "Foreign", "Affairs", "Defense", "Defence", "National", "Internal", "Interior", "Home",
    "Finance", "Financial", "Treasury", "Economy", "Economic", "Economics", "Development",
    "Trade", "Industry", "Industries", "Industrial", "Energy", "Health", "Justice",
    "Education", "Science", "Sciences", "Technology", "Technologies", "Culture", "Cultural",
    "Agriculture", "Food", "Transport", "Transportation", "Communications",
    "Communication", "Environment", "Environmental", "Labour", "Labor", "Social", "Policy",
    "Policies", "Security", "Emergency", "Emergencies", "Situations", "Digital",
    "Transformation", "Infrastructure", "Commerce", "Investment", "Tourism", "Sport",
    "Sports", "Youth", "Women", "Family", "Planning", "International", "Cooperation",
    "Co-operation", "Relations", "Public", "Administration", "Veterans", "Strategic",
    "Resources", "Natural", "Mineral", "Mines", "Mining", "Oil", "Gas", "Water", "Climate",
    "Change", "Fisheries", "Forestry", "Land", "Lands", "Housing", "Urban", "Rural",
    "Regional", "Local", "Government", "Territories", "Reintegration", "Temporarily",
    "Occupied", "European", "Integration", "Information", "Unification", "Maritime",
    "Ocean", "Oceans", "Legal", "Solidarity", "Welfare", "Budget", "Revenue", "Customs",
    "Immigration", "Citizenship", "Indigenous", "Employment", "Innovation", "Research",
    "Higher", "Space", "Aviation", "Railways", "Roads", "Highways", "Ports", "Shipping",
    "Power", "Electricity", "Petroleum", "Media", "Arts", "Heritage", "Religious",
    "Police", "Civil", "Protection", "Disaster", "Management", "Gender", "Equality",
    "Human", "Rights", "Minorities", "Diaspora", "Overseas", "Expatriates", "Asia",
    "Asian", "East", "South", "West", "North", "Central", "Southeast", "Pacific", "Africa",
    "African", "Americas", "Europe", "Eurasia", "Eurasian", "Middle", "Near", "Western",
    "Hemisphere", "Indo-Pacific", "Arms", "Control", "Political", "Growth", "Democracy",
    "Civilian", "Diplomacy", "Acquisition", "Sustainment", "Intelligence", "Personnel",
    "Readiness", "Homeland", "Ministry", "Department", "Office", "Communist", "Party",
    "Commission", "Committee", "Council", "Service", "Services", "Agency", "Bureau",
    "External", "Multilateral", "Consular", "Nonproliferation", "Non-Proliferation",
    "Counterterrorism", "Terrorism", "Global", "Issues", "Operations", "Commonwealth",
    "Cyber", "Cybersecurity", "Export", "Exports", "Enterprise", "Enterprises", "Refugees",
    "Migration", "Statistics", "Competition", "Telecommunications", "Post", "Population",
    "Armed", "Forces", "Staff", "Army", "Navy", "Air", "Force", "Joint",
    "Chiefs", "Legislative", "Parliamentary", "Parliament", "Assembly", "Senate", "State",
)  # fmt: skip

#: Ranks and honorifics that stand before a name ("General", "Sr. Lt. Gen.", "Mr.", "H.E.").
RANKS: tuple[str, ...] = (
    "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Prof.", "Professor", "H.E.",
    "His Excellency", "Her Excellency", "His Majesty", "Her Majesty", "His Royal Highness",
    "Her Royal Highness", "His Highness", "Her Highness", "Sheikh", "Shaikh", "Sheikha",
    "Prince", "Princess", "Sir", "Dame", "Lord", "Baroness", "Baron", "Madam", "Madame",
    "Mme", "Mme.", "Hon.", "The Honourable", "The Honorable", "Honourable", "Honorable",
    "General", "Gen.", "Lieutenant General", "Lt. Gen.", "Lt Gen", "Lt.Gen.",
    "Senior Lieutenant General", "Sr. Lt. Gen.", "Major General", "Maj. Gen.", "Maj Gen",
    "Brigadier General", "Brig. Gen.", "Brigadier", "Colonel", "Col.", "Lieutenant Colonel",
    "Lt. Col.", "Senior Colonel", "Colonel General", "Army General", "Admiral", "Adm.",
    "Vice Admiral", "Vice Adm.", "Rear Admiral", "Rear Adm.", "Fleet Admiral", "Captain",
    "Capt.", "Cmdr.", "Marshal", "Field Marshal", "Air Marshal", "Air Chief Marshal",
    "Air Vice Marshal", "Senior General", "Major", "Maj.", "Lieutenant", "Lt.",
    # honorifics of South and Southeast Asia, the Gulf and the Commonwealth
    "Shri", "Smt.", "Smt", "Dato'", "Dato\u2019", "Dato", "Datuk", "Datin", "Dato' Sri",
    "Dato\u2019 Sri", "Dato Sri", "Datuk Seri", "Tan Sri", "Tun", "Toh Puan", "Samdech",
    "Samdech Techo", "Pehin", "Dasho", "Lyonpo", "Sayyid", "Rt. Hon.", "Rt Hon", "Rt Hon.",
    "The Rt Hon", "The Rt. Hon.", "The Right Honourable", "Right Honourable", "Engr.",
    "Eng.", "Excellency",
)  # fmt: skip

#: Words that name the other side's holder of the same office.
COUNTERPART_WORDS: tuple[str, ...] = ("counterpart", "counterparts", "Counterpart")

#: Nouns that, after a state or demonym, stand for that state ("the Russian side").
SIDE_WORDS: tuple[str, ...] = ("side", "delegation", "leadership")

#: Plural nouns that refer back to a group of actors ("the two leaders", "both sides").
GROUP_NOUNS: tuple[str, ...] = (
    "Ministers", "ministers", "leaders", "Leaders", "Presidents", "presidents", "sides",
    "Sides", "parties", "Parties", "countries", "nations", "governments", "Governments",
    "Secretaries", "secretaries", "delegations", "Delegations", "interlocutors", "chiefs",
    "heads of state", "Heads of State", "heads of government", "pair", "states", "allies",
    "Prime Ministers", "prime ministers", "Foreign Ministers", "foreign ministers",
    "Defense Ministers", "Defence Ministers", "defense ministers", "defence ministers",
    "defense chiefs", "defence chiefs", "Secretary and Foreign Ministers",
    "Secretary and the Foreign Minister", "teams", "delegation heads",
)  # fmt: skip

#: Personal pronouns that may refer to a person or a group of actors.
PRONOUNS: tuple[str, ...] = (
    "he", "He", "she", "She", "his", "His", "her", "Her", "him", "himself", "herself",
    "they", "They", "their", "Their", "them", "themselves", "we", "We", "our", "Our", "us",
    "ourselves",
)  # fmt: skip
