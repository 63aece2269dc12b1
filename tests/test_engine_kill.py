"""kill -9 in the middle of a run, then --resume: the tables equal those of an uninterrupted run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from test_engine_local import make_corpus

from nlp_pipeline import open_result
from nlp_pipeline import tables as T
from nlp_pipeline.engine import RunOptions, run_batch
from nlp_pipeline.engine.parts import PartStore

TESTS = Path(__file__).resolve().parent


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "nlp_pipeline", "run", *args, "--model", "conftest:make_slow_stub_nlp", "-q"]


def default_ctrl_c() -> None:
    """In the run under test, Ctrl-C has its default action. A shell starts a background job
    (``make test &``, ``nohup``) with SIGINT ignored, its children inherit that, and Python then
    installs no KeyboardInterrupt handler: the run would rightly ignore the test's Ctrl-C."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize(
    "sig, workers",
    [(signal.SIGKILL, "1"), (signal.SIGINT, "1"), (signal.SIGKILL, "2")],
    ids=["kill-9", "ctrl-c", "kill-9-two-workers"],
)
def test_stop_then_resume_equals_uninterrupted(stub_nlp, tmp_path, sig, workers):
    corpus = make_corpus(tmp_path / "in", n=400)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen(
        cli(str(corpus), "--out", str(out), "--workers", workers, "--batch-size", "2"),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=default_ctrl_c,
    )
    store = PartStore(out)
    deadline = time.monotonic() + 300  # generous: a loaded machine starts the run slowly
    while len(store.parts()) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert proc.poll() is None, "the run ended before it could be killed"
    assert len(store.parts()) >= 20, "no 20 parts written in 300 s"
    os.kill(proc.pid, sig)
    rc = proc.wait(timeout=60)
    n_done = sum(b - a + 1 for a, b in store.done())
    assert 0 < n_done < 400, f"exit {rc}; stderr: {proc.stderr.read().decode()[-2000:]}"
    if sig == signal.SIGKILL:
        assert rc == -signal.SIGKILL and not (out / "documents.parquet").exists()
    else:  # Ctrl-C: the documents done so far are written, the parts kept
        assert rc == 130, proc.stderr.read().decode()
        partial = open_result(out).documents
        assert 0 < len(partial) < 400 and "--resume" in proc.stderr.read().decode()

    refused = subprocess.run(cli(str(corpus), "--out", str(out)), env=env, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2 and "--resume" in refused.stderr
    resumed = subprocess.run(
        cli(str(corpus), "--out", str(out), "--resume", "--workers", workers, "--batch-size", "7"),
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert resumed.returncode == 0, resumed.stderr

    reference = tmp_path / "reference"
    run_batch([corpus], reference, RunOptions(nlp=stub_nlp, batch_size=32))
    got, want = open_result(out), open_result(reference)
    for name in T.TABLES:
        pd.testing.assert_frame_equal(getattr(got, name), getattr(want, name), obj=name)
    assert len(got.documents) == 400
