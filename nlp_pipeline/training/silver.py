"""Silver annotation for self-training: what three teacher pipelines agree on.

The teachers are trained on the gold data (``selftrain.py``). Each of them parses

* the klintan NER train sentences, which have gold entities but no syntax, and
* raw Swedish news text (NTREX-128 and FLORES-200, both CC BY-SA 4.0), which has
  neither;

and a token keeps a value only where every teacher gives the same one: its UPOS with
its features, its lemma, its head with its relation, and in raw text its entity tag
(a whole entity only where every teacher finds the same span and label). Everything
else is left missing, and spaCy trains nothing on a missing value.

``python -m nlp_pipeline.training.silver CORPORA OUT TEACHER TEACHER TEACHER``
writes ``OUT/klintan.spacy`` and ``OUT/raw.spacy``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from . import convert

RAW_TEXTS = [
    "ntrex-128_swe/newstest2019-ref.swe.txt",
    "flores200-devtest_swe/swe_Latn.devtest",
]
# The statistical components and the sentence rule; not the rule-based entity components.
SYNTAX_PIPES = ("tok2vec", "morphologizer", "trainable_lemmatizer", "swedish_paragraph_breaks", "parser")


def teacher_parses(nlp, tokenised: list[tuple[list[str], list[bool]]], with_ner: bool) -> list:
    """``nlp``'s statistical analysis of each ``(words, spaces)`` (its rule-based entity
    components skipped), in batches."""
    from spacy.tokens import Doc

    docs = [Doc(nlp.vocab, words=words, spaces=spaces) for words, spaces in tokenised]
    enabled = [name for name in nlp.pipe_names if name in SYNTAX_PIPES or (with_ner and name == "ner")]
    with nlp.select_pipes(enable=enabled):
        return list(nlp.pipe(docs, batch_size=64))


def _agreed(values: list) -> object | None:
    return values[0] if all(v == values[0] for v in values) else None


def agreed_entities(docs: list) -> list[str | None]:
    """IOB tags: ``O`` where every doc has no entity, the entities every doc has, else missing."""
    tags: list[str | None] = [
        "O" if all(d[i].ent_iob_ == "O" for d in docs) else None for i in range(len(docs[0]))
    ]
    common = set.intersection(*({(e.start, e.end, e.label_) for e in d.ents} for d in docs))
    for start, end, label in common:
        tags[start] = f"B-{label}"
        for k in range(start + 1, end):
            tags[k] = f"I-{label}"
    return tags


def agreed_doc(vocab, words: list[str], spaces: list[bool], ents: list[str | None] | None, docs: list):
    """A training Doc with the syntax all ``docs`` (parses of these tokens) agree on, and ``ents``."""
    from spacy.tokens import Doc

    tagged, lemmas, heads, deps = [], [], [], []
    for i in range(len(words)):
        tokens = [d[i] for d in docs]
        tagged.append(_agreed([(t.pos_, str(t.morph)) for t in tokens]))
        lemmas.append(_agreed([t.lemma_ for t in tokens]) or "")
        arc = _agreed([(t.head.i, t.dep_) for t in tokens])
        heads.append(arc[0] if arc else None)
        deps.append(arc[1] if arc else None)
    doc = Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, lemmas=lemmas, ents=ents)
    for token, tag in zip(doc, tagged):
        if tag is not None:
            token.pos_ = tag[0]
            token.set_morph(tag[1] or None)
    return doc


def _raw_lines(corpora: Path) -> list[str]:
    lines = []
    for name in RAW_TEXTS:
        with open(corpora / name, encoding="utf-8") as fh:
            lines += [line.strip() for line in fh if line.strip()]
    return lines


def write_silver(teachers: list, corpora: Path, out: Path) -> dict[str, float]:
    """Parse the klintan train sentences and the raw texts with ``teachers`` (loaded pipelines)
    and write the agreed annotation; returns token counts and agreement shares."""
    import spacy

    from .prepare import klintan_split

    vocab = spacy.blank("sv").vocab
    klintan_train, _ = klintan_split(corpora)
    klintan_tokens = [(s.words, s.spaces) for s in klintan_train]
    parses = [teacher_parses(t, klintan_tokens, False) for t in teachers]
    klintan = [
        agreed_doc(vocab, s.words, s.spaces, s.ents, [p[i] for p in parses]) for i, s in enumerate(klintan_train)
    ]
    raw_tokens = []
    for line in _raw_lines(corpora):
        tokens = teachers[0].make_doc(line)
        raw_tokens.append(([t.text for t in tokens], [bool(t.whitespace_) for t in tokens]))
    parses = [teacher_parses(t, raw_tokens, True) for t in teachers]
    raw = []
    for i, (words, spaces) in enumerate(raw_tokens):
        docs = [p[i] for p in parses]
        raw.append(agreed_doc(vocab, words, spaces, agreed_entities(docs), docs))
    convert.write_docbin(klintan, out / "klintan.spacy")
    convert.write_docbin(raw, out / "raw.spacy")
    counts = {}
    for name, docs in (("klintan", klintan), ("raw", raw)):
        n = sum(len(d) for d in docs)
        counts[f"{name} tokens"] = n
        counts[f"{name} agreed tag %"] = round(100 * sum(t.pos_ != "" for d in docs for t in d) / n, 1)
        counts[f"{name} agreed arc %"] = round(100 * sum(t.has_head() for d in docs for t in d) / n, 1)
    return counts


def main(argv: list[str] | None = None) -> int:
    import spacy

    import nlp_pipeline.nlp.loading  # noqa: F401  (registers the project's parts)

    argv = sys.argv[1:] if argv is None else argv
    if len(argv) < 4:
        print("usage: python -m nlp_pipeline.training.silver CORPORA OUT TEACHER...", file=sys.stderr)
        return 2
    corpora, out, teachers = Path(argv[0]), Path(argv[1]), [spacy.load(p) for p in argv[2:]]
    for name, value in write_silver(teachers, corpora, out).items():
        print(f"{name}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
