"""Organisations in Swedish news: names and name endings, the words that open official
names, institution nouns, party names, news agencies.
"""

from __future__ import annotations

import re

from .words import strip_genitive

# Swedish news media as they are cited as sources ("säger hon till Dagens industri", "rapporterar SVT
# Nyheter"): national and large regional papers, broadcasters and their news services. Names that are
# also common words ("Dagen", "Metro", "Arbetet", "Rapport", "Barometern") are left out.
NEWS_MEDIA = {
    # national papers and magazines
    "Dagens Nyheter", "Svenska Dagbladet", "Aftonbladet", "Expressen", "Dagens industri", "Dagens Industri",
    "Dagens Samhälle", "Dagens Medicin", "Dagens Arena", "Dagens ETC", "Dagens Juridik", "Dagens PS",
    "Veckans Affärer", "Affärsvärlden", "Ny Teknik", "Computer Sweden", "Resumé", "Realtid", "Breakit",
    "Omni", "Kvartal", "Fria Tider", "Nyheter Idag", "8 Sidor", "Läkartidningen", "Land Lantbruk",
    # regional papers
    "Göteborgs-Posten", "Sydsvenskan", "Kvällsposten", "Helsingborgs Dagblad", "Upsala Nya Tidning",
    "Östgöta Correspondenten", "Corren", "Nerikes Allehanda", "Ystads Allehanda", "Norrköpings Tidningar",
    "Borås Tidning", "Smålandsposten", "Hallandsposten", "Jönköpings-Posten", "Bohusläningen",
    "Nya Wermlands-Tidningen", "Värmlands Folkblad", "Vestmanlands Läns Tidning", "Eskilstuna-Kuriren",
    "Gefle Dagblad", "Arbetarbladet", "Sundsvalls Tidning", "Östersunds-Posten", "Länstidningen",
    "Dalarnas Tidningar", "Dala-Demokraten", "Västerbottens-Kuriren", "Norrländska Socialdemokraten",
    "Norrbottens-Kuriren", "Piteå-Tidningen", "Västerbottens Folkblad", "Örnsköldsviks Allehanda",
    "Skånska Dagbladet", "Kristianstadsbladet", "Blekinge Läns Tidning", "Sydöstran", "Hufvudstadsbladet",
    # broadcasters and their news services
    "Sveriges Television", "SVT Nyheter", "SVT Play", "SVT1", "SVT2", "Sveriges Radio", "Ekot", "P4",
    "Utbildningsradion", "TV4", "TV4 Nyheterna", "TV4 Play", "Nyhetsmorgon", "TV3", "Kanal 5", "Expressen TV",
}  # fmt: skip

# Stand-alone organisation names common in Swedish news (as written, capitalised).
# Large companies and chains in Swedish news (the knowledge base, built from government text, has almost
# none): the Stockholm exchange's large caps, state-owned companies, banks and insurers, retail and food
# chains. Several look like a person's or a place's name to the NER ("Clas Ohlson", "Atlas Copco", "Filippa
# K", "Gröna Lund"). Names that are also common words or a family's name ("Max", "Coop", "If", "Scan", "Vy",
# "Investor", "Evolution", "Holmen", "Bonnier") are left out.
COMPANIES = {
    "ABB", "Alfa Laval", "Alleima", "Assa Abloy", "Astra Zeneca", "AstraZeneca", "Atlas Copco", "Autoliv", "Axfood",
    "Boliden", "Bonnierförlagen", "Castellum", "Clas Ohlson", "Electrolux", "Elekta", "Epiroc",
    "Ericsson",
    "Essity", "Fabege", "Getinge", "Handelsbanken", "Hemköp", "Husqvarna", "H&M", "Ica", "ICA", "Ikea", "IKEA",
    "Industrivärden", "Kinnevik", "Klarna", "Lantmännen", "Lindex", "Länsförsäkringar", "Nibe", "Nordea",
    "Northvolt", "Peab", "Postnord", "PostNord", "Saab", "Sandvik", "SCA", "Scania", "SEB", "Securitas", "Skanska",
    "SKF", "Spotify", "SSAB", "Stora Enso", "Swedbank", "Swedish Match", "Systembolaget", "Tele2", "Telenor",
    "Telia", "Trelleborg AB", "Vattenfall", "Volvo", "Volvo Cars", "Willys", "Folksam", "Skandia", "Trygg-Hansa",
    "Apoteket", "Apotek Hjärtat", "Kronans Apotek", "Åhléns", "Jula", "Biltema", "Kjell & Company", "Filippa K",
    "Acne Studios", "Gröna Lund", "Liseberg", "Nordic Capital", "EQT", "Sinch", "Embracer", "Ellevio", "Fortum",
    "Preem", "Circle K", "SAS", "SJ", "Arriva", "Keolis", "Transdev", "Samhall", "Sveaskog", "Svevia", "Vasakronan",
    "Akademiska Hus", "Jernhusen", "LKAB", "Svenska Spel", "ATG", "Bahnhof", "Com Hem", "Elgiganten", "Mediamarkt",
    "NetOnNet", "Ahlsell", "Dustin", "Instabee", "Budbee", "Oatly", "Arla", "Orkla", "Cloetta", "Atria", "Pågen",
    "Polarbröd", "Findus",
    # foreign companies and rating agencies the Swedish news writes often
    "Gina Tricot", "Netflix", "Google", "Apple", "Microsoft", "Amazon", "Tesla", "Uber", "Airbnb", "Samsung",
    "Nokia", "Toyota", "TikTok", "Facebook", "Fitch", "Moody's", "Standard & Poor's", "Boeing", "Airbus", "Shell",
    "Nvidia", "Danske Bank",
    # opinion pollsters, quoted in every poll story ("Novus opinionschef", "enligt Demoskop")
    "Novus", "Demoskop", "Sifo", "Kantar Sifo", "Ipsos", "Verian", "Indikator Opinion", "SKOP",
}  # fmt: skip

# Swedish trade unions and interest organisations the news quotes most, by the names it writes (the knowledge
# base, built from government text, has few): typed union and NGO. Names that are also common words
# ("Kommunal", "Handels", "Vision", "Transport") are left out.
UNIONS = {
    "Unionen", "IF Metall", "Vårdförbundet", "Läkarförbundet", "Lärarförbundet", "Sveriges Lärare", "Byggnads",
    "Seko", "Akavia", "Sveriges Ingenjörer", "Polisförbundet", "Journalistförbundet", "Målareförbundet",
    "Elektrikerförbundet", "Transportarbetareförbundet", "Fastighetsanställdas förbund", "Sveriges läkarförbund",
    "Fackförbundet ST", "Akademikerförbundet SSR", "Livsmedelsarbetareförbundet", "Musikerförbundet",
}  # fmt: skip
INTEREST_ORGANISATIONS = {
    "Företagarna", "Fastighetsägarna", "Villaägarna", "Villaägarnas Riksförbund", "Hyresgästföreningen",
    "SPF Seniorerna", "PRO", "Naturskyddsföreningen", "Röda korset", "Röda Korset", "Rädda Barnen",
    "Svenska kyrkan", "Friskis & Svettis", "Konsumentföreningen", "Sveriges Kommuner och Regioner", "SKR",
    "Handelskammaren", "Svensk Handel", "Sveriges Byggindustrier", "Teknikföretagen", "Almega",
    "Riksförbundet Attention", "Bris", "Stadsmissionen", "Frälsningsarmén",
    "Läkare utan gränser", "Amnesty International", "WWF", "Svenska Turistföreningen", "Friluftsfrämjandet",
    "Svenskt Näringsliv", "Aktiespararna", "Skattebetalarnas förening", "Folk och Försvar",
}  # fmt: skip
# listed names that are also common words ("Företagarna i centrala Gävle är oroliga", "Bris från väster",
# "Unionen har enats om sanktioner"): an organisation's only where no sentence opens with them
COMMON_WORD_ORGS = frozenset(
    {"Företagarna", "Fastighetsägarna", "Villaägarna", "Aktiespararna", "Bris", "Unionen", "Tesla", "Shell"}
)

ORG_NAMES = {
    "Polisen",
    "Regeringen",
    "Riksdagen",
    "Kommissionen",
    "EU-kommissionen",
    "Rådet",
    "TT",
    "FN",
    "EU",
    "WHO",
    "Nato",
    "SVT",
    "SR",
    "DN",
    "SvD",
    "UD",
    "Säpo",
    "Sida",
    "Sametinget",
    "Försvarsmakten",
    "Kriminalvården",
    "Kronofogden",
    "Arbetsförmedlingen",
    "Försäkringskassan",
    "Kustbevakningen",
    "Tullverket",
    "Räddningstjänsten",
    "Migrationsverket",
    "Socialstyrelsen",
    "Skolverket",
    "Liberalerna",
    "Moderaterna",
    "Centerpartiet",
    "Socialdemokraterna",
    "Sverigedemokraterna",
    "Kristdemokraterna",
    "Vänsterpartiet",
    "Miljöpartiet",
    "Piratpartiet",
    "Regeringskansliet",
    "Länsstyrelsen",
    "Riksbanken",
    "Finansinspektionen",
    "Konsumentverket",
    "Trafikverket",
    "Skatteverket",
    "Åklagarmyndigheten",
    "Domstolsverket",
    "Riksrevisionen",
    "Folkhälsomyndigheten",
    "Läkemedelsverket",
    "Livsmedelsverket",
    "Naturvårdsverket",
    "Energimyndigheten",
    "Sjöfartsverket",
    "SMHI",
    "SCB",
    "LO",
    "TCO",
    "Saco",
    "Svenskt Näringsliv",
    "Unicef",
    "Amnesty",
    "Greenpeace",
} | {name for name in NEWS_MEDIA | COMPANIES | UNIONS | INTEREST_ORGANISATIONS if " " not in name}

ORG_SUFFIX = re.compile(
    r"(?:verket|myndigheten|styrelsen|inspektionen|partiet|departementet|förbundet|"
    r"universitetet|universitet|högskolan|institutet|nämnden|banken|bolaget|kommun|"
    r"regionen|tinget|akademien|akademin|fonden|föreningen|sällskapet|kansliet|domstolen|"
    r"tingsrätt|tingsrätten|hovrätten|kyrkan|koncernen|byrån|ämbetet|sekretariatet|"
    r"centret|skolan|gymnasium|gymnasiet|sjukhuset|klubb|klubben|fabriken|ombudsmannen|kommissionen|rådet|"
    r"museet|representationen|brandförsvar|brandförsvaret|räddningstjänst|studentkår|studentkåren)$"
)

# Capitalised words that open official organisation names.
ORG_PREFIXES = {
    "Kungliga",
    "Svenska",
    "Statens",
    "Sveriges",
    "Nordiska",
    "Europeiska",
    "Nationella",
    "Allmänna",
    "Riksdagens",
    "Regeringens",
    "Försvarets",
    "Socialdemokratiska",
    "Stockholms",
    "Göteborgs",
    "Malmö",
    "Uppsala",
    "Lunds",
}
# Those of them that make an organisation of the capitalised words after them ("Sveriges Ingenjörer",
# "Svenska Kraftnät"); not a place's genitive ("Stockholms Universitet" aside, "Göteborgs Hamn" is a port).
NATIONAL_PREFIXES = frozenset(
    {"Kungliga", "Svenska", "Statens", "Sveriges", "Nordiska", "Europeiska", "Allmänna", "Riksdagens", "Regeringens"}
)

# English words that make a capitalised sequence an organisation, prize or project, not a person
# Articles that open foreign names of media and organisations ("Le Monde", "The Guardian", "El País")
FOREIGN_ARTICLES = {"The", "Le", "La", "Les", "El", "Los", "Las", "Il", "Der", "Die", "Das", "De", "Het"}

FOREIGN_ORG_WORDS = {
    "Watch",
    "International",
    "Institute",
    "Foundation",
    "Award",
    "Awards",
    "Prize",
    "Group",
    "Council",
    "Association",
    "University",
    "College",
    "Bank",
    "News",
    "Times",
    "Post",
    "Agency",
    "Organization",
    "Organisation",
    "Fund",
    "Party",
    "Union",
    "Federation",
    "Network",
    "Society",
    "Center",
    "Centre",
    "Company",
    "Corporation",
    "Inc",
    "Ltd",
    "Co",
    "Corp",
    "LLC",
    "AB",
    "Project",
    "Program",
    "Programme",
    "Forum",
    "Committee",
    "Commission",
    # company forms and words of firms' names: "Hansen Logistik GmbH", "Kvarnhjul Invest", "Ekholm & Söner"
    "GmbH",
    "Oy",
    "Oyj",
    "plc",
    "Holding",
    "Holdings",
    "Invest",
    "Partners",
    "Söner",
    "Capital",
    "Ventures",
    "Education",
    "Systems",
    "Solutions",
    "Technologies",
    "Robotics",
    "Logistics",
    "Logistik",
    "Industries",
    "Industrier",
    "Fastigheter",
    "Förlag",
    "Studios",
    "Entertainment",
    "Pharma",
}
# Capitalised words that open an organisation's name, never a person's: "Region Skåne", "Restaurangen Bella
# Napoli", "Stiftelsen Anna Lind" (the NER reads such a name as a person's)
ORG_OPENING_WORDS = {"Region", "Restaurangen", "Stiftelsen", "Föreningen", "Bolaget", "Företaget", "Firman"}

# "Tekniska Kunskapscentret", "Kungliga ...": an adjective or genitive opens an organisation's name
ADJECTIVE_START = re.compile(r"(?:iska|liga|ska|iga|ens|ets)$")

# Lower-case nouns for institutions that speak without a proper name.
INSTITUTION_NOUNS = {
    "polisen",
    "regeringen",
    "riksdagen",
    "kommunen",
    "länsstyrelsen",
    "regionen",
    "myndigheten",
    "företaget",
    "bolaget",
    "förbundet",
    "partiet",
    "facket",
    "åklagaren",
    "räddningstjänsten",
    "styrelsen",
    "ledningen",
    "skolan",
    "sjukhuset",
    "universitetet",
    "klubben",
    "kommissionen",
}

# institutions that are unique in a Swedish news text, named by their common noun
NATIONAL_INSTITUTIONS = {
    "polisen",
    "regeringen",
    "riksdagen",
    "säkerhetspolisen",
    "försvarsmakten",
    "kriminalvården",
    "räddningstjänsten",
    "åklagarmyndigheten",
    "tullen",
    "kustbevakningen",
    "sjöräddningssällskapet",
    "länsstyrelsen",
    "kommissionen",
}

# national institutions taken for an organisation mention even in lower case (a subset of the above)
LOWER_CASE_ORGS = {
    "regeringen",
    "kommissionen",
    "riksdagen",
    "polisen",
    "säkerhetspolisen",
    "försvarsmakten",
    "kriminalvården",
    "tullen",
    "kustbevakningen",
    "åklagarmyndigheten",
}

# Prepositions before an institution's noun that make it the building, not the organisation ("utanför riksdagen")
LOCATIVE_PREPOSITIONS = {"utanför", "framför", "bakom", "intill", "bredvid"}

# A municipality's administrations: "Miljöförvaltningen" is an organisation's name (not "Kapitalförvaltningen i
# fonden")
MUNICIPAL_ADMINISTRATION = re.compile(
    r"^(?:miljö|social|stadsbyggnads|utbildnings|kultur|fastighets|skol|park|trafik|gatu|fritids|äldre|vård|"
    r"omsorgs|teknik|tekniska|arbetsmarknads|service)förvaltningen$"
)

# A municipality's, region's or party's elected bodies: generic units of the municipality or party, not
# organisations of their own ("Kommunstyrelsen i Malmö beslutade", "Partistyrelsen sammanträder")
ELECTED_BODY = re.compile(r"^(?:kommun|region|landstings|parti|förbunds)(?:styrelsen|fullmäktige|distriktet)(?::s|s)?$")

# A state's bodies named by a country's genitive and a lower-case noun: "Rysslands försvarsministerium", "Ukrainas
# flygvapen", "Israels armé", "Kinas kustbevakning", "Irans centralbank" (foreign news; not "Rysslands skuggflotta",
# nor "marin", an adjective too: "Danmarks marin forskning")
STATE_BODY = re.compile(
    r"^(?:\w*(?:ministerium|ministeriet|departement|departementet)|flygvapen|flygvapnet|armé|armén|"
    r"flotta|flottan|kustbevakning|kustbevakningen|centralbank|centralbanken|parlament|parlamentet|försvarsmakt|"
    r"försvarsmakten|säkerhetstjänst|säkerhetstjänsten|underrättelsetjänst|underrättelsetjänsten|utrikestjänst|"
    r"utrikestjänsten|generalstab|generalstaben|valkommission|valkommissionen)s?$"
)

# Regional units fold into their national organisation: "polisen region Väst", "polisregion Syd",
# "Stockholmspolisen" are all "Polisen" (compound: the unit's place + the organisation's noun).
REGIONAL_UNITS = {"polisen": "Polisen", "polisregion": "Polisen", "polisregionen": "Polisen"}
REGION_WORDS = {"region", "regionen"}
COMPASS_REGIONS = {"nord", "syd", "öst", "väst", "mitt", "norr", "söder"}  # "region syd", written in lower case

# Head nouns that end (or open, before a "för"-complement) an organisation's name written with
# lower-case words: "Brottsförebyggande rådet", "Nordiska museet", "Myndigheten för samhällsskydd".
ORG_HEAD = re.compile(
    ORG_SUFFIX.pattern[:-2]
    + r"|rådet|museet|centrum|centralen|kommitté|kommittén|kommissionen|stiftelsen|forum|delegationen|"
    r"utredningen|rörelsen|alliansen|nätverket|samfundet|fältstation|fältstationen|verk|kören|orkestern|teatern)$"
)
# Prepositions that open the complement of such a head: "Myndigheten för …", "Kommittén mot …"
NAME_PREPOSITIONS = {"för", "mot"}
# words that end like a head noun but are not one ("transportområdet" is not a council, "rådet")
NOT_ORG_HEAD = re.compile(r"(?:område|området|områdets)$")

# lower-case head nouns after a place name that make it an organisation ("Lerums kommun"); not "län":
# "Jämtlands län" is an area (its bodies are "Länsstyrelsen i Jämtlands län", "Region Jämtland Härjedalen")
PLACE_ORG_NOUNS = {"kommun", "kommuns", "region", "regions", "stad", "stads"}

# news agencies that close a wire byline ("NORRA POSTEN/TT", "Lokalbladet/TT")
NEWS_AGENCIES = {"TT", "AFP", "Reuters", "REUTERS", "AP", "NTB", "Ritzau", "RITZAU", "DPA", "dpa", "FNB", "STT"}

# English plural nouns that end companies' names ("Volvo Cars", "Scandinavian Airlines", "Epic Games"): their
# -s is no Swedish genitive, also before a title ("Volvo Cars vd").
ENGLISH_PLURAL_HEADS = frozenset(
    {
        "Airlines",
        "Airways",
        "Cars",
        "Communications",
        "Games",
        "Holdings",
        "Industries",
        "Investments",
        "Logistics",
        "Motors",
        "Networks",
        "News",
        "Partners",
        "Pharmaceuticals",
        "Records",
        "Rights",
        "Services",
        "Solutions",
        "Studios",
        "Systems",
        "Technologies",
        "Times",
    }
)

# Small words inside an organisation's name between capitalised words ("Natur & Kultur", "Alternativ för
# Sverige", "Alternative für Deutschland", "Bank of America", "Médecins du Monde")
NAME_GLUE = frozenset({"&", "för", "for", "of", "für", "de", "des", "du"})

# Common nouns (and their compounds) for a kind of organisation, in the definite form, that introduce its
# name: "fackförbundet Byggnads", "företaget Northvolt", "kvällstidningen Expressen", "nyhetsbyrån Reuters".
# Not "laget" ("förslaget"), "gruppen" ("i gruppen Sverige") or "institutet" ("Karolinska institutet"); a chain
# or a channel only as a trade's ("matkedjan Ica", "tv-kanalen TV4"; not "bergskedjan Anderna", "kanalen Suez").
# Plurals, before a list of names: "företagen Klarna och Spotify", "partierna V och MP"; every name of the list
# is an organisation's.
ORG_CLASS_PLURAL = re.compile(
    r"(?:partierna|bolagen|företagen|förbunden|föreningarna|organisationerna|tidningarna|myndigheterna|"
    r"stiftelserna|koncernerna|klubbarna|bankerna|rederierna|förlagen)$"
)
ORG_CLASS_NOUN = re.compile(
    r"(?:partiet|bolaget|företaget|förbundet|föreningen|organisationen|tidningen|myndigheten|stiftelsen|"
    r"koncernen|klubben|facket|banken|rederiet|förlaget|nätverket|byrån|organet|"
    + ORG_CLASS_PLURAL.pattern[3:-2]
    + r"|(?:butiks|mat|livsmedels|kläd|hotell|restaurang|kaffe|snabbmats|varuhus|detaljhandels)kedjan|"
    r"(?:tv-?|radio|nyhets|musik|sport)kanalen|"
    # firms described by what they make or do, in a compound: "Batteritillverkaren Nordcell", "Elbilsjätten
    # Tesla", "Telekomoperatören Telia" (not "Musikproducenten Max Martin", a person)
    r"(?<=\w{3})(?:tillverkaren|leverantören|jätten|grossisten|operatören))$"
)
# The same nouns without their article, after an owner in the genitive: "landets katastrofmyndighet Afad",
# "rättsväsendets nyhetsbyrå Mizan", "Irans statliga tv-kanal IRIB"
ORG_CLASS_INDEFINITE = re.compile(
    r"(?:parti|bolag|företag|förbund|förening|organisation|tidning|myndighet|stiftelse|koncern|klubb|bank|"
    r"rederi|förlag|nätverk|byrå|organ|kanal|kedja)$"
)
# Common nouns that describe an organisation, or a site or app, before its name ("Partiet Liberalerna",
# "Konsultbolaget Arkwright AB", "Tidningen Metro"): the name is what follows, not the noun.
DESCRIPTOR_NOUN = re.compile(ORG_CLASS_NOUN.pattern[:-2] + r"|kedjan|sajten|podden|appen)$")

# Names of things that are not organisations, by their head: documents and agreements
# ("Köpenhamnsdeklarationen", "Parisavtalet", "Barnkonventionen"), prizes and events ("Nobelpriset",
# "Melodifestivalen", "Almedalsveckan", "Vasaloppet", "Vikingarännet", "Stadsstafetten"); the word must
# have a part before the head.
WORK_HEAD = re.compile(
    r"(?:deklarationen|konventionen|avtalet|överenskommelsen|fördraget|strategin|direktivet|förordningen|"
    r"priset|festivalen|mässan|veckan|dagen|spelen|mästerskapet|mästerskapen|loppet|rallyt|galan|"
    r"rännet|racet|turneringen|tävlingen|stafetten|karnevalen|kriget)$"
)
# Events written as abbreviations or ending a name ("VM", "EM i handboll", "Skövde Pride")
EVENT_WORDS = {"VM", "EM", "OS", "SM", "NM", "JVM", "JEM", "JSM", "VM-guld", "Pride", "Prideparaden", "Cupen"}

# Lower-case nouns for a body of an organisation, after its genitive ("FN:s säkerhetsråd", "EU:s
# ministerråd", "FN:s generalförsamling"): the pair is the body's name. A bare "råd" is advice.
BODY_NOUN = re.compile(r"(?:\w{3,}råd|församling|kommission|sekretariat|parlament|domstol|tribunal|utskott)$")

# An acronym in the genitive ("MUCF:s arbete", "SCB:s statistik") is an organisation's, except these
# abbreviations of common nouns, company forms, events, diseases, currencies and time zones (places are
# told apart by the place lexicon: "USA:s"); nor is one of them alone an organisation where the NER says
# so ("HIV", "USD", "BST").
ACRONYM_GENITIVE = re.compile(r"^[A-ZÅÄÖ]{2,6}:s$")
# Acronyms of a field, not an organisation, that open a title ("IT-chefen", "AI-forskaren", "HR-ansvarige")
FIELD_ACRONYMS = frozenset({"IT", "AI", "HR", "PR", "IR", "KI", "VR", "AR", "ESG", "CSR", "UX"})
NOT_ORG_ACRONYMS = {
    "AB",
    # English titles in capitals: "Eva Lind, CFO, Holm Group AB"
    "CEO",
    "CFO",
    "COO",
    "CTO",
    "CMO",
    "CIO",
    "BNP",
    "EMU",
    "AI",
    "IT",
    "TV",
    "HBTQ",
    "HBTQI",
    "ADHD",
    "RUT",
    "ROT",
    "PM",
    "VD",
    "SMS",
    "GPS",
    "DNA",
    "MR",
    "EG",
    "KPI",
    "NO",
    "CO",
    "OS",
    "VM",
    "EM",
    "SM",
    # diseases and conditions
    "HIV",
    "AIDS",
    "PTSD",
    "MRSA",
    # currencies ("120 USD per fat")
    "USD",
    "EUR",
    "GBP",
    "SEK",
    "NOK",
    "DKK",
    "ISK",
    "JPY",
    "CHF",
    "CNY",
    "RUB",
    # time zones ("14.00 BST")
    "BST",
    "GMT",
    "UTC",
    "CET",
    "CEST",
    "EST",
    "EDT",
    "CST",
    "CDT",
    "PST",
    "PDT",
}

# Sports clubs' letters, which make the name beside them a club's: before it ("IFK Göteborg", "BK Häcken",
# "FC Rosengård") or after it ("Frölunda HC", "Örgryte IS", "Östers IF", "Kalmar FF"). "IS" only after a name:
# before one it is as often the terror group.
# Words of a sports report: a town's name there is most often its club's ("Leksand vann mot Frölunda"). One of
# these makes a text a report; of the weak ones, which have other senses ("Målet är …", "Segern i omröstningen",
# "Förlusten av jobb"), two different ones do.
_SPORTS_ALT = (
    r"match(?:en|er|erna)?|seriematch(?:en)?|derby(?:t)?|(?:kvarts|semi)final(?:en)?|slutspel(?:et)?|"
    r"förlängning(?:en)?|straffläggning(?:en)?|hemmaplan|bortaplan|hemmalaget|bortalaget|halvlek(?:en)?|shl|"
    r"allsvenskan|superettan|hockeyallsvenskan|damallsvenskan|elitserien|målvakt(?:en)?|kvittering(?:en)?"
)
_SPORTS_WEAK_ALT = (
    r"mål(?:et)?|poäng(?:en)?|serien|tabellen|final(?:en)?|period(?:en)?|tränare(?:n)?|seger(?:n)?|förlust(?:en)?"
)
SPORTS_WORDS = re.compile(r"^(?:" + _SPORTS_ALT + r")$")
SPORTS_WEAK_WORDS = re.compile(r"^(?:" + _SPORTS_WEAK_ALT + r")$")
# any of them, or a score, anywhere in a text: may it be a sports report at all?
SPORTS_TEXT = re.compile(
    r"(?i)(?<![\w-])(?:" + _SPORTS_ALT + "|" + _SPORTS_WEAK_ALT + r")(?![\w-])|(?<!\d)\d{1,2}[–-]\d{1,2}(?!\d)"
)
# Swedish sports clubs known by a short name that is no town's ("Häcken", "Brynäs", "HV71"; towns' clubs are
# found by ``MATCH_VERBS``): in a sports report the name is the club, wherever it stands. Some are also a place
# or a common noun elsewhere ("på Djurgården", "häcken"), so only there; names that are common words or
# given names even there ("Utsikten", "Öster", "Sylvia", "Brage") are left out.
SPORTS_CLUBS = frozenset(
    {
        "AIK", "Djurgården", "Hammarby", "Häcken", "Elfsborg", "Sirius", "Mjällby", "Brommapojkarna", "GAIS",
        "Örgryte", "Öster", "Dalkurd", "Syrianska", "Assyriska", "Brynäs", "Frölunda", "Färjestad", "Modo", "Rögle",
        "HV71",
        "Björklöven", "Almtuna", "Redhawks", "Sävehof", "Redbergslid", "Guif", "Bajen", "Blåvitt", "Gnaget",
    }
)  # fmt: skip

# verbs of a match with other senses: "mot" after them is a match's only with a sports word as their object
# ("tog tre poäng mot Sirius", not "tog bussen mot Leksand")
TAKING_VERBS = frozenset({"tog", "tar", "ledde", "leder", "tappade", "tappar"})
# the nouns of a match that "mot" follows: "segern mot Frölunda", "matchen mot Leksand"
MATCH_NOUNS = re.compile(r"^(?:match|seriematch|derby|final|kvartsfinal|semifinal|seger|förlust|kval)\w{0,4}$")
# what follows a match's score ("vann med 3–2.", "3–2 efter förlängning"); a range is followed by what it counts
# ("10–12 barn", "5–6 kilometer")
AFTER_SCORE = frozenset({"i", "efter", "på", "mot", "och", "hemma", "borta", "inför", "till", "för", "när", "över"})
# Verbs of a match whose subject or object is a team, in the forms news writes them: "Leksand vann",
# "Timrå förlorade", "möter Brynäs"
MATCH_VERBS = frozenset(
    {
        "vann", "vinner", "vunnit", "förlorade", "förlorar", "förlorat", "besegrade", "besegrar", "besegrat",
        "mötte", "möter", "mött", "slog", "slår", "kvitterade", "kvitterar", "vände", "vänder", "föll", "faller",
        "spelade", "spelar", "ledde", "leder", "tog", "tar", "krossade", "krossar", "tappade", "tappar",
    }
)  # fmt: skip

CLUB_LETTERS_BEFORE = frozenset({"IFK", "IF", "IK", "BK", "FC", "GIF", "FK", "SK", "HK", "IBK"})
CLUB_LETTERS_AFTER = frozenset(
    {"AIK", "IF", "IK", "BK", "FF", "IS", "HC", "SK", "FK", "GIF", "BoIS", "HK", "IBK", "FC"}
)


def is_institution_noun(low: str) -> bool:
    """A lower-case head noun that belongs to an organisation's name (``kommun``, ``universitet``,
    ``tingsrätten``), in the genitive too."""
    return low in PLACE_ORG_NOUNS or (len(low) > 6 and bool(ORG_SUFFIX.search(strip_genitive(low))))


# what one has in or gets from a company: "aktier i Boliden", "beställning från Getinge"
BUSINESS_NOUNS = re.compile(
    r"^(?:aktie|aktien|aktier|aktierna|andel|andelar|andelen|beställning|beställningen|beställningar|order|ordern|"
    r"investering|investeringen|investeringar|ägande|ägandet|kontrakt|kontraktet|avtal|avtalet|leverans|leveransen|"
    r"leveranser|uppdrag|uppdraget|köp|köpet|bud|budet|anställning|anställningen|jobb|jobbet|tjänst|tjänsten|"
    r"chef|chefen|vd|vd:n|styrelse|styrelsen|ledning|ledningen|rapport|rapporten|ägare|ägarna|aktieägare|"
    r"aktieägarna)$"
)

# a company named after its founder is the person after these: "Grundaren Clas Ohlson föddes 1895"
FOUNDER_WORDS = frozenset({"grundaren", "grundare", "grundade", "grundades", "av"})

# what a team takes or loses in a match: "tog en seger", "tappade ledningen", "tog tre poäng"
WON = frozenset({"seger", "segern", "poäng", "poängen", "ledning", "ledningen", "guld", "guldet", "titeln"})
