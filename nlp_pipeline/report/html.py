"""The self-contained HTML report: one file, inline CSS, JS, JSON data and SVG charts.

The page opens without network access; a Content-Security-Policy allows only its
own script (by hash) and nothing from outside. Data is embedded as JSON in
``<script type="application/json">`` blocks (one for the tables, one per article
text) and rendered client-side, always as text.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html import escape
from importlib import resources

from . import charts
from .data import build_payload, speaker_colour, to_script_json

_SLOT = re.compile(r"\{\{(\w+)\}\}")


def asset(name: str) -> str:
    return resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")


def script_hash(js: str) -> str:
    """CSP source for an inline script: ``sha256-<base64>``."""
    return "sha256-" + base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii")


def summary(payload: dict) -> str:
    ok = sum(1 for d in payload["docs"] if d[7] == "ok")
    parts = [
        f"{ok:,} artiklar".replace(",", " "),
        f"{len(payload['quotes']):,} citat".replace(",", " "),
        f"{len(payload['speakers']):,} talare".replace(",", " "),
        f"{len(payload['people']):,} personer".replace(",", " "),
        f"{len(payload['orgs']):,} organisationer".replace(",", " "),
    ]
    if payload["n_errors"]:
        parts.append(f"{payload['n_errors']} fel")
    return " · ".join(parts)


def chart_svgs(result, payload: dict) -> tuple[str, str]:
    speakers = [
        (name, count, speaker_colour(n), f"#/person/{p}" if p >= 0 else f"#/org/{o}" if o >= 0 else f"#/speaker/{n}")
        for n, (name, p, o, count) in enumerate(payload["speakers"])
    ]
    dates = {d[0]: d[3] for d in payload["docs"]}
    ents = result.entities
    people_orgs = ents[ents["label"].isin(["PER", "ORG"])] if len(ents) else ents
    series = {
        "omnämnanden (personer, org.)": [dates.get(str(d), "") for d in people_orgs["doc_id"]],
        "citat": [payload["docs"][q[0]][3] if q[0] >= 0 else "" for q in payload["quotes"]],
    }
    return charts.speaker_bars(speakers), charts.timeline(series)


def render_html(result, title: str = "nlp-pipeline: rapport") -> str:
    """The whole report page for a :class:`nlp_pipeline.api.Result`, as a string."""
    from .. import __version__

    payload, blocks = build_payload(result)
    js = asset("report.js")
    chart_speakers, chart_time = chart_svgs(result, payload)
    slots = {
        "title": escape(title),
        "version": escape(__version__),
        "summary": escape(summary(payload)),
        "css": asset("report.css"),
        "js": js,
        "script_hash": script_hash(js),
        "payload": to_script_json(payload),
        "doc_blocks": "\n".join(
            f'<script type="application/json" id="doc-{n}">{to_script_json(b)}</script>' for n, b in enumerate(blocks)
        ),
        "chart_speakers": chart_speakers,
        "chart_time": chart_time,
    }
    # One pass: text put into a slot is never scanned for slots again.
    return _SLOT.sub(lambda m: slots[m.group(1)], asset("report.html"))
