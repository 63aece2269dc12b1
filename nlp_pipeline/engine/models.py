"""Model specs: how a worker (in this process, another process, or a Dask worker) gets its pipeline.

A spec is a string:

* ``"bundled"``, a path to a spaCy pipeline folder, an installed spaCy package name
  (``sv_core_news_sm``) or ``"stanza"`` / ``"stanza:PATH"``: ``nlp_pipeline.load(spec)``, resolved
  by :mod:`nlp_pipeline.nlp.backends` in each worker (so the spec must resolve there too);
* ``"package.module:function"``: an importable factory returning a ready ``Language``
  (custom pipelines; the tests use ``conftest:make_stub_nlp``).

Each process loads a spec once and keeps it (:func:`get_model`).
"""

from __future__ import annotations

import importlib
import re
import sys
import threading
from pathlib import Path
from typing import Any

_FACTORY = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")
_CACHE: dict[str, Any] = {}
_LOCK = threading.Lock()


def is_factory(spec: str) -> bool:
    spec = str(spec)
    return bool(_FACTORY.match(spec)) and not spec.startswith("stanza:") and not Path(spec).exists()


def add_sys_path(paths: list[str] | None) -> None:
    """Make the parent's import paths importable here (factories defined outside the package)."""
    for p in paths or []:
        if p and p not in sys.path and Path(p).is_dir():
            sys.path.append(p)


def load_model(spec: str):
    """A fresh pipeline for ``spec`` (no cache)."""
    spec = str(spec)
    if is_factory(spec):
        module, func = spec.split(":")
        return getattr(importlib.import_module(module), func)()
    from ..nlp.loading import load

    return load(spec)


def check_model(spec: str) -> None:
    """Raise (``ModelNotFound`` / ``ImportError`` / ``AttributeError``) when ``spec`` names nothing."""
    spec = str(spec)
    if is_factory(spec):
        module, func = spec.split(":")
        if not callable(getattr(importlib.import_module(module), func, None)):
            raise AttributeError(f"{spec}: no factory function {func!r} in {module}")
        return
    from ..nlp.backends import resolve

    resolve(spec)


def get_model(spec: str, sys_path: list[str] | None = None):
    """The pipeline for ``spec``, loaded once per process."""
    spec = str(spec)
    with _LOCK:
        if spec not in _CACHE:
            add_sys_path(sys_path)
            _CACHE[spec] = load_model(spec)
        return _CACHE[spec]
