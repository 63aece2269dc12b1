"""Corpus converters on small invented fixtures (no ../shared needed)."""

import spacy

from nlp_pipeline.training import convert

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
        "B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG",
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
    assert convert.convert_v1_relations(heads, deps, upos)[3] == "obl"  # modifies the verb
    assert convert.convert_v1_relations(heads, deps, upos)[5] == "nmod"  # modifies a noun
    assert convert.convert_v1_relations([0], ["dobj"], ["NOUN"]) == ["obj"]


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
    from nlp_pipeline.training import prepare

    assert prepare.main([str(tmp_path / "nowhere"), str(tmp_path / "out")]) == 2
    assert "corpora are not at" in capsys.readouterr().err


def test_v1_coordination_moves_cc_and_commas_to_the_following_conjunct():
    # "Anna , Per och Eva kom": v1 hangs "," and "och" on the first conjunct.
    heads = [5, 0, 0, 0, 0, 5]
    deps = ["nsubj", "punct", "conj", "cc", "conj", "ROOT"]
    assert convert.attach_coordination_v2(heads, deps) == [5, 2, 0, 4, 0, 5]


def test_ud20_tags_and_lemmas_are_modernised():
    words = ["Hon", "tog", "sin", "väska", "som", "inte", "var", "tung", "och", "det"]
    upos = ["PRON", "VERB", "DET", "NOUN", "CCONJ", "ADV", "VERB", "ADJ", "CCONJ", "PRON"]
    lemmas = ["hon", "ta", "sin", "väska", "som", "inte", "vara", "tung", "och", "en"]
    deps = ["nsubj", "ROOT", "nmod:poss", "obj", "nsubj", "advmod", "cop", "acl:relcl", "cc", "conj"]
    new_upos, new_lemmas = convert.modernise_ud20(words, upos, lemmas, deps)
    assert new_upos == ["PRON", "VERB", "PRON", "NOUN", "SCONJ", "PART", "AUX", "ADJ", "CCONJ", "PRON"]
    assert new_lemmas[-1] == "den"
