"""First-name gender lexicon: lookups and the rebuild script on a tiny fake SCB corpus."""

from __future__ import annotations

import gzip

from nlp_pipeline.lang import gender
from recipe import build_lexicon


def test_shipped_lexicon_confident_names():
    assert gender.gender_of("Eva") == ("female", 1.0) or gender.gender_of("Eva")[0] == "female"
    assert gender.gender_of("Jakob")[0] == "male"
    assert gender.gender_of("Anna-Karin")[0] == "female"
    assert gender.gender_of("Xyzzyq") == (None, 0.0)
    assert gender.METHOD.startswith("first-name lexicon")


def test_lexicon_is_loaded_once():
    assert gender.lexicon() is gender.lexicon()


def test_build_keeps_only_dominant_gender(tmp_path):
    namn = tmp_path / "svensktext" / "namn"
    namn.mkdir(parents=True)
    (namn / "fornamn-kvinnor.csv").write_text("name,persons\nEva,1000\nKim,400\nEva Maria,50\n", encoding="utf-8")
    (namn / "fornamn-man.csv").write_text("name,persons\nKim,600\nJakob,800\nEva,1\n", encoding="utf-8")
    (namn / "tilltalsnamn-kvinnor.csv").write_text("name,persons\nEva,900\n", encoding="utf-8")
    (namn / "tilltalsnamn-man.csv").write_text("name,persons\nJakob,700\n", encoding="utf-8")
    out = tmp_path / "first_names.tsv.gz"
    n = build_lexicon.build(tmp_path, out)
    with gzip.open(out, "rt", encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh][1:]
    assert n == 2
    assert [r[:2] for r in rows] == [["Eva", "female"], ["Jakob", "male"]]  # Kim is ambiguous, "Eva Maria" not single
    assert float(rows[0][2]) > 0.99


def test_build_countries_keeps_the_swedish_names_and_their_alternatives(tmp_path):
    from nlp_pipeline.lang import places

    platser = tmp_path / "svensktext" / "platser"
    platser.mkdir(parents=True)
    (platser / "lander.csv").write_text(
        "country,capital,continent,alternative_name,english,iso_code\n"
        "Nederländerna,Amsterdam,Europa,Holland,Netherlands,NLD\nKina,Peking,Asien,,China,CHN\n",
        encoding="utf-8",
    )
    out = tmp_path / "countries.txt.gz"
    assert build_lexicon.build_countries(tmp_path, out) == 3
    with gzip.open(out, "rt", encoding="utf-8") as fh:
        assert fh.read().split("\n") == ["Holland", "Kina", "Nederländerna", ""]  # no capitals, no English names
    # the shipped list: countries, not their capitals nor Swedish towns
    assert places.is_country("Sverige") and places.is_country("Nordkorea") and places.is_country("USA")
    assert not places.is_country("Stockholm") and not places.is_country("Lund") and not places.is_country("Peking")


def test_build_surnames_keeps_the_counts(tmp_path):
    namn = tmp_path / "svensktext" / "namn" / "history-c613c0a"
    namn.mkdir(parents=True)
    (namn / "efternamn.csv").write_text(
        '"lastname",frequency\n"Andersson",250000\n"Nilsson",170000\n"x",5\n', encoding="utf-8"
    )
    out = tmp_path / "surnames.tsv.gz"
    assert build_lexicon.build_surnames(tmp_path, out) == 2
    with gzip.open(out, "rt", encoding="utf-8") as fh:
        assert fh.read() == "name\tbearers\nAndersson\t250000\nNilsson\t170000\n"


def test_namesakes_of_common_and_rare_names():
    assert gender.namesakes("Johan Andersson") > 1000  # a common given name and surname
    assert gender.namesakes("Ebba Busch") == 0  # a surname outside the 1,000 most common
    assert 0 < gender.namesakes("Elisabeth Svantesson") < 100
    assert gender.namesakes("Andersson") == 0  # one word is no full name
