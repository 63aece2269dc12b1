"""Role nouns: titles and agent nouns (``minister``, ``kulturchefen``, ``granskare``), the
words that continue or end a title phrase, and nouns for sources and groups rather than
one speaker.
"""

from __future__ import annotations

import re

ROLE_SUFFIX = re.compile(
    r"(?:minister|ministern|chef|chefen|ledare|ledaren|ordförande|ordföranden|direktör|direktören|"
    r"forskare|forskaren|president|presidenten|talesperson|talespersonen|talesman|talesmannen|"
    r"sekreterare|sekreteraren|expert|experten|analytiker|analytikern|läkare|läkaren|professor|"
    r"professorn|ansvarig|ansvariga|författare|författaren|ambassadör|ambassadören|kännare|"
    r"kännaren|ägare|ägaren|företrädare|företrädaren|handläggare|"
    r"samordnare|samordnaren|ombudsman|general|generalen|vd|vd:n|docent|docenten|lektor|lektorn|"
    r"lärare|läraren|kommissionär|kommissionären|guvernör|guvernören|borgmästare|borgmästaren|"
    r"kommunalråd|kommunalrådet|(?<!om)(?<!ör)råd|(?<!om)(?<!ör)rådet|ombud|ombudet|konstnär|konstnären|artist|artisten|"
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
    r"landshövdingen|partiledare|partiledaren|språkrör|språkröret|gruppledare|gruppledaren|reporter|reportern|"
    r"jurist|juristen|korrespondent|korrespondenten|fotograf|fotografen|"
    r"målvakt|målvakten|mittback|mittbacken|ytterback|ytterbacken|forward|forwarden|"
    r"epidemiolog|epidemiologen|undersköterska|undersköterskan|barnmorska|barnmorskan|skolsköterska|"
    r"skolsköterskan|kurator|kuratorn|kyrkoherde|kyrkoherden|imam|imamen|rådman|rådmannen|lagman|lagmannen|"
    r"pressansvarige|doktorand|doktoranden|parlamentariker|parlamentarikern|brandman|brandmannen|"
    r"skribent|skribenten|krönikör|krönikören|kommissarie|kommissarien|ceo|cfo|coo|cto|cmo|cio|"
    # police and rescue officers, a party's counsel: "vakthavande befäl", "stationsbefäl", "målsägandebiträdet"
    r"befäl|befälet|biträde|biträdet|"
    # sport, stage and screen: "skidskytten", "danspartnern", "popstjärnan"
    r"skytt|skytten|partner|partnern|stjärna|stjärnan|influencer|influencern|producent|producenten|"
    r"kommentator|kommentatorn|skådespelerska|skådespelerskan|programledare|programledaren|"
    r"kriminolog|kriminologen|statsvetare|statsvetaren|"
    # entertainment and the media: "tv-profilen", "kändiskocken", "Biancas manager Oscar Lind"
    r"komiker|komikern|profil|profilen|kock|kocken|manager|managern|ansvarige|förbundskansler|förbundskanslern|"
    # culture, and handball's and the agents' sport (sixth session): "museets överintendent", "sopranen Helena
    # Castell", "utställningens curator", "IFK Kristianstads mittnia Felix Möller", "Spelarens agent"
    r"intendent|intendenten|sopran|sopranen|tenor|tenoren|dramatiker|dramatikern|curator|curatorn|poet|poeten|"
    r"recensent|recensenten|agent|agenten|mittnia|mittnian|vänsternia|vänsternian|högernia|högernian|"
    # who people are to the story: "Föräldern Tomas Nyström", "Pensionären Gunnar Åberg", "Kunden …"
    r"förälder|föräldern|pensionär|pensionären|(?<!se)kund|(?<!se)kunden|resenär|resenären|passagerare|"
    r"passageraren|"
    # science, health and the environment (seventh session): every "-olog" ("klimatologen", "toxikolog"; not
    # "monolog", "prolog"), "-iater" ("barnpsykiater"), "oceanograf", "klimatstrateg", "antikvarie",
    # "viltvårdskonsulent", "jägmästare"
    r"(?<!mon)(?<!pr)olog|(?<!mon)(?<!pr)ologen|iater|iatern|(?:oceano|geo|koreo|karto)graf|(?:oceano|geo|koreo|karto)grafen|"
    r"strateg|strategen|antikvarie|antikvarien|konsulent|konsulenten|jägmästare|jägmästaren)$"
)

# Who people are to the story, no job: a place after them is where they live, no affiliation ("Göran Lind,
# pensionär från Mora")
NON_JOB_ROLES = re.compile(
    r"^(?:förälder|föräldern|pensionär|pensionären|kund|kunden|resenär|resenären|passagerare|passageraren)$"
)

# Words before a title that are part of it: "vakthavande befäl", "inre befäl", "biträdande rektor", "vice vd"
TITLE_MODIFIERS = frozenset(
    {"vakthavande", "inre", "yttre", "biträdande", "ställföreträdande", "tjänstgörande", "vice", "ansvarig"}
)
# adjectives of a title's field, part of it: "rättspolitiska talesperson", "konstnärlige ledare", "ständiga
# sekreterare", "ekonomisk-politisk talesperson" (not "nya", "populära": no field)
FIELD_ADJECTIVE = re.compile(
    r"^(?:[\w-]*politisk|ekonomisk|medicinsk|juridisk|teknisk|vetenskaplig|konstnärlig|ständig|musikalisk)[ae]?$"
)

# Titles that name a relation to an organisation, not a place in it: "regeringens kritiker Anna Ek" is no
# member of the government.
OUTSIDER_ROLES = re.compile(r"(?:kritiker|kritikern|motståndare|motståndaren|rival|rivalen|konkurrent|konkurrenten)$")

# Role nouns that may describe an organisation as well as a person, compounds too ("Investor, storägare i
# Saab", "Sverige, medlem i Nato", "Spotify, marknadsledare inom …"): an apposition with one of them does not
# make a name a person's.
SHARED_ROLE = re.compile(
    r"(?:ägare|företrädare|representant|medlem|ombud|råd|kandidat|spelare|grundare|initiativtagare|ansvarig|"
    r"expert|företagare|invånare|boende|ledare)(?:n|en|et|a|men)?$"
)

# Titles of a head of state or government before a name ("Premiärminister Shehbaz Sharif", "president Lula")
LEADER_TITLES = frozenset(
    {
        "president", "presidenten", "premiärminister", "premiärministern", "förbundskansler", "förbundskanslern",
        "kansler", "kanslern", "statsminister", "statsministern", "regeringschef", "regeringschefen",
    }
)  # fmt: skip

# Royal and papal titles: a given name after one is a person's, one given name alone too, whatever the NER
# says ("kronprinsessan Victoria", also a place; "påven Johannes Paulus").
ROYAL_TITLES = frozenset(
    {
        "kung",
        "kungen",
        "drottning",
        "drottningen",
        "kronprins",
        "kronprinsen",
        "kronprinsessan",
        "prins",
        "prinsen",
        "prinsessan",
        "påve",
        "påven",
        "hertig",
        "hertigen",
        "hertiginnan",
        "kejsare",
        "kejsaren",
    }
)

# Agent nouns in general ("granskare", "debattör", "aktivist"), singular and plural forms.
AGENT_SUFFIX = re.compile(r"(?:are|aren|arna|ör|ören|örer|örerna|ist|isten|ister|isterna|erna|ikerna)$")
# the definite singular of a nationality noun: who a sports or foreign report calls the person it has named
# ("– …, säger färöingen", "sa engelsmannen", "menar finländaren")
NATIONALITY_NOUN = re.compile(
    r"^(?:färöingen|islänningen|grönlänningen|finländaren|holländaren|nederländaren|isländaren|engelsmannen|"
    r"norrmannen|fransmannen|irländaren|skotten|walesaren|svensken|dansken|"
    r"tysken|ryssen|polacken|ungraren|österrikaren|schweizaren|italienaren|spanjoren|portugisen|grekern|turken|"
    r"amerikanen|kanadensaren|brasilianaren|argentinaren|mexikanen|australiensaren|japanen|kinesen|koreanen|"
    r"indiern|ukrainaren|estländaren|letten|litauern|kroaten|serben|bosniern|slovenen|tjecken|slovaken)$"
)

# the definite singular of an agent noun: "anfallaren", "racerföraren", "nyckelharpisten", "agenten"
DEFINITE_AGENT = re.compile(r"(?:aren|ören|isten|enten|anten)$")
# nouns in -ar, not agent nouns in -are: "bulgaren" is a "bulgar"
NOT_AGENT = re.compile(r"^(?:bulgaren|tataren|husaren|magyaren|barbaren)$")


def is_person_title(word: str) -> bool:
    """A lower-case title only a person has ('talesman', 'vd', 'ministern'); not one an organisation can have
    as well ('ägaren', 'medlem', ``SHARED_ROLE``)."""
    return word.islower() and bool(ROLE_SUFFIX.search(word)) and not SHARED_ROLE.search(word)


# Titles of those who speak for a party, whose complement is that party, not a field: "advokaten för den
# tilltalade Per Ek" does not make Per Ek the lawyer.
REPRESENTATIVE_ROLES = frozenset(
    {"advokat", "ombud", "försvarare", "talesperson", "talesman", "företrädare", "representant", "biträde"}
)

# Nouns for a person of one gender, by lemma: the antecedent of "hon" or "han" where no one is named ("Kvinnan
# är 34 år. – Jag blev rädd, säger hon").
PERSON_NOUN_GENDER = {
    "kvinna": "female",
    "man": "male",
    "flicka": "female",
    "pojke": "male",
    "tjej": "female",
    "kille": "male",
    "mamma": "female",
    "pappa": "male",
    "mor": "female",
    "far": "male",
    "dotter": "female",
    "son": "male",
    "syster": "female",
    "bror": "male",
    "fru": "female",
    "hustru": "female",
    "make": "male",
}

# Nouns for a source a news text introduces without a name ("En granne som vill vara anonym", "ett vittne"),
# besides the nouns of a gender (``PERSON_NOUN_GENDER``)
SOURCE_NOUNS = frozenset(
    {"granne", "vittne", "ögonvittne", "kollega", "vän", "anhörig", "anställd", "förälder", "kund", "besökare"}
    | {"elev", "passagerare", "resenär", "invånare", "boende", "person", "förbipasserande", "släkting", "bekant"}
    | {"medarbetare", "medlem", "patient", "student", "lärare", "sjuksköterska", "polis", "tjänsteman"}
)

# a title in the plural ("cykelentusiasterna"): a group, not one person's title
PLURAL_TITLE = re.compile(r"(?:arna|erna|orna|rna)$")

ROLE_PREPOSITIONS = {"för", "i", "på", "vid", "hos", "inom", "till", "från", "åt"}

# Words that end a title/apposition phrase.
ROLE_STOP = {
    # prepositions of place that end like an agent noun ("Skogsägaren Margareta Persson utanför Vimmerby")
    "utanför",
    "innanför",
    "framför",
    "ovanför",
    "nedanför",
    "och",
    "men",
    "som",
    "att",
    "när",
    "där",
    "om",
    "eftersom",
    "efter",
    "har",
    "är",
    "var",
    "blir",
    "säger",
    "sa",
    "sade",
    "menar",
    "berättar",
    "han",
    "hon",
    "de",
    "vi",
    "jag",
}

# Titles of elected office that end like a council's name ("Kommunalrådet Anna Ek"): a person's, not a body's
COUNCIL_TITLE = re.compile(r"^(?:\w*kommunal|region|oppositions|\w*borgar|landstings|stats|gruppledar)rådet$")

# Titles only an organisation's people hold, never a person's own staff: "Volvos vd Anna Brandt", "Moras
# tränare", "Stadsmissionens direktör" (not "Putins talesperson", "Trumps rådgivare", "Annas chef")
ORG_ONLY_TITLE = re.compile(
    r"^(?:vd|vd:n|koncernchef|koncernchefen|styrelseordförande|styrelseordföranden|ordförande|ordföranden|"
    r"(?:finans|ekonomi|marknads|försäljnings|personal|hr|kommunikations|informations|sport|verksamhets|"
    r"produktions|tekniske?|it|förbunds)?(?:chef|chefen|direktör|direktören)|förbundskapten|förbundskaptenen|"
    r"generalsekreterare|generalsekreteraren|generaldirektör|generaldirektören|rektor|rektorn|styrelseledamot)$"
)
# titles of the head of a part of a firm or institution ("platschef", "teaterchef", "museidirektör") and of a bank's
# or broker's analysts ("Carnegies teknikanalytiker", "Swedbanks chefsekonom"): an organisation's, where the
# genitive before them is no place's (a town's "kommundirektör", "skolchef") nor a person's own staff ("Putins
# stabschef", "Trumps kampanjchef", "Melonis kabinettschef")
BRANCH_TITLE = re.compile(
    r"^(?!stabs|kansli|press|protokolls|kampanj|kabinetts|valkampanj|säkerhets|livvakts)"
    r"(?:\w+(?:chef|chefen|direktör|direktören)|\w*analytiker|\w*analytikern|chefsekonom|chefsekonomen)$"
)
# titles no person holds for another person: a first name's genitive before them is still an organisation's
# ("Almis vd Per Grundberg")
ORGANISATION_TITLE = re.compile(r"^(?:vd|vd:n|koncernchef|koncernchefen|generaldirektör|generaldirektören)$")
# Titles a club's or a firm's people hold, but also a person's own ("Haalands tränare", "familjens grundare"):
# an organisation's only after a town's genitive whose club or firm the article names ("Mora IK … Moras tränare")
CLUB_TITLE = re.compile(r"^(?:tränare|tränaren|huvudtränare|huvudtränaren|grundare|grundaren)$")
# A team's players and staff: in a sports report, a capitalised genitive before them is the club's
# ("Färjestads målvakt Viktor Hammar", "Häckens tränare Jens Gustafsson")
SPORTS_TITLE = re.compile(
    r"^(?:målvakt|lagkapten|mittfältare|anfallare|forward|back|mittback|ytterback|spelare|assisterande|"
    r"huvudtränare|tränare|sportchef|materialare)(?:en|n)?$"
)

# Words of politics in an article: a known politician's name there, without a title, is most likely theirs
POLITICAL_CONTEXT = re.compile(
    r"^(?:riksdag(?:en|ens)?|regering(?:en|ens)?|statsminister(?:n|ns)?|minister(?:n|ns)?|opposition(?:en|ens)?|"
    r"partiledare(?:n|ns)?|riksdagsledamot(?:en)?|kommunfullmäktige|regionfullmäktige|statsbudget(?:en)?|"
    r"interpellation(?:en)?|utskott(?:et)?|talman(?:nen)?|valrörelse(?:n)?|partiet|partiets)$"
)

# Titles of elected or political office, or of an office politicians are appointed to, anywhere in a role
# ("finansminister", "tidigare statsministern", "kommunalrådet", "partiledaren", "statssekreteraren",
# "landshövding"): a person who may be a known politician
POLITICAL_TITLE = re.compile(
    r"minister|statsråd|statssekreterare|landshövding|ambassadör|politiskt? sakkunnig|oppositionsledare|kommissionär"
    r"|riksdags(?:ledamot|man|kvinna)|riksdagsledamöter|talman|partiledare|partiordförande"
    r"|språkrör|partisekreterare|(?:kommunal|region|oppositions|borgar|landstings)råd|gruppledare|politiker"
    r"|parlamentariker|ledamot|kommunstyrelsens ordförande|kommunfullmäktiges ordförande"
)

# sources that do not speak: "enligt uppgifter", "källor säger"
NOT_SPEAKERS = {
    "uppgifter",
    "uppgift",
    "källor",
    "källa",
    "rapporter",
    "rapport",
    "bedömningar",
    "statistik",
    "siffror",
}
# unnamed sources in a compound: "säkerhetskällor", "regeringskällan"
SOURCE_COMPOUND = re.compile(r"\w{3,}(?:källa|källan|källor|källorna)$")


def is_unnamed_source(word: str) -> bool:
    """A source no one can be named for: "källor", "uppgifter", "egyptiska säkerhetskällor"'s head."""
    return word in NOT_SPEAKERS or SOURCE_COMPOUND.match(word) is not None


# heads of a relative clause that are a group, not a name, even when capitalised ("Forskare som ...")
COMMON_HEADS = {"personer", "människor", "de", "många", "flera", "andra", "alla", "forskare", "experter", "kritiker"}

# Documents and findings that "say" something only on behalf of whoever is behind them: "enligt studien",
# "rapporten visar", "domen säger" (stems: definite and plural endings come off). The speaker is the
# owner the article names ("en bulletin från X", "Regeringens handlingsplan"), else nobody.
DOCUMENT_STEMS = {
    "studie",
    "rapport",
    "undersökning",
    "utredning",
    "granskning",
    "enkät",
    "analys",
    "bulletin",
    "dokument",
    "handlingsplan",
    "strategi",
    "pressmeddelande",
    "dom",
    "beslut",
    "prognos",
    "kartläggning",
    "utvärdering",
    "avhandling",
    "artikel",
    "debattartikel",
    "uppgift",
    "källa",
    "siffr",
    "statistik",
    "bedömning",
    "mätning",
    "opinionsmätning",
    "uttalande",
    "skrivelse",
    "remissvar",
    "protokoll",
    "förundersökning",
    "åtal",
    "stämningsansökan",
    "beräkning",
    "sammanställning",
    "lägesbild",
}

# Role nouns for an organisation of a kind (the entity layer's organisation types): "bolaget",
# "myndigheten", "domstolen" refer back to the organisation of that kind the article named.
ORG_KIND_NOUNS = {
    "bolag": "company",
    "företag": "company",
    "koncern": "company",
    "kedj": "company",
    "myndighet": "agency",
    "verk": "agency",
    "domstol": "court",
    "rätt": "court",
    "parti": "party",
    "kommun": "municipality/region",
    "region": "municipality/region",
    "fack": "union",
    "förbund": "union",
    "universitet": "school/university",
    "högskola": "school/university",
    "skola": "school/university",
    "tidning": "media",
    "kanal": "media",
    "organisation": "NGO",
    "förening": "NGO",
}

# Before a title, the types of organisation a kind noun in the genitive may refer to ("bolagets vd": a company;
# "klubbens ordförande": an untyped one, as sports clubs are); ``ORG_KIND_NOUNS`` gives the noun alone one type
KIND_NOUN_TYPES = {
    "bolag": ("company",),
    "företag": ("company",),
    "koncern": ("company",),
    "kedja": ("company",),
    "klubb": (None, "NGO"),
    "förening": (None, "NGO", "union"),
    "organisation": (None, "NGO", "union", "international"),
    "stiftelse": (None, "NGO"),
    "förbund": ("union", "NGO"),
    "myndighet": ("agency",),
    "verk": ("agency",),
    "bank": ("company",),
    "kommun": ("municipality/region",),
    "region": ("municipality/region",),
    "parti": ("party",),
    "universitet": ("school/university",),
    "högskola": ("school/university",),
}


# where the type alone does not tell, what the organisation's name must say: "kommunens" is a municipality's
# ("Malmö stad", "Gävle kommun"), not a region's; "bankens" a bank's, "verkets" an agency called "-verket", a
# club typed NGO must have sport in its name ("Hammarby Fotboll", not "Naturskyddsföreningen")
KIND_NAMES = {
    "kommun": re.compile(r"(?i)kommun|\bstad$"),
    "region": re.compile(r"(?i)^region\b|regionen$|landsting"),
    "bank": re.compile(r"(?i)bank|^(?:SEB|Nordea|Länsförsäkringar|Klarna|SBAB|Avanza)$"),
    "verk": re.compile(r"(?i)verket$"),
    "klubb": re.compile(r"\b(?:IF|IK|FF|BK|SK|FK|HC|AIK|GIF|IFK|BoIS|Fotboll|Hockey|Bandy|Handboll|Innebandy)\b"),
}


# titles compounded with the kind of organisation their holder heads or serves, a key of ``KIND_NOUN_TYPES`` with
# its linking "s" ("Partiledaren", "Förbundsordföranden", "koncernchefen", "myndighetschefen": the party's leader, the
# federation's chairman …), and a party's titles without it ("gruppledaren", "språkröret": Miljöpartiet's alone)
KIND_TITLE = re.compile(
    r"^(?P<kind>parti|förbund|förening|koncern|klubb|myndighet|verk|kommun|bank)s?"
    r"(?:ledare|sekreterare|ordförande|chef|direktör|kapten)(?:n|en)?$"
)
PARTY_TITLE = re.compile(r"^(?:gruppledare|gruppledaren|språkrör|språkröret)$")
# titles of those who speak for their organisation (its head, chair or spokesperson): what the organisation says in
# their statement is their own stance ("sjukvårdsdirektör", "ordförande", "presschef"); not a former one
SPEAKS_FOR_TITLE = re.compile(
    r"^(?!tidigare|före detta|f\.d\.|förre|förra|fd )(?:.*[\s-])?\w*(?:chef|direktör|ordförande|vd|talesperson|"
    r"talesman|generalsekreterare|rektor|ledare|kommunalråd|regionråd|borgarråd)(?:\s+(?:i|för|på|vid|inom)\s.*)?$"
)
# a party's title that only one party has: its holder is that party's
PARTY_OF_TITLE = {"språkrör": "Miljöpartiet"}


def kind_of_title(title: str) -> str | None:
    """The kind of organisation (a key of ``KIND_NOUN_TYPES``) a title names in itself: "partiledaren" -> "parti",
    "Förbundsordföranden" -> "förbund", "språkröret" -> "parti"; None for other titles."""
    low = title.lower()
    if PARTY_TITLE.match(low):
        return "parti"
    m = KIND_TITLE.match(low)
    return m.group("kind") if m else None


def of_kind(kind: str, org_type: str | None, name: str) -> bool:
    """Is an organisation of type ``org_type`` named ``name`` one that the kind noun ``kind`` (a key of
    ``KIND_NOUN_TYPES``) can mean: of one of its types, and with a name that says the kind where ``KIND_NAMES``
    has one?"""
    return org_type in KIND_NOUN_TYPES[kind] and (kind not in KIND_NAMES or KIND_NAMES[kind].search(name) is not None)


# nouns for any firm, club or association: "Företaget uppger", "Klubben skriver" refer back to the organisation
# named just before, where the knowledge base gives it no type
GENERIC_ORG_NOUNS = ("bolag", "företag", "koncern", "klubb", "förening", "organisation")

# kin and relation nouns: "mamman" refers back to "Lucas mamma", never to a title holder
# Kinship among the relation nouns: one person is not two of them ("hennes syster och mamma" are two people)
KIN_NOUNS = frozenset(
    {"bror", "dotter", "far", "farfar", "farmor", "fru", "maka", "make", "mamma", "mor", "morfar", "mormor"}
    | {"pappa", "son", "syster", "förälder", "föräldrar", "mamman", "pappan", "systern", "brodern", "sonen"}
    | {"dottern", "frun", "maken", "makan"}
)

RELATION_NOUNS = {
    "mamma",
    "klient",
    "pappa",
    "mor",
    "far",
    "förälder",
    "föräldrar",
    "son",
    "dotter",
    "bror",
    "syster",
    "fru",
    "make",
    "maka",
    "sambo",
    "pojkvän",
    "flickvän",
    "vän",
    "granne",
    "kollega",
    "kolleger",
    "familj",
    "advokat",
    "försvarare",
    "morfar",
    "mormor",
    "farfar",
    "farmor",
}

_DOCUMENT_ENDINGS = ("", "n", "en", "et", "t", "er", "erna", "ar", "arna", "r", "rna", "na", "s")


def is_document(word: str) -> bool:
    """A document or finding ('studien', 'handlingsplanen', 'rapporterna'), compounds too."""
    w = word.lower()
    for d in DOCUMENT_STEMS:
        k = w.rfind(d)
        if k >= 0 and (k == 0 or len(d) >= 5) and w[k + len(d) :] in _DOCUMENT_ENDINGS:
            return True
    return False


# "X:s noun" / "Xs noun": a possessed noun as written ("Lucas mamma", "Storstockholms brandförsvar")
POSSESSED = re.compile(r"(?<![\w-])([A-ZÅÄÖ][\w-]*(?::s|s))[ \u00a0]+([a-zåäö]{3,})(?![\w-])")
