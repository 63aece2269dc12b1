"""Who a description of a speaker means (2026-12-07, sixth session: invented court and sports news): the name in
apposition after a role, and the person a nationality noun refers back to. Every sentence is invented for the
test; the real bundled pipeline runs on it.
"""

from __future__ import annotations

import pytest


def _speakers(nlp, text):
    return [q.speaker for q in nlp(text)._.quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a role, then who holds it between commas, a title before the name
        (
            "Mannen döms till fängelse. Mannens försvarare, advokat Mikael Sundström, säger att domen ska överklagas.",
            "Mikael Sundström",
        ),
        ("Förbundets ordförande, Anna Ek, säger att avtalet är bra.", "Anna Ek"),
        # after the verb: a title with its workplace and place, then the name
        (
            "– Våra medlemmar känner oro, säger Unionens klubbordförande på Ericsson i Kista, Fredrik Sjögren.",
            "Fredrik Sjögren",
        ),
        # a name, then what she is: the name
        ("Petra Ahlgren, ordförande för Vårdförbundet, menar att lönerna är för låga.", "Petra Ahlgren"),
        # a group including a person: the group
        (
            "Men namnbytets anhängare, inklusive premiärminister Zoran Zaev, hävdar att det är värt priset.",
            "namnbytets anhängare",
        ),
        # a nationality noun: the one person named before
        (
            "AIK:s huvudtränare Mikkjal Joensen var missnöjd efter matchen.\n\n"
            "– Vi skapar chanser men sätter inte dit dem, säger färöingen till Viaplay.",
            "Mikkjal Joensen",
        ),
        # a name inside the quote is not who the noun means
        (
            "Tom Hartley var sportslig i förlusten.\n\n"
            "– Linnea spelade fantastiskt. Hon förtjänade det, sa engelsmannen.",
            "Tom Hartley",
        ),
        # two people named: not known which
        (
            "Tom Hartley och Mikkjal Joensen möttes i finalen.\n\n– Det var en tuff match, sa engelsmannen.",
            "engelsmannen",
        ),
    ],
)
def test_who_a_description_of_the_speaker_means(nlp, text, speaker):
    assert _speakers(nlp, text) == [speaker]


@pytest.mark.parametrize(
    "text, quote",
    [
        # a critic's judgement of a work in lower case: words quoted, not the work's title
        ("Kritikern Ulrika Berg kallar romanen ”en av årets starkaste debuter”.", "en av årets starkaste debuter"),
        ("Recensenten Per Sand kallar föreställningen ”tre timmar av tomhet”.", "tre timmar av tomhet"),
    ],
)
def test_a_judgement_of_a_work_is_a_mixed_quote(nlp, text, quote):
    assert [(q.type, q.text) for q in nlp(text)._.quotes] == [("mixed", quote)]


def test_a_works_title_after_its_noun_is_no_quote(nlp):
    assert list(nlp("Hon läser romanen ”Röda rummet” i skolan.")._.quotes) == []


@pytest.mark.parametrize(
    "text, quote",
    [
        # the sentence before in the quote is about the one the pronoun means
        (
            "Hennes tränare Petra Lind sa efter tävlingen att hon har sett det komma.\n\n"
            "– Hanna har tränat bättre än någonsin i vinter. Hon är stark mentalt och det syntes i dag.",
            "Hanna har tränat bättre än någonsin i vinter. Hon är stark mentalt och det syntes i dag.",
        ),
        # a third person only as object: no narration
        (
            "Hans lagkamrat Kim Falk säger att beskedet inte kom som en överraskning.\n\n"
            "– Vi har pratat om det här i omklädningsrummet. Men det blir tomt utan honom.",
            "Vi har pratat om det här i omklädningsrummet. Men det blir tomt utan honom.",
        ),
        # the reporter's: the speaker's own words before are in the first person
        (
            "Lars Berg minns dagen.\n\n– Erik var min bästa vän. Han greps i december.",
            "Erik var min bästa vän.",
        ),
    ],
)
def test_a_han_or_hon_sentence_in_a_dash_quote(nlp, text, quote):
    assert [q.text for q in nlp(text)._.quotes if q.type == "direct"] == [quote]


def test_an_indictment_is_a_document_no_one_speaks_for(nlp):
    doc = nlp("En 58-årig kvinna åtalas för bedrägeri. Enligt åtalet användes pengarna privat.")
    assert [(q.speaker, q.speaker_kind) for q in doc._.quotes] == [(None, None)]
