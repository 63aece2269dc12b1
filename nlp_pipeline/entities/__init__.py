"""People and organisations of a document: name clustering, roles, affiliations, gender.

The ``swedish_entities`` spaCy component (``entities.component``) fills
``doc._.people`` and ``doc._.organisations`` with the records of ``entities.records``.
"""

from .records import Mention, Organisation, Person

__all__ = ["Mention", "Organisation", "Person"]
