"""The HTML report, its charts, and the terminal and notebook views (no browser, no model).

Result folders are built here from small hand-made tables (Swedish text, and an
article full of HTML and ``<script>`` that must stay text).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from nlp_pipeline import tables as T
from nlp_pipeline.api import Result, open_result
from nlp_pipeline.report import charts, render_report, write_report
from nlp_pipeline.report.data import PALETTE, build_payload, to_script_json
from nlp_pipeline.report.html import script_hash

SWEDISH = (
    "Kulturhuset öppnar igen\n\n"
    "– Vi är så glada att äntligen få öppna, säger Eva Jansson, chef på Kulturen i Botkyrka.\n\n"
    "Åsa Öberg höll inte med.\n\n"
    "– Det är för dyrt för Piteå, sa Åsa Öberg."
)
HOSTILE_TITLE = '<b>Rubrik</b> & <img src=x onerror="window.__pwned=1">'
HOSTILE = (
    'Test <script>window.__pwned = 2</script> och <img src=x onerror="window.__pwned=3">.\n\n'
    "– </script><script>window.__pwned=4</script> farligt, säger Mallory <i>X</i>."
)
HOSTILE_SPEAKER = "Mallory <i>X</i>"


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def tricky_result() -> Result:
    """Three articles: Swedish quotes, hostile HTML, and a failed document."""
    docs, ents, quotes = [], [], []

    def entity(doc_id, text, part, label, after=0, link=None):
        s, e = _span(text, part, after)
        n = sum(1 for x in ents if x["doc_id"] == doc_id) + 1
        ents.append(
            {
                "doc_id": doc_id,
                "entity_id": f"{doc_id}#e{n}",
                "text": part,
                "label": label,
                "label_original": label,
                "start_char": s,
                "end_char": e,
                "sentence": 0,
                "canonical": link or part,
                "person_id": T.person_id(link) if link and label == "PER" else None,
                "org_id": T.org_id(link) if link and label == "ORG" else None,
            }
        )

    def quote(doc_id, text, part, speaker, mention, cue, after=0, linked=True):
        s, e = _span(text, part)
        ms, me = _span(text, mention, after or e)
        n = sum(1 for x in quotes if x["doc_id"] == doc_id) + 1
        quotes.append(
            {
                "doc_id": doc_id,
                "quote_id": f"{doc_id}#q{n}",
                "text": part,
                "start_char": s,
                "end_char": e,
                "type": "direct",
                "speaker": speaker,
                "speaker_kind": "person",
                "speaker_mention": mention,
                "speaker_mention_start": ms,
                "speaker_mention_end": me,
                "cue": cue,
                "cue_lemma": "säga",
                "paragraph": 1,
                "method": "test",
                "confidence": 0.9,
                "speaker_id": T.person_id(speaker) if linked else None,
            }
        )

    docs.append(
        {
            "doc_id": "kultur/botkyrka",
            "source": "kultur/botkyrka.txt",
            "format": "txt",
            "title": "Kulturhuset öppnar igen",
            "date": "2024-03-05",
            "url": "https://example.se/a",
            "metadata": "{}",
            "text": SWEDISH,
            "n_chars": len(SWEDISH),
            "boilerplate": [],
            "status": "ok",
        }
    )
    entity("kultur/botkyrka", SWEDISH, "Eva Jansson", "PER", link="Eva Jansson")
    entity("kultur/botkyrka", SWEDISH, "Kulturen i Botkyrka", "ORG", link="Kulturen i Botkyrka")
    entity("kultur/botkyrka", SWEDISH, "Åsa Öberg", "PER", link="Åsa Öberg")
    entity("kultur/botkyrka", SWEDISH, "Piteå", "LOC")
    entity("kultur/botkyrka", SWEDISH, "Åsa Öberg", "PER", after=SWEDISH.index("sa Åsa"), link="Åsa Öberg")
    quote("kultur/botkyrka", SWEDISH, "Vi är så glada att äntligen få öppna", "Eva Jansson", "Eva Jansson", "säger")
    quote("kultur/botkyrka", SWEDISH, "Det är för dyrt för Piteå", "Åsa Öberg", "Åsa Öberg", "sa")

    docs.append(
        {
            "doc_id": "hostile",
            "source": "hostile.html",
            "format": "html",
            "title": HOSTILE_TITLE,
            "date": "2024-04-01",
            "url": "javascript:window.__pwned=5",
            "metadata": "{}",
            "text": HOSTILE,
            "n_chars": len(HOSTILE),
            "boilerplate": [[0, 4]],
            "status": "ok",
        }
    )
    entity("hostile", HOSTILE, "Mallory <i>X</i>", "PER")
    quote(
        "hostile",
        HOSTILE,
        "</script><script>window.__pwned=4</script> farligt",
        HOSTILE_SPEAKER,
        HOSTILE_SPEAKER,
        "säger",
        linked=False,
    )

    docs.append(
        {
            "doc_id": "broken",
            "source": "broken.txt",
            "format": "txt",
            "metadata": "{}",
            "boilerplate": [],
            "status": "error",
            "error": "empty document text",
        }
    )
    people = [
        {
            "person_id": T.person_id("Eva Jansson"),
            "name": "Eva Jansson",
            "variants": ["Eva Jansson"],
            "n_mentions": 1,
            "n_documents": 1,
            "n_quotes": 1,
            "roles": ["chef"],
            "affiliations": ["Kulturen i Botkyrka"],
            "first_document": "kultur/botkyrka",
            "last_document": "kultur/botkyrka",
            "gender": "female",
            "gender_method": "lexicon",
        },
        {
            "person_id": T.person_id("Åsa Öberg"),
            "name": "Åsa Öberg",
            "variants": ["Åsa Öberg"],
            "n_mentions": 2,
            "n_documents": 1,
            "n_quotes": 1,
            "roles": [],
            "affiliations": [],
            "first_document": "kultur/botkyrka",
            "last_document": "kultur/botkyrka",
            "gender": "female",
            "gender_method": "lexicon",
        },
    ]
    orgs = [
        {
            "org_id": T.org_id("Kulturen i Botkyrka"),
            "name": "Kulturen i Botkyrka",
            "variants": ["Kulturen i Botkyrka"],
            "n_mentions": 1,
            "n_documents": 1,
            "n_quotes": 0,
            "people": ["Eva Jansson"],
            "person_ids": [T.person_id("Eva Jansson")],
        }
    ]
    errors = [{"doc_id": "broken", "source": "broken.txt", "stage": "read", "reason": "empty document text"}]
    return Result.from_tables(
        {
            "documents": T.frame("documents", docs),
            "entities": T.frame("entities", ents),
            "quotes": T.frame("quotes", quotes),
            "people": T.frame("people", people),
            "organisations": T.frame("organisations", orgs),
            "errors": T.frame("errors", errors),
        }
    )


@pytest.fixture
def result_dir(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    tricky_result().write(out)
    return out


def _payload(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


def _block(page: str, n: int) -> dict:
    m = re.search(rf'<script type="application/json" id="doc-{n}">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


def test_write_report_from_parquet_folder(result_dir: Path, tmp_path: Path):
    out = write_report(result_dir, tmp_path / "sub" / "report.html")
    assert out == tmp_path / "sub" / "report.html" and out.exists()
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert "Åsa Öberg" in page and "äntligen" in page  # UTF-8 as is, not escaped
    payload = _payload(page)
    assert [d[0] for d in payload["docs"]] == ["kultur/botkyrka", "hostile", "broken"]
    assert len(payload["quotes"]) == 3
    assert _block(page, 0)["text"] == SWEDISH
    assert _block(page, 1)["text"] == HOSTILE
    assert _block(page, 1)["bp"] == [[0, 4]]


def test_report_is_self_contained(result_dir: Path, tmp_path: Path):
    page = write_report(result_dir, tmp_path / "r.html").read_text(encoding="utf-8")
    assert not re.search(r"<(link|img|iframe)\b", page, re.I)
    assert not re.search(r"\b(src|href)=[\"']?(https?:)?//", page, re.I)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp
    js = re.search(r"<script>(.*?)</script>", page, re.S).group(1)
    assert script_hash(js) in csp  # only the report's own script may run


def test_hostile_text_cannot_break_out_of_json(result_dir: Path, tmp_path: Path):
    page = write_report(result_dir, tmp_path / "r.html").read_text(encoding="utf-8")
    # The only script elements are the report's own: data blocks plus one inline script.
    opened = re.findall(r"<script\b[^>]*>", page)
    assert opened.count("<script>") == 1
    assert len(opened) == 1 + 1 + 3  # script, payload, 3 documents
    assert page.count("</script>") == len(opened)
    assert "window.__pwned" in page  # still there, as escaped JSON text
    assert "<img" not in page
    payload = _payload(page)
    assert payload["docs"][1][1] == HOSTILE_TITLE
    assert HOSTILE_SPEAKER in [s[0] for s in payload["speakers"]]


def test_to_script_json_escapes_markup():
    text = to_script_json({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_payload_links_people_speakers_and_articles():
    payload, blocks = build_payload(tricky_result())
    f = {name: {k: n for n, k in enumerate(cols)} for name, cols in payload["fields"].items()}
    speakers = {s[0]: s for s in payload["speakers"]}
    eva = speakers["Eva Jansson"]
    person = payload["people"][eva[f["speakers"]["person"]]]
    assert person[f["people"]["name"]] == "Eva Jansson"
    assert person[f["people"]["roles"]] == ["chef"]
    assert person[f["people"]["docs"]] == [0]
    assert speakers[HOSTILE_SPEAKER][f["speakers"]["person"]] == -1
    assert payload["docs"][0][f["docs"]["date_iso"]] == "2024-03-05"
    assert payload["docs"][2][f["docs"]["status"]] == "error"
    assert len(blocks) == 3 and blocks[2]["text"] == ""
    labels = payload["labels"]
    assert [labels[e[2]] for e in blocks[0]["ents"]] == ["PER", "ORG", "PER", "LOC", "PER"]


def test_write_report_missing_or_empty_folder(tmp_path: Path):
    with pytest.raises(FileNotFoundError):
        write_report(tmp_path / "nope", tmp_path / "r.html")
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileNotFoundError):
        write_report(tmp_path / "empty", tmp_path / "r.html")


def test_report_of_empty_result(tmp_path: Path):
    page = render_report(Result.from_tables({}))
    assert _payload(page)["quotes"] == []
    assert "No quotes." in page and "No dates" in page


def test_report_from_csv_folder(tmp_path: Path):
    tricky_result().write(tmp_path / "csv", format="csv")
    page = write_report(tmp_path / "csv", tmp_path / "r.html").read_text(encoding="utf-8")
    assert len(_payload(page)["quotes"]) == 3
    assert _block(page, 0)["text"] == SWEDISH


# ---------------------------------------------------------------- charts


def test_speaker_bars_escape_and_order():
    svg = charts.speaker_bars([("A <b>", 5, PALETTE[0]), ("Örjan", 2, PALETTE[1]), ("nobody", 0, PALETTE[2])])
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "A &lt;b&gt;" in svg and "<b>" not in svg
    assert svg.index("A &lt;b&gt;") < svg.index("Örjan") and "nobody" not in svg


def test_timeline_days_months_and_no_dates():
    assert "No dates" in charts.timeline({"x": ["", ""]})
    assert charts.periods(["2024-01-30", "2024-02-02"]) == (
        "day",
        ["2024-01-30", "2024-01-31", "2024-02-01", "2024-02-02"],
    )
    unit, buckets = charts.periods(["2023-11-03", "2024-02-10", "2024-03-01"])
    assert unit == "month" and buckets == ["2023-11", "2023-12", "2024-01", "2024-02", "2024-03"]
    svg = charts.timeline({"mentions": ["2024-01-01", "2024-01-01", "2024-01-03"], "quotes": ["2024-01-02"]})
    assert svg.count("<polyline") == 2 and "per day" in svg


# ---------------------------------------------------------------- terminal and notebook


def test_render_article_terminal():
    from rich.console import Console

    from nlp_pipeline.report.terminal import render_article

    result = tricky_result()
    doc = result.documents.iloc[0]
    quotes = result.quotes[result.quotes["doc_id"] == doc["doc_id"]]
    ents = result.entities[result.entities["doc_id"] == doc["doc_id"]]
    group = render_article(doc["text"], quotes, ents, title=doc["title"])
    console = Console(record=True, width=200, color_system="truecolor", force_terminal=True)
    console.print(group)
    plain = console.export_text(clear=False)
    assert "Eva Jansson (1)" in plain and "Åsa Öberg (1)" in plain
    assert "Vi är så glada att äntligen få öppna" in plain
    body = group.renderables[-1]
    q = quotes.iloc[0]
    styles = [str(sp.style) for sp in body.spans if sp.start == q["start_char"] and sp.end == q["end_char"]]
    assert any(PALETTE[0] in st for st in styles)
    ansi = console.export_text(styles=True)
    assert "\x1b[" in ansi


def test_render_article_terminal_tolerates_missing_and_bad_rows():
    from rich.console import Console

    from nlp_pipeline.report.terminal import render_article

    quotes = T.frame("quotes", [{"start_char": 50, "end_char": 80, "speaker": "X"}])  # past the end
    console = Console(record=True, width=80)
    console.print(render_article("Kort text med åäö.", quotes, None))
    assert "Kort text med åäö." in console.export_text()


def test_display_article_notebook_html():
    from nlp_pipeline.report.notebook import ArticleHTML, display_article

    result = tricky_result()
    html = display_article(result, "kultur/botkyrka", jupyter=False)
    assert isinstance(html, ArticleHTML) and html._repr_html_() == str(html)
    assert "QUOTE · Eva Jansson" in html and "SPEAKER · Åsa Öberg" in html
    assert PALETTE[0] in html and "äntligen" in html
    hostile = result.display("hostile", jupyter=False)  # Result.display delegates
    assert "<script>" not in hostile and "<img" not in hostile and "<i>" not in hostile
    assert "&lt;script&gt;" in hostile and "&lt;i&gt;" in hostile
    with pytest.raises(KeyError):
        result.display("no-such-doc", jupyter=False)


def test_open_result_round_trip_keeps_report_identical(result_dir: Path):
    assert render_report(result_dir, title="t") == render_report(open_result(result_dir), title="t")


def test_report_of_a_pipeline_result(stub_nlp, tmp_path: Path):
    """Tables as the pipeline writes them (stub components, no model) make a report."""
    from nlp_pipeline.api import analyze

    text = "Eva Jansson i Botkyrka.\n\n– Vi är glada, säger Eva Jansson.\n\n– Det blir dyrt för Piteå, sa Anna Berg.\n"
    result = analyze([text, "Kalle Ek på Volvo.\n\n– Hej, säger Kalle Ek.\n"], nlp=stub_nlp)
    result.write(tmp_path / "out")
    page = write_report(tmp_path / "out", tmp_path / "r.html").read_text(encoding="utf-8")
    payload = _payload(page)
    names = [s[0] for s in payload["speakers"]]
    assert len(payload["quotes"]) == len(result.quotes) >= 3
    assert {"Eva Jansson", "Anna Berg", "Kalle Ek"} <= set(names)
    f = {k: n for n, k in enumerate(payload["fields"]["quotes"])}
    for q in payload["quotes"]:
        text_of_doc = _block(page, q[f["doc"]])["text"]
        assert text_of_doc[q[f["start"]] : q[f["end"]]] == q[f["text"]]
    assert "QUOTE · Eva Jansson" in result.display("text-1", jupyter=False)


def test_unreadable_tables_are_a_value_error(tmp_path: Path):
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "quotes.parquet").write_bytes(b"not parquet at all")
    with pytest.raises(ValueError, match="not a readable result folder"):
        write_report(tmp_path / "bad", tmp_path / "r.html")


def test_display_in_a_notebook_displays(monkeypatch):
    import sys
    import types

    shown = []
    fake = types.ModuleType("IPython.display")
    fake.HTML = lambda html: ("HTML", html)
    fake.display = shown.append
    monkeypatch.setitem(sys.modules, "IPython", types.ModuleType("IPython"))
    monkeypatch.setitem(sys.modules, "IPython.display", fake)
    assert tricky_result().display("kultur/botkyrka", jupyter=True) is None
    assert shown and shown[0][0] == "HTML" and "QUOTE · Eva Jansson" in shown[0][1]
