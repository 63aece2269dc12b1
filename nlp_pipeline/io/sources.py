"""Turn command-line style inputs into sources: files, folders, globs, stdin.

A :class:`Source` is something that can be opened as a byte stream, with the
format its name implies. Folders are walked recursively (sorted, hidden files
and unknown extensions skipped); globs expand with ``**``; ``-`` is stdin.
A result folder of this tool met on the way (its ``parts/run.json``, or its
``documents``, ``entities`` and ``errors`` tables; e.g. ``--out`` inside the input
folder) is skipped with a :class:`SkippedInput` warning, so that a rerun does not
read its own earlier tables as input.
Compressed wrappers (``.gz``, ``.bz2``) are peeled by :func:`detect_format`;
``.zip`` archives become one source per member in the readers.
"""

from __future__ import annotations

import dataclasses
import glob
import json
import os
import stat
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .records import ReadError, escape_name

FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".md": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".warc": "warc",
    ".arc": "warc",
}
INPUT_FORMATS = sorted(set(FORMATS.values()))
WRAPPERS = {".gz": "gzip", ".bz2": "bz2", ".zip": "zip"}
ONE_ARTICLE = ("txt", "html")  # formats where a file (or zip member) is one document


@dataclasses.dataclass
class Source:
    name: str  # shown in tables: the path as found, "<stdin>", "archive.zip!member.txt"
    rel: str  # path relative to its input root, used for doc ids
    open: Callable[[], BinaryIO]
    format: str | None  # inner format (txt, html, ...), None when unknown
    wrappers: tuple[str, ...] = ()  # outermost first: ("zip",), ("gzip",)
    size: int | None = None  # bytes, when known before reading (a plain file; a zip member's header)
    member: bool = False  # a member of a zip archive


def detect_format(name: str, override: str | None = None) -> tuple[str | None, tuple[str, ...], str]:
    """``(format, wrappers, stem)`` for a file name; ``stem`` is the name without its format suffixes.

    >>> detect_format("a/b.jsonl.gz")
    ('jsonl', ('gzip',), 'a/b')
    """
    lower = name.lower()
    wrappers: list[str] = []
    stem = name
    if lower.endswith((".warc.gz", ".arc.gz")):  # warcio reads gzipped WARC itself
        cut = 8 if lower.endswith(".warc.gz") else 7
        return override or "warc", (), name[:-cut]
    while True:
        suffix = os.path.splitext(lower)[1]
        if suffix in WRAPPERS:
            wrappers.append(WRAPPERS[suffix])
            lower, stem = lower[: -len(suffix)], stem[: -len(suffix)]
            if suffix == ".zip":
                return override, tuple(wrappers), stem
            continue
        break
    suffix = os.path.splitext(lower)[1]
    fmt = FORMATS.get(suffix)
    if fmt is not None:
        stem = stem[: -len(suffix)]
    return override or fmt, tuple(wrappers), stem


def _file_source(path: Path, root: Path | None, override: str | None, size: int | None = None) -> Source:
    # A name that is not UTF-8 is escaped (records.escape_name: ``bad\\xffbyte.txt``) so that
    # ids and sources can be stored; the file is opened by its real name.
    rel = path.relative_to(root).as_posix() if root is not None else path.name
    fmt, wrappers, _ = detect_format(path.name, override)
    return Source(
        name=escape_name(str(path)),
        rel=escape_name(rel),
        open=lambda p=path: open(p, "rb"),
        format=fmt,
        wrappers=wrappers,
        size=size,
    )


def document_id(source: Source) -> str | None:
    """The id of the one document ``source`` holds (txt, html: its relative path without
    extensions), for an error about it; ``None`` for a source of many rows or members."""
    if source.format in ONE_ARTICLE and "zip" not in source.wrappers:
        return detect_format(source.rel)[2]
    return None


_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


def _found(path: Path, root: Path | None, override: str | None, *, named: bool = False) -> Iterator[Source | ReadError]:
    """The source for a file met in a walk or a glob (``named``: given as an input itself).

    A regular file is a source; a broken symbolic link is an error with the document's
    relative id; a named pipe, socket or device met in a walk or glob is skipped with a
    :class:`SkippedInput` warning (reading one could wait forever); named on its own it is
    read as a stream, like ``-``.
    """
    try:
        info = path.stat()
    except OSError as exc:
        source = _file_source(path, root, override)
        if path.is_symlink():
            try:
                target = escape_name(os.readlink(path))
            except OSError:
                target = "?"
            reason = f"broken symbolic link: its target {target} does not exist"
        else:
            reason = f"{type(exc).__name__}: {exc.strerror or exc}"
        yield ReadError(source=source.name, doc_id=document_id(source), format=source.format, reason=reason)
        return
    if stat.S_ISREG(info.st_mode):
        yield _file_source(path, root, override, size=info.st_size)
    elif named:
        yield _file_source(path, root, override)
    else:
        kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a regular file")
        warnings.warn(
            f"skipped {escape_name(str(path))}: {kind}, not a regular file; name it on its own to read it",
            SkippedInput,
            stacklevel=2,
        )


def _known(path: Path) -> bool:
    fmt, wrappers, _ = detect_format(path.name)
    return fmt is not None or "zip" in wrappers


class SkippedInput(UserWarning):
    """Something in an input folder that is not read (a result folder, a file that is not regular)."""


# What a result folder holds (engine/parts.py and tables.py; not imported: this module stays light).
RUN_FILE = "run.json"
PARTS_DIR = "parts"
RESULT_TABLES = ("documents", "entities", "errors")
TABLE_EXTENSIONS = (".parquet", ".csv", ".jsonl", ".xlsx")


def _is_run_file(path: Path) -> bool:
    """``path`` is the ``run.json`` a run writes (a JSON object naming its inputs), not any ``run.json``."""
    try:
        if not path.is_file() or path.stat().st_size > 1 << 20:
            return False
        config = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return False
    return isinstance(config, dict) and "inputs" in config


def result_folder(folder: Path) -> str | None:
    """Why ``folder`` is a result folder of this tool (so not input), or ``None`` when it is not."""
    if _is_run_file(folder / RUN_FILE):
        return f"it holds {RUN_FILE} (the parts of a run)"
    if _is_run_file(folder / PARTS_DIR / RUN_FILE):
        return f"it holds {PARTS_DIR}/{RUN_FILE} (a run's output)"
    if all(any((folder / f"{table}{ext}").is_file() for ext in TABLE_EXTENSIONS) for table in RESULT_TABLES):
        return f"it holds the {', '.join(RESULT_TABLES)} tables of a run"
    return None


class _Skips:
    """Result folders met in one pass over the inputs: looked at once, warned about once."""

    def __init__(self) -> None:
        self.seen: dict[Path, bool] = {}

    def result_folder(self, folder: Path) -> bool:
        if folder not in self.seen:
            why = result_folder(folder)
            self.seen[folder] = why is not None
            if why is not None:
                warnings.warn(
                    f"skipped {escape_name(str(folder))}: a result folder, not input ({why}); "
                    "name its files to read them",
                    SkippedInput,
                    stacklevel=2,
                )
        return self.seen[folder]


def _walk(folder: Path, skips: _Skips | None = None) -> Iterator[Path]:
    """The files under ``folder``, sorted; hidden ones and result folders left out."""
    skips = skips or _Skips()
    if skips.result_folder(folder):
        return
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and not skips.result_folder(Path(dirpath) / d)
        )
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def is_glob(text: str) -> bool:
    return any(ch in text for ch in "*?[")


def missing_inputs(inputs: Iterable[str | os.PathLike]) -> list[str]:
    """Inputs that name nothing: neither ``-``, an existing path, nor a glob with matches."""
    bad = []
    for item in inputs:
        text = os.fspath(item)
        if text == "-" or Path(text).exists():
            continue
        if is_glob(text) and glob.glob(text, recursive=True):
            continue
        bad.append(text)
    return bad


def iter_sources(inputs: Iterable[str | os.PathLike], input_format: str | None = None) -> Iterator[Source | ReadError]:
    """Sources for each input, lazily, in a deterministic (sorted) order."""
    skips = _Skips()
    for item in inputs:
        text = os.fspath(item)
        if text == "-":
            yield Source(name="<stdin>", rel="stdin", open=lambda: sys.stdin.buffer, format=input_format or "txt")
            continue
        path = Path(text)
        if path.is_dir():
            for file in _walk(path, skips):
                if input_format or _known(file):
                    yield from _found(file, path, input_format)
        elif path.exists() or path.is_symlink():
            yield from _found(path, None, input_format, named=True)
        elif is_glob(text):
            root = _glob_root(text)
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                yield ReadError(source=escape_name(text), reason="no files match this pattern")
            for match in matches:
                mp = Path(match)
                if mp.is_dir():
                    for file in _walk(mp, skips):
                        if input_format or _known(file):
                            yield from _found(file, root, input_format)
                elif not any(skips.result_folder(p) for p in _between(mp.parent, root)):
                    yield from _found(mp, root, input_format)
        else:
            yield ReadError(source=escape_name(text), reason="no such file or directory")


def _between(folder: Path, root: Path) -> list[Path]:
    """The folders a glob match went through below its fixed ``root``: ``folder`` and its parents."""
    out = []
    while folder != root and folder != folder.parent and len(out) < 64:
        out.append(folder)
        folder = folder.parent
    return out if folder == root else []


def _glob_root(pattern: str) -> Path:
    parts = Path(pattern).parts
    fixed = []
    for part in parts:
        if is_glob(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")
