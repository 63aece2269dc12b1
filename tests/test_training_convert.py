"""Corpus converters on small invented fixtures (no ../shared needed)."""

import spacy

from recipe import convert, talbanken

UNER = """# sent_id = X-1
# text = Anna Lind bor i Umeå.
1\tAnna\tB-PER\t-\t-
2\tLind\tI-PER\t-\t-
3\tbor\tO\t-\t-
4\ti\tO\t-\t-
5\tUmeå\tB-LOC\t-\t-
6\t.\tO\t-\t-

# sent_id = X-2
# text = Hon jobbar på SVT (sedan 2019).
1\tHon\tO\t-\t-
2\tjobbar\tO\t-\t-
3\tpå\tO\t-\t-
4\tSVT\tB-ORG\t-\t-
5\t(\tO\t-\t-
6\tsedan\tO\t-\t-
7\t2019\tO\t-\t-
8\t)\tO\t-\t-
9\t.\tO\t-\t-
"""

EFSELAB = """anna\tPM\tPM|NOM\tPROPN
lind\tPM\tPM|NOM\tPROPN
bo\tVB\tVB|PRS|AKT\tVERB
i\tPP\tPP\tADP
umeå\tPM\tPM|NOM\tPROPN
.\tMAD\tMAD\tPUNCT

hon\tPN\tPN|UTR|SIN|DEF|SUB\tPRON
jobba\tVB\tVB|PRS|AKT\tVERB
på\tPP\tPP\tADP
svt\tPM\tPM|NOM\tPROPN
(\tPAD\tPAD\tPUNCT
sedan\tPP\tPP\tADP
2019\tRG\tRG|NOM\tNUM
)\tPAD\tPAD\tPUNCT
.\tMAD\tMAD\tPUNCT
"""

# UD v1 relation names; the second sentence is absent (as 116 are in the real file).
V1 = """1\tAnna\t_\tPROPN\tPM|NOM\tCase=Nom\t3\tnsubj\t_\t_
2\tLind\t_\tPROPN\tPM|NOM\tCase=Nom\t1\tname\t_\t_
3\tbor\t_\tVERB\tVB|PRS|AKT\tTense=Pres|VerbForm=Fin|Voice=Act\t0\troot\t_\t_
4\ti\t_\tADP\tPP\t_\t5\tcase\t_\t_
5\tUmeå\t_\tPROPN\tPM|NOM\tCase=Nom\t3\tnmod\t_\t_
6\t.\t_\tPUNCT\tMAD\t_\t3\tpunct\t_\t_
"""

KLINTAN = "Inger\tPER\nAtterstam   PER\nbesökte 0\nKarolinska   ORG\nsjukhuset ORG\nbn\n\nMalmö\tLOC\nLund\tLOC\n"

CONLLU = """# sent_id = t-1
# text = Vi ses, sa hon.
1\tVi\tvi\tPRON\tPN\tCase=Nom\t2\tnsubj\t_\t_
2\tses\tse\tVERB\tVB\tVoice=Pass\t0\troot\t_\tSpaceAfter=No
3\t,\t,\tPUNCT\tMID\t_\t4\tpunct\t_\t_
3.1\tx\tx\tX\tX\t_\t_\t_\t_\t_
4\tsa\tsäga\tVERB\tVB\t_\t2\tparataxis\t_\t_
5\thon\thon\tPRON\tPN\t_\t4\tnsubj\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\tMAD\t_\t2\tpunct\t_\t_
"""


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_uner_reader_recovers_spacing_and_entities(tmp_path):
    sents = convert.read_uner(write(tmp_path, "u.iob2", UNER))
    assert [s.sent_id for s in sents] == ["X-1", "X-2"]
    assert sents[0].ents == ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]
    doc = convert.to_doc(spacy.blank("sv").vocab, sents[1:])
    assert doc.text == "Hon jobbar på SVT (sedan 2019)."


def test_klintan_runs_become_one_entity_and_unlabelled_line_is_outside(tmp_path):
    sents = convert.read_klintan(write(tmp_path, "k.txt", KLINTAN))
    assert sents[0].words == ["Inger", "Atterstam", "besökte", "Karolinska", "sjukhuset", "bn"]
    assert sents[0].ents == ["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O"]
    # Adjacent same-label tokens cannot be told apart without B-/I-: one run, one entity.
    assert sents[1].ents == ["B-LOC", "I-LOC"]


def test_bio_from_runs():
    assert convert.bio_from_runs(["PER", "PER", "0", "LOC", "ORG", "ORG"]) == [
        "B-PER",
        "I-PER",
        "O",
        "B-LOC",
        "B-ORG",
        "I-ORG",
    ]


def test_talbanken_train_joins_three_sources_and_converts_v1_labels(tmp_path):
    sents = convert.build_talbanken_train(
        write(tmp_path, "u.iob2", UNER), write(tmp_path, "e.tab", EFSELAB), write(tmp_path, "v1.conll", V1)
    )
    first, second = sents
    assert first.lemmas[2] == "bo" and first.pos[0] == "PROPN" and first.tags[2] == "VB"
    assert first.deps == ["nsubj", "flat:name", "ROOT", "case", "obl", "punct"]
    assert first.heads == [2, 0, 2, 4, 2, 2]
    assert first.morphs[2] == "Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act"
    # Not in the 2015 file: keeps NER, lemmas and tags, but no dependencies or features.
    assert second.heads is None and second.morphs is None and second.pos[3] == "PROPN"

    vocab = spacy.blank("sv").vocab
    docs = convert.group_docs(vocab, sents, per_doc=10)
    assert len(docs) == 2  # different annotation layers never share a Doc
    assert docs[0].has_annotation("DEP") and not docs[1].has_annotation("DEP")
    assert [e.text for e in docs[0].ents] == ["Anna Lind", "Umeå"]


def test_v1_nmod_split_into_obl_and_nmod():
    heads = [1, 1, 3, 1, 5, 3]
    deps = ["nsubj", "ROOT", "case", "nmod", "case", "nmod"]
    upos = ["PRON", "VERB", "ADP", "NOUN", "ADP", "NOUN"]
    assert talbanken.convert_v1_relations(heads, deps, upos)[3] == "obl"  # modifies the verb
    assert talbanken.convert_v1_relations(heads, deps, upos)[5] == "nmod"  # modifies a noun
    assert talbanken.convert_v1_relations([0], ["dobj"], ["NOUN"]) == ["obj"]


def test_conllu_reader_skips_empty_nodes_and_keeps_spaceafter(tmp_path):
    (sent,) = convert.read_conllu(write(tmp_path, "t.conllu", CONLLU))
    assert sent.words == ["Vi", "ses", ",", "sa", "hon", "."]
    assert sent.heads == [1, 1, 3, 1, 3, 1]
    doc = convert.to_doc(spacy.blank("sv").vocab, [sent])
    assert doc.text == "Vi ses, sa hon."
    assert doc[1].dep_ == "ROOT" and doc[3].lemma_ == "säga"


def test_merge_ner_joins_by_words_not_position(tmp_path):
    ud = convert.read_conllu(write(tmp_path, "t.conllu", CONLLU))
    uner = convert.read_uner(write(tmp_path, "u.iob2", UNER))
    merged = convert.merge_ner(ud, uner)
    assert merged[0].ents is None  # no UNER sentence with these words


def test_prepare_says_clearly_when_corpora_are_missing(tmp_path, capsys):
    from recipe import prepare

    assert prepare.main([str(tmp_path / "nowhere"), str(tmp_path / "out")]) == 2
    assert "corpora are not at" in capsys.readouterr().err


def test_train_says_which_prepared_files_are_missing(tmp_path, capsys):
    from recipe import train

    (tmp_path / "train.spacy").write_bytes(b"")
    assert train.main(["--data", str(tmp_path), "--model-dir", str(tmp_path / "model")]) == 2
    err = capsys.readouterr().err
    assert "dev.spacy, lexicon-vectors missing" in err and "train.spacy" not in err.split("missing")[0]


def test_v1_coordination_moves_cc_and_commas_to_the_following_conjunct():
    # "Anna , Per och Eva kom": v1 hangs "," and "och" on the first conjunct.
    heads = [5, 0, 0, 0, 0, 5]
    deps = ["nsubj", "punct", "conj", "cc", "conj", "ROOT"]
    assert talbanken.attach_coordination_v2(heads, deps) == [5, 2, 0, 4, 0, 5]


def test_flat_coordinations_of_2015_become_conj():
    # "I stadsmiljön utgör parker och grönområden en del": two nsubj siblings, "och" on the verb.
    heads = [1, 2, 2, 2, 2, 2, 7, 2]
    deps = ["case", "obl", "ROOT", "nsubj", "cc", "nsubj", "det", "obj"]
    heads, deps = talbanken.coordinate_flat_siblings(heads, deps)
    assert (heads[5], deps[5]) == (3, "conj") and heads[4] == 5
    assert deps[:4] == ["case", "obl", "ROOT", "nsubj"] and (heads[7], deps[7]) == (2, "obj")
    # "siffror för 1965 och 1966": "och" hangs on the first conjunct, the second is its sibling.
    heads = [0, 2, 0, 2, 0]
    deps = ["ROOT", "case", "nmod", "cc", "nmod"]
    heads, deps = talbanken.coordinate_flat_siblings(heads, deps)
    assert (heads[4], deps[4]) == (2, "conj") and heads[3] == 4
    # "har ålders- , förtids- eller änkepension": comma-separated siblings join the coordination.
    heads = [0, 0, 1, 0, 0, 0]
    deps = ["ROOT", "obj", "punct", "obj", "cc", "obj"]
    heads, deps = talbanken.coordinate_flat_siblings(heads, deps)
    assert heads == [0, 0, 3, 1, 5, 1] and deps[3] == deps[5] == "conj"
    # the comma of an appositive stays: "går i rörledningar , s k pipelines , eller med tankfartyg"
    heads = [0, 2, 0, 2, 5, 2, 2, 0, 9, 0]
    deps = ["ROOT", "case", "obl", "punct", "amod", "appos", "punct", "cc", "case", "obl"]
    heads, deps = talbanken.coordinate_flat_siblings(heads, deps)
    assert heads == [0, 2, 0, 2, 5, 2, 9, 9, 9, 2] and deps[9] == "conj"


def test_ud20_tags_and_lemmas_are_modernised():
    words = ["Hon", "tog", "sin", "väska", "som", "inte", "var", "tung", "och", "det"]
    upos = ["PRON", "VERB", "DET", "NOUN", "CCONJ", "ADV", "VERB", "ADJ", "CCONJ", "PRON"]
    lemmas = ["hon", "ta", "sin", "väska", "som", "inte", "vara", "tung", "och", "en"]
    deps = ["nsubj", "ROOT", "nmod:poss", "obj", "nsubj", "advmod", "cop", "acl:relcl", "cc", "conj"]
    new_upos, new_lemmas = talbanken.modernise_ud20(words, upos, lemmas, deps)
    assert new_upos == ["PRON", "VERB", "PRON", "NOUN", "SCONJ", "PART", "AUX", "ADJ", "CCONJ", "PRON"]
    assert new_lemmas[-1] == "den"


def tree(rows):
    """(word, UPOS, head, relation) rows with 1-based heads (0 = root) -> lists."""
    words = [r[0] for r in rows]
    upos = [r[1] for r in rows]
    heads = [i if r[2] == 0 else r[2] - 1 for i, r in enumerate(rows)]
    deps = ["ROOT" if r[2] == 0 else r[3] for r in rows]
    return words, upos, heads, deps


def test_v1_complex_preposition_is_headed_by_its_noun():
    # "Hon stannade på grund av regnet": v1 "på" case -> regnet, "grund", "av" fixed -> "på".
    words, upos, heads, deps = tree(
        [
            ("Hon", "PRON", 2, "nsubj"),
            ("stannade", "VERB", 0, ""),
            ("på", "ADP", 6, "case"),
            ("grund", "NOUN", 3, "mwe"),
            ("av", "ADP", 3, "mwe"),
            ("regnet", "NOUN", 2, "nmod"),
        ]
    )
    heads, deps = talbanken.modernise_v1_tree(words, upos, heads, deps, [""] * 6)
    assert deps == ["nsubj", "ROOT", "case", "obl", "case", "nmod"]
    assert heads == [1, 1, 3, 1, 5, 3]


def test_v1_prepositional_adverbial_and_subordinator_are_unfixed():
    # "I dag kom hon även om det regnade ."
    words, upos, heads, deps = tree(
        [
            ("I", "ADP", 3, "advmod"),
            ("dag", "NOUN", 1, "mwe"),
            ("kom", "VERB", 0, ""),
            ("hon", "PRON", 3, "nsubj"),
            ("även", "ADV", 8, "mark"),
            ("om", "SCONJ", 5, "mwe"),
            ("det", "PRON", 8, "expl"),
            ("regnade", "VERB", 3, "advcl"),
            (".", "PUNCT", 3, "punct"),
        ]
    )
    heads, deps = talbanken.modernise_v1_tree(words, upos, heads, deps, [""] * 9)
    assert (deps[0], heads[0], deps[1], heads[1]) == ("case", 1, "obl", 2)
    assert (deps[4], heads[4], deps[5], heads[5]) == ("advmod", 7, "mark", 7)
    # Expressions that today's treebank keeps as one unit stay fixed.
    words, upos, heads, deps = tree(
        [
            ("därför", "ADV", 3, "mark"),
            ("att", "SCONJ", 1, "mwe"),
            ("regnar", "VERB", 0, ""),
        ]
    )
    assert talbanken.modernise_v1_tree(words, upos, heads, deps, [""] * 3)[1][1] == "fixed"


def test_v1_word_level_relations_follow_todays_treebank():
    # "För att vinna vill de båda andra lagen försöka spela" (made up)
    words, upos, heads, deps = tree(
        [
            ("För", "ADP", 3, "case"),
            ("att", "PART", 3, "mark"),
            ("vinna", "VERB", 4, "advcl"),
            ("vill", "AUX", 10, "aux"),
            ("de", "DET", 8, "det"),
            ("båda", "ADJ", 8, "det"),
            ("andra", "ADJ", 8, "det"),
            ("lagen", "NOUN", 10, "nsubj"),
            ("försöka", "VERB", 0, ""),
            ("spela", "VERB", 9, "ccomp"),
        ]
    )
    feats = [""] * 9 + ["VerbForm=Inf"]
    heads, deps = talbanken.modernise_v1_tree(words, upos, heads, deps, feats)
    assert deps[0] == "mark"  # a preposition before a verb
    assert deps[9] == "xcomp"  # bare infinitive complement
    new_upos, lemmas = talbanken.modernise_ud20(words, upos, [w.lower() for w in words], deps)
    assert new_upos[5] == "DET"
    _, deps = talbanken.current_relations(words, new_upos, lemmas, heads, deps)
    assert deps[5:7] == ["det", "amod"]  # "båda" stays a determiner, "andra" is an adjective


def test_v1_comparative_and_clause_openers():
    # "Hon är större än han när hon står ." : "än" before a pronoun is case, "när" marks the clause.
    words, upos, heads, deps = tree(
        [
            ("Hon", "PRON", 3, "nsubj"),
            ("är", "VERB", 3, "cop"),
            ("större", "ADJ", 0, ""),
            ("än", "CCONJ", 5, "mark"),
            ("han", "PRON", 3, "nmod"),
            ("när", "ADV", 8, "advmod"),
            ("hon", "PRON", 8, "nsubj"),
            ("står", "VERB", 3, "advcl"),
            (".", "PUNCT", 3, "punct"),
        ]
    )
    heads, deps = talbanken.modernise_v1_tree(words, upos, heads, deps, [""] * 9)
    assert deps[3] == "case" and deps[5] == "mark"
    new_upos, _ = talbanken.modernise_ud20(words, upos, [w.lower() for w in words], deps)
    assert new_upos[5] == "SCONJ" and new_upos[1] == "AUX"


def test_v1_vara_with_a_locative_predicate_becomes_a_copula():
    # "Han är i Stockholm ." : v1 makes "är" the root; today "Stockholm" heads the clause.
    words, upos, heads, deps = tree(
        [
            ("Han", "PRON", 2, "nsubj"),
            ("är", "VERB", 0, ""),
            ("i", "ADP", 4, "case"),
            ("Stockholm", "PROPN", 2, "nmod"),
            (".", "PUNCT", 2, "punct"),
        ]
    )
    heads, deps = talbanken.modernise_v1_tree(words, upos, heads, deps, [""] * 5)
    assert deps == ["nsubj", "cop", "case", "ROOT", "punct"]
    assert heads == [3, 3, 3, 3, 3]


def test_v1_asyndetic_clauses_become_parataxis():
    # "Vi kom ; de gick ." : clauses joined by a semicolon alone.
    words, upos, heads, deps = tree(
        [
            ("Vi", "PRON", 2, "nsubj"),
            ("kom", "VERB", 0, ""),
            (";", "PUNCT", 2, "punct"),
            ("de", "PRON", 5, "nsubj"),
            ("gick", "VERB", 2, "conj"),
            (".", "PUNCT", 2, "punct"),
        ]
    )
    heads, deps = talbanken.modernise_v1_tree(words, upos, heads, deps, [""] * 6)
    assert deps[4] == "parataxis" and heads[2] == 1
    # With a conjunction it stays a coordination.
    words, upos, heads, deps = tree(
        [
            ("Vi", "PRON", 2, "nsubj"),
            ("kom", "VERB", 0, ""),
            ("och", "CCONJ", 2, "cc"),
            ("de", "PRON", 5, "nsubj"),
            ("gick", "VERB", 2, "conj"),
        ]
    )
    heads, deps = talbanken.modernise_v1_tree(words, upos, heads, deps, [""] * 5)
    assert deps[4] == "conj" and heads[2] == 4


def test_feature_map_learns_todays_features_from_suc_tags(tmp_path):
    (gold,) = convert.read_conllu(write(tmp_path, "t.conllu", CONLLU))
    features = talbanken.FeatureMap([gold])
    word, upos, tag, feats = gold.words[1], gold.pos[1], gold.tags[1], gold.morphs[1]
    assert features(word.upper(), upos, tag) == feats  # same word, any case
    assert features("annat", upos, tag) == feats  # same UPOS and SUC tag
    assert features(word, "NOUN", "NN|UTR|SIN|IND|NOM") is None


def test_relations_todays_treebank_never_uses_are_relabelled():
    # "En del barn finns i samma hus som hon bor i sedan 1990 ."
    words = ["En", "del", "barn", "finns", "i", "samma", "hus", "som", "hon", "bor", "i", "sedan", "1990", "."]
    upos = ["DET", "NOUN", "NOUN", "VERB", "ADP", "ADJ", "NOUN", "PRON", "PRON", "VERB", "ADP", "ADP", "NUM", "PUNCT"]
    lemmas = ["en", "del", "barn", "finnas", "i", "samma", "hus", "som", "hon", "bo", "i", "sedan", "1990", "."]
    heads = [1, 2, 3, 3, 6, 6, 3, 9, 9, 6, 9, 12, 9, 3]
    deps = [
        "det",
        "det",
        "nsubj:pass",
        "ROOT",
        "case",
        "det",
        "obl",
        "obl",
        "nsubj",
        "acl:relcl",
        "case",
        "case",
        "nummod",
        "punct",
    ]
    new_upos, new_deps = talbanken.current_relations(words, upos, lemmas, heads, deps)
    assert new_deps[1] == "nmod"  # a noun is never det
    assert new_deps[0] == "det"  # a determiner still is
    assert new_deps[2] == "nsubj"  # deponent verb: not passive
    assert new_deps[5] == "amod"  # adjectival "samma"
    assert new_deps[10] == "obl"  # preposition stranded after its verb
    assert new_deps[11] == "case"  # a preposition before its noun stays case
    assert new_deps[12] == "obl"  # a year modifying the verb
    assert new_upos == upos and deps[1] == "det"  # inputs untouched, tags unchanged here


def test_pronoun_determiners_become_possessives_or_determiners_and_unknowns_are_skipped():
    words = ["sin", "bil", "och", "något", "hus", "kallas"]
    upos = ["PRON", "NOUN", "CCONJ", "PRON", "NOUN", "VERB"]
    heads = [1, 5, 4, 4, 1, None]
    deps = ["det", "nsubj:pass", "cc", "det", "conj", None]
    new_upos, new_deps = talbanken.current_relations(words, upos, [""] * 6, heads, deps)
    assert new_deps[0] == "nmod:poss" and new_upos[0] == "PRON"
    assert new_deps[3] == "det" and new_upos[3] == "DET"
    assert new_deps[1] == "nsubj:pass"  # "kallas" is a real passive (and its lemma unknown)
    assert new_deps[5] is None


def test_prepare_passes_its_options_on(tmp_path, monkeypatch):
    """``--talbanken-repeat N`` and ``--case-columns`` reach ``prepare`` and leave the paths as they are."""
    from recipe import prepare

    seen = {}

    def fake(corpora, out, **kw):
        seen.update(corpora=corpora, out=out, **kw)
        return {}

    monkeypatch.setattr(prepare, "prepare", fake)
    args = [str(tmp_path / "c"), str(tmp_path / "o"), "--talbanken-repeat", "2", "--case-columns"]
    assert prepare.main(args) == 0
    assert seen == {
        "corpora": tmp_path / "c",
        "out": tmp_path / "o",
        "case_columns": True,
        "talbanken_repeat": 2,
    }
