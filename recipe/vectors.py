"""Static word vectors trained here, from the raw Swedish text in ``../shared/corpora`` (``make vectors``).

1. ``text.txt``: one paragraph per line, tokenised by the project's tokenizer (so the table's
   keys are the model's ``ORTH`` strings), from

   * ``regeringen_g0vse``: 44,288 regeringen.se pages (press releases, speeches, articles);
   * ``riksdagen_interpellations``: 15,668 Riksdag interpellations;
   * NTREX-128 and FLORES-200 (the raw news text the self-training parses);
   * the text of the klintan NER train split (the part ``prepare`` trains on) and of the
     UNER Talbanken train split.

   Never a test split, nor the klintan sentences ``prepare`` keeps for model selection, nor the
   regeringen.se pages the quote dev set was made from (``raw_text.excluded_paths``).
2. floret (fastText with subword n-grams; ``mode="fasttext"``) learns CBOW vectors on it, with
   fastText's fixed seed (0; the Python API takes no other). With two threads fastText's
   threads race, so two runs agree only statistically; ``--threads 1`` repeats exactly.
3. The table the model reads (``include_static_vectors``): the ``ROWS`` most frequent word
   forms plus every form of the gazetteer lists (``lexicon_vectors.py``; an unseen one gets the
   vector its subwords give), each row the word's vector (unit length) followed by its
   ``len(lexicon_vectors.COLUMNS)`` gazetteer columns. A word outside the table reads zeros.

``python -m recipe.vectors CORPORA OUT [--rows N] [--dim D]`` writes ``OUT/text.txt``,
``OUT/floret-D.bin`` and the table, a blank pipeline folder, as ``OUT/table-ROWS-D``; the
training recipe reads that folder (``recipe.train --vectors``).

``--buckets B`` trains floret in its own mode instead (``mode="floret"``, ``HASH_COUNT`` hashes
per word and subword into ``B`` rows) and writes that table as ``OUT/floret-table-B-D``: every
word has a vector, the sum of its hashed rows, and no row is a word's own, so the table carries
no gazetteer columns; a training reads them as a feature of their own (``recipe.train
--gazetteer-embed``, ``embed.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from . import lexicon_vectors, raw_text
from .silver import RAW_TEXTS

TRAIN_TEXTS = ["uner_swedish-talbanken/sv_talbanken-ud-train.iob2"]
ROWS = 100_000
DIM = 64
FLORET = {"model": "cbow", "mode": "fasttext", "minn": 3, "maxn": 5, "epoch": 5, "minCount": 3, "bucket": 500_000}
HASH_COUNT = 2  # floret mode: rows per word and per subword


def _paragraphs(corpora: Path, exclude: set[str]):
    """Every paragraph of the raw text sources, as plain text."""
    yield from raw_text.archive_paragraphs(corpora, exclude)
    for name in RAW_TEXTS:
        with open(corpora / name, encoding="utf-8") as fh:
            yield from (line.strip() for line in fh if line.strip())


def _train_sentences(corpora: Path):
    """The words of the trained-on gold sentences (klintan train part, UNER Talbanken train)."""
    from . import convert
    from .prepare import klintan_split

    train, _ = klintan_split(corpora)
    for sent in train:
        yield sent.words
    for name in TRAIN_TEXTS:
        for sent in convert.read_uner(corpora / name):
            yield sent.words


def _tokenizer():
    import spacy

    from nlp_pipeline.nlp.tokenizer import add_swedish_news_rules, make_swedish_news_tokenizer

    nlp = spacy.blank("sv")
    nlp.tokenizer = make_swedish_news_tokenizer()(nlp)
    return add_swedish_news_rules(nlp).tokenizer


def write_text(corpora: Path, path: Path, exclude: set[str] = frozenset()) -> Counter:
    """Write the tokenised training text to ``path`` (without the pages in ``exclude``); returns the
    word counts."""
    tokenizer = _tokenizer()
    counts: Counter = Counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        for doc in tokenizer.pipe(_paragraphs(corpora, exclude), batch_size=1000):
            words = [t.text for t in doc if not t.is_space]
            counts.update(words)
            out.write(" ".join(words) + "\n")
        for words in _train_sentences(corpora):
            words = [w.replace(" ", "_") for w in words]
            counts.update(words)
            out.write(" ".join(words) + "\n")
    return counts


def load_floret(path: Path):
    import floret

    return floret.load_model(str(path))


def train_floret(text: Path, out: Path, dim: int, threads: int = 2, buckets: int | None = None):
    """fastText-mode vectors, or with ``buckets`` floret-mode vectors hashed into that many rows."""
    import floret

    settings = dict(FLORET)
    if buckets:
        settings.update(mode="floret", bucket=buckets, hashCount=HASH_COUNT)
    model = floret.train_unsupervised(str(text), dim=dim, thread=threads, verbose=0, **settings)
    model.save_model(str(out))
    return model


def build_floret_table(model, work: Path):
    """A blank Swedish pipeline whose vectors table is the floret-mode model's hashed rows."""
    import spacy
    from spacy.training.initialize import convert_vectors

    text = work / "vectors.floret"
    model.save_floret_vectors(str(text))
    nlp = spacy.blank("sv")
    buckets, dim = model.get_input_matrix().shape
    convert_vectors(nlp, text, truncate=0, prune=-1, mode="floret", name=f"sv_news_floret_{buckets}b_{dim}d")
    text.unlink()
    return nlp


def build_table(model, counts: Counter, corpora: Path, rows: int):
    """A blank Swedish pipeline whose vectors table holds the word vectors and gazetteer columns."""
    import numpy
    import spacy
    from spacy.vectors import Vectors

    from nlp_pipeline.nlp.tokenizer import spaced_abbreviation_forms

    feats = lexicon_vectors.lexicon_features(corpora)
    words = [w for w, _ in counts.most_common(rows)]
    seen = set(words)
    words += sorted(w for w in feats if w not in seen)
    # Merged abbreviations need rows of their own (see lexicon_vectors.build_vectors_pipeline).
    words += sorted(set(spaced_abbreviation_forms()) - set(words))
    vecs = numpy.asarray([model.get_word_vector(w) for w in words], dtype="float32")
    norms = numpy.linalg.norm(vecs, axis=1, keepdims=True)
    vecs /= numpy.where(norms > 0, norms, 1.0)
    zero = [0.0] * len(lexicon_vectors.COLUMNS)
    lex = numpy.asarray([feats.get(w, zero) for w in words], dtype="float32")
    nlp = spacy.blank("sv")
    nlp.vocab.vectors = Vectors(
        strings=nlp.vocab.strings,
        data=numpy.hstack([vecs, lex]),
        keys=[nlp.vocab.strings.add(w) for w in words],
        name=f"sv_news_floret_{rows // 1000}k_{vecs.shape[1]}d",
        attr="ORTH",
    )
    return nlp


def coverage(counts: Counter, nlp) -> float:
    """Share of the training text's running words that have a row in ``nlp``'s table."""
    strings = nlp.vocab.strings
    total = sum(counts.values())
    return sum(n for w, n in counts.items() if strings[w] in nlp.vocab.vectors) / total


def build(
    corpora: Path,
    out: Path,
    rows: int = ROWS,
    dim: int = DIM,
    threads: int = 2,
    exclude: set[str] = frozenset(),
    buckets: int | None = None,
) -> dict:
    timings = {}
    text = out / "text.txt"
    counts_path = out / "counts.json"
    left_out = out / "left-out.json"  # the pages the text was written without
    out.mkdir(parents=True, exist_ok=True)
    start = time.time()
    if not counts_path.exists() or not left_out.exists() or json.loads(left_out.read_text()) != sorted(exclude):
        # a text written with other pages left out is written again, and its vectors trained again
        for stale in (counts_path, *out.glob("floret-*.bin")):
            stale.unlink(missing_ok=True)
        counts = write_text(corpora, text, exclude)
        counts_path.write_text(json.dumps(counts))
        left_out.write_text(json.dumps(sorted(exclude)))
        timings["tokenise s"] = round(time.time() - start)
    counts = Counter(json.loads(counts_path.read_text()))
    binary = out / (f"floret-{dim}-{buckets}b.bin" if buckets else f"floret-{dim}.bin")
    start = time.time()
    if binary.exists():
        model = load_floret(binary)
    else:
        model = train_floret(text, binary, dim, threads, buckets)
        timings["floret s"] = round(time.time() - start)
    if buckets:
        nlp = build_floret_table(model, out)
        table = out / f"floret-table-{buckets}-{dim}"
    else:
        nlp = build_table(model, counts, corpora, rows)
        table = out / f"table-{rows // 1000}k-{dim}"
    nlp.to_disk(table)
    size = sum(f.stat().st_size for f in (table / "vocab").iterdir())
    return {
        "table": str(table),
        "words in text": sum(counts.values()),
        "word forms in text": len(counts),
        "rows": len(nlp.vocab.vectors),
        "columns": nlp.vocab.vectors.shape[1],
        "running words covered %": round(100 * coverage(counts, nlp), 2),
        "table MB": round(size / 1e6, 1),
        **timings,
    }


def main(argv: list[str] | None = None) -> int:
    from .prepare import MissingCorpora, check_corpora

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--rows", type=int, default=ROWS, help="most frequent word forms kept (plus the gazetteer forms)")
    ap.add_argument("--dim", type=int, default=DIM)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument(
        "--buckets", type=int, default=None, help="floret mode: words hashed into this many rows (no gazetteer columns)"
    )
    raw_text.add_exclude_option(ap)
    args = ap.parse_args(argv)
    try:
        check_corpora(args.corpora, [*raw_text.ARCHIVES.values(), *RAW_TEXTS, *TRAIN_TEXTS])
    except MissingCorpora as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    exclude = raw_text.exclusions(args)
    for key, value in build(args.corpora, args.out, args.rows, args.dim, args.threads, exclude, args.buckets).items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
