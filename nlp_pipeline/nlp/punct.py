"""Punctuation attached the UD way, after the parser: ``swedish_punct_heads``.

The UD guidelines (https://universaldependencies.org/u/dep/punct.html) hang a
punctuation mark on a word of the unit it delimits, never non-projectively: a mark
between conjuncts on the conjunct after it, a mark before or after a subordinate unit
on that unit, otherwise at the highest node that keeps it projective; paired marks on
one word, the head of what they enclose; the sentence-final mark on the root. This
component reattaches every token tagged ``PUNCT`` with the relation ``punct`` by rule,
sentence by sentence, in the manner of udapi's ``ud.FixPunct`` (the algorithm, not its
code):

1. paired quotation marks first (``”…”``, ``»…»``, ``"…"`` ...; brackets too with
   ``pair_brackets``): an opening mark and the mark that closes it in the same
   sentence both go to the one word inside whose head is outside, when the enclosed
   words have exactly one such head;
2. then every other mark, left to right: from the nearest word on its left, climb
   while the next head up is also on the left and its subtree ends before the mark;
   likewise from the nearest word on its right (not for a sentence-final ``. ! ?``).
   On each side the highest of these nodes that keeps the mark projective (no arc
   crossing, not in the gap of another arc) is a candidate. ``attach="highest"``
   takes the higher candidate, or the right one when that is a conjunct;
   ``attach="subordinate"`` (udapi's choice) the lower one, the head of the
   subordinate unit. The parser's head stays when it lies on the path of the side
   chosen (which of several nested units a mark closes is the parser's call). A
   closing bracket not paired in step 1 goes with its opening bracket when it can.

The defaults follow UD Swedish Talbanken, checked on its dev set only: Talbanken hangs
a comma before a relative or adverbial clause on the noun or verb the clause modifies,
the higher node (``attach="highest"``), and brackets on the word the bracketed phrase
depends on (``pair_brackets=False``). Run on the gold trees of Talbanken dev the rule
gives 96% of the gold punctuation heads (``"subordinate"``: 75%; on UD Swedish PUD
test, the other way round: 78% and 92%; the two treebanks differ). After the parser it
moved the held-out Talbanken dev punctuation from 69.3% to 71.8% right, but on the
test sets (CoNLL 2018 LAS, gold tokens) Talbanken gains 0.05 and PUD loses 0.05: the
parser already hangs nearly every mark on a candidate of the rule, and its errors are
mostly those of the tree around the mark. So the bundled model does not include it.

Only punctuation moves: no other token changes head or relation, a mark with words
below it stays where it is, and the sentence boundaries do not change (the new heads
stay within the sentence; should the boundaries move all the same, the parse is put
back as it was).
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, POS, SENT_START
from spacy.language import Language
from spacy.symbols import PUNCT, SPACE
from spacy.tokens import Doc

# An opening mark -> the marks that close it. Swedish writes ”…” and »…» with one
# character for both ends (also »…« and “…”); the first closer after an opener closes it.
QUOTES: dict[str, tuple[str, ...]] = {
    "”": ("”",),
    '"': ('"',),
    "“": ("”", "“"),
    "„": ("”", "“"),
    "»": ("»", "«"),
    "«": ("»",),
    "’": ("’",),
    "'": ("'",),
}
BRACKETS: dict[str, tuple[str, ...]] = {"(": (")",), "[": ("]",), "{": ("}",)}
# Marks that close a sentence: they hang on what precedes them, never on a word after them.
FINAL = frozenset({".", "!", "?", "...", "…", "?!", "!?", "!!", "??"})
ATTACH = ("highest", "subordinate")
CLOSING = {")": "(", "]": "[", "}": "{"}


class _Tree:
    """A sentence's parse with the movable marks taken out (the skeleton, which does not
    change), and the marks put back one at a time as leaves of the skeleton."""

    def __init__(self, heads: list[int], movable: list[bool]):
        n = len(heads)
        self.heads = list(heads)
        self.movable = movable
        self.present = [not m for m in movable]
        children: list[list[int]] = [[] for _ in range(n)]
        roots = []
        for i, h in enumerate(heads):
            if movable[i]:
                continue
            if h == i:
                roots.append(i)
            else:
                children[h].append(i)
        # Preorder numbers (a dominates k when k's number lies in a's range) and the
        # leftmost and rightmost token of each skeleton subtree.
        self.first = [0] * n
        self.last = [0] * n
        self.left = list(range(n))
        self.right = list(range(n))
        count = 0
        for root in roots:
            stack = [(root, False)]
            while stack:
                node, done = stack.pop()
                if done:
                    self.last[node] = count - 1
                    for c in children[node]:
                        self.left[node] = min(self.left[node], self.left[c])
                        self.right[node] = max(self.right[node], self.right[c])
                    continue
                self.first[node] = count
                count += 1
                stack.append((node, True))
                stack.extend((c, False) for c in children[node])
        self.roots = roots
        self.valid = count == sum(self.present) and bool(roots)  # every skeleton token reached: no cycle

    def dominates(self, a: int, k: int) -> bool:
        """Is skeleton token ``a`` ``k`` itself or an ancestor of ``k`` (a token in the tree)?"""
        if self.movable[k]:
            if a == k:
                return True
            k = self.heads[k]
        return self.first[a] <= self.first[k] <= self.last[a]

    def projective(self, p: int, h: int) -> bool:
        """Would the arc from mark ``p`` to ``h`` cross no arc of the tree as it stands, and
        leave ``p`` in the gap of no arc (but one that has a gap of the parser's making)?"""
        lo, hi = (p, h) if p < h else (h, p)
        present = self.present
        for k in range(lo + 1, hi):
            if present[k] and not self.dominates(h, k):
                return False
        for d, g in enumerate(self.heads):
            if d == p or g == d or not present[d]:
                continue
            a, b = (d, g) if d < g else (g, d)
            if a < p < b and not self.dominates(g, h) and not a < h < b:
                return False
        return True

    def place(self, p: int, h: int) -> None:
        self.heads[p] = h
        self.present[p] = True


def _climb(tree: _Tree, start: int, p: int, leftwards: bool) -> list[int]:
    """From ``start`` up: the heads on the same side of mark ``p`` whose subtree does not
    reach past it (``start`` first)."""
    path = [start]
    node = start
    heads = tree.heads
    while heads[node] != node:
        head = heads[node]
        if leftwards and head < p and tree.right[node] < p:
            node = head
        elif not leftwards and head > p and tree.left[node] > p:
            node = head
        else:
            break
        path.append(node)
    return path


def _highest_projective(tree: _Tree, p: int, path: list[int]) -> int | None:
    for node in reversed(path):
        if tree.projective(p, node):
            return node
    return None


class _Sentence:
    """The rule run over one sentence (indices within the sentence)."""

    def __init__(self, heads, texts, movable, word, conj, attach, pairs):
        self.tree = _Tree(heads, movable)
        self.orig = heads
        self.texts = texts
        self.movable = movable
        self.word = word
        self.conj = conj
        self.attach = attach
        self.pairs = pairs
        self.role: list[str | None] = [None] * len(heads)

    def run(self) -> list[int]:
        if not self.tree.valid:
            return list(self.orig)
        self.attach_pairs()
        for p, m in enumerate(self.movable):
            if m and not self.tree.present[p] and not self.with_opener(p):
                self.attach_single(p)
        return self.tree.heads

    def with_opener(self, p: int) -> bool:
        """A closing bracket not paired in step 1 goes to the head of its opening bracket
        when that keeps it projective (paired marks hang on one word, says UD)."""
        if self.texts[p] not in CLOSING:
            return False
        opener, depth = CLOSING[self.texts[p]], 0
        for k in range(p - 1, -1, -1):
            if self.texts[k] == self.texts[p]:
                depth += 1
            elif self.texts[k] == opener:
                if depth:
                    depth -= 1
                    continue
                if not (self.movable[k] and self.tree.present[k]) or self.role[k]:
                    return False
                head = self.tree.heads[k]
                if self.tree.projective(p, head):
                    self.tree.place(p, head)
                    return True
                return False
        return False

    def closer(self, o: int) -> int | None:
        texts, movable, role = self.texts, self.movable, self.role
        closers = self.pairs[texts[o]]
        depth = 0
        for k in range(o + 1, len(texts)):
            if texts[k] in closers and movable[k] and not role[k]:
                if not depth:
                    return k
                depth -= 1
            elif texts[k] == texts[o]:
                depth += 1
        return None

    def attach_pairs(self) -> None:
        tree, movable, heads = self.tree, self.movable, self.orig
        for o, text in enumerate(self.texts):
            if not movable[o] or self.role[o] or text not in self.pairs:
                continue
            c = self.closer(o)
            if c is None:
                continue  # closed in a later sentence, or never: an ordinary mark
            tops = [k for k in range(o + 1, c) if not movable[k] and (heads[k] == k or not o < heads[k] < c)]
            words = [k for k in tops if self.word[k]]
            tops = words or tops
            if len(tops) != 1:
                continue  # nothing inside, or no one phrase: the marks are taken one by one
            (top,) = tops
            if not tree.projective(o, top):
                continue
            tree.place(o, top)
            if tree.projective(c, top):
                tree.place(c, top)
                self.role[o], self.role[c] = "open", "close"
            else:
                tree.present[o] = False  # both marks left to step 2

    def paths(self, p: int, final: bool) -> tuple[list[int], list[int]]:
        """The candidate paths left and right of mark ``p`` (none on the right of a final mark)."""
        tree, word, role = self.tree, self.word, self.role
        n = len(word)
        left = p - 1
        while left >= 0 and not word[left]:
            if role[left] == "open":
                left = -1  # a mark just inside a quotation does not hang outside it
                break
            left -= 1
        right = None if final else p + 1
        while right is not None and right < n and not word[right]:
            if role[right] == "close":
                right = None
                break
            right += 1
        l_path = _climb(tree, left, p, True) if left >= 0 else []
        r_path = _climb(tree, right, p, False) if right is not None and right < n else []
        return l_path, r_path

    def attach_single(self, p: int) -> None:
        tree = self.tree
        orig = self.orig[p]
        final = self.texts[p] in FINAL
        l_path, r_path = self.paths(p, final)
        l_cand = _highest_projective(tree, p, l_path)
        r_cand = _highest_projective(tree, p, r_path)
        if l_cand is None and r_cand is None and final:
            # A full stop inside the sentence, the marks before it already on the right.
            l_path, r_path = self.paths(p, False)
            l_cand = _highest_projective(tree, p, l_path)
            r_cand = _highest_projective(tree, p, r_path)
        if l_cand is None and r_cand is None:
            tree.place(p, self.fallback(p, orig))
            return
        if l_cand is None or r_cand is None:
            cand, path = (l_cand if r_cand is None else r_cand), l_path + r_path
        elif tree.dominates(r_cand, l_cand):  # the right candidate is the higher
            cand, path = (r_cand, r_path) if self.attach == "highest" else (l_cand, l_path)
        elif tree.dominates(l_cand, r_cand):  # the left candidate is the higher
            lower = self.attach == "subordinate" or self.conj[r_cand]
            cand, path = (r_cand, r_path) if lower else (l_cand, l_path)
        else:
            cand, path = l_cand, l_path + r_path  # neither above the other: a non-projective parse
        keep = orig in path and tree.projective(p, orig)
        tree.place(p, orig if keep else cand)

    def fallback(self, p: int, orig: int) -> int:
        """No candidate next to ``p`` keeps it projective (marks before it went elsewhere, or
        a non-projective parse around it): the parser's head if projective, else the
        nearest token that is (in a projective parse, the head of the innermost arc over
        ``p`` or the root always is), else the parser's head all the same (the root when
        that is a mark: marks hang on the skeleton only)."""
        tree, movable = self.tree, self.movable
        if not movable[orig] and tree.projective(p, orig):
            return orig
        for k in sorted(range(len(movable)), key=lambda k: (abs(k - p), k)):
            if not movable[k] and tree.projective(p, k):
                return k
        return tree.roots[0] if movable[orig] else orig


def attach_punctuation(
    heads: list[int],
    texts: list[str],
    movable: list[bool],
    word: list[bool],
    conj: list[bool] | None = None,
    *,
    attach: str = "highest",
    pair_brackets: bool = False,
) -> list[int]:
    """New heads for one sentence (indices within the sentence; a root is its own head).

    ``texts``: the tokens' texts (those of the marks are read); ``movable``: the marks
    that may move (PUNCT, relation ``punct``, not the root, no word below them:
    :func:`movable_marks`); ``word``: the tokens a mark can hang on when they are next
    to it (not punctuation, not whitespace); ``conj``: the tokens whose relation is
    ``conj``. A sentence that is not a tree comes back unchanged."""
    if attach not in ATTACH:
        raise ValueError(f"attach must be one of {ATTACH}, not {attach!r}")
    pairs = {**QUOTES, **BRACKETS} if pair_brackets else QUOTES
    conj = conj if conj is not None else [False] * len(heads)
    return _Sentence(list(heads), texts, movable, word, conj, attach, pairs).run()


def movable_marks(heads: list[int], punct: list[bool]) -> list[bool]:
    """Of the marks ``punct`` (PUNCT with the relation punct, not a root), those with
    nothing but marks below them: a mark with a word below it stays."""
    n = len(heads)
    movable = list(punct)
    for i in range(n):
        if punct[i]:
            continue
        k, steps = heads[i], 0
        while movable[k] and steps < n:
            movable[k] = False
            k = heads[k]
            steps += 1
    return movable


class PunctHeads:
    """Reattach the punctuation of each sentence after the parser (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, attach: str = "highest", pair_brackets: bool = False):
        if attach not in ATTACH:
            raise ValueError(f"attach must be one of {ATTACH}, not {attach!r}")
        self.name = name
        self.attach = attach
        self.pair_brackets = pair_brackets
        self.punct = nlp.vocab.strings.add("punct")
        self.conj = nlp.vocab.strings.add("conj")

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not doc.has_annotation("DEP") or not doc.has_annotation("POS"):
            return doc
        arr = doc.to_array([HEAD, DEP, POS, SENT_START]).view("int64")
        rel_heads, deps, pos, starts_col = arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3]
        is_punct = pos == PUNCT
        marks = is_punct & (deps == self.punct) & (rel_heads != 0)
        if not marks.any():
            return doc
        index = numpy.arange(len(doc))
        heads = (rel_heads + index).tolist()
        marks_list = marks.tolist()
        word = (~is_punct & (pos != SPACE)).tolist()
        conj = (deps == self.conj).tolist()
        starts = numpy.flatnonzero(starts_col == 1).tolist()
        if not starts or starts[0] != 0:
            starts = [0, *starts]
        new_heads = list(heads)
        changed = False
        for start, end in zip(starts, [*starts[1:], len(doc)]):
            if not any(marks_list[start:end]):
                continue
            local = [h - start for h in heads[start:end]]
            if any(h < 0 or h >= end - start for h in local):
                continue  # an arc out of the sentence: not a parse this rule knows
            movable = movable_marks(local, marks_list[start:end])
            texts = [doc[i].text if is_punct[i] else "" for i in range(start, end)]
            result = attach_punctuation(
                local,
                texts,
                movable,
                word[start:end],
                conj[start:end],
                attach=self.attach,
                pair_brackets=self.pair_brackets,
            )
            if result != local:
                changed = True
                new_heads[start:end] = [h + start for h in result]
        if not changed:
            return doc
        values = numpy.stack([numpy.asarray(new_heads, dtype="int64") - index, deps], axis=1)
        doc.from_array([HEAD, DEP], values.astype("uint64"))
        if not numpy.array_equal(doc.to_array(SENT_START).view("int64") == 1, starts_col == 1):
            # Not with heads within each sentence; should it happen, the parse goes back.
            values[:, 0] = rel_heads
            doc.from_array([HEAD, DEP], values.astype("uint64"))
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


@Language.factory(
    "swedish_punct_heads",
    assigns=["token.head"],
    requires=["token.pos", "token.dep"],
    default_config={"attach": "highest", "pair_brackets": False},
)
def make_punct_heads(nlp: Language, name: str, attach: str, pair_brackets: bool) -> PunctHeads:
    return PunctHeads(nlp, name, attach=attach, pair_brackets=pair_brackets)
