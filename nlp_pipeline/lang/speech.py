"""Lexicon of Swedish speech and stance verbs (cues) that attribute a quote.

Constants only: the detection rules live in ``quotes/detect.py``. Each lemma lists the
written forms that news text uses (present, past, supine, and the s-passive
where it reports speech). ``CUE_FORMS`` maps a lower-case form to its lemma.
"""

from __future__ import annotations

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
}
