"""Progress for a batch run.

In a terminal: a rich bar with articles/s and words/s, ETA when the total is known. When
the console is not a terminal (output to a log file, ``nohup``, a pipe, a job scheduler) a
live bar shows nothing, so a plain line is printed instead every N seconds (documents done,
failed, words/s, elapsed; ETA when the total is known) for as long as the run goes,
whether or not a batch finished in between. N is 30, or the number of seconds in the
environment variable ``NLP_PIPELINE_PROGRESS_SECONDS`` (0 turns the lines off).
"""

from __future__ import annotations

import datetime
import os
import threading
import time
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

PROGRESS_SECONDS_VAR = "NLP_PIPELINE_PROGRESS_SECONDS"
DEFAULT_PROGRESS_SECONDS = 30.0


def progress_seconds() -> float:
    """Seconds between two plain progress lines (``NLP_PIPELINE_PROGRESS_SECONDS``; 0: none)."""
    value = os.environ.get(PROGRESS_SECONDS_VAR, "").strip()
    if not value:
        return DEFAULT_PROGRESS_SECONDS
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_PROGRESS_SECONDS
    return seconds if seconds == seconds and seconds > 0 else 0.0  # NaN, 0 or below: off


def _clock(seconds: float) -> str:
    return str(datetime.timedelta(seconds=int(seconds)))


class RunProgress:
    """``with RunProgress(total, console, quiet) as p: p.update(manifest_entry)``."""

    def __init__(
        self,
        total: int | None = None,
        console: Console | None = None,
        quiet: bool = False,
        description: str = "analysing",
    ) -> None:
        self.total = total
        self.quiet = quiet
        self.description = description
        self.console = console or Console(stderr=True)
        self.start = time.perf_counter()
        self.counts = {"records": 0, "ok": 0, "failed": 0, "words": 0, "quotes": 0}
        self.plain = not quiet and not self.console.is_terminal
        self.every = progress_seconds() if self.plain else 0.0
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None
        columns: list[Any] = [SpinnerColumn(), TextColumn("{task.description}")]
        if total is not None:
            columns += [BarColumn(), MofNCompleteColumn()]
        else:
            columns += [TextColumn("{task.completed} articles")]
        columns += [
            TextColumn("[cyan]{task.fields[rates]}"),
            TextColumn("[red]{task.fields[failed]}"),
            TimeElapsedColumn(),
        ]
        if total is not None:
            columns += [TextColumn("ETA"), TimeRemainingColumn()]
        # Not a terminal: no live bar (it would print nothing, or a stray blank line), the plain lines instead.
        self.progress = Progress(*columns, console=self.console, disable=quiet or self.plain, transient=True)
        self.task = None
        self.current: tuple[str, int, int] | None = None  # a long document in pieces: (doc_id, done, pieces)

    def __enter__(self) -> RunProgress:
        self.start = time.perf_counter()
        self.progress.__enter__()
        self.task = self.progress.add_task(self.description, total=self.total, rates="", failed="")
        if self.every > 0:
            self._ticker = threading.Thread(target=self._tick, name="nlp-pipeline-progress", daemon=True)
            self._ticker.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join(timeout=5)
            self._ticker = None
        self.progress.__exit__(*exc)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.start

    def describe(self, text: str) -> None:
        self.description = text
        if self.task is not None:
            self.progress.update(self.task, description=text)

    def piece(self, doc_id: str, done: int, pieces: int) -> None:
        """Progress within a long document processed in pieces (in-process runs)."""
        self.current = (doc_id, done, pieces) if done < pieces else None
        if self.task is not None:
            text = f"{self.description} ({doc_id}: piece {done}/{pieces})" if self.current else self.description
            self.progress.update(self.task, description=text)

    def update(self, entry: dict[str, Any]) -> None:
        for key in self.counts:
            self.counts[key] += int(entry.get(key, 0) or 0)
        elapsed = max(self.seconds, 1e-6)
        rates = f"{self.counts['records'] / elapsed:,.1f} articles/s · {self.counts['words'] / elapsed:,.0f} words/s"
        failed = f"{self.counts['failed']} failed" if self.counts["failed"] else ""
        if self.task is not None:
            self.progress.update(self.task, advance=int(entry.get("records", 0)), rates=rates, failed=failed)

    def line(self) -> str:
        """The plain progress line: documents done (of the total), failed, words/s, elapsed, ETA."""
        elapsed = max(self.seconds, 1e-6)
        done = self.counts["records"]
        of = f"/{self.total:,}" if self.total is not None else ""
        text = (
            f"{self.description}: {done:,}{of} documents done, {self.counts['failed']:,} failed, "
            f"{self.counts['words'] / elapsed:,.0f} words/s, {_clock(elapsed)} elapsed"
        )
        if self.total and done:
            text += f", ETA {_clock(elapsed / done * max(self.total - done, 0))}"
        if self.current is not None:
            doc_id, piece, pieces = self.current
            text += f"; now {doc_id}: piece {piece}/{pieces}"
        return text

    def _tick(self) -> None:
        while not self._stop.wait(self.every):
            try:
                self.console.print(self.line(), markup=False, highlight=False, soft_wrap=True)
            except Exception:  # a closed stream must not stop the run
                return
