"""Entity labels: the one place where a model's labels become the project's four.

The bundled model predicts PER, ORG, LOC and MISC. Other Swedish models use other
label sets: the official spaCy pipelines (``sv_core_news_*``) and stanza's Swedish
NER are trained on SUC 3.0 (PRS, ORG, LOC, EVN, TME, MSR, WRK, OBJ), English-style
models on OntoNotes (PERSON, GPE, NORP, DATE, ...). Every model label is mapped to
PER, ORG, LOC or MISC here; the ``entities`` table keeps the model's own label in
``label_original``.

=====================================================  ======  =================================
model label                                            label   entity linking
=====================================================  ======  =================================
PER, PRS, PERSON                                       PER     a candidate person
ORG, ORGANIZATION, ORGANISATION, COMPANY, INST         ORG     a candidate organisation
LOC, GPE, GPE_LOC, LOCATION, FAC, PLACE, GEO           LOC     relabelled only when a linked
                                                               name overlaps it
TME, MSR (SUC time and measure expressions), DATE,     MISC    never linked (not names), even
TIME, MONEY, QUANTITY, PERCENT, CARDINAL, ORDINAL              where a linked name overlaps
anything else (MISC, EVN, WRK, OBJ, NORP, ...)         MISC    relabelled only when a linked
                                                               name overlaps it
=====================================================  ======  =================================

The same table is in docs/tables.md (*Entity labels*).
Matching ignores case and a BIO prefix (``B-PER``, ``I-ORG``).
"""

from __future__ import annotations

PROJECT_LABELS = ("PER", "ORG", "LOC", "MISC")

PER_LABELS = frozenset({"PER", "PRS", "PERSON"})
ORG_LABELS = frozenset({"ORG", "ORGANIZATION", "ORGANISATION", "COMPANY", "INST"})
LOC_LABELS = frozenset({"LOC", "GPE", "GPE_LOC", "LOCATION", "FAC", "PLACE", "GEO"})
# Expressions that are not names: kept in the entities table as MISC, never linked.
NOT_NAME_LABELS = frozenset({"TME", "MSR", "DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"})


def _bare(label: str) -> str:
    upper = (label or "").upper()
    if upper[:2] in ("B-", "I-", "E-", "S-", "L-", "U-"):
        upper = upper[2:]
    return upper


def map_label(label: str) -> str:
    """The project's label (PER, ORG, LOC or MISC) for a model label."""
    bare = _bare(label)
    if bare in PER_LABELS:
        return "PER"
    if bare in ORG_LABELS:
        return "ORG"
    if bare in LOC_LABELS:
        return "LOC"
    return "MISC"


def is_person(label: str) -> bool:
    return _bare(label) in PER_LABELS


def is_org(label: str) -> bool:
    return _bare(label) in ORG_LABELS


def is_name(label: str) -> bool:
    """False for time and measure expressions (SUC TME/MSR, OntoNotes DATE, MONEY, ...)."""
    return _bare(label) not in NOT_NAME_LABELS
