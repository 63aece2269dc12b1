"""The CLI with typer's CliRunner, over the stub pipeline (the real one is in test_cli_e2e.py)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from nlp_pipeline import analyze, api, open_result, pipeline
from nlp_pipeline import tables as T
from nlp_pipeline.cli import app

runner = CliRunner()


@pytest.fixture
def stubbed(monkeypatch, stub_nlp):
    """`--model anything` gives the stub pipeline."""
    monkeypatch.setattr(pipeline, "get_nlp", lambda model="bundled": stub_nlp)
    return stub_nlp


def invoke(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


COMMANDS = [["run"], ["quotes"], ["show"], ["people"], ["orgs"], ["info"], ["evaluate", "quotes"], ["evaluate", "ner"]]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example(command):
    result = invoke(*command, "--help")
    assert result.exit_code == 0, result.output
    assert "Example" in result.output and "nlp-pipeline" in result.output


def test_run_writes_every_table_and_matches_the_api(stubbed, sample_dir, tmp_path):
    out = tmp_path / "out"
    result = invoke("run", sample_dir, "--out", out)
    assert result.exit_code == 0, result.output
    assert "4 documents analysed, 0 failed" in result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.parquet" for t in T.TABLES)
    from_cli = open_result(out)
    from_api = analyze([sample_dir], nlp=stubbed)
    for name in T.TABLES:
        pd.testing.assert_frame_equal(getattr(from_cli, name), getattr(from_api, name), obj=name)


def test_run_formats_and_overwrite(stubbed, sample_dir, tmp_path):
    assert invoke("run", sample_dir, "--out", tmp_path, "--format", "csv", "-q").exit_code == 0
    assert (tmp_path / "people.csv").exists()
    again = invoke("run", sample_dir, "--out", tmp_path, "--format", "csv")
    assert again.exit_code == 2 and "--overwrite" in again.output
    assert invoke("run", sample_dir, "--out", tmp_path, "--format", "csv", "--overwrite", "-q").exit_code == 0
    assert invoke("run", sample_dir, "--out", tmp_path, "--format", "jsonl", "-q").exit_code == 0
    assert (tmp_path / "quotes.jsonl").exists()


def test_run_exit_1_when_a_document_fails_and_everything_else_is_written(stubbed, fixtures_dir, tmp_path):
    result = invoke("run", fixtures_dir / "rows" / "articles.jsonl", "--out", tmp_path)
    assert result.exit_code == 1
    assert "invalid JSON" in result.output
    back = open_result(tmp_path)
    assert list(back.documents[back.documents.status == "ok"].doc_id) == ["a1", "a2", "a5"]
    assert list(back.errors.line) == [3, 4]


@pytest.mark.parametrize(
    "args,message",
    [
        (["run", "nope/", "--out", "x"], "no such file"),
        (["run", "corpora/sample", "--out", "x", "--format", "xml"], "xml"),
        (["run", "corpora/sample", "--out", "x", "--input-format", "pdf"], "pdf"),
        (["run", "corpora/sample"], "--out"),
        (["people", "no-such-dir"], "no result folder"),
        (["bogus"], "No such command"),
    ],
)
def test_usage_errors_exit_2(stubbed, args, message, monkeypatch, tmp_path):
    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    result = invoke(*args)
    assert result.exit_code == 2, result.output
    assert message.lower() in result.output.lower()


def test_missing_model_is_a_usage_error(tmp_path, sample_dir):
    result = invoke("run", sample_dir, "--out", tmp_path, "--model", tmp_path / "no-model")
    assert result.exit_code == 2 and "No spaCy pipeline" in result.output


def test_run_from_stdin(stubbed, tmp_path):
    result = invoke("run", "-", "--out", tmp_path, "-q", input="– Hej, säger Eva Jansson.\n")
    assert result.exit_code == 0, result.output
    back = open_result(tmp_path)
    assert list(back.documents.doc_id) == ["stdin"] and list(back.quotes.speaker) == ["Eva Jansson"]


def test_quotes_command(stubbed, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Rubrik\n\n– Vi är glada, säger Eva Jansson.\n\n– Det tar tid, säger Anna Berg.\n", encoding="utf-8"
    )
    result = invoke("quotes", article)
    assert result.exit_code == 0, result.output
    for words in ("Eva Jansson", "Vi är glada", "säger", "Anna Berg", "2 quotes"):
        assert words in result.output
    piped = invoke("quotes", "-", input=article.read_text(encoding="utf-8"))
    assert piped.exit_code == 0 and "Eva Jansson" in piped.output


def test_show_command(stubbed, sample_dir):
    result = invoke("show", sample_dir / "botkyrka-pitea.txt")
    assert result.exit_code == 0, result.output
    assert "Entities in botkyrka-pitea" in result.output and "Eva Jansson" in result.output
    assert "Sentences in botkyrka-pitea" in result.output and "Botkyrka anammar" in result.output


def test_people_and_orgs_commands(stubbed, sample_dir, tmp_path):
    assert invoke("run", sample_dir, "--out", tmp_path, "-q").exit_code == 0
    people = invoke("people", tmp_path, "--limit", "5")
    assert people.exit_code == 0 and "Eva Jansson" in people.output and "chef" in people.output
    orgs = invoke("orgs", tmp_path)
    assert orgs.exit_code == 0 and "Acusticum" in orgs.output


def test_info_command(stubbed, monkeypatch):
    monkeypatch.setattr(api, "info", lambda model="bundled": {"nlp-pipeline": "0.1.0", "components": ["ner"]})
    result = invoke("info")
    assert result.exit_code == 0 and "0.1.0" in result.output and "ner" in result.output
    assert invoke("--version").output.startswith("nlp-pipeline ")


def test_evaluate_quotes_calls_the_evaluator(stubbed, monkeypatch, tmp_path):
    import sys
    import types

    calls = {}
    fake = types.ModuleType("nlp_pipeline.evaluate.quotes")

    def evaluate_quotes(gold_path, articles_dir, nlp=None):
        calls.update(gold=gold_path, articles=articles_dir, nlp=nlp)
        return {"f1": 0.5}

    fake.evaluate_quotes = evaluate_quotes
    fake.format_table = lambda scores: f"F1 = {scores['f1']}"
    monkeypatch.setitem(sys.modules, "nlp_pipeline.evaluate.quotes", fake)
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{}\n", encoding="utf-8")
    result = invoke("evaluate", "quotes", gold, "--articles", tmp_path)
    assert result.exit_code == 0, result.output
    assert "F1 = 0.5" in result.output
    assert calls == {"gold": gold, "articles": tmp_path, "nlp": stubbed}
    assert invoke("evaluate", "quotes", tmp_path / "nope.jsonl", "--articles", tmp_path).exit_code == 2


def test_evaluate_ner(stubbed, tmp_path):
    from spacy.tokens import DocBin

    gold = []
    for text in ["Eva Jansson bor i Piteå.", "Volvo finns i Göteborg."]:
        doc = stubbed(text)
        gold.append(doc)
    DocBin(docs=gold).to_disk(tmp_path / "gold.spacy")
    result = invoke("evaluate", "ner", tmp_path / "gold.spacy")
    assert result.exit_code == 0, result.output
    assert "ALL" in result.output and "1.000" in result.output


def test_python_dash_m():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "nlp_pipeline", "--help"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and "run" in out.stdout


def test_run_mixed_folder_every_format(stubbed, fixtures_dir, tmp_path):
    import gzip
    import shutil

    from test_io_readers import write_warc

    src = tmp_path / "in"
    shutil.copytree(fixtures_dir, src)
    html = (fixtures_dir / "html" / "volvo.html").read_text(encoding="utf-8")
    write_warc(src / "crawl.warc.gz", [("https://example.se/a", html)], gz=True)
    (src / "old.txt.gz").write_bytes(gzip.compress("Eva Jansson i Piteå.\r\n".encode("cp1252")))
    result = invoke("run", src, "--out", tmp_path / "out", "-q")
    assert result.exit_code == 1  # the broken JSONL lines
    back = open_result(tmp_path / "out")
    ok = back.documents[back.documents.status == "ok"]
    assert sorted(set(ok.format)) == ["csv", "html", "jsonl", "txt", "warc"]
    assert "https://example.se/a" in set(ok.doc_id) and "old" in set(ok.doc_id)
    assert len(back.errors) == 2


def test_info_without_a_model(tmp_path):
    result = invoke("info", "--model", tmp_path)
    assert result.exit_code == 1 and "No spaCy pipeline" in result.output
