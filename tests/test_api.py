"""analyze(): inputs of every kind, errors that do not stop a run, Result.write."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from spacy.language import Language

import nlp_pipeline
from nlp_pipeline import analyze, open_result
from nlp_pipeline import tables as T


def test_public_api():
    assert nlp_pipeline.__version__
    assert callable(nlp_pipeline.analyze) and callable(nlp_pipeline.load) and callable(nlp_pipeline.open_result)
    with pytest.raises(AttributeError):
        _ = nlp_pipeline.nothing_here


def test_one_text(stub_nlp):
    r = analyze("– Vi är glada, säger Eva Jansson.", nlp=stub_nlp)
    assert list(r.documents.doc_id) == ["text-1"] and list(r.documents.source) == ["<text>"]
    assert list(r.quotes.speaker) == ["Eva Jansson"]
    assert list(r.people.name) == ["Eva Jansson"]
    assert r.ok and r.summary()["quotes"] == 1


def test_list_of_texts_and_paths(stub_nlp, sample_dir):
    r = analyze(
        ["Eva Jansson i Piteå.", sample_dir / "lulea-skola.txt", str(sample_dir / "umea-bib*.txt")], nlp=stub_nlp
    )
    assert list(r.documents.doc_id) == ["text-1", "lulea-skola", "umea-bibliotek"]
    assert r.documents.loc[1, "text"] == (sample_dir / "lulea-skola.txt").read_text(encoding="utf-8")


def test_a_long_one_line_text_is_a_text_not_a_path(stub_nlp):
    """A sentence of one line longer than a file name may be: the operating system's 'File name too long'
    when it is checked as a path had stopped the run."""
    text = "Eva Jansson i Piteå säger att biblioteket ska byggas ut och att fler ska få låna böcker. " * 4
    r = analyze(text.strip(), nlp=stub_nlp)
    assert list(r.documents.status) == ["ok"] and r.documents.loc[0, "text"] == text.strip()


def test_dataframe(stub_nlp):
    df = pd.DataFrame(
        {"body": ["– Hej, säger Eva Jansson.", "Volvo i Göteborg.", None], "section": ["kultur", "ekonomi", "x"]},
        index=[10, 11, 12],
    )
    r = analyze(df, text_field="body", nlp=stub_nlp)
    assert list(r.documents.doc_id) == ["row-10", "row-11", "row-12"]
    assert json.loads(r.documents.metadata[0]) == {"section": "kultur"}
    assert list(r.quotes.speaker) == ["Eva Jansson"]
    assert list(r.documents.status) == ["ok", "ok", "error"]
    assert list(r.errors.line) == [3] and "empty text" in r.errors.reason[0]
    with pytest.raises(KeyError):
        analyze(df, nlp=stub_nlp)  # no "text" column


def test_dataframe_id_field(stub_nlp):
    df = pd.DataFrame({"text": ["Hej.", "Hå."], "uid": ["x", "y"]})
    assert list(analyze(df, id_field="uid", nlp=stub_nlp).documents.doc_id) == ["x", "y"]


def test_bad_input_is_recorded_and_the_run_goes_on(stub_nlp, fixtures_dir, tmp_path):
    r = analyze([fixtures_dir / "rows" / "articles.jsonl", tmp_path / "missing.txt"], nlp=stub_nlp)
    docs = r.documents.set_index("doc_id")
    assert list(docs[docs.status == "ok"].index) == ["a1", "a2", "a5"]
    assert set(r.errors.line.dropna()) == {3, 4}
    assert "no such file" in r.errors.reason.iloc[-1]
    assert r.n_failed == 3 and not r.ok
    assert json.loads(docs.loc["a1", "metadata"]) == {"section": "kultur", "tags": ["kultur", "botkyrka"]}


@Language.component("explode_on_boom")
def explode_on_boom(doc):
    if "BOOM" in doc.text:
        raise RuntimeError("component exploded")
    return doc


def test_pipeline_failure_of_one_document_keeps_the_others(stub_nlp):
    import spacy

    from nlp_pipeline.pipeline import add_project_components

    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("explode_on_boom")
    add_project_components(nlp)
    r = analyze(["Ett.", "BOOM här.", "Tre."], nlp=nlp, batch_size=8)
    assert list(r.documents.status) == ["ok", "error", "ok"]
    assert list(r.errors.stage) == ["nlp"] and "exploded" in r.errors.reason[0]
    assert list(r.errors.doc_id) == ["text-2"]


def test_a_pipeline_without_the_entity_layer_fails_each_document_loudly():
    import spacy

    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    r = analyze(["Ett.", "Två."], nlp=nlp)
    assert list(r.documents.status) == ["error", "error"]
    assert list(r.errors.stage) == ["tables", "tables"] and "swedish_entities" in r.errors.reason[0]


def test_write_and_open_result_every_format(stub_nlp, sample_dir, tmp_path):
    r = analyze([sample_dir], nlp=stub_nlp)
    for fmt in ["parquet", "csv", "jsonl", "xlsx"]:
        paths = r.write(tmp_path / fmt, format=fmt)
        assert sorted(p.name for p in paths) == sorted(f"{t}.{fmt}" for t in T.TABLES)
        back = open_result(tmp_path / fmt)
        for name in T.TABLES:
            pd.testing.assert_frame_equal(getattr(r, name), getattr(back, name), obj=f"{fmt}/{name}")


def test_write_refuses_to_overwrite(stub_nlp, tmp_path):
    r = analyze("Hej.", nlp=stub_nlp)
    r.write(tmp_path)
    with pytest.raises(FileExistsError):
        r.write(tmp_path)
    r.write(tmp_path, overwrite=True)
    with pytest.raises(ValueError):
        r.write(tmp_path, format="xml")


def test_keep_docs(stub_nlp):
    r = analyze(["Eva Jansson.", "Anna Berg."], nlp=stub_nlp, keep_docs=True)
    assert [d.user_data["doc_id"] for d in r.docs] == ["text-1", "text-2"]


def test_quote_is_re_exported():
    from nlp_pipeline.quotes.records import Quote

    assert nlp_pipeline.Quote is Quote


def test_nothing_in_gives_empty_tables_with_schemas(stub_nlp):
    r = analyze([], nlp=stub_nlp)
    for name in T.TABLES:
        assert list(getattr(r, name).columns) == T.columns(name) and len(getattr(r, name)) == 0


def test_interrupt_keeps_what_is_done(stub_nlp):
    from nlp_pipeline.api import Interrupted

    seen = []

    def progress(record):
        seen.append(record)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(Interrupted) as info:
        analyze(["Ett.", "Två.", "Tre."], nlp=stub_nlp, batch_size=1, progress=progress)
    assert list(info.value.result.documents.doc_id) == ["text-1", "text-2"]


def test_result_repr(stub_nlp):
    assert repr(analyze("Eva Jansson.", nlp=stub_nlp)).startswith("Result(documents=1, entities=1")
