"""Speed of the bundled pipeline on one CPU core: ``make bench``.

Runs ``nlp.pipe`` over the sample corpus repeated, pinned to one core with
BLAS threads set to 1, and reports words per second for

* the bundled model alone (the baseline), and
* the bundled model with the project's entity-linking and quote components,

measured side by side in one run (the same documents, alternating rounds, best
of N), plus the overhead of the project's components as a ratio. With
``--compare MODEL`` (e.g. a previous model folder) that model, with the same
components, joins the rounds, and its speed relative to the bundled one is
reported. With ``--compare-matmul`` the bundled pipeline with thinc's default BLIS matrix
products (``NLP_PIPELINE_MATMUL=blis``) joins the rounds too (see
:mod:`nlp_pipeline.nlp.matmul`). Results are appended to ``bench/results.md`` with the date and the machine.
"""

from __future__ import annotations

import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

import argparse  # noqa: E402
import datetime  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the recipe (not installed) beside the package

from recipe.backends import cpu_model  # noqa: E402

BLIS = "model+entities+quotes, BLIS matmul"


def corpus(repeat: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora" / "sample").glob("*.txt"))]
    return texts * repeat


def words_per_second(nlp, texts: list[str], batch_size: int) -> tuple[float, int]:
    start = time.perf_counter()
    n_words = 0
    for doc in nlp.pipe(texts, batch_size=batch_size):
        n_words += sum(1 for t in doc if not (t.is_space or t.is_punct))
    return n_words / (time.perf_counter() - start), n_words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=60, help="times the sample corpus is repeated")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results.md")
    ap.add_argument("--compare", default=None, help="another model (folder or spec) to time in the same rounds")
    ap.add_argument(
        "--compare-matmul",
        action="store_true",
        help="also time the bundled pipeline with BLIS matrix products (thinc's default)",
    )
    args = ap.parse_args()

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    from nlp_pipeline.pipeline import load

    base = load(quotes=False)
    base.remove_pipe("swedish_entities")
    full = load()
    pipelines = {"model": base, "model+entities+quotes": full}
    if args.compare:
        pipelines[f"{args.compare}+entities+quotes"] = load(args.compare)
    if args.compare_matmul:
        from nlp_pipeline.nlp.matmul import use_matmul

        blis = load()
        use_matmul(blis, "blis")
        pipelines[BLIS] = blis
    texts = corpus(args.repeat)
    for nlp in pipelines.values():  # warm up
        words_per_second(nlp, texts[:8], args.batch_size)

    best = dict.fromkeys(pipelines, 0.0)
    n_words = 0
    for _ in range(args.rounds):
        for name, nlp in pipelines.items():
            wps, n_words = words_per_second(nlp, texts, args.batch_size)
            best[name] = max(best[name], wps)
    overhead = best["model"] / best["model+entities+quotes"] - 1

    machine = f"{os.cpu_count()} cores, {cpu_model()}, pinned to 1 core, Python {platform.python_version()}"
    lines = [
        f"## {datetime.date.today().isoformat()}: bundled pipeline speed",
        "",
        f"Machine: {machine}. Corpus: corpora/sample repeated {args.repeat}× "
        f"({len(texts)} articles, {n_words:,} words, punctuation and spaces not counted), "
        f"`nlp.pipe(batch_size={args.batch_size})`, best of {args.rounds} alternating rounds.",
        "",
        "| pipeline | words/s |",
        "|---|---:|",
    ]
    lines += [f"| {name} | {wps:,.0f} |" for name, wps in best.items()]
    lines += ["", f"Time per word added by entity linking + quote attribution: {100 * overhead:+.1f}%", ""]
    if args.compare:
        ratio = best["model+entities+quotes"] / best[f"{args.compare}+entities+quotes"]
        lines[-1:-1] = [f"Bundled speed relative to `{args.compare}` (both with entities and quotes): {ratio:.2f}×"]
    if args.compare_matmul:
        ratio = best["model+entities+quotes"] / best[BLIS]
        lines[-1:-1] = [
            f"Matrix products by numpy's BLAS (the default) relative to BLIS, both with entities and "
            f"quotes: {ratio:.2f}×"
        ]
    report = "\n".join(lines)
    print(report)
    with open(args.out, "a", encoding="utf-8") as fh:
        fh.write(report + "\n")


if __name__ == "__main__":
    main()
