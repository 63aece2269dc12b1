"""The recipe's raw-text reader and vectors table, on invented data (no ../shared)."""

from __future__ import annotations

import gzip
import json
from collections import Counter

import numpy

from recipe import raw_text, vectors


def _archive(tmp_path, records):
    path = tmp_path / raw_text.ARCHIVES["regeringen"]
    path.parent.mkdir(parents=True)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return tmp_path


PROSE = "Regeringen ger Myndigheten för vård- och omsorgsanalys i uppdrag att följa upp reformen under tre år."


def test_dev_pages_named_in_sources_are_left_out(tmp_path):
    sources = tmp_path / "SOURCES.tsv"
    sources.write_text(
        "doc_id\tsource\tlicense\ttitle\n"
        "001_x\tgithub:civictechsweden/g0vse@abc123 (branch data) : pressmeddelanden/2024/07/a.md\tunclear\tA\n"
        "002_y\thttps://8sidor.se/x\tCC\tB\n",
        encoding="utf-8",
    )
    exclude = raw_text.excluded_paths(sources)
    assert exclude == {"pressmeddelanden/2024/07/a.md"}
    corpora = _archive(
        tmp_path,
        [
            {"path": "pressmeddelanden/2024/07/a.md", "section": "pressmeddelanden", "text": PROSE},
            {"path": "pressmeddelanden/2024/07/b.md", "section": "pressmeddelanden", "text": "# Rubrik\n\n" + PROSE},
        ],
    )
    assert [r["path"] for r in raw_text.records(corpora, "regeringen", exclude)] == ["pressmeddelanden/2024/07/b.md"]
    assert raw_text.excluded_paths(tmp_path / "missing.tsv") == set()


def test_prose_paragraphs_only():
    assert raw_text.is_prose(PROSE)
    assert not raw_text.is_prose("Regeringens ärendeförteckning vecka 16")  # a heading
    assert not raw_text.is_prose("| 2023 | 1 300 | 2 400 | 3 100 | 4 500 | 5 600 | 6 700 | 7 800 | 9 000 | 10 |.")
    assert list(raw_text.paragraphs("# Rubrik\n\nEtt  stycke\növer två rader.\n\n\n")) == [
        "Rubrik",
        "Ett stycke över två rader.",
    ]


def test_sample_is_fixed_by_its_seed(tmp_path):
    paras = [PROSE.replace("tre", str(i)) for i in range(20)]
    corpora = _archive(
        tmp_path,
        [{"path": f"p/{i}.md", "section": "pressmeddelanden", "text": p} for i, p in enumerate(paras)]
        + [{"path": "t/0.md", "section": "tal", "text": PROSE.replace("tre", "fyra")}],
    )
    a = raw_text.sample_prose(corpora, "regeringen", 5, seed=1, sections={"pressmeddelanden"})
    assert a == raw_text.sample_prose(corpora, "regeringen", 5, seed=1, sections={"pressmeddelanden"})
    assert len(set(a)) == 5 and set(a) <= set(paras)
    assert len(raw_text.sample_prose(corpora, "regeringen", 100, seed=1)) == 21


class _FakeVectors:
    """floret's get_word_vector: any word gets a vector (a subword model's answer for unseen words)."""

    def get_word_vector(self, word):
        return numpy.arange(1, 5, dtype="float32") * len(word)


def test_table_rows_are_unit_word_vectors_then_gazetteer_columns(tmp_path, monkeypatch):
    monkeypatch.setattr(
        vectors.lexicon_vectors, "lexicon_features", lambda corpora: {"Kambodja": [0, 0, 0, 0, 1, 0, 0, 0]}
    )
    counts = Counter({"och": 10, "att": 8, "regeringen": 3, "sällsynt": 1})
    nlp = vectors.build_table(_FakeVectors(), counts, tmp_path, rows=3)
    table = nlp.vocab.vectors
    assert table.shape[1] == 4 + len(vectors.lexicon_vectors.COLUMNS)
    for word in ("och", "att", "regeringen", "Kambodja"):
        assert word in nlp.vocab.strings and nlp.vocab.strings[word] in table
    assert nlp.vocab.strings.add("sällsynt") not in table  # not among the 3 most frequent, in no list
    row = table[nlp.vocab.strings["Kambodja"]]
    assert numpy.isclose(numpy.linalg.norm(row[:4]), 1.0)
    assert list(row[4:]) == [0, 0, 0, 0, 1, 0, 0, 0]
    assert list(table[nlp.vocab.strings["och"]][4:]) == [0] * 8
    assert vectors.coverage(counts, nlp) == 21 / 22


def test_vectors_text_is_written_again_when_other_pages_are_left_out(tmp_path, monkeypatch):
    written = []

    def fake_write_text(corpora, path, exclude=frozenset()):
        written.append(sorted(exclude))
        return Counter({"och": 2})

    class FakeModel:
        def get_word_vector(self, word):
            return numpy.ones(4, dtype="float32")

    monkeypatch.setattr(vectors, "write_text", fake_write_text)
    monkeypatch.setattr(
        vectors, "train_floret", lambda text, out, dim, threads, buckets=None: out.touch() or FakeModel()
    )
    monkeypatch.setattr(vectors.lexicon_vectors, "lexicon_features", lambda corpora: {})
    monkeypatch.setattr(vectors, "load_floret", lambda path: FakeModel())
    vectors.build(tmp_path, tmp_path / "out", rows=1, dim=4, exclude={"a.md"})
    vectors.build(tmp_path, tmp_path / "out", rows=1, dim=4, exclude={"a.md"})  # reused
    vectors.build(tmp_path, tmp_path / "out", rows=1, dim=4, exclude={"a.md", "b.md"})
    assert written == [["a.md"], ["a.md", "b.md"]]
