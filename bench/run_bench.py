"""Throughput and memory of ``nlp-pipeline run`` against plain ``nlp.pipe``.

    .venv/bin/python bench/run_bench.py                 # 2,000 articles: baseline, run -w 1, run -w 2
    .venv/bin/python bench/run_bench.py --memory        # peak RSS of run for 1,000 vs 100,000 articles

The corpus is corpora/sample/*.txt repeated (each copy gets its own id) and written once as
JSONL under bench/corpus/ (git-ignored). Each configuration runs in its own process tree;
the peak RSS is the largest sum of the resident memory of that tree (parent and workers, read
from /proc: Linux),
sampled every 0.1 s. Times are wall clock for the whole command (Python start-up, model
loading, reading, writing and, for ``run``, consolidating the tables), so the ratio
run/baseline is what a user sees. "words" are spaCy tokens that are not white space.
Results are printed and appended to bench/results.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the recipe (not installed) beside the package

from recipe.backends import cpu_model  # noqa: E402

CORPUS_DIR = ROOT / "bench" / "corpus"
PY = sys.executable

BASELINE = r"""
import json, sys, time
from nlp_pipeline.pipeline import load_model
nlp = load_model(sys.argv[2])
def texts():
    with open(sys.argv[1], encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)["text"]
words = 0
for doc in nlp.pipe(texts(), batch_size=32):
    words += sum(1 for t in doc if not t.is_space)
print(json.dumps({"words": words}))
"""


def make_corpus(n: int) -> Path:
    path = CORPUS_DIR / f"sample-x{n}.jsonl"
    if path.exists():
        return path
    CORPUS_DIR.mkdir(parents=True, exist_ok=True)
    samples = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "corpora" / "sample").glob("*.txt"))]
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for i in range(n):
            stem, text = samples[i % len(samples)]
            fh.write(json.dumps({"id": f"{stem}-{i:07d}", "text": text}, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


class ProcStat(NamedTuple):
    ppid: int
    pgid: int  # process group
    state: str  # "R", "S", "Z" (zombie) ...
    rss: int  # resident bytes


def proc_stats() -> dict[int, ProcStat]:
    """Every process, by pid, from /proc (Linux)."""
    page = os.sysconf("SC_PAGE_SIZE")
    out = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # fields[0]: state, [1]: ppid, [2]: process group, [21]: rss pages
        out[int(entry)] = ProcStat(int(fields[1]), int(fields[2]), fields[0], int(fields[21]) * page)
    return out


def tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for p, stat in proc_stats().items():
        children.setdefault(stat.ppid, []).append(p)
        rss[p] = stat.rss
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total


def measure(cmd: list[str], env: dict[str, str] | None = None) -> dict:
    """Wall time, peak RSS of the process tree (MB), exit code and stdout."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc.pid))
        time.sleep(0.1)
    out, err = proc.communicate()
    return {
        "seconds": time.perf_counter() - start,
        "peak_mb": peak / 2**20,
        "rc": proc.returncode,
        "stdout": out,
        "stderr": err,
    }


def run_cmd(corpus: Path, out: Path, workers: int, model: str, batch_size: int) -> list[str]:
    return [
        PY,
        "-m",
        "nlp_pipeline",
        "run",
        str(corpus),
        "--out",
        str(out),
        "--overwrite",
        "-q",
        "--workers",
        str(workers),
        "--model",
        model,
        "--batch-size",
        str(batch_size),
    ]


def env_for(model: str) -> dict[str, str]:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    if ":" in model:  # a factory such as conftest:make_stub_nlp (tests/)
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "tests"), env.get("PYTHONPATH", "")])
    return env


def machine() -> str:
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",)
    return (
        f"{os.cpu_count()} cores, {cpu_model()}, Python {platform.python_version()}; "
        f"load average {load[0]:.2f} at start (shared machine: other jobs were running)"
    )


def speed(args) -> str:
    corpus = make_corpus(args.articles)
    env = env_for(args.model)
    work = Path(args.workdir)
    rows = []
    base = measure([PY, "-c", BASELINE, str(corpus), args.model], env)
    if base["rc"] != 0:
        raise SystemExit(base["stderr"])
    words = json.loads(base["stdout"].strip().splitlines()[-1])["words"]
    rows.append(("plain nlp.pipe (baseline)", base))
    for w in (1, 2):
        r = measure(run_cmd(corpus, work / f"w{w}", w, args.model, args.batch_size), env)
        if r["rc"] not in (0, 1):
            raise SystemExit(r["stderr"])
        rows.append((f"nlp-pipeline run --workers {w}", r))
    shutil.rmtree(work, ignore_errors=True)
    wps = {name: words / r["seconds"] for name, r in rows}
    ratio = wps["nlp-pipeline run --workers 1"] / wps["plain nlp.pipe (baseline)"]
    speedup = wps["nlp-pipeline run --workers 2"] / wps["nlp-pipeline run --workers 1"]
    lines = [
        f"## {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC: batch engine throughput (bench/run_bench.py)",
        "",
        f"`{' '.join(['.venv/bin/python', 'bench/run_bench.py', *sys.argv[1:]])}`. Machine: {machine()}.",
        f"Corpus: corpora/sample repeated to {args.articles:,} articles ({words:,} words), model `{args.model}`, "
        f"batch size {args.batch_size}; wall time of the whole command, model loading included.",
        "",
        "| configuration | seconds | words/s | peak RSS (MB, process tree) |",
        "|---|---:|---:|---:|",
    ]
    lines += [
        f"| {name} | {r['seconds']:.1f} | {words / r['seconds']:,.0f} | {r['peak_mb']:,.0f} |" for name, r in rows
    ]
    lines += [
        "",
        f"run -w 1 / baseline: {ratio:.2f}× (target ≥ 0.8); run -w 2 / run -w 1: {speedup:.2f}× "
        f"(target ≥ 1.6 on 2 free cores)",
        "",
    ]
    return "\n".join(lines)


def memory(args) -> str:
    env = env_for(args.memory_model)
    work = Path(args.workdir)
    rows = []
    for n in (args.small, args.large):
        corpus = make_corpus(n)
        r = measure(run_cmd(corpus, work / f"m{n}", 1, args.memory_model, args.batch_size), env)
        if r["rc"] not in (0, 1):
            raise SystemExit(r["stderr"])
        rows.append((n, r))
    shutil.rmtree(work, ignore_errors=True)
    ratio = rows[1][1]["peak_mb"] / rows[0][1]["peak_mb"]
    lines = [
        f"## {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC: batch engine memory "
        "(bench/run_bench.py --memory)",
        "",
        f"`{' '.join(['.venv/bin/python', 'bench/run_bench.py', *sys.argv[1:]])}`. Machine: {machine()}.",
        f"`nlp-pipeline run --workers 1` over corpora/sample repeated, model `{args.memory_model}`.",
        "",
        "| articles | seconds | peak RSS (MB) |",
        "|---:|---:|---:|",
    ]
    lines += [f"| {n:,} | {r['seconds']:.1f} | {r['peak_mb']:,.0f} |" for n, r in rows]
    lines += ["", f"peak RSS {args.large:,} / {args.small:,} articles: {ratio:.2f}× (target ≤ 1.3)", ""]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--model", default="bundled", help="model spec for the speed runs")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--memory", action="store_true", help="peak RSS for --small vs --large articles instead")
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--large", type=int, default=100_000)
    ap.add_argument(
        "--memory-model",
        default="bundled",
        help="model spec for --memory (conftest:make_stub_nlp measures the engine alone, fast)",
    )
    ap.add_argument("--workdir", default=str(ROOT / "bench" / "corpus" / "out"))
    ap.add_argument("--results", type=Path, default=ROOT / "bench" / "results.md")
    ap.add_argument("--no-append", action="store_true")
    args = ap.parse_args()
    report = memory(args) if args.memory else speed(args)
    print(report)
    if not args.no_append:
        with open(args.results, "a", encoding="utf-8") as fh:
            fh.write("\n" + report)


if __name__ == "__main__":
    main()
