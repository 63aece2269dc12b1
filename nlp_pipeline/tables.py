"""The output tables: schemas in one place, rows from Docs, corpus-level merging.

Six tables, documented in ``docs/tables.md`` (generated from :data:`SCHEMAS`):
``documents``, ``entities``, ``quotes``, ``people``, ``organisations``, ``errors``.

* :func:`doc_rows` turns one processed ``Doc`` (plus its :class:`Article`) into the
  rows of one document. It only converts: the entity layer has linked the mentions
  (and left out those in boilerplate), the quote component has given each quote its
  speaker's id.
* :class:`Corpus` collects document rows and merges people and organisations
  across documents by normalised canonical name (never by surname alone).
* Ids are deterministic (made by the entity layer, :mod:`nlp_pipeline.entities.records`):
  ``person_id`` is ``"P-"`` + 10 hex digits of the SHA-1 of the normalised canonical name
  (``"O-"`` for organisations), so they do not depend on processing order or batching.
"""

from __future__ import annotations

import dataclasses
import json
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from typing import Any

import pandas as pd

from .entities.linking import entity_data
from .entities.records import normalise_name, org_id, person_id  # noqa: F401  (ids: the entity layer's)
from .io.records import Article, ReadError


@dataclasses.dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # pandas dtype: "string", "Int64", "Float64", "object" (a list)
    description: str


def _cols(*specs: tuple[str, str, str]) -> list[Column]:
    return [Column(*s) for s in specs]


STR, INT, FLOAT, LIST = "string", "Int64", "Float64", "object"

# documents.warnings: a document whose boilerplate spans cover more than this share of its text
BOILERPLATE_WARN_SHARE = 0.3

SCHEMAS: dict[str, list[Column]] = {
    "documents": _cols(
        (
            "doc_id",
            STR,
            "Unique id within the run: path relative to the input root without extension, the id field of a row, or "
            "the URL of a WARC record. A file name that is not valid UTF-8 is written with each such byte as `\\xNN` "
            "(and a backslash in that name as `\\\\`); `nlp_pipeline.io.raw_name()` gives its bytes back.",
        ),
        (
            "source",
            STR,
            "Input the document came from (path; `archive.zip!member`; `<stdin>`; `<text>`; `<dataframe>`). A path "
            "that is not valid UTF-8 is escaped as in `doc_id`.",
        ),
        (
            "line",
            INT,
            "Line (JSONL), data row (CSV/TSV/Parquet, header excluded) or record number (WARC), 1-based; empty for "
            "one-article files.",
        ),
        ("format", STR, "Reader used: txt, html, jsonl, csv, tsv, parquet, warc, text, dataframe."),
        (
            "title",
            STR,
            "Title: from HTML metadata, a title field, or the first line of a text when it reads like a headline.",
        ),
        ("date", STR, "Publication date as given (HTML metadata, a date field, or the WARC date)."),
        ("author", STR, "Author/byline when given."),
        ("url", STR, "URL when given."),
        ("metadata", STR, "All other input fields as one JSON object (string), `{}` when none."),
        (
            "text",
            STR,
            "The document text every offset in every table indexes into: decoded, newlines normalised to \\n, "
            "invisible formatting characters (zero-width space, soft hyphen, word joiner) removed, nothing "
            "else changed.",
        ),
        ("n_chars", INT, "Length of `text` in characters."),
        ("n_tokens", INT, "Tokens (spaCy, whitespace tokens excluded)."),
        ("n_sentences", INT, "Sentences."),
        ("n_entities", INT, "Rows of this document in `entities`."),
        ("n_quotes", INT, "Rows of this document in `quotes`."),
        (
            "boilerplate",
            LIST,
            "Character ranges `[start, end]` of navigation lines, cookie banners and photo credits; entities and "
            "quotes overlapping them are dropped.",
        ),
        ("status", STR, "`ok` or `error`."),
        ("error", STR, "Why the document failed (empty when `ok`)."),
        (
            "warnings",
            LIST,
            "What to check in a document that was kept: boilerplate covering more than "
            f"{round(BOILERPLATE_WARN_SHARE * 100)}% of the text, an HTML extraction that kept much less than the "
            "page's visible text. Empty when none.",
        ),
    ),
    "entities": _cols(
        ("doc_id", STR, "Document (see `documents.doc_id`)."),
        ("entity_id", STR, "`<doc_id>#e<n>`, n counting the document's mentions in text order from 1."),
        ("text", STR, "The mention as written: `documents.text[start_char:end_char]`."),
        (
            "label",
            STR,
            "PER, ORG, LOC or MISC: the model's label mapped to these four (see *Entity labels* below), or PER/ORG "
            "when the mention is linked to a person/organisation.",
        ),
        (
            "label_original",
            STR,
            "The model's own label (empty when the mention was found by entity linking, or is a person's affiliation "
            "found verbatim in the text).",
        ),
        ("start_char", INT, "Start offset in `documents.text`."),
        ("end_char", INT, "End offset (exclusive)."),
        ("sentence", INT, "Index of the sentence (0-based) the mention starts in."),
        ("canonical", STR, "Canonical name: the person's or organisation's fullest name, else the mention text."),
        ("person_id", STR, "Link to `people.person_id`."),
        ("org_id", STR, "Link to `organisations.org_id`."),
    ),
    "quotes": _cols(
        ("doc_id", STR, "Document."),
        (
            "quote_id",
            STR,
            "`<doc_id>#q<n>`, n the quote component's number of the quote in its document (unique in the run).",
        ),
        ("text", STR, "The quoted words: `documents.text[start_char:end_char]`."),
        ("start_char", INT, "Start offset in `documents.text`."),
        ("end_char", INT, "End offset (exclusive)."),
        ("type", STR, "Kind of quote as given by the quote component (e.g. direct, indirect, mixed)."),
        ("speaker", STR, "Speaker's canonical name (or the speaker phrase when not a named entity)."),
        (
            "speaker_kind",
            STR,
            "What the speaker is, as given by the quote component (e.g. person, organisation, pronoun, unknown).",
        ),
        (
            "speaker_mention",
            STR,
            "The mention the speaker was resolved from: `text[speaker_mention_start:speaker_mention_end]`.",
        ),
        ("speaker_mention_start", INT, "Start offset of the speaker mention."),
        ("speaker_mention_end", INT, "End offset of the speaker mention."),
        ("cue", STR, 'The speech verb or cue as written ("säger", "enligt").'),
        ("cue_lemma", STR, "Lemma of the cue."),
        ("paragraph", INT, "Paragraph index (0-based) of the quote."),
        ("method", STR, "Rule or method that found the quote."),
        ("confidence", FLOAT, "Confidence between 0 and 1."),
        (
            "speaker_id",
            STR,
            "`people.person_id` or `organisations.org_id` of the speaker, when linked (decided by the entity layer, "
            "which resolves the speaker to one of the document's people or organisations).",
        ),
    ),
    "people": _cols(
        (
            "person_id",
            STR,
            "`P-` + 10 hex digits of SHA-1 of the normalised canonical name: stable across runs and batching.",
        ),
        ("name", STR, "Canonical name (fullest form, without title)."),
        ("variants", LIST, "Name forms as written, most frequent first."),
        ("n_mentions", INT, "Name mentions (rows in `entities`; pronouns and role nouns are not counted)."),
        ("n_documents", INT, "Documents mentioning the person."),
        ("n_quotes", INT, "Quotes attributed to the person (`quotes.speaker_id`)."),
        (
            "roles",
            LIST,
            "Roles and titles given with the name, the role noun in its base form (`rektor`, not `rektorn`; `vd`, "
            "not `vd:n`), most frequent first.",
        ),
        ("affiliations", LIST, "Organisations given with the name, most frequent first."),
        ("first_document", STR, "First document (in input order) mentioning the person."),
        ("last_document", STR, "Last document (in input order) mentioning the person."),
        ("gender", STR, "female, male or empty: the most frequent value over documents."),
        ("gender_method", STR, "How the gender was inferred (e.g. first-name lexicon)."),
        (
            "party",
            STR,
            "Party (its full name) when the article gives it (`Anna Ek (S)`, `socialdemokraten Anna Ek`, "
            "`M-politikern Erik Sjö`, `Moderaternas talesperson Eva Rydén`, where the party is an affiliation too) "
            "or the person is linked to a known politician: a full name the records have, "
            "where the article names the party, gives a political title or office, or gives no role and the name "
            "is rare (a politician's namesake `snickaren Johan Andersson` gets none); the most frequent value over "
            "documents.",
        ),
        (
            "wikidata",
            STR,
            "Wikidata id when the person is linked to the knowledge base with enough evidence (full name, or "
            "surname with party or title); never on a bare surname shared by several known people.",
        ),
    ),
    "organisations": _cols(
        ("org_id", STR, "`O-` + 10 hex digits of SHA-1 of the normalised canonical name."),
        ("name", STR, "Canonical name (fullest form as written)."),
        ("variants", LIST, "Name forms as written, most frequent first."),
        ("n_mentions", INT, "Mentions (rows in `entities`)."),
        ("n_documents", INT, "Documents mentioning the organisation."),
        ("n_quotes", INT, "Quotes attributed to the organisation."),
        ("people", LIST, "Canonical names of people affiliated with it."),
        ("person_ids", LIST, "Their `person_id`s, in the same order."),
        (
            "type",
            STR,
            "agency, party, company, municipality/region, court, media, school/university, union, NGO, "
            "international or other: from the knowledge base, else from the name's head noun, else from the "
            "noun that introduces the name in the article ('fackförbundet Byggnads' a union, 'företaget "
            "Northvolt' a company: `lang.org_types.CLASS_NOUN_TYPES`); empty when unknown.",
        ),
        ("wikidata", STR, "Wikidata id when the organisation is in the knowledge base with one."),
    ),
    "errors": _cols(
        ("doc_id", STR, "Document id when known."),
        ("source", STR, "Input path (or `archive.zip!member`, `<stdin>`)."),
        ("line", INT, "Line/row/record number within the input, when the error is about one row."),
        ("stage", STR, "`read` (input could not be read or parsed), `nlp` (the pipeline failed) or `tables`."),
        ("reason", STR, "What went wrong."),
    ),
}

TABLES = list(SCHEMAS)


def columns(table: str) -> list[str]:
    return [c.name for c in SCHEMAS[table]]


def dtypes(table: str) -> dict[str, str]:
    return {c.name: c.dtype for c in SCHEMAS[table]}


def empty(table: str) -> pd.DataFrame:
    return frame(table, [])


def frame(table: str, rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """A DataFrame with exactly the table's columns, in order, with its dtypes."""
    rows = list(rows)
    data = {}
    for col in SCHEMAS[table]:
        values = [row.get(col.name) for row in rows]
        if col.dtype == "object":
            data[col.name] = pd.Series(values, dtype="object")
        else:
            data[col.name] = pd.Series(values, dtype=col.dtype if values else col.dtype)
    return pd.DataFrame(data, columns=columns(table))


def conform(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """Cast a DataFrame read back from disk to the table's schema."""
    out = pd.DataFrame(index=df.index)
    for col in SCHEMAS[table]:
        values = df[col.name] if col.name in df.columns else pd.Series([None] * len(df), index=df.index)
        if col.dtype == "object":
            values = values.map(_as_list)
        elif col.dtype == "string":
            values = values.map(lambda v: None if _na(v) else str(v)).astype("string")
        else:
            values = values.astype(col.dtype)
        out[col.name] = values
    return out.reset_index(drop=True)


def _na(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def cell_text(value: Any) -> str:
    """A table cell as text: ``""`` for missing values (None, NaN, NA)."""
    return "" if _na(value) else str(value)


def _as_list(value: Any) -> list:
    if isinstance(value, list):
        return [_as_list(v) if hasattr(v, "tolist") else v for v in value]
    if hasattr(value, "tolist"):  # numpy arrays from parquet
        return [v.tolist() if hasattr(v, "tolist") else v for v in value.tolist()]
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
            return parsed if isinstance(parsed, list) else [parsed]
        except json.JSONDecodeError:
            return [value]
    if _na(value):
        return []
    return list(value)


# ------------------------------------------------------------------ one document


@dataclasses.dataclass
class DocRows:
    """The rows of one document, before corpus-level merging."""

    document: dict[str, Any]
    entities: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    people: list[dict[str, Any]]  # one partial row per person in the document
    organisations: list[dict[str, Any]]
    errors: list[dict[str, Any]] = dataclasses.field(default_factory=list)


def document_row(article: Article, **counts: Any) -> dict[str, Any]:
    return {
        "doc_id": article.doc_id,
        "source": article.source,
        "line": article.line,
        "format": article.format,
        "title": article.title,
        "date": article.date,
        "author": article.author,
        "url": article.url,
        "metadata": json.dumps(article.metadata or {}, ensure_ascii=False, sort_keys=True, default=str),
        "text": article.text,
        "n_chars": len(article.text),
        "boilerplate": [[int(s), int(e)] for s, e in article.boilerplate],
        "status": "ok",
        "error": None,
        "warnings": document_warnings(article),
        **counts,
    }


def boilerplate_share(text: str, spans: Iterable[tuple[int, int]]) -> float:
    """The share of ``text``'s non-space characters that lie in boilerplate spans (0 for an empty text)."""
    total = len(text) - sum(ch.isspace() for ch in text)
    if total <= 0:
        return 0.0
    covered, last = 0, 0
    for s, e in sorted((max(0, int(s)), min(len(text), int(e))) for s, e in spans):
        s = max(s, last)
        if e > s:
            covered += sum(not ch.isspace() for ch in text[s:e])
            last = e
    return covered / total


def document_warnings(article: Article) -> list[str]:
    """The reader's warnings, and one when boilerplate covers more than a small share of the text."""
    out = list(getattr(article, "warnings", None) or [])
    share = boilerplate_share(article.text, article.boilerplate)
    if share > BOILERPLATE_WARN_SHARE:
        out.append(f"boilerplate covers {share:.0%} of the text")
    return out


def error_rows(error: ReadError) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """The ``documents`` row (``None`` unless the error is about one document) and the ``errors`` row.

    An error is about one document when it names a document id or a row (``line``), or when its
    input holds one article (txt, html); a whole input that cannot be read (a missing folder, a
    broken zip) gets an ``errors`` row only.
    """
    err = {
        "doc_id": error.doc_id,
        "source": error.source,
        "line": error.line,
        "stage": error.stage,
        "reason": error.reason,
    }
    if error.doc_id is None and error.line is None and error.format not in ("txt", "html"):
        return None, err
    doc_id = error.doc_id or (f"{error.source}:{error.line}" if error.line is not None else error.source)
    document = {
        "doc_id": doc_id,
        "source": error.source,
        "line": error.line,
        "format": error.format,
        "metadata": "{}",
        "n_chars": None,
        "boilerplate": [],
        "status": "error",
        "error": error.reason,
        "warnings": [],
    }
    return document, err


def doc_rows(doc, article: Article) -> DocRows:
    """Rows for one processed document. ``doc.text`` must equal ``article.text``.

    Converts only: the entity mentions, people and organisations come linked from the entity
    layer (``doc._.entity_data``, see :mod:`nlp_pipeline.entities.linking`), the quotes with their
    ``speaker_id`` from the quote component (``doc._.quote_data``); a Doc without them is an error.
    """
    doc_id = article.doc_id
    data = entity_data(doc)
    quotes = doc._.quote_data if doc.has_extension("quote_data") and doc._.quote_data is not None else []

    sent_starts = (
        [s.start_char for s in doc.sents] if (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")) else [0]
    )

    def sentence_of(char: int) -> int:
        return max(bisect_right(sent_starts, char) - 1, 0)

    entities = [
        {"doc_id": doc_id, "entity_id": f"{doc_id}#e{n}", **row, "sentence": sentence_of(row["start_char"])}
        for n, row in enumerate(data["mentions"], start=1)
    ]

    # People and organisations of this document (partial rows, merged by Corpus).
    mentions_per_id = Counter(r["person_id"] or r["org_id"] for r in entities if r["person_id"] or r["org_id"])
    variant_counts: dict[str, Counter] = {}
    for r in entities:
        ident = r["person_id"] or r["org_id"]
        if ident:
            variant_counts.setdefault(ident, Counter())[r["text"]] += 1

    person_rows: dict[str, dict[str, Any]] = {}
    for person in data["people"]:
        pid = person["id"]
        if mentions_per_id.get(pid, 0) == 0 and pid not in person_rows:
            # Only mentioned inside boilerplate (or only by pronoun): not in the tables.
            continue
        row = person_rows.setdefault(
            pid,
            {
                "person_id": pid,
                "name": person["canonical"],
                "variants": Counter(),
                "n_mentions": mentions_per_id.get(pid, 0),
                "roles": Counter(),
                "affiliations": Counter(),
                "genders": Counter(),
                "parties": Counter(),
                "wikidata": Counter(),
                "doc_id": doc_id,
                "n_quotes": 0,
            },
        )
        row["variants"].update(variant_counts.get(pid, {}))
        if person.get("party"):
            row["parties"][person["party"]] += 1
        if person.get("wikidata"):
            row["wikidata"][person["wikidata"]] += 1
        row["roles"].update(r for r in person["roles"] if r)
        row["affiliations"].update(a for a in person["affiliations"] if a)
        if person["gender"]:
            row["genders"][(person["gender"], person["gender_method"])] += 1

    org_rows: dict[str, dict[str, Any]] = {}
    for org in data["organisations"]:
        oid = org["id"]
        if mentions_per_id.get(oid, 0) == 0 and oid not in org_rows:
            continue
        row = org_rows.setdefault(
            oid,
            {
                "org_id": oid,
                "name": org["canonical"],
                "variants": Counter(),
                "n_mentions": mentions_per_id.get(oid, 0),
                "people": {},
                "types": Counter(),
                "wikidata": Counter(),
                "doc_id": doc_id,
                "n_quotes": 0,
            },
        )
        row["variants"].update(variant_counts.get(oid, {}))
        if org.get("type"):
            row["types"][org["type"]] += 1
        if org.get("wikidata"):
            row["wikidata"][org["wikidata"]] += 1
        for name in org["people"] or []:
            row["people"][person_id(name)] = name
    # Affiliations given on people link them to organisations of the same document.
    org_by_name = {normalise_name(r["name"]): r for r in org_rows.values()}
    for prow in person_rows.values():
        for aff in prow["affiliations"]:
            orow = org_by_name.get(normalise_name(aff))
            if orow is not None:
                orow["people"].setdefault(prow["person_id"], prow["name"])

    quote_rows = []
    for n, q in enumerate(quotes, start=1):
        row = {c.name: q.get(c.name) for c in SCHEMAS["quotes"]}
        given = q.get("quote_id")
        given = f"q{given}" if isinstance(given, int) else str(given or f"q{n}")
        row["doc_id"] = doc_id
        row["quote_id"] = given if given.startswith(f"{doc_id}#") else f"{doc_id}#{given}"
        if row["speaker_id"] in person_rows:
            person_rows[row["speaker_id"]]["n_quotes"] += 1
        elif row["speaker_id"] in org_rows:
            org_rows[row["speaker_id"]]["n_quotes"] += 1
        elif row["speaker_id"] is not None:
            # A speaker known to the document but not otherwise mentioned outside boilerplate.
            row["speaker_id"] = None
        quote_rows.append(row)

    n_tokens = sum(1 for t in doc if not t.is_space)
    document = document_row(
        article,
        n_tokens=n_tokens,
        n_sentences=len(sent_starts) if len(doc) else 0,
        n_entities=len(entities),
        n_quotes=len(quote_rows),
    )
    return DocRows(document, entities, quote_rows, list(person_rows.values()), list(org_rows.values()))


# ------------------------------------------------------------------ the corpus


class Merger:
    """Corpus-level people and organisations from per-document rows, fed in input order.

    Keeps per person/organisation only counters and the first/last document, so
    memory does not grow with the number of documents. Used by :class:`Corpus`
    and by the batch engine's consolidation.
    """

    def __init__(self) -> None:
        self.people: dict[str, dict[str, Any]] = {}
        self.orgs: dict[str, dict[str, Any]] = {}

    def add(self, rows: DocRows) -> None:
        for p in rows.people:
            acc = self.people.get(p["person_id"])
            if acc is None:
                acc = self.people[p["person_id"]] = {
                    "person_id": p["person_id"],
                    "names": Counter(),
                    "variants": Counter(),
                    "n_mentions": 0,
                    "n_documents": 0,
                    "first": p["doc_id"],
                    "last": None,
                    "n_quotes": 0,
                    "roles": Counter(),
                    "affiliations": Counter(),
                    "genders": Counter(),
                    "parties": Counter(),
                    "wikidata": Counter(),
                }
            acc["names"][p["name"]] += 1
            acc["variants"].update(p["variants"])
            acc["n_mentions"] += p["n_mentions"]
            acc["n_quotes"] += p["n_quotes"]
            acc["roles"].update(p["roles"])
            acc["affiliations"].update(p["affiliations"])
            acc["genders"].update(p["genders"])
            acc["parties"].update(p.get("parties", {}))
            acc["wikidata"].update(p.get("wikidata", {}))
            if acc["last"] != p["doc_id"]:
                acc["n_documents"] += 1
            acc["last"] = p["doc_id"]
        for o in rows.organisations:
            acc = self.orgs.get(o["org_id"])
            if acc is None:
                acc = self.orgs[o["org_id"]] = {
                    "org_id": o["org_id"],
                    "names": Counter(),
                    "variants": Counter(),
                    "n_mentions": 0,
                    "n_documents": 0,
                    "last": None,
                    "n_quotes": 0,
                    "people": {},
                    "types": Counter(),
                    "wikidata": Counter(),
                }
            acc["names"][o["name"]] += 1
            acc["variants"].update(o["variants"])
            acc["n_mentions"] += o["n_mentions"]
            acc["n_quotes"] += o["n_quotes"]
            acc["people"].update(o["people"])
            acc["types"].update(o.get("types", {}))
            acc["wikidata"].update(o.get("wikidata", {}))
            if acc["last"] != o["doc_id"]:
                acc["n_documents"] += 1
            acc["last"] = o["doc_id"]

    def people_rows(self) -> list[dict[str, Any]]:
        return ranked_rows(
            [
                person_row(acc, n_documents=acc["n_documents"], first=acc["first"], last=acc["last"])
                for acc in self.people.values()
            ],
            "person_id",
        )

    def organisation_rows(self) -> list[dict[str, Any]]:
        return ranked_rows(
            [organisation_row(acc, n_documents=acc["n_documents"]) for acc in self.orgs.values()], "org_id"
        )


class Corpus:
    """Collects document rows and merges people and organisations across documents.

    Identical normalised canonical names merge (their ids are equal); nothing
    is merged on a surname alone.
    """

    def __init__(self) -> None:
        self.documents: list[dict[str, Any]] = []
        self.entities: list[dict[str, Any]] = []
        self.quotes: list[dict[str, Any]] = []
        self.errors: list[dict[str, Any]] = []
        self._merger = Merger()

    @property
    def n_failed(self) -> int:
        """Documents or inputs that failed (rows in ``errors``)."""
        return len(self.errors)

    def add(self, rows: DocRows) -> None:
        self.documents.append(rows.document)
        self.entities.extend(rows.entities)
        self.quotes.extend(rows.quotes)
        self.errors.extend(rows.errors)
        self._merger.add(rows)

    def add_failed(self, document: dict[str, Any] | None, error: dict[str, Any]) -> None:
        """A failed record: its ``errors`` row, and its ``documents`` row when it is one document."""
        if document is not None:
            self.documents.append(document)
        self.errors.append(error)

    def people_rows(self) -> list[dict[str, Any]]:
        return self._merger.people_rows()

    def organisation_rows(self) -> list[dict[str, Any]]:
        return self._merger.organisation_rows()

    def tables(self) -> dict[str, pd.DataFrame]:
        return {
            "documents": frame("documents", self.documents),
            "entities": frame("entities", self.entities),
            "quotes": frame("quotes", self.quotes),
            "people": frame("people", self.people_rows()),
            "organisations": frame("organisations", self.organisation_rows()),
            "errors": frame("errors", self.errors),
        }


def person_row(acc: dict[str, Any], *, n_documents: int, first: str, last: str) -> dict[str, Any]:
    """A ``people`` row from one person's running totals (shared by :class:`Corpus` and the engine)."""
    (gender, method), _ = acc["genders"].most_common(1)[0] if acc["genders"] else ((None, None), 0)
    return {
        "person_id": acc["person_id"],
        "name": _most_common(acc["names"]),
        "variants": _ranked(acc["variants"]),
        "n_mentions": acc["n_mentions"],
        "n_documents": n_documents,
        "n_quotes": acc["n_quotes"],
        "roles": _ranked(acc["roles"]),
        "affiliations": _ranked(acc["affiliations"]),
        "first_document": first,
        "last_document": last,
        "gender": gender,
        "gender_method": method,
        "party": _top(acc.get("parties")),
        "wikidata": _top(acc.get("wikidata")),
    }


def organisation_row(acc: dict[str, Any], *, n_documents: int) -> dict[str, Any]:
    """An ``organisations`` row from one organisation's running totals."""
    ids = sorted(acc["people"], key=lambda i: acc["people"][i])
    return {
        "org_id": acc["org_id"],
        "name": _most_common(acc["names"]),
        "variants": _ranked(acc["variants"]),
        "n_mentions": acc["n_mentions"],
        "n_documents": n_documents,
        "n_quotes": acc["n_quotes"],
        "people": [acc["people"][i] for i in ids],
        "person_ids": ids,
        "type": _top(acc.get("types")),
        "wikidata": _top(acc.get("wikidata")),
    }


def ranked_rows(rows: list[dict[str, Any]], id_column: str) -> list[dict[str, Any]]:
    """Most mentioned first, then most quoted, then by name and id: a deterministic order."""
    return sorted(rows, key=lambda r: (-r["n_mentions"], -r["n_quotes"], r["name"], r[id_column]))


def _ranked(counter: Counter) -> list[str]:
    return [k for k, _ in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))]


def _top(counter: Counter | None) -> str | None:
    """The most frequent value (ties: the first in sorted order), or None."""
    return _ranked(counter)[0] if counter else None


def _most_common(counter: Counter) -> str:
    return _ranked(counter)[0]


def schema_markdown() -> str:
    """The body of docs/tables.md's column reference."""
    out = []
    for table, cols in SCHEMAS.items():
        out.append(f"### `{table}`\n\n| column | dtype | description |\n|---|---|---|")
        for c in cols:
            dtype = "list" if c.dtype == "object" else c.dtype
            out.append(f"| `{c.name}` | {dtype} | {c.description} |")
        out.append("")
    return "\n".join(out)
