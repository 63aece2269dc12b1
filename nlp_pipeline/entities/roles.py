"""Titles and appositions around a person's name: roles and affiliations.

Handles a title before the name (``socialminister Karin Ekdahl``,
``kulturchefen Anna Lind``), an apposition after it with or without a comma
(``Lena Sjöberg, chef för Kulturhuset i Lerum``; ``Lena Sjöberg chef Kulturhuset i
Lerum och projektledare för ...``), ``X som (också) är <roll>`` and a bare
affiliation (``Jonas Berg på Cykelverkstan``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Token

from ..lang import kb
from ..lang.gender import is_first_name
from ..lang.names import SENTENCE_WORDS
from ..lang.orgs import (
    COMPANIES,
    ELECTED_BODY,
    FOREIGN_ORG_WORDS,
    NATIONAL_INSTITUTIONS,
    ORG_SUFFIX,
    PLACE_ORG_NOUNS,
    REGIONAL_UNITS,
    SPORTS_TEXT,
    is_institution_noun,
)
from ..lang.places import is_country, is_place
from ..lang.roles import (
    AGENT_SUFFIX,
    DEFINITE_AGENT,
    FIELD_ADJECTIVE,
    NON_JOB_ROLES,
    NOT_AGENT,
    ORGANISATION_TITLE,
    OUTSIDER_ROLES,
    REPRESENTATIVE_ROLES,
    ROLE_PREPOSITIONS,
    ROLE_STOP,
    ROLE_SUFFIX,
    TITLE_MODIFIERS,
)
from ..lang.words import strip_genitive

END_PUNCT = {".", ",", ";", ":", "!", "?", "(", ")", "–", "—", "”", '"', "»", "«"}
# a title compounded with an acronym or a name: "USA-kännare", "EU-kommissionär", "SD-politiker", "Sverigechef"
CAPITALISED_COMPOUND = re.compile(r"^[A-ZÅÄÖ](?:[A-ZÅÄÖ]{1,4}-|[a-zåäö]{2,})[a-zåäö]")
# prepositions of where a title's holder works, after its field: "docent i epidemiologi vid Karolinska institutet"
WORKPLACE_PREPOSITIONS = frozenset({"vid", "på", "hos"})
MAX_PHRASE = 8


def is_role_word(tok: Token) -> bool:
    low = tok.text.lower()
    if not tok.text.isalpha() and "-" not in tok.text and ":" not in tok.text:
        return False
    if low in ROLE_STOP:
        return False
    return has_role_ending(low)


def has_role_ending(low: str) -> bool:
    """Does a lower-case word end as a title or an agent noun does ("vd", "grundaren", "kassören")?"""
    return bool(ROLE_SUFFIX.search(low) or (len(low) > 6 and AGENT_SUFFIX.search(low)))


def _body_after_genitive(doc: Doc, k: int, end: int) -> bool:
    """Is ``doc[k]`` a place's genitive before an institution noun that ends the phrase ("Lindbergs kommun",
    "Göteborgs stad", "Norrlands universitetssjukhus"): one organisation's name, not an owner and its field?"""
    return (
        k + 2 == end
        and doc[k].text.endswith("s")
        and doc[k + 1].text.islower()
        and is_institution_noun(doc[k + 1].lower_)
    )


def _split_compound(doc: Doc, i: int) -> bool:
    """Does ``doc[i]`` open a compound split over "och"/"eller": "hälso- och", "närings- eller"?"""
    return len(doc[i].text) > 2 and doc[i].text.endswith("-") and doc[i + 1].lower_ in ("och", "eller")


def _next_persons_name(doc: Doc, i: int) -> bool:
    """Is a person's name at token ``i`` whole, no capitalised word after it: another person, whose title the word
    before is ("justitieminister Gunnar Strömmer, …", "professor Per Holm från KTH", "tränare Carl Jenner säger")?
    Not a firm named after someone: "vd Erik Olssons Åkeri", "vd Clas Ohlson", "personalchef Maria Nilsson Städ
    AB"."""
    if doc[i].ent_type_ != "PER":
        return False
    e = i + 1
    while e < len(doc) and doc[e].ent_type_ == "PER" and doc[e].ent_iob_ == "I":
        e += 1
    words = [t.text for t in doc[i:e]]
    if " ".join(words) in COMPANIES or words[-1].endswith("s") or any(w in FOREIGN_ORG_WORDS for w in words):
        return False
    if any(w.endswith("s") for w in words[1:-1]):
        return False  # a genitive inside: "Erik Olssons Åkeri"
    return e >= len(doc) or not doc[e].text[:1].isupper()  # not run on into a firm's words: "Maria Nilsson Städ AB"


def _names_a_person(doc: Doc, s: int, e: int) -> bool:
    """Does ``doc[s:e]`` name a person: a run the NER tags PER that opens with a given name and holds no word of an
    organisation's name ("till Eva Ek"; not "för Cromwell Society", "Federation of German Industries")?"""
    k = s
    while k < e:
        if doc[k].ent_type_ == "PER" and doc[k].ent_iob_ == "B" or doc[k].ent_type_ == "PER" and k == s:
            r = k + 1
            while r < e and doc[r].ent_type_ == "PER" and doc[r].ent_iob_ == "I":
                r += 1
            words = [t.text for t in doc[k:r]]
            if (
                is_first_name(words[0])
                and not any(w in FOREIGN_ORG_WORDS for w in words)
                and " ".join(words) not in COMPANIES
                and not words[-1].endswith("s")  # an owner: "i Anna Lindhs minnesfond"
            ):
                return True
            k = r
        else:
            k += 1
    return False


def _time_phrase(doc: Doc, j: int) -> bool:
    """Does a phrase of time start at token ``j``: "sedan tio år", "i tjugo år", "under fem år"?"""
    low = doc[j].lower_
    if low == "sedan":
        return True
    if low not in ("i", "under", "på") or j + 1 >= len(doc):
        return False
    k = j + 1
    if doc[k].lower_ in ("drygt", "nästan", "över", "cirka", "ca", "omkring", "runt") and k + 1 < len(doc):
        k += 1  # "i drygt tio år"
    return doc[k].like_num or doc[k].pos_ == "NUM"


def _cap(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.text not in SENTENCE_WORDS


# Prepositions that give a title its field before a name ("minister för civilt försvar Carl-Oskar Bohlin").
FIELD_PREPOSITIONS = {"för", "inom"}
FIELD_WORDS = {"NOUN", "ADJ"}  # what a field is written with: "civilt försvar", "digitala frågor"
MAX_FIELD = 4  # words after the preposition


def _field_title(doc: Doc, i: int) -> int | None:
    """The role word of a title with its field ending at token ``i``: 'minister för digitala frågor'. Not a
    representative's party ('advokaten för den tilltalade Per Ek': the name is the party's)."""
    k = i
    while k >= 0 and i - k <= MAX_FIELD:
        tok = doc[k]
        if tok.lower_ in FIELD_PREPOSITIONS and k < i:
            if k < 1 or not is_role_word(doc[k - 1]) or role_stem(doc[k - 1].text) in REPRESENTATIVE_ROLES:
                return None
            return k - 1
        if not (tok.text.isalpha() and tok.text.islower() and tok.pos_ in FIELD_WORDS and tok.lower_ not in ROLE_STOP):
            return None
        k -= 1
    return None


def title_before(doc: Doc, start: int) -> tuple[str | None, int]:
    """A title directly before the name: a role word (possibly 'X- och Y-minister'), a role word with its
    field ('minister för civilt försvar'), or two titles joined by 'och' ('justitieminister och minister
    för digitala frågor'). Returns (title, start)."""
    i = start - 1
    if i < 0:
        return None, start
    if is_role_word(doc[i]):
        first = i
    elif (first := _field_title(doc, i)) is None:
        return None, start
    if first >= 1 and ELECTED_BODY.match(doc[first - 1].lower_) and doc[first - 1].lower_.endswith("s"):
        first -= 1  # the body the title is of: "Kommunstyrelsens ordförande", "kommunfullmäktiges ordförande"
    elif first >= 1 and doc[first - 1].lower_ in TITLE_MODIFIERS:
        first -= 1  # "vakthavande befäl", "Biträdande rektor"
    elif first >= 1 and FIELD_ADJECTIVE.match(doc[first - 1].lower_):
        first -= 1  # "rättspolitiska talesperson", "konstnärliga ledare"
    # "närings- och innovationsminister"
    if first >= 2 and _split_compound(doc, first - 2):
        first -= 2
    # "justitieminister och minister för digitala frågor"; not a definite title, another person's: "mötet mellan
    # presidenten och utrikesminister Tobias Billström"
    elif (
        first >= 2
        and doc[first - 1].lower_ == "och"
        and is_role_word(doc[first - 2])
        and doc[first].text.islower()
        and "Def" not in doc[first - 2].morph.get("Definite")
        and doc[first - 2].text.islower()
    ):
        first -= 2
    return lower_initial(doc[first : i + 1].text), first


def lower_initial(title: str) -> str:
    """A title as it reads inside a sentence: "Statsminister" at a sentence start is "statsminister"; "VD",
    "VD:n", "EU-kommissionär" keep their capitals."""
    return title if title[1:2].isupper() else title[:1].lower() + title[1:]


def apposition_after(doc: Doc, end: int) -> tuple[list[str], list[str], int]:
    """Roles and affiliations in an apposition right after a name ending at token ``end``, also after the
    party's letters in brackets ("Lars Nyberg (M), ordförande i …")."""
    n = len(doc)
    roles: list[str] = []
    affs: list[str] = []
    if end + 3 < n and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 3].text == ",":
        end += 3
    elif (
        end + 4 < n
        and doc[end].text == "("
        and doc[end + 2].text == ")"
        and doc[end + 3].lower_ in ("i", "på")
        and _cap(doc[end + 4])
    ):
        # the party's letters, then where: "regionrådet Anna Ek (S) i Region Skåne", "Per Holm (M) i Malmö"
        j = end + 4
        while (
            j < n
            and j - end <= 7
            and (_cap(doc[j]) or doc[j].lower_ in {"i", "för"} and j + 1 < n and _cap(doc[j + 1]))
        ):
            j += 1
        return roles, [doc[end + 4 : _institution_noun_after(doc, j)].text], j
    i = end
    if i < n and doc[i].text == ",":
        i += 1
    if i + 1 < n and doc[i].lower_ == "som" and doc[i + 1].lower_ in {"är", "var"}:
        i += 2
        if i < n and doc[i].lower_ in {"också", "även", "dessutom"}:
            i += 1
    while i < n:
        inst = None
        if (
            i + 1 < n
            and doc[i].text.islower()
            and doc[i].text.endswith("s")
            and doc[i].text[:-1] in NATIONAL_INSTITUTIONS
            and (is_role_word(doc[i + 1]) or doc[i + 1].lower_ in TITLE_MODIFIERS)
        ):
            if not OUTSIDER_ROLES.search(doc[i + 1].lower_):  # not "regeringens kritiker"
                inst = doc[i].text[:-1].capitalize()  # "polisens presstalesperson": the institution's
            i += 1
        if (
            i < n
            and doc[i].lower_ in {"ny", "nya", "tidigare", "före", "tillförordnad", "t.f."}
            and i + 1 < n
            and (is_role_word(doc[i + 1]) or i + 3 < n and _split_compound(doc, i + 1) and is_role_word(doc[i + 3]))
        ):
            i += 1
        role_start = i
        if i + 1 < n and doc[i].lower_ in TITLE_MODIFIERS and is_role_word(doc[i + 1]):
            i += 1  # "vakthavande befäl", "vice ordförande"
        # "hälso- och sjukvårdsdirektör", "närings- eller kulturminister": the first part belongs to the title
        if i + 2 < n and _split_compound(doc, i) and is_role_word(doc[i + 2]) and doc[i + 2].text.islower():
            i += 2
        if (
            i >= n
            or not is_role_word(doc[i])
            or doc[i].text[:1].isupper()
            and not doc[i].text.isupper()
            and not (  # "USA-kännare vid …", "SD-politiker i Malmö"; not "EU-chefen måste ta ansvar"
                CAPITALISED_COMPOUND.match(doc[i].text)
                and (
                    i + 1 >= n
                    or doc[i + 1].is_punct
                    or doc[i + 1].is_space
                    or doc[i + 1].lower_ in ROLE_PREPOSITIONS
                    or doc[i + 1].lower_ in ("och", "sedan", "med", "som")
                )
            )
        ):
            # bare affiliation "på Cykelverkstan"
            if (
                i < n
                and i == end
                and doc[i].lower_ in {"på", "vid", "från"}
                and i + 1 < n
                and _cap(doc[i + 1])
                and not (  # "Daniel Karlsson från Borås": a home town (not "från Mora IK", nor a club in sport)
                    doc[i].lower_ == "från"
                    and is_place(doc[i + 1].text)
                    and not (i + 2 < n and _cap(doc[i + 2]))
                    and not SPORTS_TEXT.search(doc.text)
                )
            ):
                j = i + 1
                while (
                    j < n
                    and j - i <= 4
                    and (_cap(doc[j]) or (doc[j].lower_ in {"i", "för"} and j + 1 < n and _cap(doc[j + 1])))
                ):
                    j += 1
                j = _institution_noun_after(doc, j)  # "vid Warszawas universitet", "vid Utrikespolitiska institutet"
                affs.append(doc[i + 1 : j].text)
                i = j
            break
        i += 1
        title = doc[role_start:i].text
        aff = inst
        if i < n and _next_persons_name(doc, i):
            # the next person's title in a list: "justitieminister Gunnar Strömmer, socialtjänstminister Camilla
            # Waltersson Grönvall"
            break
        if i < n and _cap(doc[i]):
            # "chef Kulturhuset i Lerum"
            j = i
            while (
                j < n
                and j - i < 5
                and (_cap(doc[j]) or (doc[j].lower_ in {"i", "för"} and j + 1 < n and _cap(doc[j + 1])))
            ):
                j += 1
            aff = doc[i:j].text
            roles.append(title)
            i = j
        elif i < n and doc[i].lower_ in ROLE_PREPOSITIONS:
            j = i + 1
            while (
                j < n
                and j - i <= MAX_PHRASE
                and doc[j].text not in END_PUNCT
                and (doc[j].lower_ not in ROLE_STOP or doc[j].lower_ == "och" and doc[j - 1].text.endswith("-"))
                and not doc[j].is_space
                and doc[j].pos_ not in {"VERB", "AUX"}
                and not _time_phrase(doc, j)
            ):
                j += 1
            if j == i + 1:
                roles.append(title)
            elif NON_JOB_ROLES.match(title.lower()):
                # no workplace: "pensionär från Mora", "passagerare på SAS-planet", "kund hos Swedbank"
                roles.append(title)
            elif inst is not None:
                roles.append(title)  # "polisens presstalesperson i region Nord": a unit of the institution
            elif doc[i + 1].lower_ in REGIONAL_UNITS:
                # "presstalesperson vid polisen i region Syd": the national institution, its units folded in
                roles.append(title)
                aff = REGIONAL_UNITS[doc[i + 1].lower_]
            elif doc[i + 1].lower_ in NATIONAL_INSTITUTIONS:
                # "handläggare på länsstyrelsen i Dalarna": the institution with its county or town ("i ärendet" is
                # none)
                roles.append(title)
                aff = doc[i + 1].text.capitalize()
                if i + 3 < j and doc[i + 2].lower_ == "i" and _cap(doc[i + 3]):
                    aff += " " + doc[i + 2 : j].text
            elif _names_a_person(doc, i + 1, j):
                # a person's partner, lawyer or coach: "partner till Eva Ek", the title as written, no workplace
                roles.append(doc[role_start:j].text)
            else:
                phrase = doc[i + 1 : j]
                caps = [k for k in range(i + 1, j) if _cap(doc[k])]
                owned_body = bool(caps) and caps[0] == i + 1 and _body_after_genitive(doc, i + 1, j)
                if caps and caps[0] == i + 1 and (not doc[caps[0]].text.endswith("s") or owned_body):
                    roles.append(title)
                    aff = phrase.text
                elif (
                    caps
                    and doc[caps[0] - 1].lower_ in WORKPLACE_PREPOSITIONS
                    and (not doc[caps[0]].text.endswith("s") or _institution_noun_after(doc, caps[0] + 1) > caps[0] + 1)
                ):
                    # the title with its field, then where: "docent i epidemiologi vid Karolinska institutet",
                    # "professor i statsvetenskap vid Stockholms universitet"
                    roles.append(doc[role_start : caps[0] - 1].text)
                    k1 = caps[0]
                    while k1 < j and (
                        _cap(doc[k1]) or (doc[k1].lower_ in {"i", "för"} and k1 + 1 < j and _cap(doc[k1 + 1]))
                    ):
                        k1 += 1
                    aff = doc[caps[0] : _institution_noun_after(doc, k1)].text
                else:
                    roles.append(doc[role_start:j].text)
                    if caps:
                        k0 = caps[0]
                        k1 = k0
                        while k1 < j and (
                            _cap(doc[k1]) or (doc[k1].lower_ in {"i", "för"} and k1 + 1 < j and _cap(doc[k1 + 1]))
                        ):
                            k1 += 1
                        aff_text = doc[k0:k1].text
                        if aff_text.endswith("s") and k1 == k0 + 1:
                            aff_text = None
                        aff = aff_text
            i = j
        else:
            roles.append(title)
            if i + 1 < n and doc[i].text == "," and _cap(doc[i + 1]) and not doc[i + 1].ent_type_ == "PER":
                # a contact line: "Eva Lind, CFO, Holm Group AB, 08-…" (the organisation, then a comma or the end)
                j = i + 1
                while j < n and j - i <= 5 and (_cap(doc[j]) or doc[j].text == "&"):
                    j += 1
                if (j == n or doc[j].text in {",", ".", "\n"} or doc[j].is_space) and not is_place(doc[i + 1 : j].text):
                    aff = doc[i + 1 : j].text  # not a vox pop's town: "Johan Ek, lärare, Uppsala."
                    i = j
        if aff:
            affs.append(aff)
        # "... och projektledare för ..."
        if i + 1 < n and doc[i].lower_ == "och" and is_role_word(doc[i + 1]):
            i += 1
            continue
        break
    return roles, affs, i


def apposition_before(doc: Doc, start: int, org_names: Mapping[int, str] | None = None) -> tuple[str | None, list[str]]:
    """A title and its affiliations opening the sentence before a name in apposition, between the sentence's
    start and the comma before the name: "Rektorn för Umeå universitet, Hans Adolfsson, är positiv", "Vd:n för
    Gotlandsbolaget, Linda Bergkvist, säger", "Kommunstyrelsens ordförande i Uppsala, Erik Pelling (S), vill"; a
    party or organisation owning the title is an affiliation, not part of it ("Moderaternas kommunalråd i Göteborg,
    Martin Ek,", "Volvos vd, Anna Berg,"; ``org_names``: the organisation named at a token, by its name).
    Returns (title or None, affiliations); nothing where the name's apposition is not closed by a comma or
    a bracket, or the words before it are more than a title with its organisation or place."""
    comma = start - 1
    if comma < 1 or doc[comma].text != ",":
        return None, []
    s = comma - 1
    while s > 0 and not doc[s - 1].is_space and doc[s - 1].text not in END_PUNCT and comma - s < MAX_PHRASE:
        s -= 1
    if s > 0 and not doc[s - 1].is_space and doc[s - 1].text not in {".", "!", "?", ":", "–", "—"}:
        return None, []  # not the sentence's opening words
    k = s
    owner: list[str] = []
    org_names = org_names or {}
    if k + 1 < comma and doc[k].text.endswith("s") and doc[k].text[:1].isupper() and is_role_word(doc[k + 1]):
        k += 2  # an owner's title: "Kommunstyrelsens ordförande"
        w = doc[s].text
        base = w[:-2] if w.endswith(":s") else strip_genitive(w)
        party = kb.party(base) if len(base) <= 2 else kb.party(w)  # "SD:s", "Moderaternas"
        if party is not None:
            owner = [party.name]  # "Moderaternas kommunalråd", "SD:s gruppledare": the party's
        elif (
            (s in org_names or doc[s].ent_type_ == "ORG")
            and not ELECTED_BODY.match(doc[s].lower_)
            and (
                org_names.get(s) in COMPANIES
                or ORGANISATION_TITLE.match(doc[s + 1].lower_)
                or not (kb.politicians_by_surname(base) or is_first_name(base))
            )  # not a person's staff: "Kristerssons statssekreterare" (but "Ericssons vd")
        ):
            owner = [org_names.get(s, base)]  # "Volvos vd", "Byggnads ordförande": the organisation's name
    elif is_role_word(doc[k]):
        k += 1
    else:
        return None, []
    title = lower_initial(doc[s + len(owner) : k].text)
    if k == comma:
        return title, owner
    if doc[k].lower_ not in ROLE_PREPOSITIONS or k + 1 == comma:
        return None, []
    if any(t.ent_type_ in ("PER", "MISC") for t in doc[k + 1 : comma]) or doc[k].lower_ in ("till", "åt"):
        # a person's lawyer or coach, a work's author: "Advokaten för Anna Berg, Per Holm,", "Författaren till
        # Millenniumserien, Stieg Larsson,": the title as written, no organisation
        return lower_initial(doc[s:comma].text), []
    rest = doc[k + 2 : comma]
    if not _cap(doc[k + 1]) or not all(
        _cap(t) or t.lower_ in {"i", "för", "och"} or t.lower_ in PLACE_ORG_NOUNS or ORG_SUFFIX.search(t.lower_)
        for t in rest
    ):
        # "Chefen för den nya enheten, …": a title with its field, not an organisation ("Umeå universitet" is one)
        if any(t.pos_ in ("VERB", "AUX") for t in doc[k + 1 : comma]):
            return None, []
        return lower_initial(doc[s + len(owner) : comma].text), owner
    return title, [*owner, doc[k + 1 : comma].text]


# Verbs of working somewhere: "Malin Sjöstedt jobbar på SMHI"
WORK_VERBS = frozenset({"jobbar", "jobbade", "jobbat", "arbetar", "arbetade", "arbetat"})
WORK_PREPOSITIONS = frozenset({"på", "vid", "hos", "för", "i"})
# after these only an organisation is a workplace, not a place or a person ("jobbar i Stockholm", "hos Per Holm")
PLACE_PREPOSITIONS = frozenset({"hos", "för", "i"})
NEGATIONS = frozenset({"inte", "ej", "aldrig", "ingen", "inget", "inga", "varken"})


def predicated_roles(doc: Doc, person_at: dict[int, int]) -> list[tuple[int, str | None, str | None]]:
    """Roles and affiliations a sentence predicates of a person (named, or a pronoun already resolved to one):
    "Nora Ek är chef på Voxa" (role "chef", affiliation "Voxa"), "Han jobbar på SJ" (affiliation "SJ"), "Johan
    Pehrson är utbildningsminister". Returns (person key, role, affiliation) from the parse; an affiliation is a
    capitalised name after the preposition."""
    if not doc.has_annotation("DEP"):
        return []
    out = []
    seen: set[int] = set()
    for i in sorted(person_at):  # from each person's subject to its predicate, not over every token
        subject = doc[i]
        tok = subject.head
        if subject.dep_ != "nsubj" or tok.i in seen:
            continue
        seen.add(tok.i)
        if any(c.lower_ in NEGATIONS for c in tok.children):
            continue  # "Anna Berg är inte läkare", "Per Holm är ingen politiker"
        key = person_at[i]
        copula = any(c.dep_ == "cop" and c.lower_ in ("är", "var") for c in tok.children)
        title = tok.pos_ == "NOUN" and tok.text.islower() and ROLE_SUFFIX.search(tok.lower_) is not None
        if copula and title and "Def" not in tok.morph.get("Definite"):  # a title, not "optimist", "register"
            out.append((key, tok.text, _place_of_work(tok)))
        elif tok.lower_ in WORK_VERBS:
            affiliation = _place_of_work(tok)
            if affiliation:
                out.append((key, None, affiliation))
    return out


def _place_of_work(head: Token) -> str | None:
    """The capitalised name after "på", "vid", "hos" that depends on ``head`` ("chef på Voxa", "jobbar på SJ",
    "på Holm Group AB"): the capitalised words around the dependent."""
    doc = head.doc
    for c in head.children:
        if c.dep_ not in ("obl", "nmod") or not _cap(c):
            continue
        case = next((k.lower_ for k in c.children if k.dep_ == "case" and k.lower_ in WORK_PREPOSITIONS), None)
        if case is None or c.ent_type_ == "PER":
            continue  # "chef för Jonas Lind": a person is no workplace
        start, end = c.i, c.i + 1
        while start - 1 > head.i and _cap(doc[start - 1]):
            start -= 1
        while end < len(doc) and end - c.i < 4 and (_cap(doc[end]) or doc[end].text == "&"):
            end += 1
        name = doc[start:end].text
        if case in PLACE_PREPOSITIONS and (is_place(name) or is_country(name)):
            continue  # "jobbar i Stockholm", "arbetade i USA"
        return name
    return None


def role_stem(word: str) -> str:
    """'ministern' -> 'minister', 'kulturchefen' -> 'kulturchef' (definite and plural endings off)."""
    w = word.lower()
    if w.endswith(("mannen", "männen")) and len(w) > 7:
        return w[:-6] + "man"  # "rådmannen" -> "rådman", "talesmännen" -> "talesman"
    if w.endswith("man") and not w.endswith("mman"):
        return w  # "rådman", "talesman": no ending to take off (but "mamman" is "mamma")
    for suf in ("erna", "arna", "orna", "rna", "na", "en", "et", "n"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


# prepositions that open a title's complement
TITLE_PREPOSITIONS = frozenset({"för", "åt", "hos", "till", "i", "på", "vid", "med", "inom", "av", "från", "om"})


def _institution_noun_after(doc: Doc, j: int) -> int:
    """Past a lower-case noun for an institution that ends the name before it ("Warszawas universitet",
    "Utrikespolitiska institutet", "Lerums kommun"); else ``j``."""
    if (
        j < len(doc)
        and doc[j].text.islower()
        and (is_institution_noun(doc[j].lower_) or doc[j].lower_ in PLACE_ORG_NOUNS)
    ):
        return j + 1
    return j


def base_title(title: str) -> str:
    """A title with its definite role noun in the base form, as a dictionary writes it: 'bibliotekschefen' ->
    'bibliotekschef', 'ordföranden i nämnden' -> 'ordförande i nämnden', 'kommunalrådet' -> 'kommunalråd',
    'vd:n' -> 'vd'; words that are no role nouns stay as written ('chefen för avdelningen' -> 'chef för
    avdelningen')."""
    words = title.split(" ")
    for k, w in enumerate(words):
        low = w.lower()
        if low in TITLE_PREPOSITIONS:
            break  # the complement's nouns stay as written: "presschef för kungen", "rådgivare åt statsministern"
        if FIELD_ADJECTIVE.match(low) and low.endswith(("a", "e")) and k + 1 < len(words):
            words[k] = w[:-1]  # "ständiga sekreterare" -> "ständig sekreterare"
            continue
        if not ROLE_SUFFIX.search(low):
            if DEFINITE_AGENT.search(low) and len(low) > 6 and not NOT_AGENT.search(low):
                # "mittfältaren", "nyckelharpisten", "agenten": an agent noun no title list has
                words[k] = w[:-1] if low.endswith("aren") else w[:-2]
            continue
        if low.endswith(("mannen", "männen")) and len(low) > 7:
            words[k] = w[:-6] + "man"  # "talesmannen", "brandmannen"
            continue
        for ending in (":n", "n", "en", "et", "t"):
            if low.endswith(ending) and len(low) - len(ending) >= 2 and ROLE_SUFFIX.search(low[: -len(ending)]):
                words[k] = w[: -len(ending)]
                break
    return " ".join(words)


def title_noun(role: str) -> str:
    """The first word of a title that is no adjective of its field: "rättspolitisk talesperson" -> "talesperson",
    "konstnärlig ledare i Göteborg" -> "ledare"; a modifier that makes another title stays ("biträdande rektor" is
    no "rektorn")."""
    words = role.split(" ")
    k = 0
    while k + 1 < len(words) and FIELD_ADJECTIVE.match(words[k].lower()):
        k += 1
    return words[k]


def same_role(stem: str, role: str, roles: Sequence[str] = ()) -> bool:
    """Does a role word (as its stem) refer to a title a person holds? 'minister' ~ 'socialminister';
    ``roles``: the person's roles in full, which a more specific compound must agree with (see
    :func:`narrower_of`)."""
    rs = role_stem(title_noun(role))
    return len(stem) >= 4 and len(rs) >= 4 and (rs.endswith(stem) or narrower_of(stem, rs, roles))


def narrower_of(stem: str, held: str, roles: Sequence[str]) -> bool:
    """Can a compound title ``stem`` be the title ``held`` made specific? 'förbundsordförande' ~
    'ordförande'. Not where one of the person's roles (in full) gives the title with a complement that
    says otherwise: 'statsminister' is not the 'minister för civilt försvar', while 'socialminister' is the
    'minister för sociala frågor'."""
    if not stem.endswith(held) or len(stem) == len(held):
        return stem == held
    prefix = stem[: len(stem) - len(held)].rstrip("-")
    if prefix.endswith("s") and len(prefix) > 4:
        prefix = prefix[:-1]  # the linking s of a compound: 'förbunds-'
    for role in roles:
        words = role.split(" ")
        if (
            len(words) > 2
            and words[1] in ("för", "med")
            and words[2][:1].islower()  # a field ('för civilt försvar'), not an organisation ('för Kommunal')
            and role_stem(words[0]).rstrip("e").endswith(held.rstrip("e"))
            and prefix not in role.lower()
        ):
            return False  # the title's own complement names another field
    return len(prefix) >= 2
