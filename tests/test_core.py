"""One per-document core: ``analyze()`` and ``run`` (1 and 2 workers) give identical tables for the
same mixed corpus — normal articles, a page that is only navigation, an over-long article processed
in pieces, a broken JSONL line, an empty file — and the public ``run()`` is what the CLI runs."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from nlp_pipeline import analyze, open_result, run
from nlp_pipeline import tables as T
from nlp_pipeline.process import Interrupted, ProcessOptions, process_items

STUB = "conftest:make_stub_nlp"
MAX_CHARS = 2_000


def assert_same_tables(left, right):
    for name in T.TABLES:
        pd.testing.assert_frame_equal(
            getattr(left, name).reset_index(drop=True), getattr(right, name).reset_index(drop=True), obj=name
        )


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed") / "in"
    folder.mkdir()
    for i in range(6):
        (folder / f"a{i}.txt").write_text(
            f"Rubrik {i}\n\nEva Jansson besökte Piteå.\n\n– Det är viktigt nummer {i}, säger Eva Jansson.\n",
            encoding="utf-8",
        )
    (folder / "nav.txt").write_text("Gå direkt till innehåll\nDela på Facebook\nSkriv ut\n", encoding="utf-8")
    paragraphs = [
        f"Stycke {n}: Anna Berg arbetar i Göteborg med Volvo.\n\n– Vi fortsätter, säger Anna Berg." for n in range(80)
    ]
    (folder / "long.txt").write_text("Lång rubrik\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    assert len((folder / "long.txt").read_text(encoding="utf-8")) > 2 * MAX_CHARS
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    rows = [
        json.dumps({"id": "r1", "text": "Kalle Ek besökte Botkyrka."}, ensure_ascii=False),
        "{broken",
        json.dumps({"id": "r3", "text": "– Hej, säger Per Svensson."}, ensure_ascii=False),
    ]
    (folder / "feed.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def from_analyze(mixed, stub_nlp):
    return analyze([mixed], nlp=stub_nlp, max_chars=MAX_CHARS, batch_size=3)


def test_the_mixed_corpus_has_every_kind_of_document(from_analyze):
    docs = from_analyze.documents.set_index("doc_id")
    assert docs.loc["a0", "status"] == "ok" and docs.loc["long", "status"] == "ok"
    assert "only navigation" in docs.loc["nav", "error"]
    assert docs.loc["empty", "error"] == "empty document text"
    assert (from_analyze.errors["line"] == 2).sum() == 1  # the broken JSONL line
    long_quotes = from_analyze.quotes[from_analyze.quotes["doc_id"] == "long"]
    assert len(long_quotes) == 80  # every piece's quotes, offsets into the whole text
    text = docs.loc["long", "text"]
    assert all(text[q.start_char : q.end_char] == q.text for q in long_quotes.itertuples())


@pytest.mark.parametrize("workers", [1, 2])
def test_run_gives_the_tables_of_analyze(mixed, from_analyze, stub_nlp, tmp_path, workers):
    model = {"nlp": stub_nlp} if workers == 1 else {"model": STUB}
    summary = run([mixed], tmp_path / "out", workers=workers, max_chars=MAX_CHARS, batch_size=2, **model)
    assert summary.workers == workers and summary.failed == len(from_analyze.errors)
    assert_same_tables(open_result(tmp_path / "out"), from_analyze)


def test_keep_docs_gives_one_doc_per_document_also_in_pieces(mixed, stub_nlp):
    result = analyze([mixed / "long.txt", mixed / "a0.txt"], nlp=stub_nlp, max_chars=MAX_CHARS, keep_docs=True)
    assert [d.user_data["doc_id"] for d in result.docs] == ["long", "a0"]
    assert result.docs[0].text == result.documents.set_index("doc_id").loc["long", "text"]


def test_a_failing_document_is_an_error_row_not_a_stop(stub_nlp):
    from nlp_pipeline.io.records import Article

    class Broken:
        max_length = 1_000_000

        def make_doc(self, text):
            if "bomb" in text:
                raise ValueError("bomb")
            return stub_nlp.make_doc(text)

        def pipe(self, docs, batch_size=32):
            return stub_nlp.pipe(docs, batch_size=batch_size)

        def __call__(self, doc):
            return stub_nlp(doc)

    items = [
        (0, Article(doc_id="x", text="Eva Jansson.", source="x")),
        (1, Article(doc_id="y", text="a bomb", source="y")),
    ]
    outcomes = process_items(items, Broken(), ProcessOptions())
    assert [o[0] for _, o in outcomes] == ["ok", "error"]
    assert outcomes[1][1][2]["reason"] == "ValueError: bomb" and outcomes[1][1][2]["stage"] == "nlp"


def test_a_mistyped_path_is_an_error_not_a_text(stub_nlp):
    with pytest.raises(FileNotFoundError, match="corpora/sampel"):
        analyze("corpora/sampel", nlp=stub_nlp)
    with pytest.raises(FileNotFoundError):
        analyze(["artikel.txt"], nlp=stub_nlp)
    assert len(analyze("Hej.", nlp=stub_nlp).documents) == 1  # a text stays a text


def test_one_interrupted_type(stub_nlp, tmp_path):
    from nlp_pipeline import api, engine

    assert api.Interrupted is Interrupted and not hasattr(engine, "Interrupted")
