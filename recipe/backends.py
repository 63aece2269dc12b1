"""Compare the model backends available here: ``make evaluate-backends``.

For each model spec (by default every ready one in ``nlp-pipeline models``: the bundled
spaCy model, ``stanza:bundled``, official stanza resources and installed spaCy packages),
on the same data:

* NER F1 on the klintan test set, UNER Talbanken test and UNER PUD, and LAS on UD
  Talbanken test and UD PUD (``recipe.evaluate``, the bare pipeline);
* quote end-to-end F1 on the quote dev set at overlap 0.5 (the full pipeline, with the
  project's entity and quote components);
* words per second of the full pipeline on one CPU core (torch and BLAS on one thread),
  over the sample corpus repeated, best of alternating rounds measured side by side;
  words are whitespace-separated tokens of the input, the same count for every backend.

Prints a Markdown table and writes the numbers as JSON with ``--json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NER_SETS = ("klintan-test", "talbanken-test", "pud-test")
LAS_SETS = ("talbanken-test", "pud-test")


def cpu_model() -> str:
    """The CPU's model name, for benchmark reports."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def ready_models() -> list[str]:
    from nlp_pipeline.nlp.backends import available_models

    return [m.name for m in available_models() if m.ready]


def sample_texts(repeat: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora" / "sample").glob("*.txt"))]
    return texts * repeat


def words_per_second(nlp, texts: list[str], batch_size: int = 64) -> float:
    n_words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return n_words / (time.perf_counter() - start)


def compare(models: list[str], data: Path, quotes_dev: Path | None, repeat: int = 10, rounds: int = 3) -> dict:
    from nlp_pipeline.evaluate.quotes import evaluate_quotes
    from nlp_pipeline.nlp.backends import load_pipeline, resolve
    from nlp_pipeline.pipeline import add_project_components

    from .evaluate import evaluate_model

    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass
    rows: dict[str, dict] = {}
    pipelines = {}
    for spec in models:
        start = time.perf_counter()
        nlp = load_pipeline(resolve(spec))
        bare = evaluate_model(nlp, data)  # the model alone, then with the project's components
        full = add_project_components(nlp)
        row = {
            "ner_f1": {name: bare[name]["ents_f"] for name in NER_SETS},
            "las": {name: bare[name]["dep_las"] for name in LAS_SETS},
            "holdout": bare,
        }
        if quotes_dev is not None:
            scores = evaluate_quotes(quotes_dev / "gold.jsonl", quotes_dev / "articles", full)
            row["quotes_e2e_f1"] = scores["thresholds"]["0.5"]["all"]["e2e_f1"]
        row["eval_seconds"] = time.perf_counter() - start
        rows[spec] = row
        pipelines[spec] = full
    texts = sample_texts(repeat)
    for nlp in pipelines.values():
        words_per_second(nlp, texts[:4])  # warm up
    best = dict.fromkeys(pipelines, 0.0)
    for _ in range(rounds):
        for spec, nlp in pipelines.items():
            best[spec] = max(best[spec], words_per_second(nlp, texts))
    for spec in rows:
        rows[spec]["words_per_second"] = best[spec]
    machine = f"{os.cpu_count()} cores, {cpu_model()}, one thread, Python {platform.python_version()}"
    return {
        "models": rows,
        "machine": machine,
        "speed_corpus": f"corpora/sample × {repeat} "
        f"({sum(len(t.split()) for t in texts):,} words), best of {rounds} alternating rounds",
    }


def _pct(value) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def format_markdown(result: dict) -> str:
    lines = [
        "| backend | NER F1 klintan | NER F1 UNER Talbanken | NER F1 UNER PUD | LAS Talbanken | LAS PUD "
        "| quote e2e F1 (dev) | words/s (1 thread) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for spec, row in result["models"].items():
        ner, las = row["ner_f1"], row["las"]
        lines.append(
            f"| `{spec}` | {_pct(ner['klintan-test'])} | {_pct(ner['talbanken-test'])} | "
            f"{_pct(ner['pud-test'])} | {_pct(las['talbanken-test'])} | {_pct(las['pud-test'])} | "
            f"{_pct(row.get('quotes_e2e_f1'))} | {row['words_per_second']:,.0f} |"
        )
    lines += ["", f"Speed: {result['speed_corpus']}; {result['machine']}."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("training-data"))
    ap.add_argument("--quotes-dev", type=Path, default=Path("../shared/quotes-dev"))
    ap.add_argument("--models", default=None, help="comma-separated model specs (default: every ready one)")
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    if not (args.data / "eval").exists():
        print(f"error: hold-out sets not found under {args.data}/eval; run `make train-data`", file=sys.stderr)
        return 2
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):  # before torch is imported
        os.environ.setdefault(var, "1")
    quotes_dev = args.quotes_dev if (args.quotes_dev / "gold.jsonl").exists() else None
    if quotes_dev is None:
        print(f"note: no quote dev set at {args.quotes_dev}; quote F1 is left out", file=sys.stderr)
    models = args.models.split(",") if args.models else ready_models()
    result = compare(models, args.data, quotes_dev, repeat=args.repeat)
    print(format_markdown(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
