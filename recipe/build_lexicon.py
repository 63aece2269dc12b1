"""Build the compact lexicons shipped in the package (``nlp_pipeline/lang/data``): first names, places,
countries and the common surnames' bearers (``surnames.tsv.gz``).

Reads the SCB name counts in ``<corpora>/svensktext/namn`` (first names and
tilltalsnamn, women and men), sums the bearers of each single-word name per
gender and keeps the names where one gender clearly dominates.

    python -m recipe.build_lexicon /path/to/shared/corpora

Output: ``first_names.tsv.gz`` (``nlp_pipeline.lang.gender.DATA``) with the columns
``name``, ``gender`` (``female``/``male``), ``share`` (of that gender, 0-1) and
``bearers`` (both genders together).

And ``places.txt.gz`` (``nlp_pipeline.lang.places.DATA``): Swedish municipalities, counties,
localities, countries and capitals from ``<corpora>/svensktext/platser``, one name
a line, used to tell a place from an organisation named beside other organisations.
"""

from __future__ import annotations

import csv
import gzip
import sys
from collections import defaultdict
from pathlib import Path

from nlp_pipeline.lang import gender as gender_lexicon
from nlp_pipeline.lang import places as place_lexicon

MIN_SHARE = 0.9
MIN_BEARERS = 5
# The package data files the runtime reads (the recipe lives beside the package, not in it).
OUTPUT = gender_lexicon.DATA
SOURCES = {
    "female": ("fornamn-kvinnor.csv", "tilltalsnamn-kvinnor.csv"),
    "male": ("fornamn-man.csv", "tilltalsnamn-man.csv"),
}


def _read(path: Path) -> dict[str, int]:
    seen: dict[str, int] = {}
    if not path.exists():
        return seen
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            name = (row.get("name") or "").strip()
            if not name or " " in name or not name[0].isalpha():
                continue
            try:
                n = int(row.get("persons") or 0)
            except ValueError:
                continue
            seen[name] = seen.get(name, 0) + n
    return seen


def count_names(namn_dir: Path) -> dict[str, dict[str, int]]:
    """Bearers per gender. The name a person is called by (tilltalsnamn) decides where
    it is known; all first names (which include middle names) fill in the rest."""
    called: dict[str, dict[str, int]] = defaultdict(lambda: {"female": 0, "male": 0})
    anyname: dict[str, dict[str, int]] = defaultdict(lambda: {"female": 0, "male": 0})
    for gender, (fornamn, tilltal) in SOURCES.items():
        for name, n in _read(namn_dir / tilltal).items():
            called[name][gender] += n
        for name, n in _read(namn_dir / fornamn).items():
            anyname[name][gender] += n
    counts: dict[str, dict[str, int]] = {}
    for name in set(called) | set(anyname):
        c = called.get(name)
        counts[name] = c if c is not None and c["female"] + c["male"] >= MIN_BEARERS else anyname.get(name, c)
    return counts


def _write_gzip(output: Path, body: str) -> None:
    """Write ``body`` gzipped, with no name or time in the header: rebuilds are byte-identical."""
    with open(output, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as fh:
        fh.write(body.encode("utf-8"))


def build(corpora: Path, output: Path = OUTPUT) -> int:
    namn_dir = Path(corpora) / "svensktext" / "namn"
    if not namn_dir.is_dir():
        raise FileNotFoundError(f"no SCB name lists at {namn_dir}")
    rows = []
    for name, c in count_names(namn_dir).items():
        total = c["female"] + c["male"]
        if total < MIN_BEARERS:
            continue
        gender = "female" if c["female"] >= c["male"] else "male"
        share = c[gender] / total
        if share >= MIN_SHARE:
            rows.append((name, gender, f"{share:.3f}", str(total)))
    rows.sort()
    output.parent.mkdir(parents=True, exist_ok=True)
    body = "name\tgender\tshare\tbearers\n" + "".join("\t".join(row) + "\n" for row in rows)
    _write_gzip(output, body)
    return len(rows)


PLACES_OUTPUT = place_lexicon.DATA
PLACE_COLUMNS = {
    "kommuner.csv": ["name"],
    "lan.csv": ["name", "residencetown"],
    "lander.csv": ["country", "capital"],
    "ortsnamn.csv": ["city"],
}


def build_places(corpora: Path, output: Path = PLACES_OUTPUT) -> int:
    platser = Path(corpora) / "svensktext" / "platser"
    if not platser.is_dir():
        raise FileNotFoundError(f"no place lists at {platser}")
    names: set[str] = set()
    for file, columns in PLACE_COLUMNS.items():
        with (platser / file).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for col in columns:
                    value = (row.get(col) or "").strip()
                    for suffix in (" kommun", " län"):
                        value = value.removesuffix(suffix)
                    if len(value) > 1:
                        names.add(value)
    _write_gzip(output, "".join(f"{n}\n" for n in sorted(names)))
    return len(names)


COUNTRIES_OUTPUT = place_lexicon.COUNTRIES
COUNTRY_COLUMNS = ["country", "alternative_name"]


def build_countries(corpora: Path, output: Path = COUNTRIES_OUTPUT) -> int:
    """The Swedish names of the world's countries (``lander.csv``: name and alternative name), one per line."""
    path = Path(corpora) / "svensktext" / "platser" / "lander.csv"
    if not path.is_file():
        raise FileNotFoundError(f"no country list at {path}")
    names: set[str] = set()
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            names.update(v for col in COUNTRY_COLUMNS if len(v := (row.get(col) or "").strip()) > 1)
    _write_gzip(output, "".join(f"{n}\n" for n in sorted(names)))
    return len(names)


SURNAMES_OUTPUT = gender_lexicon.SURNAMES
SURNAME_FILE = Path("svensktext/namn/history-c613c0a/efternamn.csv")


def build_surnames(corpora: Path, output: Path = SURNAMES_OUTPUT) -> int:
    """The 1,000 most common Swedish surnames with their bearers (Språkbanken, 1994-1997), the only surname
    counts in the corpora: ``name`` and ``bearers``, tab-separated."""
    path = Path(corpora) / SURNAME_FILE
    if not path.is_file():
        raise FileNotFoundError(f"no surname list at {path}")
    counts: dict[str, int] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            name = (row.get("lastname") or "").strip()
            if len(name) > 1 and name[0].isupper() and (row.get("frequency") or "").isdigit():
                counts[name] = counts.get(name, 0) + int(row["frequency"])
    _write_gzip(output, "name\tbearers\n" + "".join(f"{n}\t{c}\n" for n, c in sorted(counts.items())))
    return len(counts)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m recipe.build_lexicon CORPORA_DIR", file=sys.stderr)
        return 2
    n = build(Path(argv[0]))
    print(f"wrote {n} names to {OUTPUT}")
    n = build_places(Path(argv[0]))
    print(f"wrote {n} places to {PLACES_OUTPUT}")
    n = build_countries(Path(argv[0]))
    print(f"wrote {n} countries to {COUNTRIES_OUTPUT}")
    n = build_surnames(Path(argv[0]))
    print(f"wrote {n} surnames to {SURNAMES_OUTPUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
