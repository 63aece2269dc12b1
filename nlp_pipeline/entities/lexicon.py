"""Word lists for recognising people, organisations and roles in Swedish news.

Constants only; the rules using them are in ``names.py`` and ``roles.py``.
"""

from __future__ import annotations

import re

from ..nlp.labels import ORG_LABELS, PER_LABELS, is_org, is_person  # noqa: F401

NAME_PARTICLES = {"von", "af", "van", "der", "den", "de", "di", "da", "la", "le", "du", "bin", "al", "el", "ibn", "ter"}

# Model labels for people and organisations (PER/PRS/PERSON, ORG, ...): one mapping for the project.
PERSON_LABELS = PER_LABELS

# Capitalised words that begin sentences and are never names.
SENTENCE_WORDS = {
    "Det", "Den", "De", "Dessa", "Detta", "Denna", "Han", "Hon", "Hen", "Vi", "Jag", "Ni", "Du", "Men",
    "Och", "Eller", "Om", "När", "Där", "Här", "Så", "Som", "Nu", "Då", "Sedan", "Efter", "Under",
    "Enligt", "Också", "Även", "Ja", "Nej", "Hur", "Vad", "Vem", "Vilka", "Varför", "Alla", "Allt",
    "Inga", "Ingen", "Inget", "Många", "Flera", "Fler", "Några", "Ett", "En", "Till", "Från", "För",
    "Med", "Utan", "Mot", "Vid", "På", "I", "Av", "Genom", "Trots", "Bland", "Dessutom", "Samtidigt",
    "Foto", "Bild", "Dela", "Meny", "Läs", "Gå", "Publicerad", "Uppdaterad", "Tack", "Varje",
    "Hennes", "Både", "Bakom", "Inför", "Inom", "Utanför", "Kring", "Hos", "Sedan", "Redan", "Trots", "Deras", "Vår", "Våra", "Min", "Mitt", "Mina", "Din", "Sin", "Sina",
}

# Stand-alone organisation names common in Swedish news (as written, capitalised).
ORG_NAMES = {
    "Polisen", "Regeringen", "Riksdagen", "Kommissionen", "EU-kommissionen", "Rådet", "TT", "FN", "EU",
    "WHO", "Nato", "SVT", "SR", "DN", "SvD", "UD", "Säpo", "Sida", "Sametinget", "Försvarsmakten",
    "Kriminalvården", "Kronofogden", "Arbetsförmedlingen", "Försäkringskassan", "Kustbevakningen",
    "Tullverket", "Räddningstjänsten", "Migrationsverket", "Socialstyrelsen", "Skolverket",
    "Liberalerna", "Moderaterna", "Centerpartiet", "Socialdemokraterna", "Sverigedemokraterna",
    "Kristdemokraterna", "Vänsterpartiet", "Miljöpartiet", "Piratpartiet", "Regeringskansliet",
    "Länsstyrelsen", "Riksbanken", "Finansinspektionen", "Konsumentverket", "Trafikverket",
    "Skatteverket", "Åklagarmyndigheten", "Domstolsverket", "Riksrevisionen", "Folkhälsomyndigheten",
    "Läkemedelsverket", "Livsmedelsverket", "Naturvårdsverket", "Energimyndigheten", "Sjöfartsverket",
    "SMHI", "SCB", "LO", "TCO", "Saco", "Svenskt Näringsliv", "Unicef", "Amnesty", "Greenpeace",
}

ORG_SUFFIX = re.compile(
    r"(?:verket|myndigheten|styrelsen|inspektionen|partiet|departementet|förbundet|"
    r"universitetet|universitet|högskolan|institutet|nämnden|banken|bolaget|kommun|"
    r"regionen|tinget|akademien|akademin|fonden|föreningen|sällskapet|kansliet|domstolen|"
    r"tingsrätt|tingsrätten|hovrätten|kyrkan|koncernen|byrån|ämbetet|sekretariatet|"
    r"centret|skolan|gymnasium|gymnasiet|sjukhuset|klubb|klubben|fabriken|ombudsmannen)$"
)

# Capitalised words that open official organisation names.
ORG_PREFIXES = {
    "Kungliga", "Svenska", "Statens", "Sveriges", "Nordiska", "Europeiska", "Nationella", "Allmänna", "Riksdagens",
    "Regeringens", "Försvarets", "Socialdemokratiska", "Stockholms", "Göteborgs", "Malmö", "Uppsala", "Lunds",
}

# Lower-case nouns for institutions that speak without a proper name.
INSTITUTION_NOUNS = {
    "polisen", "regeringen", "riksdagen", "kommunen", "länsstyrelsen", "regionen", "myndigheten",
    "företaget", "bolaget", "förbundet", "partiet", "facket", "åklagaren", "räddningstjänsten",
    "styrelsen", "ledningen", "skolan", "sjukhuset", "universitetet", "klubben", "kommissionen",
}

ROLE_SUFFIX = re.compile(
    r"(?:minister|ministern|chef|chefen|ledare|ledaren|ordförande|ordföranden|direktör|direktören|"
    r"forskare|forskaren|president|presidenten|talesperson|talespersonen|talesman|talesmannen|"
    r"sekreterare|sekreteraren|expert|experten|analytiker|analytikern|läkare|läkaren|professor|"
    r"professorn|ansvarig|ansvariga|författare|författaren|ambassadör|ambassadören|kännare|"
    r"kännaren|ägare|ägaren|företrädare|företrädaren|handläggare|"
    r"samordnare|samordnaren|ombudsman|general|generalen|vd|vd:n|docent|docenten|lektor|lektorn|"
    r"lärare|läraren|kommissionär|kommissionären|guvernör|guvernören|borgmästare|borgmästaren|"
    r"kommunalråd|kommunalrådet|råd|rådet|ombud|ombudet|konstnär|konstnären|artist|artisten|"
    r"sångerska|sångerskan|sångare|sångaren|musiker|musikern|regissör|regissören|tränare|tränaren|"
    r"spelare|spelaren|domare|domaren|åklagare|åklagaren|advokat|advokaten|inspektör|inspektören|"
    r"ingenjör|ingenjören|arkitekt|arkitekten|journalist|journalisten|redaktör|redaktören|"
    r"kritiker|kritikern|politiker|politikern|ledamot|ledamoten|talare|chefsåklagare|"
    r"ekonom|ekonomen|medarbetare|medarbetaren|medarbetaren|handledare|rektor|rektorn|"
    r"biskop|biskopen|präst|prästen|dirigent|dirigenten|skådespelare|skådespelaren|"
    r"överbefälhavare|överbefälhavaren|statssekreterare|pressekreterare|presstalesperson|"
    r"företagare|företagaren|grundare|grundaren|initiativtagare|initiativtagaren|"
    r"kandidat|kandidaten|medlem|medlemmen|representant|representanten|delegat|delegaten|"
    r"talman|talmannen|statsråd|statsrådet|kung|kungen|drottning|drottningen|prins|prinsen|"
    r"prinsessan|kronprinsessan|ordf|ombudsmannen|psykolog|psykologen|sociolog|biolog|"
    r"kardiolog|arkeolog|geolog|meteorolog|meteorologen|historiker|historikern|"
    r"projektledare|projektledaren|verksamhetschef|överläkare|överläkaren|sjuksköterska|"
    r"sjuksköterskan|bonde|bonden|elev|eleven|student|studenten|invånare|boende|kapten|kaptenen|"
    r"förbundskapten|förbundskaptenen|chefredaktör|chefredaktören|vd:n|koncernchef|landshövding|"
    r"landshövdingen|partiledare|partiledaren|språkrör|språkröret|gruppledare|gruppledaren)$"
)

# Agent nouns in general ("granskare", "debattör", "aktivist"), singular and plural forms.
AGENT_SUFFIX = re.compile(r"(?:are|aren|arna|ör|ören|örer|örerna|ist|isten|ister|isterna|erna|ikerna)$")

ROLE_PREPOSITIONS = {"för", "i", "på", "vid", "hos", "inom", "till", "från", "åt"}

# Words that end a title/apposition phrase.
ROLE_STOP = {
    "och", "men", "som", "att", "när", "där", "om", "eftersom", "efter", "har", "är", "var", "blir",
    "säger", "sa", "sade", "menar", "berättar", "han", "hon", "de", "vi", "jag",
}
