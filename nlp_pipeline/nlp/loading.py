"""Load a Swedish spaCy pipeline and add the project's components to it.

``load()`` is the one way the rest of the project gets a ``Language``:
the bundled model in ``models/`` by default, or a path to any spaCy pipeline
directory. Entity linking and quote attribution are added on top.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from . import paragraphs, tokenizer  # noqa: F401  (register factories and callbacks)

BUNDLED_NAME = "sv_news_nlp"


class ModelNotFound(RuntimeError):
    pass


def bundled_model_path() -> Path:
    """Where the bundled model lives: ``models/`` beside the package (source checkout)."""
    here = Path(__file__).resolve().parents[2] / "models" / BUNDLED_NAME
    return here


def resolve_model(model: str | Path = "bundled") -> Path:
    path = bundled_model_path() if str(model) == "bundled" else Path(model)
    if not (path / "config.cfg").exists():
        raise ModelNotFound(
            f"No spaCy pipeline at {path}. The bundled model ships in models/{BUNDLED_NAME}; "
            "rebuild it with `make train` or pass a pipeline directory."
        )
    return path


def load(model: str | Path = "bundled", *, quotes: bool = True, disable: list[str] | None = None) -> Language:
    """Return the spaCy pipeline with entity linking and (by default) quote attribution."""
    nlp = spacy.load(resolve_model(model), disable=disable or [])
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
