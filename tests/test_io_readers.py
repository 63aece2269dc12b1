"""Every reader, the wrappers, and input discovery."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import sys
import types
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from nlp_pipeline.io import Article, ReadError, read_articles
from nlp_pipeline.io.sources import detect_format


def articles(*inputs, **kw):
    return [r for r in read_articles(list(inputs), **kw) if isinstance(r, Article)]


def errors(*inputs, **kw):
    return [r for r in read_articles(list(inputs), **kw) if isinstance(r, ReadError)]


def test_readers_are_lazy(sample_dir):
    records = read_articles([sample_dir])
    assert isinstance(records, types.GeneratorType)
    first = next(records)
    assert first.doc_id == "botkyrka-pitea"


def test_txt_folder_recursive_ids(tmp_path):
    (tmp_path / "2021" / "mars").mkdir(parents=True)
    (tmp_path / "2021" / "mars" / "a.txt").write_text("Första.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Rubrik\n\nAndra.\n", encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")  # unknown extension: skipped in folders
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    got = {a.doc_id: a for a in articles(tmp_path)}
    assert set(got) == {"2021/mars/a", "b"}
    assert got["2021/mars/a"].source == str(tmp_path / "2021" / "mars" / "a.txt")
    assert got["b"].text == "# Rubrik\n\nAndra.\n"


def test_single_file_and_glob(sample_dir):
    one = articles(sample_dir / "lulea-skola.txt")
    assert [a.doc_id for a in one] == ["lulea-skola"]
    globbed = articles(str(sample_dir / "*-*.txt"))
    assert [a.doc_id for a in globbed] == ["botkyrka-pitea", "goteborg-hamn", "lulea-skola", "umea-bibliotek"]


def test_missing_input_is_an_error_not_an_exception(tmp_path):
    errs = errors(tmp_path / "nope.txt", str(tmp_path / "*.nothing"))
    assert [e.reason for e in errs] == ["no such file or directory", "no files match this pattern"]


def test_html_main_text_and_metadata(fixtures_dir):
    (article,) = articles(fixtures_dir / "html" / "volvo.html")
    assert article.doc_id == "volvo"
    assert article.title == "Volvo varslar 300 i Göteborg"
    assert article.author == "Kalle Ek"
    assert article.date == "2021-03-12"
    assert article.url == "https://example.se/nyheter/volvo-varslar"
    assert "säger Anna Berg" in article.text
    for junk in ("Gå direkt till", "dataLayer", "querySelectorAll", "cookies", "Dela på Facebook", "font-family"):
        assert junk not in article.text
    assert "\r" not in article.text


def test_jsonl_with_broken_line(fixtures_dir):
    records = list(read_articles([fixtures_dir / "rows" / "articles.jsonl"]))
    ok = [r for r in records if isinstance(r, Article)]
    bad = [r for r in records if isinstance(r, ReadError)]
    assert [a.doc_id for a in ok] == ["a1", "a2", "a5"]
    assert [(e.line, e.reason.split(":")[0]) for e in bad] == [
        (3, "invalid JSON"),
        (4, "no text field 'text' (use --text-field; fields"),
    ]
    a1, a2 = ok[0], ok[1]
    assert a1.title == "Glädje i Botkyrka" and a1.date == "2021-01-02" and a1.line == 1
    assert a1.metadata == {"section": "kultur", "tags": ["kultur", "botkyrka"]}
    assert a2.text == "Volvo varslar i Göteborg.\n– Det är tråkigt, säger Anna Berg."  # \r\n normalised


def test_jsonl_text_and_id_fields(tmp_path):
    path = tmp_path / "x.ndjson"
    path.write_text(json.dumps({"uid": 7, "body": "Hej", "id": "ignored"}) + "\n", encoding="utf-8")
    (a,) = articles(path, text_field="body", id_field="uid")
    assert a.doc_id == "7" and a.text == "Hej" and a.metadata == {"id": "ignored"}
    path.write_text(json.dumps({"body": "Hej"}) + "\n", encoding="utf-8")
    (a,) = articles(path, text_field="body")
    assert a.doc_id == "x:1"


def test_csv_and_tsv(fixtures_dir, tmp_path):
    got = articles(fixtures_dir / "rows" / "articles.csv")
    assert [(a.doc_id, a.line, a.metadata) for a in got] == [
        ("c1", 1, {"section": "kultur"}),
        ("c2", 2, {"section": "ekonomi"}),
    ]
    assert got[1].text == "Volvo varslar i Göteborg.\nNy rad, säger Anna Berg."
    tsv = tmp_path / "t.tsv"
    tsv.write_text("id\ttext\tkälla\nt1\tHej från Umeå.\tDN\nt2\t\tSvD\n", encoding="utf-8")
    records = list(read_articles([tsv]))
    assert records[0].doc_id == "t1" and records[0].metadata == {"källa": "DN"}
    assert isinstance(records[1], ReadError) and records[1].line == 2 and "empty text" in records[1].reason


def test_parquet(tmp_path):
    df = pd.DataFrame(
        {
            "doc_id": ["p1", "p2"],
            "text": ["Hej.", None],
            "n": [1, 2],
            "when": pd.to_datetime(["2021-01-01", "2021-01-02"]),
        }
    )
    df.to_parquet(tmp_path / "a.parquet")
    records = list(read_articles([tmp_path / "a.parquet"]))
    assert records[0].doc_id == "p1" and records[0].metadata["n"] == 1
    assert records[0].metadata["when"].startswith("2021-01-01")
    assert isinstance(records[1], ReadError) and records[1].line == 2


def write_warc(path: Path, pages: list[tuple[str, str]], gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers
                )
            )
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.0")
        writer.write_record(
            writer.create_warc_record(
                "https://example.se/logo.png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=headers
            )
        )


@pytest.mark.parametrize("name,gz", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc(tmp_path, fixtures_dir, name, gz):
    html = (fixtures_dir / "html" / "volvo.html").read_text(encoding="utf-8")
    write_warc(tmp_path / name, [("https://example.se/a", html), ("https://example.se/b", html)], gz)
    got = articles(tmp_path / name)
    assert [a.format for a in got] == ["warc", "warc"]
    assert [a.url for a in got] == ["https://example.se/nyheter/volvo-varslar"] * 2  # canonical link wins
    assert [a.doc_id for a in got] == ["https://example.se/a", "https://example.se/b"]
    assert all("säger Anna Berg" in a.text and "dataLayer" not in a.text for a in got)


def test_gz_bz2_zip_wrappers(tmp_path, sample_dir):
    text = (sample_dir / "lulea-skola.txt").read_bytes()
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(text))
    (tmp_path / "b.jsonl.bz2").write_bytes(bz2.compress(b'{"id": "j1", "text": "Hej"}\n{broken\n'))
    with zipfile.ZipFile(tmp_path / "c.zip", "w") as z:
        z.writestr("inner/d.txt", text)
        z.writestr("e.csv", "id,text\nz1,Hej hej\n")
        z.writestr("readme.bin", b"\x00")
    records = list(read_articles([tmp_path]))
    ids = [r.doc_id for r in records if isinstance(r, Article)]
    assert ids == ["a", "j1", "z1", "c/inner/d"]
    assert records[0].text == text.decode("utf-8")
    bad = [r for r in records if isinstance(r, ReadError)]
    assert len(bad) == 1 and bad[0].line == 2 and bad[0].source.endswith("b.jsonl.bz2")
    zipped = [r for r in records if isinstance(r, Article) and r.doc_id == "c/inner/d"][0]
    assert zipped.source.endswith("c.zip!inner/d.txt")


def test_corrupt_gzip_is_an_error(tmp_path):
    (tmp_path / "bad.txt.gz").write_bytes(b"not gzip at all")
    (rec,) = list(read_articles([tmp_path / "bad.txt.gz"]))
    assert isinstance(rec, ReadError) and "gzip" in rec.reason.lower()


def test_input_format_override(tmp_path):
    (tmp_path / "dump.data").write_text('{"text": "Hej"}\n', encoding="utf-8")
    (a,) = articles(tmp_path / "dump.data", input_format="jsonl")
    assert a.text == "Hej"
    with pytest.raises(ValueError):
        list(read_articles([tmp_path], input_format="pdf"))


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Hej\r\nda".encode("cp1252"))))
    (a,) = articles("-")
    assert a.doc_id == "stdin" and a.source == "<stdin>" and a.text == "Hej\nda"


def test_duplicate_ids_made_unique(tmp_path):
    (tmp_path / "x.jsonl").write_text('{"id": "a", "text": "1"}\n{"id": "a", "text": "2"}\n', encoding="utf-8")
    assert [a.doc_id for a in articles(tmp_path / "x.jsonl")] == ["a", "a~2"]


@pytest.mark.parametrize(
    "name,expected",
    [
        ("a/b.jsonl.gz", ("jsonl", ("gzip",), "a/b")),
        ("x.warc.gz", ("warc", (), "x")),
        ("y.TXT.bz2", ("txt", ("bz2",), "y")),
        ("x.zip", (None, ("zip",), "x")),
        ("p.htm", ("html", (), "p")),
    ],
)
def test_detect_format(name, expected):
    assert detect_format(name) == expected


def test_html_declared_cp1252(tmp_path):
    html = (
        '<html><head><meta charset="windows-1252"><title>Växjö</title></head><body><article>'
        "<p>Åsa Öberg i Växjö säger att ”det här” är en lång mening om stadens nya bibliotek och dess läsare.</p>"
        "<p>Biblioteket öppnar i maj – och alla är välkomna, säger Åsa Öberg till tidningen.</p>"
        "</article></body></html>"
    )
    (tmp_path / "old.htm").write_bytes(html.encode("cp1252"))
    (a,) = articles(tmp_path / "old.htm")
    assert "”det här”" in a.text and "Åsa Öberg" in a.text and a.title == "Växjö"


def test_binary_txt_is_an_error(tmp_path):
    (tmp_path / "x.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (rec,) = list(read_articles([tmp_path / "x.txt"]))
    assert isinstance(rec, ReadError) and rec.doc_id == "x" and "binary" in rec.reason
