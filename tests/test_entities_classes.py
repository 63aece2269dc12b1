"""Classes of entity errors seen on unseen articles, each fixed by a general mechanism and
tested here on invented text (never on dev-set articles): exact canonical names and types."""

from __future__ import annotations

import pandas as pd
import pytest

from nlp_pipeline import analyze


@pytest.fixture(scope="module")
def entities(nlp):
    def run(text: str):
        r = analyze(text, nlp=nlp)
        return r

    return run


def names(result, table: str) -> set[str]:
    return set(getattr(result, table)["name"])


@pytest.mark.parametrize(
    "text, people, orgs",
    [
        # a byline glued to the next words of a scraped page: the publications are organisations
        (
            "Ny skola öppnar i Kiruna\n\nEleverna flyttar in i augusti.\n\nLena Holm/8 SIDORDela på internet\n",
            {"Lena Holm"},
            {"8 Sidor"},
        ),
        (
            "Tåget stod stilla\n\nTrafiken stoppades i två timmar.\n\n8 SIDOR/TTDela på internet\n",
            set(),
            {"8 Sidor", "TT"},
        ),
        ("Bron stängs\n\nNORRA KURIREN/TT\n\nBron stängs i helgen.\n", set(), {"Norra Kuriren", "TT"}),
    ],
)
def test_bylines_give_their_publications_and_a_clean_reporter_name(entities, text, people, orgs):
    r = entities(text)
    assert names(r, "people") == people
    assert orgs <= names(r, "organisations")
    assert not any("/" in t for t in r.entities["text"])


@pytest.mark.parametrize(
    "text, orgs",
    [
        # national institutions named by their common noun, also in the genitive
        ("Enligt polisens talesperson skadades ingen. Det bekräftar polisen.", {"Polisen"}),
        # regional units fold into their organisation
        (
            "Larmet kom på natten. Polisen i region Väst skickade två patruller, och polisregion Syd hjälpte till.",
            {"Polisen"},
        ),
        ("Stockholmspolisen gick ut med en varning på tisdagen.", {"Polisen"}),
        ("Arbetsförmedlingen region Väst har fått fler sökande i år.", {"Arbetsförmedlingen"}),
    ],
)
def test_institutions_and_their_regional_units(entities, text, orgs):
    assert names(entities(text), "organisations") == orgs


@pytest.mark.parametrize(
    "text, org",
    [
        (
            "Myndigheten för digital förvaltning har fått nya pengar. Myndigheten ska bygga en ny tjänst.",
            "Myndigheten för digital förvaltning",
        ),
        (
            "Rapporten kommer från Brottsförebyggande rådet. Den visar att stölderna minskar.",
            "Brottsförebyggande rådet",
        ),
        (
            "Ansvaret ligger hos Klimat- och näringslivsdepartementet enligt ministern.",
            "Klimat- och näringslivsdepartementet",
        ),
        (
            "Forum för levande historia ordnar en kurs för lärare i höst. Forum har många besökare.",
            "Forum för levande historia",
        ),
        (
            "Myndigheten för samhällsskydd och beredskap och kommunerna samarbetar.",
            "Myndigheten för samhällsskydd och beredskap",
        ),
        ("Beslutet togs av Statens jordbruksverk i somras.", "Statens jordbruksverk"),
    ],
)
def test_names_that_go_on_in_lower_case_are_kept_whole(entities, text, org):
    # and the first word alone later in the article is the same organisation
    assert names(entities(text), "organisations") == {org}


def test_a_name_does_not_run_into_the_next_phrase(entities):
    r = entities(
        "Regeringens prioriteringar på transportområdet presenterades. EU-kommissionen om ändring av direktivet."
    )
    assert not any("prioriteringar" in n or "ändring" in n for n in names(r, "organisations"))


@pytest.mark.parametrize(
    "text, org, acronym",
    [
        (
            "Myndigheten för samhällsskydd och beredskap (MSB) varnar för bränder. MSB:s experter är oroliga.",
            "Myndigheten för samhällsskydd och beredskap",
            "MSB",
        ),
        (
            "Rapporten från Brottsförebyggande rådet (Brå) visar att stölderna minskar. Brå följer utvecklingen.",
            "Brottsförebyggande rådet",
            "Brå",
        ),
        ("Förenta Nationerna, FN, kritiserar beslutet. FN kräver svar.", "Förenta Nationerna", "FN"),
    ],
)
def test_an_acronym_given_after_a_name_is_that_organisation(entities, text, org, acronym):
    r = entities(text)
    assert names(r, "organisations") == {org}
    rows = r.entities[r.entities["text"].str.startswith(acronym)]
    assert len(rows) >= 2 and set(rows["canonical"]) == {org}


def test_a_place_with_an_abbreviation_stays_a_place(entities):
    assert "Nya Zeeland" not in names(entities("Hon bor i Nya Zeeland (NZ) sedan länge."), "organisations")


@pytest.mark.parametrize("text", ["Laget reste till Växjö i helgen.", "Hon flyttade till Nya Zeeland i fjol."])
def test_places_used_as_places_are_not_organisations(entities, text):
    assert names(entities(text), "organisations") == set()


@pytest.mark.parametrize(
    "text, org",
    [
        ("Coronakommissionens slutsatser var tydliga.", "Coronakommissionen"),
        ("Enligt Lantmäteriets rapport ökar priserna.", "Lantmäteriet"),
        # a name that ends in -s itself keeps it when the article also uses it where no genitive can be
        ("Trafikanalys har räknat om. Enligt Trafikanalys rapport ökar trafiken.", "Trafikanalys"),
    ],
)
def test_genitives_are_not_kept_in_organisation_names(entities, text, org):
    assert names(entities(text), "organisations") == {org}


def test_party_letters_give_the_party_and_the_persons_party(entities):
    r = entities("– Vi säger nej, säger Anna Ek (KD). Även socialdemokraterna är kritiska.")
    orgs = r.organisations.set_index("name")
    assert set(orgs.index) == {"Kristdemokraterna", "Socialdemokraterna"}
    assert set(orgs["type"]) == {"party"} and orgs.loc["Kristdemokraterna", "wikidata"] == "Q213654"
    assert r.people.set_index("name").loc["Anna Ek", "party"] == "Kristdemokraterna"
    assert "KD" not in set(r.people["name"])  # party letters are never a person


def test_known_names_are_kept_whole_and_typed(entities):
    r = entities("Beslutet överklagades till Förvaltningsrätten i Malmö och sedan till Kammarrätten i Stockholm.")
    orgs = r.organisations.set_index("name")
    assert set(orgs.index) == {"Förvaltningsrätten i Malmö", "Kammarrätten i Stockholm"}
    assert set(orgs["type"]) == {"court"}


@pytest.mark.parametrize(
    "text, org, type_",
    [
        ("Lerums kommun bygger en ny skola.", "Lerums kommun", "municipality/region"),
        ("Hon studerar vid Lunds universitet sedan i höstas.", "Lunds universitet", "school/university"),
        ("Skolverket har tagit fram nya råd.", "Skolverket", "agency"),
        # a firm's legal form makes a company; "Group" does not ("Visegrad Group"); a university hospital is no school
        ("Aktien i Voltrix Corporation steg kraftigt i dag.", "Voltrix Corporation", "company"),
        ("Hon vårdas på Sahlgrenska universitetssjukhuset.", "Sahlgrenska universitetssjukhuset", None),
    ],
)
def test_organisation_types(entities, text, org, type_):
    found = entities(text).organisations.set_index("name").loc[org, "type"]
    assert (None if pd.isna(found) else found) == type_


def test_a_bare_surname_shared_by_several_politicians_is_not_linked():
    from nlp_pipeline.lang import kb

    shared = next(p.name.split()[-1] for p in kb._kb().people if len(kb.politicians_by_surname(p.name.split()[-1])) > 1)
    assert kb.link_politician(shared) is None


@pytest.mark.parametrize(
    "text, people, orgs",
    [
        ("Enligt Le Monde och Le Parisien var det lugnt i staden.", set(), {"Le Monde", "Le Parisien"}),
        ("Andra AP-fonden förvaltar pengar åt pensionärerna.", set(), {"Andra AP-fonden"}),
        # a genitive is not part of the name; a name that ends in -s keeps it
        ("Vi såg Joe Bidens tal på tv i går.", {"Joe Biden"}, set()),
        ("– Det är roligt, säger Kamala Harris.", {"Kamala Harris"}, set()),
    ],
)
def test_people_and_organisations_that_look_alike(entities, text, people, orgs):
    r = entities(text)
    assert names(r, "people") == people and names(r, "organisations") == orgs


@pytest.mark.parametrize(
    "text, orgs",
    [
        ("8 SIDOR Så gör du en bra matsäckSmörgåsar håller länge.\n", {"8 Sidor"}),
        ("Eleverna demonstrerade utanför riksdagen i Stockholm.", set()),  # the building
        ("Riksdagen röstade ja till förslaget.", {"Riksdagen"}),
        ("Greta Thunberg talade vid FN:s klimatmöte i New York.", {"FN"}),
        ("Enligt kommissionen ska reglerna gälla från nästa år.", {"Kommissionen"}),
    ],
)
def test_publications_institutions_and_buildings(entities, text, orgs):
    assert names(entities(text), "organisations") == orgs


def test_a_person_named_by_one_name_who_speaks_is_a_person(entities):
    # the model took the name in the headline for an organisation; the attribution says otherwise
    r = entities("Zelenkov om valet: En skam\n\n– Valet var inte fritt, säger Zelenkov till TT.")
    assert "Zelenkov" in names(r, "people") and "Zelenkov" not in names(r, "organisations")
    assert list(r.quotes["speaker"]) == ["Zelenkov"]
    # an organisation, a party or a place after the verb stays what it is
    r = entities("– Vi fortsätter arbetet, säger Skolverket.")
    assert names(r, "people") == set()


@pytest.mark.parametrize(
    "text, orgs",
    [
        ("Partiet Liberalerna vill ha fler poliser i skolorna.", {"Liberalerna"}),
        ("Konsultbolaget Arkwright AB har granskat fonderna.", {"Arkwright AB"}),
        ("Beslutet överklagades till förvaltningsrätten i Malmö.", {"Förvaltningsrätten i Malmö"}),
    ],
)
def test_descriptors_are_not_names_and_courts_are_found_in_lower_case(entities, text, orgs):
    assert names(entities(text), "organisations") == orgs


@pytest.mark.parametrize(
    "text, org",
    [("Posten AB har nyligen höjt portot.", "Posten AB"), ("Tidningen Metro har lagts ned.", "Metro")],
)
def test_a_name_that_is_also_a_noun_keeps_its_first_word(entities, text, org):
    assert org in names(entities(text), "organisations")


@pytest.mark.parametrize(
    "text, absent, present",
    [
        # places and buildings named by a compound head are not organisations
        ("Seglarna gick i mål på Stigfjärden i Kungälv. Räddningstjänsten var på plats.", {"Stigfjärden"}, set()),
        ("Bröllopet hölls i Ekbackakyrkan i Säffle. Länsstyrelsen hade gett tillstånd.", {"Ekbackakyrkan"}, set()),
        ("Ambulansen larmades till Ormbergen i natt, uppger polisen.", {"Ormbergen"}, {"Polisen"}),
        # documents, events and counties
        (
            "Mötet utgår från Bergendeklarationen från 1998, skriver Utrikesdepartementet.",
            {"Bergendeklarationen"},
            set(),
        ),
        ("Det gick bra för Sverige i VM i orientering i Tjeckien.", {"VM"}, set()),
        (
            "Målen i Bergenavtalets andra del nås inte, skriver Naturvårdsverket.",
            {"Bergenavtalets", "Bergenavtalet"},
            set(),
        ),
        ("En besökare på Lidköping Pride misshandlades, uppger polisen.", {"Lidköping Pride"}, {"Polisen"}),
        ("Olyckan hände i Strömsund i Kalmar län på lördagen.", {"Kalmar län"}, set()),
        # a genitive before a lower-case place noun names a place
        ("De två männen sågs lämna Folkets park i Västerås sent på kvällen.", {"Folket", "Folkets"}, set()),
        # an area named after its place is no organisation (the body is "Region Uppsala")
        ("Bostadsbristen är stor i hela Uppsalaregionen, enligt länsstyrelsen.", {"Uppsalaregionen"}, set()),
        # an event given as a person's affiliation
        (
            "– Vi är glada att så många kom, säger Maria Jern på Lidköping Pride.",
            {"Lidköping Pride"},
            set(),
        ),
        # a county after a place: "Jämtlands län" is an area, and not "Jämtland" the organisation
        ("Han stod på uppfarten i Strömsund i Jämtlands län.", {"Jämtland", "Jämtlands län"}, set()),
        # a public service named by its place's genitive
        (
            "– Det är vanligt på våren, säger Eva Ek, riskhanteringschef vid Södertörns brandförsvar.",
            set(),
            {"Södertörns brandförsvar"},
        ),
        # a compound of "polisen" that is an agency of its own is not Polisen
        ("Uppgifterna kom från Säkerhetspolisen i går.", {"Polisen"}, {"Säkerhetspolisen"}),
        # races and tournaments named by a compound's head; islands
        ("Över 3 000 åkare deltog i Sjörännet i helgen, och segraren kom från Mora.", {"Sjörännet"}, set()),
        (
            "Vi hade tur med vädret under Stadsstafetten, säger Eva Ek på Friidrottsförbundet.",
            {"Stadsstafetten"},
            {"Friidrottsförbundet"},
        ),
        ("Båten gick på grund vid Kattholmsön i natt, uppger Sjöräddningssällskapet.", {"Kattholmsön"}, set()),
        # seas and bays, as one compound or as an adjective and a lower-case definite noun
        ("Fartyget sjönk i Medelhavet i går, enligt kustbevakningen.", {"Medelhavet"}, {"Kustbevakningen"}),
        ("Flyktingarna korsade Svarta havet förra veckan.", {"Svarta", "Svarta havet"}, set()),
        ("Oljeutsläppet i Persiska viken oroar Greenpeace.", {"Persiska", "Persiska viken"}, {"Greenpeace"}),
        (
            "Isbrytaren tog sig fram genom Finska viken, meddelar Sjöfartsverket.",
            {"Finska", "Finska viken"},
            {"Sjöfartsverket"},
        ),
        # a foreign place, street or venue by its last word; a name opening with an article is a title,
        # and a football club may end in "City" or "County"
        ("Demokraterna på Capitol Hill vill stoppa förslaget, uppger Reuters.", {"Capitol Hill"}, {"Reuters"}),
        ("Senatorerna på Capitol Hill röstade nej, skriver The Hill.", {"Capitol Hill"}, {"The Hill"}),
        ("Matchen spelas på Stamford Bridge på lördag, skriver The Guardian.", {"Stamford Bridge"}, {"The Guardian"}),
        (
            "Manchester City vann mot Derby County på Etihad Stadium.",
            {"Etihad Stadium"},
            {"Manchester City", "Derby County"},
        ),
        # a two-word "person" opening with Los/Las is a place; a longer one an organisation
        (
            "Bilen stannade på Sepulveda Boulevard i Los Angeles, uppger polisen.",
            {"Sepulveda Boulevard", "Los Angeles"},
            {"Polisen"},
        ),
        (
            "Enligt Los Angeles Times och Le Monde var det kaos i Las Vegas.",
            {"Las Vegas"},
            {"Los Angeles Times", "Le Monde"},
        ),
        # games and wars are events, an area is a place; diseases and time zones are no organisations
        (
            "Idrottarna tävlar i Asiatiska spelen i Jakarta, meddelar Sveriges olympiska kommitté.",
            {"Asiatiska", "Asiatiska spelen"},
            {"Sveriges olympiska kommitté"},
        ),
        ("Festen hölls på Copacabana Beach, skriver Expressen.", {"Copacabana Beach"}, {"Expressen"}),
        # events, prizes and laws by an English last word
        ("Lagen om Affordable Care Act ska ändras, säger Vita huset.", {"Affordable Care Act"}, set()),
        ("Spelet visades på Tokyo Game Show, meddelar Sony.", {"Tokyo Game Show"}, set()),
        ("Förra året vann hon Australian Open, skriver Expressen.", {"Australian Open"}, {"Expressen"}),
        ("Trafiken i Stockholmsområdet stoppades, meddelar Trafikverket.", {"Stockholmsområdet"}, {"Trafikverket"}),
        ("Antalet fall av HIV ökar, enligt WHO.", {"HIV"}, {"WHO"}),
        ("Flyget landar klockan 14.00 BST, meddelar SAS.", {"BST"}, {"SAS"}),
        ("Sändningen börjar 20.00 EST enligt CNN.", {"EST"}, {"CNN"}),
        ("Kursen för EUR mot SEK steg i går, uppger Riksbanken.", {"EUR", "SEK"}, {"Riksbanken"}),
        # a US state, a Canadian province, a nation of the United Kingdom
        (
            "När en bonde i Oregon blev uppäten av sina grisar sa en bonde i Manitoba till CBC News att grisar "
            "inte är aggressiva.",
            {"Manitoba"},
            {"CBC News"},
        ),
    ],
)
def test_named_places_buildings_documents_and_events_are_not_organisations(entities, text, absent, present):
    orgs = names(entities(text), "organisations")
    assert not absent & orgs
    assert present <= orgs


@pytest.mark.parametrize(
    "text, place, person",
    [
        ("Börserna på Wall Street föll kraftigt i går, enligt Bloomberg.", "Wall Street", None),
        ("West Virginia har fått ny guvernör, skriver CNN.", "West Virginia", None),
        ("Trump talade inför väljare i West Virginia och Texas.", "Texas", None),
        ("Damon Hill vann loppet i Monaco, skriver Expressen.", None, "Damon Hill"),
        # a place word that is also a surname makes no person a place
        ("Sydkoreanen Seung Park vann loppet före Damon Hill.", None, "Seung Park"),
    ],
)
def test_a_foreign_street_or_place_is_no_person(entities, text, place, person):
    people = names(entities(text), "people")
    assert place not in people
    assert person is None or person in people


@pytest.mark.parametrize(
    "words, person",
    [
        (("Sepulveda", "Boulevard"), False),
        (("Livingston", "Island"), False),
        (("Copacabana", "Beach"), False),
        (("King", "George", "Island"), False),
        (("West", "Virginia"), False),
        (("Virginia", "Woolf"), True),
        # a place word that is also a surname
        (("Seung", "Park"), True),
        (("Ricki", "Lake"), True),
        (("Damon", "Hill"), True),
    ],
)
def test_a_name_ending_in_a_foreign_place_word_is_no_person(words, person):
    from nlp_pipeline.entities.names import plausible_person

    assert plausible_person(words) is person


def test_a_place_given_as_where_a_person_comes_from_is_not_an_organisation(entities):
    r = entities("Segraren Marco Bellini från Italien var en hundradel före. – Det känns fint, säger Bellini.")
    assert "Marco Bellini" in names(r, "people")
    assert "Italien" not in names(r, "organisations")


@pytest.mark.parametrize(
    "text, orgs, absent",
    [
        ("Frågan togs upp i FN:s säkerhetsråd i går.", {"FN:s säkerhetsråd"}, set()),
        ("Beslutet fattades av EU:s ministerråd, uppger Utrikesdepartementet.", {"EU:s ministerråd"}, set()),
        # a bare "råd" is advice, not a council
        ("Han följde UD:s råd och stannade hemma.", set(), {"UD:s råd"}),
    ],
)
def test_a_body_named_after_its_organisations_genitive(entities, text, orgs, absent):
    found = names(entities(text), "organisations")
    assert orgs <= found
    assert not absent & found


@pytest.mark.parametrize(
    "text, orgs, absent",
    [
        ("Enligt planen ska IVBK:s arbete utvärderas nästa år.", {"IVBK"}, set()),
        # a place's genitive and the genitive of a common noun's abbreviation are not organisations
        ("USA:s president talade i går. BNP:s tillväxt var svag.", set(), {"USA", "BNP"}),
    ],
)
def test_an_acronym_in_the_genitive_is_an_organisations(entities, text, orgs, absent):
    found = names(entities(text), "organisations")
    assert orgs <= found
    assert not absent & found


def test_a_given_name_the_lexicon_lacks_is_not_taken_for_a_title(entities):
    # "Anis" is no title before the first name "Don": the three words are one name
    r = entities("Nu får han hjälp av artisten Anis Don Demina. – Jag älskar det, säger Anis Don Demina.")
    assert names(r, "people") == {"Anis Don Demina"}
    assert set(r.quotes["speaker"]) == {"Anis Don Demina"}
    # a title before a name is still dropped
    assert names(entities("Afghanistankännaren Peter Ström varnar för kriget."), "people") == {"Peter Ström"}
    # and before a name of two words the lexicon lacks, where the tagger reads it as a noun; it is the role
    r = entities("Terroristen Sayfullo Saipov greps i går. Saipov har erkänt, enligt åklagaren.")
    assert names(r, "people") == {"Sayfullo Saipov"}
    assert list(r.people["roles"].iloc[0]) == ["terrorist"]


def test_a_name_introduced_as_a_work_is_no_organisation_anywhere_in_the_article(entities):
    text = (
        "Senare i höst kommer filmen Kaos. Den var också en tv-serie.\n\n"
        "I nyhetspodden Expressen Fokus pratar vi med Lena Holm om valet.\n"
    )
    orgs = names(entities(text), "organisations")
    assert not {"Kaos", "Expressen Fokus"} & orgs


@pytest.mark.parametrize(
    "text, name, alias",
    [
        (
            "Artisten Lisa Ekdahl heter egentligen Lisa Eriksson. Hon kommer från Borlänge.",
            "Lisa Ekdahl",
            "Lisa Eriksson",
        ),
        (
            "Sångaren Lars Berg, som egentligen heter Lars-Erik Bergström, släpper en ny skiva.",
            "Lars Berg",
            "Lars-Erik Bergström",
        ),
    ],
)
def test_a_persons_other_name_is_an_alias_not_another_person(entities, text, name, alias):
    people = entities(text).people
    assert list(people["name"]) == [name]
    assert alias in people.iloc[0]["variants"]


def test_the_person_interviewed_is_a_person(entities):
    # the NER calls this name MISC; after "pratar vi med" it is a person
    assert names(entities("I nyhetspodden pratar vi med Nivette Karlsson om talet."), "people") == {"Nivette Karlsson"}
    # an organisation interviewed stays an organisation
    r = entities("Tidningen har pratat med Dagens Nyheter om saken.")
    assert not names(r, "people")


@pytest.mark.parametrize(
    "text, person",
    [
        # a well-known politician named by surname alone, whatever the NER says, is a person who speaks
        (
            "Regeringen presenterade budgeten i dag. – Det här är en bra dag för Sverige, säger Kristersson.",
            "Kristersson",
        ),
        ("Kritiken kom från Dadgostar på tisdagen. Dadgostar menar att skatten måste höjas.", "Dadgostar"),
        # a name the NER calls an organisation is a person's after a title only a person has
        (
            "Skalvet var kraftigt, sa myndighetens talesman Sutopo Purwo Nugroho på en presskonferens.",
            "Sutopo Purwo Nugroho",
        ),
        ("Avtalet skrevs under av premiärminister Wong Kan Seng i går.", "Wong Kan Seng"),
    ],
)
def test_a_name_with_a_persons_evidence_is_a_person(entities, text, person):
    r = entities(text)
    assert names(r, "people") == {person}
    assert person not in names(r, "organisations")


@pytest.mark.parametrize(
    "text",
    [
        # a surname that is also a noun the article uses in lower case
        "Skog. Skogen är viktig för landet, och den binder skogen koldioxid.",
        # a company named like two politicians, tagged as a person by the NER
        "Ericsson har sagt upp 800 anställda i Kista, skriver bolaget.",
    ],
)
def test_a_surname_that_is_something_else_here_is_no_person(entities, text):
    assert not names(entities(text), "people")


@pytest.mark.parametrize(
    "words, person",
    [
        (("Nordic", "Defence", "Cooperation"), False),  # an English organisation's head word
        (("Arctic", "Research", "Partnership"), False),
        (("Baltic", "Sea", "Initiative"), False),
        (("Margaret", "Court"), True),  # a known given name first: a person, though "Court" is a head word
        (("Anna", "Lindh"), True),
    ],
)
def test_english_organisation_heads_are_not_people(words, person):
    from nlp_pipeline.entities.names import plausible_person

    assert plausible_person(words) is person


@pytest.mark.parametrize(
    "text, water", [("Isen på Mälaren bär nu.", "Mälaren"), ("Färjan över Öresund är inställd.", "Öresund")]
)
def test_a_water_the_ner_calls_an_organisation_is_not_one(nlp, text, water):
    from spacy.tokens import Span

    from nlp_pipeline.entities.names import org_mentions

    doc = nlp(text)
    i = next(t.i for t in doc if t.text == water.split()[0])
    doc.ents = [Span(doc, i, i + len(water.split()), label="ORG")]  # what the model did on an unseen page
    assert [m.text for m in org_mentions(doc, [])] == []


@pytest.mark.parametrize(
    "text, orgs",
    [
        (
            "Pengarna ska fördelas mellan Första och Andra AP-fonden, enligt beslutet.",
            {"Första AP-fonden", "Andra AP-fonden"},
        ),
        # a list, and a plural head: each one is named in the singular
        (
            "Tillgångarna förs över till Tredje, Fjärde och Sjunde AP-fonderna vid årsskiftet.",
            {"Tredje AP-fonden", "Fjärde AP-fonden", "Sjunde AP-fonden"},
        ),
        (
            "Forskare vid Uppsala och Lunds universitet har studerat frågan i tio år.",
            {"Uppsala universitet", "Lunds universitet"},
        ),
        ("Nu har både Göteborgs och Malmö stad infört förbudet i år.", {"Göteborgs stad", "Malmö stad"}),
        # names of their own stay as they are
        (
            "Delegationen besökte Konstfack, Gamlagården och Kulturhuset i Lerum.",
            {"Konstfack", "Gamlagården", "Kulturhuset"},
        ),
        ("Hon har arbetat på Volvo och Scania Sverige i många år.", {"Volvo", "Scania Sverige"}),
        # an agency, an acronym or a known name before a place's institution keeps its own name
        (
            "Polisen, Tullverket och Malmö stad genomförde en gemensam insats.",
            {"Polisen", "Tullverket", "Malmö stad"},
        ),
        ("Chalmers, KTH och Göteborgs universitet samarbetar.", {"Chalmers", "KTH", "Göteborgs universitet"}),
        # at a sentence's start too, the first of the list shares the rest
        ("Första och Andra AP-fonden har sålt aktierna.", {"Första AP-fonden", "Andra AP-fonden"}),
        ("Göteborgs och Malmö stad har infört förbudet.", {"Göteborgs stad", "Malmö stad"}),
    ],
)
def test_a_name_listed_before_another_shares_its_rest(entities, text, orgs):
    assert names(entities(text), "organisations") == orgs


def test_plural_definite_to_singular_definite():
    from nlp_pipeline.lang.words import singular_definite

    assert [
        singular_definite(w) for w in ("AP-fonderna", "domstolarna", "högskolorna", "universitet", "AP-fonden")
    ] == [
        "AP-fonden",
        "domstolen",
        "högskolan",
        "universitet",
        "AP-fonden",
    ]


@pytest.mark.parametrize(
    "text, org",
    [
        ("Två chefer har fått lämna sina poster, rapporterar Upsala Nya Tidning.", "Upsala Nya Tidning"),
        ("– Vi måste spara, säger Anna Berg till Dagens Samhälle.", "Dagens Samhälle"),
        ("Det skriver Göteborgs-Posten på fredagen.", "Göteborgs-Posten"),
        ("Uppgifterna bekräftas av Sveriges Radio i kväll.", "Sveriges Radio"),
    ],
)
def test_news_media_cited_as_sources_are_media_organisations(entities, text, org):
    orgs = entities(text).organisations
    assert org in set(orgs["name"])
    assert orgs.set_index("name").loc[org, "type"] == "media"


@pytest.mark.parametrize(
    "text, absent, present",
    [
        (
            "Fler patienter smittas av meticillinresistenta Staphylococcus aureus (MRSA) på sjukhusen. "
            "Antalet fall av MRSA ökar.",
            {"MRSA"},
            set(),
        ),
        (
            "Allt fler lider av kroniskt obstruktiv lungsjukdom (KOL), enligt Socialstyrelsen. "
            "KOL drabbar främst rökare.",
            {"KOL"},
            {"Socialstyrelsen"},
        ),
        # an organisation's acronym stays its acronym
        (
            "Myndigheten för samhällsskydd och beredskap (MSB) varnar för bränder. MSB:s chef uttalade sig i går.",
            set(),
            {"Myndigheten för samhällsskydd och beredskap"},
        ),
    ],
)
def test_an_acronym_given_for_a_term_is_no_organisation(entities, text, absent, present):
    orgs = names(entities(text), "organisations")
    assert not absent & orgs
    assert present <= orgs


@pytest.mark.parametrize(
    "text, people",
    [
        # a name in the genitive ends the name: what follows is the person's work, restaurant or city
        (
            "Filmen visas igen. Hon har sett Ingmar Bergmans Persona tre gånger, berättar Anna Holm.",
            {"Ingmar Bergman", "Anna Holm"},
        ),
        ("Edward Bloms Stockholm var en annan stad, skriver Lisa Berg.", {"Edward Blom", "Lisa Berg"}),
        # after a vowel only when the article also writes the name without the -s
        (
            "Kocken Tore Wretman öppnade restaurangen. Tore Wretmans Bakfickan blev en succé, säger Per Ek.",
            {"Tore Wretman", "Per Ek"},
        ),
        # names with a word in -s inside them stay whole: given names, Spanish surnames, suffixes
        (
            "Mario Vargas Llosa fick priset. Hans Blix och Anders Borg kom, liksom Carlos Santos Silva.",
            {"Mario Vargas Llosa", "Hans Blix", "Anders Borg", "Carlos Santos Silva"},
        ),
    ],
)
def test_a_persons_name_ends_at_its_genitive(entities, text, people):
    assert names(entities(text), "people") == people


@pytest.mark.parametrize(
    "text, people",
    [
        # a name the article puts something "in" is a place, there and wherever else it is named
        (
            "Protesterna i Hong Kong fortsatte i går. Hong Kongs regering svarade inte, säger Anna Holm.",
            {"Anna Holm"},
        ),
        ("De bodde i Monte Carlo. Monte Carlo är dyrt, säger Per Ek.", {"Per Ek"}),
        ("Han arbetade i provinshuvudstaden Tirin Kot i ett år, berättar Lisa Berg.", {"Lisa Berg"}),
        # "i" before a name in the genitive puts the person's thing somewhere, not the person
        (
            "Det är den tredje delen i Ola Nilssons nya romansvit, säger Per Ek.",
            {"Ola Nilsson", "Per Ek"},
        ),
    ],
)
def test_a_name_after_i_is_a_place_not_a_person(entities, text, people):
    assert names(entities(text), "people") == people


@pytest.mark.parametrize(
    "text, people",
    [
        # an English noun for a thing at the end: named after a person, not a person, given name or not
        ("Andrew Marr Show sänds på söndagar, säger Per Ek.", {"Per Ek"}),
        ("Konferensen hölls på Beverly Hilton Hotel, säger Per Ek.", {"Per Ek"}),
        ("Sara Lind Festival lockade tusentals, säger Per Ek.", {"Per Ek"}),
        ("Laget vann Davis Cup förra året, säger Anna Holm.", {"Anna Holm"}),
        # a surname that is also an English noun stays a name
        ("Det sa Stuart Hall och Martin Luther King till pressen.", {"Stuart Hall", "Martin Luther King"}),
        # a foreign place's first or last word ("Puerto", "Santa", "Town") never opens or ends a person's name
        ("Puerto Rico drabbades av stormen, säger Per Ek.", {"Per Ek"}),
        ("Cape Town växer snabbt, säger Per Ek.", {"Per Ek"}),
        ("Santa Monica ligger vid havet, säger Per Ek.", {"Per Ek"}),
        ("Det sa Jan Eliasson och Eva Lund till pressen.", {"Jan Eliasson", "Eva Lund"}),
    ],
)
def test_a_things_or_foreign_places_name_is_not_a_person(entities, text, people):
    assert names(entities(text), "people") == people


def test_an_organisation_named_by_an_adjective_and_a_noun_keeps_its_noun(entities):
    """The lower-case words after a name are trimmed ("OECD:s rapport"), but an adjective alone names
    nothing: "Röda korset" is the organisation, not "Röda"."""
    orgs = names(entities("Insamlingen till Röda korset gav tre miljoner kronor i helgen."), "organisations")
    assert "Röda korset" in orgs and "Röda" not in orgs
    assert names(entities("Enligt OECD:s rapport växer ekonomin i år."), "organisations") == {"OECD"}


@pytest.mark.parametrize(
    "text, person",
    [
        ("Karl XII:s staty står i Kungsträdgården, skriver DN.", "Karl XII"),
        ("Drottning Elisabeth II:s begravning hölls i London.", "Elisabeth II"),
        ("Påven Benedictus XVI:s avgång överraskade Vatikanen.", "Benedictus XVI"),
        ("Kung Karl XVI Gustaf invigde bron i går.", "Karl XVI Gustaf"),
    ],
)
def test_a_regnal_number_is_part_of_the_name_and_no_organisation(entities, text, person):
    r = entities(text)
    assert person in names(r, "people")
    assert not {"XII", "II", "XVI"} & names(r, "organisations")
    mention = r.entities[r.entities["canonical"] == person]
    assert list(mention["text"]) == [person]  # the genitive's ":s" is not part of the mention


@pytest.mark.parametrize(
    "text, person, org",
    [
        # a name after a form of address in lower case is a person's, whatever the NER says
        ("”Det var illa”, sade mrs Ednan-Laperouse till BBC.", "Ednan-Laperouse", None),
        # a person's title in an apposition after the name
        (
            "”Det är en regional katastrof”, sa Aulia Arriani, en talesperson för indonesiska Röda korset.",
            "Aulia Arriani",
            None,
        ),
        (
            "”Tsunamin kom snabbt”, sa Sutopo Purwo Nugroho, talesman för Indonesiens katastrofbyrå BNPB.",
            "Sutopo Purwo Nugroho",
            None,
        ),
        # a role an organisation can have too makes no person, in a compound too
        ("Enligt Tumba Bruk, ägare till fastigheten, är skadan stor.", None, "Tumba Bruk"),
        ("Enligt Tumba Bruk, storägare i bolaget, är skadan stor.", None, "Tumba Bruk"),
    ],
)
def test_a_form_of_address_or_a_persons_title_makes_a_person(entities, text, person, org):
    r = entities(text)
    if person:
        assert person in names(r, "people")
        assert person not in names(r, "organisations")
    if org:
        assert org in names(r, "organisations")
        assert org not in names(r, "people")


@pytest.mark.parametrize(
    "text, person",
    [
        # a name in -s before a noun is read as a genitive, unless the article writes it with the -s where
        # no genitive can be (before a verb, a preposition, an article)
        ("Jessica Chambers mamma sa att polisen arbetar. Jessica Chambers dog på sjukhuset.", "Jessica Chambers"),
        ("Jessica Chambers mamma sa att polisen arbetar. – Det var sent, säger Jessica Chambers.", "Jessica Chambers"),
        # and a genitive stays one, coordinated too
        ("Joe Bidens tal var långt. Joe Biden talade i en timme.", "Joe Biden"),
        (
            "Magdalena Anderssons och Jimmie Åkessons debatt var hård. Magdalena Anderssons förslag kritiserades.",
            "Magdalena Andersson",
        ),
        # an adjective of its own after the name is no owned thing; one before a noun is
        ("– Det var tufft, säger Maria Lucas stolt.", "Maria Lucas"),
        ("Joe Bidens nya tal hölls i går.", "Joe Biden"),
        ("Panelen debatterade Bob Woodwards användande av källor.", "Bob Woodward"),
        # an adjective's weak form is a genitive's, whatever the tagger reads the noun after it as
        ("Det är den tredje delen i Ola Nilssons nya romansvit, säger Per Ek.", "Ola Nilsson"),
        ("– Hon läste Karin Holms gamla dagbok, säger Per Ek.", "Karin Holm"),
        # a title the tagger reads as an adjective or a preposition still follows a genitive
        ("– Det stämmer, säger Ulf Kristerssons pressekreterare Victor Harju.", "Ulf Kristersson"),
        ("– Vi överklagar, säger Anna Bergs advokat.", "Anna Berg"),
    ],
)
def test_a_surname_in_s_is_not_taken_for_a_genitive_where_the_article_writes_it_plain(entities, text, person):
    assert person in names(entities(text), "people")
    assert person + "s" not in names(entities(text), "people")


def test_a_ships_prefix_is_no_form_of_address(entities):
    r = entities("Passagerarfärjan ms Estonia sjönk 1994, skriver Expressen.")
    assert "Estonia" not in names(r, "people")


@pytest.mark.parametrize(
    "text, person",
    [
        # a given name after a royal title is a person's, though the NER reads "Victoria" as a place
        ("Kronprinsessan Victoria besökte Ontario i går. – Det var fint, säger Victoria.", "Victoria"),
        ("Kronprinsessan Victoria och prins Daniel besökte Umeå i går.", "Victoria"),
        # not a word that is no given name ("Kung Fu Panda")
        ("Kung Fu Panda 4 har premiär i dag.", None),
    ],
)
def test_a_given_name_after_a_royal_title_is_a_person(entities, text, person):
    people = names(entities(text), "people")
    if person:
        assert person in people
    else:
        assert not people


@pytest.mark.parametrize(
    "text, person",
    [
        # a subject after its verb runs into the object: a place, a place's genitive, a title
        ("Mötet var kort. I går besökte statsminister Karin Ekholm Paris för samtal.\n", "Karin Ekholm"),
        ("På mötet träffade ministern Per Åström Österrikes jordbruksminister.\n", "Per Åström"),
        ("Vi måste agera nu.\n\nOlle Dahlgren Försvarsminister (M)\n", "Olle Dahlgren"),
        # a politician's surname, a surname's ending, a given name: places too, and still the name's
        ("Anna Lund talade. Sedan sa Maria Berg Lund att beslutet var fel.\n", "Maria Berg Lund"),
        ("Karl Johan Sjöberg säger att företaget ska flytta.\n", "Karl Johan Sjöberg"),
        ("Enligt Lena Maria Norberg är situationen ohållbar.\n", "Lena Maria Norberg"),
        ("Sedan talade Lisa Marie Victoria om sin bok.\n", "Lisa Marie Victoria"),
    ],
)
def test_a_name_does_not_run_into_a_place_or_title_after_it(entities, text, person):
    assert person in names(entities(text), "people")
    assert not any(p.startswith(person + " ") for p in names(entities(text), "people"))


@pytest.mark.parametrize(
    "text, name, roles",
    [
        # a title with its field before the name; a country's genitive before it is not part of the role
        (
            "– Vi måste stärka beredskapen, säger Danmarks minister för civil beredskap Jonas Kvist.",
            "Jonas Kvist",
            ["minister för civil beredskap"],
        ),
        ("Kommissionär för inre marknaden Anna Viklund presenterade förslaget i går.", "Anna Viklund", None),
        # two titles joined by "och", the second with its field
        (
            "– Det är ett viktigt steg, säger Lettlands utbildningsminister och minister för idrott Karin Ozola.",
            "Karin Ozola",
            ["utbildningsminister och minister för idrott"],
        ),
        # a verb or a name before "för" is no title
        ("Fullmäktige röstade för förslaget. Det var Per Alm som lade fram det.", "Per Alm", []),
        ("– Vi är glada, säger chef för Kulturhuset Eva Jansson.", "Eva Jansson", []),
    ],
)
def test_a_title_with_its_field_before_a_name_is_the_persons_role(entities, text, name, roles):
    r = entities(text)
    people = r.people.set_index("name")
    assert name in people.index
    if roles is None:  # at a sentence's start: the title is read, lower-cased
        assert list(people.loc[name, "roles"]) == ["kommissionär för inre marknaden"]
    else:
        assert list(people.loc[name, "roles"]) == roles


def test_a_title_an_organisation_can_have_makes_no_person(entities):
    # "ägaren", "medlem": an organisation can own or be a member ("storägaren Investor AB")
    r = entities("Bolaget köptes av ägaren Nordic Capital Partners i våras.")
    assert "Nordic Capital Partners" not in names(r, "people")


@pytest.mark.parametrize(
    "text, name, roles",
    [
        # found by review: a definite title before "och" is another person's
        (
            "Mötet mellan presidenten och utrikesminister Tobias Billström hölls i går.",
            "Tobias Billström",
            ["utrikesminister"],
        ),
        # a representative's complement is the party, who may be the name after it
        ("Advokaten för den tilltalade Per Ek säger att domen kommer att överklagas.", "Per Ek", []),
        # "området" ends like "rådet" but is no title; the title is the expert's, with its field
        ("Experten inom området Anna Berg säger att risken är liten.", "Anna Berg", ["expert inom området"]),
    ],
)
def test_reviewed_over_reaches_of_titles_before_a_name(entities, text, name, roles):
    people = entities(text).people.set_index("name")
    assert list(people.loc[name, "roles"]) == roles


@pytest.mark.parametrize(
    "text, org",
    [
        # an affiliation after a title in an apposition or a predicate is no person
        ("– Vi ser stora behov, säger Per Ek, generalsekreterare Rädda Barnen.", "Rädda Barnen"),
        ("Medverkande: Per Ek, vd Svensk Handel, och Anna Berg, generalsekreterare Röda Korset.", "Svensk Handel"),
    ],
)
def test_an_organisation_after_a_title_in_an_apposition_is_no_person(entities, text, org):
    r = entities(text)
    assert org not in names(r, "people")


@pytest.mark.parametrize(
    "text, orgs",
    [
        # a noun for a kind of organisation introduces its name, wherever the NER is silent
        ("Det säger fackförbundet Grävmaskinförarna i en rapport.", {"Grävmaskinförarna"}),
        ("Batterierna tillverkas av företaget Voltrix i Luleå.", {"Voltrix"}),
        ("Han jobbade i tio år för bolaget Klarvik.", {"Klarvik"}),
        ("Pengarna kommer från stiftelsen Bergkvist.", {"Bergkvist"}),
        ("Kvällstidningen Nyhetsposten avslöjade affären.", {"Nyhetsposten"}),
        # a town may name a club; the name goes on over "utan" and a noun
        ("Det var fotbollsklubben Hammarby som vann matchen.", {"Hammarby"}),
        ("Organisationen Tandläkare utan gränser larmar om läget.", {"Tandläkare utan gränser"}),
    ],
)
def test_a_noun_for_a_kind_of_organisation_introduces_its_name(entities, text, orgs):
    r = entities(text)
    assert orgs <= names(r, "organisations")
    assert not orgs & names(r, "people")


def test_a_name_introduced_as_an_organisation_is_one_wherever_the_article_writes_it(entities):
    r = entities(
        "Det säger fackförbundet Grävmaskinförarna. – Det är för farligt, säger Grävmaskinförarnas ordförande Eva Ek."
    )
    orgs = r.organisations.set_index("name")
    assert orgs.loc["Grävmaskinförarna", "n_mentions"] == 2
    people = r.people.set_index("name")
    assert list(people.loc["Eva Ek", "affiliations"]) == ["Grävmaskinförarna"]


@pytest.mark.parametrize(
    "text",
    [
        # the country is no organisation, nor a name starting the next sentence
        "Det spelar laget Sverige ingen roll. Bolaget. Sverige vann.",
        # a lower-case word after the noun is no name
        "Företaget har 40 anställda och bolaget växer snabbt.",
    ],
)
def test_a_kind_of_organisation_noun_makes_no_organisation_of_what_is_not_a_name(entities, text):
    assert "Sverige" not in names(entities(text), "organisations")
    assert len(entities(text).organisations) == 0


@pytest.mark.parametrize(
    "text, person, role, org",
    [
        # an organisation's genitive before the title is the person's affiliation; a name in -x takes no -s
        ("– Det går bra, säger Voltrix vd Jim Rowan.", "Jim Rowan", "vd", "Voltrix"),
        ("Enligt Volvo Cars vd Jim Rowan går det bra.", "Jim Rowan", "vd", "Volvo Cars"),
        ("– Nej, säger regeringens utredare Lars Berg.", "Lars Berg", "utredare", "Regeringen"),
        # the NER's "Bellators VD": the organisation is the owner, the title keeps its capitals
        ("– Vi är glada, säger Bellators VD Scott Coker.", "Scott Coker", "VD", "Bellator"),
        # an agency whose name ends in -s keeps it in the genitive
        (
            "Det säger myndigheten Trafikanalys generaldirektör Mattias Viklund.",
            "Mattias Viklund",
            "generaldirektör",
            "Trafikanalys",
        ),
        # found by review: the spread reaches the genitive; an adjective may stand before the title
        ("Det uppger bolaget Klarvik. Klarviks vd Lina Åström säger att det går bra.", "Lina Åström", "vd", "Klarvik"),
        ("– Vi är klara, säger Volvos nya vd Håkan Samuelsson.", "Håkan Samuelsson", "vd", "Volvo"),
        ("– Vi granskar, säger SVT:s reporter Anna Ek.", "Anna Ek", "reporter", "SVT"),
        ("– Vi ser en förbättring, säger Reuters korrespondent Anna Ek.", "Anna Ek", "korrespondent", "Reuters"),
        # a critic is no member
        ("Enligt regeringens kritiker Anna Ek är det fel.", "Anna Ek", "kritiker", None),
    ],
)
def test_an_organisations_genitive_before_a_title_is_the_persons_affiliation(entities, text, person, role, org):
    r = entities(text)
    people = r.people.set_index("name")
    assert role in list(people.loc[person, "roles"])
    assert list(people.loc[person, "affiliations"]) == ([org] if org else [])


def test_a_persons_genitive_before_a_title_is_no_apposition_of_that_person(entities):
    # the tagger reads "advokat" as a verb here; "Anna Bergs" is Anna Berg's genitive, not a name with a role
    people = entities("Enligt Anna Bergs advokat Lars Holm är det fel.").people.set_index("name")
    assert list(people.loc["Lars Holm", "roles"]) == ["advokat"]
    assert "Anna Bergs" not in people.index
    assert list(people.loc["Anna Berg", "roles"]) == []


@pytest.mark.parametrize("text", ["Sveriges Ingenjörer kräver höjda löner.", "Kinas Kommunistparti kräver lydnad."])
def test_an_organisation_prefix_before_a_speech_verb_is_no_persons_name(entities, text):
    assert len(entities(text).people) == 0


@pytest.mark.parametrize(
    "text, orgs, not_orgs",
    [
        # found by review: the name of a relative clause without "som" is its subject, no organisation
        ("Partiet Lindgren leder har tappat i opinionen. – Vi ska vinna, säger Lindgren.", set(), {"Lindgren"}),
        # a place is a club's name after "klubben" only, and only there
        ("Han spelar i klubben Kiruna sedan två år. Kiruna ligger i Norrbotten.", {"Kiruna"}, set()),
        ("Företaget Göteborg köpte in nya bussar.", set(), {"Göteborg"}),
        ("Bergskedjan Himalaya är hög och i kanalen Suez går fartyg.", set(), {"Himalaya", "Suez"}),
        # a name runs over "&", "för" and the words of an English name
        ("Förlaget Natur & Kultur ger ut boken.", {"Natur & Kultur"}, set()),
        ("Partiet Alternativ för Sverige ställer upp.", {"Alternativ för Sverige"}, set()),
        ("Tidningen New York Times skriver om saken.", {"New York Times"}, {"New"}),
        # a name another rule has is left to it, and the noun is no part of the name
        ("Han röstade på partiet Nya Moderaterna.", set(), {"Nya"}),
        ("Nyhetsbyrån Reuters rapporterar att tre dog.", {"Reuters"}, {"Nyhetsbyrån"}),
        ("Fotbollsklubben AIK vann.", {"AIK"}, {"Fotbollsklubben"}),
        # an English plural ends an organisation's name; no person is read into it
        ("Organisationen Human Rights Watch kritiserar Kina.", {"Human Rights Watch"}, set()),
    ],
)
def test_reviewed_over_reaches_of_a_kind_of_organisation_noun(entities, text, orgs, not_orgs):
    r = entities(text)
    found = names(r, "organisations")
    assert orgs <= found and not not_orgs & found
    assert not found & names(r, "people")


def test_a_founders_firm_named_after_him_leaves_him_the_speaker(entities):
    r = entities("Han grundade bolaget Fröjd 2012. – Det var en chansning, säger Fröjd.")
    assert r.quotes[["speaker", "speaker_kind"]].values.tolist() == [["Fröjd", "person"]]


@pytest.mark.parametrize(
    "text, org, kind",
    [
        # the noun that introduces a name gives its type where neither the knowledge base nor the name does
        ("Det säger fackförbundet Grävarna i en rapport.", "Grävarna", "union"),
        ("Batterierna tillverkas av företaget Voltrix i Luleå.", "Voltrix", "company"),
        ("Det skriver kvällstidningen Nyhetsposten.", "Nyhetsposten", "media"),
        ("Pengarna kommer från stiftelsen Bergkvist.", "Bergkvist", "NGO"),
        ("Det säger partiet Alternative für Deutschland.", "Alternative für Deutschland", "party"),
        # a club, a terror group says no more than "an organisation"; a trade union may be a "förening"
        ("Han spelar i fotbollsklubben Hammarby.", "Hammarby", None),
        ("Terrororganisationen Svarta Handen tog på sig dådet.", "Svarta Handen", None),
        ("Fackföreningen Grävarna kräver mer.", "Grävarna", "union"),
        # a plural noun gives it to every name of its list
        ("Förlagen Nordbok, Lindqvists och Natur & Kultur ger ut böckerna.", "Natur & Kultur", "company"),
        ("Tidningarna Nyhetsposten och Kvällsbladet skrev om det.", "Kvällsbladet", "media"),
    ],
)
def test_the_noun_introducing_an_organisation_gives_its_type(entities, text, org, kind):
    orgs = entities(text).organisations.set_index("name")
    got = orgs.loc[org, "type"]
    assert (None if got is pd.NA else got) == kind


@pytest.mark.parametrize(
    "text, orgs, people",
    [
        # a national prefix and capitalised words make an organisation where the NER is silent
        ("Sveriges Ingenjörer kräver höjda löner.", {"Sveriges Ingenjörer"}, set()),
        # not an office after the prefix, nor a person's name
        ("Hon blev Sveriges USA-ambassadör i fjol.", set(), set()),
        ("Mötet samlade Sveriges Nordenministrar.", set(), set()),
        # a noun for the organisation's kind, opening a sentence before a speech verb, makes no person
        ("Facket Kommunal kräver högre löner.", {"Kommunal"}, set()),
        # a plural noun introduces every name of its list, whatever the NER says of them
        ("Företagen Klarvik och Voltrix växer.", {"Klarvik", "Voltrix"}, set()),
        ("Företagen Voltrix, Nordlog och Axelia växer.", {"Voltrix", "Nordlog", "Axelia"}, set()),
        (
            "Förlagen Norstedts, Bonniers och Natur & Kultur ger ut böckerna.",
            {"Norstedts", "Bonniers", "Natur & Kultur"},
            set(),
        ),
        ("Partierna Vänsterpartiet och Miljöpartiet röstade nej.", {"Vänsterpartiet", "Miljöpartiet"}, set()),
    ],
)
def test_national_prefixes_and_plural_kinds_of_organisation(entities, text, orgs, people):
    r = entities(text)
    assert names(r, "organisations") == orgs
    assert names(r, "people") == people


@pytest.mark.parametrize(
    "text, orgs",
    [
        # found by review: a superlative, an ordinal or a champion after a national prefix is no organisation
        ("Hon blev Sveriges Bästa Kock i fjol.", set()),
        ("Laget blev Sveriges Mästare i fjol.", set()),
        ("Det var Sveriges Zlatan som avgjorde.", set()),
        ("Svenska Cupen avgörs i maj.", set()),
        # an agency whose name ends in a council noun keeps it
        ("Statens kulturråd delar ut stöd.", {"Statens kulturråd"}),
        # the names a plural noun opens are the subjects of a relative clause here
        ("Partierna Lind och Berg leder debatterar i kväll.", set()),
    ],
)
def test_reviewed_over_reaches_of_national_prefixes_and_lists(entities, text, orgs):
    assert names(entities(text), "organisations") == orgs


@pytest.mark.parametrize(
    "text, people, not_people",
    [
        # a short surname in the genitive before what the person owns
        ("Anna Eks företag växer. Jan Åhs hund är borta.", {"Anna Ek", "Jan Åh"}, {"Anna Eks", "Jan Åhs"}),
        # a region's or a firm's name is no person's, whatever the NER says
        ("I dag presenterade Region Skåne sin budget. Region Västmanland gick med underskott.", set(), None),
        ("Han driver bolaget Kvarnhjul Invest med Hansen Logistik GmbH.", set(), None),
    ],
)
def test_short_genitives_and_names_of_regions_and_firms(entities, text, people, not_people):
    found = names(entities(text), "people")
    assert people <= found
    assert not found & (not_people or {"Region Skåne", "Region Västmanland", "Kvarnhjul Invest"})


def test_a_council_title_before_a_name_is_no_organisation(entities):
    r = entities("Kommunalrådet Jenny Åberg (S) och Regionrådet Ali Demir (C) deltog också.")
    assert names(r, "organisations") == {"Socialdemokraterna", "Centerpartiet"}
    assert names(r, "people") == {"Jenny Åberg", "Ali Demir"}


@pytest.mark.parametrize(
    "text, parties",
    [
        # parties' letters listed together are the parties
        ("S och M är överens om budgeten. SD och V röstade emot, medan KD, L och C lade ner sina röster.", 7),
        ("Partierna S och M är överens.", 2),
        # a lone letter, or letters after a common noun, are no party
        ("Han fick betyget C i matematik.", 0),
        ("Tröjan finns i storlekarna S och M.", 0),
    ],
)
def test_parties_letters_in_a_list(entities, text, parties):
    orgs = entities(text).organisations
    assert len(orgs[orgs["type"] == "party"]) == parties


@pytest.mark.parametrize(
    "text, person, party",
    [
        ("M-politikern Erik Sjö kräver en ny utredning.", "Erik Sjö", "Moderaterna"),
        ("Kritiken kommer från SD-toppen Lina Moberg.", "Lina Moberg", "Sverigedemokraterna"),
        ("Socialdemokraten Anna Ek är nöjd.", "Anna Ek", "Socialdemokraterna"),
    ],
)
def test_the_word_before_a_name_gives_the_persons_party(entities, text, person, party):
    assert entities(text).people.set_index("name").loc[person, "party"] == party


@pytest.mark.parametrize(
    "text, orgs",
    [
        # a sports club's letters before or after a name make it the club's, whatever the NER says of the name
        ("IFK Göteborg vann i går. BK Häcken förlorade.", {"IFK Göteborg", "BK Häcken"}),
        ("Igår vann IFK Göteborg. Sedan förlorade BK Häcken.", {"IFK Göteborg", "BK Häcken"}),
        (
            "Frölunda HC tog ledningen. Örgryte IS och Östers IF spelade oavgjort. Djurgårdens IF vann.",
            {"Frölunda HC", "Örgryte IS", "Östers IF", "Djurgårdens IF"},
        ),
        # the genitive is no part of the name
        ("– Vi var bäst, säger IFK Göteborgs tränare Kalle Ek.", {"IFK Göteborg"}),
        # "IS" before a name, or after a common noun, is no club
        ("Terrorgruppen IS har förlorat mark.", set()),
    ],
)
def test_sports_clubs_by_their_letters(entities, text, orgs):
    found = names(entities(text), "organisations")
    assert orgs <= found
    assert not any(o.startswith("Terrorgruppen") for o in found)


@pytest.mark.parametrize(
    "text, orgs",
    [
        # a party's local branch folds into the party (guideline 11: regional units fold into the parent)
        (
            "Centerpartiet i Kiruna vill bygga nytt. Vänsterpartiet i Umeå säger nej.",
            {"Centerpartiet", "Vänsterpartiet"},
        ),
        # a name with its place in it stays whole
        ("Förvaltningsrätten i Malmö avslog överklagandet.", {"Förvaltningsrätten i Malmö"}),
    ],
)
def test_a_partys_local_branch_folds_into_the_party(entities, text, orgs):
    assert names(entities(text), "organisations") == orgs


@pytest.mark.parametrize(
    "text, people",
    [
        # a double surname alone is the person named with it, whichever comes first
        (
            "Lisa Andersson Moberg leder projektet.\n\n– Det går bra, säger Andersson Moberg.",
            {"Lisa Andersson Moberg"},
        ),
        ("Lindqvist Sjöberg tillträder i maj. Per Lindqvist Sjöberg är ny vd.", {"Per Lindqvist Sjöberg"}),
        # two people who share only a surname stay two
        ("Anna Berg och Per Berg driver gården.", {"Anna Berg", "Per Berg"}),
    ],
)
def test_a_double_surname_alone_is_the_same_person(entities, text, people):
    assert names(entities(text), "people") == people


@pytest.mark.parametrize(
    "text, people, orgs",
    [
        # after a reviewer's over-reach hunt: names after a plural noun that is the subject of a verb before it,
        # or names of people, places and owners, are no organisations of a list
        ("I går träffade partierna Ulf Kristersson på Rosenbad.", {"Ulf Kristersson"}, set()),
        ("Därför anlitade tidningarna Anna Ek och Per Holm som krönikörer.", {"Anna Ek", "Per Holm"}, set()),
        ("Därför ger förlagen Astrid Lindgrens böcker nya omslag.", {"Astrid Lindgren"}, set()),
        ("Varför lämnar bolagen Stockholm och Göteborg?", set(), set()),
        # a country or a name of its own before a town's institution keeps its own name; a sentence's first
        # word shares the rest only as an ordinal or a genitive
        ("Volvo och Göteborgs stad har tecknat ett avtal.", set(), {"Volvo", "Göteborgs stad"}),
        ("Forskare från Kina och Uppsala universitet samarbetar.", set(), {"Uppsala universitet"}),
        # a region in the genitive before a title is the region, and the person is affiliated
        ("– Vi har inte råd, säger Region Stockholms ekonomidirektör Anna Ek.", {"Anna Ek"}, {"Region Stockholm"}),
        # sizes are no parties
        ("Tröjan finns i S, M och L. Modellen säljs i S, M, L och XL.", set(), set()),
    ],
)
def test_over_reaches_of_lists_regions_and_letters(entities, text, people, orgs):
    r = entities(text)
    assert names(r, "people") == people
    found = names(r, "organisations")
    assert orgs <= found
    assert not {"Ulf Kristersson", "Anna Ek", "Per Holm", "Astrid Lindgren", "Stockholm", "Göteborg"} & found
    assert not {"Volvo stad", "Kina universitet", "Socialdemokraterna", "Moderaterna"} & found


@pytest.mark.parametrize(
    "text, person, org",
    [
        # an organisation's name in -x/-z before a title is the person's affiliation, as one in the genitive
        ("– Kunderna har kommit tillbaka, säger Lindex vd Susanne Ehnbåge.", "Susanne Ehnbåge", "Lindex"),
        # a word nobody names as an organisation stays none
        ("Voltrix vd Per Holm har köpt aktier.", "Per Holm", None),
        ("Putins talesperson Dmitrij Peskov avvisade kritiken.", "Dmitrij Peskov", None),
        # not a definite noun's genitive, a given name's or a title held outside it
        ("Bolagets vd Per Holm är nöjd.", "Per Holm", None),
        ("– Hon kämpade hårt, säger Annas tränare Kalle Ek.", "Kalle Ek", None),
        ("Regeringens kritiker Anna Ek är inte nöjd.", "Anna Ek", None),
    ],
)
def test_an_owner_before_a_title_and_a_name(entities, text, person, org):
    r = entities(text)
    affiliations = list(r.people.set_index("name").loc[person, "affiliations"])
    assert affiliations == ([org] if org else [])
    if org:
        assert org in names(r, "organisations")


@pytest.mark.parametrize(
    "text, quotes, people, orgs",
    [
        # a photographer credited under a picture is no pronoun's antecedent
        (
            "Omar Jaber bor i huset intill.\n\nOmar Jaber. Foto: Magnus Sundberg\n\n"
            "– Det small två gånger, säger han.\n",
            [("Det small två gånger", "Omar Jaber")],
            {"Omar Jaber"},
            set(),
        ),
        # a byline run into its time stamp
        (
            "Av Moa Lindberg Publicerad 03.40 Uppdaterad 05.15\n\nBranden startade i natt.\n",
            [],
            {"Moa Lindberg"},
            set(),
        ),
        # a subscription offer is page furniture
        ("Branden startade i natt.\n\nPrenumerera på Aftonbladet Plus\n", [], set(), set()),
        # a live blog's time stamp is no part of a statement; two sentences a scraper glued are two
        (
            "Branden startade i natt.\n\n21.30: Pojken har hittats, uppger polisen.\n",
            [("Pojken har hittats", "Polisen")],
            set(),
            {"Polisen"},
        ),
        (
            "Ingen skadades vid branden.Ingen person skadades, enligt räddningstjänsten.\n",
            [("Ingen person skadades", "Räddningstjänsten")],
            set(),
            None,
        ),
        # a link's headline and a list after a lead-in that names nobody are no quotes
        (
            "Branden startade i natt.\n\nMer om skjutningen\nPolisen: Två gripna\nGrannarna: ”Vi är livrädda”\n",
            [],
            set(),
            None,
        ),
        (
            "Värmen slår rekord.\n\nSå skyddar du dig mot värmen:\n– Drick mycket vatten.\n– Undvik solen.\n",
            [],
            set(),
            set(),
        ),
        # someone's words after a lead-in with a verb stay quotes
        (
            "Branden startade i natt.\n\nLisa Ek är tydlig: ”Vi ska bygga upp huset igen”\n",
            [("Vi ska bygga upp huset igen", "Lisa Ek")],
            {"Lisa Ek"},
            set(),
        ),
    ],
)
def test_scraped_page_furniture(entities, text, quotes, people, orgs):
    r = entities(text)
    assert [(q.text, q.speaker) for q in r.quotes.itertuples()] == quotes
    assert names(r, "people") == people
    if orgs is not None:
        assert names(r, "organisations") == orgs


@pytest.mark.parametrize(
    "text, people, orgs",
    [
        # after a second over-reach review: a father and a son who share a given name and a surname stay two
        ("Per Erik Holm, 67, och sonen Erik Holm, 34, driver gården.", {"Per Erik Holm", "Erik Holm"}, set()),
        # a party's namesake abroad is no local branch
        ("Vänsterpartiet i Danmark vill ha en folkomröstning.", set(), {"Vänsterpartiet i Danmark"}),
        # a name word that is also a sentence word stays in the name
        ("– Vi förhandlar, säger minister Aung Min.", {"Aung Min"}, set()),
    ],
)
def test_second_review_entity_over_reaches(entities, text, people, orgs):
    r = entities(text)
    assert names(r, "people") == people
    assert orgs <= names(r, "organisations")


@pytest.mark.parametrize(
    "text, orgs",
    [
        ("Polisen larmades till E4:an vid Gränna. Trafiken på E6 stod still i flera timmar.", {"Polisen"}),
        ("Olyckan skedde på E 18 utanför Västerås, enligt Trafikverket.", {"Trafikverket"}),
        # the Norwegian news site is no Swedish road
        ("Equinor planerar att stänga fältet, skriver E24.", {"E24"}),
        ("Riksväg 40 stängdes av och E20:ans södergående körfält öppnade först på kvällen.", set()),
        # a company's name with a number is no road
        ("TV4 och Volvo Cars sponsrar loppet.", {"TV4", "Volvo Cars"}),
    ],
)
def test_a_road_is_no_organisation(entities, text, orgs):
    assert names(entities(text), "organisations") == orgs


def party_of(result, name):
    rows = result.people[result.people["name"] == name]
    assert len(rows) == 1, result.people
    party = rows["party"].iloc[0]
    return None if pd.isna(party) else party


@pytest.mark.parametrize(
    "text, name, party",
    [
        # a politician's namesake with another occupation, or with none said, has no party
        ("Snickaren Johan Andersson från Vetlanda har byggt en båt.", "Johan Andersson", None),
        ("Telias vd Magnus Oscarsson säger att bolaget går bra.", "Magnus Oscarsson", None),
        ("Johan Andersson vann loppet på ny banrekord.", "Johan Andersson", None),
        # a political title, the party's letters or the party named in the article link the politician
        ("Finansminister Magdalena Andersson presenterade budgeten.", "Magdalena Andersson", "Socialdemokraterna"),
        ("Magdalena Andersson (S) presenterade budgeten.", "Magdalena Andersson", "Socialdemokraterna"),
        # an office politicians are appointed to, or a rare name with no role at all
        ("Under sommaren har landshövding Sten Tolgfors lett arbetet.", "Sten Tolgfors", "Moderaterna"),
        ("Pressinbjudan: Ebba Busch besöker Luleå", "Ebba Busch", "Kristdemokraterna"),
        (
            "Magdalena Andersson presenterade budgeten. Socialdemokraterna vill satsa på skolan.",
            "Magdalena Andersson",
            "Socialdemokraterna",
        ),
    ],
)
def test_a_politicians_namesake_gets_no_party(entities, text, name, party):
    assert party_of(entities(text), name) == party


@pytest.mark.parametrize(
    "text, people",
    [
        ('Lars "Lasse" Bengtsson har fyllt 100 år. Lasse firade med tårta.', {"Lars Bengtsson"}),
        (
            "Kalle ”Kulan” Andersson och hans fru Greta Andersson driver bygget.",
            {"Kalle Andersson", "Greta Andersson"},
        ),
        ('Anna-Lena "Ali" Persson vann guld. Persson var glad.', {"Anna-Lena Persson"}),
        ('Fysikern Johannes Wilhelm "Hans" Geiger föddes 1882.', {"Johannes Wilhelm Geiger"}),
    ],
)
def test_a_nickname_in_quotation_marks_is_the_same_person(entities, text, people):
    assert names(entities(text), "people") == people


def test_a_nickname_alone_speaks_for_its_person(nlp):
    doc = nlp("Kalle ”Kulan” Andersson driver bygget.\n\n– Det går bra, säger Kulan.\n")
    assert [q.speaker for q in doc._.quotes] == ["Kalle Andersson"]


@pytest.mark.parametrize(
    "text, role",
    [
        ("Målvakten Anna Brandt räddade matchen.", "målvakt"),
        ("Statsepidemiologen Lars Ek varnar för en ny våg.", "statsepidemiolog"),
        ("Kyrkoherden Eva Ström ringde i klockan.", "kyrkoherde"),
        ("Rådmannen Per Holm läste upp domen.", "rådman"),
        ("Undersköterskan Lisa Berg har jobbat i 20 år.", "undersköterska"),
        ("Ledarskribenten Sara Lind skriver att det är fel.", "ledarskribent"),
    ],
)
def test_titles_of_sport_care_church_and_court(entities, text, role):
    assert list(entities(text).people["roles"].iloc[0]) == [role]


def test_an_affiliation_holding_a_listed_organisation_is_no_organisation_of_its_own(entities):
    r = entities(
        "Anita Linder, kammarrättslagman och avdelningschef vid Migrationsöverdomstolen vid kammarrätten i "
        "Stockholm, säger att handläggningstiderna kommer att öka."
    )
    assert names(r, "organisations") == {"Migrationsöverdomstolen", "Kammarrätten i Stockholm"}


def person_row(result, name):
    rows = result.people[result.people["name"] == name]
    assert len(rows) == 1, result.people
    return list(rows["roles"].iloc[0]), list(rows["affiliations"].iloc[0])


@pytest.mark.parametrize(
    "text, name, roles, affiliations",
    [
        # a title with its organisation or place opening the sentence, then the name in apposition
        (
            "Rektorn för Umeå universitet, Hans Adolfsson, är positiv till beslutet.",
            "Hans Adolfsson",
            ["rektor"],
            ["Umeå universitet"],
        ),
        (
            "Vd:n för Gotlandsbolaget, Linda Bergkvist, säger att turerna blir fler.",
            "Linda Bergkvist",
            ["vd"],
            ["Gotlandsbolaget"],
        ),
        # a title written in capitals keeps them, with an organisation or a field
        (
            "VD:n för Gotlandsbolaget, Linda Bergkvist, säger att turerna blir fler.",
            "Linda Bergkvist",
            ["VD"],
            ["Gotlandsbolaget"],
        ),
        ("VD:n för den nya enheten, Eva Lind, tillträder i maj.", "Eva Lind", ["VD för den nya enheten"], []),
        (
            "Kommunstyrelsens ordförande i Uppsala, Erik Pelling (S), vill bygga fler bostäder.",
            "Erik Pelling",
            ["kommunstyrelsens ordförande"],
            ["Uppsala"],
        ),
        # a field is no organisation; words that are no title give nothing
        ("Chefen för den nya enheten, Eva Lind, tillträder i maj.", "Eva Lind", ["chef för den nya enheten"], []),
        ("I går kväll, Eva Lind, hände något.", "Eva Lind", [], []),
    ],
)
def test_a_title_opening_the_sentence_before_a_name_in_apposition(entities, text, name, roles, affiliations):
    assert person_row(entities(text), name) == (roles, affiliations)


@pytest.mark.parametrize(
    "text, person, org",
    [
        # a name in the genitive before a title only an organisation's people hold: the person's organisation
        ("Volvos vd Anna Brandt säger att försäljningen ökar.", "Anna Brandt", "Volvo"),
        ("Stadsmissionens direktör Karin Palm vill ha mer stöd.", "Karin Palm", "Stadsmissionen"),
        ("Mora IK vann mot Västerås IK. Moras tränare Anders Ekström var nöjd.", "Anders Ekström", "Mora IK"),
        # not a leader's staff, a person's, or a definite common noun's
        ("Putins talesperson Dmitrij Peskov kommenterade inte uppgifterna.", "Dmitrij Peskov", None),
        ("Annas tränare Kalle Berg var nöjd.", "Kalle Berg", None),
        ("Kommunens ekonomichef Lena Ek varnar för underskott.", "Lena Ek", None),
    ],
)
def test_an_organisation_named_only_before_its_persons_title(entities, text, person, org):
    r = entities(text)
    assert person_row(r, person)[1] == ([org] if org else [])
    assert (org in names(r, "organisations")) if org else not names(r, "organisations") - {"Mora IK", "Västerås IK"}


@pytest.mark.parametrize(
    "text, people, orgs",
    [
        # companies the NER takes for people: a list of large companies, words of firms' names, "&"
        ("Clas Ohlson ökar sin försäljning, säger vd Lena Ek.", {"Lena Ek"}, {"Clas Ohlson"}),
        ("Atlas Copco och Astra Zeneca rapporterar i dag.", set(), {"Atlas Copco", "Astra Zeneca"}),
        ("Kjell & Company och Jula öppnar nya butiker.", set(), {"Kjell & Company", "Jula"}),
        # people joined by "&", a company's founder of its name, a listed company's name as a surname or a place
        ("Benny Andersson & Björn Ulvaeus skrev musiken.", {"Benny Andersson", "Björn Ulvaeus"}, set()),
        ("Linnea & Per Holm gifte sig i helgen.", {"Linnea", "Per Holm"}, set()),
        ("Grundaren Clas Ohlson föddes 1895 i Insjön.", {"Clas Ohlson"}, set()),
        (
            "Pernilla Ahlsell och Per Ahlsell driver en gård. Ahlsell säger att de ska odla grönsaker.",
            {"Pernilla Ahlsell", "Per Ahlsell"},
            set(),
        ),
        ("En man i Boliden har dömts för misshandel.", set(), set()),
        ("Boliden redovisar ett starkt resultat.", set(), {"Boliden"}),
        (
            "Jensen Education öppnar en ny skola. Nordvind Robotics anställer.",
            set(),
            {"Jensen Education", "Nordvind Robotics"},
        ),
        (
            "Svensson & Söner AB har gått i konkurs. Henrik Svensson är besviken.",
            {"Henrik Svensson"},
            {"Svensson & Söner AB"},
        ),
    ],
)
def test_companies_named_like_people(entities, text, people, orgs):
    r = entities(text)
    assert (names(r, "people"), names(r, "organisations")) == (people, orgs)


def test_a_listed_company_is_typed_a_company(entities):
    orgs = entities("Clas Ohlson ökar sin försäljning.").organisations.set_index("name")
    assert orgs.loc["Clas Ohlson", "type"] == "company"


@pytest.mark.parametrize(
    "text, orgs",
    [
        # a town's name in a match report is its club
        (
            "Leksand vann mot Frölunda med 3–2 efter förlängning. Timrå förlorade borta mot Luleå.",
            {"Leksand", "Frölunda", "Timrå", "Luleå"},
        ),
        ("I kväll möter Brynäs Skellefteå AIK i Gävle. Matchen börjar klockan 19.", {"Brynäs", "Skellefteå AIK"}),
        # a town outside a match report, and a national team, stay places
        ("Leksand är en ort i Dalarna. Många turister kommer dit varje sommar.", set()),
        ("Sverige vann mot Danmark i kvartsfinalen.", set()),
        ("Norrköping tog tre poäng mot Sirius. Segern lyfter laget i tabellen.", {"Norrköping", "Sirius"}),
        # a word with another sense than sport's, a range, a journey or a ranking make no match report
        ("Umeå vann mot Luleå i omröstningen om årets tillväxtkommun. Segern firades med tårta.", set()),
        ("Malmö tar emot 10–12 ensamkommande barn i veckan.", set()),
        ("Kiruna tappar invånare. Förlusten av jobb i gruvan slår hårt mot Gällivare.", set()),
        ("Supportrarna tog bussen mot Leksand tidigt. Matchen börjar klockan 19.", set()),
        ("Bussen mot Borås tar 45 minuter, och biljettpriset höjs med 5–10 kronor.", set()),
        ("Örebro slår Eskilstuna i kampen om den nya fabriken. Förlusten är ett hårt slag.", set()),
    ],
)
def test_a_towns_club_in_a_match_report(entities, text, orgs):
    assert names(entities(text), "organisations") == orgs


@pytest.mark.parametrize(
    "text, name, affiliations, orgs",
    [
        # in a match report a club known by a short name is the club, and a genitive before a team's title its
        # people's club
        (
            "Häcken föll mot Malmö FF med 0–2. Häckens tränare Jens Gustafsson var besviken.",
            "Jens Gustafsson",
            ["Häcken"],
            {"Häcken", "Malmö FF"},
        ),
        (
            "Färjestad tog tre poäng i SHL. Färjestads målvakt Viktor Hammar räddade 30 skott.",
            "Viktor Hammar",
            ["Färjestad"],
            {"Färjestad"},
        ),
        # outside a match report the same names are places
        ("Häcken vid tomten har vuxit. Anna Ek är nöjd.", "Anna Ek", [], set()),
    ],
)
def test_a_clubs_people_in_a_match_report(entities, text, name, affiliations, orgs):
    r = entities(text)
    assert person_row(r, name)[1] == affiliations
    assert names(r, "organisations") == orgs


@pytest.mark.parametrize(
    "text, name, party",
    [
        # a known politician without a title in an article about politics
        (
            "Magdalena Andersson kritiserade regeringens budget i riksdagen i går.",
            "Magdalena Andersson",
            "Socialdemokraterna",
        ),
        ("EU-kommissionären Ylva Johansson vill skärpa reglerna.", "Ylva Johansson", "Socialdemokraterna"),
    ],
)
def test_a_politician_without_a_title_in_politics(entities, text, name, party):
    assert party_of(entities(text), name) == party


def test_a_name_with_its_acronym_after_it_is_one_organisation(entities):
    r = entities("Världshälsoorganisationen WHO varnar för en ny pandemi. Enligt WHO:s chef är läget allvarligt.")
    assert names(r, "organisations") == {"Världshälsoorganisationen WHO"}


@pytest.mark.parametrize(
    "long_name, merged",
    [
        (("Världshälsoorganisationen", "WHO"), True),
        # a place or a national prefix before an acronym: two organisations
        (("Sverige", "EU"), False),
        (("Svenska", "ABB"), False),
    ],
)
def test_an_acronym_joins_the_name_it_follows_only(long_name, merged):
    from nlp_pipeline.entities.names import NameMention, cluster_orgs

    acronym = long_name[-1]
    mentions = [
        NameMention(0, len(long_name), 0, 30, long_name, "ORG", "ner"),
        NameMention(10, 11, 60, 60 + len(acronym) + 2, (acronym + ":s",), "ORG", "ner"),
    ]
    assert len(cluster_orgs(mentions)) == (1 if merged else 2)


@pytest.mark.parametrize(
    "text, name, roles, affiliations",
    [
        # a municipality or city after the title's preposition is the affiliation
        (
            "– Vi bygger nytt, säger Johan Ek, fastighetschef på Lindbergs kommun.",
            "Johan Ek",
            ["fastighetschef"],
            ["Lindbergs kommun"],
        ),
        # the party's letters before the apposition
        (
            "– Det är bra, säger Lars Nyberg (M), ordförande i hälso- och sjukvårdsnämnden.",
            "Lars Nyberg",
            ["ordförande i hälso- och sjukvårdsnämnden"],
            [],
        ),
        # a press release's contact line: an English title in capitals, then the organisation
        (
            "För mer information, kontakta: Eva Lind, CFO, Holm Group AB, 08-123 45 67.",
            "Eva Lind",
            ["CFO"],
            ["Holm Group AB"],
        ),
    ],
)
def test_appositions_of_local_news_and_press_releases(entities, text, name, roles, affiliations):
    assert person_row(entities(text), name) == (roles, affiliations)


@pytest.mark.parametrize(
    "text, name, roles, affiliations",
    [
        # roles and workplaces a sentence predicates of a person, named or as a pronoun
        ("Malin Sjöstedt jobbar på SMHI. Hon tror att det blir kallt.", "Malin Sjöstedt", [], ["SMHI"]),
        ("Nora Ek är chef på Voxa. Hon är glad.", "Nora Ek", ["chef"], ["Voxa"]),
        ("– Vi är ledsna, säger Mats Persson. Han jobbar på SJ.", "Mats Persson", [], ["SJ"]),
        ("Anna Berg är 34 år och bor i Umeå. Hon är läkare.", "Anna Berg", ["läkare"], []),
        # a relation is no role
        ("Per Holm är vän med Anna Berg.", "Per Holm", [], []),
    ],
)
def test_a_role_or_workplace_the_sentence_predicates(entities, text, name, roles, affiliations):
    assert person_row(entities(text), name) == (roles, affiliations)


@pytest.mark.parametrize(
    "text, name, affiliations",
    [
        # a noun for the kind of organisation in the genitive before a title: the one such organisation named
        (
            "IFK Bergsjö får nytt konstgräs.\n\n– Äntligen, säger klubbens ordförande Malin Eriksson.",
            "Malin Eriksson",
            ["IFK Bergsjö"],
        ),
        # two of them named: not known which
        ("Volvo och Scania redovisar vinst. Bolagets vd Anna Ek är nöjd.", "Anna Ek", []),
        ("Nordvind Robotics anställer 40 personer. Företagets vd Anna Ek är nöjd.", "Anna Ek", ["Nordvind Robotics"]),
        ("H&M ökar försäljningen. Koncernens vd Per Ek är nöjd.", "Per Ek", ["H&M"]),
        # the organisation named is of another kind: an agency, a club, a company for a club's noun
        ("Polisen utreder ett bolag i Umeå. Bolagets vd Jonas Berg nekar till brott.", "Jonas Berg", []),
        ("IFK Göteborg har fått en ny huvudsponsor. Företagets vd Per Holm är nöjd.", "Per Holm", []),
        ("Ikea sponsrar den nya fotbollsklubben. Klubbens ordförande Per Ek är glad.", "Per Ek", []),
        (
            "Peab bygger nya hus. Grannarna har bildat en förening. Föreningens ordförande Lars Ek protesterar.",
            "Lars Ek",
            [],
        ),
        # an agency, a bank, a party, a region, a municipality named before
        (
            "Konsumentverket har fått fler klagomål. Myndighetens rådgivare Karin Palm säger att fler bör se upp.",
            "Karin Palm",
            ["Konsumentverket"],
        ),
        (
            "Swedbank vill inte kommentera. Bankens presschef Jonas Eriksson skriver att banken följer reglerna.",
            "Jonas Eriksson",
            ["Swedbank"],
        ),
        ("Miljöpartiet går framåt i mätningen. Partiets språkrör Märta Holm är nöjd.", "Märta Holm", ["Miljöpartiet"]),
        ("Malmö stad har fått kritik. Kommunens ekonomichef Lena Ek varnar för underskott.", "Lena Ek", ["Malmö stad"]),
        # two of the kind: not known which
        (
            "Region Skåne och Västra Götalandsregionen varnar. Regionens hälsodirektör Anna Ek säger att läget är "
            "svårt.",
            "Anna Ek",
            [],
        ),
        # named three paragraphs before, in passing
        (
            "Inrupt är ett nytt företag.\n\nDet är som om Slack och Spotify fanns i en webbläsare.\n\n"
            "Målet är stort.\n\nArbetet har börjat.\n\n"
            "Företagets vd John Bruce är nöjd.",
            "John Bruce",
            [],
        ),
        # another one of the kind, unnamed, since the organisation was named: that one
        ("Saab har fått en order från ett brittiskt företag. Företagets vd Tom Smith är nöjd.", "Tom Smith", []),
        ("Spotify har köpt ett svenskt ljudbolag. Bolagets grundare Anna Lind är nöjd.", "Anna Lind", []),
        (
            "Frölunda värvar en ny målvakt från en finsk klubb. Klubbens sportchef Mika Virtanen bekräftar.",
            "Mika Virtanen",
            [],
        ),
    ],
)
def test_its_kind_of_organisation_before_a_title(entities, text, name, affiliations):
    assert person_row(entities(text), name)[1] == affiliations


@pytest.mark.parametrize(
    "text, name, roles, affiliations",
    [
        # a negated predicate, a town or a country after "i", a person after "hos"/"för": nothing
        ("Anna Berg är inte läkare, men hon har arbetat inom vården i tjugo år.", "Anna Berg", [], []),
        ("Anna Berg jobbar i Stockholm men bor i Uppsala.", "Anna Berg", [], []),
        ("Anna Berg jobbar hos Per Holm som assistent.", "Anna Berg", [], []),
        # a vox pop's town is no affiliation
        ("– Det var en fin kväll, säger Johan Ek, lärare, Uppsala.", "Johan Ek", ["lärare"], []),
    ],
)
def test_fourth_review_entity_over_reaches(entities, text, name, roles, affiliations):
    assert person_row(entities(text), name) == (roles, affiliations)


@pytest.mark.parametrize(
    "text, name, roles, affiliations",
    [
        # a title whose compound is split over "och" after the name keeps its first part
        (
            "Anna Ek, hälso- och sjukvårdsdirektör i Region Dalarna, säger att läget är ansträngt.",
            "Anna Ek",
            ["hälso- och sjukvårdsdirektör"],
            ["Region Dalarna"],
        ),
        (
            "Per Lund, tidigare närings- och innovationsminister, säger att beslutet är fel.",
            "Per Lund",
            ["närings- och innovationsminister"],
            [],
        ),
        (
            "Eva Holm, miljö- och hälsoskyddsinspektör på kommunen, säger att provet var rent.",
            "Eva Holm",
            ["miljö- och hälsoskyddsinspektör på kommunen"],
            [],
        ),
    ],
)
def test_a_split_compound_title_after_the_name(entities, text, name, roles, affiliations):
    assert person_row(entities(text), name) == (roles, affiliations)


def test_the_next_persons_title_in_a_list_is_not_an_apposition(entities):
    r = entities(
        "Från regeringen deltar justitieminister Gunnar Strömmer, äldre- och socialförsäkringsminister Anna Tenje "
        "och socialtjänstminister Camilla Waltersson Grönvall."
    )
    assert person_row(r, "Gunnar Strömmer") == (["justitieminister"], [])
    assert person_row(r, "Anna Tenje") == (["äldre- och socialförsäkringsminister"], [])
    assert person_row(r, "Camilla Waltersson Grönvall") == (["socialtjänstminister"], [])


@pytest.mark.parametrize(
    "text, name, roles, affiliations",
    [
        # police and rescue titles, with the words that are part of them; a national institution named by its
        # common noun is the affiliation, its regional units folded in
        ("Vakthavande befäl Tomas Lund säger att ingen skadades.", "Tomas Lund", ["vakthavande befäl"], []),
        (
            "– Ingen skadades, säger Lars Ek, vakthavande befäl vid polisen i Malmö.",
            "Lars Ek",
            ["vakthavande befäl"],
            ["Polisen"],
        ),
        ("Stationsbefäl Maria Lind säger att branden är släckt.", "Maria Lind", ["stationsbefäl"], []),
        (
            "– Ingen skadades, säger Lars Ek, presstalesperson vid polisen i region Syd.",
            "Lars Ek",
            ["presstalesperson"],
            ["Polisen"],
        ),
        (
            "– Vi har gripit en man, säger Carina Vikström, polisens presstalesperson i region Nord.",
            "Carina Vikström",
            ["presstalesperson"],
            ["Polisen"],
        ),
        ("Polisens inre befäl Jan Ek säger att läget är lugnt.", "Jan Ek", ["inre befäl"], ["Polisen"]),
        ("Målsägandebiträdet Leila Ahmadi anser att domen är rimlig.", "Leila Ahmadi", ["målsägandebiträde"], []),
        # who people are to the story, and titles of sport and stage
        ("Pensionären Gunnar Åberg tycker att bussen är för dyr.", "Gunnar Åberg", ["pensionär"], []),
        ("Kriminologen Sara Benali menar att straffen inte hjälper.", "Sara Benali", ["kriminolog"], []),
        ("Skidskytten Hanna Öberg säger att hon är nöjd.", "Hanna Öberg", ["skidskytt"], []),
        ("Beslutet kom efter en sekund. Kunden Eva Ek är nöjd.", "Eva Ek", ["kund"], []),
        ("Anna Ek, vice ordförande i föreningen, är nöjd.", "Anna Ek", ["vice ordförande i föreningen"], []),
    ],
)
def test_police_titles_and_who_people_are_to_the_story(entities, text, name, roles, affiliations):
    assert person_row(entities(text), name) == (roles, affiliations)


@pytest.mark.parametrize(
    "text, name, roles, affiliations",
    [
        # a fifth over-reach review: a firm named after a person after a title is the affiliation
        ("Per Lund, vd Erik Olssons Åkeri, säger att bilarna står still.", "Per Lund", ["vd"], ["Erik Olssons Åkeri"]),
        ("Eva Berg, vd Clas Ohlson, kommenterade rapporten.", "Eva Berg", ["vd"], ["Clas Ohlson"]),
    ],
)
def test_fifth_review_firms_named_after_people(entities, text, name, roles, affiliations):
    assert person_row(entities(text), name) == (roles, affiliations)


@pytest.mark.parametrize(
    "text, people, orgs",
    [
        # a fifth over-reach review of the company list: a role noun before it, what one owns in it, a firm's noun
        # before given names joined by "&"
        ("Arbetsgivaren Clas Ohlson varslar 200 anställda.", set(), {"Clas Ohlson"}),
        ("Hon har aktier i Boliden och SSAB sedan många år.", set(), {"Boliden", "SSAB"}),
        ("Frisörsalongen Emma & Malin i Mora har stängt efter tjugo år.", set(), set()),
        # two given names joined by "&" are two people (a sixth review: "Benny & Björn skriver en ny musikal")
        ("Benny & Björn skriver en ny musikal.", {"Benny", "Björn"}, set()),
    ],
)
def test_fifth_review_company_list(entities, text, people, orgs):
    r = entities(text)
    assert names(r, "people") == people
    assert names(r, "organisations") == orgs


@pytest.mark.parametrize(
    "text, name, affiliations",
    [
        # a fifth over-reach review of the kind nouns: what the organisation itself is said to be is no other one
        ("Ikea är ett av Sveriges största företag. Företagets vd Jesper Brodin är nöjd.", "Jesper Brodin", ["Ikea"]),
        (
            "Klarna är ett fintechbolag. Bolagets vd Sebastian Siemiatkowski är nöjd.",
            "Sebastian Siemiatkowski",
            ["Klarna"],
        ),
        (
            "Hammarby Fotboll har anställt en tränare. Klubbens ordförande Lars Holm är nöjd.",
            "Lars Holm",
            ["Hammarby Fotboll"],
        ),
        ("Spotify redovisar rekordvinst.\n\nFöretagets vd Daniel Ek är nöjd.", "Daniel Ek", ["Spotify"]),
        # a sixth review: two paragraphs on, another firm may be meant; a copula about something else; another
        # municipality's place since
        (
            "Volvo Cars stoppar produktionen.\n\nOrsaken är att en tysk underleverantör har gått i konkurs.\n\n"
            "Bolagets vd Hans Müller beklagar.",
            "Hans Müller",
            [],
        ),
        (
            "Saab har fått en order. Kunden är ett brittiskt försvarsföretag. Företagets vd James Smith är nöjd.",
            "James Smith",
            [],
        ),
        (
            "Borlänge kommun har fått kritik.\n\nI Ludvika halkade en kvinna i går. Kommunens gatuchef Per Ek "
            "beklagar.",
            "Per Ek",
            [],
        ),
        ("Region Skåne har fått kritik. Kommunens ekonomichef Lena Ek säger att det är svårt.", "Lena Ek", []),
        ("Naturskyddsföreningen protesterar. Klubbens ordförande Per Ek är arg.", "Per Ek", []),
    ],
)
def test_fifth_review_kind_nouns(entities, text, name, affiliations):
    assert person_row(entities(text), name)[1] == affiliations


@pytest.mark.parametrize(
    "text, orgs",
    [
        # a fifth over-reach review of the town clubs: a weak sports word where a town plays, a score before "mot"
        ("Växjö tog en viktig seger borta mot Linköping i går kväll.", {"Växjö", "Linköping"}),
        ("Brynäs förlorade mot Timrå efter ett sent mål av Nilsson.", {"Brynäs", "Timrå"}),
        ("Halmstad vann med 3–1 mot Degerfors och tog sig till final.", {"Halmstad", "Degerfors"}),
        ("Kiruna tappar invånare. Förlusten av jobb i gruvan slår hårt mot Gällivare.", set()),
    ],
)
def test_fifth_review_town_clubs(entities, text, orgs):
    assert names(entities(text), "organisations") == orgs


@pytest.mark.parametrize(
    "text, name, roles, affiliations",
    [
        # a fifth over-reach review of the role words: a partner of a person, an institution's critic, time after
        # a workplace, where a pensioner lives, an institution with its county
        (
            "Per Holm, partner till Eva Ek sedan tio år, säger att de ska gifta sig.",
            "Per Holm",
            ["partner till Eva Ek"],
            [],
        ),
        (
            "Anna Ek, partner på advokatfirman Vinge, säger att avtalet är ogiltigt.",
            "Anna Ek",
            ["partner på advokatfirman Vinge"],
            ["Vinge"],
        ),
        (
            "Per Holm, handläggare på Försäkringskassan i drygt tio år, säger nej.",
            "Per Holm",
            ["handläggare"],
            ["Försäkringskassan"],
        ),
        (
            "Lena Ek, handläggare på länsstyrelsen i ärendet, säger att beslutet kommer.",
            "Lena Ek",
            ["handläggare"],
            ["Länsstyrelsen"],
        ),
        ("Per Holm, regeringens kritiker i frågan, säger att förslaget är fel.", "Per Holm", ["kritiker i frågan"], []),
        ("Göran Lind, pensionär från Mora, har skrivit en bok.", "Göran Lind", ["pensionär"], []),
        (
            "Anna Berg, handläggare på länsstyrelsen i Dalarna, säger att ansökan har kommit in.",
            "Anna Berg",
            ["handläggare"],
            ["Länsstyrelsen i Dalarna"],
        ),
        ("Anna Ek, chef på Volvo sedan 2010, säger att det går bra.", "Anna Ek", ["chef"], ["Volvo"]),
    ],
)
def test_fifth_review_role_words(entities, text, name, roles, affiliations):
    assert person_row(entities(text), name) == (roles, affiliations)


@pytest.mark.parametrize(
    "text, people, orgs",
    [
        # listed unions and interest organisations, firms described by what they make, arenas, listed newspapers
        ("I dag har Unionen och IF Metall inlett förhandlingar.", set(), {"Unionen", "IF Metall"}),
        # a listed name that is also a common word, opening a sentence, is the word (a seventh review)
        ("Företagarna i centrala Gävle är oroliga för hyrorna.", set(), set()),
        ("Bris från väster och upp till 20 grader väntas i helgen.", set(), set()),
        ("Batteritillverkaren Nordcell säger upp 400 anställda.", set(), {"Nordcell"}),
        ("AIK spelar mot IFK Göteborg på Gamla Ullevi. Matchen sänds i kväll.", set(), {"AIK", "IFK Göteborg"}),
        ("Enligt Gefle Dagblad har klubben stora skulder.", set(), {"Gefle Dagblad"}),
        ("Miljöförvaltningen skriver i sitt beslut att hygienen var bristfällig.", set(), {"Miljöförvaltningen"}),
        # a nickname with the surname is the same person
        (
            "Kvarnbys tränare Peter ”Pekka” Nilsson är nöjd.\n\n– Vi spelade bra, säger Pekka Nilsson.",
            {"Peter Nilsson"},
            set(),
        ),
    ],
)
def test_listed_organisations_venues_and_nicknames(entities, text, people, orgs):
    r = entities(text)
    assert names(r, "people") == people
    assert names(r, "organisations") == orgs


@pytest.mark.parametrize(
    "text, people, orgs",
    [
        # a sixth over-reach review: a tennis player's genitive, a common word named like a club, a town that leads
        # a table of something else, a firm's name that is a person's
        (
            "Djokovic mötte Medvedev i semifinalen och vann med 2–0. Djokovics tränare Goran Ivanisevic var nöjd.",
            None,
            set(),
        ),
        ("Leksand vann mot Brynäs med 4–2 i SHL. Utsikten från pressläktaren var skymd.", None, {"Leksand", "Brynäs"}),
        ("Malmö leder tabellen över flest anmälda cykelstölder, följt av Lund.", None, set()),
        ("Konstnären Axel Johnson ställer ut sina målningar i Umeå.", {"Axel Johnson"}, set()),
        ("Det nya köpcentrumet i Getinge öppnar redan i maj.", set(), set()),
    ],
)
def test_sixth_review_clubs_and_companies(entities, text, people, orgs):
    r = entities(text)
    if people is not None:
        assert names(r, "people") == people
    assert names(r, "organisations") == orgs


def test_sixth_review_a_title_then_a_person_with_a_preposition(entities):
    r = entities("I panelen satt Lena Ek, professor Per Holm från KTH och Anna Berg från Chalmers.")
    assert person_row(r, "Lena Ek") == ([], [])
    assert person_row(r, "Per Holm") == (["professor"], ["KTH"])


@pytest.mark.parametrize(
    "text, name, affiliations",
    [
        # a seventh over-reach review: the municipality's own town is no other place; a bank's name need not say
        # "bank"; the owner of something in the title's phrase is no person there
        (
            "Umeå kommun bygger en ny simhall i centrala Umeå. Kommunens fritidschef Per Ek är nöjd.",
            "Per Ek",
            ["Umeå kommun"],
        ),
        ("Klarna växer snabbt. Bankens vd Sebastian Siemiatkowski är nöjd.", "Sebastian Siemiatkowski", ["Klarna"]),
        ("Stina Ek, vd Gina Tricot i Borås, säger att försäljningen ökar.", "Stina Ek", ["Gina Tricot i Borås"]),
    ],
)
def test_seventh_review_affiliations(entities, text, name, affiliations):
    assert person_row(entities(text), name)[1] == affiliations


@pytest.mark.parametrize(
    "text, orgs",
    [
        # an eighth over-reach review: a listed name that is also a common word opens many a sentence as the
        # organisation; the word only before a preposition of place, or after an article
        ("Unionen har varslat om strejk på flera lager.", {"Unionen"}),
        ("Bris får in allt fler samtal från barn.", {"Bris"}),
        ("Shell stänger sin mack i Borlänge.", {"Shell"}),
        ("Villaägarna längs Storgatan protesterar mot bygget.", set()),
        ("Den 34-årige mannen körde en Tesla.", set()),
    ],
)
def test_eighth_review_common_word_organisations(entities, text, orgs):
    assert names(entities(text), "organisations") == orgs
