"""Gender of a person from their first name, by the SCB first-name lexicon.

The lexicon (``data/first_names.tsv.gz``, built by ``recipe/build_lexicon.py``) holds only
names where one gender dominates; it is loaded once, lazily, and cached.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "first_names.tsv.gz"
METHOD = "first-name lexicon (SCB)"
MIN_SHARE = 0.9

# Capitalised words that open sentences far more often than they name anyone.
NOT_FIRST_NAMES = {
    "Nu",
    "Dag",
    "Even",
    "Mark",
    "Per",
    "Man",
    "Vi",
    "Det",
    "Den",
    "Han",
    "Hon",
    "Men",
    "Om",
    "Allt",
    "Alla",
    "Sol",
    "Storm",
    "Bland",
    "Efter",
    "Under",
    "Enligt",
    "Också",
    "Även",
    "Ja",
    "Nej",
    "Hur",
    "Vad",
    "När",
    "Där",
    "Här",
    "Så",
    "Som",
    "Sedan",
    "Mer",
    "Miss",
    "Tack",
    "Vår",
    "Sommar",
    "Vinter",
    "Skog",
    "Äng",
    "Ny",
    "Fler",
    "Flera",
    "Europa",
    "Sverige",
    "Stockholm",
    "Lund",
    "Berg",
    "Backe",
    "Kyrka",
    "Ek",
    "Lind",
    "Gran",
    "Björk",
    "Ljung",
    "Ros",
    "Viol",
    "Lilja",
    "Hedda",
    "Ingen",
    "Inget",
    "Inga",
    "Idag",
    "Till",
    "Tre",
    "Två",
    "Sju",
    "Alltid",
    "Dessutom",
}


# Bearers needed before a capitalised word is taken for a first name on its own
# (rare "names" such as "Human" are mostly other words).
MIN_BEARERS_FOR_DETECTION = 50


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, float, int]]:
    table: dict[str, tuple[str, float, int]] = {}
    try:
        with gzip.open(DATA, "rt", encoding="utf-8") as fh:
            next(fh, None)
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 4:
                    table[parts[0]] = (parts[1], float(parts[2]), int(parts[3]))
    except (OSError, ValueError):
        return {}
    return table


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[str, float]]:
    """name -> (gender, share); loaded once. Empty when the data file is missing."""
    return {name: (g, share) for name, (g, share, _n) in _table().items()}


def is_first_name(word: str) -> bool:
    return word in lexicon()


def is_confident_first_name(word: str) -> bool:
    """A common first name that is not also a common sentence-opening word."""
    entry = _table().get(word)
    return entry is not None and entry[2] >= MIN_BEARERS_FOR_DETECTION and word not in NOT_FIRST_NAMES


def bearers(word: str) -> int:
    """How many people in Sweden have ``word`` as a given name (0 when the lexicon lacks it)."""
    entry = _table().get(word)
    return entry[2] if entry is not None else 0


# Sweden's population, for the share of it that bears a name
POPULATION = 10_500_000
SURNAMES = DATA.with_name("surnames.tsv.gz")


@lru_cache(maxsize=1)
def _surnames() -> dict[str, int]:
    with gzip.open(SURNAMES, "rt", encoding="utf-8") as fh:
        next(fh, None)
        return {name: int(n) for name, n in (line.rstrip("\n").split("\t") for line in fh)}


def namesakes(name: str) -> float:
    """About how many people in Sweden bear the full name ``name`` ("Johan Andersson": about 2,000), from the
    bearers of its given name and of its surname, as if the two were independent; 0 for a surname outside the
    1,000 most common ("Ebba Busch"), whose bearers are too few to count here."""
    words = name.split()
    if len(words) < 2:
        return 0.0
    return bearers(words[0].split("-")[0]) * _surnames().get(words[-1], 0) / POPULATION


def common_first_name(word: str) -> bool:
    """A given name of many bearers (1,000 or more: "Erik", "Karin"), not a surname a few hundred people
    also have as a given name ("Andersson")."""
    entry = _table().get(word)
    return entry is not None and entry[2] >= 1000


def gender_of(first_name: str) -> tuple[str | None, float]:
    """(gender, share) for a first name; (None, 0.0) if unknown or ambiguous."""
    entry = lexicon().get(first_name) or lexicon().get(first_name.capitalize())
    if entry is None:
        # double names: "Anna-Karin" -> Anna
        head = first_name.split("-")[0]
        entry = lexicon().get(head) if head != first_name else None
    if entry is None or entry[1] < MIN_SHARE:
        return None, 0.0
    return entry
