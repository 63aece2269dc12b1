"""Model specs (bundled, a folder, an installed spaCy package, stanza), the label mapping,
``nlp-pipeline models`` and ``models download`` offline. Fast; no network, no stanza."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
import spacy
from typer.testing import CliRunner

from nlp_pipeline import analyze, open_result, pipeline
from nlp_pipeline.cli import app
from nlp_pipeline.engine import RunOptions, run_batch
from nlp_pipeline.nlp import backends, labels
from nlp_pipeline.nlp.backends import ModelNotFound, resolve
from nlp_pipeline.pipeline import check_model, is_factory

runner = CliRunner()
HAS_STANZA = all(importlib.util.find_spec(m) for m in ("stanza", "spacy_stanza"))
TEXT = (
    "– Vi är glada, säger Eva Jansson.\n\nVolvo varslar i Göteborg. Det kostar 300 kronor.\n\nJansson i dag var nöjd."
)
# SUC-style labels, as the official spaCy and stanza Swedish models give them
PATTERNS = [
    ("PRS", "Eva Jansson"),
    ("ORG", "Volvo"),
    ("LOC", "Göteborg"),
    ("TME", "Jansson i dag"),
    ("MSR", "300 kronor"),
]


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def make_suc_pipeline(path: Path) -> Path:
    """A tiny spaCy pipeline (blank sv + sentencizer + entity ruler) whose labels are SUC's."""
    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": label, "pattern": text} for label, text in PATTERNS])
    nlp.meta.update(name="tiny", version="0.0.1")
    nlp.to_disk(path)
    return path


@pytest.fixture(scope="module")
def suc_dir(tmp_path_factory) -> Path:
    return make_suc_pipeline(tmp_path_factory.mktemp("models") / "suc_tiny")


@pytest.fixture
def suc_package(tmp_path, monkeypatch) -> str:
    """The tiny pipeline installed as a spaCy package ``sv_tiny`` (a dist-info with the
    ``spacy_models`` entry point, as `spacy package` builds them) on sys.path."""
    site = tmp_path / "site"
    pkg = site / "sv_tiny"
    pkg.mkdir(parents=True)
    make_suc_pipeline(pkg / "sv_tiny-0.0.1")
    (pkg / "meta.json").write_text((pkg / "sv_tiny-0.0.1" / "meta.json").read_text())
    (pkg / "__init__.py").write_text(
        "from spacy.util import load_model_from_init_py\n\n\n"
        "def load(**overrides):\n    return load_model_from_init_py(__file__, **overrides)\n"
    )
    info = site / "sv_tiny-0.0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: sv_tiny\nVersion: 0.0.1\n")
    (info / "entry_points.txt").write_text("[spacy_models]\nsv_tiny = sv_tiny:load\n")
    monkeypatch.syspath_prepend(str(site))
    return "sv_tiny"


# ------------------------------------------------------------------ labels


@pytest.mark.parametrize(
    "label, expected",
    [
        ("PER", "PER"),
        ("PRS", "PER"),
        ("PERSON", "PER"),
        ("B-PER", "PER"),
        ("prs", "PER"),
        ("ORG", "ORG"),
        ("ORGANIZATION", "ORG"),
        ("LOC", "LOC"),
        ("GPE", "LOC"),
        ("LOCATION", "LOC"),
        ("EVN", "MISC"),
        ("WRK", "MISC"),
        ("OBJ", "MISC"),
        ("MSR", "MISC"),
        ("TME", "MISC"),
        ("MISC", "MISC"),
        ("NORP", "MISC"),
        ("DATE", "MISC"),
        ("", "MISC"),
    ],
)
def test_label_mapping(label, expected):
    assert labels.map_label(label) == expected


def test_time_and_measure_are_not_names():
    assert not labels.is_name("TME") and not labels.is_name("MSR") and not labels.is_name("DATE")
    assert labels.is_name("PRS") and labels.is_name("EVN")
    assert labels.is_person("PRS") and labels.is_org("ORG") and not labels.is_person("ORG")


# ------------------------------------------------------------------ resolving


def test_resolve_bundled_and_a_folder(suc_dir):
    bundled = resolve("bundled")
    assert bundled.kind == "bundled" and (bundled.path / "config.cfg").exists()
    folder = resolve(str(suc_dir))
    assert folder.kind == "path" and folder.path == suc_dir
    assert resolve(suc_dir).key == resolve(str(suc_dir) + "/").key


def test_missing_folder_and_unknown_names_say_what_is_available(tmp_path):
    with pytest.raises(ModelNotFound, match="No spaCy pipeline"):
        resolve(tmp_path / "nothing")
    with pytest.raises(ModelNotFound, match="Unknown model 'sv_core_news_xx'.*available here: bundled") as err:
        resolve("sv_core_news_xx")
    assert "nlp-pipeline models download" in str(err.value)
    with pytest.raises(ModelNotFound, match="not a spaCy pipeline"):
        resolve("pandas")  # installed, but not a pipeline


@pytest.mark.skipif(HAS_STANZA, reason="stanza is installed here")
def test_stanza_without_stanza_says_how_to_install(tmp_path):
    with pytest.raises(ModelNotFound) as err:
        resolve("stanza")
    message = str(err.value)
    assert "pip install 'nlp-pipeline[stanza]'" in message and "nlp-pipeline models download stanza" in message
    with pytest.raises(ModelNotFound, match=str(tmp_path / "res")):  # the folder it looked in
        resolve(f"stanza:{tmp_path / 'res'}")
    # resources present, packages missing: only the install message
    (tmp_path / "res" / "sv" / "ner").mkdir(parents=True)
    (tmp_path / "res" / "resources.json").write_text("{}")
    with pytest.raises(ModelNotFound, match=r"pip install 'nlp-pipeline\[stanza\]'") as err:
        resolve(f"stanza:{tmp_path / 'res'}")
    assert "no Swedish stanza resources" not in str(err.value)


def test_stanza_resources_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "env"))
    assert backends.stanza_resources_dir() == tmp_path / "env"
    assert backends.stanza_resources_dir(tmp_path / "x") == tmp_path / "x"
    (tmp_path / "x" / "sv" / "pos").mkdir(parents=True)
    (tmp_path / "x" / "sv" / "pos" / "talbanken.pt").write_text("")
    (tmp_path / "x" / "resources.json").write_text("{}")
    assert backends.stanza_resources_dir(tmp_path / "x" / "sv") == tmp_path / "x"  # the sv/ folder itself
    assert backends.stanza_resources_found(tmp_path / "x") and backends.stanza_processors(tmp_path / "x") == ["pos"]


def test_stanza_spec_is_not_a_factory():
    assert not is_factory("stanza:resources") and is_factory("conftest:make_stub_nlp")


# ------------------------------------------------------------------ other pipelines end to end


def test_a_pipeline_folder_with_suc_labels(suc_dir):
    result = analyze([TEXT], model=str(suc_dir))
    ents = result.entities.set_index("text")
    assert ents.loc["Eva Jansson", "label"] == "PER" and ents.loc["Eva Jansson", "label_original"] == "PRS"
    assert pd.notna(ents.loc["Eva Jansson", "person_id"])
    assert ents.loc["Volvo", "label"] == "ORG" and ents.loc["Göteborg", "label"] == "LOC"
    # time and measure expressions: MISC with their SUC label, never linked to a person
    assert ents.loc["300 kronor", ["label", "label_original"]].tolist() == ["MISC", "MSR"]
    assert ents.loc["Jansson i dag", ["label", "label_original"]].tolist() == ["MISC", "TME"]
    assert pd.isna(ents.loc["Jansson i dag", "person_id"])
    assert result.people["name"].tolist() == ["Eva Jansson"]
    assert result.organisations["name"].tolist() == ["Volvo"]
    assert result.quotes[["speaker", "text"]].values.tolist() == [["Eva Jansson", "Vi är glada"]]


def test_an_installed_spacy_package_by_name(suc_package, tmp_path):
    resolved = resolve(suc_package)
    assert resolved.kind == "package" and resolved.path.name == "sv_tiny"
    check_model(suc_package)
    listed = {m.name: m for m in backends.available_models()}
    assert listed["sv_tiny"].kind == "spacy package" and listed["sv_tiny"].version == "0.0.1"
    nlp = pipeline.get_nlp(suc_package)
    assert nlp.pipe_names[-2:] == ["swedish_entities", "swedish_quotes"]
    result = analyze([TEXT], model=suc_package)
    assert result.people["name"].tolist() == ["Eva Jansson"]
    assert "PRS" in result.entities["label_original"].tolist()


def test_engine_workers_load_a_package_by_name(suc_package, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(4):
        (inputs / f"a{i}.txt").write_text(TEXT, encoding="utf-8")
    summary = run_batch([inputs], tmp_path / "out", RunOptions(model=suc_package, workers=2, batch_size=1))
    assert summary.workers == 2
    result = open_result(tmp_path / "out")
    assert len(result.documents) == 4 and result.errors.empty
    assert set(result.entities.loc[result.entities["text"] == "Eva Jansson", "label_original"]) == {"PRS"}
    assert result.people["n_documents"].tolist() == [4]


# ------------------------------------------------------------------ CLI


def test_cli_bad_model_exits_2_with_the_reason(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    for spec, reason in [("sv_core_news_xx", "Unknown model"), (tmp_path / "nope", "No spaCy pipeline")]:
        for command in (["run", tmp_path / "a.txt", "--out", tmp_path / "out"], ["quotes", tmp_path / "a.txt"]):
            result = invoke(*command, "--model", spec)
            assert result.exit_code == 2, result.output
            assert reason in result.output


@pytest.mark.skipif(HAS_STANZA, reason="stanza is installed here")
def test_cli_stanza_without_stanza_exits_2(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = invoke("run", tmp_path / "a.txt", "--out", tmp_path / "out", "--model", "stanza")
    assert result.exit_code == 2
    assert (
        "nlp-pipeline[stanza]" in result.output.replace("\n", "").replace("│", "").replace(" ", "")
        or "nlp-pipeline[stanza]" in result.output
    )


def test_cli_run_with_a_pipeline_folder(suc_dir, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = invoke("run", tmp_path / "a.txt", "--out", tmp_path / "out", "--model", suc_dir, "-q")
    assert result.exit_code == 0, result.output
    assert "PRS" in open_result(tmp_path / "out").entities["label_original"].tolist()


def test_cli_models_lists_what_is_available(suc_package):
    result = invoke("models")
    assert result.exit_code == 0, result.output
    for word in ("bundled", "sv_tiny", "0.0.1", "spacy package", "stanza"):
        assert word in result.output


def test_cli_models_download_offline_fails_fast(monkeypatch):
    monkeypatch.setattr(backends, "check_network", lambda hosts=(), timeout=3.0: "cannot reach github.com:443 (test)")
    started = time.monotonic()
    result = invoke("models", "download", "sv_core_news_sm")
    assert time.monotonic() - started < 5
    assert result.exit_code == 1
    out = " ".join(result.output.split())
    assert "No network" in out and "--model PATH" in out and "sv_core_news_sm" in out


def test_cli_models_download_bad_names_exit_2():
    assert invoke("models", "download", "Not a model").exit_code == 2
    assert invoke("models", "download", "bundled").exit_code == 2


@pytest.mark.skipif(HAS_STANZA, reason="stanza is installed here")
def test_cli_models_download_stanza_without_stanza(monkeypatch):
    monkeypatch.setattr(backends, "check_network", lambda hosts=(), timeout=3.0: None)  # even online
    result = invoke("models", "download", "stanza")
    assert result.exit_code == 1
    assert "pip install 'nlp-pipeline[stanza]'" in " ".join(result.output.split())


def test_download_times_out_instead_of_hanging(monkeypatch):
    monkeypatch.setattr(backends, "check_network", lambda hosts=(), timeout=3.0: None)
    monkeypatch.setattr(backends.sys, "executable", sys.executable)
    started = time.monotonic()
    with pytest.raises(backends.DownloadError, match="longer than 1 s"):
        backends._run([sys.executable, "-c", "import time; time.sleep(60)"], dict(os.environ), 1, "sv_core_news_sm")
    assert time.monotonic() - started < 10


def test_real_download_offline_fails_fast():
    """Really runs `nlp-pipeline models download` here; skipped where there is network (no downloads in tests)."""
    if backends.check_network(backends.SPACY_HOSTS, timeout=2.0) is None:
        pytest.skip("network available: not downloading in a test")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "nlp_pipeline", "models", "download", "sv_core_news_sm"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert time.monotonic() - started < 15
    assert done.returncode == 1, done.stderr
    assert "No network" in " ".join(done.stderr.split())


@pytest.mark.parametrize("command", [["models"], ["models", "download"]], ids=" ".join)
def test_models_help_has_an_example(command):
    result = invoke(*command, "--help")
    assert result.exit_code == 0, result.output
    assert "Example" in result.output
