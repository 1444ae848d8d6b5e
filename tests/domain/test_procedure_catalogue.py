"""The legal gate's entries: every procedure has one, and the facts are those of the statute.

The expectations below were read in the consolidated Aanbestedingswet 2012 (version of
01-09-2025), not taken from our data file: a change to an article or a verdict must change them.
"""

import pytest

from nlinkoop.domain.legal import Route, legal_data
from nlinkoop.domain.procedure_catalogue import (
    CATALOGUE,
    Bilingual,
    Negotiation,
    facts_for,
    positioning,
)
from nlinkoop.domain.procedures import Context, Procedure
from tests.dutch_words import dutch_words


def both_filled(text: Bilingual) -> bool:
    return bool(text.nl.strip()) and bool(text.en.strip()) and text.nl != text.en


def refs(procedure: Procedure) -> list[str]:
    return [article.ref for article in CATALOGUE[procedure].articles]


def about(procedure: Procedure, ref: str) -> Bilingual:
    """What the entry of `procedure` says article `ref` says."""
    found = [article.about for article in CATALOGUE[procedure].articles if article.ref == ref]
    assert len(found) == 1, (procedure, ref, refs(procedure))
    return found[0]


EUROPEAN_NO = (Procedure.OPEN_EUROPEAN, Procedure.RESTRICTED_EUROPEAN)


@pytest.mark.parametrize("procedure", list(Procedure))
def test_every_procedure_has_a_complete_entry(procedure: Procedure) -> None:
    facts = CATALOGUE[procedure]
    assert facts.procedure is procedure
    for text in (facts.name, facts.may, facts.may_not, facts.legal_basis):
        assert both_filled(text), text
    for extra in (*facts.practice, *([facts.uncertain] if facts.uncertain else [])):
        assert both_filled(extra)
    assert facts.articles
    assert facts.legal_basis.nl.startswith("Aanbestedingswet 2012, art. ")
    assert facts.legal_basis.en.startswith("Procurement Act 2012, art. ")
    assert facts_for(procedure) is facts


def test_the_catalogue_holds_exactly_the_procedures_and_situations() -> None:
    assert set(CATALOGUE) == set(Procedure)
    assert len(CATALOGUE) == len(Procedure)
    assert facts_for(None) is None


@pytest.mark.parametrize(
    ("procedure", "negotiation"),
    [
        (Procedure.OPEN_EUROPEAN, Negotiation.NO),
        (Procedure.OPEN_NATIONAL, Negotiation.NO),
        (Procedure.RESTRICTED_EUROPEAN, Negotiation.NO),
        (Procedure.RESTRICTED_NATIONAL, Negotiation.NO),
        (Procedure.COMPETITIVE_WITH_NEGOTIATION, Negotiation.YES),
        (Procedure.COMPETITIVE_DIALOGUE, Negotiation.LIMITED),
        (Procedure.INNOVATION_PARTNERSHIP, Negotiation.YES),
        (Procedure.NEGOTIATED_WITHOUT_NOTICE, Negotiation.YES),
        (Procedure.CONCESSION, Negotiation.YES),
        (Procedure.MULTIPLE_PRIVATE, Negotiation.OWN_POLICY),
        (Procedure.SINGLE_PRIVATE, Negotiation.YES),
        (Procedure.OPTION_OR_EXTENSION, Negotiation.LIMITED),
        (Procedure.CONTRACT_CHANGE, Negotiation.LIMITED),
        (Procedure.CALL_OFF_SINGLE, Negotiation.LIMITED),
        (Procedure.CALL_OFF_MULTIPLE, Negotiation.LIMITED),
    ],
)
def test_the_verdict_of_each_entry(procedure: Procedure, negotiation: Negotiation) -> None:
    assert CATALOGUE[procedure].negotiation is negotiation


def test_open_and_restricted_rest_on_their_steps_and_equal_treatment_not_on_2_55_alone() -> None:
    # 2.26/2.27 have no negotiation step; 1.8 equal treatment; 2.55 only lets the buyer ask for
    # a tender to be explained or supplemented.
    assert refs(Procedure.OPEN_EUROPEAN)[:2] == ["2.26", "1.8"]
    assert refs(Procedure.RESTRICTED_EUROPEAN)[:2] == ["2.27", "1.8"]
    for procedure in (Procedure.OPEN_EUROPEAN, Procedure.RESTRICTED_EUROPEAN):
        assert "2.55" in refs(procedure)
        assert "explain or supplement" in CATALOGUE[procedure].may.en


@pytest.mark.parametrize("procedure", EUROPEAN_NO)
def test_after_only_unacceptable_tenders_2_28_allows_the_dialogue_and_2_30_the_negotiation(
    procedure: Procedure,
) -> None:
    # 2.28 lid 1 onder b: "kan ... de procedure van de concurrentiegerichte dialoog toepassen"
    # where "in het kader van een openbare of niet-openbare procedure uitsluitend onregelmatige of
    # onaanvaardbare inschrijvingen zijn ingediend"; 2.30 lid 1: the competitive procedure with
    # negotiation "in de in artikel 2.28, eerste lid, onderdelen a en b, bedoelde gevallen";
    # 2.32 lid 1 onder a: "geen of geen geschikte inschrijvingen" -> without prior publication.
    assert {"2.28 lid 1", "2.30 lid 1", "2.32 lid 1"} <= set(refs(procedure))
    dialogue = about(procedure, "2.28 lid 1")
    assert "concurrentiegerichte dialoog" in dialogue.nl and "onderhandel" not in dialogue.nl
    assert "competitive dialogue" in dialogue.en and "negotiat" not in dialogue.en
    negotiation = about(procedure, "2.30 lid 1")
    assert "mededingingsprocedure met onderhandeling" in negotiation.nl
    assert "competitive procedure with negotiation" in negotiation.en
    assert "zonder aankondiging" in about(procedure, "2.32 lid 1").nl


@pytest.mark.parametrize("procedure", EUROPEAN_NO)
def test_abnormally_low_tenders_oblige_asking_and_the_limit_on_supplementing_is_1_8(
    procedure: Procedure,
) -> None:
    # 2.116 lid 1: if a tender "abnormaal laag lijkt, verzoekt de aanbestedende dienst om een
    # toelichting op de voorgestelde prijs of kosten": the duty is to ask, when it seems low.
    low = about(procedure, "2.116")
    assert "lijkt" in low.nl.lower() and "vraag je om een toelichting" in low.nl
    assert "seems abnormally low" in low.en and "ask for an explanation" in low.en
    # 2.55 only says the buyer "kan ... vragen ... toe te lichten of aan te vullen"; that this may
    # not change the tender's substance is equal treatment (1.8), and the text says where from.
    facts = CATALOGUE[procedure]
    assert "gelijke behandeling, 1.8" in facts.may.nl
    assert "equal treatment requires this, 1.8" in facts.may.en


def test_national_procedures_cite_afdeling_1_2_3_not_part_3() -> None:
    for procedure in (Procedure.OPEN_NATIONAL, Procedure.RESTRICTED_NATIONAL):
        assert {"1.11", "1.12", "1.19 lid 2"} <= set(refs(procedure))
        assert not any(ref.startswith("3.") for ref in refs(procedure))
        assert "deel 3" not in CATALOGUE[procedure].legal_basis.nl


NATIONAL_NO = (Procedure.OPEN_NATIONAL, Procedure.RESTRICTED_NATIONAL)


@pytest.mark.parametrize("procedure", NATIONAL_NO)
def test_national_procedures_say_when_1_2_3_applies_and_cite_1_13(procedure: Procedure) -> None:
    # 1.11: afdeling 1.2.3 applies to buyers "waarop artikel 1.7 niet van toepassing is en die ...
    # uit eigen beweging een aankondiging hebben bekend gemaakt"; it holds 1.11, 1.12 and 1.13
    # (lid 1: "uitsluitend eisen, voorwaarden en criteria ... die in een redelijke verhouding
    # staan tot het voorwerp van de opdracht").
    scope = about(procedure, "1.11")
    assert "1.7" in scope.nl and "eigen beweging" in scope.nl
    assert "1.7" in scope.en and "own accord" in scope.en
    assert "redelijke verhouding" in about(procedure, "1.13").nl


@pytest.mark.parametrize("procedure", NATIONAL_NO)
def test_national_procedures_keep_following_the_european_steps_as_practice(
    procedure: Procedure,
) -> None:
    # Afdeling 1.2.3 sets no steps at all: following 2.26 or 2.27 is practice, not law.
    facts = CATALOGUE[procedure]
    assert facts.uncertain is not None
    assert "je volgt de stappen" not in facts.uncertain.nl
    assert "you follow the" not in facts.uncertain.en
    assert "geen stappen" in facts.uncertain.nl and "sets no steps" in facts.uncertain.en
    steps = "2.26" if procedure is Procedure.OPEN_NATIONAL else "2.27"
    assert any("stappen" in t.nl and steps in t.nl for t in facts.practice), facts.practice


def test_the_articles_shown_below_the_threshold_and_with_the_value() -> None:
    data = legal_data()
    national = {article.ref: article.about for article in data.national_articles}
    # 1.7 onder b: "met een duidelijk grensoverschrijdend belang die uitsluitend op grond van ...
    # de artikelen 2.1 tot en met 2.8 ... niet onder het toepassingsbereik ... valt"; afdeling
    # 1.2.2 runs from 1.8 to 1.10b.
    assert "Onder b" in national["1.7"].nl and "1.10b" in national["1.7"].nl
    assert "1.10b" in national["1.7"].en
    values = {article.ref: article.about for article in data.value_articles}
    # 2.17 onder d: a fixed term "gelijk aan of korter ... dan 48 maanden": the whole term;
    # onder e: "voor onbepaalde duur ... of ... langer dan 48 maanden": 48 times the monthly amount.
    assert "daarna" not in values["2.17"].nl and "beyond" not in values["2.17"].en
    assert "onbepaald: 48 × het maandbedrag" in values["2.17"].nl
    assert "open-ended: 48 × the monthly amount" in values["2.17"].en
    # 2.7 lid 1: a change applies "met ingang van de dag waarop het ... besluit van de Europese
    # Commissie in werking treedt", not at once.
    assert "in werking treedt" in values["2.7"].nl and "meteen" not in values["2.7"].nl
    assert "enters into force" in values["2.7"].en


def test_negotiation_with_prior_publication_names_where_the_rules_are() -> None:
    found = refs(Procedure.COMPETITIVE_WITH_NEGOTIATION)
    assert {"2.30 lid 1", "2.126 lid 4", "2.126a lid 1", "2.126a lid 2", "2.126a lid 3"} <= set(
        found
    )
    facts = CATALOGUE[Procedure.COMPETITIVE_WITH_NEGOTIATION]
    assert "award on the initial tenders without negotiating" in facts.may.en
    assert "final tender" in facts.may_not.en and "minimum requirements" in facts.may_not.en


def test_changes_during_negotiation_are_told_without_the_word_writing_and_closing_is_cited() -> (
    None
):
    # 2.126a lid 5: "stelt alle inschrijvers wier inschrijving niet na afronding van een fase ...
    # is afgewezen, in kennis van andere wijzigingen" - no "schriftelijk" here (2.126c lid 5, the
    # innovation partnership, has it); lid 7: "stelt hij de resterende inschrijvers daarvan in
    # kennis en stelt hij een gemeenschappelijke termijn vast".
    procedure = Procedure.COMPETITIVE_WITH_NEGOTIATION
    changes = about(procedure, "2.126a lid 5")
    assert "schriftelijk" not in changes.nl.lower() and "writing" not in changes.en
    assert "overgebleven inschrijvers" in changes.nl and "remaining tenderers" in changes.en
    closing = about(procedure, "2.126a lid 7")
    assert "één termijn" in closing.nl and "one time limit" in closing.en


def test_the_dialogue_cites_its_steps_its_lid_and_the_condition_on_final_tenders() -> None:
    # 2.29 holds the steps (f: the dialogue); 2.110 lid 5: "kan ... alle aspecten van de
    # overheidsopdracht bespreken"; 2.111 lid 9: the tenderer does not change the basic elements
    # "indien daardoor de mededinging vervalst zou worden of discriminatie zou ontstaan".
    procedure = Procedure.COMPETITIVE_DIALOGUE
    assert refs(procedure)[:3] == ["2.28 lid 1", "2.29", "2.110 lid 5"]
    assert "alle aspecten" in about(procedure, "2.110 lid 5").nl
    final = about(procedure, "2.111")
    assert "basiselementen" in final.nl and "mededinging vervalst" in final.nl
    assert "basic elements" in final.en and "distort competition" in final.en
    assert "basiselementen" in CATALOGUE[procedure].may_not.nl


def test_the_innovation_partnership_cites_its_phases_in_2_126d_not_2_126b() -> None:
    # 2.126d lid 2: "structureert het innovatiepartnerschap in opeenvolgende fasen"; 2.126b is
    # the award (lid 1), the need (lid 2) and the minimum requirements (lid 3).
    procedure = Procedure.INNOVATION_PARTNERSHIP
    assert "2.126d lid 2" in refs(procedure)
    assert "fase" in about(procedure, "2.126d lid 2").nl
    assert "fase" not in about(procedure, "2.126b").nl
    assert "minimumeisen" in about(procedure, "2.126b").nl


def test_the_dialogue_allows_confirming_commitments_with_the_best_tenderer() -> None:
    assert "2.112 lid 2" in refs(Procedure.COMPETITIVE_DIALOGUE)
    assert "confirm financial commitments" in CATALOGUE[Procedure.COMPETITIVE_DIALOGUE].may.en


def test_the_innovation_partnership_is_certain_under_2_126c() -> None:
    facts = CATALOGUE[Procedure.INNOVATION_PARTNERSHIP]
    assert "2.126c" in refs(Procedure.INNOVATION_PARTNERSHIP)
    assert facts.uncertain is None


def test_private_procedures_cite_their_articles_and_say_practice_is_practice() -> None:
    assert {"1.4 lid 1", "1.15 lid 1", "1.15 lid 2", "1.16"} <= set(
        refs(Procedure.MULTIPLE_PRIVATE)
    )
    assert {"1.4 lid 1", "1.4 lid 3", "1.7"} <= set(refs(Procedure.SINGLE_PRIVATE))
    single = CATALOGUE[Procedure.SINGLE_PRIVATE]
    assert any("sober, doelmatig en rechtmatig" in t.nl.lower() for t in single.practice)
    assert "sober" not in single.may_not.nl.lower()  # not said as if it were law
    multiple = CATALOGUE[Procedure.MULTIPLE_PRIVATE]
    assert any("één genodigde apart" in t.nl for t in multiple.practice)
    assert "één genodigde apart" not in multiple.may_not.nl


def test_without_notice_the_report_names_only_2_32_and_the_grounds_say_what_they_cover() -> None:
    # 2.132 lid 1 onder k: the report holds "de omstandigheden, bedoeld in artikel 2.32"; for the
    # grounds of 2.33, 2.34 and 2.36 the Act does not say so: that is practice. 2.33 onder d:
    # "leveringen of diensten"; 2.34: "een overheidsopdracht voor diensten", "alle winnaars".
    procedure = Procedure.NEGOTIATED_WITHOUT_NOTICE
    report = about(procedure, "2.132 lid 1")
    assert "Onder k" in report.nl and "2.32" in report.nl and "2.32" in report.en
    facts = CATALOGUE[procedure]
    assert "welke grond geldt" not in facts.may_not.nl
    assert "2.32" in facts.may_not.nl
    assert any("2.33" in t.nl and "proces-verbaal" in t.nl for t in facts.practice)
    assert "diensten" in about(procedure, "2.33").nl
    assert "dienstenopdracht" in about(procedure, "2.34").nl
    assert "alle winnaars" in about(procedure, "2.34").nl


def test_multiple_private_rests_on_1_14_and_says_only_equal_treatment_is_law() -> None:
    # 1.14: afdeling 1.2.4 applies where "de artikelen 1.7 en 1.11 niet van toepassing zijn" and
    # the buyer invites "twee of meer ondernemers"; 1.15 lid 1: "behandelt de inschrijvers op
    # gelijke wijze". Afdeling 1.2.4 has no transparency duty: announcing negotiation in the
    # invitation is policy. 1.16 lid 3 names "een richtsnoer", not the Gids Proportionaliteit.
    procedure = Procedure.MULTIPLE_PRIVATE
    assert {"1.14", "1.7"} <= set(refs(procedure))
    assert "twee of meer" in about(procedure, "1.14").nl
    assert "1.10b" in about(procedure, "1.7").nl
    facts = CATALOGUE[procedure]
    assert "uitnodiging" not in facts.may.nl and "invitation" not in facts.may.en
    assert "gelijk" in facts.may.nl and "1.15 lid 1" in facts.may.nl
    assert any("uitnodiging" in t.nl for t in facts.practice)
    assert "Gids" not in about(procedure, "1.16").nl
    assert "Guide" not in about(procedure, "1.16").en
    assert "richtsnoer" in about(procedure, "1.16").nl
    assert any("Gids Proportionaliteit" in t.nl for t in facts.practice)


def test_single_private_cites_1_14_and_the_exception_of_1_9_lid_3() -> None:
    # 1.14 needs "twee of meer ondernemers": with one invitee 1.15 and 1.16 do not apply. 1.9 lid
    # 3 onder b: no publicity duty where part 2, applied by analogy, requires no notice. The limit
    # of the own policy is policy: it is said under practice, not in what may not.
    procedure = Procedure.SINGLE_PRIVATE
    assert "1.14" in refs(procedure)
    assert "twee of meer" in about(procedure, "1.14").nl
    assert "Onder b" in about(procedure, "1.7").nl and "1.10b" in about(procedure, "1.7").nl
    assert "lid 3" in about(procedure, "1.9 lid 2").nl
    assert "paragraph 3" in about(procedure, "1.9 lid 2").en
    facts = CATALOGUE[procedure]
    assert "inkoopbeleid" not in facts.may_not.nl and "policy" not in facts.may_not.en
    assert any("inkoopbeleid" in t.nl for t in facts.practice)


def test_running_contract_situations_cite_chapter_2_5_and_the_framework_articles() -> None:
    running = {p for p in Procedure if CATALOGUE[p].route is Route.RUNNING}
    assert running == {
        Procedure.OPTION_OR_EXTENSION,
        Procedure.CONTRACT_CHANGE,
        Procedure.CALL_OFF_SINGLE,
        Procedure.CALL_OFF_MULTIPLE,
    }
    assert refs(Procedure.OPTION_OR_EXTENSION)[0] == "2.163c"  # review clauses and options
    assert refs(Procedure.CONTRACT_CHANGE) == [
        "2.163a",
        "2.163b",
        "2.163c",
        "2.163d",
        "2.163e",
        "2.163f",
        "2.163g",
    ]
    assert "2.142" in refs(Procedure.CALL_OFF_SINGLE)  # one party: consult in writing
    assert "2.143" in refs(Procedure.CALL_OFF_MULTIPLE)  # several: direct or mini-competition
    for procedure in (Procedure.CALL_OFF_SINGLE, Procedure.CALL_OFF_MULTIPLE):
        assert "2.141" not in refs(procedure)  # repealed
        assert "2.140 lid 3" in refs(procedure)  # four years


def test_a_new_procurement_is_needed_only_for_a_substantial_change_outside_2_163b_to_f() -> None:
    # 2.163a: without a new procedure "uitsluitend ... in de in dit hoofdstuk bedoelde gevallen";
    # 2.163b-2.163f allow changes on their own terms (2.163c "ongeacht de geldelijke waarde"),
    # 2.163g the non-substantial ones; lid 3 a: "de toelating van andere dan de oorspronkelijk
    # geselecteerde gegadigden ... of bijkomende deelnemers"; b: "op een wijze die niet is
    # voorzien in de oorspronkelijke overheidsopdracht"; d: "in een ander dan in artikel 2.163f
    # bedoeld geval".
    facts = CATALOGUE[Procedure.CONTRACT_CHANGE]
    assert facts.may_not.nl.startswith("Een wezenlijke wijziging die in geen van de gevallen")
    assert facts.may_not.en.startswith("A substantial change that fits none of the cases above")
    assert "gegadigden" in facts.may_not.nl and "niet voorzag" in facts.may_not.nl
    assert "2.163f" in facts.may_not.nl and "nieuwe aanbesteding" in facts.may_not.nl


def test_the_change_articles_name_every_condition_of_the_statute() -> None:
    change = Procedure.CONTRACT_CHANGE
    # 2.163b lid 1 onder b: "de wijziging de algemene aard ... niet wijzigt"; lid 3: "netto
    # cumulatieve waarde".
    assert "algemene aard" in about(change, "2.163b").nl and "netto" in about(change, "2.163b").nl
    # 2.163d lid 1 onder c: a change of contractor "1°. niet mogelijk is om economische of
    # technische redenen, en 2°. tot aanzienlijk ongemak of aanzienlijke kostenstijgingen zou
    # leiden"; the `may` names both.
    assert "ongemak" in about(change, "2.163d").nl and "technische" in about(change, "2.163d").nl
    facts = CATALOGUE[change]
    assert "niet kan en veel ongemak of kosten" in facts.may.nl
    assert "major inconvenience or cost" in facts.may.en
    # 2.163e lid 1: "omstandigheden die een zorgvuldige aanbestedende dienst niet kon voorzien"
    # (unforeseeable, not merely unforeseen) and onder b the overall nature unchanged.
    assert "niet kon voorzien" in about(change, "2.163e").nl
    assert "algemene aard" in about(change, "2.163e").nl
    assert "onvoorzien" not in facts.may.nl and "niet kon voorzien" in facts.may.nl
    # 2.163f onder b: a successor "die voldoet aan de oorspronkelijk vastgestelde
    # geschiktheidseisen, mits dit geen andere wezenlijke wijzigingen ... meebrengt".
    assert "geschiktheidseisen" in about(change, "2.163f").nl
    assert "andere wezenlijke wijzigingen" in about(change, "2.163f").nl
    # 2.163c lid 1 "duidelijke, nauwkeurige en ondubbelzinnige"; lid 2 onder c: no change that
    # could alter "de algemene aard van de opdracht".
    for procedure in (Procedure.OPTION_OR_EXTENSION, change):
        option = about(procedure, "2.163c")
        assert "ondubbelzinnige" in option.nl and "algemene aard" in option.nl


FRAMEWORKS = (Procedure.CALL_OFF_SINGLE, Procedure.CALL_OFF_MULTIPLE)


@pytest.mark.parametrize("procedure", FRAMEWORKS)
def test_call_offs_cite_2_140_by_lid_and_its_exceptional_cases(procedure: Procedure) -> None:
    # 2.140 lid 1: only between a buyer "uitdrukkelijk ... aangewezen in de aankondiging" and the
    # original parties; lid 2: "geen wezenlijke wijzigingen"; lid 3: four years "behalve in
    # uitzonderingsgevallen die deugdelijk gemotiveerd zijn".
    assert {"2.140 lid 1", "2.140 lid 2", "2.140 lid 3"} <= set(refs(procedure))
    assert "2.140" not in refs(procedure)
    assert "aankondiging" in about(procedure, "2.140 lid 1").nl
    assert "uitzonderingsgevallen" in about(procedure, "2.140 lid 3").nl
    assert "exceptional cases" in about(procedure, "2.140 lid 3").en
    assert "goede reden" not in CATALOGUE[procedure].may_not.nl


def test_call_offs_from_several_parties_name_the_mixed_way_of_2_143_lid_1_b() -> None:
    # 2.143 lid 1 onder a: directly, with "de objectieve voorwaarden ter bepaling van de
    # ondernemers"; onder b: "deels zonder ... en deels met een nieuwe aankondiging", if "in de
    # aanbestedingsstukken ... vermeld"; lid 3: "schriftelijk", "een voldoende lange termijn".
    facts = CATALOGUE[Procedure.CALL_OFF_MULTIPLE]
    assert "objectieve" in facts.may.nl and "deels" in facts.may.nl
    assert "schriftelijk" in facts.may.nl and "voldoende lange termijn" in facts.may.nl
    assert "partly" in facts.may.en and "in writing" in facts.may.en
    assert "onder b" in about(Procedure.CALL_OFF_MULTIPLE, "2.143").nl


@pytest.mark.parametrize("procedure", list(Procedure))
def test_the_english_of_an_entry_has_no_dutch_in_it(procedure: Procedure) -> None:
    facts = CATALOGUE[procedure]
    texts = [facts.name, facts.may, facts.may_not, *facts.practice]
    texts += [article.about for article in facts.articles]
    texts += [facts.uncertain] if facts.uncertain is not None else []
    assert [text.en for text in texts if dutch_words(text.en)] == []


def test_bilingual_text_falls_back_to_dutch() -> None:
    text = Bilingual("Concessie", "Concession")
    assert text.text("en") == "Concession"
    assert text.text("nl") == "Concessie"
    assert text.text("de") == "Concessie"


@pytest.mark.parametrize("procedure", [*Procedure, None])
@pytest.mark.parametrize("context", list(Context))
def test_positioning_only_in_public_with_a_procedure_that_says_no(
    context: Context, procedure: Procedure | None
) -> None:
    says_no = procedure is not None and CATALOGUE[procedure].negotiation is Negotiation.NO
    assert positioning(context, procedure) is (context is Context.PUBLIC and says_no)


def test_positioning_examples() -> None:
    assert positioning(Context.PUBLIC, Procedure.OPEN_EUROPEAN)
    assert not positioning(Context.COMMERCIAL, Procedure.OPEN_EUROPEAN)
    assert not positioning(Context.PUBLIC, Procedure.SINGLE_PRIVATE)
    assert not positioning(Context.PUBLIC, Procedure.MULTIPLE_PRIVATE)  # own policy: not a "no"
    assert not positioning(Context.PUBLIC, None)
