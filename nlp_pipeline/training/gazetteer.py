"""Entity-ruler patterns from the svensktext gazetteers (places, agencies).

``build_patterns(corpora)`` reads ``svensktext/platser`` (municipalities, counties,
countries and capitals, place names) as LOC and ``svensktext/organisationer/
myndigheter.tsv`` (Swedish government agencies) as ORG. Whether the patterns help
the statistical NER is measured by ``python -m nlp_pipeline.training.gazetteer``,
which scores the model on the hold-out sets without and with an entity ruler
after the NER (filling only gaps the NER left).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path


def _column(path: Path, name: str, delimiter: str = ",") -> list[str]:
    with open(path, encoding="utf-8", newline="") as fh:
        return [row[name].strip() for row in csv.DictReader(fh, delimiter=delimiter) if row.get(name)]


def build_patterns(corpora: Path) -> list[dict]:
    base = corpora / "svensktext"
    places: set[str] = set()
    for name in _column(base / "platser/kommuner.csv", "name"):
        places.add(name.removesuffix(" kommun"))
    places.update(_column(base / "platser/lan.csv", "name") if (base / "platser/lan.csv").exists() else [])
    places.update(_column(base / "platser/lander.csv", "country"))
    places.update(_column(base / "platser/lander.csv", "capital"))
    places.update(_column(base / "platser/ortsnamn.csv", "city"))
    orgs = set(_column(base / "organisationer/myndigheter.tsv", "name", delimiter="\t"))
    # Municipalities acting as organisations are written with "kommun".
    orgs.update(_column(base / "platser/kommuner.csv", "name"))
    patterns = [{"label": "LOC", "pattern": p} for p in sorted(places) if len(p) > 2]
    patterns += [{"label": "ORG", "pattern": o} for o in sorted(orgs) if len(o) > 2]
    return patterns


def compare(model: str, data: Path, corpora: Path) -> str:
    import spacy

    import nlp_pipeline.nlp.loading  # noqa: F401

    from .evaluate import evaluate_model, format_markdown

    plain = evaluate_model(model, data)
    nlp = spacy.load(model)
    ruler = nlp.add_pipe("entity_ruler", after="ner", config={"overwrite_ents": False, "phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(build_patterns(corpora))
    with_ruler = evaluate_model(nlp, data)
    return "Without gazetteer:\n\n" + format_markdown(plain) + "\n\nWith gazetteer entity ruler after NER:\n\n" + format_markdown(with_ruler)


if __name__ == "__main__":
    model = sys.argv[1] if len(sys.argv) > 1 else "models/sv_news_nlp"
    print(compare(model, Path("training-data"), Path(sys.argv[2] if len(sys.argv) > 2 else "../shared/corpora")))
