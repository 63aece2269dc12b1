"""Typed records for the people and organisations found in one document.

These are the contract between the entity layer (the ``swedish_entities`` component, or
any component that calls :func:`nlp_pipeline.entities.set_entities`) and everything
after it: quote attribution resolves speakers to them, the tables convert them to rows.
Offsets are character offsets into ``doc.text``. On the Doc they are stored as plain
dicts (:meth:`to_dict`), so that ``doc.to_bytes()``, ``DocBin`` and
``nlp.pipe(n_process=2)`` work; ``doc._.people`` builds the records on access.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from typing import Any


def normalise_name(name: str) -> str:
    """Key for merging: NFC, case-folded, whitespace collapsed, outer punctuation stripped."""
    name = unicodedata.normalize("NFC", name)
    name = re.sub(r"\s+", " ", name).strip(" \t\n.,;:!?\"'”“»«()-–—").casefold()
    return name


def _id(prefix: str, name: str) -> str:
    return prefix + hashlib.sha1(normalise_name(name).encode("utf-8")).hexdigest()[:10]


def person_id(name: str) -> str:
    """``P-`` + 10 hex digits of the SHA-1 of the normalised canonical name: the same in every run."""
    return _id("P-", name)


def org_id(name: str) -> str:
    """``O-`` + 10 hex digits of the SHA-1 of the normalised canonical name."""
    return _id("O-", name)


@dataclasses.dataclass
class Mention:
    text: str
    start_char: int
    end_char: int
    kind: str  # "name" | "short" | "pronoun" | "role"

    def to_list(self) -> list:
        return [self.text, self.start_char, self.end_char, self.kind]


@dataclasses.dataclass
class Person:
    """One person within one document: all mentions of them, linked."""

    key: int  # index within the document
    canonical: str  # fullest form of the name, without title: "Lena Sjöberg"
    variants: list[str]  # name forms as written: ["Lena Sjöberg", "Sjöberg"]
    mentions: list[Mention]
    roles: list[str]  # "chef", "projektledare för Lerums kulturskola"
    affiliations: list[str]  # organisation names given with them
    gender: str | None = None  # "female" | "male" | None
    gender_method: str | None = None  # e.g. "first-name lexicon (SCB)"
    role_at: list[tuple[int, str]] = dataclasses.field(default_factory=list)  # (char, role word) where a role is given
    party: str | None = None  # the party's full name, when the article or the knowledge base gives it
    wikidata: str | None = None  # when linked to a known politician with enough evidence

    @property
    def id(self) -> str:
        return person_id(self.canonical)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "id": self.id,
            "canonical": self.canonical,
            "variants": list(self.variants),
            "mentions": [m.to_list() for m in self.mentions],
            "roles": list(self.roles),
            "affiliations": list(self.affiliations),
            "gender": self.gender,
            "gender_method": self.gender_method,
            "role_at": [[int(c), r] for c, r in self.role_at],
            "party": self.party,
            "wikidata": self.wikidata,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Person:
        return cls(
            key=d["key"],
            canonical=d["canonical"],
            variants=list(d["variants"]),
            mentions=[Mention(*m) for m in d["mentions"]],
            roles=list(d["roles"]),
            affiliations=list(d["affiliations"]),
            gender=d.get("gender"),
            gender_method=d.get("gender_method"),
            role_at=[(int(c), r) for c, r in d.get("role_at", [])],
            party=d.get("party"),
            wikidata=d.get("wikidata"),
        )


@dataclasses.dataclass
class Organisation:
    """One organisation within one document."""

    key: int
    canonical: str  # fullest form as written
    variants: list[str]
    mentions: list[Mention]
    people: list[str] = dataclasses.field(default_factory=list)  # canonical names affiliated
    source: str = "names"  # "names" (found as a name) or "affiliation" (named as a person's organisation)
    type: str | None = None  # agency, party, company, municipality/region, court, media, ... (tables.md)
    wikidata: str | None = None

    @property
    def id(self) -> str:
        return org_id(self.canonical)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "id": self.id,
            "canonical": self.canonical,
            "variants": list(self.variants),
            "mentions": [m.to_list() for m in self.mentions],
            "people": list(self.people),
            "source": self.source,
            "type": self.type,
            "wikidata": self.wikidata,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Organisation:
        return cls(
            key=d["key"],
            canonical=d["canonical"],
            variants=list(d["variants"]),
            mentions=[Mention(*m) for m in d["mentions"]],
            people=list(d.get("people", [])),
            source=d.get("source", "names"),
            type=d.get("type"),
            wikidata=d.get("wikidata"),
        )
