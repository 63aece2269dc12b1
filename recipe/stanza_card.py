"""Write ``models/sv_news_stanza/README.md`` from measured numbers.

``python -m recipe.stanza_card --backends bench/backends.json --date YYYY-MM-DD``
fills the card from what ``make evaluate-backends`` wrote and the training record
(``training.json``, written by ``stanza_train``), so the card shows exactly the measured numbers.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .evaluate import format_markdown
from .stanza_train import PROCESSORS, STEPS

CARD = """# sv_news_stanza: the project's stanza pipeline for Swedish

A small [stanza](https://stanfordnlp.github.io/stanza/) {stanza_version} pipeline
(tokenize, pos, lemma, depparse, ner) trained by this project's recipe with stanza's own
trainers (`make train-stanza`: `recipe/stanza_data.py`, `stanza_train.py`)
from the same openly licensed corpora as the bundled spaCy model. It is laid out as a stanza
resources folder, so `--model stanza:bundled` (or `stanza:models/sv_news_stanza`) runs it
through spacy-stanza with the project's entity and quote components. Its purpose is to test
and compare the stanza backend offline; the bundled spaCy model is faster{faster_note}.

| | |
|---|---|
| processors | {processors} |
| word vectors | 100-dimensional lower-cased word2vec (gensim skip-gram) trained by the recipe on the training text only ({n_vectors:,} words) |
| network sizes | smaller than stanza's defaults (tagger LSTM 100, parser LSTM 150 × 2 layers, NER LSTM 150, character LSTMs 64) so that it trains on two CPU cores and stays under 40 MB |
| training | {steps}; {train_minutes:.0f} minutes on {machine} (two lanes of one thread each) |
| size | {size_mb:.1f} MB ({sizes}) |
| speed | {speed} |
| licence | CC BY-SA 4.0 (derived from CC BY-SA treebanks; attribution below) |

## Training data

The same sources and splits as `models/sv_news_nlp` (see its card): the reconstructed
Talbanken train (UNER word forms and entities, efselab lemmas/UPOS/SUC MSD, UD features mapped
from the SUC MSD, the 2015 trees brought to today's UD conventions by `talbanken.py`) with the
first part of UD Talbanken dev; the klintan NER train. Dev sets
(model selection only): the last 150 UD Talbanken dev sentences, the last 700 klintan train
sentences. Copies of some training paragraphs are added as Swedish press writes them: opened by
a quote dash (`– Vi`, `-Vi`, `–Vi`), in quotation marks (`”Vi kom.”`, `»Vi kom«.`) or under a
headline without a full stop, so the tokenizer splits these as it should. Not used: any test
split, LinES, HIPE-2022.

## Hold-out evaluation

The same hold-out sets and scorer as the spaCy model (`python -m recipe.evaluate
--model stanza:bundled`); never trained on.

{scores}

## Compared with the bundled spaCy model

`make evaluate-backends` on the same hold-out sets and the quote dev set ({date}):

{comparison}

Why it scores below the spaCy model on most sets: the networks are much smaller than stanza's
published Swedish models and have no pretrained character language model, and the word vectors
come from a quarter of a million words of training text only. stanza's published figures
(UD Talbanken LAS about 88) use large vectors and character models trained on raw text that is
not available here. Sentence boundaries come from stanza's own tokenizer, trained on the same
text, not from a parser as in the spaCy model: compare the sentence F1 columns.
"""


def _mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def write_card(model_dir: Path, backends: dict, train_seconds: float, machine: str, n_vectors: int, date: str) -> Path:
    from nlp_pipeline.nlp.backends import package_version

    from .backends import format_markdown as format_backends

    rows = backends["models"]
    mine, spacy_row = rows.get("stanza:bundled"), rows.get("bundled")
    speed = f"{mine['words_per_second']:,.0f} words/s on one thread with entity linking and quotes" if mine else "–"
    faster_note = ""
    if mine and spacy_row:
        faster_note = f" ({spacy_row['words_per_second'] / mine['words_per_second']:.0f}× in words/s)"
    sizes = ", ".join(
        f"{p} {(model_dir / 'sv' / p / 'news.pt').stat().st_size / 1e6:.1f}" for p in PROCESSORS + ("pretrain",)
    )
    steps = ", ".join(f"{p} {STEPS[p]:,} {'epochs' if p == 'lemma' else 'steps'}" for p in PROCESSORS)
    text = CARD.format(
        stanza_version=package_version("stanza") or "(not installed)",
        faster_note=faster_note,
        processors=", ".join(PROCESSORS),
        n_vectors=n_vectors,
        steps=steps,
        train_minutes=train_seconds / 60,
        machine=machine,
        size_mb=_mb(model_dir),
        sizes=sizes,
        speed=speed,
        scores=format_markdown(mine["holdout"]) if mine else "–",
        comparison=format_backends(backends),
        date=date,
    )
    path = model_dir / "README.md"
    path.write_text(text, encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model-dir", type=Path, default=Path("models/sv_news_stanza"))
    ap.add_argument("--backends", type=Path, required=True, help="JSON from evaluate-backends")
    ap.add_argument("--machine", default="2 CPU cores")
    ap.add_argument("--date", required=True)
    args = ap.parse_args(argv)
    training = json.loads((args.model_dir / "training.json").read_text())
    path = write_card(
        args.model_dir,
        json.loads(args.backends.read_text()),
        training["wall_seconds"],
        args.machine,
        training["vectors"],
        args.date,
    )
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
