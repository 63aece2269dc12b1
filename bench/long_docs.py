"""Peak memory and time of ``nlp-pipeline run`` on one very long document (reliability issue 25).

    .venv/bin/python bench/long_docs.py                        # 100k, 1M and 5M characters
    .venv/bin/python bench/long_docs.py --sizes 300000 --max-chars 20000 --no-append

Each document is corpora/sample/*.txt joined with blank lines and repeated to the size, one .txt
per size under bench/corpus/long/ (git-ignored). Each size runs as its own command,
``nlp-pipeline run DIR --workers 1`` (one process), under ``/usr/bin/time -v`` when it is there
(its "Maximum resident set size"), else with the child's ``wait4`` resource usage (the same
number, from the kernel). Long documents are processed in pieces of at most ``--max-chars``
characters, so the peak should not depend on the document's length beyond one piece: the
report gives the peak of each size and the ratio largest / smallest. Results are printed and
appended to bench/results.md.
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.run_bench import env_for, machine  # noqa: E402

LONG_DIR = ROOT / "bench" / "corpus" / "long"
PY = sys.executable
TIME = "/usr/bin/time"


def label(n: int) -> str:
    for unit, size in (("M", 1_000_000), ("k", 1_000)):
        if n >= size and n % size == 0:
            return f"{n // size}{unit}"
    return str(n)


def make_document(n: int) -> Path:
    """A folder holding one .txt of exactly ``n`` characters (the sample articles repeated)."""
    folder = LONG_DIR / label(n)
    path = folder / f"long-{label(n)}.txt"
    if path.exists() and len(path.read_text(encoding="utf-8")) == n:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    samples = [p.read_text(encoding="utf-8").strip() for p in sorted((ROOT / "corpora" / "sample").glob("*.txt"))]
    unit = "\n\n".join(samples) + "\n\n"
    text = (unit * (n // len(unit) + 1))[:n]
    path.write_text(text, encoding="utf-8")
    return folder


def measure(cmd: list[str], env: dict[str, str]) -> dict:
    """Wall seconds, peak RSS (MB) and exit code of ``cmd``, a single process (``--workers 1``)."""
    start = time.perf_counter()
    if os.path.exists(TIME):
        report = LONG_DIR / "time-v.txt"
        proc = subprocess.run([TIME, "-v", "-o", str(report), *cmd], env=env, cwd=ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        text = report.read_text()
        kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
        how = "/usr/bin/time -v"
        rc, err = proc.returncode, proc.stderr
    else:
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        kb = usage.ru_maxrss  # kilobytes on Linux
        how = "wait4 ru_maxrss"
        rc = os.waitstatus_to_exitcode(status)
        proc.returncode = rc
    return {"seconds": seconds, "peak_mb": kb / 1024, "rc": rc, "stderr": err, "how": how}


def document_stats(out: Path) -> dict:
    from nlp_pipeline.api import open_result

    tables = open_result(out).tables
    docs = tables["documents"]
    return {
        "status": ",".join(sorted(set(docs["status"]))),
        "words": int(docs["n_tokens"].fillna(0).sum()),
        "entities": len(tables["entities"]),
        "quotes": len(tables["quotes"]),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100000,1000000,5000000", help="characters, comma-separated")
    ap.add_argument("--model", default="bundled")
    ap.add_argument("--max-chars", type=int, default=None, help="run's --max-chars (default: run's own, 100,000)")
    ap.add_argument("--results", type=Path, default=ROOT / "bench" / "results.md")
    ap.add_argument("--no-append", action="store_true")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    env = env_for(args.model)
    load = machine()
    rows = []
    for n in sizes:
        folder = make_document(n)
        out = LONG_DIR / f"out-{label(n)}"
        cmd = [PY, "-m", "nlp_pipeline", "run", str(folder), "--out", str(out), "--overwrite", "-q", "-w", "1"]
        cmd += ["--model", args.model]
        if args.max_chars:
            cmd += ["--max-chars", str(args.max_chars)]
        r = measure(cmd, env)
        if r["rc"] != 0:
            raise SystemExit(f"{' '.join(cmd)} exited {r['rc']}:\n{r['stderr'][-2000:]}")
        r.update(document_stats(out))
        shutil.rmtree(out, ignore_errors=True)
        rows.append((n, r))
        print(f"{n:,} characters: {r['seconds']:.1f} s, peak {r['peak_mb']:,.0f} MB ({r['how']})", flush=True)
    first, last = rows[0][1], rows[-1][1]
    piece = f"--max-chars {args.max_chars}" if args.max_chars else "pieces of at most 100,000 characters"
    lines = [
        f"## {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC: one long document (bench/long_docs.py)",
        "",
        f"`{' '.join(['.venv/bin/python', 'bench/long_docs.py', *sys.argv[1:]])}`. Machine: {load}.",
        f"`nlp-pipeline run DIR --workers 1` on one .txt (corpora/sample repeated), model `{args.model}`, {piece}; "
        f"peak RSS of the process by {first['how']}; wall time of the whole command, model loading included.",
        "",
        "| characters | status | words | entities | quotes | seconds | words/s | peak RSS (MB) |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {n:,} | {r['status']} | {r['words']:,} | {r['entities']:,} | {r['quotes']:,} | {r['seconds']:.1f} | "
        f"{r['words'] / r['seconds']:,.0f} | {r['peak_mb']:,.0f} |"
        for n, r in rows
    ]
    if len(rows) > 1:
        lines += [
            "",
            f"peak RSS {rows[-1][0]:,} / {rows[0][0]:,} characters: {last['peak_mb'] / first['peak_mb']:.2f}× "
            "(target: flat; before the fix, on 2026-12-04 on this machine: 100,000 characters 616 MB, "
            "1,000,000 1,660 MB, 5,000,000 2,608 MB and 97 s)",
        ]
    report = "\n".join(lines) + "\n"
    print(report)
    if not args.no_append:
        with open(args.results, "a", encoding="utf-8") as fh:
            fh.write("\n" + report)


if __name__ == "__main__":
    main()
