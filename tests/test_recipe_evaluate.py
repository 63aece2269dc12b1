"""The CoNLL 2018 parse scores of ``make evaluate``: the model on the gold tokens and sentences,
every word counted, universal relations (invented sentences, no ../shared, no trained model)."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.training import Example  # noqa: E402

import nlp_pipeline.nlp.paragraphs  # noqa: E402,F401  (registers swedish_paragraph_breaks)
from recipe import evaluate as E  # noqa: E402

# Two paragraphs rebuilt into one document, as recipe.convert.to_doc does: the blank line is a
# whitespace token attached to the word before it, its relation missing.
WORDS = ["Eva", "blev", "vald", ".", "\n\n", "Hon", "ler", "."]
SPACES = [True, True, False, False, False, True, False, False]
GOLD = dict(
    pos=["PROPN", "AUX", "VERB", "PUNCT", "SPACE", "PRON", "VERB", "PUNCT"],
    heads=[2, 2, 2, 2, 3, 6, 6, 6],
    deps=["nsubj:pass", "aux:pass", "ROOT", "punct", "", "nsubj", "ROOT", "punct"],
)


def test_conll18_counts_every_word_with_universal_relations():
    vocab = spacy.blank("sv").vocab
    gold = Doc(vocab, words=WORDS, spaces=SPACES, **GOLD)
    pred = Doc(
        vocab,
        words=WORDS,
        spaces=SPACES,
        # "vald" mistagged; the blank line tagged X (it would be a miss if it were scored).
        pos=["PROPN", "AUX", "ADJ", "PUNCT", "X", "PRON", "VERB", "PUNCT"],
        # The full stop hangs on "blev" (a head error on punctuation); the blank line is its own
        # root; "Hon" has the right head and the wrong relation.
        heads=[2, 2, 2, 1, 4, 6, 6, 6],
        # "nsubj" and "aux" for "nsubj:pass" and "aux:pass": the subtypes are not compared.
        deps=["nsubj", "aux", "ROOT", "punct", "ROOT", "obj", "ROOT", "punct"],
    )
    scores = E.conll18_scores([(gold, pred)])
    assert scores["conll18_words"] == 7  # the blank line is not a word; both full stops are
    assert scores["conll18_uas"] == pytest.approx(6 / 7)  # all but the full stop on "blev"
    assert scores["conll18_las"] == pytest.approx(5 / 7)  # ... and "Hon" as obj
    assert scores["gold_tok_upos"] == pytest.approx(6 / 7)  # all but "vald"


def test_conll18_scores_need_the_same_tokens():
    vocab = spacy.blank("sv").vocab
    gold = Doc(vocab, words=WORDS, spaces=SPACES, **GOLD)
    with pytest.raises(ValueError):
        E.conll18_scores([(gold, Doc(vocab, words=["Eva", "blev", "vald."]))])


def test_conll18_is_none_without_a_parse():
    vocab = spacy.blank("sv").vocab
    gold = Doc(vocab, words=WORDS, spaces=SPACES, **GOLD)
    scores = E.conll18_scores([(gold, Doc(vocab, words=WORDS, spaces=SPACES, pos=GOLD["pos"]))])
    assert scores["conll18_las"] is None and scores["conll18_uas"] is None
    assert scores["gold_tok_upos"] == 1.0


# A headline without a full stop, run into the sentence after it on one line: the treebank
# splits it, ``swedish_paragraph_breaks`` rules the split out (no end punctuation before "Eva").
HEADLINE_WORDS = ["Regn", "i", "Piteå", "Eva", "ler", ".", "\n\n", "Hon", "ler", "."]
HEADLINE_SPACES = [True, True, True, True, False, False, False, True, False, False]
HEADLINE_POS = ["NOUN", "ADP", "PROPN", "PROPN", "VERB", "PUNCT", "SPACE", "PRON", "VERB", "PUNCT"]
HEADLINE_GOLD = dict(
    heads=[0, 2, 0, 4, 4, 4, 5, 8, 8, 8],
    deps=["ROOT", "case", "nmod", "nsubj", "ROOT", "punct", "", "nsubj", "ROOT", "punct"],
)
# What the parser is taught instead: the headline hangs on the verb after it, one sentence.
HEADLINE_TAUGHT = dict(
    heads=[4, 2, 0, 4, 4, 4, 5, 8, 8, 8],
    deps=["obl", "case", "nmod", "nsubj", "ROOT", "punct", "", "nsubj", "ROOT", "punct"],
)


def headline_doc(vocab, tree):
    return Doc(vocab, words=HEADLINE_WORDS, spaces=HEADLINE_SPACES, pos=HEADLINE_POS, **tree)


def pipeline_taught_one_sentence():
    """Paragraph breaks, then a parser taught to hang the headline on the sentence after it."""
    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("sv")
    nlp.add_pipe("swedish_paragraph_breaks")
    nlp.add_pipe("parser", config={"min_action_freq": 1})
    taught = headline_doc(nlp.vocab, HEADLINE_TAUGHT)
    examples = [Example(nlp.make_doc(taught.text), taught)]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(40):
        nlp.update(examples, sgd=optimizer)
    return nlp


def test_the_parser_keeps_to_the_gold_sentences():
    nlp = pipeline_taught_one_sentence()
    gold = headline_doc(nlp.vocab, HEADLINE_GOLD)
    # On the raw text the rule component rules out the gold start of "Eva", and the parser
    # hangs "Regn" on "ler", across the gold sentence start.
    ruled = nlp.get_pipe("swedish_paragraph_breaks")(nlp.make_doc(gold.text))
    assert [t.text for t in ruled] == HEADLINE_WORDS and ruled[3].is_sent_start is False
    assert nlp(gold.text)[0].head.i == 4

    (pred,) = E.parse_gold_tokens(nlp, [gold])
    assert [t.text for t in pred] == HEADLINE_WORDS
    assert all(pred[i].is_sent_start for i in (0, 3, 7))  # the gold sentence starts won
    assert pred[6].is_sent_start and pred[6].head.i == 6  # the blank line stands alone, no root of "Eva ler ."
    gold_sentence = {t.i: s.start for s in gold.sents for t in s if not t.is_space}
    for token in pred:
        if not token.is_space:
            assert gold_sentence[token.head.i] == gold_sentence[token.i], token  # no arc leaves a gold sentence
    assert pred[0].head.i != 4


def test_evaluate_model_reports_both_definitions(tmp_path):
    nlp = pipeline_taught_one_sentence()
    gold = headline_doc(spacy.blank("sv").vocab, HEADLINE_GOLD)
    (tmp_path / "eval").mkdir()
    for name in E.SETS:
        db = DocBin()
        db.add(gold)
        db.to_disk(tmp_path / "eval" / f"{name}.spacy")
    results = E.evaluate_model(nlp, tmp_path)
    row = results["talbanken-test"]
    assert row["conll18_words"] == 9  # ten tokens, one of them the blank line
    assert 0 <= row["conll18_las"] <= row["conll18_uas"] <= 1
    assert "dep_las" in row and "conll18_las" not in results["klintan-test"]
    table = E.format_markdown(results)
    assert "| LAS CoNLL18 |" in table and E.SYNTAX_LEGEND in table


@spacy.Language.component("test_tags_punctuation")
def tags_punctuation(doc):
    """A stand-in tagger: PUNCT for punctuation, VERB for the rest."""
    for token in doc:
        token.pos_ = "PUNCT" if token.is_punct else "SPACE" if token.is_space else "VERB"
    return doc


@spacy.Language.component("test_records_a_run")
def records_a_run(doc):
    doc.user_data["recorded"] = True
    return doc


def test_the_gold_token_pass_runs_the_components_that_rework_the_parse():
    """After the last parser, a component that assigns ``token.head`` (``swedish_punct_heads``)
    runs on the gold tokens too; one that does not (the entity rulers, the NER) does not."""
    from nlp_pipeline.nlp.punct import PunctHeads

    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("sv")
    nlp.add_pipe("test_tags_punctuation")
    nlp.add_pipe("parser", config={"min_action_freq": 1})
    # The parser is taught to hang the comma on the clause after it; the rule hangs it on the
    # root, the higher candidate (the clause after it is no conjunct).
    words = ["Eva", "ler", ",", "Per", "gråter", "."]
    taught = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, False, True, True, False, False],
        heads=[1, 1, 4, 4, 1, 1],
        deps=["nsubj", "ROOT", "punct", "nsubj", "parataxis", "punct"],
    )
    examples = [Example(nlp.make_doc(taught.text), taught)]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(40):
        nlp.update(examples, sgd=optimizer)
    nlp.add_pipe("swedish_punct_heads")
    nlp.add_pipe("test_records_a_run")

    (pred,) = E.parse_gold_tokens(nlp, [taught])
    with nlp.select_pipes(disable=["swedish_punct_heads"]):
        (parsed,) = E.parse_gold_tokens(nlp, [taught])
    assert parsed[2].head.text == "gråter"  # the parser's head
    assert pred[2].head.text == "ler" and pred[2].dep_ == "punct"  # reworked in the gold-token pass
    assert [t.head.i for t in pred] == [t.head.i for t in PunctHeads(nlp, "check")(parsed)]
    assert "recorded" not in pred.user_data


def test_paragraph_breaks_leave_the_reference_and_every_annotation_stays():
    vocab = spacy.blank("sv").vocab
    gold = Doc(vocab, words=WORDS, spaces=SPACES, **GOLD)
    ref = E.without_paragraph_breaks(gold)
    assert [t.text for t in ref] == ["Eva", "blev", "vald", ".", "Hon", "ler", "."]
    assert ref.text.split() == gold.text.split()
    assert [t.head.i for t in ref] == [2, 2, 2, 2, 5, 5, 5]
    assert [t.dep_ for t in ref] == ["nsubj:pass", "aux:pass", "ROOT", "punct", "nsubj", "ROOT", "punct"]
    assert [t.pos_ for t in ref][:2] == ["PROPN", "AUX"]
