"""Read-only SQL over a result folder with DuckDB: ``nlp-pipeline query DIR "SQL"``.

Every table file in the folder (``documents``, ``entities``, ``quotes``, ``people``,
``organisations``, ``errors``; Parquet, CSV or JSONL) is a view named after the table:

>>> from nlp_pipeline.query import query
>>> query("out/", "SELECT speaker, count(*) AS n FROM quotes GROUP BY speaker ORDER BY n DESC LIMIT 10")

Only ``SELECT`` (and ``WITH ... SELECT``) statements run; anything that would write
(``COPY``, ``CREATE``, ``INSERT``, ``ATTACH``, ``SET`` ...) is refused. The connection
cannot reach anything but the table files either: external access is off (no
``read_text('/etc/passwd')``, ``glob``, other files or URLs; the table files are the only
``allowed_paths``), extensions are neither installed nor loaded automatically, and the
configuration is locked so that a query cannot turn any of this back on.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from . import tables as T

READERS = {".parquet": "read_parquet", ".csv": "read_csv_auto", ".jsonl": "read_json_auto"}


class QueryError(ValueError):
    pass


def table_files(directory: str | os.PathLike) -> dict[str, Path]:
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"no result folder at {directory}")
    found = {}
    for name in T.TABLES:
        for ext in READERS:
            path = directory / f"{name}{ext}"
            if path.exists():
                found[name] = path
                break
    if not found:
        raise FileNotFoundError(f"no tables in {directory} (expected e.g. {directory / 'quotes.parquet'})")
    return found


# Set when the connection is made: no extension is fetched or loaded behind the query's back.
LOCKED_DOWN = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "allow_unsigned_extensions": False,
}


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def connect(directory: str | os.PathLike):
    """An in-memory DuckDB connection with one view per table file of ``directory``, and access to
    nothing else (see the module docstring)."""
    import duckdb

    files = {name: path.resolve() for name, path in table_files(directory).items()}
    con = duckdb.connect(":memory:", config=dict(LOCKED_DOWN))
    try:
        # The table files stay readable (the views read them at query time); all else is closed.
        con.execute(f"SET allowed_paths = [{', '.join(_literal(str(p)) for p in files.values())}]")
        con.execute("SET enable_external_access = false")
        for name, path in files.items():
            con.execute(f'CREATE VIEW "{name}" AS SELECT * FROM {READERS[path.suffix]}({_literal(str(path))})')
        con.execute("SET lock_configuration = true")
    except Exception:
        con.close()
        raise
    return con


def check_read_only(con, sql: str) -> None:
    import duckdb

    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryError(str(exc)) from exc
    if not statements:
        raise QueryError("no SQL statement given")
    for statement in statements:
        if statement.type != duckdb.StatementType.SELECT:
            raise QueryError(f"only SELECT queries are allowed (read-only), not {statement.type.name}")


def query(directory: str | os.PathLike, sql: str) -> pd.DataFrame:
    """Run read-only ``sql`` over the tables of ``directory``; the last statement's result as a DataFrame."""
    import duckdb

    con = connect(directory)
    try:
        check_read_only(con, sql)
        try:
            return con.execute(sql).df()
        except duckdb.Error as exc:
            raise QueryError(str(exc)) from exc
    finally:
        con.close()
