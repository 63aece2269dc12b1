"""One real archive end to end (reliability issue 25): ``make bench-archive``.

    .venv/bin/python bench/archive.py --corpora ../shared/corpora              # the whole archive
    .venv/bin/python bench/archive.py --corpora ../shared/corpora --limit 300  # a slice, to try it out

1. Inputs: the press releases of regeringen.se (``section == "pressmeddelanden"`` in
   ``regeringen_g0vse/pages.jsonl.gz``) and the interpellations of the Riksdag
   (``riksdagen_interpellations/interpellations.jsonl.gz``), written as two ``run`` inputs
   ``press.jsonl.gz`` and ``interpellations.jsonl.gz`` under bench/corpus/archive[-limitN]/ (git-ignored)
   with the fields id, title, date, author, url, source and text. ``--limit N`` takes N documents
   spread evenly over both sources and the years.
2. ``nlp-pipeline run INPUTS --out OUT --workers 2`` (its own process group); the resident memory of
   every process of the tree is sampled every second (``--sample`` seconds), with the number of
   documents done (from the part files' names).
3. When half of the documents are done, the whole process group gets SIGKILL (no clean-up, like a
   machine losing power); then the same command with ``--resume`` finishes it.
4. The resumed tables are compared with a clean run (bench/same_tables.py's ``compare``): of the same
   inputs when there are at most ``--clean-max`` documents (every table, every cell), else of a subset
   (``--subset`` documents around the kill point and spread over the archive), whose documents,
   entities, quotes and errors rows must be the same as the resumed run's rows for those documents
   (people and organisations are counted over the whole corpus, so a subset's differ).
5. ``nlp-pipeline report`` (time, size, time to open the tables; the page's load in headless
   Chromium where there is one) and two ``nlp-pipeline query`` examples.
6. A section appended to bench/results.md.

Every command runs in a copy of nlp_pipeline/ taken at the start (WORKDIR/code, the model linked):
in a working tree that others edit, a change to the code during the run would otherwise show up as a
difference between the resumed and the clean tables (it did, on 2026-12-04).
"""

from __future__ import annotations

import argparse
import collections
import datetime
import gzip
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.run_bench import env_for, machine, proc_stats, tree_rss  # noqa: E402
from bench.same_tables import compare  # noqa: E402

PY = sys.executable
PRESS = "regeringen_g0vse/pages.jsonl.gz"
INTERPELLATIONS = "riksdagen_interpellations/interpellations.jsonl.gz"
QUERIES = [
    (
        "the people quoted most",
        "SELECT speaker, count(*) AS quotes, count(DISTINCT doc_id) AS documents FROM quotes "
        "WHERE speaker_kind = 'person' GROUP BY speaker ORDER BY quotes DESC LIMIT 10",
    ),
    (
        "the organisations named most, by source",
        "SELECT collection, organisation, mentions FROM (SELECT json_extract_string(d.metadata, '$.collection') "
        "AS collection, e.canonical AS organisation, count(*) AS mentions, row_number() OVER (PARTITION BY "
        "collection ORDER BY count(*) DESC) AS rank FROM entities e JOIN documents d USING (doc_id) "
        "WHERE e.label = 'ORG' GROUP BY collection, organisation) WHERE rank <= 5 ORDER BY collection, mentions DESC",
    ),
]


# ------------------------------------------------------------------ inputs


def _press(corpora: Path):
    with gzip.open(corpora / PRESS, "rt", encoding="utf-8") as fh:
        for line in fh:
            page = json.loads(line)
            if page.get("section") != "pressmeddelanden":
                continue
            path = page["path"].removesuffix(".md")
            yield {
                "id": "regeringen/" + path.removeprefix("pressmeddelanden/"),
                "title": page.get("title"),
                "date": "-".join(x for x in (page.get("year"), page.get("month")) if x),
                "url": f"https://www.regeringen.se/{path}/",
                "collection": "regeringen.se pressmeddelanden",
                "text": page.get("text") or "",
            }


def _interpellations(corpora: Path):
    with gzip.open(corpora / INTERPELLATIONS, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            yield {
                "id": "riksdagen/" + row["id"],
                "title": row.get("title"),
                "date": row.get("date"),
                "author": row.get("author"),
                "addressee": row.get("addressee"),
                "collection": "riksdagen interpellationer",
                "text": row.get("text") or "",  # an empty text is kept: an error row in the tables
            }


def _count(rows) -> int:
    return sum(1 for _ in rows)


def _spread(rows, total: int, n: int):
    """``n`` of ``total`` rows, evenly spaced (all of them when ``n >= total``)."""
    if n >= total:
        yield from rows
        return
    wanted = {i * total // n for i in range(n)}
    for i, row in enumerate(rows):
        if i in wanted:
            yield row


def build_inputs(corpora: Path, folder: Path, limit: int | None) -> dict:
    """The two ``run`` inputs under ``folder`` (kept, rebuilt when missing); their counts."""
    info_path = folder / "inputs.json"
    if info_path.exists():
        return json.loads(info_path.read_text())
    folder.mkdir(parents=True, exist_ok=True)
    totals = {"press": _count(_press(corpora)), "interpellations": _count(_interpellations(corpora))}
    grand = sum(totals.values())
    wanted = dict(totals)
    if limit is not None and limit < grand:
        wanted["press"] = round(limit * totals["press"] / grand)
        wanted["interpellations"] = limit - wanted["press"]
    info = {"available": totals, "documents": {}, "words": {}, "chars": {}, "empty": {}, "files": []}
    for name, rows in (("press", _press(corpora)), ("interpellations", _interpellations(corpora))):
        path = folder / f"{name}.jsonl.gz"
        n = words = chars = empty = 0
        with gzip.open(path.with_suffix(".tmp"), "wt", encoding="utf-8") as fh:
            for row in _spread(rows, totals[name], wanted[name]):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
                words += len(row["text"].split())
                chars += len(row["text"])
                empty += not row["text"].strip()
        path.with_suffix(".tmp").replace(path)
        info["documents"][name], info["words"][name], info["chars"][name], info["empty"][name] = n, words, chars, empty
        info["files"].append(str(path))
    info_path.write_text(json.dumps(info, indent=1))
    return info


# ------------------------------------------------------------------ running and sampling


def processes(root: int) -> dict[int, tuple[str, int]]:
    """``{pid: (role, rss bytes)}`` for ``root`` and its descendants: parent, worker or helper."""
    stats = proc_stats()
    parent_of = {p: stat.ppid for p, stat in stats.items()}
    rss = {p: stat.rss for p, stat in stats.items()}
    out = {}
    for pid in rss:
        p, depth = pid, 0
        while p not in (root, 0, 1) and p in parent_of and depth < 10:
            p, depth = parent_of[p], depth + 1
        if p != root:
            continue
        if pid == root:
            role = "parent"
        else:
            try:
                cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            role = "worker" if "spawn_main" in cmd and "resource_tracker" not in cmd else "helper"
        out[pid] = (role, rss[pid])
    return out


def group_members(pgid: int, wait: float = 10.0) -> list[int]:
    """Live (not zombie) processes of process group ``pgid``, after up to ``wait`` seconds for them to go."""
    deadline = time.monotonic() + wait
    while True:
        members = [p for p, stat in proc_stats().items() if stat.pgid == pgid and stat.state != "Z"]
        if not members or time.monotonic() > deadline:
            return members
        time.sleep(0.2)


def done_documents(out: Path) -> int:
    n = 0
    for path in (out / "parts").glob("part-*.pkl"):
        m = re.match(r"part-(\d+)-(\d+)\.pkl$", path.name)
        if m:
            n += int(m.group(2)) - int(m.group(1)) + 1
    return n


def snapshot_code(work: Path) -> tuple[Path, str]:
    """A copy of the package as it is now (the model linked), where every command of the benchmark runs:
    a working tree edited during the run (a shared one) would otherwise change the results midway, and
    the clean run would not be comparable. Returns the folder and what was copied (commit, changes)."""
    code = work / "code"
    shutil.rmtree(code, ignore_errors=True)
    shutil.copytree(ROOT / "nlp_pipeline", code / "nlp_pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    (code / "models").symlink_to(ROOT / "models")

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    changed = [line for line in git("status", "--porcelain", "--", "nlp_pipeline").splitlines() if line.strip()]
    return code, f"commit {git('rev-parse', '--short', 'HEAD') or '?'}, {len(changed)} changed files in nlp_pipeline/"


def run_cmd(inputs: list[str], out: Path, workers: int, model: str, resume: bool = False) -> list[str]:
    cmd = [PY, "-m", "nlp_pipeline", "run", *inputs, "--out", str(out), "-q", "--workers", str(workers)]
    cmd += ["--model", model, "--resume" if resume else "--overwrite"]
    return cmd


def sampled_run(
    cmd: list[str], out: Path, env: dict, every: float, kill_at: int | None, log: Path, cwd: Path = ROOT
) -> dict:
    """Run ``cmd`` in its own process group, sampling memory every ``every`` seconds; SIGKILL the group
    once ``kill_at`` documents are done. Returns the samples, times and exit code."""
    start = time.perf_counter()
    with open(log, "ab") as err:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        samples, killed = [], None
        while proc.poll() is None:
            procs = processes(proc.pid)
            done = done_documents(out)
            samples.append(
                {
                    "t": time.perf_counter() - start,
                    "done": done,
                    "total_mb": tree_rss(proc.pid) / 2**20,
                    "parent_mb": sum(r for role, r in procs.values() if role == "parent") / 2**20,
                    "workers_mb": sorted((r / 2**20 for role, r in procs.values() if role == "worker"), reverse=True),
                }
            )
            if kill_at is not None and killed is None and done >= kill_at:
                os.killpg(proc.pid, signal.SIGKILL)
                killed = {"t": time.perf_counter() - start, "done": done}
            time.sleep(every)
        proc.wait()
    left = group_members(proc.pid)
    return {
        "seconds": time.perf_counter() - start,
        "rc": proc.returncode,
        "samples": samples,
        "killed": killed,
        "left_over": left,
    }


def deciles(samples: list[dict], total: int, first: int = 0) -> list[dict]:
    """The memory when 10 %, 20 %, ... of the documents were done (the first sample at or past each)."""
    rows = []
    for k in range(1, 11):
        mark = total * k / 10
        if mark <= first:
            continue
        s = next((s for s in samples if s["done"] >= mark), None)
        if s is not None and not (rows and rows[-1]["t"] == s["t"]):  # one row per sample
            rows.append({"pct": k * 10, **s})
    return rows


def phase_summary(run: dict) -> dict:
    samples = [s for s in run["samples"] if s["workers_mb"]]
    workers = [w for s in samples for w in s["workers_mb"]]
    return {
        "parent_peak": max((s["parent_mb"] for s in run["samples"]), default=0.0),
        "worker_peak": max(workers, default=0.0),
        "total_peak": max((s["total_mb"] for s in run["samples"]), default=0.0),
    }


def worker_growth(samples: list[dict]) -> tuple[float, float] | None:
    """Median largest-worker RSS in the second tenth and in the last tenth of a phase's samples."""
    samples = [s for s in samples if s["workers_mb"]]
    if len(samples) < 20:
        return None
    n = len(samples)
    early = statistics.median(s["workers_mb"][0] for s in samples[n // 10 : n // 5])
    late = statistics.median(s["workers_mb"][0] for s in samples[-n // 10 :])
    return early, late


# ------------------------------------------------------------------ checks on the result


def reasons(values) -> collections.Counter:
    """Counts of messages with their numbers and quoted names blanked (``… covers N% of the text``)."""
    out = collections.Counter()
    for v in values:
        v = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", str(v))
        out[re.sub(r"\d+(?:[.,]\d+)?", "N", v)[:160]] += 1
    return out


def subset_inputs(info: dict, folder: Path, seqs: set[int]) -> list[str]:
    """The records at input positions ``seqs`` (0-based, both files in order) as one JSONL.gz."""
    path = folder / "subset.jsonl.gz"
    seq = 0
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for name in info["files"]:
            with gzip.open(name, "rt", encoding="utf-8") as fh:
                for line in fh:
                    if seq in seqs:
                        out.write(line)
                    seq += 1
    return [str(path)]


def compare_subset(resumed: Path, clean: Path) -> list[str]:
    """bench/same_tables.py's ``compare`` on the per-document tables of the subset's documents.

    ``source`` and ``line`` (the input file and row) differ by construction and are blanked; people and
    organisations are counted over the whole corpus and are left out."""
    import tempfile

    from nlp_pipeline.api import Result, open_result

    full, part = open_result(resumed), open_result(clean)
    ids = set(part.documents["doc_id"])

    def per_document(result, keep) -> Result:
        tables = {}
        for name, df in result.tables.items():
            if name in ("people", "organisations"):
                continue
            df = df[df["doc_id"].isin(keep)].reset_index(drop=True) if keep is not None else df.copy()
            for col in ("source", "line"):
                if col in df.columns:
                    df[col] = None
            tables[name] = df
        return Result.from_tables(tables)

    with tempfile.TemporaryDirectory() as tmp:
        per_document(full, ids).write(Path(tmp) / "resumed")
        per_document(part, None).write(Path(tmp) / "clean")
        return compare(str(Path(tmp) / "resumed"), str(Path(tmp) / "clean"))


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def browser_load(page: Path, profile: Path) -> str:
    from bench import browser

    why = browser.missing()
    if why:
        return f"not measured ({why})"
    from selenium.common.exceptions import WebDriverException

    drv = browser.chromium(profile)
    try:
        t0 = time.perf_counter()
        drv.get(page.resolve().as_uri())
        while not drv.execute_script("return !!(window.__report && window.__report.ready)"):
            if time.perf_counter() - t0 > 300:
                return "not ready after 300 s"
            time.sleep(0.05)
        return f"{time.perf_counter() - t0:.1f} s from opening to ready in headless Chromium"
    except WebDriverException as exc:
        return f"failed: {str(exc).splitlines()[0]}"
    finally:
        drv.quit()


def timed(cmd: list[str], env: dict, cwd: Path = ROOT) -> tuple[float, subprocess.CompletedProcess]:
    t = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    return time.perf_counter() - t, proc


# ------------------------------------------------------------------ main


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    ap.add_argument("--limit", type=int, default=None, help="documents, spread over both sources (default: all)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--model", default="bundled")
    ap.add_argument("--sample", type=float, default=1.0, help="seconds between memory samples")
    ap.add_argument("--kill-at", type=float, default=0.5, help="share of the documents done at the SIGKILL")
    ap.add_argument("--clean-max", type=int, default=5000, help="compare with a clean run of all inputs up to this")
    ap.add_argument("--subset", type=int, default=600, help="documents of the clean subset run above --clean-max")
    ap.add_argument("--workdir", type=Path, default=None, help="default: bench/corpus/archive[-limitN]")
    ap.add_argument("--results", type=Path, default=ROOT / "bench" / "results.md")
    ap.add_argument("--no-append", action="store_true")
    args = ap.parse_args()

    missing = [p for p in (args.corpora / PRESS, args.corpora / INTERPELLATIONS) if not p.exists()]
    if missing:
        print(
            f"error: the archive corpora are missing: {', '.join(map(str, missing))}; "
            "pass --corpora /path/to/shared/corpora (make bench-archive CORPORA=...)",
            file=sys.stderr,
        )
        return 2
    name = "archive" if args.limit is None else f"archive-limit{args.limit}"
    work = (args.workdir or ROOT / "bench" / "corpus" / name).resolve()
    work.mkdir(parents=True, exist_ok=True)
    load_at_start = machine()
    top = subprocess.run(["ps", "-eo", "pid,pcpu,comm", "--sort=-pcpu"], capture_output=True, text=True).stdout
    busy = [" ".join(line.split()[1:]) for line in top.splitlines()[1:] if line.split()[0] != str(os.getpid())][:3]

    t = time.perf_counter()
    info = build_inputs(args.corpora, work / "inputs", args.limit)
    build_s = time.perf_counter() - t
    total = sum(info["documents"].values())
    inputs = info["files"]
    print(f"inputs: {info['documents']} ({sum(info['words'].values()):,} words by white space), {build_s:.0f} s")

    env = env_for(args.model)
    code, code_what = snapshot_code(work)
    out = work / "out"
    log = work / "run.stderr.log"
    log.write_bytes(b"")
    shutil.rmtree(out, ignore_errors=True)
    kill_at = max(1, int(total * args.kill_at))
    first = sampled_run(run_cmd(inputs, out, args.workers, args.model), out, env, args.sample, kill_at, log, code)
    print(f"first run: {first['seconds']:.0f} s, rc {first['rc']}, killed at {first['killed']}")
    if first["killed"] is None:
        print("warning: the run finished before the kill point", file=sys.stderr)
    parts_after_kill = done_documents(out)
    temporary = sorted(p.name for p in (out / "parts").glob(".*tmp")) if (out / "parts").exists() else []
    resume = run_cmd(inputs, out, args.workers, args.model, resume=True)
    second = sampled_run(resume, out, env, args.sample, None, log, code)
    print(f"resumed run: {second['seconds']:.0f} s, rc {second['rc']}")
    if second["rc"] not in (0, 1):
        print(log.read_text()[-3000:], file=sys.stderr)
        return 1

    from nlp_pipeline.api import open_result

    t = time.perf_counter()
    result = open_result(out)
    open_s = time.perf_counter() - t
    docs = result.documents
    words = int(docs["n_tokens"].fillna(0).sum())
    ok = int((docs["status"] == "ok").sum())
    error_reasons = reasons(result.errors["reason"]) if len(result.errors) else collections.Counter()
    warning_reasons = reasons(w for ws in docs["warnings"] for w in (ws if ws is not None else []))
    stderr_text = log.read_text(errors="replace")
    stderr_lines = [line for line in stderr_text.splitlines() if line.strip()]
    rows = {name: len(df) for name, df in result.tables.items()}
    del result, docs

    # The clean run to compare with.
    if total <= args.clean_max:
        clean_inputs, clean_what = inputs, f"the same {total:,} documents"
        seqs = None
    else:
        kill_seq = first["killed"]["done"] if first["killed"] else total // 2
        half = args.subset // 3
        around = set(range(max(0, kill_seq - half), min(total, kill_seq + half)))
        spread = {i * total // half for i in range(half)}
        seqs = around | spread
        clean_inputs = subset_inputs(info, work / "inputs", seqs)
        clean_what = (
            f"a subset of {len(seqs):,} documents ({len(around):,} around the kill point, the rest spread over "
            "the archive); their documents, entities, quotes and errors rows compared, input file and row left out"
        )
    clean_out = work / "clean"
    t = time.perf_counter()
    clean = subprocess.run(run_cmd(clean_inputs, clean_out, args.workers, args.model), cwd=code, env=env)
    clean_s = time.perf_counter() - t
    if clean.returncode not in (0, 1):
        print("the clean run failed", file=sys.stderr)
        return 1
    problems = compare(str(out), str(clean_out)) if seqs is None else compare_subset(out, clean_out)
    print("resumed vs clean:", "identical" if not problems else problems[:10])

    # report and query
    page = work / "report.html"
    report_s, report = timed([PY, "-m", "nlp_pipeline", "report", str(out), "-o", str(page)], env, code)
    report_line = (
        f"{report_s:.1f} s, {page.stat().st_size / 1e6:,.1f} MB "
        f"({len(gzip.compress(page.read_bytes(), 6)) / 1e6:,.1f} MB gzipped); page load: "
        f"{browser_load(page, work / 'chromium-profile')}"
        if report.returncode == 0 and page.exists()
        else f"failed (exit {report.returncode}): {report.stderr.strip()[-300:]}"
    )
    queries = []
    for what, sql in QUERIES:
        q_s, q = timed([PY, "-m", "nlp_pipeline", "query", str(out), sql, "--format", "csv"], env, code)
        queries.append((what, sql, q_s, q.stdout.strip() if q.returncode == 0 else f"exit {q.returncode}: {q.stderr}"))

    # the report
    seconds = first["seconds"] + second["seconds"]
    p1, p2 = phase_summary(first), phase_summary(second)
    killed = first["killed"] or {"t": first["seconds"], "done": parts_after_kill}
    scope = "the whole archive" if args.limit is None else f"a slice of {args.limit:,} documents (--limit)"
    lines = [
        f"## {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC: a real archive end to end (bench/archive.py)",
        "",
        f"`{' '.join(['.venv/bin/python', 'bench/archive.py', *sys.argv[1:]])}`: {scope}. Machine: {load_at_start}; "
        f"busiest processes at the start: {'; '.join(busy)}.",
        f"Inputs: {info['documents']['press']:,} press releases (regeringen.se, of {info['available']['press']:,}) "
        f"and {info['documents']['interpellations']:,} interpellations (Riksdag, of "
        f"{info['available']['interpellations']:,}), {sum(info['empty'].values())} of them with no text, "
        f"{sum(info['chars'].values()):,} characters, "
        f"{sum(info['words'].values()):,} words by white space; written as two .jsonl.gz in {build_s:.0f} s.",
        f"Code: a copy of the working tree's nlp_pipeline/ taken at the start ({code_what}), where every command "
        "ran. "
        f"`nlp-pipeline run … --workers {args.workers} --model {args.model}`, SIGKILL to the whole process group "
        f"when {killed['done']:,} of {total:,} documents were in parts ({killed['t']:.0f} s), then the same "
        f"command with `--resume`.",
        "",
        "| | seconds | documents | words/s | peak RSS parent (MB) | peak RSS per worker (MB) | peak RSS tree (MB) |",
        "|---|---:|---:|---:|---:|---:|---:|",
        f"| run until SIGKILL | {killed['t']:.0f} | {killed['done']:,} | | {p1['parent_peak']:,.0f} | "
        f"{p1['worker_peak']:,.0f} | {p1['total_peak']:,.0f} |",
        f"| `--resume` to the end | {second['seconds']:.0f} | {total - parts_after_kill:,} | | "
        f"{p2['parent_peak']:,.0f} | {p2['worker_peak']:,.0f} | {p2['total_peak']:,.0f} |",
        f"| together | {seconds:.0f} | {total:,} | {words / seconds:,.0f} | | | |",
        "",
        f"Words are spaCy tokens (documents.n_tokens): {words:,}. {ok:,} documents ok, "
        f"{rows['errors']:,} errors. Wall time includes starting the workers "
        "and loading the model twice (once per command) and consolidating the tables.",
        f"After the SIGKILL: {parts_after_kill:,} documents in whole parts, temporary files left: "
        f"{len(temporary)} (removed by --resume), processes left in the group: {len(first['left_over'])}; "
        f"resumed run: exit {second['rc']} (1: some documents failed, see the errors).",
        "",
        "Resident memory over the run (sampled every "
        f"{args.sample:g} s; the first sample at or past each share of the documents; 'workers' is each worker's RSS):",
        "",
        "| documents done | seconds | parent (MB) | workers (MB) | tree (MB) |",
        "|---:|---:|---:|---:|---:|",
    ]
    for label_, run, first_done in (("", first, 0), ("resumed: ", second, parts_after_kill)):
        for d in deciles(run["samples"], total, first_done):
            lines.append(
                f"| {label_}{d['pct']} % ({d['done']:,}) | {d['t']:.0f} | {d['parent_mb']:,.0f} | "
                f"{', '.join(f'{w:,.0f}' for w in d['workers_mb']) or '–'} | {d['total_mb']:,.0f} |"
            )
    for name, run in (("until SIGKILL", first), ("resumed", second)):
        growth = worker_growth(run["samples"])
        if growth:
            lines.append(
                f"\nLargest worker, median RSS in the 2nd tenth vs the last tenth of the samples ({name}): "
                f"{growth[0]:,.0f} → {growth[1]:,.0f} MB ({growth[1] / growth[0]:.2f}×)."
            )
    lines += [
        "",
        "Errors by reason (errors table): "
        + ("none" if not error_reasons else "; ".join(f"{n:,} × {r}" for r, n in error_reasons.most_common(10))),
        "",
        "Warnings by reason (documents.warnings): "
        + ("none" if not warning_reasons else "; ".join(f"{n:,} × {r}" for r, n in warning_reasons.most_common(10))),
        "",
        f"Lines on stderr of the two run commands (-q): {len(stderr_lines)}"
        + (f"; they begin `{' '.join(stderr_text.split())[:200]}`" if stderr_lines else ""),
        "",
        f"Kill and resume vs a clean run ({clean_what}, {clean_s:.0f} s): "
        + ("**identical**" if not problems else f"**{len(problems)} differences**: " + "; ".join(problems[:5])),
        "",
        f"Tables: {', '.join(f'{k} {v:,}' for k, v in rows.items())}; {dir_size(out) / 1e6:,.1f} MB on disk "
        f"(parquet); `open_result` reads them in {open_s:.1f} s.",
        f"`nlp-pipeline report`: {report_line}.",
        "",
    ]
    for what, sql, q_s, text in queries:
        lines += [f"`nlp-pipeline query` ({what}; {q_s:.1f} s, start-up included):", "", "```sql", sql, "```"]
        lines += ["", "```", *text.splitlines()[:16], "```", ""]
    report_md = "\n".join(lines)
    print(report_md)
    (work / "samples.json").write_text(json.dumps({"first": first, "second": second}, indent=0))
    if not args.no_append:
        with open(args.results, "a", encoding="utf-8") as fh:
            fh.write("\n" + report_md + "\n")
    return 0 if not problems else 1


if __name__ == "__main__":
    raise SystemExit(main())
