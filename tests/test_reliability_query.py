"""``query`` reaches the result folder's tables and nothing else (reliability issue, item 4).

Before: ``SELECT * FROM read_text('/etc/passwd')``, ``glob('/etc/*')`` and ``read_parquet`` of
any path worked, and ``read_csv('https://...')`` tried to install an extension over the network.
"""

from __future__ import annotations

import time

import pandas as pd
import pytest

from nlp_pipeline.query import QueryError, connect, query
from nlp_pipeline.writers import write_tables


@pytest.fixture(params=["parquet", "csv", "jsonl"])
def result(tmp_path, request):
    out = tmp_path / "result"
    write_tables(
        {
            "documents": pd.DataFrame({"doc_id": ["a", "b"], "text": ["Hej.", "Då."]}),
            "quotes": pd.DataFrame({"doc_id": ["a"], "quote": ["Hej"]}),
        },
        out,
        format=request.param,
    )
    secret = tmp_path / "secret.txt"
    secret.write_text("hemligt\n", encoding="utf-8")
    other = tmp_path / "other"
    write_tables({"documents": pd.DataFrame({"doc_id": ["x"], "text": ["Annat."]})}, other)
    return out, tmp_path


def test_views_still_work(result):
    out, _ = result
    assert query(out, "SELECT count(*) AS n FROM documents").n[0] == 2
    df = query(out, "SELECT d.doc_id, q.quote FROM documents d JOIN quotes q USING (doc_id)")
    assert df.to_dict("records") == [{"doc_id": "a", "quote": "Hej"}]


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM read_text('{tmp}/secret.txt')",
        "SELECT * FROM read_blob('{tmp}/secret.txt')",
        "SELECT * FROM read_csv('{tmp}/secret.txt')",
        "SELECT * FROM glob('{tmp}/*')",
        "SELECT * FROM read_parquet('{tmp}/other/documents.parquet')",
        "SELECT * FROM parquet_metadata('{tmp}/other/documents.parquet')",
        "SELECT * FROM read_text('/etc/passwd')",
    ],
)
def test_no_other_file_can_be_read(result, sql):
    out, tmp = result
    with pytest.raises(QueryError, match="Permission|disabled"):
        query(out, sql.format(tmp=tmp.as_posix()))


def test_no_network_and_no_extension_install(result):
    out, _ = result
    start = time.perf_counter()
    with pytest.raises(QueryError, match="Permission|disabled") as caught:
        query(out, "SELECT * FROM read_csv('https://example.com/data.csv')")
    assert "install" not in str(caught.value).lower()
    assert time.perf_counter() - start < 5  # refused at once, no download attempt


def test_connection_is_locked(result):
    out, _ = result
    con = connect(out)
    try:
        settings = dict(
            con.execute(
                "SELECT name, value FROM duckdb_settings() WHERE name IN ('enable_external_access', "
                "'autoinstall_known_extensions', 'autoload_known_extensions', 'lock_configuration')"
            ).fetchall()
        )
        assert settings == {
            "enable_external_access": "false",
            "autoinstall_known_extensions": "false",
            "autoload_known_extensions": "false",
            "lock_configuration": "true",
        }
        for sql in (
            "SET enable_external_access = true",
            "SET autoinstall_known_extensions = true",
            "RESET allowed_paths",
            "SET lock_configuration = false",
        ):
            with pytest.raises(Exception, match="lock|configuration|Cannot change"):
                con.execute(sql)
        with pytest.raises(Exception, match="Permission|disabled"):
            con.execute("LOAD httpfs")
    finally:
        con.close()


def test_quote_in_the_folder_name(tmp_path):
    out = tmp_path / "it's here"
    write_tables({"documents": pd.DataFrame({"doc_id": ["a"], "text": ["Hej."]})}, out)
    assert query(out, "SELECT doc_id FROM documents").doc_id.tolist() == ["a"]
