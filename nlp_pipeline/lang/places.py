"""Is a capitalised word a known place? Swedish municipalities, counties, localities,
countries and capitals (``data/places.txt.gz``), and the countries alone (``data/countries.txt.gz``),
both built by ``recipe/build_lexicon.py``, loaded once, lazily, and cached."""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "places.txt.gz"
COUNTRIES = DATA.with_name("countries.txt.gz")


@lru_cache(maxsize=2)
def _read(path: Path) -> frozenset[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return frozenset(line.rstrip("\n") for line in fh if line.strip())


def _places() -> frozenset[str]:
    return _read(DATA)


# words that place a news text in Sweden besides "Sverige" and "svensk-": its foreign ministry, its government
# offices
SWEDISH_ANCHORS = frozenset({"ud", "ud:s", "regeringskansliet", "regeringskansliets"})


def is_country(name: str) -> bool:
    """A country's Swedish name or its alternative ('Sverige', 'Kina', 'USA', 'Storbritannien')."""
    return name in _read(COUNTRIES)


# Adjectives of other countries (and of Europe), any case: before a party's name they make it that country's
# ("danska Socialdemokraternas", "Finska Centern"), unlike a Swedish region's ("skånska Socialdemokraterna")
FOREIGN_ADJECTIVE = re.compile(
    r"(?i)^(?:danska|norska|finska|finländska|tyska|brittiska|engelska|skotska|irländska|isländska|franska|spanska|"
    r"portugisiska|italienska|grekiska|nederländska|holländska|belgiska|österrikiska|schweiziska|polska|tjeckiska|"
    r"slovakiska|ungerska|rumänska|bulgariska|serbiska|kroatiska|bosniska|slovenska|estniska|lettiska|litauiska|"
    r"ryska|ukrainska|vitryska|belarusiska|georgiska|moldaviska|turkiska|israeliska|palestinska|libanesiska|syriska|"
    r"irakiska|iranska|egyptiska|amerikanska|kanadensiska|mexikanska|brasilianska|argentinska|colombianska|"
    r"venezuelanska|chilenska|australiska|indiska|kinesiska|japanska|koreanska|sydkoreanska|nordkoreanska|"
    r"europeiska|sydafrikanska|nigerianska|kenyanska|etiopiska|"
    # regions abroad with parties of their own
    r"åländska|färöiska|grönländska|katalanska|baskiska|bayerska|flamländska|vallonska|walesiska|nordirländska|"
    r"kurdiska|korsikanska)$"
)

# Large Swedish and neighbouring waters (lakes, seas, straits), which the place lists lack and the NER
# sometimes calls organisations ("isen på Mälaren").
WATERS = frozenset(
    {
        "Mälaren",
        "Vänern",
        "Vättern",
        "Hjälmaren",
        "Storsjön",
        "Siljan",
        "Torneträsk",
        "Bolmen",
        "Åsnen",
        "Ringsjön",
        "Östersjön",
        "Västerhavet",
        "Bottenviken",
        "Bottenhavet",
        "Kattegatt",
        "Skagerrak",
        "Öresund",
        "Ålands hav",
        "Fehmarn Bält",
        "Stora Bält",
        "Lilla Bält",
        "Nordsjön",
        "Göta älv",
        "Torneälven",
        "Dalälven",
        "Klarälven",
        "Indalsälven",
        "Ångermanälven",
        "Luleälven",
        "Umeälven",
    }
)


# Lower-case words written before a place name that are not part of it: position ("i norra Ontario",
# "centrala Malmö", "sydöstra Mähren"), extent ("hela Sverige") and time ("forna Jugoslavien"). UD and
# UNER leave them out of the name, as the NER's training data mostly does; capitalised, they open a
# name of their own ("Västra Götaland", "Norra Korea" is written "Nordkorea").
NAME_PREMODIFIERS = frozenset(
    {
        "norra",
        "södra",
        "östra",
        "västra",
        "nordöstra",
        "nordvästra",
        "sydöstra",
        "sydvästra",
        "mellersta",
        "centrala",
        "inre",
        "yttre",
        "övre",
        "nedre",
        "nordliga",
        "sydliga",
        "östliga",
        "västliga",
        "nordligaste",
        "sydligaste",
        "östligaste",
        "västligaste",
        "hela",
        "halva",
        "forna",
    }
)


# Regions of other countries that Swedish news names as often as their capitals, which the place lists
# lack: the US states, Canada's and Australia's provinces and states, the nations of the United Kingdom.
# Not those that are also given names ("Virginia", "Georgia", "Dakota", "Victoria", "Alberta") or a
# person's surname ("Washington", "Montana", "Indiana"): their two-word forms are here ("West Virginia").
REGIONS = frozenset(
    {
        "Alabama", "Alaska", "Arizona", "Arkansas", "Kalifornien", "Colorado", "Connecticut", "Delaware",
        "Florida", "Hawaii", "Idaho", "Illinois", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Nebraska", "Nevada",
        "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "South Carolina",
        "North Dakota", "South Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
        "Tennessee", "Texas", "Utah", "Vermont", "West Virginia", "Wisconsin", "Wyoming",
        "Ontario", "Quebec", "Québec", "British Columbia", "Manitoba", "Saskatchewan", "Nova Scotia",
        "New Brunswick", "Newfoundland", "Queensland", "New South Wales", "Tasmanien", "Western Australia",
        "England", "Skottland", "Wales", "Nordirland",
    }
)  # fmt: skip


def is_place(word: str) -> bool:
    return word in _places() or word in WATERS or word in REGIONS


# Lower-case definite nouns that end the name of a water, an island or a mountain after a capitalised word
# ("Svarta havet", "Persiska viken", "Irländska sjön", "Finska viken"): the whole is a place's name.
GEOGRAPHIC_NOUNS = frozenset(
    {
        "havet",
        "oceanen",
        "sjön",
        "viken",
        "bukten",
        "sundet",
        "fjärden",
        "floden",
        "älven",
        "kanalen",
        "ön",
        "halvön",
        "öarna",
        "berget",
        "bergen",
    }
)
# Compound heads that make a one-word name a place or a building, not an organisation ("Riddarfjärden",
# "Medelhavet", "Rannebergen", "Slottskyrkan", "Drottninggatan"); the word must have a part before the head.
# The geographic nouns, and heads that only end compounds (a definite "kyrkan" or "arenan" after an
# adjective can be an organisation's name: "Svenska kyrkan").
PLACE_HEAD = re.compile(
    "(?:"
    + "|".join(
        sorted(
            GEOGRAPHIC_NOUNS
            | {
                "gatan",
                "vägen",
                "torget",
                "parken",
                "holmen",
                "holmarna",
                "udden",
                "dalen",
                "skogen",
                "deltat",
                "näset",
                "kyrkan",
                "slottet",
                "hamnen",
                "stranden",
                "bron",
                "backen",
                "platsen",
                "lunden",
                "ängen",
                "fältet",
                "hallen",
                "arenan",
                "stadion",
                "tornet",
                "stationen",
                "flygplatsen",
                "området",  # "Stockholmsområdet": an area
                "regionen",  # "Stockholmsregionen", "Öresundsregionen": an area (the body is "Region Stockholm")
            }
        )
    )
    + ")$"
)
# Lower-case nouns after a genitive that make the pair a place's name ("Folkets park", "Stortorgets
# brunn", "Sergels torg"): the genitive there is not an organisation.
PLACE_NOUNS = {
    "park",
    "torg",
    "gata",
    "väg",
    "gränd",
    "plan",
    "backe",
    "brygga",
    "kyrka",
    "kapell",
    "bro",
    "strand",
    "län",
}


# First and last words that make a foreign name a place ("New York", "Puerto Rico", "Mount Kenya",
# "Cape Town", "Santa Monica"): none of them opens or ends a person's name. Not "Costa" or "Monte"
# (Costa-Gavras, Monte Hellman) or "Bay" (Michael Bay).
FOREIGN_PLACE_FIRST = frozenset(
    {"New", "Mount", "Lake", "Cape", "Port", "Puerto", "San", "Santa", "Santo", "São", "Los", "Las", "Fort", "Casa"}
)
FOREIGN_PLACE_LAST = frozenset({"Town", "City"})
# Last words that make a foreign name of two or more words a place, a street or a venue, not an
# organisation ("Capitol Hill", "Wall Street", "Trafalgar Square", "Stamford Bridge", "Silicon Valley",
# "Wembley Arena"): what users read as organisations are the bodies, not the places named after them (a
# Swedish venue, "Gamla Ullevi", is no organisation either). A name opening with an article is a title
# ("The Hill", a newspaper). Not "City", "Town", "County" or "Palace", which end football clubs'
# names ("Manchester City", "Derby County", "Crystal Palace").
FOREIGN_PLACE_HEADS = frozenset(
    {
        "Street",
        "Avenue",
        "Boulevard",
        "Road",
        "Lane",
        "Square",
        "Bridge",
        "Hill",
        "Hills",
        "Heights",
        "Valley",
        "Canyon",
        "Mountain",
        "Mountains",
        "Lake",
        "River",
        "Bay",
        "Harbor",
        "Harbour",
        "Beach",
        "Island",
        "Islands",
        "Park",
        "Arena",
        "Stadium",
    }
)
# Those of them that are also surnames ("Damon Hill", "Jong Seork Park", "Ricki Lake", "Michael Bay"): they
# do not make a person's name a place (the others do, even after a given name: "John Street").
SURNAME_PLACE_HEADS = frozenset({"Hill", "Hills", "Park", "Lane", "Lake", "Bay"})


# A definite noun for a settlement or an area between "i" and a place's name: "i provinshuvudstaden
# Tirin Kot", "i delstaten Victoria", "i förorten Rinkeby" (compounds too).
PLACE_APPOSITION = re.compile(
    r"(?:staden|byn|orten|provinsen|regionen|delstaten|landet|kommunen|länet|förorten|stadsdelen|"
    r"distriktet|området|ön|samhället)$"
)


# A road by its number: the European routes through Sweden ("E4", "E 18", "E20:an", "E6:ans"; the list of
# svensktext's platser/vagar.csv, so that the Norwegian news site "E24" stays a medium), national and county
# roads ("Rv 40", "riksväg 40", "länsväg 123", "väg 222"). The NER calls a European route an organisation.
ROAD = re.compile(
    r"(?:E ?(?:4|6|10|12|14|16|18|20|22|45|65|265)|(?:Rv|rv|Lv|lv|riksväg|länsväg|väg|Riksväg|Länsväg|Väg) ?\d{1,3})"
    r"(?::an|:ans|:s|an|ans)?"
)


def is_road(name: str) -> bool:
    """A road's number, as one word or two ("E4:an", "E 18", "riksväg 40")."""
    return ROAD.fullmatch(name) is not None


def is_place_name(word: str) -> bool:
    """A one-word compound naming a place or a building by its head ("Riddarfjärden")."""
    m = PLACE_HEAD.search(word.lower())
    return bool(m) and word[:1].isupper() and m.start() >= 3


# Sports venues and arenas, which the NER often takes for organisations: "Tele2 Arena", "Gamla Ullevi", "Eleda
# Stadion", "Kvarnby IP", "Strandvallen"
VENUE = re.compile(r"(?:\b(?:Arena|Arenan|Stadion|Stadium|IP|Ullevi|Globen|Scandinavium)|[a-zåäö]vallen)$")

# Prepositions after which a name that is also a listed company's is the place: "En man i Boliden", "från
# Getinge", "norr om Husqvarna"
IN_PLACE_PREPOSITIONS = frozenset({"i", "från", "utanför", "nära", "norr", "söder", "öster", "väster"})
