"""Parse the speaker phrase of an attribution: which tokens say who spoke.

A speaker phrase is a pronoun (``hon``), a name with or without a title
(``kommunalrådet Per Ek``, ``Sjöberg``), two names joined by ``och``, a role
(``statsministern``, ``polisens presstalesperson``) or an organisation
(``Polisen``). Which person or organisation it is, is decided by the entity layer
(:class:`nlp_pipeline.entities.linking.Linker`): pronouns go to the nearest preceding
person of matching gender named outside quotes, short forms to the full name, roles to
the named holder of that role. Unknown stays unknown (``None``).
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from spacy.tokens import Doc

from ..entities.linking import EntityIndex, Linker, Resolved, is_name_word, looks_like_role
from ..entities.names import opens_sentence
from ..lang import gender as _gender
from ..lang.names import NAME_PARTICLES, SENTENCE_WORDS
from ..lang.org_types import class_noun_type
from ..lang.pronouns import POSSESSIVES, PRONOUNS
from ..lang.roles import (
    COMMON_HEADS,
    KIN_NOUNS,
    PLURAL_TITLE,
    RELATION_NOUNS,
    ROLE_PREPOSITIONS,
    ROLE_SUFFIX,
    is_document,
    is_unnamed_source,
)
from ..lang.words import (
    AGE_ADJECTIVE,
    AGE_NOUN,
    NP_STOP,
    PARTITIVES,
    QUANTIFIERS,
    SKIP_BACKWARD,
    SKIP_FORWARD,
    TITLE_COMPLEMENTS,
    TITLE_TIME_WORDS,
)

# Parts of speech that end a noun phrase after an owner: "Anna Bergs advokat till TT", not "säger Maria Lucas efter …"
_NP_BREAK = frozenset({"ADP", "ADV", "SCONJ", "CCONJ", "PRON", "AUX", "PART"})
_SENTENCE_BREAK = re.compile(r"[.!?…]+[”\"»]?\s+|\n\s*\n")
# first-person possessives that own a role noun: "mitt barn", "min chef"
OWN_POSSESSIVES = {"mitt", "min", "mina", "vår", "vårt", "våra"}
# prepositions that keep a group's description with it: "ledarna i Kosovo", "experter på X"
GROUP_PREPOSITIONS = {"i", "på", "till", "vid", "hos", "inom", "från"}


def _plural(tok) -> bool:
    """A plural noun ('militärer', 'ledarna'), by its morphology or its ending."""
    number = tok.morph.get("Number")
    if number:
        return "Plur" in number
    return bool(PLURAL_TITLE.search(tok.lower_)) or tok.lower_.endswith(("er", "ar", "or"))


# genitive of a party or organisation abbreviation before a title: "Vs ledare", "KD:s gruppledare", "FN:s chef"
ACRONYM_GENITIVE = re.compile(r"[A-ZÅÄÖ]{1,4}(?::s|s)$")


@dataclasses.dataclass
class SpeakerPhrase:
    start: int  # token indices
    end: int
    kind: str  # "pronoun" | "name" | "role"
    name_start: int | None = None  # where the name begins after a title

    def text(self, doc: Doc) -> str:
        return doc[self.start : self.end].text


def _digits(t: str) -> bool:
    """A number written in digits ('290', '1 200', '3,5'); not 'en', which spaCy's like_num also takes."""
    return t.replace(",", "").replace(".", "").replace("\u00a0", "").isdigit()


def _lower_word(t: str) -> bool:
    """A lower-case word, or an age written as an adjective or a noun ('23-årige', '23-åringen'), which reads
    like one; a title with its ending after a colon too ('vd:n')."""
    return bool(t) and (
        t[0].islower()
        and t.replace("-", "").replace(":", "").isalpha()
        or bool(AGE_ADJECTIVE.match(t) or AGE_NOUN.match(t))
    )


class SpeakerParser:
    def __init__(
        self,
        doc: Doc,
        index: EntityIndex,
        quote_ranges: list[tuple[int, int]],
        text: str | None = None,
        confidence: dict[str, float] | None = None,
    ):
        self.doc = doc
        self.text = doc.text if text is None else text
        self.n = len(doc)
        self.idx = index.token_starts if len(index.token_starts) == len(doc) else [t.idx for t in doc]
        self.index = index
        self.quote_ranges = sorted(quote_ranges)
        self.quote_starts = [s for s, _ in self.quote_ranges]
        self.linker = Linker(doc, index, self.in_quote, confidence, self.text)

    # --- token helpers -----------------------------------------------------------------
    def tok_at(self, char: int) -> int:
        """Index of the first token starting at or after ``char``."""
        return bisect.bisect_left(self.idx, char)

    def tok_before(self, char: int) -> int:
        """Index of the last token starting before ``char``."""
        return bisect.bisect_left(self.idx, char) - 1

    def in_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self.quote_starts, char) - 1
        return i >= 0 and self.quote_ranges[i][0] <= char < self.quote_ranges[i][1]

    def _skip_space(self, i: int, step: int = 1) -> int:
        while 0 <= i < self.n and self.doc[i].is_space:
            i += step
        return i

    # --- phrases ---------------------------------------------------------------------------
    def name_forward(self, i: int, limit: int) -> int:
        doc = self.doc
        j = i
        while j < limit and j - i < 5:
            t = doc[j].text
            if is_name_word(t) and (j == i or t not in SENTENCE_WORDS):
                j += 1
            elif t in NAME_PARTICLES and j + 1 < limit and is_name_word(doc[j + 1].text) and j > i:
                j += 2
            else:
                break
        return j

    def parse_after(self, char: int, limit_char: int | None = None, determined: bool = False) -> SpeakerPhrase | None:
        """The speaker phrase starting at ``char`` (after a speech verb); ``determined``: a determiner stands
        before it ("den"), so its lower-case words are a noun phrase whatever their tags."""
        doc = self.doc
        limit = self.n if limit_char is None else min(self.n, self.tok_at(limit_char))
        i = self._skip_space(self.tok_at(char))
        while i < limit and doc[i].lower_ in SKIP_FORWARD:
            i = self._skip_space(i + 1)
        if i >= limit:
            return None
        t = doc[i].text
        if (
            t.lower() in ("den", "de", "det")
            and i + 2 < limit
            and _lower_word(doc[i + 1].text)
            and (doc[i].pos_ == "DET" or not doc.has_annotation("POS") and doc[i + 1].lower_.endswith(("e", "a")))
        ):
            # a determiner: "säger den ryske presidenten", "säger den gripne", "sa den åtalade"
            ph = self.parse_after(doc[i + 1].idx, limit_char, determined=True)
            if ph is not None and ph.kind == "role" and ph.start == i + 1:
                return SpeakerPhrase(i, ph.end, "role")
            return ph
        if t.lower() in ("en", "ett") and i + 2 < limit and doc[i + 1].lower_ == "av":
            # one of a group: "säger en av grannarna", "utbrast en av besökarna", "berättar en av hans vänner"
            ph = self.parse_after(doc[i + 2].idx, limit_char)
            if ph is not None and ph.kind == "role" and ph.start in (i + 2, i + 3):
                return SpeakerPhrase(i, ph.end, "role")
            return ph if ph is not None and ph.kind == "pronoun" else None  # not "en av Sveriges ledande experter"
        if t.lower() in PRONOUNS and not self._particle_opening_name(i, limit):
            return SpeakerPhrase(i, i + 1, "pronoun")
        # a long title before a name first: "Sveriges minister för civilt försvar Carl-Oskar Bohlin" is
        # a name, not the possessed role "Sveriges minister"
        titled = self.titled_name(i, limit)
        if titled is not None:
            return self._apposed_holder(titled, limit)
        possessed = self.possessed_role(i, limit)
        if possessed is not None:
            return self._apposed_holder(possessed, limit)
        # an indefinite article opens a noun phrase, whatever the tagger reads its words as: "säger en man",
        # "säger en äldre granne" (the pronoun "man" and the adverb "granne" of a tagger)
        article = determined or t.lower() in ("en", "ett") and i + 1 < limit and _lower_word(doc[i + 1].text)
        if t.lower() in QUANTIFIERS and i + 1 < limit and _lower_word(doc[i + 1].text):
            i += 1
        j = i
        # title or role words before a name: "kommunalrådet Per Ek", "närings- och innovationsminister X"
        while j < limit and j - i < 6:
            w = doc[j].text
            if self._relation_of(j):
                break
            if (
                (_lower_word(w) or j == i and (self._capitalised_modifier(j) or self._capitalised_title(j)))
                and (w.lower() not in NP_STOP or w.lower() == "man" and (article or j > i))
                or w.endswith("-")
                or (w in ("och", ",") and j > i and doc[j - 1].text.endswith("-"))  # "gymnasie-, högskole- och …"
                or (w == "och" and j > i + 1 and doc[j - 1].text == "," and doc[j - 2].text.endswith("-"))  # "-, och"
                or (  # a hyphen left out: "energi och näringsminister Ebba Busch"
                    w == "och"
                    and j > i
                    and j + 2 < limit
                    and looks_like_role(doc[j + 1].text)
                    and is_name_word(doc[j + 2].text)
                )
            ):
                j += 1
            elif (
                w.lower() in {"deras", "hennes", "hans", "dess"}
                or ACRONYM_GENITIVE.match(w)
                or (w.endswith("s") and _lower_word(w) and j == i)
                or (  # "Förbundets ordförande" opening a sentence
                    j == i
                    and w.endswith("s")
                    and doc[j].pos_ == "NOUN"
                    and j + 1 < limit
                    and _lower_word(doc[j + 1].text)
                    and j not in self.index.org_at
                )
            ):
                j += 1
            elif j > i and _digits(doc[j].text) and j + 1 < limit and doc[j + 1].pos_ == "NOUN":
                j += 1  # a number inside the group: "landets 290 kommuner"
            else:
                break
        if j < limit and is_name_word(doc[j].text) and doc[j].text not in SENTENCE_WORDS:
            return self._apposed_holder(SpeakerPhrase(i, self.joint_end(j, limit), "name", name_start=j), limit)
        if j > i and j < limit and doc[j].lower_ in TITLE_COMPLEMENTS:
            # "talesperson för Sverigedemokraterna Oscar Sjöstedt": the title's complement, then the name
            k = j + 1
            while k < limit and k - j <= 5 and (is_name_word(doc[k].text) or doc[k].lower_ in ("i", "och")):
                if k in self.index.person_at and k > j + 1:
                    return self._apposed_holder(SpeakerPhrase(i, self.joint_end(k, limit), "name", name_start=k), limit)
                k += 1
        if j > i:
            # a role or group: nouns and adjectives only, quantifiers dropped
            s = i
            while s < j and doc[s].lower_ in QUANTIFIERS:
                s += 1
            # a role is written without its quantity: "landets 290 kommuner" gives "kommuner"
            s = max([s] + [k + 1 for k in range(s, j) if _digits(doc[k].text)])
            e = s
            while e < j:
                pos = doc[e].pos_ if doc[e].lower_ not in POSSESSIVES else "DET"
                if e > s and doc[e - 1].lower_ in POSSESSIVES:
                    pos = "NOUN"  # a possessive's noun, whatever the tagger says: "säger hennes granne"
                if (
                    pos in {"VERB", "AUX", "ADV", "ADP", "SCONJ", "CCONJ", "PART", "PRON"}
                    and not looks_like_role(doc[e].lower_)
                    and not (article and pos in {"ADV", "PRON", "VERB"})
                ):
                    break
                e += 1
                if not pos and e - s >= 2:
                    break
                if (
                    pos == "NOUN"
                    and "Def" in doc[e - 1].morph.get("Definite")
                    and "Gen" not in doc[e - 1].morph.get("Case")
                ):
                    break  # a definite noun ends its phrase: "betonade ministern vikten av att"
            if e > s:
                return self._apposed_holder(SpeakerPhrase(s, e, "role"), limit)
            if s == j and j - i == 1 and doc[i].lower_ in ("andra", "många", "flera", "några", "alla", "vissa"):
                return SpeakerPhrase(i, j, "role")  # "andra skrev att …": the quantifier is the group
        return None

    def _particle_opening_name(self, i: int, limit: int) -> bool:
        """Is the lower-case word at ``i`` a particle opening a person's surname the article names ("sade de la
        Fuente", "säger de Vries"), not the pronoun "de"?"""
        doc = self.doc
        k = i
        while k < limit and k - i < 3 and doc[k].lower_ in NAME_PARTICLES:
            k += 1
        return (
            i < k < limit
            and k in self.index.person_at
            and doc[k].text[:1].isupper()
            and not (
                k + 1 < limit and doc[k + 1].text.islower() and doc[k].text.endswith("s")
            )  # "de Lindbergs grannar"
        )

    def _apposed_holder(self, ph: SpeakerPhrase, limit: int) -> SpeakerPhrase:
        """A title with its place or organisation, or a person described without a name, then who it is in
        apposition ("Kommunstyrelsens ordförande i Mora, Eva Nilsson (S), skriver", "Kvinnan, Malin Strand, 37,
        berättar", "Kristins pappa, artisten Kjell Kaspersen, säger", "Tillverkaren, hudvårdsföretaget Glowa,
        uppger"): the holder's name; else ``ph``."""
        doc = self.doc
        index = self.index
        j, end = ph.name_start, ph.end
        if ph.kind == "name" and j is not None and doc[end - 1].text.endswith("s") and end < limit:
            # an owner's name inside the title's complement: "Chefen för Anna Björks avdelning, Per Nyström, säger",
            # "Sofias man, fotografen Mattias Bergkvist, säger"
            k = end
            while k < limit and k - end < 3 and doc[k].text[:1].islower() and doc[k].text.isalpha():
                k += 1
            holder = self._apposition(k, limit, organisations=False) if k > end else None
            if holder is not None:
                return holder
        described = (  # no name but a noun the tagger took for one: "Kvinnan", "Tillverkaren" opening a sentence
            ph.kind == "name" and j is not None and j not in index.person_at and j not in index.org_at
        )
        if (
            ph.kind == "name"
            and not described
            and not (j is not None and j > 0 and doc[j - 1].lower_ in ROLE_PREPOSITIONS and j not in index.person_at)
        ):
            return ph
        # the title's workplace and its place: "Unionens klubbordförande på Ericsson i Kista, Fredrik Sjögren"
        while ph.kind in ("role", "name") and end + 1 < limit and doc[end].lower_ in ROLE_PREPOSITIONS:
            k = end + 1
            while k < limit and k - end <= 4 and is_name_word(doc[k].text) and k not in index.person_at:
                k += 1
            if k == end + 1:
                break
            end = k
        if ph.kind in ("name", "role"):
            holder = self._apposition(end, limit, organisations=ph.kind == "role" or described)
            if holder is not None:
                return holder
        if ph.kind == "role" and end < limit and doc[end].lower_ in ROLE_PREPOSITIONS:
            # the title's field, then who holds it: "FN:s särskilda rapportör för mänskliga rättigheter i Myanmar,
            # Julia Hartmann-Okafor, sade", "FN:s hjälporganisation för palestinska flyktingar, UNRWA, varnar"
            k = end + 1
            while k < limit and k - end <= 7 and doc[k].text.isalpha() and doc[k].pos_ not in ("VERB", "AUX"):
                k += 1
            holder = self._apposition(k, limit, organisations=True) if k > end + 1 else None
            if holder is not None:
                return holder
        return ph

    def _apposition(self, k: int, limit: int, organisations: bool) -> SpeakerPhrase | None:
        """The name in apposition after the comma at token ``k``, past up to three lower-case words of a title or
        a kind of organisation before it ("…, Eva Nilsson (S),", "…, artisten Kjell Kaspersen,", "…,
        hudvårdsföretaget Glowa,"): a person's, or with ``organisations`` an organisation's; None otherwise."""
        doc = self.doc
        if k + 1 >= limit or doc[k].text != ",":
            return None
        i = k + 1
        while i < limit and i - k <= 3 and _lower_word(doc[i].text) and doc[i].lower_ not in NP_STOP:
            i += 1
        if i > k + 1:
            last = doc[i - 1].lower_
            if not (looks_like_role(last) or class_noun_type(last) is not None) or doc[i - 1].pos_ not in (
                "NOUN",
                "ADJ",
                "PROPN",
            ):
                return None  # a clause, not a title: "Kvinnan, som bor intill, …"
        if i >= limit or not (i in self.index.person_at or organisations and i in self.index.org_at):
            return None
        end = self.joint_end(i, limit)
        if doc[end - 1].text.endswith("s") and end < limit and _lower_word(doc[end].text):
            return None  # the owner of who is described: "Kvinnan, Malin Strands granne sedan tio år, berättar"
        return SpeakerPhrase(i, end, "name", name_start=i)

    def possessed_role(self, i: int, limit: int) -> SpeakerPhrase | None:
        """'Lucas mamma', 'Anna Bergs advokat', 'Kosovos militärer', 'mitt barn': a name or possessive and the noun
        it owns, kept whole as a role (not a title before a name: 'KD:s gruppledare Lina Sandberg')."""
        doc = self.doc
        if i + 1 >= limit:
            return None
        j = self._genitive_name_end(i, limit)  # a person's full name as the owner: "Anna Bergs (nya) advokat"
        e = j
        while e < limit and e - j < 3 and _lower_word(doc[e].text) and doc[e].lower_ not in NP_STOP:
            if doc[e].pos_ in _NP_BREAK:
                break  # the noun phrase ends; a noun the tagger takes for a verb stays in it ("advokat")
            e += 1
        head = doc[e - 1] if j > i and e > j else None
        if (
            head is not None
            and (looks_like_role(head.text) or head.lemma_.lower() in RELATION_NOUNS or head.lower_ in RELATION_NOUNS)
            and not (e < limit and is_name_word(doc[e].text) and doc[e].text not in SENTENCE_WORDS)
        ):
            return SpeakerPhrase(i, e, "role")  # not "säger Maria Lucas stolt"
        t, nxt = doc[i], doc[i + 1]
        end = i + 2
        if nxt.lower_ in TITLE_TIME_WORDS and end < limit and looks_like_role(doc[end].text):
            nxt, end = doc[end], end + 1  # "Volvos nya vd"
        title = looks_like_role(nxt.text) and nxt.lower_ not in TITLE_TIME_WORDS  # not "sa West tidigare i år"
        owner = t.lower_ in OWN_POSSESSIVES or (
            is_name_word(t.text)
            and (i not in self.index.org_at or title and t.text.endswith("s"))  # "Volvos vd säger": the vd speaks
            and (
                doc.has_annotation("POS")
                and t.pos_ == "PROPN"
                or t.text.endswith("s")
                and title  # "Volvos vd säger", however the tagger reads the two
            )
        )
        if not owner or not _lower_word(nxt.text) or nxt.lower_ in NP_STOP:
            return None
        if doc.has_annotation("POS") and nxt.pos_ != "NOUN" and not title:
            return None  # a title the tagger reads otherwise stays one: "Volvos vd säger"
        if end < limit and is_name_word(doc[end].text) and doc[end].text not in SENTENCE_WORDS:
            return None  # a title before a name
        return SpeakerPhrase(i, end, "role")

    def subject_phrase(self, s_char: int, e_char: int, limit_char: int | None = None) -> SpeakerPhrase | None:
        """The speaker in the noun phrase the parse gives as the reporting verb's subject: a name, a
        pronoun, a role, or a group kept whole with its relative clause or prepositional phrase
        ('de som svarat i undersökningen', 'ledarna i Kosovo'); a partitive is dropped ('Hälften av …')."""
        doc = self.doc
        end = min(self.n, self.tok_at(e_char))
        i = self._skip_space(self.tok_at(s_char))
        for k in range(i + 1, min(i + 4, end)):
            if doc[k].lower_ == "av" and all(
                doc[x].lower_ in PARTITIVES or doc[x].pos_ == "NUM" or _digits(doc[x].text) for x in range(i, k)
            ):
                i = self._skip_space(k + 1)
                if doc[i].lower_ in ("de", "den", "det") and i + 1 < end and _lower_word(doc[i + 1].text):
                    ph = self.parse_after(doc[i + 1].idx, e_char)  # "29 procent av de tillfrågade"
                    if ph is not None and ph.kind == "role" and ph.start == i + 1:
                        return SpeakerPhrase(i, ph.end, "role")
                break
        while (
            i + 1 < end
            and doc[i].pos_ in ("ADV", "DET")
            and doc[i].text[:1].isupper()
            and _lower_word(doc[i + 1].text)
            and i not in self.index.person_at
            and i not in self.index.org_at
            and doc[i].lower_ not in ("de", "dom", "den", "det", "en", "ett")
        ):
            i += 1  # a capitalised adverb or quantifier opening the sentence is no name: "Nästan varannan lärare"
        if i >= end:
            return None
        if doc[i].lower_ in ("de", "dom", "den", "alla") and i + 1 < end and doc[i + 1].lower_ == "som":
            return SpeakerPhrase(i, self._clause_end(i, end), "role")
        source = self.source_phrase(doc[i].idx, e_char)
        if source is not None:
            return source  # a document or an unnamed source: the entity layer looks for who is behind it
        ph = self.parse_after(doc[i].idx, e_char)
        if (
            ph is not None
            and ph.kind == "name"
            and ph.end - ph.start == 1
            and (
                doc[ph.start].pos_ == "NOUN"
                and self.linker.common_noun_here(ph.start)
                or doc[ph.start].lower_ in QUANTIFIERS
            )
            and ph.start not in self.index.person_at
            and ph.start not in self.index.org_at
        ):
            ph = SpeakerPhrase(ph.start, ph.end, "role")  # a common noun opening the sentence: "Ledarna i …"
        if ph is None or ph.kind != "role":
            return ph
        k = ph.end
        if k < end and doc[k].lower_ == "som" and _plural(doc[ph.end - 1]):
            # a group and who they are: "personer som jobbade på Förenta Nationerna"
            return SpeakerPhrase(ph.start, self._clause_end(k, end), "role")
        limit = end if limit_char is None else max(end, min(self.n, self.tok_at(limit_char)))
        k = self._skip_space(k)
        if k + 1 < limit and doc[k].lower_ in GROUP_PREPOSITIONS and _plural(doc[ph.end - 1]):
            # "ledarna i Kosovo", "experter på klimat", "kolleger till mannen"
            e = k + 1
            while (
                e < limit
                and not doc[e].is_punct
                and doc[e].lower_ not in ("som", "att", "också", "även", "nu", "inte")
                and not (doc[e].pos_ in ("VERB", "AUX") and e > k + 1)
            ):
                e += 1
            while e > k + 1 and doc[e - 1].is_space:
                e -= 1
            if e > k + 1:
                return SpeakerPhrase(ph.start, e, "role")
        return ph

    def source_phrase(self, s_char: int, e_char: int | None) -> SpeakerPhrase | None:
        """An 'enligt' source that is unnamed or a document ('uppgifter till TT', 'studien', 'en bulletin
        från X', 'de amerikanska kyrkornas egna utredningar'): the whole phrase, for the entity layer to
        find who is behind it (or nobody)."""
        doc = self.doc
        end = self.n if e_char is None else min(self.n, self.tok_at(e_char))
        i = self._skip_space(self.tok_at(s_char))
        while end > i and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if i >= end or end - i > 10:
            return None
        for k in range(i, end):
            low = doc[k].lower_
            if k > i and (doc[k].pos_ == "ADP" or low in ("som", ",")):
                break
            if is_unnamed_source(low) or is_document(low):
                return SpeakerPhrase(i, end, "role")
        return None

    def _clause_end(self, k: int, end: int) -> int:
        """The end of a relative clause starting at ``k``: the next comma, or ``end``."""
        doc = self.doc
        e = k
        while e < end and doc[e].text != ",":
            e += 1
        while e > k and (doc[e - 1].is_space or doc[e - 1].is_punct):
            e -= 1
        return e

    def joint_end(self, j: int, limit: int) -> int:
        """End of a name at ``j``, extended over 'och <name>' for joint speakers."""
        doc = self.doc
        k = self.name_forward(j, limit)
        if (
            k + 1 < limit
            and doc[k].lower_ == "och"
            and is_name_word(doc[k + 1].text)
            and doc[k + 1].text not in SENTENCE_WORDS
        ):
            k2 = self.name_forward(k + 1, limit)
            org_at = self.index.org_at
            if (self._person_like(k + 1, k2) and self._person_like(j, k)) or (j in org_at and k + 1 in org_at):
                k = k2
        return k

    def titled_name(self, i: int, limit: int) -> SpeakerPhrase | None:
        """'Moderaternas talesperson i skolfrågor, Oskar Lindqvist': a long title, comma, name; also after a
        person's name in the genitive ('Anna Bergs advokat Lars Holm')."""
        doc = self.doc
        j = genitive = self._genitive_name_end(i, limit)
        if j == i:
            j = self._genitive_org_end(i, limit)  # "Volvo Cars vd Jim Rowan", "SVT:s reporter Anna Ek"
        if j == i and self._one_word_owner(i, limit):
            j = i + 1  # "Elias mamma Fatima Nordin", "Lindex vd Susanne Ehnbåge"
        if (
            j == i
            and i + 2 < limit
            and doc[i].text[:1].isupper()
            and doc[i + 1].text.islower()
            and doc[i + 1].text.endswith("s")
            and doc[i + 1].pos_ == "NOUN"
        ):
            j = i + 2  # a name of a capitalised word and a noun, in the genitive: "Vita husets pressekreterare X"
        owned = j > i
        saw_lower = False
        while j < limit and j - i < 9:
            w = doc[j].text
            if self._relation_of(j):
                break
            if (_lower_word(w) or j == i and self._capitalised_modifier(j)) and w.lower() not in {
                "att",
                "som",
                "och",
                "men",
                "när",
                "sig",
                "det",
            }:
                saw_lower = True
                j += 1
            elif w.endswith("-") and w[:1].islower() or w in ("och", "eller", ",") and doc[j - 1].text.endswith("-"):
                j += 1  # a split compound title: "Region Skånes hälso- och sjukvårdsdirektör Peter Holmström"
            elif (
                w == "och"
                and saw_lower
                and j + 1 < limit
                and self._title_or_relation(j - 1)
                and self._title_or_relation(j + 1)
                and doc[j - 1].morph.get("Definite") == doc[j + 1].morph.get("Definite")  # not "advokat och åklagaren"
            ):
                # two titles: "justitieminister och minister för digitala frågor Kadri Tamm"; two relations after
                # an owner: "Per Eks kollega och vän Lisa Holm"
                j += 1
            elif is_name_word(w) and w.endswith("s") and not self._person_like(j, j + 1):
                j += 1
                owned = True
            else:
                break
        if not saw_lower or j >= limit or j == i:
            return None
        if doc[j].text == "," and j + 1 < limit:
            j += 1
        if genitive > i and any(
            doc[x].pos_ in {"ADP", "ADV", "SCONJ"}
            and doc[x].lower_ not in TITLE_TIME_WORDS
            and not looks_like_role(doc[x].text)  # "vd" read as a preposition
            for x in range(genitive, j)
        ):
            return None  # "säger Maria Lucas glad efter matchen med Per Ek": no title between
        if owned and any(
            doc[x].pos_ in {"ADP", "ADV", "SCONJ"}
            and doc[x].lower_ not in TITLE_TIME_WORDS
            and doc[x].lower_ not in TITLE_COMPLEMENTS
            and not looks_like_role(doc[x].text)
            for x in range(i, j)
        ):
            return None  # "säger Malmö FF:s tränare efter matchen mot Anders Berg": a title's complement only
        if j < limit and is_name_word(doc[j].text) and self._person_like(j, j + 1):
            return SpeakerPhrase(i, self.joint_end(j, limit), "name", name_start=j)
        return None

    def _genitive_name_end(self, i: int, limit: int) -> int:
        """After a person's name of two or three words whose last ends in s and is followed by a lower-case word
        that is no preposition, adverb or conjunction ('Anna Bergs advokat', 'Hans Berglunds advokat'), the token
        after it; else ``i``. The parse does not tell 'Bergs' (genitive) from 'Lucas' (a name in s), so the
        callers ask more: a name after the title ('titled_name'), or a title or relation noun ('possessed_role')."""
        doc = self.doc
        k = i
        while k + 1 < limit and k - i < 2 and is_name_word(doc[k + 1].text):
            k += 1
        if (
            k > i
            and k + 1 < limit
            and is_name_word(doc[i].text)
            and doc[k].text.endswith("s")
            and self._person_like(i, k + 1)
            and _lower_word(doc[k + 1].text)
            and (
                doc[k + 1].pos_ not in _NP_BREAK
                or doc[k + 1].lower_ in TITLE_TIME_WORDS
                or looks_like_role(doc[k + 1].text)  # a title the tagger reads otherwise: "vd"
            )
        ):
            return k + 1
        return i

    def _one_word_owner(self, i: int, limit: int) -> bool:
        """A capitalised word in the genitive (in -s, or a name in -x or -z, which takes none) before a title or
        relation noun and a name: "Elias mamma Fatima Nordin", "Annas tränare Kalle Ek", "Voltrix vd Per Holm"."""
        doc = self.doc
        w = doc[i].text
        if not (is_name_word(w) and w.endswith(("s", "x", "z")) and i + 2 < limit) or w in SENTENCE_WORDS:
            return False
        nxt = doc[i + 1]
        return (
            _lower_word(nxt.text)
            and (self._title_or_relation(i + 1) or nxt.lower_ in KIN_NOUNS or nxt.lemma_.lower() in KIN_NOUNS)
            and is_name_word(doc[i + 2].text)
            and doc[i + 2].text not in SENTENCE_WORDS
            and self._person_like(i + 2, i + 3)
        )

    def _title_or_relation(self, k: int) -> bool:
        """A title or a relation one person can hold beside another ('kollega och vän'); not a kinship noun
        ('syster och mamma' are two people)."""
        t = self.doc[k]
        lemma = t.lemma_.lower()
        if lemma in KIN_NOUNS or t.lower_ in KIN_NOUNS:
            return False
        return looks_like_role(t.text) or lemma in RELATION_NOUNS or t.lower_ in RELATION_NOUNS

    def _genitive_org_end(self, i: int, limit: int) -> int:
        """After an organisation's name (of the entity layer) in the genitive before a lower-case word ('Volvo
        Cars vd', 'SVT:s reporter', 'Ericssons nya vd'), the token after it; else ``i``."""
        org_at = self.index.org_at
        doc = self.doc
        key = org_at.get(i)
        k = i
        if key is None and i + 1 < limit and doc[i].pos_ == "NOUN" and doc[i].text[:1].isupper():
            key = org_at.get(i + 1)  # a noun for its kind before the name: "Bussbolaget Dalaexpressens vd"
            k = i + 1
        if key is None:
            return i
        while k < limit and org_at.get(k) == key:
            k += 1
        # "SAS vd"; a name in -x or -z takes no genitive s: "Lindex vd"
        if k < limit and doc[k - 1].text.endswith(("s", "S", "x", "z")) and _lower_word(doc[k].text):
            return k
        # the rest of a region's or a municipality's name in the genitive: "Region Kalmar läns presskommunikatör"
        if k + 1 < limit and doc[k].lower_ in ("läns", "kommuns", "stads") and looks_like_role(doc[k + 1].text):
            return k + 1
        # a name the NER cut in two: "Byggbolaget" + "Ekmans" before "presschef Jonas Berg"
        while (
            k < limit
            and k - i < 4
            and (k in org_at or is_name_word(self.doc[k].text))
            and k not in self.index.person_at
        ):
            k += 1
            if (
                self.doc[k - 1].text.endswith("s")
                and k + 1 < limit
                and _lower_word(self.doc[k].text)
                and looks_like_role(self.doc[k].text)
                and is_name_word(self.doc[k + 1].text)
            ):
                return k
        return i

    def _relation_of(self, j: int) -> bool:
        """'till'/'om' after a relation noun: 'pappan till Ali Hassan' is his father, not Ali Hassan."""
        doc = self.doc
        return j > 0 and doc[j].lower_ in ("till", "om") and doc[j - 1].lemma_.lower() in RELATION_NOUNS

    def _capitalised_title(self, j: int) -> bool:
        """A title opening a sentence, capitalised, before its complement or a second title: "Vd:n för Ica
        Sverige, Anna Björk, säger", "Läkaren och stressforskaren Åsa Holm berättar" (not a name, nor an
        organisation or person the entity layer has there)."""
        doc = self.doc
        return (
            j not in self.index.person_at
            and j not in self.index.org_at
            and opens_sentence(doc, j)
            and j + 1 < self.n
            and (
                doc[j + 1].lower_ in ROLE_PREPOSITIONS
                or doc[j + 1].lower_ == "och"
                and j + 2 < self.n
                and _lower_word(doc[j + 2].text)
                and looks_like_role(doc[j + 2].text)
            )
            and looks_like_role(doc[j].text.lower())
        )

    def _capitalised_modifier(self, j: int) -> bool:
        """A capitalised adjective or adverb opening a sentence before a title (a role word), read
        as the lower-case word it is: 'Nuvarande generaldirektör Maria Lindqvist', 'Tidigare statsminister X'."""
        t = self.doc[j]
        if t.pos_ not in {"ADJ", "ADV"} or j in self.index.person_at or j in self.index.org_at:
            return False
        if not t.text[:1].isupper() or not t.text.isalpha() or j + 1 >= self.n:
            return False
        if not (_lower_word(self.doc[j + 1].text) and looks_like_role(self.doc[j + 1].text)):
            return False  # 'Allt detta understryker', 'Drygt hälften av'
        return t.is_sent_start or opens_sentence(self.doc, j)

    def _person_like(self, s: int, e: int) -> bool:
        if any(k in self.index.person_at for k in range(s, e)):
            return True
        return _gender.is_first_name(self.doc[s].text)

    def parse_before(self, char: int, floor_char: int) -> SpeakerPhrase | None:
        doc = self.doc
        floor = self.tok_at(floor_char)
        i = self._skip_space(self.tok_before(char), -1)
        while i >= floor and doc[i].lower_ in SKIP_BACKWARD:
            i = self._skip_space(i - 1, -1)
        if i < floor or i < 0:
            return None
        t = doc[i].text
        if t.lower() in PRONOUNS:
            return SpeakerPhrase(i, i + 1, "pronoun")
        if t == ",":
            # apposition: "Petra Ahlgren, ordförande för ..., menar"
            k = i - 1
            while k >= floor and k > i - 20 and doc[k].text != ",":
                k -= 1
            if k >= floor and doc[k].text == ",":
                before = self.parse_before(doc[k].idx, floor_char)
                named = self._named_in_apposition(k, i)
                if named is not None and (before is None or before.kind != "name"):
                    return named  # "Mannens försvarare, advokat Mikael Sundström, säger": who the role is
                return before
            return None
        if is_name_word(t) and i not in self.index.person_at and i not in self.index.org_at:
            rel = self.relative_head(i, floor)
            if rel is not None:
                return rel
        if is_name_word(t):
            s = i
            while (
                s - 1 >= floor
                and (is_name_word(doc[s - 1].text) or doc[s - 1].text in NAME_PARTICLES)
                and doc[s - 1].text not in SENTENCE_WORDS
                and i - s < 4
            ):
                s -= 1
            if doc[s].text in SENTENCE_WORDS:
                s += 1
            if s > i:
                return None
            # joint "A och B"
            if s - 2 >= floor and doc[s - 1].lower_ == "och" and is_name_word(doc[s - 2].text):
                s2 = s - 2
                while (
                    s2 - 1 >= floor
                    and is_name_word(doc[s2 - 1].text)
                    and doc[s2 - 1].text not in SENTENCE_WORDS
                    and s - s2 < 4
                ):
                    s2 -= 1
                if doc[s2].text not in SENTENCE_WORDS:
                    s = s2
            name_start = s
            # a title before: "klimatforskaren Emil Strand"
            while s - 1 >= floor and _lower_word(doc[s - 1].text) and ROLE_SUFFIX.search(doc[s - 1].lower_):
                s -= 1
            return SpeakerPhrase(s, i + 1, "name", name_start=name_start)
        rel = self.relative_head(i, floor)
        if rel is not None:
            return rel
        if (
            _lower_word(t)
            and t not in NP_STOP
            and (
                looks_like_role(t) or doc[i].pos_ not in {"VERB", "AUX", "ADV", "ADP", "PRON", "SCONJ", "CCONJ", "ADJ"}
            )
        ):
            s = i
            while (
                s - 1 >= floor
                and _lower_word(doc[s - 1].text)
                and doc[s - 1].lower_ not in NP_STOP
                and doc[s - 1].pos_ in {"ADJ", "NOUN", "DET", "NUM", "PROPN", ""}
                and i - s < 3
            ):
                s -= 1
            while s <= i and doc[s].lower_ in QUANTIFIERS:
                s += 1
            if s <= i:
                return SpeakerPhrase(s, i + 1, "role")
        return None

    def _named_in_apposition(self, k: int, i: int) -> SpeakerPhrase | None:
        """The person named between the commas at ``k`` and ``i``, with the title words before the name
        ("advokat Mikael Sundström"); None where the apposition names nobody or more than a title and a name."""
        doc, person_at = self.doc, self.index.person_at
        j = k + 1
        while j < i and j not in person_at and _lower_word(doc[j].text) and looks_like_role(doc[j].text) and j - k <= 3:
            j += 1  # title words only: not "anhängare, inklusive premiärminister Zoran Zaev, hävdar" (a group)
        if j >= i or j not in person_at:
            return None
        e = j
        while e < i and person_at.get(e) == person_at[j]:
            e += 1
        if e != i:
            return None
        return SpeakerPhrase(k + 1, e, "name", name_start=j)

    def relative_head(self, i: int, floor: int) -> SpeakerPhrase | None:
        """'Lena Sjöberg som leder bygget menar att': the subject is the head before 'som'.
        A common-noun head keeps its relative clause: 'boende som bor nära X'."""
        doc = self.doc
        k = i - 1
        while k > floor and k > i - 8:
            w = doc[k]
            if w.is_punct or w.is_space:
                return None
            if w.lower_ == "som":
                h = k - 1
                while h >= floor and doc[h].is_space:
                    h -= 1
                if h < floor:
                    return None
                proper = (
                    h in self.index.person_at
                    or h in self.index.org_at
                    or (
                        is_name_word(doc[h].text)
                        and (doc[h].pos_ in {"PROPN", ""} or _gender.is_first_name(doc[h].text))
                        and doc[h].lower_ not in COMMON_HEADS
                    )
                )
                if proper:
                    s = h
                    while (
                        s - 1 >= floor
                        and (is_name_word(doc[s - 1].text) or doc[s - 1].text in NAME_PARTICLES)
                        and doc[s - 1].text not in SENTENCE_WORDS
                        and h - s < 3
                    ):
                        s -= 1
                    if doc[s].text in SENTENCE_WORDS and s < h:
                        s += 1
                    if doc[s].text in SENTENCE_WORDS:
                        return None
                    return SpeakerPhrase(s, h + 1, "name", name_start=s)
                if (
                    _lower_word(doc[h].text)
                    and doc[h].lower_ not in NP_STOP
                    and doc[h].pos_ in {"NOUN", ""}
                    or (doc[h].text[:1].isupper() and doc[h].lower_ not in PRONOUNS and doc[h].pos_ == "NOUN")
                ):
                    return SpeakerPhrase(h, i + 1, "role")
                return None
            k -= 1
        return None

    # --- resolution (the entity layer's Linker) -------------------------------------------
    def resolve(self, ph: SpeakerPhrase | None) -> Resolved:
        if ph is None:
            return self.linker.unresolved()
        return self.linker.phrase(ph.start, ph.end, ph.kind, ph.name_start)
