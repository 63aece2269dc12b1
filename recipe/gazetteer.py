"""Entity-ruler patterns from the svensktext gazetteers (first names, places, agencies).

``person_patterns(corpora)`` turns the SCB given names (``tilltalsnamn``, at least
``MIN_BEARERS`` bearers, Swedish function words left out) into token patterns
"given name + capitalised words" labelled PER, for a ruler before the NER (the
NER keeps what the ruler set and labels the rest). ``build_patterns(corpora)`` reads
``svensktext/platser`` (municipalities, counties, countries and capitals, place names) as LOC and
``svensktext/organisationer/myndigheter.tsv`` (Swedish government agencies) as ORG. Whether the patterns help
the statistical NER is measured by ``python -m recipe.gazetteer``,
which scores the model on the hold-out sets without and with an entity ruler
after the NER (filling only gaps the NER left).
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path


def svensktext_rows(path: Path, delimiter: str = ",") -> Iterator[dict[str, str]]:
    """The rows of one svensktext list as dicts (a byte-order mark, where present, is dropped)."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        yield from csv.DictReader(fh, delimiter=delimiter)


def _column(path: Path, name: str, delimiter: str = ",") -> list[str]:
    return [row[name].strip() for row in svensktext_rows(path, delimiter) if row.get(name)]


MIN_BEARERS = 300


def given_names(corpora: Path, min_bearers: int = MIN_BEARERS) -> list[str]:
    from spacy.lang.sv.stop_words import STOP_WORDS

    names = set()
    for sex in ("kvinnor", "man"):
        for row in svensktext_rows(corpora / f"svensktext/namn/tilltalsnamn-{sex}.csv"):
            name = row["name"].strip()
            if int(row["persons"]) >= min_bearers and len(name) > 1 and name.lower() not in STOP_WORDS:
                names.add(name)
    return sorted(names)


def person_patterns(corpora: Path) -> list[dict]:
    names = given_names(corpora)
    surname = {"IS_TITLE": True, "IS_SENT_START": False}
    return [
        {"label": "PER", "pattern": [{"ORTH": {"IN": names}}, surname]},
        {"label": "PER", "pattern": [{"ORTH": {"IN": names}}, surname, surname]},
        {"label": "PER", "pattern": [{"ORTH": {"IN": names}}, {"ORTH": {"IN": names}}, surname]},
    ]


# Head words that make a capitalised name an organisation: "Musikhögskolan",
# "Skolverket", "Botkyrka kommun", "Interactive Institute".
ORG_SUFFIXES = (
    "högskolan|universitetet|institutet|myndigheten|verket|styrelsen|förbundet|föreningen|partiet|"
    "banken|bolaget|akademien|museet|teatern|operan|stiftelsen|rådet|nämnden|kommittén|departementet|"
    "domstolen|tingsrätten|hovrätten|sjukhuset|skolan|gymnasiet|klubben|kassan|inspektionen|centret|centrum"
)
ORG_HEADS = [
    "kommun",
    "landsting",
    "region",
    "regionen",
    "universitet",
    "högskola",
    "kyrka",
    "kyrkan",
    "AB",
    "institute",
    "Institute",
    "University",
    "College",
    "Council",
    "Agency",
    "Bank",
    "Group",
    "Inc",
    "Ltd",
]


def organisation_patterns() -> list[dict]:
    lead = {"IS_TITLE": True, "IS_STOP": False, "OP": "*"}
    suffixed = {"IS_TITLE": True, "LOWER": {"REGEX": f"^\\w+({ORG_SUFFIXES})$"}}
    place = [{"LOWER": "i"}, {"IS_TITLE": True, "IS_STOP": False}]
    return [
        {"label": "ORG", "pattern": [lead, suffixed]},
        {"label": "ORG", "pattern": [lead, suffixed, *place]},
        {"label": "ORG", "pattern": [{"IS_TITLE": True, "IS_STOP": False, "OP": "+"}, {"ORTH": {"IN": ORG_HEADS}}]},
    ]


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


def add_person_ruler(nlp, corpora: Path):
    ruler = nlp.add_pipe("entity_ruler", name="person_names", before="ner", config={"overwrite_ents": False})
    ruler.add_patterns(person_patterns(corpora))
    return nlp


def add_organisation_ruler(nlp):
    ruler = nlp.add_pipe("entity_ruler", name="organisation_names", before="ner", config={"overwrite_ents": False})
    ruler.add_patterns(organisation_patterns())
    return nlp


def add_place_ruler(nlp, corpora: Path):
    ruler = nlp.add_pipe(
        "entity_ruler", name="gazetteer", after="ner", config={"overwrite_ents": False, "phrase_matcher_attr": "ORTH"}
    )
    ruler.add_patterns(build_patterns(corpora))
    return nlp


def compare(model: str, data: Path, corpora: Path) -> str:
    import spacy

    from nlp_pipeline.nlp import paragraphs, tokenizer  # noqa: F401  (register the project's parts)

    from .evaluate import evaluate_model, format_markdown

    variants = {
        "model alone": lambda nlp: nlp,
        "+ given-name ruler before NER": lambda nlp: add_person_ruler(nlp, corpora),
        "+ organisation-name rules before NER": lambda nlp: add_organisation_ruler(nlp),
        "+ given names and organisation rules": lambda nlp: add_organisation_ruler(add_person_ruler(nlp, corpora)),
        "+ place/agency ruler after NER": lambda nlp: add_place_ruler(nlp, corpora),
    }
    parts = []
    for name, build in variants.items():
        scores = evaluate_model(build(spacy.load(model)), data)
        parts.append(f"**{name}**\n\n" + format_markdown({k: v for k, v in scores.items()}).split("\n\n")[0])
    return "\n\n".join(parts)


if __name__ == "__main__":
    model = sys.argv[1] if len(sys.argv) > 1 else "models/sv_news_nlp"
    print(compare(model, Path("training-data"), Path(sys.argv[2] if len(sys.argv) > 2 else "../shared/corpora")))
