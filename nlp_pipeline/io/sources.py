"""Turn command-line style inputs into sources: files, folders, globs, stdin.

A :class:`Source` is something that can be opened as a byte stream, with the
format its name implies. Folders are walked recursively (sorted, hidden files
and unknown extensions skipped); globs expand with ``**``; ``-`` is stdin.
Compressed wrappers (``.gz``, ``.bz2``) are peeled by :func:`detect_format`;
``.zip`` archives become one source per member in the readers.
"""

from __future__ import annotations

import dataclasses
import glob
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .records import ReadError, escape_name

FORMATS: dict[str, str] = {
    ".txt": "txt", ".md": "txt", ".text": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv",
    ".parquet": "parquet", ".pq": "parquet",
    ".warc": "warc", ".arc": "warc",
}
INPUT_FORMATS = sorted(set(FORMATS.values()))
WRAPPERS = {".gz": "gzip", ".bz2": "bz2", ".zip": "zip"}


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


def _file_source(path: Path, root: Path | None, override: str | None) -> Source:
    # A name that is not UTF-8 is escaped (records.escape_name: ``bad\\xffbyte.txt``) so that
    # ids and sources can be stored; the file is opened by its real name.
    rel = path.relative_to(root).as_posix() if root is not None else path.name
    fmt, wrappers, _ = detect_format(path.name, override)
    try:
        size = path.stat().st_size if path.is_file() else None
    except OSError:
        size = None
    return Source(name=escape_name(str(path)), rel=escape_name(rel), open=lambda p=path: open(p, "rb"),
                  format=fmt, wrappers=wrappers, size=size)


def _known(path: Path) -> bool:
    fmt, wrappers, _ = detect_format(path.name)
    return fmt is not None or "zip" in wrappers


def _walk(folder: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
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
    for item in inputs:
        text = os.fspath(item)
        if text == "-":
            yield Source(name="<stdin>", rel="stdin", open=lambda: sys.stdin.buffer,
                         format=input_format or "txt")
            continue
        path = Path(text)
        if path.is_dir():
            for file in _walk(path):
                if input_format or _known(file):
                    yield _file_source(file, path, input_format)
        elif path.is_file():
            yield _file_source(path, None, input_format)
        elif is_glob(text):
            root = _glob_root(text)
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                yield ReadError(source=escape_name(text), reason="no files match this pattern")
            for match in matches:
                mp = Path(match)
                if mp.is_dir():
                    for file in _walk(mp):
                        if input_format or _known(file):
                            yield _file_source(file, root, input_format)
                elif mp.is_file():
                    yield _file_source(mp, root, input_format)
        else:
            yield ReadError(source=escape_name(text), reason="no such file or directory")


def _glob_root(pattern: str) -> Path:
    parts = Path(pattern).parts
    fixed = []
    for part in parts:
        if is_glob(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")
