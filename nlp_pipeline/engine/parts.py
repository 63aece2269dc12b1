"""Part files, the manifest, and consolidation into the final tables.

Layout of a run folder while it runs (or after a crash)::

    DIR/parts/run.json          what this run is (inputs, options): ``--resume`` checks it
    DIR/parts/manifest.jsonl    one line per finished part: its records' ids and content hashes
    DIR/parts/part-<first>-<last>.pkl   compact rows of the records first..last (input order)

Every part is written atomically (temporary file, fsync, rename, fsync of the folder),
so a part either exists whole or not at all; the part files themselves are the record
of what is done (the manifest is appended after each rename and is informative: a part
renamed just before a crash is still found by its name). Records are numbered in input
order (``seq``); a part holds consecutive records only, so parts never overlap and
consolidation streams them in order: the final tables have the same rows in the same
order whatever the number of workers, the batch size or the interruptions.

Each part (and its manifest line) also holds ``[doc_id, content hash]`` of every record
(:func:`record_key`), so that ``--resume`` can tell a record that was edited since the
interrupted run: the part that holds it is dropped and its records are processed again.

Consolidation keeps only the people/organisation accumulators in memory (one entry per
distinct person or organisation, not per mention or document) and writes the other
tables chunk by chunk.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pickle
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .. import tables as T
from ..writers import FORMATS, table_path

PARTS = "parts"
RUN_FILE = "run.json"
MANIFEST = "manifest.jsonl"
_PART = re.compile(r"^part-(\d+)-(\d+)\.pkl$")
FLUSH_ROWS = 5000


# ------------------------------------------------------------------ atomic files


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


# ------------------------------------------------------------------ the parts folder


class PartStore:
    def __init__(self, out_dir: str | os.PathLike) -> None:
        self.out = Path(out_dir)
        self.dir = self.out / PARTS

    def lock(self) -> bool:
        """Hold ``parts/lock`` for the life of this process; False when another run holds it.

        A run takes the lock before it looks at or writes anything in ``parts/`` (``run.json``
        included), so of two runs started at once on one folder, one goes on and the other is
        refused. A holder may remove the lock file (and ``parts/``) on its way out; a lock taken
        on a file that is no longer at its path is let go and taken again on the new one.
        """
        import fcntl

        path = self.dir / "lock"
        for _ in range(1000):
            self.dir.mkdir(parents=True, exist_ok=True)
            try:
                fh = open(path, "a+")
            except FileNotFoundError:  # parts/ removed in between by a run that ended: again
                continue
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                fh.close()
                return False
            if _same_file(path, fh):
                self._lock = fh
                return True
            fh.close()  # its holder removed it before we had it: take the one at the path now
        return False

    def unlock(self) -> None:
        """Let the lock go; a ``parts/`` that holds no run (only the lock) is removed first."""
        fh = getattr(self, "_lock", None)
        if fh is None:
            return
        try:
            if not self.exists() and _same_file(self.dir / "lock", fh):
                (self.dir / "lock").unlink()
                try:
                    self.dir.rmdir()
                except OSError:
                    pass
        finally:
            fh.close()
            self._lock = None

    def clear(self) -> None:
        """Remove everything in ``parts/`` but the lock (an earlier run, replaced with --overwrite)."""
        import shutil

        for path in self.dir.iterdir():
            if path.name == "lock":
                continue
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)

    def exists(self) -> bool:
        return (self.dir / RUN_FILE).exists()

    def create(self, config: dict[str, Any]) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.dir / RUN_FILE, json.dumps(config, indent=2, ensure_ascii=False).encode())

    def config(self) -> dict[str, Any]:
        return json.loads((self.dir / RUN_FILE).read_text(encoding="utf-8"))

    def clean_temporary(self) -> None:
        """Half-written parts of a run that was killed."""
        for tmp in self.dir.glob(".*.tmp"):
            tmp.unlink(missing_ok=True)

    def parts(self) -> list[tuple[int, int, Path]]:
        found = []
        if self.dir.is_dir():
            for path in self.dir.iterdir():
                m = _PART.match(path.name)
                if m:
                    found.append((int(m.group(1)), int(m.group(2)), path))
        return sorted(found)

    def done(self) -> list[tuple[int, int]]:
        """Finished ``(first, last)`` seq ranges, sorted."""
        return [(a, b) for a, b, _ in self.parts()]

    def write_part(self, results: list[tuple[int, tuple]]) -> dict[str, Any]:
        """Write one part atomically and append its manifest line; returns the line."""
        return write_part(self.dir, results)

    def append_manifest(self, entry: dict[str, Any]) -> None:
        with open(self.dir / MANIFEST, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())

    def expected(self) -> dict[int, tuple[str | None, str | None]]:
        """``{seq: (doc_id, content hash)}`` of the records of the finished parts.

        From the manifest (its last line for a part name wins); a part without a manifest line (renamed
        just before a crash) is read for its keys. A part written before the hashes existed gives only
        the id of its first analysed document, with no hash.
        """
        entries: dict[str, dict[str, Any]] = {}
        path = self.dir / MANIFEST
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a line cut by a crash
                if isinstance(entry, dict) and "part" in entry:
                    entries[entry["part"]] = entry
        expected: dict[int, tuple[str | None, str | None]] = {}
        for first, last, part in self.parts():
            entry = entries.get(part.name, {})
            keys, first_ok = entry.get("keys"), entry.get("first_ok")
            if keys is None or len(keys) != last - first + 1:
                keys, first_ok = _part_keys(part)
            if keys is not None and len(keys) == last - first + 1:
                for seq, (doc_id, digest) in enumerate(keys, start=first):
                    expected[seq] = (doc_id, digest)
            elif first_ok is not None:  # a part written before the hashes: only one id to check
                expected[first_ok[0]] = (first_ok[1], None)
        return expected

    def expected_ids(self) -> dict[int, str]:
        """``{seq: doc_id}`` of the finished parts' records (see :meth:`expected`)."""
        return {seq: doc_id for seq, (doc_id, _) in self.expected().items() if doc_id is not None}

    def drop(self, first: int, last: int) -> None:
        """Remove the part ``first..last`` (its records are to be processed again)."""
        (self.dir / part_name(first, last)).unlink(missing_ok=True)
        fsync_dir(self.dir)

    def iter_results(self) -> Iterator[tuple[int, tuple]]:
        """Every record's result, in input order, one part in memory at a time."""
        last = -1
        for _first, _end, path in self.parts():
            with open(path, "rb") as fh:
                payload = pickle.load(fh)
            for seq, result in payload["items"]:
                if seq <= last:
                    continue  # a duplicate (never written by this engine; tolerated)
                last = seq
                yield seq, result

    def remove(self) -> None:
        import shutil

        shutil.rmtree(self.dir, ignore_errors=True)


def _part_keys(path: Path) -> tuple[list | None, list | None]:
    """``(keys, first_ok)`` read from a part file itself."""
    try:
        with open(path, "rb") as fh:
            payload = pickle.load(fh)
    except Exception:
        return None, None
    first_ok = next(([seq, r[1].document["doc_id"]] for seq, r in payload["items"] if r[0] == "ok"), None)
    return payload.get("keys"), first_ok


def _same_file(path: Path, fh) -> bool:
    """``path`` still names the open file ``fh``."""
    try:
        a, b = os.stat(path), os.fstat(fh.fileno())
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def part_name(first: int, last: int) -> str:
    return f"part-{first:010d}-{last:010d}.pkl"


def record_key(record: Any) -> list:
    """``[doc_id, content hash]`` of an input record (an Article or a ReadError).

    The hash (SHA-1, first 16 hex digits) covers every field of the record (text, id, title,
    date, source, boilerplate spans, ...): a record whose hash changed gives other rows."""
    try:
        fields = dataclasses.asdict(record)
    except TypeError:
        fields = {"value": repr(record)}
    try:
        data = json.dumps([type(record).__name__, fields], sort_keys=True, ensure_ascii=True, default=repr)
    except (TypeError, ValueError):
        data = ascii((type(record).__name__, fields))
    return [getattr(record, "doc_id", None), hashlib.sha1(data.encode("ascii")).hexdigest()[:16]]


def record_keys(items: list[tuple[int, Any]]) -> list[list]:
    return [record_key(record) for _, record in items]


def part_bytes(results: list[tuple[int, tuple]], keys: list[list] | None = None) -> bytes:
    return pickle.dumps(
        {"version": 2, "first": results[0][0], "last": results[-1][0], "items": results, "keys": keys},
        protocol=pickle.HIGHEST_PROTOCOL,
    )


def manifest_entry(results: list[tuple[int, tuple]], keys: list[list] | None = None) -> dict[str, Any]:
    from ..process import stats_of

    def doc_id(result: tuple) -> str | None:
        if result[0] == "ok":
            return result[1].document["doc_id"]
        return (result[1] or {}).get("doc_id") or result[2].get("doc_id")

    first, last = results[0][0], results[-1][0]
    first_ok = next(([seq, r[1].document["doc_id"]] for seq, r in results if r[0] == "ok"), None)
    return {
        "part": part_name(first, last),
        "first": first,
        "last": last,
        "first_doc": doc_id(results[0][1]),
        "last_doc": doc_id(results[-1][1]),
        "first_ok": first_ok,
        **stats_of(results),
        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "keys": keys,
    }


def write_part(
    parts_dir: str | os.PathLike,
    results: list[tuple[int, tuple]],
    data: bytes | None = None,
    keys: list[list] | None = None,
) -> dict[str, Any]:
    """Atomically write ``results`` (consecutive seqs) as a part file; returns its manifest entry.
    ``keys``: :func:`record_key` of each record, for ``--resume`` to see edited records."""
    parts_dir = Path(parts_dir)
    entry = manifest_entry(results, keys)
    atomic_write_bytes(parts_dir / entry["part"], data if data is not None else part_bytes(results, keys))
    return entry


# ------------------------------------------------------------------ merging people and organisations

Merger = T.Merger  # corpus-level people and organisations, fed part by part


# ------------------------------------------------------------------ writing the tables chunk by chunk


def arrow_schema(table: str):
    import pyarrow as pa

    fields = []
    for col in T.SCHEMAS[table]:
        if col.dtype == "string":
            typ = pa.string()
        elif col.dtype == "Int64":
            typ = pa.int64()
        elif col.dtype == "Float64":
            typ = pa.float64()
        elif col.name == "boilerplate":
            typ = pa.list_(pa.list_(pa.int64()))
        else:
            typ = pa.list_(pa.string())
        fields.append(pa.field(col.name, typ))
    return pa.schema(fields)


class TableSink:
    """Appends rows to ``DIR/<table>.<ext>`` (via a temporary file, renamed on close)."""

    def __init__(self, table: str, out_dir: Path, format: str) -> None:
        self.table, self.format = table, format
        self.path = table_path(out_dir, table, format)
        self.tmp = self.path.with_name(f".{self.path.name}.tmp")
        self.rows: list[dict[str, Any]] = []
        self.n = 0
        self._writer = None
        self._started = False
        self._frames: list = []  # xlsx only: written at the end

    def add(self, rows: list[dict[str, Any]]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        if not self.rows and self._started:
            return
        from .. import writers as W

        df = T.frame(self.table, W.storable_rows(self.table, self.rows))
        self.n += len(self.rows)
        self.rows = []

        if self.format == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            tbl = pa.Table.from_pandas(df, schema=arrow_schema(self.table), preserve_index=False)
            if self._writer is None:
                self._writer = pq.ParquetWriter(self.tmp, tbl.schema)
            self._writer.write_table(tbl)
        elif self.format == "csv":
            W.write_csv(df, self.tmp, append=self._started)
        elif self.format == "jsonl":
            with open(self.tmp, "a" if self._started else "w", encoding="utf-8") as fh:
                if len(df):
                    text = df.to_json(orient="records", lines=True, force_ascii=False)
                    fh.write(text if text.endswith("\n") else text + "\n")
        else:
            self._frames.append(df)
        self._started = True

    def close(self) -> Path:
        self.flush()
        if self._writer is not None:
            self._writer.close()
        if self.format == "xlsx":
            import pandas as pd

            from .. import writers as W

            W._write_one(
                pd.concat(self._frames, ignore_index=True) if self._frames else T.empty(self.table), self.tmp, "xlsx"
            )
        with open(self.tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(self.tmp, self.path)
        return self.path


def consolidate(store: PartStore, out_dir: str | os.PathLike, format: str = "parquet") -> dict[str, Any]:
    """Stream the parts into the six tables; returns row counts and the written paths."""
    if format not in FORMATS:
        raise ValueError(f"unknown output format {format!r}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    sinks = {name: TableSink(name, out, format) for name in ("documents", "entities", "quotes", "errors")}
    merger = Merger()
    ok = 0
    for _seq, result in store.iter_results():
        if result[0] == "ok":
            rows: T.DocRows = result[1]
            sinks["documents"].add([rows.document])
            sinks["entities"].add(rows.entities)
            sinks["quotes"].add(rows.quotes)
            if rows.errors:
                sinks["errors"].add(rows.errors)
            merger.add(rows)
            ok += 1
        else:
            _, document, error = result
            if document is not None:
                sinks["documents"].add([document])
            sinks["errors"].add([error])
    people = TableSink("people", out, format)
    people.add(merger.people_rows())
    orgs = TableSink("organisations", out, format)
    orgs.add(merger.organisation_rows())
    sinks.update(people=people, organisations=orgs)
    paths = {name: sinks[name].close() for name in T.TABLES}
    fsync_dir(out)
    counts = {name: sinks[name].n for name in T.TABLES}
    return {"paths": [paths[n] for n in T.TABLES], "rows": counts, "ok": ok, "failed": counts["errors"]}
