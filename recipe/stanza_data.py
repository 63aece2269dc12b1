"""Training data for the project's stanza pipeline, from the same sources as the spaCy model.

``prepare(corpora, out)`` writes, under ``out``:

* ``ud/train.conllu``, ``ud/dev.conllu``: the reconstructed Talbanken train (UNER words,
  efselab lemma/UPOS/SUC MSD, the 2015 trees in today's UD conventions, see ``talbanken.py``) plus the
  UD Talbanken dev sentences the spaCy recipe also trains on; dev is the held back part of
  UD dev. Copies of some paragraphs are added as Swedish press writes them (``augment``):
  opened by a quote dash (``– Vi``, ``-Vi``), in quotation marks (``”Vi kom.”``, ``»Vi kom«.``)
  or under a headline without a full stop, so the tokenizer splits these as it should.
* ``tokenize/{train,dev}.txt`` and ``.toklabels``: the raw text of those paragraphs and
  stanza's character labels (``stanza.utils.datasets.prepare_tokenizer_data``).
* ``ner/{train,dev}.json``: UNER Talbanken train and the klintan train (minus its dev
  part) for training, klintan dev and the held back UD dev sentences for dev.
* ``vectors.txt``: 100-dimensional lower-cased word2vec vectors (gensim) trained on the
  training text only, for stanza's ``pretrain`` file.

The hold-out sets are never read here; ``evaluate.py`` scores all backends on the same
DocBins written by ``prepare.py``.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from . import convert
from .prepare import UD_DEV_HELD, check_corpora, klintan_split
from .talbanken import FeatureMap

PARAGRAPH_SENTS = 5
AUGMENT_EVERY = 10
VECTOR_DIM = 100


def _talbanken_train(c: Path, features: FeatureMap) -> list[convert.Sentence]:
    """The reconstructed Talbanken train with full trees, SUC MSDs as XPOS."""
    sents = convert.build_talbanken_train(
        c / "uner_swedish-talbanken/sv_talbanken-ud-train.iob2",
        c / "efselab_talbanken-tab/sv-ud-train.tab",
        c / "ud_swedish-talbanken/pre-v1.0-2015-01-05-train/sv-ud-train.conll",
        features=features,
    )
    efs = convert.read_efselab(c / "efselab_talbanken-tab/sv-ud-train.tab")
    out = []
    for sent, tab in zip(sents, efs):
        if sent.heads is None or sent.pos is None or len(tab) != len(sent.words):
            continue
        sent.tags = [t[2] for t in tab]
        out.append(sent)
    return out


def _with_punct(sent: convert.Sentence, mark: str, at: int, glued: bool) -> convert.Sentence:
    """``sent`` with a punctuation token inserted at ``at`` (0 or an end position), attached to
    the root; ``glued``: no space between it and the word it touches."""
    root = next(i for i, h in enumerate(sent.heads) if h == i)
    spaces = list(sent.spaces)
    if at == 0:
        mark_space = not glued
    else:
        mark_space = spaces[at - 1]
        spaces[at - 1] = not glued and spaces[at - 1]
    heads = [h + 1 if h >= at else h for h in sent.heads]
    morphs = sent.morphs or [""] * len(sent.words)

    def put(values, value):
        return values[:at] + [value] + values[at:]

    return dataclasses.replace(
        sent,
        words=put(sent.words, mark),
        spaces=put(spaces, mark_space),
        lemmas=put(sent.lemmas, mark),
        pos=put(sent.pos, "PUNCT"),
        tags=put(sent.tags, "MID" if mark in "-–" else "PAD"),
        morphs=put(morphs, ""),
        heads=put(heads, root + 1 if root >= at else root),
        deps=put(sent.deps, "punct"),
        ents=None if sent.ents is None else put(sent.ents, "O"),
    )


def _dashed(sent: convert.Sentence, variant: int) -> convert.Sentence:
    """``– Vi kom.``, ``-Vi kom.``, ``–Vi kom.``: a quote dash, spaced or glued."""
    dash, glued = (("–", False), ("-", True), ("–", True))[variant % 3]
    return _with_punct(sent, dash, 0, glued)


def _quoted(sent: convert.Sentence, variant: int) -> convert.Sentence:
    """``”Vi kom.”`` or ``»Vi kom«.``: quotation marks glued to the words they enclose."""
    opening, closing = (("”", "”"), ("»", "«"))[variant % 2]
    end = len(sent.words) if variant % 2 == 0 or sent.pos[-1] != "PUNCT" else len(sent.words) - 1
    return _with_punct(_with_punct(sent, opening, 0, True), closing, end + 1, True)


def _headline(sent: convert.Sentence) -> convert.Sentence | None:
    """A short sentence without its final full stop, as a headline stands (``None`` if unsuitable)."""
    last = len(sent.words) - 1
    if len(sent.words) > 9 or sent.pos[last] != "PUNCT" or last in sent.heads[:last] or sent.heads[last] == last:
        return None
    cut = {k: getattr(sent, k)[:last] for k in ("words", "spaces", "lemmas", "pos", "tags", "heads", "deps")}
    cut["spaces"][-1] = False
    return dataclasses.replace(
        sent,
        morphs=(sent.morphs or [""] * len(sent.words))[:last],
        ents=None if sent.ents is None else sent.ents[:last],
        **cut,
    )


def augment(paras: list[list[convert.Sentence]]) -> list[list[convert.Sentence]]:
    """Copies of some paragraphs as Swedish press writes them, for the tokenizer (and the rest):
    one in ten opened by a quote dash, one in ten in quotation marks, one in ten under a
    headline without a full stop."""
    extra = []
    for n, para in enumerate(paras):
        first = para[0]
        if not first.words[0][:1].isalpha():
            continue
        if n % AUGMENT_EVERY == 0:
            extra.append([_dashed(first, n // AUGMENT_EVERY)] + para[1:])
        elif n % AUGMENT_EVERY == 3:
            extra.append([_quoted(first, n // AUGMENT_EVERY)] + para[1:])
        elif n % AUGMENT_EVERY == 6 and (headline := _headline(first)) is not None:
            extra.append([headline])
    return extra


def paragraphs(sents: list[convert.Sentence], augmented: bool) -> list[list[convert.Sentence]]:
    """Group sentences into paragraphs (``# newpar`` where known, else ``PARAGRAPH_SENTS``),
    with ``augment``'s copies added at the end when ``augmented``."""
    paras: list[list[convert.Sentence]] = []
    for sent in sents:
        if not paras or sent.par_start or len(paras[-1]) >= PARAGRAPH_SENTS:
            paras.append([])
        paras[-1].append(sent)
    return paras + augment(paras) if augmented else paras


def conllu_lines(paras: list[list[convert.Sentence]], prefix: str) -> list[str]:
    lines = []
    n = 0
    for para in paras:
        for i, sent in enumerate(para):
            n += 1
            if i == 0:
                lines.append("# newpar")
            lines.append(f"# sent_id = {prefix}-{n}")
            lines.append(f"# text = {sentence_text(sent)}")
            morphs = sent.morphs or [""] * len(sent.words)
            for k, word in enumerate(sent.words):
                head = 0 if sent.heads[k] == k else sent.heads[k] + 1
                dep = "root" if head == 0 else sent.deps[k]
                misc = "_" if sent.spaces[k] or k == len(sent.words) - 1 else "SpaceAfter=No"
                lines.append(
                    "\t".join(
                        [
                            str(k + 1),
                            word,
                            sent.lemmas[k] or "_",
                            sent.pos[k],
                            sent.tags[k] or "_",
                            morphs[k] or "_",
                            str(head),
                            dep,
                            "_",
                            misc,
                        ]
                    )
                )
            lines.append("")
    return lines


def sentence_text(sent: convert.Sentence) -> str:
    return "".join(w + (" " if s else "") for w, s in zip(sent.words, sent.spaces)).rstrip()


def raw_text(paras: list[list[convert.Sentence]]) -> str:
    return "\n\n".join(" ".join(sentence_text(s) for s in para) for para in paras) + "\n"


def ner_json(sents: list[convert.Sentence]) -> list[list[dict[str, str]]]:
    return [[{"text": w, "ner": t} for w, t in zip(s.words, s.ents)] for s in sents if s.ents is not None]


def train_vectors(sents: list[convert.Sentence], path: Path, dim: int = VECTOR_DIM) -> int:
    """Lower-cased word2vec vectors (skip-gram) from the training text; returns the vocabulary size."""
    from gensim.models import Word2Vec

    texts = [[w.lower() for w in s.words] for s in sents]
    model = Word2Vec(
        texts, vector_size=dim, window=5, min_count=2, sg=1, epochs=15, workers=1, seed=1
    )  # one worker: reproducible
    model.wv.save_word2vec_format(str(path), binary=False)
    return len(model.wv)


def prepare(corpora: Path, out: Path) -> dict[str, int]:
    from stanza.utils.datasets import prepare_tokenizer_data

    check_corpora(corpora)
    c = corpora
    ud_dev = convert.merge_ner(
        convert.read_conllu(c / "ud_swedish-talbanken/sv_talbanken-ud-dev.conllu"),
        convert.read_uner(c / "uner_swedish-talbanken/sv_talbanken-ud-dev.iob2"),
    )
    ud_dev_train, ud_dev_held = ud_dev[:-UD_DEV_HELD], ud_dev[-UD_DEV_HELD:]
    talbanken = _talbanken_train(c, FeatureMap(ud_dev_train))
    uner_train = convert.read_uner(c / "uner_swedish-talbanken/sv_talbanken-ud-train.iob2")
    klintan_train, klintan_dev = klintan_split(c)

    train_paras = paragraphs(talbanken + ud_dev_train, augmented=True)
    dev_paras = paragraphs(ud_dev_held, augmented=False)
    counts = {}
    for split, paras in (("train", train_paras), ("dev", dev_paras)):
        conllu = out / "ud" / f"{split}.conllu"
        conllu.parent.mkdir(parents=True, exist_ok=True)
        conllu.write_text("\n".join(conllu_lines(paras, split)) + "\n", encoding="utf-8")
        txt = out / "tokenize" / f"{split}.txt"
        txt.parent.mkdir(parents=True, exist_ok=True)
        txt.write_text(raw_text(paras), encoding="utf-8")
        prepare_tokenizer_data.main(
            [
                str(txt),
                str(conllu),
                "-o",
                str(out / "tokenize" / f"{split}.toklabels"),
                "-m",
                str(out / "tokenize" / f"{split}-mwt.json"),
            ]
        )
        counts[f"ud/{split}.conllu"] = sum(len(s.words) for p in paras for s in p)

    ner = {"train": ner_json(uner_train + klintan_train), "dev": ner_json(klintan_dev + ud_dev_held)}
    for split, data in ner.items():
        path = out / "ner" / f"{split}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        counts[f"ner/{split}.json"] = sum(len(s) for s in data)

    counts["vectors.txt (words)"] = train_vectors(uner_train + ud_dev_train + klintan_train, out / "vectors.txt")
    return counts


def main(argv: list[str] | None = None) -> int:
    from .prepare import run

    return run(prepare, "training-data/stanza", argv)


if __name__ == "__main__":
    raise SystemExit(main())
