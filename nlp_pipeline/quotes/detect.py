"""Find quote spans in Swedish news text and where their attribution sits.

Works on the text with precompiled patterns, paragraph by paragraph:

* dash paragraphs and lines (``– ``, ``—``, ``-``, ``--``, glued ``-Vi``), including a
  dash after a colon inside a paragraph, with the attribution before, after, or in
  the middle (``– A, säger X. B``), after ``?``/``!`` without comma, the ``, har X
  sagt`` form, and ``Det säger X`` inside the paragraph;
* quotation-mark quotes (``”…”``, ``»…»``, ``»…«``, ``"…"``, ``“…”``, ``„…“``), direct
  when they open a sentence or follow a colon, mixed inside reported speech, and
  ignored otherwise (scare quotes, titles);
* unmarked paragraphs that a following ``Det säger X`` / ``Så säger X`` attributes;
* indirect speech: ``X säger att …``, ``… sa X att …``, ``Enligt X …``, ``…, uppger X.``

The speaker itself is parsed and resolved in ``speakers.py``; this module only
says where to look (the :class:`Attribution`).
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from ..lang import gender as _gender
from ..lang.names import SENTENCE_WORDS
from ..lang.pronouns import (
    FIRST_PERSON,
    FIRST_SECOND_PERSON,
    GENERIC_SUBJECT,
    OBJECT_PRONOUN,
    POSSESSIVES,
    SECOND_PERSON,
    SUBJECT_PRONOUN,
    THIRD_PERSON,
    THIRD_PERSON_WORD,
)
from ..lang.roles import PERSON_NOUN_GENDER, RELATION_NOUNS, ROLE_SUFFIX, SOURCE_NOUNS, is_person_title
from ..lang.speech import (
    CUE_FORMS,
    ENLIGT_NOT_SOURCE_ENDINGS,
    ENLIGT_NOT_SOURCES,
    INDIRECT_LEMMAS,
    MANNER_LEMMAS,
    NEEDS_PREPOSITION,
    NESTING_TAIL_LEMMAS,
    ONLY_WITH_PREPOSITION,
    PARTICLE_CUES,
)
from ..lang.words import AGE_NOUN, JUDGED_WORK, MID_OK, MID_PREPOSITIONS, TITLE_BEFORE, TITLE_PREPOSITION_BEFORE
from .cues import Cue
from .patterns import (
    AFTER_CLOSING_MARK,
    ATTR_AFTER,
    ATTR_AUX,
    ATTR_BEFORE,
    ATTR_PARTICLE,
    CLAUSE_END,
    COLON_DASH,
    CONTINUE_AFTER_COMMA,
    CUE_OR_ENLIGT,
    CUE_WORD,
    DASH_LINE,
    DET_BEFORE,
    DET_OPENING,
    DET_REF,
    ENLIGT,
    ENLIGT_SOURCE,
    INDIRECT_ATT,
    INDIRECT_TAIL,
    LIST_LINE,
    MAX_FLOATING_LINES,
    OPEN_QUOTE,
    ORDEN,
    PARA_SPLIT,
    PARTICLE_CUE,
    QUOTE_CHARS,
    QUOTE_PAIRS,
    SENT_DASH,
    SENT_END,
    TIME_LABEL,
    WS,
)

# a title compounded with an acronym or a name, in apposition to the speaker, not the quote going on after the
# comma: "säger Anders Lindqvist, USA-kännare vid Utrikespolitiska institutet", "…, SD-politiker i Malmö", "…,
# Sverigechef på Google", "…, Afghanistanansvarig på …" (then a preposition, punctuation or the end: "…, EU-chefen
# måste ta ansvar" goes on)
CAPITALISED_TITLE = re.compile(
    r"(?P<title>[A-ZÅÄÖ][\wåäöÅÄÖ-]*[a-zåäö])(?=[ \t\u00a0]*(?:[.,;:!?(]|$|(?:vid|på|i|hos|för|inom|och|från|sedan"
    r"|med|som|till)\b))"
)

# an organisation's acronym alone, in apposition to its name
ACRONYM_ONLY = re.compile(r"[A-ZÅÄÖ]{2,6}")

_PREPOSITION_VERBS = NEEDS_PREPOSITION | ONLY_WITH_PREPOSITION
# "Det säger" / "Så har" before a verb at a sentence start: a back-reference to the quote before
DET_LEAD = re.compile(r"(?:Det|Detta|Så)(?:[ \t\u00a0]+(?:har|hade|också|även))*[ \t\u00a0]*")
# ", enligt X" closing a sentence: a source of its own
TRAILING_SOURCE = re.compile(r",[ \t\u00a0]+enligt[ \t\u00a0]")
# the most words an attribution after its verb runs to the sentence end: "…, berättade han för The Telegraph."
MAX_TAIL_WORDS = 8
NEXT_WORD = re.compile(r"[ \t\u00a0]+[^\W\d_]+")
# what may follow the head of the subject the parse gives in a closing attribution: the rest of its name, then
# the end, a comma, or where and to whom ("säger Anna Berg till TT.")
TAIL_REST = re.compile(
    r"(?:[ \t\u00a0]+[A-ZÅÄÖ][\w'’:-]*)*[ \t\u00a0]*"
    r"(?:[.!?]|,|(?:till|för|i|på|vid|hos|efter|under|med|enligt|inför|om)\b)"
)
# a relative clause opening after a source: "Enligt Lisa Holm, som var på plats, …"
RELATIVE_OPENING = re.compile(r",[ \t\u00a0]*som\b")
# "och" opening the words after an attribution
AND_OPENING = re.compile(r"och[ \t\u00a0]+")
# an age between commas after a subject ("Kvinnan, 34 år, förnekar brott")
AGE_SEGMENT = re.compile(r"\d{1,3}(?:[ \u00a0]+år)?")
# words of number that open a tally, not a subject ("Två döda, en svårt skadad, uppger polisen")
TALLY_WORDS = {"en", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "ingen", "inga", "flera"}
# words that open a relative clause between commas ("Mannen, som är 29 år, …")
RELATIVE_WORDS = {"som", "vilket", "vilken", "vilka", "där"}
# the same without a comma, right before the clause's verb: "Enligt Anna Berg som leder projektet är …"
BARE_RELATIVE = re.compile(r"(?<=[^\s,])[ \t\u00a0]+som[ \t\u00a0]+$")
# words that open a subordinate clause inside a relative clause, and words before a finite verb that is not the
# main clause's ("… och har gjort det", "i går")
SUBORDINATOR = re.compile(r"(?<![\w-])(?:när|där|då|om|eftersom|medan|innan|tills|att|som|vilket)(?![\w-])", re.I)
PRE_VERB_SKIP = re.compile(r"(?<![\w-])(?:och|eller|i)[ \t\u00a0]+$")
# a sentence that coordinates another att-clause with the one before: "Och att …", "Men också att …"
COORDINATED_ATT = re.compile(r"(?:Och|Men|Samt|Eller)(?:[ \t\u00a0]+(?:också|även|inte))?[ \t\u00a0]+att\b")
# a word that opens a clause right before "enligt": the source starts the clause ("och enligt X utreder …")
CLAUSE_OPENER = re.compile(
    r"(?<![\w-])(?:och|men|som|att|eftersom|då|när|där|medan|men att|så)[ \t\u00a0]*$", re.IGNORECASE
)  # "Men enligt Anna Berg är det …" opening a sentence too
WORD = re.compile(r"[^\W\d_]+")
# a lead-in that puts a question to someone ("Vi frågade Anna Berg:", "Tre frågor till ministern:", "Fråga:")
QUESTION_LEAD = re.compile(r"(?i)(?<![\w-])(?:fråg\w*|frågade|undrade)(?![\w-])")
LAST_WORD = re.compile(r"[^\W\d_]+(?=[ \t\u00a0]*$)")
# a pronoun subject that refers back to the one already speaking
# words of the speaker's own voice: first and second person
OWN_WORDS = re.compile(
    r"(?<![\w-])(?:jag|mig|min|mitt|mina|vi|oss|vår|vårt|våra|du|dig|din|ditt|ni|er|era)(?![\w-])", re.I
)
OWN_VOICE = re.compile(r"(?:[Hh]an|[Hh]on|[Hh]en|[Dd]e|[Dd]om|[Mm]an|[Vv]i|[Jj]ag|[Dd]et)")

# How sure a candidate is, by the rule that found it (the ``swedish_quotes`` component's
# ``detection_confidence``); "default" for every other rule.
DETECTION_CONFIDENCE: dict[str, float] = {
    "default": 0.8,
    "det_back_reference": 0.85,
    "indirect_att": 0.7,
    "enligt": 0.65,
    "reported_tail": 0.6,
    "quotation_marks_narration": 0.5,
}


# a quoted fragment with a verb of its own and at least this many words is someone's words even
# without a verb of speaking ("för att ”visa sitt stöd och sin solidaritet med personalen”")
NARRATED_FRAGMENT_WORDS = 6


@dataclasses.dataclass
class Attribution:
    side: str  # "after": speaker follows the cue | "before": speaker precedes cue_start | "span": speaker in spk range
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    mention: str  # "attribution" | "det-back-reference" | "colon" | "enligt" | "subject"
    spk_start: int | None = None  # a known range holding the speaker (aux forms, lead-in sentence)
    spk_end: int | None = None
    after_end: int | None = None  # for "subject": the speaker may also follow the cue up to here
    subject: tuple[int, int] | None = None  # for "subject": the verb's subject as the parse gives it


@dataclasses.dataclass
class Candidate:
    start: int
    end: int
    type: str  # "direct" | "mixed" | "indirect"
    method: str
    attribution: Attribution | None = None
    inherit: int | None = None  # index of an earlier candidate whose speaker this shares
    paragraph: int = 0
    confidence: float = 0.8
    continuation: bool = False
    narrated: bool = False  # an unmarked text with no words of the speaker's own ("Nora Hallin flyttar till Dubai.")


def _particle_pair(m: re.Match) -> bool:
    """Does an ``ATTR_PARTICLE`` match attribute the quote before it: a verb with its own particle ("fyller … i",
    not "fyller … in"), a speaker who can speak (a pronoun, a name, a title or a relation: "fyller hon i", "flikar
    lagkaptenen Erik Ström in", "håller grannen med"; not "bröt tjuvarna in", "höll kunderna med"), and no other
    attribution after it in its sentence ("– När vi var bortresta, bröt tjuvarna in, säger Anna Ek": the clause
    is the quote's own)?"""
    if (m.group("cue").lower(), m.group("particle")) not in PARTICLE_CUES:
        return False
    spk = m.group("spk").split()
    last = spk[-1].lower()
    if not (
        len(spk) == 1
        and last in ("han", "hon", "hen", "de", "dom")
        or any(w[:1].isupper() for w in spk)
        or is_person_title(last)
        or _person_noun(last)
        or spk[0].lower() in ("hans", "hennes", "deras", "min", "vår")  # "fyller hennes man i"
    ):
        return False
    text = m.string
    end = text.find("\n", m.end())
    end = sentence_end(text, m.end(), len(text) if end < 0 else end)
    return ATTR_AFTER.search(text, m.end(), end) is None


def _person_noun(word: str) -> bool:
    """A noun for a person, in any form: "grannen", "kvinnan", "16-åringen", "mamman", "kollegan"."""
    if AGE_NOUN.match(word):
        return True
    stems = {word, word[:-1], word[:-2], word[:-1] + "a" if word.endswith("an") else word}
    return any(s in RELATION_NOUNS or s in PERSON_NOUN_GENDER or s in SOURCE_NOUNS for s in stems)


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Narrow text[s:e] to exclude white space (as ``str.strip`` does)."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for m in PARA_SPLIT.finditer(text):
        s, e = trim(text, pos, m.start())
        if e > s:
            out.append((s, e))
        pos = m.end()
    s, e = trim(text, pos, len(text))
    if e > s:
        out.append((s, e))
    return out


def line_ranges(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    pos = s
    while pos < e:
        nl = text.find("\n", pos, e)
        end = e if nl < 0 else nl
        ls, le = trim(text, pos, end)
        if le > ls:
            out.append((ls, le))
        pos = end + 1
    return out


def sentence_end(text: str, pos: int, limit: int) -> int:
    m = SENT_END.search(text, pos, limit)
    return limit if m is None else m.end()


def _word_count(text: str, s: int, e: int) -> int:
    return len(text[s:e].split())


def _plausible_mid(mid: str) -> bool:
    """Words between the cue and 'att' may be a subject, adverbs or a short phrase like
    'till TT', 'på Facebook', 'i ett pressmeddelande'; not a new clause."""
    words = mid.split()
    k = 0
    while k < len(words):
        w = words[k]
        if w.lower() in MID_PREPOSITIONS:
            k += min(3, len(words) - k)  # the preposition and up to two words of its object
            continue
        if w.lower() in MID_OK or (w[:1].isupper() and w.replace("-", "").replace(":", "").isalpha()):
            k += 1
            continue
        return False
    return True


class Detector:
    """One document's detection state."""

    def __init__(
        self,
        text: str,
        name_starts: list[int] | None = None,
        confidence: dict[str, float] | None = None,
        cues: list[Cue] | None = None,
        org_starts: list[int] | None = None,
        name_words: set[str] | None = None,
        finite_starts: list[int] | None = None,
    ):
        self.text = text
        self.parsed = finite_starts is not None  # a parse says where the finite verbs are, if any
        self.finite_starts = finite_starts or []
        self.name_words = name_words or set()
        self.cues = cues
        self.cue_starts = [c.start for c in cues or []]
        self.org_starts = sorted(org_starts or [])
        self.confidence = {**DETECTION_CONFIDENCE, **(confidence or {})}
        self.paras = paragraph_ranges(text)
        self.para_starts = [p[0] for p in self.paras]
        self.cands: list[Candidate] = []
        self.direct_ranges: list[tuple[int, int]] = []  # dash units and quote-mark quotes
        self.name_starts = sorted(name_starts or [])

    # --- helpers ----------------------------------------------------------------------
    def para_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def has_name(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.name_starts, s)
        return i < len(self.name_starts) and self.name_starts[i] < e

    def add(self, s: int, e: int, qtype: str, method: str, attr: Attribution | None, **kw) -> int | None:
        s, e = trim(self.text, s, e)
        label = TIME_LABEL.match(self.text, s, e)
        if label is not None:
            s = label.end()  # a live blog's time stamp is no part of the statement
        # strip a comma or colon that belongs to the attribution
        while e > s and (self.text[e - 1] in ",;:–—-" or self.text[e - 1].isspace()):
            e -= 1
        if e - s < 2 or not any(c.isalpha() for c in self.text[s:e]):
            return None
        conf = self.confidence.get(method.replace("-", "_"), self.confidence["default"])
        self.cands.append(Candidate(s, e, qtype, method, attr, paragraph=self.para_of(s), confidence=conf, **kw))
        return len(self.cands) - 1

    def inside_direct(self, pos: int) -> bool:
        for s, e in self.direct_ranges:
            if s <= pos < e:
                return True
        return False

    # --- attribution inside a quoted unit -----------------------------------------------
    def find_attribution(self, s: int, e: int, det_at_start: bool = False):
        """Earliest attribution in text[s:e]: (quote_end, attr, rest_start, line_end) or None.

        ``det_at_start``: a 'Det säger X' right at ``s`` counts (a later line of a unit)."""
        text = self.text
        best = None
        for pat, kind in (
            (ATTR_AFTER, "after"),
            (ATTR_AUX, "aux"),
            (ATTR_BEFORE, "before"),
            (ATTR_PARTICLE, "particle"),
            (DET_REF, "det"),
            (ORDEN, "orden"),
        ):
            m = pat.search(text, s, e)
            while m is not None and (
                m.start() <= s + 1 and kind != "det" or kind == "particle" and not _particle_pair(m)
            ):
                m = pat.search(text, m.start() + 1, e)
            if m is None or (kind in ("det", "orden") and m.start("det") <= s + 1 and not det_at_start):
                continue
            if best is None or m.start() < best[0].start():
                best = (m, kind)
        if best is None:
            return None
        m, kind = best
        if kind == "after":
            sep = m.group("sep")
            qend = m.start("sep") if sep == "," else m.start("cue")
            attr = Attribution("after", m.group("cue"), m.start("cue"), m.end("cue"), "attribution")
            tail = m.end("cue")
        elif kind == "aux":
            qend = m.start("sep") if m.group("sep") == "," else m.start("aux")
            attr = Attribution(
                "span", m.group("cue"), m.start("cue"), m.end("cue"), "attribution", m.start("spk"), m.end("spk")
            )
            tail = m.end("cue")
        elif kind == "particle":  # ", fyller Eva Berg i."
            qend = m.start("sep") if m.group("sep") == "," else m.start("cue")
            attr = Attribution(
                "span", m.group("cue"), m.start("cue"), m.end("cue"), "attribution", m.start("spk"), m.end("spk")
            )
            tail = m.end("particle")
        elif kind == "before":
            qend = m.start("sep")
            attr = Attribution(
                "span", m.group("cue"), m.start("cue"), m.end("cue"), "attribution", m.start("spk"), m.end("spk")
            )
            tail = m.end("cue")
        elif kind == "orden":
            qend = m.start("det")
            attr = Attribution("after", None, None, None, "det-back-reference", m.end(), None)
            attr.spk_start = m.end()
            tail = m.end()
        else:
            qend = m.start("det")
            if m.group("aux"):
                attr = Attribution(
                    "span",
                    m.group("cue2"),
                    m.start("cue2"),
                    m.end("cue2"),
                    "det-back-reference",
                    m.start("spk"),
                    m.end("spk"),
                )
                tail = m.end("cue2")
            else:
                attr = Attribution("after", m.group("cue"), m.start("cue"), m.end("cue"), "det-back-reference")
                tail = m.end("cue")
        # where does the attribution phrase end, and does the quote go on?
        rest = None
        line_end = text.find("\n", tail, e)
        line_end = e if line_end < 0 else line_end
        ce = CLAUSE_END.search(text, tail, line_end)
        if (
            ce is not None
            and ce.end() < line_end
            and text[ce.start()] == ","
            and kind in ("after", "before", "aux", "particle")
        ):
            after = ce.end()
            titled = CAPITALISED_TITLE.match(text, after)
            apposed = titled is not None and ROLE_SUFFIX.search(titled.group("title").lower()) is not None
            if CONTINUE_AFTER_COMMA.match(text, after) and not apposed:
                rest = after
            else:
                rest = sentence_end(text, after, line_end)
        elif ce is not None and ce.group(0).startswith(":"):
            rest = None  # "säger X:" introduces what follows; handled as a lead-in
        else:
            rest = sentence_end(text, tail, line_end)
        if rest is not None and rest >= line_end:
            rest = None
        return qend, attr, rest, line_end

    def list_lead_in(self, pos: int) -> bool:
        """Is the line before ``pos`` a lead-in with a colon that names nobody and has no speech verb ("Så skyddar
        du dig mot värmen:", "Det här behöver du veta:"), which opens a list, not someone's words?"""
        text = self.text
        end = text.rfind("\n", 0, pos)
        while end > 0 and not text[:end].strip():
            end -= 1
        start = text.rfind("\n", 0, max(0, end - 1)) + 1
        line_end = start + len(text[start:end].rstrip())
        return (
            line_end > start
            and text[line_end - 1] == ":"
            # a service list's lead-in speaks to the reader or has no verb ("Så skyddar du dig:", "Tips:"), not
            # "Domaren var hård i sin bedömning:"
            and (SECOND_PERSON.search(text, start, line_end) is not None or self.next_finite(start, line_end) is None)
            and CUE_WORD.search(text, start, line_end) is None
            and THIRD_PERSON_WORD.search(text, start, line_end) is None  # "Hon är tydlig:"
            and not self.has_name(start, line_end)
            and not any(start <= o < line_end for o in self.org_starts)
        )

    def headline_line(self, line_start: int, qs: int, qe: int, line_end: int) -> bool:
        """Is a line of a few words without a verb or a name, a colon and a quotation with nothing after it, under
        a line with no full stop in its paragraph, a link's or a section's headline ("Mer om skjutningen /
        Grannarna: ”Vi är livrädda”"), not a quote? Not "Hon är tydlig: ”…”" (a verb), "Finansminister Elisabeth
        Svantesson: ”…”" (a name), nor one the quotation's own full stop closes."""
        label = self.text[line_start:qs].strip()[:-1]
        prev_end = line_start - 1  # the line before, in the same paragraph: a link list's or a heading's
        prev_line = self.text[self.text.rfind("\n", 0, prev_end) + 1 : prev_end].strip() if prev_end > 0 else ""
        return (
            len(WORD.findall(label)) <= 4
            and bool(prev_line)
            and prev_line[-1] not in '.!?…”"»'
            and CUE_WORD.search(label) is None
            and not self.has_name(line_start, qs)  # "Finansminister Elisabeth Svantesson: ”…”"
            and self.next_finite(line_start, qs) is None
            and not self.text[qe + 1 : line_end].strip(WS)
            and self.text[qe - 1 : qe] not in ".!?…"
        )

    def after_colon(self, s: int) -> bool:
        """Is the quote at ``s`` introduced by a colon ('… säger X och fortsätter:')?"""
        k = s - 1
        while k >= 0 and self.text[k] in WS + "–—-":
            k -= 1
        return k >= 0 and self.text[k] == ":"

    def narration_line(self, s: int, e: int) -> bool:
        """A line naming someone, without 'jag'/'vi'/'du' of a speaker, is the reporter's."""
        return self.has_name(s, e) and FIRST_SECOND_PERSON.search(self.text, s, e) is None

    def interviewer_question(self, s: int, e: int) -> bool:
        """An unattributed question to 'du'/'ni', or a very short one, is the interviewer's."""
        if self.text[e - 1] != "?":
            return False
        return _word_count(self.text, s, e) <= 3 or SECOND_PERSON.search(self.text, s, e) is not None

    def narration_at(self, pos: int) -> bool:
        """Does the text at ``pos`` (after an attribution) talk about someone in the third person,
        or is it itself an attribution ('Det menar också X')?"""
        while pos < len(self.text) and self.text[pos] in WS:
            pos += 1
        if THIRD_PERSON.match(self.text, pos) is not None or DET_OPENING.match(self.text, pos) is not None:
            return True
        conj = AND_OPENING.match(self.text, pos)
        if conj is not None and self.next_finite(conj.end(), conj.end() + 1) is not None:
            return True  # the attribution's verb coordinated: "…, säger Lisa Ek, och pekar på hunden."
        word_end = pos
        while word_end < len(self.text) and not self.text[word_end].isspace():
            word_end += 1
        return self.has_name(pos, word_end)

    def narration_sentence(self, s: int, e: int) -> bool:
        """A sentence in the reporter's voice: no 'jag'/'vi'/'du', and it names someone, says 'hon'/'han',
        or reports someone else's statement ('Polisen befarar att', 'Enligt X')."""
        text = self.text
        if FIRST_SECOND_PERSON.search(text, s, e) is not None:
            return False
        if self.has_name(s, e) or THIRD_PERSON_WORD.search(text, s, e) is not None:
            return True
        # an organisation or a person's name word opening the sentence: 'Polisen befarar …', 'Lucas familj …'
        i = bisect.bisect_left(self.org_starts, s)
        if i < len(self.org_starts) and self.org_starts[i] <= s + 1:
            return True
        first = WORD.match(text, s)
        if first is not None and first.group(0) in self.name_words:
            return True
        if ENLIGT.search(text, s, e) is not None:
            return True
        return any(c.reject is None and c.kind != "none" for c in self.cues_in(s, e))

    def spoken_of_by_speaker(self, s: int, pos: int, se: int, e: int) -> bool:
        """Is the sentence text[pos:se] of a quote starting at ``s`` the speaker still talking of someone, not the
        reporter: its only mark of narration a han/hon, not opening it, that the quote's words before it already use
        as a subject ("– Vi har stått i kön sedan hon var fem. Nu är hon sju"), or a sentence in the first person
        after it on the line ("Hon mår bra. Jag är så stolt")? "– Han var så glad. Han greps i december" is not."""
        text = self.text
        if self.has_name(pos, se) or ENLIGT.search(text, pos, se) is not None:
            return False
        if any(c.reject is None and c.kind != "none" for c in self.cues_in(pos, se)):
            return False
        i = bisect.bisect_left(self.org_starts, pos)
        if i < len(self.org_starts) and self.org_starts[i] < se:
            return False
        if FIRST_PERSON.search(text, se, e) is not None:
            return THIRD_PERSON_WORD.search(text, pos, se) is not None
        if SUBJECT_PRONOUN.search(text, pos, se) is None and OBJECT_PRONOUN.search(text, pos, se) is not None:
            return True  # "Men det blir tomt utan honom": the reporter's own lines say what "han" does
        if THIRD_PERSON.match(text, pos) is not None:
            # "– Hanna har tränat bättre än någonsin. Hon är stark mentalt": the one the sentence before is about,
            # not the reporter's "Hon tittar ner i bordet", "Han greps i december"
            return self._about_the_named(s, pos)
        # the subject pronoun the quote already uses of someone: "… sedan hon var fem. Nu är hon sju"
        said = {m.group(0).lower() for m in SUBJECT_PRONOUN.finditer(text, pos, se)}
        return bool(said & {m.group(0).lower() for m in SUBJECT_PRONOUN.finditer(text, s, pos)})

    def _about_the_named(self, s: int, pos: int) -> bool:
        """Does the sentence of the quote before ``pos`` (the quote starting at ``s``) open with a person's name and
        say nothing in the first person?"""
        text = self.text
        start = nxt = s
        while nxt < pos:
            start = nxt
            se = sentence_end(text, start, pos)
            if se <= start:
                break
            nxt = se
            while nxt < pos and text[nxt] in WS:
                nxt += 1
        first = WORD.match(text, start)
        if first is None or FIRST_PERSON.search(text, start, pos) is not None:
            return False
        word = first.group(0)
        return word in self.name_words or word not in SENTENCE_WORDS and _gender.is_first_name(word)

    def voice_end(self, s: int, e: int, after_attribution: bool = False) -> int:
        """Where the speaker's words in text[s:e] (one line) end: before the first sentence in the reporter's
        voice. After an attribution ('…, säger X. Det kan ta veckor.') the words go on only when they are
        the speaker's: first person, or one short sentence that is not narration."""
        text = self.text
        pos = s
        first = True
        while pos < e:
            se = sentence_end(text, pos, e)
            if se <= pos:
                break
            if first and after_attribution:
                if FIRST_PERSON.search(text, pos, se) is None and (
                    SECOND_PERSON.search(text, pos, se) is not None
                    or self.narration_sentence(pos, se)
                    or se < e
                    and text[se:e].strip(WS)
                    and FIRST_PERSON.search(text, se, e) is None
                    or _word_count(text, pos, se) > 14
                ):
                    return s
            elif not first and self.narration_sentence(pos, se) and not self.spoken_of_by_speaker(s, pos, se, e):
                return trim(text, s, pos)[1]
            first = False
            pos = se
            while pos < e and text[pos] in WS:
                pos += 1
        return e

    def split_unit(self, s: int, e: int, method: str, first_inherit: int | None = None) -> list[int]:
        """Emit the quote segments of a dash unit text[s:e]; return candidate indices."""
        out: list[int] = []
        pos = s
        inherit = first_inherit
        guard = 0
        while pos < e and guard < 20:
            guard += 1
            found = self.find_attribution(pos, e)
            if found is None:
                idx = self.add(pos, e, "direct", method, None, inherit=inherit, continuation=inherit is None)
                if idx is not None:
                    out.append(idx)
                break
            qend, attr, rest, line_end = found
            idx = self.add(pos, qend, "direct", method, attr)
            if idx is not None:
                out.append(idx)
                inherit = idx
            if rest is None or self.narration_at(rest):
                break
            # after the attribution the quote goes on only on the same line
            stop = line_end
            idx_rest = None
            sub = self.find_attribution(rest, stop)
            if sub is None:
                stop = self.voice_end(rest, stop, after_attribution=True)
                if stop <= rest:
                    break
                idx_rest = self.add(rest, stop, "direct", method + "+after-attribution", None, inherit=inherit)
                if idx_rest is not None:
                    out.append(idx_rest)
                break
            pos = rest
            e = stop
        return out

    # --- passes ---------------------------------------------------------------------------
    def dash_units(self) -> None:
        text = self.text
        for ps, pe in self.paras:
            lines = line_ranges(text, ps, pe)
            units: list[list[tuple[int, int]]] = []
            current: list[tuple[int, int]] | None = None
            dash_lines = 0
            for ls, le in lines:
                # where quotes open on this line: (dash start, content start)
                opens: list[tuple[int, int]] = []
                m = DASH_LINE.match(text, ls, le)
                if m is not None:
                    opens.append((ls, m.end()))
                    dash_lines += 1
                for om in COLON_DASH.finditer(text, ls, le):
                    opens.append((om.start() + 1, om.end()))
                for om in SENT_DASH.finditer(text, ls, le):
                    if om.start() > ls:
                        opens.append((om.start(), om.end()))
                if not opens:
                    if current is not None:
                        current.append((ls, le))
                    continue
                opens = sorted(set(opens))
                if opens[0][0] > ls and current is not None:
                    current.append(trim(text, ls, opens[0][0]))  # the rest of a quote from the line before
                for k, (_dash, start) in enumerate(opens):
                    end = opens[k + 1][0] if k + 1 < len(opens) else le
                    current = [trim(text, start, end)]
                    units.append(current)
            if not units:
                continue
            # a block of short dash lines with no attribution is a list, not quotes: without full stops, or after
            # a lead-in with a colon that names nobody ("Så skyddar du dig mot värmen:")
            if (
                dash_lines >= 2
                and all(len(u) == 1 for u in units)
                and not any(self.find_attribution(u[0][0], u[0][1]) for u in units)
                and (all(text[u[0][1] - 1] not in '.!?”"»' for u in units) or self.list_lead_in(units[0][0][0]))
            ):
                continue
            for unit in units:
                self.process_dash_unit(unit)

    def process_dash_unit(self, unit: list[tuple[int, int]]) -> None:
        text = self.text
        s = unit[0][0]
        # attribution anywhere in the unit's lines: the quote runs up to it
        for k, (ls, le) in enumerate(unit):
            found = self.find_attribution(s if k == 0 else ls, le, det_at_start=k > 0)
            if found is not None:
                end_line = le
                # lines after the attribution line are narration
                if k > 0 and self.narration_line(ls, found[0]):
                    break  # a narration line about someone: the quote ended before it
                n0 = len(self.cands)
                if k == 0:
                    self.split_unit(s, end_line, "dash")
                else:
                    qend, attr, rest, line_end = found
                    idx = self.add(s, qend, "direct", "dash", attr)
                    if rest is not None and idx is not None and not self.narration_at(rest):
                        sub = self.find_attribution(rest, line_end)
                        if sub is None:
                            stop = self.voice_end(rest, line_end, after_attribution=True)
                            if stop > rest:
                                self.add(rest, stop, "direct", "dash+after-attribution", None, inherit=idx)
                        else:
                            self.split_unit(rest, line_end, "dash", first_inherit=idx)
                self.direct_ranges.extend((c.start, c.end) for c in self.cands[n0:])
                return
            if k > 0 and (self.narration_line(ls, le) or text[le - 1] == ":"):
                break
        # no attribution: a floating quote; multi-line units stop before narration lines
        e = self.voice_end(s, unit[0][1])
        if e < unit[0][1]:
            unit = unit[:1]  # narration followed on the same line: the quote ended there
        for ls, le in unit[1:MAX_FLOATING_LINES]:
            if self.narration_line(ls, le) or text[le - 1] in ":?" or OPEN_QUOTE.match(text, ls):
                break
            e = le
        if text[e - 1] not in '.!?”"»…' and (_word_count(text, s, e) < 4 or self.para_of(s) == 0):
            return  # a list item, or a headline written as a dash quote
        if self.interviewer_question(s, e) and not self.after_colon(s):
            return
        self.direct_ranges.append((s, e))
        self.add(s, e, "direct", "dash", None, continuation=True)

    def quote_marks(self) -> None:
        text = self.text
        for pi, (ps, pe) in enumerate(self.paras):
            if self.headline(pi):
                continue
            pairs = []
            i = ps
            while i < pe:
                c = text[i]
                if (
                    c in QUOTE_CHARS
                    and (i == ps or not text[i - 1].isalnum())
                    and i + 1 < pe
                    and not text[i + 1].isspace()
                ):
                    closers = QUOTE_PAIRS[c]
                    j = i + 1
                    while j < pe:
                        if (
                            text[j] in closers
                            and (j + 1 >= pe or not text[j + 1].isalnum())
                            and not text[j - 1].isspace()
                        ):
                            break
                        if text[j] == "\n" and j + 1 < pe and text[j + 1] in "\n":
                            j = pe
                            break
                        j += 1
                    if j < pe:
                        pairs.append((i, j))
                        i = j + 1
                        continue
                    if i == ps and not self.inside_direct(ps):
                        # a quote running over paragraphs opens each with a mark and closes only at its end
                        lines = line_ranges(text, ps + 1, pe)
                        if lines:
                            lines[0] = trim(text, lines[0][0], lines[0][1])
                            self.process_dash_unit(lines)
                        break
                i += 1
            for qs, qe in pairs:
                if self.inside_direct(qs) or self.in_markdown_link(ps, qs):
                    continue
                self.classify_quote_mark(pi, ps, pe, qs, qe)

    def classify_quote_mark(self, pi: int, ps: int, pe: int, qs: int, qe: int) -> None:
        text = self.text
        cs, ce = qs + 1, qe
        words = _word_count(text, cs, ce)
        before = text[ps:qs]
        line_start = max(ps, text.rfind("\n", ps, qs) + 1)
        lead = text[line_start:qs].strip()
        after_end = text.find("\n", qe, pe)
        after_end = pe if after_end < 0 else after_end
        # attribution right after the closing mark: ”A”, säger X / ”A?” säger X
        m = AFTER_CLOSING_MARK.match(text, qe + 1, after_end)
        if m is not None:
            attr = Attribution("after", m.group("cue"), m.start("cue"), m.end("cue"), "attribution")
        elif (m := ATTR_PARTICLE.match(text, qe + 1, after_end)) is not None and _particle_pair(m):
            # ”A”, fyller Eva Berg i.
            attr = Attribution(
                "span", m.group("cue"), m.start("cue"), m.end("cue"), "attribution", m.start("spk"), m.end("spk")
            )
        else:
            m = None
        sentence_initial = lead == "" or lead[-1:] in ".!?…–—-" or (lead.endswith(":"))
        prev_q = self.cands[-1] if self.cands else None
        if m is not None and (sentence_initial or words >= 4):
            ss = self.sentence_start(qs, line_start)
            if not sentence_initial and _word_count(text, ss, qs) >= 2:
                # "Inte minst om syftet är att prata ”utan att göra något”, tillade X": the reported clause
                # with its quoted words is one mixed quote, up to the closing mark
                self.add(ss, ce, "mixed", "quotation-marks+reported", attr)
            else:
                self.add(cs, ce, "direct", "quotation-marks", attr)
            self.direct_ranges.append((qs, qe + 1))
            return
        # ”A”, säger X, ”B”: the second part shares the first one's speaker
        if (
            prev_q is not None
            and prev_q.method.startswith("quotation-marks")
            and prev_q.paragraph == pi
            and before.rstrip().endswith(",")
            and qs - prev_q.end < 120
            and CUE_WORD.search(text, prev_q.end, qs)
        ):
            self.add(cs, ce, "direct", "quotation-marks+after-attribution", None, inherit=len(self.cands) - 1)
            self.direct_ranges.append((qs, qe + 1))
            return
        if lead.endswith(":") and self.headline_line(line_start, qs, qe, after_end):
            return  # a headline or a link's ("Grannarna: ”Vi är livrädda”" alone on its line)
        previous_line = text[text.rfind("\n", ps, line_start - 1) + 1 : line_start - 1].rstrip()
        # the lead-in may end the line before, without a blank line: "Maria Ljung, vd för Nordic Packaging,
        # kommenterar:⏎”Jag är stolt över det vi har byggt.”" (a press release's layout); not a question put to
        # someone there: "Vi frågade Anna Berg:⏎”Vad …?”"
        colon_line_before = (
            not lead
            and line_start > ps
            and previous_line.endswith(":")
            and not text[cs:ce].rstrip().endswith("?")
            and not QUESTION_LEAD.search(previous_line)
        )
        if (lead.endswith(":") or colon_line_before) and words >= 3:
            self.direct_ranges.append((qs, qe + 1))
            self.add(cs, ce, "direct", "quotation-marks+colon", self.lead_in(qs))
            return
        if (
            sentence_initial
            and words >= 4
            and text[ce - 1 : ce] in ".!?…"
            and pi > 0
            and not self.interviewer_question(cs, ce)
        ):
            # a whole quoted sentence without attribution: floating
            self.direct_ranges.append((qs, qe + 1))
            self.add(cs, ce, "direct", "quotation-marks", None, continuation=True)
            return
        # a title after "boken", "filmen", "rapporten" ... is not a quote, nor a short capitalised one after a
        # preposition or a medium's genitive ("i ”Malou efter tio”", "i SVT:s ”Agenda”")
        if TITLE_BEFORE.search(text, max(ps, qs - 40), qs) and not (
            text[cs].islower() and JUDGED_WORK.search(text, max(ps, qs - 40), qs)
        ):
            return  # not a judgement of a work in lower case: "kallar romanen ”en av årets starkaste debuter”"
        if (
            text[cs : cs + 1].isupper()
            and words <= 6
            and text[ce - 1 : ce] not in ".!?…"
            and TITLE_PREPOSITION_BEFORE.search(text, max(ps, qs - 30), qs)
        ):
            return
        # inside a sentence: mixed quote when the sentence reports speech
        ss = line_start
        for sm in SENT_END.finditer(text, ss, qs):
            ss = sm.end()
        frame = text[ss:qs]
        cue_m = None
        for cm in CUE_OR_ENLIGT.finditer(frame):
            if CUE_FORMS.get(cm.group(1).lower()) not in MANNER_LEMMAS or text[cs].islower():
                cue_m = cm  # a shouted slogan, but not a title: "Publiken jublade när ”Dancing Queen” spelades"
        if (
            cue_m is None
            and words >= NARRATED_FRAGMENT_WORDS
            and text[cs].islower()
            and text[qs - 1 : qs] != "("  # a definition cited in brackets
            and self.next_finite(cs, ce) is not None
        ):
            # a long quoted fragment in lower case with its own verb inside narration, with no verb of
            # speaking: someone's words, not a scare quote or a title (a title opens with a capital)
            self.direct_ranges.append((qs, qe + 1))
            self.add(cs, ce, "mixed", "quotation-marks+narration", None)
            return
        if cue_m is not None and words >= 2:
            cue = cue_m.group(1)
            cstart = ss + cue_m.start(1)
            parsed = self.cue_at(cstart)
            if parsed is not None and parsed.reject is not None:
                return  # "man kan med fog säga att ”…”": nobody says it
            attr = Attribution("subject", cue, cstart, cstart + len(cue), "attribution", ss, cstart)
            attr.subject = parsed.speaker if parsed is not None else None
            self.direct_ranges.append((qs, qe + 1))
            self.add(cs, ce, "mixed", "quotation-marks+reported", attr)

    def lead_in(self, pos: int) -> Attribution:
        """The sentence before a colon that introduces a quote: 'Anna Lind är tydlig:'."""
        text = self.text
        colon = text.rfind(":", 0, pos)
        ss = colon
        lo = max(0, colon - 400)
        k = colon - 1
        while k > lo and not (text[k] in ".!?\n" and (k + 1 >= len(text) or text[k + 1] in WS)):
            k -= 1
        ss = k + 1 if k > lo else lo
        cue = None
        cstart = cend = None
        for cm in CUE_WORD.finditer(text, ss, colon):
            cue, cstart, cend = cm.group(1), cm.start(1), cm.end(1)
            break
        if cue is None:
            pm = PARTICLE_CUE.search(text, ss, colon)
            if pm is not None:
                cue, cstart, cend = pm.group(0), pm.start(), pm.end()
        return Attribution("lead-in", cue, cstart, cend, "colon", ss, colon)

    def colon_lead_ins(self) -> None:
        """Unattributed direct quotes right after a sentence that ends with a colon."""
        text = self.text
        for c in self.cands:
            if c.attribution is not None or c.inherit is not None or c.type != "direct":
                continue
            k = c.start - 1
            while k >= 0 and text[k] in WS + '–—-"”»“„':
                k -= 1
            if k >= 0 and text[k] == ":":
                c.attribution = self.lead_in(k + 1)
                c.continuation = False
                c.method += "+colon"

    def det_back_references(self) -> None:
        """'Det säger X' after an unmarked paragraph or sentences, outside dash units."""
        text = self.text
        for pi, (ps, pe) in enumerate(self.paras):
            for m in list(DET_REF.finditer(text, ps, pe)) + list(ORDEN.finditer(text, ps, pe)):
                d0 = m.start("det")
                if self.inside_direct(d0):
                    continue
                if "aux" in m.groupdict() and m.group("aux"):
                    attr = Attribution(
                        "span",
                        m.group("cue2"),
                        m.start("cue2"),
                        m.end("cue2"),
                        "det-back-reference",
                        m.start("spk"),
                        m.end("spk"),
                    )
                elif "cue" in m.groupdict() and m.group("cue"):
                    attr = Attribution("after", m.group("cue"), m.start("cue"), m.end("cue"), "det-back-reference")
                else:
                    attr = Attribution("after", None, None, None, "det-back-reference", m.end(), None)
                # the back-referenced text: earlier sentences of this paragraph, else the previous paragraph
                prior_end = max([e for s, e in self.direct_ranges if ps <= e <= d0] + [ps])
                if prior_end < d0 and text[prior_end:d0].strip(WS):
                    lines = line_ranges(text, prior_end, d0)
                    line_s = text.rfind("\n", prior_end, d0)
                    if line_s >= 0 and not text[line_s:d0].strip(WS):
                        # "Det säger X" opens a line: it refers to the line before
                        s, e = lines[-1]
                    else:
                        # on the same line as the statement
                        s, e = (line_s + 1 if line_s >= 0 else prior_end), d0
                    self.attach_or_add(s, e, attr)
                elif d0 == ps and pi > 0:
                    qs, qe = self.paras[pi - 1]
                    self.attach_or_add(qs, qe, attr)

    def attach_or_add(self, s: int, e: int, attr: Attribution) -> None:
        text = self.text
        s, e = trim(text, s, e)
        if e <= s or text[s] in ",;:" or CUE_WORD.match(text, s):
            return  # the rest of an attribution phrase, not a statement
        # an unattributed quote there already: give it this attribution
        hit = False
        for c in self.cands:
            if c.start >= s - 3 and c.end <= e + 1 and c.type == "direct" and (c.attribution is None):
                c.attribution = attr
                c.inherit = None
                c.continuation = False
                hit = True
        if hit:
            return
        if any(c.start < e and s < c.end for c in self.cands):
            return
        m = DASH_LINE.match(text, s, e)
        if m is not None:
            s = m.end()
        quoted = text[s] in QUOTE_CHARS and text[e - 1] in QUOTE_PAIRS[text[s]] + '”"'
        if quoted:
            s, e = s + 1, e - 1  # the whole paragraph in quotation marks
            while e > s and text[e - 1] in ",":
                e -= 1
        if e <= s:
            return
        # a headline (one short line without a full stop) is not a statement
        if (text[e - 1] not in '.!?…”"»' and not quoted) or _word_count(text, s, e) < 3:
            return
        self.direct_ranges.append((s, e))
        # narration the speaker is said to tell, no words of their own ("Nora Hallin flyttar till Dubai. Det
        # avslöjar hon i en video"): a name in it may be whom "hon" means
        narrated = m is None and not quoted and not OWN_WORDS.search(text, s, e)
        self.add(s, e, "direct", "det-back-reference", attr, narrated=narrated)

    def indirect(self) -> None:
        text = self.text
        if self.cues is not None:
            self.indirect_cues()
        for ps, pe in self.paras:
            if self.cues is None:
                self.indirect_att_text(ps, pe)
            for m in ENLIGT.finditer(text, ps, pe):
                if self.inside_direct(m.start()) or self.in_list(m.start()):
                    continue
                ss = self.sentence_start(m.start(), ps)
                se = sentence_end(text, m.end(), pe)
                if self.enligt_not_a_source(m.end(), se) or self.relayed(ss, m.start()):
                    continue
                # the source: up to a comma or the sentence end
                src_end = text.find(",", m.end(), se)
                src_end = se if src_end < 0 else src_end
                attr = Attribution("after", "enligt", m.start("cue"), m.end("cue"), "enligt", m.end(), src_end)
                clause_initial = m.start() - ss <= 1 or CLAUSE_OPENER.search(text, max(ss, m.start() - 12), m.start())
                if clause_initial:
                    # "Enligt Anna Lind ska kommunen ...", "… och enligt källor utreder polisen …":
                    # the source is the first noun phrase, the content the rest of the clause
                    verb = self.next_finite(m.end(), min(se, m.end() + 150))  # a long source's title
                    if verb is not None and "," in text[m.end() : verb]:
                        # past a comma the verb is another clause's ("Enligt Brottsförebyggande rådet anmäls … år,
                        # men mörkertalet anses …", the tagger missing "anmäls"): the source is the name's
                        sm = ENLIGT_SOURCE.match(text, m.end(), se)
                        if sm is not None and "," not in text[m.end() : sm.end()] and sm.end() < verb:
                            verb = sm.end() + len(text[sm.end() : verb]) - len(text[sm.end() : verb].lstrip(WS))
                    appositive = self.title_apposition(m.end(), se)
                    if appositive is not None:
                        # "Enligt Jonas Sjögren, analytiker på Drivkraft Sverige, beror …": the title between commas
                        # belongs to the source, whatever the tagger reads its words as
                        verb = self.next_finite(appositive, min(se, appositive + 90))
                    relative = RELATIVE_OPENING.search(text, m.end(), verb) if verb is not None else None
                    if relative and "," in text[relative.end() : verb]:
                        relative = None  # "som" and no verb before the comma: "Enligt polisen, som i många fall, är"
                    closing = text.find(",", verb, se) if relative else -1
                    after = self.next_finite(closing, min(se, closing + 90)) if closing >= 0 else None
                    bare = BARE_RELATIVE.search(text, m.end(), verb) if verb is not None and not relative else None
                    main = self.main_verb_after_relative(verb, min(se, verb + 90)) if bare else None
                    if relative and after is not None and not text[closing:after].strip(WS + ","):
                        # a relative clause on the source: "Enligt Lisa Holm, som var på plats, var det kaos"
                        attr.spk_end = relative.start()
                        cs, ce = after, se
                    elif bare and main is not None and "," not in text[verb:main]:
                        # without commas, up to the next finite verb: "Enligt Anna Berg som leder projektet är det …"
                        attr.spk_end = bare.start()
                        cs, ce = main, se
                    elif verb is not None and text[m.end() : verb].strip(WS + ","):
                        # the source runs up to the clause's verb (V2): "Enligt X:s egna utredningar har …"
                        attr.spk_end = verb
                        cs, ce = verb, se
                    else:
                        sm = ENLIGT_SOURCE.match(text, m.end(), se)
                        if sm is None or sm.end() >= se:
                            continue
                        attr.spk_end = sm.end()
                        cs, ce = sm.end(), se
                elif (
                    self.finite_right_before(ss, m.start())
                    and (sm := ENLIGT_SOURCE.match(text, m.end(), src_end)) is not None
                    and text[sm.end() : src_end].strip(WS + ".!?")
                    and self.next_finite(sm.end(), src_end) is None
                ):
                    # "enligt X" inside a clause, between its finite verb and the rest of the verb phrase: "Hundens
                    # ägare ska enligt vittnen ha lämnat platsen"; the statement is the whole sentence
                    attr.spk_end = sm.end()
                    cs, ce = ss, se
                else:
                    cs, ce = ss, m.start()
                    rest = text[src_end:se]
                    if rest.strip(WS + ".!?") and not (RELATIVE_OPENING.match(rest) and "," not in rest[1:]):
                        ce = se  # "enligt X" in the middle of a clause: the whole sentence; not before a
                        # relative clause on the source that ends the sentence ("…, enligt X, som leder utredningen.")
                cs, ce = trim(text, cs, ce)
                ce = self._strip_end(cs, ce)
                if self.absorb_fragment(cs, ce, attr, "enligt"):
                    continue
                if any(c.start < ce and cs < c.end for c in self.cands):
                    continue
                self.add(cs, ce, "indirect", "enligt", attr)
            if self.cues is not None:
                continue
            for m in INDIRECT_TAIL.finditer(text, ps, pe):
                if self.inside_direct(m.start()) or self.in_list(m.start()):
                    continue
                if any(c.attribution is not None and c.attribution.cue_start == m.start("cue") for c in self.cands):
                    continue
                ss = self.sentence_start(m.start(), ps)
                line_s = text.rfind("\n", ps, m.start())
                if line_s >= ss:
                    ss = line_s + 1
                ss, _ = trim(text, ss, m.start())
                if any(c.start < m.start() and ss < c.end for c in self.cands):
                    continue
                if _word_count(text, ss, m.start()) < 3:
                    continue
                attr = Attribution("after", m.group("cue"), m.start("cue"), m.end("cue"), "attribution")
                self.add(ss, m.start(), "indirect", "reported-tail", attr)

    def indirect_att_text(self, ps: int, pe: int) -> None:
        """'X säger att ...' found in the text alone (a Doc without cues from the parse)."""
        text = self.text
        for m in self._indirect_matches(ps, pe):
            cue = m.group("cue")
            if CUE_FORMS.get(cue) not in INDIRECT_LEMMAS or self.inside_direct(m.start()) or self.in_list(m.start()):
                continue
            if m.start() > ps and text[m.start() - 1] not in WS:
                continue
            if not _plausible_mid(m.group("mid")) or DET_BEFORE.search(text, max(ps, m.start() - 12), m.start()):
                continue
            if GENERIC_SUBJECT.search(text, max(ps, m.start() - 12), m.start()):
                continue  # "Många tror att ...": opinion of nobody in particular
            cs = m.end()
            ce = sentence_end(text, cs, pe)
            colon = text.find(":", cs, ce)
            if colon >= 0:
                ce = colon
            if self.inside_direct(cs) or any(c.start < ce and cs < c.end for c in self.cands if c.type == "mixed"):
                continue
            ss = self.sentence_start(m.start(), ps)
            attr = Attribution("subject", cue, m.start("cue"), m.end("cue"), "attribution", ss, m.start("cue"))
            attr.after_end = m.end("mid")  # speaker may follow the cue ("sa förbundet att")
            self.add(cs, self._strip_end(cs, ce), "indirect", "indirect-att", attr)

    def indirect_cues(self) -> None:
        """Reported speech from the reporting verbs the parse found (:mod:`.cues`): the content after
        'att' / 'hur' or a bare clause, a clause with the verb inside it, and '…, skriver X' after one."""
        text = self.text
        for cue in self.cues or []:
            if cue.reject is not None or cue.kind == "none":
                continue
            if self.inside_direct(cue.start) or self.in_list(cue.start):
                continue
            pi = self.para_of(cue.start)
            ps, pe = self.paras[pi] if self.paras else (0, len(text))
            if not ps <= cue.start < pe:
                continue
            written = text[cue.start : cue.end]
            if any(
                c.type == "direct" and c.attribution is not None and c.attribution.cue_start == cue.start
                for c in self.cands
            ):
                continue  # the attribution of a direct quote
            if cue.kind == "tail":
                self.reported_tail(cue, ps)
                continue
            ss = self.sentence_start(cue.start, ps)
            if DET_LEAD.fullmatch(text, ss, cue.start):
                continue  # "Det säger X": a back-reference, handled with the direct quotes
            outer = next((c for c in self.cands if c.type == "indirect" and c.start <= cue.start < c.end), None)
            if outer is not None and (cue.subject is None or OWN_VOICE.fullmatch(text, *cue.subject)):
                continue  # the speaker's own stance inside their statement: "… och att man misstänker att …"
            cs = cue.content
            ce = sentence_end(text, cs, pe)
            colon = text.find(":", cs, ce)
            if colon >= 0:
                ce = colon
            ce = self.next_attribution(cs, ce)
            if cue.kind in ("att", "question", "bare"):
                attr = Attribution("subject", written, cue.start, cue.end, "attribution", ss, cue.start)
                attr.after_end = cue.mid_end if cue.mid_end is not None else cue.end
                attr.subject = cue.speaker
                if self.absorb_fragment(cs, self._strip_end(cs, ce), attr, "indirect-att"):
                    continue
            if self.inside_direct(cs) or any(c.start < ce and cs < c.end for c in self.cands if c.type == "mixed"):
                continue
            if cue.kind == "which":
                ce = cue.content_end
            if cue.kind in ("as", "which"):
                cs = ss if cue.kind == "which" else cs
                attr = Attribution("span", written, cue.start, cue.end, "attribution", cue.subject[0], cue.subject[1])
                self.add(cs, self._strip_end(cs, ce), "indirect", "indirect-att", attr)
                continue
            if cue.kind == "inside":
                # "Förseningen tror de beror på vädret": the whole clause, the speaker after the verb
                attr = Attribution("span", written, cue.start, cue.end, "attribution", cue.subject[0], cue.subject[1])
                self.add(ss, self._strip_end(ss, ce), "indirect", "indirect-att", attr)
                continue
            attr = Attribution("subject", written, cue.start, cue.end, "attribution", ss, cue.start)
            attr.after_end = cue.mid_end if cue.mid_end is not None else cue.end  # "sa förbundet att"
            attr.subject = cue.speaker
            if cue.kind == "att":
                ce = self.coordinated_att(ce, pe)
            self.add(cs, self._strip_end(cs, ce), "indirect", "indirect-att", attr)

    def absorb_fragment(self, cs: int, ce: int, attr: Attribution, method: str) -> bool:
        """Reported content with quoted words inside ('Han skriver att hennes generation får ”bära …”'):
        the quoted fragment becomes one mixed quote over the whole content, ending before the closing mark
        when the quotation closes the content. Content that is all quotation ('menar att ”…”') stays as it is."""
        text = self.text
        cs, ce = trim(text, cs, ce)
        for c in self.cands:
            if c.type != "mixed" or not (cs < c.start - 1 and c.end <= ce + 1):
                continue
            if not text[cs : c.start - 1].strip(WS):
                return False
            closes = not text[c.end + 1 : ce].strip(WS + ".,;:!?")
            c.start, c.end = cs, (c.end if closes else ce)
            c.attribution = attr
            c.method = method + "+mixed"
            c.confidence = self.confidence.get(method.replace("-", "_"), self.confidence["default"])
            return True
        return False

    def next_attribution(self, cs: int, ce: int) -> int:
        """Reported content ends where the next attribution or a closing 'enligt' source starts:
        'X säger att A, enligt TT.', 'X menar att A, skriver tidningen.'"""
        text = self.text
        for m in TRAILING_SOURCE.finditer(text, cs, ce):
            if "," not in text[m.end() : ce]:
                return m.start()
        for cue in self.cues_in(cs + 1, ce):
            if cue.kind == "tail" and cue.reject is None:
                comma = text.rfind(",", cs, cue.start)
                if comma > cs and not text[comma + 1 : cue.start].strip(WS):
                    return comma
        return ce

    def coordinated_att(self, ce: int, pe: int) -> int:
        """'X säger att A. Och att B.': a sentence opening with a coordinated att-clause belongs to the same
        statement; the span runs to its end."""
        text = self.text
        pos = ce
        while True:
            nxt = pos
            while nxt < pe and text[nxt] in WS:
                nxt += 1
            if COORDINATED_ATT.match(text, nxt, pe) is None or self.inside_direct(nxt):
                return pos
            pos = sentence_end(text, nxt, pe)

    def reported_tail(self, cue, ps: int) -> None:
        """'Kommunen bygger nytt, uppger Anna Lind.': the sentence before the attribution."""
        text = self.text
        comma = text.rfind(",", ps, cue.start)
        stop = comma if comma >= 0 and not text[comma + 1 : cue.start].strip(WS) else cue.start
        if any(c.attribution is not None and c.attribution.cue_start == cue.start for c in self.cands):
            return
        ss = self.sentence_start(stop, ps)
        line_s = text.rfind("\n", ps, stop)
        if line_s >= ss:
            ss = line_s + 1
        ss, _ = trim(text, ss, stop)
        overlapping = [c for c in self.cands if c.start < stop and ss < c.end]
        if overlapping and not (self._closing_tail(cue) and all(self._nested(c, ss, stop) for c in overlapping)):
            return
        if _word_count(text, ss, stop) < 2 or not self.main_clause(ss, stop):
            return
        attr = Attribution("after", text[cue.start : cue.end], cue.start, cue.end, "attribution")
        self.add(ss, stop, "indirect", "reported-tail", attr)

    def main_clause(self, start: int, end: int) -> bool:
        """Is text[start:end] more than a subject and its relative clause or apposition, which the comma before
        a verb closes ('Mannen, som är 29 år, förnekar brott.', 'Mannen, en 29-åring från Örebro, erkänner …')?
        A short noun phrase without a finite verb, one comma, and a relative clause or an indefinite noun phrase
        after it, or an age, are no statement; anything else may be ('En 17-åring, två 18-åringar och en man
        greps …')."""
        segments = self.text[start:end].split(",")
        if len(segments) != 2:
            return True
        first, second = WORD.findall(segments[0]), WORD.findall(segments[1])
        tally = not first or first[0].lower() in TALLY_WORDS or segments[0].strip()[:1].isdigit()
        short_subject = 0 < len(first) <= 4 and self.next_finite(start, start + len(segments[0])) is None
        titled = any(is_person_title(w.lower()) for w in first)  # "Kommunens presschef", not "Tack för allt"
        named = titled and len(second) <= 4 and all(w[:1].isupper() for w in second)
        relative = bool(second) and second[0].lower() in RELATIVE_WORDS
        if short_subject and (relative and (titled or not tally) or named and not tally):
            # a subject with a relative clause or a name in apposition: "En lärare i Göteborg, som vill vara
            # anonym, beskriver …", "Kommunens presschef, Ola Berg, kommenterar beslutet."
            return False
        if tally:
            return True  # a tally: "Två döda, en svårt skadad, uppger polisen."
        person = titled or any(w.lower() in RELATION_NOUNS for w in first) or any(w[:1].isupper() for w in first[1:])
        apposition = all(w[:1].isupper() for w in second) or is_person_title(second[0].lower())
        if self.parsed and person and apposition and self.next_finite(start, end) is None:
            # a person and an apposition, no verb: "Flickans morfar, Sven-Olof Lundström, beskriver helgen som …",
            # "Kommunalrådet Per Ek (S), ordförande i kommunstyrelsen, beklagar olyckan."; not "Tack för allt, Zlatan"
            return False
        if len(first) <= 4 and AGE_SEGMENT.fullmatch(segments[1].strip()):
            return False  # an age: "This Morning-presentatören, 37, …", "Kvinnan, 34 år, …"
        if not second or len(first) > 4 or self.next_finite(start, start + len(segments[0])) is not None:
            return True
        return second[0].lower() not in RELATIVE_WORDS | {"en", "ett", "vars"}

    def _closing_tail(self, cue) -> bool:
        """Is the attribution a speaker's own (``NESTING_TAIL_LEMMAS``), closing its sentence a few words and a
        full stop after the verb ('…, berättade han för The Telegraph.')? Not a medium relaying ('…, skriver
        tidningen.'), a verb with its own object running on ('…, tillkännagav regeringen finansiering av …'),
        nor a headline without a full stop."""
        if cue.lemma not in NESTING_TAIL_LEMMAS:
            return False
        text = self.text
        pe = self.paras[self.para_of(cue.start)][1] if self.paras else len(text)
        end = sentence_end(text, cue.end, pe)
        tail = text[cue.end : end].rstrip(WS)
        if not tail.endswith((".", "!", "?")) or "\n" in tail or _word_count(text, cue.end, end) > MAX_TAIL_WORDS:
            return False
        # after the speaker the parse gives: nothing, or where and to whom ("till TT", "i ett mejl", ", som …")
        who = cue.speaker or cue.subject
        if who is None:
            return True
        after = who[1]
        if text[who[0] : who[1]].lower() in POSSESSIVES:  # the parse's subject is "hennes" of "hennes pappa"
            after = m.end() if (m := NEXT_WORD.match(text, after, end)) else after
        return TAIL_REST.match(text, after, end) is not None

    @staticmethod
    def _nested(c: Candidate, ss: int, stop: int) -> bool:
        """Is ``c`` a third party's statement reported inside the sentence text[ss:stop], its verb there too
        ('Polisen misstänker att branden var anlagd, säger Anna Berg')? It keeps its own entry, and the
        sentence is the statement of the speaker after it."""
        a = c.attribution
        return (
            c.type == "indirect"
            and ss <= c.start
            and c.end <= stop
            and a is not None
            and a.cue_start is not None
            and ss <= a.cue_start < stop
        )

    def cues_in(self, s: int, e: int) -> list[Cue]:
        """The parse's reporting verbs that start in text[s:e]."""
        if not self.cues:
            return []
        return self.cues[bisect.bisect_left(self.cue_starts, s) : bisect.bisect_left(self.cue_starts, e)]

    def cue_at(self, char: int) -> Cue | None:
        """The reporting verb the parse found at ``char``."""
        found = self.cues_in(char, char + 1)
        return found[0] if found else None

    def headline(self, pi: int) -> bool:
        """The document's first paragraph on one line without a full stop: a headline, whose quotations
        ('X hyllar Y: ”…”') are not statements."""
        if pi != 0 or not self.paras:
            return False
        ps, pe = self.paras[0]
        body = self.text[ps:pe].rstrip(WS + '”"»«“')
        return "\n" not in self.text[ps:pe] and body[-1:] not in ".!?…"

    def main_verb_after_relative(self, verb: int, limit: int) -> int | None:
        """The clause's own finite verb after a relative clause without commas whose verb is at ``verb``: the
        next finite verb, not one coordinated into the relative clause ("som leder projektet och har gjort det")
        or after "i" ("i går", read as a verb); None where a subordinate clause comes first ("som var där när
        det hände var det kaos": its end is unknown)."""
        text = self.text
        pos = verb + 1
        while (cand := self.next_finite(pos, limit)) is not None:
            between = text[verb:cand]
            if SUBORDINATOR.search(between):
                return None
            if not PRE_VERB_SKIP.search(between):
                return cand
            pos = cand + 1
        return None

    def next_finite(self, pos: int, limit: int) -> int | None:
        """The first finite verb in text[pos:limit], from the parse."""
        i = bisect.bisect_left(self.finite_starts, pos)
        return self.finite_starts[i] if i < len(self.finite_starts) and self.finite_starts[i] < limit else None

    def enligt_not_a_source(self, pos: int, se: int) -> bool:
        """'enligt lagen', 'enligt den nya planen', 'enligt följande': a rule or plan, not someone speaking."""
        words = WORD.findall(self.text, pos, min(se, pos + 60))[:3]
        return any(w.lower() in ENLIGT_NOT_SOURCES or ENLIGT_NOT_SOURCE_ENDINGS.search(w.lower()) for w in words)

    def relayed(self, ss: int, pos: int) -> bool:
        """'…, säger Putin enligt Reuters': 'enligt' names who relayed an attribution, not a new speaker."""
        for cue in self.cues_in(ss, pos):
            if pos - cue.end > 40 or cue.reject is not None:
                continue
            if cue.kind == "tail":
                return True
            if cue.kind == "none" and cue.lemma not in _PREPOSITION_VERBS and self._stated(cue.start):
                return True  # "Putin varnar, enligt Reuters, för …" where the warning is a statement of its own
        return any(
            c.attribution is not None
            and c.attribution.cue_end is not None
            and ss <= c.attribution.cue_start < pos
            and pos - c.attribution.cue_end <= 40
            and c.attribution.mention != "enligt"
            for c in self.cands
        )

    def finite_right_before(self, ss: int, pos: int) -> bool:
        """Is the word right before ``pos`` a finite verb (from the parse): 'ska enligt vittnen', 'har enligt
        familjen'?"""
        last = LAST_WORD.search(self.text, ss, pos)
        if last is None:
            return False
        i = bisect.bisect_left(self.finite_starts, last.start())
        return i < len(self.finite_starts) and self.finite_starts[i] == last.start()

    def title_apposition(self, pos: int, se: int) -> int | None:
        """The end of a title in apposition to the source after 'enligt' ('Jonas Sjögren, analytiker på
        Drivkraft Sverige,'): where the comma after it closes, or None when no title follows the source's comma."""
        text = self.text
        comma = text.find(",", pos, se)
        if comma < 0 or comma - pos > 60:
            return None
        first = WORD.search(text, comma + 1, se)
        closing = text.find(",", comma + 1, se)
        if first is None or text[comma + 1 : first.start()].strip(WS) or closing < 0:
            return None
        if ACRONYM_ONLY.fullmatch(text[comma + 1 : closing].strip(WS)):
            return closing + 1  # the source's acronym: "Enligt Pensionärernas riksorganisation, PRO, räcker"
        if not is_person_title(first.group().lower()):
            return None
        return closing + 1

    def _stated(self, cue_start: int) -> bool:
        """Has the speech verb at ``cue_start`` a statement of its own among the candidates? Not so a verb
        with a plain object ('Kvinnan förnekar brott, enligt hennes advokat': the lawyer's statement)."""
        return any(c.attribution is not None and c.attribution.cue_start == cue_start for c in self.cands)

    def _indirect_matches(self, ps: int, pe: int):
        """INDIRECT_ATT matches, retrying after each cue so that a rejected wide match
        ('säger han och påpekar att') does not hide a closer one ('påpekar att')."""
        pos = ps
        while pos < pe:
            m = INDIRECT_ATT.search(self.text, pos, pe)
            if m is None:
                return
            yield m
            pos = m.end("cue")

    def in_markdown_link(self, ps: int, pos: int) -> bool:
        """Inside the target of a Markdown link: '[text](url "title")'."""
        opener = self.text.rfind("](", ps, pos)
        return opener >= 0 and ")" not in self.text[opener + 2 : pos]

    def in_list(self, pos: int) -> bool:
        line_start = self.text.rfind("\n", 0, pos) + 1
        return LIST_LINE.match(self.text, line_start) is not None or self.text[line_start:pos].count("(") > self.text[
            line_start:pos
        ].count(")")

    def _strip_end(self, s: int, e: int) -> int:
        s, e = trim(self.text, s, e)
        while e > s and self.text[e - 1] in ".;:,":
            e -= 1
        return e

    def sentence_start(self, pos: int, ps: int) -> int:
        text = self.text
        ss = ps
        for sm in SENT_END.finditer(text, ps, pos):
            ss = sm.end()
        return trim(text, ss, pos)[0]

    def run(self) -> list[Candidate]:
        self.dash_units()
        self.quote_marks()
        self.colon_lead_ins()
        self.det_back_references()
        self.indirect()
        order = sorted(range(len(self.cands)), key=lambda i: (self.cands[i].start, self.cands[i].end))
        remap = {old: new for new, old in enumerate(order)}
        out = [self.cands[i] for i in order]
        for c in out:
            if c.inherit is not None:
                c.inherit = remap[c.inherit]
        return out


def detect(
    text: str,
    name_starts: list[int] | None = None,
    confidence: dict[str, float] | None = None,
    cues: list[Cue] | None = None,
    org_starts: list[int] | None = None,
    name_words: set[str] | None = None,
    finite_starts: list[int] | None = None,
) -> list[Candidate]:
    """Quote candidates of ``text``; ``confidence`` overrides :data:`DETECTION_CONFIDENCE` by method.

    ``cues``: the reporting verbs found in the parse (:func:`.cues.find_cues`); without them indirect
    speech is found by the written forms alone. ``org_starts``: where organisations are named;
    ``name_words``: the words of the people's names; ``finite_starts``: where the parse has finite verbs (None:
    no parse)."""
    return Detector(text, name_starts, confidence, cues, org_starts, name_words, finite_starts).run()
