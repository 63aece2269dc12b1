"""Memory does not grow with a document's length beyond one piece (reliability issue 25, item A).

Before: the pieces of a long document were tokenised up front and went through one ``nlp.pipe``
call, and every piece's Doc was held until the document's rows were merged, so a
1,000,000-character document took 1.6 GB with the bundled model (a 100,000-character one 0.6 GB).
Now the pieces go through the pipeline one at a time and each Doc is dropped once its rows are
merged; short documents go through ``nlp.pipe`` in groups of at most ``max_chars`` characters.
A counting component (first in the stub pipeline) records how many Docs are reachable whenever it
sees one. bench/long_docs.py measures the peak RSS of the real pipeline.
"""

from __future__ import annotations

import gc
import re
import weakref

from conftest import make_stub_nlp
from spacy.language import Language

from nlp_pipeline import tables as T
from nlp_pipeline.chunking import merge_piece_rows, split_text
from nlp_pipeline.io.records import Article
from nlp_pipeline.process import ProcessOptions, process_items

PARA = "Eva Jansson besökte Piteå och Volvo.\n\n– Det här är viktigt, säger Anna Berg.\n\nHon gick hem."


class Alive:
    """The Docs the pipeline has seen that are still reachable (after a garbage collection)."""

    def __init__(self) -> None:
        self.docs: weakref.WeakSet = weakref.WeakSet()
        self.most = 0  # the most Docs reachable at once
        self.most_chars = 0  # their characters

    def see(self, doc) -> None:
        self.docs.add(doc)
        if len(self.docs) > 1:  # a Doc in a reference cycle waits for the garbage collector: not alive
            gc.collect()
        alive = list(self.docs)
        self.most = max(self.most, len(alive))
        self.most_chars = max(self.most_chars, sum(len(d.text) for d in alive))


def counting_nlp(alive: Alive):
    name = f"count_alive_{id(alive)}"

    @Language.component(name)
    def count_alive(doc):
        alive.see(doc)
        return doc

    nlp = make_stub_nlp()
    nlp.add_pipe(name, first=True)
    return nlp


def long_text(n: int) -> str:
    text = "\n\n".join(PARA for _ in range(n // len(PARA) + 2))
    return text[: text.rfind("\n\n", 0, n)]


def test_the_pieces_of_a_long_document_are_alive_one_at_a_time():
    text = long_text(300_000)
    assert len(text) > 290_000
    alive = Alive()
    nlp = counting_nlp(alive)
    article = Article(doc_id="long", text=text, source="long.txt")
    ((_, outcome),) = process_items([(0, article)], nlp, ProcessOptions(max_chars=10_000))
    assert outcome[0] == "ok"
    assert len(split_text(text, 10_000)) >= 30
    assert alive.most == 1  # was 31: every piece tokenised first and every piece's Doc held to the end
    assert alive.most_chars <= 10_000
    rows = outcome[1]
    assert rows.document["n_chars"] == len(text)
    assert len(rows.quotes) == text.count("säger Anna Berg")
    assert all(text[q["start_char"] : q["end_char"]] == q["text"] for q in rows.quotes)
    assert all(text[e["start_char"] : e["end_char"]] == e["text"] for e in rows.entities)


def test_short_documents_go_through_the_pipeline_in_groups_of_max_chars():
    texts = [long_text(7_000) for _ in range(12)]
    items = [(i, Article(doc_id=f"d{i}", text=t, source=f"d{i}.txt")) for i, t in enumerate(texts)]
    alive = Alive()
    grouped = process_items(items, counting_nlp(alive), ProcessOptions(batch_size=32, max_chars=20_000))
    assert alive.most_chars <= 20_000 and alive.most <= 2  # was all 12 (84,000 characters) at once
    whole = process_items(items, make_stub_nlp(), ProcessOptions(batch_size=32, max_chars=1_000_000))
    assert [o for _, o in grouped] == [o for _, o in whole]  # the grouping changes no row


def test_merged_pieces_count_paragraphs_like_the_whole_text():
    text = "Rubrik\n\nEtt.\n \nTvå.\n\t\nTre.\n\n\nFyra.\n\n" + "\n\n".join(f"Stycke {i}." for i in range(200))
    article = Article(doc_id="p", text=text, source="p.txt")
    pieces = split_text(text, 60)
    assert len(pieces) > 20

    def rows_of_piece() -> T.DocRows:
        quote = {"start_char": 0, "end_char": 1, "paragraph": 0, "text": "x"}
        return T.DocRows({"n_tokens": 1, "n_sentences": 1}, [], [quote], [], [])

    merged = merge_piece_rows(article, pieces, [rows_of_piece() for _ in pieces])
    expected = [len(re.findall("\n[ \t]*\n", text[:start])) for start, _ in pieces]
    assert [q["paragraph"] for q in merged.quotes] == expected
    assert [q["start_char"] for q in merged.quotes] == [start for start, _ in pieces]
    assert merged.document["n_sentences"] == len(pieces)
