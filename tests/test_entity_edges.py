"""``swedish_entity_edges``: a lower-case position, extent or time word before a name is not part of
it (``i norra Ontario`` → the place ``Ontario``), the UD/UNER way; a person's name runs on through its
particles (``Ursula von der Leyen``). Invented sentences."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from nlp_pipeline.nlp.entity_edges import EntityEdges


def _doc(words, ents):
    nlp = spacy.blank("sv")
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def _ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


def test_a_position_word_is_left_out_of_the_place():
    doc = _doc(["Bränder", "i", "norra", "Ontario", "och", "centrala", "Malmö"], [(2, 4, "LOC"), (5, 7, "LOC")])
    assert _ents(EntityEdges()(doc)) == [("Ontario", "LOC"), ("Malmö", "LOC")]


def test_extent_and_time_words_and_two_in_a_row_are_left_out():
    doc = _doc(
        ["hela", "Sverige", ",", "forna", "Jugoslavien", "och", "hela", "södra", "Norrland"],
        [(0, 2, "LOC"), (3, 5, "LOC"), (6, 9, "LOC")],
    )
    assert _ents(EntityEdges()(doc)) == [("Sverige", "LOC"), ("Jugoslavien", "LOC"), ("Norrland", "LOC")]


def test_a_capitalised_position_word_opens_a_name_of_its_own():
    doc = _doc(["Västra", "Götaland", "och", "Norra", "Real"], [(0, 2, "LOC"), (3, 5, "ORG")])
    assert _ents(EntityEdges()(doc)) == [("Västra Götaland", "LOC"), ("Norra Real", "ORG")]


def test_an_entity_of_nothing_but_such_words_is_kept_and_other_entities_are_untouched():
    doc = _doc(["norra", "och", "Eva", "Jansson"], [(0, 1, "LOC"), (2, 4, "PER")])
    assert _ents(EntityEdges()(doc)) == [("norra", "LOC"), ("Eva Jansson", "PER")]


def test_the_word_list_is_a_setting():
    nlp = spacy.blank("sv")
    nlp.add_pipe("swedish_entity_edges", config={"premodifiers": ["bortre"]})
    doc = nlp.make_doc("i bortre Sibirien och norra Ontario")
    doc.ents = [Span(doc, 1, 3, label="LOC"), Span(doc, 4, 6, label="LOC")]
    assert _ents(nlp.get_pipe("swedish_entity_edges")(doc)) == [("Sibirien", "LOC"), ("norra Ontario", "LOC")]
    assert nlp.config["components"]["swedish_entity_edges"]["premodifiers"] == ["bortre"]


def test_the_bundled_model_ends_with_it_and_the_place_links_with_its_bare_name(nlp):
    assert "swedish_entity_edges" in nlp.pipe_names
    assert nlp.pipe_names.index("swedish_entity_edges") == nlp.pipe_names.index("ner") + 1
    doc = nlp("Skogsbränderna i norra Ontario fortsätter. I södra Sverige regnar det.")
    places = {e.text for e in doc.ents if e.label_ == "LOC"}
    assert {"Ontario", "Sverige"} <= places and not any(p.startswith(("norra", "södra")) for p in places)


def test_a_name_runs_on_through_its_particles_where_the_ner_stopped():
    words = ["Ursula", "von", "der", "Leyen", "och", "Juan", "de", "la", "Fuente", "kom"]
    doc = _doc(words, [(0, 2, "PER"), (3, 4, "PER"), (5, 6, "PER")])
    assert _ents(EntityEdges()(doc)) == [("Ursula von der Leyen", "PER"), ("Juan de la Fuente", "PER")]


def test_a_short_entity_after_the_particles_is_taken_into_the_name():
    doc = _doc(["Enligt", "Rafael", "van", "der", "Vaart", "var", "det", "jämnt"], [(1, 3, "PER"), (4, 5, "ORG")])
    assert _ents(EntityEdges()(doc)) == [("Rafael van der Vaart", "PER")]


def test_particles_before_a_person_open_the_name_only_where_they_cannot_be_swedish_words():
    words = ["Tränaren", "van", "der", "Burgh", "och", "sedan", "kom", "de", "Eriksson"]
    doc = _doc(words, [(3, 4, "PER"), (8, 9, "PER")])
    assert _ents(EntityEdges()(doc)) == [("van der Burgh", "PER"), ("Eriksson", "PER")]


def test_a_swedish_de_after_a_name_is_not_a_particle_without_a_capitalised_word_after_it():
    doc = _doc(["Det", "sa", "Johansson", "de", "senaste", "åren", "."], [(2, 3, "PER")])
    assert _ents(EntityEdges()(doc)) == [("Johansson", "PER")]
    # Nor are particles after a place or an organisation.
    doc = _doc(["Banken", "Nordea", "de", "Vries"], [(1, 2, "ORG")])
    assert _ents(EntityEdges()(doc)) == [("Nordea", "ORG")]


def test_the_people_table_has_the_whole_name(nlp):
    doc = nlp("EU-kommissionens ordförande Ursula von der Leyen besökte Kiruna i går.")
    assert "Ursula von der Leyen" in {p.canonical for p in doc._.people}
