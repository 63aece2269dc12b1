"""``analyze()``: texts, paths or a DataFrame in, a :class:`Result` of DataFrames out.

>>> from nlp_pipeline import analyze
>>> result = analyze(["– Vi är glada, säger Eva Jansson.", "Volvo varslar i Göteborg."])
>>> result.people, result.quotes
>>> analyze(my_df, text_field="body").quotes
>>> analyze([Path("archive/")]).write("out/", format="csv")

>>> run(["archive/"], "results/", workers=2)        # what `nlp-pipeline run` does, without printing

Inputs (see :mod:`nlp_pipeline.io.inputs`): a ``str`` is one text (unless it is a single line
naming an existing file or folder, or a glob that matches, then it is a path; one that reads like
a path but names nothing is an error); a ``pathlib.Path`` is a file, folder or glob; a list may mix
both; a ``DataFrame`` has one article a row. Documents that fail are recorded in
``result.errors`` (and as ``status == "error"`` in ``documents``); everything else is kept.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from . import tables as T
from .chunking import DEFAULT_MAX_CHARS
from .engine import RunOptions, RunSummary, batched, run_batch
from .io.inputs import Record, iter_articles
from .process import Interrupted, ProcessOptions, process_items
from .writers import read_tables, write_tables

__all__ = ["Interrupted", "Result", "analyze", "info", "iter_articles", "open_result", "run"]


@dataclasses.dataclass
class Result:
    """The six tables of a run, as DataFrames with the schemas of ``nlp_pipeline.tables``."""

    documents: pd.DataFrame
    entities: pd.DataFrame
    quotes: pd.DataFrame
    people: pd.DataFrame
    organisations: pd.DataFrame
    errors: pd.DataFrame
    docs: list | None = None  # the spaCy Docs, when analyze(..., keep_docs=True)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(df)}" for name, df in self.tables.items())
        return f"Result({sizes})"

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in T.TABLES}

    @property
    def n_failed(self) -> int:
        return len(self.errors)

    @property
    def ok(self) -> bool:
        return self.n_failed == 0

    def write(self, out_dir: str | os.PathLike, format: str = "parquet", overwrite: bool = False) -> list[Path]:
        """Write every table to ``out_dir/<table>.<ext>``; returns the paths written."""
        return write_tables(self.tables, out_dir, format=format, overwrite=overwrite)

    def display(self, doc_id: str, jupyter: bool | None = None):
        """Show one article with its quotes, speakers and entities as displaCy spans (HTML; shown in notebooks)."""
        from .report.notebook import display_article

        return display_article(self, doc_id, jupyter=jupyter)

    def summary(self) -> dict[str, int]:
        docs = self.documents
        return {
            "documents": int((docs["status"] == "ok").sum()) if len(docs) else 0,
            "failed": self.n_failed,
            "entities": len(self.entities),
            "quotes": len(self.quotes),
            "people": len(self.people),
            "organisations": len(self.organisations),
        }

    @classmethod
    def from_tables(cls, tables: dict[str, pd.DataFrame], docs: list | None = None) -> Result:
        return cls(**{name: tables.get(name, T.empty(name)) for name in T.TABLES}, docs=docs)


def open_result(directory: str | os.PathLike) -> Result:
    """Read a result folder written by ``run``/``Result.write`` (any format) back into a Result."""
    return Result.from_tables(read_tables(directory))


# ------------------------------------------------------------------ processing


def analyze(
    inputs: Any,
    *,
    nlp=None,
    model: str | os.PathLike = "bundled",
    text_field: str = "text",
    id_field: str | None = None,
    input_format: str | None = None,
    batch_size: int = 32,
    max_chars: int = DEFAULT_MAX_CHARS,
    keep_docs: bool = False,
    progress: Callable[[Record], None] | None = None,
) -> Result:
    """Analyse texts, paths or a DataFrame in this process; return all tables as DataFrames.

    ``inputs``: see :mod:`nlp_pipeline.io.inputs` (a ``str`` that reads like a path but names
    nothing raises ``FileNotFoundError``). ``nlp`` is a ready pipeline (default: the cached
    ``load(model)``); ``text_field`` and ``id_field`` name the fields of row formats and
    DataFrames; ``input_format`` overrides detection by extension; documents longer than
    ``max_chars`` are processed in pieces; ``keep_docs`` keeps each analysed document's Doc in
    ``Result.docs`` (in input order; a document processed in pieces gets one Doc built from its
    pieces' tokens, sentences and entities); ``progress`` is called with every article or error
    as it is done. Each document goes through the same core as ``run`` (:mod:`nlp_pipeline.process`),
    so both give the same tables. Ctrl-C raises :class:`Interrupted` whose ``.result`` holds the
    tables of the documents already done.
    """
    if nlp is None:
        from . import pipeline

        nlp = pipeline.get_nlp(model)
    opts = ProcessOptions(batch_size=batch_size, max_chars=max_chars, keep_docs=keep_docs)
    records = enumerate(iter_articles(inputs, text_field=text_field, id_field=id_field, input_format=input_format))
    corpus, docs = T.Corpus(), []
    try:
        for batch in batched(records, batch_size):
            for (_, record), (_, outcome) in zip(batch, process_items(batch, nlp, opts)):
                if outcome[0] == "ok":
                    corpus.add(outcome[1])
                    if keep_docs:
                        docs.append(outcome[2])
                else:
                    corpus.add_failed(outcome[1], outcome[2])
                if progress:
                    progress(record)
    except KeyboardInterrupt as exc:
        raise Interrupted(Result.from_tables(corpus.tables(), docs=docs if keep_docs else None)) from exc
    return Result.from_tables(corpus.tables(), docs=docs if keep_docs else None)


def run(
    inputs: Any,
    out: str | os.PathLike,
    *,
    model: str | os.PathLike = "bundled",
    nlp=None,
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    format: str = "parquet",
    input_format: str | None = None,
    text_field: str = "text",
    id_field: str | None = None,
    batch_size: int = 32,
    max_chars: int = DEFAULT_MAX_CHARS,
    resume: bool = False,
    overwrite: bool = False,
    keep_parts: bool = False,
    progress: Callable[[int | None], Any] | None = None,
) -> RunSummary:
    """What ``nlp-pipeline run`` does, without printing: analyse ``inputs`` into the folder ``out``.

    Streaming, parallel (``workers`` processes; ``None`` = one per core, one in-process worker for
    small inputs; ``engine="dask"`` runs the batches on a Dask cluster at ``scheduler``, or on a
    local one), crash-safe and resumable (``resume=True`` continues an interrupted run;
    ``overwrite=True`` replaces an earlier one). The tables are written to ``out`` in ``format``
    (parquet, csv, jsonl, xlsx); :func:`open_result` reads them back. ``nlp`` runs a ready
    pipeline in this process instead of ``model``. ``progress`` is called once with the expected
    number of documents (``None`` when unknown) and returns a context manager whose
    ``update(entry)`` gets the statistics of each finished batch.

    Returns a :class:`~nlp_pipeline.engine.RunSummary` (counts, rows per table, paths, time).
    Raises :class:`~nlp_pipeline.engine.EngineError` for usage problems (exit 2 in the CLI: a
    ``batch_size``, ``max_chars`` or ``workers`` below 1, an ``out`` that is a file or cannot be made, ...),
    :class:`~nlp_pipeline.engine.RunFailed` when the run stops on an error that is not about one
    document (parts kept), :class:`Interrupted` on Ctrl-C or SIGTERM (``.result`` is the summary; the
    partial tables are written and the parts kept for ``resume``; ``.result.stopped_by`` names the signal).
    """
    opts = RunOptions(
        model=str(model),
        engine=engine,
        workers=workers,
        scheduler=scheduler,
        batch_size=batch_size,
        max_chars=max_chars,
        format=format,
        input_format=input_format,
        text_field=text_field,
        id_field=id_field,
        resume=resume,
        overwrite=overwrite,
        keep_parts=keep_parts,
        nlp=nlp,
    )
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    return run_batch(list(inputs), out, opts, progress_factory=progress)


# ------------------------------------------------------------------ info and scoring


def info(model: str | os.PathLike = "bundled") -> dict[str, Any]:
    """Version, model location and components (``error`` set when the model cannot be loaded)."""
    import spacy

    from . import __version__, pipeline
    from .nlp.backends import resolve

    details: dict[str, Any] = {"nlp-pipeline": __version__, "spacy": spacy.__version__, "model": str(model)}
    try:
        resolved = resolve(model)
        details["model kind"] = resolved.kind
        if resolved.path is not None:
            details["model path"] = str(resolved.path.resolve())
        nlp = pipeline.get_nlp(model)
        details.update(_model_identity(resolved, nlp.meta, __version__))
        details["components"] = list(nlp.pipe_names)
        if "ner" in nlp.pipe_names:
            from .nlp.labels import map_label

            details["entity labels"] = [
                label if map_label(label) == label else f"{label} → {map_label(label)}"
                for label in nlp.get_pipe("ner").labels
            ]
    except Exception as exc:
        details["error"] = f"{type(exc).__name__}: {exc}"
    return details


SPACY_DEFAULT_VERSION = "0.0.0"  # what spaCy writes to meta.json when a pipeline was never given a version


def _model_identity(resolved, meta: dict[str, Any], package_version: str) -> dict[str, str]:
    """``model name`` and ``model version`` for :func:`info`, and ``model card`` when the folder has one.

    A pipeline folder (the bundled model, ``--model PATH``) is named by its folder: its meta.json
    keeps spaCy's placeholder name (``pipeline``). A version of ``0.0.0`` is spaCy's placeholder
    too: the bundled model has no version of its own, it ships with the package.
    """
    meta_name = f"{meta.get('lang')}_{meta.get('name')}"
    name = resolved.name if resolved.kind in ("bundled", "path") and resolved.name else meta_name
    version = str(meta.get("version") or "")
    if version in ("", SPACY_DEFAULT_VERSION):
        version = (
            f"none of its own: ships with nlp-pipeline {package_version}"
            if resolved.kind == "bundled"
            else "not given (meta.json)"
        )
    out = {"model name": name, "model version": version}
    card = resolved.path / "README.md" if resolved.path is not None and resolved.kind in ("bundled", "path") else None
    if card is not None and card.is_file():
        out["model card"] = str(card.resolve())
    return out


def evaluate_ner(
    path: str | os.PathLike, *, nlp=None, model: str | os.PathLike = "bundled"
) -> dict[str, dict[str, float]]:
    """Entity P/R/F (overall as ``ALL`` and per label) of the pipeline on a spaCy DocBin."""
    from spacy.tokens import DocBin
    from spacy.training import Example

    from . import pipeline

    nlp = nlp if nlp is not None else pipeline.get_nlp(model)
    gold = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    examples = [Example(nlp.make_doc(doc.text), doc) for doc in gold]
    scores = nlp.evaluate(examples)
    out = {
        "ALL": {"p": scores.get("ents_p") or 0.0, "r": scores.get("ents_r") or 0.0, "f": scores.get("ents_f") or 0.0}
    }
    for label, s in sorted((scores.get("ents_per_type") or {}).items()):
        out[label] = {"p": s["p"], "r": s["r"], "f": s["f"]}
    return out
