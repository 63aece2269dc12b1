"""A synthetic Result with Swedish text, for report tests, demos and the size benchmark.

:func:`synthetic_result` builds all six tables with the schemas of
``nlp_pipeline.tables`` (consistent offsets, ids and counts), without a model:

>>> result = synthetic_result(n_quotes=10_000, n_docs=1_000)
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from datetime import date, timedelta

from nlp_pipeline import tables as T

FIRST = [
    "Eva",
    "Anna",
    "Björn",
    "Åsa",
    "Örjan",
    "Märta",
    "Lars",
    "Karin",
    "Jöns",
    "Sofia",
    "Per",
    "Ulla",
    "Göran",
    "Maria",
    "Ali",
    "Fatima",
    "Nils",
    "Ingrid",
    "Håkan",
    "Elin",
]
LAST = [
    "Jansson",
    "Berg",
    "Åkesson",
    "Öberg",
    "Lindström",
    "Ek",
    "Söderberg",
    "Nyström",
    "Hägglund",
    "Karlsson",
    "Ståhl",
    "Wärn",
    "Holm",
    "Sandén",
    "Björk",
]
ORGS = [
    "Kulturen i Botkyrka",
    "Region Stockholm",
    "Piteå kommun",
    "Länsstyrelsen",
    "Svenska Dagbladet",
    "Volvo",
    "Försäkringskassan",
    "Göteborgs universitet",
    "Riksdagen",
    "Arbetsförmedlingen",
]
ROLES = ["chef", "kommunalråd", "forskare", "ordförande", "pressekreterare", "professor", "vd", "minister"]
PLACES = ["Botkyrka", "Piteå", "Göteborg", "Malmö", "Umeå", "Örebro", "Västerås", "Luleå"]
WORDS = (
    "vi är glada över att beslutet äntligen är fattat och att arbetet kan börja redan i höst "
    "det här är en viktig fråga för många människor i hela länet som väntat länge på besked "
    "jag tror inte att det räcker men det är ett första steg mot något bättre för alla "
    "kostnaderna ökar snabbare än väntat och därför måste vi se över budgeten igen"
).split()
FILLER = (
    "Kommunen har under flera år diskuterat frågan. Förslaget väckte kritik från flera håll "
    "men fick till slut stöd i fullmäktige. Nu väntar nästa steg i processen. "
)


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize()


def synthetic_result(
    n_quotes: int = 200,
    n_docs: int | None = None,
    n_people: int = 150,
    seed: int = 0,
    filler: int = 3,
    start: date = date(2024, 1, 1),
    days: int = 365,
):
    """A Result of ``n_quotes`` quotes spread over ``n_docs`` articles (default: 10 quotes each)."""
    from nlp_pipeline.api import Result

    rng = random.Random(seed)
    n_docs = n_docs or max(1, n_quotes // 10)
    names = []
    while len(names) < n_people:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name not in names:
            names.append(name)
        if len(names) >= len(FIRST) * len(LAST):
            break
    person = {name: (rng.choice(ROLES), rng.choice(ORGS)) for name in names}
    weights = [1 / (k + 1) for k in range(len(names))]  # a few speakers quoted often

    documents, entities, quotes = [], [], []
    per_doc = [n_quotes // n_docs + (1 if k < n_quotes % n_docs else 0) for k in range(n_docs)]
    for d in range(n_docs):
        doc_id = f"artiklar/{d:05d}"
        day = start + timedelta(days=rng.randrange(days))
        place = rng.choice(PLACES)
        title = f"Nytt beslut i {place} väcker debatt"
        parts: list[str] = []
        ents: list[tuple[int, int, str, str | None]] = []
        pos = 0

        def add(text: str) -> int:
            nonlocal pos
            begin = pos
            parts.append(text)  # noqa: B023  (add is called only within this iteration)
            pos += len(text)
            return begin

        add(title + "\n\n")
        at = add(f"I {place} ")
        ents.append((at + 2, at + 2 + len(place), "LOC", None))
        add("fortsätter diskussionen. " + FILLER * filler + "\n\n")
        for k in range(per_doc[d]):
            name = rng.choices(names, weights)[0]
            role, org = person[name]
            quote = _sentence(rng, rng.randint(8, 24))
            at = add("– ")
            q_start = pos
            add(quote)
            q_end = pos
            add(", säger ")
            sm_start = pos
            add(name)
            sm_end = pos
            add(f", {role} på ")
            o_start = add(org)
            add(".\n\n")
            ents.append((sm_start, sm_end, "PER", name))
            ents.append((o_start, o_start + len(org), "ORG", org))
            quotes.append(
                {
                    "doc_id": doc_id,
                    "quote_id": f"{doc_id}#q{k + 1}",
                    "text": quote,
                    "start_char": q_start,
                    "end_char": q_end,
                    "type": "direct",
                    "speaker": name,
                    "speaker_kind": "person",
                    "speaker_mention": name,
                    "speaker_mention_start": sm_start,
                    "speaker_mention_end": sm_end,
                    "cue": "säger",
                    "cue_lemma": "säga",
                    "paragraph": 2 + k,
                    "method": "synthetic",
                    "confidence": 0.9,
                    "speaker_id": T.person_id(name),
                }
            )
        text = "".join(parts)
        for n, (s, e, label, link) in enumerate(sorted(ents), start=1):
            entities.append(
                {
                    "doc_id": doc_id,
                    "entity_id": f"{doc_id}#e{n}",
                    "text": text[s:e],
                    "label": label,
                    "label_original": label,
                    "start_char": s,
                    "end_char": e,
                    "sentence": text.count(".", 0, s),
                    "canonical": link or text[s:e],
                    "person_id": T.person_id(link) if label == "PER" else None,
                    "org_id": T.org_id(link) if label == "ORG" else None,
                }
            )
        documents.append(
            {
                "doc_id": doc_id,
                "source": f"{doc_id}.txt",
                "format": "txt",
                "title": title,
                "date": day.isoformat(),
                "author": None,
                "url": f"https://example.se/{d}",
                "metadata": "{}",
                "text": text,
                "n_chars": len(text),
                "n_tokens": len(text.split()),
                "n_sentences": text.count("."),
                "n_entities": len(ents),
                "n_quotes": per_doc[d],
                "boilerplate": [],
                "status": "ok",
                "error": None,
            }
        )

    mentions = Counter(e["person_id"] for e in entities if e["person_id"])
    org_mentions = Counter(e["org_id"] for e in entities if e["org_id"])
    docs_of: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        docs_of[e["person_id"] or e["org_id"] or ""].add(e["doc_id"])
    n_q = Counter(q["speaker_id"] for q in quotes)
    people = [
        {
            "person_id": T.person_id(n),
            "name": n,
            "variants": [n],
            "n_mentions": mentions[T.person_id(n)],
            "n_documents": len(docs_of[T.person_id(n)]),
            "n_quotes": n_q[T.person_id(n)],
            "roles": [person[n][0]],
            "affiliations": [person[n][1]],
            "first_document": min(docs_of[T.person_id(n)]),
            "last_document": max(docs_of[T.person_id(n)]),
            "gender": "",
            "gender_method": "",
        }
        for n in names
        if mentions[T.person_id(n)]
    ]
    people.sort(key=lambda r: -r["n_mentions"])
    orgs = [
        {
            "org_id": T.org_id(o),
            "name": o,
            "variants": [o],
            "n_mentions": org_mentions[T.org_id(o)],
            "n_documents": len(docs_of[T.org_id(o)]),
            "n_quotes": 0,
            "people": [n for n in names if person[n][1] == o and mentions[T.person_id(n)]],
            "person_ids": [T.person_id(n) for n in names if person[n][1] == o and mentions[T.person_id(n)]],
        }
        for o in ORGS
        if org_mentions[T.org_id(o)]
    ]
    return Result.from_tables(
        {
            "documents": T.frame("documents", documents),
            "entities": T.frame("entities", entities),
            "quotes": T.frame("quotes", quotes),
            "people": T.frame("people", people),
            "organisations": T.frame("organisations", orgs),
        }
    )
