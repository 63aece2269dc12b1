"""The Swedish entity knowledge base: organisations, parties and politicians (``data/kb.json.gz``,
built by ``recipe/build_kb.py``; sources, licences, counts and thresholds in ``data/KB.md``).

Loaded once, lazily, on the first lookup; every lookup is a dict access after normalising case and
whitespace. No network access.

* ``organisation(name)``: an organisation by its name or a variant, also in the genitive
  ("Försäkringskassans", "SCB:s" is not a name: see ``expand_acronym``);
* ``expand_acronym(acr)``: the organisations an acronym stands for, best attested first;
* ``org_type(name)``: the type of a named organisation (or of an acronym with one expansion);
* ``party(token_or_name)``: a party by letters ("S", "KD", "(mp)"), name, lower-case or genitive form;
* ``party_of_member(word)``: a party by its member noun ("moderaten", "socialdemokrater");
* ``politicians_by_name(full_name)``, ``politicians_by_surname(surname)``: the MPs and ministers of
  the Riksdag interpellations 1994-2024 (several entries for namesakes and party switchers);
* ``link_politician(name, party=..., title=...)``: one politician when the evidence is enough (a full
  name that only one entry has, or a surname with a party or title that leaves one), else ``None``.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .org_types import ORG_TYPES  # noqa: F401  (the types an entry can have, re-exported)

DATA = Path(__file__).resolve().parent / "data" / "kb.json.gz"
SCHEMA = 1


@dataclass(frozen=True)
class OrgEntry:
    name: str
    type: str
    acronyms: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    wikidata: str | None = None
    sources: tuple[str, ...] = ()
    n: int = 0  # how often the raw texts attest it: mid-sentence mentions of a mined name, all mentions
    # (up to 400) of a listed one; 0 when never seen


@dataclass(frozen=True)
class PartyEntry:
    key: str  # the current letters of the party ("S", "L", "KD"), or an invented key for minor parties
    name: str
    letters: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # other names, former names included
    forms: tuple[str, ...] = ()  # lower-case and genitive forms attested in the texts
    members: tuple[str, ...] = ()  # member nouns attested in the texts
    wikidata: str | None = None
    riksdag: bool = False


@dataclass(frozen=True)
class PersonEntry:
    name: str
    gender: str | None = None  # "female" / "male"
    party: str | None = None  # a PartyEntry key
    roles: tuple[str, ...] = ()  # titles before the name in the records ("statsrådet", "finansminister")
    years: tuple[int, ...] = ()  # first and last year in the records
    variants: tuple[str, ...] = ()
    n: int = 0  # person records
    wikidata: str | None = None  # not given by the source (its field holds the party's item)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split()).casefold()


def _genitive_base(text: str) -> str | None:
    """ "Försäkringskassans" -> "försäkringskassan"; "SCB:s" -> "scb"; None when there is no -s."""
    for suffix in (":s", "’s", "'s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    if len(text) > 3 and text.endswith("s"):
        return text[:-1]
    return None


class _KB:
    def __init__(self, data: dict):
        self.meta = {k: v for k, v in data.items() if k not in ("organisations", "parties", "politicians")}
        self.orgs: list[OrgEntry] = [
            OrgEntry(
                name=o["name"],
                type=o["type"],
                acronyms=tuple(o.get("acronyms", ())),
                variants=tuple(o.get("variants", ())),
                wikidata=o.get("wikidata"),
                sources=tuple(o.get("sources", ())),
                n=o.get("n", 0),
            )
            for o in data.get("organisations", ())
        ]
        self.by_name: dict[str, OrgEntry] = {}
        self.by_acronym: dict[str, list[OrgEntry]] = {}
        # names before variants; among equals the better attested entry wins
        ranked = sorted(self.orgs, key=lambda o: (-len(o.sources), -o.n, o.name))
        for o in ranked:
            self.by_name.setdefault(_norm(o.name), o)
        for o in ranked:
            for v in o.variants:
                self.by_name.setdefault(_norm(v), o)
            for a in o.acronyms:
                bucket = self.by_acronym.setdefault(_norm(a), [])
                if o not in bucket:
                    bucket.append(o)
        for entries in self.by_acronym.values():
            entries.sort(key=lambda o: (-o.n, -len(o.sources), o.name))

        self.parties: list[PartyEntry] = [
            PartyEntry(
                key=p["key"],
                name=p["name"],
                letters=tuple(p.get("letters", ())),
                names=tuple(p.get("names", ())),
                forms=tuple(p.get("forms", ())),
                members=tuple(p.get("members", ())),
                wikidata=p.get("wikidata"),
                riksdag=bool(p.get("riksdag")),
            )
            for p in data.get("parties", ())
        ]
        self.party_by_key = {p.key: p for p in self.parties}
        self.party_letters: dict[str, PartyEntry] = {}
        self.party_names: dict[str, PartyEntry] = {}
        self.party_members: dict[str, PartyEntry] = {}
        for p in self.parties:
            for letters in p.letters:
                self.party_letters.setdefault(letters, p)
                if len(letters) > 1:  # "Kd", "mp", "kds": multi-letter codes in any case
                    self.party_letters.setdefault(letters.casefold(), p)
                    self.party_letters.setdefault(letters.capitalize(), p)
            for name in (p.name, *p.names, *p.forms):
                self.party_names.setdefault(_norm(name), p)
            for m in p.members:
                self.party_members.setdefault(_norm(m), p)

        self.people: list[PersonEntry] = [
            PersonEntry(
                name=x["name"],
                gender=x.get("gender"),
                party=x.get("party"),
                roles=tuple(x.get("roles", ())),
                years=tuple(x.get("years", ())),
                variants=tuple(x.get("variants", ())),
                n=x.get("n", 0),
                wikidata=x.get("wikidata"),
            )
            for x in data.get("politicians", ())
        ]
        self.people_by_name: dict[str, list[PersonEntry]] = {}
        self.people_by_surname: dict[str, list[PersonEntry]] = {}
        for x in self.people:
            for name in {x.name, *x.variants}:
                bucket = self.people_by_name.setdefault(_person_key(name), [])
                if x not in bucket:
                    bucket.append(x)
            for surname in _surnames(x.name):
                bucket = self.people_by_surname.setdefault(_norm(surname), [])
                if x not in bucket:
                    bucket.append(x)


def _person_key(name: str) -> str:
    return _norm(name.replace(".", " "))


_PARTICLES = {"von", "af", "de", "van", "der", "la", "di", "da"}


def _surnames(name: str) -> list[str]:
    """ "Tullia von Sydow" -> ["Sydow", "von Sydow"]; "Helene Hellmark Knutsson" -> ["Knutsson",
    "Hellmark Knutsson"] (the last word, and the last two when the first name stays before them)."""
    words = name.split()
    out = [words[-1]]
    if len(words) >= 3:
        out.append(" ".join(words[-2:]))
        if words[-2] in _PARTICLES and len(words) >= 4:
            out.append(" ".join(words[-3:]))
    return out


@lru_cache(maxsize=1)
def _kb() -> _KB:
    try:
        with gzip.open(DATA, "rt", encoding="utf-8") as fh:
            return _KB(json.load(fh))
    except (OSError, ValueError):
        return _KB({})


def info() -> dict:
    """The KB's schema, build date, sources, thresholds and counts."""
    return dict(_kb().meta)


def organisations() -> list[OrgEntry]:
    return list(_kb().orgs)


def organisation(name: str) -> OrgEntry | None:
    """The organisation a name or variant (any case and spacing, or its genitive) names."""
    kb = _kb()
    key = _norm(name)
    hit = kb.by_name.get(key)
    if hit is None:
        base = _genitive_base(key)
        hit = kb.by_name.get(base) if base else None
    return hit


def expand_acronym(acronym: str) -> list[OrgEntry]:
    """The organisations an acronym ("IFAU", "SCB:s", "Sida") stands for, best attested first."""
    kb = _kb()
    key = _norm(acronym)
    hits = kb.by_acronym.get(key)
    if not hits:
        base = _genitive_base(key) if key.endswith((":s", "’s", "'s")) else None
        hits = kb.by_acronym.get(base, []) if base else []
    return list(hits)


def org_type(name: str) -> str | None:
    """The type of the organisation a name, variant or unambiguous acronym names (``ORG_TYPES``)."""
    hit = organisation(name)
    if hit is not None:
        return hit.type
    expansions = expand_acronym(name)
    if len({o.type for o in expansions}) == 1:
        return expansions[0].type
    if party(name) is not None:
        return "party"
    return None


_PAREN = re.compile(r"^\((.+)\)$")


def party(token_or_name: str) -> PartyEntry | None:
    """A party by its letters ("S", "SD", "(mp)", "Kd"), its name or a former one ("Folkpartiet"),
    an attested lower-case form ("socialdemokraterna") or a genitive ("Moderaternas"). Single
    letters count only in capitals, or in lower case inside brackets: "(s)"."""
    kb = _kb()
    text = token_or_name.strip()
    m = _PAREN.match(text)
    if m:
        inner = m.group(1).strip()
        hit = kb.party_letters.get(inner) or kb.party_letters.get(inner.upper())
        if hit is not None:
            return hit
        text = inner
    hit = kb.party_letters.get(text)
    if hit is not None:
        return hit
    key = _norm(text)
    hit = kb.party_names.get(key)
    if hit is None:
        base = _genitive_base(key)
        hit = kb.party_names.get(base) if base else None
    return hit


def party_by_key(key: str) -> PartyEntry | None:
    return _kb().party_by_key.get(key)


def parties(riksdag_only: bool = False) -> list[PartyEntry]:
    return [p for p in _kb().parties if p.riksdag or not riksdag_only]


def party_of_member(word: str) -> PartyEntry | None:
    """ "moderaten", "Socialdemokrater", "miljöpartisten" -> the party."""
    return _kb().party_members.get(_norm(word))


def politicians_by_name(full_name: str) -> list[PersonEntry]:
    """Politicians with this full name (or a recorded spelling of it; also in the genitive)."""
    kb = _kb()
    key = _person_key(full_name)
    hits = kb.people_by_name.get(key)
    if not hits:
        base = _genitive_base(key)
        hits = kb.people_by_name.get(base, []) if base else []
    return list(hits)


def politicians_by_surname(surname: str) -> list[PersonEntry]:
    """Every politician with this surname ("Johansson" gives many; the genitive works too)."""
    kb = _kb()
    key = _norm(surname)
    hits = kb.people_by_surname.get(key)
    if not hits:
        base = _genitive_base(key)
        hits = kb.people_by_surname.get(base, []) if base else []
    return list(hits)


_find_party = party


def link_politician(name: str, party: str | None = None, title: str | None = None) -> PersonEntry | None:
    """The one politician ``name`` refers to, or ``None`` when the evidence is not enough.

    * a full name (two words or more) links when one entry has it; with ``party`` (a party key or
      anything ``party()`` reads) only the entry of that party, so namesakes in two parties part and a
      known name with another party is taken for someone else;
    * a surname alone never links bare: it needs ``party`` or ``title``, and links when they leave
      one candidate (a title must match a recorded role when several politicians have the surname)."""
    party_key = None
    if party:
        found = _find_party(party)
        party_key = found.key if found is not None else (party if party in _kb().party_by_key else None)
        if party_key is None:
            return None  # a party the KB does not know: none of its politicians
    if len(name.split()) >= 2:
        cands = politicians_by_name(name)
        if party_key:
            cands = [c for c in cands if c.party == party_key]
        return cands[0] if len(cands) == 1 else None
    cands = politicians_by_surname(name)
    if party_key is None and not title:
        return None
    if party_key:
        cands = [c for c in cands if c.party == party_key]
    if title and len(cands) > 1:
        t = _norm(title)
        cands = [c for c in cands if any(r in t or t in r for r in c.roles)]
    return cands[0] if len(cands) == 1 else None
