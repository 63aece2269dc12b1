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

Genitive forms (``Kambodjas``, ``Jonssons``) carry their base word's features.
``python -m recipe.lexicon_vectors CORPORA OUT`` writes the table
as a blank pipeline folder that ``[initialize] vectors`` loads; ``prepare``
writes it next to the DocBins.
"""

from __future__ import annotations

import ast
import math
import sys
from collections import defaultdict
from pathlib import Path

from nlp_pipeline.nlp.tokenizer import spaced_abbreviation_forms

from .gazetteer import svensktext_rows

COLUMNS = ("given_f", "given_m", "surname", "place_se", "country", "agency", "nationality", "name_part")
MIN_BEARERS = 20


def _weight(count: int, top: float = 6.0) -> float:
    """Scale a bearer count to 0..1 on a log scale (a million bearers is 1)."""
    return min(1.0, math.log10(max(count, 1)) / top)


def _genitive(word: str) -> str | None:
    if not word or word[-1] in "sxzSXZ" or not word[-1].isalpha():
        return None
    return word + "s"


def lexicon_features(corpora: Path) -> dict[str, list[float]]:
    """Word form -> feature vector (``len(COLUMNS)`` floats) from ``corpora/svensktext``."""
    base = corpora / "svensktext"
    feats: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(COLUMNS))

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
    return dict(feats)


def build_vectors_pipeline(corpora: Path):
    """A blank Swedish pipeline whose vectors table holds the lexicon features.

    The merged abbreviations get zero rows of their own: spaCy's retokenizer gives a
    merged token without a vector row the mean of its parts and adds it to the table,
    which would grow (and re-pad) the shipped table during training and at run time.
    """
    import numpy
    import spacy
    from spacy.vectors import Vectors

    feats = lexicon_features(corpora)
    for form in spaced_abbreviation_forms():
        feats.setdefault(form, [0.0] * len(COLUMNS))
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


def write(corpora: Path, out: Path) -> int:
    nlp = build_vectors_pipeline(corpora)
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
