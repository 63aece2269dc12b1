"""Hold-out evaluation of a Swedish pipeline: ``python -m recipe.evaluate``.

Scores the model on the hold-out DocBins written by ``prepare`` (never trained on):

* NER precision/recall/F1, overall and per label, on the klintan test set, UNER
  Talbanken test and UNER PUD;
* UPOS, lemma accuracy, UAS/LAS and sentence-boundary F1 on UD Talbanken test and
  UD PUD, in two definitions:

  - spaCy's scorer (``pos_acc``, ``dep_uas``, ``dep_las``, ...): the text is
    re-tokenised by the model's own tokenizer and split into sentences by the model
    (as in real use) and aligned to the gold tokens; LAS compares the full relation
    (``nsubj:pass``) and leaves out punctuation;
  - CoNLL 2018 shared task (``conll18_uas``, ``conll18_las``, ``gold_tok_upos``): the
    model tags and parses the gold tokens within the gold sentences; every word
    counts, punctuation included, and LAS compares the universal part of the
    relation only (``nsubj:pass`` is ``nsubj``), so the numbers compare with
    published UD results.

The blank lines between paragraphs that rebuild each document are not tokens of
the treebank and are not scored. Prints a Markdown table and writes JSON with
``--json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from nlp_pipeline.nlp.scoring import without_paragraph_breaks

SETS = {
    "klintan-test": ["ner"],
    "talbanken-test": ["ner", "syntax"],
    "pud-test": ["ner", "syntax"],
}
LABELS = ["PER", "ORG", "LOC", "MISC"]
UNER_SETS = {"talbanken-test", "pud-test"}
# The scores on the gold tokens and sentences (``conll18_scores``).
CONLL18 = ("conll18_uas", "conll18_las", "conll18_words", "gold_tok_upos")


def _examples(nlp, path: Path):
    """Examples of the model's own tokenisation of each hold-out document's text against the gold document
    without its paragraph breaks (``without_paragraph_breaks``), and the gold documents as stored (with them,
    for the pass on the gold tokens)."""
    from spacy.tokens import DocBin
    from spacy.training import Example

    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    return [Example(nlp.make_doc(doc.text), without_paragraph_breaks(doc)) for doc in docs], docs


# What a pipeline without spaCy components (spacy-stanza: all in the tokenizer) is scored by.
SCORED_LAYERS = ("morphologizer", "trainable_lemmatizer", "parser", "ner")


def _scorer(nlp):
    """The pipeline's own scorers; for a pipeline without components (spacy-stanza), spaCy's
    standard ones for every layer, so that all backends are scored the same way."""
    from spacy.scorer import Scorer

    if any(hasattr(pipe, "score") for _, pipe in nlp.pipeline):
        return Scorer(nlp)
    return Scorer(default_lang=nlp.lang, default_pipeline=SCORED_LAYERS)


def universal_relation(dep: str) -> str:
    """The universal part of a relation, as CoNLL 2018 compares them: ``nsubj:pass`` is
    ``nsubj``; spaCy's ``ROOT`` is UD's ``root``."""
    return dep.split(":", 1)[0].lower()


def conll18_scores(pairs) -> dict:
    """UPOS, UAS and LAS the CoNLL 2018 way over ``(gold, predicted)`` Docs with the same tokens.

    Every word of the treebank counts, punctuation included; a word is right for UAS when
    its head is, for LAS when its head and the universal part of its relation are. The
    whitespace tokens that rebuild a document's paragraph breaks are not words and are
    skipped, as are words without gold annotation of a layer (a Doc without gold trees
    counts for UPOS only). ``None`` for a layer nothing was predicted or annotated for."""
    words = uas = las = tagged = upos = 0
    parsed = tags = False
    for gold, pred in pairs:
        if [t.text for t in gold] != [t.text for t in pred]:
            raise ValueError("gold and predicted Docs must have the same tokens")
        gold_trees = gold.has_annotation("DEP")
        parsed = parsed or pred.has_annotation("DEP")
        tags = tags or pred.has_annotation("POS")
        for g, p in zip(gold, pred):
            if g.is_space:
                continue  # a paragraph break put in to rebuild the document
            if g.pos_:
                tagged += 1
                upos += p.pos_ == g.pos_
            if gold_trees and g.dep_:
                words += 1
                if p.head.i == g.head.i:
                    uas += 1
                    las += universal_relation(p.dep_) == universal_relation(g.dep_)
    return {
        "conll18_uas": uas / words if words and parsed else None,
        "conll18_las": las / words if words and parsed else None,
        "conll18_words": words,
        "gold_tok_upos": upos / tagged if tagged and tags else None,
    }


def _gold_token_doc(nlp, gold):
    """A Doc of the gold words, with the norm the model's tokenizer gives each word (its
    exceptions normalise ``pga``, ``bl a`` ...), as in real use."""
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])
    for token in doc:
        if not token.is_space:
            alone = nlp.tokenizer(token.text)
            if len(alone) == 1 and alone[0].norm_ != token.norm_:
                token.norm_ = alone[0].norm_
    return doc


def _gold_sentence_starts(gold) -> list[int]:
    """1 where a gold sentence starts, -1 where none does, 0 (the parser decides) where the
    gold has no sentences: with every token fixed, the parser cannot move a boundary. A
    paragraph break is a sentence of its own, so that the parser cannot make it the root of
    the gold sentence before it and hang that sentence's words on it (it did in 18 of 1,219
    Talbanken test sentences when it was left in the sentence before)."""
    known = {True: 1, False: -1, None: 0}
    return [1 if t.i == 0 or t.is_space else known[t.is_sent_start] for t in gold]


def parse_gold_tokens(nlp, golds: list, batch_size: int = 64) -> list | None:
    """The pipeline's components run on the gold tokens, with the gold sentence starts set
    just before each parser: whatever an earlier component set (``swedish_paragraph_breaks``
    rules sentence starts in and out) is overwritten, and the parser respects preset
    starts (no arc crosses a start, no new start where one is ruled out). After the last
    parser only the components that rework its trees run (those that assign
    ``token.head``: ``swedish_punct_heads``), so that the parse scored is the pipeline's.
    ``None`` for a pipeline without components (spacy-stanza does everything in its
    tokenizer, so it cannot be given gold tokens)."""
    import numpy
    from spacy.attrs import SENT_START
    from spacy.pipeline import DependencyParser

    if not nlp.pipeline:
        return None
    parsers = [i for i, (_, proc) in enumerate(nlp.pipeline) if isinstance(proc, DependencyParser)]
    components = nlp.pipeline
    if parsers:
        after = nlp.pipeline[parsers[-1] + 1 :]
        reworks = [(name, proc) for name, proc in after if "token.head" in nlp.get_pipe_meta(name).assigns]
        components = nlp.pipeline[: parsers[-1] + 1] + reworks
    docs = [_gold_token_doc(nlp, gold) for gold in golds]
    for _, proc in components:
        if isinstance(proc, DependencyParser):
            for doc, gold in zip(docs, golds):
                starts = numpy.asarray(_gold_sentence_starts(gold), dtype="int64").astype("uint64")
                doc.from_array([SENT_START], starts.reshape(-1, 1))
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(doc) for doc in docs]
    return docs


def evaluate_model(model, data: Path) -> dict:
    """Score ``model`` (a model spec as ``--model`` takes it, or a loaded ``Language``) on the
    hold-out sets in ``data/eval``; the bare pipeline, without the entity and quote components."""
    import spacy

    from nlp_pipeline.nlp.backends import load_pipeline, resolve

    from . import embed  # noqa: F401  (registers the embedding layer of the --gazetteer-embed experiment)

    nlp = model if isinstance(model, spacy.language.Language) else load_pipeline(resolve(model))
    results = {}
    for name, kinds in SETS.items():
        examples, golds = _examples(nlp, data / "eval" / f"{name}.spacy")
        syntax_only = ("morphologizer", "trainable_lemmatizer", "parser", "swedish_punct_heads")
        enabled = [p for p in nlp.pipe_names if "syntax" in kinds or p not in syntax_only]
        with nlp.select_pipes(enable=enabled):
            predicted = nlp.pipe([eg.predicted for eg in examples], batch_size=64)
            for eg, doc in zip(examples, predicted):
                if name in UNER_SETS:
                    # UNER annotates PER/LOC/ORG only: MISC predictions are out of scope.
                    doc.ents = [e for e in doc.ents if e.label_ != "MISC"]
                eg.predicted = doc
            scores = _scorer(nlp).score(examples)
        row = {
            "ents_p": scores.get("ents_p"),
            "ents_r": scores.get("ents_r"),
            "ents_f": scores.get("ents_f"),
            "ents_per_type": scores.get("ents_per_type") or {},
        }
        if "syntax" in kinds:
            row.update(
                pos_acc=scores.get("pos_acc"),
                morph_acc=scores.get("morph_acc"),
                lemma_acc=scores.get("lemma_acc"),
                dep_uas=scores.get("dep_uas"),
                dep_las=scores.get("dep_las"),
                sents_f=scores.get("sents_f"),
            )
            on_gold = parse_gold_tokens(nlp, golds)
            row.update(conll18_scores(zip(golds, on_gold)) if on_gold is not None else dict.fromkeys(CONLL18))
        results[name] = row
    return results


SYNTAX_LEGEND = (
    "UPOS to sentence F1: spaCy's scorer, the model's own tokens and sentences, full relation "
    "(`nsubj:pass`), punctuation not counted; last three: CoNLL 2018, the model on the gold tokens "
    "and sentences, every word counted (punctuation too), universal relation (`nsubj:pass` = `nsubj`), "
    "as published UD results are."
)


def _pct(value) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def format_markdown(results: dict) -> str:
    lines = [
        "| hold-out set | NER P | NER R | NER F1 | " + " | ".join(f"{lab} F1" for lab in LABELS) + " |",
        "|---|---:|---:|---:|" + "---:|" * len(LABELS),
    ]
    for name, row in results.items():
        per = row["ents_per_type"]
        cells = [_pct(per[lab]["f"]) if lab in per else "–" for lab in LABELS]
        lines.append(
            f"| {name} | {_pct(row['ents_p'])} | {_pct(row['ents_r'])} | {_pct(row['ents_f'])} | "
            + " | ".join(cells)
            + " |"
        )
    lines += [
        "",
        "| hold-out set | UPOS | morph | lemma | UAS | LAS | sentence F1 "
        "| UPOS gold tok. | UAS CoNLL18 | LAS CoNLL18 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, row in results.items():
        if "pos_acc" not in row:
            continue
        lines.append(
            f"| {name} | {_pct(row['pos_acc'])} | {_pct(row['morph_acc'])} | {_pct(row['lemma_acc'])} | "
            f"{_pct(row['dep_uas'])} | {_pct(row['dep_las'])} | {_pct(row['sents_f'])} | "
            f"{_pct(row.get('gold_tok_upos'))} | {_pct(row.get('conll18_uas'))} | {_pct(row.get('conll18_las'))} |"
        )
    lines += ["", SYNTAX_LEGEND]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("training-data"))
    ap.add_argument("--model", default="models/sv_news_nlp", help="a model spec: a folder, bundled, stanza:bundled, …")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    if not (args.data / "eval").exists():
        print(f"error: hold-out sets not found under {args.data}/eval; run `make train-data`", file=sys.stderr)
        return 2
    start = time.time()
    results = evaluate_model(args.model, args.data)
    print(format_markdown(results))
    print(f"\n(evaluated in {time.time() - start:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
