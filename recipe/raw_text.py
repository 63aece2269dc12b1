"""The raw Swedish text of ``../shared/corpora`` for vectors and self-training, read one way.

* ``regeringen_g0vse/pages.jsonl.gz``: regeringen.se pages (press releases, speeches, articles, …);
* ``riksdagen_interpellations/interpellations.jsonl.gz``: Riksdag interpellations.

Pages that the quote dev set was made from (its ``SOURCES.tsv`` names their g0vse paths) are left
out, so that nothing learned from raw text has seen a dev article.
"""

from __future__ import annotations

import gzip
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

ARCHIVES = {
    "regeringen": "regeringen_g0vse/pages.jsonl.gz",
    "riksdagen": "riksdagen_interpellations/interpellations.jsonl.gz",
}
# "github:civictechsweden/g0vse@<commit> (branch data) : pressmeddelanden/2024/07/x.md"
_G0VSE_PATH = re.compile(r"g0vse@\S+(?: \([^)]*\))? : (\S+)")


def excluded_paths(sources: Path | None) -> set[str]:
    """The g0vse paths a quote dev set's ``SOURCES.tsv`` names (none when it is missing)."""
    if sources is None or not sources.exists():
        return set()
    return {m.group(1) for m in _G0VSE_PATH.finditer(sources.read_text(encoding="utf-8"))}


def add_exclude_option(ap) -> None:
    """The ``--exclude-sources`` option of a recipe command that reads the raw archives."""
    ap.add_argument(
        "--exclude-sources",
        type=Path,
        default=None,
        help="a quote dev set's SOURCES.tsv: its pages are left out (default: CORPORA/../quotes-dev/SOURCES.tsv)",
    )


def default_sources(corpora: Path) -> Path:
    """The quote dev set's ``SOURCES.tsv`` beside the corpora (``../shared/quotes-dev``)."""
    return corpora.parent / "quotes-dev" / "SOURCES.tsv"


def exclusions(args) -> set[str]:
    """The pages to leave out, from parsed ``--corpora``/``corpora`` and ``--exclude-sources``; says which."""
    sources = args.exclude_sources or default_sources(args.corpora)
    exclude = excluded_paths(sources)
    print(f"left out: {len(exclude)} pages named in {sources}" if exclude else f"left out: none ({sources} not found)")
    return exclude


def records(corpora: Path, name: str, exclude: set[str] = frozenset()) -> Iterator[dict]:
    """The records of one archive (``ARCHIVES``), without the excluded paths."""
    with gzip.open(corpora / ARCHIVES[name], "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record.get("path") not in exclude:
                yield record


def archive_paragraphs(corpora: Path, exclude: set[str] = frozenset()) -> Iterator[str]:
    """Every paragraph of every archive (``ARCHIVES``), without the excluded paths."""
    for name in ARCHIVES:
        for record in records(corpora, name, exclude):
            yield from paragraphs(record.get("text") or "")


def paragraphs(text: str) -> Iterator[str]:
    """A page's paragraphs as single lines, Markdown heading marks dropped."""
    for para in text.split("\n\n"):
        para = " ".join(para.lstrip("#").split())
        if para:
            yield para


def is_prose(para: str, min_words: int = 12, max_words: int = 120) -> bool:
    """A paragraph of running text: enough words, mostly letters, ending like a sentence
    (not a table row, list heading, address block or OCR debris)."""
    words = para.split()
    if not min_words <= len(words) <= max_words or para[-1] not in '.!?”"':
        return False
    letters = sum(c.isalpha() for c in para)
    return letters / len(para) > 0.75 and "|" not in para and "@" not in para


def sample_prose(
    corpora: Path, name: str, n: int, seed: int, exclude: set[str] = frozenset(), sections: set[str] | None = None
) -> list[str]:
    """``n`` prose paragraphs of one archive, drawn at random (``seed``) from its records (those of
    ``sections`` only, where given)."""
    pool = [
        para
        for record in records(corpora, name, exclude)
        if sections is None or record.get("section") in sections
        for para in paragraphs(record.get("text") or "")
        if is_prose(para)
    ]
    rng = random.Random(seed)
    return rng.sample(pool, min(n, len(pool)))
