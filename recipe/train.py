"""One training run of the Swedish pipeline: ``python -m recipe.train``.

The bundled model's full recipe (``make train``) is ``selftrain.py``, which runs
this for three teachers and then for the shipped model. Registers the project's
tokenizer rules and paragraph component, then runs ``spacy train`` on the
committed ``config.cfg`` with the DocBins written by ``prepare`` and the gazetteer
features (``lexicon_vectors.py``) as its static vectors. The best model, with two
rule components added before the NER (given names from the SCB name lists,
organisation-shaped names; both measured in ``gazetteer.py``), is saved to
``models/<name>`` unless ``--train-only``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

from .prepare import LEXICON_VECTORS

CONFIG = Path(__file__).with_name("config.cfg")


def recipe_config(data: Path, gazetteer_embed: bool = False):
    """The committed config, not interpolated; with ``gazetteer_embed`` its tok2vec reads the gazetteer
    table ``data/lexicon-vectors`` as a feature of its own (``embed.py``), beside the static vectors."""
    from spacy.util import load_config

    config = load_config(CONFIG, interpolate=False)
    if gazetteer_embed:
        from . import embed

        embed.use_in(config, data / LEXICON_VECTORS)
    return config


def train(
    data: Path,
    output: Path,
    overrides: dict | None = None,
    vectors: Path | None = None,
    gazetteer_embed: bool = False,
) -> Path:
    """Train on ``data`` into ``output``; the static vectors are ``vectors`` (a table written by
    ``vectors.py``), else the gazetteer features alone (``data/lexicon-vectors``); with
    ``gazetteer_embed`` the gazetteer features are read beside ``vectors`` (``embed.py``)."""
    from spacy.cli.train import train as spacy_train

    import nlp_pipeline.nlp.matmul  # noqa: F401  (registers the after_init callback)
    import nlp_pipeline.nlp.paragraphs  # noqa: F401  (registers the component)
    import nlp_pipeline.nlp.scoring  # noqa: F401  (registers the parser's scorer)
    import nlp_pipeline.nlp.tokenizer  # noqa: F401  (registers the tokenizer and its rules)

    settings = {
        "paths.train": str(data / "train.spacy"),
        "paths.dev": str(data / "dev.spacy"),
        "paths.vectors": str(vectors or data / LEXICON_VECTORS),
    }
    settings.update(overrides or {})
    config = CONFIG
    if gazetteer_embed:
        output.mkdir(parents=True, exist_ok=True)
        config = output / "recipe-config.cfg"
        recipe_config(data, gazetteer_embed).to_disk(config)
    spacy_train(config, output, overrides=settings)
    return output / "model-best"


def finalize(best: Path, model_dir: Path, corpora: Path) -> Path:
    import spacy

    from nlp_pipeline.nlp import entity_edges, paragraphs, tokenizer  # noqa: F401  (register the project's parts)

    from .gazetteer import add_organisation_ruler, add_person_ruler

    nlp = spacy.load(best)
    add_organisation_ruler(add_person_ruler(nlp, corpora))
    nlp.add_pipe("swedish_entity_edges", after="ner")
    if model_dir.exists():
        shutil.rmtree(model_dir)
    nlp.to_disk(model_dir)
    return model_dir


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("training-data"))
    ap.add_argument("--output", type=Path, default=Path("training-output"))
    ap.add_argument("--model-dir", type=Path, default=Path("models/sv_news_nlp"))
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument(
        "--finalize-only", action="store_true", help="skip training; add the rule components to the best model"
    )
    ap.add_argument("--max-epochs", type=int, default=None)
    ap.add_argument("--max-steps", type=int, default=None)
    ap.add_argument("--seed", type=int, default=None, help="random seed (the config's is 0)")
    ap.add_argument("--train-only", action="store_true", help="train into --output; do not save to --model-dir")
    ap.add_argument(
        "--vectors",
        type=Path,
        default=None,
        help="a vectors table from recipe.vectors (default: the gazetteer features)",
    )
    ap.add_argument(
        "--gazetteer-embed",
        action="store_true",
        help="read the gazetteer table as a feature of its own beside --vectors (a floret-mode table; embed.py)",
    )
    ap.add_argument("--init-tok2vec", type=Path, default=None, help="pretrained tok2vec weights (recipe.pretrain)")
    args = ap.parse_args(argv)
    overrides = {}
    if args.max_epochs is not None:
        overrides["training.max_epochs"] = args.max_epochs
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    if args.seed is not None:
        overrides["system.seed"] = args.seed
    if args.init_tok2vec is not None:
        overrides["paths.init_tok2vec"] = str(args.init_tok2vec)
    missing = [n for n in ("train.spacy", "dev.spacy", LEXICON_VECTORS) if not (args.data / n).exists()]
    if missing and not args.finalize_only:
        print(
            f"error: {', '.join(missing)} missing in {args.data}; run the prepare step first (make train-data)",
            file=sys.stderr,
        )
        return 2
    start = time.time()
    best = (
        args.output / "model-best"
        if args.finalize_only
        else train(args.data, args.output, overrides, args.vectors, args.gazetteer_embed)
    )
    if args.train_only:
        print(f"trained in {time.time() - start:.0f} s; best model in {best}")
        return 0
    finalize(best, args.model_dir, args.corpora)
    print(f"trained in {time.time() - start:.0f} s; model saved to {args.model_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
