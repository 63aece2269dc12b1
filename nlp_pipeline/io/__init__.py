"""Reading articles in (writing the tables out is ``nlp_pipeline.writers``).

``read_articles(inputs, ...)`` is the one entry point: a lazy generator of
:class:`Article` (decoded, newline-normalised text with boilerplate spans) and
:class:`ReadError` records, with document ids made unique across the run.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from .boilerplate import boilerplate_spans
from .decoding import decode_bytes, normalise_text
from .readers import ReadOptions, read_source
from .records import Article, ReadError, escape_name, raw_name, storable
from .sources import INPUT_FORMATS, SkippedInput, iter_sources, missing_inputs

__all__ = [
    "Article",
    "ReadError",
    "ReadOptions",
    "read_articles",
    "unique_ids",
    "boilerplate_spans",
    "decode_bytes",
    "normalise_text",
    "INPUT_FORMATS",
    "missing_inputs",
    "escape_name",
    "raw_name",
    "SkippedInput",
]


def read_articles(
    inputs: Iterable[str | os.PathLike],
    *,
    input_format: str | None = None,
    text_field: str = "text",
    id_field: str | None = None,
    max_document_bytes: int | str | None = None,
    max_member_bytes: int | str | None = None,
) -> Iterator[Article | ReadError]:
    """Articles from files, folders, globs and ``-`` (stdin), lazily and in a stable order.

    Every string of every record can be stored: a file name that is not UTF-8 appears
    in ``doc_id`` and ``source`` with its bad bytes as ``\\xNN`` (:func:`raw_name` gives
    the bytes back), and lone surrogates in texts and fields become U+FFFD.

    ``max_document_bytes`` and ``max_member_bytes`` cap what one document and one
    compressed file or zip member may take (see :mod:`nlp_pipeline.io.readers`; default
    from ``NLP_PIPELINE_MAX_DOCUMENT_BYTES`` / ``NLP_PIPELINE_MAX_MEMBER_BYTES``, else
    200 MiB and 4 GiB); what is over a cap is a ``ReadError``.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    if input_format is not None and input_format not in INPUT_FORMATS:
        raise ValueError(f"unknown input format {input_format!r}; choose from {', '.join(INPUT_FORMATS)}")
    options = ReadOptions(
        input_format=input_format,
        text_field=text_field,
        id_field=id_field,
        max_document_bytes=max_document_bytes,
        max_member_bytes=max_member_bytes,
    )

    def records() -> Iterator[Article | ReadError]:
        for source in iter_sources(inputs, input_format):
            if isinstance(source, ReadError):
                yield storable(source)
            else:
                for record in read_source(source, options):
                    yield storable(record)

    return unique_ids(records())


def unique_ids(records: Iterable[Article | ReadError]) -> Iterator[Article | ReadError]:
    """Make ``doc_id`` unique within a run: a repeated id gets ``~2``, ``~3``, ..."""
    seen: dict[str, int] = {}
    for record in records:
        if record.doc_id is not None:
            base = record.doc_id
            if base in seen:
                n = seen[base] + 1
                while f"{base}~{n}" in seen:
                    n += 1
                seen[base] = n
                record.doc_id = f"{base}~{n}"
            seen.setdefault(record.doc_id, 1)
        yield record
