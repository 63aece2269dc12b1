"""``make evaluate-backends`` harness on tiny fixtures: hold-out DocBins, a quote dev set and two
small spaCy pipeline folders (no stanza, no ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from recipe import backends as B

TEXT = "Eva Jansson bor i Piteå ."


def write_eval(data: Path) -> None:
    vocab = spacy.blank("sv").vocab
    words = TEXT.split()
    doc = Doc(
        vocab,
        words=words,
        spaces=[True] * 4 + [False, False],
        ents=["B-PER", "I-PER", "O", "O", "B-LOC", "O"],
        pos=["PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
        heads=[2, 0, 2, 4, 2, 2],
        deps=["nsubj", "flat:name", "ROOT", "case", "obl", "punct"],
    )
    (data / "eval").mkdir(parents=True)
    for name in B.NER_SETS:
        db = DocBin()
        db.add(doc)
        db.to_disk(data / "eval" / f"{name}.spacy")


def write_quotes_dev(dev: Path) -> None:
    text = "Kommunen bygger.\n\n– Vi bygger nu, säger Eva Jansson.\n"
    (dev / "articles").mkdir(parents=True)
    (dev / "articles" / "d1.txt").write_text(text, encoding="utf-8")
    start = text.index("Vi bygger nu")
    gold = {
        "doc_id": "d1",
        "quotes": [
            {"text": "Vi bygger nu", "start": start, "end": start + 12, "speaker": "Eva Jansson", "type": "direct"}
        ],
    }
    (dev / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")


def make_pipeline(path: Path, patterns: list[tuple[str, str]]) -> str:
    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": lab, "pattern": text} for lab, text in patterns])
    nlp.to_disk(path)
    return str(path)


def test_compare_two_pipelines_side_by_side(tmp_path):
    write_eval(tmp_path / "data")
    write_quotes_dev(tmp_path / "dev")
    good = make_pipeline(tmp_path / "good", [("PER", "Eva Jansson"), ("LOC", "Piteå")])
    suc = make_pipeline(tmp_path / "suc", [("PRS", "Eva Jansson")])  # SUC labels, mapped to PER
    result = B.compare([good, suc], tmp_path / "data", tmp_path / "dev", repeat=1, rounds=1)
    rows = result["models"]
    assert rows[good]["ner_f1"]["klintan-test"] == 1.0
    assert rows[suc]["ner_f1"]["klintan-test"] == 0.0  # PRS is not PER until the tables map it
    assert rows[good]["las"]["talbanken-test"] is None  # no parser
    assert rows[good]["quotes_e2e_f1"] == 1.0 and rows[suc]["quotes_e2e_f1"] == 1.0
    assert rows[good]["words_per_second"] > 0 and rows[suc]["words_per_second"] > 0
    table = B.format_markdown(result)
    assert table.count("\n| `") == 2 and "| 100.0 |" in table and "words/s" in table


def test_cli_needs_the_holdout_sets(tmp_path, capsys):
    assert B.main(["--data", str(tmp_path / "nothing")]) == 2
    assert "make train-data" in capsys.readouterr().err
