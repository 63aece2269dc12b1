"""The Quote record: one statement in one document, with its speaker."""

from __future__ import annotations

import dataclasses
from typing import Any


@dataclasses.dataclass
class Quote:
    doc_id: str | None
    quote_id: int
    text: str  # quoted content; always doc.text[start_char:end_char]
    start_char: int
    end_char: int
    type: str  # "direct" | "indirect" | "mixed"
    speaker: str | None  # canonical name, organisation, role; None when unknown
    speaker_kind: str | None  # "person" | "organisation" | "role" | None
    speaker_mention: str | None  # words at the attribution: "hon", "Sjöberg"
    speaker_mention_start: int | None
    speaker_mention_end: int | None
    cue: str | None  # speech verb as written
    cue_lemma: str | None
    paragraph: int  # 0-based, paragraphs split on blank lines
    method: str  # which rule found and attributed it
    confidence: float
    speaker_id: str | None = None  # people.person_id or organisations.org_id of the speaker, when linked

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}  # every field is a scalar

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})
