"""Silver annotation for self-training: what the teacher pipelines agree on.

The teachers are trained on the gold data (``selftrain.py``). Each of them parses

* the klintan NER train sentences, which have gold entities but no syntax, and
* raw Swedish news text (NTREX-128 and FLORES-200, both CC BY-SA 4.0), and prose paragraphs
  of regeringen.se press releases and Riksdag interpellations (``IN_DOMAIN``), which have
  neither;

and a token keeps a value only where enough teachers give the same one (``votes``,
per layer): its UPOS with its features, its lemma, its head with its relation, and in
raw text its entity tag (a whole entity only where enough teachers find the same span
and label). Everything else is left missing, and spaCy trains nothing on a missing
value. A vote must be a majority of the teachers, so at most one value can win.

``python -m recipe.silver CORPORA OUT TEACHER TEACHER TEACHER
[--votes arc=2 ...]`` writes ``OUT/klintan.spacy`` and ``OUT/raw.spacy``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from . import convert, raw_text, talbanken

RAW_TEXTS = [
    "ntrex-128_swe/newstest2019-ref.swe.txt",
    "flores200-devtest_swe/swe_Latn.devtest",
]
# In-domain raw text for the silver data: (archive of raw_text.ARCHIVES, section or None) -> paragraphs drawn
IN_DOMAIN = {("regeringen", "pressmeddelanden"): 2000, ("riksdagen", None): 2000}
# The statistical components and the sentence rule; not the rule-based entity components.
SYNTAX_PIPES = ("tok2vec", "morphologizer", "trainable_lemmatizer", "swedish_paragraph_breaks", "parser")
# How many of the three teachers must agree, per layer (tag: UPOS with features; arc:
# head with relation). Two of three: against all three, the student scored higher on
# its dev set at seeds 0 and 1 (see the model card).
VOTES = {"tag": 2, "lemma": 2, "arc": 2, "entity": 2}


def teacher_parses(nlp, tokenised: list[tuple[list[str], list[bool]]], with_ner: bool) -> list:
    """``nlp``'s statistical analysis of each ``(words, spaces)`` (its rule-based entity
    components skipped), in batches."""
    from spacy.tokens import Doc

    docs = [Doc(nlp.vocab, words=words, spaces=spaces) for words, spaces in tokenised]
    enabled = [name for name in nlp.pipe_names if name in SYNTAX_PIPES or (with_ner and name == "ner")]
    with nlp.select_pipes(enable=enabled):
        return list(nlp.pipe(docs, batch_size=64))


def check_votes(votes: dict[str, int], teachers: int) -> dict[str, int]:
    """``VOTES`` updated with ``votes``; each must be a majority of ``teachers``."""
    unknown = set(votes) - set(VOTES)
    if unknown:
        raise ValueError(f"unknown silver layer(s): {', '.join(sorted(unknown))} (layers: {', '.join(VOTES)})")
    full = {**VOTES, **votes}
    for layer, k in full.items():
        if not teachers // 2 < k <= teachers:
            raise ValueError(f"{layer}: {k} votes of {teachers} teachers is not a majority")
    return full


def _agreed(values: list, k: int) -> object | None:
    """The value at least ``k`` of ``values`` share (``k`` a majority), else None."""
    value, n = Counter(values).most_common(1)[0]
    return value if n >= k else None


def agreed_entities(docs: list, k: int | None = None) -> list[str | None]:
    """IOB tags: ``O`` where at least ``k`` docs (default: all) have no entity, the
    entities (span and label) at least ``k`` docs have, else missing."""
    k = len(docs) if k is None else k
    tags: list[str | None] = [
        "O" if sum(d[i].ent_iob_ == "O" for d in docs) >= k else None for i in range(len(docs[0]))
    ]
    found = Counter(span for d in docs for span in {(e.start, e.end, e.label_) for e in d.ents})
    for (start, end, label), n in found.items():
        if n >= k:
            tags[start] = f"B-{label}"
            for i in range(start + 1, end):
                tags[i] = f"I-{label}"
    return tags


def agreed_doc(
    vocab,
    words: list[str],
    spaces: list[bool],
    ents: list[str | None] | None,
    docs: list,
    votes: dict[str, int] | None = None,
):
    """A training Doc with the syntax enough of ``docs`` (parses of these tokens) agree on
    (``votes`` per layer; default: all of them), and ``ents``. Relation labels the
    converted Talbanken trees use and today's treebank does not are relabelled
    (``talbanken.current_relations``)."""
    from spacy.tokens import Doc

    votes = {layer: len(docs) for layer in VOTES} if votes is None else votes
    tagged, lemmas, heads, deps = [], [], [], []
    for i in range(len(words)):
        tokens = [d[i] for d in docs]
        tagged.append(_agreed([(t.pos_, str(t.morph)) for t in tokens], votes["tag"]))
        lemmas.append(_agreed([t.lemma_ for t in tokens], votes["lemma"]) or "")
        arc = _agreed([(t.head.i, t.dep_) for t in tokens], votes["arc"])
        heads.append(arc[0] if arc else None)
        deps.append(arc[1] if arc else None)
    # Teachers trained on the converted train trees may still use its labels.
    upos, deps = talbanken.current_relations(words, [t[0] if t else "" for t in tagged], lemmas, heads, deps)
    tagged = [(u, t[1]) if t else None for u, t in zip(upos, tagged)]
    doc = Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, lemmas=lemmas, ents=ents)
    for token, tag in zip(doc, tagged):
        if tag is not None:
            token.pos_ = tag[0]
            token.set_morph(tag[1] or None)
    return doc


def _raw_lines(corpora: Path) -> list[str]:
    lines = []
    for name in RAW_TEXTS:
        with open(corpora / name, encoding="utf-8") as fh:
            lines += [line.strip() for line in fh if line.strip()]
    return lines


def in_domain_lines(corpora: Path, exclude: set[str] = frozenset()) -> list[str]:
    """Prose paragraphs drawn at random (fixed seeds) from the press releases of regeringen.se and
    from Riksdag interpellations (``IN_DOMAIN``): the agencies, ministries, parties and politicians
    of Swedish news, in the text where users meet them; never a page of the quote dev set (``exclude``)."""
    from . import raw_text

    lines = []
    for (name, sections), n in IN_DOMAIN.items():
        lines += raw_text.sample_prose(corpora, name, n, seed=24, exclude=exclude, sections=sections and {sections})
    return lines


def write_silver(
    teachers: list,
    corpora: Path,
    out: Path,
    votes: dict[str, int] | None = None,
    exclude: set[str] = frozenset(),
    in_domain: bool = True,
) -> dict[str, float]:
    """Parse the klintan train sentences and the raw texts (NTREX, FLORES and, with ``in_domain``,
    ``in_domain_lines``) with ``teachers`` (loaded pipelines) and write the annotation enough of them
    agree on (``VOTES``, updated with ``votes``); returns token counts, agreement shares and the
    agreed entity mentions by label."""
    import spacy

    from .prepare import klintan_split

    votes = check_votes(votes or {}, len(teachers))
    vocab = spacy.blank("sv").vocab
    klintan_train, _ = klintan_split(corpora)
    klintan_tokens = [(s.words, s.spaces) for s in klintan_train]
    parses = [teacher_parses(t, klintan_tokens, False) for t in teachers]
    klintan = [
        agreed_doc(vocab, s.words, s.spaces, s.ents, [p[i] for p in parses], votes) for i, s in enumerate(klintan_train)
    ]
    raw_tokens = []
    news_lines = _raw_lines(corpora)
    lines = news_lines + (in_domain_lines(corpora, exclude) if in_domain else [])
    for line in lines:
        tokens = teachers[0].make_doc(line)
        raw_tokens.append(([t.text for t in tokens], [bool(t.whitespace_) for t in tokens]))
    parses = [teacher_parses(t, raw_tokens, True) for t in teachers]
    raw = []
    for i, (words, spaces) in enumerate(raw_tokens):
        docs = [p[i] for p in parses]
        raw.append(agreed_doc(vocab, words, spaces, agreed_entities(docs, votes["entity"]), docs, votes))
    convert.write_docbin(klintan, out / "klintan.spacy")
    convert.write_docbin(raw, out / "raw.spacy")
    counts = {}
    for name, docs in (("klintan", klintan), ("raw", raw)):
        n = sum(len(d) for d in docs)
        counts[f"{name} tokens"] = n
        counts[f"{name} agreed tag %"] = round(100 * sum(t.pos_ != "" for d in docs for t in d) / n, 1)
        counts[f"{name} agreed arc %"] = round(100 * sum(t.has_head() for d in docs for t in d) / n, 1)
    for part, docs in (("news", raw[: len(news_lines)]), ("in-domain", raw[len(news_lines) :])):
        labels = Counter(e.label_ for d in docs for e in d.ents)
        counts[f"raw {part} lines"] = len(docs)
        counts[f"raw {part} agreed mentions"] = dict(sorted(labels.items()))
    return counts


def _vote(text: str) -> tuple[str, int]:
    layer, _, k = text.partition("=")
    if not k.isdigit():
        raise argparse.ArgumentTypeError(f"expected LAYER=N, e.g. arc=2, not {text!r}")
    return layer, int(k)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("teachers", nargs="+", help="trained pipelines (folders)")
    ap.add_argument(
        "--votes",
        type=_vote,
        nargs="*",
        default=[],
        metavar="LAYER=N",
        help=f"teachers that must agree, per layer (default: {' '.join(f'{k}={v}' for k, v in VOTES.items())})",
    )
    raw_text.add_exclude_option(ap)
    args = ap.parse_args(argv)
    try:
        votes = check_votes(dict(args.votes), len(args.teachers))
    except ValueError as exc:
        ap.error(str(exc))

    import spacy

    from nlp_pipeline.nlp import paragraphs, tokenizer  # noqa: F401  (register the project's parts)

    exclude = raw_text.exclusions(args)
    teachers = [spacy.load(p) for p in args.teachers]
    for name, value in write_silver(teachers, args.corpora, args.out, votes, exclude).items():
        print(f"{name}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
