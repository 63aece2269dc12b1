"""The Dask engine: the same batches, run as tasks on a Dask distributed cluster.

``--engine dask --scheduler tcp://HOST:PORT`` uses an existing cluster; without
``--scheduler`` a ``LocalCluster`` (worker processes on 127.0.0.1) is started and
stopped. Each task is one batch of consecutive records (the input partitions); a
worker process loads the model once and keeps it (:func:`nlp_pipeline.pipeline.get_nlp`), so the
model spec must resolve on the workers (``bundled``, a path that exists there, or an
importable ``module:function``). Tasks return their part file's bytes and the client
writes them atomically into ``DIR/parts/``, so workers need no shared file system;
the client keeps at most ``2 × workers`` tasks in flight and consolidates the parts
into the same tables as the local engine.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Any

from ..pipeline import get_nlp
from ..process import Item, ProcessOptions, process_items
from .parts import PartStore, atomic_write_bytes, manifest_entry, part_bytes, record_keys


def dask_task(batch: list[Item], spec: str, sys_path: list[str], opts: ProcessOptions) -> tuple[dict, bytes]:
    """Runs on a Dask worker: the model is loaded once per worker process."""
    nlp = get_nlp(spec, sys_path)
    keys = record_keys(batch)  # before processing: what the inputs read
    results = process_items(batch, nlp, opts)
    return manifest_entry(results, keys), part_bytes(results, keys)


def start_client(scheduler: str | None, workers: int | None):
    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(
        n_workers=workers or 2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        silence_logs=40,
    )
    return Client(cluster), cluster


def run_dask(
    batches: Iterable[list[Item]],
    store: PartStore,
    spec: str,
    opts: ProcessOptions,
    scheduler: str | None = None,
    workers: int | None = None,
) -> Iterator[dict[str, Any]]:
    from dask.distributed import wait

    client, cluster = start_client(scheduler, workers)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or (workers or 1))
        sys_path = list(sys.path)
        in_flight: set = set()

        def finish(done) -> Iterator[dict[str, Any]]:
            for fut in done:
                entry, data = fut.result()
                atomic_write_bytes(store.dir / entry["part"], data)
                store.append_manifest(entry)
                fut.release()
                yield entry

        for batch in batches:
            while len(in_flight) >= 2 * n_workers:
                result = wait(list(in_flight), return_when="FIRST_COMPLETED")
                in_flight = set(result.not_done)
                yield from finish(result.done)
            in_flight.add(client.submit(dask_task, batch, spec, sys_path, opts, pure=False))
        while in_flight:
            result = wait(list(in_flight), return_when="FIRST_COMPLETED")
            in_flight = set(result.not_done)
            yield from finish(result.done)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
