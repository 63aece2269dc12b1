"""Bad input: every bad document is one `errors` row, every good one is processed, exit code 1."""

from __future__ import annotations

import gzip
import json

import pytest
from typer.testing import CliRunner

from nlp_pipeline import open_result, pipeline
from nlp_pipeline.cli import app

runner = CliRunner()
GOOD = "– Det är bra, säger Eva Jansson.\n\nHon arbetar i Botkyrka."
NAV = """<html><head><title>Meny</title></head><body>
<nav><ul><li><a href="/">Gå direkt till innehåll</a></li><li><a href="/m">Gå direkt till menyn</a></li></ul></nav>
<div class="menu"><a href="/logga-in">Logga in</a></div>
</body></html>"""


def build_bad_corpus(folder):
    folder.mkdir(parents=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\n\t \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "cp1252.txt").write_bytes("Åsa Öberg i Piteå säger att Volvo växer.\r\n".encode("cp1252"))
    filler = "Det regnade hela dagen och vägarna var hala enligt trafikverket i länet. " * 4
    paras = [GOOD if i % 100 == 0 else f"Stycke {i}. {filler}" for i in range(5 * 1024 * 1024 // (len(filler) + 14))]
    big = "\n\n".join(paras)
    (folder / "big.txt").write_text(big, encoding="utf-8")
    rows = [
        json.dumps({"id": "j1", "text": GOOD}),
        '{"id": "j2", "text": "trasig',
        json.dumps({"id": "j3", "body": GOOD}),
        json.dumps({"id": "j4", "text": GOOD}),
    ]
    (folder / "rows.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (folder / "nav.html").write_text(NAV, encoding="utf-8")
    data = gzip.compress(("Volvo i Göteborg. " * 2000).encode())
    (folder / "cut.txt.gz").write_bytes(data[: len(data) // 2])
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder, len(big)


def text_quotes(text: str) -> int:
    return text.count(GOOD)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_bad_corpus_nothing_lost(monkeypatch, stub_nlp, tmp_path, workers):
    monkeypatch.setattr(pipeline, "get_nlp", lambda model="bundled": stub_nlp)
    folder, big_len = build_bad_corpus(tmp_path / "in")
    args = ["run", str(folder), "--out", str(tmp_path / "out"), "-q", "--workers", workers]
    if workers == "2":
        args += ["--model", "conftest:make_stub_nlp"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    back = open_result(tmp_path / "out")
    errors = back.errors
    by_source = {src.rsplit("/", 1)[-1]: n for src, n in errors.source.value_counts().items()}
    assert by_source == {
        "empty.txt": 1,
        "blank.txt": 1,
        "binary.txt": 1,
        "rows.jsonl": 2,
        "nav.html": 1,
        "cut.txt.gz": 1,
    }, errors.to_dict("records")
    ok = back.documents[back.documents.status == "ok"]
    assert sorted(ok.doc_id) == ["big", "cp1252", "good", "j1", "j4"]
    docs = back.documents.set_index("doc_id")
    assert docs.loc["cp1252", "text"].startswith("Åsa Öberg i Piteå")
    assert docs.loc["big", "n_chars"] == big_len
    big_quotes = back.quotes[back.quotes.doc_id == "big"]
    assert len(big_quotes) == text_quotes(docs.loc["big", "text"]) > 100
    text = docs.loc["big", "text"]
    for q in big_quotes.tail(50).itertuples():
        assert text[q.start_char : q.end_char] == q.text
    # every failed document is a documents row too (the whole unreadable gz included)
    failed = back.documents[back.documents.status == "error"]
    assert len(failed) == len(errors)
