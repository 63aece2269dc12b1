"""The gazetteer columns as a feature of their own beside a floret-mode vectors table (no ../shared)."""

import numpy
import pytest
from test_training_lexicon import _svensktext

from recipe import embed, lexicon_vectors
from recipe.lexicon_vectors import COLUMNS


def _tok2vec(gazetteer, include_static_vectors=True):
    from spacy.ml.models import MaxoutWindowEncoder, build_Tok2Vec_model

    embedding = embed.GazetteerHashEmbed(
        16, ["NORM", "PREFIX", "SUFFIX", "SHAPE"], [100, 50, 50, 20], include_static_vectors, str(gazetteer)
    )
    return build_Tok2Vec_model(embedding, MaxoutWindowEncoder(width=16, depth=1, window_size=1, maxout_pieces=2))


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    """A gazetteer table, and a static vectors table of a few invented words."""
    import spacy
    from spacy.vectors import Vectors

    root = tmp_path_factory.mktemp("embed")
    _svensktext(root)
    lexicon_vectors.write(root, root / "lexicon")
    nlp = spacy.blank("sv")
    words = ["Eva", "reste", "till", "Kambodja"]
    data = numpy.random.default_rng(0).random((len(words), 6), dtype="float32")
    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=data, keys=[nlp.vocab.strings.add(w) for w in words])
    nlp.to_disk(root / "static")
    return root / "lexicon", root / "static"


def test_floret_table_gives_every_word_a_vector_from_hashed_rows(tmp_path):
    pytest.importorskip("floret")
    import spacy

    from recipe import vectors

    text = tmp_path / "text.txt"
    text.write_text("Eva reste till Kambodja och sedan till Piteå .\n" * 50, encoding="utf-8")
    model = vectors.train_floret(text, tmp_path / "floret.bin", dim=10, threads=1, buckets=200)
    vectors.build_floret_table(model, tmp_path).to_disk(tmp_path / "table")
    nlp = spacy.load(tmp_path / "table")
    assert nlp.vocab.vectors.mode == "floret" and nlp.vocab.vectors.shape == (200, 10)
    assert not (tmp_path / "vectors.floret").exists()
    doc = nlp("Kambodjas Krista")  # neither word was in the text
    assert doc[0].has_vector and doc[1].has_vector
    assert not numpy.allclose(doc[0].vector, doc[1].vector)


def test_gazetteer_rows_follow_the_word_as_written(tables):
    rows = embed.gazetteer_rows(str(tables[0]))
    assert rows["Kambodja"][COLUMNS.index("country")] == 1.0
    assert "kambodja" not in rows and all(len(v) == len(COLUMNS) for v in rows.values())


def test_tok2vec_reads_the_gazetteer_beside_the_floret_vectors_and_keeps_it_when_saved(tables):
    import spacy

    nlp = spacy.load(tables[1])
    docs = [nlp("Eva reste till Kambodja"), nlp("")]
    model = _tok2vec(tables[0])
    model.initialize(X=docs)
    gazetteer = next(node for node in model.walk() if node.name == "gazetteer_features")
    features, _ = gazetteer(docs, is_train=False)
    assert features.data.shape == (4, len(COLUMNS))
    assert features.data[3, COLUMNS.index("country")] == 1.0 and not features.data[2].any()
    out = model.predict(docs)
    assert out[0].shape == (4, 16) and out[1].shape == (0, 16)
    # The table travels with the weights: a model built from another path reads the same rows.
    loaded = _tok2vec("no-such-folder").from_bytes(model.to_bytes())
    assert numpy.allclose(loaded.predict(docs)[0], out[0])


def test_a_word_in_a_list_changes_the_tokens_vector(tables):
    import spacy

    nlp = spacy.load(tables[1])
    model = _tok2vec(tables[0], include_static_vectors=False)
    model.initialize(X=[nlp("Eva reste")])
    gazetteer = next(node for node in model.walk() if node.name == "gazetteer_features")
    with_list = model.predict([nlp("Krista")])[0]
    gazetteer.attrs["table"] = {}
    without = model.predict([nlp("Krista")])[0]
    assert not numpy.allclose(with_list, without)


def test_recipe_config_swaps_in_the_layer_and_keeps_the_other_settings(tables, tmp_path):
    from recipe.train import recipe_config

    (tmp_path / "lexicon-vectors").symlink_to(tables[0])
    plain = recipe_config(tmp_path)["components"]["tok2vec"]["model"]["embed"]
    config = recipe_config(tmp_path, gazetteer_embed=True)["components"]["tok2vec"]["model"]["embed"]
    assert plain["@architectures"] == "spacy.MultiHashEmbed.v2"
    assert config["@architectures"] == embed.NAME and config["columns"] == len(COLUMNS)
    assert config["rows"] == plain["rows"] and config["width"] == plain["width"]
