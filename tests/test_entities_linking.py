"""Document-level people and organisations: linking, roles, affiliations, gender."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="module")
def enlp():
    from nlp_pipeline.pipeline import load

    return load(os.environ.get("NLP_PIPELINE_TEST_MODEL", "bundled"))  # no skip: the bundled model ships in models/


def person(doc, name):
    found = [p for p in doc._.people if p.canonical == name]
    assert found, [p.canonical for p in doc._.people]
    return found[0]


def test_short_form_and_pronoun_link_to_full_name(enlp):
    doc = enlp("Lena Sjöberg leder projektet i Lerum.\n\nSjöberg säger att hon är nöjd.\n")
    lena = person(doc, "Lena Sjöberg")
    kinds = [(m.text, m.kind) for m in lena.mentions]
    assert ("Lena Sjöberg", "name") in kinds and ("Sjöberg", "short") in kinds and ("hon", "pronoun") in kinds
    assert "Sjöberg" in lena.variants
    assert lena.gender == "female" and "lexicon" in lena.gender_method
    assert len([p for p in doc._.people if "Sjöberg" in p.canonical]) == 1
    for m in lena.mentions:
        assert doc.text[m.start_char : m.end_char] == m.text


def test_same_surname_different_people_stay_apart(enlp):
    doc = enlp("Anna Lind och Olof Lind driver gården. Lind säger att året var bra.\n")
    names = sorted(p.canonical for p in doc._.people)
    assert names == ["Anna Lind", "Olof Lind"]
    # the ambiguous "Lind" is linked to neither
    assert all(all(m.text != "Lind" for m in p.mentions) for p in doc._.people)


def test_pronoun_takes_nearest_person_of_matching_gender(enlp):
    doc = enlp("Anna Lind träffade Erik Sandberg i går. Hon var nöjd efteråt.\n")
    assert any(m.text == "Hon" for m in person(doc, "Anna Lind").mentions)
    assert not any(m.text == "Hon" for m in person(doc, "Erik Sandberg").mentions)
    assert person(doc, "Erik Sandberg").gender == "male"


def test_apposition_without_comma_gives_roles_and_affiliation(enlp):
    doc = enlp("Det säger Lena Sjöberg chef Kulturhuset i Lerum och projektledare för Lerums kulturskola.\n")
    lena = person(doc, "Lena Sjöberg")
    assert lena.roles == ["chef", "projektledare för Lerums kulturskola"]
    assert lena.affiliations == ["Kulturhuset i Lerum"]


def test_apposition_with_comma(enlp):
    doc = enlp("Det säger Anna Lind, kulturchef i Umeå, efter premiären.\n")
    anna = person(doc, "Anna Lind")
    assert "kulturchef" in anna.roles and "Umeå" in anna.affiliations


def test_title_before_name(enlp):
    doc = enlp("Det meddelade socialminister Henrik Vallin på tisdagen.\n")
    henrik = person(doc, "Henrik Vallin")
    assert henrik.roles == ["socialminister"] and henrik.gender == "male"
    assert henrik.canonical == "Henrik Vallin"


def test_organisations_not_merged_unless_linked(enlp):
    doc = enlp(
        "Representanter för Kungliga Dansakademien i Stockholm besökte orten. "
        "De gästade också Dansakademien i Umeå och Polisen.\n"
    )
    orgs = {o.canonical for o in doc._.organisations}
    assert "Kungliga Dansakademien i Stockholm" in orgs
    # the Umeå academy is its own organisation (with or without "i Umeå", by the model's span)
    assert any(o.startswith("Dansakademien") for o in orgs)
    assert not any(p.canonical.endswith("Dansakademien") for p in doc._.people)


def test_works_without_parser_or_ner():
    import spacy

    import nlp_pipeline.entities.component  # noqa: F401

    nlp = spacy.blank("sv")
    nlp.add_pipe("swedish_entities")
    doc = nlp("Lena Sjöberg leder arbetet. Sjöberg säger att hon trivs.")
    lena = person(doc, "Lena Sjöberg")
    assert {m.kind for m in lena.mentions} == {"name", "short", "pronoun"}
    assert doc._.organisations == []


def test_genitive_first_mention_keeps_base_name(enlp):
    doc = enlp("Karin Lundbergs arbete hyllas. Priset gick till Karin Lundberg i går.\n")
    names = [p.canonical for p in doc._.people]
    assert names == ["Karin Lundberg"]


def test_english_organisation_is_not_a_person(enlp):
    doc = enlp("Rapporten kommer från Nordic Climate Watch och presenterades av Karin Lundberg.\n")
    assert [p.canonical for p in doc._.people] == ["Karin Lundberg"]


def test_role_word_links_to_named_holder(enlp):
    doc = enlp("Socialminister Henrik Vallin besökte sjukhuset. Ministern var nöjd, och ministern lovade mer pengar.\n")
    henrik = person(doc, "Henrik Vallin")
    assert [m.text for m in henrik.mentions if m.kind == "role"] == ["Ministern", "ministern"]


@pytest.mark.parametrize(
    "byline, publication",
    [
        ("NORRA POSTEN/TT", "Norra Posten"),
        ("12 NYHETER/TT", "12 Nyheter"),
        ("Lokalbladet/AFP", "Lokalbladet"),
    ],
)
def test_wire_byline_names_the_publication(enlp, byline, publication):
    doc = enlp(f"Bron stängs i en vecka.\n\n– Vi har inget val, säger Omar Haddad.\n\n{byline}\n")
    orgs = {o.canonical for o in doc._.organisations}
    assert publication in orgs


def test_reporter_byline_is_not_an_organisation(enlp):
    doc = enlp("Bron stängs i en vecka.\n\nLINA EK/TT\n")
    assert not any(o.canonical.upper().startswith("LINA") for o in doc._.organisations)


def test_lone_name_listed_with_organisations_is_an_organisation(enlp):
    doc = enlp(
        "Delegationen besökte Konstfack, Gamlagården och Kulturhuset i Lerum. De åkte sedan till Umeå och Skolverket."
    )
    orgs = {o.canonical for o in doc._.organisations}
    assert "Gamlagården" in orgs
    assert "Umeå" not in orgs  # a known place stays a place


def test_first_name_ending_in_s_is_not_a_genitive(enlp):
    doc = enlp("Sedan talade hon med Mattias och Anna Berg.")
    assert "Mattia" not in {p.canonical for p in doc._.people}


def test_institution_noun_stays_in_the_organisation_name(enlp):
    doc = enlp("Representanter för Lerums kommun och Ale kommun var där.")
    orgs = {o.canonical for o in doc._.organisations}
    assert "Lerums kommun" in orgs or "Lerum kommun" in orgs
    assert "Ale kommun" in orgs
    assert "Ale" not in orgs
