"""Swedish pronouns: the gender and number a third-person pronoun refers to, possessives,
and the first- and second-person forms that mark a quote's own voice.
"""

from __future__ import annotations

import re

# subject pronouns that refer back to one person, with the gender they require (hen: any)
PRONOUN_GENDER = {"hon": "female", "han": "male", "hen": None}

# pronouns that can be a speaker, with the gender (or "plural") of who they refer to
PRONOUNS = {
    "hon": "female",
    "han": "male",
    "hen": None,
    "de": "plural",
    "dom": "plural",
    # object forms, as in "enligt honom", "enligt henne"
    "honom": "male",
    "henne": "female",
    "dem": "plural",
    # "Man meddelade senare att …": an organisation speaking (the quote rules drop the generic "man tror")
    "man": "organisation",
}

# the third person singular as subject or object, any case of its first letter: a quote that speaks of someone
THIRD_PERSON_PERSONAL = re.compile(r"(?<![\w-])(?:han|hon|honom|henne)(?![\w-])", re.IGNORECASE)
# every form of the third person singular, by the gender it refers to
THIRD_PERSON_FORMS = {"male": frozenset({"han", "honom", "hans"}), "female": frozenset({"hon", "henne", "hennes"})}

# the plural subject pronoun, also as spoken ("dom")
PLURAL_SUBJECTS = ("de", "dom")
# the object forms, never a subject after the verb: "kallade dem ”…”" is no one speaking to "dem"
OBJECT_FORMS = frozenset({"honom", "henne", "dem"})

POSSESSIVES = {"hans", "hennes", "deras", "dess", "sin", "sitt", "sina", "vår", "våra"}

# first and second person: the voice of a quote, not of the narration
FIRST_SECOND_PERSON = re.compile(
    r"(?<![\w-])(?:jag|vi|mig|oss|min|mitt|mina|vår|vårt|våra|du|ni|dig|er|din|ditt|dina|Jag|Vi|Du|Ni|Min|Vår)(?![\w-])"
)
SECOND_PERSON = re.compile(r"(?<![\w-])(?:du|ni|dig|er|din|ditt|dina|era|ert|Du|Ni)(?![\w-])")
THIRD_PERSON = re.compile(r"(?:Hon|Han|Hen|Hans|Hennes|Hon,|Han,)\b")

# a generic subject right before a verb: "Många tror att ..." is the opinion of nobody in particular
GENERIC_SUBJECT = re.compile(
    r"(?:^|[\s(])(?:[Mm]an|[Mm]ånga|[Aa]lla|[Ii]ngen|[Nn]ågra|[Vv]issa|[Ss]omliga|[Ff]lesta)\s+(?:också\s+|även\s+|inte\s+)?$"
)

# first person alone: the voice of whoever speaks in a quote
FIRST_PERSON = re.compile(
    r"(?<![\w-])(?:jag|vi|mig|oss|min|mitt|mina|vår|vårt|våra|Jag|Vi|Min|Mitt|Mina|Vår|Vårt|Våra)(?![\w-])"
)
# "han" and "hon", the third person singular as a clause's subject
SUBJECT_PRONOUN = re.compile(r"(?<![\w-])(?:han|hon)(?![\w-])", re.IGNORECASE)
# the first person singular: the voice of one speaker
FIRST_PERSON_SINGULAR = re.compile(r"(?<![\w-])(?:jag|mig|min|mitt|mina)(?![\w-])", re.IGNORECASE)
# a third person as object, not subject: "utan honom", "åt henne"
OBJECT_PRONOUN = re.compile(r"(?<![\w-])(?:honom|henne)(?![\w-])", re.IGNORECASE)
# third person singular anywhere in a sentence: the reporter talking about someone
THIRD_PERSON_WORD = re.compile(r"(?<![\w-])(?:[Hh]on|[Hh]an|[Hh]ennes|[Hh]ans|[Hh]enne|[Hh]onom)(?![\w-])")
