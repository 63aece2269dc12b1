"""The report's data: a Result's tables turned into one compact JSON payload.

Rows are lists (field order given in :data:`FIELDS`, shipped in the payload)
and rows refer to each other by index, so 10,000 quotes stay small. Article
texts and their entity spans are not in the payload: :func:`doc_blocks` gives
one JSON block per document, parsed by the page only when an article is opened.

Speakers are numbered by number of quotes (most first); the speaker index also
picks the speaker's colour (:func:`speaker_colour`), in HTML and terminal alike.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any

import pandas as pd

from ..tables import cell_text as s  # a table cell as text: "" for missing values

# Light, distinct backgrounds for quote highlighting (dark text stays readable).
PALETTE = [
    "#ffd6a5",
    "#caffbf",
    "#9bf6ff",
    "#bdb2ff",
    "#ffc6ff",
    "#fdffb6",
    "#a0c4ff",
    "#ffadad",
    "#d0f4de",
    "#e4c1f9",
    "#fcf6bd",
    "#b8e0d2",
    "#f1c0e8",
    "#cfbaf0",
    "#98f5e1",
    "#ffcfd2",
]
UNKNOWN_COLOUR = "#e0e0e0"
ENTITY_LABELS = ["PER", "ORG", "LOC", "MISC"]

FIELDS = {
    "docs": ["doc_id", "title", "date", "date_iso", "url", "n_quotes", "n_entities", "status", "error", "source"],
    "speakers": ["name", "person", "org", "n_quotes"],
    "quotes": ["doc", "speaker", "text", "start", "end", "cue", "type", "sm_start", "sm_end"],
    "people": [
        "person_id",
        "name",
        "roles",
        "affiliations",
        "variants",
        "n_mentions",
        "n_documents",
        "n_quotes",
        "gender",
        "docs",
        "speaker",
    ],
    "orgs": ["org_id", "name", "n_mentions", "n_documents", "n_quotes", "people", "docs", "speaker"],
}


def speaker_colour(index: int | None) -> str:
    """Background colour of speaker ``index`` (``None``/negative: no known speaker)."""
    if index is None or index < 0:
        return UNKNOWN_COLOUR
    return PALETTE[index % len(PALETTE)]


def i(value: Any, default: int = -1) -> int:
    text = s(value)
    try:
        return int(float(text)) if text else default
    except ValueError:
        return default


def as_list(value: Any) -> list:
    if value is None:
        return []
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        return [s(v) for v in value if s(v)]
    text = s(value)
    return [text] if text else []


def iso_dates(dates: pd.Series) -> list[str]:
    """``YYYY-MM-DD`` for each parseable date, else ``""``."""
    raw = dates.map(s)
    parsed = pd.to_datetime(raw.where(raw != ""), errors="coerce", utc=True, format="mixed")
    return ["" if pd.isna(d) else d.strftime("%Y-%m-%d") for d in parsed]


def speaker_order(quotes: pd.DataFrame) -> list[tuple[str, str]]:
    """``(speaker name, speaker_id)`` pairs, most quotes first, then by name."""
    keys = [(s(n), s(sid)) for n, sid in zip(quotes["speaker"], quotes["speaker_id"])] if len(quotes) else []
    counts = Counter(k for k in keys if k[0] or k[1])
    return sorted(counts, key=lambda k: (-counts[k], k[0].casefold(), k[1]))


def build_payload(result) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The page payload and the per-document blocks (same order as ``payload["docs"]``)."""
    docs_df, ents, quotes = result.documents, result.entities, result.quotes
    people_df, orgs_df = result.people, result.organisations

    doc_index = {s(d): n for n, d in enumerate(docs_df["doc_id"])}
    person_index = {s(p): n for n, p in enumerate(people_df["person_id"])}
    org_index = {s(o): n for n, o in enumerate(orgs_df["org_id"])}

    n_ents = Counter(map(s, ents["doc_id"]))
    n_quotes = Counter(map(s, quotes["doc_id"]))
    dates = iso_dates(docs_df["date"]) if len(docs_df) else []
    docs = [
        [
            s(r.doc_id),
            s(r.title),
            s(r.date),
            dates[n],
            s(r.url),
            n_quotes.get(s(r.doc_id), 0),
            n_ents.get(s(r.doc_id), 0),
            s(r.status) or "ok",
            s(r.error),
            s(r.source),
        ]
        for n, r in enumerate(docs_df.itertuples(index=False))
    ]

    speakers_keys = speaker_order(quotes)
    speaker_index = {k: n for n, k in enumerate(speakers_keys)}
    speaker_counts = Counter((s(n), s(sid)) for n, sid in zip(quotes["speaker"], quotes["speaker_id"]))
    speakers = [
        [name or sid, person_index.get(sid, -1), org_index.get(sid, -1), speaker_counts[(name, sid)]]
        for name, sid in speakers_keys
    ]
    # A person's (or organisation's) main speaker entry: the one with most quotes.
    person_speaker: dict[int, int] = {}
    org_speaker: dict[int, int] = {}
    for n, (_name, p, o, _c) in enumerate(speakers):
        if p >= 0:
            person_speaker.setdefault(p, n)
        if o >= 0:
            org_speaker.setdefault(o, n)

    quote_rows = []
    for q in quotes.itertuples(index=False):
        key = (s(q.speaker), s(q.speaker_id))
        quote_rows.append(
            [
                doc_index.get(s(q.doc_id), -1),
                speaker_index.get(key, -1),
                s(q.text),
                i(q.start_char),
                i(q.end_char),
                s(q.cue),
                s(q.type),
                i(q.speaker_mention_start),
                i(q.speaker_mention_end),
            ]
        )

    person_docs: dict[str, set[int]] = defaultdict(set)
    org_docs: dict[str, set[int]] = defaultdict(set)
    for d, p, o in zip(ents["doc_id"], ents["person_id"], ents["org_id"]):
        d_i = doc_index.get(s(d), -1)
        if d_i < 0:
            continue
        if s(p):
            person_docs[s(p)].add(d_i)
        if s(o):
            org_docs[s(o)].add(d_i)
    for d, sid in zip(quotes["doc_id"], quotes["speaker_id"]):
        d_i = doc_index.get(s(d), -1)
        if d_i >= 0 and s(sid):
            (org_docs if s(sid).startswith("O-") else person_docs)[s(sid)].add(d_i)

    people = [
        [
            s(r.person_id),
            s(r.name),
            as_list(r.roles),
            as_list(r.affiliations),
            as_list(r.variants),
            i(r.n_mentions, 0),
            i(r.n_documents, 0),
            i(r.n_quotes, 0),
            s(r.gender),
            sorted(person_docs.get(s(r.person_id), ())),
            person_speaker.get(n, -1),
        ]
        for n, r in enumerate(people_df.itertuples(index=False))
    ]
    orgs = [
        [
            s(r.org_id),
            s(r.name),
            i(r.n_mentions, 0),
            i(r.n_documents, 0),
            i(r.n_quotes, 0),
            as_list(r.people),
            sorted(org_docs.get(s(r.org_id), ())),
            org_speaker.get(n, -1),
        ]
        for n, r in enumerate(orgs_df.itertuples(index=False))
    ]

    payload = {
        "fields": FIELDS,
        "palette": PALETTE,
        "unknown_colour": UNKNOWN_COLOUR,
        "labels": ENTITY_LABELS,
        "docs": docs,
        "speakers": speakers,
        "quotes": quote_rows,
        "people": people,
        "orgs": orgs,
        "n_errors": len(result.errors),
    }
    return payload, doc_blocks(result, doc_index, person_index, org_index)


def doc_blocks(
    result, doc_index: dict[str, int], person_index: dict[str, int], org_index: dict[str, int]
) -> list[dict[str, Any]]:
    """Per document: its text, entity spans ``[start, end, label, person, org]`` and boilerplate ranges."""
    spans: dict[int, list[list[int]]] = defaultdict(list)
    ents = result.entities
    labels = {label: n for n, label in enumerate(ENTITY_LABELS)}
    for d, start, end, label, p, o in zip(
        ents["doc_id"], ents["start_char"], ents["end_char"], ents["label"], ents["person_id"], ents["org_id"]
    ):
        d_i = doc_index.get(s(d), -1)
        if d_i >= 0 and i(start) >= 0 and i(end) > i(start):
            spans[d_i].append(
                [i(start), i(end), labels.get(s(label), 3), person_index.get(s(p), -1), org_index.get(s(o), -1)]
            )
    blocks = []
    for n, r in enumerate(result.documents.itertuples(index=False)):
        boiler = [[i(a), i(b)] for a, b in (list(x)[:2] for x in as_raw_list(r.boilerplate)) if i(b) > i(a) >= 0]
        blocks.append({"text": s(r.text), "ents": sorted(spans.get(n, [])), "bp": boiler})
    return blocks


def as_raw_list(value: Any) -> list:
    if value is None:
        return []
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            return []
    if not isinstance(value, (list, tuple)):
        return []
    return [
        v.tolist() if hasattr(v, "tolist") else v for v in value if isinstance(v, (list, tuple)) or hasattr(v, "tolist")
    ]


def to_script_json(value: Any) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&`` left raw."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
