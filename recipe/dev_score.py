"""The training's selection score of finished models on the training dev set: ``python -m recipe.dev_score M…``.

spaCy's training scores each checkpoint on ``dev.spacy`` with the pipeline's scorers and sums them with
``[training.score_weights]`` of ``recipe/config.cfg``. This scores finished models the same way, so that a
model trained before a scorer changed (the shipped one, selected with spaCy's parser scorer) and one trained
after compare on one footing: the parse is scored with ``nlp_pipeline.parser_scorer.v1`` for every model, and the
rule components after the NER (``swedish_entity_edges`` and the entity and quote layers) are left out, as in
training.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .train import CONFIG


def selection_score(model: str, data: Path) -> dict:
    """The weighted score and its parts (0-1) of ``model`` (a folder or spec) on ``data/dev.spacy``."""
    from spacy.scorer import Scorer
    from spacy.tokens import DocBin
    from spacy.training import Example
    from spacy.util import load_config, registry

    from nlp_pipeline.nlp import scoring  # noqa: F401  (registers the parser scorer)
    from nlp_pipeline.nlp.backends import load_pipeline, resolve

    weights = {k: v for k, v in load_config(CONFIG)["training"]["score_weights"].items() if v}
    nlp = load_pipeline(resolve(model))
    golds = list(DocBin().from_disk(data / "dev.spacy").get_docs(nlp.vocab))
    after_ner = [p for p in nlp.pipe_names if p.startswith("swedish_") and p != "swedish_paragraph_breaks"]
    with nlp.select_pipes(disable=after_ner):
        predicted = list(nlp.pipe([nlp.make_doc(g.text) for g in golds], batch_size=64))
    examples = [Example(p, g) for p, g in zip(predicted, golds)]
    scores = Scorer(nlp).score(examples)
    scores.update(registry.scorers.get("nlp_pipeline.parser_scorer.v1")()(examples))
    parts = {k: scores[k] for k in weights}
    return {"score": sum(weights[k] * parts[k] for k in weights), **parts}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("models", nargs="+", help="model folders or specs")
    ap.add_argument("--data", type=Path, default=Path("training-data"))
    args = ap.parse_args(argv)
    if not (args.data / "dev.spacy").exists():
        missing = args.data / "dev.spacy"
        print(f"error: {missing} missing; run the prepare step first (make train-data)", file=sys.stderr)
        return 2
    for model in args.models:
        s = selection_score(model, args.data)
        parts = " ".join(f"{k} {100 * v:.2f}" for k, v in s.items() if k != "score")
        print(f"{model}: {s['score']:.4f} ({parts})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
