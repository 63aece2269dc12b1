"""Size and speed of the HTML report for a large result (synthetic, no model needed).

    .venv/bin/python bench/report_size.py                # 10,000 quotes in 1,000 articles
    .venv/bin/python bench/report_size.py --quotes 50000 --docs 5000 --no-append

Builds a synthetic result (Swedish text), writes it as Parquet, times
``write_report``, and reports the file size (raw and gzipped). Where headless
Chromium is available (``apt-get install chromium chromium-driver``, selenium),
it opens the page and measures: load (navigation start to the page's ready flag),
the report script's own start-up time, the longest main-thread task, filtering
10,000 quotes in the page (``window.__report.search``), typing into the search box
until the list updates (including the 120 ms input debounce), and opening a
person panel and an article. Appends a section to ``bench/results.md`` (shared:
append only).
"""

from __future__ import annotations

import argparse
import gzip
import platform
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import browser  # noqa: E402
from bench.synthetic import synthetic_result  # noqa: E402
from nlp_pipeline.report import write_report  # noqa: E402

QUERIES = ["säger", "Åsa", "budgeten", "Göteborg", "kostnaderna ökar", "zzz-ingen-träff"]


def measure_browser(page: Path, profile: Path) -> dict[str, float]:
    from selenium.webdriver.common.by import By

    drv = browser.chromium(profile)
    try:
        drv.get("about:blank")
        t0 = time.perf_counter()
        drv.get(page.resolve().as_uri())
        while not drv.execute_script("return !!(window.__report && window.__report.ready)"):
            time.sleep(0.01)
        wall = time.perf_counter() - t0
        nav = drv.execute_script(
            "const n = performance.getEntriesByType('navigation')[0];"
            "return [n.domInteractive, n.domContentLoadedEventEnd, n.loadEventEnd, window.__report.loadMs];"
        )
        longest = drv.execute_script(
            "return new Promise(done => { let m = 0;"
            " try { new PerformanceObserver(l => { for (const e of l.getEntries()) m = Math.max(m, e.duration); })"
            "   .observe({type: 'longtask', buffered: true}); } catch (e) {}"
            " setTimeout(() => done(m), 300); });"
        )
        filter_ms = []
        for q in QUERIES:
            drv.execute_script("window.__report.search(arguments[0])", q)
            filter_ms.append(drv.execute_script("return window.__report.filterMs"))
        drv.execute_script("window.__report.search('')")
        box = drv.find_element(By.ID, "quote-search")
        t = time.perf_counter()
        box.send_keys("Åsa")
        while "av" not in drv.find_element(By.ID, "quote-count").text:
            time.sleep(0.005)
        typed = time.perf_counter() - t
        t = time.perf_counter()
        drv.execute_script("location.hash = '#/person/0'")
        drv.execute_script("return document.getElementById('person-quotes').children.length")
        person = time.perf_counter() - t
        t = time.perf_counter()
        drv.execute_script("location.hash = '#/article/0'")
        drv.execute_script("return document.getElementById('article-text').textContent.length")
        article = time.perf_counter() - t
        return {
            "load_wall_s": wall,
            "dom_interactive_ms": nav[0],
            "dom_content_loaded_ms": nav[1],
            "load_event_ms": nav[2],
            "script_ms": nav[3],
            "longest_task_ms": longest,
            "filter_ms_median": statistics.median(filter_ms),
            "filter_ms_max": max(filter_ms),
            "type_to_update_s": typed,
            "person_panel_s": person,
            "article_s": article,
        }
    finally:
        drv.quit()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quotes", type=int, default=10_000)
    ap.add_argument("--docs", type=int, default=1_000)
    ap.add_argument("--runs", type=int, default=3, help="browser loads (median reported)")
    ap.add_argument("--results", type=Path, default=ROOT / "bench" / "results.md")
    ap.add_argument("--no-append", action="store_true", help="print only; do not append to results.md")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        result = synthetic_result(n_quotes=args.quotes, n_docs=args.docs)
        result.write(tmp_path / "out")
        t = time.perf_counter()
        page = write_report(tmp_path / "out", tmp_path / "report.html")
        build = time.perf_counter() - t
        raw = page.read_bytes()
        size, gz = len(raw), len(gzip.compress(raw, 6))
        text_chars = int(result.documents["n_chars"].sum())
        lines = [
            f"quotes {args.quotes:,}, articles {args.docs:,}, article text {text_chars:,} chars",
            f"write_report: {build:.2f} s",
            f"report.html: {size / 1e6:.2f} MB ({gz / 1e6:.2f} MB gzipped)",
        ]
        reason = browser.missing()
        if reason:
            lines.append(f"browser: skipped ({reason})")
        else:
            runs = [measure_browser(page, tmp_path / f"profile{k}") for k in range(args.runs)]
            med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
            lines += [
                f"Chromium load to ready: {med['load_wall_s']:.2f} s wall (median of {args.runs}); "
                f"DOMContentLoaded {med['dom_content_loaded_ms']:.0f} ms, load event {med['load_event_ms']:.0f} ms, "
                f"report script {med['script_ms']:.0f} ms, longest main-thread task {med['longest_task_ms']:.0f} ms",
                f"filter {args.quotes:,} quotes in page: median {med['filter_ms_median']:.1f} ms, "
                f"max {med['filter_ms_max']:.1f} ms ({len(QUERIES)} queries)",
                f"type in the search box to list updated: {med['type_to_update_s'] * 1000:.0f} ms "
                f"(includes the 120 ms debounce and WebDriver round trips)",
                f"open a person panel: {med['person_panel_s'] * 1000:.0f} ms; open an article: "
                f"{med['article_s'] * 1000:.0f} ms (WebDriver round trip included)",
            ]
    for line in lines:
        print(line)
    if not args.no_append:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        header = "" if args.results.exists() else "# Benchmark results\n"
        with args.results.open("a", encoding="utf-8") as fh:
            fh.write(
                f"{header}\n## HTML report size and load ({stamp})\n\n"
                f"`.venv/bin/python bench/report_size.py --quotes {args.quotes} --docs {args.docs}` "
                f"on {platform.machine()}, Python {platform.python_version()}, shared 2-core machine\n\n"
            )
            fh.writelines(f"- {line}\n" for line in lines)
        print(f"appended to {args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
