"""Train the bundled Swedish pipeline: ``python -m nlp_pipeline.training.train``.

Registers the project's tokenizer rules and paragraph component, then runs
``spacy train`` on the committed ``config.cfg`` with the DocBins written by
``prepare``. The best model is copied to ``models/<name>``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

CONFIG = Path(__file__).with_name("config.cfg")


def train(data: Path, output: Path, overrides: dict | None = None) -> Path:
    from spacy.cli.train import train as spacy_train

    import nlp_pipeline.nlp.paragraphs  # noqa: F401  (registers the component)
    import nlp_pipeline.nlp.tokenizer  # noqa: F401  (registers the callback)

    settings = {"paths.train": str(data / "train.spacy"), "paths.dev": str(data / "dev.spacy")}
    settings.update(overrides or {})
    spacy_train(CONFIG, output, overrides=settings)
    return output / "model-best"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("training-data"))
    ap.add_argument("--output", type=Path, default=Path("training-output"))
    ap.add_argument("--model-dir", type=Path, default=Path("models/sv_news_nlp"))
    ap.add_argument("--max-epochs", type=int, default=None)
    ap.add_argument("--max-steps", type=int, default=None)
    args = ap.parse_args(argv)
    overrides = {}
    if args.max_epochs is not None:
        overrides["training.max_epochs"] = args.max_epochs
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    if not (args.data / "train.spacy").exists():
        print(f"error: {args.data}/train.spacy is missing; run the prepare step first", file=sys.stderr)
        return 2
    start = time.time()
    best = train(args.data, args.output, overrides)
    if args.model_dir.exists():
        shutil.rmtree(args.model_dir)
    shutil.copytree(best, args.model_dir)
    print(f"trained in {time.time() - start:.0f} s; model copied to {args.model_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
