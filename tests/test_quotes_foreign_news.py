"""Who speaks in foreign news as Swedish papers print it (2026-12-08, seventh session: invented wire, correspondent
and foreign-desk articles). Every sentence is invented for the test; the real bundled pipeline runs on it.
"""

from __future__ import annotations

import pandas as pd
import pytest

from nlp_pipeline import analyze


def _speakers(nlp, text):
    return [None if pd.isna(s) else s for s in analyze(text, nlp=nlp).quotes["speaker"]]


@pytest.mark.parametrize(
    "text, speakers",
    [
        # a name of a capitalised word and a noun, in the genitive, before a title and a name
        (
            "Vita husets pressekreterare Dana Kowalczyk sade att presidenten räknar med en uppgörelse.",
            ["Dana Kowalczyk"],
        ),
        ("Folkets befrielsearmés talesperson Wu Qian sade att övningen är rutin.", ["Wu Qian"]),
        # a long title with its field, then its holder between commas
        (
            "FN:s särskilda rapportör för mänskliga rättigheter i Myanmar, Julia Hartmann, sade att juntan bär "
            "ansvaret.",
            ["Julia Hartmann"],
        ),
        # "den" and an adjective before the noun that speaks last in the sentence
        ("Läget är allvarligt, säger den ryske presidenten.", ["den ryske presidenten"]),
        (
            "Nordkorea avfyrade på torsdagsmorgonen en ballistisk robot, uppger den sydkoreanska generalstaben.",
            ["den sydkoreanska generalstaben"],
        ),
        # a news agency named after its noun, sentence-initial "Enligt"
        ("Enligt den turkiska nyhetsbyrån Anadolu greps mannen i sin lägenhet.", ["Anadolu"]),
        # unnamed sources are nobody
        ("Samtalen återupptas på söndag, uppger egyptiska säkerhetskällor för nyhetsbyrån Reuters.", [None]),
        # an object pronoun after the verb is no subject: the one who called them so speaks
        (
            "Enligt den statliga nyhetsbyrån NNA förstördes fyra hus. Libanons premiärminister Samir Haddad fördömde "
            "anfallen och kallade dem ”ett flagrant brott mot vapenvilan”.",
            ["NNA", "Samir Haddad"],
        ),
        # a surname opening with a particle is no pronoun
        (
            "– Ingen kan stjäla vår röst, sade Rafael Antonio de la Fuente.\n\n– Vi ger oss aldrig, sade de la Fuente.",
            ["Rafael Antonio de la Fuente", "Rafael Antonio de la Fuente"],
        ),
        # ... but the plural pronoun stays one, for both of them
        (
            "– Vi har bevisen, säger Anna Ek och Per Holm.\n\n– Vi ger oss aldrig, säger de.",
            ["Anna Ek och Per Holm", "Anna Ek och Per Holm"],
        ),
        # the verb's own subject with its apposition or relative clause before the comma: no statement after it
        ("Flera ledare, däribland Italiens och Danmarks regeringschefer, krävde skärpta regler.", []),
        ("SVT:s korrespondent Karin Hellsten, som följt valet på plats, beskriver stämningen som spänd.", []),
        # ... a clause or a verbless statement before the comma still is one
        ("Ingen kommentar, säger Anna Ek.", ["Anna Ek"]),
        ("Mannen greps, uppger polisen.", ["Polisen"]),
    ],
)
def test_who_speaks_in_foreign_news(nlp, text, speakers):
    assert _speakers(nlp, text) == speakers


@pytest.mark.parametrize(
    "text, quotes",
    [
        # a title compounded with an acronym after the speaker is no quote going on
        (
            "– En nedstängning drabbar de svagaste först, säger Anders Lindqvist, USA-kännare vid Utrikespolitiska "
            "institutet, till TT.",
            ["En nedstängning drabbar de svagaste först"],
        ),
        # ... a sentence after the comma still goes on
        (
            "– Vi är glada, säger Anna Ek, EU-kommissionen har lyssnat på oss.",
            ["Vi är glada", "EU-kommissionen har lyssnat på oss."],
        ),
        # ... the title then party letters, another title or a time
        (
            "– Förslaget slår mot bönderna, säger Jessica Polfjärd, EU-parlamentariker (M).",
            ["Förslaget slår mot bönderna"],
        ),
        ("– Vi måste satsa, säger Lena Strand, SD-politiker och kommunalråd i Sölvesborg.", ["Vi måste satsa"]),
        ("– Det är allvarligt, säger Anna Berg, FN-ambassadör sedan 2020.", ["Det är allvarligt"]),
        # a title compounded with a place's name
        ("– Marknaden växer, säger Anna Ek, Sverigechef på Google.", ["Marknaden växer"]),
        ("– Det är oroande, säger Per Holm, Rysslandsexpert vid Utrikespolitiska institutet.", ["Det är oroande"]),
        ("– Vi är glada, säger hon, Stockholm har fått ett lyft.", ["Vi är glada", "Stockholm har fått ett lyft."]),
    ],
)
def test_an_acronym_title_after_the_speaker(nlp, text, quotes):
    assert list(analyze(text, nlp=nlp).quotes["text"]) == quotes


def test_an_acronym_title_after_the_speaker_is_a_role(nlp):
    text = "– Det drabbar de svagaste, säger Anders Lindqvist, USA-kännare vid Utrikespolitiska institutet."
    people = analyze(text, nlp=nlp).people
    row = people[people["name"] == "Anders Lindqvist"].iloc[0]
    assert list(row["roles"]) == ["USA-kännare"]
    assert list(row["affiliations"]) == ["Utrikespolitiska institutet"]


@pytest.mark.parametrize(
    "text, speakers",
    [
        # a verbless demand with a definite noun speaking last is a statement
        ("Mer pengar till skolan, kräver oppositionen.", ["oppositionen"]),
        ("Sänkt skatt på bensin, lovar partiet.", ["partiet"]),
        # a quote going on after the speaker with an acronym compound and its verb
        (
            "– Vi kan inte vänta längre, säger Maria Holm, EU-chefen måste ta ansvar nu.",
            ["Maria Holm", "Maria Holm"],
        ),
        # "de" before a name's genitive and its noun is the pronoun
        ("– Vi kommer att överklaga, säger de Lindbergs grannar. Anna Lindberg vill inte kommentera.", [None]),
        # a name before the verb, not the object the parse also took for a subject, speaks in a coordinated clause
        (
            "Finansborgarrådet Karin Wennerberg (S) kallar förslaget ”en kall politik” och säger att majoriteten "
            "röstar nej.",
            ["Karin Wennerberg", "Karin Wennerberg"],
        ),
    ],
)
def test_near_misses_in_foreign_news(nlp, text, speakers):
    assert _speakers(nlp, text) == speakers


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Norges flotta av elbilar växer snabbt.", "Norges flotta"),
        ("Danmarks marin forskning har fått nya pengar.", "Danmarks marin"),
        ("Sveriges försvarsmakt övar. Försvarsmakten meddelar att övningen är klar.", "Sveriges försvarsmakt"),
    ],
)
def test_state_bodies_near_misses(nlp, text, absent):
    assert absent not in set(analyze(text, nlp=nlp).organisations["name"])


def test_a_state_body_is_an_organisation(nlp):
    text = "Rysslands försvarsministerium skriver att armén genomfört ett anfall."
    assert "Rysslands försvarsministerium" in set(analyze(text, nlp=nlp).organisations["name"])
