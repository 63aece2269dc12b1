"""Find the name mentions of people and organisations in a Doc and cluster them.

Mentions come from the NER (PER/ORG) and, because the NER is not perfect, from
capitalised-token rules: a confident first name (SCB lexicon) followed by
capitalised words is a person; a capitalised word with an institutional ending
(``-verket``, ``-partiet``) or from a short list is an organisation.

Within a document, a short form (``Sjöberg``, ``Lena``, genitive ``Sjöbergs``)
links to the full name it matches; a short form that matches two different
people is left unlinked rather than guessed.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from spacy.tokens import Doc, Token

from ..lang import gender as _gender
from ..lang import kb
from ..lang.names import (
    ALIAS_LINKS,
    EVENT_LAST_EN,
    HONORIFICS,
    HYPHENED_PARTICLE_NAME,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NICKNAME_MARKS,
    NOT_PERSON_END,
    REGNAL_NUMBER,
    SENTENCE_WORDS,
    SURNAME_ENDING,
    THING_LAST_EN,
)
from ..lang.org_types import ENGLISH_HEADS
from ..lang.orgs import (
    ACRONYM_GENITIVE,
    ADJECTIVE_START,
    AFTER_SCORE,
    BODY_NOUN,
    BUSINESS_NOUNS,
    CLUB_LETTERS_AFTER,
    CLUB_LETTERS_BEFORE,
    COMMON_WORD_ORGS,
    COMPANIES,
    COMPASS_REGIONS,
    DESCRIPTOR_NOUN,
    ELECTED_BODY,
    ENGLISH_PLURAL_HEADS,
    EVENT_WORDS,
    FOREIGN_ARTICLES,
    FOREIGN_ORG_WORDS,
    FOUNDER_WORDS,
    INTEREST_ORGANISATIONS,
    LOCATIVE_PREPOSITIONS,
    LOWER_CASE_ORGS,
    MATCH_NOUNS,
    MATCH_VERBS,
    MUNICIPAL_ADMINISTRATION,
    NAME_GLUE,
    NAME_PREPOSITIONS,
    NATIONAL_INSTITUTIONS,
    NATIONAL_PREFIXES,
    NEWS_AGENCIES,
    NEWS_MEDIA,
    NOT_ORG_ACRONYMS,
    NOT_ORG_HEAD,
    ORG_CLASS_INDEFINITE,
    ORG_CLASS_NOUN,
    ORG_CLASS_PLURAL,
    ORG_HEAD,
    ORG_NAMES,
    ORG_OPENING_WORDS,
    ORG_PREFIXES,
    ORG_SUFFIX,
    PLACE_ORG_NOUNS,
    REGION_WORDS,
    REGIONAL_UNITS,
    SPORTS_CLUBS,
    SPORTS_TEXT,
    SPORTS_WEAK_WORDS,
    SPORTS_WORDS,
    STATE_BODY,
    TAKING_VERBS,
    UNIONS,
    WON,
    WORK_HEAD,
    is_institution_noun,
)
from ..lang.places import (
    FOREIGN_PLACE_FIRST,
    FOREIGN_PLACE_HEADS,
    FOREIGN_PLACE_LAST,
    GEOGRAPHIC_NOUNS,
    IN_PLACE_PREPOSITIONS,
    PLACE_APPOSITION,
    PLACE_NOUNS,
    REGIONS,
    SURNAME_PLACE_HEADS,
    SWEDISH_ANCHORS,
    VENUE,
    is_country,
    is_place,
    is_place_name,
    is_road,
)
from ..lang.pronouns import PRONOUNS
from ..lang.roles import (
    AGENT_SUFFIX,
    BRANCH_TITLE,
    CLUB_TITLE,
    COUNCIL_TITLE,
    KIND_NAMES,
    LEADER_TITLES,
    ORG_ONLY_TITLE,
    ORGANISATION_TITLE,
    ROLE_PREPOSITIONS,
    ROLE_SUFFIX,
    ROYAL_TITLES,
    SPORTS_TITLE,
    is_person_title,
)
from ..lang.speech import CUE_FORMS, INTERVIEW_FORMS, REPORT_FORMS, SPOKEN_FORMS
from ..lang.words import (
    LIST_SEPARATORS,
    NOT_TITLE,
    ORDINALS,
    SENTENCE_OPENING_AFTER,
    TITLE_TIME_WORDS,
    WORK_NOUN,
    singular_definite,
    strip_genitive,
)
from ..nlp.labels import is_org, is_person
from .knowledge import party_mentions
from .roles import has_role_ending

# the parts of speech of words that are no content word a genitive could own
FUNCTION_POS = frozenset({"ADP", "CCONJ", "SCONJ", "AUX", "PRON", "ADV", "PART", "DET"})


@dataclasses.dataclass
class NameMention:
    start: int  # token index
    end: int  # token index (exclusive)
    start_char: int
    end_char: int
    words: tuple[str, ...]
    label: str  # "PER" | "ORG"
    source: str  # "ner" | "first-name" | "org-rule" | "short"
    title_start: int | None = None  # token index of a title word before the name
    alias_of: int | None = None  # a nickname's: the start token of the full name it is given in

    @property
    def text(self) -> str:
        return " ".join(self.words)


def _place_after(doc: Doc, i: int) -> bool:
    """Is the place's name at token ``i`` used as a place: after "i", "från", "utanför", also further on in a
    list ("i Husqvarna och Getinge")?"""
    if not is_place(doc[i].text):
        return False
    k = i - 1
    while k > 0 and i - k < 6 and (doc[k].text in {",", "och"} or doc[k].text[:1].isupper()):
        k -= 1
    if k < 0 or doc[k].lower_ not in IN_PLACE_PREPOSITIONS:
        return False
    return not (k > 0 and BUSINESS_NOUNS.match(doc[k - 1].lower_))  # "aktier i Boliden", "en order från Boliden"


def _firm_noun(doc: Doc, i: int) -> bool:
    """Is token ``i`` a capitalised common noun, definite, for no person, as a business is introduced by
    ("Frisörsalongen", "Bageriet", "Blomsterhandeln")?"""
    if i < 0:
        return False
    low = doc[i].lower_
    if not (doc[i].pos_ in ("NOUN", "PROPN") and doc[i].text[:1].isupper()) or has_role_ending(low):
        return False  # "Konstnären Anna & Lisa" are people
    if _gender.is_first_name(doc[i].text) or is_place(doc[i].text):
        return False
    return "Def" in doc[i].morph.get("Definite") or low.endswith(("en", "et", "an", "ln"))


def _common_word_use(doc: Doc, i: int) -> bool:
    """Is the listed name at ``i`` that is also a common word used as the word: opening a sentence before a
    preposition of place ("Företagarna i centrala Gävle är oroliga", "Villaägarna längs Storgatan", "Bris från
    väster"), or after an article or a possessive ("körde en Tesla")? Not "Unionen har varslat om strejk", "Bris
    får in allt fler samtal"."""
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    prev = doc[i - 1].lower_ if i > 0 else ""
    if opens_sentence(doc, i) and nxt in ("i", "längs", "från", "på", "vid", "runt", "kring", "utmed", "nära"):
        return True
    return prev in ("en", "ett", "sin", "sitt", "min", "hans", "hennes", "ny", "nya")


def _people_joined(doc: Doc, start: int, end: int) -> bool:
    """Does "&" beside the name ``doc[start:end]`` join two people's names ("Benny Andersson & Björn Ulvaeus",
    "Linnea & Per Holm"), each opening with a given name and one with a surname, not a firm's ("Kjell & Company",
    "Svensson & Söner", "Jack & Jones", "Emma & Malin")?"""
    n = len(doc)
    if not _gender.is_first_name(doc[start].text):
        return False
    if end < n and doc[end].text == "&":
        first = start
        joined = end + 1 < n and _gender.is_first_name(doc[end + 1].text)
    else:
        k = start - 2  # the other name's first word, before "&": back over its capitalised words
        while k > 0 and start - 2 - k < 3 and doc[k - 1].text[:1].isupper() and doc[k - 1].pos_ == "PROPN":
            k -= 1
        first = k
        joined = k >= 0 and _gender.is_first_name(doc[k].text)
    # not after a firm's noun: "Frisörsalongen Emma & Malin"
    return joined and not (first > 0 and ORG_CLASS_NOUN.search(doc[first - 1].lower_) or _firm_noun(doc, first - 1))


def plausible_person(words: tuple[str, ...]) -> bool:
    """Reject NER 'people' that look like organisations, places or events."""
    if words[0] in FOREIGN_ARTICLES or any(w in FOREIGN_ORG_WORDS for w in words):
        return False  # "The Guardian", "Le Monde", "El País", "Hansen Logistik GmbH"
    if "&" in words:
        return False  # "Ekholm & Söner"
    if " ".join(words) in NEWS_MEDIA | UNIONS | INTEREST_ORGANISATIONS:
        return False  # "Gefle Dagblad", "Rädda Barnen": listed newspapers and organisations
    if len(words) >= 2 and words[0] in ORG_OPENING_WORDS:
        return False  # "Region Skåne", "Restaurangen Bella Napoli"
    last = words[-1]
    if (
        len(words) >= 2
        and "-" in last
        and not HYPHENED_PARTICLE_NAME.match(last)  # "Hazem al-Qassem"
        and not all(p[:1].isupper() for p in last.split("-") if p)
    ):
        return False  # "Andra AP-fonden": an organisation, though "Andra" is a first name
    if len(words) >= 2 and last in THING_LAST_EN:
        return False  # "Andrew Marr Show", "Davis Cup": a thing named after a person
    if len(words) >= 2 and (words[0] in FOREIGN_PLACE_FIRST or last in FOREIGN_PLACE_LAST):
        return False  # "Puerto Rico", "Cape Town": a place
    if " ".join(words) in REGIONS:
        return False  # "West Virginia", "Texas"
    if len(words) >= 2 and last in FOREIGN_PLACE_HEADS and last not in SURNAME_PLACE_HEADS:
        return False  # "Wall Street", "Sepulveda Boulevard", "King George Island" (though "King" is a first name)
    if _gender.is_first_name(words[0]):
        return True
    for w in words:
        low = w.lower()
        if (
            "-" in w
            and not HYPHENED_PARTICLE_NAME.match(w)
            and not all(part[:1].isupper() for part in w.split("-") if part)
        ):
            return False  # "ESBL-bildande": a compound, not a double name like "Anna-Karin"
        if w in ORG_NAMES or w in ENGLISH_HEADS or ORG_SUFFIX.search(low) or NOT_PERSON_END.search(low) or w.isupper():
            return False  # ... or an English organisation's head word: "Nordic Defence Cooperation"
    if len(words) >= 2 and ADJECTIVE_START.search(words[0]):
        return False
    return True


def _title_like(word: str) -> bool:
    """A capitalised word that can be a title before a name: a role noun or a definite noun
    ("Afghanistankännaren", "Artisten"), not a given name the lexicon lacks ("Anis" of "Anis Don Demina")."""
    low = word.lower()
    return bool(ROLE_SUFFIX.search(low)) or low.endswith(("en", "an", "et", "rn", "na"))


def _name_word(tok: Token) -> bool:
    return _name_text(tok.text)


def _name_text(t: str) -> bool:
    if len(t) > 3 and t.endswith(".") and t[-2] != ".":
        t = t[:-1]  # "Ang." at a sentence end, kept whole by the tokenizer
    return (
        bool(t)
        and t[0].isupper()
        and t.replace("-", "").replace("'", "").replace("’", "").isalpha()
        or bool(HYPHENED_PARTICLE_NAME.match(t))
    )  # "al-Qassem"


def _lone_speaker_name(doc: Doc, j: int) -> bool:
    """A single capitalised word right after a speech verb, closing the attribution ("…, säger Putin.",
    "säger Putin till TT"), that is no organisation, party, place or acronym: a person named by one name."""
    word = doc[j].text
    after = doc[j + 1].text if j + 1 < len(doc) else "."
    if not (after in {".", ",", "!", "?", ":", ";"} or after in {"till", "enligt", "i", "på", "om", "och"}):
        return False
    low = word.lower()
    return not (
        word.isupper()
        or word in ORG_NAMES
        or low in LOWER_CASE_ORGS
        or ORG_SUFFIX.search(low)
        or _names_other_thing(word)
    )


def _slash_name(t: str) -> bool:
    """A name glued to a byline by a slash: "Holm/TT", "Holm/8"."""
    head, slash, _rest = t.partition("/")
    return bool(slash) and _name_text(head)


def _word(tok: Token) -> str:
    t = tok.text
    return t[:-1] if len(t) > 3 and t.endswith(".") and t[-2] != "." else t


def _end_char(tok: Token) -> int:
    return tok.idx + len(_word(tok))


def opens_sentence(doc: Doc, i: int) -> bool:
    """Does token ``i`` open a sentence by what is written before it: nothing, a line break, a full stop, a
    colon, a dash or a closing quotation mark (``SENTENCE_OPENING_AFTER``)? The parser's sentence starts are
    not asked: it misses many after a quote."""
    if i == 0:
        return True
    prev = doc[i - 1]
    return prev.is_space or prev.text in SENTENCE_OPENING_AFTER


def person_mentions(doc: Doc, words: list[str] | None = None) -> list[NameMention]:
    """Name mentions of people: NER PER spans (cleaned) plus first-name rule hits.

    ``words``: the token texts, when the caller has them (saves building Token objects)."""
    n = len(doc)
    words = words if words is not None and len(words) == n else [t.text for t in doc]
    taken = [False] * n
    out: list[NameMention] = []
    # the last words of the article's person names as written without a genitive ("Wretman")
    bare_surnames = {e[-1].text for e in doc.ents if is_person(e.label_) and len(e) >= 2}
    # names the article also writes with a final -s where no genitive can be (before a verb, at a clause's
    # end): the -s is the name's ("Jessica Chambers mamma" is Chambers's mother, as "Jessica Chambers dog" says)
    s_names = {e[-1].text for e in doc.ents if is_person(e.label_) and e[-1].text.endswith("s")}
    plain_s = {w for i, w in enumerate(words) if w in s_names and _no_genitive_after(doc[i + 1] if i + 1 < n else None)}

    listed = plural_listed(doc, words)

    def add(start: int, end: int, source: str) -> None:
        if any(doc[k].text in ENGLISH_PLURAL_HEADS for k in range(start + 1, end)):
            return  # "Sky News", "Human Rights Watch": a company's or an organisation's name
        if any(k in listed for k in range(start, end)):
            return  # "företagen Voltrix, Nordlog och Axelia": organisations, whatever the NER says
        if (end < n and doc[end].text == "&" or start > 0 and doc[start - 1].text == "&") and not _people_joined(
            doc, start, end
        ):
            return  # "Kjell & Company", "Svensson & Söner": a firm's name
        # drop a title-like capitalised word before a first name: "Afghanistankännaren Peter X"; before a
        # name of two words the lexicon lacks, a title the tagger reads as a noun: "Terroristen Sayfullo Saipov"
        title_start = None
        while (
            end - start >= 2
            and not _gender.is_first_name(doc[start].text)
            and (_gender.is_first_name(doc[start + 1].text) or end - start >= 3 and doc[start].pos_ == "NOUN")
            and doc[start].text not in NAME_PARTICLES
            and _title_like(doc[start].text)
        ):
            title_start = start
            start += 1
        # a capitalised sentence opener glued to a name by the NER: "Både Litauen"
        if (
            end - start >= 2
            and opens_sentence(doc, start)
            and not _gender.is_first_name(doc[start].text)
            and doc[start].pos_ not in {"PROPN", "NOUN"}
            and title_start is None
        ):
            start += 1
        # a name ends at a slash: "Anna Ek/TT", "Anna Ek/8 SIDOR" (a byline glued into one token)
        cut: str | None = None
        for k in range(start, end):
            slash = doc[k].text.find("/")
            if slash >= 0:
                end, cut = (k + 1, doc[k].text[:slash]) if slash > 0 and _name_text(doc[k].text[:slash]) else (k, None)
                break
        while (
            cut is None
            and end > start
            and not _name_word(doc[end - 1])
            and not (end - 1 > start and REGNAL_NUMBER.match(doc[end - 1].text))
        ):
            end -= 1
        # a name ends at its genitive: "Ingmar Bergmans Persona", "Tore Wretmans Bakfickan"
        owner = (
            next(
                (k for k in range(start, end - 1) if _genitive_in_name(doc[k].text, doc[k + 1].text, bare_surnames)),
                None,
            )
            if cut is None
            else None
        )
        if owner is not None:
            end = owner + 1
        if end <= start or any(taken[start:end]):
            return
        words = tuple(_word(t) for t in doc[start:end])
        if (
            len(words) >= 2
            and words[0].lower() in NAME_PARTICLES
            and words[0][:1].isupper()
            and opens_sentence(doc, start)
            and f" {words[0].lower()} {words[1]}" in doc.text  # written in lower case inside the full name
        ):
            words = (words[0].lower(),) + words[1:]  # "Van der Berg leder …": the surname of "Pieter van der Berg"
        end_char = _end_char(doc[end - 1])
        if cut is not None:
            words, end_char = words[:-1] + (cut,), doc[end - 1].idx + len(cut)
        elif words[-1].endswith(":s") and REGNAL_NUMBER.match(words[-1]):
            words, end_char = words[:-1] + (words[-1][:-2],), end_char - 2  # "Karl XII:s staty": Karl XII
        elif owner is not None:
            words, end_char = words[:-1] + (words[-1][:-1],), end_char - 1
        elif (
            len(words) >= 2
            and _person_genitive(words[-1])
            and words[-1] not in plain_s
            and _genitive_context(doc[end] if end < n else None)
        ):
            # "Joe Bidens tal": the name is Joe Biden
            words, end_char = words[:-1] + (words[-1][:-1],), end_char - 1
        if words[0] in SENTENCE_WORDS or not plausible_person(words):
            return
        if " ".join(words) in COMPANIES and not (start > 0 and doc[start - 1].lower_ in FOUNDER_WORDS):
            return  # "Clas Ohlson", "Arbetsgivaren Clas Ohlson"; not its founder: "Grundaren Clas Ohlson"
        if (
            start > 0
            and not ORG_CLASS_PLURAL.search(doc[start - 1].lower_)  # "träffade partierna Ulf Kristersson"
            and not _gender.is_first_name(words[0])
            and not _names_a_person_after_noun(doc, start - 1, end, words)
            and (
                DESCRIPTOR_NOUN.search(doc[start - 1].lower_)
                or ORG_CLASS_INDEFINITE.search(doc[start - 1].lower_)
                and start > 1
                and _owner_genitive(doc[start - 2])
            )
        ):
            return  # what a noun for an organisation names is one: "skivbolaget Universal Music", "nyhetsbyrå Mizan"
        for k in range(start, end):
            taken[k] = True
        out.append(NameMention(start, end, doc[start].idx, end_char, words, "PER", source, title_start))

    _nicknames(doc, words, taken, out)
    for ent in doc.ents:
        if not is_person(ent.label_):
            continue
        start, end = ent.start, ent.end
        while start < end and not _name_word(doc[start]):
            start += 1
        # the NER ran the name into the word after it ("Ulf Kristersson Paris", see _after_full_name)
        while end - start >= 3 and _other_than_name(doc[end - 1].text) and not _person_genitive(doc[end - 2].text):
            end -= 1  # not after a genitive, which the name ends at anyway ("Edward Bloms Stockholm")
        while end - start >= 2 and doc[end - 1].text in ("Publicerad", "Uppdaterad"):
            end -= 1  # a byline run into its time stamp: "Av Moa Lindberg Publicerad 03.40"
        # extend over capitalised words the NER left out: "Lena" + "Sjöberg" (or "Sjöberg/TT")
        while (
            end < n
            and end - start < 4
            and (_name_word(doc[end]) or _slash_name(doc[end].text))
            and doc[end].text not in SENTENCE_WORDS
            and not is_org(doc[end].ent_type_)
            and "/" not in doc[end - 1].text
            and not _after_full_name(doc, end, end - start)
        ):
            end += 1
        if start < end:
            add(start, end, "ner")
    # a name after a form of address or a royal title ("sade mrs Ednan-Laperouse", "kronprinsessan Victoria"),
    # or with a person's title in an apposition ("sa Aulia Arriani, en talesperson för Röda korset"), whatever
    # the NER says
    for i in range(n):
        if taken[i] or not _name_text(words[i]):
            continue
        end = i + 1
        while end < n and end - i < 4 and _name_text(words[end]) and not taken[end]:
            end += 1
        royal = i > 0 and words[i - 1].lower() in ROYAL_TITLES and _gender.is_first_name(words[i])
        if royal or i > 0 and words[i - 1] in HONORIFICS:
            source = "address"  # "mrs Ednan-Laperouse"; "kronprinsessan Victoria" (also a place), not "Kung Fu"
        elif end - i >= 2 and (i == 0 or not _name_text(words[i - 1])) and _person_title_after(doc, end):
            source = "apposition"
        elif end - i >= 2 and i > 1 and is_person_title(words[i - 1]) and not (end < n and taken[end]):
            # "byråns talesman Sutopo Purwo Nugroho", which the NER had called an organisation; not an affiliation
            # after a title in an apposition or a predicate ("Per Ek, generalsekreterare Rädda Barnen", "vald
            # till ordförande Röda Korset"), nor a known organisation
            if words[i - 2] in (",", "till", "som") or kb.organisation(" ".join(words[i:end])) is not None:
                continue
            source = "title"
        else:
            continue
        if royal or not _names_other_thing(" ".join(words[i:end])) and kb.organisation(words[i]) is None:
            add(i, end, source)

    i = 0
    while i < n:
        if taken[i] or not _name_text(words[i]) or not _gender.is_confident_first_name(words[i]):
            i += 1
            continue
        j = i + 1
        while j < n and j - i < 4:
            t = doc[j]
            if _slash_name(t.text) and not taken[j]:
                j += 1  # "Lena Holm/TT": the name ends at the slash
                break
            if _name_word(t) and t.text not in SENTENCE_WORDS and not taken[j] and not _after_full_name(doc, j, j - i):
                j += 1
            elif t.text in NAME_PARTICLES and j + 1 < n and _name_word(doc[j + 1]):
                j += 2
            else:
                break
        if j - i >= 2:
            add(i, j, "first-name")
        i = max(j, i + 1)
    # names next to a speech verb, even when neither the NER nor the lexicon knows them:
    # "säger Lina Sandberg", "säger kommunalrådet Omar Haddad", "Omar Haddad säger"
    for i, w in enumerate(words):
        if w.lower() not in CUE_FORMS:
            continue
        j = i + 1
        while j < n and j - i <= 3 and doc[j].text[:1].islower() and doc[j].is_alpha and doc[j].lower_ not in NOT_TITLE:
            j += 1
        if j < n and not taken[j] and _name_word(doc[j]) and doc[j].text not in SENTENCE_WORDS:
            k = j + 1
            while k < n and k - j < 4 and _name_word(doc[k]) and not taken[k] and doc[k].text not in SENTENCE_WORDS:
                k += 1
            if k - j >= 2 and not is_org(doc[j].ent_type_) and not _org_opening(words[j]):
                add(j, k, "speech-verb")
            elif k - j == 1 and j == i + 1 and w.lower() in SPOKEN_FORMS and _lone_speaker_name(doc, j):
                add(j, k, "speech-verb-single")  # "säger Putin": one name, a person who speaks
        k = i - 1
        if (
            k >= 1
            and _name_word(doc[k])
            and _name_word(doc[k - 1])
            and not taken[k]
            and not taken[k - 1]
            and doc[k - 1].text not in SENTENCE_WORDS
            and not is_org(doc[k].ent_type_)
            and not _org_opening(words[k - 1])
        ):
            add(k - 1, k + 1, "speech-verb")
    # a known politician's surname alone ("säger Kristersson", "Dadgostar menar"): a person, whatever
    # the NER says, unless the word also names an organisation, a party or a place
    for i, w in enumerate(words):
        if taken[i] or not _name_text(w) or w in SENTENCE_WORDS or (i + 1 < n and _name_word(doc[i + 1])):
            continue
        if i > 0 and _name_word(doc[i - 1]) and not opens_sentence(doc, i):
            continue  # part of a longer name
        if (
            _known_surname(w)
            and not (opens_sentence(doc, i) and not is_person(doc[i].ent_type_))  # "Skog. Skogen är …": a noun
            # against the NER's organisation or place only the surname of one known politician
            and (not doc[i].ent_type_ or is_person(doc[i].ent_type_) or _unique_surname(w))
            and not _names_other_thing(w)
            and not _names_other_thing(strip_genitive(w))
        ):
            add(i, i + 1, "kb-surname")
    # the person interviewed: "pratar vi med Nivette Dawod", "Le Monde talade med Anna Berg"
    for i, w in enumerate(words):
        if w.lower() not in INTERVIEW_FORMS:
            continue
        j = interviewed_at(doc, i, n)
        if j is None or taken[j] or not _name_word(doc[j]) or is_org(doc[j].ent_type_):
            continue
        k = j + 1
        while k < n and k - j < 4 and _name_word(doc[k]) and not taken[k] and doc[k].text not in SENTENCE_WORDS:
            k += 1
        if k - j >= 2 and not _names_other_thing(" ".join(words[j:k])):
            add(j, k, "interview")
    # a name the article puts a thing "in" ("i Hong Kong", "i provinshuvudstaden Tirin Kot") is a place
    # there, and wherever else the article names it, whole or its end ("Hong Kongs regering", "Carlo")
    placed = {m.words for m in out if _after_locative(doc, m.start) and not _owner(doc, m.end)}
    out = [m for m in out if not any(p[len(p) - len(m.words) :] == m.words for p in placed)]
    out.sort(key=lambda m: m.start)
    return out


def _nicknames(doc: Doc, words: list[str], taken: list[bool], out: list[NameMention]) -> None:
    """A nickname in quotation marks between a given name and a surname ('Lars "Lasse" Bengtsson', 'Kalle
    ”Kulan” Andersson'): one person, Lars Bengtsson, whose nickname alone ('Lasse') is his too."""
    n = len(doc)
    for i in range(n - 4):
        if taken[i] or words[i + 1] not in NICKNAME_MARKS or not _gender.is_first_name(words[i]):
            continue
        j = i + 2
        while j < n and j - i <= 4 and _name_text(words[j]):
            j += 1
        if j == i + 2 or j >= n or words[j] not in NICKNAME_MARKS:
            continue
        k = j + 1
        while k < n and k - j <= 3 and _name_word(doc[k]) and words[k] not in SENTENCE_WORDS and not taken[k]:
            k += 1
        if k == j + 1:
            continue  # 'Anna "Nisse"' and no surname: a nickname without the name it belongs to
        if k - j >= 3 and _gender.common_first_name(words[j + 1]):
            continue  # a new full name after a title in quotation marks: 'Loreen "Tattoo" Cornelia Jakobs'
        s = i
        while s > 0 and not taken[s - 1] and _gender.is_first_name(words[s - 1]):
            s -= 1  # more given names before: 'Johannes Wilhelm "Hans" Geiger'
        name = (*words[s : i + 1], *(_word(t) for t in doc[j + 1 : k]))
        end_char = _end_char(doc[k - 1])
        if _person_genitive(name[-1]) and _genitive_context(doc[k] if k < n else None):
            name, end_char = name[:-1] + (name[-1][:-1],), end_char - 1  # 'Lars "Lasse" Bengtssons bil'
        out.append(NameMention(s, k, doc[s].idx, end_char, name, "PER", "nickname"))
        nickname = tuple(words[i + 2 : j])
        out.append(NameMention(i + 2, j, doc[i + 2].idx, _end_char(doc[j - 1]), nickname, "PER", "nickname", None, s))
        for t in range(s, k):
            taken[t] = True


def _national_name(words: tuple[str, ...]) -> bool:
    """A national prefix's capitalised words name an organisation: not a person ("Sveriges Zlatan"), an office
    ("Sveriges USA-ambassadör"), a superlative, an ordinal or a champion ("Sveriges Bästa Kock", "Sveriges
    Första", "Sveriges Mästare"), a place ("Kungliga Djurgården") or a named thing ("Svenska Cupen")."""
    rest = words[1:]
    return not (
        any(_gender.is_first_name(w) or _office_title(w) or _SUPERLATIVE.search(w.lower()) for w in rest)
        or named_thing(words)
        or is_place(" ".join(rest))
    )


_SUPERLATIVE = re.compile(r"(?:aste|ste|sta|mästare|mästarna|mästerskapen)$")


def _office_title(word: str) -> bool:
    """A capitalised word for an office, not an occupation that names a union ("Sveriges Ingenjörer"): a
    title ("Ambassadör"), a compound with a capitalised first part ("USA-ambassadör"), or the plural of a
    minister, ambassador, director or head ("Nordenministrar")."""
    low = word.lower()
    return bool(ROLE_SUFFIX.search(low)) and not BODY_NOUN.search(low) or bool(_OFFICE_PLURAL.search(low))


_OFFICE_PLURAL = re.compile(r"(?:ministrar|ambassadörer|direktörer|chefer|statsråd)$")


def _org_opening(word: str) -> bool:
    """A word that opens an organisation's name, not a person's: "Sveriges Ingenjörer", "Statens
    Fastighetsverk", "Kinas Kommunistiska parti" (a prefix of ``ORG_PREFIXES`` or a country's genitive), or
    a noun for its kind before it ("Facket Kommunal")."""
    return (
        word in ORG_PREFIXES
        or word.endswith("s")
        and is_country(word[:-1])
        or DESCRIPTOR_NOUN.search(word.lower()) is not None  # "Facket Kommunal kräver"
    )


def _after_full_name(doc: Doc, j: int, length: int) -> bool:
    """Does the capitalised word at ``j`` start something else after a name of ``length`` words? Another
    entity the NER starts there, or, after a given name and a surname, a place (in the genitive too), an
    organisation or a capitalised title. Swedish puts the subject after the verb, so a name often runs into
    the object: "besökte statsminister Ulf Kristersson Paris", "träffade Peter Kullgren Österrikes
    jordbruksminister", "Pål Jonson Försvarsminister (M)" under an op-ed."""
    t = doc[j]
    if t.ent_iob_ == "B" and t.ent_type_ and not is_person(t.ent_type_):
        return True
    return length >= 2 and _other_than_name(t.text)


def _other_than_name(w: str) -> bool:
    """A capitalised word that is a place (in the genitive too), an organisation or a title, and no name
    word: not a politician's surname ('Lund', 'Berg', 'Holm' are places too), a given name ('Victoria',
    'Israel') or a word with a Swedish surname's ending ('Sjöberg', 'Norberg', 'Falkenberg' are places
    too). Not a foreign place's last word, which makes the whole name a place ('King George Island':
    'Island' is also Iceland)."""
    if w in FOREIGN_PLACE_HEADS or _known_surname(w) or _gender.is_first_name(w) or SURNAME_ENDING.search(w.lower()):
        return False
    return (
        is_place(w)
        or is_place(strip_genitive(w))
        or kb.organisation(w) is not None
        or (len(w) >= 8 and bool(ROLE_SUFFIX.search(w.lower())))  # "Försvarsminister", not "Kung", "Bonde"
        or is_institution_noun(w.lower())
    )


def _person_title_after(doc: Doc, end: int) -> bool:
    """A person's title in an apposition after the name ending before token ``end``: ", (en) talesperson
    för", ", vd på"; not a role an organisation can have as well ("storägare i", ``SHARED_ROLE``)."""
    i = end + 1
    if end >= len(doc) or doc[end].text != "," or i >= len(doc):
        return False
    if doc[i].lower_ in {"en", "ett"}:
        i += 1
    if i + 1 >= len(doc):
        return False
    return is_person_title(doc[i].text) and doc[i + 1].lower_ in ROLE_PREPOSITIONS


def _owner(doc: Doc, end: int) -> bool:
    """The name ending before token ``end`` may be a genitive: "i Ola Nilssons mörka roman" puts the
    novel, not Ola Nilsson, somewhere."""
    if not _person_genitive(doc[end - 1].text) or end >= len(doc):
        return False
    after = doc[end]  # a lower-case content word, whatever its tag ("mörka" is sometimes a verb)
    return after.text[:1].islower() and after.pos_ not in FUNCTION_POS


def _after_locative(doc: Doc, i: int) -> bool:
    """Token ``i`` follows "i", or "i" and a settlement noun ("i staden", "i provinshuvudstaden")."""
    j = i - 1
    if j >= 1 and PLACE_APPOSITION.search(doc[j].lower_):
        j -= 1
    return j >= 0 and doc[j].lower_ == "i"


def interviewed_at(doc: Doc, i: int, end: int) -> int | None:
    """The first word of who the interview verb at token ``i`` names ("talade med ett vittne", "pratar vi
    med Anna Berg", "intervjuade Anna Berg"), before token ``end``: after "med" within four words, no
    punctuation between, or right after a form of "intervjua"; None when there is none."""
    j = i + 1
    while j < end and j - i <= 4 and doc[j].lower_ != "med" and not doc[j].is_punct:
        j += 1
    if j < end and doc[j].lower_ == "med":
        j += 1
    elif doc[i].lower_.startswith("intervju"):
        j = i + 1
    else:
        return None
    return j if j < end else None


def _common_noun_here(word: str, lower_words: set[str]) -> bool:
    """The article also writes the word in lower case, bare or inflected ("Skog. … binder skogen"):
    the capitalised one is that noun, not a name."""
    low = word.lower()
    return any(low + ending in lower_words for ending in ("", "en", "et", "n", "ar", "er", "arna", "erna"))


def _known_surname(word: str) -> bool:
    """A surname of a politician the knowledge base knows (or its genitive)."""
    return bool(kb.politicians_by_surname(word)) or (
        strip_genitive(word) != word and bool(kb.politicians_by_surname(strip_genitive(word)))
    )


def _unique_surname(word: str) -> bool:
    return len(kb.politicians_by_surname(word)) == 1 or len(kb.politicians_by_surname(strip_genitive(word))) == 1


def _names_other_thing(name: str) -> bool:
    """A name the knowledge base knows as an organisation or party, or a known place."""
    return is_place(name) or kb.organisation(name) is not None or kb.party(name) is not None


def _sentence_noun(doc: Doc, i: int, word: str, head_only: bool = False) -> bool:
    """A common noun alone opening a sentence ("Samtalen ska", "Myndigheten har"), not a national
    institution; with ``head_only``, only a bare head noun ("Myndigheten", not "Coronakommissionen")."""
    low = strip_genitive(word.lower())
    return (
        opens_sentence(doc, i)
        and doc[i].pos_ == "NOUN"
        and low not in LOWER_CASE_ORGS
        and word not in ORG_NAMES
        and (not head_only or bool(ORG_HEAD.fullmatch(low)))
    )


def _person_genitive(word: str) -> bool:
    """A surname in the genitive: -s after anything but s, u or i ("Bidens", "Obamas"; not "Harris",
    "Markus", "Gauss"); a short surname too ("Anna Eks företag")."""
    return len(word) >= 3 and word.endswith("s") and word[-2] not in "suiSUI"


def _genitive_in_name(word: str, after: str, bare_surnames: set[str]) -> bool:
    """``word`` inside a capitalised run is a name's genitive, so the run's next word is what the
    person owns or made ("Bergmans Persona", "Bloms Stockholm"), not part of the name: -s after a
    consonant, not a given name ("Hans", "Anders") or a name suffix after it ("Williams Jr"); after
    a vowel ("Vargas Llosa", "Santos Silva" are names) only where the article also writes the name
    without the -s ("Tore Wretman")."""
    if (
        not _person_genitive(word)
        or _gender.is_first_name(word)
        or after in NAME_SUFFIXES
        or REGNAL_NUMBER.match(after)
    ):
        return False
    return word[-2].lower() not in "aeoyåäö" or word[:-1] in bare_surnames


def _no_genitive_after(after: Token | None) -> bool:
    """The word after a name in -s is one no genitive stands before: a verb ("Jessica Chambers dog") or a
    sentence's end. Not "och", a comma or a pronoun, which a coordinated genitive may stand before
    ("Magdalena Anderssons och Ulf Kristerssons debatt", "Kristerssons båda rådgivare")."""
    return (
        after is None
        or after.text in {".", "!", "?"}
        or after.pos_ in {"VERB", "AUX"}
        and ROLE_SUFFIX.search(after.text) is None  # a title read as a verb: "Anna Bergs advokat"
    )


def _title_word(tok: Token) -> bool:
    """A lower-case title or agent noun ("grundare", "advokat", "rådgivare"), which the tagger may read as a verb,
    an adjective or a preposition ("vd")."""
    low = tok.lower_.rstrip(".")  # "vd." at a sentence's end, one token
    return bool(ROLE_SUFFIX.search(low)) or len(low) > 6 and bool(AGENT_SUFFIX.search(low))


def _genitive_context(after: Token | None) -> bool:
    """The word after a name in -s is a lower-case noun, or an adjective before one: 'Brås rapport', 'Brås nya
    rapport' (not 'säger Maria Lucas stolt', an adjective of its own), or a title the tagger may read as a verb
    ('Anna Bergs advokat')."""
    if after is None or not after.text[:1].islower():
        return False
    if _title_word(after):
        return True  # a title, whatever the tagger reads it as: "Spotifys grundare", "Anna Bergs advokat"
    if after.pos_ == "ADJ":
        if after.lower_.endswith(("ande", "ende")):
            return True  # a participle, as a noun or before one: "Bob Woodwards användande av"
        nxt = after.doc[after.i + 1] if after.i + 1 < len(after.doc) else None
        if nxt is None or not nxt.text[:1].islower():
            return False
        if nxt.pos_ in {"NOUN", "ADJ"} or _title_word(nxt):
            return True
        # an adjective's weak form before a content word, whatever its tag, is what a genitive takes: "Ola
        # Nilssons nya romansvit" (the noun read as a verb); "säger Maria Lucas stolt" has the strong form
        return (
            "Def" in after.morph.get("Definite")
            and nxt.pos_ not in FUNCTION_POS
            and nxt.is_alpha
            and "Fin" not in nxt.morph.get("VerbForm")
        )
    return after.pos_ == "NOUN"


def _org_word(
    t: str, after: Token | None = None, plain: set[str] | frozenset = frozenset(), genitive: bool = False
) -> str:
    """The last word of an organisation's name without a genitive: 'WHO:s' -> 'WHO',
    'Skolverkets' -> 'Skolverket' (a known name or head noun), 'Brås rapport' -> 'Brå' (an -s
    before a lower-case noun or adjective: the genitive construction; ``genitive``: the caller knows
    it is one), unless the article also uses the word in -s where it cannot be a genitive (``plain``:
    'Trafikanalys har') or the knowledge base knows the name with its -s."""
    if t.endswith(":s"):
        return t[:-2]
    base = strip_genitive(t)
    if base == t or t in ORG_NAMES or t in ENGLISH_PLURAL_HEADS or t in NEWS_AGENCIES:
        return t  # "Reuters korrespondent"
    if base in ORG_NAMES or ORG_HEAD.search(base.lower()):
        return base
    if kb.organisation(t) is not None and kb.organisation(base) is None:
        return t  # a name that ends in -s: "Trafikanalys generaldirektör"
    return base if t not in plain and (genitive or _genitive_context(after)) else t


def named_thing(words: tuple[str, ...]) -> bool:
    """A name that is a place, building, document or event, not an organisation: a one-word compound
    with such a head ("Riddarfjärden", "Slottskyrkan", "Köpenhamnsdeklarationen"; not one the knowledge
    base knows as an organisation), an event, prize or law ("VM", "Skövde Pride", "US Open":
    ``EVENT_LAST_EN``), a foreign place, street or venue ("Capitol Hill", "Wall Street":
    ``FOREIGN_PLACE_HEADS``), a road ("E4:an", "E 18"); also in the genitive ("Parisavtalets")."""
    if is_road(" ".join(words)):
        return True  # "E4:an", "E 18": a road
    last = strip_genitive(words[-1])
    ends = {words[-1], last}  # "Commonwealth Games" ends in "Games", not the "Game" strip_genitive leaves
    if last in EVENT_WORDS or len(words) >= 2 and ends & EVENT_LAST_EN:
        return True  # "VM", "Ryder Cup", "Affordable Care Act"
    if len(words) >= 2 and ends & FOREIGN_PLACE_HEADS and words[0] not in FOREIGN_ARTICLES:
        return True  # "Capitol Hill", "Wall Street", "Stamford Bridge"; not "The Hill"
    if len(words) != 1 or last in ORG_NAMES or kb.organisation(last) is not None:
        return False
    work = WORK_HEAD.search(last.lower())
    return is_place_name(last) or bool(work) and work.start() >= 3 and last[:1].isupper()


def _club_names(doc: Doc, words: list[str], taken: list[bool], emit) -> None:
    """A sports club's name: its letters before or after a capitalised word, whatever the NER says of the
    word ("IFK Göteborg", a place to the NER; "Frölunda HC", "Djurgårdens IF"); a genitive at the end of the
    name is left out ("IFK Göteborgs tränare")."""
    n = len(doc)
    for i, w in enumerate(words):
        letters = w[:-2] if w.endswith(":s") else w
        if taken[i]:
            continue
        if (
            letters == w
            and w in CLUB_LETTERS_BEFORE
            and i + 1 < n
            and not taken[i + 1]
            and _name_word(doc[i + 1])
            and words[i + 1] not in SENTENCE_WORDS
            and not opens_sentence(doc, i + 1)
        ):
            after = doc[i + 2] if i + 2 < n else None
            emit(i, i + 2, (w, _org_word(words[i + 1], after)), "club")
        elif (
            letters in CLUB_LETTERS_AFTER
            and i > 0
            and not taken[i - 1]
            and _name_word(doc[i - 1])
            and words[i - 1] not in SENTENCE_WORDS
            and not (opens_sentence(doc, i - 1) and _common_noun_opening(doc[i - 1]))  # "Terrorgruppen IS"
        ):
            emit(i - 1, i + 1, (words[i - 1], letters), "club")
            k = i - 2
            if k >= 1 and not taken[k] and _name_word(doc[k]) and words[k - 1].lower() in MATCH_VERBS:
                emit(k, k + 1, (words[k],), "club")  # the other team, V2 after the verb: "möter Brynäs Skellefteå AIK"


def _town_clubs(doc: Doc, words: list[str], taken: list[bool], text: str) -> tuple[set[int], bool]:
    """Tokens where a town's name is its sports club's: in a sports report (a document with one of
    ``SPORTS_WORDS``, two different ``SPORTS_WEAK_WORDS`` or a match's score), in a sentence with such a word or a
    verb of a match (``MATCH_VERBS``), as the subject or object of a verb of a match or after "mot" that goes with
    such a verb or a match's noun ("Leksand vann mot Frölunda med 3–2", "Timrå förlorade borta mot Luleå",
    "segern mot Skellefteå"; not "bussen mot Leksand"). Not a country's name (a national team is written as the
    country in the NER's training data). Returns the tokens and whether the text is a sports report."""
    if not doc.has_annotation("DEP") or not SPORTS_TEXT.search(text):
        return set(), False  # no sports report
    out: set[int] = set()
    sents = list(doc.sents)
    strong = [any(SPORTS_WORDS.match(t.lower_) or _score(doc, t.i) for t in s) for s in sents]
    weak = [{t.lower_ for t in s if SPORTS_WEAK_WORDS.match(t.lower_)} for s in sents]
    # a weak word in a sentence where a name plays: "Växjö tog en viktig seger borta mot Linköping" (not
    # "Förlusten av jobb slår hårt mot Gällivare")
    played = [
        bool(w)
        and any(
            t.dep_ == "nsubj"
            and (is_place(t.text) or t.text in SPORTS_CLUBS)
            and t.head.lower_ in MATCH_VERBS
            # "leder", "tar", "tappar" only with a match's gain: "tog en viktig seger" (not "leder tabellen över …")
            and (t.head.lower_ not in TAKING_VERBS or any(c.lower_ in WON for c in t.head.children))
            for t in s
        )
        for s, w in zip(sents, weak)
    ]
    if not any(strong) and not any(played) and len(set().union(*weak)) < 2:
        return out, False
    report = [a or bool(b) for a, b in zip(strong, weak)]
    for t in doc:
        if not taken[t.i] and (t.text in SPORTS_CLUBS or strip_genitive(t.text) in SPORTS_CLUBS):
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if nxt is None or not (_name_word(nxt) or nxt.lower_ in ("om", "ut")):
                out.add(t.i)  # "Häcken föll mot Malmö FF", "Häckens tränare"; not "Brynäs IF", "Öster om arenan"
    for sent, sporty in zip(sents, report):
        if not (sporty or any(t.lower_ in MATCH_VERBS for t in sent)):
            continue
        for t in sent:
            i = t.i
            if taken[i] or not _name_word(t) or not is_place(words[i]) or is_country(words[i]):
                continue
            if words[i] in SENTENCE_WORDS or t.pos_ == "PRON" or t.lower_ in PRONOUNS:
                continue  # "Vi vann", a pronoun that is also a place's name
            if i + 1 < len(doc) and _name_word(doc[i + 1]):
                continue  # part of a longer name
            head = t.head
            by_verb = t.dep_ in ("nsubj", "obj", "conj") and head.lower_ in MATCH_VERBS
            after_mot = (
                i > 0
                and doc[i - 1].lower_ == "mot"
                and (
                    head.lower_ in MATCH_VERBS
                    and (
                        head.lower_ not in TAKING_VERBS
                        or any(_sports_word(c) or c.lower_ in ("ledning", "ledningen") for c in head.children)
                    )
                    or bool(MATCH_NOUNS.match(head.lower_))
                    or _score(doc, head.i)  # "vann med 3–1 mot Degerfors"
                )
            )
            if by_verb or after_mot:
                out.add(i)
    return out, True


def _sports_word(tok: Token) -> bool:
    return bool(SPORTS_WORDS.match(tok.lower_) or SPORTS_WEAK_WORDS.match(tok.lower_))


def _score(doc: Doc, i: int) -> bool:
    """Is token ``i`` a match's score ("3–2", "3–2-seger"), not a range of what it counts ("10–12 barn")?"""
    tok = doc[i]
    if SCORE_WORD.fullmatch(tok.text):
        return True
    if not SCORE.fullmatch(tok.text):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.is_space or nxt.lower_ in AFTER_SCORE


def _firm_names(doc: Doc, words: list[str], taken: list[bool], out: list[NameMention], emit) -> None:
    """A firm's name the NER took for a person's, with a word of firms' names in it ("Jensen Education",
    "Nordvind Robotics", ``FOREIGN_ORG_WORDS``), and the name before "&" of a firm it found after it
    ("Svensson & Söner AB")."""
    for e in doc.ents:
        if is_person(e.label_) and len(e) >= 2 and not any(taken[e.start : e.end]):
            firm = any(w in FOREIGN_ORG_WORDS for w in words[e.start : e.end]) and _name_word(doc[e.start])
            if firm and not (len(e) == 2 and _gender.is_confident_first_name(words[e.start])):  # "Michael Bank"
                start = e.start
                while start > 0 and e.start - start < 3 and _name_word(doc[start - 1]) and not taken[start - 1]:
                    if words[start - 1] in SENTENCE_WORDS or DESCRIPTOR_NOUN.search(words[start - 1].lower()):
                        break  # "Organisationen Human Rights Watch": a noun for its kind
                    start -= 1  # the NER's span began late: "West" + "Virginia University"
                emit(start, e.end, tuple(words[start : e.end]), "firm")
    for m in list(out):
        k = m.start - 2
        if k >= 0 and words[m.start - 1] == "&" and _name_word(doc[k]) and not taken[k]:
            out.remove(m)
            emit(k, m.end, (words[k], "&", *m.words), m.source)


# Definite endings of common nouns for whoever runs a firm or a club: agents, hosts, boards, newcomers, families
COMMON_DEFINITE_END = re.compile(r"(?:aren|ören|ärden|ningen|lingen|givaren|familjen|gruppen|ägaren)$")
SCORE = re.compile(r"\d{1,2}[–-]\d{1,2}")
SCORE_WORD = re.compile(r"\d{1,2}[–-]\d{1,2}-(?:seger|segern|förlust|förlusten|vinst|vinsten|ledning|ledningen)")


def _common_definite(word: str) -> bool:
    """A common noun in the definite form that organisations are called by ('Kommunen', 'Bolaget', 'Klubben',
    'Universitetet'): short, or a class noun or an institution's head noun on its own; a longer compound is
    more likely a name ('Stadsmissionen', 'Frälsningsarmén')."""
    low = word.lower()
    if not low.endswith(("en", "et", "na", "an", "n", "t")):
        return False
    return (
        len(low) <= 9
        or bool(ORG_CLASS_NOUN.search(low) or ORG_SUFFIX.fullmatch(low))  # "Byggföretaget"
        or bool(COMMON_DEFINITE_END.search(low))  # "Biltillverkaren", "Hyresvärden", "Klubbledningen"
    )


def _plays(doc: Doc, name: str, i: int) -> bool:
    """Is ``name`` written elsewhere than at token ``i`` as a team: the subject or object of a verb of a match or
    after "mot" ("Färjestad tog tre poäng", "förlorade mot Färjestad")?"""
    return any(
        t.text == name
        and t.i != i
        and (
            t.dep_ in ("nsubj", "obj", "conj")
            and t.head.lower_ in MATCH_VERBS
            or t.i > 0
            and doc[t.i - 1].lower_ == "mot"
        )
        for t in doc
    )


def _club_named(base: str, written: str, out: list[NameMention]) -> tuple[str, ...] | None:
    """The longer name of the club or firm the article names for a town or a short name ("Mora IK" for "Moras",
    "IFK Norrköping" for "Norrköpings", "BK Häcken" for "Häcken"), if any."""
    return next(
        (m.words for m in out if len(m.words) >= 2 and (m.words[0] in (base, written) or base in m.words[1:])), None
    )


def _owners_before_titles(
    doc: Doc,
    words: list[str],
    taken: list[bool],
    person_starts: set[int],
    out: list[NameMention],
    emit,
    sports_report: bool = False,
    person_words: frozenset[str] = frozenset(),
) -> None:
    """A capitalised word in the genitive before a title only an organisation's people hold and a person's name
    is the organisation the person works for: "Volvos vd Anna Brandt", "Stadsmissionens direktör Karin Palm",
    "Moras tränare Anders Ekström" (``ORG_ONLY_TITLE``). Not a title a person's own staff may hold ("Putins
    talesperson"), a person's, given name's or place's genitive, a definite noun's ("Bolagets vd") or a party's
    letters ("Vs ledare"). In a sports report (``sports_report``) a team's titles count too, and the genitive is
    the club's: "Färjestads målvakt Viktor Hammar", "Häckens tränare Jens Gustafsson"."""
    n = len(doc)
    named = {m.words for m in out}
    for i in range(n - 2):
        w = words[i]
        if not w.endswith("s") or not w[:1].isupper() or taken[i] or w in SENTENCE_WORDS or w.isupper():
            continue
        title = i + 1
        if words[title] in TITLE_TIME_WORDS and title + 1 < n:
            title += 1  # "Volvos nya vd"
        club_title = CLUB_TITLE.match(words[title]) is not None
        team_title = sports_report and SPORTS_TITLE.match(words[title]) is not None
        branch = BRANCH_TITLE.match(words[title]) is not None and not ORG_ONLY_TITLE.match(words[title])
        if title + 1 not in person_starts or not (
            ORG_ONLY_TITLE.match(words[title]) or branch or club_title or team_title
        ):
            continue
        if not _name_word(doc[i]):
            continue
        base = strip_genitive(w) if (w,) not in named else w  # "fackförbundet Byggnads … Byggnads ordförande"
        if len(base) < 3 or kb.party(base) is not None:
            continue
        if _common_definite(base) and (opens_sentence(doc, i) or base.islower()):
            continue  # "Bolagets vd", "Kommunens presschef": a definite noun's genitive ("Stadsmissionens" is a name)
        if is_place(base) and branch:
            continue  # a town's "kommundirektör", "skolchef": the municipality's, not a club or university named there
        if is_place(base) or club_title:
            # a town's genitive is its club's or its company's the article names: "Mora IK … Moras tränare"
            club = _club_named(base, w, out)
            if club is not None:
                emit(i, i + 1, club, "owner-before-title")
                continue
            if not team_title or is_country(base) or _gender.is_first_name(base) or _known_surname(base):
                continue
            if base in person_words or w in person_words or not _plays(doc, base, i):
                continue  # a person's: "Haaland har gjort 30 mål. Haalands tränare …"
            if not (is_place(base) or base in SPORTS_CLUBS):
                continue  # a player's: "Djokovic mötte Medvedev … Djokovics tränare"
        first_name = _gender.is_first_name(base) or _gender.is_first_name(w)
        if first_name and not ORGANISATION_TITLE.match(words[title]) or _known_surname(base):
            continue
        emit(i, i + 1, (base,), "owner-before-title")


def _region_names(doc: Doc, words: list[str], taken: list[bool], emit) -> None:
    """A region's name: "Region" and the capitalised words after it ("Region Skåne", "Region Västra Götaland",
    "Region Stockholms ekonomidirektör": the genitive left out), whatever the NER says of them."""
    n = len(doc)
    for i, w in enumerate(words):
        if w != "Region" or taken[i] or i + 1 >= n or taken[i + 1]:
            continue
        end = i + 1
        while end < n and end - i <= 3 and not taken[end] and _name_word(doc[end]) and words[end] not in SENTENCE_WORDS:
            end += 1
            if words[end - 1].endswith("s") and end < n and words[end][:1].islower():
                break  # "Region Stockholms ekonomidirektör"
        if end > i + 1:
            after = doc[end] if end < n else None
            last = _org_word(words[end - 1], after)
            emit(i, end, (*words[i : end - 1], last), "region")


def _common_noun_opening(tok: Token) -> bool:
    """A definite common noun capitalised at a sentence's start ("Terrorgruppen", "Laget"), not a name's
    genitive ("Djurgårdens")."""
    return (
        tok.pos_ == "NOUN"
        and "Def" in tok.morph.get("Definite")
        and "Gen" not in tok.morph.get("Case")
        and not tok.text.endswith("s")
    )


def _political_title(word: str) -> bool:
    """A capitalised title of an elected office ending like a council's name: "Kommunalrådet", "Regionrådet",
    "Oppositionsrådet", "Borgarrådet" (not "Kulturrådet", an agency the knowledge base knows)."""
    return bool(COUNCIL_TITLE.search(word.lower())) and word not in ORG_NAMES and kb.organisation(word) is None


# the parts of speech of a capitalised word opening a sentence that the NER may run into a name after it
SENTENCE_LINKERS = frozenset({"ADV", "CCONJ", "SCONJ", "ADP"})


def org_mentions(
    doc: Doc,
    people: list[NameMention],
    words: list[str] | None = None,
    known: list[tuple[int, int, bool]] = (),
    text: str | None = None,
) -> list[NameMention]:
    """Organisation mentions: NER ORG spans (cleaned) plus name rules.

    Rules: a name from ``ORG_NAMES`` or with an institutional ending (``Skolverket``),
    read leftwards over capitalised words (``Kungliga Biblioteket``) and, after a
    prefix like ``Kungliga``, rightwards over ``i <ort>``; a capitalised word before a
    lower-case institution noun (``Lerums kommun``, ``Lunds universitet``,
    ``Ekbackens gymnasium``); the unique national institutions written in lower case
    (``regeringen``); the publication in a wire byline (``NORRA POSTEN/TT``).
    """
    n = len(doc)
    words = words if words is not None and len(words) == n else [t.text for t in doc]
    taken = [False] * n
    for m in people:
        for k in range(m.start, m.end):
            taken[k] = True
    out: list[NameMention] = []
    # capitalised words in -s that the article also uses where no genitive can be ("Trafikanalys har")
    plain_s = {
        w
        for i, w in enumerate(words)
        if len(w) > 3 and w[-1] == "s" and w[:1].isupper() and not _genitive_context(doc[i + 1] if i + 1 < n else None)
    }

    person_starts = {m.start for m in people}
    surnames = {m.words[-1] for m in people if len(m.words) >= 2}

    def emit(start: int, end: int, mwords: tuple[str, ...], source: str) -> None:
        if _political_title(words[start]) and (
            end - start == 1 or words[start + 1] == "i" and all(is_place(w) for w in words[start + 2 : end])
        ):
            return  # a person's title: "Kommunalrådet Jenny Åberg", "Borgarrådet vill", "Oppositionsrådet i Malmö"
        if ELECTED_BODY.match(words[start].lower()) and (
            end - start == 1 or words[start + 1] == "i" and all(is_place(w) for w in words[start + 2 : end])
        ):
            return  # an elected body, a generic unit of its municipality or party: "Kommunstyrelsen i Malmö"
        name = " ".join(mwords)
        if VENUE.search(name) and name not in NEWS_MEDIA and name not in COMPANIES:
            return  # an arena: "Tele2 Arena", "Gamla Ullevi" (not the magazine "Dagens Arena")
        if end - start == 1 and mwords[0] in COMMON_WORD_ORGS and _common_word_use(doc, start):
            return  # a common word: "Företagarna i centrala Gävle", "Bris från väster", "körde en Tesla"
        if end - start == 1 and mwords[0] in COMPANIES and (mwords[0] in surnames or _place_after(doc, start)):
            return  # a listed company's name as a person's ("Per Ahlsell … Ahlsell säger") or a place ("i Boliden")
        if "i" in mwords[1:]:
            k = mwords.index("i", 1)
            party = kb.party(" ".join(mwords[:k]))
            if party is not None and end - start == len(mwords) and not is_country(" ".join(mwords[k + 1 :])):
                # a party's local branch folds into the party: "Centerpartiet i Kiruna"
                mwords, end = tuple(party.name.split()), start + k
        if (
            doc[end - 1].text.endswith(":s")
            and end < n
            and not taken[end]
            and doc[end].text.isalpha()
            and doc[end].text.islower()
            and BODY_NOUN.search(doc[end].text)
        ):
            mwords, end = (*mwords[:-1], doc[end - 1].text, doc[end].text), end + 1  # "FN:s säkerhetsråd"
        for k in range(start, end):
            taken[k] = True
        out.append(NameMention(start, end, doc[start].idx, _end_char(doc[end - 1]), mwords, "ORG", source))

    # "NORRA POSTEN/TT", "Anna Ek/8 SIDOR/TT": the publications of a wire byline (before the NER,
    # which tends to take only part of an all-capitals name); glued text ("8 SIDOR/TTDela") too
    starts = [t.idx for t in doc]
    for s_char, e_char, pub in byline_publications(doc.text if text is None else text):
        first = bisect.bisect_right(starts, s_char) - 1
        last = bisect.bisect_left(starts, e_char)
        if first < 0 or any(m.start_char < e_char and s_char < m.end_char for m in [*people, *out]):
            continue
        for k in range(first, last):
            taken[k] = True
        out.append(NameMention(first, last, s_char, e_char, pub, "ORG", "byline"))

    # names the knowledge base knows, as written ("Förvaltningsrätten i Malmö"), and parties: letters in
    # brackets after a name ("(KD)") and lower-case forms ("socialdemokraterna"), under the party's name
    longer = [(e.start, e.end) for e in doc.ents if is_org(e.label_)]
    for start, end, genitive in known:
        if any(taken[start:end]) or any(a <= start and end <= b and b - a > end - start for a, b in longer):
            continue  # the model's longer name wins: "Kungliga Musikhögskolan i Stockholm"
        mwords = tuple(_word(t) for t in doc[start:end])
        if genitive:
            mwords = (*mwords[:-1], mwords[-1][:-1])  # "Danske Banks" -> "Danske Bank"
        elif doc[start].text in ORG_PREFIXES and end + 1 < n and doc[end].lower_ == "i" and _name_word(doc[end + 1]):
            end += 2  # "Kungliga Musikhögskolan" + "i Stockholm"
            mwords = tuple(_word(t) for t in doc[start:end])
        emit(start, end, mwords, "knowledge-base")
    for start, end, name in party_mentions(doc, words):
        if not any(taken[start:end]):
            emit(start, end, name, "party")

    # "polisen region Väst", "polisregion Syd", "Stockholmspolisen": a unit folds into its organisation
    for i, t in enumerate(words):
        low = t.lower()
        parent = REGIONAL_UNITS.get(low)
        if (
            parent is None
            and len(low) > 9
            and t[:1].isupper()
            and low.endswith("polisen")
            and low not in NATIONAL_INSTITUTIONS  # "Säkerhetspolisen" is an agency of its own
        ):
            parent = REGIONAL_UNITS["polisen"]  # a place glued to the noun: "Stockholmspolisen"
        if parent is None or taken[i]:
            continue
        end = i + 1
        j = end + 1 if end < n and words[end] == "i" else end
        if j < n and words[j].lower() in REGION_WORDS:
            j += 1
        if j > end and j < n and _name_word(doc[j]) and (words[j - 1].lower() in REGION_WORDS or low != "polisen"):
            end = j + 1
        elif low.startswith("polisregion") and end < n and _name_word(doc[end]):
            end += 1
        if low == "polisen" and end == i + 1:
            continue  # plain "polisen": the lower-case rule below
        if not any(taken[i:end]):
            emit(i, end, (parent,), "org-rule")

    _club_names(doc, words, taken, emit)
    _region_names(doc, words, taken, emit)
    clubs, sports_report = _town_clubs(doc, words, taken, doc.text if text is None else text)

    for ent in doc.ents:
        if not (
            is_org(ent.label_)
            or is_person(ent.label_)
            and (
                ent[0].text in FOREIGN_ARTICLES
                and not (len(ent) == 2 and ent[0].text in FOREIGN_PLACE_FIRST)
                or len(ent) >= 2
                and ent[-1].text in ENGLISH_PLURAL_HEADS
            )
        ):
            # a "person" opening with a foreign article is an organisation: "Le Monde"; not "Los Angeles"; and
            # one ending in an English plural: "Sky News"
            continue
        start, end = ent.start, ent.end
        while start < end and not (doc[start].text[:1].isupper() or doc[start].text[:1].isdigit()):
            start += 1
        if (
            end - start >= 2
            and (doc[end - 1].text in GEOGRAPHIC_NOUNS or WORK_HEAD.fullmatch(doc[end - 1].text))
            and doc[end - 2].text[:1].isupper()
        ):
            continue  # "Svarta havet", "Asiatiska spelen": a place's or an event's name, not "Svarta" the organisation
        # a span running over punctuation or a line break is two things glued together
        for k in range(start, end):
            if doc[k].is_space and "\n" in doc[k].text or (doc[k].is_punct and doc[k].text not in {"-", "&"}):
                end = k
                break
        # "OECD:s definition": drop the lower-case words after the name, but not the
        # institution noun of "Botkyrka kommun", "Lunds universitet"
        whole = end
        while end > start and (
            not doc[end - 1].text[:1].isupper()
            and not doc[end - 1].text[:1].isdigit()
            and not (end - 1 > start and is_institution_noun(doc[end - 1].lower_))
            or doc[end - 1].is_space
        ):
            end -= 1
        if end > start and end < whole and doc[end - 1].pos_ == "ADJ" and doc[end].pos_ == "NOUN":
            end += 1  # "Röda korset", "Svenska Röda korsets": an adjective ends no name; the noun is part of it
        if end <= start or any(taken[start:end]):
            continue
        if len(doc[start].text) < 2 and end - start == 1:
            continue
        if end - start == 1 and DESCRIPTOR_NOUN.search(doc[start].lower_) and end < n and _name_word(doc[end]):
            continue  # "Nyhetsbyrån" of "Nyhetsbyrån Reuters": the name after it is the organisation

        if end - start == 1 and end < n and taken[end] and ROLE_SUFFIX.search(doc[start].lower_):
            continue  # "Kommunalrådet Peter Sjölund": a title, not an organisation
        if (
            end - start >= 2
            and end + 1 < n
            and doc[end].lower_ == "i"
            and _name_word(doc[end + 1])
            and not taken[end + 1]
            and doc[start].text in ORG_PREFIXES
            and not is_org(doc[end + 1].ent_type_)
        ):
            end += 2  # "Statens institut" + "i Lund"
        end = _extend_org_name(doc, start, end, taken)
        title_after = None
        if (
            end - start >= 2
            and doc[end - 2].text.endswith("s")
            and doc[end - 2].text not in ORG_PREFIXES
            and ROLE_SUFFIX.search(doc[end - 1].lower_)
            and not BODY_NOUN.search(doc[end - 1].lower_)  # "Sveriges Radios Språkråd" is a body of its own
            and "Plur" not in doc[end - 1].morph.get("Number")
        ):
            # the NER ran an owner into its title ("Öresundsbrons VD", "USA:s President"): the name is the owner's
            end -= 1
            title_after = doc[end]
        elif (
            end - start >= 2
            and doc[start].text in NATIONAL_PREFIXES
            and not _national_name(tuple(_word(t) for t in doc[start:end]))
        ):
            continue  # "Sveriges Nordenministrar", "Sveriges Zlatan", "Sveriges Bästa Kock": not an organisation
        # a regional unit folds into its organisation: "Arbetsförmedlingen region Väst" is Arbetsförmedlingen
        covered = end
        if end - start >= 2 and doc[end - 1].lower_ in REGION_WORDS and not is_place(doc[end - 2].text):
            end -= 1
        if covered < n and doc[covered].lower_ in REGION_WORDS and end - start >= 1 and not is_place(doc[end - 1].text):
            if covered + 1 < n and (_name_word(doc[covered + 1]) or doc[covered + 1].lower_ in COMPASS_REGIONS):
                covered += 2
        elif covered > end and covered < n and _name_word(doc[covered]) and not taken[covered]:
            covered += 1
        while end - start >= 2 and doc[start].text in SENTENCE_WORDS and doc[start].pos_ in SENTENCE_LINKERS:
            start += 1  # "Både Spelinspektionen och …", "Även Skatteverket": no word of the name
        if (
            end - start >= 2
            and doc[start].pos_ == "NOUN"
            and _name_word(doc[start + 1])
            and opens_sentence(doc, start)
            and DESCRIPTOR_NOUN.search(doc[start].lower_)
        ):
            # "Partiet Liberalerna", "Konsultbolaget Arkwright AB": a descriptor noun, then the name
            taken[start] = True
            start += 1
        mwords = tuple(_word(t) for t in doc[start:end])
        if title_after is not None:
            mwords = mwords[:-1] + (_org_word(mwords[-1], title_after, frozenset(), genitive=True),)
        else:
            mwords = mwords[:-1] + (_org_word(mwords[-1], doc[end] if end < n else None, plain_s),)
        if len(mwords) == 1 and (mwords[0] in SENTENCE_WORDS or mwords[0] in NOT_ORG_ACRONYMS):
            continue  # "HIV", "BST": a disease, a time zone
        if end - start == 1 and _sentence_noun(doc, start, mwords[0]):
            continue  # "Myndigheten har …", "Samtalen ska …": a common noun opening the sentence
        if (
            is_place(" ".join(mwords))
            and not (covered < n and is_institution_noun(doc[covered].lower_))
            and not (end - start == 1 and start in clubs)
        ):
            continue  # "Nya Zeeland", "Växjö" used as places; not a town's club in a match report
        if named_thing(mwords) or (covered < n and doc[covered].lower_ in PLACE_NOUNS and words[end - 1][-1] == "s"):
            continue  # "Riddarfjärden", "VM"; "Folkets park" is a place
        emit(start, covered, mwords, "ner")

    for i, t in enumerate(words):
        if taken[i] or not t[:1].isalnum():
            continue
        low = t.lower()
        if t[:1].islower():
            if (low in LOWER_CASE_ORGS or (low.endswith("s") and low[:-1] in LOWER_CASE_ORGS)) and not (
                i > 0 and words[i - 1].lower() in LOCATIVE_PREPOSITIONS
            ):  # "utanför riksdagen" is the building
                # canonical form capitalised by the component; "polisens" is Polisen's
                emit(i, i + 1, (t if low in LOWER_CASE_ORGS else t[:-1],), "org-rule")
            elif (
                i > 0
                and _name_word(doc[i - 1])
                and doc[i - 1].text not in SENTENCE_WORDS
                and (low in PLACE_ORG_NOUNS or (len(low) > 6 and ORG_SUFFIX.search(strip_genitive(low))))
            ):
                # "Lerums kommun", "Ale kommuns", "Lunds universitet", "Uppsala schackklubb"
                head = strip_genitive(t) if low.endswith("s") else t
                if not taken[i - 1]:
                    emit(i - 1, i + 1, (doc[i - 1].text, head), "org-rule")
                elif out and out[-1].end == i and out[-1].end - out[-1].start == 1:
                    # the NER took "Lund" of "Lunds universitet": widen it
                    prev = out.pop()
                    emit(prev.start, i + 1, (doc[prev.start].text, head), prev.source)
            elif (
                i > 0
                and not taken[i - 1]
                and words[i - 1].endswith("s")
                and is_country(strip_genitive(words[i - 1]))
                and strip_genitive(words[i - 1]) != "Sverige"  # Swedish bodies have names: "Försvarsmakten"
                and STATE_BODY.match(low)
                and not (i + 1 < n and words[i + 1] == "av")  # "Norges flotta av elbilar"
            ):
                # a state's body: "Rysslands försvarsministerium", "Ukrainas flygvapen" (its genitive left out)
                head = t[:-1] if low.endswith("s") and STATE_BODY.match(low[:-1]) else t  # "-ministeriums"
                emit(i - 1, i + 1, (words[i - 1], head), "org-rule")
            continue
        base = _org_word(t)
        if (
            ACRONYM_GENITIVE.match(t)
            and base not in NOT_ORG_ACRONYMS
            and not is_place(base)
            and not REGNAL_NUMBER.match(t)
        ):
            party = kb.party(base) if len(base) == 2 else None  # "SD:s", "KD:s": the party, by its name
            emit(i, i + 1, tuple(party.name.split()) if party else (base,), "org-rule")  # "MUCF:s arbete"
            continue
        if (
            base in ORG_NAMES
            or (t.isalpha() or t.endswith(":s"))
            and len(base) > 6
            and (ORG_SUFFIX.search(base.lower()) or MUNICIPAL_ADMINISTRATION.match(base.lower()))
        ):
            if (
                i + 1 < n
                and _name_word(doc[i + 1])
                and (
                    _sentence_noun(doc, i, base, head_only=True)
                    or opens_sentence(doc, i)
                    and DESCRIPTOR_NOUN.search(low) is not None
                )
            ):
                continue  # "Partiet Liberalerna", "Fotbollsklubben AIK": a descriptor noun before the name
            start, end = i, i + 1
            # "Kungliga Biblioteket", "Svenska Spel" read leftwards over capitalised words
            while (
                start - 1 >= 0
                and not taken[start - 1]
                and _name_word(doc[start - 1])
                and (
                    doc[start - 1].text in ORG_PREFIXES
                    or (doc[start - 1].text not in SENTENCE_WORDS and not opens_sentence(doc, start - 1))
                )
                and i - start < 3
            ):
                start -= 1
            # "Greenpeace Norden": capitalised words after a known name
            while (
                base == t
                and end < n
                and end - i < 3
                and not taken[end]
                and _name_word(doc[end])
                and doc[end].text not in SENTENCE_WORDS
                and not _gender.is_first_name(doc[end].text)
            ):
                end += 1
            # "... i Stockholm" belongs to a name that opens with "Kungliga", "Statens" ...
            if (
                doc[start].text in ORG_PREFIXES
                and end + 1 < n
                and doc[end].lower_ == "i"
                and _name_word(doc[end + 1])
                and not taken[end + 1]
                and base == t
            ):
                end += 2
            end = _extend_org_name(doc, start, end, taken)  # "Myndigheten för digital förvaltning"
            if end - start == 1 and (_sentence_noun(doc, start, base, head_only=True) or named_thing((base,))):
                continue  # "Slottskyrkan" is a building
            mwords = tuple(_word(x) for x in doc[start:end])
            mwords = mwords[:-1] + (_org_word(mwords[-1], doc[end] if end < n else None, plain_s),)
            emit(start, end, mwords, "org-rule")
        elif t in NATIONAL_PREFIXES and i + 1 < n and _name_word(doc[i + 1]) and not taken[i + 1]:
            # "Sveriges Ingenjörer", "Svenska Kraftnät": a national prefix and capitalised words
            end = i + 1
            while end < n and end - i <= 3 and _name_word(doc[end]) and not taken[end]:
                end += 1
            mwords = tuple(_word(x) for x in doc[i:end])
            mwords = mwords[:-1] + (_org_word(mwords[-1], doc[end] if end < n else None, plain_s),)
            if _national_name(mwords):
                emit(i, end, mwords, "org-rule")
        elif t[:1].isupper() and t not in SENTENCE_WORDS:
            # a capitalised word opening a name that goes on in lower case: "Brottsförebyggande rådet",
            # "Klimat- och näringslivsdepartementet", "Forum för levande historia"
            end = _extend_org_name(doc, i, i + 1, taken)
            if end > i + 1:
                mwords = tuple(_word(x) for x in doc[i:end])
                emit(i, end, mwords[:-1] + (_org_word(mwords[-1], doc[end] if end < n else None, plain_s),), "org-rule")
    _firm_names(doc, words, taken, out, emit)
    for i in sorted(clubs):
        if not taken[i]:
            base = words[i] if words[i] in SPORTS_CLUBS else strip_genitive(words[i])
            base = base if base in SPORTS_CLUBS else words[i]
            # "Leksand vann mot Frölunda": the NER's place is the club; "Häcken" after "BK Häcken" is that club
            emit(i, i + 1, _club_named(base, words[i], out) or (base,), "club")
    _introduced_organisations(doc, words, taken, emit, plain_s)
    # last: a name given otherwise wins
    _owners_before_titles(
        doc, words, taken, person_starts, out, emit, sports_report, frozenset(w for m in people for w in m.words)
    )
    # a name introduced as a work ("programmet Idol", "nyhetspodden Aftonbladet Daily") is no
    # organisation anywhere in the article
    works = set()
    for i in range(n - 1):
        if words[i][:1].islower() and WORK_NOUN.search(words[i].lower()) and _name_word(doc[i + 1]):
            j = i + 1
            while j < n and j - i <= 4 and _name_word(doc[j]) and not opens_sentence(doc, j):
                j += 1
            works.add(tuple(words[i + 1 : j]))
    if works:
        out[:] = [m for m in out if m.words not in works]
    out.sort(key=lambda m: m.start)
    _coordinated_organisations(doc, out, taken, emit)
    _acronyms(doc, words, out, taken, emit)
    terms = _term_acronyms(doc, words, out)
    if terms:
        out[:] = [m for m in out if not (len(m.words) == 1 and m.words[0].removesuffix(":s") in terms)]
    # "regeringen", "polisen" in news from abroad, or of another country, are that country's: no Swedish institution
    mentions: dict[str, list[NameMention]] = {}
    for m in out:
        if len(m.words) == 1 and m.words[0].lower() in NATIONAL_INSTITUTIONS and m.words[0].lower() != "kommissionen":
            mentions.setdefault(m.words[0].lower(), []).append(m)  # the EU's commission is everyone's
    if mentions:
        foreign = {w for w, ms in mentions.items() if all(_another_countrys(words, m) for m in ms)}
        if len(foreign) < len(mentions) and _abroad(words, out, people):
            foreign = set(mentions)
        out[:] = [m for m in out if not (len(m.words) == 1 and m.words[0].lower() in foreign)]
    out.sort(key=lambda m: m.start)
    return out


def _abroad(words: list[str], orgs: list[NameMention], people: list[NameMention]) -> bool:
    """Does the article report from abroad: it names a country other than Sweden and a head of state or
    government with their title ("Premiärminister Shehbaz Sharif"), and nothing Swedish (Sverige, a word in
    "svensk-", a Swedish party's letter after a name, a Swedish agency, politician or municipality, UD)?"""
    if not any(m.start > 0 and words[m.start - 1].lower() in LEADER_TITLES for m in people):
        return False  # no foreign head of state or government named: "Regeringen utvisar en rysk diplomat"
    for m in orgs:
        known = kb.organisation(" ".join(m.words))
        if known is not None and known.type == "agency":
            return False  # "Polismyndigheten", "Utrikesdepartementet"
    if any(len(m.words) >= 2 and kb.politicians_by_name(" ".join(m.words)) for m in people):
        return False  # "kulturminister Parisa Liljestrand"
    foreign = False
    for i, w in enumerate(words):
        low = w.lower()
        if low.startswith(("sverige", "svensk")) or low in SWEDISH_ANCHORS:
            return False
        if low in ("statsministern", "statsminister") and not (i + 1 < len(words) and words[i + 1][:1].isupper()):
            return False  # Sweden's, by the title alone ("Statsministern träffade Finlands president")
        if w == "(" and i + 2 < len(words) and words[i + 2] == ")" and kb.party(f"({words[i + 1]})") is not None:
            return False  # "Maria Malmer Stenergard (M)"
        if w[:1].isupper() and _swedish_municipality(strip_genitive(w)):
            return False  # "greps av polisen i Jönköping"
        if not foreign and w[:1].isupper() and w != "Sverige" and is_country(strip_genitive(w)):
            foreign = True
    return foreign


def _another_countrys(words: list[str], m: NameMention) -> bool:
    """Is the institution mention ``m`` another country's: "Regeringen i Georgien", "polisen i Ankara",
    "Turkiets polis", "landets regering" (not "polisen i Jönköping", "polisen i Rinkeby")?"""
    before = words[m.start - 1] if m.start > 0 else ""
    if (
        before.lower() == "landets"
        or before[:1].isupper()
        and before != "Sveriges"
        and is_country(strip_genitive(before))
    ):
        return True
    if m.end + 1 < len(words) and words[m.end] == "i":
        place = words[m.end + 1]
        if place == "Sverige" or _swedish_municipality(place):
            return False
        return is_country(place) or is_place(place)
    return False


def _swedish_municipality(word: str) -> bool:
    """Is ``word`` a Swedish municipality's name ("Jönköping", "Haparanda"), by the knowledge base?"""
    return len(word) > 2 and any(kb.organisation(f"{word}{s} kommun") is not None for s in ("", "s"))


_ACRONYM = re.compile(r"[A-ZÅÄÖ](?:[A-ZÅÄÖ]{1,7}|[a-zåäö]{1,3})")  # "MSB", "MUCF", "Brå"
_NAME_GLUE = {"för", "och", "i", "mot", "av", "om", "på", "till"}


def is_acronym_of(acronym: str, name_words: tuple[str, ...]) -> bool:
    """Whether ``acronym`` abbreviates the name: its letters, in order, start the name's first word
    and come from its words ("MSB": Myndigheten för samhällsskydd och beredskap; "Brå":
    Brottsförebyggande rådet; "FN": Förenta nationerna)."""
    letters = acronym.casefold()
    words = [w.casefold() for w in name_words if w.casefold() not in _NAME_GLUE]
    if len(letters) < 2 or len(words) < 2 or not words[0].startswith(letters[0]):
        return False
    text = " ".join(words)
    pos = 0
    for ch in letters:
        pos = text.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    # every word's initial that is a capital letter of the acronym is used: "FN" is not "Förenta Nationernas Hus"
    return sum(1 for w in words if w[0] in letters) >= min(len(words), len(letters))


def _term_acronyms(doc: Doc, words: list[str], out: list[NameMention]) -> set[str]:
    """Acronyms the article gives in brackets after a phrase that opens in lower case and is no
    organisation's name ("meticillinresistenta Staphylococcus aureus (MRSA)", "kroniskt obstruktiv
    lungsjukdom (KOL)"): they abbreviate a term, so they are no organisation anywhere in the article."""
    n = len(doc)
    named = {k for m in out if len(m.words) >= 2 for k in range(m.start, m.end)}
    terms: set[str] = set()
    for j in range(1, n - 2):
        if words[j] != "(" or words[j + 2] != ")" or not _ACRONYM.fullmatch(words[j + 1]):
            continue
        acronym = words[j + 1]
        for k in range(j - 1, max(j - 7, -1), -1):
            if not words[k].replace("-", "").isalpha() or k in named:
                break
            if words[k][:1].islower() and is_acronym_of(acronym, tuple(words[k:j])):
                terms.add(acronym)
                break
    return terms


def _acronyms(doc: Doc, words: list[str], out: list[NameMention], taken: list[bool], emit) -> None:
    """'Myndigheten för samhällsskydd och beredskap (MSB)', 'Förenta nationerna, FN,': the acronym given
    after a name is that organisation, here and wherever else the article uses it (also as 'MSB:s')."""
    n = len(doc)
    full: dict[str, tuple[str, ...]] = {}
    # names: the organisation mentions, and other model spans of capitalised words ("Förenta Nationerna"
    # tagged MISC), which the acronym after them shows to be organisations
    spans = [(m.start, m.end, m.words, m) for m in out if len(m.words) >= 2]
    spans += [
        (e.start, e.end, tuple(_word(t) for t in e), None)
        for e in doc.ents
        if len(e) >= 2 and all(_name_word(t) or t.lower_ in _NAME_GLUE for t in e) and not is_place(e.text)
    ]
    for start, end, name, mention in spans:
        j = end
        if j + 1 < n and words[j] in {"(", ","} and _ACRONYM.fullmatch(words[j + 1]):
            acronym = words[j + 1]
            if acronym in full:
                continue
            if not is_acronym_of(acronym, name) and not _defined_in_brackets(doc, words, j, mention, name):
                continue
            if mention is None:
                if any(taken[start:end]):
                    continue
                emit(start, end, name, "acronym")
            full[acronym] = name
    if not full:
        return
    for m in out:  # mentions of the acronym found before (the NER's "MSB") take the full name
        key = m.words[0][:-2] if len(m.words) == 1 and m.words[0].endswith(":s") else m.words[0]
        if len(m.words) == 1 and key in full:
            m.words = full[key]
    for i, w in enumerate(words):
        key = w[:-2] if w.endswith(":s") else w
        if key in full and not taken[i]:
            emit(i, i + 1, full[key], "acronym")


def _defined_in_brackets(
    doc: Doc, words: list[str], j: int, mention: NameMention | None, name: tuple[str, ...]
) -> bool:
    """Whether the capitals in brackets at ``words[j + 1]`` right after an organisation's name are its acronym
    though their letters are not the name's: one of another language or an older name ("Läkare utan gränser
    (MSF)", "Internationella rödakorskommittén (ICRC)"). Only in brackets, after a name the entity layer took for
    an organisation, in capitals; not another organisation's or an event's letters, not a party's unless the name
    is that party's ("Tekniska nämnden (S)"), and not one of several such codes in the sentence ("Leksands IF
    (SHL) har värvat … från BIK Karlskoga (HA)", "Malmö FF (SWE) möter Celtic (SCO)": leagues, countries)."""
    acronym = words[j + 1]
    if words[j] != "(" or j + 2 >= len(words) or words[j + 2] != ")" or mention is None:
        return False
    if not acronym.isupper() or not 2 <= len(acronym) <= 6:
        return False
    expanded = {e.name for e in kb.expand_acronym(acronym)}
    if named_thing((acronym,)) or expanded and " ".join(name) not in expanded:
        return False  # a league, an event, or an organisation the knowledge base knows by these letters
    sent = doc[j].sent
    if any(
        words[k - 1] == "(" and words[k + 1] == ")" and words[k].isupper() and k != j + 1
        for k in range(sent.start + 1, sent.end - 1)
    ):
        return False
    letters = kb.party(acronym)
    return letters is None or letters == kb.party(" ".join(name))


def _extend_org_name(doc: Doc, start: int, end: int, taken: list[bool]) -> int:
    """The end of an organisation's name that goes on in lower case after ``doc[start:end]``.

    * a head noun with a complement: "Myndigheten för samhällsskydd och beredskap", "Forum för
      levande historia" (over lower-case words, up to a verb, punctuation or a capital);
    * lower-case words ending in a head noun: "Brottsförebyggande rådet", "Nordiska museet",
      "Klimat- och näringslivsdepartementet", "Statens jordbruksverk".
    """
    n = len(doc)

    def lower_word(k: int, pos: tuple[str, ...] = ("NOUN", "ADJ", "PROPN", "ADP")) -> bool:
        t = doc[k]
        return (
            not taken[k]
            and t.text[:1].islower()
            and t.text.replace("-", "").isalpha()
            and t.text[1:] == t.text[1:].lower()  # not two words glued: "novemberKören"
            and t.pos_ in pos
            and t.lower_ != "att"
        )

    def head(k: int) -> bool:
        return bool(ORG_HEAD.search(doc[k].lower_)) and not NOT_ORG_HEAD.search(doc[k].lower_)

    last = doc[end - 1]
    if head(end - 1) and end + 1 < n and doc[end].lower_ in NAME_PREPOSITIONS and lower_word(end + 1):
        j, joined = end + 1, False
        while j < n and j - end <= 7:
            if lower_word(j, ("NOUN", "ADJ", "PROPN")):
                j += 1
            elif doc[j].lower_ == "och" and not joined and j + 1 < n and lower_word(j + 1, ("NOUN", "ADJ")):
                j, joined = j + 2, True  # one "och" inside a name: "… för samhällsskydd och beredskap"
            else:
                break
        return j
    j = end
    if last.text.endswith("-") and j + 1 < n and doc[j].lower_ == "och":
        j += 1  # "Klimat- och näringslivsdepartementet"
    k = j
    while k < n and k - j < 3 and lower_word(k, ("NOUN", "ADJ", "PROPN")):
        if head(k):
            return k + 1
        k += 1
    return end


def _shared_name(word: str, m: NameMention) -> tuple[str, ...] | None:
    """The name ``word`` has when it is listed before ``m`` and shares the rest of m's name: ordinals
    ("Första och Andra AP-fonden", "Tredje, Fjärde och Sjunde AP-fonderna"), and places before an
    institution noun ("Uppsala och Lunds universitet", "Göteborgs och Malmö stad"); a plural head names
    each one in the singular. ``None`` when word is a name of its own."""
    if len(m.words) < 2:
        return None
    first, rest = m.words[0], m.words[1:]
    ordinals = first.lower() in ORDINALS and word.lower() in ORDINALS
    places = (
        len(rest) == 1
        and is_institution_noun(strip_genitive(rest[0]).lower())
        # a town's ("Tullverket och Malmö stad" shares nothing), not a country's ("Kina och Uppsala universitet")
        and (is_place(word) or is_place(strip_genitive(word)))
        and not is_country(strip_genitive(word))
    )
    if not (ordinals or places):
        return None
    return (word, *rest[:-1], singular_definite(rest[-1]))


def _introduced_organisations(doc: Doc, words: list[str], taken: list[bool], emit, plain_s: set[str]) -> None:
    """A name right after a noun for a kind of organisation ("fackförbundet Byggnads", "företaget
    Northvolt", "Kvällstidningen Expressen" opening a sentence) is an organisation's, and so is the same
    name, also in the genitive, wherever else the article writes it alone ("Byggnads ledare").

    The name is up to four capitalised words, joined by "&", "för" or a foreign name's small words
    (``lang.orgs.NAME_GLUE``: "Natur & Kultur", "Alternativ för Sverige"), or a plural noun with "utan"
    ("Läkare utan gränser"). No name is taken where it runs on into a name another rule has (a person's,
    a party's: "partiet Nya Moderaterna"), into the next sentence or past four words (a headline in title
    case), nor where the name is the subject of a relative clause without "som" ("Partiet Lindgren leder
    har tappat"). A place is a club's name only after "klubben" ("klubben Hammarby"), and is not spread
    to the rest of the article; nor is a name after a speech verb ("säger Fröjd", the founder of the firm
    named after him) or after another noun ("familjen Wallenius")."""
    n = len(doc)
    names: set[tuple[str, ...]] = set()
    for i in range(n - 1):
        low = words[i].lower()
        if not (
            ORG_CLASS_NOUN.search(low)
            and (words[i].rsplit("-", 1)[-1][:1].islower() or opens_sentence(doc, i))  # "FN-organet Unrwa"
            or ORG_CLASS_INDEFINITE.search(low)
            and words[i].islower()
            and i > 0
            and _owner_genitive(doc[i - 1])
        ):
            continue
        end = i + 1
        while end < n and not taken[end] and _name_word(doc[end]) and not opens_sentence(doc, end):
            end += 1
            if end + 1 < n and words[end] in NAME_GLUE and _name_word(doc[end + 1]) and not taken[end + 1]:
                end += 1  # "Natur & Kultur", "Alternativ för Sverige", "Alternative für Deutschland"
        if end == i + 1 or end - i > 5 or words[i + 1] in SENTENCE_WORDS:
            continue
        end = _lower_case_name_end(doc, end)  # "partiet Georgiska drömmen", "partiet Lag och rättvisa"
        plural = bool(ORG_CLASS_PLURAL.search(low))
        runs = _listed_names(doc, words, i, end) if plural else [(i + 1, end)]
        after = runs[-1][1]  # after a plural noun, the list of names it opens: "Partierna Lind och Berg leder …"
        if end < n and (taken[end] and _name_word(doc[end]) or _relative_clause_after(doc, after)):
            continue
        if plural and _object_list(doc, words, i, runs):
            continue
        for s, e in runs[1:]:  # "Företagen Voltrix, Nordlog och Axelia"
            if not any(taken[s:e]):
                emit(s, e, tuple(_word(t) for t in doc[s:e]), "org-class-noun")
        if end + 1 < n and words[end] == "utan" and words[end + 1].isalpha() and words[end + 1].islower():
            end += 2  # "organisationen Läkare utan gränser", "Reportrar utan gränser"
        mwords = tuple(_word(t) for t in doc[i + 1 : end])
        mwords = mwords[:-1] + (_org_word(mwords[-1], doc[end] if end < n else None, plain_s),)
        name = " ".join(mwords)
        place = is_place(name) or is_place_name(name)
        if place and not low.endswith("klubben"):
            continue  # "företaget Göteborg", "leveranskedjan Asien": the place
        emit(i + 1, end, mwords, "org-class-noun")
        if not place:
            names.add(mwords)
    for name in names:
        k = len(name)
        for i in range(n - k + 1):
            last = words[i + k - 1]
            if (
                tuple(words[i : i + k - 1]) == name[:-1]
                and last in (name[-1], name[-1] + "s", name[-1] + ":s")
                and not any(taken[i : i + k])
                and not (i + k < n and _name_word(doc[i + k]))
                and not (i > 0 and (_name_word(doc[i - 1]) and not opens_sentence(doc, i) or doc[i - 1].pos_ == "NOUN"))
                and not (i > 0 and words[i - 1].lower() in CUE_FORMS or i + k < n and words[i + k].lower() in CUE_FORMS)
            ):
                emit(i, i + k, name, "org-class-noun")


_CLAUSE_BREAKS = {"som", "att", "och", "men", "eller", "när", "om", "eftersom", "där", "innan", "sedan"}


def _lower_case_name_end(doc: Doc, end: int) -> int:
    """Where a name after a noun for an organisation ends when it runs on in lower case, as Swedish writes
    names: a capitalised adjective and its noun ("Georgiska drömmen", "Röda korset"), or a noun and another
    after "och" before a comma or a full stop ("Lag och rättvisa"); else ``end``."""
    n = len(doc)
    if end < n and doc[end - 1].pos_ == "ADJ" and doc[end].pos_ == "NOUN" and doc[end].text.islower():
        return end + 1
    if (
        end + 2 < n
        and doc[end].lower_ == "och"
        and doc[end + 1].text.isalpha()
        and doc[end + 1].text.islower()
        and doc[end + 1].pos_ == "NOUN"
        and "Def" not in doc[end + 1].morph.get("Definite")
        and (doc[end + 2].is_punct or doc[end + 2].is_space)
    ):
        return end + 2
    return end


def _names_a_person_after_noun(doc: Doc, noun: int, end: int, words: tuple[str, ...]) -> bool:
    """Is the name after the noun for an organisation at ``noun`` a person all the same: a known politician, the
    subject of a relative clause without "som" ("Partiet Xi Jinping leder har …"), or the object of a verb
    whose subject the noun is ("stämde företaget Kim Kardashian", "värvar klubben Kim Källström"; not after a
    speech verb: "uppger skivbolaget Universal Music")?"""
    if len(words) >= 2 and kb.politicians_by_name(" ".join(words)):
        return True
    if (
        end + 1 < len(doc)
        and doc[end].pos_ == "VERB"
        and doc[end + 1].pos_ in ("VERB", "AUX")
        and opens_sentence(doc, noun)
    ):
        return True  # two verbs in a row: "Partiet X leder har"; not "Skivbolaget Sony Music lanserar"
    before = doc[noun - 1] if noun > 0 else None
    return (
        before is not None
        and before.pos_ in ("VERB", "AUX")
        and before.lower_ not in CUE_FORMS
        and before.lower_ not in REPORT_FORMS
    )


def _owner_genitive(t) -> bool:
    """Is ``t`` an owner in the genitive before a noun ("landets", "Irans", "rättsväsendets", "FN:s")?"""
    return t.text.endswith(":s") or t.text.endswith("s") and t.text.isalpha()


def _listed_names(doc: Doc, words: list[str], noun: int, end: int) -> list[tuple[int, int]]:
    """The names of a list after a plural noun for organisations, the first ending at ``end``: "företagen
    Voltrix, Nordlog och Axelia" gives three runs of capitalised words."""
    n = len(doc)
    runs = [(noun + 1, end)]
    while end + 1 < n and words[end] in LIST_SEPARATORS and _name_word(doc[end + 1]) and len(runs) < 8:
        s = end + 1
        end = s
        while end < n and end - s < 4 and _name_word(doc[end]):
            end += 1
            if end + 1 < n and words[end] in NAME_GLUE and _name_word(doc[end + 1]):
                end += 1  # "Natur & Kultur"
        runs.append((s, end))
    return runs


def plural_listed(doc: Doc, words: list[str]) -> set[int]:
    """Token indices of the names listed after a plural noun for organisations ("bolagen Nordlog och
    Axelia"), which are no people's names whatever the NER says; not a relative clause's subjects."""
    n = len(doc)
    out: set[int] = set()
    for i in range(n - 1):
        if not ORG_CLASS_PLURAL.search(words[i].lower()) or not (words[i][:1].islower() or opens_sentence(doc, i)):
            continue
        end = i + 1
        while end < n and end - i <= 4 and _name_word(doc[end]) and not opens_sentence(doc, end):
            end += 1
        if end == i + 1:
            continue
        runs = _listed_names(doc, words, i, end)
        if _object_list(doc, words, i, runs) or _relative_clause_after(doc, runs[-1][1]):
            continue
        out.update(k for s, e in runs for k in range(s, e))
    return out


def _object_list(doc: Doc, words: list[str], noun: int, runs: list[tuple[int, int]]) -> bool:
    """Are the names after a plural noun for organisations something else: the object of a verb the noun is the
    subject of ("I går träffade partierna Ulf Kristersson", after the verb), or not organisations' names at all (a
    person's, a place's, an owner's: "Varför lämnar bolagen Stockholm", "ger förlagen Astrid Lindgrens böcker")?"""
    prev = doc[noun - 1] if noun > 0 else None
    if prev is not None and prev.pos_ in ("VERB", "AUX") and "Fin" in prev.morph.get("VerbForm"):
        return True
    n = len(doc)
    for s, e in runs:
        name = tuple(words[s:e])
        if e - s >= 2 and _gender.is_confident_first_name(name[0]) or is_place(" ".join(name)) or is_place(name[0]):
            return True
        if name[-1].endswith("s") and _genitive_context(doc[e] if e < n else None):
            return True
    return False


def _relative_clause_after(doc: Doc, end: int) -> bool:
    """The words after a name are a clause of their own with the name as its subject, and a finite verb
    follows that clause: "Partiet Lindgren leder har tappat", "Bolaget Dahlberg sålde i fjol har gått i
    konkurs" (Swedish leaves "som" out before a relative clause's subject)."""
    if end >= len(doc) or doc[end].pos_ not in ("VERB", "AUX") or "Fin" not in doc[end].morph.get("VerbForm"):
        return False
    for k in range(end + 1, min(len(doc), end + 10)):
        t = doc[k]
        if t.is_punct or t.lower_ in _CLAUSE_BREAKS:
            return False
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
            return True
    return False


def _coordinated_organisations(doc: Doc, out: list[NameMention], taken: list[bool], emit) -> None:
    """A lone capitalised name listed next to an organisation ("Musikhögskolan, Gamlagården
    och Folkets hus"; "av Gamlagården och Kulturhuset") is an organisation too, unless it is a
    known place, a first name, or the first word of a sentence. Listed before a name whose rest it
    shares ("Första och Andra AP-fonden", "Uppsala och Lunds universitet"), it has that rest too."""
    n = len(doc)
    queue = list(out)
    while queue:
        m = queue.pop()
        for j, sep in ((m.start - 2, m.start - 1), (m.end + 1, m.end)):
            if not (0 <= j < n and 0 <= sep < n) or doc[sep].lower_ not in LIST_SEPARATORS:
                continue
            tok = doc[j]
            # the NER's one-word mention of the word before ("Fjärde" of "Fjärde och Sjunde AP-fonderna")
            lone = next((o for o in out if o.start == j and o.end == j + 1), None) if taken[j] else None
            if taken[j] and lone is None:
                continue
            alone = not (j + 1 < n and _name_word(doc[j + 1])) and not (j > 0 and _name_word(doc[j - 1]))
            if not alone or not _name_word(tok) or tok.text in SENTENCE_WORDS:
                continue
            shared = _shared_name(tok.text, m) if j < m.start else None
            ordinal_or_genitive = tok.lower_ in ORDINALS or tok.text.endswith("s")
            if opens_sentence(doc, j) and not (shared is not None and ordinal_or_genitive):
                continue  # a sentence's first word only as an ordinal or a genitive ("Göteborgs och Malmö stad")
            if shared is not None:
                m.words = (*m.words[:-1], singular_definite(m.words[-1]))
                if lone is None:
                    emit(j, j + 1, shared, "org-coordination")
                    lone = out[-1]
                lone.words = shared
                queue.append(lone)
                continue
            if lone is not None:
                continue
            word = strip_genitive(tok.text)
            if is_place(tok.text) or is_place(word) or _gender.is_first_name(tok.text) or tok.text.isupper():
                continue
            emit(j, j + 1, (_org_word(tok.text),), "org-coordination")
            queue.append(out[-1])


_CAPS = r"(?:\d+[ \t]+)?[A-ZÅÄÖ]{2,}(?:[ \t]+[A-ZÅÄÖ]{2,})*"
# A byline opening a line: "Name/PUBLICATION[/AGENCY]" or "PUBLICATION/AGENCY", in capitals
# but for the reporter's name; scraped pages glue the next word on ("8 SIDOR/TTDela på internet").
BYLINE = re.compile(
    r"^[ \t]*(?:(?P<author>[A-ZÅÄÖ][\w’'-]*(?:[ \t]+[A-ZÅÄÖ][\w’'-]*){0,3})[ \t]*/[ \t]*)?"
    r"(?P<pubs>" + _CAPS + r"(?:[ \t]*/[ \t]*" + _CAPS + r")*)(?![a-zåäö\d])",
    re.M,
)


def byline_publications(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """``(start, end, words)`` of each publication or agency named in a byline of ``text``.

    A byline needs a ``/``: ``Anna Ek/TT``, ``NORRA POSTEN/TT``, ``8 SIDOR/TT``; a first part in
    capitals, or before a wire agency (``Lokalbladet/AFP``), is a publication unless it opens with a
    first name (``ANNA EK/TT``, ``Anna Ek/TT``: a reporter). Words are
    given as names are written (``8 Sidor``, ``Norra Posten``, ``TT``).
    """
    out = []
    for m in BYLINE.finditer(text):
        parts: list[tuple[int, int]] = []
        if m.group("author") is not None:
            author = m.group("author")
            first_word = author.split()[0]
            wire = m.group("pubs").split("/")[0].strip() in NEWS_AGENCIES
            if (author.upper() == author or wire) and not _gender.is_first_name(first_word.capitalize()):
                parts.append(m.span("author"))  # "NORRA POSTEN/TT", "Lokalbladet/AFP": a publication
        elif "/" not in m.group("pubs") and not re.match(r"\d+[ \t]+[A-ZÅÄÖ]{3,}", m.group("pubs")):
            continue  # "NYHETER" alone: a heading, not a byline ("8 SIDOR" alone is a publication)
        pos = m.start("pubs")
        pubs = m.group("pubs")
        if "/" not in pubs and m.group("author") is None:
            pubs = re.match(r"\d+[ \t]+[A-ZÅÄÖ]{3,}", pubs).group(0)  # "8 SIDOR" (not the heading after it)
        for piece in pubs.split("/"):
            lead = len(piece) - len(piece.lstrip())
            parts.append((pos + lead, pos + len(piece.rstrip())))
            pos += len(piece) + 1
        for s, e in parts:
            if e > s:
                out.append((s, e, tuple(_byline_word(w) for w in text[s:e].split())))
    return out


def _byline_word(w: str) -> str:
    """'SIDOR' -> 'Sidor', 'POSTEN' -> 'Posten'; short acronyms ('GP', 'SVD') stay as written."""
    return w.capitalize() if w.isupper() and len(w) > 3 else w


@dataclasses.dataclass
class Cluster:
    key: int
    full: tuple[str, ...]
    mentions: list[NameMention]
    variants: list[str]


def _same_sentence(doc: Doc, a: Cluster, b: Cluster) -> bool:
    """Are two clusters named in one sentence ("Karl ”Kalle” Svensson, 70, och hans barnbarn Kalle Svensson"):
    two people, whatever their names?"""
    sents = {doc[m.start].sent.start for m in a.mentions if m.start < len(doc)}
    return any(doc[m.start].sent.start in sents for m in b.mentions if m.start < len(doc))


def cluster_people(
    doc: Doc, mentions: list[NameMention], words: list[str] | None = None
) -> tuple[list[Cluster], dict[int, int]]:
    """Group person mentions; also find short forms (surname, first name) the rules missed.

    Returns the clusters and a map from mention start token to cluster key.
    """
    words = words if words is not None and len(words) == len(doc) else [t.text for t in doc]
    clusters: list[Cluster] = []
    by_full: dict[tuple[str, ...], Cluster] = {}
    singles: list[NameMention] = []
    aliases = [m for m in mentions if m.alias_of is not None]
    for m in mentions:
        if m.alias_of is not None:
            continue  # a nickname: joins its full name's cluster below
        mw = m.words
        if len(mw) >= 2:
            last = strip_genitive(mw[-1])
            key = mw[:-1] + (last,)
            # genitive form of a known name, or same first+last as a known name
            c = by_full.get(mw) or by_full.get(key)
            if c is None:
                for other in clusters:
                    if other.full[0] == mw[0] and strip_genitive(other.full[-1]) == last:
                        c = other
                        break
            if c is None:
                c = next((o for o in clusters if _double_surname_of(key, o.full)), None)
            if c is not None and c.full[-1] != mw[-1] and c.full[-1] == mw[-1] + "s":
                c.full = mw  # the genitive came first ("Salpy Weideruds arbete"); keep the base form
            if c is None:
                c = Cluster(len(clusters), mw, [], [])
                clusters.append(c)
                by_full[mw] = c
            elif len(mw) > len(c.full):
                c.full = mw
                by_full[mw] = c
            c.mentions.append(m)
        else:
            singles.append(m)

    nicknames: dict[tuple[str, str], Cluster] = {}
    for m in aliases:
        owner = next((c for c in clusters if any(o.start == m.alias_of for o in c.mentions)), None)
        if owner is not None:
            owner.mentions.append(m)
            nicknames[(m.words[0], owner.full[-1])] = owner
    # the nickname with the surname is the same person: 'Peter ”Pekka” Nilsson … säger Pekka Nilsson'
    for c in list(clusters):
        owner = nicknames.get((c.full[0], c.full[-1])) if len(c.full) == 2 else None
        if owner is not None and owner is not c and not _same_sentence(doc, owner, c):
            owner.mentions.extend(c.mentions)
            clusters.remove(c)
    for k, c in enumerate(clusters):
        c.key = k
    surname: dict[str, set[int]] = {}
    first: dict[str, set[int]] = {}
    for c in clusters:
        surname.setdefault(c.full[-1], set()).add(c.key)
        first.setdefault(c.full[0], set()).add(c.key)
    for (nickname, _), owner in nicknames.items():
        first.setdefault(nickname, set()).add(owner.key)  # 'Lasse' alone later is Lars Bengtsson

    def lookup(word: str) -> set[int]:
        base = strip_genitive(word)
        return surname.get(word) or surname.get(base) or first.get(word) or first.get(base) or set()

    covered = set()
    for m in mentions:
        covered.update(range(m.start, m.end))
    # short forms the NER and first-name rules did not catch
    if surname or first:
        for i, text in enumerate(words):
            if i in covered or not _name_text(text) or text in SENTENCE_WORDS:
                continue
            if "&" in words[max(i - 1, 0) : i + 2]:
                continue  # "Svensson & Söner": a firm's name
            tok = doc[i]
            w = _word(tok)
            if w in surname or strip_genitive(w) in surname or w in first:
                singles.append(NameMention(i, i + 1, tok.idx, _end_char(tok), (w,), "PER", "short"))
        singles.sort(key=lambda m: m.start)

    lower_words = {w for w in words if w.islower()}
    for m in singles:
        keys = lookup(m.words[0])
        if len(keys) == 1:
            c = clusters[next(iter(keys))]
            c.mentions.append(m)
        elif (
            not keys
            and (
                m.source == "ner"
                and (_gender.is_confident_first_name(m.words[0]) or _unique_surname(m.words[0]))
                or m.source in ("speech-verb-single", "kb-surname", "address")
            )
            and not (m.source not in ("speech-verb-single", "address") and _common_noun_here(m.words[0], lower_words))
        ):
            word = m.words[0]
            if word not in first and not _gender.is_first_name(word) and _gender.is_first_name(strip_genitive(word)):
                word = strip_genitive(word)  # "Annas" is Anna's, "Mattias" is Mattias
            c = by_full.get((word,))
            if c is None:
                c = Cluster(len(clusters), (word,), [], [])
                clusters.append(c)
                by_full[(word,)] = c
            c.mentions.append(m)
        # several candidates: ambiguous, leave unlinked
    clusters = _merge_aliases(clusters, words)
    for c in clusters:
        c.mentions.sort(key=lambda m: m.start)
        seen: list[str] = []
        for m in c.mentions:
            if m.text not in seen:
                seen.append(m.text)
        c.variants = seen
    index = {m.start: c.key for c in clusters for m in c.mentions}
    return clusters, index


def _double_surname_of(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Is one of two names the other's last words: "Andersson Moberg" of "Lisa Andersson Moberg", a double
    surname (either may come first; "Andersson" is also a given name, so the lexicon cannot tell)."""
    short, full = (a, b) if len(a) < len(b) else (b, a)
    if len(short) < 2 or len(short) == len(full):
        return False
    if _gender.common_first_name(short[0]):
        return False  # a given name and a surname: "Erik Holm" is not "Per Erik Holm", his father
    return full[-len(short) : -1] == short[:-1] and strip_genitive(full[-1]) == strip_genitive(short[-1])


def _merge_aliases(clusters: list[Cluster], words: list[str]) -> list[Cluster]:
    """A person's other name given as such ("Miss Li heter egentligen Linda Karlsson") joins the cluster
    of the name it explains, which stays the canonical one; clusters are renumbered."""
    starts = {m.start: c for c in clusters for m in c.mentions}
    merged: set[int] = set()
    for c in clusters:
        for m in list(c.mentions):
            j = m.end + (m.end < len(words) and words[m.end] == ",")
            for link in ALIAS_LINKS:
                if tuple(w.lower() for w in words[j : j + len(link)]) == link:
                    other = starts.get(j + len(link))
                    if other is not None and other is not c and other.key not in merged:
                        c.mentions += other.mentions
                        merged.add(other.key)
                    break
    kept = [c for c in clusters if c.key not in merged]
    for i, c in enumerate(kept):
        c.key = i
    return kept


# the definite endings of a noun naming a body alone: "Rådet", "Kommissionen", "Styrelsen", "Nämnden"
_DEFINITE_SINGULAR = re.compile(r"^(\w{3,}?)(?:en|et|n|t)$")


def _headed_by(short: Cluster, clusters: list[Cluster]) -> list[Cluster]:
    """The organisations named before ``short``, a noun in the definite form alone ("Rådet", "Kommissionen"),
    whose name ends in that noun: "FN:s säkerhetsråd … Rådet väntas", "Europeiska kommissionen … Kommissionen
    föreslår". Only a name that says more than the noun counts: a compound, or more words ending in the noun in
    lower case (not "Både Spelinspektionen", another name for "Spelinspektionen")."""
    word = strip_genitive(short.full[0]).casefold()
    m = _DEFINITE_SINGULAR.match(word)
    if m is None or not short.full[0][:1].isupper() or short.full[0] in COMMON_WORD_ORGS:
        return []  # "Unionen" is a union of its own, not "Europeiska unionen"
    # a Swedish institution's own name ("Polisen", "Kustbevakningen") is no other country's or sub-body's
    # ("Säkerhetspolisen", "Norska kustbevakningen"); only an international body's ("Europeiska kommissionen")
    national = word in LOWER_CASE_ORGS
    stem, first = m.group(1), short.mentions[0].start
    found = []
    for c in clusters:
        last = strip_genitive(c.full[-1]).casefold()
        says_more = len(last) > len(word) or len(c.full) > 1 and c.full[-1][:1].islower()
        if c is not short and c.mentions[0].start < first and says_more and last.endswith((stem, word)):
            if national and kb.org_type(" ".join(c.full)) != "international":
                continue
            found.append(c)
    return found


def acronym_expansions(word: str) -> set[str] | None:
    """The names the knowledge base expands an acronym-shaped word to ("FI" -> {"Finansinspektionen"}; possibly
    none); None for a word of no acronym's shape."""
    if not 2 <= len(word) <= 6 or not word[:1].isupper() or not word.isalpha():
        return None
    return {e.name for e in kb.expand_acronym(word)}


def _abbreviating(short: Cluster, clusters: list[Cluster], doc: Doc | None = None) -> list[Cluster]:
    """The other organisations the acronym alone of ``short`` abbreviates, where the article also names them in
    full: by the name's initials ("Malmö FF … MFF:s tränare", "Svenska Fotbollförbundet … SvFF:s ordförande"),
    else as the knowledge base expands it ("Riksidrottsförbundet … RF", "Högsta domstolen … HD")."""
    word = short.full[0]
    expanded = acronym_expansions(word)
    if expanded is None:
        return []
    clusters = [c for c in clusters if c is not short]
    if expanded or kb.organisation(word) is not None:
        # an organisation the knowledge base knows by the acronym: that one, or none ("EU" is not "EUMAM Ukraina")
        return [c for c in clusters if " ".join(c.full) in expanded]
    if sum(ch.isupper() for ch in word) < 2:
        return []
    found = [
        c
        for c in clusters
        if len(c.full) > 1 and is_acronym_of(word, c.full) and not any(w.startswith(word) for w in c.full)
    ]
    if doc is not None and found:
        # named in one sentence with the acronym it is not what the acronym stands for: "Hammarby IF vann mot HIF"
        sentences = {doc[m.start].sent.start for m in short.mentions}
        found = [c for c in found if not any(doc[m.start].sent.start in sentences for m in c.mentions)]
    return found


def cluster_orgs(mentions: list[NameMention], doc: Doc | None = None) -> list[Cluster]:
    """One cluster per organisation: mentions of one name, and a short form, acronym or head noun alone with the
    name it stands for (``doc``, where given, tells which are named in one sentence)."""
    clusters: list[Cluster] = []
    by_name: dict[str, Cluster] = {}
    for m in mentions:
        words = m.words
        name = " ".join(words)
        base = name[:-2] if name.endswith(":s") else name
        c = by_name.get(name.casefold()) or by_name.get(base.casefold()) or by_name.get(strip_genitive(name).casefold())
        if c is None:
            c = Cluster(len(clusters), tuple(base.split(" ")), [], [])
            clusters.append(c)
            by_name[base.casefold()] = c
        c.mentions.append(m)
    # the first word of a longer name, alone, is that organisation when only one name opens with it:
    # "Myndigheten för digital förvaltning … Myndigheten ska", "Forum för levande historia … Forum"
    opening: dict[str, list[Cluster]] = {}
    # a name with its acronym after it: the acronym alone is that organisation ("Världshälsoorganisationen WHO …
    # WHO:s chef")
    spelled: dict[str, list[Cluster]] = {}
    for c in clusters:
        if len(c.full) > 1:
            opening.setdefault(c.full[0].casefold(), []).append(c)
            if c.full[0].endswith("s") and KIND_NAMES["klubb"].search(c.full[-1]):
                opening.setdefault(strip_genitive(c.full[0]).casefold(), []).append(c)  # "Edsbyns IF … Edsbyn"
            before = " ".join(c.full[:-1])
            if (
                c.full[-1].isupper()
                and len(c.full[-1]) >= 2
                and not c.full[-2].isupper()
                and not is_place(before)  # "Sverige EU": a place and another organisation
                and c.full[0] not in ORG_PREFIXES  # "Svenska ABB": the company's Swedish arm
            ):
                spelled.setdefault(c.full[-1], []).append(c)
    kept = []
    for c in clusters:
        targets = []
        if len(c.full) == 1:
            targets = (
                opening.get(c.full[0].casefold())
                or opening.get(strip_genitive(c.full[0]).casefold())
                or spelled.get(c.full[0])
                or _abbreviating(c, clusters, doc)
                or _headed_by(c, clusters)
            )
        if len(targets) == 1:
            targets[0].mentions.extend(c.mentions)
            targets[0].mentions.sort(key=lambda m: m.start)
        else:
            kept.append(c)
    clusters = [dataclasses.replace(c, key=k) for k, c in enumerate(kept)]
    for c in clusters:
        c.variants = list(dict.fromkeys(m.text for m in c.mentions))
    return clusters
