"""nlp_pipeline: Swedish press-text analysis as pandas tables.

>>> from nlp_pipeline import analyze
>>> result = analyze("– Vi är glada, säger Eva Jansson.")
>>> result.quotes[["speaker", "text"]]

``analyze`` reads texts, paths or a DataFrame and returns a :class:`Result` of
DataFrames (documents, entities, quotes, people, organisations, errors);
``load`` returns the spaCy ``Language`` with the project's components.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["analyze", "load", "open_result", "Result", "Quote", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from .api import Result, analyze
    from .nlp.loading import load


def __getattr__(name: str) -> Any:
    # Lazy: importing the package must not import spaCy or build a pipeline.
    if name in ("analyze", "Result", "open_result"):
        from . import api

        return getattr(api, name)
    if name == "load":
        from .nlp.loading import load

        return load
    if name == "Quote":
        try:
            from .quotes.records import Quote  # type: ignore[import-not-found]
        except ImportError:
            try:
                from .quotes import Quote  # type: ignore[attr-defined]
            except ImportError as exc:
                raise AttributeError("nlp_pipeline.Quote is not available (quotes module missing)") from exc
        return Quote
    raise AttributeError(f"module 'nlp_pipeline' has no attribute {name!r}")
