"""Gazetteer features for the tok2vec, and UNER proper nouns left open for MISC (no ../shared)."""

from recipe import convert, lexicon_vectors
from recipe.lexicon_vectors import COLUMNS


def _svensktext(root):
    base = root / "svensktext"
    for sub in ("namn/history-c613c0a", "platser", "organisationer", "nationaliteter"):
        (base / sub).mkdir(parents=True, exist_ok=True)
    (base / "namn/tilltalsnamn-kvinnor.csv").write_text("name,persons\nKrista,5000\nRare,3\n", encoding="utf-8")
    (base / "namn/tilltalsnamn-man.csv").write_text("name,persons\nHans,100000\nKrista,25\n", encoding="utf-8")
    (base / "namn/history-c613c0a/efternamn.csv").write_text(
        '"lastname",frequency\n"Jansson",50000\n', encoding="utf-8"
    )
    (base / "platser/kommuner.csv").write_text("code,name\n0127,Botkyrka kommun\n", encoding="utf-8")
    (base / "platser/lan.csv").write_text("name,residencetown\nNorrbottens län,Luleå\n", encoding="utf-8")
    (base / "platser/ortsnamn.csv").write_text("city\nPiteå\nÖvre Soppero\n", encoding="utf-8")
    (base / "platser/lander.csv").write_text(
        "country,capital,continent,alternative_name,english,iso_code\nKambodja,Phnom Penh,Asien,,Cambodia,KHM\n",
        encoding="utf-8",
    )
    (base / "organisationer/myndigheter.tsv").write_text(
        "type\tname\tcity\nMyndighet\tSkatteverket\tSolna\nMyndighet\tStatens energimyndighet\tEskilstuna\n",
        encoding="utf-8",
    )
    (base / "nationaliteter/nationaliteter.csv").write_text(
        "\ufeffid,country,country_alternativename,resident_singular,resident_plural,adjective\n"
        "0,Kambodja,,['kambodjan'],['kambodjaner'],kambodjansk\n",
        encoding="utf-8",
    )


def test_lexicon_features_have_one_column_per_list_and_genitives(tmp_path):
    _svensktext(tmp_path)
    feats = lexicon_vectors.lexicon_features(tmp_path)

    def col(word, name):
        return feats[word][COLUMNS.index(name)]

    assert col("Kambodja", "country") == 1.0 and col("Kambodjas", "country") == 1.0
    assert col("Cambodia", "country") == 1.0 and col("Penh", "name_part") == 0.5
    assert col("Botkyrka", "place_se") == 1.0 and "kommun" not in feats
    assert col("Luleå", "place_se") == 1.0 and col("Norrbottens", "place_se") == 1.0
    assert col("Soppero", "name_part") == 0.5 and "Övre Soppero" not in feats
    assert col("Skatteverket", "agency") == 1.0 and col("Statens", "name_part") == 0.5
    assert col("kambodjansk", "nationality") == 1.0 and col("Kambodjaner", "nationality") == 1.0
    # More bearers, a larger value; too few bearers, no entry.
    assert col("Krista", "given_f") > col("Krista", "given_m") > 0
    assert col("Hans", "given_m") > 0 and "Hanss" not in feats and "Rare" not in feats
    assert col("Jansson", "surname") > 0 and col("Janssons", "surname") == col("Jansson", "surname")
    assert all(len(v) == len(COLUMNS) and all(0 <= x <= 1 for x in v) for v in feats.values())


def test_lexicon_vectors_load_as_a_spacy_vectors_table(tmp_path):
    import spacy

    _svensktext(tmp_path)
    n = lexicon_vectors.write(tmp_path, tmp_path / "vectors")
    nlp = spacy.load(tmp_path / "vectors")
    assert len(nlp.vocab.vectors) == n and nlp.vocab.vectors.shape[1] == len(COLUMNS)
    doc = nlp("Eva reste till Kambodja")
    assert doc[3].has_vector and not doc[0].has_vector
    assert doc[3].vector[COLUMNS.index("country")] == 1.0


def test_proper_nouns_outside_uner_entities_are_left_unannotated():
    sent = convert.Sentence(
        words=["Anna", "såg", "Melodifestivalen", "i", "Umeå"],
        spaces=[True] * 5,
        ents=["B-PER", "O", "O", "O", "B-LOC"],
        pos=["PROPN", "VERB", "PROPN", "ADP", "PROPN"],
    )
    no_pos = convert.Sentence(words=["Volvo"], spaces=[False], ents=["O"])
    convert.leave_other_names_open([sent, no_pos])
    assert sent.ents == ["B-PER", "O", "", "O", "B-LOC"]
    assert no_pos.ents == ["O"]


def test_merged_abbreviations_do_not_grow_the_vectors_table(tmp_path):
    import spacy

    from nlp_pipeline.nlp.tokenizer import SwedishNewsTokenizer

    _svensktext(tmp_path)
    lexicon_vectors.write(tmp_path, tmp_path / "vectors")
    nlp = spacy.load(tmp_path / "vectors")
    nlp.tokenizer = SwedishNewsTokenizer(nlp.vocab, rules=nlp.tokenizer.rules)
    keys, rows = nlp.vocab.vectors.n_keys, nlp.vocab.vectors.shape[0]
    doc = nlp("Bl a Piteå och t ex Luleå, d v s Norrbotten")
    assert [t.text for t in doc if " " in t.text] == ["Bl a", "t ex", "d v s"]
    assert (nlp.vocab.vectors.n_keys, nlp.vocab.vectors.shape[0]) == (keys, rows)
    assert not doc[0].vector.any()


def test_case_statistics_count_only_words_inside_a_sentence():
    paragraphs = [
        "Har du sett att Bildt svarar? Svar kommer. Han har inget svar, säger Bildt.",
        "Bildt: Svar har jag inte. Men Har-gruppen har svar.",
    ]
    cases = lexicon_vectors.case_statistics(paragraphs)
    # "Har" opens the first paragraph and "Svar" follows a full stop and a colon: not counted
    # as inside a sentence; "Har-gruppen" is, and is written with a capital.
    assert cases["har"] == (5, 4, 1)
    assert cases["svar"] == (4, 2, 0)
    assert cases["bildt"] == (3, 2, 2)


def test_case_columns_tell_a_name_from_a_capitalised_common_word(tmp_path):
    _svensktext(tmp_path)
    cases = {"bildt": (120, 100, 100), "svar": (1600, 1500, 4), "sällsynt": (4, 4, 4)}
    feats = lexicon_vectors.lexicon_features(tmp_path, cases)
    cap, freq = len(COLUMNS), len(COLUMNS) + 1
    assert all(len(v) == len(COLUMNS) + len(lexicon_vectors.CASE_COLUMNS) for v in feats.values())
    # Both forms of a word carry its statistics, whichever case the token has.
    assert feats["Bildt"][cap] == feats["bildt"][cap] == 1.0
    assert feats["Svar"][cap] == feats["svar"][cap] < 0.01
    assert 0 < feats["Bildt"][freq] < feats["Svar"][freq] <= 1
    # Too few occurrences inside a sentence to say anything: no row from the statistics.
    assert "Sällsynt" not in feats and "sällsynt" not in feats
    # The list columns are untouched by the statistics.
    assert feats["Jansson"][COLUMNS.index("surname")] > 0 and feats["Jansson"][cap] == 0


def test_case_statistics_come_from_the_raw_archives_without_the_quote_dev_pages(tmp_path):
    import gzip
    import json

    corpora = tmp_path / "corpora"
    archive = corpora / "regeringen_g0vse" / "pages.jsonl.gz"
    archive.parent.mkdir(parents=True)
    with gzip.open(archive, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"path": "a.md", "text": "Vi ser att Kipling skriver."}) + "\n")
        fh.write(json.dumps({"path": "dev.md", "text": "Det var Seagal som sa det."}) + "\n")
    interpellations = corpora / "riksdagen_interpellations" / "interpellations.jsonl.gz"
    interpellations.parent.mkdir(parents=True)
    with gzip.open(interpellations, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"path": "ip.md", "text": "Frågan gäller skolan."}) + "\n")
    (tmp_path / "quotes-dev").mkdir()
    (tmp_path / "quotes-dev" / "SOURCES.tsv").write_text(
        "x\tgithub:civictechsweden/g0vse@abc (branch data) : dev.md\n", encoding="utf-8"
    )
    cases = lexicon_vectors.case_statistics(lexicon_vectors.raw_paragraphs(corpora))
    assert cases["kipling"] == (1, 1, 1)
    assert "seagal" not in cases
    assert cases["skolan"] == (1, 1, 0)  # both archives are read
