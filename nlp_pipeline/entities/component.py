"""The ``swedish_entities`` spaCy component: people and organisations of one document.

Sets ``doc._.people`` (list of :class:`Person`) and ``doc._.organisations``
(list of :class:`Organisation`): name mentions clustered to one record per
person (``Sjöberg`` and ``hon`` link to ``Lena Sjöberg``), roles and
affiliations from titles and appositions, gender from the first name.
Works on any Doc: without NER it falls back on capitalised-word rules.
"""

from __future__ import annotations

import dataclasses

from spacy.language import Language
from spacy.tokens import Doc

from ..lang import gender as _gender
from ..lang.pronouns import PRONOUN_GENDER
from ..lang.roles import PLURAL_TITLE, ROLE_SUFFIX
from .names import cluster_orgs, cluster_people, org_mentions, person_mentions
from .records import Mention, Organisation, Person
from .roles import apposition_after, role_stem, same_role, title_before

for _name in ("people", "organisations", "entity_index"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@dataclasses.dataclass
class EntityIndex:
    """Lookups the quote resolver needs, by token index."""

    people: list[Person]
    organisations: list[Organisation]
    person_at: dict[int, int]  # token index -> person key (names and resolved pronouns)
    org_at: dict[int, int]  # token index -> organisation key
    name_starts: list[tuple[int, int]]  # (token index, person key) of name mentions, in order
    role_of: list[tuple[int, str, int]]  # (token index, role word lower, person key)
    surname_of: dict[str, set[int]]
    first_of: dict[str, set[int]]
    token_starts: list[int] = dataclasses.field(default_factory=list)  # token.idx of every token


def _role_key(role: str) -> str:
    return role.split(" ")[0].lower()


def build_index(doc: Doc) -> EntityIndex:
    text = doc.text  # built anew on every access: read once
    table = [(t.text, t.idx) for t in doc]  # one pass over the Token objects
    words = [w for w, _ in table]
    pmentions = person_mentions(doc, words)
    clusters, _ = cluster_people(doc, pmentions, words)
    omentions = org_mentions(doc, [m for c in clusters for m in c.mentions], words)
    oclusters = cluster_orgs(omentions)

    people: list[Person] = []
    person_at: dict[int, int] = {}
    name_starts: list[tuple[int, int]] = []
    role_of: list[tuple[int, str, int]] = []
    for c in clusters:
        canonical = " ".join(c.full)
        p = Person(key=c.key, canonical=canonical, variants=list(c.variants), mentions=[], roles=[], affiliations=[])
        g, _share = _gender.gender_of(c.full[0]) if (len(c.full) > 1 or _gender.is_first_name(c.full[0])) else (None, 0)
        if g:
            p.gender, p.gender_method = g, _gender.METHOD
        for m in c.mentions:
            kind = "name" if len(m.words) >= len(c.full) else "short"
            p.mentions.append(Mention(text[m.start_char:m.end_char], m.start_char, m.end_char, kind))
            for k in range(m.start, m.end):
                person_at[k] = c.key
            name_starts.append((m.start, c.key))
            if len(m.words) >= 2 or m.source != "short":
                title, t_start = title_before(doc, m.start)
                if title is None and m.title_start is not None:
                    title = doc[m.title_start].text
                    title = title[:1].lower() + title[1:] if doc[m.title_start].pos_ != "PROPN" else title
                    t_start = m.title_start
                if title and PLURAL_TITLE.search(title):
                    title = None  # "cykelentusiasterna Olle Dahl och ...": a group, not this person's title
                if title and title not in p.roles:
                    p.roles.append(title)
                    role_of.append((t_start, _role_key(title), c.key))
                roles, affs, _end = apposition_after(doc, m.end)
                for r in roles:
                    if r not in p.roles:
                        p.roles.append(r)
                    role_of.append((m.start, _role_key(r), c.key))
                for a in affs:
                    if a not in p.affiliations:
                        p.affiliations.append(a)
        people.append(p)

    orgs: list[Organisation] = []
    org_at: dict[int, int] = {}
    for c in oclusters:
        longest = " ".join(max((m.words for m in c.mentions), key=lambda w: (len(w), w[0][:1].isupper())))
        canonical = longest[:1].upper() + longest[1:]  # "regeringen" -> "Regeringen"
        o = Organisation(key=c.key, canonical=canonical, variants=list(c.variants), mentions=[])
        for m in c.mentions:
            o.mentions.append(Mention(text[m.start_char:m.end_char], m.start_char, m.end_char, "name"))
            for k in range(m.start, m.end):
                org_at[k] = c.key
        orgs.append(o)
    for p in people:
        for a in p.affiliations:
            for o in orgs:
                if o.canonical == a or a in o.variants:
                    if p.canonical not in o.people:
                        o.people.append(p.canonical)

    # pronouns: nearest preceding person of compatible gender
    name_starts.sort()
    last_by_gender: dict[str | None, tuple[int, int]] = {}
    ni = 0
    for i, w in enumerate(words):
        want = PRONOUN_GENDER.get(w.lower(), "-")
        if want == "-":
            continue
        while ni < len(name_starts) and name_starts[ni][0] < i:
            pos, key = name_starts[ni]
            last_by_gender[people[key].gender] = (pos, key)
            ni += 1
        if not last_by_gender:
            continue
        tok = doc[i]
        cands = [v for g, v in last_by_gender.items() if want is None or g in (want, None)]
        if not cands:
            continue
        pos, key = max(cands)
        person_at[i] = key
        people[key].mentions.append(Mention(tok.text, tok.idx, tok.idx + len(tok.text), "pronoun"))
    for p in people:
        p.mentions.sort(key=lambda m: m.start_char)

    role_of.sort()
    # role words that refer back to a named holder: "ministern" -> the person titled minister
    if role_of:
        for i, w in enumerate(words):
            if not w.isalpha() or len(w) < 5 or i in person_at or i in org_at or not ROLE_SUFFIX.search(w.lower()):
                continue
            if i + 1 < len(words) and i + 1 in person_at:
                continue  # a title right before a name, already a role of that person
            stem = role_stem(w)
            holder = None
            for pos, role, key in role_of:
                if same_role(stem, role) and (holder is None or pos < i):
                    holder = key
            if holder is not None:
                tok = doc[i]
                people[holder].mentions.append(Mention(tok.text, tok.idx, tok.idx + len(tok.text), "role"))
    for p in people:
        p.mentions.sort(key=lambda m: m.start_char)

    surname_of: dict[str, set[int]] = {}
    first_of: dict[str, set[int]] = {}
    for p in people:
        parts = p.canonical.split(" ")
        surname_of.setdefault(parts[-1], set()).add(p.key)
        if len(parts) > 1:
            first_of.setdefault(parts[0], set()).add(p.key)
    return EntityIndex(people, orgs, person_at, org_at, name_starts, role_of, surname_of, first_of,
                       [i for _, i in table])


def get_index(doc: Doc) -> EntityIndex:
    """The token lookups of ``doc``, built on first use (when ``swedish_entities`` did not run).
    ``doc._.people`` and ``doc._.organisations`` are filled only if nobody has set them."""
    idx = doc._.entity_index
    if idx is None:
        idx = build_index(doc)
        doc._.entity_index = idx
        if doc._.people is None:
            doc._.people = idx.people
        if doc._.organisations is None:
            doc._.organisations = idx.organisations
    return idx


class SwedishEntities:
    def __init__(self, nlp: Language, name: str = "swedish_entities"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        try:
            idx = build_index(doc)
        except Exception:  # never break the pipeline on an odd document
            idx = EntityIndex([], [], {}, {}, [], [], {}, {})
        doc._.entity_index = idx
        doc._.people = idx.people
        doc._.organisations = idx.organisations
        return doc


@Language.factory("swedish_entities")
def make_swedish_entities(nlp: Language, name: str) -> SwedishEntities:
    return SwedishEntities(nlp, name)
