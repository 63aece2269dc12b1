"""Speed of the full pipeline (model + entities + quotes) in this tree against an earlier commit, side by side.

    .venv/bin/python bench/code_versions.py a0afa5c [--rounds 5 --repeat 60]

For a change to the project's code (not the model): the commit is checked out into a temporary
git worktree, and each round runs one process per version, alternating, each pinned to the same
core with one BLAS thread, loading the bundled model and timing ``nlp.pipe`` plus the rows of each
document (``tables.doc_rows``, so that work moved between the components and the tables is
counted on both sides) over corpora/sample repeated (model loading not timed). Best of the rounds
per version and their ratio are printed and appended to bench/results.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from recipe.backends import cpu_model  # noqa: E402

CHILD = r"""
import json, os, sys, time
code = sys.argv[1]
# import nlp_pipeline from `code`, not from the editable install
sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f)]
sys.path.insert(0, code)
import nlp_pipeline
assert nlp_pipeline.__file__.startswith(code), nlp_pipeline.__file__
from nlp_pipeline import load, tables
from nlp_pipeline.io.records import Article
nlp = load(os.path.join(code, "models", "sv_news_nlp"))
texts = [open(p, encoding="utf-8").read() for p in sorted(
    os.path.join(code, "corpora", "sample", f) for f in os.listdir(os.path.join(code, "corpora", "sample"))
    if f.endswith(".txt"))] * int(sys.argv[2])
list(nlp.pipe(texts[:8]))
start = time.perf_counter()
words = 0
for n, (text, doc) in enumerate(zip(texts, nlp.pipe(texts, batch_size=64))):
    words += sum(1 for t in doc if not (t.is_space or t.is_punct))
    tables.doc_rows(doc, Article(doc_id=str(n), text=text))  # linking moved between the two
print(json.dumps({"wps": words / (time.perf_counter() - start), "words": words}))
"""


def run_one(code: Path, repeat: int, core: int) -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    cmd = ["taskset", "-c", str(core), sys.executable, "-c", CHILD, str(code), str(repeat)]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _copy_entry_point_modules(old: Path) -> None:
    """The installed package's entry points (spaCy factories, callbacks) name modules of this tree;
    an older tree that lacks one gets this tree's copy, or spaCy fails to import it when it loads
    the entry points. Such a module only registers a component nobody in the older tree uses."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for group in project.get("entry-points", {}).values():
        for target in group.values():
            module = target.split(":")[0].replace(".", "/") + ".py"
            if not (old / module).exists() and (ROOT / module).exists():
                (old / module).write_bytes((ROOT / module).read_bytes())
                print(f"{module}: copied into the older tree (an entry point names it)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("rev", help="the earlier commit to compare with")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=60)
    ap.add_argument("--core", type=int, default=0)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results.md")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "old"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(old), args.rev], check=True, capture_output=True
        )
        _copy_entry_point_modules(old)
        try:
            best = {"this tree": 0.0, args.rev: 0.0}
            words = 0
            for _ in range(args.rounds):
                for name, code in (("this tree", ROOT), (args.rev, old)):
                    r = run_one(code, args.repeat, args.core)
                    best[name] = max(best[name], r["wps"])
                    words = r["words"]
                    print(f"{name}: {r['wps']:,.0f} words/s", flush=True)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], check=False)
    head = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    lines = [
        f"## {datetime.date.today().isoformat()}: code speed, {head} (this tree) against {args.rev}",
        "",
        f"Machine: {os.cpu_count()} cores, {cpu_model()}, pinned to core {args.core}, one BLAS thread, Python "
        f"{platform.python_version()}. Full pipeline (bundled model + entities + quotes) and the rows of each "
        f"document, corpora/sample × "
        f"{args.repeat} ({words:,} words, punctuation and spaces not counted), best of {args.rounds} alternating "
        "rounds, one process per round and version (`bench/code_versions.py`).",
        "",
        "| code | words/s |",
        "|---|---:|",
        *[f"| {name} | {wps:,.0f} |" for name, wps in best.items()],
        "",
        f"This tree relative to {args.rev}: {best['this tree'] / best[args.rev]:.3f}×",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    with open(args.out, "a", encoding="utf-8") as fh:
        fh.write(report + "\n")


if __name__ == "__main__":
    main()
