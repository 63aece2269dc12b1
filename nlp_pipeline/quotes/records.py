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

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)
