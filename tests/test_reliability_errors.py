"""Errors name their document by its relative id; odd files do not hang a run (reliability issue, item 5).

Before: ``errors.doc_id`` was empty for a broken JSONL line (``documents`` made up
``/abs/path/file.jsonl:2``), a truncated ``.gz`` and a dangling symbolic link got their
absolute paths as ids, and a named pipe called ``*.txt`` in an input folder hung the run.
"""

from __future__ import annotations

import gc
import gzip
import os
import sys
import threading
import warnings

import pytest

from nlp_pipeline import tables as T
from nlp_pipeline.io import Article, ReadError, SkippedInput, read_articles

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="named pipes and symbolic links")


def records_of(*inputs):
    return list(read_articles([str(i) for i in inputs]))


def test_broken_rows_have_the_id_a_good_row_would_have(tmp_path):
    (tmp_path / "file.jsonl").write_text('{"text": "Hej."}\n{broken\n[1, 2]\n', encoding="utf-8")
    (tmp_path / "t.csv").write_text("text,title\nHej.,A\nDå.,B,extra\n", encoding="utf-8")
    records = records_of(tmp_path.resolve())
    assert [(type(r).__name__, r.doc_id, r.line) for r in records] == [
        ("Article", "file:1", 1),
        ("ReadError", "file:2", 2),
        ("ReadError", "file:3", 3),
        ("Article", "t:1", 1),
        ("ReadError", "t:2", 2),
    ]
    for error in records:
        if isinstance(error, ReadError):
            document, row = T.error_rows(error)
            assert row["doc_id"] == document["doc_id"] == error.doc_id  # not the absolute path


def test_truncated_gzip_gets_its_relative_id(tmp_path):
    folder = tmp_path / "in"
    (folder / "2021").mkdir(parents=True)
    data = gzip.compress(b"Hej hej, en text.\n" * 200)
    (folder / "2021" / "trunc.txt.gz").write_bytes(data[: len(data) // 2])
    (error,) = records_of(folder.resolve())
    assert isinstance(error, ReadError) and error.doc_id == "2021/trunc"
    assert "EOFError" in error.reason and error.source == str(folder.resolve() / "2021" / "trunc.txt.gz")
    document, row = T.error_rows(error)
    assert document["doc_id"] == row["doc_id"] == "2021/trunc"
    (named,) = records_of(folder.resolve() / "2021" / "trunc.txt.gz")
    assert named.doc_id == "trunc"


@posix_only
def test_dangling_symlink_is_an_error_with_a_relative_id(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("Hej.\n", encoding="utf-8")
    os.symlink(tmp_path / "nowhere" / "x.txt", folder / "dangling.txt")
    records = records_of(folder.resolve())
    error = next(r for r in records if isinstance(r, ReadError))
    assert error.doc_id == "dangling" and "broken symbolic link" in error.reason
    assert [r.doc_id for r in records if isinstance(r, Article)] == ["ok"]
    (named,) = records_of(folder.resolve() / "dangling.txt")
    assert named.doc_id == "dangling" and "broken symbolic link" in named.reason


def _in_thread(fn, timeout: float = 10.0):
    box: dict = {}
    thread = threading.Thread(target=lambda: box.setdefault("result", fn()), daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), "reading hung"
    return box["result"]


@posix_only
def test_named_pipe_in_a_folder_is_skipped_not_waited_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Hej.\n", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        records = _in_thread(lambda: records_of(folder))
    assert [r.doc_id for r in records] == ["a"]
    skipped = [str(w.message) for w in caught if w.category is SkippedInput]
    assert len(skipped) == 1 and "pipe.txt: a named pipe" in skipped[0]
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        assert _in_thread(lambda: [r.doc_id for r in records_of(str(folder / "*.txt"))]) == ["a"]


@posix_only
def test_named_pipe_named_on_its_own_is_read_as_a_stream(tmp_path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)

    def write():
        with open(pipe, "w", encoding="utf-8") as fh:
            fh.write("Text genom ett rör.\n")

    threading.Thread(target=write, daemon=True).start()
    (article,) = _in_thread(lambda: records_of(pipe))
    assert isinstance(article, Article) and article.doc_id == "pipe" and article.text == "Text genom ett rör.\n"


def test_files_are_closed(tmp_path):
    for name in ("a.txt", "b.html", "c.jsonl"):
        (tmp_path / name).write_text('{"text": "Hej."}\n' if name.endswith("jsonl") else "Hej.\n", encoding="utf-8")
    (tmp_path / "d.txt.gz").write_bytes(gzip.compress(b"Hej.\n"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        assert len(records_of(tmp_path)) == 4
        gc.collect()
    assert not [w for w in caught if w.category is ResourceWarning], [str(w.message) for w in caught]


def test_output_folder_that_is_a_file_is_a_plain_error(tmp_path):
    import pandas as pd

    from nlp_pipeline.writers import check_out_dir, write_tables

    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    tables = {"documents": pd.DataFrame({"doc_id": ["a"], "text": ["Hej."]})}
    with pytest.raises(NotADirectoryError, match=r"afile is a file, not a folder"):
        write_tables(tables, afile)
    with pytest.raises(NotADirectoryError, match=r"cannot be made: .*afile is a file"):
        check_out_dir(afile / "sub" / "out")
    assert check_out_dir(tmp_path / "new" / "out") == tmp_path / "new" / "out"  # made later, when written
    assert afile.read_text(encoding="utf-8") == "x"
