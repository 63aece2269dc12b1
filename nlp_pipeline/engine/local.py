"""The single-machine engine: in this process (one worker) or a pool of worker processes.

Each worker process loads the model once (``initializer``), takes batches of
consecutive records, runs them through ``nlp.pipe`` and writes each batch's rows
as a part file itself; only small statistics travel back. The parent reads the
inputs lazily and keeps at most ``2 × workers`` batches in flight, so memory
does not grow with the corpus.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

from threadpoolctl import threadpool_limits

from ..pipeline import get_nlp
from ..process import Item, ProcessOptions, process_items
from .parts import PartStore, record_keys, write_part

_WORKER: dict[str, Any] = {}


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed (kill -9) stops instead of lingering with its model loaded."""
    import time

    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _init_worker(spec: str, sys_path: list[str], opts: ProcessOptions, parts_dir: str) -> None:
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what happens on Ctrl-C
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    # numpy (and its BLAS) was imported before this ran, so the variables above came too late for it;
    # one BLAS thread per worker, or the workers' threads fight over the cores.
    threadpool_limits(1)
    _WORKER.update(nlp=get_nlp(spec, sys_path), opts=opts, parts_dir=parts_dir)


def _work(batch: list[Item]) -> dict[str, Any]:
    keys = record_keys(batch)  # before processing: what the inputs read, whatever the pipeline does
    results = process_items(batch, _WORKER["nlp"], _WORKER["opts"])
    entry = write_part(_WORKER["parts_dir"], results, keys=keys)
    return entry


def run_in_process(batches: Iterable[list[Item]], store: PartStore, nlp, opts: ProcessOptions) -> Iterator[dict]:
    for batch in batches:
        keys = record_keys(batch)
        results = process_items(batch, nlp, opts)
        entry = write_part(store.dir, results, keys=keys)
        store.append_manifest(entry)
        yield entry


def run_pool(
    batches: Iterable[list[Item]], store: PartStore, spec: str, workers: int, opts: ProcessOptions
) -> Iterator[dict]:
    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=ctx,
        initializer=_init_worker,
        initargs=(spec, list(sys.path), opts, str(store.dir)),
    )
    in_flight: set[Future] = set()
    clean = False
    try:
        for batch in batches:
            while len(in_flight) >= 2 * workers:
                done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                for fut in done:
                    entry = fut.result()
                    store.append_manifest(entry)
                    yield entry
            in_flight.add(pool.submit(_work, batch))
        while in_flight:
            done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
            for fut in done:
                entry = fut.result()
                store.append_manifest(entry)
                yield entry
        clean = True
    finally:
        if clean:
            pool.shutdown(wait=True)
        else:  # Ctrl-C, a worker crash, or the consumer stopped: stop the workers now
            for fut in in_flight:
                fut.cancel()
            processes = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for proc in processes:
                if proc.is_alive():
                    proc.terminate()
            for proc in processes:
                proc.join(timeout=5)
