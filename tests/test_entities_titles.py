"""Titles and parties in the people table (2026-12-07, sixth session: invented sports, business, court and
culture news). Every sentence is invented for the test; the real bundled pipeline runs on it.
"""

from __future__ import annotations

import pytest

from nlp_pipeline import analyze
from nlp_pipeline.entities.roles import base_title


@pytest.mark.parametrize(
    "title, base",
    [
        # agent nouns no title list has, in the definite form
        ("mittfältaren", "mittfältare"),
        ("racerföraren", "racerförare"),
        ("nyckelharpisten", "nyckelharpist"),
        ("agenten", "agent"),
        ("praktikanten", "praktikant"),
        # words that only look like it
        ("tidigare", "tidigare"),
        ("ledamoten", "ledamot"),
    ],
)
def test_a_title_in_base_form(title, base):
    assert base_title(title) == base


def _person(nlp, text, name):
    people = analyze(text, nlp=nlp).people
    row = people[people["name"] == name].iloc[0]
    return list(row["roles"]), list(row["affiliations"]), row["party"]


@pytest.mark.parametrize(
    "text, name, role, affiliation",
    [
        ("Mittfältaren Erik Lindell gjorde två mål i går.", "Erik Lindell", "mittfältare", None),
        ("– Det är unikt, säger museets överintendent Annika Strömberg.", "Annika Strömberg", "överintendent", None),
        ("– Det blev en fin kväll, säger sopranen Helena Castell.", "Helena Castell", "sopran", None),
        (
            "Förbundskaptenen nämner IFK Kristianstads mittnia Felix Möller.",
            "Felix Möller",
            "mittnia",
            "IFK Kristianstad",
        ),
    ],
)
def test_titles_of_sport_and_culture(nlp, text, name, role, affiliation):
    roles, affiliations, _ = _person(nlp, text, name)
    assert roles == [role]
    assert affiliation is None or affiliation in affiliations


def test_the_party_that_owns_a_title_is_the_persons_party(nlp):
    text = "Moderaternas ekonomisk-politiska talesperson Eva Rydén vill skrota amorteringskravet."
    _, affiliations, party = _person(nlp, text, "Eva Rydén")
    assert party == "Moderaterna"
    assert affiliations == ["Moderaterna"]


@pytest.mark.parametrize(
    "text, name, affiliations",
    [
        # a capitalised genitive before a title of an organisation's people is that organisation
        ("Carnegies teknikanalytiker Mattias Berg tycker att besparingarna är rimliga.", "Mattias Berg", ["Carnegie"]),
        ("Lagerkrafts platschef Johanna Berg uppger att bolaget har tappat en kund.", "Johanna Berg", ["Lagerkraft"]),
        # also where the owner's name is a given name too: no person has a vd
        ("Enligt Almis vd Per Grundberg har efterfrågan ökat.", "Per Grundberg", ["Almi"]),
        # a paper's critic writes for it
        (
            "Göteborgs-Postens konstkritiker Mona Hedlund skrev att utställningen var stark.",
            "Mona Hedlund",
            ["Göteborgs-Posten"],
        ),
        # a person's own staff, a person's boss, the government's critics
        ("Putins stabschef Anton Vaino sa att mötet var viktigt.", "Anton Vaino", []),
        ("Annas chef Lars Berg säger att hon gör ett bra jobb.", "Lars Berg", []),
        ("Regeringens kritiker Anna Ek säger att beslutet är fel.", "Anna Ek", []),
    ],
)
def test_the_organisation_before_a_title(nlp, text, name, affiliations):
    assert _person(nlp, text, name)[1] == affiliations


@pytest.mark.parametrize(
    "text, name, affiliations",
    [
        # several of the kind named: the one its sentence names, else the one the sentence before names
        (
            "Fackförbundet Unionen reagerar.\n\nÄven Sveriges Ingenjörer är bekymrade. Förbundets ordförande Ulrika "
            "Lindmark säger att läget är svårt.",
            "Ulrika Lindmark",
            ["Sveriges Ingenjörer"],
        ),
        (
            "Åhléns stänger sitt varuhus. Fastighetsägaren Castellum vill inte kommentera. Bolagets regionchef Oskar "
            "Nyström skriver att man ser positivt på läget.",
            "Oskar Nyström",
            ["Castellum"],
        ),
        # named since as a speaker the entity layer did not take for it
        (
            "Regionalflygbolaget Nordwing ansöker om rekonstruktion.\n\n”Vi beklagar djupt”, skriver Nordwing.\n\n"
            "Bolagets vd Robert Eklund sa att pengarna tog slut.",
            "Robert Eklund",
            ["Nordwing"],
        ),
        ("Åhléns stänger sitt varuhus i Västerås, säger kedjans presschef Elin Dahl.", "Elin Dahl", ["Åhléns"]),
        # not the club a player came from
        (
            "Björklöven har värvat Patrik Sjölander från Sundsvall Hockey. Klubbens ordförande Anna Hedlund-Berg är "
            "nöjd.",
            "Anna Hedlund-Berg",
            [],
        ),
    ],
)
def test_the_organisation_a_kind_noun_before_a_title_means(nlp, text, name, affiliations):
    assert _person(nlp, text, name)[1] == affiliations


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Akademiens ständiga sekreterare Lars-Gunnar Holm säger att valet var enhälligt.",
            "Lars-Gunnar Holm",
            "ständig sekreterare",
        ),
        (
            "Festivalens konstnärliga ledare Cecilia Frisk säger att filmen är modig.",
            "Cecilia Frisk",
            "konstnärlig ledare",
        ),
        (
            "Moderaternas ekonomisk-politiska talesperson Eva Rydén vill skrota amorteringskravet.",
            "Eva Rydén",
            "ekonomisk-politisk talesperson",
        ),
    ],
)
def test_a_title_keeps_the_adjective_of_its_field(nlp, text, name, role):
    people = analyze(text, nlp=nlp).people
    assert list(people[people["name"] == name].iloc[0]["roles"]) == [role]


def test_the_title_without_its_field_refers_back_to_its_holder(nlp):
    text = (
        "Festivalens konstnärliga ledare Cecilia Frisk är nöjd.\n\n"
        "– Vi har haft rekordmånga besökare, säger den konstnärliga ledaren."
    )
    assert [q.speaker for q in nlp(text)._.quotes] == ["Cecilia Frisk"]
