"""Silver annotation keeps only what enough teacher parses agree on."""

import pytest

spacy = pytest.importorskip("spacy")
from spacy.tokens import Doc  # noqa: E402

from recipe.silver import VOTES, agreed_doc, agreed_entities, check_votes, main  # noqa: E402

WORDS = ["Eva", "Jansson", "besökte", "Piteå", "."]
SPACES = [True, True, True, False, False]


def parse(vocab, pos, heads, deps, lemmas, ents):
    doc = Doc(vocab, words=WORDS, spaces=SPACES, pos=pos, heads=heads, deps=deps, lemmas=lemmas, ents=ents)
    doc[2].set_morph("Mood=Ind|Tense=Past|VerbForm=Fin")
    return doc


def teacher_docs(vocab):
    base = dict(
        pos=["PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
        heads=[2, 0, 2, 2, 2],
        deps=["nsubj", "flat:name", "ROOT", "obj", "punct"],
        lemmas=["Eva", "Jansson", "besöka", "Piteå", "."],
        ents=["B-PER", "I-PER", "O", "B-LOC", "O"],
    )
    a = parse(vocab, **base)
    b = parse(vocab, **base)
    # The third teacher tags and attaches "Piteå" differently, lemmatises "besökte"
    # differently, and finds "Piteå" an organisation.
    c = parse(
        vocab,
        **{
            **base,
            "pos": ["PROPN", "PROPN", "VERB", "NOUN", "PUNCT"],
            "deps": ["nsubj", "flat:name", "ROOT", "obl", "punct"],
            "lemmas": ["Eva", "Jansson", "besökte", "Piteå", "."],
            "ents": ["B-PER", "I-PER", "O", "B-ORG", "O"],
        },
    )
    return [a, b, c]


def test_only_agreed_tags_lemmas_and_arcs_are_kept():
    vocab = spacy.blank("sv").vocab
    docs = teacher_docs(vocab)
    doc = agreed_doc(vocab, WORDS, SPACES, None, docs)
    assert [t.pos_ for t in doc] == ["PROPN", "PROPN", "VERB", "", "PUNCT"]
    assert str(doc[2].morph) == "Mood=Ind|Tense=Past|VerbForm=Fin"
    assert [t.lemma_ for t in doc] == ["Eva", "Jansson", "", "Piteå", "."]
    assert [t.has_head() for t in doc] == [True, True, True, False, True]
    assert [(t.head.i, t.dep_) for t in doc if t.has_head()] == [
        (2, "nsubj"),
        (0, "flat:name"),
        (2, "ROOT"),
        (2, "punct"),
    ]
    # No entity layer given: the NER learns nothing from this doc.
    assert all(t.ent_iob_ == "" for t in doc)


def test_entities_are_kept_only_where_every_teacher_finds_the_same_span_and_label():
    vocab = spacy.blank("sv").vocab
    docs = teacher_docs(vocab)
    tags = agreed_entities(docs)
    assert tags == ["B-PER", "I-PER", "O", None, "O"]
    doc = agreed_doc(vocab, WORDS, SPACES, tags, docs)
    assert [(e.text, e.label_) for e in doc.ents] == [("Eva Jansson", "PER")]
    assert [t.ent_iob_ for t in doc] == ["B", "I", "O", "", "O"]


def test_a_span_one_teacher_draws_longer_is_missing_not_outside():
    vocab = spacy.blank("sv").vocab
    docs = teacher_docs(vocab)[:2]
    longer = Doc(vocab, words=WORDS, spaces=SPACES, ents=["B-PER", "I-PER", "I-PER", "B-LOC", "O"])
    assert agreed_entities(docs + [longer]) == [None, None, None, "B-LOC", "O"]


def test_two_of_three_votes_keep_the_majority_value_per_layer():
    vocab = spacy.blank("sv").vocab
    docs = teacher_docs(vocab)
    votes = {"tag": 3, "lemma": 2, "arc": 2, "entity": 2}
    doc = agreed_doc(vocab, WORDS, SPACES, agreed_entities(docs, votes["entity"]), docs, votes)
    # Tags still need all three: the third teacher's NOUN leaves "Piteå" untagged.
    assert [t.pos_ for t in doc] == ["PROPN", "PROPN", "VERB", "", "PUNCT"]
    # Lemma, arc and entity take the two teachers' value over the third's.
    assert doc[2].lemma_ == "besöka"
    assert (doc[3].head.i, doc[3].dep_) == (2, "obj")
    assert [(e.text, e.label_) for e in doc.ents] == [("Eva Jansson", "PER"), ("Piteå", "LOC")]


def test_with_no_majority_a_value_stays_missing():
    vocab = spacy.blank("sv").vocab
    a, b, c = teacher_docs(vocab)
    other = Doc(
        vocab,
        words=WORDS,
        spaces=SPACES,
        pos=["PROPN", "PROPN", "VERB", "ADJ", "PUNCT"],
        heads=[2, 0, 2, 2, 2],
        deps=["nsubj", "flat:name", "ROOT", "obj", "punct"],
        ents=["B-PER", "I-PER", "O", "B-MISC", "O"],
    )
    votes = {"tag": 2, "lemma": 2, "arc": 2, "entity": 2}
    docs = [a, c, other]  # Piteå: PROPN, NOUN, ADJ; LOC, ORG, MISC
    doc = agreed_doc(vocab, WORDS, SPACES, agreed_entities(docs, 2), docs, votes)
    assert doc[3].pos_ == ""
    assert (doc[3].head.i, doc[3].dep_) == (2, "obj")  # a and other agree on the arc
    assert [t.ent_iob_ for t in doc] == ["B", "I", "O", "", "O"]


def test_votes_must_be_a_majority_of_known_layers():
    assert check_votes({}, 3) == VOTES
    assert check_votes({"tag": 2}, 3)["tag"] == 2
    with pytest.raises(ValueError, match="not a majority"):
        check_votes({"arc": 1}, 3)
    with pytest.raises(ValueError, match="not a majority"):
        check_votes({"arc": 4}, 3)
    with pytest.raises(ValueError, match="unknown silver layer"):
        check_votes({"tags": 2}, 3)


def test_the_command_refuses_bad_votes_before_loading_teachers(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["corpora", "out", "t1", "t2", "t3", "--votes", "arc=1"])
    assert exc.value.code == 2
    assert "arc: 1 votes of 3 teachers is not a majority" in capsys.readouterr().err


def test_the_command_leaves_out_the_quote_dev_pages(tmp_path, monkeypatch, capsys):
    """Like ``selftrain``, the command leaves out the pages a quote dev set was made from."""
    import recipe.silver as silver

    sources = tmp_path / "SOURCES.tsv"
    sources.write_text(
        "doc_id\tsource\n001_x\tgithub:civictechsweden/g0vse@abc (branch data) : pressmeddelanden/2020/x.md\n",
        encoding="utf-8",
    )
    seen = {}

    def fake_write(teachers, corpora, out, votes, exclude=frozenset()):
        seen["exclude"] = exclude
        return {}

    monkeypatch.setattr(silver, "write_silver", fake_write)
    monkeypatch.setattr(spacy, "load", lambda path: path)
    assert main(["corpora", "out", "t1", "t2", "t3", "--exclude-sources", str(sources)]) == 0
    assert seen["exclude"] == {"pressmeddelanden/2020/x.md"}
    assert "left out: 1 pages" in capsys.readouterr().out


def test_silver_arcs_get_todays_labels():
    vocab = spacy.blank("sv").vocab
    words, spaces = ["Hundratals", "miljoner", "finns", "."], [True, True, False, False]
    docs = [
        Doc(
            vocab,
            words=words,
            spaces=spaces,
            pos=["ADJ", "NOUN", "VERB", "PUNCT"],
            heads=[1, 2, 2, 2],
            deps=["amod", "det", "ROOT", "punct"],
            lemmas=["hundratals", "miljon", "finnas", "."],
        )
        for _ in range(3)
    ]
    doc = agreed_doc(vocab, words, spaces, None, docs)
    assert [t.dep_ for t in doc] == ["amod", "nmod", "ROOT", "punct"]
