"""Lexicon of Swedish speech and stance verbs (cues) that attribute a quote.

Constants only: the detection rules live in ``quotes/detect.py``. Each lemma lists the
written forms that news text uses (present, past, supine, and the s-passive
where it reports speech). ``CUE_FORMS`` maps a lower-case form to its lemma.
"""

from __future__ import annotations

import re

# The manner of speaking, as the attribution of a direct quote and nothing else: "– Det är kul, jublar Oscar Lind."
# No words in quotation marks around them are a mixed quote ("Publiken jublade när ”Dancing Queen” spelades").
MANNER_VERBS: dict[str, tuple[str, ...]] = {
    "jubla": ("jublar", "jublade"),
    "skrika": ("skriker", "skrek"),
    "ropa": ("ropar", "ropade"),
    "viska": ("viskar", "viskade"),
    "skämta": ("skämtar", "skämtade"),
    "fräsa": ("fräser", "fräste"),
    "vråla": ("vrålar", "vrålade"),
    "muttra": ("muttrar", "muttrade"),
    "mumla": ("mumlar", "mumlade"),
    "snyfta": ("snyftar", "snyftade"),
    "gråta": ("gråter", "grät"),
    "flina": ("flinar", "flinade"),
    "fnissa": ("fnissar", "fnissade"),
    "fnysa": ("fnyser", "fnös"),
    "stöna": ("stönar", "stönade"),
    "väsa": ("väser", "väste"),
    "garva": ("garvar", "garvade"),
    "mysa": ("myser", "myste"),
    "avbryta": ("avbryter", "avbröt"),
    "stamma": ("stammar", "stammade"),
    "sjunga": ("sjunger", "sjöng"),
}
MANNER_LEMMAS = frozenset(MANNER_VERBS)

# lemma -> forms (lower case)
SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "säga": ("säger", "sa", "sade", "sagt", "säga"),
    "berätta": ("berättar", "berättade", "berättat"),
    "förklara": ("förklarar", "förklarade", "förklarat"),
    "mena": ("menar", "menade", "menat"),
    "anse": ("anser", "ansåg", "ansett"),
    "tycka": ("tycker", "tyckte", "tyckt"),
    "tro": ("tror", "trodde", "trott"),
    "konstatera": ("konstaterar", "konstaterade", "konstaterat"),
    "understryka": ("understryker", "underströk", "understrukit"),
    "betona": ("betonar", "betonade", "betonat"),
    "poängtera": ("poängterar", "poängterade", "poängterat"),
    "påpeka": ("påpekar", "påpekade", "påpekat"),
    "framhålla": ("framhåller", "framhöll", "framhållit"),
    "hävda": ("hävdar", "hävdade", "hävdat"),
    "påstå": ("påstår", "påstod", "påstått"),
    "uppge": ("uppger", "uppgav", "uppgett", "uppgivit"),
    "meddela": ("meddelar", "meddelade", "meddelat"),
    "skriva": ("skriver", "skrev", "skrivit"),
    "svara": ("svarar", "svarade", "svarat"),
    "fråga": ("frågar", "frågade", "frågat"),
    "tillägga": ("tillägger", "tillade", "lade till", "tillagt"),
    "fortsätta": ("fortsätter", "fortsatte"),
    "medge": ("medger", "medgav", "medgett"),
    "erkänna": ("erkänner", "erkände", "erkänt"),
    "varna": ("varnar", "varnade", "varnat"),
    "kräva": ("kräver", "krävde", "krävt"),
    "lova": ("lovar", "lovade", "lovat"),
    "beskriva": ("beskriver", "beskrev", "beskrivit"),
    "kommentera": ("kommenterar", "kommenterade", "kommenterat"),
    "avslöja": ("avslöjar", "avslöjade", "avslöjat"),
    "bekräfta": ("bekräftar", "bekräftade", "bekräftat"),
    "vidhålla": ("vidhåller", "vidhöll", "vidhållit"),
    "utbrista": ("utbrister", "utbrast", "utbrustit"),
    "sucka": ("suckar", "suckade"),
    "skratta": ("skrattar", "skrattade"),
    "minnas": ("minns", "mindes"),
    "kalla": ("kallar", "kallade", "kallat"),
    "vittna": ("vittnar", "vittnade", "vittnat"),
    "uppskatta": ("uppskattar", "uppskattade"),
    "bedöma": ("bedömer", "bedömde"),
    "argumentera": ("argumenterar", "argumenterade"),
    "invända": ("invänder", "invände"),
    "intyga": ("intygar", "intygade"),
    "tillstå": ("tillstår", "tillstod"),
    "upplysa": ("upplyser", "upplyste"),
    "förtydliga": ("förtydligar", "förtydligade"),
    "resonera": ("resonerar", "resonerade"),
    "summera": ("summerar", "summerade"),
    "sammanfatta": ("sammanfattar", "sammanfattade"),
    "försäkra": ("försäkrar", "försäkrade"),
    "avsluta": ("avslutar", "avslutade"),
    "inflika": ("inflikar", "inflikade"),
    "le": ("ler",),
    "hoppas": ("hoppas", "hoppades"),
    "misstänka": ("misstänker", "misstänkte"),
    "upprepa": ("upprepar", "upprepade"),
    "påminna": ("påminner", "påminde"),
    "notera": ("noterar", "noterade"),
    "instämma": ("instämmer", "instämde"),
    "replikera": ("replikerar", "replikerade"),
    "kontra": ("kontrar", "kontrade"),
    "twittra": ("twittrar", "twittrade"),
    "undra": ("undrar", "undrade"),
    "utveckla": ("utvecklar", "utvecklade"),
    "precisera": ("preciserar", "preciserade"),
    "fastslå": ("fastslår", "fastslog"),
    "vädja": ("vädjar", "vädjade"),
    "bedyra": ("bedyrar", "bedyrade"),
    "beklaga": ("beklagar", "beklagade"),
    # the manner of speaking (MANNER_VERBS above)
    **MANNER_VERBS,
}

# Verbs that normally only attribute a direct quote from the attribution slot
# (", suckar hon"), never introduce reported speech with "att".
ATTRIBUTION_ONLY = {
    "sucka",
    "skratta",
    "utbrista",
    "fortsätta",
    "fråga",
    "svara",
    "kalla",
    "avsluta",
    "inflika",
    "le",
    "hoppas",
    "instämma",
    "kontra",
    "upprepa",
    "undra",
    "utveckla",
    "precisera",
    "vädja",
    "beklaga",
    *MANNER_VERBS,
}

# Verbs that take reported content with "att" (indirect speech).
INDIRECT_LEMMAS = {lemma for lemma in SPEECH_VERBS if lemma not in ATTRIBUTION_ONLY and SPEECH_VERBS[lemma]}

CUE_FORMS: dict[str, str] = {
    form: lemma.strip() for lemma, forms in SPEECH_VERBS.items() for form in forms if " " not in form
}

# Particle verbs written in two words: "håller med", "lägger till".
PARTICLE_CUES: dict[tuple[str, str], str] = {
    ("håller", "med"): "hålla med",
    ("höll", "med"): "hålla med",
    ("lägger", "till"): "lägga till",
    ("lade", "till"): "lägga till",
    ("la", "till"): "lägga till",
    ("fyller", "i"): "fylla i",
    ("fyllde", "i"): "fylla i",
    ("slår", "fast"): "slå fast",
    ("slog", "fast"): "slå fast",
    ("flikar", "in"): "flika in",
    ("flikade", "in"): "flika in",
    ("fyller", "på"): "fylla på",
    ("fyllde", "på"): "fylla på",
    ("skjuter", "in"): "skjuta in",
    ("sköt", "in"): "skjuta in",
    ("hakar", "på"): "haka på",
    ("hakade", "på"): "haka på",
    ("stämmer", "in"): "stämma in",
    ("stämde", "in"): "stämma in",
    ("bryter", "in"): "bryta in",
    ("bröt", "in"): "bryta in",
}


# ---------------------------------------------------------------------------------------------
# The broad lexicon of reported speech: speech, stance and cognition verbs by lemma.
#
# ``SPEECH_VERBS`` above lists the forms that attribute a direct quote (", säger hon"); the
# lexicon below is what finds *indirect* speech in the parse (``token.lemma_``) and in text:
# every lemma with its written forms (present, past, supine, participle), the prepositions or
# particles that open its content (``peka på att``, ``lyfta fram att``), and its class.


def _conj1(stem: str) -> tuple[str, ...]:
    """Forms of a first-conjugation verb from its infinitive: ``meddela`` -> meddelar, meddelade, meddelat."""
    return (stem + "r", stem + "de", stem + "t")


def _forms(lemma: str, *irregular: str) -> tuple[str, ...]:
    return irregular if irregular else _conj1(lemma)


# lemma -> forms: verbs of saying and writing
REPORT_SPEECH: dict[str, tuple[str, ...]] = {
    **SPEECH_VERBS,
    "rapportera": _forms("rapportera"),
    "tala": _forms("tala"),
    "prata": _forms("prata"),
    "kommunicera": _forms("kommunicera"),
    "informera": _forms("informera"),
    "deklarera": _forms("deklarera"),
    "tillkännage": ("tillkännager", "tillkännagav", "tillkännagett", "tillkännagivit"),
    "annonsera": _forms("annonsera"),
    "uttala": _forms("uttala"),
    "yttra": _forms("yttra"),
    "dementera": _forms("dementera"),
    "förneka": _forms("förneka"),
    "garantera": _forms("garantera"),
    "uppmana": _forms("uppmana"),
    "yrka": _forms("yrka"),
    "klaga": _forms("klaga"),
    "hänvisa": _forms("hänvisa"),
    "peka": ("pekar", "pekade", "pekat"),
    "lyfta": ("lyfter", "lyfte", "lyft"),
    "redogöra": ("redogör", "redogjorde", "redogjort"),
    "gå": ("går", "gick", "gått"),
    "flagga": _forms("flagga"),
    "antyda": ("antyder", "antydde", "antytt"),
    "förutspå": ("förutspår", "förutspådde", "förutspått"),
    "belysa": ("belyser", "belyste", "belyst"),
    "upprepa": ("upprepar", "upprepade", "upprepat"),
    "precisera": ("preciserar", "preciserade", "preciserat"),
    "beklaga": ("beklagar", "beklagade", "beklagat"),
    "instämma": ("instämmer", "instämde", "instämt"),
    "svara": ("svarar", "svarade", "svarat"),
    "tillstå": ("tillstår", "tillstod", "tillstått"),
    "upplysa": ("upplyser", "upplyste", "upplyst"),
    "intyga": ("intygar", "intygade", "intygat"),
    "invända": ("invänder", "invände", "invänt"),
    "argumentera": ("argumenterar", "argumenterade", "argumenterat"),
    "resonera": ("resonerar", "resonerade", "resonerat"),
    "summera": ("summerar", "summerade", "summerat"),
    "sammanfatta": ("sammanfattar", "sammanfattade", "sammanfattat"),
    "försäkra": ("försäkrar", "försäkrade", "försäkrat"),
    "fastslå": ("fastslår", "fastslog", "fastslagit"),
    "vädja": ("vädjar", "vädjade", "vädjat"),
    "bedyra": ("bedyrar", "bedyrade", "bedyrat"),
    "notera": ("noterar", "noterade", "noterat"),
    "påminna": ("påminner", "påminde", "påmint"),
}

# lemma -> forms: verbs of stance, belief and cognition ("tror", "befarar", "utesluter inte")
REPORT_STANCE: dict[str, tuple[str, ...]] = {
    "mena": ("menar", "menade", "menat"),
    "anse": ("anser", "ansåg", "ansett"),
    "tycka": ("tycker", "tyckte", "tyckt"),
    "tro": ("tror", "trodde", "trott"),
    "bedöma": ("bedömer", "bedömde", "bedömt"),
    "befara": _forms("befara"),
    "frukta": _forms("frukta"),
    "misstänka": ("misstänker", "misstänkte"),
    "tvivla": _forms("tvivla"),
    "utesluta": ("utesluter", "uteslöt", "uteslutit"),
    "ifrågasätta": ("ifrågasätter", "ifrågasatte", "ifrågasatt"),
    "gissa": _forms("gissa"),
    "uppskatta": ("uppskattar", "uppskattade", "uppskattat"),
    "tänka": ("tänker", "tänkte", "tänkt"),
    "hävda": ("hävdar", "hävdade", "hävdat"),
    "påstå": ("påstår", "påstod", "påstått"),
    "minnas": ("minns", "mindes"),
    "räkna": ("räknar", "räknade", "räknat"),
}

# Verbs whose content comes after a preposition or particle: "pekar på att", "lyfter fram att",
# "går ut med att"; the words between the verb and "att" (a particle may stand apart from its
# verb: "lyfter bland annat fram att"). A verb listed here with an empty tuple also takes "att" directly.
REPORT_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "peka": ("på",),
    "hänvisa": ("till",),
    "lyfta": ("fram",),
    "redogöra": ("för",),
    "gå": ("ut med",),
    "yrka": ("på",),
    "klaga": ("på",),
    "vittna": ("om",),
    "varna": ("för",),
    "tala": ("om",),
    "prata": ("om",),
    "berätta": ("om",),
    "skriva": ("om",),
    "informera": ("om",),
    "flagga": ("för",),
    "tvivla": ("på",),
    "räkna": ("med",),
    "instämma": ("i",),
    "hålla": ("med om", "fast vid"),
    "slå": ("fast",),
    "lägga": ("till",),
    "fylla": ("i",),
    "påminna": ("om",),
    "vädja": ("om",),
    "kräva": (),
    "uppmana": (),
    "insistera": ("på",),
    "understryka": (),
}
# particle verbs among them: the particle is part of the cue ("lyfter fram"), a preposition is not
REPORT_PARTICLES = {"fram", "ut", "fast", "med", "till", "i"}

# the content of these verbs needs the preposition: "går ut med att", never "går att"
NEEDS_PREPOSITION = {
    "peka",
    "hänvisa",
    "lyfta",
    "redogöra",
    "gå",
    "yrka",
    "klaga",
    "tala",
    "prata",
    "flagga",
    "tvivla",
    "räkna",
    "instämma",
    "hålla",
    "slå",
    "lägga",
    "fylla",
    "vittna",
    "insistera",
}

# Stance verbs that take a clause without "att": "Flera tycker det är bra", "Då tror han det blir sent";
# and that can sit inside the clause they report: "Förseningen tror de beror på vädret".
BARE_CLAUSE_LEMMAS = {"tro", "tycka", "anse", "mena", "säga", "hävda", "påstå", "befara", "misstänka", "tänka"}

# Words after which the content is an indirect question rather than an att-clause ("berättar om hur")
QUESTION_WORDS = {"hur", "varför", "vad", "vilka", "vilken", "vilket", "när"}
# ... taken as reported content only after these
QUESTION_LEMMAS = {"berätta", "förklara", "beskriva", "skriva", "prata", "tala", "redogöra", "avslöja"}

# Not speech: wishes, intentions and plans ("hoppas att", "vill", "planerar"), and verbs whose
# "att" is an infinitive marker, not a clause ("lovar att komma").
NOT_SPEECH_LEMMAS = {
    "hoppas",
    "vilja",
    "önska",
    "planera",
    "avse",
    "ämna",
    "sträva",
    "längta",
    "drömma",
    "försöka",
}

# A modal before the verb makes the statement hypothetical or intended, not made: "kan säga",
# "skulle tycka", "vill påpeka", "det vill säga"; "ska ha sagt" (reportedly said) is a statement.
HYPOTHETICAL_AUX = {
    "kan",
    "kunde",
    "kunna",
    "skulle",
    "vill",
    "ville",
    "bör",
    "borde",
    "måste",
    "ska",
    "skall",
    "kanske",
    "får",
    "fick",
    "brukar",
    "brukade",
    "tänker",
    "försöker",
    "försökte",
    "vågar",
    "vågade",
}
# aux words that, with "ha", report what someone said: "ska ha sagt", "skulle ha uppgett"
REPORTIVE_AUX = {"ska", "skall", "skulle", "lär"}

# Subjects that are nobody in particular: "Man tror att", "Många menar att", "En del kanske tycker att".
GENERIC_SUBJECTS = {
    "man",
    "många",
    "några",
    "vissa",
    "alla",
    "ingen",
    "inga",
    "somliga",
    "flera",
    "folk",
    "fler",
    "få",
    "var",
    "envar",
    "del",
    "flesta",
}

# The share or number of a group who say something in a survey, not anyone speaking: "Andelen flickor som uppger
# att de har besvär har fördubblats", "Antalet elever som säger att de trivs"
STATISTIC_NOUNS = frozenset(
    {"andel", "andelen", "antal", "antalet", "hälften", "majoriteten", "minoriteten", "procent", "tredjedel"}
    | {"tredjedelen", "fjärdedel", "fjärdedelen"}
)

# Past forms of speech acts: "Man meddelade senare att ..." is an organisation speaking, not "people".
# Verbs of a closing attribution that make the sentence before it the speaker's own statement, with a third
# party's statement inside it keeping its entry ("Polisen misstänker att A, säger Anna Berg"). Not the verbs a
# medium relays with ("…, skriver tidningen", "…, rapporterade AP"), which name where the statement was reported.
NESTING_TAIL_LEMMAS = {"säga", "berätta", "förklara", "tillägga", "konstatera", "betona", "understryka", "påpeka"}

SPEECH_ACT_LEMMAS = {"meddela", "uppge", "skriva", "säga", "informera", "bekräfta", "rapportera", "tillkännage"}

REPORT_VERBS: dict[str, tuple[str, ...]] = {
    **REPORT_SPEECH,
    **REPORT_STANCE,
    **{k: v for k, v in SPEECH_VERBS.items() if k not in REPORT_SPEECH},
}
# every lemma that can report speech (indirect), the wishes and attribution-only verbs left out
REPORT_LEMMAS: frozenset[str] = frozenset(
    lemma
    for lemma in REPORT_VERBS
    if lemma not in NOT_SPEECH_LEMMAS
    and lemma not in ATTRIBUTION_ONLY - {"svara", "upprepa", "precisera", "beklaga", "instämma", "vädja"}
) | frozenset({"hålla", "slå", "lägga", "fylla", "insistera"})

# written form (lower case) -> lemma, for text without a parse and for forms the lemmatiser misses
REPORT_FORMS: dict[str, str] = {
    form: lemma for lemma, forms in REPORT_VERBS.items() if lemma in REPORT_LEMMAS for form in forms if " " not in form
}
for _lemma, _forms_ in (
    ("hålla", ("håller", "höll", "hållit")),
    ("slå", ("slår", "slog", "slagit")),
    ("lägga", ("lägger", "lade", "la", "lagt")),
    ("fylla", ("fyller", "fyllde", "fyllt")),
    ("insistera", _conj1("insistera")),
):
    for _f in _forms_:
        REPORT_FORMS.setdefault(_f, _lemma)

# verbs that only report with their preposition or particle, whose bare forms are too common to be cues
# on their own ("går", "håller", "lägger")
ONLY_WITH_PREPOSITION = {"gå", "hålla", "slå", "lägga", "fylla", "peka", "lyfta", "räkna", "tala", "prata"}

# A proposal is a plan, not a statement ("Regeringen föreslår att …", as "har beslutat att"; the
# guidelines' wishes, plans and decisions): "föreslå" is no cue.

# Sources after "enligt" that are rules, plans or documents of procedure, not speakers:
# "enligt lagen", "enligt följande", "enligt planen", "enligt beslutet"; compounds by their last part
# (ENLIGT_NOT_SOURCE_ENDINGS): "enligt miljöbalken", "enligt vanlig rutin", "enligt regleringsbreven".
ENLIGT_NOT_SOURCES = {
    "lag",
    "lagen",
    "lagar",
    "lagarna",
    "lagstiftningen",
    "förordningen",
    "förordning",
    "regler",
    "reglerna",
    "regeln",
    "regelverket",
    "bestämmelserna",
    "beslutet",
    "beslut",
    "plan",
    "planen",
    "planerna",
    "avtalet",
    "avtal",
    "överenskommelsen",
    "följande",
    "schema",
    "schemat",
    "tidtabell",
    "tidtabellen",
    "budgeten",
    "kontraktet",
    "stadgarna",
    "konventionen",
    "direktivet",
    "praxis",
    "principen",
    "modellen",
    "mallen",
    "tradition",
    "traditionen",
    "paragraf",
    "paragrafen",
    "uppdraget",
    "instruktionen",
    "instruktionerna",
    "förslaget",
    "ordningen",
    "listan",
    "definitionen",
    "kriterierna",
    "villkoren",
    "ritningarna",
    "receptet",
    "ovan",
    "nedan",
    "bilaga",
    "bilagan",
}
ENLIGT_NOT_SOURCE_ENDINGS = re.compile(
    r"(?:lag|lagen|lagar|lagarna|balken|regelverk|regelverket|princip|principen|principer|principerna|rutin|rutinen|"
    r"rutiner|rutinerna|direktiv|direktivet|direktiven|brev|brevet|breven|krav|kravet|kraven|praxis|föreskrift|"
    r"föreskriften|föreskrifterna|instruktion|instruktionen|instruktionerna|förordning|förordningen|beslut|beslutet|"
    r"besluten|plan|planen|planerna|avtal|avtalet|avtalen|ordning|ordningen|modell|modellen|mall|mallen|uppdrag|"
    r"uppdraget|ramverk|ramverket|bestämmelse|bestämmelsen|bestämmelser|bestämmelserna|förfarande|förfarandet|"
    r"procedur|proceduren|metod|metoden|struktur|strukturen|schema|schemat|tidsplan|tidsplanen)$"
)

# Forms that attribute a quote from the attribution slot (", säger hon", "Det befarar X"): the
# attribution verbs above and every reporting verb that needs no preposition.
ATTRIBUTION_FORMS: dict[str, str] = {
    **{f: lemma for f, lemma in REPORT_FORMS.items() if lemma not in NEEDS_PREPOSITION | ONLY_WITH_PREPOSITION},
    **CUE_FORMS,
}


# Forms of verbs of speaking out loud: after one of them a lone capitalised name is a person
# ("…, säger Putin"), where "meddelar X" or "skriver X" is as often an organisation.
SPOKEN_FORMS = {
    "säger",
    "sa",
    "sade",
    "berättar",
    "berättade",
    "förklarar",
    "förklarade",
    "svarar",
    "svarade",
    "tycker",
    "tyckte",
    "menar",
    "menade",
    "fortsätter",
    "fortsatte",
    "konstaterar",
    "konstaterade",
}

# Verbs of an interview in the narration, before "med" and the person interviewed: "Le Parisien talade
# med ett vittne", "Aftonbladet har pratat med en granne"; the quotes that follow are the interviewee's.
INTERVIEW_FORMS = {
    "talar",
    "talade",
    "talat",
    "pratar",
    "pratade",
    "pratat",
    "samtalar",
    "samtalade",
    "samtalat",
    "intervjuar",
    "intervjuade",
    "intervjuat",
}
