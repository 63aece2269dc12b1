"""What the knowledge base (``nlp_pipeline/lang/kb.py``) adds to a document's people and organisations.

* :class:`KnownNames` finds the multiword organisation names the knowledge base knows, as written in
  the text ("Förvaltningsrätten i Malmö", "Sveriges kommuner och regioner"), so that a name the
  model cut short or missed is kept whole.
* :func:`party_mentions` finds parties: letters in brackets after a name ("Anna Ek (KD)") and the
  lower-case or genitive forms ("socialdemokraterna", "moderaternas"); each is a mention of the
  party under its full name.
* :func:`describe` gives each organisation its ``type`` and ``wikidata`` id and each person their
  ``party`` (from the letters after their name, a member noun among their roles, or a linked
  politician) and ``wikidata`` (only when linked with enough evidence: a full name, or a surname
  with a party or title; never a bare surname shared by several politicians).
"""

from __future__ import annotations

import re

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..lang import gender as _gender
from ..lang import kb
from ..lang.org_types import class_noun_type, organisation_type
from ..lang.orgs import COMPANIES, INTEREST_ORGANISATIONS, NAME_GLUE, NEWS_MEDIA, ORG_CLASS_PLURAL, UNIONS
from ..lang.places import FOREIGN_ADJECTIVE
from ..lang.roles import POLITICAL_CONTEXT, POLITICAL_TITLE
from ..lang.words import LIST_SEPARATORS
from .records import Organisation, Person

# a party's letters opening a compound right before a name: "M-politikern Erik Sjö", "SD-toppen Lina Moberg"
PARTY_COMPOUND = re.compile(r"([A-ZÅÄÖ]{1,2})-[a-zåäö]+$")
# clothing sizes, which a list of party letters may be ("i S, M, L och XL")
CLOTHING_SIZES = {"XS", "XL", "XXL", "XXS", "XXXL"}
WORD_BEFORE = re.compile(r"(?<![\w-])([\w-]+)[ \u00a0]+$")
# a party's name or letters in the genitive right before a name: "Liberalernas Fredrik Ahlgren", "S:s Anna Ek"
GENITIVE_BEFORE = re.compile(r"(?<![\w:-])([A-ZÅÄÖ][\wåäöÅÄÖ]*?)(?::s|s)[ \u00a0]+$")


class KnownNames:
    """A phrase matcher over the knowledge base's organisation names of two words or more, and the
    news media's and companies' (``lang.orgs.NEWS_MEDIA``, ``COMPANIES``: "SVT Nyheter", "Clas Ohlson")."""

    def __init__(self, nlp) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        entries = [
            o
            for o in kb.organisations()
            if len(o.name.split()) >= 2 and o.name[:1].isupper() and "." not in o.name and "/" not in o.name
        ]
        # courts are written in lower case in running text ("förvaltningsrätten i Malmö"); other names match
        # only with their capital
        for label, group in (
            (
                "KB_ORG",
                [o.name for o in entries if o.type != "court"]
                + [m for m in NEWS_MEDIA | COMPANIES | UNIONS | INTEREST_ORGANISATIONS if " " in m],
            ),
            ("KB_COURT", [o.name for o in entries if o.type == "court"]),
        ):
            self.matcher.add(label, list(nlp.tokenizer.pipe(group)))
            # and in the genitive: "Svenskt Näringslivs chefsekonom", "Danske Banks vd" (not a mined pair of
            # genitives: "Europaparlamentets och rådets förordning")
            genitives = [f"{n}s" for n in group if not n.endswith(("s", "x", "z")) and "s och " not in n]
            self.matcher.add(f"{label}_GEN", list(nlp.tokenizer.pipe(genitives)))
        self.court = {nlp.vocab.strings["KB_COURT"], nlp.vocab.strings["KB_COURT_GEN"]}
        self.genitive = {nlp.vocab.strings["KB_ORG_GEN"], nlp.vocab.strings["KB_COURT_GEN"]}
        self.n = len(entries)

    def spans(self, doc: Doc) -> list[tuple[int, int, bool]]:
        """Token spans of known names written with a capital first letter, longest first where they overlap, and
        whether the name is in the genitive ("Danske Banks")."""
        found = [
            (s, e, label in self.genitive)
            for label, s, e in self.matcher(doc)
            if label in self.court or doc[s].text[:1].isupper() or doc[s].text[:1].isdigit()
        ]
        found.sort(key=lambda se: (se[0] - se[1], se[0]))
        out: list[tuple[int, int, bool]] = []
        for s, e, genitive in found:
            if not any(a < e and s < b for a, b, _ in out):
                out.append((s, e, genitive))
        return sorted(out)


def _party_letters(w: str) -> bool:
    """A party's letters in capitals ("S", "SD", "KD")."""
    return w.isupper() and len(w) <= 2 and kb.party(w) is not None


def _letters_of_a_thing(doc: Doc, words: list[str], i: int) -> bool:
    """The list of letters at token ``i`` follows a common noun, so they are sizes, grades or vitamins
    ("storlek S och M", "betygen C och D"), not parties (though "partierna S och M" are)."""
    j = i
    while j > 0 and (words[j - 1] in LIST_SEPARATORS or _party_letters(words[j - 1])):
        j -= 1
    k = i
    while k + 1 < len(words) and (words[k + 1] in LIST_SEPARATORS or words[k + 1].isupper()):
        k += 1
    listed = [w.rstrip(".") for w in words[j : k + 1] if w not in LIST_SEPARATORS]
    if any(w in CLOTHING_SIZES for w in listed) or listed[:3] == ["S", "M", "L"]:
        return True  # sizes: "Modellen säljs i S, M, L och XL"
    prev = doc[j - 1] if j > 0 else None
    return (
        prev is not None
        and prev.pos_ == "NOUN"
        and prev.text.islower()
        and not ORG_CLASS_PLURAL.search(prev.text)
        and kb.party(prev.text) is None
    )


def party_mentions(doc: Doc, words: list[str]) -> list[tuple[int, int, tuple[str, ...]]]:
    """``(start, end, party name words)``: "(S)", "(KD)" in brackets, lower-case party names, and parties'
    letters listed together ("S och M är överens", "KD, L och C lade ner sina röster"; not a lone "C")."""
    out = []
    n = len(words)
    for i, w in enumerate(words):
        if _party_letters(w) and not (i > 0 and words[i - 1] == "(") and not (i + 1 < n and words[i + 1] == "-"):
            listed = any(
                0 <= j < n and 0 <= sep < n and words[sep] in LIST_SEPARATORS and _party_letters(words[j])
                for j, sep in ((i - 2, i - 1), (i + 2, i + 1))
            )
            if listed and not _letters_of_a_thing(doc, words, i):
                out.append((i, i + 1, tuple(kb.party(w).name.split())))
                continue
        if w == "(" and i + 2 < n and words[i + 2] == ")":
            party = kb.party(f"({words[i + 1]})")
            if party is not None:
                out.append((i + 1, i + 2, tuple(party.name.split())))
        elif w[:1].islower() and len(w) > 6:
            party = kb.party(w)
            if party is not None and w in party.forms:
                out.append((i, i + 1, tuple(party.name.split())))  # "socialdemokraterna", "moderaternas"
    return out


def party_after(text: str, end_char: int) -> str | None:
    """The party whose letters follow a name in brackets: "Anna Ek (S)"."""
    rest = text[end_char : end_char + 8].lstrip(" \u00a0")
    if rest.startswith("("):
        close = rest.find(")")
        if 0 < close <= 6:
            party = kb.party(rest[: close + 1])
            return party.name if party is not None else None
    return None


def _party_compound_before(text: str, start_char: int) -> str | None:
    """The party the word before a name says: its letters opening a compound ("M-politikern Erik Sjö", "SD-toppen
    Lina Moberg"), or a member's noun capitalised at a sentence's start ("Socialdemokraten Anna Ek")."""
    m = WORD_BEFORE.search(text, max(0, start_char - 40), start_char)
    if m is None:
        return None
    word = m.group(1)
    compound = PARTY_COMPOUND.match(word)
    party = kb.party(compound.group(1)) if compound else kb.party_of_member(word.lower())
    return party.name if party is not None else None


def _party_genitive_before(text: str, start_char: int) -> str | None:
    """The party whose name or letters stand in the genitive right before a name: "Liberalernas Fredrik Ahlgren",
    "Moderaternas Anna Ek", "SD:s Lina Moberg"."""
    m = GENITIVE_BEFORE.search(text, max(0, start_char - 40), start_char)
    party = kb.party(m.group(1)) if m is not None else None
    before = WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()) if party is not None else None
    if party is None or before is not None and FOREIGN_ADJECTIVE.match(before.group(1)):
        return None  # "danska Socialdemokraternas Rasmus Holm", "Finska Centerns Sanna Virtanen"
    return party.name


def _introduced_type(doc: Doc, o: Organisation, token_at: dict[int, int]) -> str | None:
    """The type the noun before one of the organisation's mentions gives it ("fackförbundet Byggnads"), or a
    plural one before the list it is in ("förlagen Norstedts, Bonniers och Natur & Kultur")."""
    for m in o.mentions:
        i = token_at.get(m.start_char)
        if not i:
            continue
        kind = class_noun_type(doc[i - 1].lower_)
        if kind is not None:
            return kind
        j = i - 1
        while (
            j >= 0 and i - j < 16 and (doc[j].lower_ in LIST_SEPARATORS or doc[j].text in NAME_GLUE or doc[j].is_title)
        ):
            if ORG_CLASS_PLURAL.search(doc[j].lower_):
                break  # "Förlagen" opening a sentence is capitalised
            j -= 1
        if 0 <= j < i - 1 and doc[j + 1].lower_ not in LIST_SEPARATORS and ORG_CLASS_PLURAL.search(doc[j].lower_):
            kind = class_noun_type(doc[j].lower_)
            if kind is not None:
                return kind
    return None


# A full name that this many people in Sweden bear or more ("Johan Andersson", "Mats Persson") is a known
# politician's only where the article says so
COMMON_NAME = 100


def _political(person: Person, linked: kb.PersonEntry, named_parties: set[str], political: bool) -> bool:
    """May ``person`` be the politician ``linked``, whose full name they share? Yes where the article names the
    politician's party, or gives the person a political title or one the records give the politician; no where
    it gives them only other roles ("snickaren", "Telias vd"); with no role, where few people bear the name
    ("Ebba Busch", not "Johan Andersson") or the article is about politics (``political``: a party, the Riksdag,
    the government, a minister …: "Magdalena Andersson kritiserade regeringens budget i riksdagen")."""
    if linked.party in named_parties:
        return True
    if person.roles:
        titles = {r.casefold() for r in linked.roles}
        return any(POLITICAL_TITLE.search(r.casefold()) or r.casefold() in titles for r in person.roles)
    return political or _gender.namesakes(person.canonical) < COMMON_NAME


def organisation_kind(doc: Doc, o: Organisation, token_at: dict[int, int]) -> tuple[str | None, str | None]:
    """An organisation's type (``ORG_TYPES``) and wikidata id: the knowledge base's, else a guess from its name,
    else the noun the article introduces it with ("fackförbundet Byggnads"), else None. ``token_at``: token
    index by character offset."""
    party = kb.party(o.canonical)
    if party is not None and (o.canonical == party.name or o.canonical.casefold() in party.forms):
        return "party", party.wikidata
    entry = kb.organisation(o.canonical)
    if entry is None:
        expansions = kb.expand_acronym(o.canonical)
        entry = expansions[0] if len(expansions) == 1 else None
    if entry is not None and entry.type != "other":
        return entry.type, entry.wikidata
    guess = organisation_type(o.canonical)
    if entry is None:
        return (guess if guess != "other" else _introduced_type(doc, o, token_at)), None
    # the knowledge base's "other" says little: the project's union, company and media lists or the article's noun
    # say more ("Sveriges Lärare", mined as a name, is a union; "Svenskt Näringsliv" stays other)
    if guess in ("union", "company", "media"):
        return guess, entry.wikidata
    return _introduced_type(doc, o, token_at) or "other", entry.wikidata


def swedish_party_named(name: str, text: str):
    """The Swedish party ``name`` is as written (its name or a form of it, not "Europeiska folkpartiet" or
    "Svenska folkpartiet"), where the article gives it no other country ("danska Socialdemokraternas"); else
    None."""
    party = kb.party(name)
    if party is None or name.casefold() not in {party.name.casefold(), *(f.casefold() for f in party.forms)}:
        return None
    if name not in text and not any(f"{letters}:s" in text for letters in party.letters if len(letters) >= 2):
        return None  # a name the entity layer gave for another party's form: "Europeiska folkpartiets" -> Liberalerna
        # (its letters in the genitive are its own: "SD:s gruppledare")
    if any(
        FOREIGN_ADJECTIVE.match(m.group(1)) for m in re.finditer(rf"(?<![\w-])(\w+)[ \u00a0]+{re.escape(name)}", text)
    ):
        return None  # "danska Socialdemokraternas partisekreterare", "Danska Socialdemokraterna tappar"
    return party


def describe(doc: Doc, people: list[Person], orgs: list[Organisation], text: str | None = None) -> None:
    """Fill in the organisations' type and wikidata id and the people's party and wikidata id."""
    token_at = {t.idx: t.i for t in doc} if orgs else {}
    for o in orgs:
        o.type, o.wikidata = organisation_kind(doc, o, token_at)
    text = doc.text if text is None else text
    named_parties = {found.key for o in orgs if o.type == "party" and (found := kb.party(o.canonical)) is not None}
    political = None  # whether the article is about politics: looked at only where a name needs it
    for p in people:
        for m in p.mentions:
            if m.kind in ("name", "short") and p.party is None:
                p.party = (
                    party_after(text, m.end_char)
                    or _party_compound_before(text, m.start_char)
                    or _party_genitive_before(text, m.start_char)
                )
        if p.party is None:
            # "Moderaternas ekonomisk-politiska talesperson Eva Rydén": the party that owns the title is hers
            owner = next((q for a in p.affiliations if (q := swedish_party_named(a, text)) is not None), None)
            if owner is not None:
                p.party = owner.name
        if p.party is None:
            for role in p.roles:
                member = kb.party_of_member(role.split()[0]) if role else None
                if member is not None:
                    p.party = member.name  # "socialdemokraten Anna Ek"
                    break
        linked = kb.link_politician(p.canonical, party=p.party, title=p.roles[0] if p.roles else None)
        if linked is not None and p.party is None and political is None:
            political = bool(named_parties) or any(POLITICAL_CONTEXT.match(t.lower_) for t in doc)
        if linked is not None and p.party is None and not _political(p, linked, named_parties, bool(political)):
            linked = None  # a namesake of a politician: "Snickaren Johan Andersson", "Telias vd Magnus Oscarsson"
        if linked is not None:
            if p.party is None and linked.party:
                found = kb.party_by_key(linked.party)
                p.party = found.name if found is not None else None
            p.wikidata = linked.wikidata
