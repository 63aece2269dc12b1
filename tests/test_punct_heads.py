"""``swedish_punct_heads``: punctuation reattached by rule after the parser (invented
sentences with hand-set trees; no ../shared, no trained model)."""

from __future__ import annotations

import random

import pytest

spacy = pytest.importorskip("spacy")
from spacy.tokens import Doc  # noqa: E402

from nlp_pipeline.nlp import punct as P  # noqa: E402


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("sv")


def make(nlp, rows, spaces=None):
    """A Doc from ``(word, pos, head, dep)`` rows, heads as absolute indices."""
    words, pos, heads, deps = (list(col) for col in zip(*rows))
    return Doc(nlp.vocab, words=words, spaces=spaces, pos=pos, heads=heads, deps=deps)


def heads_of(doc):
    return [t.head.i for t in doc]


# "Hon läste boken, som kom ut igår." with the comma hung on "igår" and the full stop on
# "Hon" (both across other arcs, as a parser may leave them).
RELATIVE = [
    ("Hon", "PRON", 1, "nsubj"),
    ("läste", "VERB", 1, "ROOT"),
    ("boken", "NOUN", 1, "obj"),
    (",", "PUNCT", 7, "punct"),
    ("som", "PRON", 5, "nsubj"),
    ("kom", "VERB", 2, "acl:relcl"),
    ("ut", "ADP", 5, "compound:prt"),
    ("igår", "ADV", 5, "advmod"),
    (".", "PUNCT", 0, "punct"),
]


def test_comma_before_a_relative_clause(nlp):
    # UD's "a mark before a subordinate unit hangs on that unit" (udapi's choice): the
    # clause's head. Talbanken (the default) hangs it higher, on the noun the clause modifies.
    subordinate = P.PunctHeads(nlp, "t", attach="subordinate")(make(nlp, RELATIVE))
    assert subordinate[3].head.text == "kom"
    talbanken = P.PunctHeads(nlp, "t")(make(nlp, RELATIVE))
    assert talbanken[3].head.text == "boken"
    for doc in (subordinate, talbanken):
        assert doc[3].dep_ == "punct"
        assert doc[8].head.text == "läste"  # the full stop on the root
        assert all(projective_marks(doc))


def test_the_parsers_head_stays_on_the_chosen_side(nlp):
    # The rule picks the side; of the nodes on that side's path to the top, the parser's
    # head stays: which of the nested units a mark closes is the parser's call.
    rows = list(RELATIVE)
    rows[3] = (",", "PUNCT", 4, "punct")  # on "som", low on the right-hand path
    rows[8] = (".", "PUNCT", 5, "punct")  # on "kom", the last clause, below the root
    doc = P.PunctHeads(nlp, "t", attach="subordinate")(make(nlp, rows))
    assert doc[3].head.text == "som" and doc[8].head.text == "kom"
    doc = P.PunctHeads(nlp, "t")(make(nlp, rows))
    assert doc[3].head.text == "boken"  # the other side: the rule's choice
    assert doc[8].head.text == "kom"


def test_sentence_final_mark_goes_to_the_root(nlp):
    rows = [
        ("Vem", "PRON", 1, "nsubj"),
        ("kommer", "VERB", 1, "ROOT"),
        ("i", "ADP", 3, "case"),
        ("morgon", "NOUN", 1, "obl"),
        ("?", "PUNCT", 0, "punct"),  # on the first word, across the root
    ]
    doc = P.PunctHeads(nlp, "t")(make(nlp, rows))
    assert doc[4].head.text == "kommer"


# ”Det är bra”, sa hon. The quotation marks hang on "sa" and "hon", the comma on "Det",
# the full stop on "bra".
QUOTE = [
    ("”", "PUNCT", 6, "punct"),
    ("Det", "PRON", 3, "nsubj"),
    ("är", "AUX", 3, "cop"),
    ("bra", "ADJ", 6, "ccomp"),
    ("”", "PUNCT", 7, "punct"),
    (",", "PUNCT", 1, "punct"),
    ("sa", "VERB", 6, "ROOT"),
    ("hon", "PRON", 6, "nsubj"),
    (".", "PUNCT", 3, "punct"),
]
QUOTE_SPACES = [False, True, True, False, False, True, True, False, False]


def test_quotation_marks_go_to_the_head_of_the_quoted_span(nlp):
    doc = P.PunctHeads(nlp, "t")(make(nlp, QUOTE, QUOTE_SPACES))
    assert doc.text == "”Det är bra”, sa hon."
    assert doc[0].head.text == "bra" and doc[4].head.text == "bra"
    assert doc[5].head.text == "sa"  # the comma after the quotation: the higher candidate
    assert doc[8].head.text == "sa"
    assert all(projective_marks(doc))
    subordinate = P.PunctHeads(nlp, "t", attach="subordinate")(make(nlp, QUOTE, QUOTE_SPACES))
    assert subordinate[5].head.text == "bra"  # ... or the quoted clause it follows


def test_brackets_as_paired_marks_or_as_talbankens(nlp):
    # "Avtalet (från 2019) gäller." Talbanken hangs brackets on the word the bracketed
    # phrase depends on, the closing one with the opening one; paired, both go to the
    # phrase's head inside.
    rows = [
        ("Avtalet", "NOUN", 5, "nsubj"),
        ("(", "PUNCT", 5, "punct"),
        ("från", "ADP", 3, "case"),
        ("2019", "NUM", 0, "nmod"),
        (")", "PUNCT", 2, "punct"),
        ("gäller", "VERB", 5, "ROOT"),
        (".", "PUNCT", 5, "punct"),
    ]
    doc = P.PunctHeads(nlp, "t")(make(nlp, rows))
    assert doc[1].head.text == "Avtalet" and doc[4].head.text == "Avtalet"
    paired = P.PunctHeads(nlp, "t", pair_brackets=True)(make(nlp, rows))
    assert paired[1].head.text == "2019" and paired[4].head.text == "2019"
    assert all(projective_marks(doc)) and all(projective_marks(paired))


def test_comma_between_conjuncts_goes_to_the_next_conjunct(nlp):
    rows = [
        ("Vi", "PRON", 1, "nsubj"),
        ("köpte", "VERB", 1, "ROOT"),
        ("äpplen", "NOUN", 1, "obj"),
        (",", "PUNCT", 1, "punct"),
        ("päron", "NOUN", 2, "conj"),
        ("och", "CCONJ", 6, "cc"),
        ("plommon", "NOUN", 2, "conj"),
        (".", "PUNCT", 1, "punct"),
    ]
    for attach in P.ATTACH:
        doc = P.PunctHeads(nlp, "t", attach=attach)(make(nlp, rows))
        assert doc[3].head.text == "päron"


def test_only_punctuation_moves_and_sentences_stay(nlp):
    # Two sentences; a mark with a word below it (a parser's error) stays where it is.
    rows = RELATIVE + [
        ("Den", "PRON", 10, "nsubj"),
        ("var", "AUX", 10, "ROOT"),
        ("–", "PUNCT", 10, "punct"),
        ("kort", "ADJ", 11, "advmod"),
        (".", "PUNCT", 9, "punct"),
    ]
    doc = make(nlp, rows)
    before = [(t.i, t.head.i, t.dep_, t.is_sent_start) for t in doc]
    out = P.PunctHeads(nlp, "t")(doc)
    after = [(t.i, t.head.i, t.dep_, t.is_sent_start) for t in out]
    for (i, head, dep, start), (_, new_head, new_dep, new_start) in zip(before, after):
        assert new_dep == dep and new_start == start
        if out[i].pos_ != "PUNCT" or i == 11:
            assert new_head == head, out[i]
    assert out[13].head.text == "var"  # the full stop of the second sentence, from "Den" to the root
    assert [s.text for s in out.sents] == ["Hon läste boken , som kom ut igår .", "Den var – kort ."]


def test_a_doc_without_a_parse_is_left_alone(nlp):
    doc = Doc(nlp.vocab, words=["Hej", "."], pos=["INTJ", "PUNCT"])
    assert P.PunctHeads(nlp, "t")(doc) is doc and not doc.has_annotation("DEP")


def test_the_factory_and_its_settings(nlp):
    pipeline = spacy.blank("sv")
    pipe = pipeline.add_pipe("swedish_punct_heads", config={"attach": "subordinate"})
    assert isinstance(pipe, P.PunctHeads) and pipe.attach == "subordinate"
    assert "token.head" in pipeline.get_pipe_meta("swedish_punct_heads").assigns
    with pytest.raises(ValueError):
        P.PunctHeads(nlp, "t", attach="lowest")


# Random trees: projective trees over the words, marks put in at random places and hung
# on random words of their sentence (crossing arcs, hanging on each other).


def projective_tree(rng, lo, hi, heads):
    """Heads for words lo..hi-1, a projective tree; returns its root."""
    root = rng.randrange(lo, hi)
    for a, b in ((lo, root), (root + 1, hi)):
        if a < b:
            heads[projective_tree(rng, a, b, heads)] = root
    return root


def random_doc(nlp, rng):
    rows = []
    for _ in range(rng.randint(1, 3)):
        n_words = rng.randint(1, 12)
        heads = [0] * n_words
        heads[projective_tree(rng, 0, n_words, heads)] = -1
        kinds = ["w"] * n_words
        for _ in range(rng.randint(0, 6)):
            kinds.insert(rng.randint(0, len(kinds)), rng.choice([",", ".", "”", "(", ")", "–", ":"]))
        word_at = [i for i, k in enumerate(kinds) if k == "w"]
        offset = len(rows)
        for i, kind in enumerate(kinds):
            if kind == "w":
                h = heads[word_at.index(i)]
                head = i if h < 0 else word_at[h]
                rows.append(("ord", "NOUN", offset + head, "ROOT" if h < 0 else rng.choice(["nmod", "conj", "obj"])))
            else:
                head = rng.randrange(len(kinds))
                if head == i or (kinds[head] != "w" and rng.random() < 0.5):
                    head = rng.choice(word_at)
                rows.append((kind, "PUNCT", offset + head, "punct"))
        # a mark may hang on a mark, but not in a cycle: such a one goes to a word
        for i in range(offset, len(rows)):
            seen, k = set(), i
            while rows[k][1] == "PUNCT" and k not in seen:
                seen.add(k)
                k = rows[k][2]
            if k in seen:
                w, p, _, d = rows[i]
                rows[i] = (w, p, offset + rng.choice(word_at), d)
    return make(nlp, rows)


def projective_marks(doc):
    """For each mark: its arc crosses no arc and no arc has it in its gap."""
    for p in doc:
        if p.pos_ != "PUNCT" or p.head.i == p.i:
            continue
        lo, hi = sorted((p.i, p.head.i))
        crossing = any(not p.head.is_ancestor(doc[k]) for k in range(lo + 1, hi))
        gap = any(
            min(t.i, t.head.i) < p.i < max(t.i, t.head.i) and not t.head.is_ancestor(p)
            for t in p.sent
            if t.head.i != t.i and t != p
        )
        yield not crossing and not gap


@pytest.mark.parametrize("attach", P.ATTACH)
def test_random_trees_stay_trees_with_projective_marks(nlp, attach):
    rng = random.Random(7)
    component = P.PunctHeads(nlp, "t", attach=attach)
    moved = 0
    for _ in range(400):
        doc = random_doc(nlp, rng)
        before = [(t.head.i, t.dep_, t.is_sent_start, t.pos_) for t in doc]
        out = component(doc)
        for t, (head, dep, start, pos) in zip(out, before):
            assert t.dep_ == dep and t.is_sent_start == start
            assert pos == "PUNCT" or t.head.i == head
            moved += pos == "PUNCT" and t.head.i != head
        for sent in out.sents:
            assert sum(t.head.i == t.i for t in sent) == 1  # one root
            assert all(t.head.i == t.i or sent.start <= t.head.i < sent.end for t in sent)
            for t in sent:  # no cycle: every token reaches the root
                assert sent.root.is_ancestor(t) or t == sent.root
        assert all(projective_marks(out)), [(t.text, t.head.i) for t in out]
    assert moved > 100
