"""The ``swedish_quotes`` spaCy component, ``extract_quotes(doc)`` and ``set_quotes(doc, quotes)``.

Finds direct, mixed and indirect statements and their speakers, resolved to the people
and organisations of the ``swedish_entities`` component (which must run first: without
it this component raises a clear error instead of guessing). Works on any Swedish Doc,
parsed or not.

The quotes are stored as plain data (``doc._.quote_data``: one dict per quote, each with
its speaker's ``speaker_id``) and as a span group ``doc.spans["quotes"]`` (label: the
quote type), so Docs serialise; ``doc._.quotes`` builds :class:`Quote` records on access.

    nlp.add_pipe("swedish_entities")
    nlp.add_pipe("swedish_quotes", config={"min_confidence": 0.1})
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Token

from ..entities.linking import (
    LINK_CONFIDENCE,
    EntityIndex,
    Resolved,
    SpeakerIds,
    boilerplate_of,
    entity_data,
    unnamed_source,
)
from ..entities.names import interviewed_at, opens_sentence
from ..entities.records import Organisation, Person
from ..lang import gender as _gender
from ..lang.pronouns import (
    FIRST_PERSON,
    FIRST_PERSON_SINGULAR,
    OBJECT_FORMS,
    PLURAL_SUBJECTS,
    PRONOUN_GENDER,
    PRONOUNS,
    THIRD_PERSON_FORMS,
    THIRD_PERSON_PERSONAL,
)
from ..lang.roles import KIN_NOUNS, PERSON_NOUN_GENDER, RELATION_NOUNS, SPEAKS_FOR_TITLE, is_person_title
from ..lang.speech import CUE_FORMS, INTERVIEW_FORMS, PARTICLE_CUES, REPORT_FORMS
from ..lang.words import (
    AGE_NOUN,
    FEELING_ADJECTIVES,
    INTRODUCING_COPULAS,
    SMALL_CHILD_AGE,
    STANCE_VERBS,
    UNDERGOING_NOUNS,
    UNDERGOING_OBJECTS,
    UNDERGOING_PARTICLE_VERBS,
    UNDERGOING_VERBS,
)
from .cues import find_cues, finite_verb_starts
from .detect import DETECTION_CONFIDENCE, Attribution, Candidate, detect
from .records import Quote
from .speakers import SpeakerParser, SpeakerPhrase

# Confidence of a quote whose speaker comes from another quote, relative to that quote's.
ATTRIBUTION_FACTOR: dict[str, float] = {"same_attribution": 0.95, "continuation_forward": 0.7, "continuation": 0.8}

DEFAULT_CONFIG: dict[str, Any] = {
    "detection_confidence": DETECTION_CONFIDENCE,  # by the rule that found the quote
    "speaker_confidence": LINK_CONFIDENCE,  # by how the speaker was linked
    "attribution_factor": ATTRIBUTION_FACTOR,
    "narration_confidence": 0.6,  # a continuation given to a person named in the narration since the last quote
    "no_attribution_confidence": 0.5,  # a quote with no attribution at all
    "confidence_offset": 0.1,  # quote confidence = detection x speaker + offset, clipped to [min_confidence, 1]
    "min_confidence": 0.05,
}

if not Doc.has_extension("quote_data"):
    Doc.set_extension("quote_data", default=None)


def _quotes_of(doc: Doc) -> list[Quote] | None:
    data = doc._.quote_data
    return None if data is None else [Quote.from_dict(d) for d in data]


def _no_setting(doc: Doc, value: Any) -> None:
    raise AttributeError(
        "doc._.quotes is built from doc._.quote_data on access; store quotes with "
        "nlp_pipeline.quotes.set_quotes(doc, quotes)"
    )


if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", getter=_quotes_of, setter=_no_setting)


def _phrase(parser: SpeakerParser, a: Attribution) -> SpeakerPhrase | None:
    doc = parser.doc
    if a.side == "span":
        return parser.parse_after(a.spk_start, a.spk_end)
    if a.side == "after":
        start = a.cue_end if a.cue_end is not None else a.spk_start
        if a.mention == "enligt" and a.spk_end is not None:
            source = parser.source_phrase(start, a.spk_end)
            if source is not None:
                return source  # "uppgifter till TT", "en granskning från X": the entity layer finds who is behind it
            # "enligt förbundets ordförande Anna Lind": a named source inside the phrase speaks
            for i in range(parser.tok_at(start), min(len(doc), parser.tok_at(a.spk_end))):
                if (i in parser.index.person_at or i in parser.index.org_at) and not (
                    i > 0 and doc[i - 1].lower_ in ("till", "för")  # "uppgifter till TT": TT only received them
                ):
                    return parser.parse_after(doc[i].idx, a.spk_end)
        return parser.parse_after(start, a.spk_end)
    if a.side == "subject" and a.subject is not None and not parser.in_quote(a.subject[0]):
        ph = parser.subject_phrase(*a.subject, a.cue_start if a.subject[0] < a.cue_start else a.after_end)
        if ph is not None and not _prepositions_object(doc, ph.start):
            return ph
    if a.side in ("subject", "lead-in"):
        if a.cue_start is None:
            # lead-in without a speech verb: the first person, organisation or pronoun in it
            i = parser.tok_at(a.spk_start)
            end = parser.tok_at(a.spk_end)
            while i < end:
                t = doc[i]
                if i in parser.index.person_at or i in parser.index.org_at or t.lower_ in PRONOUN_GENDER:
                    return parser.parse_after(t.idx, a.spk_end)
                i += 1
            return parser.parse_after(a.spk_start, a.spk_end)
        # a pronoun or name right before the verb is its subject ("Hon kallar Anna Lind ...")
        before = parser.parse_before(a.cue_start, a.spk_start)
        if before is not None and _prepositions_object(doc, before.start):
            before = None  # fronted: "Till Expressen berättar Lisa Ek:", "Under flera timmar ropade gruppen ”…”"
        if before is not None and (
            before.kind == "pronoun"
            or before.kind == "name"
            and any(k in parser.index.person_at or k in parser.index.org_at for k in range(before.start, before.end))
        ):
            return before
        # Swedish V2: after a fronted adverbial the subject follows the verb
        nxt = parser._skip_space(parser.tok_at(a.cue_end))
        if nxt < len(doc):
            t = doc[nxt].text
            if (
                t.lower() in PRONOUNS
                and t.lower() not in PLURAL_SUBJECTS
                and t.lower() not in OBJECT_FORMS
                or (t[:1].isupper() and nxt in parser.index.person_at)
                or (t[:1].isupper() and nxt in parser.index.org_at)
            ):
                ph = parser.parse_after(a.cue_end, a.after_end)
                if ph is not None:
                    return ph
        prev = parser._skip_space(parser.tok_before(a.cue_start), -1)
        if prev >= 0 and doc[prev].lower_ == "och":
            # "säger hon och påpekar att": the subject of the first verb
            floor = parser.tok_at(a.spk_start)
            k = prev - 1
            while k >= floor:
                if not parser.in_quote(doc[k].idx) and (doc[k].lower_ in PRONOUN_GENDER or k in parser.index.person_at):
                    return (
                        parser.parse_after(doc[k].idx, doc[k].idx + len(doc[k].text))
                        if doc[k].lower_ in PRONOUNS
                        else SpeakerPhrase(k, k + 1, "name", name_start=k)
                    )
                k -= 1
            return parser.parse_after(a.spk_start, a.cue_start)
        ph = parser.parse_before(a.cue_start, a.spk_start)
        if ph is not None and _prepositions_object(doc, ph.start):
            ph = None
        if ph is None and a.after_end is not None:
            ph = parser.parse_after(a.cue_end, a.after_end)
        if ph is None:
            ph = _subject_from_parse(parser, a.cue_start)
        return ph
    return None


def _subject_from_parse(parser: SpeakerParser, cue_char: int) -> SpeakerPhrase | None:
    """The nominal subject of the cue verb in the dependency parse, when there is one."""
    doc = parser.doc
    if not doc.has_annotation("DEP"):
        return None
    i = parser.tok_at(cue_char)
    if i >= len(doc):
        return None
    for child in doc[i].children:
        if child.dep_ in ("nsubj", "nsubj:pass") and not parser.in_quote(child.idx):
            if child.lower_ in PRONOUNS:
                return SpeakerPhrase(child.i, child.i + 1, "pronoun")
            left = min(child.left_edge.i, child.i)
            if child.text[:1].isupper() and (child.i in parser.index.person_at or child.i in parser.index.org_at):
                return SpeakerPhrase(left, child.i + 1, "name", name_start=left)
            if child.pos_ in ("NOUN", "PROPN"):
                return SpeakerPhrase(child.i, child.i + 1, "role" if child.pos_ == "NOUN" else "name")
    return None


def _name_head(tok: Token) -> Token:
    """The word a name's other words hang from ('Kalle' of 'Kalle Ek'), through at most three flat arcs."""
    for _ in range(3):
        if tok.dep_ in ("flat:name", "flat", "compound") and tok.head.i != tok.i:
            tok = tok.head
    return tok


def _subject_of(name: Token) -> Token:
    """The word the name at ``name`` stands for as a clause's part: its head word, or the title it is in apposition
    to ("Förbundets ordförande, Jenny Holm, är inte imponerad")."""
    tok = _name_head(name)
    return tok.head if _apposed(tok) else tok


def _main_subject(doc: Doc, t: int) -> bool:
    """Is the name at token ``t`` the subject of a main clause ('Olof Berg har drivit gården …'), or what its
    copula introduces, not an object or the subject of a clause inside another ('Han hoppas att Anna orkar')?"""
    tok = _subject_of(doc[t])
    if _introduced(tok):
        return True
    if not tok.dep_.startswith("nsubj"):
        return False
    head = tok.head
    # a paragraph break the parser took for the root is none: "Tränaren Kalle Ek var nöjd" hangs from it
    return (
        head.dep_ in ("conj", "parataxis")
        or _clause_root(head)
        or head.dep_ == "aux"  # "Nu har Tomas Ek, 44, sålt …": the supine misread, the auxiliary hangs from it
        and _clause_root(head.head)
    )


def _predicate(name: Token) -> Token:
    """The predicate of the clause whose subject is the name at ``name`` (or the title it is in apposition to)."""
    tok = _subject_of(name)
    head = tok if tok.dep_ == "ROOT" else tok.head
    if head.is_space or head.is_punct:  # the clause misparsed: its first verb after the name
        return next((t for t in name.doc[name.i : name.sent.end] if t.pos_ == "VERB"), head)
    return head


def _clause_root(t: Token) -> bool:
    """Does ``t`` head a main clause: the root, or hanging from a paragraph break the parser took for one?"""
    return t.dep_ == "ROOT" or t.head.i == t.i or t.head.is_space


def _apposed(tok: Token) -> bool:
    """Is the name at ``tok`` in apposition to a subject, between commas ("Förbundets ordförande, Jenny Holm, är
    …"), however the parse labels it (an apposition or a conjunct without "och")?"""
    doc = tok.doc
    return (
        tok.head.dep_.startswith("nsubj")
        and tok.head.i < tok.i
        and (
            tok.dep_ == "appos"
            or tok.dep_ == "conj"
            and tok.i > 0
            and doc[tok.i - 1].text == ","
            and not any(c.dep_ == "cc" for c in tok.children)
        )
    )


def _introduced(tok: Token) -> bool:
    """Is the name at ``tok`` what a main clause with a copula introduces ("En av dem som intervjuades är Greta
    Olofsson, 91", "Ny rektor blir Anna Berg"), and not as someone something happened to ("Offret är Per Holm")?"""
    doc = tok.doc
    # the copula right before the name, however the parse hangs it ("En av dem …" may be the name's determiner)
    if tok.dep_ != "ROOT" or tok.i < 2 or doc[tok.i - 1].lower_ not in INTRODUCING_COPULAS:
        return False
    subject = [t for t in doc[tok.sent.start : tok.i - 1] if not (t.is_punct or t.is_space)]
    return bool(subject) and subject[0].lower_ != "det" and not any(t.lower_ in UNDERGOING_NOUNS for t in subject)


def _acts(head: Token, subject: Token) -> bool:
    """Does the verb ``head`` say that its subject did something (active, not dealt with: "Fatima Nilsson har
    skänkt hela summan", not "Per Holm greps", "Anna Ek dog", "Han fick sparken")?"""
    if head.pos_ == "AUX" and head.dep_ == "aux" and _clause_root(head.head):
        head = head.head  # "Nu har Tomas Ek, 44, sålt …": the supine after an age misread as a noun
    elif head.pos_ == "AUX" and _clause_root(head):
        pass  # the auxiliary heading the clause, its verb misread: "Nu har Fatima Nilsson, 31, skänkt …"
    elif head.pos_ != "VERB":
        return False
    if subject.dep_ != "nsubj":
        return False
    return not _undergoes(head)


def _undergoes(head: Token) -> bool:
    """Does the predicate ``head`` say something happened to its subject: a passive, a verb of dying or losing
    ("greps", "avled", "gick bort"), or what someone was dealt ("fick sparken", "tog sitt liv")?"""
    if any(c.dep_ == "nsubj:pass" for c in head.children):
        return True  # a passive; not a deponent, whose subject is an agent ("Lars Ek minns sin pappa")
    lemma = head.lemma_.lower()
    if lemma in UNDERGOING_VERBS or head.lower_.endswith("s") and lemma + "s" in UNDERGOING_VERBS:
        return True
    dealt = UNDERGOING_OBJECTS.get(lemma, ())
    return any(
        c.dep_ == "obj"
        and c.lower_ in dealt
        or c.dep_ == "compound:prt"
        and (lemma, c.lower_) in UNDERGOING_PARTICLE_VERBS
        for c in head.children
    )


def _prepositions_object(doc: Doc, start: int) -> bool:
    """Is the phrase starting at token ``start`` the object of a preposition opening its sentence, past its
    determiners, numbers and adjectives ('Till Expressen', 'Under flera timmar', 'Om beslutet', whatever the tagger
    reads "om" as; not 'Hälften av de som svarat', where the phrase is part of the subject)?"""
    k = start - 1
    while k >= 0 and (
        doc[k].pos_ in ("DET", "NUM", "ADJ") and doc[k].text[:1].islower() or "Gen" in doc[k].morph.get("Case")
    ):
        k -= 1  # "Under flera timmar", "I Nordbys omklädningsrum"
    if (
        k < 0
        or doc[k].pos_ != "ADP"
        and doc[k].lower_ != "om"
        or doc[k].lower_ == "före"
        and doc[k + 1].lower_ == "detta"
    ):
        return False  # "Före detta presidenten X" is a title
    return opens_sentence(doc, k)


def _narrated_subject(doc: Doc, index, parser: SpeakerParser, text: str, start: int, end: int) -> int | None:
    """The person (key) the narration between ``start`` and ``end`` (characters) names as a main clause's subject:
    the first one named on the last line that names anyone ('Olof Berg har drivit gården …'); None when none."""
    named = None
    named_line: int | None = None
    has_dep = doc.has_annotation("DEP")
    for t, key in index.name_starts:
        ch = parser.idx[t]
        if (
            start <= ch < end
            and not parser.in_quote(ch)
            and (not has_dep or _main_subject(doc, t) and not _undergoes(_predicate(doc[t])))
        ):
            line = text.rfind("\n", 0, ch)
            if line != named_line:
                named, named_line = key, line
    return named


def _interviewee(doc: Doc, index, start: int, end: int) -> tuple[str, str] | None:
    """Who the narration between ``start`` and ``end`` (characters) says was interviewed last: the person
    or role after "talade med", "har pratat med", "intervjuade" ("med ett vittne" -> the role "vittne"),
    as (speaker, kind); None when it names no one."""
    found = None
    first = bisect.bisect_left(index.token_starts, start)
    last = bisect.bisect_left(index.token_starts, end)
    for i in range(first, last):
        if doc[i].lower_ not in INTERVIEW_FORMS or (j := interviewed_at(doc, i, last)) is None:
            continue
        while (
            j < last
            and doc[j].text[:1].islower()
            and (doc[j].pos_ in ("DET", "NUM", "ADJ") or "Yes" in doc[j].morph.get("Poss"))
        ):  # "med ett vittne", "med hennes mamma"
            j += 1
        if j + 1 < last and doc[j].text.islower() and j + 1 in index.person_at:
            j += 1  # a title before the name: "frågat experten Petter Sandberg"
        if j >= last:
            continue
        if j in index.person_at:
            found = (index.people[index.person_at[j]].canonical, "person")
        elif doc[j].pos_ == "NOUN" and doc[j].text.isalpha() and doc[j].text.islower():
            found = (doc[j].text, "role")
    return found


def _unnamed_source_in(doc: Doc, index, start: int, end: int) -> str | None:
    """The noun of the last source the narration between ``start`` and ``end`` (characters) introduces without
    a name ('En granne som vill vara anonym', ``entities.linking.unnamed_source``); None when none."""
    first = bisect.bisect_left(index.token_starts, start)
    last = bisect.bisect_left(index.token_starts, end)
    found = None
    for k in range(first, last):
        if unnamed_source(doc, k):
            found = doc[k].text
    return found


_INNER_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZÅÄÖ])")


def _own_narration(c: Candidate, index, text: str) -> bool:
    """Is ``c`` narration with no words of the speaker's own ("Nora Hallin flyttar till Dubai. Det avslöjar hon"),
    with nobody named before it, so that a name in it may be whom its "hon" means? Where someone was named
    before ("Polisens presstalesperson Maria Holm … Lisa Ek greps i natt. Det bekräftar hon"), that one is."""
    if not c.narrated or _INNER_SENTENCE_END.search(text, c.start, c.end):
        return False  # one sentence only: in two, "hon" may be someone the second names ("… till sin dotter Moa")
    return not any(index.token_starts[t] < c.start for t, _ in index.name_starts)


def _first_floating_speaker(
    doc: Doc, index, parser: SpeakerParser, text: str, c: Candidate, confidence: float
) -> Resolved | None:
    """Who speaks a floating dash quote with no quote before it, from the narration: the one interviewed
    ("Aftonbladet har pratat med en granne. – Det small till."), a Q&A interview's interviewee ("Vi träffade
    sångerskan Lina Ek. Hur mår du? – Bättre än på länge."), or the person the sentence before describes by a
    feeling or a stance ("Tränaren Henrik Rydström var besviken efter matchen. – Vi skapar för lite."), in that
    order; None when the narration says none of these."""
    interviewee = _interviewee(doc, index, 0, c.start)
    if interviewee is not None:
        return Resolved(*interviewee, confidence, "continuation-interview")
    answerer = _qa_interviewee(index, parser, text, c.start)
    if answerer is not None:
        return Resolved(index.people[answerer].canonical, "person", confidence, "qa-interview")
    feeling = _feeling_subject(doc, index, parser, text, c.start, c.end)
    if feeling is not None:
        return Resolved(index.people[feeling].canonical, "person", confidence, "feeling")
    return None


# Words after a comma inside a quote that say where it comes from: "…, stod det i brevet", "…, motiverar juryn"
RELAYED = re.compile(
    r",\s+(?:stod|står|heter|hette|löd|lyder|motiverar|motiverade|skriver|skrev|enligt)(?![\w-])", re.IGNORECASE
)
# A quote opening with a word and a comma: addressing someone when the word is a relative or a given name
VOCATIVE = re.compile(r"\s*([A-ZÅÄÖ][a-zåäö]+),\s")


def _feeling_subject(doc: Doc, index, parser: SpeakerParser, text: str, start: int, end: int) -> int | None:
    """The person (key) the paragraph right before the quote at ``start`` describes, as a main clause's
    subject, by a feeling or a stance ('Tränaren Henrik Rydström var besviken efter matchen', 'Kommunalrådet Eva
    Ek välkomnar beslutet': ``FEELING_ADJECTIVES``, ``STANCE_VERBS``), unless the quote speaks of someone as
    han/hon and not in the first person; None otherwise. A person arrested, dead or criticised is not so
    described (the broader rule, the paragraph's subject whatever it said, was withdrawn in c21f8e2)."""
    quote = text[start:end]
    if not doc.has_annotation("DEP") or quote.rstrip().endswith("?"):
        return None  # a question is the reporter's
    line_end = _line_end(text, end)
    if text[end:line_end].strip(' \t.,!?”"»') or RELAYED.search(quote):
        return None  # the quote's line goes on: ", stod det i brevet", ", motiverar juryn", ", enligt en prognos"
    vocative = VOCATIVE.match(quote)
    if vocative and (vocative.group(1).lower() in KIN_NOUNS or _gender.is_first_name(vocative.group(1))):
        return None  # "– Mamma, jag mår bra!": a child speaks to the parent described (not "Nej, …")
    next_start = len(text) - len(text[line_end:].lstrip())
    after = text.find("\n\n", next_start)
    next_end = after if after >= 0 else len(text)
    if (
        next_end > next_start
        and not text.startswith(("–", "-", "—"), next_start)
        and any(next_start <= parser.idx[t] < next_end for t, _ in index.name_starts)
    ):
        return None  # the next paragraph names who it was: "Uttalandet kommer från näringsministern Erik Falk"
    if THIRD_PERSON_PERSONAL.search(quote) and not FIRST_PERSON.search(quote):
        return None  # "Anna Berg är besviken. – Hon borde ha fått jobbet": someone speaks of her
    own = text.rfind("\n", 0, start)
    before = text.rfind("\n\n", 0, max(own, 0))
    para = before + 2 if before >= 0 else 0
    for t, key in index.name_starts:
        ch = parser.idx[t]
        if not (para <= ch < own) or parser.in_quote(ch) or not _main_subject(doc, t):
            continue
        subject = _subject_of(doc[t])
        head = subject.head
        last_sentence = not text[doc[t].sent.end_char : own].strip()  # not "… var chockad. Polisen utreder."
        feeling = head.lower_ in FEELING_ADJECTIVES and any(c.dep_ == "cop" for c in head.children)
        if not last_sentence:
            continue
        if feeling or head.lower_ in STANCE_VERBS:
            return key
        # someone who did something, or whom a copula introduces, speaks only in their own "jag", of nobody of
        # their gender in the third person ("Lars Ek spelade i fyrtio filmer. – Han var en av de största. Jag
        # kommer att sakna honom"), and not as a small child ("Lilla Elsa, 4, …")
        own_voice = (
            FIRST_PERSON_SINGULAR.search(quote)
            and not _spoken_of(index.people[key].gender, quote)
            and not OWN_RELATION.search(quote)  # "– Min klient är lättad": whoever speaks for them
        )
        if own_voice and not _small_child(doc, t) and (_introduced(subject) or _acts(head, subject)):
            return key
    return None


# a relative or a client of the speaker's own: "min klient", "mitt barn", "min son"
OWN_RELATION = re.compile(
    r"(?<![\w-])(?:min|mitt|mina)\s+(?:" + "|".join(sorted(KIN_NOUNS | RELATION_NOUNS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _spoken_of(gender: str | None, quote: str) -> bool:
    """Does the quote speak of someone of ``gender`` in the third person anywhere ('Jag har följt honom')?"""
    forms = THIRD_PERSON_FORMS.get(gender or "")
    return bool(forms) and any(w in forms for w in re.findall(r"\w+", quote.lower()))


def _small_child(doc: Doc, t: int) -> bool:
    """Is the name at token ``t`` a small child's: "Lilla Elsa", "tvåårige Liam", "Liam, 2,"?"""
    before = doc[t - 1].lower_ if t > 0 else ""
    if before in ("lilla", "lille") or SMALL_CHILD_AGE.match(before):
        return True
    k = t
    while k < len(doc) and doc[k].pos_ == "PROPN":
        k += 1
    return k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].text.isdigit() and int(doc[k + 1].text) < 10


def _line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends (the attribution after a quote is on its line)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _another_person(doc: Doc, index, key: int, start: int, end: int) -> bool:
    """Does the narration between ``start`` and ``end`` (characters) name or describe someone besides person
    ``key``: another name, a relative, an age or a person noun ('Anna Berg har följt sin dotter', 'Ulf Holm är
    far till den dömde 23-åringen')? Then 'hon'/'han' in the next quote may be them, spoken of by ``key``."""
    first = bisect.bisect_left(index.token_starts, start)
    last = bisect.bisect_left(index.token_starts, end)
    for i in range(first, last):
        t = doc[i]
        if i in index.person_at and index.person_at[i] != key:
            return True
        low = t.lower_
        if low in KIN_NOUNS or t.lemma_.lower() in PERSON_NOUN_GENDER or AGE_NOUN.match(low):
            return True
        if t.pos_ == "NOUN" and t.text.islower() and is_person_title(low):
            return True
    return False


def _spoken_about(gender: str | None, quote: str) -> bool:
    """Does the quote's first sentence speak of a person of ``gender`` in the third person ('Det är tråkigt för
    honom')? Then that person is not its speaker."""
    return _spoken_of(gender, re.split(r"[.!?]", quote, maxsplit=1)[0])


# Verbs of the reporter meeting someone: the interviewee is their object ("Vi träffade henne", "Vi ringde upp
# hennes pappa")
CONTACT_FORMS = frozenset(
    {
        "träffade", "träffar", "träffat", "ringde", "ringer", "ringt", "besökte", "besöker", "besökt", "mötte",
        "möter", "mött", "pratade", "pratar", "pratat", "talade", "talar", "talat", "intervjuade", "intervjuar",
        "intervjuat", "följde", "följer", "följt", "nådde", "når", "nått",
    }
)  # fmt: skip

QUESTION_OPENERS = ("–", "-", "—", "”", '"', "»", "“")


def _qa_interviewee(index, parser: SpeakerParser, text: str, start: int) -> int | None:
    """The person (key) who answers a Q&A interview: a dash answer at character ``start`` right under a line
    that is a question and not a quote ('Hur mår du i dag?'), where the narration before the article's first
    such question names exactly one person ('Vi träffade sångerskan Lina Ek'); None otherwise."""
    before = text[: max(text.rfind("\n", 0, start), 0)].rstrip()  # the lines above the answer's
    question = before[before.rfind("\n") + 1 :].strip()
    if not question.endswith("?") or question.startswith(QUESTION_OPENERS):
        return None
    first_question = start
    line_start = 0
    for line in text[:start].split("\n"):
        bare = line.strip()
        if bare.endswith("?") and not bare.startswith(QUESTION_OPENERS):
            first_question = line_start
            break
        line_start += len(line) + 1
    named = set()
    for t, key in index.name_starts:
        ch = parser.idx[t]
        if ch < first_question and not parser.in_quote(ch):
            named.add(key)
    if len(named) != 1:
        return None
    key = next(iter(named))
    doc = parser.doc
    for i in range(bisect.bisect_left(index.token_starts, first_question)):
        if doc[i].lower_ not in CONTACT_FORMS:
            continue
        j = i + 1
        while j < len(doc) and doc[j].lower_ in ("upp", "vi", "jag", "med", "på", "till", ":"):  # "Expressen möter:"
            j += 1
        if j < len(doc) and index.person_at.get(j) != key and doc[j].lower_ not in ("henne", "honom", "hen"):
            return None  # the reporter met someone else: "Vi ringde upp hennes pappa", "Vi besökte en vårdcentral"
    return key


def _cue_lemma(cue: str | None) -> str | None:
    if cue is None:
        return None
    low = cue.lower()
    if low == "enligt":
        return "enligt"
    parts = tuple(low.split())
    if len(parts) == 2 and parts in PARTICLE_CUES:
        return PARTICLE_CUES[parts]
    return CUE_FORMS.get(low) or REPORT_FORMS.get(low, low)


def _org_starts(doc: Doc, index: EntityIndex) -> list[int]:
    """Where the document's organisations are named (the first token of each mention)."""
    starts = index.token_starts
    return [starts[k] for k in sorted(index.org_at) if k == 0 or index.org_at.get(k - 1) != index.org_at[k]]


def _own_organisations_stance(cands: list[Candidate], resolved: list, index: EntityIndex) -> set[int]:
    """The statements reported inside a person's statement whose speaker is the organisation the person heads or
    speaks for: the speaker's own stance, no entry of its own ("Hon uppger att regionen räknar med att halvera kön",
    by the region's director). A third party's statement inside keeps its entry, and so does the employer's in an
    employee's or a former head's words ("Maria Ek, undersköterska på Sahlgrenska, säger att Sahlgrenska har
    meddelat att …")."""
    # the organisations a person speaks for: their affiliations, where a title says they head or speak for one
    affiliations = {
        p.canonical: set(p.affiliations) for p in index.people if any(SPEAKS_FOR_TITLE.match(r) for r in p.roles)
    }
    out = set()
    for i, c in enumerate(cands):
        r = resolved[i][0] if resolved[i] is not None else None
        if r is None or r.kind != "organisation" or c.type != "indirect":
            continue
        for j, outer in enumerate(cands):
            o = resolved[j][0] if resolved[j] is not None else None
            if (
                j != i
                and outer.start <= c.start
                and c.end <= outer.end
                and o is not None
                and o.kind == "person"
                and r.speaker in affiliations.get(o.speaker, ())
            ):
                out.add(i)
    return out


def _drop_boilerplate(cands: list[Candidate], boiler: list[tuple[int, int]]) -> list[Candidate]:
    keep = [i for i, c in enumerate(cands) if not any(s < c.end and c.start < e for s, e in boiler)]
    remap = {old: new for new, old in enumerate(keep)}
    out = []
    for i in keep:
        c = cands[i]
        c.inherit = remap.get(c.inherit) if c.inherit is not None else None
        out.append(c)
    return out


def extract_quotes(doc: Doc, config: dict[str, Any] | None = None) -> list[Quote]:
    """All quotes in ``doc`` with speakers; offsets index ``doc.text``.

    Needs the people and organisations of ``swedish_entities`` on ``doc`` (a ``ValueError`` says
    so otherwise). ``config`` overrides :data:`DEFAULT_CONFIG`.
    """
    cfg = {**DEFAULT_CONFIG, **(config or {})}
    text = doc.text
    index = EntityIndex.of(doc)
    if not text.strip():
        return []
    name_chars = [doc[t].idx for t, _ in index.name_starts]
    org_chars = _org_starts(doc, index)
    name_words = {w for p in index.people for w in p.canonical.split(" ") if len(w) > 1}
    cands: list[Candidate] = detect(
        text, name_chars, cfg["detection_confidence"], find_cues(doc), org_chars, name_words, finite_verb_starts(doc)
    )
    boiler = boilerplate_of(doc)
    if boiler:
        cands = _drop_boilerplate(cands, boiler)
    parser = SpeakerParser(
        doc,
        index,
        [(c.start, c.end) for c in cands if c.type in ("direct", "mixed") and not _own_narration(c, index, text)],
        text,
        cfg["speaker_confidence"],
    )
    factor = cfg["attribution_factor"]
    doc_id = doc.user_data.get("doc_id") if isinstance(doc.user_data, dict) else None

    resolved: list[tuple[Resolved, SpeakerPhrase | None, str, str | None] | None] = [None] * len(cands)
    for i, c in enumerate(cands):
        a = c.attribution
        if a is None:
            continue
        try:
            ph = _phrase(parser, a)
        except (IndexError, ValueError):
            ph = None
        r = parser.resolve(ph)
        resolved[i] = (r, ph, a.mention, a.cue)

    last: int | None = None
    for i, c in enumerate(cands):
        if resolved[i] is None:
            src = c.inherit
            if src is not None and resolved[src] is not None:
                r, ph, mention, cue = resolved[src]
                resolved[i] = (
                    Resolved(r.speaker, r.kind, r.confidence * factor["same_attribution"], r.how),
                    ph,
                    "same-attribution",
                    cue,
                )
            elif (
                c.continuation
                and last is None
                and c.type == "direct"
                and i + 1 < len(cands)
                and cands[i + 1].type == "direct"
                and cands[i + 1].paragraph == c.paragraph + 1
                and cands[i + 1].attribution is not None
            ):
                # a quote running over paragraphs with the attribution in the last one
                nxt = cands[i + 1]
                ph = _phrase(parser, nxt.attribution)
                r = parser.resolve(ph)
                resolved[i] = (
                    Resolved(r.speaker, r.kind, r.confidence * factor["continuation_forward"], "continuation-forward"),
                    None,
                    "continuation",
                    None,
                )
            elif (
                c.continuation
                and last is None
                and c.type == "direct"
                and (first := _first_floating_speaker(doc, index, parser, text, c, cfg["narration_confidence"]))
                is not None
            ):
                resolved[i] = (first, None, "continuation", None)
            elif c.continuation and last is not None and c.type == "direct":
                prev = cands[last]
                pr = resolved[last][0]
                # a person named in the narration since the last quote takes over
                # the subject of the latest narration: the first person named on the last line naming anyone
                named = _narrated_subject(doc, index, parser, text, prev.end, c.start)
                if (
                    named is not None
                    and _spoken_about(index.people[named].gender, text[c.start : c.end])
                    and not _another_person(doc, index, named, _line_end(text, prev.end), c.start)
                ):
                    named = None  # "Per Berg skadades. – Det är tråkigt för honom": someone else speaks of him
                if named is not None:
                    r = Resolved(
                        index.people[named].canonical, "person", cfg["narration_confidence"], "continuation-narration"
                    )
                elif (interviewee := _interviewee(doc, index, prev.end, c.start)) is not None:
                    # "Le Parisien talade med ett vittne …": the interviewee takes over
                    r = Resolved(*interviewee, cfg["narration_confidence"], "continuation-interview")
                elif (source := _unnamed_source_in(doc, index, prev.end, c.start)) is not None:
                    # "En man som bor intill vill inte framträda med namn. – Jag såg lågorna": that source
                    r = Resolved(source, "role", cfg["narration_confidence"], "continuation-narration")
                else:
                    r = Resolved(pr.speaker, pr.kind, pr.confidence * factor["continuation"], "continuation")
                resolved[i] = (r, None, "continuation", None)
        if (
            resolved[i] is not None
            and resolved[i][0].speaker is not None
            and (not c.method.startswith("enligt") or resolved[i][0].kind == "person")
        ):
            last = i  # a passing 'enligt' source (a role, an organisation) between two quotes does not take the floor

    own = _own_organisations_stance(cands, resolved, index)
    quotes: list[Quote] = []
    for i, c in enumerate(cands):
        if i in own:
            continue
        r, ph, mention, cue = (
            resolved[i]
            if resolved[i] is not None
            else (Resolved(None, None, cfg["no_attribution_confidence"], "none"), None, "none", None)
        )
        ms = me = None
        mtext = None
        if ph is not None:
            span = doc[ph.start : ph.end]
            mtext, ms, me = span.text, span.start_char, span.end_char
        quotes.append(
            Quote(
                doc_id=doc_id,
                quote_id=len(quotes),
                text=text[c.start : c.end],
                start_char=c.start,
                end_char=c.end,
                type=c.type,
                speaker=r.speaker,
                speaker_kind=r.kind if r.speaker is not None else None,
                speaker_mention=mtext,
                speaker_mention_start=ms,
                speaker_mention_end=me,
                cue=cue,
                cue_lemma=_cue_lemma(cue),
                paragraph=c.paragraph,
                method=f"{c.method}/{mention}/{r.how}",
                confidence=round(
                    max(cfg["min_confidence"], min(1.0, c.confidence * r.confidence + cfg["confidence_offset"])), 3
                ),
                speaker_id=parser.linker.entity_id(r.speaker, r.kind if r.speaker is not None else None, ms, me),
            )
        )
    return quotes


def set_quotes(doc: Doc, quotes: list[Quote] | list[dict[str, Any]]) -> Doc:
    """Store quotes on ``doc``: ``doc._.quote_data`` (plain dicts) and the span group ``doc.spans["quotes"]``.

    A quote without a ``speaker_id`` key gets the one its speaker links to among the document's
    people and organisations (the entity layer decides; see
    :meth:`nlp_pipeline.entities.linking.Linker.entity_id`). For components that find quotes
    their own way.
    """
    rows = [dict(q) if isinstance(q, dict) else q.to_dict() for q in quotes]
    if any("speaker_id" not in row for row in rows):
        data = entity_data(doc)
        ids = SpeakerIds(
            [Person.from_dict(d) for d in data["people"]], [Organisation.from_dict(d) for d in data["organisations"]]
        )
    for row in rows:
        if "speaker_id" not in row:
            row["speaker_id"] = ids(
                row.get("speaker"),
                row.get("speaker_kind"),
                row.get("speaker_mention_start"),
                row.get("speaker_mention_end"),
            )
    doc._.quote_data = rows
    spans = []
    for row in rows:
        span = doc.char_span(
            int(row["start_char"]), int(row["end_char"]), label=str(row.get("type") or "quote"), alignment_mode="expand"
        )
        if span is not None:
            spans.append(span)
    doc.spans["quotes"] = spans
    return doc


class SwedishQuotes(Pipe):
    """Quotes and their speakers (see the module docstring); every setting of :data:`DEFAULT_CONFIG` is configurable."""

    def __init__(self, nlp: Language, name: str = "swedish_quotes", **config: Any):
        self.name = name
        self.config = {**DEFAULT_CONFIG, **config}

    def __call__(self, doc: Doc) -> Doc:
        # no try/except: a failure goes to spaCy's error handler (nlp.set_error_handler), and the
        # batch runner records it as an error row for this document
        return set_quotes(doc, extract_quotes(doc, self.config))


@Language.factory(
    "swedish_quotes",
    default_config=DEFAULT_CONFIG,
    assigns=["doc._.quote_data", "doc._.quotes", "doc.spans"],
    requires=["doc._.entity_data"],
)
def make_swedish_quotes(
    nlp: Language,
    name: str,
    detection_confidence: dict[str, float],
    speaker_confidence: dict[str, float],
    attribution_factor: dict[str, float],
    narration_confidence: float,
    no_attribution_confidence: float,
    confidence_offset: float,
    min_confidence: float,
) -> SwedishQuotes:
    return SwedishQuotes(
        nlp,
        name,
        detection_confidence=detection_confidence,
        speaker_confidence=speaker_confidence,
        attribution_factor=attribution_factor,
        narration_confidence=narration_confidence,
        no_attribution_confidence=no_attribution_confidence,
        confidence_offset=confidence_offset,
        min_confidence=min_confidence,
    )
