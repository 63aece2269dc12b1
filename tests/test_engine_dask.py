"""The Dask engine on a real LocalCluster (2 worker processes, 127.0.0.1 only): same tables as the local engine."""

from __future__ import annotations

import pandas as pd
import pytest
from test_engine_local import make_corpus

from nlp_pipeline import open_result
from nlp_pipeline import tables as T
from nlp_pipeline.engine import RunOptions, run_batch

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster

    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        silence_logs=40,
    ) as c:
        yield c


def test_dask_cluster_equals_local_engine(cluster, stub_nlp, tmp_path):
    corpus = make_corpus(tmp_path / "in", n=80)
    local = tmp_path / "local"
    run_batch([corpus], local, RunOptions(nlp=stub_nlp, batch_size=32))
    on_dask = tmp_path / "dask"
    summary = run_batch(
        [corpus],
        on_dask,
        RunOptions(model="conftest:make_stub_nlp", engine="dask", scheduler=cluster.scheduler_address, batch_size=6),
    )
    assert summary.engine == "dask" and summary.ok == 80
    got, want = open_result(on_dask), open_result(local)
    for name in T.TABLES:
        pd.testing.assert_frame_equal(getattr(got, name), getattr(want, name), obj=name)
    assert sorted(p.name for p in on_dask.iterdir()) == sorted(f"{t}.parquet" for t in T.TABLES)


def test_cli_engine_dask_starts_a_local_cluster(stub_nlp, tmp_path):
    from typer.testing import CliRunner

    from nlp_pipeline.cli import app

    corpus = make_corpus(tmp_path / "in", n=12)
    result = CliRunner().invoke(
        app,
        [
            "run",
            str(corpus),
            "--out",
            str(tmp_path / "out"),
            "--engine",
            "dask",
            "--workers",
            "2",
            "--model",
            "conftest:make_stub_nlp",
            "--batch-size",
            "4",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "12 documents analysed, 0 failed" in result.output and "engine dask" in result.output
    want = tmp_path / "want"
    run_batch([corpus], want, RunOptions(nlp=stub_nlp))
    for name in T.TABLES:
        pd.testing.assert_frame_equal(getattr(open_result(tmp_path / "out"), name), getattr(open_result(want), name))
