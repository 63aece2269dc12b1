"""Swedish language resources: the word lists and lexicons the entity and quote rules share.

The lowest layer of the package: it imports nothing from ``entities``, ``quotes`` or
``tables`` (they import from here), and holds data, not rules.

* ``speech``: speech and stance verbs with their written forms, particle verbs, and the
  lemmas that take reported speech with "att";
* ``pronouns``: pronouns with their gender and number, possessives, person pronouns;
* ``roles``: role nouns and titles, agent nouns, the words around a title phrase;
* ``orgs``: organisation and party names, name endings and openers, institution nouns,
  news agencies;
* ``names``: name particles and the capitalised words that are never names;
* ``words``: small lists of common words the rules skip over or stop at;
* ``gender``: the SCB first-name lexicon (``data/first_names.tsv.gz``), first name -> gender;
* ``places``: Swedish and world places (``data/places.txt.gz``).
"""
