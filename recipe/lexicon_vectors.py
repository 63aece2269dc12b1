"""Gazetteer membership as static word features for the bundled model.

The statistical NER knows only the names it saw in training: an unseen
``Kambodja`` or ``Krista`` is a guess from its spelling. The svensktext lists
know them. This module writes them as a small spaCy vectors table keyed by the
word as written (``ORTH``), one column per list, which the tok2vec reads next to
its hashed embeddings (``include_static_vectors``). The model learns how far to
trust each list; words in no list get a zero vector.

Columns (values in 0..1; names weighted by how many people bear them):

=====  ===========================================================
0      given name, women (SCB ``tilltalsnamn``)
1      given name, men
2      surname (SCB, the 1,000 most common)
3      Swedish place: municipalities, counties, place names
4      country or capital (Swedish, alternative and English name)
5      government agency (a one-word name such as ``Skatteverket``)
6      nationality word (``svensk``, ``svenskar``, ``afghansk``)
7      part of a multiword place or agency name (``Costa``, ``Rica``)
=====  ===========================================================

Optional, not in the shipped recipe (``python -m recipe.prepare CORPORA OUT --case-columns``;
tried on 2026-12-06 and not adopted, see the model card), two more columns from the raw text's
case statistics (``case_statistics``), given to the lower-case and the capitalised form of every
word seen at least ``MIN_MID_SENTENCE`` times inside a sentence in the raw archives
(``raw_text.ARCHIVES``, without the quote dev pages):

=====  ===========================================================
8      how often the word is written with a capital initial inside a
       sentence: near 1 for a name (``Bildt``), near 0 for a common word
       (``har``, ``svar``), so that a capitalised word at a sentence start
       can be told from a name
9      how common the word is (log scale; 0 when unseen)
=====  ===========================================================

Genitive forms (``Kambodjas``, ``Jonssons``) carry their base word's features.
``python -m recipe.lexicon_vectors CORPORA OUT`` writes the table
as a blank pipeline folder that ``[initialize] vectors`` loads; ``prepare``
writes it next to the DocBins.
"""

from __future__ import annotations

import ast
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from nlp_pipeline.nlp.tokenizer import spaced_abbreviation_forms

from .gazetteer import svensktext_rows

COLUMNS = ("given_f", "given_m", "surname", "place_se", "country", "agency", "nationality", "name_part")
CASE_COLUMNS = ("capitalised", "frequency")
MIN_BEARERS = 20
MIN_MID_SENTENCE = 5
_WORD = re.compile(r"[^\W\d_]+|\S")
# A word after one of these may start a sentence (or a quotation), so its case says nothing.
_OPENERS = frozenset('.!?:;"”»–—-…•')


def _weight(count: int, top: float = 6.0) -> float:
    """Scale a bearer count to 0..1 on a log scale (a million bearers is 1)."""
    return min(1.0, math.log10(max(count, 1)) / top)


def _genitive(word: str) -> str | None:
    if not word or word[-1] in "sxzSXZ" or not word[-1].isalpha():
        return None
    return word + "s"


def case_statistics(paragraphs: Iterable[str]) -> dict[str, tuple[int, int, int]]:
    """Lower-cased word -> (occurrences, occurrences inside a sentence, those written with a capital
    initial) over ``paragraphs``. Inside a sentence means after a word or a comma, not at the start
    of a paragraph or after a full stop, colon, dash or quotation mark."""
    total: Counter = Counter()
    inside: Counter = Counter()
    capital: Counter = Counter()
    for para in paragraphs:
        prev = ""
        for word in _WORD.findall(para):
            if word[0].isalpha():
                key = word.lower()
                total[key] += 1
                if prev and prev not in _OPENERS:
                    inside[key] += 1
                    if word[0].isupper():
                        capital[key] += 1
            prev = word
    return {k: (total[k], inside[k], capital[k]) for k in total}


def raw_paragraphs(corpora: Path) -> Iterable[str]:
    """The paragraphs of the raw archives, without the pages the quote dev set was made from."""
    from . import raw_text

    return raw_text.archive_paragraphs(corpora, raw_text.excluded_paths(raw_text.default_sources(corpora)))


def lexicon_features(corpora: Path, cases: dict[str, tuple[int, int, int]] | None = None) -> dict[str, list[float]]:
    """Word form -> feature vector from ``corpora/svensktext``: ``len(COLUMNS)`` floats, and with
    ``cases`` (``case_statistics``) the ``CASE_COLUMNS`` after them."""
    base = corpora / "svensktext"
    width = len(COLUMNS) + (len(CASE_COLUMNS) if cases is not None else 0)
    feats: dict[str, list[float]] = defaultdict(lambda: [0.0] * width)

    def put(word: str, column: str, value: float = 1.0) -> None:
        word = word.strip()
        if len(word) < 2:
            return
        col = COLUMNS.index(column)
        for form in (word, _genitive(word)):
            if form and value > feats[form][col]:
                feats[form][col] = value

    def put_name(name: str, column: str) -> None:
        words = name.split()
        if len(words) == 1:
            put(name, column)
        else:
            for w in words:
                if w[:1].isupper():
                    put(w, "name_part", 0.5)

    for sex, column in (("kvinnor", "given_f"), ("man", "given_m")):
        for row in svensktext_rows(base / f"namn/tilltalsnamn-{sex}.csv"):
            count = int(row["persons"])
            if count >= MIN_BEARERS:
                put(row["name"], column, _weight(count))
    for row in svensktext_rows(base / "namn/history-c613c0a/efternamn.csv"):
        put(row["lastname"], "surname", _weight(int(row["frequency"])))
    for row in svensktext_rows(base / "platser/kommuner.csv"):
        put_name(row["name"].removesuffix(" kommun"), "place_se")
    for row in svensktext_rows(base / "platser/lan.csv"):
        put_name(row["name"].removesuffix(" län"), "place_se")
        put_name(row["residencetown"], "place_se")
    for row in svensktext_rows(base / "platser/ortsnamn.csv"):
        put_name(row["city"], "place_se")
    for row in svensktext_rows(base / "platser/lander.csv"):
        for key in ("country", "capital", "alternative_name", "english"):
            if row.get(key):
                put_name(row[key], "country")
    for row in svensktext_rows(base / "organisationer/myndigheter.tsv", delimiter="\t"):
        put_name(row["name"], "agency")
    for row in svensktext_rows(base / "nationaliteter/nationaliteter.csv"):
        words = [row.get("adjective", "")]
        for key in ("resident_singular", "resident_plural"):
            try:
                words += list(ast.literal_eval(row.get(key) or "[]"))
            except (ValueError, SyntaxError):
                continue
        for w in words:
            for form in (w, w.capitalize()):
                put(form, "nationality")
    for key, (total, inside, capital) in (cases or {}).items():
        if inside < MIN_MID_SENTENCE or len(key) < 2:
            continue
        for form in {key, key[0].upper() + key[1:]}:
            feats[form][len(COLUMNS)] = capital / inside
            feats[form][len(COLUMNS) + 1] = _weight(total)
    return dict(feats)


def build_vectors_pipeline(corpora: Path, cases: dict[str, tuple[int, int, int]] | None = None):
    """A blank Swedish pipeline whose vectors table holds the lexicon features.

    The merged abbreviations get zero rows of their own: spaCy's retokenizer gives a
    merged token without a vector row the mean of its parts and adds it to the table,
    which would grow (and re-pad) the shipped table during training and at run time.
    """
    import numpy
    import spacy
    from spacy.vectors import Vectors

    feats = lexicon_features(corpora, cases)
    width = len(next(iter(feats.values())))
    for form in spaced_abbreviation_forms():
        feats.setdefault(form, [0.0] * width)
    words = sorted(feats)
    nlp = spacy.blank("sv")
    data = numpy.asarray([feats[w] for w in words], dtype="float32")
    nlp.vocab.vectors = Vectors(
        strings=nlp.vocab.strings,
        data=data,
        keys=[nlp.vocab.strings.add(w) for w in words],
        name="sv_lexicon_features",
        attr="ORTH",
    )
    return nlp


def write(corpora: Path, out: Path, case_columns: bool = False) -> int:
    """Write the table as a blank pipeline folder; with ``case_columns`` the ``CASE_COLUMNS`` too, from
    the raw archives under ``corpora``. Returns the number of word forms."""
    cases = case_statistics(raw_paragraphs(corpora)) if case_columns else None
    nlp = build_vectors_pipeline(corpora, cases)
    nlp.to_disk(out)
    return len(nlp.vocab.vectors)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        print("usage: python -m recipe.lexicon_vectors CORPORA OUT", file=sys.stderr)
        return 2
    print(f"{write(Path(argv[0]), Path(argv[1]))} word forms written to {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
