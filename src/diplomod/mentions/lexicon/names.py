"""Word lists for reading person names: particles, name order, words that are never names.

East Asian names are often written family name first ("Xi Jinping", "Hayashi
Yoshimasa", "Phan Van Giang"); :data:`FAMILY_FIRST` lists common family names
that signal that order, and :data:`FAMILY_FIRST_STATES` the states whose
officials are written that way by default.
"""

from __future__ import annotations

__all__ = [
    "FAMILY_FIRST",
    "FAMILY_FIRST_STATES",
    "GIVEN_NAME_STATES",
    "MIXED_ORDER_STATES",
    "NAME_CUES",
    "NAME_PARTICLES",
    "NAME_SUFFIXES",
    "NON_NAMES",
    "REPORTING_VERBS",
]

#: Lower-case particles inside names: "bin" Rashid, "von der" Leyen, "de" Poncins.
NAME_PARTICLES: tuple[str, ...] = (
    "bin", "bint", "ibn", "al", "el", "de", "da", "di", "du", "del", "della", "der", "den",
    "van", "von", "dos", "das", "do", "la", "le", "ter", "zu", "y", "af", "ben", "abu",
    "binti", "ibni", "bte", "ould", "vom", "zur", "dela", "ap",
)  # fmt: skip

#: Generational suffixes after a name: "Joseph R. Biden, Jr.", "Lloyd J. Austin III".
NAME_SUFFIXES: tuple[str, ...] = ("Jr.", "Jr", "Sr.", "II", "III", "IV")

#: States whose officials' names are written family name first in English press.
FAMILY_FIRST_STATES: tuple[str, ...] = ("CHN", "TWN", "KOR", "PRK", "VNM", "KHM", "MAC")

#: States whose officials are called by their given name alone ("Minister Giang").
GIVEN_NAME_STATES: tuple[str, ...] = ("VNM", "THA")

#: States whose officials appear in either order; the family-name list decides.
MIXED_ORDER_STATES: tuple[str, ...] = ("JPN", "SGP", "MYS", "HKG")

#: Words after which a bare full name is read as a person ("talks with Emmanuel Macron").
NAME_CUES: tuple[str, ...] = (
    "with", "between", "by", "told", "thanked", "invited", "received",
    "congratulated", "welcomed", "called", "phoned", "met", "hosted", "urged", "asked",
)  # fmt: skip

#: Family names that, leading a name, mark family-name-first order (CJK, Vietnamese, Khmer).
FAMILY_FIRST: tuple[str, ...] = (
    # Chinese
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
    "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie",
    "Song", "Tang", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan",
    "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren",
    "Shen", "Yao", "Xi", "Qin", "Dai", "Fu", "Zou", "Kong", "Bai", "Cui", "Kang", "Mao",
    "Qiu", "Qian", "Yan", "Hou", "Shao", "Meng", "Wan", "Duan", "Lei", "Tan", "Jin",
    "Lai", "Gong", "Wen", "Hua", "Tsai", "Chiang", "Hsieh", "Wong", "Chan", "Leung",
    # Korean
    "Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Cho", "Yoon", "Yun", "Jang", "Lim",
    "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Yoo", "Hong", "Jeon", "Ko",
    "Moon", "Son", "Bae", "Baek", "Heo", "Nam", "Noh", "Roh", "Kwak", "Sung", "Cha",
    "Joo", "Woo", "Min", "Ryu", "Chun", "Byun", "Choo", "Chu", "Pyo", "Ban",
    # Japanese
    "Kishida", "Kishi", "Hayashi", "Abe", "Suga", "Motegi", "Kamikawa", "Ishiba", "Iwaya",
    "Nakatani", "Hamada", "Kihara", "Takaichi", "Matsuno", "Koizumi", "Tanaka", "Suzuki",
    "Sato", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato",
    "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Shimizu",
    "Mori", "Ikeda", "Hashimoto", "Ishikawa", "Okada", "Fujita", "Goto", "Kono", "Aso",
    "Noda", "Hatoyama", "Fukuda", "Onodera", "Nishimura", "Hagiuda", "Kamikawa", "Okano",
    "Mogi", "Amari", "Obuchi", "Nukaga", "Yamagiwa", "Funakoshi", "Akiba", "Mori",
    # Vietnamese
    "Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui",
    "Do", "Ho", "Ngo", "Duong", "Ly", "Truong", "Dinh", "Lam", "Mai", "Trinh", "To", "Ha",
    "Luong", "Dao", "Doan", "Luu", "Quach", "Ton", "Vuong", "Kieu",
    # Khmer
    "Hun", "Sar", "Kem", "Prak", "Tea", "Chea", "Sok", "Heng", "Hor", "Sam",
)  # fmt: skip

#: Capitalized words that are never part of a person's name.
NON_NAMES: tuple[str, ...] = (
    "The", "This", "That", "These", "Those", "A", "An", "And", "But", "Or", "Nor", "In",
    "On", "At", "For", "From", "To", "With", "By", "Of", "As", "During", "After", "Before",
    "Following", "Today", "Yesterday", "Tomorrow", "Tonight", "I", "We", "It", "They",
    "His", "Her", "Their", "Our", "Its", "My", "Your", "Both", "Each", "All", "Also", "Then",
    "However", "Meanwhile", "According", "Under", "Regarding", "Concerning", "Welcoming",
    "Recognizing", "Recognising", "Furthermore", "Moreover", "Thus", "Since", "While",
    "When", "Where", "Which", "Who", "Whom", "Whose", "What", "Why", "How", "If", "Upon",
    "Amid", "Among", "Between", "Through", "Throughout", "Despite", "Against", "Over",
    "Via", "Per", "Not", "No", "Yes", "Please", "Thank", "Thanks", "Good", "Welcome",
    "Dear", "Mr", "Ministers", "Ministry", "Ministries", "Presidents", "Secretaries",
    "Government", "Governments", "Cooperation", "Co-operation", "Defense", "Defence",
    "Forces", "Force", "Army", "Navy", "Air", "Sea", "Seas", "Ocean", "Strait", "Peninsula",
    "Island", "Islands", "Republic", "Kingdom", "Federation", "State", "States", "Union",
    "Council", "Commission", "Committee", "Agreement", "Agreements", "Memorandum",
    "Memoranda", "Treaty", "Convention", "Declaration", "Statement", "Dialogue", "Meeting",
    "Summit", "Conference", "Forum", "Talks", "Partnership", "Alliance", "Strategy",
    "Initiative", "Framework", "Program", "Programme", "Office", "Department", "Agency",
    "Mission", "Law", "Act", "Order", "Policy", "Economic", "Security", "National",
    "International", "Strategic", "Joint", "Special", "New", "Level", "Free", "Open",
    "Indo-Pacific", "Pacific", "Asia", "Europe", "Africa", "Middle", "East", "West",
    "North", "South", "Central", "Southeast", "Northeast", "Global", "World", "Region",
    "Province", "City", "Press", "Release", "Image", "Photo", "Advertisement", "Day",
    "Week", "Month", "Year", "Party", "Parties", "Side", "Sides", "Leaders", "Group",
    "Organization", "Organisation", "Association", "Bank", "Fund", "Court", "Charter",
    "Ministerial", "Trilateral", "Bilateral", "Multilateral", "Equipment", "Technology",
    "Transfer", "Military", "Maritime", "Ground", "Self-Defense", "Self-Defence", "Coast",
    "Guard", "Base", "Naval", "Palace", "House", "Hall", "Center", "Centre", "University",
    "Institute", "Corporation", "Company", "Inc.", "Ltd", "Daily", "Times", "Post", "News",
    "Television", "Radio", "Service", "Services", "Affairs", "Foreign", "Development",
    "Trade", "Energy", "Health", "Affairs", "COVID-19", "Covid-19", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "Spokesperson", "Readout", "Begin", "End", "Text", "Overview", "Conclusion",
    "Background", "Note", "Notes", "Source", "Sources", "Update", "Report", "Reports",
    "Embassy", "Consulate", "Parliament", "Congress", "Senate", "Assembly", "Cabinet",
    "Administration", "Navy", "Coalition", "Operation", "Operations", "Exercise", "Fleet",
    "Command", "Headquarters", "Capital", "Federal", "Royal", "Imperial", "Democratic",
    "People's", "Socialist", "Islamic", "Arab", "Western", "Eastern", "Northern",
    "Southern", "Black", "Red", "White", "Blue", "Green", "Gulf", "Bay", "River", "Lake",
    "Mount", "Dialogue", "Consultations", "Consultation", "Negotiations", "Peace",
    "Nuclear", "Missile", "Missiles", "Cyber", "Cybersecurity", "Medicine", "Human",
    "Rights", "Climate", "Change", "Crisis", "War", "Accords", "Accord", "Protocol",
    "Plan", "Action", "Vision", "Principles", "Principle", "Outlook", "Zone", "Area",
    "Port", "Airport", "Station", "Street", "Square", "Road", "Tower", "Building",
    "Ally", "Allies", "Technologies", "Olympics", "Games", "Summer", "Winter", "COVID",
    "Presidential", "Prime", "Senior", "Deputy", "Vice", "Chief", "Acting", "Former",
    "President", "Minister", "Secretary", "Ambassador", "Chairman", "Director", "Head",
    # verbs and nouns of readout headings ("Foreign Minister Holds Video Conference with")
    "Holds", "Meets", "Hosts", "Receives", "Attends", "Visits", "Pays", "Speaks", "Calls",
    "Signs", "Joins", "Discusses", "Welcomes", "Congratulates", "Conducts", "Chairs",
    "Co-chairs", "Telephone", "Phone", "Video", "Videoconference", "Conference", "Talks",
)  # fmt: skip

#: Verbs after a bare full name that show it is a person acting ("Xi Jinping said").
REPORTING_VERBS: tuple[str, ...] = (
    "said", "says", "stated", "states", "noted", "notes", "added", "adds", "stressed",
    "stresses", "emphasized", "emphasised", "emphasizes", "underscored", "underlined",
    "highlighted", "met", "meets", "spoke", "speaks", "held", "holds", "had", "has",
    "thanked", "thanks", "expressed", "expresses", "told", "tells", "informed", "welcomed",
    "welcomes", "signed", "signs", "called", "calls", "visited", "visits", "discussed",
    "discusses", "reaffirmed", "reiterated", "agreed", "agrees", "announced", "announces",
    "praised", "condemned", "urged", "urges", "raised", "briefed", "explained", "laid",
    "paid", "received", "receives", "hosted", "hosts", "arrived", "arrives", "traveled",
    "travelled", "led", "leads", "congratulated", "conveyed", "shared", "confirmed",
    "affirmed", "assured", "asked", "requested", "proposed", "invited", "accepted",
    "presented", "voiced", "pledged", "promised", "vowed", "committed", "decided",
    "reported", "wrote", "tweeted", "posted", "declared", "remarked", "pointed",
    "recalled", "appreciated", "outlined", "described", "warned", "criticized",
    "criticised", "accused", "rejected", "denied", "insisted", "acknowledged",
    "attended", "participated", "joined", "chaired", "co-chaired", "opened", "launched",
    "delivered", "gave", "sent", "will", "would", "also", "is", "was", "phoned",
    "greeted", "hailed", "commended", "lauded", "highlighted", "addressed",
)  # fmt: skip
