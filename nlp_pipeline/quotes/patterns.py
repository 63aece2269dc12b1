"""Patterns for Swedish quotes: dashes, quotation marks, attribution phrases, reported speech.

Constants only (compiled once at import), built on the word lists of ``nlp_pipeline.lang``; the rules
that use them are in ``detect.py``.
"""

from __future__ import annotations

import re

from ..lang.orgs import ORG_SUFFIX
from ..lang.speech import ATTRIBUTION_FORMS, PARTICLE_CUES

WS = " \t\r\n\u00a0\u2009\u202f\u2007"
_FORMS = sorted(ATTRIBUTION_FORMS, key=len, reverse=True)
CUE_ALT = "|".join(re.escape(f) for f in _FORMS)
PARTICIPLE_ALT = "|".join(re.escape(f) for f in _FORMS if f.endswith(("t", "it")))
CAP = r"[A-ZÅÄÖÆØÉÈÜ]"
W = r"[^\W\d_]"

DASH_LINE = re.compile(r"[ \t\u00a0\u2009\u202f]*(?:--|[–—‒―]|-(?=\s*" + W + r"))[ \t\u00a0\u2009\u202f]*(?=\S)")
COLON_DASH = re.compile(r":[ \t\u00a0]+(?:--|[–—‒―]|-)[ \t\u00a0]+(?=\S)")
# a dash quote glued after a finished sentence on the same line: "... i går. – Vi är nöjda, säger hon."
SENT_DASH = re.compile(r"(?<=[.!?…])[ \t\u00a0]+(?:--|[–—]|-)[ \t\u00a0]+(?=[A-ZÅÄÖÉ])")
LIST_LINE = re.compile(r"[ \t\u00a0]*(?:[*•·▪◦]|\d+[.)])\s")
PARA_SPLIT = re.compile(r"\n[ \t\r\u00a0\u2009\u202f]*\n")

# "den" after the verb is its object ("säger den"), unless it opens a noun phrase: "säger den ryske presidenten",
# "säger den 67-årige mannen", "säger den misstänkte 19-åringen"; or an adjective as a noun before the sentence's
# end or a preposition: "säger den gripne.", "sa den åtalade i rätten"
_DETERMINER_NOT_NP = (
    r"den\b(?![ \t\u00a0]+(?:\d{1,3}-)?[a-zåäö]+[ae]"
    r"(?:[ \t\u00a0]+(?:[a-zåäö]{3,}|\d{1,3}-åring)|[ \t\u00a0]*[.,;:!?]"
    r"|[ \t\u00a0]+(?:i|på|till|vid|inför|efter|under|hos)\b))"
)
# ", säger hon" / "? säger hon" / "! sa Per Ek"
ATTR_AFTER = re.compile(
    r"(?P<sep>,|(?<=[?!…])|(?<=[?!…][”\"»]))(?:(?<=,)[ \t\u00a0]*|[ \t\u00a0]+)(?P<cue>"
    + CUE_ALT
    + r")(?=[ \t\u00a0]+(?!att\b|det\b|sig\b|om\b|inte\b|för\b|man\b|"
    + _DETERMINER_NOT_NP
    + r"|så\b|jag\b|vi\b|du\b|ni\b)\S)"
)
# ", har KD:s gruppledare Lina Sandberg sagt"
ATTR_AUX = re.compile(
    r"(?P<sep>,|(?<=[?!…]))[ \t\u00a0]+(?P<aux>har|hade)[ \t\u00a0]+(?P<spk>[^,.!?\n]{1,60}?)[ \t\u00a0]+(?P<cue>"
    + PARTICIPLE_ALT
    + r")(?=[\s,.:;!?]|$)"
)
# ", Anna Lind säger."
ATTR_BEFORE = re.compile(
    r"(?P<sep>,)[ \t\u00a0]+(?P<spk>(?:hon|han|hen)|"
    + CAP
    + W
    + r"+(?:[ \t\u00a0]+"
    + CAP
    + W
    + r"+){0,3})[ \t\u00a0]+(?P<cue>"
    + CUE_ALT
    + r")(?=[ \t\u00a0]*(?:[.,;:!?]|$))"
)
# a particle verb with its speaker between verb and particle: ", fyller Eva Berg i.", "? flikar hon in",
# ", håller hennes syster Maja Ek med." (which particle goes with which verb: ``PARTICLE_CUES``)
ATTR_PARTICLE = re.compile(
    r"(?P<sep>,|(?<=[?!…])|(?<=[?!…][”\"»]))(?:(?<=,)[ \t\u00a0]*|[ \t\u00a0]+)(?P<cue>"
    + "|".join(sorted({re.escape(v) for v, _ in PARTICLE_CUES}, key=len, reverse=True))
    + r")[ \t\u00a0]+(?P<spk>(?!(?:att|det|sig|inte|jag|vi|du|ni|man)\b)\w(?:[^,.!?;:\n–—”\"»]|:(?=\w)){0,58}?)"
    + r"[ \t\u00a0]+(?P<particle>"
    + "|".join(sorted({re.escape(p) for _, p in PARTICLE_CUES}))
    + r")(?=[ \t\u00a0]*(?:[.,;!?]|$))"
)
# after these verbs "en"/"ett" may open the speaker ("Det säger en sjuksköterska"); one fixed-width look-behind each
_SPEAKING_BEFORE_INDEFINITE = ("säger", "sa", "sade", "berättar", "berättade", "uppger", "uppgav", "hävdar", "hävdade")
_NOT_AFTER_SPEAKING = "".join(
    rf"(?<!{verb}[ \t\u00a0]{article})" for verb in _SPEAKING_BEFORE_INDEFINITE for article in ("en", "ett")
)
# "Det säger X" / "Det har X sagt" / "Så säger X" at a sentence start
DET_REF = re.compile(
    r"(?:^|(?<=[.!?…:\n])|(?<=[.!?…][”\"»]))[ \t\u00a0]*(?P<det>Det|Detta|Så)[ \t\u00a0]+"
    r"(?:(?:också|även)[ \t\u00a0]+)?"
    # the speaker no first or second person: "Det har jag sagt i flera år" is the quote's own words
    r"(?:(?P<aux>har|hade)[ \t\u00a0]+(?!(?:jag|vi|du|ni|man)\b)(?P<spk>[^,.!?\n]{1,60}?)[ \t\u00a0]+(?P<cue2>"
    + PARTICIPLE_ALT
    + r")|(?P<cue>"
    + CUE_ALT
    + r"))(?=[ \t\u00a0]+(?!sig\b|att\b|inte\b|mycket\b|något\b|det\b|jag\b|vi\b|du\b|ni\b|man\b|nog\b"
    # "Det kräver en satsning", "Det säger en del om …": an object or an idiom; after "säger", "berättar",
    # "uppger", "hävdar" an indefinite speaker may follow: "Det säger en sjuksköterska som …"
    + r"|(?:en|ett)\b"
    + _NOT_AFTER_SPEAKING
    + r"|(?:en|ett)[ \t\u00a0]+(?:del|hel|massa|sak|annat|och|bit|gång|lite|mycket)\b"
    + r"|ju\b|allt\b)\S)"
)
# the same at a known sentence start (after an attribution)
DET_OPENING = re.compile(r"(?:Det|Detta|Så)[ \t\u00a0]+(?:(?:också|även)[ \t\u00a0]+)?(?:" + CUE_ALT + r")\b")
ORDEN = re.compile(
    r"(?:^|(?<=[.!?…\n]))[ \t\u00a0]*(?P<det>Orden|Citatet)[ \t\u00a0]+(?:kommer|kom)[ \t\u00a0]+från(?=[ \t\u00a0]+\S)"
)
SENT_END = re.compile(
    r"[.!?…]+[”\"»]?(?=[ \t\u00a0]+[\"”»–—\-]?[ \t\u00a0]*[A-ZÅÄÖÉ0-9]|[ \t\u00a0]*$|[ \t\u00a0]*\n)|\n"
    # two sentences a scraper glued together: "Ingen skadades vid branden.Ingen person skadades"
    r"|(?<=[a-zåäö]{2})\.(?=[A-ZÅÄÖ][a-zåäö])"
)
# a live blog's time stamp opening an entry: "21.30: Pojken har hittats, uppger polisen."
TIME_LABEL = re.compile(r"\d{1,2}[.:]\d{2}:[ \t\u00a0]+")
CLAUSE_END = re.compile(r"[.!?…]+(?=\s|$)|,[ \t\u00a0]|:(?=\s)|\n|$")
CONTINUE_AFTER_COMMA = re.compile(
    r"(?:och|men|eller|för|så|utan|fast|annars|dessutom|vi|jag|det|man|ni|du|där|här|nu|då)\b|" + CAP + r"|[”\"»–]"
)
# indirect: "<subject> <cue> [up to 4 words] att <content>"
INDIRECT_ATT = re.compile(
    r"(?<![\w-])(?P<cue>" + CUE_ALT + r")(?P<mid>(?:[ \t\u00a0]+[^\s,.!?:;]+){0,4}?),?[ \t\u00a0]+att[ \t\u00a0]+(?=\S)"
)
ENLIGT = re.compile(r"(?<![\w-])(?P<cue>[Ee]nligt)[ \t\u00a0]+(?=\S)")
# the source after a sentence-initial "Enligt": a name, or a short noun phrase, with an optional "från/till X"
_NAME_RE = CAP + r"[\w:’'-]*(?:[ \t\u00a0]+(?:(?:von|af|van|de|di|da|der)[ \t\u00a0]+)?" + CAP + r"[\w:’'-]*){0,3}"
_NOT_NP_WORD = r"(?!(?:från|till|i|på|vid|hos|inom|för|med|om|av|som|och)\b)"
_NP_RE = (
    r"(?:(?:en|ett|den|det|de|flera|många|vissa|andra)[ \t\u00a0]+(?:"
    + _NOT_NP_WORD
    + W
    + r"+[ \t\u00a0]+)?"
    + _NOT_NP_WORD
    + W
    + r"+"
    r"|(?:hans|hennes|deras|dess|dennes|" + W + r"+s)[ \t\u00a0]+" + W + r"+|" + W + r"+)"
)
# an organisation's name of a capitalised word and a lower-case institution noun: "Brottsförebyggande rådet",
# "Svenska kyrkan"
_ORG_NAME_RE = CAP + r"[\w-]*[ \t\u00a0]+[a-zåäö]*(?:" + ORG_SUFFIX.pattern[3:-2] + r")(?![\w-])"
# a definite noun for what the source is, then its name: "den turkiska nyhetsbyrån Anadolu", "tidningen Expressen"
# (not "uppgifter Expressen tagit del av")
_DESCRIBED_NAME_RE = r"(?:(?:den|det)[ \t\u00a0]+" + W + r"+[ \t\u00a0]+)?[a-zåäö]+(?:n|et)[ \t\u00a0]+" + _NAME_RE
ENLIGT_SOURCE = re.compile(
    r"(?:"
    + _ORG_NAME_RE
    + r"|"
    + _NAME_RE
    + r"|"
    + _DESCRIBED_NAME_RE
    + r"|"
    + _NP_RE
    + r")(?:[ \t\u00a0]+(?:från|till|i|på|vid|hos|inom|för)[ \t\u00a0]+(?:"
    + _NAME_RE
    + r"|"
    + _NP_RE
    + r"))?(?:[ \t\u00a0]*,)?"
)
INDIRECT_TAIL = re.compile(
    r",[ \t\u00a0]+(?P<cue>"
    + CUE_ALT
    + r")(?=[ \t\u00a0]+(?:(?:hon|han|hen|de|hans|hennes|deras|dess)\b|"
    + CAP
    + r"|[a-zåäö]+(?:en|na|n|et)\b))"
)

# An unattributed dash quote written one sentence per line is taken to run this many lines at most.
MAX_FLOATING_LINES = 3


CUE_WORD = re.compile(r"(?<![\w-])(" + CUE_ALT + r")(?![\w-])")
CUE_OR_ENLIGT = re.compile(r"(?<![\w-])(" + CUE_ALT + r"|enligt)(?![\w-])")
AFTER_CLOSING_MARK = re.compile(
    r"[ \t\u00a0]*(?:,|(?<=[?!…][”\"»«“]))?[ \t\u00a0]*(?P<cue>" + CUE_ALT + r")(?=[ \t\u00a0]+\S)"
)
PARTICLE_CUE = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"{re.escape(v)}[ \t\u00a0]+{re.escape(p)}" for v, p in PARTICLE_CUES) + r")(?![\w-])"
)


QUOTE_PAIRS = {"”": "”", "»": "»«", "«": "»", '"': '"', "“": "”“", "„": "“”"}
QUOTE_CHARS = set(QUOTE_PAIRS)
OPEN_QUOTE = re.compile(r'[”»«"“„]')

DET_BEFORE = re.compile(r"(?:^|[.!?\n]\s*)(?:Det|Detta|Så)(?:\s+(?:har|hade))?\s+$")
