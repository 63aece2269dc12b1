"""Names and texts that are not valid Unicode never reach a table (reliability issue, item 1).

A file name with a byte that is not UTF-8 arrives in Python with a lone surrogate
(``bad\\udcffbyte.txt``); before the fix it became the ``doc_id`` and ``source`` of its
document and the final table write failed in pyarrow ("surrogates not allowed") after
the whole run was done.
"""

from __future__ import annotations

import json
import os
import sys
import warnings

import pandas as pd
import pytest

from nlp_pipeline import tables as T
from nlp_pipeline.io import Article, ReadError, raw_name, read_articles
from nlp_pipeline.io.records import escape_name
from nlp_pipeline.writers import storable_rows, write_tables

posix_only = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="needs a file system that takes any bytes as a name"
)


def _storable(value) -> bool:
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def _bad_file(folder) -> str:
    name = os.fsdecode(b"bad\xffbyte.txt")  # 'bad\udcffbyte.txt'
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("R\n\n– Hej, säger Per Ek.\n")
    return path


@posix_only
def test_file_name_not_utf8_gives_escaped_reversible_id(tmp_path):
    (tmp_path / "ok.txt").write_text("Fin text.\n", encoding="utf-8")
    _bad_file(tmp_path)
    records = list(read_articles([tmp_path]))
    assert [type(r) for r in records] == [Article, Article]
    bad = next(r for r in records if r.doc_id != "ok")
    assert bad.doc_id == "bad\\xffbyte"
    assert bad.source == escape_name(os.path.join(str(tmp_path), os.fsdecode(b"bad\xffbyte.txt")))
    assert bad.source.endswith("bad\\xffbyte.txt")
    assert raw_name(bad.source) == os.fsencode(str(tmp_path)) + b"/bad\xffbyte.txt"
    assert bad.text.startswith("R\n")  # read through its real name
    for record in records:
        assert _storable([record.doc_id, record.source, record.text, record.title])


@posix_only
def test_documents_table_with_bad_file_name_can_be_written(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    _bad_file(inputs)
    rows = [T.document_row(r) for r in read_articles([inputs])]
    df = T.frame("documents", rows)  # raised UnicodeEncodeError before the fix
    write_tables({"documents": df}, tmp_path / "out")
    back = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    assert list(back.doc_id) == ["bad\\xffbyte"]


@posix_only
def test_unreadable_file_with_bad_name_gives_storable_error(tmp_path):
    bad = _bad_file(tmp_path)
    os.remove(bad)
    os.symlink(os.path.join(str(tmp_path), "nowhere.txt"), bad)  # dangling
    (error,) = list(read_articles([tmp_path]))
    assert isinstance(error, ReadError)
    assert _storable([error.doc_id, error.source, error.reason])


def test_glob_without_match_and_bad_bytes_is_storable(tmp_path):
    pattern = os.path.join(str(tmp_path), os.fsdecode(b"x\xff*.txt"))
    (error,) = list(read_articles([pattern]))
    assert isinstance(error, ReadError) and _storable([error.source, error.reason])
    assert "x\\xff*.txt" in error.source


def test_lone_surrogates_in_jsonl_fields(tmp_path):
    # JSON may spell a lone surrogate; it must not reach the tables as one.
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"id": "x\\udcff", "text": "Hej \\ud800 d\\u00e5.", "title": "T\\udc80", '
        '"extra": {"k\\udcff": ["v\\udcff"]}}\n',
        encoding="utf-8",
    )
    (article,) = list(read_articles([path]))
    assert article.doc_id == "x\\xff"
    assert article.text == "Hej \ufffd då."  # one character for one: offsets stay valid
    assert article.title == "T\ufffd"
    assert article.metadata == {"extra": {"k\ufffd": ["v\ufffd"]}}
    assert _storable(T.document_row(article))


def test_escape_name_round_trip():
    for raw in (b"bad\xffbyte.txt", b"a\\b\xe4.txt", b"\xc3\xa5\xff/x.txt"):
        name = os.fsdecode(raw) if os.name != "nt" else raw.decode("utf-8", "surrogateescape")
        escaped = escape_name(name)
        assert escaped.encode("utf-8")
        assert raw_name(escaped) == raw
    assert escape_name("vanlig/fil.txt") == "vanlig/fil.txt"  # valid names are unchanged
    assert escape_name("c:\\dir\\a.txt") == "c:\\dir\\a.txt"


def test_writer_repairs_surrogates_and_names_the_cell(tmp_path):
    df = pd.DataFrame(
        {
            "doc_id": pd.Series(["a\udcff"], dtype=object),
            "text": pd.Series(["x\udcffy"], dtype=object),
            "boilerplate": [["q\udcff"]],
        }
    )
    with pytest.warns(UserWarning, match=r"documents\.doc_id, row 0"):
        write_tables({"documents": df}, tmp_path)
    back = pd.read_parquet(tmp_path / "documents.parquet")
    assert back.doc_id[0] == "a\\xff" and back.text[0] == "x\ufffdy"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert storable_rows("entities", [{"doc_id": "ok", "text": "fin"}]) == [{"doc_id": "ok", "text": "fin"}]
    with pytest.warns(UserWarning, match=r"entities\.text, row 1"):
        rows = storable_rows("entities", [{"doc_id": "ok", "text": "fin"}, {"doc_id": "b", "text": "\udcff"}])
    assert rows[1] == {"doc_id": "b", "text": "\ufffd"}
