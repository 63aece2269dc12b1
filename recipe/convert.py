"""Convert the openly licensed Swedish corpora into spaCy training data.

Each reader turns one source format into a list of ``Sentence`` records; the
builders combine sources and write ``DocBin`` files for ``spacy train``.

Sources (see ``../shared/corpora/MANIFEST.md``):

* UD CoNLL-U (Talbanken dev/test, PUD test): words, lemmas, UPOS, XPOS, features,
  dependencies, sentence boundaries.
* Universal NER IOB2 (Talbanken train/dev/test, PUD): words, spacing from the
  ``# text`` comment, PER/LOC/ORG entities.
* The klintan NER corpus: whitespace-separated ``word label`` lines with labels
  ``PER ORG LOC MISC`` and ``0`` for outside, no B-/I- prefix (adjacent runs of one
  label become one entity).
* efselab's Talbanken ``.tab`` file: lemma, SUC tag, SUC MSD, UPOS, aligned sentence
  by sentence with the UNER Talbanken train word forms.
* The 2015 pre-UD-v1.0 Talbanken train (CoNLL-X-like, UD v1 relation names):
  dependencies and features, joined to the UNER sentences by their word strings and
  brought to today's UD v2 conventions (``talbanken.py``).

Non-commercial sets (LinES, HIPE) are never read here.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import talbanken

NO_SPACE_BEFORE = re.compile(r"^[.,:;!?)\]}”»%]+$")
NO_SPACE_AFTER = re.compile(r"^[(\[{„“]+$")


@dataclasses.dataclass
class Sentence:
    words: list[str]
    spaces: list[bool]
    ents: list[str] | None = None  # IOB tags "B-PER", "I-PER", "O"
    lemmas: list[str] | None = None
    pos: list[str] | None = None
    tags: list[str] | None = None
    morphs: list[str] | None = None
    heads: list[int] | None = None  # absolute 0-based index within sentence
    deps: list[str] | None = None
    sent_id: str = ""
    doc_start: bool = False  # a "# newdoc" comment precedes the sentence
    par_start: bool = False  # a "# newpar" (or "# newdoc") comment precedes it


def _blocks(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (comment lines, token lines) per blank-line separated block."""
    comments: list[str] = []
    rows: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            if not line.strip():
                if rows:
                    yield comments, rows
                comments, rows = [], []
                continue
            if line.startswith("#") and not rows:
                comments.append(line)
                continue
            rows.append(line)
    if rows:
        yield comments, rows


def spaces_from_text(words: list[str], text: str | None) -> list[bool]:
    """Recover SpaceAfter flags by aligning words with the sentence text.

    Falls back to a punctuation heuristic when the text does not contain the
    words in order (as in sources without a ``# text`` line).
    """
    if text:
        spaces = []
        pos = 0
        ok = True
        for word in words:
            idx = text.find(word, pos)
            if idx < 0 or text[pos:idx].strip():
                ok = False
                break
            pos = idx + len(word)
            spaces.append(pos < len(text) and text[pos].isspace())
        if ok:
            return spaces
    spaces = [True] * len(words)
    for i, word in enumerate(words):
        if i + 1 < len(words) and NO_SPACE_BEFORE.match(words[i + 1]):
            spaces[i] = False
        if NO_SPACE_AFTER.match(word):
            spaces[i] = False
    if words:
        spaces[-1] = False
    return spaces


def _text_comment(comments: list[str]) -> str | None:
    for c in comments:
        if c.startswith("# text = "):
            return c[len("# text = ") :]
    return None


def _starts(comments: list[str]) -> dict[str, bool]:
    doc = any(c.startswith("# newdoc") for c in comments)
    return {"doc_start": doc, "par_start": doc or any(c.startswith("# newpar") for c in comments)}


def _sent_id(comments: list[str]) -> str:
    for c in comments:
        if c.startswith("# sent_id = "):
            return c[len("# sent_id = ") :]
    return ""


def read_conllu(path: Path) -> list[Sentence]:
    """Read a UD CoNLL-U file (multiword ranges and empty nodes are skipped)."""
    out = []
    for comments, rows in _blocks(path):
        cols = [r.split("\t") for r in rows]
        cols = [c for c in cols if c[0].isdigit()]
        ids = [int(c[0]) for c in cols]
        index = {i: n for n, i in enumerate(ids)}
        words = [c[1] for c in cols]
        spaces = ["SpaceAfter=No" not in c[9] for c in cols]
        heads, deps = [], []
        for n, c in enumerate(cols):
            head = int(c[6]) if c[6].isdigit() else 0
            heads.append(n if head == 0 else index[head])
            deps.append("ROOT" if head == 0 else c[7])
        out.append(
            Sentence(
                words=words,
                spaces=spaces,
                lemmas=[c[2] if c[2] != "_" or c[1] == "_" else "" for c in cols],
                pos=[c[3] for c in cols],
                tags=[c[4] for c in cols],
                morphs=["" if c[5] == "_" else c[5] for c in cols],
                heads=heads,
                deps=deps,
                sent_id=_sent_id(comments),
                **_starts(comments),
            )
        )
    return out


def read_uner(path: Path) -> list[Sentence]:
    """Read a Universal NER IOB2 file (``id form tag - -``)."""
    out = []
    for comments, rows in _blocks(path):
        cols = [r.split("\t") for r in rows]
        words = [c[1] for c in cols]
        tags = [_clean_iob(c[2]) for c in cols]
        out.append(
            Sentence(
                words=words,
                spaces=spaces_from_text(words, _text_comment(comments)),
                ents=tags,
                sent_id=_sent_id(comments),
                **_starts(comments),
            )
        )
    return out


def _clean_iob(tag: str) -> str:
    if tag in ("O", "_", ""):
        return "O"
    prefix, _, label = tag.partition("-")
    if label not in ("PER", "LOC", "ORG", "MISC"):
        return "O"
    return f"{prefix}-{label}"


def bio_from_runs(labels: list[str]) -> list[str]:
    """Turn prefix-less labels (``PER PER 0 LOC``) into IOB2, one entity per run."""
    out = []
    prev = "O"
    for lab in labels:
        if lab in ("0", "O", ""):
            out.append("O")
            prev = "O"
        else:
            out.append(("I-" if lab == prev else "B-") + lab)
            prev = lab
    return out


def read_klintan(path: Path) -> list[Sentence]:
    """Read the klintan Swedish NER corpus (``word<ws>label``, no B-/I- prefix)."""
    out = []
    for _, rows in _blocks(path):
        words, labels = [], []
        for row in rows:
            fields = row.split()
            if len(fields) < 2:
                # A line with a word and no label (one occurs in train): outside.
                fields = fields + ["0"]
            word = " ".join(fields[:-1]).replace("\u00ad", "")
            if not word:
                continue
            words.append(word)
            labels.append(fields[-1])
        if words:
            out.append(Sentence(words=words, spaces=spaces_from_text(words, None), ents=bio_from_runs(labels)))
    return out


def read_efselab(path: Path) -> list[list[tuple[str, str, str, str]]]:
    """Read efselab's ``.tab`` file: (lemma, SUC tag, SUC MSD, UPOS) per token."""
    return [[tuple(r.split("\t")[:4]) for r in rows] for _, rows in _blocks(path)]


def read_conll_v1(path: Path) -> dict[tuple[str, ...], tuple[list[int], list[str], list[str]]]:
    """Read the 2015 Talbanken train; key each sentence by its word tuple.

    Returns ``words -> (heads, v1 relations, features)``; heads are absolute
    0-based indices (root points at itself).
    """
    out = {}
    for _, rows in _blocks(path):
        cols = [r.split("\t") for r in rows]
        cols = [c for c in cols if c[0].isdigit()]
        words = tuple(c[1] for c in cols)
        heads = [int(c[0]) - 1 if c[6] == "0" else int(c[6]) - 1 for c in cols]
        deps = ["ROOT" if c[6] == "0" else c[7] for c in cols]
        feats = ["" if c[5] == "_" else c[5] for c in cols]
        if sum(1 for d in deps if d == "ROOT") != 1:
            continue  # one sentence in the file has no single root
        out[words] = (heads, deps, feats)
    return out


def build_talbanken_train(
    uner_train: Path, efselab_train: Path, v1_train: Path, features: talbanken.FeatureMap | None = None
) -> list[Sentence]:
    """Reconstruct Talbanken train: UNER words+NER, efselab lemma/UPOS/SUC, 2015 deps.

    Features come from ``features`` (SUC tag -> today's UD features) where it knows
    the tag, else from the 2015 file.
    """
    uner = read_uner(uner_train)
    efs = read_efselab(efselab_train)
    v1 = read_conll_v1(v1_train)
    out = []
    for sent, tab in zip(uner, efs):
        if len(tab) != len(sent.words):
            out.append(sent)  # NER only: the annotation layers do not align
            continue
        sent.lemmas = [t[0] for t in tab]
        sent.tags = [t[1] for t in tab]
        sent.pos = [t[3] for t in tab]
        parsed = v1.get(tuple(sent.words))
        v1_feats = parsed[2] if parsed is not None else [""] * len(tab)
        if parsed is not None:
            heads, deps, _ = parsed
            sent.heads, sent.deps = talbanken.modernise_v1_tree(sent.words, sent.pos, heads, deps, v1_feats)
        sent.pos, sent.lemmas = talbanken.modernise_ud20(sent.words, sent.pos, sent.lemmas, sent.deps)
        if sent.deps:
            sent.pos, sent.deps = talbanken.current_relations(sent.words, sent.pos, sent.lemmas, sent.heads, sent.deps)
        if features is not None:
            mapped = [features(w, p, t[2]) for w, p, t in zip(sent.words, sent.pos, tab)]
            sent.morphs = [
                m if m is not None else talbanken.fix_v1_features(f, p) for m, f, p in zip(mapped, v1_feats, sent.pos)
            ]
        elif parsed is not None:
            sent.morphs = [talbanken.fix_v1_features(f, p) for f, p in zip(v1_feats, sent.pos)]
        out.append(sent)
    return out


PARAGRAPH_BREAK = "\n\n"
SPACE_TOKEN = {"ents": "O", "lemmas": PARAGRAPH_BREAK, "pos": "SPACE", "tags": "_SP", "morphs": "", "deps": ""}


def to_doc(vocab, sentences: list[Sentence]):
    """Build one spaCy Doc from consecutive sentences with the same annotation layers.

    A sentence that opens a paragraph (``# newpar``) is preceded by a blank line,
    a whitespace token as in real text, attached to the previous token with its
    relation left missing so it is neither trained on nor scored.
    """
    from spacy.tokens import Doc

    words, spaces, sent_starts = [], [], []
    layers = {k: [] for k in ("ents", "lemmas", "pos", "tags", "morphs", "heads", "deps")}
    first = sentences[0]
    present = {k for k in layers if getattr(first, k) is not None}
    for n, sent in enumerate(sentences):
        if n and sent.par_start:
            spaces[-1] = False
            words.append(PARAGRAPH_BREAK)
            spaces.append(False)
            sent_starts.append(False)
            for key in present:
                layers[key].append(len(words) - 2 if key == "heads" else SPACE_TOKEN[key])
        offset = len(words)
        words.extend(sent.words)
        spaces.extend(sent.spaces[:-1] + [True])
        sent_starts.extend([True] + [False] * (len(sent.words) - 1))
        for key in present:
            values = getattr(sent, key)
            if key == "heads":
                values = [h + offset for h in values]
            layers[key].extend(values)
    if words:
        spaces[-1] = False
    kwargs = {k: layers[k] for k in present}
    if "heads" not in present:
        # Sentence boundaries still supervise the parser when known.
        kwargs["sent_starts"] = sent_starts
    return Doc(vocab, words=words, spaces=spaces, **kwargs)


def group_docs(vocab, sentences: Iterable[Sentence], per_doc: int | None) -> list:
    """Group sentences with identical annotation layers into Docs.

    ``per_doc`` sentences a Doc, or with ``per_doc=None`` one Doc per source
    document (``# newdoc``), as the text was written.
    """

    def signature(s: Sentence):
        return tuple(getattr(s, k) is not None for k in ("ents", "lemmas", "pos", "heads"))

    docs, buf = [], []
    for sent in sentences:
        full = sent.doc_start if per_doc is None else len(buf) >= per_doc
        if buf and (full or signature(buf[-1]) != signature(sent)):
            docs.append(to_doc(vocab, buf))
            buf = []
        buf.append(sent)
    if buf:
        docs.append(to_doc(vocab, buf))
    return docs


def write_docbin(docs: list, path: Path) -> None:
    from spacy.tokens import DocBin

    path.parent.mkdir(parents=True, exist_ok=True)
    db = DocBin(store_user_data=False)
    for doc in docs:
        db.add(doc)
    db.to_disk(path)


def merge_ner(ud: list[Sentence], uner: list[Sentence]) -> list[Sentence]:
    """Add UNER entities to UD sentences, joined by word strings (not by position)."""
    by_words = {tuple(s.words): s.ents for s in uner}
    for sent in ud:
        ents = by_words.get(tuple(sent.words))
        sent.ents = ents if ents is not None else None
    return ud


def leave_other_names_open(sentences: list[Sentence]) -> list[Sentence]:
    """Mark proper nouns outside UNER's entities as unannotated for the NER.

    UNER annotates PER, LOC and ORG only, so a product, event or title
    (``Volvo 760``, ``Melodifestivalen``) is ``O`` there but ``MISC`` in klintan.
    Training on both would teach the NER that such names are not entities; left
    missing, these tokens teach it nothing either way.
    """
    for sent in sentences:
        if sent.ents is None or sent.pos is None:
            continue
        sent.ents = ["" if tag == "O" and pos == "PROPN" else tag for tag, pos in zip(sent.ents, sent.pos)]
    return sentences
