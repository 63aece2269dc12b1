"""The ``run`` command's printing: a progress bar, the summary and the errors around :func:`nlp_pipeline.api.run`.

All rich output of ``run`` lives here (the engine prints nothing); :func:`run_command`
returns the exit code (0 ok, 1 some documents failed, 2 usage error, 130 interrupted by
Ctrl-C, 143 stopped by SIGTERM: 128 + the signal's number, as a shell reports a process
killed by it, but after saving what was done).
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from ..engine import EngineError, RunFailed, RunSummary
from ..process import Interrupted


def run_command(paths: list, out: Path, options: dict, *, quiet: bool, console: Console, err_console: Console) -> int:
    """``api.run(paths, out, **options)`` with progress, summary and errors printed; the exit code."""
    from ..api import run
    from .progress import RunProgress

    def progress(total):
        return RunProgress(total, console=err_console, quiet=quiet)

    try:
        summary = run(paths, out, progress=None if quiet else progress, **options)
    except Interrupted as stop:
        s = stop.result
        what = "stopped by SIGTERM" if s.stopped_by == "SIGTERM" else "interrupted"
        err_console.print(
            f"[yellow]{what}[/yellow]: {s.ok + s.failed} documents done are saved in "
            f"{out / 'parts'} (and in the tables in {out}); continue with the same command and "
            f"[bold]--resume[/bold]"
        )
        return 143 if s.stopped_by == "SIGTERM" else 130
    except KeyboardInterrupt as exc:  # before the first batch or while the tables were written
        from ..engine import Terminated

        what = "stopped by SIGTERM" if isinstance(exc, Terminated) else "interrupted"
        err_console.print(
            f"[yellow]{what}[/yellow] before the run ended; the documents done are kept in "
            f"{out / 'parts'}: continue with the same command and [bold]--resume[/bold]"
        )
        return 143 if isinstance(exc, Terminated) else 130
    except EngineError as exc:
        err_console.print(f"[red]error[/red]: {exc}")
        return 2
    except RunFailed as exc:
        err_console.print(f"[red]error[/red]: {exc}", highlight=False)
        return 1
    if summary.already_finished:
        if not quiet:
            console.print(f"{out} holds a finished run: nothing to resume.")
    elif not quiet:
        print_summary(summary, console)
    _report_errors(out, summary, err_console)
    return 1 if summary.failed else 0


def print_summary(summary: RunSummary, console: Console) -> None:
    table = Table(title="nlp-pipeline run", show_header=True, header_style="bold")
    table.add_column("table")
    table.add_column("rows", justify="right")
    table.add_column("file")
    for path in summary.paths:
        table.add_row(path.stem, str(summary.rows.get(path.stem, "")), str(path))
    console.print(table)
    style = "red" if summary.failed else "green"
    n = max(summary.ok + summary.failed - summary.resumed, 0)  # processed in this run
    rate = (
        f"{n / summary.seconds:,.1f} articles/s, {summary.words / summary.seconds:,.0f} words/s"
        if summary.seconds > 0
        else ""
    )
    resumed = f" ({summary.resumed} records done before --resume)" if summary.resumed else ""
    console.print(
        f"[{style}]{summary.ok} documents analysed, {summary.failed} failed[/{style}]; "
        f"{summary.quotes} quotes, {summary.people} people, {summary.organisations} organisations."
    )
    console.print(
        f"{summary.seconds:,.1f} s with {summary.workers} worker(s), engine {summary.engine}"
        f"{'; ' + rate if rate else ''}{resumed}."
    )


def _report_errors(out: Path, summary: RunSummary, err_console: Console) -> None:
    if not summary.failed:
        return
    from .. import tables as T
    from ..writers import FORMATS, _read_one, table_path

    fmt = next((f for f in FORMATS if table_path(out, "errors", f).exists()), "parquet")
    print_errors(T.conform("errors", _read_one(table_path(out, "errors", fmt), fmt)), err_console)


def print_errors(errors, err_console: Console, limit: int = 20) -> None:
    """The first ``limit`` rows of an ``errors`` table, one line each (where: why)."""
    for row in errors.head(limit).itertuples(index=False):
        where = row.source if row.line is None or str(row.line) == "<NA>" else f"{row.source}:{row.line}"
        err_console.print(f"[red]error[/red] {where}: {row.reason}", highlight=False)
    if len(errors) > limit:
        err_console.print(f"[red]... and {len(errors) - limit} more errors (see the errors table)[/red]")
