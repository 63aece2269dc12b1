"""Reliability of ``run`` (stub pipeline): resume after edits, usage errors, signals, locking, progress."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from conftest import make_stub_nlp
from spacy.language import Language
from test_engine_local import make_corpus
from typer.testing import CliRunner

from nlp_pipeline import open_result, pipeline
from nlp_pipeline import tables as T
from nlp_pipeline.cli import app
from nlp_pipeline.engine import RunOptions, run_batch
from nlp_pipeline.engine.parts import PartStore

TESTS = Path(__file__).resolve().parent
runner = CliRunner()


@pytest.fixture
def stubbed_cli(monkeypatch, stub_nlp):
    """`--model anything` gives the stub pipeline, in this process."""
    monkeypatch.setattr(pipeline, "get_nlp", lambda model="bundled", *args: stub_nlp)
    return stub_nlp


def assert_same_tables(left, right):
    for name in T.TABLES:
        pd.testing.assert_frame_equal(
            getattr(left, name).reset_index(drop=True), getattr(right, name).reset_index(drop=True), obj=name
        )


# ---------------------------------------------------------------- 1. --resume sees edited records


@pytest.fixture
def finished_with_parts(stub_nlp, tmp_path):
    """A corpus of 10 files and a run of it with its parts kept (parts of 4 records)."""
    src = make_corpus(tmp_path / "in", n=10)
    out = tmp_path / "out"
    run_batch([src], out, RunOptions(nlp=stub_nlp, batch_size=4, keep_parts=True))
    return src, out


def fresh(src, stub_nlp, tmp_path):
    ref = tmp_path / "reference"
    shutil.rmtree(ref, ignore_errors=True)
    run_batch([src], ref, RunOptions(nlp=stub_nlp))
    return open_result(ref)


def test_resume_redoes_an_edited_document(finished_with_parts, stub_nlp, tmp_path):
    src, out = finished_with_parts
    PartStore(out).parts()[-1][2].unlink()  # and the run was interrupted before its last part
    (out / "documents.parquet").unlink()
    (src / "a0005.txt").write_text("Helt ny text.\n\n– Nu gäller det, säger Kalle Ek.\n", encoding="utf-8")
    summary = run_batch([src], out, RunOptions(nlp=stub_nlp, batch_size=3, resume=True))
    assert summary.resumed == 4  # part 0-3 kept; part 4-7 redone (a0005 changed); 8-9 were missing
    back = open_result(out)
    assert back.documents.set_index("doc_id").loc["a0005", "text"].startswith("Helt ny text")
    assert "Nu gäller det" in set(back.quotes.text)
    assert_same_tables(back, fresh(src, stub_nlp, tmp_path))


def test_resume_of_a_finished_run_with_parts_redoes_an_edited_document(finished_with_parts, stub_nlp, tmp_path):
    src, out = finished_with_parts
    (src / "a0001.txt").write_text("Ändrad av Anna Berg.\n", encoding="utf-8")
    summary = run_batch([src], out, RunOptions(nlp=stub_nlp, batch_size=4, resume=True, keep_parts=True))
    assert summary.resumed == 6
    assert_same_tables(open_result(out), fresh(src, stub_nlp, tmp_path))
    again = run_batch([src], out, RunOptions(nlp=stub_nlp, resume=True))  # the new hashes were stored
    assert again.resumed == 10


def test_resume_drops_records_no_longer_in_the_inputs(finished_with_parts, stub_nlp, tmp_path):
    src, out = finished_with_parts
    (src / "a0009.txt").unlink()  # the last file: the part 8-9 held a record that is gone
    run_batch([src], out, RunOptions(nlp=stub_nlp, batch_size=4, resume=True))
    back = open_result(out)
    assert "a0009" not in set(back.documents.doc_id)
    assert_same_tables(back, fresh(src, stub_nlp, tmp_path))


# ---------------------------------------------------------------- 2. numbers out of range are usage errors


@pytest.mark.parametrize("option, value", [("batch_size", 0), ("batch_size", -3), ("max_chars", 0), ("workers", 0)])
def test_api_run_refuses_numbers_out_of_range(stub_nlp, sample_dir, tmp_path, option, value):
    from nlp_pipeline import api
    from nlp_pipeline.engine import EngineError

    with pytest.raises(EngineError, match=option):
        api.run([sample_dir], tmp_path / "out", nlp=stub_nlp, **{option: value})
    assert not (tmp_path / "out").exists()  # refused before anything is written


def test_cli_batch_size_0_is_a_usage_error(stubbed_cli, sample_dir, tmp_path):
    result = runner.invoke(app, ["run", str(sample_dir), "--out", str(tmp_path / "out"), "--batch-size", "0"])
    assert result.exit_code == 2, result.output
    assert "--batch-size" in result.output and "resume" not in result.output
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------- 3. SIGTERM stops a run like Ctrl-C


def slow_cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "nlp_pipeline", "run", *args, "--model", "conftest:make_slow_stub_nlp", "-q"]


def default_signals() -> None:
    """The run under test starts with SIGINT and SIGTERM at their default action, whatever the shell did."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@pytest.mark.parametrize("workers, group", [("1", False), ("2", True)], ids=["kill-pid", "kill-group-two-workers"])
def test_sigterm_saves_the_tables_and_resume_completes(stub_nlp, tmp_path, workers, group):
    """``kill PID`` (and ``timeout``/systemd, which signal the whole process group, workers too)."""
    corpus = make_corpus(tmp_path / "in", n=400)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen(
        slow_cli(str(corpus), "--out", str(out), "--workers", workers, "--batch-size", "2"),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=default_signals,
        start_new_session=group,
    )
    store = PartStore(out)
    deadline = time.monotonic() + 300
    while len(store.parts()) < 10 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert proc.poll() is None and len(store.parts()) >= 10, "the run ended (or did not start) before the signal"
    if group:
        os.killpg(proc.pid, signal.SIGTERM)
    else:
        proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 143, stderr
    assert "stopped by SIGTERM" in stderr and "--resume" in stderr and "Traceback" not in stderr
    partial = open_result(out).documents
    assert 0 < len(partial) < 400
    assert len(partial) == sum(b - a + 1 for a, b in store.done())

    resumed = subprocess.run(
        slow_cli(str(corpus), "--out", str(out), "--resume", "--workers", "1"),
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=default_signals,
    )
    assert resumed.returncode == 0, resumed.stderr
    want = tmp_path / "reference"
    run_batch([corpus], want, RunOptions(nlp=stub_nlp))
    assert_same_tables(open_result(out), open_result(want))


_SIGTERMS_SEEN: list[int] = []


def _send_sigterm_once(doc):
    if not _SIGTERMS_SEEN:
        os.kill(os.getpid(), signal.SIGTERM)
    return doc


def test_run_restores_the_sigterm_handler_and_keeps_one_of_the_program(stub_nlp, sample_dir, tmp_path):
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    run_batch([sample_dir], tmp_path / "a", RunOptions(nlp=stub_nlp))
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL

    def mine(signum, frame):
        _SIGTERMS_SEEN.append(signum)

    _SIGTERMS_SEEN.clear()
    previous = signal.signal(signal.SIGTERM, mine)
    try:
        if "send_sigterm_once" not in Language.factories:
            Language.component("send_sigterm_once", func=_send_sigterm_once)
        nlp = make_stub_nlp()
        nlp.add_pipe("send_sigterm_once")
        summary = run_batch([sample_dir], tmp_path / "b", RunOptions(nlp=nlp))
        assert summary.finished and summary.ok == 4
        assert _SIGTERMS_SEEN == [signal.SIGTERM]  # the program's own handler ran, the run went on
        assert signal.getsignal(signal.SIGTERM) is mine
    finally:
        signal.signal(signal.SIGTERM, previous)


# ---------------------------------------------------------------- 4. two runs started at once on one folder


def test_a_run_that_starts_in_between_does_not_race_the_first(stub_nlp, sample_dir, tmp_path, monkeypatch):
    """Another run takes the folder just while this one looks at it (before either wrote run.json):
    one of the two goes on, the other is refused, and nothing of the winner's is removed."""
    from nlp_pipeline.engine import EngineError, runner

    out = tmp_path / "out"
    other = PartStore(out)
    looked = runner._existing_tables
    winner = []

    def meanwhile(*args):
        if not winner:
            if other.lock():
                other.create({"inputs": ["somewhere else"], "version": 1})
                winner.append("other")
            else:
                winner.append("this")
        return looked(*args)

    monkeypatch.setattr(runner, "_existing_tables", meanwhile)
    try:
        try:
            run_batch([sample_dir], out, RunOptions(nlp=stub_nlp, overwrite=True))
        except EngineError as exc:
            assert winner == ["other"] and "another run is writing to" in str(exc)
            assert other.config()["inputs"] == ["somewhere else"]  # the winner's run.json is untouched
        else:
            assert winner == ["this"] and open_result(out).summary()["documents"] == 4
    finally:
        other.unlock()


def _race(out, barrier, queue):
    from nlp_pipeline.engine import EngineError

    nlp = make_stub_nlp()
    barrier.wait()
    try:
        run_batch(
            [Path(__file__).resolve().parents[1] / "corpora" / "sample"], out, RunOptions(nlp=nlp, overwrite=True)
        )
        queue.put("ok")
    except EngineError as exc:
        queue.put("refused" if "another run is writing to" in str(exc) else f"EngineError: {exc}")
    except BaseException as exc:
        queue.put(f"crash: {type(exc).__name__}: {exc}")


def test_runs_started_in_the_same_instant_one_wins_the_others_are_refused(tmp_path):
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    for round in range(8):
        out = tmp_path / f"out{round}"
        barrier, queue = ctx.Barrier(3), ctx.Queue()
        procs = [ctx.Process(target=_race, args=(out, barrier, queue)) for _ in range(3)]
        for p in procs:
            p.start()
        got = sorted(queue.get(timeout=120) for _ in procs)
        for p in procs:
            p.join(timeout=60)
        assert got.count("ok") >= 1 and set(got) <= {"ok", "refused"}, got
        assert open_result(out).summary()["documents"] == 4 and not (out / "parts").exists()


def test_cli_the_second_run_exits_2(stubbed_cli, sample_dir, tmp_path):
    out = tmp_path / "out"
    other = PartStore(out)
    assert other.lock()  # a run that has just started, before its run.json
    try:
        result = runner.invoke(app, ["run", str(sample_dir), "--out", str(out), "--overwrite"])
        assert result.exit_code == 2 and "another run is writing to" in result.output, result.output
        assert (out / "parts" / "lock").exists()
    finally:
        other.unlock()
    assert not (out / "parts").exists()  # it held no run: the lock went with it
    assert runner.invoke(app, ["run", str(sample_dir), "--out", str(out), "-q"]).exit_code == 0


# ---------------------------------------------------------------- 6. an --out that cannot be a folder


@pytest.mark.parametrize("kind", ["file", "under-a-file", "broken-symlink"])
def test_cli_out_that_cannot_be_a_folder_is_a_usage_error(stubbed_cli, sample_dir, tmp_path, kind):
    afile = tmp_path / "afile.txt"
    afile.write_text("keep me", encoding="utf-8")
    if kind == "file":
        out, message = afile, "is a file, not a folder"
    elif kind == "under-a-file":
        out, message = afile / "sub", "is a file, not a folder"
    else:
        out, message = tmp_path / "link", "symbolic link"
        out.symlink_to(tmp_path / "nowhere" / "x")
    result = runner.invoke(app, ["run", str(sample_dir), "--out", str(out)])
    assert result.exit_code == 2, (result.output, result.exception)
    said = " ".join(result.output.split())  # as printed, wrapped to the console's width
    assert message in said and "Traceback" not in said
    assert afile.read_text(encoding="utf-8") == "keep me"
    assert not (tmp_path / "nowhere").exists()


def test_api_run_out_a_file_raises_engine_error(stub_nlp, sample_dir, tmp_path):
    from nlp_pipeline import api
    from nlp_pipeline.engine import EngineError

    afile = tmp_path / "afile.txt"
    afile.write_text("keep me", encoding="utf-8")
    for resume, overwrite in [(False, False), (True, False), (False, True)]:
        with pytest.raises(EngineError, match="is a file, not a folder"):
            api.run([sample_dir], afile, nlp=stub_nlp, resume=resume, overwrite=overwrite)
    assert afile.read_text(encoding="utf-8") == "keep me"


# ---------------------------------------------------------------- 5. progress when the console is not a terminal


def test_cli_prints_plain_progress_lines_when_not_a_terminal(monkeypatch, tmp_path):
    from conftest import make_slow_stub_nlp

    slow = make_slow_stub_nlp()  # 0.02 s a document: 60 documents take more than a second
    monkeypatch.setattr(pipeline, "get_nlp", lambda model="bundled", *args: slow)
    monkeypatch.setenv("NLP_PIPELINE_PROGRESS_SECONDS", "0.2")
    corpus = make_corpus(tmp_path / "in", n=60)
    result = runner.invoke(app, ["run", str(corpus), "--out", str(tmp_path / "out"), "--batch-size", "4"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "documents done" in line]
    assert len(lines) >= 2, result.output
    assert lines[0].startswith("analysing: ") and "/60 documents done, 0 failed" in lines[0]
    assert "words/s" in lines[0] and "elapsed" in lines[0]
    assert "\x1b[" not in result.output  # plain text for a log file


def test_plain_progress_every_n_seconds_and_its_setting(monkeypatch):
    import io

    from rich.console import Console

    from nlp_pipeline.cli.progress import RunProgress, progress_seconds

    for value, seconds in [(None, 30.0), ("5", 5.0), ("0.5", 0.5), ("0", 0.0), ("-1", 0.0), ("soon", 30.0)]:
        if value is None:
            monkeypatch.delenv("NLP_PIPELINE_PROGRESS_SECONDS", raising=False)
        else:
            monkeypatch.setenv("NLP_PIPELINE_PROGRESS_SECONDS", value)
        assert progress_seconds() == seconds, value

    monkeypatch.setenv("NLP_PIPELINE_PROGRESS_SECONDS", "0.05")
    log = io.StringIO()
    with RunProgress(10, console=Console(file=log, width=60)) as progress:
        progress.update({"records": 4, "ok": 3, "failed": 1, "words": 400})
        time.sleep(0.3)  # no batch finishes here: the lines go on (the run is alive)
    lines = log.getvalue().splitlines()
    assert len(lines) >= 2 and lines[-1].startswith("analysing: 4/10 documents done, 1 failed, ")
    assert "ETA" in lines[-1] and all(len(line) > 60 for line in lines)  # one line each, not wrapped
    n = len(lines)
    time.sleep(0.2)
    assert len(log.getvalue().splitlines()) == n  # none after the run

    monkeypatch.setenv("NLP_PIPELINE_PROGRESS_SECONDS", "0")
    quiet_log = io.StringIO()
    with RunProgress(None, console=Console(file=quiet_log)) as progress:
        progress.update({"records": 4})
        time.sleep(0.1)
    assert quiet_log.getvalue() == ""
