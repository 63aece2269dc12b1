"""``recipe.dev_score``: a finished model's selection score, the weighted sum of its dev scores (invented
documents, an untrained pipeline, no ../shared)."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.util import load_config  # noqa: E402

from recipe import dev_score as D  # noqa: E402


def _gold(vocab):
    return Doc(
        vocab,
        words=["Anna", "Ek", "bor", "i", "Umeå", "."],
        spaces=[True, True, True, True, False, False],
        pos=["PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
        lemmas=["Anna", "Ek", "bo", "i", "Umeå", "."],
        heads=[2, 0, 2, 4, 2, 2],
        deps=["nsubj", "flat:name", "ROOT", "case", "obl", "punct"],
        ents=["B-PER", "I-PER", "O", "O", "B-LOC", "O"],
        sent_starts=[True, False, False, False, False, False],
    )


def test_the_selection_score_is_the_config_weighted_sum_of_the_dev_scores(tmp_path):
    nlp = spacy.blank("sv")
    for name in ("morphologizer", "trainable_lemmatizer", "parser", "ner"):
        nlp.add_pipe(name)
    gold = _gold(nlp.vocab)
    examples = [Example(nlp.make_doc(gold.text), gold)]
    nlp.initialize(lambda: examples)
    nlp.to_disk(tmp_path / "model")
    DocBin(docs=[gold, gold]).to_disk(tmp_path / "dev.spacy")

    scores = D.selection_score(str(tmp_path / "model"), tmp_path)
    weights = {k: v for k, v in load_config(D.CONFIG)["training"]["score_weights"].items() if v}
    assert set(scores) == {"score", *weights}
    assert scores["score"] == pytest.approx(sum(w * scores[k] for k, w in weights.items()))


def test_a_missing_dev_set_is_an_error(tmp_path, capsys):
    assert D.main(["models/sv_news_nlp", "--data", str(tmp_path)]) == 2
    assert "make train-data" in capsys.readouterr().err
