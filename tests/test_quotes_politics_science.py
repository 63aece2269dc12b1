"""Who speaks in politics, science and health news (2026-12-08, seventh session: invented articles). Every
sentence is invented for the test; the real bundled pipeline runs on it.
"""

from __future__ import annotations

import pandas as pd
import pytest

from nlp_pipeline import analyze


def _quotes(nlp, text):
    q = analyze(text, nlp=nlp).quotes
    return [(t, None if pd.isna(s) else s) for t, s in zip(q["text"], q["speaker"])]


@pytest.mark.parametrize(
    "text, quotes",
    [
        # "de" after two people named as one subject: both speak
        (
            "Forskarna Anna Ek och Per Holm har studerat frågan i tio år. De menar att resultaten är tydliga.",
            [("resultaten är tydliga", "Anna Ek och Per Holm")],
        ),
        # ... not after one person meeting another
        (
            "Anna Ek träffade Per Holm i går. De säger att samarbetet fungerar.",
            [("samarbetet fungerar", None)],
        ),
        # a survey's share of a group who say something is no one speaking
        ("Andelen 15-åriga flickor som uppger att de har besvär har fördubblats sedan 1980-talet.", []),
        ("Antalet elever som säger att de trivs i skolan har minskat.", []),
        # ... a man who lives nearby is someone
        ("En man som bor intill säger att han hörde skott.", [("han hörde skott", "man")]),
        # the speaker's own organisation's stance inside her statement has no entry of its own
        (
            "– Vi arbetar intensivt, säger Annika Fors, sjukvårdsdirektör i Region Västernorrland.\n\nHon uppger att "
            "regionen räknar med att halvera kön till sommaren.",
            [
                ("Vi arbetar intensivt", "Annika Fors"),
                ("regionen räknar med att halvera kön till sommaren", "Annika Fors"),
            ],
        ),
    ],
)
def test_who_speaks_in_politics_and_science(nlp, text, quotes):
    assert _quotes(nlp, text) == quotes


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a document of a kind of organisation's: the one of that kind named before
        (
            "Folkhälsomyndigheten har publicerat nya siffror. Enligt myndighetens senaste lägesrapport har 412 "
            "personer lagts in på sjukhus.",
            "Folkhälsomyndigheten",
        ),
        # an organisation's acronym between commas after its name, sentence-initial "Enligt"
        ("Enligt Pensionärernas riksorganisation, PRO, räcker inte sänkningen.", "PRO"),
        # ... not where one of the kind came up unnamed since
        (
            "Saab har fått en order från ett brittiskt företag. Enligt företagets beräkningar är ordern värd två "
            "miljarder.",
            "företaget",
        ),
    ],
)
def test_the_owner_of_a_document(nlp, text, speaker):
    assert [s for _, s in _quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    "text, quotes",
    [
        # the verb's own subject with its apposition before the comma, an object after: no statement
        ("Facket, tillsammans med arbetsgivarna, kräver en ny lag.", []),
        ("Regeringen, med statsministern i spetsen, lovar kraftfulla åtgärder.", []),
        # an employee's or a former employee's words about what the employer said keep the employer's statement
        (
            "Maria Ek, undersköterska på Sahlgrenska, säger att Sahlgrenska har meddelat att ingen sommarpersonal "
            "anställs. Hon är kritisk till beslutet.",
            [
                ("Sahlgrenska har meddelat att ingen sommarpersonal anställs", "Maria Ek"),
                ("ingen sommarpersonal anställs", "Sahlgrenska"),
            ],
        ),
        # two of a kind just named: a document of "myndigheten" is neither's
        (
            "Polisen och Tullverket har beslagtagit narkotika. Enligt myndighetens pressmeddelande rör det sig om 30 "
            "kilo kokain.",
            [("rör det sig om 30 kilo kokain", "myndigheten")],
        ),
        # one of the kind unnamed since, in a compound
        (
            "Northvolt har tecknat avtal med ett kinesiskt batteribolag. Enligt bolagets beräkningar kan leveranserna "
            "börja 2026.",
            [("kan leveranserna börja 2026", "bolaget")],
        ),
    ],
)
def test_near_misses_in_politics_and_science(nlp, text, quotes):
    assert _quotes(nlp, text) == quotes
