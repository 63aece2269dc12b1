"""Write tables to a folder (Parquet by default; CSV, JSONL or XLSX on request) and read them back.

One file per table: ``<dir>/<table>.<ext>``. Parquet and JSONL keep list
columns as arrays; CSV and XLSX store them as JSON strings. CSV is UTF-8 with a
byte-order mark (``utf-8-sig``), so that Excel shows å, ä and ö (pandas, DuckDB and
:func:`read_tables` skip the mark). XLSX cells hold at most 32,767 characters, so
longer texts are cut there (use Parquet for the text).
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from .io.records import clean_text, escape_name, has_surrogates

FORMATS = {"parquet": ".parquet", "csv": ".csv", "jsonl": ".jsonl", "xlsx": ".xlsx"}
CSV_ENCODING = "utf-8-sig"  # a byte-order mark first: Excel reads the file as UTF-8, not as its code page
XLSX_MAX_CELL = 32_767


class OutputExists(FileExistsError):
    pass


def table_path(out_dir: str | os.PathLike, table: str, format: str) -> Path:
    return Path(out_dir) / f"{table}{FORMATS[format]}"


def check_out_dir(out_dir: str | os.PathLike) -> Path:
    """``out_dir`` as a ``Path`` when it is (or can be made) a folder; ``NotADirectoryError``
    with a plain message when it, or a folder above it, is a file."""
    out = Path(out_dir)
    for folder in (out, *out.parents):
        if folder.exists():
            if not folder.is_dir():
                what = "is a file" if folder == out else f"cannot be made: {folder} is a file"
                raise NotADirectoryError(
                    f"the output folder {out} {what}, not a folder; name a folder "
                    "for the tables (it is made when it does not exist)"
                )
            break
    return out


def write_tables(
    tables: dict[str, pd.DataFrame], out_dir: str | os.PathLike, *, format: str = "parquet", overwrite: bool = False
) -> list[Path]:
    if format not in FORMATS:
        raise ValueError(f"unknown output format {format!r}; choose from {', '.join(FORMATS)}")
    out = check_out_dir(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = [table_path(out, name, format) for name in tables]
    existing = [p for p in paths if p.exists()]
    if existing and not overwrite:
        raise OutputExists(f"{existing[0]} exists; pass overwrite=True (--overwrite) to replace the tables")
    for (name, df), path in zip(tables.items(), paths):
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            _write_one(df, tmp, format)
        except UnicodeEncodeError:  # a lone surrogate in some cell: repair, say where, write again
            _write_one(storable_frame(name, df), tmp, format)
        os.replace(tmp, path)
    return paths


# ------------------------------------------------------------------ storable strings
#
# The readers make every id and text storable (io.records.storable); this is the last
# line of defence for strings that came another way (a DataFrame, the API, old parts):
# a lone surrogate would otherwise make pyarrow fail with "surrogates not allowed"
# when the whole run is already done.


def _is_id_column(column: str) -> bool:
    return column in ("doc_id", "source", "first_document", "last_document") or column.endswith("_id")


def _repair(value: Any, escape: bool) -> tuple[Any, bool]:
    if isinstance(value, str):
        if not has_surrogates(value):
            return value, False
        return (escape_name(value) if escape else clean_text(value)), True
    if isinstance(value, dict):
        items = [(_repair(k, escape), _repair(v, escape)) for k, v in value.items()]
        if any(k[1] or v[1] for k, v in items):
            return {k[0]: v[0] for k, v in items}, True
        return value, False
    if isinstance(value, (list, tuple)):
        items = [_repair(v, escape) for v in value]
        if any(changed for _, changed in items):
            return type(value)(v for v, _ in items), True
        return value, False
    return value, False


def _warn(table: str, column: str, row: int, doc_id: Any) -> None:
    where = f"row {row}" + (f" (doc_id {doc_id!r})" if doc_id is not None else "")
    how = "escaped as \\xNN" if _is_id_column(column) else "replaced by U+FFFD"
    warnings.warn(
        f"{table}.{column}, {where}: text that is not valid Unicode (a lone surrogate) "
        f"was {how} so that the table can be written",
        stacklevel=3,
    )


def storable_rows(table: str, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` with every string writable: ids escaped (``\\xNN``), other text with U+FFFD for
    lone surrogates; a warning names the first bad row of each column."""
    out, warned = [], set()
    for n, row in enumerate(rows):
        fixed = None
        for column, value in row.items():
            new, changed = _repair(value, _is_id_column(column))
            if changed:
                fixed = fixed if fixed is not None else dict(row)
                fixed[column] = new
                if column not in warned:
                    warned.add(column)
                    _warn(table, column, n, row.get("doc_id"))
        out.append(fixed if fixed is not None else row)
    return out


def storable_frame(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """:func:`storable_rows` for the object columns of a DataFrame (a copy when anything changes)."""
    out = df
    for column in df.columns:
        if df[column].dtype != object:
            continue
        repaired = [_repair(v, _is_id_column(str(column))) for v in df[column]]
        bad = [i for i, (_, changed) in enumerate(repaired) if changed]
        if bad:
            if out is df:
                out = df.copy()
            out[column] = pd.Series([v for v, _ in repaired], index=df.index, dtype=object)
            doc_id = df["doc_id"].iloc[bad[0]] if "doc_id" in df.columns else None
            _warn(table, str(column), bad[0], doc_id)
    return out


def _jsonish(df: pd.DataFrame) -> pd.DataFrame:
    """List/dict columns as JSON strings (for CSV and XLSX)."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object:
            out[col] = out[col].map(
                lambda v: json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, (list, dict, tuple)) else v
            )
    return out


def write_csv(df: pd.DataFrame, path: str | os.PathLike, *, append: bool = False) -> None:
    """``df`` as CSV (list columns as JSON): a new file with the header and a byte-order mark
    (:data:`CSV_ENCODING`), or, with ``append``, more rows at the end of one."""
    _jsonish(df).to_csv(
        path, index=False, mode="a" if append else "w", header=not append, encoding="utf-8" if append else CSV_ENCODING
    )


def _write_one(df: pd.DataFrame, path: Path, format: str) -> None:
    if format == "parquet":
        df.to_parquet(path, index=False)
    elif format == "csv":
        write_csv(df, path)
    elif format == "jsonl":
        df.to_json(path, orient="records", lines=True, force_ascii=False)
    elif format == "xlsx":
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        clean = _jsonish(df)
        for col in clean.columns:
            if clean[col].dtype == object or str(clean[col].dtype) in ("string", "str"):
                clean[col] = clean[col].map(
                    lambda v: ILLEGAL_CHARACTERS_RE.sub("", v)[:XLSX_MAX_CELL] if isinstance(v, str) else v
                )
        clean.to_excel(path, index=False, engine="openpyxl")


def read_tables(directory: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """The tables in a result folder, cast back to their schemas (first format found wins)."""
    from . import tables as T

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
        (directory / f"{n}{e}").exists() for n in T.TABLES for e in FORMATS.values()
    ):
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
