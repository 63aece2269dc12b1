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
