"""Score quote attribution against gold JSONL (format: quotes-dev GUIDELINES.md).

* A predicted quote matches a gold quote when shared characters divided by the
  longer span reach the threshold (0.3, 0.5, 0.8); matching is one-to-one,
  greedy by overlap.
* Quote precision/recall/F1 for direct+mixed, indirect, and all quotes.
* Speaker accuracy: among matched quotes with a non-null gold speaker, the share
  whose predicted speaker is the same after case-folding, stripping punctuation
  and collapsing white space.
* End-to-end: a match whose speaker is also right (null equals null).

``evaluate_quotes(gold_path, articles_dir)`` runs the pipeline on
``articles_dir/<doc_id>.txt`` and scores it; ``score_quotes`` scores given
predictions; ``format_table`` renders the result as text.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

THRESHOLDS = (0.3, 0.5, 0.8)
CATEGORIES = {
    "direct+mixed": {"direct", "mixed"},
    "indirect": {"indirect"},
    "all": {"direct", "mixed", "indirect"},
}
_WS = re.compile(r"\s+")


def normalise_speaker(name: str | None) -> str | None:
    if name is None:
        return None
    s = "".join(c for c in str(name).casefold() if not unicodedata.category(c).startswith("P"))
    s = _WS.sub(" ", s).strip()
    return s or None


def _span(q: Any) -> tuple[int, int, str, str | None]:
    """(start, end, type, speaker) of a gold dict, a prediction dict or a Quote."""
    if isinstance(q, Mapping):
        start = q["start_char"] if "start_char" in q else q["start"]
        end = q["end_char"] if "end_char" in q else q["end"]
        return int(start), int(end), q.get("type", "direct"), q.get("speaker")
    return int(q.start_char), int(q.end_char), q.type, q.speaker


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    longer = max(a[1] - a[0], b[1] - b[0])
    return shared / longer if shared > 0 and longer > 0 else 0.0


def match(gold: list[tuple], pred: list[tuple], threshold: float) -> list[tuple[int, int, float]]:
    """One-to-one greedy matching by overlap: (gold index, pred index, overlap)."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = overlap((g[0], g[1]), (p[0], p[1]))
            if ov >= threshold and ov > 0:
                pairs.append((ov, gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g, used_p, out = set(), set(), []
    for ov, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, ov))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_quotes(
    gold_records: Iterable[Mapping[str, Any]],
    predicted_by_doc: Mapping[str, Iterable[Any]],
    thresholds: Iterable[float] = THRESHOLDS,
) -> dict[str, Any]:
    """Score predictions (Quote objects or dicts) against gold article records."""
    gold_records = list(gold_records)
    thresholds = tuple(thresholds)
    docs = []
    for rec in gold_records:
        doc_id = rec["doc_id"]
        gold = [_span(q) for q in rec.get("quotes", [])]
        pred = [_span(q) for q in predicted_by_doc.get(doc_id, [])]
        docs.append((doc_id, gold, pred))
    result: dict[str, Any] = {
        "n_docs": len(docs),
        "n_gold": sum(len(g) for _, g, _ in docs),
        "n_pred": sum(len(p) for _, _, p in docs),
        "thresholds": {},
    }
    for th in thresholds:
        by_cat = {}
        for cat, types in CATEGORIES.items():
            tp = n_gold = n_pred = spk_n = spk_ok = e2e = 0
            for _doc_id, gold, pred in docs:
                g = [q for q in gold if q[2] in types]
                p = [q for q in pred if q[2] in types]
                n_gold += len(g)
                n_pred += len(p)
                for gi, pi, _ov in match(g, p, th):
                    tp += 1
                    gs, ps = normalise_speaker(g[gi][3]), normalise_speaker(p[pi][3])
                    if gs is not None:
                        spk_n += 1
                        spk_ok += gs == ps
                    e2e += gs == ps
            pr, rc, f1 = _prf(tp, n_pred, n_gold)
            ep, er, ef = _prf(e2e, n_pred, n_gold)
            by_cat[cat] = {
                "n_gold": n_gold,
                "n_pred": n_pred,
                "tp": tp,
                "precision": pr,
                "recall": rc,
                "f1": f1,
                "speaker_n": spk_n,
                "speaker_correct": spk_ok,
                "speaker_accuracy": spk_ok / spk_n if spk_n else 0.0,
                "e2e_tp": e2e,
                "e2e_precision": ep,
                "e2e_recall": er,
                "e2e_f1": ef,
            }
        result["thresholds"][f"{th:g}"] = by_cat
    return result


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def read_article(path: str | Path) -> str:
    """Article text exactly as stored: UTF-8, no newline translation."""
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def predict(nlp, text: str, doc_id: str):
    """The quotes the pipeline finds in one article (it must have the ``swedish_quotes`` component)."""
    from ..io.records import Article
    from ..process import make_doc

    doc = nlp(make_doc(nlp, Article(doc_id=doc_id, text=text, source=doc_id)))
    if doc._.quotes is None:
        raise ValueError("the pipeline has no quote component: add 'swedish_entities' and 'swedish_quotes'")
    return doc._.quotes


def evaluate_quotes(gold_path: str | Path, articles_dir: str | Path, nlp=None) -> dict[str, Any]:
    """Run the pipeline on every gold article and score its quotes."""
    if nlp is None:
        from ..pipeline import load

        nlp = load()
    gold = read_gold(gold_path)
    articles_dir = Path(articles_dir)
    predicted = {}
    missing = []
    for rec in gold:
        doc_id = rec["doc_id"]
        path = articles_dir / f"{doc_id}.txt"
        if not path.exists():
            missing.append(doc_id)  # scored as an article without predictions
            continue
        predicted[doc_id] = predict(nlp, read_article(path), doc_id)
    scores = score_quotes(gold, predicted)
    scores["missing_articles"] = missing
    scores["model"] = str(nlp.meta.get("name", "")) + " " + str(nlp.meta.get("version", ""))
    return scores


def format_table(scores: Mapping[str, Any]) -> str:
    """Plain-text table: one row per threshold and category."""
    head = (
        f"{'overlap':>7}  {'quotes':<13} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}  {'spk acc':>7}  "
        f"{'e2e P':>6} {'e2e R':>6} {'e2e F1':>6}"
    )
    lines = [head, "-" * len(head)]
    for th, cats in scores["thresholds"].items():
        for cat, s in cats.items():
            lines.append(
                f"{th:>7}  {cat:<13} {s['n_gold']:>5} {s['n_pred']:>5} {s['precision']:>6.3f} {s['recall']:>6.3f} "
                f"{s['f1']:>6.3f}  {s['speaker_accuracy']:>7.3f}  {s['e2e_precision']:>6.3f} {s['e2e_recall']:>6.3f} "
                f"{s['e2e_f1']:>6.3f}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Score quote attribution against gold JSONL.")
    ap.add_argument("gold")
    ap.add_argument("--articles", required=True)
    ap.add_argument("--model", default="bundled")
    args = ap.parse_args(argv)
    from ..pipeline import load

    print(format_table(evaluate_quotes(args.gold, args.articles, load(args.model))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
