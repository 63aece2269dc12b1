"""The batch engine behind ``nlp-pipeline run``: streaming, parallel, resumable, crash-safe.

* **Streaming.** Inputs are read lazily (``io.inputs.iter_articles``) and numbered in input
  order; batches of consecutive records go through ``nlp.pipe``; each batch's compact
  rows are written at once as a part file (:mod:`.parts`). No ``Doc`` is kept.
* **Workers.** ``workers=1`` runs in this process; ``workers=N`` starts N processes that
  each load the model once (:mod:`.local`); ``engine="dask"`` runs the batches on a Dask
  cluster (:mod:`.dask_engine`).
* **Crash-safe, resumable.** Part files are written atomically into ``DIR/parts/``; a
  run that stopped (Ctrl-C, SIGTERM, ``kill -9``, a crash) continues with ``resume=True`` and
  only the missing records are processed, and those edited since: every part keeps a
  content hash per record, and a part holding a record whose hash changed is redone.
* **Deterministic.** Consolidation streams the parts in input order into the six tables
  (people and organisations merged with the usual SHA-1 ids), so the tables are the
  same whatever the number of workers, the batch size or the interruptions.
* **Long documents** are processed in pieces at paragraph boundaries (:mod:`nlp_pipeline.chunking`), by the
  per-document core every runner shares (:mod:`nlp_pipeline.process`).
"""

from __future__ import annotations

from .runner import (
    ENGINES,
    EngineError,
    OutputNotEmpty,
    RunFailed,
    RunOptions,
    RunSummary,
    Terminated,
    batched,
    cores,
    run_batch,
)

__all__ = [
    "ENGINES",
    "EngineError",
    "OutputNotEmpty",
    "RunFailed",
    "RunOptions",
    "RunSummary",
    "Terminated",
    "batched",
    "cores",
    "run_batch",
]
