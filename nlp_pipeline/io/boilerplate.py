"""Find navigation lines and boilerplate in plain text, without changing it.

Scraped articles carry lines such as "Gå direkt till innehåll Gå direkt till
menyn", "Dela på Facebook", cookie banners and photo credits. Removing them would
shift every offset, so this stage only returns their character ranges; the table
builders drop entities and quotes that overlap them.

``boilerplate_spans(text) -> list[(start, end)]``, sorted and non-overlapping.
"""

from __future__ import annotations

import re

# Whole lines that are navigation or page chrome (matched case-insensitively on the stripped line).
NAV_LINE = re.compile(
    r"""^(?:
        (?:gå|hoppa)\s+(?:direkt\s+)?till\b.*            # "Gå direkt till innehåll ..."
      | (?:till\s+)?(?:huvud)?innehåll(?:et)?
      | (?:visa\s+|öppna\s+|stäng\s+)?meny(?:n)?|stäng|sök|logga\s+(?:in|ut)|mina\s+sidor
      | dela(?:\s+(?:på|via)\s+\w+|\s+artikeln|\s+sidan)?|tipsa(?:\s+(?:oss|en\s+vän|redaktionen))?
      | skriv\s+ut|kopiera\s+länk(?:en)?
      | (?:facebook|twitter|x|linkedin|e-post|mejla)(?:\s*[|·•/,]\s*(?:facebook|twitter|x|linkedin|e-post|mejla))*
      | prenumerera(?:\s+på\s+.{1,40})?|annons|annonsera                  # "Prenumerera på Aftonbladet Plus"
      | till\s+toppen|tillbaka(?:\s+till\s+(?:start|toppen|startsidan))?
      | läs\s+(?:också|även)\b.*|läs\s+mer\s*:.*
      | publicerad\s*:?\s*[\d\s:.\-a-zåäö]*|uppdaterad\s*:?\s*[\d\s:.\-a-zåäö]*
      | (?:relaterat|relaterade\s+artiklar|mest\s+läst|senaste\s+nytt|nyhetsbrev)
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# A menu written on one line: three or more short items between | · • or /.
MENU_SEPARATOR = re.compile(r"\s+[|·•/»]\s+")
MAX_MENU_ITEM_WORDS = 3

# Lines of a cookie banner: mention cookies/kakor together with a consent word.
COOKIE = re.compile(r"\b(?:cookies?|kakor)\b", re.IGNORECASE)
CONSENT = re.compile(
    r"\b(?:använder|godkänn\w*|acceptera\w*|samtyck\w*|inställningar|integritet\w*|"
    r"we\s+use|accept\w*|consent|privacy)\b",
    re.IGNORECASE,
)

# A photo credit: its keyword and the credited names and agencies, nothing after them
# ("Foto: Kalle Ek/TT", "FOTO: TT", "Foto: Anna Ek, Lars Berg/SvD", "Bild: privat"). A credit
# scraped into a paragraph is followed by real text on the same line ("Foto: Anna Ek/TT Enligt
# kommunen ..."), so the span ends where the names end, never at the end of the line.
_H = r"[^\S\n]"  # horizontal space: a span never crosses a line
# Capitalised words that open a sentence, never a credited name (io/ imports nothing from lang/,
# so this short list is its own; lang.names.SENTENCE_WORDS is the full one).
SENTENCE_WORDS = {
    "Det", "Den", "De", "Dessa", "Detta", "Denna", "Han", "Hon", "Hen", "Vi", "Jag", "Ni", "Du", "Men", "Och",
    "Eller", "Om", "När", "Där", "Här", "Så", "Som", "Nu", "Då", "Sedan", "Efter", "Under", "Enligt", "Också",
    "Även", "Ja", "Nej", "Hur", "Vad", "Vem", "Vilka", "Varför", "Alla", "Allt", "Inga", "Ingen", "Inget", "Många",
    "Flera", "Några", "Ett", "En", "Till", "Från", "För", "Med", "Utan", "Mot", "Vid", "På", "I", "Av", "Genom",
    "Trots", "Bland", "Dessutom", "Samtidigt", "Redan", "Inför", "Hos", "Bilden", "Bilderna", "Läs", "Publicerad",
    "Uppdaterad", "Dela",
}  # fmt: skip
NAME_PARTICLES = {"von", "af", "van", "der", "den", "de", "di", "da", "la", "le", "du", "bin", "al", "el", "ibn", "ter"}
_STOP = "|".join(sorted(map(re.escape, SENTENCE_WORDS), key=len, reverse=True))
_CAP = rf"(?!(?:{_STOP})(?![\w'’.\-]))[A-ZÅÄÖÆØÉÜ][\w'’.\-]*"  # a capitalised word that does not begin a sentence
_PARTICLE = "|".join(sorted(NAME_PARTICLES))
_NAME = rf"{_CAP}(?:{_H}+(?:(?:{_PARTICLE}){_H}+)?{_CAP}){{0,2}}"  # one to three capitalised words: "Anna Ek"
_LOWER = r"(?:privat|pressbild|arkiv(?:bild|foto)?|skärmdump|montage|okänd|handout)(?![\w-])"
_AGENCY = rf"(?:{_CAP}(?:{_H}+(?:Images|Photo|Nyhetsbyrån|Bildbyrå|Stock))?|{_LOWER})"  # one word after "/"
_ITEM = rf"(?:{_NAME}|{_LOWER}|{_CAP})"
CREDIT = re.compile(
    # the keyword capitalised, or opening its line: not "ger en helt annan bild: Per Holm visste"
    rf"(?:(?:^|(?<=[\s.|(]))(?:Foto|FOTO|Bild|BILD|Fotograf|FOTOGRAF|Illustration|ILLUSTRATION|Grafik|GRAFIK)"
    rf"|(?:^|(?<=\n))(?:foto|bild|fotograf|illustration|grafik)){_H}*:{_H}*"
    rf"{_ITEM}(?:{_H}*/{_H}*{_AGENCY}|(?:{_H}*[,&]{_H}*|{_H}+(?:och|samt|and){_H}+){_ITEM})*"
    rf"(?:{_H}*\([^()\n]{{1,40}}\))?"  # "(arkivbild)"
)

MAX_CREDIT_TAIL_WORDS = 8  # the rest of a credit line in words, when the credit's names are not all capitalised
SENTENCE_END = re.compile(r"[.!?…](?:[\s\"'”»)]|$)")
MAX_NAV_LINE = 120  # longer lines are prose, whatever they start with


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        s, e = start + lead, start + lead + len(stripped)
        if len(stripped) <= MAX_NAV_LINE and NAV_LINE.match(stripped):
            spans.append((s, e))
        elif COOKIE.search(stripped) and CONSENT.search(stripped):
            spans.append((s, e))
        elif _is_menu(stripped):
            spans.append((s, e))
        else:
            for m in CREDIT.finditer(line):
                if _credit_tail(line[m.end() :]):  # the rest of the line is the credit too
                    spans.append((start + m.start(), start + len(line.rstrip())))
                    break
                spans.append((start + m.start(), start + m.end()))
    return spans


def _credit_tail(rest: str) -> bool:
    """What follows a credit on its line belongs to it: a few words and no sentence in them
    ("Foto: Conservation international", "Foto: Malawi Ministry of Agriculture/Annie Malunga").
    A sentence after the credit ("Foto: Anna Ek/TT Enligt kommunen ska fem skolor byggas.") does not."""
    return len(rest.split()) <= MAX_CREDIT_TAIL_WORDS and not SENTENCE_END.search(rest)


def _is_menu(line: str) -> bool:
    items = MENU_SEPARATOR.split(line)
    return len(items) >= 3 and all(0 < len(i.split()) <= MAX_MENU_ITEM_WORDS and not i.endswith(".") for i in items)


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when ``[start, end)`` overlaps any of ``spans``."""
    return any(s < end and start < e for s, e in spans)
