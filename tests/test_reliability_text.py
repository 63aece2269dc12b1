"""Reliability issue 25: boilerplate that hides real text, HTML extraction that loses text
silently, and the documentation of what the commands and files do."""

from __future__ import annotations

import pytest

from nlp_pipeline import tables as T
from nlp_pipeline.io import read_articles
from nlp_pipeline.io.boilerplate import boilerplate_spans
from nlp_pipeline.io.records import Article


def spans_text(text):
    return [text[s:e] for s, e in boilerplate_spans(text)]


# ------------------------------------------------------------------ 1. photo credits and the boilerplate share

PARAGRAPH = (
    "Kommunen satsar på nya skolor. {credit} Enligt kommunalrådet Eva Berg ska fem skolor byggas. "
    "– Det är viktigt för barnen, säger hon."
)


@pytest.mark.parametrize(
    "credit",
    [
        "Foto: Anna Ek/TT",
        "Foto: Lars Pehrson/SvD",
        "FOTO: TT",
        "Bild: privat",
        "Foto: Anna Ek, Lars Berg/TT",
        "Foto: Johan Nilsson/TT och Eva Lind/Scanpix",
        "Illustration: Anna-Karin von Ek",
        "Foto: Christian Örnberg (arkivbild)",
    ],
)
def test_a_photo_credit_inside_a_paragraph_covers_only_the_credit(credit):
    text = PARAGRAPH.format(credit=credit)
    assert spans_text(text) == [credit]


def test_a_credit_before_a_sentence_that_opens_with_a_capitalised_word():
    text = "Bilden togs i går. Foto: Jessica Gow/TT Statsminister Ulf Kristersson (M) säger att det är bra."
    assert spans_text(text) == ["Foto: Jessica Gow/TT"]
    text = "Bilden togs i går. Foto: Anna Ek/TT, som var på plats, säger att det var kallt."
    assert spans_text(text) == ["Foto: Anna Ek/TT"]


def test_a_credit_on_its_own_line_is_still_boilerplate():
    text = "Volvo varslar 300.\nFoto: Kalle Ek/TT\nFacket är kritiskt."
    assert spans_text(text) == ["Foto: Kalle Ek/TT"]
    # names that are not all capitalised: the rest of a short credit line is the credit
    for line in ("Foto: Conservation international", "Foto: Ministry of Agriculture – Adaptation Fund/Anna Ek"):
        assert spans_text(f"Text.\n{line}\nMer text.") == [line]


def test_the_credit_in_a_paragraph_hides_no_entities_or_quotes_of_the_read_article(tmp_path):
    (tmp_path / "skolor.txt").write_text(
        "Nya skolor i Umeå\n\n" + PARAGRAPH.format(credit="Foto: Anna Ek/TT") + "\n", encoding="utf-8"
    )
    (article,) = read_articles([tmp_path])
    assert [article.text[s:e] for s, e in article.boilerplate] == ["Foto: Anna Ek/TT"]
    row = T.document_row(article)
    assert row["warnings"] == []


def test_a_document_warns_when_boilerplate_covers_much_of_its_text():
    text = "Meny\nSök\nDela på Facebook\nLogga in\nMina sidor\nPrenumerera\nKort text."
    article = Article(doc_id="d", text=text, boilerplate=boilerplate_spans(text))
    row = T.document_row(article)
    share = T.boilerplate_share(text, article.boilerplate)
    assert share > T.BOILERPLATE_WARN_SHARE
    assert row["warnings"] == [f"boilerplate covers {share:.0%} of the text"]


def test_reader_warnings_reach_the_documents_row_and_errors_have_none():
    article = Article(doc_id="d", text="En helt vanlig text.", warnings=["extraction kept 40% of the visible text"])
    assert T.document_row(article)["warnings"] == ["extraction kept 40% of the visible text"]
    assert "warnings" in T.columns("documents") and T.columns("documents")[-1] == "warnings"
    from nlp_pipeline.io.records import ReadError

    document, _ = T.error_rows(ReadError(source="a.html", reason="x", doc_id="a", format="html"))
    assert document["warnings"] == []


def test_boilerplate_share_merges_overlapping_spans_and_ignores_space():
    text = "abcd efgh"
    assert T.boilerplate_share(text, [(0, 4), (2, 4)]) == 0.5
    assert T.boilerplate_share("", []) == 0.0


# ------------------------------------------------------------------ 2. HTML: no article text, text lost

SENTENCES = [
    "Umeå kommun ska bygga fem nya skolor de kommande tio åren enligt ett beslut i fullmäktige.",
    "Beslutet fattades efter en lång debatt där oppositionen krävde att pengarna skulle gå till befintliga skolor.",
    "Kommunalrådet Eva Berg menar att befolkningsökningen gör nybyggen nödvändiga för att klara skolan.",
]
QUOTE = "– Vi har inget val, barnen finns redan här och de behöver en skola nära hemmet, säger Eva Berg."
PARAS = "".join(f"<p>{s}</p>" for s in SENTENCES)
NAV_PAGE = """<html><head><title>Nyheter</title></head><body>
<header><nav><ul><li><a href="/">Start</a></li><li><a href="/nyheter">Nyheter</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li></ul></nav></header>
<div class="menu"><a href="/logga-in">Logga in</a> <a href="/prenumerera">Prenumerera</a></div>
<footer><p>© Tidningen AB</p><a href="/kontakt">Kontakt</a></footer>
</body></html>"""
BROKEN_PAGES = {
    # an extra </div> closes the article's container before its last paragraph
    "extra_div": f"<html><body><div class='content'><article><h1>Nya skolor</h1><div class='text'>{PARAS}</div></div>"
    f"<p>{QUOTE}</p></article></div><footer><p>Tidningen AB, Storgatan 1, Umeå. Ansvarig utgivare är Anna "
    "Svensson.</p></footer></body></html>",
    "extra_article_end": f"<html><body><main><article><h1>Nya skolor</h1>{PARAS}</article><p>{QUOTE}</p></article>"
    "<section class='related'><h2>Mer</h2></section></main></body></html>",
    # the page's end tags too early: lxml drops what follows </html>
    "early_html_end": f"<html><body><article><h1>Nya skolor</h1>{PARAS}</article></body></html><p>{QUOTE}</p>",
    "second_body": f"<html><body><article><h1>Nya skolor</h1>{PARAS}</article></body>"
    f"<body><p>{QUOTE}</p></body></html>",
}


def read_html_file(tmp_path, name, html):
    from nlp_pipeline.io.records import ReadError

    (tmp_path / f"{name}.html").write_text(html, encoding="utf-8")
    (record,) = read_articles([tmp_path / f"{name}.html"])
    assert isinstance(record, (Article, ReadError))
    return record


def test_a_navigation_only_page_is_an_error_row_not_an_article(tmp_path):
    from nlp_pipeline.io.records import ReadError

    record = read_html_file(tmp_path, "nav", NAV_PAGE)
    assert isinstance(record, ReadError), record
    assert record.doc_id == "nav" and record.reason.startswith("no article text found in the HTML page")
    document, error = T.error_rows(record)
    assert document["status"] == "error" and document["doc_id"] == "nav" and error["reason"] == record.reason


def test_a_short_real_article_is_not_taken_for_navigation(tmp_path):
    html = (
        "<html><body><nav><a href='/'>Start</a></nav>"
        f"<article><h1>Brand i Umeå</h1><p>{QUOTE}</p></article></body></html>"
    )
    record = read_html_file(tmp_path, "kort", html)
    assert isinstance(record, Article) and QUOTE in record.text and record.warnings == []


@pytest.mark.parametrize("name", sorted(BROKEN_PAGES))
def test_broken_html_keeps_its_last_paragraph(tmp_path, name):
    import trafilatura

    html = BROKEN_PAGES[name]
    lost = trafilatura.bare_extraction(html, include_comments=False, include_tables=False)
    assert QUOTE not in lost.text  # the extractor alone loses it
    article = read_html_file(tmp_path, name, html)
    assert isinstance(article, Article)
    assert article.text.endswith(QUOTE) and all(s in article.text for s in SENTENCES)
    assert "Ansvarig utgivare" not in article.text and article.warnings == []


def test_a_well_formed_page_is_not_repaired():
    from nlp_pipeline.io.readers import repair_html

    html = f"<html><body><article>{PARAS}</article></body></html>\n<!-- cache 12 ms -->\n"
    assert repair_html(html) == html


def test_an_extraction_that_keeps_little_takes_the_fallback(tmp_path):
    from nlp_pipeline.io.readers import _page_tree, kept_share, visible_blocks

    html = (
        f"<html><body><main><h1>Nya skolor</h1><p>{SENTENCES[0]}</p><p>{SENTENCES[1]}</p></main>"
        f"<div><div>{SENTENCES[2]}</div><div>{QUOTE}</div><div>Oppositionsrådet Per Lind är kritisk och menar att "
        "kommunen borde renovera de skolor som redan finns.</div><div>– Det här är slöseri med skattebetalarnas "
        "pengar, säger Per Lind till tidningen på tisdagen.</div></div></body></html>"
    )
    import trafilatura

    first = trafilatura.bare_extraction(html, include_comments=False, include_tables=False).text
    assert kept_share(first, visible_blocks(_page_tree(html))) < 0.5
    article = read_html_file(tmp_path, "halv", html)
    assert QUOTE in article.text and "slöseri" in article.text and article.warnings == []


def test_an_extraction_that_still_keeps_little_is_a_warning(tmp_path, monkeypatch):
    import trafilatura

    from nlp_pipeline.io import readers

    html = f"<html><body><article><h1>Nya skolor</h1>{PARAS}<p>{QUOTE}</p></article></body></html>"
    real = trafilatura.bare_extraction
    tried = []

    def only_the_first_paragraph(*args, **kwargs):
        tried.append(kwargs.get("favor_recall", False))
        doc = real(*args, **kwargs)
        doc.text = SENTENCES[0]
        return doc

    monkeypatch.setattr(trafilatura, "bare_extraction", only_the_first_paragraph)
    monkeypatch.setattr(trafilatura, "baseline", lambda html: (None, SENTENCES[0], len(SENTENCES[0])))
    article = read_html_file(tmp_path, "kvar", html)
    assert tried == [False, True]  # the fallback was tried
    (warning,) = article.warnings
    assert warning.startswith("extraction kept ") and warning.endswith("% of the visible text")
    assert int(warning.split()[2].rstrip("%")) < readers.KEPT_WARN * 100
    assert T.document_row(article)["warnings"] == [warning]


# ------------------------------------------------------------------ 3. what the README and docs say


ROOT = __import__("pathlib").Path(__file__).resolve().parents[1]


def test_readme_says_quotes_prints_the_article_first_as_it_does(monkeypatch, stub_nlp, tmp_path):
    from typer.testing import CliRunner

    from nlp_pipeline import pipeline
    from nlp_pipeline.cli import app

    monkeypatch.setattr(pipeline, "get_nlp", lambda model="bundled": stub_nlp)
    (tmp_path / "a.txt").write_text("Rubrik\n\n– Det är viktigt, säger Eva Jansson.\n", encoding="utf-8")
    out = CliRunner().invoke(app, ["quotes", str(tmp_path / "a.txt")]).output
    assert out.index("Rubrik") < out.index("speaker")  # the article, then the table
    (line,) = [x for x in (ROOT / "README.md").read_text(encoding="utf-8").splitlines() if "nlp-pipeline quotes " in x]
    assert line.index("the article") < line.index("then a table"), line


def test_readme_and_engine_docs_give_the_signal_exit_codes_and_the_progress_variable():
    from nlp_pipeline.cli.progress import DEFAULT_PROGRESS_SECONDS, PROGRESS_SECONDS_VAR

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    engine = (ROOT / "docs" / "engine.md").read_text(encoding="utf-8")
    exit_codes = readme[readme.index("Exit codes:") :].split("\n\n")[0]
    assert "143" in exit_codes and "SIGTERM" in exit_codes and "--resume" in exit_codes
    assert "exits with 143" in engine and "SIGTERM" in engine
    assert PROGRESS_SECONDS_VAR in engine and f"every {int(DEFAULT_PROGRESS_SECONDS)} seconds" in engine


def test_info_names_the_bundled_model_by_its_folder_not_spacys_placeholders(monkeypatch):
    import json

    from nlp_pipeline import __version__, api, pipeline
    from nlp_pipeline.nlp.backends import resolve

    resolved = resolve("bundled")
    meta = json.loads((resolved.path / "meta.json").read_text(encoding="utf-8"))
    assert (meta["name"], meta["version"]) == ("pipeline", "0.0.0")  # spaCy's placeholders

    class Loaded:
        pipe_names = ["tok2vec"]

    Loaded.meta = meta
    monkeypatch.setattr(pipeline, "get_nlp", lambda model="bundled": Loaded())
    details = api.info("bundled")
    assert details["model name"] == "sv_news_nlp"
    assert details["model version"] == f"none of its own: ships with nlp-pipeline {__version__}"
    assert details["model card"].endswith("sv_news_nlp/README.md")
    assert "0.0.0" not in json.dumps(details) and "sv_pipeline" not in json.dumps(details)


def test_models_lists_the_bundled_model_by_its_folder(monkeypatch):
    from typer.testing import CliRunner

    from nlp_pipeline import __version__
    from nlp_pipeline.cli import app
    from nlp_pipeline.nlp import backends

    bundled = backends.ModelInfo("bundled", "bundled", "sv_pipeline 0.0.0", "/x/models/sv_news_nlp", "ready", True)
    package = backends.ModelInfo("sv_tiny", "spacy package", "0.0.1", "/site/sv_tiny", "ready", True)
    monkeypatch.setattr(backends, "available_models", lambda: [bundled, package])
    result = CliRunner().invoke(app, ["models"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert f"sv_news_nlp (ships with nlp-pipeline {__version__})" in result.output
    assert "sv_pipeline" not in result.output and "0.0.1" in result.output


def test_csv_tables_start_with_a_byte_order_mark_and_read_back(stub_nlp, tmp_path):
    import pandas as pd

    from nlp_pipeline import analyze, open_result
    from nlp_pipeline.query import query
    from nlp_pipeline.writers import write_csv

    r = analyze(["– Det är viktigt för Åsa och Örjan, säger Eva Jansson."], nlp=stub_nlp)
    r.write(tmp_path / "csv", format="csv")
    for name in T.TABLES:
        assert (tmp_path / "csv" / f"{name}.csv").read_bytes().startswith(b"\xef\xbb\xbf"), name
    back = open_result(tmp_path / "csv")
    for name in ("documents", "entities", "quotes", "people"):  # (an empty table's list columns read back as str)
        assert len(getattr(r, name)) > 0
        pd.testing.assert_frame_equal(getattr(r, name), getattr(back, name), obj=name)
    assert query(tmp_path / "csv", "SELECT doc_id FROM documents")["doc_id"].tolist() == ["text-1"]
    # appending (the engine writes a table in chunks) adds rows, not a second mark
    path = tmp_path / "two.csv"
    write_csv(r.documents, path)
    write_csv(r.documents, path, append=True)
    data = path.read_bytes()
    assert data.count(b"\xef\xbb\xbf") == 1 and len(pd.read_csv(path)) == 2


def test_tables_doc_says_what_list_columns_are_when_read_back(stub_nlp, tmp_path):
    import numpy as np
    import pandas as pd

    from nlp_pipeline import analyze, open_result

    r = analyze(["Gå direkt till innehåll\n– Det är viktigt, säger Eva Jansson."], nlp=stub_nlp)
    r.write(tmp_path, format="parquet")
    raw = pd.read_parquet(tmp_path / "documents.parquet").boilerplate[0]
    assert isinstance(raw, np.ndarray)  # not a Python list
    assert open_result(tmp_path).documents.boilerplate[0] == [[0, 23]]
    doc = (ROOT / "docs" / "tables.md").read_text(encoding="utf-8")
    dtypes = doc[doc.index("* **Dtypes.**") :].split("\n* ")[0]
    assert "`pd.read_parquet` gives numpy arrays" in dtypes and "`open_result` turns every format back" in dtypes


def test_the_licence_is_an_spdx_string_so_setuptools_prints_no_deprecation_banner():
    import re
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "MIT"  # a TOML table is deprecated (a banner on every install)
    (setuptools,) = [r for r in project["build-system"]["requires"] if r.startswith("setuptools")]
    assert int(re.search(r">=\s*(\d+)", setuptools).group(1)) >= 77  # the first setuptools that reads SPDX strings


def test_run_writes_csv_with_a_byte_order_mark_too(stub_nlp, tmp_path):
    from nlp_pipeline import open_result, run

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("– Det gäller Åsa, säger Eva Jansson.\n", encoding="utf-8")
    run([tmp_path / "in"], tmp_path / "out", nlp=stub_nlp, format="csv")
    for name in T.TABLES:
        assert (tmp_path / "out" / f"{name}.csv").read_bytes().startswith(b"\xef\xbb\xbf"), name
    assert open_result(tmp_path / "out").documents["doc_id"].tolist() == ["a"]
