"""The model recipe: converters, training config, training, hold-out evaluation, lexicons.

Not part of the installed package (setuptools installs ``nlp_pipeline*`` only) and never
imported by it: the Makefile runs it from the repository root (``python -m recipe.prepare``,
``make train``, ``make evaluate`` ...), where ``recipe`` is importable.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def child_env(**overrides: str) -> dict[str, str]:
    """``os.environ`` for a ``python -m recipe.X`` child: the checkout first on ``PYTHONPATH``,
    so the recipe is importable whatever the working directory, plus ``overrides``."""
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), path] if path else [str(ROOT)]), **overrides}
