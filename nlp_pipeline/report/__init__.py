"""Views of a result: a self-contained HTML report, terminal and notebook renderings.

* :func:`write_report` — ``nlp-pipeline report DIR -o report.html``: one HTML file
  (inline CSS/JS/SVG, data as JSON, rendered client-side) with a searchable list of
  quotes, a panel per person and organisation, articles with quotes highlighted by
  speaker and entities marked, and charts.
* :func:`nlp_pipeline.report.terminal.render_article` — an article as a rich renderable.
* :func:`nlp_pipeline.report.notebook.display_article` — an article as displaCy span HTML.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["write_report", "render_report"]


def render_report(result, title: str | None = None) -> str:
    """The report page for a Result (or a result folder), as an HTML string."""
    from .html import render_html

    if isinstance(result, (str, os.PathLike)):
        from types import SimpleNamespace

        from ..writers import read_tables

        title = title or f"nlp-pipeline: {Path(result).resolve().name}"
        try:
            result = SimpleNamespace(**read_tables(result))  # the six tables as attributes, like a Result
        except FileNotFoundError:
            raise
        except Exception as exc:  # unreadable or foreign tables
            raise ValueError(f"{result}: not a readable result folder ({type(exc).__name__}: {exc})") from exc
    return render_html(result, title=title or "nlp-pipeline: rapport")


def write_report(
    result_dir: str | os.PathLike, out_path: str | os.PathLike = "report.html", title: str | None = None
) -> Path:
    """Write the HTML report of the result folder ``result_dir`` to ``out_path``; returns the path.

    Raises ``FileNotFoundError`` when ``result_dir`` is missing or holds no tables, and
    ``ValueError`` when its tables cannot be read.
    """
    page = render_report(Path(result_dir), title=title)
    out = Path(out_path)
    if out.parent != Path(""):
        out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, out)
    return out
