"""evaluate_dev / format_dev / `nlp-pipeline evaluate dev` on an invented gold set with the stub pipeline.

The stub (tests/conftest.py) finds the names of its entity ruler and dash quotes
`– text, säger Name`; every expected number below is worked out by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp_pipeline import pipeline
from nlp_pipeline.cli import app
from nlp_pipeline.evaluate import evaluate_dev, format_dev
from nlp_pipeline.evaluate.dev import group_of, kind_of

OLD = (
    "Eva Jansson leder Kulturen i Botkyrka.\n\n"
    "– Vi är glada, säger Eva Jansson.\n\n"
    "Chefen kallar beslutet ”ett svek”.\n\n"
    "Volvo varslar i Göteborg.\n"
)
NEW = (
    "Anna Berg bor i Piteå.\n\n"
    "– Det är kallt, säger Anna Berg.\n\n"
    "– Vi vill ha mer snö, säger Kalle Ek.\n\n"
    "– Det är ”helt fantastiskt”, säger Kalle Ek.\n\n"
    "Per Svensson tycker att det är bra.\n\n"
    "– Hej, sa Per Svensson.\n"
)
TABLOID = "Volvo säljer bilar.\n"


def q(text: str, part: str, type_: str, speaker, kind, mention) -> dict:
    start = text.index(part)
    return {
        "text": part,
        "start": start,
        "end": start + len(part),
        "type": type_,
        "speaker": speaker,
        "speaker_kind": kind,
        "mention": mention,
        "cue": None,
    }


GOLD = [
    {
        "doc_id": "001_x",
        "people": ["Eva Jansson", "Anna Berg"],
        "organisations": ["Kulturen i Botkyrka"],
        "quotes": [
            q(OLD, "Vi är glada", "direct", "Eva Jansson", "person", "name"),  # found, right speaker
            q(OLD, "beslutet ”ett svek", "mixed", "chefen", "role", "role"),  # missed
        ],
    },
    {
        "doc_id": "120_y",
        "people": ["Anna Berg", "Kalle Ek", "Per Svensson"],
        "organisations": ["Sveriges Radio"],
        "quotes": [
            q(NEW, "Det är kallt", "direct", "Anna Berg", "person", "name"),  # found, right speaker
            q(
                NEW, "Vi vill ha mer snö", "direct", "Per Svensson", "person", "pronoun"
            ),  # found, wrong speaker (Kalle Ek)
            q(NEW, "Det är ”helt fantastiskt", "mixed", "Kalle Ek", "person", "continuation"),  # found as direct
            q(NEW, "det är bra", "indirect", "Per Svensson", "person", "name"),  # missed
        ],
    },  # – Hej, sa Per Svensson: spurious
    {"doc_id": "140_z", "people": [], "organisations": ["Volvo"], "quotes": []},
]


@pytest.fixture
def devset(tmp_path) -> tuple[Path, Path]:
    arts = tmp_path / "articles"
    arts.mkdir()
    for doc_id, text in (("001_x", OLD), ("120_y", NEW), ("140_z", TABLOID)):
        (arts / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in GOLD), encoding="utf-8")
    return gold, arts


@pytest.fixture
def scores(devset, stub_nlp):
    return evaluate_dev(*devset, nlp=stub_nlp)


def test_groups_by_prefix():
    assert [group_of(d) for d in ("000_a", "063_b", "100_c", "155_d", "x")] == ["old", "old", "new", "new", None]
    assert [kind_of(d) for d in ("063_b", "100_c", "115_c", "120_d", "135_d", "140_e", "155_e", "117_f")] == [
        None,
        "new:press",
        "new:press",
        "new:easy",
        "new:easy",
        "new:tabloid",
        "new:tabloid",
        None,
    ]
    assert group_of("063_b", new_from=50) == "new"


def test_doc_ids_are_the_file_names_and_groups_split(scores):
    assert scores["missing_articles"] == [] and scores["failed_articles"] == []
    assert scores["offset_mismatches"] == []
    g = scores["groups"]
    assert list(g) == ["old", "new", "all", "new:press", "new:easy", "new:tabloid"]
    assert g["old"]["doc_ids"] == ["001_x"]
    assert g["new"]["doc_ids"] == ["120_y", "140_z"]
    assert g["all"]["doc_ids"] == ["001_x", "120_y", "140_z"]
    assert g["new:press"]["doc_ids"] == [] and g["new:easy"]["doc_ids"] == ["120_y"]
    assert g["new:tabloid"]["doc_ids"] == ["140_z"]


def test_quote_scores(scores):
    old, new, all_ = (scores["groups"][n]["headline"] for n in ("old", "new", "all"))
    # old: gold 2 (direct found, mixed missed), pred 1 right
    assert (old["n_gold_quotes"], old["n_pred_quotes"]) == (2, 1)
    assert old["e2e_precision"] == 1.0 and old["e2e_recall"] == 0.5 and old["e2e_f1"] == pytest.approx(2 / 3)
    assert old["speaker_accuracy"] == 1.0
    assert old["direct_mixed_f1"] == pytest.approx(2 / 3) and old["indirect_f1"] == 0.0
    assert (old["n_mixed_found"], old["n_gold_mixed"], old["mixed_recall"]) == (0, 1, 0.0)
    # new: gold 4, pred 4 (all direct); 3 matched, 2 with the right speaker; Hej is spurious
    assert (new["n_gold_quotes"], new["n_pred_quotes"]) == (4, 4)
    assert new["e2e_f1"] == 0.5 and new["speaker_accuracy"] == pytest.approx(2 / 3)
    assert new["direct_mixed_f1"] == pytest.approx(2 * 0.75 / 1.75)  # P 3/4, R 3/3
    assert new["indirect_f1"] == 0.0
    assert (new["n_mixed_found"], new["n_gold_mixed"], new["mixed_recall"]) == (1, 1, 1.0)
    assert (new["n_missed_quotes"], new["n_spurious_quotes"], new["n_wrong_speakers"]) == (1, 1, 1)
    # all: e2e 3 of pred 5, gold 6
    assert all_["e2e_f1"] == pytest.approx(2 * 0.6 * 0.5 / 1.1)
    assert all_["mixed_recall"] == 0.5
    # every threshold stays available
    assert set(scores["groups"]["all"]["quotes"]["thresholds"]) == {"0.3", "0.5", "0.8"}
    assert scores["groups"]["new"]["type_confusion"] == {"direct->direct": 2, "mixed->direct": 1}


def test_speaker_by_mention_and_kind(scores):
    new = scores["groups"]["new"]["speaker_by_mention"]
    counts = {k: (v["n_gold"], v["n_matched"], v["n_correct"]) for k, v in new.items()}
    assert counts == {
        "name": (2, 1, 1),
        "pronoun": (1, 1, 0),
        "role": (0, 0, 0),
        "det-back-reference": (0, 0, 0),
        "continuation": (1, 1, 1),
        "none": (0, 0, 0),
    }
    assert new["name"]["accuracy"] == 1.0 and new["name"]["e2e_recall"] == 0.5
    old = scores["groups"]["old"]["speaker_by_kind"]
    assert (old["person"]["n_gold"], old["person"]["n_correct"]) == (1, 1)
    assert (old["role"]["n_gold"], old["role"]["n_matched"]) == (1, 0)
    kinds = scores["groups"]["all"]["speaker_by_kind"]
    assert (kinds["person"]["n_gold"], kinds["person"]["n_matched"], kinds["person"]["n_correct"]) == (5, 4, 3)


def test_people_and_organisations(scores):
    g = scores["groups"]
    # old: people pred {Eva Jansson} vs gold {Eva Jansson, Anna Berg};
    # orgs pred {Kulturen i Botkyrka, Volvo} vs gold {Kulturen i Botkyrka}
    assert {k: g["old"]["people"][k] for k in ("tp", "n_pred", "n_gold")} == {"tp": 1, "n_pred": 1, "n_gold": 2}
    assert g["old"]["headline"]["people_f1"] == pytest.approx(2 / 3)
    assert (g["old"]["headline"]["orgs_precision"], g["old"]["headline"]["orgs_recall"]) == (0.5, 1.0)
    # new: all three people found; orgs: Volvo found in 140_z, Sveriges Radio missed in 120_y
    assert (g["new"]["headline"]["people_precision"], g["new"]["headline"]["people_recall"]) == (1.0, 1.0)
    assert {k: g["new"]["organisations"][k] for k in ("tp", "n_pred", "n_gold")} == {"tp": 1, "n_pred": 1, "n_gold": 2}
    # all: micro-averaged over articles
    assert {k: g["all"]["people"][k] for k in ("tp", "n_pred", "n_gold")} == {"tp": 4, "n_pred": 4, "n_gold": 5}
    assert g["all"]["headline"]["people_f1"] == pytest.approx(8 / 9)
    assert g["all"]["headline"]["orgs_f1"] == pytest.approx(2 / 3)


def test_error_lists(scores):
    err = scores["errors"]
    assert err["people"] == {"001_x": {"group": "old", "fp": [], "fn": ["Anna Berg"]}}
    assert err["organisations"] == {
        "001_x": {"group": "old", "fp": ["Volvo"], "fn": []},
        "120_y": {"group": "new", "fp": [], "fn": ["Sveriges Radio"]},
    }
    quotes = err["quotes"]
    assert [(e["doc_id"], e["type"], e["mention"]) for e in quotes["missed"]] == [
        ("001_x", "mixed", "role"),
        ("120_y", "indirect", "name"),
    ]
    assert [(e["doc_id"], e["text"], e["speaker"]) for e in quotes["spurious"]] == [("120_y", "Hej", "Per Svensson")]
    [wrong] = quotes["wrong_speaker"]
    assert (wrong["group"], wrong["speaker"], wrong["pred_speaker"], wrong["mention"]) == (
        "new",
        "Per Svensson",
        "Kalle Ek",
        "pronoun",
    )
    json.dumps(scores)  # the whole result is JSON


def test_missing_article_is_scored_empty(devset, stub_nlp):
    gold, arts = devset
    (arts / "140_z.txt").unlink()
    s = evaluate_dev(gold, arts, nlp=stub_nlp)
    assert s["missing_articles"] == ["140_z"]
    assert s["groups"]["new"]["organisations"]["tp"] == 0 and s["groups"]["new"]["organisations"]["n_gold"] == 2


def test_format_dev(scores):
    text = format_dev(scores)
    lines = text.splitlines()
    table = lines[lines.index("") + 1 :]
    table = table[: table.index("")]
    rows = {line.split()[0]: line for line in table if line.split()[0] in scores["groups"]}
    assert list(rows) == ["old", "new", "all", "new:press", "new:easy", "new:tabloid"]
    assert rows["new"].split()[1:5] == ["2", "4", "4", "0.500"]
    assert "0/1" in rows["old"] and "1/1" in rows["new"]
    assert "speaker accuracy by gold mention" in text and "speaker accuracy by gold speaker kind" in text
    [pronoun] = [line for line in lines if line.split()[:1] == ["pronoun"]]
    assert pronoun.split()[1:] == ["0/0", "-", "0", "0/1", "0.000", "1", "0/1", "0.000", "1"]


def test_cli_prints_the_report_and_writes_json(devset, stub_nlp, monkeypatch, tmp_path):
    monkeypatch.setattr(pipeline, "get_nlp", lambda model="bundled": stub_nlp)
    gold, arts = devset
    out = tmp_path / "out" / "dev.json"
    result = CliRunner().invoke(app, ["evaluate", "dev", str(gold), "--articles", str(arts), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "Quote dev set: 3 articles" in result.output and "new:tabloid" in result.output
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["groups"]["new"]["headline"]["e2e_f1"] == 0.5
    assert saved["errors"]["quotes"]["spurious"][0]["text"] == "Hej"
    help_ = CliRunner().invoke(app, ["evaluate", "dev", "--help"])
    assert help_.exit_code == 0 and "Example" in help_.output
