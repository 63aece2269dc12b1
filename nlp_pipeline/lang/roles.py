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

# a title in the plural ("cykelentusiasterna"): a group, not one person's title
PLURAL_TITLE = re.compile(r"(?:arna|erna|orna|rna)$")

ROLE_PREPOSITIONS = {"för", "i", "på", "vid", "hos", "inom", "till", "från", "åt"}

# Words that end a title/apposition phrase.
ROLE_STOP = {
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

# heads of a relative clause that are a group, not a name, even when capitalised ("Forskare som ...")
COMMON_HEADS = {"personer", "människor", "de", "många", "flera", "andra", "alla", "forskare", "experter", "kritiker"}
