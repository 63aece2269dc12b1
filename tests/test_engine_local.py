"""The batch engine on one machine (stub pipeline): same tables as ``analyze``, whatever the
workers, batch size or interruptions; refusal of non-empty output folders; long documents."""

from __future__ import annotations

import pandas as pd
import pytest
from typer.testing import CliRunner

from nlp_pipeline import analyze, open_result, pipeline
from nlp_pipeline import tables as T
from nlp_pipeline.chunking import split_text
from nlp_pipeline.cli import app
from nlp_pipeline.engine import EngineError, OutputNotEmpty, RunOptions, run_batch
from nlp_pipeline.engine.parts import PartStore

STUB = "conftest:make_stub_nlp"
runner = CliRunner()


def assert_same_tables(left, right):
    for name in T.TABLES:
        pd.testing.assert_frame_equal(
            getattr(left, name).reset_index(drop=True), getattr(right, name).reset_index(drop=True), obj=name
        )


def make_corpus(folder, n=60):
    """n articles from the stub's names; some share people so that merging matters."""
    folder.mkdir(parents=True, exist_ok=True)
    names = ["Eva Jansson", "Anna Berg", "Kalle Ek", "Per Svensson"]
    places = ["Botkyrka", "Piteå", "Göteborg"]
    for i in range(n):
        who = names[i % len(names)]
        text = (
            f"Rubrik nummer {i}\n\n{who} besökte {places[i % 3]} och Volvo.\n\n"
            f"– Det här är viktigt nummer {i}, säger {who}.\n\nHon arbetar på Acusticum.\n"
        )
        (folder / f"a{i:04d}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("corpus") / "in")


@pytest.fixture(scope="module")
def reference(corpus, stub_nlp):
    return analyze([corpus], nlp=stub_nlp)


def test_in_process_equals_analyze(corpus, reference, stub_nlp, tmp_path):
    summary = run_batch([corpus], tmp_path / "out", RunOptions(nlp=stub_nlp, batch_size=7))
    assert summary.ok == 60 and summary.failed == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f"{t}.parquet" for t in T.TABLES)
    assert_same_tables(open_result(tmp_path / "out"), reference)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "xlsx"])
def test_other_formats(corpus, reference, stub_nlp, tmp_path, fmt):
    run_batch([corpus], tmp_path, RunOptions(nlp=stub_nlp, batch_size=16, format=fmt))
    assert_same_tables(open_result(tmp_path), reference)


def test_two_worker_processes_equal_one(corpus, reference, tmp_path):
    summary = run_batch([corpus], tmp_path / "w2", RunOptions(model=STUB, workers=2, batch_size=5))
    assert summary.workers == 2
    back = open_result(tmp_path / "w2")
    assert_same_tables(back, reference)
    assert back.people.person_id.tolist() == reference.people.person_id.tolist()


def test_resume_after_lost_parts_gives_identical_tables(corpus, reference, stub_nlp, tmp_path):
    out = tmp_path / "out"
    run_batch([corpus], out, RunOptions(nlp=stub_nlp, batch_size=4, keep_parts=True))
    store = PartStore(out)
    parts = store.parts()
    assert len(parts) == 15
    for _, _, path in parts[3:6] + parts[-2:]:  # as if the run had died before these were written
        path.unlink()
    (store.dir / ".part-junk.pkl.123.tmp").write_bytes(b"half written")
    with pytest.raises(OutputNotEmpty):
        run_batch([corpus], out, RunOptions(nlp=stub_nlp, batch_size=4))
    summary = run_batch([corpus], out, RunOptions(nlp=stub_nlp, batch_size=9, resume=True))
    assert summary.resumed == 60 - 5 * 4
    assert not store.dir.exists()
    assert_same_tables(open_result(out), reference)


def test_resume_refuses_other_inputs(corpus, stub_nlp, tmp_path):
    out = tmp_path / "out"
    run_batch([corpus], out, RunOptions(nlp=stub_nlp, keep_parts=True))
    (out / "documents.parquet").unlink()
    other = make_corpus(tmp_path / "other", n=3)
    with pytest.raises(EngineError, match="other inputs"):
        run_batch([other], out, RunOptions(nlp=stub_nlp, resume=True))


def test_cli_refuses_non_empty_dir_and_resumes(stubbed_cli, corpus, tmp_path):
    out = tmp_path / "out"
    first = runner.invoke(app, ["run", str(corpus), "--out", str(out), "-q", "--keep-parts"])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["run", str(corpus), "--out", str(out)])
    assert again.exit_code == 2 and "--overwrite" in again.output and "--resume" in again.output
    (out / "documents.parquet").unlink()  # only parts/ left: still refused without --resume
    again = runner.invoke(app, ["run", str(corpus), "--out", str(out)])
    assert again.exit_code == 2 and "interrupted run" in again.output
    resumed = runner.invoke(app, ["run", str(corpus), "--out", str(out), "--resume"])
    assert resumed.exit_code == 0, resumed.output
    assert "60 documents analysed, 0 failed" in resumed.output
    finished = runner.invoke(app, ["run", str(corpus), "--out", str(out), "--resume"])
    assert finished.exit_code == 0 and "nothing to resume" in finished.output


@pytest.fixture
def stubbed_cli(monkeypatch, stub_nlp):
    monkeypatch.setattr(pipeline, "get_nlp", lambda model="bundled": stub_nlp)
    return stub_nlp


@pytest.mark.parametrize("size", [50, 333, 1000])
def test_split_text_covers_the_text_at_paragraphs(size):
    paras = [("Eva Jansson säger hej. " * (1 + i % 7)).strip() for i in range(120)]
    text = "\n\n".join(paras) + "\n" + "x" * (size * 2)  # ends with a piece that has no break at all
    pieces = split_text(text, size)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(0 < e - s <= size for s, e in pieces)
    body = len(text) - size * 2 - 1
    if size > 200:  # every paragraph fits: every cut inside the paragraphs is at a blank line
        assert all(text[e : e + 2] == "\n\n" for s, e in pieces if e < body - size)
    else:  # paragraphs longer than the limit: cut after a sentence
        assert all(text[e : e + 2] == "\n\n" or text[e - 1 : e + 1] == ". " for s, e in pieces if e < body - size)


def test_long_document_in_pieces_keeps_offsets(stub_nlp, tmp_path):
    para = "Eva Jansson besökte Piteå och Volvo.\n\n– Det här är viktigt, säger Anna Berg.\n\nHon gick hem."
    text = "\n\n".join(para for _ in range(400))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.txt").write_text(text, encoding="utf-8")
    (tmp_path / "in" / "short.txt").write_text(para, encoding="utf-8")
    run_batch([tmp_path / "in"], tmp_path / "out", RunOptions(nlp=stub_nlp, max_chars=2000))
    back = open_result(tmp_path / "out")
    whole = analyze([tmp_path / "in"], nlp=stub_nlp)
    doc = back.documents.set_index("doc_id").loc["long"]
    assert doc.status == "ok" and doc.text == text and doc.n_chars == len(text)
    ents = back.entities[back.entities.doc_id == "long"]
    assert len(ents) == len(whole.entities[whole.entities.doc_id == "long"]) == 400 * 4
    for e in ents.itertuples():
        assert text[e.start_char : e.end_char] == e.text
    assert ents.entity_id.is_unique and ents.sentence.is_monotonic_increasing
    quotes = back.quotes[back.quotes.doc_id == "long"]
    assert len(quotes) == 400 and quotes.quote_id.is_unique
    for q in quotes.itertuples():
        assert text[q.start_char : q.end_char] == q.text
        assert text[q.speaker_mention_start : q.speaker_mention_end] == q.speaker_mention
    assert list(quotes.paragraph) == list(whole.quotes[whole.quotes.doc_id == "long"].paragraph)
    people = back.people.set_index("name")
    assert people.loc["Eva Jansson", "n_mentions"] == 401 and people.loc["Anna Berg", "n_quotes"] == 401
    assert people.loc["Eva Jansson", "n_documents"] == 2
    # Pieces of whole paragraphs, a pipeline without cross-paragraph links: the same tables as in one go.
    assert_same_tables(back, whole)


def test_resume_refuses_changed_inputs(corpus, stub_nlp, tmp_path):
    import shutil

    src = tmp_path / "in"
    shutil.copytree(corpus, src)
    out = tmp_path / "out"
    run_batch([src], out, RunOptions(nlp=stub_nlp, batch_size=10, keep_parts=True))
    (out / "documents.parquet").unlink()
    PartStore(out).parts()[-1][2].unlink()
    (src / "a0005.txt").rename(src / "zz.txt")  # same folder, other files: the records moved
    with pytest.raises(EngineError, match="inputs changed"):
        run_batch([src], out, RunOptions(nlp=stub_nlp, batch_size=10, resume=True))


def test_a_second_run_on_the_same_folder_is_refused(corpus, stub_nlp, tmp_path):
    out = tmp_path / "out"
    run_batch([corpus], out, RunOptions(nlp=stub_nlp, keep_parts=True))
    (out / "documents.parquet").unlink()
    other = PartStore(out)
    assert other.lock()  # as if another `run --resume` were writing there
    try:
        with pytest.raises(EngineError, match="another run"):
            run_batch([corpus], out, RunOptions(nlp=stub_nlp, resume=True))
    finally:
        other.unlock()
    assert run_batch([corpus], out, RunOptions(nlp=stub_nlp, resume=True)).ok == 60


def _blas_threads() -> list[int]:
    from threadpoolctl import threadpool_info

    return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]


def test_worker_processes_use_one_blas_thread(monkeypatch, tmp_path):
    import multiprocessing
    import sys
    from concurrent.futures import ProcessPoolExecutor

    from nlp_pipeline.engine import local
    from nlp_pipeline.process import ProcessOptions

    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        monkeypatch.delenv(var, raising=False)  # so that a worker's BLAS would start with a thread per core
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        1, mp_context=ctx, initializer=local._init_worker, initargs=(STUB, sys.path, ProcessOptions(), str(tmp_path))
    ) as pool:
        threads = pool.submit(_blas_threads).result(timeout=300)
    assert threads and set(threads) == {1}
