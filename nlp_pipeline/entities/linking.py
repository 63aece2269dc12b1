"""Linking, in one place: which person or organisation each mention, NER span and speaker phrase is.

* :func:`set_entities` finishes a document's people and organisations (found by the
  ``swedish_entities`` component, or by any component of a user's): organisations named
  only as a person's affiliation, the entity mentions the tables list (NER spans linked to
  people and organisations, and linked mentions the NER missed; none inside boilerplate),
  and the ids. It stores all of it on the Doc as plain data (``doc._.entity_data``).
* :class:`EntityIndex` is the token-level view of that data (which token belongs to which
  person or organisation, where names and roles are given), rebuilt from the Doc's data.
* :class:`Linker` resolves a speaker phrase (a token span the quote component parsed: a
  name, a pronoun, a role) to a person or organisation of the document, and
  :meth:`Linker.entity_id` gives the id a speaker links to.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Sequence
from typing import Any

from spacy.tokens import Doc

from ..io.boilerplate import overlaps
from ..lang import gender as _gender
from ..lang.names import HYPHENED_PARTICLE_NAME
from ..lang.orgs import FOREIGN_ORG_WORDS, INSTITUTION_NOUNS, NATIONAL_INSTITUTIONS, ORG_NAMES, ORG_SUFFIX
from ..lang.places import is_country, is_place
from ..lang.pronouns import POSSESSIVES, PRONOUNS
from ..lang.roles import (
    AGENT_SUFFIX,
    GENERIC_ORG_NOUNS,
    KIND_NOUN_TYPES,
    NATIONALITY_NOUN,
    ORG_KIND_NOUNS,
    PERSON_NOUN_GENDER,
    PLURAL_TITLE,
    POSSESSED,
    RELATION_NOUNS,
    ROLE_SUFFIX,
    SOURCE_NOUNS,
    is_document,
    is_person_title,
    is_unnamed_source,
    of_kind,
)
from ..lang.words import AGE_NOUN, QUANTIFIERS, strip_genitive
from ..nlp.labels import is_name, map_label
from .names import acronym_expansions, named_thing, opens_sentence
from .records import Mention, Organisation, Person, normalise_name, org_id, person_id
from .roles import lower_initial, narrower_of, role_stem, same_role

for _name in ("entity_data",):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# a sentence saying that its subject is a source who does not want to be named: "som vill vara anonym", "vill
# inte framträda med namn", "som inte vill se sitt namn i tidningen"; not "vars namn inte har offentliggjorts",
# "anonyma brev", "vägrar uppge sitt namn"
_UNNAMED = re.compile(
    r"(?<![\w-])(?:inte\s+)?(?:vill|ville|önskar)\s+(?:inte\s+)?(?:(?:vara|förbli)\s+anonym|"
    r"(?:framträda|synas|stå|figurera|uppträda|medverka)\s+med\s+(?:sitt\s+)?namn|(?:ha|se|uppge|lämna)\s+sitt\s+namn)",
    re.IGNORECASE,
)


def unnamed_source(doc: Doc, k: int) -> bool:
    """Is the subject noun at token ``k`` a source the text introduces without a name, written indefinite, a
    person's noun, in a sentence saying that it does not want to be named ("En granne som vill vara anonym hörde
    skotten", "En man som bor intill vill inte framträda med namn"; not "En man vars namn inte har
    offentliggjorts", "anonyma brev", "vägrar uppge sitt namn")? Someone
    it then quotes as "hon"/"han", or with no
    attribution, is that source, not the person named before."""
    t = doc[k]
    if t.pos_ != "NOUN" or not t.text.islower() or "Sing" not in t.morph.get("Number"):
        return False
    j = k - 1
    if j > 0 and doc[j].pos_ == "ADJ":
        j -= 1  # "En äldre man"
    if j < 0 or doc[j].lower_ not in ("en", "ett") or not (t.dep_ == "nsubj" or j == t.sent.start):
        return False  # the subject, or the noun opening the sentence (the parse may miss it)
    lemma = t.lemma_.lower()
    if lemma not in SOURCE_NOUNS and lemma not in PERSON_NOUN_GENDER:
        return False
    return _UNNAMED.search(t.sent.text) is not None


_SENTENCE_BREAK = re.compile(r"[.!?…]+[”\"»]?\s+|\n\s*\n")

# How sure a link is, by how it was made (the ``swedish_quotes`` component's ``speaker_confidence``).
LINK_CONFIDENCE: dict[str, float] = {
    "name": 0.9,
    "organisation": 0.85,
    "short_name": 0.85,
    "short_name_ambiguous": 0.5,
    "organisation_rule": 0.7,
    "name_unlinked": 0.6,
    "pronoun": 0.85,
    "pronoun_any_gender": 0.7,
    "pronoun_organisation": 0.5,
    "pronoun_unresolved": 0.3,
    "unresolved": 0.4,
    "role_holder": 0.75,
    "unnamed_source": 0.5,
    "institution": 0.7,
    "role": 0.6,
}


# ------------------------------------------------------------------ the document's entities


def boilerplate_of(doc: Doc) -> list[tuple[int, int]]:
    """Navigation, cookie and photo-credit ranges a reader marked in ``doc.user_data``."""
    spans = doc.user_data.get("boilerplate") if isinstance(doc.user_data, dict) else None
    out = []
    for span in spans or []:
        try:
            out.append((int(span[0]), int(span[1])))
        except (TypeError, ValueError, IndexError):
            continue
    return out


def affiliation_organisations(
    doc: Doc, people: list[Person], orgs: list[Organisation], boiler: list[tuple[int, int]], text: str | None = None
) -> list[Organisation]:
    """Organisations named as a person's affiliation that the clustering did not list.

    Every verbatim occurrence outside boilerplate becomes an ORG mention, unless it
    crosses the boundary of a model entity or a linked mention; model entities
    wholly inside it are replaced by it.
    """
    text = doc.text if text is None else text  # doc.text is built anew on every access
    known = {normalise_name(n) for o in orgs for n in [o.canonical, *o.variants]}
    spans = [(e.start_char, e.end_char) for e in doc.ents]
    spans += [(m.start_char, m.end_char) for x in [*people, *orgs] for m in x.mentions]
    found: dict[str, Organisation] = {}
    for person in people:
        for name in person.affiliations or []:
            name = name[:-2] if name and name.endswith(":s") else name  # "FN:s" is FN
            key = normalise_name(name or "")
            if not key or key in known or key in found or len(key) < 3 or is_place(name) or named_thing(name.split()):
                continue  # "en präst från Italien", "på Skövde Pride": a place or an event is not an organisation
            if any(key.startswith(k + " ") for k in known if len(k) >= 3):
                continue  # "Migrationsöverdomstolen vid kammarrätten i Stockholm": the organisation is already listed
            mentions = []
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                s, e = m.span()
                crosses = any(a < e and s < b and not (s <= a and b <= e) for a, b in spans)
                if not overlaps(boiler, s, e) and not crosses:
                    mentions.append(Mention(name, s, e, "name"))
            if mentions:
                found[key] = Organisation(
                    key=len(orgs) + len(found), canonical=name, variants=[name], mentions=mentions, source="affiliation"
                )
    return list(found.values())


def entity_mentions(
    doc: Doc, people: list[Person], orgs: list[Organisation], boiler: list[tuple[int, int]], text: str | None = None
) -> list[dict[str, Any]]:
    """The document's entity mentions, in text order, never overlapping, none in boilerplate.

    Each NER span (its label mapped to PER/ORG/LOC/MISC), linked to the person or organisation
    whose name mention it is (or overlaps: the model's span may differ a little), then the linked
    name mentions the NER did not mark. Dicts with ``text, label, label_original, start_char,
    end_char, canonical, person_id, org_id``.
    """
    text = doc.text if text is None else text  # doc.text is built anew on every access
    inside_affiliation = [(m.start_char, m.end_char) for o in orgs if o.source == "affiliation" for m in o.mentions]
    linked: dict[tuple[int, int], tuple[str, str, str]] = {}
    for org in orgs:
        for m in org.mentions:
            linked[(m.start_char, m.end_char)] = ("ORG", org.canonical, org.id)
    for person in people:
        for m in person.mentions:
            if m.kind in ("name", "short"):
                linked[(m.start_char, m.end_char)] = ("PER", person.canonical, person.id)

    def link_of(start: int, end: int) -> tuple[str, str, str] | None:
        hit = linked.get((start, end))
        if hit is not None:
            return hit
        # the mention sharing the most characters (the model's span differs a little)
        best, shared = None, 0
        for (s, e), value in linked.items():
            n = min(e, end) - max(s, start)
            if n > shared:
                best, shared = value, n
        return best

    rows: list[dict[str, Any]] = []
    for ent in doc.ents:
        if overlaps(boiler, ent.start_char, ent.end_char):
            continue
        if any(s <= ent.start_char and ent.end_char <= e for s, e in inside_affiliation):
            continue  # "Botkyrka" (LOC) inside the affiliation "Kulturen i Botkyrka" (ORG)
        # time and measure expressions (SUC TME/MSR, ...) stay MISC, never linked to a person/organisation
        link = link_of(ent.start_char, ent.end_char) if is_name(ent.label_) else None
        start, end = ent.start_char, ent.end_char
        if link is not None:
            # the NER ran past a linked name ("Anna Ek/8" of a byline): the row is the name
            inner = [(s, e) for (s, e), v in linked.items() if v == link and start <= s and e <= end]
            if inner and (start, end) not in inner:
                start, end = min(inner, key=lambda se: (se[0] - se[1], se))
        row = {
            "text": text[start:end],
            "label": map_label(ent.label_),
            "label_original": ent.label_,
            "start_char": start,
            "end_char": end,
            "canonical": text[start:end],
            "person_id": None,
            "org_id": None,
        }
        if link is not None:
            kind, canonical, ident = link
            row["label"], row["canonical"] = kind, canonical
            row["person_id" if kind == "PER" else "org_id"] = ident
        rows.append(row)
    covered = {(r["start_char"], r["end_char"]) for r in rows}
    taken = [(r["start_char"], r["end_char"]) for r in rows]
    for (s, e), (kind, canonical, ident) in sorted(linked.items(), key=lambda kv: (kv[0][0] - kv[0][1], kv[0])):
        if (s, e) in covered or overlaps(boiler, s, e) or overlaps(taken, s, e):
            continue  # longest first; mentions never overlap one another
        taken.append((s, e))
        rows.append(
            {
                "text": text[s:e],
                "label": kind,
                "label_original": None,
                "start_char": s,
                "end_char": e,
                "canonical": canonical,
                "person_id": ident if kind == "PER" else None,
                "org_id": ident if kind == "ORG" else None,
            }
        )
    rows.sort(key=lambda r: (r["start_char"], r["end_char"]))
    return rows


def set_entities(doc: Doc, people: list[Person], organisations: list[Organisation], text: str | None = None) -> Doc:
    """Store a document's people and organisations on ``doc`` (as ``doc._.entity_data``), linked.

    Adds the organisations named only as affiliations and the entity mentions (see
    :func:`entity_mentions`). Any component that finds people and organisations its own way
    calls this, and the quote component and the tables work with its result.
    """
    boiler = boilerplate_of(doc)
    text = doc.text if text is None else text  # ``text``: doc.text when the caller has it (it is built on access)
    orgs = list(organisations) + affiliation_organisations(doc, people, organisations, boiler, text)
    doc._.entity_data = {
        "people": [p.to_dict() for p in people],
        "organisations": [o.to_dict() for o in orgs],
        "mentions": entity_mentions(doc, people, orgs, boiler, text),
    }
    return doc


def entity_data(doc: Doc) -> dict[str, Any]:
    """``doc._.entity_data``; a clear error when no entity component ran."""
    data = doc._.entity_data if Doc.has_extension("entity_data") else None
    if data is None:
        raise ValueError(
            "this Doc has no people and organisations: add the 'swedish_entities' component "
            "before 'swedish_quotes' (nlp.add_pipe('swedish_entities')), or call "
            "nlp_pipeline.entities.set_entities(doc, people, organisations) in your own component"
        )
    return data


def people_of(doc: Doc) -> list[Person] | None:
    data = doc._.entity_data
    return None if data is None else [Person.from_dict(d) for d in data["people"]]


def organisations_of(doc: Doc) -> list[Organisation] | None:
    data = doc._.entity_data
    return None if data is None else [Organisation.from_dict(d) for d in data["organisations"]]


def _read_only(name: str, how: str):
    def setter(doc: Doc, value: Any) -> None:
        raise AttributeError(f"doc._.{name} is built from the Doc's stored data on access; {how}")

    return setter


for _name, _getter in (("people", people_of), ("organisations", organisations_of)):
    if not Doc.has_extension(_name):
        Doc.set_extension(
            _name,
            getter=_getter,
            setter=_read_only(
                _name,
                "store people and organisations with nlp_pipeline.entities.set_entities(doc, people, organisations)",
            ),
        )


# ------------------------------------------------------------------ token lookups


@dataclasses.dataclass
class EntityIndex:
    """Lookups the speaker resolver needs, by token index."""

    people: list[Person]
    organisations: list[Organisation]  # those found as names (not only as affiliations)
    person_at: dict[int, int]  # token index -> person key (names and resolved pronouns)
    org_at: dict[int, int]  # token index -> organisation key
    name_starts: list[tuple[int, int]]  # (token index, person key) of name mentions, in order
    role_of: list[tuple[int, str, int]]  # (token index, role word lower, person key)
    surname_of: dict[str, set[int]]
    first_of: dict[str, set[int]]
    token_starts: list[int] = dataclasses.field(default_factory=list)  # token.idx of every token
    all_organisations: list[Organisation] = dataclasses.field(default_factory=list)  # affiliations too

    @classmethod
    def build(cls, doc: Doc, people: list[Person], organisations: list[Organisation]) -> EntityIndex:
        starts = [t.idx for t in doc]

        def tokens(start: int, end: int) -> range:
            return range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))

        person_at: dict[int, int] = {}
        org_at: dict[int, int] = {}
        name_starts: list[tuple[int, int]] = []
        role_of: list[tuple[int, str, int]] = []
        boiler = boilerplate_of(doc)
        for p in people:
            for m in p.mentions:
                if m.kind in ("name", "short") and not overlaps(boiler, m.start_char, m.end_char):
                    # not a name in a photo credit: no pronoun refers to the photographer
                    span = tokens(m.start_char, m.end_char)
                    for k in span:
                        person_at[k] = p.key
                    name_starts.append((span.start, p.key))
            role_of += [(bisect.bisect_left(starts, c), role, p.key) for c, role in p.role_at]
        named = [o for o in organisations if o.source != "affiliation"]
        for o in named:
            for m in o.mentions:
                for k in tokens(m.start_char, m.end_char):
                    org_at[k] = o.key
        for p in people:  # pronouns last: a pronoun token is never part of a name
            for m in p.mentions:
                if m.kind == "pronoun":
                    for k in tokens(m.start_char, m.end_char):
                        person_at[k] = p.key
        surname_of: dict[str, set[int]] = {}
        first_of: dict[str, set[int]] = {}
        for p in people:
            parts = p.canonical.split(" ")
            surname_of.setdefault(parts[-1], set()).add(p.key)
            if len(parts) > 1:
                first_of.setdefault(parts[0], set()).add(p.key)
        return cls(
            people,
            named,
            person_at,
            org_at,
            sorted(name_starts),
            sorted(role_of),
            surname_of,
            first_of,
            starts,
            list(organisations),
        )

    @classmethod
    def of(cls, doc: Doc) -> EntityIndex:
        """The index of the people and organisations stored on ``doc`` (see :func:`entity_data`)."""
        data = entity_data(doc)
        return cls.build(
            doc,
            [Person.from_dict(d) for d in data["people"]],
            [Organisation.from_dict(d) for d in data["organisations"]],
        )


# ------------------------------------------------------------------ speaker phrases


@dataclasses.dataclass
class Resolved:
    speaker: str | None
    kind: str | None
    confidence: float
    how: str


def is_name_word(t: str) -> bool:
    if len(t) > 3 and t.endswith(".") and t[-2] != ".":
        t = t[:-1]
    return (
        bool(t) and t[0].isupper() and t.replace("-", "").replace("’", "").replace("'", "").replace(":", "").isalpha()
    ) or bool(HYPHENED_PARTICLE_NAME.match(t))  # "al-Qassem"


def _lower_adjective(t) -> bool:
    return t.pos_ == "ADJ" and t.text[:1].islower()


def _proper_genitive(word: str) -> bool:
    """A capitalised genitive that is a name's, not a definite noun's opening a sentence: 'Volvos' (the tagger
    may read it as anything), not 'Kommunens', 'Förbundets', 'Skolans', 'Partiernas'."""
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ens", "ets", "ans", "nas", "tts"))
        and word.lower() not in POSSESSIVES  # "Hennes allierade"
    )


def looks_like_role(word: str) -> bool:
    w = word.lower()
    return bool(ROLE_SUFFIX.search(w) or (len(w) > 5 and AGENT_SUFFIX.search(w)) or w in INSTITUTION_NOUNS)


class Linker:
    """Resolves token spans of one document to its people and organisations.

    ``in_quote(char)`` says whether a character lies inside a direct quote (names said inside
    quotes are not antecedents); ``confidence`` overrides :data:`LINK_CONFIDENCE`.
    """

    def __init__(
        self,
        doc: Doc,
        index: EntityIndex,
        in_quote: Callable[[int], bool],
        confidence: dict[str, float] | None = None,
        text: str | None = None,
    ) -> None:
        self.doc = doc
        self.index = index
        self.in_quote = in_quote
        self.text = doc.text if text is None else text
        self.conf = {**LINK_CONFIDENCE, **(confidence or {})}
        self._ids: SpeakerIds | None = None

    def _r(self, speaker: str | None, kind: str | None, how: str, conf_key: str | None = None) -> Resolved:
        return Resolved(speaker, kind, self.conf[(conf_key or how).replace("-", "_")], how)

    def phrase(self, start: int, end: int, kind: str, name_start: int | None = None) -> Resolved:
        """A speaker phrase ``doc[start:end]`` of ``kind`` pronoun, role or name (joint names split at ``och``)."""
        doc = self.doc
        if kind == "pronoun":
            return self.pronoun(start)
        if kind == "role":
            return self.role(start, end)
        s = name_start if name_start is not None else start
        parts: list[tuple[int, int]] = []
        k = s
        for j in range(s, end):
            if doc[j].lower_ == "och":
                parts.append((k, j))
                k = j + 1
        parts.append((k, end))
        resolved = [self.name(a, b) for a, b in parts if b > a]
        if not resolved:
            return self.unresolved()
        names = list(dict.fromkeys(r.speaker for r in resolved if r.speaker))
        if len(resolved) == 1 or len(names) == 1 and all(r.speaker for r in resolved):
            return resolved[0]  # one name with "och" in it: "Sveriges Kommuner och Regioner"
        return Resolved(" och ".join(names), resolved[0].kind, min(r.confidence for r in resolved), "joint")

    def unresolved(self) -> Resolved:
        return self._r(None, None, "unresolved")

    def name(self, s: int, e: int) -> Resolved:
        doc = self.doc
        index = self.index
        for k in range(e - 1, s - 1, -1):
            if k in index.person_at:
                p = index.people[index.person_at[k]]
                return self._r(p.canonical, "person", "name")
        for k in range(s, e):
            if k in index.org_at:
                if any(doc[j].text.islower() and looks_like_role(doc[j].text) for j in range(k + 1, e)):
                    return self.role(s, e)  # the organisation owns the title that speaks: "Volvos vd"
                o = index.organisations[index.org_at[k]]
                return self._r(o.canonical, "organisation", "organisation")
        words = [t.text[:-1] if is_name_word(t.text) and t.text.endswith(".") else t.text for t in doc[s:e]]
        # short form matching one or more people
        for w in (words[-1], strip_genitive(words[-1]), words[0]):
            keys = index.surname_of.get(w) or index.first_of.get(w)
            if keys:
                key = self.most_recent(keys, doc[s].idx)
                how = "short-name" if len(keys) == 1 else "short-name-ambiguous"
                return self._r(index.people[key].canonical, "person", how)
        org = self.organisation_by_short_name(words, doc[s].idx)
        if org is not None:
            return self._r(org.canonical, "organisation", "short-name", "organisation")
        text = " ".join(words)
        if len(words) == 1 and self._name_inside_sentence(s):
            # a definite noun capitalised inside a sentence is a name, a newspaper's as often as not: "enligt
            # Barometern", "skriver Kuriren"
            return self._r(text, "organisation", "organisation-rule")
        if (
            len(words) == 1
            and not _gender.is_first_name(words[0])
            and (looks_like_role(words[0]) or doc[s].pos_ == "NOUN" and self.common_noun_here(s))
        ):
            # a capitalised role or common noun at a sentence start: "Statsministern sa", "Forskarna tror";
            # not a bare singular the tagger takes for a noun, which is a name ("Trump sa")
            return self.role(s, e, lower=True)
        if is_country(text) and not self._age_after(e):
            return self._r(text, "organisation", "country", "organisation-rule")  # a state that speaks: "Sverige anser"
        if self._place_that_speaks(s, e, words):
            # a place that states something is the body or the newspaper named after it: "rapporterar Norra
            # Skåne", "skriver Göteborg i ett pressmeddelande"
            return self._r(text, "organisation", "place-that-speaks", "organisation-rule")
        if (
            text in ORG_NAMES
            or ORG_SUFFIX.search(words[-1].lower())
            or (len(words) == 1 and words[0].isupper())
            # "Pacific Tsunami Warning Center"; not "Michael Bank", "John Post", a given name and a surname
            or (len(words) >= 2 and words[-1] in FOREIGN_ORG_WORDS and not _gender.is_first_name(words[0]))
        ):
            return self._r(text, "organisation", "organisation-rule")
        # drop a capitalised title before a first name
        while len(words) > 1 and not _gender.is_first_name(words[0]) and _gender.is_first_name(words[1]):
            words = words[1:]
        return self._r(" ".join(words), "person", "name-unlinked")

    def _the_one_named(self, before_char: int, noun: str) -> Resolved | None:
        """The one person named by name outside quotes in this paragraph and the one before, before ``before_char``:
        whom a nationality noun refers to ("AIK:s huvudtränare Mikkjal Joensen var missnöjd. – …, säger färöingen");
        not where another nationality is named there ("Dansken Viktor Axelsen … säger svensken")."""
        paragraph = max(self.text.rfind("\n\n", 0, before_char), 0)
        floor = max(self.text.rfind("\n\n", 0, paragraph), 0)
        if any(
            NATIONALITY_NOUN.match(w.lower()) and w.lower() != noun
            for w in re.findall(r"[\w-]+", self.text[floor:before_char])
        ):
            return None
        named = {
            p.key
            for p in self.index.people
            for m in p.mentions
            if m.kind in ("name", "short") and floor <= m.start_char < before_char and not self.in_quote(m.start_char)
        }
        if len(named) != 1:
            return None
        return self._r(self.index.people[named.pop()].canonical, "person", "role-holder")

    def _person_of_age(self, head: str, before_char: int) -> Resolved | None:
        """'23-åringen': the one person named before with that age ('Ali Hassan, 23,', '23-årige Ali Hassan'). Not
        where two people named have it, nor where someone of that age is also written without a name ('en 23-åring
        greps'); not a number with its own noun ('Jonas Berg, 23 minuter före slut')."""
        m = AGE_NOUN.match(head)
        if m is None:
            return None
        age = m.group(1)
        ages = re.compile(
            r"(?<![\w-])" + age + r"-åri(?:g|ga|ge)(?![\w-])|(?<![\w-])" + age + r"-åring(?:en)?(?![\w-])"
            r"|,[ \u00a0]*" + age + r"[ \u00a0]*(?=[,).])"
        )
        found = [(a.start(), a.end()) for a in ages.finditer(self.text, 0, before_char)]
        named: dict[tuple[int, int], Person] = {}
        for p in self.index.people:
            for mention in p.mentions:
                for s, e in found:
                    if s == mention.end_char or 0 <= mention.start_char - e <= 1:
                        named[(s, e)] = p
        people = {p.key for p in named.values()}
        if len(people) != 1 or any(span not in named for span in found):
            return None
        return self._r(next(iter(named.values())).canonical, "person", "role-holder")

    def _place_that_speaks(self, s: int, e: int, words: list[str]) -> bool:
        """Is the speaker span ``doc[s:e]`` a place of more than one word by the NER (a LOC entity of exactly
        these words), not opened by a given name ('Karin Boye') and with no age after it? One word the NER calls
        a place is as often a surname ('säger Holm')."""
        doc = self.doc
        return (
            e - s >= 2
            and doc[s].ent_iob_ == "B"
            and map_label(doc[s].ent_type_) == "LOC"
            and all(t.ent_iob_ == "I" for t in doc[s + 1 : e])
            and (e == len(doc) or doc[e].ent_iob_ != "I")
            and not _gender.is_first_name(words[0])
            and not self._age_after(e)
        )

    def _age_after(self, e: int) -> bool:
        """An age after the name ending before token ``e`` ('säger Israel, 34'): a person's."""
        doc = self.doc
        return e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].text.isdigit() and len(doc[e + 1].text) <= 3

    def common_noun_here(self, i: int) -> bool:
        """Is the capitalised noun at token ``i`` (at a sentence's start) a common noun, not a name? Yes when
        it is definite or plural ('Experten', 'Forskare'), or when the article never writes it with a capital
        inside a sentence ('Polis uppger att', 'Kvinna berättar'). 'Trump sa att' is a name where the article
        also writes 'president Trump'; the tagger reads it as the noun 'trump'."""
        t = self.doc[i]
        if "Def" in t.morph.get("Definite") or "Plur" in t.morph.get("Number"):
            return True
        for m in re.finditer(r"(?<![\w-])" + re.escape(t.text) + r"(?![\w-])", self.text):
            before = self.text[max(0, m.start() - 3) : m.start()].rstrip(" \u00a0")
            if before and before[-1].isalnum() or before[-1:] in (",", ";"):
                return False
        return True

    def most_recent(self, keys: set[int], before_char: int) -> int:
        best = None
        for pos, key in self.index.name_starts:
            if key in keys and self.doc[pos].idx < before_char:
                best = key
        return best if best is not None else min(keys)

    def pronoun(self, i: int) -> Resolved:
        """A pronoun at ``doc[i]``: 'hon'/'han' the person of that gender who is the subject of the previous
        sentence, else the nearest one named before; 'de' an organisation or a group that is the subject
        there (else the nearest organisation); 'man' (as in 'Man meddelade senare att') an organisation."""
        doc = self.doc
        low = doc[i].lower_
        want = PRONOUNS.get(low)
        char = doc[i].idx
        floor = self.previous_sentence_start(char)
        if want in ("plural", "organisation"):
            subject = self.plural_subject(floor, char) if want == "plural" else None
            if subject is not None:
                return subject
            best = None
            for k, key in self.index.org_at.items():
                c = doc[k].idx
                if floor <= c < char and not self.in_quote(c) and (best is None or c > best[0]):
                    best = (c, key)
            if best is not None:
                return self._r(self.index.organisations[best[1]].canonical, "organisation", "pronoun-organisation")
            return self._r(None, None, "pronoun-unresolved")
        starts = self.index.name_starts
        pos = bisect.bisect_left(starts, (i, -1)) - 1
        sentence = self.sentence_start(char)
        salient = None
        subjects = []
        while pos >= 0:
            t, key = starts[pos]
            c = doc[t].idx
            if c < floor:
                break
            p = self.index.people[key]
            if c < sentence and not self.in_quote(c) and (want is None or p.gender in (want, None)):
                if self._is_subject(t) and not self._in_genitive(t, key):
                    subjects.append((t, key))
            pos -= 1
        if subjects:
            # the subject of the previous sentence comes first (its main clause's, then the leftmost)
            salient = min(subjects, key=lambda tk: (self._subject_head(tk[0]).dep_ != "ROOT", tk[0]))
        elif (role := self.role_subject(floor, char, want, after=self._last_named(char, want))) is not None:
            # a person noun as the subject there: "Kvinnan är 34 år. – …, säger hon"; after a person of that
            # gender is named only a new one, indefinite ("– Vi vann, säger Anna Berg. En kvinna som bor i huset är
            # chockad. – …, säger hon"): "Kvinnan" after "Anna Berg" is most often Anna Berg
            return role
        else:
            pos = bisect.bisect_left(starts, (i, -1)) - 1
            while pos >= 0:
                t, key = starts[pos]
                p = self.index.people[key]
                if not self.in_quote(doc[t].idx) and (want is None or p.gender in (want, None)):
                    salient = (t, key)
                    break
                pos -= 1
        if salient is not None:
            p = self.index.people[salient[1]]
            return self._r(p.canonical, "person", "pronoun", None if p.gender == want else "pronoun_any_gender")
        return self._r(None, None, "pronoun-unresolved")

    def _last_named(self, char: int, want: str | None) -> int:
        """Where the last person of gender ``want`` (or of no known gender) is named before ``char``, outside
        direct quotes; -1 when nobody is."""
        last = -1
        for t, key in self.index.name_starts:
            c = self.doc[t].idx
            if c < char and not self.in_quote(c) and (want is None or self.index.people[key].gender in (want, None)):
                last = max(last, c)
        return last

    def role_subject(self, floor: int, char: int, want: str | None, after: int = -1) -> Resolved | None:
        """'han'/'hon': the person noun that is the subject of this sentence or the previous one, a title
        ('Tränaren är nöjd. – …, säger han' -> tränaren) or a noun of the pronoun's gender ('Kvinnan', not for
        'han'). Not an agent noun of any kind ('tillverkaren', 'arrangören'), nor a role an organisation can have
        ('ägaren'): only titles (``ROLE_SUFFIX``) and person nouns. ``after``: where the last person of that
        gender is named (-1: nobody); after it only a new person counts, written indefinite ('En kvinna')."""
        doc = self.doc
        if not doc.has_annotation("DEP"):
            return None
        starts = self.index.token_starts
        sentence = self.sentence_start(char)
        holders: dict[int, bool] = {}
        sources: dict[int, bool] = {}

        def holder(k: int) -> bool:  # each subject's holder looked up once (``role`` searches the article)
            if k not in holders:
                holders[k] = self._named_holder(k, want)
            return holders[k]

        def source(k: int) -> bool:
            if k not in sources:
                sources[k] = unnamed_source(doc, k)
            return sources[k]

        for lo_c, hi_c in ((sentence, char), (floor, sentence)):
            lo, hi = bisect.bisect_left(starts, lo_c), bisect.bisect_left(starts, hi_c)
            subjects = [
                (k, self._owner_of(k))  # the owner: "Klubbens sportchef bekräftar …", the role with its owner
                for k in range(lo, hi)
                if (doc[k].dep_ == "nsubj" or source(k))  # not a passive's: "Kommunens socialchef kritiseras"
                and doc[k].idx > after
                and doc[k].pos_ == "NOUN"
                and "Sing" in doc[k].morph.get("Number")
                and not self.in_quote(doc[k].idx)
            ]
            indefinite_only = after >= 0
            subjects = [
                (k, owner)
                for k, owner in subjects
                if (not indefinite_only or holder(k))  # "Butiksägaren är kritisk" after his name
                and (owner is not None or "Def" in doc[k].morph.get("Definite"))
                # an indefinite noun of a gender: "En kvinna som bor i huset berättar … – …, säger hon"
                or doc[k].lemma_.lower() in PERSON_NOUN_GENDER
                and k > 0
                and doc[k - 1].lower_ in ("en", "ett")
                and (not indefinite_only or self._in_a_state(k))
                or source(k)  # "En granne som vill vara anonym hörde skotten. – …, säger hon"
            ]
            subjects.sort(key=lambda ko: (doc[ko[0]].head.dep_ != "ROOT", ko[0]))  # the main clause's subject first
            for k, owner in subjects:
                t = doc[k]
                gender = PERSON_NOUN_GENDER.get(t.lemma_.lower())
                if (
                    gender == want
                    if gender is not None
                    else (is_person_title(t.lower_) or source(k) or holder(k)) and t.lower_ not in INSTITUTION_NOUNS
                ):
                    resolved = self.role(k if owner is None else owner, k + 1, lower=True)
                    return dataclasses.replace(resolved, how="pronoun-" + resolved.how)
        return None

    def _named_holder(self, k: int, want: str | None = None) -> bool:
        """Does the title at ``k`` name a person the article named with that title before ("Butiksägaren Nikolaos
        Papadopoulos … Butiksägaren är kritisk"), of the pronoun's gender ``want``?"""
        if not self.doc[k].text.isalpha():
            return False
        r = self.role(k, k + 1, lower=True)
        if r.how != "role-holder":
            return False
        gender = next((p.gender for p in self.index.people if p.canonical == r.speaker), None)
        return want is None or gender in (want, None)

    def _in_a_state(self, k: int) -> bool:
        """Is the subject at ``k`` said to be in a state ('En kvinna som bor i huset är chockad'), not to do
        something ('En man försökte råna kassan', 'En pojke drunknade', 'En kvinna blev påkörd')? A witness is
        introduced so; a perpetrator or a victim, whom someone else then speaks about, is not."""
        head = self.doc[k].head
        return head.pos_ == "ADJ" and any(c.dep_ == "cop" and c.lower_ in ("är", "var") for c in head.children)

    def _owner_of(self, k: int) -> int | None:
        """The token of a genitive owning the noun at ``k`` right before it ('Klubbens sportchef'), if any; not a
        possessive pronoun."""
        owners = [
            c.i
            for c in self.doc[k].children
            if c.dep_ == "nmod:poss" and c.i == k - 1 and c.lower_ not in PRONOUNS and c.lower_ not in POSSESSIVES
        ]
        return owners[0] if owners else None  # not "Hennes mamma …, säger hon": "hon" is more likely her

    @staticmethod
    def _holds(stem: str, role: str, roles: Sequence[str] = ()) -> bool:
        """Does a role noun (as its stem) name a title a person holds, any word of it: 'ordföranden' ~
        'ordförande i förbundet', 'förbundets ordförande'? ``roles`` as for :func:`same_role`."""
        s1 = stem.rstrip("e")
        if len(s1) < 4:
            return False
        for w in role.split(" "):
            r = role_stem(w).rstrip("e")
            if len(r) >= 4 and (r.endswith(s1) or narrower_of(s1, r, roles)):
                return True
        return False

    def _subject_head(self, t: int):
        tok = self.doc[t]
        while tok.dep_ in ("flat:name", "flat", "compound") and tok.head.i != tok.i:
            tok = tok.head
        return tok.head

    def _in_genitive(self, t: int, key: int) -> bool:
        """Is the name of person ``key`` starting at token ``t`` written in the genitive before another person
        ('Anna Bergs dotter Lisa', 'Erik Holms nya tränare'): that person's owner, whatever the parse makes of it,
        not the subject? The owner of a thing or a deed is what the sentence is about ('Anna Bergs bok om Lena
        Nilsson', 'Lisa Holms kritik mot Maria Ek')."""
        doc = self.doc
        e = t
        while e + 1 < len(doc) and self.index.person_at.get(e + 1) == key:
            e += 1
        last, canonical = doc[e].text, self.index.people[key].canonical.split(" ")[-1]
        if last == canonical or last not in (canonical + "s", canonical + ":s"):
            return False
        k = e + 1
        while k < len(doc) and doc[k].pos_ == "ADJ":
            k += 1
        if k >= len(doc):
            return False
        noun = doc[k].lower_
        named_after = k + 1 < len(doc) and doc[k + 1].text[:1].isupper() and doc[k + 1].ent_type_ == "PER"
        # the owner of a passive's subject did nothing: "Jonas Eks bil stals av Per Holm"
        passive = doc[k].dep_ == "nsubj:pass" or any(
            "Pass" in v.morph.get("Voice") for v in (doc[k].head, self._subject_head(t))
        )
        return noun in RELATION_NOUNS or noun in PERSON_NOUN_GENDER or is_person_title(noun) or named_after or passive

    def _is_subject(self, t: int) -> bool:
        """Is the name at token ``t`` (or the name it is part of) a subject in the parse?"""
        tok = self.doc[t]
        for _ in range(3):
            if tok.dep_.startswith("nsubj"):
                return True
            if tok.dep_ in ("flat:name", "flat", "appos", "compound") and tok.head.i != tok.i:
                tok = tok.head
            else:
                return False
        return False

    def plural_subject(self, floor: int, char: int) -> Resolved | None:
        """'de' as a speaker: the subject of the previous sentence when it is an organisation ('Även
        Vänsterpartiet tyckte …'), a proper name no person has, or a group ('flera politiker i de andra
        partierna' -> 'politiker i de andra partierna')."""
        doc = self.doc
        if not doc.has_annotation("DEP"):
            return None
        sentence = self.sentence_start(char)
        starts = self.index.token_starts
        for lo_c, hi_c in ((sentence, char), (floor, sentence)):
            lo, hi = bisect.bisect_left(starts, lo_c), bisect.bisect_left(starts, hi_c)
            subjects = [
                k
                for k in range(lo, hi)
                if doc[k].dep_.startswith("nsubj") and not self.in_quote(doc[k].idx) and doc[k].lower_ not in PRONOUNS
            ]
            subjects.sort(key=lambda k: (doc[k].head.dep_ != "ROOT", k))  # the main clause's subject first
            for k in subjects:
                found = self._plural_antecedent(k)
                if found is not None:
                    return found
        # an organisation named by its kind in the previous sentence: "Även hos brandförsvaret har …"
        lo, hi = bisect.bisect_left(starts, floor), bisect.bisect_left(starts, char)
        for k in range(hi - 1, lo - 1, -1):
            t = doc[k]
            if t.pos_ == "NOUN" and "Def" in t.morph.get("Definite") and "Sing" in t.morph.get("Number"):
                if self.in_quote(t.idx):
                    continue
                org = self._org_of_kind(t.lower_, role_stem(t.lower_), t.idx)
                if org is not None:
                    return self._r(org.canonical, "organisation", "pronoun-organisation")
                fuller = self._possessed_before(role_stem(t.lower_), t.idx)
                if fuller is not None and fuller.kind == "organisation":
                    return self._r(fuller.speaker, "organisation", "pronoun-organisation")
        return None

    def _plural_antecedent(self, k: int) -> Resolved | None:
        doc = self.doc
        t = doc[k]
        if k in self.index.org_at:
            return self._r(
                self.index.organisations[self.index.org_at[k]].canonical, "organisation", "pronoun-organisation"
            )
        if k in self.index.person_at:
            # two people named together: "Anna Ek och Per Holm har skrivit … De menar att" (joint speakers)
            joint = sorted(
                {k}
                | {
                    c.i
                    for c in (*t.children, *t.head.children)  # as conjuncts, or subjects of one verb
                    if c.dep_ in ("conj", t.dep_) and c.i in self.index.person_at
                }
            )
            # one list of names, the last after "och": "Anna Ek, Per Holm och Lisa Berg"
            gaps = [
                [doc[x].lower_ for x in range(a, b) if x not in self.index.person_at]
                for a, b in zip(joint, joint[1:], strict=False)
            ]
            if len(joint) < 2 or any(g not in ([","], ["och"]) for g in gaps) or gaps[-1] != ["och"]:
                return None
            names = list(dict.fromkeys(self.index.people[self.index.person_at[j]].canonical for j in joint))
            return self._r(", ".join(names[:-1]) + " och " + names[-1], "person", "pronoun") if len(names) > 1 else None
        if t.pos_ == "PROPN" and is_name_word(t.text):
            return self._r(t.text, "organisation", "pronoun-organisation")
        if t.pos_ == "NOUN" and "Plur" in t.morph.get("Number"):
            left = t.left_edge.i
            while left < k and doc[left].lower_ in QUANTIFIERS:
                left += 1
            right = t.right_edge.i + 1
            while right > k + 1 and (doc[right - 1].is_punct or doc[right - 1].is_space):
                right -= 1
            if right - left <= 8:
                return self._r(doc[left:right].text, "role", "pronoun", "pronoun_any_gender")
        return None

    def sentence_start(self, char: int) -> int:
        """Start of the sentence holding ``char``."""
        ends = [m.end() for m in _SENTENCE_BREAK.finditer(self.text, max(0, char - 600), char)]
        return ends[-1] if ends else max(0, char - 600)

    def _name_inside_sentence(self, i: int) -> bool:
        """Is the word at token ``i`` a definite noun capitalised inside a sentence (not its first word), no title
        or role word, no given name and no person's: a name of something ("Barometern")?"""
        doc = self.doc
        t = doc[i]
        if not (t.text[:1].isupper() and t.text[1:].islower() and t.is_alpha) or i == 0 or t.is_sent_start:
            return False
        if t.pos_ != "NOUN" or "Def" not in t.morph.get("Definite"):
            return False
        if opens_sentence(doc, i) or doc[i - 1].text == "(":
            return False
        return not (looks_like_role(t.text) or _gender.is_first_name(t.text) or i in self.index.person_at)

    def previous_sentence_start(self, char: int) -> int:
        """Start of the sentence before the one holding ``char``."""
        ends = [m.end() for m in _SENTENCE_BREAK.finditer(self.text, max(0, char - 600), char)]
        return ends[-2] if len(ends) >= 2 else max(0, char - 600)

    def role(self, start: int, end: int, lower: bool = False) -> Resolved:
        """A role or group phrase ``doc[start:end]``: the person the article names as its holder; for a
        group at an organisation ('experterna på Myndigheten X') that organisation; for a document
        ('studien', 'en bulletin från X', 'Regeringens handlingsplan') whoever is behind it, else nobody;
        for an organisation noun ('bolaget', 'brandförsvaret', 'Sveriges regering') the organisation of
        that kind named before; for a bare noun ('mamman') the fuller phrase named before ('Lucas mamma');
        else the phrase as written (a role)."""
        doc = self.doc
        head_i = self._head(start, end)
        head = doc[head_i].lower_
        text = doc[start:end].text
        owned = start < head_i and _proper_genitive(doc[start].text)  # "Volvos vd"; not "Polis uppger"
        capital_noun = text[:1].isupper() and doc[start].pos_ != "PROPN" and start not in self.index.org_at
        if lower or capital_noun and not owned:
            text = lower_initial(text)  # "EU-minister" keeps its capitals
        aged = self._person_of_age(head, doc[start].idx)
        if aged is not None:
            return aged
        if end - start == 1 and NATIONALITY_NOUN.match(head):
            described = self._the_one_named(doc[start].idx, head)
            if described is not None:
                return described
        stem = role_stem(head)
        plural = "Plur" in doc[head_i].morph.get("Number") or bool(PLURAL_TITLE.search(head))
        best = None
        owner = self._role_owner(start, head_i)
        if stem not in RELATION_NOUNS:
            for pos, role, key in self.index.role_of:
                roles = self.index.people[key].roles
                if (same_role(stem, role, roles) or self._holds(stem, role, roles)) and self._owned_alike(
                    owner, pos, key
                ):
                    if best is None or pos < start:
                        best = key
        if best is not None:
            return self._r(self.index.people[best].canonical, "person", "role-holder")
        if is_unnamed_source(head) or is_document(head):
            owner = self._owner(start, head_i, end)
            return owner if owner is not None else self._r(None, None, "unnamed-source")
        if plural and head_i + 2 < end and doc[head_i + 1].lower_ in ("på", "vid", "hos", "inom", "från", "i"):
            # a group at an organisation: "experterna på Myndigheten X" speaks for X
            org = self._org_in(head_i + 2, end)
            if org is not None:
                return self._r(org.canonical, "organisation", "institution")
        if not plural and head_i == end - 1:
            org = self._org_of_kind(head, stem, doc[start].idx)
            if org is not None:
                return self._r(org.canonical, "organisation", "institution")
            if end - start == 1 or (end - start == 2 and doc[start].lower_ in ("den", "det")):
                fuller = self._possessed_before(stem, doc[start].idx)
                if fuller is not None:
                    return fuller
        if head in NATIONAL_INSTITUTIONS and end - start == 1:
            return self._r(text[:1].upper() + text[1:], "organisation", "institution")
        return self._r(text, "role", "role")

    def _role_owner(self, start: int, head_i: int) -> str | None:
        """The name a role phrase is owned by, in the genitive before its head: 'Estlands' in
        'Estlands justitieminister', 'Volvos' in 'Volvos vd'."""
        for k in range(start, head_i):
            w = self.doc[k].text
            if is_name_word(w) and strip_genitive(w) != w:
                return w
        return None

    def _owned_alike(self, owner: str | None, pos: int, key: int) -> bool:
        """Can the holder of the role given at token ``pos`` be the holder of a role owned by ``owner``?
        Not when the role was given with another owner ('Norges utrikesminister Kari Lie' is not
        'Finlands utrikesminister'); an owner written before the title, over its adjectives ('Norges nya
        utrikesminister'). A role given without an owner may be anyone's: the article does not say."""
        if owner is None:
            return True
        k = self._skip_space(pos - 1)
        while k >= 0 and k > pos - 4 and _lower_adjective(self.doc[k]):
            k = self._skip_space(k - 1)
        given = self.doc[k].text if k >= 0 else ""
        if not (is_name_word(given) and strip_genitive(given) != given):
            return True
        return given == owner

    def _skip_space(self, k: int) -> int:
        while k >= 0 and self.doc[k].is_space:
            k -= 1
        return k

    def _head(self, start: int, end: int) -> int:
        """The head noun of a role phrase: the last word before its first preposition or 'som'."""
        doc = self.doc
        for k in range(start + 1, end):
            if doc[k].lower_ in ("som", ",") or (doc[k].pos_ == "ADP" and doc[k].lower_ not in ("av",)):
                return k - 1
        return end - 1

    def _org_in(self, start: int, end: int) -> Organisation | None:
        for k in range(start, end):
            if k in self.index.org_at:
                return self.index.organisations[self.index.org_at[k]]
        return None

    def _owner(self, start: int, head_i: int, end: int) -> Resolved | None:
        """Who is behind a document: an organisation or person named in the phrase (not a receiver after
        'till'/'för'), a genitive before it ('Regeringens', 'de amerikanska kyrkornas')."""
        doc = self.doc
        index = self.index
        receiver = False
        for k in range(start, end):
            if doc[k].pos_ == "ADP" or doc[k].lower_ in ("till", "för", "från", "av"):
                receiver = doc[k].lower_ in ("till", "för")  # "uppgifter till TT": TT only received them
                continue
            if receiver:
                continue
            if k in index.org_at:
                return self._r(index.organisations[index.org_at[k]].canonical, "organisation", "organisation")
            if k in index.person_at:
                return self._r(index.people[index.person_at[k]].canonical, "person", "name")
        for k in range(head_i - 1, start - 1, -1):
            w = doc[k].text
            base = strip_genitive(w)
            if base == w or len(base) < 2:
                continue
            if is_name_word(w):
                for o in index.all_organisations:
                    if base.lower() in (n.lower() for n in [o.canonical, *o.variants]):
                        return self._r(o.canonical, "organisation", "organisation")
                if base in ORG_NAMES or base.capitalize() in ORG_NAMES:
                    return self._r(base, "organisation", "organisation-rule")
                keys = index.surname_of.get(base) or index.first_of.get(base)
                if keys:
                    return self._r(index.people[self.most_recent(keys, doc[start].idx)].canonical, "person", "name")
                return self._r(base, "organisation", "organisation-rule")
            # a kind of organisation in the genitive: the one of that kind named before ("Folkhälsomyndigheten …
            # Enligt myndighetens senaste lägesrapport")
            low = base.lower()
            stem = role_stem(low)
            org = self._org_of_kind(low, stem, doc[start].idx) if k == start else None
            last = max((m.start_char for m in org.mentions if m.start_char < doc[start].idx), default=-1) if org else -1
            floor = self.previous_sentence_start(doc[start].idx)
            if (
                org is not None
                # not one unnamed since: "… från ett kinesiskt batteribolag. Enligt bolagets beräkningar"
                and not any(
                    t.lower_.endswith(stem) and "Ind" in t.morph.get("Definite") for t in doc[:start] if t.idx > last
                )
                # nor one of two of its kind just named: "Polisen och Tullverket … Enligt myndighetens pressmeddelande"
                and not any(
                    o is not org
                    and o.type == org.type
                    and any(floor <= m.start_char < doc[start].idx for m in o.mentions)
                    for o in self.index.all_organisations
                )
            ):
                return self._r(org.canonical, "organisation", "organisation")
            # a group in the genitive: "de amerikanska kyrkornas egna utredningar" -> "de amerikanska kyrkorna"
            return self._r(" ".join([t.text for t in doc[start:k]] + [base]), "role", "role")
        return None

    def _org_of_kind(self, head: str, stem: str, before_char: int) -> Organisation | None:
        """The organisation a noun like 'bolaget', 'brandförsvaret', 'regeringen' refers back to: one whose
        name has the noun in it, or one of the noun's kind (its type), named most recently before."""
        if looks_like_role(head) and head not in INSTITUTION_NOUNS or len(stem) < 4:
            return None
        key = next((k for k in ORG_KIND_NOUNS if stem.endswith(k)), None)
        kind = ORG_KIND_NOUNS[key] if key is not None else None
        best: tuple[int, Organisation] | None = None
        after: tuple[int, Organisation] | None = None
        # the noun ends a word of the name, inflected or not: "brandförsvaret" in "Storstockholms brandförsvar";
        # "kommunen" not in "Kommunal i Gävle"
        in_name = re.compile(re.escape(stem) + r"(?:en|et|n|s|ens|ets|ns)?(?![\w-])")
        named = [
            o
            for o in self.index.all_organisations
            if any(in_name.search(n.lower()) for n in (o.canonical, *o.variants))
        ]
        # a noun more specific than its kind goes to one whose name has it before one of the kind: "hovrätten" is
        # "Göta hovrätt", not the "Örebro tingsrätt" named since; "domstolen", "partiet", "kommunen" are the
        # kind's own nouns and mean the one of the kind named last
        if key is None or stem == key or not any(m.start_char < before_char for o in named for m in o.mentions):
            named += [o for o in self.index.all_organisations if kind is not None and o.type == kind and o not in named]
        for o in named:
            before = [m.start_char for m in o.mentions if m.start_char < before_char]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), o)
            elif not before and o.mentions and (after is None or o.mentions[0].start_char < after[0]):
                after = (o.mentions[0].start_char, o)
        if best is not None:
            return best[1]
        if after is not None and kind is None:
            return after[1]  # named only later: "Sveriges regering säger …" before "regeringen har …"
        found = self._described_as(head, before_char)  # "Influencerbyrån Perfect Day Media … skriver byrån"
        if found is None and any(stem.endswith(k) for k in GENERIC_ORG_NOUNS):
            found = self._recent_untyped_organisation(before_char)
        # "Enligt Svensk Simidrott … Förbundet har varnat"
        return found if found is not None else self._one_of_its_kind(stem, before_char)

    def _described_as(self, head: str, before_char: int) -> Organisation | None:
        """The organisation named last before ``before_char`` right after a noun that ends in ``head``
        ("Influencerbyrån Perfect Day Media", "fotbollsklubben Malmö FF"): what "byrån", "klubben" refers to."""
        starts = self.index.token_starts
        best: tuple[int, Organisation] | None = None
        for o in self.index.all_organisations:
            for m in o.mentions:
                i = bisect.bisect_left(starts, m.start_char)
                if 0 < i and m.start_char < before_char and self.doc[i - 1].lower_.endswith(head):
                    if best is None or m.start_char > best[0]:
                        best = (m.start_char, o)
        return None if best is None else best[1]

    def _named_as_subject(self, m: Mention) -> bool:
        """Is the mention the subject of its clause or the opening of its sentence?"""
        starts = self.index.token_starts
        i, j = bisect.bisect_left(starts, m.start_char), bisect.bisect_left(starts, m.end_char)
        return opens_sentence(self.doc, i) or any(t.dep_.startswith("nsubj") for t in self.doc[i:j])

    def _moved_between(self, char: int) -> bool:
        """Is the organisation named at ``char`` where someone comes from or goes to ("från IFK Göteborg", "till
        Hammarby IF")?"""
        i = bisect.bisect_left(self.index.token_starts, char)
        return i > 0 and self.doc[i - 1].lower_ in ("från", "till")

    def _one_of_its_kind(self, stem: str, before_char: int) -> Organisation | None:
        """The one organisation of the kind a generic noun names ("organisationen", "klubben", "förbundet"; types
        by ``lang.roles.KIND_NOUN_TYPES``, a name that says the kind where ``KIND_NAMES`` has one) named in this
        paragraph or the one before, or where both name several, the one this paragraph names ("FN:s säkerhetsråd
        …⏎⏎Internationella rödakorskommittén varnar. Enligt organisationen …"); None where none or several are."""
        key = next((k for k in KIND_NOUN_TYPES if stem.startswith(k)), None)
        if key is None:
            return None
        paragraph = max(self.text.rfind("\n\n", 0, before_char), 0)
        floor = max(self.text.rfind("\n\n", 0, paragraph), 0)
        doc, starts = self.doc, self.index.token_starts
        found = [
            o
            for o in self.index.all_organisations
            if any(floor <= m.start_char < before_char and not self._moved_between(m.start_char) for m in o.mentions)
            and of_kind(key, o.type, o.canonical)
        ]
        if len(found) > 1:
            # the one this paragraph names as a subject or opening a sentence, not as the other side or a former
            # club ("efter förlusten mot AIK", "spelade tidigare i IFK Göteborg")
            found = [
                o
                for o in found
                if any(paragraph <= m.start_char < before_char and self._named_as_subject(m) for m in o.mentions)
            ]
        if len(found) != 1:
            return None
        first = min(m.start_char for m in found[0].mentions if m.start_char >= floor)
        unnamed = re.compile(rf"\w*{key}\w{{0,4}}$")
        for i in range(bisect.bisect_left(starts, floor), bisect.bisect_left(starts, first)):
            if unnamed.match(doc[i].lower_) and i + 1 not in self.index.org_at and i not in self.index.org_at:
                # an unnamed one of the kind before the one named: "Spelaren kom till klubben från Nordby IF",
                # "Klubben har köpt anfallaren från IFK Göteborg", "en mindre fotbollsklubb"
                return None
        return found[0]

    def _recent_untyped_organisation(self, before_char: int) -> Organisation | None:
        """The one organisation named before ``before_char`` in this sentence or the one before, where the
        knowledge base gives it no type that says otherwise, as a subject or opening its sentence: 'Volvo Cars …
        Företaget uppger', 'AIK:s anfallare … Klubben skriver' (a firm or club the knowledge base does not know)."""
        floor = self.previous_sentence_start(before_char)
        named = [
            (max(before), o)
            for o in self.index.all_organisations
            if (before := [m.start_char for m in o.mentions if floor <= m.start_char < before_char])
        ]
        if len(named) != 1 or named[0][1].type is not None or self.in_quote(named[0][0]):
            return None  # none, or more than one to choose from ("Toyota … på dess Derbyshire-fabrik")
        i = bisect.bisect_left(self.index.token_starts, named[0][0])
        t = self.doc[i]
        subject = t.dep_.startswith("nsubj") or t.dep_ == "nmod:poss" and t.head.dep_.startswith("nsubj")
        source = i > 0 and self.doc[i - 1].lower_ == "enligt"  # "Enligt Svensk Simidrott … Förbundet har"
        if not (subject or source or opens_sentence(self.doc, i)):
            return None  # not an object or another's place: "anlitade underleverantören Nordbygg. Företaget …"
        return named[0][1]

    def _possessed_before(self, stem: str, before_char: int) -> Resolved | None:
        """'mamman' after 'Lucas mamma', 'brandförsvaret' after 'Storstockholms brandförsvar': the last
        'X:s noun' with the same noun before; a relation of a person is a role, anything else an organisation."""
        found = None
        for m in POSSESSED.finditer(self.text, 0, before_char):
            if role_stem(m.group(2)) == stem or m.group(2).lower() == stem:
                found = m
        if found is None or self.in_quote(found.start()):
            return None
        phrase = found.group(0)
        if stem in RELATION_NOUNS or _gender.is_first_name(strip_genitive(found.group(1))):
            return self._r(phrase, "role", "role")
        return self._r(phrase, "organisation", "organisation-rule")

    def organisation_by_short_name(self, words: list[str], before_char: int) -> Organisation | None:
        """'Arkwright' for 'Arkwright AB' named in the same article; an acronym the knowledge base expands to an
        organisation the article names ('Finansinspektionen varnar … Enligt FI')."""
        expanded = acronym_expansions(words[0]) if len(words) == 1 else None
        if expanded:
            found = [o for o in self.index.organisations if o.canonical in expanded]
            if len(found) == 1:
                return found[0]
        if len(words) != 1 or len(words[0]) < 3:
            return None
        w = strip_genitive(words[0])
        if not w[:1].isupper():
            return None
        found = [o for o in self.index.organisations if len(o.canonical.split(" ")) > 1 and w in o.canonical.split(" ")]
        return min(found, key=lambda o: (not o.canonical.startswith(w), len(o.canonical)), default=None)

    def entity_id(
        self, speaker: str | None, kind: str | None, mention_start: int | None, mention_end: int | None
    ) -> str | None:
        """The ``person_id`` or ``org_id`` a speaker links to (see :class:`SpeakerIds`)."""
        if self._ids is None:
            self._ids = SpeakerIds(self.index.people, self.index.all_organisations)
        return self._ids(speaker, kind, mention_start, mention_end)


class SpeakerIds:
    """The ``person_id`` or ``org_id`` a speaker links to: by name (canonical or variant; an
    organisation first when the speaker's kind is one), else by the mention it was resolved from."""

    def __init__(self, people: list[Person], orgs: list[Organisation]) -> None:
        self.people, self.orgs = people, orgs
        self.person_keys: dict[str, str] = {}
        for person in people:
            for name in [person.canonical, *person.variants]:
                self.person_keys.setdefault(normalise_name(name), person_id(person.canonical))
        self.org_keys: dict[str, str] = {}
        for org in orgs:
            for name in [org.canonical, *org.variants]:
                self.org_keys.setdefault(normalise_name(name), org_id(org.canonical))

    def __call__(
        self, speaker: str | None, kind: str | None, mention_start: int | None, mention_end: int | None
    ) -> str | None:
        key = normalise_name(str(speaker or ""))
        is_org = str(kind or "").lower().startswith("org")
        for keys in [self.org_keys, self.person_keys] if is_org else [self.person_keys, self.org_keys]:
            if key and key in keys:
                return keys[key]
        s, e = mention_start, mention_end
        if s is not None and e is not None:
            for person in self.people:
                if any(m.start_char < e and s < m.end_char for m in person.mentions):
                    return person.id
            for org in self.orgs:
                if any(m.start_char < e and s < m.end_char for m in org.mentions):
                    return org.id
        return None
