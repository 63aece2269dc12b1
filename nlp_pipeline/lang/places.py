"""Is a capitalised word a known place? Swedish municipalities, counties, localities,
countries and capitals (``data/places.txt.gz``, built by ``recipe/build_lexicon.py``), loaded
once, lazily, and cached."""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "places.txt.gz"


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        return frozenset(line.rstrip("\n") for line in fh if line.strip())


def is_place(word: str) -> bool:
    return word in _places()
