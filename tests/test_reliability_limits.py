"""Decompressed sizes are capped and streamed (reliability issue, item 2).

Before: a 1 MB ``.txt.gz`` holding 1 GiB of text was inflated whole (8.9 GB of memory,
no output) and a 1 MB zip of zeros took 2.25 GB before it was rejected. The tests use
caps of 1 MiB and inputs of a few MiB, so they are fast.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import tracemalloc
import zipfile

import pandas as pd
import pytest

from nlp_pipeline.io import Article, ReadError, read_articles
from nlp_pipeline.io.readers import DEFAULT_MAX_DOCUMENT_BYTES, ReadOptions, parse_size

MiB = 2**20
CAP = {"max_document_bytes": MiB, "max_member_bytes": 3 * MiB}


def read(*inputs, **kw):
    return list(read_articles(list(inputs), **{**CAP, **kw}))


def peak_bytes(fn) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_gzip_text_over_the_document_cap_is_an_error_without_inflating_it(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    with gzip.open(path, "wb") as fh:
        for _ in range(16):
            fh.write(b"a" * MiB)
    records = []
    peak = peak_bytes(lambda: records.extend(read(path)))
    (error,) = records
    assert isinstance(error, ReadError) and error.doc_id == "bomb"
    assert "larger than 1 MiB" in error.reason and "NLP_PIPELINE_MAX_DOCUMENT_BYTES" in error.reason
    assert peak < 8 * MiB  # read whole (and decoded) it took over 32 MiB


def test_zip_member_declaring_too_much_is_refused_before_inflating(tmp_path, monkeypatch):
    path = tmp_path / "zeros.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros.txt", b"\0" * (5 * MiB))
        archive.writestr("ok.txt", "Hej hej.")
    opened = []
    real_open = zipfile.ZipFile.open
    monkeypatch.setattr(
        zipfile.ZipFile, "open", lambda self, name, *a, **k: opened.append(name) or real_open(self, name, *a, **k)
    )
    ok, zeros = read(path, max_member_bytes=64 * MiB)
    assert isinstance(ok, Article) and ok.doc_id == "zeros/ok"
    assert isinstance(zeros, ReadError) and zeros.doc_id == "zeros/zeros"
    assert zeros.source.endswith("zeros.zip!zeros.txt") and "larger than 1 MiB" in zeros.reason
    assert opened == ["ok.txt"]  # the big member was never opened


def test_member_cap_stops_a_long_compressed_stream(tmp_path):
    path = tmp_path / "many.jsonl.bz2"
    line = json.dumps({"text": "x" * 1000}) + "\n"
    with bz2.open(path, "wt", encoding="utf-8") as fh:
        for _ in range(5 * 1024):  # 5 MiB of short lines
            fh.write(line)
    records = read(path)
    articles = [r for r in records if isinstance(r, Article)]
    assert 2000 < len(articles) < 4 * 1024  # what came before the cap (3 MiB) is kept
    assert isinstance(records[-1], ReadError)
    assert "more than 3 MiB" in records[-1].reason and "NLP_PIPELINE_MAX_MEMBER_BYTES" in records[-1].reason


def test_overlong_jsonl_line_is_one_error_and_reading_goes_on(tmp_path):
    path = tmp_path / "a.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write('{"text": "Första."}\n')
        fh.write('{"text": "' + "a" * (2 * MiB) + '"}\n')
        fh.write('{"text": "Sista."}\n')
    records = []
    peak = peak_bytes(lambda: records.extend(read(path)))
    first, long, last = records
    assert first.text == "Första." and last.text == "Sista." and last.line == 3
    assert isinstance(long, ReadError) and long.line == 2 and long.doc_id == "a:2"
    assert "line 2 is larger than 1 MiB" in long.reason
    assert peak < 5 * MiB


def test_overlong_csv_line_ends_the_file_with_an_error(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("id,text\n1,Hej.\n2," + "b" * (2 * MiB) + "\n3,Då.\n", encoding="utf-8")
    records = read(path)
    assert isinstance(records[0], Article) and records[0].doc_id == "1"
    assert isinstance(records[-1], ReadError) and "larger than 1 MiB" in records[-1].reason


def test_plain_file_over_the_cap_is_refused_by_its_size(tmp_path):
    path = tmp_path / "stor.txt"
    path.write_bytes(b"Hej. " * (MiB // 2))
    (error,) = read(path)
    assert isinstance(error, ReadError) and error.doc_id == "stor" and "2,621,440 bytes" in error.reason


def test_small_compressed_inputs_still_read(tmp_path):
    pd.DataFrame({"text": ["Hej.", "Då."]}).to_parquet(tmp_path / "t.parquet")
    data = (tmp_path / "t.parquet").read_bytes()
    (tmp_path / "t.parquet").unlink()
    (tmp_path / "g.parquet.gz").write_bytes(gzip.compress(data))
    with zipfile.ZipFile(tmp_path / "z.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("p.parquet", data)
        archive.writestr("a/t.txt", "Text i zip.")
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as inner:
            inner.writestr("i.txt", "Inre.")
        archive.writestr("inner.zip", buf.getvalue())
    (tmp_path / "b.txt.bz2").write_bytes(bz2.compress(b"Bz2-text."))
    records = read(tmp_path)
    assert all(isinstance(r, Article) for r in records), records
    assert sorted(r.doc_id for r in records) == ["b", "g:1", "g:2", "z/a/t", "z/inner/i", "z/p:1", "z/p:2"]


def test_caps_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("NLP_PIPELINE_MAX_DOCUMENT_BYTES", "1M")
    monkeypatch.setenv("NLP_PIPELINE_MAX_MEMBER_BYTES", "2G")
    assert ReadOptions().max_document_bytes == MiB and ReadOptions().max_member_bytes == 2 * 2**30
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(b"a" * (2 * MiB)))
    (error,) = list(read_articles([path]))
    assert isinstance(error, ReadError) and "1 MiB" in error.reason
    monkeypatch.setenv("NLP_PIPELINE_MAX_DOCUMENT_BYTES", "0")  # no cap
    (article,) = list(read_articles([path]))
    assert len(article.text) == 2 * MiB
    monkeypatch.delenv("NLP_PIPELINE_MAX_DOCUMENT_BYTES")
    assert ReadOptions().max_document_bytes == DEFAULT_MAX_DOCUMENT_BYTES == 200 * MiB
    monkeypatch.setenv("NLP_PIPELINE_MAX_DOCUMENT_BYTES", "lots")
    with pytest.raises(ValueError, match="NLP_PIPELINE_MAX_DOCUMENT_BYTES"):
        ReadOptions()


def test_parse_size():
    assert parse_size("1048576") == MiB == parse_size("1M") == parse_size("1MiB") == parse_size("1024k")
    assert parse_size(0) > 2**60
    with pytest.raises(ValueError):
        parse_size("-1")
