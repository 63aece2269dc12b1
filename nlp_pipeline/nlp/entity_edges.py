"""Entity edges after the NER: ``swedish_entity_edges``.

Two kinds of edge the NER gets wrong in ways a rule can settle:

* **Words before a place that are not part of it.** The NER learnt from corpora that disagree on
  whether a position word belongs to a place name (klintan's train split has ``norra Frankrike`` as
  one place 18 times and ``södra [Asien]`` 16 times; UD/UNER always leave the word out). A
  lower-case word of ``lang.places.NAME_PREMODIFIERS`` (``norra``, ``centrala``, ``hela``, ``forna``
  …) at the start of an entity is left out of it, so ``i norra Ontario`` gives the place
  ``Ontario``, which the entity layer can link with the article's other ``Ontario``. A capitalised
  word stays (``Västra Götaland``), and an entity that is nothing but such words is kept as it is.
* **Name particles.** A person's name runs on through lower-case particles of
  ``lang.names.NAME_PARTICLES`` to the capitalised word after them, where the NER stopped at or
  before the particle: ``Ursula von`` + ``Leyen`` is ``Ursula von der Leyen``, ``Juan`` + ``de la
  Fuente`` is ``Juan de la Fuente``. A short entity the capitalised word starts (``Vaart`` as ORG)
  is taken into the name. Particles right before a person are taken in only where they cannot be
  Swedish words (``van der Burgh``, not ``de`` or ``den``).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lang.names import NAME_PARTICLES, OPENING_NAME_PARTICLES
from ..lang.places import NAME_PREMODIFIERS

# The longest entity after the particles that is taken into the person's name ("Vaart", "Leyen").
MAX_TAKEN = 2


class EntityEdges:
    def __init__(self, premodifiers: Iterable[str] | None = None, particles: Iterable[str] | None = None):
        self.premodifiers = frozenset(NAME_PREMODIFIERS if premodifiers is None else premodifiers)
        self.particles = frozenset(NAME_PARTICLES if particles is None else particles)

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        if not ents:
            return doc
        changed = False
        out: list[Span] = []
        i = 0
        while i < len(ents):
            ent = ents[i]
            start = ent.start
            while start < ent.end - 1 and doc[start].text in self.premodifiers:
                start += 1
            end = ent.end
            if ent.label_ == "PER":
                start = self._opening_particles(doc, start, out[-1].end if out else 0)
                end, taken = self._particles_after(doc, start, end, ents[i + 1] if i + 1 < len(ents) else None)
                i += taken
            if (start, end) != (ent.start, ent.end):
                ent = Span(doc, start, end, label=ent.label, kb_id=ent.kb_id)
                changed = True
            out.append(ent)
            i += 1
        if changed:
            doc.ents = out
        return doc

    def _opening_particles(self, doc: Doc, start: int, floor: int) -> int:
        i = start
        while i > floor and doc[i - 1].text in self.particles:
            i -= 1
        if i < start and any(doc[k].text in OPENING_NAME_PARTICLES for k in range(i, start)):
            return i
        return start

    def _particles_after(self, doc: Doc, start: int, end: int, following: Span | None) -> tuple[int, int]:
        """The end of a person's name running on through particles, and how many following entities
        it takes in (0 or 1)."""
        j = end
        while j - 1 > start and doc[j - 1].text in self.particles:
            j -= 1  # particles the NER already took in ("Ursula von")
        k = j
        while k < len(doc) and doc[k].text in self.particles and (following is None or k < following.start):
            k += 1
        if k == end and j == end:
            return end, 0
        if k >= len(doc) or not doc[k].text[:1].isupper():
            return end, 0
        if following is not None and following.start == k:
            if len(following) <= MAX_TAKEN:
                return following.end, 1
            return end, 0
        if doc[k].ent_type_ or doc[k].is_sent_start:
            return end, 0
        return k + 1, 0

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


@Language.factory(
    "swedish_entity_edges",
    assigns=["doc.ents"],
    requires=["doc.ents"],
    default_config={"premodifiers": None, "particles": None},
)
def make_entity_edges(
    nlp: Language, name: str, premodifiers: list[str] | None, particles: list[str] | None
) -> EntityEdges:
    """``premodifiers``: the lower-case words left out at the start of an entity; ``particles``: the
    lower-case particles a person's name runs on through. ``None`` (the default) is the language
    layer's list, so the shipped model follows it."""
    return EntityEdges(premodifiers, particles)
