"""Progress for a batch run: a rich bar with articles/s and words/s, ETA when the total is known."""

from __future__ import annotations

import time
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, \
    TimeRemainingColumn


class RunProgress:
    """``with RunProgress(total, console, quiet) as p: p.update(manifest_entry)``."""

    def __init__(self, total: int | None = None, console: Console | None = None, quiet: bool = False,
                 description: str = "analysing") -> None:
        self.total = total
        self.quiet = quiet
        self.start = time.perf_counter()
        self.counts = {"records": 0, "ok": 0, "failed": 0, "words": 0, "quotes": 0}
        columns: list[Any] = [SpinnerColumn(), TextColumn("{task.description}")]
        if total is not None:
            columns += [BarColumn(), MofNCompleteColumn()]
        else:
            columns += [TextColumn("{task.completed} articles")]
        columns += [TextColumn("[cyan]{task.fields[rates]}"), TextColumn("[red]{task.fields[failed]}"),
                    TimeElapsedColumn()]
        if total is not None:
            columns += [TextColumn("ETA"), TimeRemainingColumn()]
        self.progress = Progress(*columns, console=console or Console(stderr=True), disable=quiet, transient=True)
        self.task = None

    def __enter__(self) -> RunProgress:
        self.progress.__enter__()
        self.task = self.progress.add_task("analysing", total=self.total, rates="", failed="")
        return self

    def __exit__(self, *exc) -> None:
        self.progress.__exit__(*exc)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.start

    def describe(self, text: str) -> None:
        if self.task is not None:
            self.progress.update(self.task, description=text)

    def update(self, entry: dict[str, Any]) -> None:
        for key in self.counts:
            self.counts[key] += int(entry.get(key, 0) or 0)
        elapsed = max(self.seconds, 1e-6)
        rates = f"{self.counts['records'] / elapsed:,.1f} articles/s · {self.counts['words'] / elapsed:,.0f} words/s"
        failed = f"{self.counts['failed']} failed" if self.counts["failed"] else ""
        if self.task is not None:
            self.progress.update(self.task, advance=int(entry.get("records", 0)), rates=rates, failed=failed)
