"""People and organisations of a document: name clustering, roles, affiliations, gender, linking.

The ``swedish_entities`` spaCy component (``entities.component``) finds them; the entity
layer (``entities.linking``) links every mention, NER span and speaker phrase to them and
stores them on the Doc (``set_entities``); ``doc._.people`` and ``doc._.organisations``
give the records of ``entities.records``.
"""

from .records import Mention, Organisation, Person

__all__ = ["Mention", "Organisation", "Person", "set_entities"]


def set_entities(doc, people, organisations):
    from .linking import set_entities as _set

    return _set(doc, people, organisations)
