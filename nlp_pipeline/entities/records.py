"""Typed records for the people and organisations found in one document.

These are the contract between the entity-linking component (which fills
``doc._.people`` and ``doc._.organisations``) and the table builders (which
merge them across a corpus). Offsets are character offsets into ``doc.text``.
"""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass
class Mention:
    text: str
    start_char: int
    end_char: int
    kind: str  # "name" | "short" | "pronoun" | "role"


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


@dataclasses.dataclass
class Organisation:
    """One organisation within one document."""

    key: int
    canonical: str  # fullest form as written
    variants: list[str]
    mentions: list[Mention]
    people: list[str] = dataclasses.field(default_factory=list)  # canonical names affiliated
