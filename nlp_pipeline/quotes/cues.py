"""Cue verbs of reported speech, found in the parse by lemma (and by written form where there is no parse).

One vectorised look-up over the Doc's ``LOWER`` and ``LEMMA`` arrays finds the tokens whose lemma
or form is in the lexicon of :mod:`nlp_pipeline.lang.speech`; only those tokens are looked at in
Python. For each, :func:`find_cues` says where its reported content starts and in which word order:

* ``att``: ``X säger att …``, ``Nu uppger bolaget för TT att …``, ``X pekar på att …``,
  ``X lyfter bland annat fram att …``, ``X utesluter inte att …``;
* ``question``: ``X berättar om hur …``, ``X förklarar varför …``;
* ``bare``: a clause without ``att`` after a stance verb: ``Flera tycker det är bra``;
* ``inside``: the verb and its subject inside the clause they report: ``Förseningen tror de beror på …``;
* ``tail``: the attribution after the clause: ``…, skriver X.``

and whether it is a statement at all: a wish or plan (``hoppas``, ``vill``), a hypothetical (``kan
säga``, ``det vill säga``, ``En del kanske tycker``), an opinion of nobody in particular (``Många
tror``), an agentless passive (``uppges``, ``bedöms``) or the author's own voice (``Jag tycker``)
is rejected, with the reason. The quote rules (``detect.py``) decide what becomes a quote.
"""

from __future__ import annotations

import bisect
import dataclasses

import numpy as np
from spacy.attrs import IS_SPACE, LEMMA, LOWER, MORPH, POS
from spacy.strings import hash_string
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc

from ..entities.linking import looks_like_role
from ..lang.orgs import ORG_SUFFIX
from ..lang.roles import ROLE_SUFFIX, is_person_title
from ..lang.speech import (
    BARE_CLAUSE_LEMMAS,
    GENERIC_SUBJECTS,
    HYPOTHETICAL_AUX,
    NEEDS_PREPOSITION,
    ONLY_WITH_PREPOSITION,
    QUESTION_LEMMAS,
    QUESTION_WORDS,
    REPORT_FORMS,
    REPORT_LEMMAS,
    REPORT_PARTICLES,
    REPORT_PREPOSITIONS,
    REPORTIVE_AUX,
    SPEECH_ACT_LEMMAS,
    STATISTIC_NOUNS,
)
from ..lang.words import MID_PREPOSITIONS

_BREAK_HASHES = np.array(sorted({hash_string(p) for p in (".", "!", "?", "…", ":")}), dtype=np.uint64)
_FORM_HASHES = np.array(sorted({hash_string(f) for f in REPORT_FORMS}), dtype=np.uint64)
_LEMMA_HASHES = np.array(sorted({hash_string(lemma) for lemma in REPORT_LEMMAS}), dtype=np.uint64)

# how far the words between the verb and its "att" may run (subject, adverbs, a channel phrase)
MAX_MID_TOKENS = 14
_STOP_PUNCT = {".", "!", "?", ":", ";", "”", '"', "»", "«", "“", "„", "–", "—", "…", "(", ")"}
_NOMINAL = {"NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM"}
_FIRST_PERSON = {"jag", "vi"}
_HAVE = {"ha", "har", "hade", "haft"}
_SKIP_ADVERBS = {"också", "även", "nog", "ju", "väl", "själv", "själva", "fortfarande", "då", "nu", "dock", "sedan"}
# pronouns that can be a speaker after the verb ("tror de", "säger hon")
_SPEAKER_PRONOUNS = {"han", "hon", "hen", "de", "dom", "vi", "jag", "den", "man"}
# words between 'som' and the verb of an as-clause: "som inte minst X har påpekat"
_AS_ADVERBS = {
    "inte",
    "minst",
    "också",
    "även",
    "har",
    "hade",
    "tidigare",
    "redan",
    "själv",
    "själva",
    "ju",
    "flera",
    "gånger",
}
# prepositions that make "att" a subordinator ("efter att", "för att"), unless the verb takes them
_SUBORDINATING = {"efter", "för", "utan", "genom", "trots", "innan", "sedan", "medan", "förutom", "i stället"}
# prepositions that may stand between the verb and "att": a channel, a source, an addressee
# where and when, between the verb and "att": "berättade efter sändningen att", "sa före mötet att"
_MID_PREPOSITIONS = MID_PREPOSITIONS | {"bland", "enligt", "från", "av", "efter", "före"}
_RELATIVE = {"som", "vilka", "vilken", "vilket"}
_NOT_TAIL_SUBJECT = {"att", "det", "sig", "om", "inte", "för", "den", "så", "jag", "vi", "du", "ni", "man", "detta"}


# quotation marks around a title between a verb and its content
TITLE_MARKS = frozenset({"”", "“", '"', "»", "«", "„"})


@dataclasses.dataclass
class Cue:
    tok: int  # token index of the verb
    start: int  # characters of the verb as written
    end: int
    lemma: str  # "säga", "peka på", "lyfta fram"
    kind: str  # "att" | "question" | "bare" | "inside" | "tail" | "none"
    content: int | None = None  # character where the reported content starts
    content_end: int | None = None  # where it ends, when it comes before the verb ("…, något som X påpekat")
    mid_end: int | None = None  # end of the words between the verb and its content (a V2 subject is there)
    subject: tuple[int, int] | None = None  # characters of the verb's subject, when the parse gives one
    reject: str | None = None  # why this is not a statement
    speaker: tuple[int, int] | None = None  # characters of the noun phrase the parse gives as the verb's subject

    @property
    def text_end(self) -> int:
        return self.end


def _is_finite(t) -> bool:
    if t.pos_ not in ("VERB", "AUX"):
        return False
    forms = t.morph.get("VerbForm")
    return not forms or "Fin" in forms


def _is_verb(t) -> bool:
    return t.pos_ in ("VERB", "AUX")


def _passive(t, lemma: str) -> bool:
    low = t.lower_
    if low in REPORT_FORMS:
        return False
    return "Pass" in t.morph.get("Voice") or (low.endswith("s") and not lemma.endswith("s"))


# what a participle that is no report is written after: a copula ('är tänkt att'), or a determiner or
# 'som' before it as an adjective ('har som uttalat mål', 'det uttalade målet')
_COPULAS = frozenset({"är", "var", "blir", "blev", "vara", "varit", "vore", "bli", "blivit"})
_ATTRIBUTIVE_BEFORE = frozenset({"som", "ett", "en", "det", "den", "de", "sitt", "sin", "sina", "vårt", "vår"})


def _participle_not_speech(doc: Doc, i: int) -> bool:
    """A participle of a reporting verb that reports nothing: an adjective before its noun ('som uttalat
    mål att'), or an agentless passive after a copula ('Resursen är tänkt att fungera', convention 2)."""
    t = doc[i]
    part = t.pos_ == "ADJ" or "Part" in t.morph.get("VerbForm")
    k = i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    before = doc[k].lower_ if k >= 0 else ""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    # not a finite verb ('De uppmanar skolan att'), nor after a noun ('uppmanade utrikesminister X att')
    if (
        nxt is not None
        and nxt.pos_ == "NOUN"
        and before in _ATTRIBUTIVE_BEFORE
        and (part or "Sup" in t.morph.get("VerbForm"))
    ):
        return True
    if part and before in _COPULAS:
        return not any(doc[j].lower_ == "av" for j in range(i + 1, min(i + 4, len(doc))))
    return False


def _after_preposition(doc: Doc, k: int) -> bool:
    """Does the word at ``k`` (or the capitalised word before it) follow a preposition: "i Region Dalarna"?"""
    j = k - 1
    if j > 0 and doc[j].text[:1].isupper() and doc[j].pos_ in ("PROPN", "NOUN"):
        j -= 1
    # a preposition of place or belonging, whatever the tagger reads a title as ("Live Nations vd Ulrika Sjöberg")
    return j >= 0 and doc[j].lower_ in ("i", "på", "vid", "hos", "från", "inom", "för", "av", "med")


def _subject_token(doc: Doc, i: int):
    """The nominal subject of the verb at ``i`` (or of the verb it is coordinated with)."""
    t = doc[i]
    for _ in range(3):
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if not subjects:  # "X har … svarat": the parse may hang the subject on the auxiliary
            subjects = [g for c in t.children if c.dep_ == "aux" for g in c.children if g.dep_ == "nsubj"]
        if len(subjects) > 1:
            # a parse may give a verb two; not an object at the end of the other's relative clause: "En man som
            # kan ha sett gärningsmannen säger …"
            ends = {max(x.i for x in c.subtree) for s in subjects for c in s.children if c.dep_ == "acl:relcl"}
            subjects = [s for s in subjects if s.i - 1 not in ends] or subjects
            # nor a name after a preposition: "Regionrådet Karin Åström (S) i Region Dalarna säger"
            subjects = [s for s in subjects if not _after_preposition(doc, s.i)] or subjects
            # a name before the verb, not a common noun after it the parse also took for one: "Karin Wennerberg (S)
            # kallar förslaget ”…” och säger att"
            named = [  # opening the clause, not inside a fronted phrase ("I ett pressmeddelande från Live Nation")
                s
                for s in subjects
                if s.i < t.i
                and s.pos_ == "PROPN"
                and s.left_edge.i == s.sent.start
                and not _after_preposition(doc, s.i)
            ]
            after = [s for s in subjects if s.i > t.i]
            if len(named) == 1 and after and all(s.pos_ == "NOUN" for s in after):
                subjects = named
        if subjects:
            s = min(subjects, key=lambda c: abs(c.i - i))  # the nearest
            own = [c for c in s.children if c.lower_ == "vars" and c.i >= 2 and doc[c.i - 1].text == ","]
            if own:  # a relative clause the parse took for the main one: "Johanna Eriksson, vars dotter spelar, tycker"
                ant = doc[own[0].i - 2]
                while ant.dep_ in ("flat:name", "flat") and ant.head.i < ant.i:
                    ant = ant.head
                return ant
            return s
        if t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
            t = t.head
        else:
            break
    return None


def _after_modal(doc: Doc, i: int) -> bool:
    """'kan inte utesluta': the infinitive after a modal of a named subject, not after 'att'."""
    k = i - 1
    while k >= 0 and (doc[k].is_space or doc[k].lower_ in ("inte", "heller", "helt", "längre")):
        k -= 1
    return k >= 0 and doc[k].lower_ in ("kan", "kunde", "vill", "ville")


def _hypothetical(doc: Doc, i: int, floor: int) -> bool:
    """A modal before the verb: 'kan säga', 'det vill säga', 'kanske tycker'; 'ska ha sagt' reports."""
    k = i - 1
    saw_have = False
    while k >= floor and i - k <= 5:
        t = doc[k]
        low = t.lower_
        if t.is_punct or low in ("att", "som", "och", "men", "eller", "om", "när", "där", "eftersom"):
            return False
        if low in _HAVE:
            saw_have = True
        elif low in HYPOTHETICAL_AUX and not k < t.head.i < i:
            # not the modal of a predicate between it and the verb: "En kvinna som vill vara anonym säger"
            return not (saw_have and low in REPORTIVE_AUX)
        k -= 1
    return False


class _Finder:
    def __init__(self, doc: Doc, lower: np.ndarray, space: np.ndarray):
        self.doc = doc
        self.n = len(doc)
        self.has_pos = doc.has_annotation("POS")
        self.has_dep = doc.has_annotation("DEP")
        # where sentences and lines break, found once for the document: end punctuation, line breaks
        breaks = set(np.nonzero(_member(lower, _BREAK_HASHES))[0].tolist())
        breaks.update(k for k in np.nonzero(space)[0].tolist() if "\n" in doc[k].text)
        self.breaks = sorted(breaks)

    def sentence_floor(self, i: int) -> int:
        """The first token of the sentence (or line) holding token ``i``, at most 40 tokens back."""
        k = bisect.bisect_left(self.breaks, i) - 1
        floor = self.breaks[k] + 1 if k >= 0 else 0
        return max(floor, i - 39, 0)

    def yesterday(self, j: int) -> bool:
        """'i går' (yesterday) is not the verb 'går'."""
        doc = self.doc
        return doc[j].lower_ == "går" and j > 0 and doc[j - 1].lower_ == "i"

    def lemma_of(self, t) -> str | None:
        if self.yesterday(t.i):
            return None
        lemma = t.lemma_
        if lemma in REPORT_LEMMAS and (not self.has_pos or t.pos_ in ("VERB", "AUX") or t.lower_ in REPORT_FORMS):
            return lemma
        return REPORT_FORMS.get(t.lower_)

    def cue(self, i: int) -> Cue | None:
        doc = self.doc
        t = doc[i]
        lemma = self.lemma_of(t)
        if lemma is None:
            return None
        if self.has_pos and t.pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PUNCT", "NUM", "PROPN"):
            return None
        cue = Cue(i, t.idx, t.idx + len(t.text), lemma, "none")
        floor = self.sentence_floor(i)
        if "Inf" in t.morph.get("VerbForm") and not (lemma == "utesluta" and _after_modal(doc, i)):
            cue.reject = "infinitive"  # "att beskriva hur", "går inte att utesluta": no one is saying it
        elif _passive(t, lemma):
            cue.reject = "passive"
        elif self.has_pos and _participle_not_speech(doc, i):
            cue.reject = "participle"
        elif "Imp" in t.morph.get("Mood") and not any(c.dep_.startswith("nsubj") for c in t.children):
            cue.reject = "imperative"  # "Tänk dig att …", "Skriv ner detaljerna så att …": an instruction
        elif lemma != "utesluta" and _hypothetical(doc, i, floor):
            cue.reject = "hypothetical"
        self.content(cue, floor)
        if cue.kind == "none" and self.has_pos:
            self.as_which(cue, floor)
        if cue.kind == "none":
            self.tail(cue, floor)
        if cue.reject is None and cue.kind != "tail":
            self.subject_checks(cue, floor)
        return cue

    def content(self, cue: Cue, floor: int) -> None:
        """Where the reported content starts: the scan from the verb to 'att' (or 'hur', or a bare clause)."""
        doc = self.doc
        i = cue.tok
        lemma = cue.lemma
        preps = REPORT_PREPOSITIONS.get(lemma, ())
        prep_words = {w for p in preps for w in p.split()}
        seen: list[str] = []
        in_rel = False
        last_mid = i
        j = i + 1
        while j < self.n and j - i <= MAX_MID_TOKENS:
            w = doc[j]
            low = w.lower_
            if w.is_space:
                if "\n" in w.text:
                    break
                j += 1
                continue
            if low == "att":
                if seen and seen[-1] in _SUBORDINATING and seen[-1] not in prep_words:
                    return  # "sa hon efter att ...", "för att": a subordinate clause, not the content
                if self.preposition_ok(lemma, preps, seen):
                    cue.kind, cue.content = "att", w.idx + len(w.text)
                    cue.mid_end = doc[last_mid].idx + len(doc[last_mid].text) if last_mid > i else cue.end
                    self.particle(cue, seen, prep_words)
                return
            if (
                low in QUESTION_WORDS
                and lemma in QUESTION_LEMMAS
                and (not seen or seen[-1] in prep_words or seen[-1] == "om")
                and self.preposition_ok(lemma, preps, seen, question=True)
                and not any(doc[k].dep_ == "obj" for k in range(i + 1, j))
            ):
                cue.kind, cue.content = "question", w.idx
                cue.mid_end = doc[last_mid].idx + len(doc[last_mid].text) if last_mid > i else cue.end
                return
            if w.text in TITLE_MARKS:
                j += 1  # a title in quotation marks: "säger i SVT:s ”Agenda” att …"
                continue
            if w.text in _STOP_PUNCT or (w.is_punct and w.text not in (",", "&")):
                break  # ("&" in a name: "i podden ”Jojje & Vänner” att")
            # a title the tagger took for a preposition or a verb ("säger vd Anna Ek att", "säger Handelsbankens
            # analytiker Anna Ek att") is part of the subject after the verb
            titled = is_person_title(w.text)
            if low == "som":
                in_rel = True
            elif w.text == ",":
                pass
            elif low in ("och", "men", "eller", "samt"):
                nxt = doc[j + 1] if j + 1 < self.n else None
                if in_rel or nxt is None or not (nxt.text[:1].isupper() and nxt.text[:1].isalpha()):
                    break  # a new clause, not a joint subject "X och Y"
            elif self.has_pos and _is_verb(w) and low not in prep_words and not self.yesterday(j) and not titled:
                if not in_rel:
                    break
            elif (
                not in_rel
                and (w.pos_ == "ADP" and not titled or low in _SUBORDINATING)
                and low not in prep_words
                and low not in _MID_PREPOSITIONS
                and not (low == "med" and any(x in _MID_PREPOSITIONS for x in seen[-3:]))
            ):
                break  # "konstaterar med ispiken att": not a channel or a source
            elif not self.has_pos and low in REPORT_FORMS:
                break
            seen.append(low)
            last_mid = j
            j += 1
        if lemma in BARE_CLAUSE_LEMMAS and self.has_pos:
            self.bare_clause(cue, floor)

    def preposition_ok(self, lemma: str, preps: tuple[str, ...], seen: list[str], question: bool = False) -> bool:
        if not preps:
            return not (lemma in NEEDS_PREPOSITION or lemma in ONLY_WITH_PREPOSITION)
        for p in preps:
            words = p.split()
            # the preposition right before 'att' ("pekar på att"), a particle anywhere ("lyfter bland annat fram att")
            if seen[-len(words) :] == words:
                return True
            if len(words) == 1 and words[0] in REPORT_PARTICLES and words[0] in seen and not question:
                return True
        return not (lemma in NEEDS_PREPOSITION or lemma in ONLY_WITH_PREPOSITION)

    def particle(self, cue: Cue, seen: list[str], prep_words: set[str]) -> None:
        """A particle verb names its cue with the particle: 'lyfter fram', 'går ut med'."""
        for p in REPORT_PREPOSITIONS.get(cue.lemma, ()):
            words = p.split()
            if words[0] in REPORT_PARTICLES and words[0] in seen:
                cue.lemma = f"{cue.lemma} {words[0]}"
                return

    def bare_clause(self, cue: Cue, floor: int) -> None:
        """'tycker det är bra', 'tror han det blir sent'; 'Förseningen tror de beror på vädret'."""
        doc = self.doc
        i = cue.tok
        j = i + 1
        groups: list[list[int]] = []  # noun phrases between the verb and the clause's finite verb
        prev_nominal = False
        while j < self.n and j - i <= 7:
            w = doc[j]
            if w.is_space or w.lower_ in _SKIP_ADVERBS:
                j += 1
                prev_nominal = False
                continue
            if w.is_punct or w.lower_ == "som":
                return
            if _is_finite(w) and not self.yesterday(j):
                break
            if w.pos_ not in _NOMINAL:
                return
            possessive = w.pos_ == "PRON" and "Yes" in w.morph.get("Poss")
            if w.pos_ == "PRON" and not possessive or not prev_nominal:
                groups.append([j])
            else:
                groups[-1].append(j)
            prev_nominal = w.pos_ != "PRON" or possessive
            j += 1
        else:
            return
        if j >= self.n or not groups or len(groups) > 2:
            return
        first_word = floor
        while first_word < i and doc[first_word].is_space:
            first_word += 1
        before = [k for k in range(first_word, i) if not doc[k].is_space]
        g0 = groups[0]
        if (
            len(groups) == 1
            and len(g0) == 1
            and doc[g0[0]].lower_ in _SPEAKER_PRONOUNS
            and before
            and self.clause_start(before)
        ):
            # the verb and its subject inside the reported clause: the clause is the content
            s = g0[0]
            cue.kind = "inside"
            cue.content = doc[first_word].idx
            cue.subject = (doc[s].idx, doc[s].idx + len(doc[s].text))
            return
        if len(groups) == 2:
            # V2: the speaker after the verb, then the clause's subject
            cue.subject = (doc[g0[0]].idx, doc[g0[-1]].idx + len(doc[g0[-1]].text))
            k = groups[1][0]
        else:
            k = g0[0]
        cue.kind, cue.content = "bare", doc[k].idx
        cue.mid_end = doc[k - 1].idx + len(doc[k - 1].text)

    def clause_start(self, before: list[int]) -> bool:
        """The words before the verb are a noun phrase naming a thing (the reported clause's subject),
        not an adverbial or someone who speaks."""
        doc = self.doc
        if len(before) > 5:
            return False
        head = doc[before[-1]]
        return (
            head.pos_ == "NOUN"
            and not looks_like_role(head.lower_)
            and not ORG_SUFFIX.search(head.lower_)
            and not any(doc[k].pos_ in ("ADP", "VERB", "AUX", "PRON") for k in before)
        )

    def as_which(self, cue: Cue, floor: int) -> None:
        """'Som X påpekar, krävs det mer …' (the clause after) and '…, något som X har belyst' /
        '…, vilket X bekräftar' (the clause before): the verb in a 'som'-clause about the statement."""
        doc = self.doc
        i = cue.tok
        k = i - 1
        subject: list[int] = []
        while k >= floor and i - k <= 9:
            w = doc[k]
            low = w.lower_
            if w.is_space or low in _AS_ADVERBS:
                k -= 1
                continue
            if low in ("som", "vilket") and subject:
                break
            if w.pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM") and low not in ("som", "vilket"):
                subject.append(k)
                k -= 1
                continue
            return
        else:
            return
        if k < floor or not subject:
            return
        rel = doc[k]
        before = k - 1
        while before >= floor and doc[before].is_space:
            before -= 1
        span = (doc[min(subject)].idx, doc[max(subject)].idx + len(doc[max(subject)].text))
        if rel.lower_ == "som" and (before < floor or doc[before].lower_ in ("men", "och", "precis", "just", "så")):
            # 'Som X påpekar, …': the clause after the comma
            j = i + 1
            while j < self.n and j - i <= 6 and doc[j].text != ",":
                if doc[j].is_punct or _is_finite(doc[j]) and not self.yesterday(j):
                    return
                j += 1
            if j < self.n and doc[j].text == "," and j + 1 < self.n:
                cue.kind, cue.content, cue.subject = "as", doc[j + 1].idx, span
            return
        lead = before
        if rel.lower_ == "som" and before >= floor and doc[before].lower_ in ("något", "det"):
            lead = before - 1
        while lead >= floor and doc[lead].is_space:
            lead -= 1
        if lead > floor and doc[lead].text == ",":
            nxt = i + 1
            while nxt < self.n and (doc[nxt].is_space or doc[nxt].lower_ in _AS_ADVERBS or doc[nxt].pos_ == "ADP"):
                nxt += 1
            if nxt < self.n and doc[nxt].text in (".", "!", "?", "…"):
                cue.kind, cue.content, cue.content_end, cue.subject = "which", doc[floor].idx, doc[lead].idx, span

    def _closes_own_subject(self, i: int, j: int, k: int, floor: int) -> bool:
        """Does the comma at ``k`` before the verb at ``i`` only close the verb's own subject with its apposition
        or relative clause, an object after the verb at ``j``: "Flera ledare, däribland Italiens regeringschef,
        krävde skärpta regler", "Karin Hellsten, som följt valet, beskriver stämningen som spänd" (no ", VERB X."
        attribution)? The subject is a person, an organisation or a role ("Volvos vd, Jim Rowan, bekräftar
        nedskärningarna"), or what follows the verb is no one speaking ("Facket, tillsammans med arbetsgivarna,
        kräver en ny lag"); but "Mer pengar till skolan, kräver oppositionen." is a statement without a verb, a
        definite noun (or the parse's subject) speaking last."""
        doc = self.doc
        subject = next((c for c in doc[i].children if c.dep_ == "nsubj" and c.i < k), None) if self.has_dep else None
        if subject is None or doc[k].text != "," or not doc[j].text.islower():
            return False  # a name after the verb speaks
        if any(
            doc[x].pos_ in ("VERB", "AUX") and not any(a.dep_ == "acl:relcl" for a in (doc[x], *doc[x].ancestors))
            for x in range(max(floor, doc[k].sent.start), k)
        ):
            return False  # a clause of its own before the comma
        speaker_last = any(c.dep_ == "nsubj" and c.i > i for c in doc[i].children) or (
            doc[j].pos_ == "NOUN" and "Def" in doc[j].morph.get("Definite") and (j + 1 >= self.n or doc[j + 1].is_punct)
        )
        return (
            any(doc[x].ent_type_ in ("PER", "ORG") for x in range(subject.left_edge.i, k))
            or ROLE_SUFFIX.search(subject.lower_) is not None
            or not speaker_last
        )

    def tail(self, cue: Cue, floor: int) -> None:
        """', skriver X.' / '? säger experter': the attribution after the clause it reports."""
        doc = self.doc
        i = cue.tok
        k = i - 1
        while k >= floor and doc[k].is_space:
            k -= 1
        if k <= floor or doc[k].text not in (",", "?", "!"):
            return
        j = i + 1
        while j < self.n and (doc[j].is_space or doc[j].lower_ in _SKIP_ADVERBS):
            if doc[j].is_space and "\n" in doc[j].text:
                return
            j += 1
        if j >= self.n:
            return
        if self._closes_own_subject(i, j, k, floor):
            return
        w = doc[j]
        low = w.lower_
        determiner = (  # "…, uppger den sydkoreanska generalstaben", "…, säger den ryske presidenten"
            low == "den"
            and self.has_dep
            and w.head.i > j
            and w.head.dep_ in ("nsubj", "obj")  # the parse may take the noun after the verb for its object
            and w.head.head.i == i
            and (
                w.head.i + 1 >= self.n
                or doc[w.head.i + 1].text in (".", ",", "!", "?", "\n")
                or doc[w.head.i + 1].is_space
            )
        )
        if low in _NOT_TAIL_SUBJECT and not determiner:
            return
        if self.has_pos and not determiner:
            if (
                w.pos_ not in _NOMINAL
                or w.pos_ == "PRON"
                and low not in _SPEAKER_PRONOUNS
                and "Yes" not in w.morph.get("Poss")
            ):
                return
        elif not (w.text[:1].isupper() or low in _SPEAKER_PRONOUNS):
            return
        cue.kind = "tail"
        cue.subject = (w.idx, w.idx + len(w.text))

    def subject_checks(self, cue: Cue, floor: int) -> None:
        """Reject the opinion of nobody in particular ('Många tror att') and the author's own voice ('Jag tycker')."""
        doc = self.doc
        i = cue.tok
        subj = _subject_token(doc, i) if self.has_dep else None
        if subj is not None and not (floor <= subj.i < i or subj.i > i):
            subj = None
        if subj is None and cue.kind in ("att", "question") and cue.mid_end is not None and cue.mid_end > cue.end:
            # "sade personer som jobbade på FN, att": a V2 subject the parse did not mark
            j = i + 1
            while j < self.n and (doc[j].is_space or doc[j].lower_ in _SKIP_ADVERBS):
                j += 1
            if j < self.n and doc[j].pos_ in ("NOUN", "PROPN", "DET", "ADJ", "NUM") and doc[j].idx < cue.mid_end:
                cue.speaker = (doc[j].idx, cue.mid_end)
        if subj is None:
            k = i - 1
            while k >= floor and (doc[k].is_space or doc[k].lower_ in ("också", "även", "inte", "nu", "ju", "kanske")):
                k -= 1
            if k >= floor:
                subj = doc[k]
        if subj is None:
            return
        low = subj.lower_
        nominal = self.has_dep and subj.dep_.startswith("nsubj")
        if nominal:
            cue.speaker = self.subject_span(subj, cue, floor)
        if subj.i < i and cue.subject is None and nominal:
            s = min(subj.left_edge.i, subj.i)
            if s >= floor:
                cue.subject = (doc[s].idx, subj.idx + len(subj.text))
        first = doc[min(subj.left_edge.i, subj.i)] if self.has_dep and subj.left_edge.i >= floor else subj
        if low in _FIRST_PERSON or first.lower_ in _FIRST_PERSON and subj.i < i:
            cue.reject = "first-person"
        elif (
            low in _RELATIVE
            and self.has_dep
            and doc[i].dep_ == "acl:relcl"
            and any(t.lower_ in STATISTIC_NOUNS for t in doc[doc[i].head.left_edge.i : doc[i].head.i])
        ):
            cue.reject = "generic"  # a survey's share: "Andelen flickor som uppger att de har besvär har ökat"
        elif (
            low in GENERIC_SUBJECTS
            and not any(c.pos_ in ("NOUN", "PROPN") for c in subj.children)
            and not (low == "man" and subj.i > 0 and doc[subj.i - 1].lower_ in ("en", "äldre", "ung", "yngre"))
        ):  # "En man som bor intill säger": a man
            if low == "man" and cue.lemma.split()[0] in SPEECH_ACT_LEMMAS and "Past" in doc[i].morph.get("Tense"):
                return  # "Man meddelade senare att": an organisation speaking
            cue.reject = "generic"

    def _person_before_apposition(self, rel: int):
        """The person's name a relative pronoun at ``rel`` follows across their lower-case apposition between
        commas ("Anna Svensson, förbundsordförande för Vårdförbundet, som …"): its first token, else None."""
        doc = self.doc
        if rel < 2 or doc[rel - 1].text != ",":
            return None
        k = rel - 2
        while k > 0 and rel - k < 10 and doc[k].text != ",":
            k -= 1
        if k < 1 or doc[k].text != "," or not doc[k + 1].text.islower() or doc[k - 1].ent_type_ != "PER":
            return None
        s = k - 1
        while s > 0 and doc[s - 1].ent_type_ == "PER" and doc[s].ent_iob_ == "I":
            s -= 1
        return doc[s]

    def subject_span(self, subj, cue: Cue, floor: int) -> tuple[int, int] | None:
        """The noun phrase of the verb's subject: its words before the verb, or between the verb and its
        content; a relative pronoun ('… kolleger till mannen som säger att') stands for its antecedent."""
        doc = self.doc
        i = cue.tok
        if subj.lower_ in _RELATIVE and doc[i].dep_ == "acl:relcl":
            ant = doc[i].head
            while ant.dep_ in ("nmod", "appos", "flat:name", "compound", "conj") and ant.head.pos_ in ("NOUN", "PROPN"):
                ant = ant.head
            person = self._person_before_apposition(subj.i)
            if person is not None:  # "Anna Svensson, förbundsordförande för Vårdförbundet, som tycker att"
                ant = person
            start, end = ant.left_edge.i, subj.i
            k = subj.i - 1
            while k > 0 and (doc[k].text == "," or doc[k].is_space):
                k -= 1
            if doc[i].head.pos_ in ("VERB", "AUX") and doc[k].pos_ in ("NOUN", "PROPN"):
                # the relative clause hung on the verb before it: its antecedent is the noun right before
                # ("Beslutet kritiseras av facket, som menar att", "…, konstaterar debattörerna, som kräver att")
                start = k
                while start > 0 and doc[start].dep_ == "flat:name" and doc[start].head.i < start:
                    start = doc[start].head.i
                end = k + 1
        else:
            start, end = subj.left_edge.i, subj.right_edge.i + 1
            if subj.i < i:
                end = min(end, i)
                first = floor
                while first < start and doc[first].is_space:
                    first += 1
                if first < start and doc[first].pos_ in ("NOUN", "PROPN", "DET", "ADJ", "NUM", "PRON"):
                    if not any(doc[k].pos_ in ("VERB", "AUX", "SCONJ") or doc[k].is_punct for k in range(first, start)):
                        start = first  # the whole field before the verb is one noun phrase, the subject
            else:
                start = max(start, i + 1)
                if subj.text.endswith("s") and cue.mid_end is not None:
                    # an owner the parse made the subject, before the title and name it owns: "menar Nordeas
                    # chefsekonom Anna Ek att"
                    while end < len(doc) and doc[end].idx < cue.mid_end and doc[end].pos_ in ("NOUN", "PROPN", "ADJ"):
                        end += 1
                if cue.content is not None:
                    while end > start and doc[end - 1].idx >= cue.content:
                        end -= 1
                    if end > start and doc[end - 1].lower_ in ("att", "hur"):
                        end -= 1
        start = max(start, floor)
        while start < end and (doc[start].is_space or doc[start].is_punct or doc[start].dep_ == "case"):
            start += 1
        while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
            end -= 1
        if end <= start or end - start > 14:
            return None
        return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _member(values: np.ndarray, sorted_hashes: np.ndarray) -> np.ndarray:
    """``values`` that are in ``sorted_hashes`` (a binary search; cheaper than np.isin for a short document)."""
    pos = np.searchsorted(sorted_hashes, values)
    pos[pos == len(sorted_hashes)] = 0
    return sorted_hashes[pos] == values


def finite_verb_starts(doc: Doc) -> list[int] | None:
    """Where the finite verbs of ``doc`` start (characters), from the parse; None without one."""
    if len(doc) == 0 or not doc.has_annotation("POS"):
        return None
    arr = doc.to_array([POS, MORPH])
    verbs = np.nonzero((arr[:, 0] == VERB) | (arr[:, 0] == AUX))[0]
    if not len(verbs):
        return []
    morphs = arr[verbs, 1]
    strings = doc.vocab.strings
    finite = np.array(sorted(h for h in set(morphs.tolist()) if h and "VerbForm=Fin" in strings[h]), dtype=np.uint64)
    if not len(finite):
        return []
    return [doc[i].idx for i in verbs[_member(morphs, finite)].tolist()]


def find_cues(doc: Doc) -> list[Cue]:
    """The reporting verbs of ``doc`` in text order, each with its content start and word order."""
    if len(doc) == 0:
        return []
    arr = doc.to_array([LOWER, LEMMA, IS_SPACE])
    hits = np.nonzero(_member(arr[:, 0], _FORM_HASHES) | _member(arr[:, 1], _LEMMA_HASHES))[0]
    if not len(hits):
        return []
    finder = _Finder(doc, arr[:, 0], arr[:, 2])
    out = []
    for i in hits.tolist():
        cue = finder.cue(i)
        if cue is not None:
            out.append(cue)
    return out
