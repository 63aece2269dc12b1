"""Build the Swedish entity knowledge base shipped in the package (``nlp_pipeline/lang/data/kb.json.gz``).

    python -m recipe.build_kb [CORPORA_DIR] [--out PATH] [--date YYYY-MM-DD] [--samples DIR]

``CORPORA_DIR`` defaults to ``../shared/corpora`` (``make kb`` passes ``$(CORPORA)``). Three tables:

* **organisations**: the SCB agency register (``svensktext/organisationer/myndigheter.tsv``), the EU
  institutions (``eu.csv``), the news-media domains (``massmedier-nyheter-domaner.csv``, named by the
  spelling the raw texts use for the domain where one is attested), the municipalities
  (``platser/kommuner.csv``), the parties, and names mined from the raw texts of
  ``regeringen_g0vse`` and ``riksdagen_interpellations``:

  - acronym pairs ``Full name (ACR)`` and ``ACR (Full name)`` (``acronym_pairs``), kept when the
    acronym's letters match the name's word and compound initials (``initials_match``), the name
    looks like an organisation (an organisation head word, or an English one) and the pair occurs
    ``MIN_PAIR`` times, or once when the full name is already in a source list;
  - multiword and compound names (``name_candidates``): capitalised in mid-sentence, ending in an
    organisation head word (``-verket``, ``-myndigheten``, ``nämnden``, ``institutet`` ...), opening
    with one (``Myndigheten för X``, ``Institutet för X``), or a run of capitalised words opened by
    ``Statens``/``Sveriges``/``Svenska`` ...; kept at ``MIN_NAME`` mid-sentence occurrences when the
    name is not usually continued by one same word (the name ends there).

  Each organisation gets a ``type`` (``organisation_type``), its acronyms, variants and a Wikidata id
  where a source gives one.
* **parties**: the eight Riksdag parties and the older/minor ones attested in the texts, with their
  letters, names, lower-case and genitive forms, member nouns (each form kept only where the texts
  attest it) and the Wikidata ids the interpellations' person records carry.
* **politicians**: the MPs and ministers of the interpellations' ``persons`` records: name,
  gender, party (the majority of their records), roles from the titles before their names, first and
  last year. The records' ``wikidata`` field is the *party's* item (13 distinct values in 38,881
  records), so persons get no Wikidata id of their own.

The output is one gzip'd JSON object (sorted keys, no gzip name or time: rebuilds from the same
corpora on the same date are byte-identical). ``--samples DIR`` writes random samples of the mined
names and pairs for the precision check reported in ``nlp_pipeline/lang/data/KB.md``.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import gzip
import json
import random
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from nlp_pipeline.lang import gender as gender_lexicon
from nlp_pipeline.lang import kb as kb_runtime
from nlp_pipeline.lang import places as place_lexicon
from nlp_pipeline.lang.org_types import (
    ENGLISH_HEADS,
    organisation_type,
)

OUTPUT = kb_runtime.DATA
DEFAULT_CORPORA = Path("../shared/corpora")
SCHEMA = kb_runtime.SCHEMA

# Mining thresholds (see KB.md for the precision measured on samples at these values).
MIN_PAIR = 2  # occurrences of a mined acronym pair (1 when the full name is in a source list)
MIN_NAME = 5  # mid-sentence occurrences of a mined multiword/compound name
MIN_RUN = 8  # ... of a run of capitalised words without an organisation head word
MAX_CONTINUATION = 0.5  # a name is dropped when one next word follows it in more than this share
MIN_FORM = 2  # attestations for a party's lower-case, colloquial or member form, or a former letter code
MIN_MINOR_PARTY = 5  # attestations of a party outside the Riksdag's eight
MAX_NAME_WORDS = 8

LICENCES = {
    "svensktext": "no licence file; README: free to use ('fria att använda', 'öppna licenser'); "
    "agency names from SCB Myndighetsregistret (public register)",
    "regeringen_g0vse": "none stated (Government Offices' own publications); only names and acronym "
    "pairs (facts) are taken, no text",
    "riksdagen_interpellations": "Riksdag open data, free re-use; cite SWERIK (CITATION.cff)",
}

FUNCTION_WORDS = {
    "för",
    "och",
    "i",
    "av",
    "om",
    "på",
    "till",
    "med",
    "mot",
    "över",
    "under",
    "vid",
    "från",
    "samt",
    "de",
    "den",
    "det",
    "the",
    "of",
    "and",
    "for",
    "on",
    "in",
    "to",
    "&",
    "o",
    "f",
}

# Head nouns that end an organisation's name (lower case; also as the last part of a compound).
HEADS = (
    "verket",
    "verk",
    "myndigheten",
    "myndighet",
    "styrelsen",
    "styrelse",
    "inspektionen",
    "inspektion",
    "nämnden",
    "nämnd",
    "institutet",
    "institut",
    "kassan",
    "förmedlingen",
    "rådet",
    "råd",
    "ämbetet",
    "kollegiet",
    "kollegium",
    "departementet",
    "tinget",
    "banken",
    "bank",
    "byrån",
    "byrå",
    "ombudsmannen",
    "ombudsman",
    "ombudsmän",
    "förbundet",
    "förbund",
    "akademien",
    "akademin",
    "akademi",
    "universitetet",
    "universitet",
    "högskolan",
    "högskola",
    "fonden",
    "fond",
    "centret",
    "centrum",
    "centralen",
    "kansliet",
    "kommittén",
    "kommitté",
    "kommissionen",
    "delegationen",
    "stiftelsen",
    "föreningen",
    "sällskapet",
    "organisationen",
    "domstolen",
    "domstol",
    "tingsrätt",
    "tingsrätten",
    "hovrätt",
    "hovrätten",
    "kammarrätten",
    "förvaltningsrätten",
    "partiet",
    "parti",
    "kyrkan",
    "museet",
    "museum",
    "museer",
    "biblioteket",
    "arkivet",
    "sekretariatet",
    "anstalt",
    "anstalten",
    "polisen",
    "kommun",
    "landsting",
    "landstinget",
    "unionen",
    "koncernen",
    "nationerna",
)
HEAD_RE = re.compile(r"(?:{})$".format("|".join(sorted(HEADS, key=len, reverse=True))))
# compounds that end like a head noun but name no organisation ("området" ends in "rådet")
NOT_HEAD = re.compile(
    r"(?:området|regelverket|regelverk|ramverket|ramverk|nätverket|kraftverket|reningsverket|värmeverket|"
    r"vattenverket|stålverket|sågverket|sovjetunionen|valutaunionen|tullunionen|bankunionen|kapitalmarknadsunionen|"
    r"energiunionen|västbanken)$"
)
INDEFINITE_HEADS = {
    "verk",
    "myndighet",
    "styrelse",
    "inspektion",
    "nämnd",
    "institut",
    "råd",
    "byrå",
    "ombudsman",
    "ombudsmän",
    "förbund",
    "akademi",
    "högskola",
    "fond",
    "kommitté",
    "domstol",
    "tingsrätt",
    "hovrätt",
    "parti",
    "anstalt",
    "kommun",
    "landsting",
    "bank",
    "museer",
}
DIRECTIONS = {"Västra", "Östra", "Norra", "Södra", "Nedre", "Övre", "Mellersta", "Nordvästra", "Sydöstra"}
PREPOSITIONS = {"i", "för", "över", "på", "till", "mot", "om", "av", "vid", "från", "med"}
# Head nouns that open a name: "Myndigheten för X", "Institutet för X".
HEAD_INITIAL = {
    "Myndigheten",
    "Institutet",
    "Nämnden",
    "Rådet",
    "Inspektionen",
    "Styrelsen",
    "Verket",
    "Centrum",
    "Centret",
    "Delegationen",
    "Stiftelsen",
    "Kommittén",
    "Kommissionen",
    "Fonden",
    "Akademien",
    "Förbundet",
    "Föreningen",
    "Sällskapet",
    "Riksförbundet",
    "Centralförbundet",
    "Hovrätten",
    "Kammarrätten",
    "Förvaltningsrätten",
    "Länsstyrelsen",
    "Region",
    "Forum",
    "Forskningsrådet",
}
# Capitalised words that open an organisation's name made of several words.
OPENERS = {
    "Statens",
    "Sveriges",
    "Svenska",
    "Svenskt",
    "Kungliga",
    "Nordiska",
    "Nordens",
    "Europeiska",
    "Riksdagens",
    "Regeringens",
    "Försvarets",
    "Allmänna",
    "Internationella",
    "Förenta",
}

# --------------------------------------------------------------------------------------------
# Reading the corpora


def _require(corpora: Path) -> Path:
    corpora = Path(corpora)
    if not corpora.is_dir():
        raise FileNotFoundError(
            f"corpora not found at {corpora}; pass the path to shared/corpora (make kb CORPORA=/path/to/shared/corpora)"
        )
    return corpora


MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def raw_texts(corpora: Path) -> Iterator[str]:
    """The page and interpellation bodies (Markdown links reduced to their text)."""
    for rel in ("regeringen_g0vse/pages.jsonl.gz", "riksdagen_interpellations/interpellations.jsonl.gz"):
        path = corpora / rel
        if not path.exists():
            raise FileNotFoundError(f"missing raw-text file {path}")
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                text = (json.loads(line).get("text") or "").replace("\u00ad", "")
                yield MD_LINK.sub(r"\1", text)


def interpellations(corpora: Path) -> Iterator[dict]:
    with gzip.open(corpora / "riksdagen_interpellations/interpellations.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def _rows(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=delimiter))


# --------------------------------------------------------------------------------------------
# Acronyms


def _letters(acronym: str) -> str:
    return "".join(ch.lower() for ch in acronym if ch.isalnum())


def _word_starts(name: str) -> tuple[str, set[int], list[tuple[int, int, bool]]]:
    """Lower-cased name, the offsets where a word or a hyphenated part starts, and the
    (start, end, is_content_word) span of each word."""
    low = name.lower()
    starts: set[int] = set()
    words = []
    for m in re.finditer(r"[^\s]+", low):
        word = m.group().strip("(),")
        content = word not in FUNCTION_WORDS
        words.append((m.start(), m.end(), content))
        starts.add(m.start())
        for h in re.finditer(r"-(?=\w)", m.group()):
            starts.add(m.start() + h.end())
    return low, starts, words


def initials_match(acronym: str, name: str, strict: bool = True) -> bool:
    return initials_score(acronym, name, strict) is not None


def initials_score(acronym: str, name: str, strict: bool = True) -> int | None:
    """Do the acronym's letters plausibly come from the name? The letters must occur in order in the
    name, the first at the start of its first word; in the best alignment (most letters at word or
    hyphen starts) at least half the letters sit at word starts and at most one content word gives
    no letter ("IFAU" <- "Institutet för arbetsmarknads- och utbildningspolitisk utvärdering",
    "SCB" <- "Statistiska centralbyrån", "Brå" <- "Brottsförebyggande rådet"). ``strict=False``
    (for names from a source list) needs only the letters in order from the first word's start.
    The score is the number of letters at word starts (``None``: no match)."""
    letters = _letters(acronym)
    low, starts, words = _word_starts(name)
    if len(letters) < 2 or not words or not low.startswith(letters[0]):
        return None
    content_words = [w for w in words if w[2]]
    if strict and len(content_words) > len(letters) + 1:
        return None
    # letter position -> (letters at word starts, indexes of the words that gave letters) so far
    best: dict[int, tuple[int, frozenset]] = {0: (1, frozenset({0}))}  # letter 0 at position 0
    for k in range(1, len(letters)):
        nxt: dict[int, tuple[int, frozenset]] = {}
        for pos, (score, used) in best.items():
            j = low.find(letters[k], pos + 1)
            while j != -1:
                cand = (score + (j in starts), used | {_word_index(words, j)})
                if j not in nxt or cand[0] > nxt[j][0]:
                    nxt[j] = cand
                j = low.find(letters[k], j + 1)
        if not nxt:
            return None
        best = nxt
    if not strict:
        return max(score for score, _used in best.values())
    ok = [
        score
        for score, used in best.values()
        if score * 2 >= len(letters) and sum(1 for i, w in enumerate(words) if w[2] and i not in used) <= 1
    ]
    return max(ok) if ok else None


def _word_index(words: list[tuple[int, int, bool]], offset: int) -> int:
    for i, (s, e, _c) in enumerate(words):
        if s <= offset < e:
            return i
    return -1


ACR = r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö&]{1,9}"
PAIR_LONG_FIRST = re.compile(rf"\(({ACR})(?::s)?\)")
PAIR_ACR_FIRST = re.compile(rf"\b({ACR})(?::s)? \(([^()\n]{{3,120}})\)")
TOKEN = re.compile(r"[^\s]+")
SENTENCE_STOP = re.compile(r"[.;:!?\n\"”»]")


def _is_acronym(token: str) -> bool:
    upper = sum(ch.isupper() for ch in token)
    return upper >= 2 or (len(token) <= 5 and token[0].isupper())


def _clean_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,–-")
    return name


def acronym_pairs(text: str) -> Iterator[tuple[str, str, bool]]:
    """(acronym, full name, genitive) for each ``Full name (ACR)`` and ``ACR (Full name)`` in a text
    whose letters match (``initials_match``). The full name of ``Full name (ACR)`` is the shortest
    capitalised span of the same sentence before the parenthesis that matches."""
    for m in PAIR_LONG_FIRST.finditer(text):
        acr = m.group(1)
        if not _is_acronym(acr):
            continue
        before = text[max(0, m.start() - 200) : m.start()]
        stop = max((s.end() for s in SENTENCE_STOP.finditer(before)), default=0)
        before = before[stop:]
        comma = before.rfind(",")
        if comma >= 0:
            before = before[comma + 1 :]
        words = before.split()
        limit = len(_letters(acr)) + 4
        genitive = text[m.end(1) : m.end(1) + 2] == ":s"
        found = None  # (score, name): the span with most letters at word starts, the shortest of those
        for k in range(1, min(len(words), limit) + 1):
            span = words[-k:]
            first = span[0]
            if not first[:1].isupper() or first[:1].lower() != acr[0].lower():
                continue
            name = _clean_name(" ".join(span))
            if name.lower() == acr.lower():
                break
            score = initials_score(acr, name)
            if score is not None and (found is None or score > found[0]):
                found = (score, name)
        if found:
            yield acr, found[1], genitive
    for m in PAIR_ACR_FIRST.finditer(text):
        acr, inside = m.group(1), m.group(2).strip()
        if not _is_acronym(acr) or not inside[:1].isupper() or len(inside.split()) > len(_letters(acr)) + 4:
            continue
        prev = text[max(0, m.start() - 2) : m.start()]
        if prev.endswith("(") or inside.lower() == acr.lower():
            continue
        if initials_match(acr, inside):
            yield acr, _clean_name(inside), False


def strip_genitive(name: str) -> str:
    last = name.rsplit(" ", 1)[-1]
    if last.endswith("s") and not last.endswith(("ss", "us", "is", "os")) and len(last) > 3:
        return name[:-1]
    return name


def looks_like_organisation(name: str) -> bool:
    """An organisation head word in the name (Swedish compound ending or English head), or capitalised
    words opened by ``OPENERS`` ("Sveriges Kommuner och Regioner")."""
    words = name.split()
    if any(w in ENGLISH_HEADS for w in words):
        return True
    if words[0] in OPENERS and len(words) > 1 and all(_cap(w) or w in {"och", "för", "i"} for w in words[1:]):
        return True
    if words[0] in HEAD_INITIAL:
        return True
    return any(HEAD_RE.search(w.lower().strip(",")) for w in words)


# --------------------------------------------------------------------------------------------
# Multiword names

WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéÜüÆæØøÁáÍíÓóÚúÈèÇç0-9]+(?:[-–][A-Za-zÅÄÖåäöÉéÜü0-9]+)*-?|[^\sA-Za-zÅÄÖåäöÉéÜü0-9]")


def _cap(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and (word[1].islower() or word[1] == "-")


ACRONYM_COMPOUND = re.compile(r"^[A-ZÅÄÖ]{2,}-[a-zåäö]")


def _name_start(word: str) -> bool:
    """A capitalised word, or a compound after an acronym ("EU-kommissionen")."""
    return _cap(word) or bool(ACRONYM_COMPOUND.match(word))


def _midsentence(prev: str | None) -> bool:
    """The word before is a lower-case word, a number or a comma: a capital here marks a name."""
    if prev is None:
        return False
    return prev == "," or prev[0].islower() or prev[0].isdigit()


def name_candidates(text: str, max_words: int = MAX_NAME_WORDS) -> Iterator[tuple[str, ...]]:
    """Every word sequence (1 to ``max_words`` words) that starts with a capitalised word in
    mid-sentence and does not cross punctuation other than hyphens. Counting them gives each
    candidate's mid-sentence frequency and the words that continue it."""
    for line in text.split("\n"):
        yield from _line_candidates(WORD.findall(line), max_words)


def _line_candidates(tokens: list[str], max_words: int = MAX_NAME_WORDS) -> Iterator[tuple[str, ...]]:
    for i, tok in enumerate(tokens):
        if not _name_start(tok) or not _midsentence(tokens[i - 1] if i else None):
            continue
        if tok not in OPENERS and tok not in HEAD_INITIAL and not _might_start_name(tokens, i):
            continue
        commas = tok in HEAD_INITIAL  # "Myndigheten för press, radio och tv"
        span: list[str] = []
        for t in tokens[i : i + max_words]:
            if t == "," and commas and len(span) >= 3:
                span.append(t)
                yield tuple(span)
                continue
            if not t[0].isalnum() or t in BREAK_WORDS or (span and span[-1] == "," and not t[0].islower()):
                break
            span.append(t)
            yield tuple(span)


# lower-case words that end a name ("Forum för levande historia att ..."): spaCy's Swedish stop words
# but the ones inside names ("Myndigheten för stöd till trossamfund", "Fonden för ett sammanlänkat Europa")
INNER_WORDS = {"för", "och", "i", "av", "om", "mot", "över", "vid", "till", "på", "ett", "en", "de", "den", "det",
               "nedre", "övre", "höger", "vänster", "nationella"}  # fmt: skip


def _break_words() -> frozenset[str]:
    from spacy.lang.sv.stop_words import STOP_WORDS

    verbs = {
        "samt",
        "största",
        "främsta",
        "enda",
        "nya",
        "egna",
        "är",
        "bör",
        "ser",
        "tar",
        "ger",
        "menar",
        "anser",
        "skriver",
        "respektive",
        "via",
        "inklusive",
        "bl",
        "m",
        "t",
        "ex",
        "etc",
        "jfr",
        "dvs",
    }
    return frozenset((STOP_WORDS | verbs) - INNER_WORDS)


BREAK_WORDS = _break_words()


def _might_start_name(tokens: list[str], i: int) -> bool:
    """A cheap filter before counting: the next few words hold a head word or another capital."""
    for t in tokens[i : i + MAX_NAME_WORDS]:
        if not t[0].isalnum():
            return False
        if HEAD_RE.search(t.lower()) or (t is not tokens[i] and _cap(t)) or t in ENGLISH_HEADS:
            return True
    return False


def select_names(
    counts: Counter,
    min_name: int = MIN_NAME,
    min_run: int = MIN_RUN,
    first_names: frozenset[str] = frozenset(),
    places: frozenset[str] = frozenset(),
) -> dict[str, tuple[int, str]]:
    """name -> (mid-sentence count, shape) for the candidates that look like organisation names:
    ``head`` (last word ends in a head noun: "Statistiska centralbyrån", "Skatteverket"),
    ``head-initial`` ("Myndigheten för samhällsskydd och beredskap"), ``run`` (capitalised words opened
    by ``OPENERS``: "Sveriges Kommuner och Regioner").

    * a genitive ("Svenskt Näringslivs") counts for its base form and is not a name of its own;
    * a name must not usually go on with one same word (more than ``MAX_CONTINUATION`` of its
      occurrences), so "Myndigheten för samhällsskydd" gives way to the longer name;
    * two names joined by "och"/"samt" ("Försäkringskassan och Arbetsförmedlingen") are not a name;
    * a kept name followed by lower-case words without a head ("Myndigheten för arbetsmiljökunskap i
      uppdrag") is the kept name, not a longer one."""
    merged: Counter = Counter(counts)
    genitives = set()
    for cand, n in counts.items():
        last = cand[-1]
        if len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
            base = cand[:-1] + (last[:-1],)
            if base in counts:
                merged[base] += n
                genitives.add(cand)
    continuation: dict[tuple[str, ...], int] = defaultdict(int)
    for cand, n in counts.items():
        if len(cand) > 1 and cand not in genitives:
            prefix = cand[:-1]
            if n > continuation[prefix]:
                continuation[prefix] = n

    def shape_of(cand: tuple[str, ...]) -> str | None:
        n = merged[cand]
        if n < min_name or cand in genitives:
            return None
        last = cand[-1]
        if last.lower() in FUNCTION_WORDS or last.endswith("-") or not last[0].isalpha() or len(last) < 2:
            return None
        if "," in cand and cand[0] not in HEAD_INITIAL:
            return None
        if continuation.get(cand, 0) > MAX_CONTINUATION * n:
            return None
        shape = _shape(cand, first_names, places)
        if shape is None or (shape == "run" and n < min_run):
            return None
        return shape

    shapes = {cand: shape_of(cand) for cand in merged}
    shapes = {cand: shape for cand, shape in shapes.items() if shape}
    out: dict[str, tuple[int, str]] = {}
    for cand, shape in shapes.items():
        if _coordination(cand, shapes) or _kept_prefix(cand, shapes):
            continue
        out[" ".join(cand).replace(" ,", ",")] = (merged[cand], shape)
    return out


def _coordination(cand: tuple[str, ...], kept: dict) -> bool:
    """ "Skatteverket och Åklagarmyndigheten", "Sveriges Television och Sveriges Utbildningsradio":
    the words before "och"/"samt" end in a head noun or a place, or the words after open a name or
    are a kept name of their own. ("Sveriges Kommuner och Regioner" is one name.)"""
    for j, w in enumerate(cand):
        if w not in ("och", "samt") or j == 0 or j == len(cand) - 1:
            continue
        left, right = cand[:j], cand[j + 1 :]
        if HEAD_RE.search(left[-1].lower()) or left[-1] in ENGLISH_HEADS:
            return True  # "Migrationsverket och migrationsdomstolen"
        if not _name_start(right[0]) and not right[0].isupper():
            continue
        if right[0] in OPENERS:
            return True
        if right[0] in HEAD_INITIAL or any(right[: k + 1] in kept for k in range(len(right))):
            return True
        if left[-1] in {"län", "kommun", "stad"}:
            return True
    return False


def _kept_prefix(cand: tuple[str, ...], kept: dict) -> bool:
    """A kept shorter name followed only by lower-case words that hold no head noun
    ("Myndigheten för arbetsmiljökunskap i uppdrag"), or its genitive before other words
    ("Forum för levande historias arbete")."""
    for k in range(len(cand) - 1, 0, -1):
        last = cand[k - 1]
        genitive = cand[: k - 1] + (last[:-1],) if last.endswith("s") and len(last) > 3 else None
        if cand[:k] in kept or (genitive and genitive in kept):
            rest = cand[k:]
            return all(not _cap(w) and not w.isupper() and not HEAD_RE.search(w.lower()) for w in rest)
    return False


def _shape(cand: tuple[str, ...], first_names: frozenset[str], places: frozenset[str]) -> str | None:
    first, last = cand[0], cand[-1]
    if last in DIRECTIONS:
        return None  # cut short: "Länsstyrelsen i Västra (Götalands län)"
    if any(w.lower() in {"och", "för", "i"} and j in (0, len(cand) - 1) for j, w in enumerate(cand)):
        return None
    lowered = [w for w in cand[1:] if not _cap(w) and not w.isupper() and w.lower() not in FUNCTION_WORDS]
    if len(lowered) > 4:
        return None  # a phrase, not a name
    if first in first_names and len(cand) == 2:
        return None  # "Anna Lindh", "Magdalena Andersson"
    if len(cand) == 1:
        if "-" in first.strip("-") and first.split("-")[0].isupper():
            base = first.split("-", 1)[1]  # "EU-kommissionen", "IT-myndigheten"
            m = HEAD_RE.search(base.lower())
            ok = m and m.group() not in INDEFINITE_HEADS and not NOT_HEAD.search(base.lower()) and len(base) > 6
            return "head" if ok else None
        low = first.lower()
        m = HEAD_RE.search(low)
        if NOT_HEAD.search(low) or (m and m.group() in INDEFINITE_HEADS):
            return None  # a one-word name has the definite form: "Lagrådet", not "Kansliråd"
        # a compound: the head must follow a first part ("Skatteverket", not "Verket")
        return "head" if m and m.start() >= 3 and not low.endswith(("ande", "ende")) else None
    if first in HEAD_INITIAL and len(cand) >= 3 and cand[1].lower() in {"för", "mot", "över", "i", "om", "vid"}:
        return "head-initial"
    if first in {"Region", "Länsstyrelsen"} and len(cand) <= 4 and (_cap(cand[1]) or cand[1] == "i"):
        return "head-initial"
    if HEAD_RE.search(last.lower()) or last in ENGLISH_HEADS:
        if NOT_HEAD.search(last.lower()):
            return None
        # "Sveriges ordförandeskap i Nordiska ministerrådet": a phrase around a name
        if any(w in PREPOSITIONS and _cap(cand[j + 1]) for j, w in enumerate(cand[:-1])):
            return None
        return "head"
    # "Sveriges Kommuner och Regioner", "Svenskt Näringsliv": capitals and connectors only
    inner_ok = all(_cap(w) or w.isupper() or w in {"och", "för", "i", "av", "de"} for w in cand[1:])
    if any(w.endswith("s") and _cap(w) for w in cand[1:-1]):
        inner_ok = False  # "Sveriges Radios Ekot": a name's genitive before a noun
    if (
        first in OPENERS
        and inner_ok
        and _cap(cand[1])
        and _cap(last)
        and last not in places
        and last.rstrip("s") not in places
    ):
        return "run"
    return None


# --------------------------------------------------------------------------------------------
# Source lists

MYNDIGHET_ACR = re.compile(r"\s*(?:\(([a-zåäö]{2,6})\)|,\s*([a-zåäö]{2,6}))$")
COURT_TAIL = re.compile(r"^((?:.+ (?:tingsrätt|hovrätt))|(?:(?:Förvaltningsrätten|Kammarrätten) i \w+)) (?:och|o) .*$")


def clean_agency_name(raw: str) -> tuple[str, list[str]]:
    """SCB register spelling to a name and its acronyms: "Arbetsmiljöverket (av)" -> ("Arbetsmiljöverket",
    ["AV"]); "Malmö tingsrätt och ..." -> "Malmö tingsrätt"; "arbetsmarknads-och" -> "arbetsmarknads- och"."""
    name = raw.strip()
    acronyms = []
    m = MYNDIGHET_ACR.search(name)
    if m:
        acronyms.append((m.group(1) or m.group(2)).upper())
        name = name[: m.start()]
    name = re.sub(r"(\w)-och\b", r"\1- och", name)
    name = re.sub(r"(\w)-([a-zåäö]{2,5})-(\w)", lambda x: f"{x.group(1)}-{x.group(2).upper()}-{x.group(3)}", name)
    if re.search(r"-[a-zåäö]{2,3}-", name) is None:
        name = re.sub(r"\b([a-zåäö]{2,3})-(rådet|kommittén)\b", lambda x: f"{x.group(1).upper()}-{x.group(2)}", name)
    m = COURT_TAIL.match(name)
    if m:
        name = m.group(1)
    return name, acronyms


class Attestations:
    """The most frequent capitalised spelling of a name in the raw texts (case-insensitive search on
    word boundaries), with a count: fixes the register's lower-cased proper nouns ("Högskolan dalarna")
    and hyphens ("Hyres och arrendenämnden")."""

    def __init__(self, texts: list[str]):
        self.text = "\n".join(texts)
        self.low = self.text.lower()

    def forms(self, name: str, limit: int = 400) -> Counter:
        key = name.lower()
        found: Counter = Counter()
        start = 0
        n = 0
        while n < limit:
            i = self.low.find(key, start)
            if i < 0:
                break
            start = i + 1
            end = i + len(key)
            if (i and self.low[i - 1].isalnum()) or (end < len(self.low) and self.low[end].isalnum()):
                continue
            found[self.text[i:end]] += 1
            n += 1
        return found

    def spelling(self, name: str) -> tuple[str, int]:
        """(best spelling, attestations); tries "och" for "&", and "X- och" for "X och" when the plain
        name is never seen. An unseen "Hyres och arrendenämnden" becomes "Hyres- och arrendenämnden"
        (a first part ending in the linking -s is a compound's)."""
        name = name.replace(" & ", " och ")
        tries = [name]
        if " och " in name:
            tries.append(re.sub(r"(\w) och ", r"\1- och ", name, count=1))
        for t in tries:
            forms = self.forms(t)
            forms = Counter({f: c for f, c in forms.items() if f[:1].isupper() and f.lower() == t.lower()})
            if forms:
                best = max(forms.items(), key=lambda fc: (fc[1], fc[0] == t))
                # keep the register's spelling when the texts only differ from it in a minority of cases
                if forms.get(name, 0) * 3 >= best[1]:
                    return name, sum(forms.values())
                return best[0], sum(forms.values())
        return re.sub(r"^(\w+s) och ", r"\1- och ", name), 0


def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in text if ch.isalnum() and not unicodedata.combining(ch))


def media_names(domains: list[str], words: Counter, bigrams: Counter) -> dict[str, str | None]:
    """domain -> the capitalised word or pair the texts write for it ("affarsvarlden.se" ->
    "Affärsvärlden", "dagensjuridik.se" -> "Dagens Juridik"), when its stem has more than three letters
    and the spelling occurs at least twice; ``None`` otherwise (the domain stays the name)."""
    by_fold: dict[str, Counter] = defaultdict(Counter)
    for w, n in words.items():
        if n >= 2:
            by_fold[fold(w)][w] += n
    for w, n in bigrams.items():
        if n >= 2:
            by_fold[fold(w)][w] += n
    out: dict[str, str | None] = {}
    for domain in domains:
        stem = domain.rsplit(".", 1)[0]
        cands = by_fold.get(fold(stem))
        out[domain] = cands.most_common(1)[0][0] if cands and len(stem) > 3 else None
    return out


# --------------------------------------------------------------------------------------------
# Parties

# The Riksdag parties, and older/minor ones kept when attested: (key, name, letters, other names,
# colloquial and lower-case forms, member nouns). Every form but the name and the letters is kept
# only where the raw texts attest it.
# fmt: off
PARTIES = [
    ("S", "Socialdemokraterna", ["S"], ["Sveriges socialdemokratiska arbetareparti", "Arbetarepartiet"],
     ["socialdemokraterna", "sossarna", "sossen", "Sossarna", "socialdemokratin", "Socialdemokratin"],
     ["socialdemokrat", "socialdemokrater", "socialdemokraten", "socialdemokraterna", "sosse", "sossar"]),
    ("M", "Moderaterna", ["M"], ["Moderata samlingspartiet", "Nya moderaterna", "Nya Moderaterna"],
     ["moderaterna", "moderata samlingspartiet", "nya moderaterna"],
     ["moderat", "moderater", "moderaten", "moderaterna"]),
    ("SD", "Sverigedemokraterna", ["SD"], [], ["sverigedemokraterna"],
     ["sverigedemokrat", "sverigedemokrater", "sverigedemokraten", "sverigedemokraterna"]),
    ("C", "Centerpartiet", ["C"], ["Centern"], ["centerpartiet", "centern"],
     ["centerpartist", "centerpartister", "centerpartisten", "centerpartisterna"]),
    ("V", "Vänsterpartiet", ["V", "VPK"], ["Vänsterpartiet kommunisterna"], ["vänsterpartiet"],
     ["vänsterpartist", "vänsterpartister", "vänsterpartisten", "vänsterpartisterna"]),
    ("KD", "Kristdemokraterna", ["KD", "KDS"], ["Kristdemokratiska samhällspartiet", "Kristen demokratisk samling"],
     ["kristdemokraterna"], ["kristdemokrat", "kristdemokrater", "kristdemokraten", "kristdemokraterna"]),
    ("L", "Liberalerna", ["L", "FP"], ["Folkpartiet liberalerna", "Folkpartiet"], ["liberalerna", "folkpartiet"],
     ["folkpartist", "folkpartister", "folkpartisten", "folkpartisterna"]),
    ("MP", "Miljöpartiet", ["MP"], ["Miljöpartiet de gröna"], ["miljöpartiet", "miljöpartiet de gröna"],
     ["miljöpartist", "miljöpartister", "miljöpartisten", "miljöpartisterna"]),
    # older and minor parties: kept when the name is attested MIN_MINOR_PARTY times
    ("NYD", "Ny demokrati", ["NyD"], ["Ny Demokrati"], [], []),
    ("FI", "Feministiskt initiativ", ["Fi", "FI"], [], [], []),
    ("PP", "Piratpartiet", ["PP"], [], ["piratpartiet"], []),
    ("JL", "Junilistan", [], [], [], []),
    ("SPI", "Sjukvårdspartiet", [], [], [], []),
    ("MED", "Medborgerlig samling", [], [], [], []),
    ("AFS", "Alternativ för Sverige", ["AfS"], [], [], []),
    ("NYANS", "Nyans", [], [], [], []),
    ("KP", "Kommunistiska partiet", ["KP"], [], [], []),
]
# fmt: on
RIKSDAG_PARTIES = ("S", "M", "SD", "C", "V", "KD", "L", "MP")

# how the interpellations' party field writes each party
PARTY_FIELD = {
    "s": "S",
    "m": "M",
    "sd": "SD",
    "c": "C",
    "v": "V",
    "y": "V",
    "kd": "KD",
    "kds": "KD",
    "fp": "L",
    "l": "L",
    "mp": "MP",
    "nyd": "NYD",
}


def genitive(name: str) -> str:
    return name if name.endswith(("s", "x", "z")) else name + "s"


def word_counts(texts: Iterable[str], forms: set[str]) -> Counter:
    """Occurrences of each of ``forms`` (case-sensitive, whole words; forms of several words too)."""
    single = {f for f in forms if " " not in f}
    multi = {f for f in forms if " " in f}
    counts: Counter = Counter()
    for text in texts:
        for w in re.findall(r"[\wÅÄÖåäö-]+", text):
            if w in single:
                counts[w] += 1
        for f in multi:
            if f in text:
                counts[f] += len(re.findall(rf"(?<!\w){re.escape(f)}(?!\w)", text))
    return counts


def build_parties(texts: list[str], party_wikidata: dict[str, str], field_letters: Counter | None = None) -> list[dict]:
    """The party table: every form but a Riksdag party's name and current letters is kept only where
    the texts (or, for letter codes, the interpellations' party field) attest it."""
    field_letters = field_letters or Counter()
    candidates: set[str] = set()
    for _key, name, letters, names, forms, members in PARTIES:
        for n in [name, *names, *forms, *members]:
            candidates.update({n, genitive(n)})
        candidates.update({name.lower(), genitive(name.lower()), *letters})
    counts = word_counts(texts, candidates)
    out = []
    for key, name, all_letters, names, forms, members in PARTIES:
        riksdag = key in RIKSDAG_PARTIES
        if not riksdag and counts[name] + counts[genitive(name)] + sum(counts[n] for n in names) < MIN_MINOR_PARTY:
            continue
        letters = [
            x
            for i, x in enumerate(all_letters)
            if (riksdag and i == 0) or counts[x] + field_letters[x.lower()] >= MIN_FORM
        ]
        kept_names = [n for n in names if counts[n] + counts[genitive(n)] >= MIN_FORM]
        all_forms = set()
        for n in [name, *kept_names]:
            all_forms.update({n, genitive(n)})
            low = n.lower()
            if counts[low] + counts[genitive(low)] >= MIN_FORM:
                all_forms.update({low, genitive(low)})
        for f in forms:
            if counts[f] + counts[genitive(f)] >= MIN_FORM:
                all_forms.update({f, genitive(f)})
        entry = {
            "key": key,
            "name": name,
            "letters": letters,
            "names": kept_names,
            "forms": sorted(all_forms - {name}),
            "members": sorted(m for m in members if counts[m] >= MIN_FORM),
            "riksdag": riksdag,
            "n": counts[name] + counts[genitive(name)],
        }
        if key in party_wikidata:
            entry["wikidata"] = party_wikidata[key]
        out.append(entry)
    return out


# --------------------------------------------------------------------------------------------
# Politicians

ROLE_WORD = re.compile(r"(?i)^(?:statsrådet|statsråd|[\wåäö]*minister(?:n)?|och|vice|biträdande|[\wåäö]+-)$")
PAREN_PARTY = re.compile(r"\s*\(([^()]*)\)\s*$")


def parse_person_name(raw: str) -> tuple[str | None, str | None, str | None]:
    """A persons record's name to (name, role, party letters): "statsrådet Mats Hellström" ->
    ("Mats Hellström", "statsrådet", None); "Segelström, Inger (s)" -> ("Inger Segelström", None, "s");
    "Klimat- och miljöminister Åsa Romson" -> ("Åsa Romson", "klimat- och miljöminister", None);
    "statsministern om information" -> (None, ...)."""
    text = re.sub(r"\s+", " ", raw or "").strip()
    party = None
    m = PAREN_PARTY.search(text)
    if m:
        party = m.group(1).strip()
        text = text[: m.start()]
    text = re.sub(r"(\w)- (?=[A-ZÅÄÖ])", r"\1-", text)  # "Maj- Inger" -> "Maj-Inger"
    if "," in text:
        last, _, first = text.partition(",")
        text = f"{first.strip()} {last.strip()}"
    words = text.split()
    role_words = []
    while words and (ROLE_WORD.match(words[0]) or words[0][:1].islower()) and not _particle_start(words):
        role_words.append(words.pop(0))
    role = normalise_role(role_words)
    if " om " in f" {' '.join(words)} " or not words:
        return None, role, party
    # "Ulrika Karlsson i Uppsal(a)": the Riksdag's "i <place>" disambiguation
    if "i" in words[1:]:
        words = words[: words.index("i", 1)]
    name = " ".join(words)
    if len(words) < 2 or not all(w[:1].isupper() or w in {"von", "af", "de", "van", "der", "la"} for w in words):
        return None, role, party
    return name, role, party


def normalise_role(words: list[str]) -> str | None:
    """["Klimat-", "och", "miljöminister"] -> "klimat- och miljöminister"; "statsrådet" -> "statsråd";
    None unless every word is part of a minister's title."""
    if not words or not all(ROLE_WORD.match(w) for w in words):
        return None
    role = " ".join(words).lower()
    role = re.sub(r"ministern$", "minister", role)
    role = re.sub(r"statsrådet$", "statsråd", role)
    return role if role.endswith(("minister", "statsråd")) else None


def _particle_start(words: list[str]) -> bool:
    return words[0] in {"von", "af", "de", "van"} and len(words) > 1


def name_key(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace(".", " ")).strip().casefold()


def build_politicians(corpora: Path) -> tuple[list[dict], dict[str, str], dict]:
    """The people of the persons records, and the party -> Wikidata id map their ``wikidata``
    field gives (the field holds the party's item, not the person's)."""
    records: dict[str, list[tuple[str, str | None, str | None, str | None, str]]] = defaultdict(list)
    spellings: dict[str, Counter] = defaultdict(Counter)
    q_parties: dict[str, Counter] = defaultdict(Counter)
    party_fields: Counter = Counter()
    n_records = n_docs = 0
    for doc in interpellations(corpora):
        n_docs += 1
        year = (doc.get("date") or "")[:4]
        addressee = doc.get("addressee") or ""
        for p in doc.get("persons") or []:
            n_records += 1
            name, role, paren = parse_person_name(p.get("name") or "")
            if not name:
                continue
            if not role and addressee and name in addressee:
                _n, role, _p = parse_person_name(addressee)
            field = (p.get("party") or paren or "").strip().lower()
            party = PARTY_FIELD.get(field)
            party_fields[field] += 1
            q = p.get("wikidata")
            if party and q and q.startswith("Q"):
                q_parties[q][party] += 1
            gender = {"man": "male", "woman": "female", "female": "female"}.get(p.get("gender") or "")
            key = name_key(name)
            records[key].append((party, q if q and q.startswith("Q") else None, gender, role, year))
            spellings[key][name] += 1
    # Wikidata item -> party, where one party holds 90 % of the records that name one
    party_of_q = {}
    for q, c in q_parties.items():
        party, n = c.most_common(1)[0]
        if n >= 0.9 * sum(c.values()) and n >= 10:
            party_of_q[q] = party
    party_wikidata = {p: q for q, p in party_of_q.items()}
    if len(party_wikidata) != len(party_of_q):
        party_wikidata = {}
        for q, p in sorted(party_of_q.items(), key=lambda qp: -sum(q_parties[qp[0]].values())):
            party_wikidata.setdefault(p, q)
    people = []
    for key, recs in records.items():
        parties = Counter(r[0] or party_of_q.get(r[1]) for r in recs)
        parties.pop(None, None)
        total = sum(parties.values())
        # a party with 3 records and a quarter of them is a person of its own (namesakes, switchers);
        # fewer are errors of the records and go to the main party
        main = (
            [p for p, n in parties.most_common() if n >= 3 and n >= 0.25 * total]
            or [p for p, _n in parties.most_common(1)]
            or [None]
        )
        for party in main:
            mine = [
                r
                for r in recs
                if (r[0] or party_of_q.get(r[1])) == party
                or (party == main[0] and (r[0] or party_of_q.get(r[1])) not in main)
            ]
            genders = Counter(r[2] for r in mine if r[2])
            roles = Counter(r[3] for r in mine if r[3])
            years = sorted(r[4] for r in mine if r[4])
            spelled = spellings[key].most_common()
            entry = {
                "name": spelled[0][0],
                "gender": genders.most_common(1)[0][0] if genders else None,
                "party": party,
                "n": len(mine),
            }
            if roles:
                entry["roles"] = [r for r, _n in roles.most_common(3)]
            if years:
                entry["years"] = [int(years[0]), int(years[-1])]
            variants = [s for s, _n in spelled[1:] if s != entry["name"]]
            if variants:
                entry["variants"] = variants[:3]
            people.append(entry)
    people.sort(key=lambda e: (e["name"], e["party"] or ""))
    stats = {"documents": n_docs, "person_records": n_records, "party_fields": party_fields}
    return people, party_wikidata, stats


# --------------------------------------------------------------------------------------------
# Putting it together


class OrgTable:
    def __init__(self) -> None:
        self.entries: dict[str, dict] = {}
        self.variant_of: dict[str, str] = {}  # casefolded variant -> key of its entry

    def find(self, name: str) -> dict | None:
        key = name.casefold()
        return self.entries.get(key) or self.entries.get(self.variant_of.get(key, ""))

    def add(
        self,
        name: str,
        source: str,
        *,
        acronyms: Iterable[str] = (),
        variants: Iterable[str] = (),
        wikidata: str | None = None,
        n: int = 0,
    ) -> dict:
        key = name.casefold()
        key = key if key in self.entries else self.variant_of.get(key, key)
        e = self.entries.get(key)
        if e is None:
            e = self.entries[key] = {"name": name, "sources": [], "acronyms": [], "variants": [], "n": 0}
        if source not in e["sources"]:
            e["sources"].append(source)
        for a in acronyms:
            if a not in e["acronyms"]:
                e["acronyms"].append(a)
        for v in variants:
            if v != e["name"] and v not in e["variants"]:
                e["variants"].append(v)
                self.variant_of.setdefault(v.casefold(), key)
        if wikidata and not e.get("wikidata"):
            e["wikidata"] = wikidata
        e["n"] = max(e["n"], n)
        return e

    def rows(self) -> list[dict]:
        out = []
        for e in self.entries.values():
            row = {
                "name": e["name"],
                "type": organisation_type(e["name"], e["sources"]),
                "sources": sorted(e["sources"]),
            }
            if e["acronyms"]:
                row["acronyms"] = e["acronyms"]
            if e["variants"]:
                row["variants"] = sorted(e["variants"])
            if e.get("wikidata"):
                row["wikidata"] = e["wikidata"]
            if e["n"]:
                row["n"] = e["n"]
            out.append(row)
        out.sort(key=lambda r: r["name"].casefold())
        return out


def mine_texts(texts: list[str]) -> tuple[Counter, Counter, Counter, Counter, Counter]:
    """Acronym pairs (plain and genitive), name candidates, and the capitalised words and pairs of
    capitalised words in mid-sentence (for naming the media domains)."""
    pairs: Counter = Counter()
    genitive_pairs: Counter = Counter()
    cands: Counter = Counter()
    words: Counter = Counter()
    bigrams: Counter = Counter()
    for text in texts:
        for acr, name, gen in acronym_pairs(text):
            (genitive_pairs if gen else pairs)[(acr, name)] += 1
        for line in text.split("\n"):
            tokens = WORD.findall(line)
            for cand in _line_candidates(tokens):
                cands[cand] += 1
            for i in range(1, len(tokens)):
                tok = tokens[i]
                if _cap(tok) and _midsentence(tokens[i - 1]):
                    words[tok] += 1
                    if i + 1 < len(tokens) and _cap(tokens[i + 1]):
                        bigrams[f"{tok} {tokens[i + 1]}"] += 1
    return pairs, genitive_pairs, cands, words, bigrams


def merge_pairs(pairs: Counter, genitive_pairs: Counter) -> dict[tuple[str, str], int]:
    """Genitive full names ("Statistiska centralbyråns (SCB:s)") to the base form; case variants of a
    name under one acronym to the most frequent spelling."""
    merged: Counter = Counter(pairs)
    for (acr, name), n in genitive_pairs.items():
        merged[(acr, strip_genitive(name))] += n
    for (acr, name), n in list(merged.items()):
        base = strip_genitive(name)
        if base != name and (acr, base) in merged and merged[(acr, base)] >= n:
            merged[(acr, base)] += merged.pop((acr, name))
    grouped: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for (acr, name), n in merged.items():
        grouped[(acr, name.casefold())][name] += n
    return {(acr, spellings.most_common(1)[0][0]): sum(spellings.values()) for (acr, _k), spellings in grouped.items()}


def spelling_variants(pairs: dict[tuple[str, str], int]) -> list[tuple[str, str, int, str | None]]:
    """(acronym, name, count, the better attested name it is a spelling of, or None), best attested
    first for each acronym: "Kommitté för utrikes- och säkerhetspolitik" is a variant of "Kommittén för
    ..." (same acronym, names 85 % alike); "European Union" and "Europeiska unionen" stay two names."""
    by_acr: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (acr, name), n in pairs.items():
        by_acr[acr].append((name, n))
    out = []
    for acr in sorted(by_acr):
        seen: list[str] = []
        for name, n in sorted(by_acr[acr], key=lambda x: (-x[1], x[0])):
            like = next(
                (s for s in seen if difflib.SequenceMatcher(None, s.lower(), name.lower()).ratio() >= 0.85), None
            )
            out.append((acr, name, n, like))
            if like is None:
                seen.append(name)
    return out


def build(
    corpora: Path = DEFAULT_CORPORA,
    output: Path = OUTPUT,
    built: str | None = None,
    samples: Path | None = None,
    log=print,
) -> dict:
    t0 = time.time()
    corpora = _require(corpora)
    organisationer = corpora / "svensktext" / "organisationer"
    if not organisationer.is_dir():
        raise FileNotFoundError(f"no svensktext organisation lists at {organisationer}")
    texts = list(raw_texts(corpora))
    log(f"read {len(texts)} texts ({time.time() - t0:.0f} s)")
    pairs, genitive_pairs, cands, words, bigrams = mine_texts(texts)
    log(
        f"mined {len(pairs) + len(genitive_pairs)} acronym pairs, {len(cands)} name candidates "
        f"({time.time() - t0:.0f} s)"
    )
    attest = Attestations(texts)
    orgs = OrgTable()
    counts = {}

    # agencies (SCB register)
    rows = _rows(organisationer / "myndigheter.tsv", "\t")
    unattested = dropped = 0
    curated: set[str] = set()
    for row in rows:
        name, acronyms = clean_agency_name(row["name"])
        spelled, n = attest.spelling(name)
        unattested += n == 0
        if n == 0 and re.search(r"\s[a-hj-zåäö]\s", name):
            dropped += 1
            continue  # cut short in the register: "Forskningsrådet f miljö arella näringar och samh"
        orgs.add(spelled, "myndigheter", acronyms=acronyms, n=n, variants=[name] if name != spelled else [])
        curated.add(spelled.casefold())
    counts["myndigheter"] = len(rows)
    counts["myndigheter_unattested"] = unattested
    counts["myndigheter_dropped"] = dropped
    counts["myndigheter_names"] = len(curated)

    # EU institutions
    rows = _rows(organisationer / "eu.csv")
    for row in rows:
        name = row["name"].strip()
        alt = (row.get("alternative_name") or "").strip()
        acr = (row.get("acronym") or "").strip()
        spelled, n = attest.spelling(name)
        orgs.add(
            spelled,
            "eu",
            acronyms=[acr] if acr else [],
            n=n,
            variants=[v for v in (alt[:1].upper() + alt[1:] if alt else "",) if v],
        )
        curated.add(spelled.casefold())
    counts["eu"] = len(rows)

    # news media (domains)
    rows = _rows(organisationer / "massmedier-nyheter-domaner.csv")
    domains = sorted({r["domain"].strip() for r in rows if r.get("domain", "").strip()})
    named = media_names(domains, words, bigrams)
    for domain, name in named.items():
        # "Dagen", "Arbetet", "Fokus": a word the texts write in lower case more often than as a name
        if name and sum(c for f, c in attest.forms(name).items() if f[:1].islower()) > words[name] + bigrams[name]:
            named[domain] = None
    for domain in domains:
        name = named[domain]
        orgs.add(name or domain, "media", variants=[domain] if name else [])
    counts["media_domains"] = len(domains)
    counts["media_named"] = sum(1 for v in named.values() if v)

    # municipalities
    kommuner = corpora / "svensktext" / "platser" / "kommuner.csv"
    if kommuner.exists():
        rows = _rows(kommuner)
        for row in rows:
            name = row["name"].strip()
            if name:
                orgs.add(name, "kommuner")
        counts["kommuner"] = len(rows)

    # politicians and parties
    people, party_wikidata, person_stats = build_politicians(corpora)
    parties = build_parties(texts, party_wikidata, person_stats.pop("party_fields"))
    counts.update(person_stats)
    for p in parties:
        orgs.add(
            p["name"],
            "party",
            acronyms=[x for x in p["letters"] if len(x) > 1],
            variants=p["names"],
            wikidata=p.get("wikidata"),
            n=p["n"],
        )
        curated.add(p["name"].casefold())

    # mined acronym pairs
    merged = merge_pairs(pairs, genitive_pairs)
    kept_pairs = {}
    for (acr, name), n in merged.items():
        in_list = name.casefold() in curated
        if (n >= MIN_PAIR or in_list) and (in_list or looks_like_organisation(name)):
            kept_pairs[(acr, name)] = n
    for acr, name, n, variant_of in spelling_variants(kept_pairs):
        target = orgs.find(variant_of) if variant_of is not None else None
        if target is not None:
            orgs.add(target["name"], "acronym-pairs", variants=[name])
            continue
        existing = orgs.find(name)
        short = orgs.find(acr)  # "Sida" is the register's name: the long form is its variant
        if existing is None and short is not None and "myndigheter" in short["sources"]:
            orgs.add(short["name"], "acronym-pairs", acronyms=[acr], variants=[name])
            continue
        orgs.add(existing["name"] if existing else name, "acronym-pairs", acronyms=[acr], n=0 if existing else n)
    counts["acronym_pairs_mined"] = len(merged)
    counts["acronym_pairs_kept"] = len(kept_pairs)

    # mined names
    first_names = frozenset(n for n in gender_lexicon.lexicon() if gender_lexicon.is_confident_first_name(n))
    try:
        places = place_lexicon._places()
    except OSError:
        places = frozenset()
    names = select_names(cands, first_names=first_names, places=places)
    mined_by_shape = Counter()
    for name, (n, shape) in sorted(names.items()):
        base = strip_genitive(name)
        if base != name and base in names:
            continue  # the genitive of a kept name
        existing = orgs.entries.get(name.casefold())
        orgs.add(existing["name"] if existing else name, "mined-names", n=n)
        mined_by_shape[shape] += 1
    counts["names_mined"] = dict(sorted(mined_by_shape.items()))

    org_rows = orgs.rows()
    kb = {
        "schema": SCHEMA,
        "built": built or date.today().isoformat(),
        "sources": {
            "svensktext": {
                "files": [
                    "organisationer/myndigheter.tsv",
                    "organisationer/eu.csv",
                    "organisationer/massmedier-nyheter-domaner.csv",
                    "platser/kommuner.csv",
                ],
                "licence": LICENCES["svensktext"],
            },
            "regeringen_g0vse": {"files": ["pages.jsonl.gz"], "licence": LICENCES["regeringen_g0vse"]},
            "riksdagen_interpellations": {
                "files": ["interpellations.jsonl.gz"],
                "licence": LICENCES["riksdagen_interpellations"],
            },
        },
        "thresholds": {
            "min_pair": MIN_PAIR,
            "min_name": MIN_NAME,
            "min_run": MIN_RUN,
            "max_continuation": MAX_CONTINUATION,
            "min_form": MIN_FORM,
        },
        "counts": {
            **counts,
            "texts": len(texts),
            "organisations": len(org_rows),
            "parties": len(parties),
            "politicians": len(people),
            "organisation_types": dict(sorted(Counter(r["type"] for r in org_rows).items())),
        },
        "organisations": org_rows,
        "parties": parties,
        "politicians": people,
    }
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    body = json.dumps(kb, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    with open(output, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as fh:
        fh.write(body.encode("utf-8"))
    kb["counts"]["build_seconds"] = round(time.time() - t0)
    kb["counts"]["bytes"] = output.stat().st_size
    if samples is not None:
        write_samples(Path(samples), names, kept_pairs, merged)
    return kb


def write_samples(folder: Path, names: dict, kept_pairs: dict, merged: dict, k: int = 100, seed: int = 22) -> None:
    """Random samples of the kept mined names (per shape) and acronym pairs, for judging precision."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    by_shape: dict[str, list] = defaultdict(list)
    for name, (n, shape) in sorted(names.items()):
        by_shape[shape].append((name, n))
    for shape, items in by_shape.items():
        pick = rng.sample(items, min(k, len(items)))
        (folder / f"names-{shape}.tsv").write_text(
            "".join(f"{n}\t{name}\n" for name, n in sorted(pick)), encoding="utf-8"
        )
    pick = rng.sample(sorted(kept_pairs.items()), min(k, len(kept_pairs)))
    (folder / "acronym-pairs.tsv").write_text(
        "".join(f"{n}\t{a}\t{name}\n" for (a, name), n in sorted(pick)), encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m recipe.build_kb", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="?", default=str(DEFAULT_CORPORA))
    parser.add_argument("--out", default=str(OUTPUT))
    parser.add_argument("--date", default=None, help="the build date written into the KB (default: today)")
    parser.add_argument("--samples", default=None, help="folder for random samples of the mined entries")
    args = parser.parse_args(argv)
    try:
        kb = build(
            Path(args.corpora), Path(args.out), built=args.date, samples=Path(args.samples) if args.samples else None
        )
    except FileNotFoundError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    c = kb["counts"]
    print(
        f"wrote {args.out}: {c['bytes']:,} bytes, {c['organisations']} organisations, {c['parties']} parties, "
        f"{c['politicians']} politicians in {c['build_seconds']} s"
    )
    print(json.dumps({k: v for k, v in c.items()}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
