"""`nlp-pipeline query DIR SQL`: DuckDB views over the result tables, read-only."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from nlp_pipeline import analyze
from nlp_pipeline.cli import app
from nlp_pipeline.query import QueryError, query

runner = CliRunner()
TOP = (
    "SELECT p.name, count(*) AS quotes FROM quotes q JOIN people p ON q.speaker_id = p.person_id "
    "GROUP BY p.name ORDER BY quotes DESC, p.name"
)


@pytest.fixture(scope="module")
def result_dir(stub_nlp, sample_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("q")
    result = analyze([sample_dir], nlp=stub_nlp)
    result.write(out / "parquet")
    result.write(out / "csv", format="csv")
    return out, result


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_every_table_is_a_view(result_dir, fmt):
    out, result = result_dir
    for name, df in result.tables.items():
        assert query(out / fmt, f"SELECT count(*) AS n FROM {name}").n[0] == len(df)


def test_top_speakers(result_dir):
    out, result = result_dir
    df = query(out / "parquet", TOP)
    want = result.quotes.merge(result.people, left_on="speaker_id", right_on="person_id").groupby("name").size()
    assert dict(zip(df.name, df.quotes)) == want.to_dict()


@pytest.mark.parametrize(
    "sql",
    [
        "COPY quotes TO 'x.csv'",
        "CREATE TABLE t AS SELECT 1",
        "DROP VIEW quotes",
        "INSERT INTO quotes SELECT * FROM quotes",
        "ATTACH 'x.db'",
        "SET threads=1",
        "SELECT 1; COPY quotes TO 'y.csv'",
    ],
)
def test_read_only(result_dir, sql, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(QueryError):
        query(result_dir[0] / "parquet", sql)
    assert not list(tmp_path.iterdir())


def test_cli_table_and_csv(result_dir):
    out, _ = result_dir
    shown = runner.invoke(app, ["query", str(out / "parquet"), TOP])
    assert shown.exit_code == 0, shown.output and "Eva Jansson" in shown.output
    csv = runner.invoke(app, ["query", str(out / "parquet"), TOP, "--format", "csv"])
    assert csv.exit_code == 0 and csv.output.splitlines()[0] == "name,quotes"
    assert runner.invoke(app, ["query", str(out / "parquet"), "DELETE FROM quotes"]).exit_code == 2
    assert runner.invoke(app, ["query", str(out / "nope"), "SELECT 1"]).exit_code == 2
    assert runner.invoke(app, ["query", str(out / "parquet"), "SELEC nonsense"]).exit_code == 2
