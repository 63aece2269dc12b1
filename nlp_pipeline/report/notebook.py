"""An article in a notebook: quotes, speakers and entities as displaCy spans.

``result.display(doc_id)`` (see :meth:`nlp_pipeline.api.Result.display`) calls
:func:`display_article`, which renders the document with
``spacy.displacy.render(..., style="span", manual=True)``: one block per paragraph,
a ``QUOTE · speaker`` span in the speaker's colour (the report's colours), a
``SPEAKER`` span on the speaker mention, and PER/ORG/LOC/MISC entity spans.
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

from .data import i, s, speaker_colour, speaker_order

ENTITY_COLOURS = {"PER": "#aec7e8", "ORG": "#e7a6d8", "LOC": "#98df8a", "MISC": "#f3d27c"}


class ArticleHTML(str):
    """HTML that a notebook shows rendered (``_repr_html_``); a plain ``str`` otherwise."""

    def _repr_html_(self) -> str:
        return str(self)


def _tokens(text: str, start: int, end: int, cuts: set[int]) -> list[tuple[int, int]]:
    """Whitespace tokens of ``text[start:end]``, also split at every offset in ``cuts``."""
    out = []
    for m in re.finditer(r"\S+", text[start:end]):
        a, z = start + m.start(), start + m.end()
        points = sorted({a, z, *(c for c in cuts if a < c < z)})
        out += list(zip(points, points[1:]))
    return out


def article_spans(result, doc_id: str) -> tuple[str, list[tuple[int, int, str, str]]]:
    """The document text and its spans ``(start, end, label, colour)``."""
    docs = result.documents[result.documents["doc_id"] == doc_id]
    if not len(docs):
        raise KeyError(f"no document {doc_id!r} in the result")
    text = s(docs.iloc[0]["text"])
    quotes = result.quotes[result.quotes["doc_id"] == doc_id]
    ents = result.entities[result.entities["doc_id"] == doc_id]
    order = {key: k for k, key in enumerate(speaker_order(quotes))}
    spans = []
    for q in quotes.itertuples(index=False):
        k = order.get((s(q.speaker), s(q.speaker_id)), -1)
        name = s(q.speaker) or s(q.speaker_id) or "?"
        colour = speaker_colour(k)
        spans.append((i(q.start_char), i(q.end_char), f"QUOTE · {name}", colour))
        spans.append((i(q.speaker_mention_start), i(q.speaker_mention_end), f"SPEAKER · {name}", colour))
    for e in ents.itertuples(index=False):
        spans.append((i(e.start_char), i(e.end_char), s(e.label) or "MISC", ENTITY_COLOURS.get(s(e.label), "#ddd")))
    return text, [sp for sp in spans if 0 <= sp[0] < sp[1] <= len(text)]


def manual_docs(text: str, spans: list[tuple[int, int, str, str]], title: str | None = None) -> list[dict[str, Any]]:
    """displaCy ``manual`` input for the span style: one dict per paragraph (line of text)."""
    cuts = {c for a, z, _, _ in spans for c in (a, z)}
    docs = []
    for m in re.finditer(r"[^\n]+", text):
        toks = _tokens(text, m.start(), m.end(), cuts)
        if not toks:
            continue
        starts = [a for a, _ in toks]
        para_spans = []
        for a, z, label, _colour in spans:
            a, z = max(a, m.start()), min(z, m.end())
            first = next((k for k, st in enumerate(starts) if st >= a), None)
            last = next((k for k, st in enumerate(starts) if st >= z), len(starts))
            if first is not None and first < last:
                para_spans.append({"start_token": first, "end_token": last, "label": escape(label)})
        docs.append({"text": text[m.start() : m.end()], "tokens": [text[a:z] for a, z in toks], "spans": para_spans})
    if docs and title:
        docs[0]["title"] = escape(title)
    return docs


def render_article_html(result, doc_id: str) -> ArticleHTML:
    """The article as displaCy span HTML (a string that notebooks show rendered)."""
    from spacy import displacy

    text, spans = article_spans(result, doc_id)
    docs = result.documents[result.documents["doc_id"] == doc_id].iloc[0]
    title = s(docs["title"]) or doc_id
    colours = {escape(label): colour for _, _, label, colour in spans}
    parsed = manual_docs(text, spans, title=title)
    if not parsed:
        return ArticleHTML(f"<h2>{escape(title)}</h2><p>(no text)</p>")
    html = displacy.render(parsed, style="span", manual=True, jupyter=False, options={"colors": colours})
    return ArticleHTML(f'<div class="nlp-pipeline-article" lang="sv">{html}</div>')


def display_article(result, doc_id: str, jupyter: bool | None = None) -> ArticleHTML | None:
    """Render ``doc_id`` of ``result`` as displaCy span HTML.

    Like ``displacy.render``: in a notebook (``jupyter=None`` detects it, or ``jupyter=True``)
    the article is displayed and ``None`` returned; otherwise the HTML is returned (an
    ``str`` with ``_repr_html_``), to save or embed. Raises ``KeyError`` for an unknown ``doc_id``.
    """
    html = render_article_html(result, doc_id)
    if jupyter is None:
        from spacy.util import is_in_jupyter

        jupyter = is_in_jupyter()
    if jupyter:
        try:
            from IPython.display import HTML, display
        except ImportError:
            return html
        display(HTML(html))
        return None
    return html
