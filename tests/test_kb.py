"""The entity knowledge base: the shipped file (nlp_pipeline/lang/data/kb.json.gz) and its lookups, and the
mining functions of recipe/build_kb.py on invented text and an invented corpora folder (no ../shared)."""

from __future__ import annotations

import gzip
import json
from collections import Counter

import pytest

from nlp_pipeline.lang import kb
from recipe import build_kb as B

# ---------------------------------------------------------------------------------------------
# The shipped KB


def test_the_shipped_kb_loads_small_with_its_counts():
    assert kb.DATA.exists() and kb.DATA.stat().st_size < 2_000_000
    info = kb.info()
    assert info["schema"] == kb.SCHEMA
    assert set(info["sources"]) == {"svensktext", "regeringen_g0vse", "riksdagen_interpellations"}
    counts = info["counts"]
    assert counts["organisations"] == len(kb.organisations()) > 1000
    assert counts["politicians"] > 1000 and counts["parties"] == len(kb.parties())
    assert {o.type for o in kb.organisations()} <= set(kb.ORG_TYPES)


def test_the_eight_riksdag_parties_with_letters_names_and_wikidata():
    parties = {p.key: p for p in kb.parties(riksdag_only=True)}
    assert {k: p.name for k, p in parties.items()} == {
        "S": "Socialdemokraterna", "M": "Moderaterna", "SD": "Sverigedemokraterna", "C": "Centerpartiet",
        "V": "Vänsterpartiet", "KD": "Kristdemokraterna", "L": "Liberalerna", "MP": "Miljöpartiet",
    }  # fmt: skip
    assert all(p.letters[0] == k for k, p in parties.items())
    assert parties["L"].letters == ("L", "FP") and parties["KD"].letters == ("KD", "KDS")
    assert parties["S"].wikidata == "Q105112" and parties["M"].wikidata == "Q110843"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("S", "S"), ("SD", "SD"), ("KD", "KD"), ("MP", "MP"), ("(s)", "S"), ("(mp)", "MP"), ("Kd", "KD"),
        ("kds", "KD"), ("FP", "L"), ("Folkpartiet", "L"), ("socialdemokraterna", "S"), ("Moderaternas", "M"),
        ("Centern", "C"), ("Vänsterpartiets", "V"), ("miljöpartiet", "MP"),
    ],
)  # fmt: skip
def test_party_letters_names_lower_case_and_genitives(text, key):
    assert kb.party(text).key == key


def test_single_lower_case_letters_are_no_party_and_member_nouns_are_apart():
    assert kb.party("s") is None and kb.party("m") is None and kb.party("Nattklubben") is None
    assert kb.party_of_member("moderaten").key == "M"
    assert kb.party_of_member("socialdemokrater").key == "S"


def test_acronyms_expand_to_the_mined_full_names():
    ifau = kb.expand_acronym("IFAU")
    assert [o.name for o in ifau] == ["Institutet för arbetsmarknads- och utbildningspolitisk utvärdering"]
    assert ifau[0].type == "agency" and ifau[0].variants == ("Institutet för arbetsmarknadspolitisk utvärdering",)
    assert kb.expand_acronym("SCB:s")[0].name == "Statistiska centralbyrån"
    assert kb.expand_acronym("MSB")[0].name == "Myndigheten för samhällsskydd och beredskap"
    assert kb.expand_acronym("Brå")[0].name == "Brottsförebyggande rådet"
    assert [o.name for o in kb.expand_acronym("HD")] == ["Högsta domstolen"]
    # the register's "Sida" gets the long form as a variant, not a second entry
    assert [(o.name, o.variants) for o in kb.expand_acronym("Sida")] == [
        ("Sida", ("Swedish International Development Cooperation Agency",))
    ]
    assert kb.expand_acronym("XYZQ") == []


def test_organisations_by_name_case_and_genitive():
    assert kb.organisation("Försäkringskassans").name == "Försäkringskassan"
    assert kb.organisation("försäkringskassan").name == "Försäkringskassan"
    assert kb.organisation("Statistiska  centralbyråns").name == "Statistiska centralbyrån"
    assert kb.organisation("Swedish International Development Cooperation Agency").name == "Sida"
    assert kb.organisation("Folkpartiet").name == "Liberalerna"
    assert kb.organisation("Ingenting alls") is None


@pytest.mark.parametrize(
    ("name", "type_"),
    [
        ("Skatteverket", "agency"), ("Försäkringskassans", "agency"), ("Svea hovrätt", "court"),
        ("Högsta domstolen", "court"), ("Lunds universitet", "school/university"),
        ("Botkyrka kommun", "municipality/region"), ("Region Skåne", "municipality/region"),
        ("Aftonbladet", "media"), ("Sveriges Television", "media"), ("Europeiska kommissionen", "international"),
        ("Vårdförbundet", "union"), ("Naturskyddsföreningen", "NGO"), ("Volvokoncernen", "company"),
        ("Moderaterna", "party"), ("SCB", "agency"),
    ],
)  # fmt: skip
def test_organisation_types(name, type_):
    assert kb.org_type(name) == type_


def test_a_surname_shared_by_several_politicians_gives_them_all_and_links_none():
    anderssons = kb.politicians_by_surname("Andersson")
    assert len(anderssons) > 10 and len({(p.name, p.party) for p in anderssons}) == len(anderssons)
    assert sorted(p.party for p in anderssons if p.name == "Jörgen Andersson") == ["M", "S"]
    assert kb.link_politician("Andersson") is None
    assert kb.link_politician("Andersson", title="finansministern").name == "Magdalena Andersson"
    assert {p.name for p in kb.politicians_by_surname("von Sydow")} == {
        "Björn von Sydow", "Henrik von Sydow", "Tullia von Sydow"
    }  # fmt: skip


def test_namesakes_in_two_parties_link_only_with_the_party():
    carlssons = kb.politicians_by_name("Gunilla Carlsson")
    assert sorted(p.party for p in carlssons) == ["M", "S"]
    assert kb.link_politician("Gunilla Carlsson") is None
    assert kb.link_politician("Gunilla Carlsson", party="M").roles == ("statsråd",)
    assert kb.link_politician("Gunilla Carlsson", party="(s)").party == "S"


def test_a_full_name_links_and_carries_gender_party_and_years():
    m = kb.link_politician("Magdalena Anderssons")
    assert (m.name, m.gender, m.party, m.roles) == ("Magdalena Andersson", "female", "S", ("finansminister",))
    assert m.wikidata is None  # the source's wikidata field is the party's item
    assert kb.link_politician("Magdalena Andersson", party="M") is None


# ---------------------------------------------------------------------------------------------
# Mining functions on invented text


def test_initials_match_word_and_compound_initials():
    assert B.initials_match("MFF", "Myndigheten för fiktiva frågor")
    assert B.initials_match("IFAU", "Institutet för arbetsmarknads- och utbildningspolitisk utvärdering")
    assert B.initials_match("SCB", "Statistiska centralbyrån")
    assert B.initials_match("Brå", "Brottsförebyggande rådet")
    assert B.initials_match("FK", "Försäkringskassan")
    assert not B.initials_match("XYZ", "Myndigheten för fiktiva frågor")
    assert not B.initials_match("MFF", "Mycket stora och fina ord om allt möjligt annat")
    assert not B.initials_match("SL", "Stegrud")  # letters in order, but only one word start
    assert B.initials_match("Vinnova", "Verket för innovationssystem", strict=False)
    assert not B.initials_match("Vinnova", "Verket för innovationssystem")


def test_acronym_pairs_in_both_orders_and_the_genitive():
    text = (
        "Regeringen ger Myndigheten för påhittade prov (MPP) ett uppdrag. Enligt Kalle Anka och "
        "Glömska statens tjänstekontor (GST:s) rapport går det bra. Senare tog KVX (Kungliga verket för "
        "xylofoner) över. Det är inte Sverige (SE)."
    )
    assert list(B.acronym_pairs(text)) == [
        ("MPP", "Myndigheten för påhittade prov", False),
        ("GST", "Glömska statens tjänstekontor", True),
        ("SE", "Sverige", False),  # letters that match, but no organisation: dropped later
        ("KVX", "Kungliga verket för xylofoner", False),
    ]
    merged = B.merge_pairs(Counter({("GST", "Glömska statens tjänstekontor"): 1}),
                           Counter({("GST", "Glömska statens tjänstekontors"): 2}))  # fmt: skip
    assert merged == {("GST", "Glömska statens tjänstekontor"): 3}
    assert B.looks_like_organisation("Myndigheten för påhittade prov")
    assert not B.looks_like_organisation("Lagen om påhittade prov")
    assert not B.looks_like_organisation("Sverige")


def _count(texts):
    counts = Counter()
    for t in texts:
        counts.update(B.name_candidates(t))
    return counts


def test_multiword_names_end_where_the_name_ends():
    texts = [
        "Uppdraget gick till Myndigheten för fiktiva frågor och beredskap som svarade.",
        "Beslutet fattades av Myndigheten för fiktiva frågor och beredskap i går.",
        "Det meddelar Myndigheten för fiktiva frågor och beredskap på sin webbplats.",
        "Enligt Påhittsverket har antalet ökat, skriver Påhittsverket och Låtsasinspektionen.",
        "Också Påhittsverket och Låtsasinspektionen varnar, liksom Påhittsverket själv.",
        "Det säger Svenskt Påhitt till tidningen, och Svenskt Påhitt får medhåll.",
        "Det var en Nordisk grej, sa hon om Påhittsverket.",
    ] * 3
    names = B.select_names(_count(texts), min_name=3, min_run=3)
    assert names["Myndigheten för fiktiva frågor och beredskap"] == (9, "head-initial")
    assert names["Påhittsverket"][1] == "head"
    assert names["Svenskt Påhitt"] == (6, "run")
    assert "Myndigheten för fiktiva frågor" not in names  # always goes on with "och"
    assert "Påhittsverket och Låtsasinspektionen" not in names  # two names
    assert not any(n.startswith("Det ") or n.startswith("Enligt") for n in names)  # sentence starts


def test_names_at_sentence_start_do_not_count():
    assert list(B.name_candidates("Påhittsverket meddelar. Låtsasverket svarar.")) == []
    assert ("Påhittsverket",) in set(B.name_candidates("enligt Påhittsverket"))


def test_register_names_are_cleaned():
    assert B.clean_agency_name("Arbetsmiljöverket (av)") == ("Arbetsmiljöverket", ["AV"])
    assert B.clean_agency_name("Tandvårds-och läkemedelsförmånsverket, tlv") == (
        "Tandvårds- och läkemedelsförmånsverket",
        ["TLV"],
    )
    assert B.clean_agency_name("Växjö tingsrätt och mark och miljödomstol")[0] == "Växjö tingsrätt"
    assert B.clean_agency_name("Förvaltningsrätten i Luleå och migrationsdomstol")[0] == "Förvaltningsrätten i Luleå"
    assert B.clean_agency_name("Svea hovrätt o mark o miljö och patent")[0] == "Svea hovrätt"
    assert B.clean_agency_name("Svenska esf-rådet")[0] == "Svenska ESF-rådet"


def test_person_records_names_roles_and_parties():
    assert B.parse_person_name("statsrådet Mats Hellström") == ("Mats Hellström", "statsråd", None)
    assert B.parse_person_name("Segelström, Inger (s)") == ("Inger Segelström", None, "s")
    assert B.parse_person_name("Klimat- och miljöminister Åsa Romson") == (
        "Åsa Romson", "klimat- och miljöminister", None
    )  # fmt: skip
    assert B.parse_person_name("statsrådet Maj- Inger Klingvall")[0] == "Maj-Inger Klingvall"
    assert B.parse_person_name("Ulrika Karlsson i Uppsal")[0] == "Ulrika Karlsson"
    assert B.parse_person_name("statsministern om information")[0] is None


def test_types_by_source_and_name():
    assert B.organisation_type("Påhittsverket") == "agency"
    assert B.organisation_type("Påhittsverket", ["media"]) == "media"
    assert B.organisation_type("Lunds universitet", ["myndigheter"]) == "school/university"
    assert B.organisation_type("Nacka tingsrätt", ["myndigheter"]) == "court"
    assert B.organisation_type("Domstolsverket", ["myndigheter"]) == "agency"
    assert B.organisation_type("Påhitts kommun") == "municipality/region"
    assert B.organisation_type("Påhittarnas förbund") == "union"
    assert B.organisation_type("Påhittarnas riksförbund") == "NGO"
    assert B.organisation_type("Påhitt AB") == "company"
    assert B.organisation_type("World Invention Organization") == "international"
    assert B.organisation_type("Något helt annat") == "other"


# ---------------------------------------------------------------------------------------------
# The whole build on an invented corpora folder


def _jsonl_gz(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _corpora(root):
    sentences = [
        "Regeringen ger Myndigheten för påhittade prov (MPP) i uppdrag att utreda saken.",
        "Uppdraget gick till Myndigheten för påhittade prov (MPP) och till Låtsasverket.",
        "Det meddelar Låtsasverket och enligt Låtsasverket ökar antalet, säger Låtsasverket.",
        "Enligt Låtsasverket och Moderaterna går det bra, skriver Sydsvenskan i dag.",
        "Det skriver Sydsvenskan och Sydsvenskan får stöd av moderaterna och moderaterna.",
    ]
    _jsonl_gz(root / "regeringen_g0vse/pages.jsonl.gz",
              [{"path": f"p{i}", "text": " ".join(sentences)} for i in range(3)])  # fmt: skip
    persons = [
        {"name": "Kalle Påhitt (s)", "gender": "man", "party": "s", "wikidata": "Q105112"},
        {"name": "statsrådet Lisa Låtsas", "gender": "woman", "party": "", "wikidata": "Q110843"},
        {"name": "Olle Fejk (m)", "gender": "man", "party": "m", "wikidata": "Q110843"},
    ]
    rows = [{"id": f"i{i}", "date": f"200{i}-01-01", "addressee": "statsrådet Lisa Låtsas", "persons": persons,
             "text": "Hur ser Låtsasverket på saken?"} for i in range(12)]  # fmt: skip
    _jsonl_gz(root / "riksdagen_interpellations/interpellations.jsonl.gz", rows)
    org = root / "svensktext/organisationer"
    org.mkdir(parents=True)
    (org / "myndigheter.tsv").write_text(
        "type\tname\tcity\nStatlig förvaltningsmyndighet\tLåtsasverket\tStockholm\n"
        "Domstol\tPåhitts tingsrätt och mark och miljödomstol\t\n", encoding="utf-8")  # fmt: skip
    (org / "eu.csv").write_text("name,alternative_name,acronym\nEuropeiska påhittsbyrån,,EPB\n", encoding="utf-8")
    (org / "massmedier-nyheter-domaner.csv").write_text("domain\nsydsvenskan.se\ndn.se\n", encoding="utf-8")
    (root / "svensktext/platser").mkdir(parents=True)
    (root / "svensktext/platser/kommuner.csv").write_text("code,name\n0001,Påhitts kommun\n", encoding="utf-8")


def test_build_on_invented_corpora(tmp_path):
    _corpora(tmp_path / "corpora")
    out = tmp_path / "kb.json.gz"
    data = B.build(tmp_path / "corpora", out, built="2000-01-01", log=lambda *a: None)
    orgs = {o["name"]: o for o in data["organisations"]}
    assert orgs["Myndigheten för påhittade prov"]["acronyms"] == ["MPP"]
    assert orgs["Myndigheten för påhittade prov"]["type"] == "agency"
    assert orgs["Låtsasverket"]["sources"] == ["mined-names", "myndigheter"]
    assert orgs["Påhitts tingsrätt"]["type"] == "court"
    assert orgs["Europeiska påhittsbyrån"] == {"name": "Europeiska påhittsbyrån", "type": "international",
                                              "sources": ["eu"], "acronyms": ["EPB"]}  # fmt: skip
    assert orgs["Sydsvenskan"]["variants"] == ["sydsvenskan.se"] and orgs["dn.se"]["type"] == "media"
    assert orgs["Påhitts kommun"]["type"] == "municipality/region"
    parties = {p["key"]: p for p in data["parties"]}
    assert set(parties) == set(B.RIKSDAG_PARTIES)
    assert parties["S"]["wikidata"] == "Q105112" and parties["M"]["wikidata"] == "Q110843"
    assert "moderaterna" in parties["M"]["forms"] and parties["L"]["letters"] == ["L"]  # FP never attested
    people = {p["name"]: p for p in data["politicians"]}
    assert people["Kalle Påhitt"] == {"name": "Kalle Påhitt", "gender": "male", "party": "S", "n": 12,
                                      "years": [2000, 2009]}  # fmt: skip
    assert people["Lisa Låtsas"]["party"] == "M" and people["Lisa Låtsas"]["roles"] == ["statsråd"]
    first = out.read_bytes()
    B.build(tmp_path / "corpora", out, built="2000-01-01", log=lambda *a: None)
    assert out.read_bytes() == first  # a rebuild is byte-identical
    assert json.loads(gzip.decompress(first))["built"] == "2000-01-01"


def test_missing_corpora_is_a_clear_error(tmp_path, capsys):
    assert B.main([str(tmp_path / "nowhere")]) == 2
    assert "corpora not found" in capsys.readouterr().err
