"""``analyze()``: texts, paths or a DataFrame in, a :class:`Result` of DataFrames out.

>>> from nlp_pipeline import analyze
>>> result = analyze(["– Vi är glada, säger Eva Jansson.", "Volvo varslar i Göteborg."])
>>> result.people, result.quotes
>>> analyze(my_df, text_field="body").quotes
>>> analyze([Path("archive/")]).write("out/", format="csv")

Inputs: a ``str`` is one text (unless it is a single line naming an existing file
or folder, or a glob that matches, then it is a path); a ``pathlib.Path`` is a file, folder or glob; a
list may mix both; a ``DataFrame`` has one article a row. Documents that fail are
recorded in ``result.errors`` (and as ``status == "error"`` in ``documents``);
everything else is kept.
"""

from __future__ import annotations

import dataclasses
import glob
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from . import tables as T
from .io import Article, ReadError, read_articles, unique_ids
from .io.boilerplate import boilerplate_spans
from .io.decoding import normalise_newlines
from .io.readers import ReadOptions, guess_title, row_to_article
from .io.sources import Source, is_glob
from .io.writers import read_tables, write_tables

Record = Article | ReadError
_NLP_CACHE: dict[str, Any] = {}


def get_nlp(model: str | os.PathLike = "bundled"):
    """``nlp_pipeline.load(model)``, cached per model for the life of the process.

    ``model``: ``bundled``, a spaCy pipeline folder, an installed spaCy package name or
    ``stanza`` / ``stanza:PATH`` / ``stanza:bundled`` (see :mod:`nlp_pipeline.nlp.backends`).
    """
    from .nlp.backends import resolve
    from .nlp.loading import load

    key = resolve(model).key
    if key not in _NLP_CACHE:
        _NLP_CACHE[key] = load(model)
    return _NLP_CACHE[key]


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


# ------------------------------------------------------------------ inputs

def _looks_like_path(text: str) -> bool:
    """One line naming an existing file or folder, a glob with matches, or ``-``."""
    if "\n" in text or not 0 < len(text) < 1024:
        return False
    return text == "-" or Path(text).exists() or (is_glob(text) and bool(glob.glob(text, recursive=True)))


def iter_articles(inputs: Any, *, text_field: str = "text", id_field: str | None = None,
                  input_format: str | None = None) -> Iterator[Record]:
    """Articles (and read errors) from any input ``analyze`` accepts, lazily."""
    if isinstance(inputs, pd.DataFrame):
        yield from unique_ids(_dataframe_articles(inputs, text_field, id_field))
        return
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]

    def records() -> Iterator[Record]:
        n_text = 0
        for item in inputs:
            if isinstance(item, os.PathLike) or (isinstance(item, str) and _looks_like_path(item)):
                yield from read_articles([item], input_format=input_format, text_field=text_field,
                                         id_field=id_field)
            elif isinstance(item, str):
                n_text += 1
                text = normalise_newlines(item)
                spans = boilerplate_spans(text)
                yield Article(doc_id=f"text-{n_text}", text=text, source="<text>", format="text",
                              title=guess_title(text, spans), boilerplate=spans)
            else:
                raise TypeError(f"analyze() takes texts, paths or a DataFrame, not {type(item).__name__}")

    yield from unique_ids(records())


def _dataframe_articles(df: pd.DataFrame, text_field: str, id_field: str | None) -> Iterator[Record]:
    if text_field not in df.columns:
        raise KeyError(f"no column {text_field!r} in the DataFrame (columns: {', '.join(map(str, df.columns))})")
    source = Source(name="<dataframe>", rel="row", open=lambda: None, format="dataframe")  # type: ignore[arg-type,return-value]
    options = ReadOptions(text_field=text_field, id_field=id_field)
    columns = [str(c) for c in df.columns]
    for n, (index, values) in enumerate(zip(df.index, df.itertuples(index=False, name=None)), start=1):
        row = dict(zip(columns, values))
        yield row_to_article(row, source, n, options, "dataframe", default_id=f"row-{index}")


# ------------------------------------------------------------------ processing

def analyze(inputs: Any, *, nlp=None, model: str | os.PathLike = "bundled", text_field: str = "text",
            id_field: str | None = None, input_format: str | None = None, batch_size: int = 32,
            keep_docs: bool = False, progress: Callable[[Record], None] | None = None) -> Result:
    """Analyse texts, paths or a DataFrame; return all tables as DataFrames.

    ``nlp`` is a ready pipeline (default: ``load(model)``, cached); ``text_field``
    and ``id_field`` name the fields of row formats and DataFrames;
    ``input_format`` overrides detection by extension; ``progress`` is called
    with every article or error as it is done.
    """
    nlp = nlp if nlp is not None else get_nlp(model)
    records = iter_articles(inputs, text_field=text_field, id_field=id_field, input_format=input_format)
    corpus, docs = T.Corpus(), []
    try:
        process(records, nlp, batch_size=batch_size, keep_docs=keep_docs, progress=progress, corpus=corpus,
                docs=docs)
    except KeyboardInterrupt as exc:
        raise Interrupted(Result.from_tables(corpus.tables(), docs=docs if keep_docs else None)) from exc
    return Result.from_tables(corpus.tables(), docs=docs if keep_docs else None)


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during ``analyze``: ``.result`` holds the tables of the documents already done."""

    def __init__(self, result: Result) -> None:
        super().__init__("interrupted")
        self.result = result


def process(records: Iterable[Record], nlp, *, batch_size: int = 32, keep_docs: bool = False,
            progress: Callable[[Record], None] | None = None, corpus: T.Corpus | None = None,
            docs: list | None = None):
    """Run the pipeline over records in batches; a failing document never stops the run.

    Rows keep the input order (errors included), whatever the batching.
    """
    corpus = corpus if corpus is not None else T.Corpus()
    docs = docs if docs is not None else []
    pending: list[tuple[Record, ReadError | None]] = []  # in input order; error set = failed before the model
    n_articles = 0

    def flush() -> None:
        to_run = [r for r, err in pending if isinstance(r, Article) and err is None]
        outcomes = iter(_run_batch(to_run, nlp))
        for record, error in pending:
            if isinstance(record, ReadError):
                corpus.add_error(record)
            elif error is not None:
                _add_failed(corpus, record, error)
            else:
                article, doc, error = next(outcomes)
                if error is None:
                    try:
                        corpus.add(T.doc_rows(doc, article))
                        if keep_docs:
                            docs.append(doc)
                    except Exception as exc:  # a bug or a contract mismatch: keep the run going
                        error = ReadError(source=article.source, line=article.line, doc_id=article.doc_id,
                                          format=article.format, stage="tables", reason=f"{type(exc).__name__}: {exc}")
                if error is not None:
                    _add_failed(corpus, article, error)
            if progress:
                progress(record)
        pending.clear()

    for record in records:
        if isinstance(record, Article) and not record.text.strip():
            pending.append((record, ReadError(source=record.source, line=record.line, doc_id=record.doc_id,
                                              format=record.format, reason="empty document text")))
            continue
        pending.append((record, None))
        if isinstance(record, Article):
            n_articles += 1
            if n_articles % batch_size == 0:
                flush()
    if pending:
        flush()
    return corpus, docs


def _add_failed(corpus: T.Corpus, article: Article, error: ReadError) -> None:
    document = T.document_row(article, n_tokens=None, n_sentences=None, n_entities=None, n_quotes=None)
    document.update(status="error", error=error.reason)
    corpus.documents.append(document)
    corpus.errors.append(T.error_rows(error)[1])


def _make_doc(nlp, article: Article):
    doc = nlp.make_doc(article.text)
    doc.user_data["doc_id"] = article.doc_id
    doc.user_data["boilerplate"] = list(article.boilerplate)
    return doc


def _run_batch(batch: list[Article], nlp) -> Iterator[tuple[Article, Any, ReadError | None]]:
    if not batch:
        return
    try:
        docs = list(nlp.pipe([_make_doc(nlp, a) for a in batch]))
    except Exception:
        docs = None
    if docs is not None:
        for article, doc in zip(batch, docs):
            yield article, doc, None
        return
    for article in batch:  # one failed: find which, keep the others
        try:
            yield article, nlp(_make_doc(nlp, article)), None
        except Exception as exc:
            yield article, None, ReadError(source=article.source, line=article.line, doc_id=article.doc_id,
                                           format=article.format, stage="nlp", reason=f"{type(exc).__name__}: {exc}")


# ------------------------------------------------------------------ info and scoring

def info(model: str | os.PathLike = "bundled") -> dict[str, Any]:
    """Version, model location and components (``error`` set when the model cannot be loaded)."""
    import spacy

    from . import __version__
    from .nlp.backends import resolve

    details: dict[str, Any] = {"nlp-pipeline": __version__, "spacy": spacy.__version__, "model": str(model)}
    try:
        resolved = resolve(model)
        details["model kind"] = resolved.kind
        if resolved.path is not None:
            details["model path"] = str(resolved.path.resolve())
        nlp = get_nlp(model)
        details["model name"] = f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}"
        details["components"] = list(nlp.pipe_names)
        if "ner" in nlp.pipe_names:
            from .nlp.labels import map_label

            details["entity labels"] = [label if map_label(label) == label else f"{label} → {map_label(label)}"
                                        for label in nlp.get_pipe("ner").labels]
    except Exception as exc:
        details["error"] = f"{type(exc).__name__}: {exc}"
    return details


def evaluate_ner(path: str | os.PathLike, *, nlp=None, model: str | os.PathLike = "bundled") -> dict[str, dict[str, float]]:
    """Entity P/R/F (overall as ``ALL`` and per label) of the pipeline on a spaCy DocBin."""
    from spacy.tokens import DocBin
    from spacy.training import Example

    nlp = nlp if nlp is not None else get_nlp(model)
    gold = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    examples = [Example(nlp.make_doc(doc.text), doc) for doc in gold]
    scores = nlp.evaluate(examples)
    out = {"ALL": {"p": scores.get("ents_p") or 0.0, "r": scores.get("ents_r") or 0.0, "f": scores.get("ents_f") or 0.0}}
    for label, s in sorted((scores.get("ents_per_type") or {}).items()):
        out[label] = {"p": s["p"], "r": s["r"], "f": s["f"]}
    return out
