"""nlp_pipeline: Swedish press-text analysis as pandas tables.

>>> from nlp_pipeline import analyze
>>> result = analyze("– Vi är glada, säger Eva Jansson.")
>>> result.quotes[["speaker", "text"]]

``analyze`` reads texts, paths or a DataFrame and returns a :class:`Result` of
DataFrames (documents, entities, quotes, people, organisations, errors); ``run``
does what ``nlp-pipeline run`` does (streaming, parallel, resumable) into a folder;
``load`` returns the spaCy ``Language`` with the project's components.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["analyze", "run", "load", "open_result", "Result", "Interrupted", "Quote", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from .api import Interrupted, Result, analyze, open_result, run
    from .pipeline import load


def __getattr__(name: str) -> Any:
    # Lazy: importing the package must not import spaCy or build a pipeline.
    if name in ("analyze", "run", "Result", "open_result", "Interrupted"):
        from . import api

        return getattr(api, name)
    if name == "load":
        from .pipeline import load

        return load
    if name == "Quote":
        from .quotes.records import Quote

        return Quote
    raise AttributeError(f"module 'nlp_pipeline' has no attribute {name!r}")
