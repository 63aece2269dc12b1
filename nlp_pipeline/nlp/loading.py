"""Load a Swedish spaCy pipeline and add the project's components to it.

``load()`` is the one way the rest of the project gets a ``Language``: the bundled
model in ``models/`` by default, a path to any spaCy pipeline directory, an
installed spaCy package (``sv_core_news_lg``) or ``stanza`` / ``stanza:PATH``
(see :mod:`nlp_pipeline.nlp.backends`, which resolves the spec). Entity linking
and quote attribution are added on top.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from . import paragraphs, tokenizer  # noqa: F401  (register factories and callbacks)
from .backends import BUNDLED_NAME, ModelNotFound, ResolvedModel, bundled_model_path, load_pipeline, resolve

__all__ = ["BUNDLED_NAME", "ModelNotFound", "ResolvedModel", "add_project_components", "bundled_model_path",
           "load", "resolve", "resolve_model"]


def resolve_model(model: str | Path = "bundled") -> Path:
    """The folder behind ``model`` (pipeline, package or stanza resources); :class:`ModelNotFound` if none."""
    resolved = resolve(model)
    return resolved.path if resolved.path is not None else Path(resolved.name)


def load(model: str | Path = "bundled", *, quotes: bool = True, disable: list[str] | None = None) -> Language:
    """Return the pipeline for ``model`` with entity linking and (by default) quote attribution."""
    nlp = load_pipeline(resolve(model), disable=disable)
    add_project_components(nlp, quotes=quotes)
    return nlp


def add_project_components(nlp: Language, *, quotes: bool = True) -> Language:
    from ..entities import component as _entities  # noqa: F401
    from ..quotes import component as _quotes  # noqa: F401

    if "swedish_entities" not in nlp.pipe_names:
        nlp.add_pipe("swedish_entities", last=True)
    if quotes and "swedish_quotes" not in nlp.pipe_names:
        nlp.add_pipe("swedish_quotes", last=True)
    return nlp
