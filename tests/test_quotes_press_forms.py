"""Speaker classes found on invented tabloid, wire and local news (2026-12-07, fifth session), one test per class.

Every sentence is invented for the test; the real bundled pipeline runs on it.
"""

from __future__ import annotations

import pytest


def speakers(nlp, text):
    doc = nlp(text)
    for q in doc._.quotes:
        assert doc.text[q.start_char : q.end_char] == q.text
    return [q.speaker for q in doc._.quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a person described without a name, then who it is between commas, with or without a title
        ("Mannen, Leif Sandberg, 58, berättar att han hörde en smäll.", "Leif Sandberg"),
        ("Hennes bror, musikern Olle Vik, säger att familjen är tacksam.", "Olle Vik"),
        ("Eriks fru, läkaren Sara Dahl, säger att han mår bättre.", "Sara Dahl"),
        ("Skolans rektor, biologiläraren Maria Öst, säger att ingen elev skadades.", "Maria Öst"),
        # an organisation in apposition after a kind of agent
        ("Importören, livsmedelsföretaget Nordfood, uppger att varorna återkallas.", "Nordfood"),
        # a relative clause inside the subject is not the subject
        ("Pensionären Gösta Lund, vars hund blev biten, tycker att kommunen borde agera.", "Gösta Lund"),
        # two titles joined by "och" before the name
        ("Sjuksköterskan och forskaren Lena Ahl berättar att vårdköerna växer.", "Lena Ahl"),
        # a manager is a title: the holder speaks, not the artist who owns it
        (
            "Artisten Nova Berg ställer in turnén.\n\nNovas manager Jonas Frid menar att hon behöver vila.\n",
            "Jonas Frid",
        ),
    ],
)
def test_who_an_apposition_or_title_names_speaks(nlp, text, speaker):
    assert speakers(nlp, text)[-1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # no quote before: the person the paragraph before says did something speaks the floating quote
        ("Karin Ahl har kämpat mot kommunen i två år.\n\n– Jag ger mig inte förrän vi får svar.\n", "Karin Ahl"),
        ("Nu har Tomas Ek, 44, sålt sin bil för att klara hyran.\n\n– Det var det enda jag kunde göra.\n", "Tomas Ek"),
        # not someone something happened to, nor when the quote speaks of them
        ("Karin Ahl avled i natt efter olyckan.\n\n– Vi sörjer en fin kollega.\n", None),
        ("Tomas Ek fick sparken i höstas.\n\n– Det var ett hårt beslut.\n", None),
        ("Karin Ahl har vunnit tävlingen.\n\n– Hon förtjänar det verkligen.\n", None),
    ],
)
def test_a_first_floating_quote_of_someone_who_acted(nlp, text, speaker):
    assert speakers(nlp, text)[-1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # after another speaker: a person introduced by a copula, or named in apposition to the subject, takes over
        (
            "– Vi fick mycket hjälp, säger Eva Lind.\n\nEn av dem som hjälpte till är Gunnar Berg, 70.\n\n"
            "– Man ställer upp för sina grannar.\n",
            "Gunnar Berg",
        ),
        (
            "– Vi har inte råd, säger Per Ek.\n\nFackets ordförande i Kalix, Lisa Nord, är inte förvånad.\n\n"
            "– Det här har vi varnat för länge.\n",
            "Lisa Nord",
        ),
        # nobody new: the speaker before goes on
        (
            "– Vi fick mycket hjälp, säger Eva Lind.\n\nOffret är en kvinna i 40-årsåldern.\n\n"
            "– Hon hade tur som överlevde.\n",
            "Eva Lind",
        ),
    ],
)
def test_a_person_introduced_in_the_narration_takes_over(nlp, text, speaker):
    assert speakers(nlp, text)[-1] == speaker


def test_a_qa_interview_under_a_colon_headline(nlp):
    text = (
        "Aftonbladet möter: Sara Ling om skivan\n\nHon har sålt guld på en vecka. Nu berättar Sara Ling, 27, om "
        "vägen dit.\n\nHur känns det?\n\n– Helt galet.\n\nVad händer nu?\n\n– En turné i vår.\n"
    )
    assert speakers(nlp, text) == ["Sara Ling", "Sara Ling"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # an over-reach review (84 invented cases): the person who acted speaks a floating quote only in their own
        # "jag", never of someone of their gender in the third person, not of "min klient", not as a small child
        (
            "Skådespelaren Lars Berg har avlidit.\n\nLars Berg spelade i över fyrtio filmer.\n\n"
            "– Han var en av de största. Jag kommer att sakna honom.\n",
            None,
        ),
        (
            "Erik Sand, 67, körde i fel riktning på E4 i natt.\n\n– Vi vill påminna alla om att vara uppmärksamma.\n",
            None,
        ),
        (
            "Tingsrätten dömde Marcus Lund, 28, till fyra års fängelse. Marcus Lund nekar till brott.\n\n"
            "– Min klient är lättad över att det är över.\n",
            None,
        ),
        ("Tvåårige Liam Ek föll i en vak i söndags.\n\n– Jag trodde att mitt hjärta skulle stanna.\n", None),
        ("Artisten Lena Holm gick bort i går.\n\n– Jag har förlorat en nära vän.\n", None),
        # after a quote: who died is no new speaker, nor one of the victims a copula introduces
        (
            "– Vi har förlorat en vän, säger bandets manager Per Nord.\n\nBandets trummis, Jonas Eld, omkom i "
            "olyckan på E6.\n\n– Vi ställer in resten av turnén.\n",
            "Per Nord",
        ),
        (
            "– Två personer fördes till sjukhus, säger polisens presstalesperson Anna Ek.\n\nEn av de skjutna är "
            "Ali Hassan, 19.\n\n– Vi har gripit en person.\n",
            "Anna Ek",
        ),
        # an apposition in the genitive names the owner of who is described, not who it is
        ("Kvinnan, Malin Strands granne sedan tio år, berättar att hon hörde skrik.", "kvinnan"),
    ],
)
def test_reviewed_over_reaches_of_floating_quotes_and_appositions(nlp, text, speaker):
    assert speakers(nlp, text)[-1] == speaker


@pytest.mark.parametrize(
    "text, quote",
    [
        # a speaker goes on talking of someone the quote already speaks of: the sentence is the speaker's
        (
            "– Vi har väntat sedan hon var fem. Nu är hon sju och har inte fått börja. Det är frustrerande.\n\n"
            "Det säger Omar Said.\n",
            "Vi har väntat sedan hon var fem. Nu är hon sju och har inte fått börja. Det är frustrerande.",
        ),
        # or the first person follows on the line
        (
            "– Klart att det är tufft, säger Eva Ek.\n\n– Hon tränar varje dag. Jag är så stolt.\n",
            "Hon tränar varje dag. Jag är så stolt.",
        ),
    ],
)
def test_a_han_hon_sentence_inside_a_quote_is_the_speakers(nlp, text, quote):
    doc = nlp(text)
    assert quote in [q.text for q in doc._.quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a relative clause the parse hangs on the verb before it: its subject is the noun right before the comma
        ("Beslutet kritiseras av läkarna, som menar att patienterna drabbas.", "läkarna"),
        ("”Det räcker inte”, skriver debattörerna, som kräver att staten tar ansvar.", "debattörerna"),
    ],
)
def test_a_relative_clause_after_a_comma_speaks_for_its_noun(nlp, text, speaker):
    assert speakers(nlp, text)[-1] == speaker


@pytest.mark.parametrize(
    "text, quote",
    [
        # the reporter's sentence opening with han/hon after a quote on its line is no part of it (a review)
        (
            "Anna Lund berättar om sin son.\n\n– Han var så glad som liten. Han greps i december misstänkt för rån.\n",
            "Han var så glad som liten.",
        ),
        (
            "Karin Ek sitter vid köksbordet.\n\n– Jag vet inte vad han tänkte. Hon tittar ner i bordet.\n",
            "Jag vet inte vad han tänkte.",
        ),
    ],
)
def test_the_reporters_han_hon_sentence_ends_the_quote(nlp, text, quote):
    assert [q.text for q in nlp(text)._.quotes] == [quote]


def test_enligt_after_the_speaker_is_the_reports_source(nlp):
    text = "Kung Carl Gustaf talade på middagen.\n\n”Tack för i kväll”, sa kungen enligt Kungahuset.\n"
    assert speakers(nlp, text) == ["Carl Gustaf"]
