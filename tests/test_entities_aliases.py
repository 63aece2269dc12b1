"""One organisation under two names (2026-12-07, sixth session): an acronym of another language in brackets,
the noun that ends its name alone, and a kind noun where several organisations of the kind were named.

Every sentence is invented for the test; the real bundled pipeline runs on it.
"""

from __future__ import annotations

import pytest

from nlp_pipeline import analyze


def _orgs(nlp, text):
    table = analyze(text, nlp=nlp).organisations
    return {name: set(variants) for name, variants in zip(table["name"], table["variants"])}


@pytest.mark.parametrize(
    "text, name, alias",
    [
        # an acronym in brackets whose letters are not the name's: another language's, or an older name's
        (
            "Läkare utan gränser (MSF) skickar personal. MSF uppger att sjukhusen är fulla.",
            "Läkare utan gränser",
            "MSF",
        ),
        (
            "Regeringen ger pengar till Internationella rödakorskommittén (ICRC). ICRC arbetar i Sudan.",
            "Internationella rödakorskommittén",
            "ICRC",
        ),
        (
            "Pengarna går till Statens energimyndighet (STEM). STEM ska redovisa i maj.",
            "Statens energimyndighet",
            "STEM",
        ),
        # a noun in the definite form alone that ends the name
        ("FN:s säkerhetsråd samlas på måndag. Rådet väntas anta en resolution om Sudan.", "FN:s säkerhetsråd", "Rådet"),
        (
            "Europeiska kommissionen föreslår nya regler för AI. Kommissionen vill att de ska gälla från 2027.",
            "Europeiska kommissionen",
            "Kommissionen",
        ),
        # by the name's initials
        ("Malmö FF vann med 2–1. – Killarna var bra, säger MFF:s tränare Anders Kjellgren.", "Malmö FF", "MFF:s"),
        (
            "Svenska Fotbollförbundet avslår kravet. SvFF:s ordförande säger att beslutet är rätt.",
            "Svenska Fotbollförbundet",
            "SvFF:s",
        ),
        # as the knowledge base expands it
        (
            "Riksidrottsförbundet har fått en ny ordförande. RF:s styrelse beslutade i går.",
            "Riksidrottsförbundet",
            "RF:s",
        ),
        (
            "Utrikesdepartementet avråder från resor. UD uppmanar svenskar att lämna landet.",
            "Utrikesdepartementet",
            "UD",
        ),
        # a club's town alone
        ("Luleå vann finalen mot Brynäs IF med 6–1. Brynäs tränare Ulf Lundberg var besviken.", "Brynäs IF", "Brynäs"),
    ],
)
def test_another_name_of_an_organisation_is_that_organisation(nlp, text, name, alias):
    orgs = _orgs(nlp, text)
    assert alias in orgs.get(name, set())
    assert alias not in orgs


def test_party_letters_in_brackets_after_another_organisation_are_no_acronym_of_it(nlp):
    orgs = _orgs(nlp, "Förslaget kom från Tekniska nämnden (S) i Borås. S vill bygga fler cykelbanor.")
    assert "S" not in orgs.get("Tekniska nämnden", set())


def test_the_noun_alone_before_the_name_stays_apart(nlp):
    orgs = _orgs(nlp, "Rådet och Europaparlamentet är oense om budgeten. Senare talade Europeiska rådet om Ukraina.")
    assert "Rådet" not in orgs.get("Europeiska rådet", set())


def test_a_conjunction_opening_a_sentence_is_no_part_of_a_name(nlp):
    orgs = _orgs(nlp, "Både Spelinspektionen och Statskontoret får nya uppdrag. Spelinspektionen ska redovisa i maj.")
    assert "Spelinspektionen" in orgs
    assert not any(name.startswith("Både") for name in orgs)


def test_a_kind_noun_goes_to_the_one_organisation_of_its_kind_in_its_paragraph(nlp):
    doc = nlp(
        "FN:s säkerhetsråd samlas på måndag.\n\n"
        "Internationella rödakorskommittén varnar för en katastrof. Enligt organisationen saknar en miljon "
        "människor rent vatten."
    )
    speaker = [(q.speaker, q.speaker_kind) for q in doc._.quotes][-1]
    assert speaker == ("Internationella rödakorskommittén", "organisation")


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Göta hovrätt skärper straffet för en 19-årig man. Örebro tingsrätt dömde honom i november till fängelse."
            "\n\n”Han har varit likgiltig”, skriver hovrätten i domen.",
            "Göta hovrätt",
        ),
        (
            "Hovrätten för Västra Sverige friar en 45-årig man. Hovrätten anser, till skillnad från Vänersborgs "
            "tingsrätt, att bevisningen inte räcker. Kvinnans berättelse är enligt hovrätten trovärdig.",
            "Hovrätten för Västra Sverige",
        ),
    ],
)
def test_a_noun_goes_to_the_organisation_whose_name_has_it_before_another_of_its_kind(nlp, text, speaker):
    assert [q.speaker for q in nlp(text)._.quotes][-1] == speaker


def test_an_acronym_the_knowledge_base_knows_is_no_other_organisation(nlp):
    orgs = _orgs(nlp, "Ministern deltar i EU:s möte om EUMAM Ukraina. EUMAM Ukraina utbildar soldater.")
    assert "EU:s" not in orgs.get("EUMAM Ukraina", set())


def test_an_acronym_speaks_for_the_organisation_named_in_full(nlp):
    doc = nlp("Finansinspektionen varnar bankerna. Enligt FI är riskerna stora.")
    assert [(q.speaker, q.speaker_kind) for q in doc._.quotes] == [("Finansinspektionen", "organisation")]
