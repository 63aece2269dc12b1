"""Swedish news tokenizer rules on top of spaCy's ``sv`` defaults.

spaCy's Swedish tokenizer already splits ``–Vår``, keeps ``EU:s``, ``46:e``,
``22.30``, ``1990-talet`` and most dotted abbreviations together. News text adds:

* a hyphen-minus quote dash glued to the first word (``-Vi``, ``--Vi``), which
  must come off as its own token, while ``-10`` and ``-talet`` stay whole;
* abbreviations missing from the defaults (``St.``, ``ca.``, ``nr.``, ...);
* dotless abbreviations written as one token (``bl a`` is two tokens, ``pga``,
  ``dvs``, ``mfl`` are one), which get a norm so the model sees one form.

The rules are installed by the ``nlp_pipeline.swedish_tokenizer_rules.v1``
callback, which the training config runs after the ``Language`` is created, so
the shipped model carries them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.util import compile_prefix_regex, registry

# A hyphen (or two) glued to a word that starts with a letter: "-Vi", "--Vår".
GLUED_DASH_PREFIX = r"-{1,2}(?=[^\W\d_])"

EXTRA_ABBREVIATIONS = [
    "St.", "st.", "ca.", "Ca.", "nr.", "Nr.", "tfn.", "jfr.", "Jfr.", "mfl.", "pga.",
    "bl.a.", "f.d.", "d.v.s.", "s.k.", "t.ex.", "m.m.", "osv.", "ordf.", "vd.", "tf.",
    "mom.", "prop.", "dir.", "avd.", "dr.", "mr.", "Mr.", "Mrs.", "Ms.", "Sr.", "Jr.",
    "fil.", "dr.", "tekn.", "med.", "kand.", "mag.", "lic.", "S:t", "s:t", "S:ta", "s:ta",
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


def add_swedish_news_rules(nlp: Language) -> Language:
    tokenizer = nlp.tokenizer
    prefixes = [GLUED_DASH_PREFIX] + list(nlp.Defaults.prefixes or [])
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    for abbr in EXTRA_ABBREVIATIONS:
        tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    for word, norm in DOTLESS_NORMS.items():
        tokenizer.add_special_case(word, [{ORTH: word, NORM: norm}])
    return nlp


@registry.callbacks("nlp_pipeline.swedish_tokenizer_rules.v1")
def make_swedish_tokenizer_rules():
    return add_swedish_news_rules
