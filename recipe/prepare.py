"""Write the training, dev and hold-out DocBins from ``../shared/corpora``.

Training data (``train.spacy``):
  * Talbanken train reconstructed from UNER (words, NER), efselab (lemma, UPOS,
    SUC tag, features through ``talbanken.FeatureMap``) and the 2015 train
    (dependencies, brought to today's UD v2 conventions by ``talbanken.py``);
  * the klintan NER train, minus its last ``KLINTAN_DEV`` sentences.
  * UD Talbanken dev (current UD v2 annotation, with UNER dev entities) except its
    last ``UD_DEV_HELD`` sentences, repeated ``UD_DEV_REPEAT`` times: the only gold
    trees in today's v2 conventions, so the parser learns them over the
    converted 2015 trees.
  * With ``silver=DIR`` (self-training, ``selftrain.py``): the klintan sentences
    with the syntax their teacher models agree on, and raw news text with the
    syntax and entities they agree on (``silver.py``).
  In the UNER-annotated parts, proper nouns outside PER/LOC/ORG are left
  unannotated for the NER (``convert.leave_other_names_open``): klintan calls
  many of them MISC.
Gazetteer features (``lexicon-vectors/``): the svensktext lists as a static
vectors table (``lexicon_vectors.py``), read by the tok2vec (with ``--case-columns``,
also the raw text's case statistics: an experiment, not the shipped recipe).
Dev data (``dev.spacy``), for model selection only: the held back UD dev
sentences and klintan sentences.
Hold-out sets (``eval/*.spacy``), never trained on:
  * ``talbanken-test``: UD Talbanken test with UNER Talbanken test entities;
  * ``pud-test``: UD PUD with UNER PUD entities (joined by word strings);
  * ``klintan-test``: the klintan test file.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from . import convert, lexicon_vectors
from .talbanken import FeatureMap

KLINTAN_DEV = 700
UD_DEV_HELD = 150
UD_DEV_REPEAT = 3
SENTS_PER_DOC = 10
LEXICON_VECTORS = "lexicon-vectors"


class MissingCorpora(RuntimeError):
    pass


REQUIRED = [
    "uner_swedish-talbanken/sv_talbanken-ud-train.iob2",
    "efselab_talbanken-tab/sv-ud-train.tab",
    "ud_swedish-talbanken/pre-v1.0-2015-01-05-train/sv-ud-train.conll",
    "klintan_swedish-ner-corpus/train_corpus.txt",
    "klintan_swedish-ner-corpus/test_corpus.txt",
    "ud_swedish-talbanken/sv_talbanken-ud-dev.conllu",
    "ud_swedish-talbanken/sv_talbanken-ud-test.conllu",
    "uner_swedish-talbanken/sv_talbanken-ud-dev.iob2",
    "uner_swedish-talbanken/sv_talbanken-ud-test.iob2",
    "ud_swedish-pud/sv_pud-ud-test.conllu",
    "uner_swedish-pud/sv_pud-ud-test.iob2",
]


def check_corpora(corpora: Path, also: Sequence[str] = ()) -> None:
    missing = [p for p in [*REQUIRED, *also] if not (corpora / p).exists()]
    if missing:
        raise MissingCorpora(
            f"The training corpora are not at {corpora}. Missing: {', '.join(missing)}. "
            "Point CORPORA=... (make) or --corpora (python -m recipe.selftrain) at a copy of the "
            "shared Swedish corpora (see MANIFEST.md)."
        )


def klintan_split(corpora: Path) -> tuple[list, list]:
    """The klintan train file as (train, dev): its last ``KLINTAN_DEV`` sentences are the dev part."""
    klintan = convert.read_klintan(corpora / "klintan_swedish-ner-corpus/train_corpus.txt")
    return klintan[:-KLINTAN_DEV], klintan[-KLINTAN_DEV:]


def prepare(
    corpora: Path,
    out: Path,
    silver: Path | None = None,
    ud_dev_repeat: int = UD_DEV_REPEAT,
    talbanken_repeat: int = 1,
    case_columns: bool = False,
    lexicon: Path | None = None,
) -> dict[str, int]:
    """Write the DocBins and the gazetteer table to ``out``; with ``lexicon``, that table is a copy of
    the one at ``lexicon`` (so that every training of one recipe reads the same table)."""
    import shutil

    import spacy
    from spacy.tokens import DocBin

    check_corpora(corpora)
    vocab = spacy.blank("sv").vocab
    c = corpora
    dev_ud = convert.merge_ner(
        convert.read_conllu(c / "ud_swedish-talbanken/sv_talbanken-ud-dev.conllu"),
        convert.read_uner(c / "uner_swedish-talbanken/sv_talbanken-ud-dev.iob2"),
    )
    ud_dev_train, ud_dev_held = dev_ud[:-UD_DEV_HELD], dev_ud[-UD_DEV_HELD:]
    talbanken = convert.build_talbanken_train(
        c / "uner_swedish-talbanken/sv_talbanken-ud-train.iob2",
        c / "efselab_talbanken-tab/sv-ud-train.tab",
        c / "ud_swedish-talbanken/pre-v1.0-2015-01-05-train/sv-ud-train.conll",
        features=FeatureMap(ud_dev_train),
    )
    convert.leave_other_names_open(talbanken)
    convert.leave_other_names_open(ud_dev_train)
    klintan_train, klintan_dev = klintan_split(c)

    train_docs = convert.group_docs(vocab, talbanken, SENTS_PER_DOC) * talbanken_repeat
    klintan_docs = convert.group_docs(vocab, klintan_train, 1)
    if silver is not None:
        # The same sentences, with the syntax the teachers agree on.
        klintan_silver = list(DocBin().from_disk(silver / "klintan.spacy").get_docs(vocab))
        if [d.text for d in klintan_silver] != [d.text for d in klintan_docs]:
            raise ValueError(f"{silver / 'klintan.spacy'} is not the klintan train split prepared here")
        klintan_docs = klintan_silver
    train_docs += klintan_docs
    train_docs += convert.group_docs(vocab, ud_dev_train, SENTS_PER_DOC) * ud_dev_repeat
    if silver is not None:
        train_docs += list(DocBin().from_disk(silver / "raw.spacy").get_docs(vocab))
    dev_docs = convert.group_docs(vocab, ud_dev_held, SENTS_PER_DOC)
    dev_docs += convert.group_docs(vocab, klintan_dev, 1)

    tb_test = convert.merge_ner(
        convert.read_conllu(c / "ud_swedish-talbanken/sv_talbanken-ud-test.conllu"),
        convert.read_uner(c / "uner_swedish-talbanken/sv_talbanken-ud-test.iob2"),
    )
    pud_test = convert.merge_ner(
        convert.read_conllu(c / "ud_swedish-pud/sv_pud-ud-test.conllu"),
        convert.read_uner(c / "uner_swedish-pud/sv_pud-ud-test.iob2"),
    )
    klintan_test = convert.read_klintan(c / "klintan_swedish-ner-corpus/test_corpus.txt")

    sets = {
        "train.spacy": train_docs,
        "dev.spacy": dev_docs,
        "eval/talbanken-test.spacy": convert.group_docs(vocab, tb_test, None),
        "eval/pud-test.spacy": convert.group_docs(vocab, pud_test, None),
        "eval/klintan-test.spacy": convert.group_docs(vocab, klintan_test, 1),
    }
    counts = {}
    for name, docs in sets.items():
        convert.write_docbin(docs, out / name)
        counts[name] = sum(len(d) for d in docs)
    if lexicon is not None:
        shutil.copytree(lexicon, out / LEXICON_VECTORS, dirs_exist_ok=True)
        counts[f"{LEXICON_VECTORS} (word forms, copied from {lexicon})"] = len(
            spacy.load(out / LEXICON_VECTORS).vocab.vectors
        )
    else:
        counts[f"{LEXICON_VECTORS} (word forms)"] = lexicon_vectors.write(corpora, out / LEXICON_VECTORS, case_columns)
    return counts


def run(prepare_fn, default_out: str, argv: list[str] | None = None) -> int:
    """Command line of a prepare step: ``[CORPORA [OUT]]``; exit 2 when the corpora are missing."""
    argv = sys.argv[1:] if argv is None else argv
    corpora = Path(argv[0]) if argv else Path("../shared/corpora")
    out = Path(argv[1]) if len(argv) > 1 else Path(default_out)
    try:
        counts = prepare_fn(corpora, out)
    except MissingCorpora as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for name, n in counts.items():
        print(f"{name}: {n}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """``[CORPORA [OUT]] [--case-columns] [--talbanken-repeat N]``: ``--case-columns`` adds the raw text's
    case statistics to the gazetteer table (``lexicon_vectors.CASE_COLUMNS``); ``--talbanken-repeat N``
    trains on the Talbanken train trees N times. Both are experiments, not the shipped recipe."""
    argv = list(sys.argv[1:] if argv is None else argv)
    case_columns = "--case-columns" in argv
    argv = [a for a in argv if a != "--case-columns"]
    repeat = 1
    if "--talbanken-repeat" in argv:
        k = argv.index("--talbanken-repeat")
        repeat = int(argv[k + 1])
        del argv[k : k + 2]
    return run(
        lambda corpora, out: prepare(corpora, out, case_columns=case_columns, talbanken_repeat=repeat),
        "training-data",
        argv,
    )


if __name__ == "__main__":
    sys.exit(main())
