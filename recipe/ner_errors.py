"""Where a model's NER errors on a hold-out set (klintan test unless told) come from: ``python -m recipe.ner_errors``.

Each error of one label (a gold entity the model misses or labels otherwise, or a predicted entity
the gold does not have with that label) is put in one of three classes by what the klintan train
split (the part ``prepare`` trains on) does with the same string:

* ``unseen``: the string is never an entity in the train split, and never an unlabelled word of it;
* ``train agrees with test``: the train split labels the string as the test gold does (the label
  for a miss, something else or nothing for a false positive) in most of its occurrences;
* ``train disagrees with test``: the train split labels it otherwise in most of its occurrences
  (``polisen`` is ORG in the test gold, and unlabelled 48 times against ORG 18 times in train),
  so a model that learnt the train split is scored wrong for following it.

The third class measures what the corpus's own inconsistency costs; the first, what a model must
learn from elsewhere (vectors, pretraining, gazetteers).

Each error also has a shape (``error_shape``), by what the other side has at its place:

* ``boundary``: an entity of the same label overlaps it with other edges (``norra Ontario`` for
  ``Ontario``), a miss and a false positive at once;
* ``label``: the same span with another label (``Hong Kong`` as PER where the gold says LOC);
* ``other overlap``: an entity of another label overlaps it with other edges;
* ``no entity``: nothing overlaps it (a miss: the model saw no name there; a false positive: the
  gold has none), split by whether it is one word or more.

``--set pud-test`` (or ``talbanken-test``) reads another hold-out set, and ``--set dev`` the training
dev set, where error classes may be looked for without learning from a test set; the train classes
are still counted against the klintan train split, the shapes need no train split.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

UNSEEN = "unseen"
AGREES = "train agrees with test"
DISAGREES = "train disagrees with test"


def train_labels(sentences) -> dict[str, Counter]:
    """How often each string is an entity of each label in ``sentences`` (``convert.Sentence`` with
    BIO ``ents``), and how often each single word is unlabelled (``O``)."""
    labels: dict[str, Counter] = defaultdict(Counter)
    for sent in sentences:
        start = None
        for i, tag in enumerate([*sent.ents, "O"]):
            if start is not None and not tag.startswith("I-"):
                labels[" ".join(sent.words[start:i])][sent.ents[start][2:]] += 1
                start = None
            if tag.startswith("B-"):
                start = i
            elif tag == "O" and i < len(sent.words):
                labels[sent.words[i]]["O"] += 1
    return labels


def error_class(text: str, test_label: str | None, label: str, labels: dict[str, Counter]) -> str:
    """The class of one error: ``test_label`` is the gold's label for the string (None: no entity),
    ``label`` the label scored."""
    counts = labels.get(text)
    if not counts:
        return UNSEEN
    as_label = counts[label]
    otherwise = sum(counts.values()) - as_label
    train_says_label = as_label > otherwise
    return AGREES if train_says_label == (test_label == label) else DISAGREES


BOUNDARY = "boundary"
LABEL = "label"
OTHER_OVERLAP = "other overlap"
NO_ENTITY = "no entity"
SHAPES = (BOUNDARY, LABEL, OTHER_OVERLAP, f"{NO_ENTITY}, one word", f"{NO_ENTITY}, more words")


def error_shape(span: tuple[int, int], text: str, label: str, other: dict[tuple[int, int], str]) -> str:
    """The shape of one error: ``span`` (character offsets) is a ``label`` entity on one side that the
    other side, ``other`` (span → label), does not have as such."""
    if span in other:
        return LABEL
    overlapping = [lab for (start, end), lab in other.items() if start < span[1] and span[0] < end]
    if label in overlapping:
        return BOUNDARY
    if overlapping:
        return OTHER_OVERLAP
    return f"{NO_ENTITY}, {'one word' if len(text.split()) == 1 else 'more words'}"


def errors(nlp, examples, label: str) -> list[tuple[str, str, str | None, str | None, str]]:
    """(kind, text, gold label, predicted label, shape) for each ``label`` error; kind is ``miss`` or
    ``false``."""
    out = []
    docs = nlp.pipe([ex.predicted for ex in examples], batch_size=64)
    for ex, pred in zip(examples, docs):
        gold = {(e.start_char, e.end_char): e.label_ for e in ex.reference.ents}
        guess = {(e.start_char, e.end_char): e.label_ for e in pred.ents}
        for span, lab in gold.items():
            if lab == label and guess.get(span) != label:
                text = ex.reference.text[span[0] : span[1]]
                out.append(("miss", text, lab, guess.get(span), error_shape(span, text, label, guess)))
        for span, lab in guess.items():
            if lab == label and gold.get(span) != label:
                text = pred.text[span[0] : span[1]]
                out.append(("false", text, gold.get(span), lab, error_shape(span, text, label, gold)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("training-data"))
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--model", default="models/sv_news_nlp")
    ap.add_argument("--label", default="ORG")
    ap.add_argument(
        "--set", default="klintan-test", help="klintan-test, pud-test, talbanken-test, or dev (the training dev set)"
    )
    ap.add_argument("--examples", type=int, default=8, help="strings shown per class")
    args = ap.parse_args(argv)
    test = args.data / "dev.spacy" if args.set == "dev" else args.data / "eval" / f"{args.set}.spacy"
    if not test.exists() or not (args.corpora / "klintan_swedish-ner-corpus").exists():
        print(f"error: needs {test} (make train-data) and the klintan corpus under {args.corpora}", file=sys.stderr)
        return 2
    import spacy

    from nlp_pipeline.nlp import paragraphs, tokenizer  # noqa: F401  (register the project's parts)

    from . import embed  # noqa: F401  (registers the embedding layer of the --gazetteer-embed experiment)
    from .evaluate import _examples
    from .prepare import klintan_split

    labels = train_labels(klintan_split(args.corpora)[0])
    nlp = spacy.load(args.model)
    found = errors(nlp, _examples(nlp, test)[0], args.label)
    table: Counter = Counter()
    shown: dict[tuple[str, str], list[str]] = defaultdict(list)
    for kind, text, gold, guess, shape in found:
        for cls in (error_class(text, gold, args.label, labels), shape):
            table[kind, cls] += 1
            shown[kind, cls].append(f"{text} ({gold or '-'}→{guess or '-'})")
    print(f"{args.label} errors of {args.model} on {args.set}: {len(found)}")
    for title, classes in (("by the klintan train split", (UNSEEN, AGREES, DISAGREES)), ("by shape", SHAPES)):
        print(f"\n{title}")
        for kind in ("miss", "false"):
            for cls in classes:
                n = table[kind, cls]
                print(f"{kind:>5} | {cls:<26} | {n:4d} | {'; '.join(shown[kind, cls][: args.examples])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
