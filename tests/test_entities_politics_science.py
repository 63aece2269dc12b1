"""Parties, titles and organisations in politics, science and health news (2026-12-08, seventh session: invented
domestic politics, science and health articles). Every sentence is invented for the test; the real bundled
pipeline runs on it.
"""

from __future__ import annotations

import pandas as pd
import pytest

from nlp_pipeline import analyze


def _person(nlp, text, name):
    people = analyze(text, nlp=nlp).people
    row = people[people["name"] == name].iloc[0]
    return list(row["roles"]), list(row["affiliations"]), row["party"]


def _orgs(nlp, text):
    return set(analyze(text, nlp=nlp).organisations["name"])


@pytest.mark.parametrize(
    "text, name, party",
    [
        # a party's genitive right before a name, no title between
        ("Debatten var hård. Liberalernas Johan Lindmark pekade på skolan.", "Johan Lindmark", "Liberalerna"),
        ("SD:s Lina Moberg är kritisk till förslaget.", "Lina Moberg", "Sverigedemokraterna"),
        # a title that names its kind: the party the sentence before names
        (
            "Vänsterpartiet lanserar en ny kampanj. Partiledaren Sara Nordin presenterade den i går.",
            "Sara Nordin",
            "Vänsterpartiet",
        ),
        (
            "Kristdemokraterna kräver en utredning. Gruppledaren Pia Holm säger att frågan är viktig.",
            "Pia Holm",
            "Kristdemokraterna",
        ),
        # a party owning the title before a name in apposition is no part of the title
        (
            "Moderaternas kommunalråd i Göteborg, Martin Ek, menar att partiet har ett problem.",
            "Martin Ek",
            "Moderaterna",
        ),
    ],
)
def test_the_persons_party(nlp, text, name, party):
    assert _person(nlp, text, name)[2] == party


def test_a_kind_title_with_two_parties_before_it_gets_none(nlp):
    text = "Moderaterna och Socialdemokraterna är oense. Partiledaren Ulf Ek säger att det är fel."
    _, affiliations, party = _person(nlp, text, "Ulf Ek")
    assert affiliations == []
    assert pd.isna(party)


@pytest.mark.parametrize(
    "text, name, role, affiliation",
    [
        # a title compounded with the kind of organisation it serves
        (
            "Pensionärernas riksorganisation PRO är kritisk. Förbundsordföranden Gunilla Åström säger att det inte "
            "räcker.",
            "Gunilla Åström",
            "förbundsordförande",
            "PRO",
        ),
        (
            "Volvo redovisade ett svagt resultat. Koncernchefen Anna Berg är bekymrad.",
            "Anna Berg",
            "koncernchef",
            "Volvo",
        ),
        # an organisation's genitive before the title in apposition is the affiliation, not the title's
        ("Volvos vd, Anna Berg, säger att efterfrågan sjunkit.", "Anna Berg", "vd", "Volvo"),
        ("SVT:s reporter, Anna Ek, var på plats.", "Anna Ek", "reporter", "SVT"),
        # a municipality's body before the title is part of it
        (
            "Kommunstyrelsens ordförande Camilla Nyström (S) kräver besked.",
            "Camilla Nyström",
            "kommunstyrelsens ordförande",
            None,
        ),
        # a known organisation of several words in the genitive before a title
        (
            "Svenskt Näringslivs chefsekonom Malin Eriksson är skeptisk.",
            "Malin Eriksson",
            "chefsekonom",
            "Svenskt Näringsliv",
        ),
        ("Danske Banks chefsekonom Per Holm tror på lägre räntor.", "Per Holm", "chefsekonom", "Danske Bank"),
        # the title with its field, then the workplace
        (
            "– Sambandet håller, säger Maria Lindqvist, docent i epidemiologi vid Karolinska institutet.",
            "Maria Lindqvist",
            "docent i epidemiologi",
            "Karolinska institutet",
        ),
        (
            "– Det är oroande, säger Anna Ek, professor i statsvetenskap vid Stockholms universitet.",
            "Anna Ek",
            "professor i statsvetenskap",
            "Stockholms universitet",
        ),
        # scientists' titles no list names one by one
        ("– Det är en tydlig trend, säger Erik Sandström, klimatolog på SMHI.", "Erik Sandström", "klimatolog", "SMHI"),
        (
            "– Vi ser fler fall, säger Lena Berg, toxikolog vid Giftinformationscentralen.",
            "Lena Berg",
            "toxikolog",
            None,
        ),
        # where a councillor sits, after the party's letters
        ("– Vi är oroliga, säger regionrådet Anna Ek (S) i Region Skåne.", "Anna Ek", "regionråd", "Region Skåne"),
        # a place someone comes from is no workplace, a preposition of place no title
        ("– Det är tufft, säger Daniel Karlsson från Borås.", "Daniel Karlsson", None, None),
        (
            "Skogsägaren Margareta Persson utanför Vimmerby har förlorat sin skog.",
            "Margareta Persson",
            "skogsägare",
            None,
        ),
        # a union the knowledge base only knows as a name is a union: "förbundets ordförande" is its
        (
            "Fackförbundet Sveriges Lärare kräver mer resurser.\n\n”Eleverna behöver fler vuxna”, skriver förbundets "
            "ordförande Therese Lind.",
            "Therese Lind",
            "ordförande",
            "Sveriges Lärare",
        ),
    ],
)
def test_titles_and_where_their_holders_work(nlp, text, name, role, affiliation):
    roles, affiliations, _ = _person(nlp, text, name)
    assert role in roles if role else roles == []
    if affiliation is None:
        assert not [a for a in affiliations if a.startswith("Kommunstyrelse") or a in ("Borås", "Vimmerby")]
    else:
        assert affiliation in affiliations


@pytest.mark.parametrize(
    "text, absent, present",
    [
        # a council title is a person's, also alone or with its town
        (
            "Borgarrådet vill förbjuda tiggeri\n\nFinansborgarrådet Karin Wennerberg (S) är kritisk.",
            "Borgarrådet",
            None,
        ),
        (
            "Oppositionsrådet i Malmö kräver besked\n\nOppositionsrådet Per Ek (M) är kritisk.",
            "Oppositionsrådet i Malmö",
            None,
        ),
        # an elected body is a unit of its municipality or party
        ("Kommunstyrelsen i Malmö beslutade i går att skolan ska stängas.", "Kommunstyrelsen i Malmö", None),
        ("Partistyrelsen sammanträder på fredag.", "Partistyrelsen", None),
        # pollsters
        ("– Det är ett tydligt tapp, säger Novus opinionschef Tora Lind.", "Novu", "Novus"),
    ],
)
def test_titles_and_bodies_are_no_organisations(nlp, text, absent, present):
    orgs = _orgs(nlp, text)
    assert absent not in orgs
    assert present is None or present in orgs


@pytest.mark.parametrize(
    "text, speaker",
    [
        # an organisation's genitive, a split compound title and a name: the person speaks
        (
            "Region Skånes hälso- och sjukvårdsdirektör Peter Holmström medger att läget är ansträngt.",
            "Peter Holmström",
        ),
        # an organisation's calculations are the organisation's
        ("Enligt SMHI:s beräkningar kommer skyfallen att bli kraftigare.", "SMHI"),
    ],
)
def test_who_speaks(nlp, text, speaker):
    quotes = analyze(text, nlp=nlp).quotes
    assert list(quotes["speaker"]) == [speaker]


@pytest.mark.parametrize(
    "text, name, wrong, party",
    [
        # another country's party of the same name is no Swedish party
        ("– Vi står enade, säger danska Socialdemokraternas Rasmus Holm till TT.", "Rasmus Holm", None, None),
        ("Finska Centerns Sanna Virtanen är kritisk.", "Sanna Virtanen", None, None),
        (
            "Danska Socialdemokraterna tappar i en ny mätning. Partiledaren Mette Frandsen säger att det är oroande.",
            "Mette Frandsen",
            "Socialdemokraterna",
            None,
        ),
        # the person's own workplace after the name, or own party letters, wins over the kind title's organisation
        (
            "Swedbank höjer räntan. – Kunderna är oroliga, säger bankchefen Lars Nyberg på Sparbanken Lidköping.",
            "Lars Nyberg",
            "Swedbank",
            None,
        ),
        (
            "Moderaterna vill sänka skatten. Partiledaren Magdalena Eriksson (S) kallar det orättvist.",
            "Magdalena Eriksson",
            "Moderaterna",
            "Socialdemokraterna",
        ),
        # "språkrör" is Miljöpartiet's title alone
        (
            "Moderaterna vill bygga ut kärnkraften. Språkröret Amanda Lindqvist är kritisk.",
            "Amanda Lindqvist",
            "Moderaterna",
            None,
        ),
        # two of the kind before a title naming it: none
        (
            "Riksrevisionen riktar kritik mot Försäkringskassan. Myndighetschefen Anna Ekerot tar kritiken på allvar.",
            "Anna Ekerot",
            "Riksrevisionen",
            None,
        ),
        # an association is "förbundet" only where it is one
        (
            "IF Metall kräver 4 procent. Svenskt Näringsliv kallar kravet orimligt. Förbundets ordförande Marie "
            "Nilsdotter säger att kravet är rimligt.",
            "Marie Nilsdotter",
            "Svenskt Näringsliv",
            None,
        ),
        # a party's letters in the genitive before the title
        ("SD:s gruppledare i Malmö, Nima Karlsson, är kritisk.", "Nima Karlsson", "SD", "Sverigedemokraterna"),
        # a Swedish region's adjective is no country's
        (
            "Enligt skånska Socialdemokraternas Anna Lindqvist har regionen misskött vården.",
            "Anna Lindqvist",
            None,
            "Socialdemokraterna",
        ),
        (
            "Moderaterna presenterar en skattereform. Partisekreteraren Karl Sigfrid säger att den är rättvis. Skånska "
            "Moderaterna är kritiska.",
            "Karl Sigfrid",
            None,
            "Moderaterna",
        ),
        # "språkröret" is Miljöpartiet's
        (
            "Miljöpartiet kräver ett stopp för nya vägar. Språkröret Per Holm säger att klimatet går först.",
            "Per Holm",
            None,
            "Miljöpartiet",
        ),
        # an employers' federation is "förbundet" too
        (
            "Teknikföretagen avvisar IF Metalls krav. Förbundets förhandlingschef Anders Weihe säger att kravet är för "
            "högt.",
            "Anders Weihe",
            "IF Metall",
            None,
        ),
        # a company or a town before the title in apposition, not a person's staff
        ("Ericssons vd, Börje Ekholm, säger att läget är stabilt.", "Börje Ekholm", None, None),
        ("Kristerssons statssekreterare, Anna Ekman, bekräftar uppgifterna.", "Anna Ekman", "Kristersson", None),
    ],
)
def test_near_misses_of_parties_and_kind_titles(nlp, text, name, wrong, party):
    _, affiliations, found = _person(nlp, text, name)
    assert wrong not in affiliations
    if party is None:
        assert pd.isna(found)
    else:
        assert found == party
