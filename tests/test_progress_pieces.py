"""Progress within a long document: an in-process run reports each piece of a document it
processes in pieces, and the plain progress line (logs) names the document and the piece."""

from __future__ import annotations

from rich.console import Console

from nlp_pipeline import run
from nlp_pipeline.cli.progress import RunProgress


class Recorder:
    def __init__(self, total):
        self.pieces: list[tuple[str, int, int]] = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None

    def update(self, entry):
        pass

    def piece(self, doc_id, done, pieces):
        self.pieces.append((doc_id, done, pieces))


def test_an_in_process_run_reports_the_pieces_of_a_long_document(stub_nlp, tmp_path):
    (tmp_path / "in").mkdir()
    paragraph = "– Vi fortsätter arbetet i kommunen, säger Eva Jansson.\n\n"
    (tmp_path / "in" / "lang.txt").write_text("Rubrik\n\n" + paragraph * 100, encoding="utf-8")
    (tmp_path / "in" / "kort.txt").write_text("Rubrik\n\n" + paragraph, encoding="utf-8")
    recorders: list[Recorder] = []

    def factory(total):
        recorders.append(Recorder(total))
        return recorders[-1]

    run([tmp_path / "in"], tmp_path / "out", nlp=stub_nlp, max_chars=1000, progress=factory)
    (rec,) = recorders
    pieces = rec.pieces[-1][2]
    assert pieces > 3 and rec.pieces == [("lang", k, pieces) for k in range(1, pieces + 1)]


def test_the_plain_progress_line_names_the_piece(tmp_path):
    with open(tmp_path / "log.txt", "w") as fh:
        progress = RunProgress(10, console=Console(file=fh, force_terminal=False))
        progress.piece("arkiv/lang", 3, 12)
        assert progress.line().endswith("; now arkiv/lang: piece 3/12")
        progress.piece("arkiv/lang", 12, 12)
        assert "piece" not in progress.line()
