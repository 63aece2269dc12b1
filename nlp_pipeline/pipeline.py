"""Getting a pipeline: ``load()`` and the one per-process cache every runner uses.

``load()`` is the one way the rest of the project gets a ``Language``: the bundled
model in ``models/`` by default, a path to any spaCy pipeline directory, an installed
spaCy package (``sv_core_news_lg``) or ``stanza`` / ``stanza:PATH`` / ``stanza:bundled``
(resolved by :mod:`nlp_pipeline.nlp.backends`), with the project's ``swedish_entities``
and ``swedish_quotes`` components added on top.

A *model spec* is what ``--model`` and ``model=`` take: one of the above, or
``package.module:function``, an importable function returning a ready ``Language`` (a
custom pipeline that worker processes and Dask workers build for themselves).
:func:`get_nlp` loads a spec once per process and keeps it.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
import threading
from pathlib import Path
from typing import Any

from spacy.language import Language

from .nlp import paragraphs, tokenizer  # noqa: F401  (register factories and callbacks)
from .nlp.backends import BUNDLED_NAME, ModelNotFound, ResolvedModel, bundled_model_path, load_pipeline, resolve

__all__ = [
    "BUNDLED_NAME",
    "ModelNotFound",
    "ResolvedModel",
    "add_project_components",
    "bundled_model_path",
    "check_model",
    "get_nlp",
    "is_factory",
    "load",
    "load_model",
    "resolve",
    "resolve_model",
]

_FACTORY = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")
_CACHE: dict[str, Any] = {}
_LOCK = threading.Lock()


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
    """Add ``swedish_entities`` (and ``swedish_quotes``) at the end of ``nlp`` unless it has them."""
    from .entities import component as _entities  # noqa: F401  (registers the factory)
    from .quotes import component as _quotes  # noqa: F401

    if "swedish_entities" not in nlp.pipe_names:
        nlp.add_pipe("swedish_entities", last=True)
    if quotes and "swedish_quotes" not in nlp.pipe_names:
        nlp.add_pipe("swedish_quotes", last=True)
    return nlp


def is_factory(spec: str | os.PathLike) -> bool:
    """``package.module:function`` (and not ``stanza:PATH`` or an existing path)."""
    spec = str(spec)
    return bool(_FACTORY.match(spec)) and not spec.startswith("stanza:") and not Path(spec).exists()


def _add_sys_path(paths: list[str] | None) -> None:
    """Make the parent's import paths importable here (factories defined outside the package)."""
    for p in paths or []:
        if p and p not in sys.path and Path(p).is_dir():
            sys.path.append(p)


def load_model(spec: str | os.PathLike):
    """A fresh pipeline for a model spec (no cache)."""
    spec = str(spec)
    if is_factory(spec):
        module, func = spec.split(":")
        return getattr(importlib.import_module(module), func)()
    return load(spec)


def check_model(spec: str | os.PathLike) -> None:
    """Raise (``ModelNotFound`` / ``ImportError`` / ``AttributeError``) when ``spec`` names nothing."""
    spec = str(spec)
    if is_factory(spec):
        module, func = spec.split(":")
        if not callable(getattr(importlib.import_module(module), func, None)):
            raise AttributeError(f"{spec}: no factory function {func!r} in {module}")
        return
    resolve(spec)


def _key(spec: str) -> str:
    return spec if is_factory(spec) else resolve(spec).key


def get_nlp(model: str | os.PathLike = "bundled", sys_path: list[str] | None = None):
    """The pipeline for a model spec, loaded once per process (``bundled`` and its path share one entry).

    ``sys_path``: import paths to add first (a worker process given its parent's, so that a
    ``module:function`` spec imports there too).
    """
    spec = str(model)
    with _LOCK:
        _add_sys_path(sys_path)
        key = _key(spec)
        if key not in _CACHE:
            _CACHE[key] = load_model(spec)
        return _CACHE[key]
