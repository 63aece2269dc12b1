"""Organisation types from names: the one set of rules the knowledge-base build (``recipe/build_kb.py``)
and the entity layer both use.

``organisation_type(name, sources)`` gives one of :data:`ORG_TYPES`: the source lists decide for
parties, media, EU institutions, agencies and municipalities; otherwise the name's words do
(``tingsrätt`` a court, ``universitet`` a school/university, ``AB`` a company, ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .orgs import COMPANIES, INTEREST_ORGANISATIONS, NEWS_MEDIA, UNIONS

# English head words of international organisations' names
ENGLISH_HEADS = {
    "Organization",
    "Organisation",
    "Agency",
    "Fund",
    "Programme",
    "Program",
    "Office",
    "Council",
    "Court",
    "Bank",
    "Union",
    "Institute",
    "Committee",
    "Commission",
    "Association",
    "Federation",
    "Foundation",
    "University",
    "Authority",
    "Network",
    "Alliance",
    "Forum",
    "Centre",
    "Center",
    "Board",
    "Panel",
    "Corporation",
    "Group",
    "Parliament",
    "Assembly",
    "Secretariat",
    "Facility",
    "Partnership",
    "Cooperation",
    "Co-operation",
    "Initiative",
    "Agencies",
    "Nations",
}

# Organisation types (the order of the rules in organisation_type decides between them).
ORG_TYPES = (
    "agency",
    "party",
    "company",
    "municipality/region",
    "court",
    "media",
    "school/university",
    "union",
    "NGO",
    "international",
    "other",
)
COURT = re.compile(
    r"(?i)(?:tingsrätt|hovrätt|förvaltningsrätt|kammarrätt|högsta domstolen|"
    r"högsta förvaltningsdomstolen|migrationsdomstol|migrationsöverdomstol|arbetsdomstolen|"
    r"marknadsdomstolen|miljödomstol|miljööverdomstolen|arrendenämnd|^svea hovrätt)"
)
SCHOOL = re.compile(
    r"(?i)(?:universitet(?!ssjukhus)|högskola|högskolan|skola\b|skolan\b|^karolinska institutet$|"
    r"konstfack|university|college)"
)
MUNICIPALITY = re.compile(r"(?i)(?:\bkommun\b|^region \w|regionen$|\blandsting(?:et)?\b|\bstad$)")
INTERNATIONAL = re.compile(
    r"(?:^Europeiska|^EU[-:]|^FN[-:]|^Förenta nationerna|^Nordiska (?:rådet|ministerrådet)|"
    r"^Internationella|^Världs|^Organisationen för|^United Nations|^European|^International|"
    r"^World|^Council of|\bEuropean\b|\bInternational\b|\bUnited Nations\b|\bWorld\b|"
    r"^Europarådet|^Europaparlamentet)"
)
UNION = re.compile(
    r"(?:förbund|[Ff]acket|^LO$|^TCO$|^Saco$|^Landsorganisationen|^Tjänstemännens centralorganisation|"
    r"^Sveriges akademikers centralorganisation|^Unionen$|^Kommunal$)"
)
COMPANY = re.compile(
    r"(?:\bAB\b|[Kk]oncern|\bAktiebolag|\bInc\b|\bLtd\b|\bASA\b|\bOyj?\b|\bplc\b|bolaget$|"
    r"\bGmbH\b|\bLLC\b|\bCorporation$|"
    # words that end firms' names: "Nordvind Robotics", "Bergsjö Fastigheter", "Kvarnhjul Invest"
    r"\b(?:Invest|Capital|Ventures|Systems|Solutions|Technologies|Robotics|Logistics|Logistik|Industries|"
    r"Industrier|Fastigheter|Pharma|Entertainment|Studios)$)"
)  # not "Group" ("Visegrad Group", "Lazarus Group") nor "Holding" ("Stiftelsen Brothers Holding")
MEDIA = re.compile(
    r"(?:\bRadio\b|Television\b|\bTV\b|[Tt]idningen$|[Tt]idningar$|[Dd]agblad(?:et)?$|bladet$|[Pp]osten$|Allehanda$|"
    r"Nyheter$|Telegrambyrå$|Kuriren$|Utbildningsradion?$)"
)
# interest and sports federations, temperance and study associations: "förbund" but no trade union
NOT_UNION = re.compile(
    r"(?i)(?:riksförbund|studieförbund|nykterhet|idrott|fotboll|friidrott|kommunförbund|"
    r"landstingsförbund|regionförbund|samordningsförbund)"
)
NGO = re.compile(
    r"(?i)(?:stiftelse|förening|sällskap|riksförbund|studieförbund|nykterhet|idrott|fotboll|friidrott|"
    r"\bfoundation\b|^rädda barnen$|^röda korset$|^amnesty)"
)
AGENCY = re.compile(
    r"(?:myndighet|verket$|verk$|styrelsen$|styrelse$|inspektion|nämnd|ämbetet$|kollegi|departementet$|"
    r"ombudsm|kansliet$|^Statens |^Myndigheten |^Institutet för|^Delegationen|^Länsstyrelsen|"
    r"^Riksdagens |revisionen$|^Säkerhetspolisen$|^Polisen$|institutet$)"
)


# The type a noun for a kind of organisation gives the name after it ("fackförbundet Byggnads" a union,
# "företaget Northvolt" a company, "nyhetsbyrån Reuters" media); first match wins. A club, a network or a
# federation of another kind says no more than "an organisation".
CLASS_NOUN_TYPES = (
    (re.compile(r"(?:fackförbundet|fackföreningen|facket)$"), "union"),
    (re.compile(r"^(?:fn|eu)-"), "international"),  # "FN-organisationen X", "EU-myndigheten X"
    # no more than "an organisation": a terror group, a trade or employers' body, a sports club, a blood or
    # food bank, a central bank
    (
        re.compile(
            r"(?:terror|bransch|arbetsgivar|intresse|idrotts|fotbolls|hockey|golf|blod|mat|central)"
            r"(?:organisationen|föreningen|banken)$"
        ),
        None,
    ),
    # singular and plural: "partiet X", "partierna X och Y"
    (re.compile(r"(?:partiet|partierna)$"), "party"),
    (re.compile(r"(?:tidningen|tidningarna|nyhetsbyrån|kanalen)$"), "media"),
    (re.compile(r"(?:myndigheten|myndigheterna)$"), "agency"),
    (
        re.compile(
            r"(?:bolaget|bolagen|företaget|företagen|koncernen|koncernerna|rederiet|rederierna|förlaget|förlagen|"
            r"banken|bankerna|kedjan|byrån)$"
        ),
        "company",
    ),
    (re.compile(r"(?:stiftelsen|stiftelserna|föreningen|föreningarna|organisationen|organisationerna)$"), "NGO"),
)


def class_noun_type(noun: str) -> str | None:
    """The organisation type a (lower-case) noun for a kind of organisation names, or None."""
    for pattern, kind in CLASS_NOUN_TYPES:
        if pattern.search(noun):
            return kind
    return None


def organisation_type(name: str, sources: Iterable[str] = ()) -> str:
    """One of ``ORG_TYPES``: the source list decides for parties, media, EU institutions and agencies,
    except that courts and universities in the agency register are typed by their names."""
    sources = set(sources)
    if "party" in sources:
        return "party"
    if "media" in sources or name in NEWS_MEDIA:
        return "media"
    if name in COMPANIES:
        return "company"
    if name in UNIONS:
        return "union"
    if name in INTEREST_ORGANISATIONS:
        return "NGO"
    if COURT.search(name):
        return "court"
    if SCHOOL.search(name):
        return "school/university"
    if MEDIA.search(name) and not AGENCY.search(name):
        return "media"
    if "eu" in sources or INTERNATIONAL.search(name):
        return "international"
    if "myndigheter" in sources:
        return "agency"
    if "kommuner" in sources or MUNICIPALITY.search(name):
        return "municipality/region"
    if name.endswith(("partiet", "Partiet")) or re.search(r"\bparti\b", name):
        return "party"
    if UNION.search(name) and not NOT_UNION.search(name):
        return "union"
    if COMPANY.search(name):
        return "company"
    if NGO.search(name):
        return "NGO"
    if AGENCY.search(name):
        return "agency"
    if any(w in ENGLISH_HEADS for w in name.split()):
        return "international"
    return "other"
