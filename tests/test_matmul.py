"""The pipeline's matrix products go through numpy, and that changes no annotation."""

from pathlib import Path

import pytest
from thinc.api import NumpyOps

from nlp_pipeline.nlp.matmul import MATMUL_ENV, layers, matmul_choice, use_matmul
from nlp_pipeline.pipeline import load

SAMPLE = Path(__file__).resolve().parents[1] / "corpora" / "sample"


def _layer_ops(nlp):
    return [node.ops for node in layers(nlp)]


def _annotations(doc):
    return [
        (t.text, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start)
        for t in doc
    ]


def test_choice_from_argument_environment_and_default(monkeypatch):
    monkeypatch.delenv(MATMUL_ENV, raising=False)
    assert matmul_choice() == "numpy"
    monkeypatch.setenv(MATMUL_ENV, "BLIS")
    assert matmul_choice() == "blis"
    assert matmul_choice("numpy") == "numpy"
    monkeypatch.setenv(MATMUL_ENV, "mkl")
    with pytest.raises(ValueError, match="NLP_PIPELINE_MATMUL='mkl'"):
        matmul_choice()


@pytest.fixture(scope="module")
def pipelines():
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv(MATMUL_ENV, raising=False)
        numpy_nlp = load()
        blis_nlp = load()
    changed = use_matmul(blis_nlp, "blis")
    return numpy_nlp, blis_nlp, changed


def test_load_gives_every_layer_numpy_matmul(pipelines):
    numpy_nlp, blis_nlp, changed = pipelines
    ops = _layer_ops(numpy_nlp)
    assert ops and all(isinstance(o, NumpyOps) and not o.use_blis for o in ops)
    assert changed == len(_layer_ops(blis_nlp)) and all(o.use_blis for o in _layer_ops(blis_nlp))


def test_numpy_and_blis_annotate_the_sample_alike(pipelines):
    numpy_nlp, blis_nlp, _ = pipelines
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))]
    for a, b in zip(numpy_nlp.pipe(texts), blis_nlp.pipe(texts)):
        assert _annotations(a) == _annotations(b)
        assert [(q.start_char, q.end_char, q.speaker) for q in a._.quotes] == [
            (q.start_char, q.end_char, q.speaker) for q in b._.quotes
        ]


def test_other_ops_are_left_alone(pipelines):
    class OtherOps(NumpyOps):  # e.g. Apple's Accelerate ops, a subclass of NumpyOps
        pass

    numpy_nlp, _, _ = pipelines
    tok2vec = numpy_nlp.get_pipe("tok2vec").model
    saved = tok2vec.ops
    tok2vec.ops = OtherOps()
    try:
        use_matmul(numpy_nlp, "blis")
        assert isinstance(tok2vec.ops, OtherOps)
    finally:
        tok2vec.ops = saved
        use_matmul(numpy_nlp, "numpy")


def test_the_training_recipe_multiplies_with_numpy_too(monkeypatch):
    import spacy
    from spacy.util import load_config, registry

    from recipe.train import CONFIG

    monkeypatch.delenv(MATMUL_ENV, raising=False)
    after_init = registry.resolve({"cb": load_config(CONFIG, interpolate=False)["initialize"]["after_init"]})["cb"]
    nlp = spacy.blank("sv")
    nlp.add_pipe("tok2vec")
    nlp.initialize()
    assert all(o.use_blis for o in _layer_ops(nlp))  # thinc's default
    after_init(nlp)
    assert not any(o.use_blis for o in _layer_ops(nlp))
