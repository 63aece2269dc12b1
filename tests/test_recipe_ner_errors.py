"""``recipe.ner_errors``: an NER error is put in its class by what the train split does with the string."""

from __future__ import annotations

from recipe import ner_errors as N
from recipe.convert import Sentence


def sent(words, ents):
    return Sentence(words=words, spaces=[True] * len(words), ents=ents)


TRAIN = [
    sent(["polisen", "kom", "."], ["O", "O", "O"]),
    sent(["polisen", "sa", "."], ["O", "O", "O"]),
    sent(["polisen", "i", "Umeå"], ["B-ORG", "O", "B-LOC"]),
    sent(["Sveriges", "Radio", "sände"], ["B-ORG", "I-ORG", "O"]),
    sent(["Volvo", "och", "Saab"], ["B-ORG", "O", "B-ORG"]),
]


def test_train_labels_counts_entity_runs_and_unlabelled_words():
    labels = N.train_labels(TRAIN)
    assert labels["Sveriges Radio"] == {"ORG": 1}
    assert labels["polisen"] == {"O": 2, "ORG": 1}
    assert labels["Volvo"] == {"ORG": 1} and labels["Saab"] == {"ORG": 1}
    assert labels["Umeå"] == {"LOC": 1}


def test_a_miss_on_a_string_train_mostly_leaves_unlabelled_is_the_corpus_disagreeing():
    labels = N.train_labels(TRAIN)
    assert N.error_class("polisen", "ORG", "ORG", labels) == N.DISAGREES


def test_a_false_positive_on_a_string_train_labels_so_is_the_corpus_disagreeing():
    labels = N.train_labels(TRAIN)
    assert N.error_class("Volvo", None, "ORG", labels) == N.DISAGREES


def test_errors_train_would_not_explain_agree_or_are_unseen():
    labels = N.train_labels(TRAIN)
    assert N.error_class("Sveriges Radio", "ORG", "ORG", labels) == N.AGREES  # a miss train would have got
    assert N.error_class("Umeå", "LOC", "ORG", labels) == N.AGREES  # a place taken for an organisation
    assert N.error_class("Northvolt", "ORG", "ORG", labels) == N.UNSEEN


def test_an_error_has_a_shape_by_what_the_other_side_has_there():
    # "norra Ontario" (predicted LOC) against the gold "Ontario" (LOC): a boundary error both ways.
    gold = {(6, 13): "LOC"}
    guess = {(0, 13): "LOC"}
    assert N.error_shape((6, 13), "Ontario", "LOC", guess) == N.BOUNDARY
    assert N.error_shape((0, 13), "norra Ontario", "LOC", gold) == N.BOUNDARY
    # The same span with another label.
    assert N.error_shape((0, 9), "Hong Kong", "LOC", {(0, 9): "PER"}) == N.LABEL
    # An entity of another label with other edges.
    assert N.error_shape((0, 9), "Hong Kong", "LOC", {(0, 4): "PER"}) == N.OTHER_OVERLAP
    # Nothing there.
    assert N.error_shape((0, 6), "Seagal", "PER", {(20, 26): "PER"}) == "no entity, one word"
    assert N.error_shape((0, 9), "Shen Kuo", "PER", {}) == "no entity, more words"
    assert set(N.SHAPES) >= {N.BOUNDARY, N.LABEL, N.OTHER_OVERLAP, "no entity, one word", "no entity, more words"}
