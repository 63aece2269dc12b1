"""``run_batch``: inputs → batches → workers → part files → the six tables.

See the package docstring for the guarantees (streaming, resumable, deterministic).
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import operator
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..chunking import DEFAULT_MAX_CHARS
from ..io.inputs import iter_articles
from ..io.records import Article, ReadError, escape_name
from ..process import Interrupted, Item, ProcessOptions
from ..writers import FORMATS, check_out_dir, table_path
from .parts import PartStore, consolidate, record_key

ENGINES = ["local", "dask"]
MAX_BATCH_CHARS = 2_000_000  # a batch is cut early when its texts reach this many characters


class EngineError(Exception):
    """A usage problem (exit code 2 in the CLI)."""


class OutputNotEmpty(EngineError):
    pass


class Terminated(KeyboardInterrupt):
    """SIGTERM during a run (``kill PID``, ``timeout``, a job scheduler): stops it like Ctrl-C."""


class RunFailed(RuntimeError):
    """The run stopped on an error that is not about one document (a worker died, a disk filled up);
    the finished parts are kept, so the same command with ``resume=True`` continues."""


@dataclasses.dataclass
class RunOptions:
    model: str = "bundled"
    engine: str = "local"
    workers: int | None = None  # None: the number of cores; one in-process worker for small inputs
    scheduler: str | None = None  # dask: tcp://HOST:PORT; None starts a LocalCluster
    batch_size: int = 32
    max_chars: int = DEFAULT_MAX_CHARS
    format: str = "parquet"
    input_format: str | None = None
    text_field: str = "text"
    id_field: str | None = None
    resume: bool = False
    overwrite: bool = False
    keep_parts: bool = False
    nlp: Any = None  # a ready pipeline for an in-process run (overrides ``model`` there)


@dataclasses.dataclass
class RunSummary:
    out: Path
    ok: int = 0
    failed: int = 0
    quotes: int = 0
    people: int = 0
    organisations: int = 0
    words: int = 0
    seconds: float = 0.0
    workers: int = 1
    engine: str = "local"
    resumed: int = 0  # records found done in DIR/parts at the start
    rows: dict[str, int] = dataclasses.field(default_factory=dict)
    paths: list[Path] = dataclasses.field(default_factory=list)
    finished: bool = True
    already_finished: bool = False
    stopped_by: str | None = None  # "SIGINT" (Ctrl-C) or "SIGTERM" when the run was interrupted


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover
        return os.cpu_count() or 1


def default_workers() -> int:
    """The number of cores this process may use.

    Measured (bench/results.md, 2 cores, bundled model): 2 workers are 1.70x as fast as 1 on
    free cores, but 0.92x when another job keeps one core busy; so the default is all cores,
    and ``--workers 1`` is the better choice on a machine shared with a busy job.
    """
    return cores()


def _fingerprint(inputs: list, opts: RunOptions) -> dict[str, Any]:
    return {
        "inputs": [os.fspath(i) if os.fspath(i) == "-" else escape_name(str(Path(i).resolve())) for i in inputs],
        "input_format": opts.input_format,
        "text_field": opts.text_field,
        "id_field": opts.id_field,
        "model": opts.model if opts.nlp is None else "<in-process pipeline>",
    }


def _existing_tables(out: Path, format: str) -> list[Path]:
    from .. import tables as T

    return [p for p in (table_path(out, t, format) for t in T.TABLES) if p.exists()]


def prepare(store: PartStore, inputs: list, opts: RunOptions) -> list[tuple[int, int]]:
    """Lock the output folder, then check it against --resume/--overwrite; returns the done ranges.

    The lock comes first, before ``run.json`` is read or written: of two runs started at the same
    instant on one folder, the second gets an ``EngineError`` instead of racing the first.
    """
    out = store.out
    try:
        locked = store.lock()
    except OSError as exc:
        raise EngineError(f"the output folder {out} cannot be written: {exc.strerror or exc}") from None
    if not locked:
        raise EngineError(f"another run is writing to {out} right now")
    config = {
        **_fingerprint(inputs, opts),
        "format": opts.format,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "version": 1,
    }
    if opts.resume:
        if store.exists():
            old = store.config()
            keys = ("inputs", "input_format", "text_field", "id_field")
            if any(old.get(k) != config[k] for k in keys):
                diff = ", ".join(k for k in keys if old.get(k) != config[k])
                raise EngineError(
                    f"{out} holds an interrupted run of other inputs or options ({diff} differ); "
                    "use --overwrite to start over"
                )
            store.clean_temporary()
            return store.done()
        if _existing_tables(out, opts.format):
            raise _Finished()
    else:
        busy = store.exists() or _existing_tables(out, opts.format)
        if busy and not opts.overwrite:
            what = "an interrupted run (parts/)" if store.exists() else _existing_tables(out, opts.format)[0].name
            raise OutputNotEmpty(
                f"{out} is not empty: it holds {what}. Use --resume to continue an interrupted "
                "run, or --overwrite to replace it"
            )
    store.clear()  # what an earlier run left (replaced with --overwrite; or one that died before run.json)
    store.create(config)
    return []


class _Finished(Exception):
    pass


def numbered(
    records: Iterable[Article | ReadError],
    done: list[tuple[int, int]],
    expected: dict[int, tuple[str | None, str | None]] | None = None,
    redo: Callable[[int, int], None] | None = None,
) -> Iterator[Item]:
    """``(seq, record)`` in input order, leaving out the seqs in the ``done`` ranges.

    ``expected`` (``{seq: (doc_id, content hash)}``, :meth:`PartStore.expected`) checks that the
    inputs still read the same as in the interrupted run: a record whose id changed (the inputs
    moved) stops the run with an ``EngineError``; a done range with a record whose content changed
    (an edited file), or with records that are no longer there, is handed to ``redo(first, last)``
    (which drops its part) and its records are yielded again. The records of one done range are
    held until its end, so memory stays at one part.
    """
    ranges = iter(done)
    current = next(ranges, None)
    held: list[Item] = []  # the records of the current done range read so far
    changed = False

    def again(first: int, last: int) -> None:
        if redo is None:
            raise EngineError(
                f"records {first + 1}-{last + 1} changed since the interrupted run; use --overwrite to start over"
            )
        redo(first, last)

    seq = -1
    for seq, record in enumerate(records):
        while current is not None and current[1] < seq:
            if changed:
                again(*current)
                yield from held
            held, changed = [], False
            current = next(ranges, None)
        if current is not None and current[0] <= seq <= current[1]:
            if expected and seq in expected:
                old_id, old_hash = expected[seq]
                doc_id = getattr(record, "doc_id", None)
                if old_id is not None and doc_id is not None and doc_id != old_id:
                    raise EngineError(
                        f"the inputs changed since the interrupted run: record {seq + 1} is "
                        f"{doc_id!r}, was {old_id!r}; use --overwrite to start over"
                    )
                if old_hash is not None and record_key(record)[1] != old_hash:
                    changed = True
            held.append((seq, record))
            continue
        yield seq, record
    # The end of the inputs: a done range not seen to its end holds records that are gone.
    while current is not None:
        if changed or current[1] > seq:
            again(*current)
            yield from held
        held, changed = [], False
        current = next(ranges, None)


def batched(items: Iterable[Item], batch_size: int, max_chars: int = MAX_BATCH_CHARS) -> Iterator[list[Item]]:
    """Batches of consecutive seqs (a gap, the batch size or the character budget ends a batch)."""
    batch: list[Item] = []
    chars = 0
    for seq, record in items:
        if batch and (seq != batch[-1][0] + 1 or len(batch) >= batch_size or chars >= max_chars):
            yield batch
            batch, chars = [], 0
        batch.append((seq, record))
        chars += len(getattr(record, "text", "") or "")
    if batch:
        yield batch


def count_total(inputs: list, input_format: str | None) -> int | None:
    """The number of articles when every input is a one-article file (txt, html); else None."""
    from ..io.sources import iter_sources

    n = 0
    try:
        for source in iter_sources([i for i in inputs], input_format):
            if isinstance(source, ReadError):
                n += 1
                continue
            if source.format not in ("txt", "html") or "zip" in source.wrappers or source.name == "<stdin>":
                return None
            n += 1
    except Exception:
        return None
    return n


def _in_process_nlp(opts: RunOptions):
    from .. import pipeline

    return opts.nlp if opts.nlp is not None else pipeline.get_nlp(opts.model)


def check_options(opts: RunOptions) -> None:
    """Numbers that would break the run later (``batch_size=0``: a pipeline's ``pipe`` yields
    nothing, and the run stops on a KeyError) are usage errors now."""
    for name, least in (("batch_size", 1), ("max_chars", 1), ("workers", 1)):
        value = getattr(opts, name)
        if value is None and name == "workers":
            continue
        try:
            number = operator.index(value)
        except TypeError:
            number = None
        if isinstance(value, bool) or number is None or number < least:
            flag = "--" + name.replace("_", "-")
            raise EngineError(f"{name} ({flag}) must be a whole number of at least {least}, not {value!r}")


def make_out_dir(out: Path) -> None:
    """``out`` made (when missing) and usable as the output folder, else an ``EngineError`` (exit 2)
    with the reason: it is a file or under one, a broken symbolic link, not writable, ..."""
    try:
        check_out_dir(out)
    except NotADirectoryError as exc:
        raise EngineError(str(exc)) from None
    if os.path.lexists(out) and not out.exists():
        raise EngineError(
            f"the output folder {out} is a symbolic link to {os.readlink(out)}, which does not "
            "exist; name a folder for the tables"
        )
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EngineError(f"the output folder {out} cannot be made: {exc.strerror or exc}") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise EngineError(f"the output folder {out} is not writable")


class _SigtermState:
    received = False


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[_SigtermState]:
    """For the duration of a run, SIGTERM raises :class:`Terminated` (a KeyboardInterrupt), so it
    stops the run like Ctrl-C: partial tables written, parts kept. A second SIGTERM ends the process
    at once (the parts on disk stay whole). Only in the main thread, and only where SIGTERM has its
    default action (a program that handles or ignores SIGTERM itself keeps its handler); the
    previous handler is restored afterwards."""
    state = _SigtermState()
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL
    ):
        yield state
        return

    def handler(signum, frame):
        if state.received:  # the second one: stop now
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        state.received = True
        raise Terminated()

    signal.signal(signal.SIGTERM, handler)
    try:
        yield state
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def run_batch(
    inputs: list,
    out: str | os.PathLike,
    opts: RunOptions | None = None,
    progress_factory: Callable[[int | None], Any] | None = None,
) -> RunSummary:
    """Analyse ``inputs`` into ``out`` (see the module docstring). Raises ``EngineError`` on usage problems,
    :class:`~nlp_pipeline.process.Interrupted` on Ctrl-C or SIGTERM (see :func:`sigterm_as_interrupt`),
    whose ``.result`` is the summary (after saving the partial tables; parts kept for ``resume``;
    ``.result.stopped_by`` says which signal)."""
    opts = opts or RunOptions()
    out = Path(out)
    if opts.format not in FORMATS:
        raise EngineError(f"unknown output format {opts.format!r}")
    if opts.engine not in ENGINES:
        raise EngineError(f"unknown engine {opts.engine!r}; choose from {', '.join(ENGINES)}")
    check_options(opts)
    make_out_dir(out)
    store = PartStore(out)
    with sigterm_as_interrupt() as sigterm:
        try:
            done = prepare(store, inputs, opts)
            return _execute(inputs, out, opts, store, done, progress_factory, sigterm)
        except _Finished:
            return _finished_summary(out, opts)
        finally:
            store.unlock()


def _execute(
    inputs: list,
    out: Path,
    opts: RunOptions,
    store: PartStore,
    done: list[tuple[int, int]],
    progress_factory,
    sigterm: _SigtermState | None = None,
) -> RunSummary:
    redone: list[int] = []

    def redo(first: int, last: int) -> None:  # a done part holds records edited since: process them again
        store.drop(first, last)
        redone.append(last - first + 1)

    resumed = sum(b - a + 1 for a, b in done)
    records = iter_articles(inputs, text_field=opts.text_field, id_field=opts.id_field, input_format=opts.input_format)
    items: Iterator[Item] = numbered(records, done, store.expected() if done else None, redo)
    work = ProcessOptions(batch_size=opts.batch_size, max_chars=opts.max_chars)

    workers = opts.workers if opts.workers is not None else (1 if opts.nlp is not None else default_workers())
    workers = max(1, workers)
    if opts.engine == "local" and opts.workers is None and workers > 1:
        # Small inputs are not worth starting processes that each load the model.
        head = list(itertools.islice(items, workers * opts.batch_size))
        if len(head) < workers * opts.batch_size:
            workers = 1
        items = itertools.chain(head, items)
    batches = batched(items, opts.batch_size)

    total = count_total(inputs, opts.input_format) if progress_factory is not None else None
    if total is not None:
        total = max(total - resumed, 0)
    progress = progress_factory(total) if progress_factory is not None else None
    summary = RunSummary(out=out, workers=workers, engine=opts.engine, resumed=resumed)
    start = time.perf_counter()
    entries = None
    try:
        if progress is not None:
            progress.__enter__()
        if opts.engine == "dask":
            from .dask_engine import run_dask

            entries = run_dask(
                batches, store, opts.model, work, scheduler=opts.scheduler, workers=opts.workers or cores()
            )
        elif workers == 1 or (opts.nlp is not None and opts.workers is None):
            from .local import run_in_process

            # in this process the progress can follow the pieces of a long document too
            local = dataclasses.replace(work, on_piece=getattr(progress, "piece", None))
            entries = run_in_process(batches, store, _in_process_nlp(opts), local)
        else:
            from .local import run_pool

            entries = run_pool(batches, store, opts.model, workers, work)
        for entry in entries:
            summary.words += entry.get("words", 0)
            if progress is not None:
                progress.update(entry)
    except (KeyboardInterrupt, Exception) as exc:
        # A SIGTERM sent to the whole process group (timeout, systemd) also stops the workers: the
        # broken pool that the run may see first is part of the same interruption.
        terminated = isinstance(exc, Terminated) or (sigterm is not None and sigterm.received)
        if isinstance(exc, EngineError) and not terminated:
            raise
        if not isinstance(exc, KeyboardInterrupt) and not terminated:
            raise RunFailed(
                f"the run stopped: {type(exc).__name__}: {exc}. The finished parts are kept in "
                f"{store.dir}; run the same command with --resume to continue"
            ) from exc
        if entries is not None:
            entries.close()  # stops the workers
        if progress is not None:
            progress.__exit__(None, None, None)
            progress = None
        summary.finished = False
        summary.stopped_by = "SIGTERM" if terminated else "SIGINT"
        summary.resumed = resumed - sum(redone)
        _fill(summary, consolidate(store, out, opts.format))  # partial tables; parts kept
        summary.seconds = time.perf_counter() - start
        raise Interrupted(summary) from exc
    finally:
        if entries is not None:
            entries.close()
        if progress is not None:
            progress.__exit__(None, None, None)
    summary.resumed = resumed - sum(redone)
    _fill(summary, consolidate(store, out, opts.format))
    if not opts.keep_parts:
        store.remove()
    summary.seconds = time.perf_counter() - start
    return summary


def _fill(summary: RunSummary, result: dict[str, Any]) -> None:
    rows = result["rows"]
    summary.rows, summary.paths = rows, result["paths"]
    summary.ok, summary.failed = result["ok"], rows["errors"]
    summary.quotes, summary.people, summary.organisations = rows["quotes"], rows["people"], rows["organisations"]


def _finished_summary(out: Path, opts: RunOptions) -> RunSummary:
    from .. import tables as T
    from ..writers import read_tables

    tables = read_tables(out)
    docs = tables["documents"]
    summary = RunSummary(out=out, already_finished=True, engine=opts.engine)
    summary.rows = {name: len(tables[name]) for name in T.TABLES}
    summary.paths = _existing_tables(out, opts.format)
    summary.ok = int((docs["status"] == "ok").sum()) if len(docs) else 0
    summary.failed, summary.quotes = len(tables["errors"]), len(tables["quotes"])
    summary.people, summary.organisations = len(tables["people"]), len(tables["organisations"])
    return summary
