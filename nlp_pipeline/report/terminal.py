"""An article for the terminal, with rich: quotes on their speaker's colour, speakers and entities marked.

>>> from rich.console import Console
>>> Console().print(render_article(text, result.quotes, result.entities))

``quotes_df`` and ``entities_df`` are rows of the ``quotes`` and ``entities``
tables for this text (other documents' rows must be filtered out first); their
offsets index into ``text``. The colours are the HTML report's.
"""

from __future__ import annotations

import pandas as pd
from rich.console import Group
from rich.text import Text

from .data import i, s, speaker_colour, speaker_order

LABEL_STYLES = {"PER": "bold cyan", "ORG": "bold magenta", "LOC": "bold green", "MISC": "bold yellow"}


def _column(df: pd.DataFrame | None, name: str) -> list:
    if df is None or name not in df.columns:
        return [None] * (0 if df is None else len(df))
    return list(df[name])


def speaker_styles(quotes_df: pd.DataFrame | None) -> list[tuple[str, str]]:
    """``(speaker, background colour)``, most quoted first."""
    if quotes_df is None or not len(quotes_df):
        return []
    frame = pd.DataFrame({"speaker": _column(quotes_df, "speaker"), "speaker_id": _column(quotes_df, "speaker_id")})
    return [(name or sid, speaker_colour(n)) for n, (name, sid) in enumerate(speaker_order(frame))]


def render_article(
    text: str, quotes_df: pd.DataFrame | None = None, entities_df: pd.DataFrame | None = None, title: str | None = None
) -> Group:
    """The article as a rich renderable: a legend of speakers, then the text with spans styled."""
    body = Text(text)
    n = len(text)

    def valid(start, end) -> bool:
        return 0 <= start < end <= n

    for start, end, label in zip(
        _column(entities_df, "start_char"), _column(entities_df, "end_char"), _column(entities_df, "label")
    ):
        if valid(i(start), i(end)):
            body.stylize(f"underline {LABEL_STYLES.get(s(label), 'bold')}", i(start), i(end))
    legend = Text()
    if quotes_df is not None and len(quotes_df):
        frame = pd.DataFrame({"speaker": _column(quotes_df, "speaker"), "speaker_id": _column(quotes_df, "speaker_id")})
        order = {key: k for k, key in enumerate(speaker_order(frame))}
        counts: dict[int, int] = {}
        rows = zip(
            _column(quotes_df, "start_char"),
            _column(quotes_df, "end_char"),
            _column(quotes_df, "speaker"),
            _column(quotes_df, "speaker_id"),
            _column(quotes_df, "speaker_mention_start"),
            _column(quotes_df, "speaker_mention_end"),
        )
        for start, end, speaker, sid, sm_start, sm_end in rows:
            k = order.get((s(speaker), s(sid)), -1)
            colour = speaker_colour(k)
            counts[k] = counts.get(k, 0) + 1
            if valid(i(start), i(end)):
                body.stylize(f"black on {colour}", i(start), i(end))
            if valid(i(sm_start), i(sm_end)):
                body.stylize(f"bold black on {colour}", i(sm_start), i(sm_end))
        names = {k: name or sid for (name, sid), k in order.items()}
        for k in sorted(counts, key=lambda k: (-counts[k], k)):
            if legend:
                legend.append("  ")
            legend.append("  ", style=f"on {speaker_colour(k)}")
            legend.append(f" {names.get(k) or '(okänd)'} ({counts[k]})")
    labels = Text("  ").join(Text(label, style=f"underline {style}") for label, style in LABEL_STYLES.items())
    parts = [Text(title, style="bold")] if title else []
    if legend:
        parts.append(legend)
    parts += [labels, Text(""), body]
    return Group(*parts)
