"""Swedish news tokenizer rules on top of spaCy's ``sv`` defaults.

spaCy's Swedish tokenizer already splits ``–Vår``, keeps ``EU:s``, ``46:e``,
``22.30``, ``1990-talet`` and most dotted abbreviations together. News text adds:

* a hyphen-minus quote dash glued to the first word (``-Vi``, ``--Vi``), which
  must come off as its own token, while ``-10`` and ``-talet`` stay whole;
* abbreviations missing from the defaults (``St.``, ``ca.``, ``nr.``, ...);
* dotless abbreviations written as one token (``pga``, ``dvs``, ``mfl``), which
  get a norm so the model sees one form;
* abbreviations spelled with spaces (``bl a``, ``t ex``, ``d v s``), which become
  one token with its norm, as the Swedish treebanks write them;
* Markdown links in scraped text (``[Award Winners](https://…)``), split between
  the link text and its URL.

The rules are installed by the ``nlp_pipeline.swedish_tokenizer_rules.v1``
callback, which the training config runs after the ``Language`` is created; the
spaced abbreviations are merged by ``SwedishNewsTokenizer``
(``nlp_pipeline.swedish_news_tokenizer.v1`` in the config). So the shipped model
carries both.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

# A hyphen (or two) glued to a word that starts with a letter: "-Vi", "--Vår".
GLUED_DASH_PREFIX = r"-{1,2}(?=[^\W\d_])"

# A Markdown link, as scraped articles carry them: "[Award Winners](https://www.state.gov/…)" splits
# between the bracket and the parenthesis, so that the link text's last word is not glued to the URL.
MARKDOWN_LINK_INFIXES = [r"\](?=\()", r"(?<=\])\("]

# A name with an apostrophe after its first letter or two, before a capital: "O’Neill", "D’Artagnan",
# "N’Golo" are one word (the infixes would split them at the apostrophe, read as a closing quote).
APOSTROPHE_NAME = re.compile(r"^[A-ZÅÄÖ][a-zåäö]?[’'][A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?$")

EXTRA_ABBREVIATIONS = [
    "St.",
    "st.",
    "ca.",
    "Ca.",
    "nr.",
    "Nr.",
    "tfn.",
    "jfr.",
    "Jfr.",
    "mfl.",
    "pga.",
    "bl.a.",
    "f.d.",
    "d.v.s.",
    "s.k.",
    "t.ex.",
    "m.m.",
    "osv.",
    "ordf.",
    "vd.",
    "tf.",
    "mom.",
    "prop.",
    "dir.",
    "avd.",
    "dr.",
    "mr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Sr.",
    "Jr.",
    "fil.",
    "dr.",
    "tekn.",
    "med.",
    "kand.",
    "mag.",
    "lic.",
    "S:t",
    "s:t",
    "S:ta",
    "s:ta",
]

DOTLESS_NORMS = {
    "pga": "på grund av",
    "dvs": "det vill säga",
    "bla": "bland annat",
    "mfl": "med flera",
    "osv": "och så vidare",
    "tex": "till exempel",
    "sk": "så kallad",
    "fd": "före detta",
}


# Abbreviations written with spaces, as lower-case parts; the first part may be capitalised.
SPACED_ABBREVIATIONS = {
    ("bl", "a"): "bland annat",
    ("t", "ex"): "till exempel",
    ("s", "k"): "så kallad",
    ("f", "n"): "för närvarande",
    ("f", "d"): "före detta",
    ("d", "v", "s"): "det vill säga",
    ("t", "o", "m"): "till och med",
    ("fr", "o", "m"): "från och med",
    ("o", "s", "v"): "och så vidare",
    ("m", "fl"): "med flera",
    ("m", "m"): "med mera",
    ("p", "g", "a"): "på grund av",
    ("o", "d"): "och dylikt",
    ("i", "st", "f"): "i stället för",
}


def spaced_abbreviation_forms() -> list[str]:
    """Every token text a merge can make: each abbreviation in lower case and capitalised."""
    forms = []
    for parts in SPACED_ABBREVIATIONS:
        text = " ".join(parts)
        forms += [text, text[0].upper() + text[1:]]
    return forms


_SPACED = re.compile(
    r"\b(?=\w\w? \w)(?:"  # the lookahead is a cheap first filter
    + "|".join(re.escape(form) for form in sorted(spaced_abbreviation_forms(), key=len, reverse=True))
    + r")\b"
)


def merge_spaced_abbreviations(doc: Doc, text: str | None = None) -> Doc:
    """Merge ``bl a``, ``t ex``, ``d v s`` ... (parts separated by one space) into one token.
    ``text`` is ``doc.text`` where the caller has it (building it again costs time).

    A full stop after the last part stays a token of its own, as after ``m m.``: where
    spaCy's exceptions glued it to the last letter (``v.`` in ``o s v.``, ``a.`` in
    ``bl a.``), that token is split first."""
    matches = [m.span() for m in _SPACED.finditer(doc.text if text is None else text)]
    if not matches:
        return doc
    spans = [doc.char_span(start, end) for start, end in matches]
    glued = [doc.char_span(start, end + 1) for (start, end), span in zip(matches, spans) if span is None]
    glued = [span[-1] for span in glued if span is not None and span[-1].text.endswith(".") and len(span[-1]) > 1]
    if glued:
        with doc.retokenize() as retokenizer:
            for tok in glued:
                retokenizer.split(tok, [tok.text[:-1], "."], heads=[(tok, 0), (tok, 0)])
        spans = [doc.char_span(start, end) for start, end in matches]
    spans = [span for span in spans if span is not None and len(span) > 1]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                norm = SPACED_ABBREVIATIONS[tuple(span.text.lower().split(" "))]
                retokenizer.merge(span, attrs={"NORM": norm})
    return doc


class SwedishNewsTokenizer(Tokenizer):
    """spaCy's tokenizer, then ``merge_spaced_abbreviations``."""

    def __call__(self, text: str) -> Doc:
        return merge_spaced_abbreviations(super().__call__(text), text)


@registry.tokenizers("nlp_pipeline.swedish_news_tokenizer.v1")
def make_swedish_news_tokenizer():
    def create(nlp: Language) -> SwedishNewsTokenizer:
        defaults = nlp.Defaults
        return SwedishNewsTokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(defaults.prefixes).search,
            suffix_search=compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=compile_infix_regex(defaults.infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return create


def add_swedish_news_rules(nlp: Language) -> Language:
    tokenizer = nlp.tokenizer
    prefixes = [GLUED_DASH_PREFIX] + list(nlp.Defaults.prefixes or [])
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    tokenizer.infix_finditer = compile_infix_regex(MARKDOWN_LINK_INFIXES + list(nlp.Defaults.infixes or [])).finditer
    tokenizer.token_match = APOSTROPHE_NAME.match
    for abbr in EXTRA_ABBREVIATIONS:
        tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    for word, norm in DOTLESS_NORMS.items():
        tokenizer.add_special_case(word, [{ORTH: word, NORM: norm}])
    return nlp


@registry.callbacks("nlp_pipeline.swedish_tokenizer_rules.v1")
def make_swedish_tokenizer_rules():
    return add_swedish_news_rules
