"""Everything ``analyze()`` and ``run()`` accept, as one lazy stream of articles and read errors.

* a ``pathlib.Path`` (any ``os.PathLike``) is a file, folder or glob;
* a ``str`` is a path when it is one line naming an existing file or folder, a glob with
  matches, or ``-`` (stdin); one line without white space that *looks* like a path (it has a
  ``/`` or ``\\``, or ends in an input extension such as ``.txt``) but names nothing raises
  ``FileNotFoundError`` instead of being analysed as a one-word text; any other ``str`` is
  the text of one article;
* a list may mix both; a ``pandas.DataFrame`` has one article a row.

Document ids are made unique across the whole stream (``~2``, ``~3``, ...).
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import read_articles, unique_ids
from .boilerplate import boilerplate_spans
from .decoding import normalise_text
from .readers import ReadOptions, guess_title, row_to_article
from .records import Article, ReadError, clean_text
from .sources import FORMATS, WRAPPERS, Source, is_glob

Record = Article | ReadError


def looks_like_path(text: str) -> bool:
    """One line naming an existing file or folder, a glob with matches, or ``-``."""
    if "\n" in text or not 0 < len(text) < 1024:
        return False
    try:
        return text == "-" or Path(text).exists() or (is_glob(text) and bool(glob.glob(text, recursive=True)))
    except OSError:  # a sentence longer than a file name may be ("File name too long") is a text
        return False


def mistyped_path(text: str) -> bool:
    """One line without white space that reads like a file name: a separator or an input extension."""
    if "\n" in text or not 0 < len(text) < 1024 or any(ch.isspace() for ch in text):
        return False
    if "/" in text or "\\" in text:
        return True
    suffixes = [s.lower() for s in Path(text).suffixes]
    while suffixes and suffixes[-1] in WRAPPERS:
        suffixes.pop()
    return bool(suffixes) and suffixes[-1] in FORMATS


def iter_articles(
    inputs: Any, *, text_field: str = "text", id_field: str | None = None, input_format: str | None = None
) -> Iterator[Record]:
    """Articles (and read errors) from any input ``analyze``/``run`` accept, lazily, in input order."""
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover
        pd = None
    if pd is not None and isinstance(inputs, pd.DataFrame):
        yield from unique_ids(_dataframe_articles(inputs, text_field, id_field))
        return
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    inputs = list(inputs)
    for item in inputs:  # fail before any work, not halfway through the stream
        if isinstance(item, str) and not looks_like_path(item) and mistyped_path(item):
            raise FileNotFoundError(
                f"no such file, folder or matching glob: {item!r} (to analyse it as a text, "
                "pass a text with white space in it, or use a list of texts)"
            )

    def records() -> Iterator[Record]:
        n_text = 0
        for item in inputs:
            if isinstance(item, os.PathLike) or (isinstance(item, str) and looks_like_path(item)):
                yield from read_articles([item], input_format=input_format, text_field=text_field, id_field=id_field)
            elif isinstance(item, str):
                n_text += 1
                text = clean_text(normalise_text(item))  # lone surrogates would break the writers
                spans = boilerplate_spans(text)
                yield Article(
                    doc_id=f"text-{n_text}",
                    text=text,
                    source="<text>",
                    format="text",
                    title=guess_title(text, spans),
                    boilerplate=spans,
                )
            else:
                raise TypeError(f"analyze() takes texts, paths or a DataFrame, not {type(item).__name__}")

    yield from unique_ids(records())


def _dataframe_articles(df, text_field: str, id_field: str | None) -> Iterator[Record]:
    if text_field not in df.columns:
        raise KeyError(f"no column {text_field!r} in the DataFrame (columns: {', '.join(map(str, df.columns))})")
    source = Source(name="<dataframe>", rel="row", open=lambda: None, format="dataframe")  # type: ignore[arg-type,return-value]
    options = ReadOptions(text_field=text_field, id_field=id_field)
    columns = [str(c) for c in df.columns]
    for n, (index, values) in enumerate(zip(df.index, df.itertuples(index=False, name=None)), start=1):
        row = dict(zip(columns, values))
        yield row_to_article(row, source, n, options, "dataframe", default_id=f"row-{index}")
