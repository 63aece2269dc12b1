"""Hold-out evaluation of a Swedish pipeline: ``python -m recipe.evaluate``.

Scores the model on the hold-out DocBins written by ``prepare`` (never trained on):

* NER precision/recall/F1, overall and per label, on the klintan test set, UNER
  Talbanken test and UNER PUD;
* UPOS, lemma accuracy, UAS/LAS and sentence-boundary F1 on UD Talbanken test and
  UD PUD.

The text is re-tokenised by the model's own tokenizer (as in real use) and
aligned to the gold tokens. The blank lines between paragraphs that rebuild each
document are not tokens of the treebank and are not scored. Prints a Markdown
table and writes JSON with ``--json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

SETS = {
    "klintan-test": ["ner"],
    "talbanken-test": ["ner", "syntax"],
    "pud-test": ["ner", "syntax"],
}
LABELS = ["PER", "ORG", "LOC", "MISC"]
UNER_SETS = {"talbanken-test", "pud-test"}


def _examples(nlp, path: Path):
    from spacy.tokens import DocBin
    from spacy.training import Example

    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    for doc in docs:
        for token in doc:
            if token.is_space:
                # A paragraph break put in to rebuild the document, not a word of the
                # treebank: no tag or lemma to score (spaCy's scorer skips predicted
                # whitespace, so a gold tag here could only count as a miss).
                token.pos_ = ""
                token.lemma_ = ""
    return [Example(nlp.make_doc(doc.text), doc) for doc in docs]


# What a pipeline without spaCy components (spacy-stanza: all in the tokenizer) is scored by.
SCORED_LAYERS = ("morphologizer", "trainable_lemmatizer", "parser", "ner")


def _scorer(nlp):
    """The pipeline's own scorers; for a pipeline without components (spacy-stanza), spaCy's
    standard ones for every layer, so that all backends are scored the same way."""
    from spacy.scorer import Scorer

    if any(hasattr(pipe, "score") for _, pipe in nlp.pipeline):
        return Scorer(nlp)
    return Scorer(default_lang=nlp.lang, default_pipeline=SCORED_LAYERS)


def evaluate_model(model, data: Path) -> dict:
    """Score ``model`` (a model spec as ``--model`` takes it, or a loaded ``Language``) on the
    hold-out sets in ``data/eval``; the bare pipeline, without the entity and quote components."""
    import spacy

    from nlp_pipeline.nlp.backends import load_pipeline, resolve

    nlp = model if isinstance(model, spacy.language.Language) else load_pipeline(resolve(model))
    results = {}
    for name, kinds in SETS.items():
        examples = _examples(nlp, data / "eval" / f"{name}.spacy")
        syntax_only = ("morphologizer", "trainable_lemmatizer", "parser")
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
        results[name] = row
    return results


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
        "| hold-out set | UPOS | morph | lemma | UAS | LAS | sentence F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, row in results.items():
        if "pos_acc" not in row:
            continue
        lines.append(
            f"| {name} | {_pct(row['pos_acc'])} | {_pct(row['morph_acc'])} | {_pct(row['lemma_acc'])} | "
            f"{_pct(row['dep_uas'])} | {_pct(row['dep_las'])} | {_pct(row['sents_f'])} |"
        )
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
