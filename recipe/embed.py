"""An embedding layer that reads the gazetteer columns beside a hashed (floret) vectors table.

The shipped recipe gives the tok2vec one static table keyed by the word as written: the 8
gazetteer columns (``lexicon_vectors.py``), or a floret table with those columns appended to each
row (``vectors.py``). A floret table in ``mode="floret"`` has no rows per word, every word's
vector is the sum of its hashed subword rows, so it cannot carry per-word columns. This layer
gives the gazetteer columns to the tok2vec as a feature of their own: spaCy's ``MultiHashEmbed``
with one more input to its Maxout, the word's gazetteer row (zeros for a word in no list).

The gazetteer is read at ``initialize`` from a table written by ``lexicon_vectors`` (a blank
pipeline folder; ``prepare`` writes it as ``DATA/lexicon-vectors``) and kept in the layer's
attributes, so it is saved and loaded with the model's weights.

Registered as ``nlp_pipeline.GazetteerHashEmbed.v1``. It is an experiment of the model recipe
(``recipe.train --gazetteer-embed``), not a part of the shipped model.
"""

from __future__ import annotations

from spacy.ml.featureextractor import FeatureExtractor
from spacy.ml.staticvectors import StaticVectors
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, Ragged, chain, concatenate, list2ragged, ragged2list, with_array

NAME = "nlp_pipeline.GazetteerHashEmbed.v1"


def gazetteer_rows(path: str) -> dict[str, list[float]]:
    """Word form → its gazetteer columns, from a ``lexicon_vectors`` table folder."""
    import spacy

    vectors = spacy.load(path).vocab.vectors
    strings = vectors.strings
    rows = {}
    for key, row in vectors.key2row.items():
        rows[strings[key]] = [round(float(v), 4) for v in vectors.data[row]]
    return rows


def _init_gazetteer(model: Model, X=None, Y=None) -> None:
    if not model.attrs["table"]:
        model.attrs["table"] = gazetteer_rows(model.attrs["path"])
    widths = {len(v) for v in model.attrs["table"].values()}
    if widths != {model.get_dim("nO")}:
        raise ValueError(f"gazetteer table {model.attrs['path']} has {widths} columns, not {model.get_dim('nO')}")


def _gazetteer_forward(model: Model, docs, is_train: bool):
    table = model.attrs["table"]
    zero = [0.0] * model.get_dim("nO")
    rows = [table.get(token.text, zero) for doc in docs for token in doc]
    ops = model.ops
    data = ops.asarray2f(rows) if rows else ops.alloc2f(0, model.get_dim("nO"))
    lengths = ops.asarray1i([len(doc) for doc in docs])
    return Ragged(data, lengths), lambda d_ragged: []


def GazetteerFeatures(path: str, columns: int) -> Model:
    """docs → a Ragged of each token's gazetteer row (not trained)."""
    return Model(
        "gazetteer_features",
        _gazetteer_forward,
        init=_init_gazetteer,
        attrs={"table": {}, "path": path},
        dims={"nO": columns},
    )


@registry.architectures(NAME)
def GazetteerHashEmbed(
    width: int, attrs: list[str], rows: list[int], include_static_vectors: bool, gazetteer: str, columns: int = 8
) -> Model:
    """``spacy.MultiHashEmbed.v2`` with the gazetteer columns as one more input to its Maxout."""
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    embeddings = [HashEmbed(width, n, column=i, seed=8 + i, dropout=0.0) for i, n in enumerate(rows)]
    inputs = [chain(FeatureExtractor(attrs), list2ragged(), with_array(concatenate(*embeddings)))]
    if include_static_vectors:
        inputs.append(StaticVectors(width, dropout=0.0))
    inputs.append(GazetteerFeatures(gazetteer, columns))
    concat_size = width * (len(embeddings) + include_static_vectors) + columns
    max_out = with_array(Maxout(width, concat_size, nP=3, dropout=0.0, normalize=True))
    return chain(concatenate(*inputs), max_out, ragged2list())


def use_in(config, gazetteer: str) -> None:
    """Make a recipe config's tok2vec read ``gazetteer`` (a ``lexicon_vectors`` table folder) through
    this layer; its other settings (width, attributes, rows) stay as the config has them."""
    import spacy

    embed = config["components"]["tok2vec"]["model"]["embed"]
    embed["@architectures"] = NAME
    embed["gazetteer"] = str(gazetteer)
    embed["columns"] = spacy.load(gazetteer).vocab.vectors.shape[1]
