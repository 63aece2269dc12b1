"""Words in and around proper names: name particles, capitalised words that are never
names, and endings that make a capitalised word a place or an institution, not a person.
"""

from __future__ import annotations

import re

# lower-case particles inside names: "Ursula von der Leyen"
# Quotation marks around a nickname between a given name and a surname: 'Lars "Lasse" Bengtsson'
NICKNAME_MARKS = frozenset({'"', "”", "“", "»", "«", "'", "’"})

NAME_PARTICLES = {"von", "af", "van", "der", "den", "de", "di", "da", "la", "le", "du", "bin", "al", "el", "ibn", "ter"}
# An Arabic article or kin word glued to a surname by a hyphen, written in lower case: "Hazem al-Qassem",
# "Abdel Fattah el-Sisi", "Muqtada as-Sadr"
HYPHENED_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|as|ash|at|az|ibn|bin|abu|abd)-[A-ZÅÄÖ][\w’'-]*$")
# Those that are never Swedish words, so they may open a name with no given name before them ("van der Burgh").
OPENING_NAME_PARTICLES = frozenset({"von", "van", "af", "der", "ter", "bin", "ibn"})
# Words after a surname that belong to the name ("Martin Luther King Jr", "Ramses II").
NAME_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "d.y.", "d.ä."})  # and a regnal number (below)
# English forms of address before a name, written in lower case as Swedish press writes them ("sade mrs
# Ednan-Laperouse", "enligt mr Doseba"): what follows is a person. Not "ms" (a ship: "ms Estonia") or the
# Swedish "fru", "herr" (also nouns: "hans fru Göteborgs …"); capitalised, the word may open a stage or brand
# name ("Miss Li", "Dr. Alban", "Mr Bean").
HONORIFICS = frozenset({"mr", "mrs", "dr", "mr.", "mrs.", "dr."})
# A regnal number after a name, in the genitive too: "Karl XII:s", "Elisabeth II", "Benedictus XVI". Two
# letters or more: a single "I", "V" or "X" may be a word or an initial.
REGNAL_NUMBER = re.compile(r"^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})(?::s)?$")

# Endings of Swedish surnames that are also the names of places ("Sjöberg", "Norberg", "Falkenberg",
# "Ljung", "Fors", "Vik", "Hede"): such a word after a name is part of it.
SURNAME_ENDING = re.compile(
    r"(?:berg|ström|sson|son|qvist|kvist|lund|holm|gren|dahl|dal|fors|vik|ljung|hede|hed|stedt|stad|blad|"
    r"borg|bäck|mark|näs|sjö|by|ell|ius|ander|lin|ling)(?:s)?$"
)

# Capitalised words that begin sentences and are never names.
SENTENCE_WORDS = {
    "Det",
    "Den",
    "De",
    "Dessa",
    "Detta",
    "Denna",
    "Han",
    "Hon",
    "Hen",
    "Vi",
    "Jag",
    "Ni",
    "Du",
    "Men",
    "Och",
    "Eller",
    "Om",
    "När",
    "Där",
    "Här",
    "Så",
    "Som",
    "Nu",
    "Då",
    "Sedan",
    "Efter",
    "Under",
    "Enligt",
    "Också",
    "Även",
    "Ja",
    "Nej",
    "Hur",
    "Vad",
    "Vem",
    "Vilka",
    "Varför",
    "Alla",
    "Allt",
    "Inga",
    "Ingen",
    "Inget",
    "Många",
    "Flera",
    "Fler",
    "Några",
    "Ett",
    "En",
    "Till",
    "Från",
    "För",
    "Med",
    "Utan",
    "Mot",
    "Vid",
    "På",
    "I",
    "Av",
    "Genom",
    "Trots",
    "Bland",
    "Dessutom",
    "Samtidigt",
    "Antingen",
    "Varken",
    "Foto",
    "Bild",
    "Dela",
    "Meny",
    "Läs",
    "Gå",
    "Publicerad",
    "Uppdaterad",
    "Tack",
    "Varje",
    "Hennes",
    "Både",
    "Bakom",
    "Inför",
    "Inom",
    "Utanför",
    "Kring",
    "Hos",
    "Redan",
    "Deras",
    "Vår",
    "Våra",
    "Min",
    "Mitt",
    "Mina",
    "Din",
    "Sin",
    "Sina",
}

# endings of places, buildings, events and institutions: never the last word of a person's name
NOT_PERSON_END = re.compile(
    r"(?:centret|centrum|institute|institutet|industrin|ningen|heten|skapet|gården|parken|"
    r"fjärden|vägen|gatan|torget|staden|landet|loppet|ligan|cupen|festivalen|huset|"
    r"museet|teatern|kyrkan|viken|sjön|ön|berget|dalen|holmen)$"
)

# English nouns that end the name of an event, a prize or a law, neither a person's nor an organisation's
# ("Ryder Cup", "US Open", "Tokyo Game Show", "Rysslands Grand Prix", "Affordable Care Act").
EVENT_LAST_EN = frozenset(
    {"Cup", "Open", "Games", "Olympics", "Championship", "Championships", "Prix", "Marathon", "Show", "Awards",
     "Award", "Prize", "Act"}
)  # fmt: skip
# English nouns that end the name of a thing, never a person's, even after a given name ("Andrew
# Marr Show", "Beverly Hilton Hotel", "Davis Cup", "Canadian Blood Services"): the event words above and
# these; the words that end a place's name are lang.places.FOREIGN_PLACE_HEADS. Not words that are also
# common surnames ("Hall", "King").
THING_LAST_EN = EVENT_LAST_EN | frozenset(
    {
        "Hotel", "School", "College", "Services", "Service", "Energy", "Circuit",
        "Forums", "Motor", "Motors", "Petroleum", "Camp", "Team", "Club", "Festival",
        "Records", "Studios", "Studio", "Airlines", "Airways", "Systems", "Pharma",
        "Media", "Press", "Times", "Tower", "Palace", "Film", "Films",
        "Productions", "Entertainment", "Labs", "Partners", "Holdings", "Ventures",
        "Airport", "Hospital", "Museum", "Gallery", "Theatre", "Theater", "Cathedral", "Restaurant",
    }
)  # fmt: skip

# Words between a name and another name for the same person ("Miss Li heter egentligen Linda Karlsson",
# "Miss Li, som egentligen heter Linda Karlsson,", "Miss Li, egentligen Linda Karlsson,"): an alias.
ALIAS_LINKS = (
    ("heter", "egentligen"),
    ("hette", "egentligen"),
    ("egentligen", "heter"),
    ("som", "egentligen", "heter"),
    ("som", "egentligen", "hette"),
    ("egentligen",),
)
