"""The per-document core: records in, one outcome per record out.

Every way of running the pipeline goes through :func:`process_items`: ``analyze()``,
``run()`` in this process, the worker processes of the local engine and the Dask
workers. So the same input gives the same tables whichever way it is run.

The rules, in one place:

* a failing document never stops the run: read errors, empty texts, documents that are
  only boilerplate (an HTML page that is all navigation), pipeline and table errors
  each give an ``errors`` row and, for a document, a ``documents`` row with
  ``status == "error"`` (:func:`nlp_pipeline.tables.error_rows` decides when an error
  is about one document);
* a document longer than ``max_chars`` (or the pipeline's ``max_length``) is processed
  in pieces at paragraph boundaries (:mod:`nlp_pipeline.chunking`);
* a batch goes through ``nlp.pipe`` in groups of at most ``max_chars`` characters (a
  group's Docs are parsed together, and the parser's working memory grows with the
  characters of the group); when a group fails, its documents are run one by one so that
  only the broken one fails;
* memory does not grow with a document's length beyond one piece: the pieces of a long
  document go through the pipeline one at a time, and each piece's Doc is dropped once
  its rows are taken (with ``keep_docs`` they are kept, to be joined into one Doc).

An outcome is ``("ok", DocRows)`` (``("ok", DocRows, Doc)`` with ``keep_docs``) or
``("error", documents_row | None, errors_row)``: without the Doc, small enough to pickle
into a part file.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

from . import tables as T
from .chunking import DEFAULT_MAX_CHARS, PieceMerger, piece_article, split_text
from .io.records import Article, ReadError

Item = tuple[int, Any]  # (seq, Article | ReadError)
Outcome = tuple


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during ``analyze()`` or ``run()``: what was done is kept.

    ``.result`` is what the call would have returned for the documents already done:
    a :class:`nlp_pipeline.api.Result` from ``analyze()``, a
    :class:`nlp_pipeline.engine.RunSummary` from ``run()`` (whose parts are kept for
    ``resume=True``).
    """

    def __init__(self, result: Any) -> None:
        super().__init__("interrupted")
        self.result = result


@dataclasses.dataclass
class ProcessOptions:
    batch_size: int = 32  # nlp.pipe batch size
    max_chars: int = DEFAULT_MAX_CHARS  # longer documents are processed in pieces
    keep_docs: bool = False  # add each document's Doc to its outcome (analyze(keep_docs=True))
    # called with (doc_id, pieces done, pieces) after each piece of a long document: progress within it
    # (in this process only: a worker process has no one to tell)
    on_piece: Callable[[str, int, int], None] | None = None


def error_outcome(article: Article, reason: str, stage: str = "read") -> Outcome:
    error = ReadError(
        source=article.source,
        line=article.line,
        doc_id=article.doc_id,
        format=article.format,
        stage=stage,
        reason=reason,
    )
    document = T.document_row(article, n_tokens=None, n_sentences=None, n_entities=None, n_quotes=None)
    document.update(status="error", error=error.reason)
    return ("error", document, T.error_rows(error)[1])


def read_error_outcome(error: ReadError) -> Outcome:
    document, err = T.error_rows(error)
    return ("error", document, err)


def only_boilerplate(article: Article) -> bool:
    """Every non-space character lies in a boilerplate span."""
    if not article.boilerplate:
        return False
    pos = 0
    for s, e in sorted(article.boilerplate):
        if s > pos and article.text[pos:s].strip():
            return False
        pos = max(pos, e)
    return not article.text[pos:].strip()


def make_doc(nlp, article: Article):
    """The tokenised Doc of an article, with its id and boilerplate spans in ``user_data``."""
    doc = nlp.make_doc(article.text)
    doc.user_data["doc_id"] = article.doc_id
    doc.user_data["boilerplate"] = [[int(s), int(e)] for s, e in article.boilerplate]
    return doc


def _groups(articles: list[Article], batch_size: int, max_chars: int) -> Iterator[list[Article]]:
    """Consecutive runs of at most ``batch_size`` articles and (unless one article alone is longer)
    ``max_chars`` characters: what one ``nlp.pipe`` batch holds at once."""
    group: list[Article] = []
    chars = 0
    for article in articles:
        n = len(article.text)
        if group and (len(group) >= batch_size or chars + n > max_chars):
            yield group
            group, chars = [], 0
        group.append(article)
        chars += n
    if group:
        yield group


def _pipe(
    nlp, articles: list[Article], batch_size: int, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[tuple[Any, str | None]]:
    """(doc, None) or (None, reason) per article, in order.

    The articles go through ``nlp.pipe`` in groups (:func:`_groups`): spaCy parses a batch's
    Docs together, so its working memory is that of the batch's characters; a group that fails is
    run again one document at a time, so that only the broken one fails.
    """
    for group in _groups(articles, batch_size, max_chars):
        try:
            docs = list(nlp.pipe((make_doc(nlp, a) for a in group), batch_size=len(group)))
        except Exception:
            docs = None
        if docs is not None and len(docs) == len(group):
            while docs:  # hand each Doc on and hold it no longer
                yield docs.pop(0), None
            continue
        docs = None
        for article in group:  # one failed (or the pipeline lost a Doc): find which, keep the others
            try:
                yield nlp(make_doc(nlp, article)), None
            except Exception as exc:
                yield None, f"{type(exc).__name__}: {exc}"


def _rows(doc, article: Article, keep_docs: bool) -> Outcome:
    try:
        rows = T.doc_rows(doc, article)
    except Exception as exc:  # a bug or a contract mismatch: keep the run going
        return error_outcome(article, f"{type(exc).__name__}: {exc}", stage="tables")
    return ("ok", rows, doc) if keep_docs else ("ok", rows)


def _long_document(nlp, article: Article, opts: ProcessOptions) -> Outcome:
    """A document over ``max_chars``: its pieces one at a time, each piece's Doc and rows dropped once
    merged (issue 25: all the pieces went through one ``nlp.pipe`` call and their Docs were held to
    the end, so a 1,000,000-character document took 1.6 GB)."""
    pieces = split_text(article.text, opts.max_chars)
    merger = PieceMerger(article)
    docs = []
    for i, (s, e) in enumerate(pieces):
        sub = piece_article(article, s, e, i)
        ((doc, reason),) = _pipe(nlp, [sub], 1, opts.max_chars)
        if reason is not None:
            return error_outcome(article, reason, stage="nlp")
        result = _rows(doc, sub, keep_docs=False)
        if result[0] != "ok":
            return error_outcome(article, result[2]["reason"], stage="tables")
        try:
            merger.add(s, result[1])
        except Exception as exc:
            return error_outcome(article, f"{type(exc).__name__}: {exc}", stage="tables")
        if opts.keep_docs:
            docs.append(doc)
        del doc, sub, result
        if opts.on_piece is not None:
            opts.on_piece(article.doc_id, i + 1, len(pieces))
    try:
        merged = merger.result()
    except Exception as exc:
        return error_outcome(article, f"{type(exc).__name__}: {exc}", stage="tables")
    if not opts.keep_docs:
        return ("ok", merged)
    from spacy.tokens import Doc

    whole = Doc.from_docs(docs, ensure_whitespace=False, exclude=["user_data"])
    whole.user_data["doc_id"] = article.doc_id
    whole.user_data["boilerplate"] = [[int(s), int(e)] for s, e in article.boilerplate]
    return ("ok", merged, whole)


def process_items(items: list[Item], nlp, opts: ProcessOptions | None = None) -> list[tuple[int, Outcome]]:
    """``[(seq, outcome), ...]`` in the order of ``items`` (see the module docstring)."""
    opts = opts or ProcessOptions()
    results: dict[int, Outcome] = {}
    short: list[tuple[int, Article]] = []
    limit = min(opts.max_chars, getattr(nlp, "max_length", opts.max_chars) or opts.max_chars)
    for seq, record in items:
        if isinstance(record, ReadError):
            results[seq] = read_error_outcome(record)
        elif not record.text.strip():
            results[seq] = error_outcome(record, "empty document text")
        elif only_boilerplate(record):
            results[seq] = error_outcome(record, "no article text: only navigation or other boilerplate")
        elif len(record.text) > limit:
            results[seq] = _long_document(nlp, record, dataclasses.replace(opts, max_chars=limit))
        else:
            short.append((seq, record))
    articles = [a for _, a in short]
    docs = _pipe(nlp, articles, opts.batch_size, limit)
    for seq, article in short:
        # next(), not zip(): zip's reused result tuple would hold this Doc while the next group is parsed
        doc, reason = next(docs, (None, "the pipeline gave no Doc for this document"))
        results[seq] = (
            _rows(doc, article, opts.keep_docs) if reason is None else error_outcome(article, reason, stage="nlp")
        )
        del doc
    return [(seq, results[seq]) for seq, _ in items]


def stats_of(results: list[tuple[int, Outcome]]) -> dict[str, int]:
    ok = [r[1] for _, r in results if r[0] == "ok"]
    return {
        "records": len(results),
        "ok": len(ok),
        "failed": sum(1 for _, r in results if r[0] == "error"),
        "words": sum(int(rows.document.get("n_tokens") or 0) for rows in ok),
        "quotes": sum(len(rows.quotes) for rows in ok),
    }
