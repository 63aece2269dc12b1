"""The stanza recipe's converters (``recipe/stanza_data.py``) and resources layout, on small fixtures."""

from __future__ import annotations

import importlib.util

import pytest

from recipe import stanza_data, stanza_train
from recipe.convert import Sentence


def sent(words, spaces=None, par_start=False):
    n = len(words)
    return Sentence(
        words=list(words),
        spaces=spaces or [True] * (n - 1) + [False],
        ents=["O"] * n,
        lemmas=[w.lower() for w in words],
        pos=["NOUN"] * (n - 1) + ["PUNCT"],
        tags=["NN"] * (n - 1) + ["MAD"],
        morphs=[""] * n,
        heads=[1, 1] + [1] * (n - 2),
        deps=["nsubj", "ROOT"] + ["punct"] * (n - 2),
        par_start=par_start,
    )


def test_conllu_lines_root_spaces_and_text():
    s = sent(["Vi", "kom", "."], spaces=[True, False, False])
    lines = stanza_data.conllu_lines([[s]], "t")
    assert lines[:3] == ["# newpar", "# sent_id = t-1", "# text = Vi kom."]
    rows = [line.split("\t") for line in lines[3:6]]
    assert [r[6] for r in rows] == ["2", "0", "2"]
    assert [r[7] for r in rows] == ["nsubj", "root", "punct"]
    assert rows[1][9] == "SpaceAfter=No" and rows[0][9] == "_" and rows[2][9] == "_"
    assert rows[0][5] == "_" and lines[6] == ""


def test_paragraphs_follow_newpar_and_size():
    sents = [sent(["A", "b", "."], par_start=i in (0, 2)) for i in range(9)]
    paras = stanza_data.paragraphs(sents, augmented=False)
    assert [len(p) for p in paras] == [2, 5, 2]
    assert stanza_data.raw_text(paras).count("\n\n") == 2


def test_augmented_paragraphs_as_the_press_writes_them():
    sents = [sent(["Vi", "kom", "."], spaces=[True, False, False], par_start=True) for _ in range(40)]
    paras = stanza_data.paragraphs(sents, augmented=True)
    added = [stanza_data.sentence_text(p[0]) for p in paras[40:]]
    assert added == [
        "– Vi kom.",
        "”Vi kom.”",
        "Vi kom",
        "-Vi kom.",
        "»Vi kom«.",
        "Vi kom",
        "–Vi kom.",
        "”Vi kom.”",
        "Vi kom",
        "– Vi kom.",
        "»Vi kom«.",
        "Vi kom",
    ]
    dashed, quoted = paras[43][0], paras[44][0]  # -Vi kom. / »Vi kom«.
    assert dashed.heads == [2, 2, 2, 2] and dashed.deps[0] == "punct" and dashed.pos[0] == "PUNCT"
    assert dashed.ents == ["O"] * 4 and dashed.spaces == [False, True, False, False]
    assert quoted.words == ["»", "Vi", "kom", "«", "."] and quoted.heads == [2, 2, 2, 2, 2]
    assert quoted.spaces == [False, True, False, False, False]
    headline = paras[42][0]
    assert headline.words == ["Vi", "kom"] and headline.heads == [1, 1] and headline.spaces == [True, False]
    assert sents[0].words == ["Vi", "kom", "."]  # the originals are untouched
    for para in paras:  # every copy still makes valid CoNLL-U that matches its text
        for s in para:
            assert len({len(s.words), len(s.heads), len(s.deps), len(s.pos), len(s.spaces), len(s.ents)}) == 1


def test_raw_text_matches_conllu_words():
    paras = [[sent(["Hej", "där", "."], spaces=[True, False, False]), sent(["Nu", "."], spaces=[False, False])]]
    assert stanza_data.raw_text(paras) == "Hej där. Nu.\n"


def test_ner_json():
    s = sent(["Eva", "Jansson", "."])
    s.ents = ["B-PER", "I-PER", "O"]
    no_ents = sent(["x", "."])
    no_ents.ents = None
    assert stanza_data.ner_json([s, no_ents]) == [
        [{"text": "Eva", "ner": "B-PER"}, {"text": "Jansson", "ner": "I-PER"}, {"text": ".", "ner": "O"}]
    ]


def test_resources_json_names_every_processor_and_the_pretrain():
    sv = stanza_train.resources_json()["sv"]
    assert sv["packages"]["default"] == {p: "news" for p in stanza_train.PROCESSORS}
    for part in ("pos", "depparse", "ner"):
        assert sv[part]["news"]["dependencies"] == [{"model": "pretrain", "package": "news"}]
    assert sv["tokenize"]["news"] == {} and "news" in sv["pretrain"]


def test_trainer_arguments_point_at_the_prepared_files(tmp_path):
    args = stanza_train._args(tmp_path / "data", tmp_path / "work", "depparse", 10)
    assert args[0] == "stanza.models.parser" and "--max_steps" in args and "10" in args
    assert str(tmp_path / "data" / "ud" / "train.conllu") in args
    assert str(tmp_path / "work" / "pretrain.pt") in args
    ner = stanza_train._args(tmp_path / "data", tmp_path / "work", "ner", 10)
    assert "--lang" not in ner and str(tmp_path / "data" / "ner" / "train.json") in ner


@pytest.mark.skipif(importlib.util.find_spec("stanza") is None, reason="stanza not installed (make test-stanza)")
def test_tokenizer_labels_from_stanza(tmp_path):
    from stanza.utils.datasets import prepare_tokenizer_data

    paras = [[sent(["Hej", "där", "."], spaces=[True, False, False])], [sent(["Nu", "."], spaces=[False, False])]]
    (tmp_path / "x.conllu").write_text("\n".join(stanza_data.conllu_lines(paras, "x")) + "\n", encoding="utf-8")
    (tmp_path / "x.txt").write_text(stanza_data.raw_text(paras), encoding="utf-8")
    prepare_tokenizer_data.main(
        [
            str(tmp_path / "x.txt"),
            str(tmp_path / "x.conllu"),
            "-o",
            str(tmp_path / "x.lab"),
            "-m",
            str(tmp_path / "x.json"),
        ]
    )
    assert (tmp_path / "x.lab").read_text().split("\n\n")[:2] == ["00100012", "012"]


def test_model_card_shows_the_measured_numbers(tmp_path):
    from recipe import stanza_card

    for part in stanza_train.PROCESSORS + ("pretrain",):
        (tmp_path / "sv" / part).mkdir(parents=True)
        (tmp_path / "sv" / part / "news.pt").write_bytes(b"x" * 1000)
    holdout = {
        name: {
            "ents_p": 0.5,
            "ents_r": 0.5,
            "ents_f": 0.5,
            "ents_per_type": {"PER": {"f": 0.6}},
            "pos_acc": 0.9,
            "morph_acc": 0.7,
            "lemma_acc": 0.95,
            "dep_uas": 0.8,
            "dep_las": 0.7,
            "sents_f": 0.97,
        }
        for name in ("klintan-test", "talbanken-test", "pud-test")
    }
    row = {
        "ner_f1": {n: 0.5 for n in holdout},
        "las": {"talbanken-test": 0.7, "pud-test": 0.6},
        "quotes_e2e_f1": 0.9,
        "words_per_second": 1000.0,
        "holdout": holdout,
    }
    backends = {
        "models": {"bundled": {**row, "words_per_second": 9000.0}, "stanza:bundled": row},
        "machine": "2 cores",
        "speed_corpus": "sample",
    }
    card = stanza_card.write_card(tmp_path, backends, 2460, "2 CPU cores", 10240, "2026-11-26").read_text()
    assert "| talbanken-test | 90.0 | 70.0 | 95.0 | 80.0 | 70.0 | 97.0 |" in card
    assert "| `stanza:bundled` | 50.0 | 50.0 | 50.0 | 70.0 | 60.0 | 90.0 | 1,000 |" in card
    assert "(9× in words/s)" in card and "41 minutes" in card and "10,240 words" in card
