"""What a folder walk reads and what it leaves out (reliability issue, items 3 and 5).

Before: ``--out`` inside the input folder made a rerun with ``--overwrite`` read its own
earlier tables as input (124 "documents" instead of 4).
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

from nlp_pipeline.io import Article, SkippedInput, read_articles
from nlp_pipeline.io.sources import result_folder
from nlp_pipeline.writers import write_tables


def ids(*inputs):
    return sorted(r.doc_id for r in read_articles(list(inputs)) if isinstance(r, Article))


def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "2021").mkdir(parents=True)
    (folder / "a.txt").write_text("En text.\n", encoding="utf-8")
    (folder / "2021" / "b.txt").write_text("En till.\n", encoding="utf-8")
    return folder


def earlier_tables(out: Path, fmt: str = "jsonl") -> None:
    """What a finished run leaves (documents with a text column: readable as input)."""
    documents = pd.DataFrame({"doc_id": ["a", "2021/b"], "text": ["En text.\n", "En till.\n"]})
    entities = pd.DataFrame({"doc_id": ["a"], "text": ["En"], "label": ["PER"]})
    errors = pd.DataFrame({"doc_id": pd.Series([], dtype=object), "reason": pd.Series([], dtype=object)})
    people = pd.DataFrame({"person_id": ["p1"], "name": ["Eva"]})
    write_tables({"documents": documents, "entities": entities, "errors": errors, "people": people}, out, format=fmt)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_result_folder_inside_the_inputs_is_skipped_with_a_warning(tmp_path, fmt):
    folder = corpus(tmp_path)
    earlier_tables(folder / "out", fmt)
    with pytest.warns(SkippedInput, match=r"skipped .*in/out: a result folder") as caught:
        assert ids(folder) == ["2021/b", "a"]
    assert [str(w.message) for w in caught if w.category is SkippedInput] == [str(caught[0].message)], [
        str(w.message) for w in caught
    ]


def test_a_run_in_progress_is_skipped(tmp_path):
    folder = corpus(tmp_path)
    parts = folder / "out" / "parts"
    parts.mkdir(parents=True)
    (parts / "run.json").write_text(json.dumps({"inputs": [str(folder)], "format": "parquet"}), encoding="utf-8")
    (parts / "manifest.jsonl").write_text('{"text": "not an article"}\n', encoding="utf-8")
    with pytest.warns(SkippedInput, match="parts/run.json"):
        assert ids(folder) == ["2021/b", "a"]
    assert result_folder(parts) is not None and result_folder(folder / "out") is not None
    with pytest.warns(SkippedInput, match="holds run.json"):  # the parts folder named on its own
        assert ids(parts) == []


def test_glob_does_not_reach_into_a_result_folder(tmp_path):
    folder = corpus(tmp_path)
    (folder / "c.jsonl").write_text('{"id": "c", "text": "Rad."}\n', encoding="utf-8")
    earlier_tables(folder / "out", "jsonl")
    with pytest.warns(SkippedInput):
        assert ids(str(folder / "**" / "*.jsonl")) == ["c"]


def test_look_alikes_are_still_input(tmp_path):
    folder = corpus(tmp_path)
    (folder / "run.json").write_text('{"name": "my own run.json"}', encoding="utf-8")  # not ours
    (folder / "documents.jsonl").write_text('{"id": "d", "text": "Rad."}\n', encoding="utf-8")  # one table name
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert ids(folder) == ["2021/b", "a", "d"]
    assert result_folder(folder) is None
