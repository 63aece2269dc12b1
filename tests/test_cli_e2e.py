"""End to end with the real bundled pipeline: `nlp-pipeline run corpora/sample --out DIR`."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from nlp_pipeline import analyze, open_result, pipeline
from nlp_pipeline import tables as T
from nlp_pipeline.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def sample_run(nlp, sample_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("sample-run")
    mp = pytest.MonkeyPatch()
    mp.setattr(pipeline, "get_nlp", lambda model="bundled": nlp)
    try:
        result = runner.invoke(app, ["run", str(sample_dir), "--out", str(out)])
    finally:
        mp.undo()
    return result, out


def test_run_sample_writes_every_table(sample_run):
    result, out = sample_run
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.parquet" for t in T.TABLES)
    back = open_result(out)
    for name in T.TABLES:
        assert list(getattr(back, name).columns) == T.columns(name)
    assert list(back.documents.status) == ["ok"] * 4 and len(back.errors) == 0


def test_offsets_in_every_table(sample_run):
    back = open_result(sample_run[1])
    texts = dict(zip(back.documents.doc_id, back.documents.text))
    assert len(back.entities) and len(back.quotes)
    for e in back.entities.itertuples():
        assert texts[e.doc_id][e.start_char : e.end_char] == e.text
    for q in back.quotes.itertuples():
        assert texts[q.doc_id][q.start_char : q.end_char] == q.text
        if not pd.isna(q.speaker_mention_start):
            assert texts[q.doc_id][q.speaker_mention_start : q.speaker_mention_end] == q.speaker_mention


def test_navigation_line_yields_nothing(sample_run):
    back = open_result(sample_run[1])
    doc = back.documents.set_index("doc_id").loc["botkyrka-pitea"]
    nav_end = doc.text.index("\n")
    ents = back.entities[back.entities.doc_id == "botkyrka-pitea"]
    quotes = back.quotes[back.quotes.doc_id == "botkyrka-pitea"]
    assert (ents.start_char >= nav_end).all() and (quotes.start_char >= nav_end).all()


def test_eva_jansson(sample_run):
    back = open_result(sample_run[1])
    people = back.people.set_index("name")
    eva = people.loc["Eva Jansson"]
    assert eva.person_id == T.person_id("Eva Jansson")
    assert "chef" in " ".join(eva.roles)
    said = back.quotes[back.quotes.speaker_id == eva.person_id]
    assert eva.n_quotes == len(said) > 0
    assert set(back.quotes[back.quotes.speaker == "Eva Jansson"].speaker_id) == {eva.person_id}


def test_api_and_cli_agree(sample_run, nlp, sample_dir):
    back = open_result(sample_run[1])
    direct = analyze([sample_dir], nlp=nlp)
    for name in T.TABLES:
        pd.testing.assert_frame_equal(getattr(direct, name), getattr(back, name), obj=name)


def test_show_and_quotes(nlp, sample_dir, monkeypatch):
    monkeypatch.setattr(pipeline, "get_nlp", lambda model="bundled": nlp)
    shown = runner.invoke(app, ["show", str(sample_dir / "botkyrka-pitea.txt")])
    assert shown.exit_code == 0, shown.output
    assert "Eva Jansson" in shown.output and "Sentences in botkyrka-pitea" in shown.output
    quoted = runner.invoke(app, ["quotes", str(sample_dir / "botkyrka-pitea.txt")])
    assert quoted.exit_code == 0 and "Eva Jansson" in quoted.output


def test_quotes_prints_the_article_with_quotes_highlighted():
    sample = ROOT / "corpora" / "sample" / "lulea-skola.txt"
    res = runner.invoke(app, ["quotes", str(sample)])
    assert res.exit_code == 0, res.output
    assert "Maria Nilsson" in res.output and "Hertsöskolan" in res.output  # table + article text
    res = runner.invoke(app, ["quotes", str(sample), "--no-article"])
    assert "Hertsöskolan" not in res.output
