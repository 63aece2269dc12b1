"""The quote dev set scored as users get the product: ``analyze`` over the article folder.

``evaluate_dev(gold_path, articles_dir)`` runs :func:`nlp_pipeline.analyze` once over the
folder of gold articles (``doc_id`` = file name without ``.txt``, as the txt reader makes it)
and scores the tables it returns, for the old articles (numeric doc-id prefix below
``new_from``), the new ones, all of them, and the new ones by kind (``new:press`` 100–115,
``new:easy`` 120–135, ``new:tabloid`` 140–155):

* quotes from ``result.quotes`` with :func:`~nlp_pipeline.evaluate.quotes.score_quotes` at
  every overlap threshold (0.3, 0.5, 0.8); the headline numbers and the breakdowns use
  ``threshold`` (0.5): end-to-end F1 and speaker accuracy over all quotes, direct+mixed F1,
  indirect F1, and mixed recall (gold mixed quotes matched, in the one-to-one matching of all
  quotes, by a prediction of any type);
* speaker accuracy by the gold ``mention`` and by the gold ``speaker_kind``: among gold quotes
  matched (all quotes, any type), the share whose predicted speaker equals the gold one after
  :func:`normalise_speaker` (null equals null, so the ``none`` mention, whose gold speaker is
  null, is scored too); with the number of gold quotes and of matched ones;
* people and organisations: per article, the normalised names of the people (organisations)
  with at least one row of that document in ``result.entities`` against the gold ``people``
  (``organisations``), micro-averaged over the articles;
* error lists for analysis: per article the false positives and false negatives of people and
  organisations; missed gold quotes, spurious predictions and wrong speakers (each tagged with
  its doc id and group).

``format_dev(scores)`` renders the headline numbers and the speaker breakdowns as plain text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .quotes import THRESHOLDS, _prf, _span, match, normalise_speaker, read_gold, score_quotes

__all__ = ["KINDS", "MENTIONS", "SPEAKER_KINDS", "evaluate_dev", "format_dev", "group_of", "kind_of"]

MENTIONS = ("name", "pronoun", "role", "det-back-reference", "continuation", "none")
SPEAKER_KINDS = ("person", "organisation", "role")
# Kinds of the new articles, by doc-id prefix (README of the dev set).
KINDS = (("new:press", 100, 115), ("new:easy", 120, 135), ("new:tabloid", 140, 155))
_PREFIX = re.compile(r"^(\d+)")
_SNIPPET = 80


def _prefix(doc_id: str) -> int | None:
    m = _PREFIX.match(doc_id)
    return int(m.group(1)) if m else None


def group_of(doc_id: str, new_from: int = 100) -> str | None:
    """``old`` or ``new`` by the numeric doc-id prefix; ``None`` when there is none."""
    n = _prefix(doc_id)
    if n is None:
        return None
    return "new" if n >= new_from else "old"


def kind_of(doc_id: str, new_from: int = 100) -> str | None:
    """``new:press``, ``new:easy`` or ``new:tabloid`` for a new article in those prefix ranges."""
    n = _prefix(doc_id)
    if n is None or n < new_from:
        return None
    return next((name for name, lo, hi in KINDS if lo <= n <= hi), None)


def _snippet(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"


def _str(value: Any) -> str | None:
    """A table cell as text; ``None`` for missing values (pandas NA, NaN, None, '')."""
    if value is None:
        return None
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    value = str(value)
    return value or None


# ------------------------------------------------------------------ from the tables


def _predicted_quotes(result) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    q = result.quotes
    for row in q.itertuples(index=False):
        out.setdefault(str(row.doc_id), []).append(
            {
                "start_char": int(row.start_char),
                "end_char": int(row.end_char),
                "type": _str(row.type) or "direct",
                "speaker": _str(row.speaker),
                "speaker_kind": _str(row.speaker_kind),
                "text": _str(row.text),
                "method": _str(row.method),
            }
        )
    return out


def _names_by_doc(result, id_column: str, table, id_key: str) -> dict[str, dict[str, str]]:
    """doc_id -> {normalised name: name} of the people (organisations) with entity rows there."""
    names = {_str(i): _str(n) for i, n in zip(table[id_key], table["name"])}
    out: dict[str, dict[str, str]] = {}
    ents = result.entities
    for doc_id, ref in zip(ents["doc_id"], ents[id_column]):
        ref = _str(ref)
        if ref is None:
            continue
        name = names.get(ref)
        key = normalise_speaker(name)
        if key is not None:
            out.setdefault(str(doc_id), {}).setdefault(key, name)
    return out


# ------------------------------------------------------------------ scoring


def _set_scores(
    gold_by_doc: Mapping[str, list[str]], pred_by_doc: Mapping[str, Mapping[str, str]], doc_ids: Iterable[str]
) -> tuple[dict[str, Any], dict[str, dict[str, list[str]]]]:
    tp = n_pred = n_gold = 0
    errors = {}
    for doc_id in doc_ids:
        gold = {}
        for name in gold_by_doc.get(doc_id, []):
            key = normalise_speaker(name)
            if key is not None:
                gold.setdefault(key, name)
        pred = pred_by_doc.get(doc_id, {})
        tp += len(gold.keys() & pred.keys())
        n_pred += len(pred)
        n_gold += len(gold)
        errors[doc_id] = {
            "fp": sorted(pred[k] for k in pred.keys() - gold.keys()),
            "fn": sorted(gold[k] for k in gold.keys() - pred.keys()),
        }
    p, r, f = _prf(tp, n_pred, n_gold)
    return {"tp": tp, "n_pred": n_pred, "n_gold": n_gold, "precision": p, "recall": r, "f1": f}, errors


def _quote_details(gold_rec: Mapping[str, Any], pred: list[dict[str, Any]], threshold: float, group: str | None):
    """Matching of all quotes (any type) in one article: per-gold outcomes and error entries."""
    doc_id = gold_rec["doc_id"]
    gold = gold_rec.get("quotes", [])
    g_spans = [_span(q) for q in gold]
    p_spans = [_span(q) for q in pred]
    pairs = {gi: pi for gi, pi, _ov in match(g_spans, p_spans, threshold)}
    outcomes, missed, wrong, confusion = [], [], [], Counter()
    for gi, gq in enumerate(gold):
        pi = pairs.get(gi)
        gs = normalise_speaker(gq.get("speaker"))
        entry = {
            "doc_id": doc_id,
            "group": group,
            "start": gq["start"],
            "end": gq["end"],
            "type": gq["type"],
            "text": _snippet(gq.get("text")),
            "speaker": gq.get("speaker"),
            "speaker_kind": gq.get("speaker_kind"),
            "mention": gq.get("mention"),
        }
        if pi is None:
            outcomes.append((gq, False, False))
            missed.append(entry)
            continue
        pq = pred[pi]
        correct = gs == normalise_speaker(pq.get("speaker"))
        outcomes.append((gq, True, correct))
        confusion[f"{gq['type']}->{pq['type']}"] += 1
        if not correct:
            wrong.append(
                {
                    **entry,
                    "pred_speaker": pq.get("speaker"),
                    "pred_speaker_kind": pq.get("speaker_kind"),
                    "pred_type": pq["type"],
                    "pred_start": pq["start_char"],
                    "pred_end": pq["end_char"],
                    "method": pq.get("method"),
                }
            )
    used = set(pairs.values())
    spurious = [
        {
            "doc_id": doc_id,
            "group": group,
            "start": pq["start_char"],
            "end": pq["end_char"],
            "type": pq["type"],
            "text": _snippet(pq.get("text")),
            "speaker": pq.get("speaker"),
            "speaker_kind": pq.get("speaker_kind"),
            "method": pq.get("method"),
        }
        for pi, pq in enumerate(pred)
        if pi not in used
    ]
    return outcomes, missed, spurious, wrong, confusion


def _breakdown(outcomes: list[tuple[Mapping[str, Any], bool, bool]], field: str, keys: Iterable[str]) -> dict[str, Any]:
    counts: dict[str, list[int]] = {k: [0, 0, 0] for k in keys}
    for gq, matched, correct in outcomes:
        value = gq.get(field)
        c = counts.setdefault("null" if value is None else str(value), [0, 0, 0])
        c[0] += 1
        c[1] += matched
        c[2] += correct
    return {
        k: {
            "n_gold": n,
            "n_matched": m,
            "n_correct": ok,
            "accuracy": ok / m if m else 0.0,
            "e2e_recall": ok / n if n else 0.0,
        }
        for k, (n, m, ok) in counts.items()
    }


def _score_group(
    doc_ids: list[str],
    gold_by_id: Mapping[str, Mapping[str, Any]],
    predicted: Mapping[str, list[dict[str, Any]]],
    details: Mapping[str, tuple],
    people_scores: tuple,
    org_scores: tuple,
    thresholds: tuple[float, ...],
    threshold: float,
) -> dict[str, Any]:
    recs = [gold_by_id[d] for d in doc_ids]
    quotes = score_quotes(recs, {d: predicted.get(d, []) for d in doc_ids}, thresholds)
    at = quotes["thresholds"][f"{threshold:g}"]
    outcomes = [o for d in doc_ids for o in details[d][0]]
    mixed = [(gq, m) for gq, m, _ok in outcomes if gq["type"] == "mixed"]
    confusion = Counter()
    for d in doc_ids:
        confusion.update(details[d][4])
    people = _set_scores(*people_scores, doc_ids)[0]
    orgs = _set_scores(*org_scores, doc_ids)[0]
    n_mixed_found = sum(m for _gq, m in mixed)
    headline = {
        "n_articles": len(doc_ids),
        "n_gold_quotes": quotes["n_gold"],
        "n_pred_quotes": quotes["n_pred"],
        "e2e_f1": at["all"]["e2e_f1"],
        "e2e_precision": at["all"]["e2e_precision"],
        "e2e_recall": at["all"]["e2e_recall"],
        "quote_f1": at["all"]["f1"],
        "speaker_accuracy": at["all"]["speaker_accuracy"],
        "direct_mixed_f1": at["direct+mixed"]["f1"],
        "indirect_f1": at["indirect"]["f1"],
        "n_gold_mixed": len(mixed),
        "n_mixed_found": n_mixed_found,
        "mixed_recall": n_mixed_found / len(mixed) if mixed else 0.0,
        "people_precision": people["precision"],
        "people_recall": people["recall"],
        "people_f1": people["f1"],
        "orgs_precision": orgs["precision"],
        "orgs_recall": orgs["recall"],
        "orgs_f1": orgs["f1"],
        "n_missed_quotes": sum(len(details[d][1]) for d in doc_ids),
        "n_spurious_quotes": sum(len(details[d][2]) for d in doc_ids),
        "n_wrong_speakers": sum(len(details[d][3]) for d in doc_ids),
    }
    return {
        "doc_ids": list(doc_ids),
        "headline": headline,
        "quotes": quotes,
        "speaker_by_mention": _breakdown(outcomes, "mention", MENTIONS),
        "speaker_by_kind": _breakdown(outcomes, "speaker_kind", SPEAKER_KINDS),
        "type_confusion": dict(sorted(confusion.items())),
        "people": people,
        "organisations": orgs,
    }


def evaluate_dev(
    gold_path: str | Path,
    articles_dir: str | Path,
    *,
    nlp=None,
    model: str = "bundled",
    new_from: int = 100,
    threshold: float = 0.5,
    thresholds: Iterable[float] = THRESHOLDS,
) -> dict[str, Any]:
    """Analyse ``articles_dir`` with :func:`nlp_pipeline.analyze` once and score it against the
    gold JSONL at ``gold_path``, for the groups old, new, all and new:press/easy/tabloid."""
    from ..api import analyze

    if nlp is None:
        from .. import pipeline

        nlp = pipeline.get_nlp(model)
    thresholds = tuple(sorted(set(thresholds) | {threshold}))
    gold = read_gold(gold_path)
    gold_by_id = {rec["doc_id"]: rec for rec in gold}
    result = analyze([Path(articles_dir)], nlp=nlp)

    texts = {
        str(d): t
        for d, t, s in zip(result.documents["doc_id"], result.documents["text"], result.documents["status"])
        if s == "ok"
    }
    failed = sorted({str(d) for d in result.errors["doc_id"] if _str(d)} & gold_by_id.keys())
    missing = [d for d in gold_by_id if d not in texts and d not in failed]
    # Gold offsets index into the article file; the tables index into documents.text.
    offset_mismatches = [
        {"doc_id": rec["doc_id"], "start": q["start"], "end": q["end"]}
        for rec in gold
        if rec["doc_id"] in texts
        for q in rec.get("quotes", [])
        if "text" in q and texts[rec["doc_id"]][q["start"] : q["end"]] != q["text"]
    ]

    predicted = _predicted_quotes(result)
    people_pred = _names_by_doc(result, "person_id", result.people, "person_id")
    org_pred = _names_by_doc(result, "org_id", result.organisations, "org_id")
    people_gold = {d: rec.get("people", []) for d, rec in gold_by_id.items()}
    org_gold = {d: rec.get("organisations", []) for d, rec in gold_by_id.items()}

    groups_of = {d: group_of(d, new_from) for d in gold_by_id}
    details = {d: _quote_details(rec, predicted.get(d, []), threshold, groups_of[d]) for d, rec in gold_by_id.items()}
    members: dict[str, list[str]] = {"old": [], "new": [], "all": list(gold_by_id)}
    for name, _lo, _hi in KINDS:
        members[name] = []
    for d in gold_by_id:
        if groups_of[d] is not None:
            members[groups_of[d]].append(d)
        kind = kind_of(d, new_from)
        if kind is not None:
            members[kind].append(d)

    groups = {
        name: _score_group(
            ids, gold_by_id, predicted, details, (people_gold, people_pred), (org_gold, org_pred), thresholds, threshold
        )
        for name, ids in members.items()
    }
    _, people_err = _set_scores(people_gold, people_pred, gold_by_id)
    _, org_err = _set_scores(org_gold, org_pred, gold_by_id)

    def per_article(errs):
        return {d: {"group": groups_of[d], **e} for d, e in errs.items() if e["fp"] or e["fn"]}

    meta = getattr(nlp, "meta", {}) or {}
    return {
        "model": str(model),
        "model_meta": f"{meta.get('lang', '')}_{meta.get('name', '')} {meta.get('version', '')}".strip(" _"),
        "pipes": list(getattr(nlp, "pipe_names", [])),
        "gold": str(gold_path),
        "articles": str(articles_dir),
        "threshold": threshold,
        "thresholds": [f"{t:g}" for t in thresholds],
        "new_from": new_from,
        "n_articles": len(gold_by_id),
        "missing_articles": missing,
        "failed_articles": failed,
        "offset_mismatches": offset_mismatches,
        "groups": groups,
        "errors": {
            "people": per_article(people_err),
            "organisations": per_article(org_err),
            "quotes": {
                "missed": [e for d in gold_by_id for e in details[d][1]],
                "spurious": [e for d in gold_by_id for e in details[d][2]],
                "wrong_speaker": [e for d in gold_by_id for e in details[d][3]],
            },
        },
    }


# ------------------------------------------------------------------ report


def _f(x: float) -> str:
    return f"{x:.3f}"


def format_dev(scores: Mapping[str, Any]) -> str:
    """Plain-text report: headline numbers per group, then speaker accuracy by mention and kind."""
    groups = scores["groups"]
    th = scores.get("threshold", 0.5)
    model = scores.get("model") or "?"
    if scores.get("model_meta"):
        model += f" ({scores['model_meta']})"
    lines = [
        f"Quote dev set: {scores['n_articles']} articles, model {model}, "
        f"overlap {th:g}, new = doc-id prefix >= {scores.get('new_from', 100)}"
    ]
    for key, label in (("missing_articles", "missing"), ("failed_articles", "failed")):
        if scores.get(key):
            lines.append(f"  {label} (scored as empty): {', '.join(scores[key])}")
    if scores.get("offset_mismatches"):
        lines.append(f"  WARNING: {len(scores['offset_mismatches'])} gold spans do not match documents.text")
    lines.append("")
    head = (
        f"{'group':<12} {'arts':>4} {'gold':>4} {'pred':>4}  {'e2e F1':>6} {'spk acc':>7} {'d+m F1':>6} "
        f"{'ind F1':>6} {'mixed R':>9}  {'people P/R/F1':<17}  {'orgs P/R/F1':<17}"
    )
    lines += [head, "-" * len(head)]
    for name, g in groups.items():
        h = g["headline"]
        mixed = f"{h['n_mixed_found']}/{h['n_gold_mixed']}" if h["n_gold_mixed"] else "-"
        lines.append(
            f"{name:<12} {h['n_articles']:>4} {h['n_gold_quotes']:>4} {h['n_pred_quotes']:>4}  {_f(h['e2e_f1']):>6} "
            f"{_f(h['speaker_accuracy']):>7} {_f(h['direct_mixed_f1']):>6} {_f(h['indirect_f1']):>6} {mixed:>9}  "
            f"{_f(h['people_precision'])} {_f(h['people_recall'])} {_f(h['people_f1'])}  "
            f"{_f(h['orgs_precision'])} {_f(h['orgs_recall'])} {_f(h['orgs_f1'])}"
        )
    lines.append("")
    lines.append("errors (missed quotes / spurious / wrong speaker; people FP/FN; orgs FP/FN):")
    for name in ("old", "new"):
        if name not in groups:
            continue
        h, g = groups[name]["headline"], groups[name]
        pe, oe = g["people"], g["organisations"]
        lines.append(
            f"  {name:<4} {h['n_missed_quotes']} / {h['n_spurious_quotes']} / {h['n_wrong_speakers']};  "
            f"people {pe['n_pred'] - pe['tp']}/{pe['n_gold'] - pe['tp']};  "
            f"orgs {oe['n_pred'] - oe['tp']}/{oe['n_gold'] - oe['tp']}"
        )
    cols = [n for n in ("old", "new", "all") if n in groups]
    for field, title in (("speaker_by_mention", "gold mention"), ("speaker_by_kind", "gold speaker kind")):
        lines.append("")
        lines.append(f"speaker accuracy by {title} (matched quotes of any type; ok = right speaker, null = null):")
        lines.append(f"  {'':<19}" + "".join(f"  {c:^21}" for c in cols))
        lines.append(f"  {'':<19}" + "".join(f"  {'ok/matched':>10} {'acc':>5} {'gold':>4}" for _ in cols))
        keys = list(dict.fromkeys(k for c in cols for k in groups[c][field]))
        for k in keys:
            cells = []
            for c in cols:
                s = groups[c][field].get(k) or {"n_gold": 0, "n_matched": 0, "n_correct": 0, "accuracy": 0.0}
                acc = _f(s["accuracy"]) if s["n_matched"] else "-"
                cells.append(f"  {s['n_correct']:>5}/{s['n_matched']:<4} {acc:>5} {s['n_gold']:>4}")
            lines.append(f"  {k:<19}" + "".join(cells))
    return "\n".join(lines)
