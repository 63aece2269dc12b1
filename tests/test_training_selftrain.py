"""The self-training recipe's stages: which teachers train on what, which silver data the
student learns from, and that finished stages are not run again."""

from pathlib import Path

import pytest

pytest.importorskip("spacy")

from recipe import prepare as prep  # noqa: E402
from recipe import selftrain as st  # noqa: E402
from recipe import silver, train  # noqa: E402


class FinishedProcess:
    """A teacher training that has already ended with ``returncode``."""

    def __init__(self, returncode):
        self.returncode = returncode

    def poll(self):
        return self.returncode

    def terminate(self):
        self.returncode = -15


@pytest.fixture
def recorded(monkeypatch, tmp_path):
    """Run selftrain with every training, parse and data preparation replaced by a record."""
    calls = {"teachers": [], "silver": None, "prepared": [], "student": None, "finalized": None, "exit": 0}

    def fake_prepare(corpora, out, **kwargs):
        calls["prepared"].append((out.name, {k: getattr(v, "name", v) for k, v in kwargs.items()}))
        out.mkdir(parents=True, exist_ok=True)
        (out / prep.LEXICON_VECTORS).mkdir()

    def fake_popen(cmd, stdout, stderr, env):
        calls.setdefault("commands", []).append(cmd)
        args = dict(zip(cmd[3::2], cmd[4::2]))  # after: python -m recipe.train
        calls["teachers"].append(
            (Path(args["--output"]).name, Path(args["--data"]).name, int(args["--seed"]), env["OMP_NUM_THREADS"])
        )
        return FinishedProcess(calls["exit"])

    def fake_write_silver(teachers, corpora, out, votes=None, exclude=frozenset(), in_domain=True):
        calls["silver"] = (out.name, teachers)
        calls["silver_exclude"] = exclude
        out.mkdir(parents=True)
        (out / "raw.spacy").touch()
        return {}

    def fake_train(data, output, overrides=None, vectors=None):
        calls["student"] = (data.name, overrides["system.seed"])
        calls["student_vectors"] = vectors
        output.mkdir(parents=True)

    monkeypatch.setattr(prep, "prepare", fake_prepare)
    monkeypatch.setattr(st.subprocess, "Popen", fake_popen)
    monkeypatch.setattr("spacy.load", lambda path: Path(path).parent.name)
    monkeypatch.setattr(silver, "write_silver", fake_write_silver)
    monkeypatch.setattr(train, "train", fake_train)
    monkeypatch.setattr(train, "finalize", lambda best, model_dir, corpora: calls.update(finalized=best.parent.name))
    return calls, tmp_path


def test_three_teachers_then_silver_then_the_student(recorded):
    calls, work = recorded
    st.selftrain(Path("corpora"), work / "gold", work, Path("model"))
    assert calls["teachers"] == [
        ("teacher-seed0", "gold", 0, "1"),
        ("teacher-seed1", "gold", 1, "1"),
        ("teacher-dev6", "data-dev6", 0, "1"),
    ]
    assert calls["silver"] == ("silver", ["teacher-seed0", "teacher-seed1", "teacher-dev6"])
    prepared = dict(calls["prepared"])
    assert prepared["gold"] == {}
    # the data folders made here read the gold data's gazetteer table, whatever its columns
    assert prepared["data-dev6"] == {"ud_dev_repeat": 6, "lexicon": prep.LEXICON_VECTORS}
    assert prepared["data-student"] == {"silver": "silver", "lexicon": prep.LEXICON_VECTORS}
    assert calls["student"] == ("data-student", st.STUDENT_SEED)
    assert calls["finalized"] == "student"


def test_finished_stages_are_not_run_again(recorded):
    calls, work = recorded
    st.selftrain(Path("corpora"), work / "gold", work, Path("model"))
    for key in ("teachers", "prepared"):
        calls[key].clear()
    calls["silver"] = calls["student"] = calls["finalized"] = None
    st.selftrain(Path("corpora"), work / "gold", work, Path("model"))
    assert calls["teachers"] == [] and calls["prepared"] == []
    assert calls["silver"] is None and calls["student"] is None
    assert calls["finalized"] == "student"


def test_a_failed_teacher_stops_the_recipe(recorded):
    calls, work = recorded
    calls["exit"] = 1
    with pytest.raises(RuntimeError, match="teacher training failed"):
        st.selftrain(Path("corpora"), work / "gold", work, Path("model"))
    assert calls["silver"] is None and calls["student"] is None
    assert not (work / "teacher-seed0" / st.DONE).exists()


def test_word_vectors_and_left_out_pages_reach_every_training(recorded):
    calls, work = recorded
    st.selftrain(
        Path("corpora"), work / "gold", work, Path("model"), vectors=Path("vec"), exclude={"pressmeddelanden/a.md"}
    )
    assert len(calls["commands"]) == 3
    for cmd in calls["commands"]:
        assert cmd[cmd.index("--vectors") + 1] == "vec"
    assert calls["student_vectors"] == Path("vec")
    assert calls["silver_exclude"] == {"pressmeddelanden/a.md"}


def test_a_work_folder_made_with_other_vectors_is_refused_not_reused(recorded, tmp_path):
    calls, work = recorded
    table = tmp_path / "table"
    table.mkdir()
    (table / "vectors").write_bytes(b"old")
    st.selftrain(Path("corpora"), work / "gold", work, Path("model"), vectors=table)
    st.selftrain(Path("corpora"), work / "gold", work, Path("model"), vectors=table)  # same: goes on
    (table / "vectors").write_bytes(b"new")
    with pytest.raises(st.StaleWork, match="other vectors"):
        st.selftrain(Path("corpora"), work / "gold", work, Path("model"), vectors=table)


def test_finished_stages_without_a_record_of_their_settings_are_refused(recorded):
    calls, work = recorded
    (work / "teacher-seed0").mkdir()
    (work / "teacher-seed0" / st.DONE).touch()
    with pytest.raises(st.StaleWork, match="no record"):
        st.selftrain(Path("corpora"), work / "gold", work, Path("model"))
    assert calls["teachers"] == []


def test_a_work_folder_made_with_another_gazetteer_table_is_refused(recorded):
    calls, work = recorded
    st.selftrain(Path("corpora"), work / "gold", work, Path("model"))
    table = work / "gold" / prep.LEXICON_VECTORS
    (table / "vectors").write_bytes(b"10 columns")  # the gazetteer columns changed since
    with pytest.raises(st.StaleWork, match="other vectors"):
        st.selftrain(Path("corpora"), work / "gold", work, Path("model"))
