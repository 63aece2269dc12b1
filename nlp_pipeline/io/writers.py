"""Write tables to a folder (Parquet by default; CSV, JSONL or XLSX on request) and read them back.

One file per table: ``<dir>/<table>.<ext>``. Parquet and JSONL keep list
columns as arrays; CSV and XLSX store them as JSON strings. XLSX cells hold at
most 32,767 characters, so longer texts are cut there (use Parquet for the text).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd

FORMATS = {"parquet": ".parquet", "csv": ".csv", "jsonl": ".jsonl", "xlsx": ".xlsx"}
XLSX_MAX_CELL = 32_767


class OutputExists(FileExistsError):
    pass


def table_path(out_dir: str | os.PathLike, table: str, format: str) -> Path:
    return Path(out_dir) / f"{table}{FORMATS[format]}"


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | os.PathLike, *, format: str = "parquet",
                 overwrite: bool = False) -> list[Path]:
    if format not in FORMATS:
        raise ValueError(f"unknown output format {format!r}; choose from {', '.join(FORMATS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = [table_path(out, name, format) for name in tables]
    existing = [p for p in paths if p.exists()]
    if existing and not overwrite:
        raise OutputExists(f"{existing[0]} exists; pass overwrite=True (--overwrite) to replace the tables")
    for (name, df), path in zip(tables.items(), paths):
        tmp = path.with_name(f".{path.name}.tmp")
        _write_one(df, tmp, format)
        os.replace(tmp, path)
    return paths


def _jsonish(df: pd.DataFrame) -> pd.DataFrame:
    """List/dict columns as JSON strings (for CSV and XLSX)."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object:
            out[col] = out[col].map(lambda v: json.dumps(v, ensure_ascii=False, default=str)
                                    if isinstance(v, (list, dict, tuple)) else v)
    return out


def _write_one(df: pd.DataFrame, path: Path, format: str) -> None:
    if format == "parquet":
        df.to_parquet(path, index=False)
    elif format == "csv":
        _jsonish(df).to_csv(path, index=False)
    elif format == "jsonl":
        df.to_json(path, orient="records", lines=True, force_ascii=False)
    elif format == "xlsx":
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        clean = _jsonish(df)
        for col in clean.columns:
            if clean[col].dtype == object or str(clean[col].dtype) in ("string", "str"):
                clean[col] = clean[col].map(
                    lambda v: ILLEGAL_CHARACTERS_RE.sub("", v)[:XLSX_MAX_CELL] if isinstance(v, str) else v)
        clean.to_excel(path, index=False, engine="openpyxl")


def read_tables(directory: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """The tables in a result folder, cast back to their schemas (first format found wins)."""
    from .. import tables as T

    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"no result folder at {directory}")
    found: dict[str, pd.DataFrame] = {}
    for name in T.TABLES:
        for fmt, ext in FORMATS.items():
            path = directory / f"{name}{ext}"
            if path.exists():
                found[name] = T.conform(name, _read_one(path, fmt))
                break
        else:
            found[name] = T.empty(name)
    if all(len(df) == 0 for df in found.values()) and not any(
            (directory / f"{n}{e}").exists() for n in T.TABLES for e in FORMATS.values()):
        raise FileNotFoundError(f"no tables in {directory} (expected e.g. {directory / 'people.parquet'})")
    return found


def _read_one(path: Path, format: str) -> pd.DataFrame:
    if format == "parquet":
        return pd.read_parquet(path)
    if format == "csv":
        return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    if format == "jsonl":
        return pd.read_json(path, orient="records", lines=True, dtype=False)
    return pd.read_excel(path, dtype=object)
