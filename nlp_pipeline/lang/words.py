"""Small lists of common Swedish words the quote and name rules consult: adverbs skipped
around a speech verb, quantifiers, words that end a noun phrase, nouns that name a work.
"""

from __future__ import annotations

import re

# adverbs after a speech verb, before its subject: "sa också hon"
SKIP_FORWARD = {
    "också",
    "även",
    "då",
    "nu",
    "dock",
    "vidare",
    "sedan",
    "samtidigt",
    "bara",
    "senare",
    "själv",
    "efteråt",
}

# words between a subject and its speech verb: "Anna Lind själv menar"
SKIP_BACKWARD = {
    "själva",
    "själv",
    "också",
    "även",
    "inte",
    "nu",
    "dock",
    "därför",
    "alltså",
    "ju",
    "väl",
    "antingen",
    "fortfarande",
    "tidigare",
    "båda",
    "bägge",
    "har",
    "hade",
    "ska",
    "skulle",
    "kan",
    "kunde",
    "ofta",
    "redan",
    "dessutom",
    "numera",
    "heller",
    "gärna",
    "egentligen",
    "bestämt",
    "tydligt",
    "starkt",
}

# An age or a count written as an adjective before a name or a noun: "säger 23-årige Ali Hassan", "den 67-åriga
# kvinnan", "den 3-faldige världsmästaren".
AGE_ADJECTIVE = re.compile(r"^\d{1,3}-(?:åri|faldi)(?:g|ga|ge)$")
# Words for when a title is held, written between an owner and the title: "Magdalena Anderssons tidigare
# rådgivare", "bolagets förre vd".
TITLE_TIME_WORDS = frozenset({"tidigare", "förre", "förra", "nuvarande", "blivande", "avgående", "nye", "nya"})
# A person named by their age: "säger 23-åringen", the one the article gave as "Ali Hassan, 23".
AGE_NOUN = re.compile(r"^(\d{1,3})-åringen$")

QUANTIFIERS = {
    "flera",
    "andra",
    "många",
    "några",
    "alla",
    "vissa",
    "en",
    "ett",
    "de",
    "två",
    "tre",
    "fler",
    "somliga",
    "olika",
    "samtliga",
}

# Words of quantity before 'av' in a partitive subject, which is not the speaker: the group after 'av'
# is ("Hälften av de som svarat", "18 procent av de unga", "en majoritet av kommunerna"); with the
# approximators written before a number ("drygt 18 procent av").
PARTITIVES = frozenset(
    {
        "hälften",
        "en",
        "ett",
        "del",
        "delen",
        "många",
        "flera",
        "några",
        "majoriteten",
        "majoritet",
        "flertalet",
        "merparten",
        "minoriteten",
        "var",
        "tredje",
        "fjärde",
        "femte",
        "procent",
        "andel",
        "andelen",
        "tredjedel",
        "tredjedelar",
        "fjärdedel",
        "fjärdedelar",
        "drygt",
        "knappt",
        "nästan",
        "cirka",
        "ungefär",
        "omkring",
        "runt",
        "över",
        "under",
    }
)

# words that end a noun phrase (a speaker's title or role)
NP_STOP = {
    "vars",  # a relative clause: "säger en mamma vars son går på skolan"
    "enligt",  # the source of the report: "sa kungen enligt Kungahuset"
    "till",
    "i",
    "på",
    "för",
    "med",
    "om",
    "vid",
    "efter",
    "under",
    "inför",
    "från",
    "att",
    "som",
    "och",
    "men",
    "när",
    "det",
    "den",
    "sig",
    "inte",
    "man",
    "sin",
    "sitt",
    "sina",
    "så",
    "där",
    "här",
    "ett",
    "en",
    "mot",
    "av",
    "hos",
    "är",
    "var",
    "har",
    "hade",
    "blir",
    "också",
    "även",
    "nu",
    "då",
    "dock",
    "vi",
    "jag",
    "ni",
    "du",
}

# words after a speech verb that are not part of a title before a name
NOT_TITLE = {
    "att",
    "det",
    "den",
    "sig",
    "inte",
    "också",
    "även",
    "till",
    "i",
    "på",
    "för",
    "om",
    "och",
    "hon",
    "han",
    "hen",
    "de",
    "vi",
    "jag",
    "man",
    "så",
    "nu",
    "då",
    "dock",
    "en",
    "ett",
}

# words between a speech verb and "att" in reported speech: "sa också att"
MID_OK = {
    "också",
    "även",
    "inte",
    "själva",
    "själv",
    "antingen",
    "nu",
    "dock",
    "ju",
    "därför",
    "alltså",
    "då",
    "fortfarande",
    "hon",
    "han",
    "hen",
    "de",
    "dom",
    "vi",
    "jag",
    "man",
    "båda",
    "bägge",
    "tydligt",
    "bestämt",
    "sig",
    "ändå",
    "samtidigt",
    "vidare",
    "heller",
    "nog",
    "väl",
    "dessutom",
    "redan",
    "tidigare",
    "ofta",
    "gärna",
    "i",
    "ett",
    "pressmeddelande",
    "intervju",
    "uttalande",
    "till",
    "för",
    "mig",
    "oss",
    "dem",
    "henne",
    "honom",
    # time and manner adverbs: "förklarade senare att", "sa efteråt att", "uppgav igår att"
    "senare",
    "sedan",
    "efteråt",
    "nyligen",
    "igen",
    "återigen",
    "idag",
    "igår",
    "öppet",
    "klart",
    "uttryckligen",
}

# prepositions there, each with up to two words of its object: "sa till TT att"
MID_PREPOSITIONS = {"i", "på", "till", "för", "via", "under", "inför", "vid", "hos", "mot", "inom"}

# words that join the items of a list
# Adjectives of a feeling or a stance a person is said to be in ("Tränaren var besviken", "Mamman är orolig"):
# who is so described before a quote with no attribution is most often its speaker
FEELING_ADJECTIVES = frozenset(
    {
        "nöjd", "nöjda", "missnöjd", "missnöjda", "besviken", "besvikna", "glad", "glada", "ledsen", "ledsna",
        "upprörd", "upprörda", "orolig", "oroliga", "stolt", "stolta", "rädd", "rädda", "chockad", "chockade",
        "lättad", "lättade", "förvånad", "förvånade", "kritisk", "kritiska", "arg", "arga", "tacksam", "tacksamma",
        "förtvivlad", "förtvivlade", "skakad", "skakade", "lycklig", "lyckliga", "överlycklig", "frustrerad",
        "frustrerade", "irriterad", "irriterade", "bekymrad", "bekymrade", "optimistisk", "optimistiska",
        "tveksam", "tveksamma", "övertygad", "övertygade", "förbannad", "förbannade", "ödmjuk",
    }
)  # fmt: skip

# Verbs of a stance taken on something ("Kommunalrådet Eva Ek välkomnar beslutet"): as with a feeling, who is
# so described right before a quote with no attribution is most often its speaker
STANCE_VERBS = frozenset(
    {
        "välkomnar", "välkomnade", "beklagar", "beklagade", "försvarar", "försvarade", "förstår", "förstod",
        "gläds", "glädjs", "hoppas", "hoppades", "befarar", "befarade", "uppskattar", "uppskattade", "tackar",
        "tackade", "ångrar", "ångrade", "tvivlar", "tvivlade",
    }
)  # fmt: skip

# What happens to someone, by lemma: the subject of these ("Per Holm dog", "Anna Ek försvann", "Han fick sparken")
# is no one introduced to speak, and a quote with no attribution after them is rarely theirs; passives ("greps",
# "kritiseras") are known by their voice
UNDERGOING_VERBS = frozenset(
    {
        "dö", "avlida", "omkomma", "försvinna", "drunkna", "förolyckas", "insjukna", "drabbas", "skadas", "gripas",
        "anhållas", "häktas", "dömas", "åtalas", "misstänkas", "kritiseras", "anklagas", "hittas", "saknas",
        "förlora", "mista", "falla", "svimma", "kollapsa",
    }
)  # fmt: skip
# objects that say what someone was dealt, by the verb's lemma ("fick sparken", "fick ett hjärtstopp", "tog sitt liv")
UNDERGOING_OBJECTS = {
    "få": frozenset({"sparken", "kritik", "fängelse", "straff", "böter", "skador", "dom", "hjärtstopp", "stroke"}),
    "ta": frozenset({"liv", "livet"}),
}
# particle verbs of dying, by lemma and particle ("gick bort", "somnade in")
UNDERGOING_PARTICLE_VERBS = frozenset({("gå", "bort"), ("somna", "in"), ("gå", "under")})
# who a sentence's subject is when something happened to them ("Offret är Per Holm", "Den gripne är en 30-åring")
UNDERGOING_NOUNS = frozenset(
    {
        "offret", "offren", "döde", "döda", "avlidne", "gripne", "gripna", "misstänkte", "misstänkta", "dömde",
        "åtalade", "skadade", "försvunne", "försvunna", "saknade", "skjutna", "skjutne", "knivhuggna", "omkomna",
        "omkomne", "dödade", "mördade", "drabbade", "sårade",
    }
)  # fmt: skip

# a small child's age before the name: "tvåårige Liam", "4-åriga Elsa"
SMALL_CHILD_AGE = re.compile(r"^(?:ett|två|tre|fyra|fem|sex|sju|åtta|nio|[1-9]-)åri(?:g|ga|ge)$")

# a copula that introduces the name after it: "En av dem är Greta Olofsson", "Ny rektor blir Anna Berg"
INTRODUCING_COPULAS = frozenset({"är", "var", "blir", "blev", "heter", "hette"})

# Marks after which a word opens a sentence, or the first sentence of a quote: full stops, a colon, dashes,
# closing quotation marks.
SENTENCE_OPENING_AFTER = frozenset({".", "!", "?", ":", "–", "—", "-", "”", '"', "»"})

LIST_SEPARATORS = {",", "och", "eller", "samt"}

# before a quotation mark, what makes a short capitalised quoted text a title, not someone's words: a preposition
# ("berättade i ”Malou efter tio”", "på ”Skavlan”") or a medium's genitive ("i SVT:s ”Agenda”")
TITLE_PREPOSITION_BEFORE = re.compile(r"(?:(?<![\w-])(?:i|på|om|till|från|av)|[A-ZÅÄÖ][\w-]*(?::s|s))[ \t\u00a0]*$")

# ordinals, which open names written with a capital ("Första AP-fonden", "Andra kammaren")
ORDINALS = {"första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde"}

# plural definite endings of common-gender nouns, with their singular definite ending
_PLURAL_DEFINITE = (("orna", "an"), ("erna", "en"), ("arna", "en"))


def singular_definite(word: str) -> str:
    """The singular definite of a common-gender noun in the plural definite ("AP-fonderna" ->
    "AP-fonden", "domstolarna" -> "domstolen", "högskolorna" -> "högskolan"); other words as they are."""
    for plural, singular in _PLURAL_DEFINITE:
        if word.endswith(plural) and len(word) > len(plural) + 2:
            return word[: -len(plural)] + singular
    return word


# nouns that name a work: a quotation after them is its title, not a quote
TITLE_BEFORE = re.compile(
    # also as the head of a compound with a hyphen: "tv-programmet ”Stjärnorna på slottet”"
    r"(?<![\w-])(?:\w+-)?(?:boken|romanen|novellen|diktsamlingen|filmen|dokumentären|serien|programmet|podden|podcasten|"
    r"låten|sången|singeln|albumet|skivan|pjäsen|operan|föreställningen|utställningen|rapporten|artikeln|"
    r"tidningen|kampanjen|projektet|titeln|boktiteln|utmärkelsen|priset|appen|spelet|debattartikeln|"
    r"krönikan|ledaren|uppsatsen|avhandlingen|studien|initiativet|"
    # expressions, slogans and labels: "Uttrycket ”varje land har en armé …”", "med ämnesraden ”…”"
    r"uttrycket|ordspråket|talesättet|devisen|parollen|mottot|sloganen|frasen|begreppet|termen|budskapet|"
    r"ämnesraden|rubriken|texten|banderollen|plakatet|skylten)[ \t\u00a0]*(?:,[ \t\u00a0]*)?$",
    re.IGNORECASE,  # also opening a sentence: "Uttrycket ”…” gäller"
)

# a critic calling a work something: what follows in quotation marks is the critic's words, not the work's title
# ("kallar romanen ”en av årets starkaste debuter”", "beskriver föreställningen som ”tre timmar av tomhet”")
JUDGED_WORK = re.compile(
    r"(?<![\w-])(?:kallar|kallade|kallat|beskriver|beskrev|betecknar|betecknade|sågar|sågade|hyllar|hyllade)"
    r"[ \t\u00a0]+(?:\w+-)?(?:boken|romanen|novellen|diktsamlingen|filmen|dokumentären|serien|låten|singeln|"
    r"albumet|skivan|pjäsen|operan|föreställningen|utställningen|uppsättningen)(?:[ \t\u00a0]+som)?[ \t\u00a0]*$",
    re.IGNORECASE,
)

# a lower-case noun (or compound: "nyhetspodden", "tv-serien") for a work, before the work's name:
# "programmet Idol", "filmen Bröllop", "nyhetspodden Aftonbladet Daily" name works, not organisations
WORK_NOUN = re.compile(
    r"(?:boken|romanen|filmen|dokumentären|serien|programmet|podden|podcasten|låten|sången|singeln|albumet|"
    r"pjäsen|operan|musikalen|föreställningen|utställningen|appen|spelet)$"
)

# Prepositions that open a title's complement before the name ("talesperson för Sverigedemokraterna Anna Ek")
TITLE_COMPLEMENTS = {"för", "i", "på", "vid"}


def strip_genitive(word: str) -> str:
    """A word without its genitive s ("Volvos" → "Volvo"; "Glass", "Mars" of three letters stay)."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
