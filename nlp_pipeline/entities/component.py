"""The ``swedish_entities`` spaCy component: people and organisations of one document.

Name mentions are clustered to one record per person (``Sjöberg`` and ``hon`` link to
``Lena Sjöberg``), with roles and affiliations from titles and appositions and gender
from the first name; organisation mentions to one record per organisation. The result
is stored on the Doc as plain data by :func:`nlp_pipeline.entities.linking.set_entities`
(``doc._.entity_data``; ``doc._.people`` and ``doc._.organisations`` build the records on
access), so Docs serialise. Works on any Doc: without NER it falls back on
capitalised-word rules.

    nlp.add_pipe("swedish_entities", config={"min_gender_share": 0.95})
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from ..lang import gender as _gender
from ..lang import kb
from ..lang.orgs import FIELD_ACRONYMS, NOT_ORG_ACRONYMS
from ..lang.places import is_place
from ..lang.pronouns import PRONOUN_GENDER
from ..lang.roles import (
    KIND_NOUN_TYPES,
    OUTSIDER_ROLES,
    PARTY_OF_TITLE,
    PLURAL_TITLE,
    ROLE_SUFFIX,
    kind_of_title,
    of_kind,
)
from ..lang.words import TITLE_TIME_WORDS, strip_genitive
from .knowledge import KnownNames, describe, organisation_kind, party_after, swedish_party_named
from .linking import set_entities
from .names import cluster_orgs, cluster_people, opens_sentence, org_mentions, person_mentions
from .records import Mention, Organisation, Person
from .roles import (
    apposition_after,
    apposition_before,
    base_title,
    lower_initial,
    predicated_roles,
    role_stem,
    same_role,
    title_before,
    title_noun,
)

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _the_organisation_of_its_kind(
    doc: Doc, k: int, orgs: list[Organisation], kinds: dict[int, str | None], stem: str | None = None
) -> int | None:
    """The organisation a lower-case noun for a kind of organisation in the genitive at token ``k`` refers to
    ("företagets", "bolagets", "klubbens", "föreningens"), or a title at ``k`` compounded with the kind ``stem``
    ("Partiledaren", "förbundsordföranden"): the one organisation named before it, in its paragraph
    or the one before, whose type
    (``kinds``, by key) is of that kind; None where none or several are, or where the noun stands without an
    article since the organisation's last mention ("Saab har fått en order från ett brittiskt företag. Företagets
    vd …": that firm, unnamed)."""
    low = doc[k].lower_
    if not doc[k].text.islower() and not opens_sentence(doc, k):
        return None
    title_kind = stem is not None
    if stem is None:
        if not low.endswith("s"):
            return None
        stem = next((n for n in KIND_NOUN_TYPES if low.startswith(n) and len(low) - len(n) <= 4), None)
    if stem is None:
        return None
    before = doc[k].idx
    named = [
        o
        for o in orgs
        if any(m.start_char < before for m in o.mentions)
        # a club the knowledge base gives no type need not say it is one in its name ("klubbens ordförande")
        and (of_kind(stem, kinds.get(o.key, "-"), o.canonical) or stem == "klubb" and kinds.get(o.key, "-") is None)
    ]
    if not named:
        return None
    text = doc.text
    ends = {o.key: _last_named(text, o, before) for o in named}
    named.sort(key=lambda o: ends[o.key])
    sent = doc[k].sent
    previous = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    if len(named) > 1 and title_kind:
        # a title naming its kind: the one of that kind its sentence or the one before names, as its subject
        # ("Centerpartiet är mer positivt inställt. Partiledaren Daniel Åkesson"); none where that sentence names two
        # ("Riksrevisionen riktar kritik mot Försäkringskassan. Myndighetschefen Anna Ekerot")
        recent = [o for o in named if any(previous <= m.start_char < before for m in o.mentions)]
        if len(recent) != 1 or not _subject_between(doc, recent[0], previous, before):
            return None
        named = recent
    if len(named) > 1:
        # several of the kind: the one its sentence names, else the one the sentence before names ("Fastighetsägaren
        # Castellum vill inte kommentera. Bolagets regionchef …"); not one someone comes from or goes to
        for floor in (sent.start_char, previous):
            near = [o for o in named if ends[o.key] > floor and _subject_between(doc, o, floor, before)]
            if near:
                break
        if len(near) != 1:
            return None
        named = near
    else:
        # the one of its kind named only as where someone came from or went to, another organisation in the
        # subject's place: "Björklöven har värvat X från Sundsvall Hockey. Klubbens ordförande" (not "gick till Ikea")
        own = [(m.start_char, m.end_char) for m in named[0].mentions]
        others = any(
            t.dep_.startswith("nsubj") and t.text[:1].isupper() and not any(a <= t.idx < b for a, b in own)
            for t in doc[:k]
            if t.idx >= previous
        )
        if others and _moved_between(text, named[0], previous, before):
            return None
    last = ends[named[0].key]
    local = stem in ("kommun", "region", "parti", "myndighet")  # the one such body an article is about
    if len(PARAGRAPH_BREAK.findall(doc.text, last, before)) > (2 if local else 1):
        return None  # named too far before: "… Slack och Spotify …⏎⏎…⏎⏎… enligt företagets VD"
    unnamed = re.compile(rf"{stem}(?:ar|er)?$")
    if any(unnamed.search(t.lower_) and not _predicated(t, named[0]) for t in doc[:k] if t.idx >= last):
        return None
    own = named[0].canonical.lower()
    if stem == "kommun" and any(
        t.ent_type_ == "LOC" and strip_genitive(t.lower_) not in own for t in doc[:k] if t.idx >= last
    ):
        return None  # another town since: "Borlänge kommun … I Ludvika halkade … Kommunens gatuchef" (a region
        # holds many)
    return named[0].key


def _last_named(text: str, org: Organisation, before: int) -> int:
    """Where the organisation was last named before ``before``: its last mention, or its name written later
    where the entity layer took it for something else ("”Vi beklagar”, skriver Nordwing")."""
    last = max(m.end_char for m in org.mentions if m.start_char < before)
    for name in {org.canonical, *(m.text for m in org.mentions)}:
        found = text.rfind(name, last, before)
        if found >= 0:
            last = max(last, found + len(name))
    return last


def _subject_between(doc: Doc, org: Organisation, start: int, end: int) -> bool:
    """Is the organisation named between ``start`` and ``end`` as a subject (or in apposition to or coordinated
    with one: "Fastighetsägaren Castellum vill inte kommentera") or opening its sentence; not as where analysts
    work ("Analytiker på SEB"), where someone came from or the other side ("från Sundsvall Hockey", "mot AIK")?"""
    for m in org.mentions:
        if not start <= m.start_char < end:
            continue
        span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        if span is None:
            continue
        if opens_sentence(doc, span.start) or any(_in_subject(t) for t in span):
            return True
    return False


def _in_subject(t) -> bool:
    """A subject, or a word a subject's name, apposition or coordination runs through."""
    for _ in range(4):
        if t.dep_.startswith("nsubj"):
            return True
        if t.dep_ not in ("appos", "flat:name", "conj") or t.head is t:
            return False
        t = t.head
    return False


def _moved_between(text: str, org: Organisation, start: int, end: int) -> bool:
    """Is the organisation named between ``start`` and ``end``, and only where someone comes from or goes to it, or
    as the other side ("har värvat Patrik Sjölander från Sundsvall Hockey", "efter förlusten mot AIK")?"""
    found = [
        text[: m.start_char].rstrip().endswith((" från", " till", " mot"))
        for m in org.mentions
        if start <= m.start_char < end
    ]
    return bool(found) and all(found)


def _predicated(t, org: Organisation) -> bool:
    """Is the noun ``t`` (or the phrase it ends) what a copula says the organisation itself is: "Ikea är ett av
    Sveriges största företag", "Klarna är ett fintechbolag" (not "Kunden är ett brittiskt försvarsföretag")?"""
    spans = [(m.start_char, m.end_char) for m in org.mentions]
    for node in (t, t.head, t.head.head):
        if any(c.dep_ == "cop" for c in node.children):
            return any(c.dep_.startswith("nsubj") and any(s <= c.idx < e for s, e in spans) for c in node.children)
    return False


def _prefixed_title(title: str) -> tuple[str, str | None] | None:
    """A title compounded with a capitalised prefix or a place by a hyphen: the title after it, and the prefix where
    it is an organisation's acronym, not a field's ("SMHI-meteorologen" -> ("meteorologen", "SMHI"),
    "Kiruna-författaren" -> ("författaren", None), "IT-chefen" -> ("chefen", None)); None for a party's letters
    ("M-politikern" gives a party) and a minister's portfolio ("EU-ministern")."""
    if " " in title or "-" not in title:
        return None
    prefix, rest = title.split("-", 1)
    place = is_place(prefix[:1].upper() + prefix[1:])  # also lowered at a sentence's start: "kiruna-författaren"
    if not (prefix[:1].isupper() or place) or not rest.isalpha() or not rest.islower() or not ROLE_SUFFIX.search(rest):
        return None
    if kb.party(prefix) is not None or rest.startswith("minister"):
        return None  # "M-politikern" gives a party, "EU-ministern" is a portfolio
    acronym = prefix.isupper() and len(prefix) >= 2 and prefix not in FIELD_ACRONYMS | NOT_ORG_ACRONYMS
    return rest, prefix if acronym else None


def _role_key(role: str) -> str:
    return title_noun(role).lower()


def find_entities(
    doc: Doc, min_gender_share: float = _gender.MIN_SHARE, known: KnownNames | None = None, text: str | None = None
) -> tuple[list[Person], list[Organisation]]:
    """The people and organisations of ``doc``: clustered name mentions, pronouns and role nouns linked;
    ``known``: the knowledge base's organisation names to look for; ``text``: ``doc.text`` when the caller
    has it (it is built anew on every access)."""
    text = doc.text if text is None else text
    table = [(t.text, t.idx) for t in doc]  # one pass over the Token objects
    words = [w for w, _ in table]
    pmentions = person_mentions(doc, words)
    clusters, _ = cluster_people(doc, pmentions, words)
    omentions = org_mentions(
        doc, [m for c in clusters for m in c.mentions], words, known.spans(doc) if known else [], text
    )
    oclusters = cluster_orgs(omentions, doc)

    people: list[Person] = []
    person_at: dict[int, int] = {}
    name_starts: list[tuple[int, int]] = []
    role_of: list[tuple[int, str, int]] = []
    # where a title before a name starts and ends, where the name ends (characters), and whose it is
    titled: list[tuple[int, int, int, Person]] = []
    org_names: dict[int, str] | None = None  # the organisations' names by token, where a title needs them
    for c in clusters:
        canonical = " ".join(c.full)
        p = Person(key=c.key, canonical=canonical, variants=list(c.variants), mentions=[], roles=[], affiliations=[])
        g, share = _gender.gender_of(c.full[0]) if (len(c.full) > 1 or _gender.is_first_name(c.full[0])) else (None, 0)
        if g and share >= min_gender_share:
            p.gender, p.gender_method = g, _gender.METHOD
        for m in c.mentions:
            kind = "name" if len(m.words) >= len(c.full) else "short"
            p.mentions.append(Mention(text[m.start_char : m.end_char], m.start_char, m.end_char, kind))
            for k in range(m.start, m.end):
                person_at[k] = c.key
            name_starts.append((m.start, c.key))
            if len(m.words) >= 2 or m.source != "short":
                title, t_start = title_before(doc, m.start)
                if title is None and m.title_start is not None:
                    title = doc[m.title_start].text
                    if doc[m.title_start].pos_ != "PROPN":
                        title = lower_initial(title)
                    t_start = m.title_start
                if title and PLURAL_TITLE.search(title):
                    title = None  # "cykelentusiasterna Olle Dahl och ...": a group, not this person's title
                if title and (prefixed := _prefixed_title(title)) is not None:
                    title, workplace = prefixed  # "SMHI-meteorologen Anna Ek", "Kiruna-författaren Sara Lind"
                    if workplace and workplace not in p.affiliations:
                        p.affiliations.append(workplace)
                if title:
                    titled.append((t_start, m.start - 1, m.end_char, p))
                if title and title not in p.roles:
                    p.roles.append(title)
                    role_of.append((t_start, _role_key(title), c.key))
                    p.role_at.append((doc[t_start].idx, _role_key(title)))
                if title is None and m.end < len(doc) and doc[m.end].text in (",", "("):
                    # the title opening the sentence before the name: "Rektorn för Umeå universitet, Hans Adolfsson,"
                    if org_names is None:
                        org_names = {
                            k: " ".join(oc.full)
                            for oc in oclusters
                            for om in oc.mentions
                            for k in range(om.start, om.end)
                        }
                    opening, affiliations = apposition_before(doc, m.start, org_names)
                    if opening and opening not in p.roles:
                        p.roles.append(opening)
                        role_of.append((m.start, _role_key(opening), c.key))
                        p.role_at.append((doc[m.start].idx, _role_key(opening)))
                    p.affiliations.extend(a for a in affiliations if a not in p.affiliations)
                # no apposition after a name in the genitive: "Anna Bergs advokat Lars Holm"
                genitive = m.words[-1] != doc[m.end - 1].text and doc[m.end - 1].text.endswith("s")
                roles, affs, _end = ([], [], m.end) if genitive else apposition_after(doc, m.end)
                for r in roles:
                    if r not in p.roles:
                        p.roles.append(r)
                    role_of.append((m.start, _role_key(r), c.key))
                    p.role_at.append((doc[m.start].idx, _role_key(r)))
                for a in affs:
                    if a not in p.affiliations:
                        p.affiliations.append(a)
        people.append(p)

    orgs: list[Organisation] = []
    org_at: dict[int, int] = {}
    for c in oclusters:
        longest = " ".join(
            max((m.words for m in c.mentions), key=lambda w: (len(w), w[0][:1].isupper(), not " ".join(w).isupper()))
        )  # "Utrikesdepartementet", not its acronym "UD"
        canonical = longest[:1].upper() + longest[1:]  # "regeringen" -> "Regeringen"
        if len(longest) == 2 and longest.isupper() and (party := kb.party(longest)) is not None:
            canonical = party.name  # a party named only by its letters: "KD:s partiledare" -> Kristdemokraterna
        # the name forms, and the forms as written where they differ ("MSB" of Myndigheten för …, a folded unit)
        written = [text[m.start_char : m.end_char] for m in c.mentions]
        o = Organisation(
            key=c.key, canonical=canonical, variants=list(dict.fromkeys(c.variants + written)), mentions=[]
        )
        for m in c.mentions:
            o.mentions.append(Mention(text[m.start_char : m.end_char], m.start_char, m.end_char, "name"))
            for k in range(m.start, m.end):
                org_at[k] = c.key
        orgs.append(o)
    # an organisation's genitive before the title is the person's affiliation: "Volvo Cars vd Jim Rowan",
    # "Ericssons nya vd Börje Ekholm", "SVT:s reporter Anna Ek"; not a title of one outside it ("regeringens
    # kritiker Anna Ek")
    kinds: dict[int, str | None] = {}  # the organisations' types, looked up where a kind noun or a title needs them

    def known_kinds() -> dict[int, str | None]:
        if not kinds:
            kinds.update(_kinds(doc, orgs))
        return kinds

    for t_start, head, name_end, p in titled:
        k = t_start - 1
        if k > 0 and (words[k] in TITLE_TIME_WORDS or doc[k].pos_ == "ADJ" and words[k].islower()):
            k -= 1  # "Volvos nya vd", "Svenska Akademiens ständige sekreterare"
        key = org_at.get(k)
        if key is None and k >= 0:
            key = _the_organisation_of_its_kind(doc, k, orgs, known_kinds())  # "företagets vd Peter Olsson"
        if (
            key is None
            and not p.affiliations  # "bankchefen Lars Nyberg på Sparbanken Lidköping": named after the person
            and (kind := kind_of_title(words[head])) is not None
            and not any(
                org_at.get(i) is not None or words[i].endswith("s") and words[i][:1].isupper()
                for i in range(t_start, head)
            )
        ):
            # a title that names its kind: "Vänsterpartiet lanserar … Partiledaren Sara Nordin"
            key = _the_organisation_of_its_kind(doc, head, orgs, known_kinds(), kind)
            if key is not None and kind == "parti":
                own = party_after(text, name_end)
                only = PARTY_OF_TITLE.get(base_title(words[head].lower()))  # "språkröret": Miljöpartiet's alone
                if (
                    swedish_party_named(orgs[key].canonical, text) is None
                    or own not in (None, orgs[key].canonical)
                    or only not in (None, orgs[key].canonical)
                ):
                    key = None  # a foreign party ("Danska Socialdemokraterna tappar. Partiledaren Mette Frandsen"),
                    # the leader of another party, by its letters ("Partiledaren Magdalena Eriksson (S)")
            k = head
        if (
            key is not None
            and (k == head or words[k].endswith(("s", "S", "x", "z")))  # "SAS vd"; no -s after -x, -z: "Lindex vd"
            and not (
                OUTSIDER_ROLES.search(words[t_start].lower())
                and not _critic_of_a_paper(doc, key, known_kinds(), t_start)
            )
            and orgs[key].canonical not in p.affiliations
        ):
            p.affiliations.append(orgs[key].canonical)
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

    for key, role, affiliation in predicated_roles(doc, person_at):
        p = people[key]
        if role and role not in p.roles:
            p.roles.append(role)
        if affiliation and affiliation not in p.affiliations:
            p.affiliations.append(affiliation)
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
                if same_role(stem, role, people[key].roles) and (holder is None or pos < i):
                    holder = key
            if holder is not None:
                tok = doc[i]
                people[holder].mentions.append(Mention(tok.text, tok.idx, tok.idx + len(tok.text), "role"))
    for p in people:
        p.mentions.sort(key=lambda m: m.start_char)

    describe(doc, people, orgs, text)
    for p in people:  # titles in their base form, so that one person's "rektorn" and "rektor" are one role
        # one title once, whatever its first letter ("Norden-minister" after the name, "norden-minister" before it)
        titles = {}
        for title in map(base_title, p.roles):
            titles.setdefault(title.casefold(), title)
        p.roles = list(titles.values())
    return people, orgs


def _kinds(doc: Doc, orgs: list[Organisation]) -> dict[int, str | None]:
    """The organisations' types by key (``knowledge.organisation_kind``), for a kind noun or a title to look up."""
    token_at = {t.idx: t.i for t in doc}
    return {o.key: organisation_kind(doc, o, token_at)[0] for o in orgs}


def _critic_of_a_paper(doc: Doc, key: int, kinds: dict[int, str | None], t_start: int) -> bool:
    """'Göteborgs-Postens konstkritiker Mona Hedlund': a paper's critic of a field writes for it ("regeringens
    kritiker" are outside the government)."""
    title = doc[t_start].lower_
    if not title.endswith(("kritiker", "kritikern")) or title in ("kritiker", "kritikern"):
        return False  # a field's critic ("konstkritiker", "filmkritiker"); "SVT:s kritiker" may be SVT's opponents
    return kinds.get(key) == "media"


class SwedishEntities(Pipe):
    """People and organisations of a document, linked (see the module docstring)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "swedish_entities",
        *,
        min_gender_share: float = _gender.MIN_SHARE,
        knowledge_base: bool = True,
    ):
        self.name = name
        self.min_gender_share = min_gender_share
        self.known = KnownNames(nlp) if knowledge_base else None

    def __call__(self, doc: Doc) -> Doc:
        # no try/except: a failure goes to spaCy's error handler (nlp.set_error_handler), and the
        # batch runner records it as an error row for this document
        text = doc.text
        people, orgs = find_entities(doc, self.min_gender_share, self.known, text)
        return set_entities(doc, people, orgs, text)


@Language.factory(
    "swedish_entities",
    default_config={"min_gender_share": _gender.MIN_SHARE, "knowledge_base": True},
    assigns=["doc._.entity_data", "doc._.people", "doc._.organisations"],
    requires=["token.text"],
)
def make_swedish_entities(nlp: Language, name: str, min_gender_share: float, knowledge_base: bool) -> SwedishEntities:
    return SwedishEntities(nlp, name, min_gender_share=min_gender_share, knowledge_base=knowledge_base)
