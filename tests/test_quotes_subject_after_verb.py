"""A speaker named after the verb with a title the tagger misreads or an owner before the title (2026-12-07,
sixth session: invented business news). Every sentence is invented for the test; the real bundled pipeline runs.
"""

from __future__ import annotations

import pytest


def _speakers(nlp, text):
    return [q.speaker for q in nlp(text)._.quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a title the tagger takes for a preposition ("vd", "vd:n") or a verb ("analytiker")
        ("Samtidigt säger vd Anna Ek att räntan ska sänkas.", "Anna Ek"),
        ("Under samtalet med analytiker sa vd:n Mark Hollis att bolaget ska investera mer.", "Mark Hollis"),
        ("Samtidigt säger Handelsbankens analytiker Anna Ek att räntan ska sänkas.", "Anna Ek"),
        # the owner before the title is not the speaker
        ("Dessutom menar Nordeas chefsekonom Anna Ek att räntan ska sänkas.", "Anna Ek"),
        # an organisation alone after the verb still speaks
        ("Samtidigt meddelar Nordea att räntan ska sänkas.", "Nordea"),
    ],
)
def test_the_subject_after_the_verb_speaks(nlp, text, speaker):
    assert _speakers(nlp, text) == [speaker]
