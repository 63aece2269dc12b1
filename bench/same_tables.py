"""Are two result folders the same? Every table, every row, every cell.

    .venv/bin/python bench/same_tables.py OLD_DIR NEW_DIR

Used to check that a refactoring changes no output: run ``nlp-pipeline run`` before and
after on the same inputs and compare. Rows are compared after sorting by the table's key
columns (so only content counts, not the order parts were merged in). Exit 0 when
identical, 1 otherwise (the first differences are printed).
"""

from __future__ import annotations

import sys

import pandas as pd

from nlp_pipeline.api import open_result
from nlp_pipeline.tables import TABLES

KEYS = {
    "documents": ["doc_id"],
    "entities": ["entity_id"],
    "quotes": ["quote_id"],
    "people": ["person_id"],
    "organisations": ["org_id"],
    "errors": ["doc_id", "source", "line", "reason"],
}


def _canonical(df: pd.DataFrame, table: str) -> pd.DataFrame:
    out = df.sort_values(KEYS[table]).reset_index(drop=True)
    # every cell as "type:repr", so that missing values compare equal and 1 != "1"
    return pd.DataFrame(
        {col: [f"{type(v).__name__}:{v!r}" for v in out[col]] for col in out.columns}, columns=list(out.columns)
    )


def compare(old_dir: str, new_dir: str) -> list[str]:
    old, new = open_result(old_dir), open_result(new_dir)
    problems = []
    for table in TABLES:
        a, b = _canonical(old.tables[table], table), _canonical(new.tables[table], table)
        if list(a.columns) != list(b.columns):
            problems.append(f"{table}: columns {list(a.columns)} != {list(b.columns)}")
            continue
        if len(a) != len(b):
            problems.append(f"{table}: {len(a)} rows != {len(b)} rows")
            continue
        diff = a != b
        if diff.any().any():
            rows = diff.any(axis=1)
            for i in list(rows[rows].index)[:5]:
                cols = [c for c in a.columns if diff.at[i, c]]
                for c in cols:
                    problems.append(f"{table} row {i} {c}: {a.at[i, c]!s:.120} != {b.at[i, c]!s:.120}")
    return problems


def main() -> int:
    old_dir, new_dir = sys.argv[1:3]
    problems = compare(old_dir, new_dir)
    for p in problems:
        print(p)
    sizes = {t: len(df) for t, df in open_result(new_dir).tables.items()}
    print("identical" if not problems else f"{len(problems)} differences", sizes)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
