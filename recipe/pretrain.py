"""Pretrain the model's tok2vec on raw Swedish text (``make pretrain``): spaCy's ``spacy pretrain``
with the characters objective (predict the first and last four characters of each word from its
context), on prose paragraphs drawn from the regeringen.se pages and the Riksdag interpellations
(``raw_text.sample_prose``; never a quote dev page).

``python -m recipe.pretrain CORPORA OUT [--paragraphs N] [--epochs E] [--vectors TABLE]`` writes
``OUT/raw.jsonl`` and the weights ``OUT/model<E-1>.bin``; ``recipe.train --init-tok2vec`` reads them.
The tok2vec's shape must match the training's, static vectors included: pretrain with the same
``--vectors`` table the training uses.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from . import raw_text

PARAGRAPHS = 40_000  # about 1.7 M words
EPOCHS = 2
SEED = 0


def write_raw(corpora: Path, path: Path, n: int, exclude: set[str] = frozenset()) -> int:
    """``n`` prose paragraphs, half from each archive, as spaCy's JSONL (``{"text": ...}``); words written."""
    names = list(raw_text.ARCHIVES)
    words = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for i, name in enumerate(names):
            share = n // len(names) + (i < n % len(names))
            for para in raw_text.sample_prose(corpora, name, share, seed=SEED, exclude=exclude):
                words += len(para.split())
                fh.write(json.dumps({"text": para}, ensure_ascii=False) + "\n")
    return words


def pretrain(
    raw: Path, out: Path, epochs: int, vectors: Path | None, data: Path, gazetteer_embed: bool = False
) -> Path:
    from spacy.training.pretrain import pretrain as spacy_pretrain
    from spacy.util import load_config

    import nlp_pipeline.nlp.matmul  # noqa: F401  (registers the after_init callback)
    import nlp_pipeline.nlp.paragraphs  # noqa: F401
    import nlp_pipeline.nlp.tokenizer  # noqa: F401

    from .prepare import LEXICON_VECTORS
    from .train import recipe_config

    overrides = {
        "paths.raw_text": str(raw),
        "paths.vectors": str(vectors or data / LEXICON_VECTORS),
        "pretraining.max_epochs": epochs,
        "system.seed": SEED,
    }
    out.mkdir(parents=True, exist_ok=True)
    recipe_config(data, gazetteer_embed).to_disk(out / "recipe-config.cfg")
    config = load_config(out / "recipe-config.cfg", overrides=overrides, interpolate=False)
    config.to_disk(out / "config.cfg")
    spacy_pretrain(config.interpolate(), out, silent=False)
    return out / f"model{epochs - 1}.bin"


def main(argv: list[str] | None = None) -> int:
    from .prepare import MissingCorpora, check_corpora

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--paragraphs", type=int, default=PARAGRAPHS)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--vectors", type=Path, default=None, help="the vectors table the training will use")
    ap.add_argument("--data", type=Path, default=Path("training-data"), help="prepared data (its gazetteer table)")
    ap.add_argument(
        "--gazetteer-embed", action="store_true", help="the gazetteer as a feature beside --vectors, as the training"
    )
    raw_text.add_exclude_option(ap)
    args = ap.parse_args(argv)
    try:
        check_corpora(args.corpora, list(raw_text.ARCHIVES.values()))
    except MissingCorpora as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    exclude = raw_text.exclusions(args)
    raw = args.out / "raw.jsonl"
    if not raw.exists():
        print(f"raw text: {write_raw(args.corpora, raw, args.paragraphs, exclude)} words in {raw}")
    start = time.time()
    weights = pretrain(raw, args.out, args.epochs, args.vectors, args.data, args.gazetteer_embed)
    print(f"pretrained in {time.time() - start:.0f} s: {weights}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
