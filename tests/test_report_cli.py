"""``nlp-pipeline report DIR -o FILE``: the thin CLI over ``nlp_pipeline.report.write_report``."""

from __future__ import annotations

from pathlib import Path

from test_report import tricky_result
from typer.testing import CliRunner

from nlp_pipeline.cli import app

runner = CliRunner()


def test_report_command_writes_html(tmp_path: Path):
    tricky_result().write(tmp_path / "out")
    res = runner.invoke(app, ["report", str(tmp_path / "out"), "-o", str(tmp_path / "r.html")])
    assert res.exit_code == 0, res.output
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Åsa Öberg" in page


def test_report_command_help_has_an_example():
    res = runner.invoke(app, ["report", "--help"], env={"COLUMNS": "200"})
    assert res.exit_code == 0
    assert "nlp-pipeline report" in res.output and "--out" in res.output


def test_report_command_missing_or_invalid_folder_exits_2(tmp_path: Path):
    res = runner.invoke(app, ["report", str(tmp_path / "nope"), "-o", str(tmp_path / "r.html")])
    assert res.exit_code == 2
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "people.parquet").write_bytes(b"garbage")
    res = runner.invoke(app, ["report", str(tmp_path / "bad"), "-o", str(tmp_path / "r.html")])
    assert res.exit_code == 2
    assert not (tmp_path / "r.html").exists()
