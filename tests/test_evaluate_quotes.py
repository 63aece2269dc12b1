"""The quote scorer on tiny hand-made gold and predictions."""

from __future__ import annotations

import json

import pytest

from nlp_pipeline.evaluate.quotes import evaluate_quotes, format_table, match, normalise_speaker, overlap, score_quotes
from nlp_pipeline.quotes.records import Quote


def q(start, end, type_="direct", speaker=None):
    return {"start": start, "end": end, "type": type_, "speaker": speaker, "text": "x" * (end - start)}


def pred(start, end, type_="direct", speaker=None):
    return Quote(
        None,
        0,
        "x" * (end - start),
        start,
        end,
        type_,
        speaker,
        "person" if speaker else None,
        None,
        None,
        None,
        None,
        None,
        0,
        "test",
        1.0,
    )


def test_overlap_is_shared_over_longer():
    assert overlap((0, 10), (0, 10)) == 1.0
    assert overlap((0, 10), (5, 10)) == 0.5
    assert overlap((0, 10), (10, 20)) == 0.0
    assert overlap((0, 10), (5, 25)) == 0.25


def test_matching_is_one_to_one_and_greedy():
    gold = [(0, 10, "direct", None), (12, 20, "direct", None)]
    preds = [(0, 20, "direct", None), (12, 20, "direct", None)]
    pairs = match(gold, preds, 0.3)
    assert sorted((g, p) for g, p, _ in pairs) == [(0, 0), (1, 1)]
    # one prediction cannot match two gold quotes
    assert len(match(gold, [(0, 20, "direct", None)], 0.3)) == 1


def test_normalise_speaker():
    assert normalise_speaker("  Eva  Jansson. ") == "eva jansson"
    assert normalise_speaker("EVA JANSSON") == normalise_speaker("eva jansson")
    assert normalise_speaker(None) is None


def test_scores_by_category_and_threshold():
    gold = [
        {
            "doc_id": "a",
            "quotes": [q(0, 10, "direct", "Eva Jansson"), q(20, 30, "indirect", "Polisen"), q(40, 50, "mixed", None)],
        }
    ]
    preds = {
        "a": [
            pred(0, 10, "direct", "eva jansson"),
            pred(20, 26, "indirect", "Kalle"),
            pred(40, 50, "mixed", None),
            pred(60, 70, "direct", "X"),
        ]
    }
    s = score_quotes(gold, preds)
    half = s["thresholds"]["0.5"]
    dm = half["direct+mixed"]
    assert (dm["n_gold"], dm["n_pred"], dm["tp"]) == (2, 3, 2)
    assert dm["precision"] == pytest.approx(2 / 3) and dm["recall"] == 1.0
    assert dm["speaker_n"] == 1 and dm["speaker_accuracy"] == 1.0
    assert dm["e2e_tp"] == 2  # null == null counts
    ind = half["indirect"]
    assert ind["tp"] == 1 and ind["speaker_accuracy"] == 0.0 and ind["e2e_tp"] == 0
    # at 0.8 the short indirect prediction (6 of 10 chars) no longer matches
    assert s["thresholds"]["0.8"]["indirect"]["tp"] == 0
    assert s["thresholds"]["0.3"]["all"]["tp"] == 3
    assert "direct+mixed" in format_table(s)


def test_missing_document_counts_as_no_predictions():
    s = score_quotes([{"doc_id": "a", "quotes": [q(0, 5)]}], {})
    assert s["thresholds"]["0.5"]["all"]["recall"] == 0.0


def test_evaluate_quotes_end_to_end(tmp_path):
    import spacy

    import nlp_pipeline.entities.component  # noqa: F401
    import nlp_pipeline.quotes.component  # noqa: F401

    nlp = spacy.blank("sv")
    nlp.add_pipe("swedish_entities")
    nlp.add_pipe("swedish_quotes")
    text = "Kommunen bygger.\r\n\r\n– Vi bygger nu, säger hon.\n"
    (tmp_path / "arts").mkdir()
    (tmp_path / "arts" / "d1.txt").write_bytes(text.encode("utf-8"))
    start = text.index("Vi bygger nu")
    gold = {
        "doc_id": "d1",
        "quotes": [{"text": "Vi bygger nu", "start": start, "end": start + 12, "speaker": None, "type": "direct"}],
    }
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    s = evaluate_quotes(tmp_path / "gold.jsonl", tmp_path / "arts", nlp=nlp)
    assert s["thresholds"]["0.8"]["direct+mixed"]["f1"] == 1.0
    assert s["thresholds"]["0.8"]["all"]["e2e_f1"] == 1.0
