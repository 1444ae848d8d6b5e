"""The legal gate: every procedure has its facts, and the facts are the ones in domain.md."""

import datetime as dt

import pytest

from nlinkoop.domain.procedure_catalogue import (
    CATALOGUE,
    CHECKED,
    THRESHOLDS,
    Bilingual,
    Negotiation,
    current_thresholds,
    facts_for,
    positioning,
)
from nlinkoop.domain.procedures import Context, Procedure
from tests.dutch_words import dutch_words


def both_filled(text: Bilingual) -> bool:
    return bool(text.nl.strip()) and bool(text.en.strip()) and text.nl != text.en


@pytest.mark.parametrize("procedure", list(Procedure))
def test_every_procedure_has_a_complete_entry(procedure: Procedure) -> None:
    facts = CATALOGUE[procedure]
    assert facts.procedure is procedure
    for text in (facts.name, facts.may, facts.may_not, facts.legal_basis, facts.source):
        assert both_filled(text), text
    if facts.uncertain is not None:
        assert both_filled(facts.uncertain)
    assert "Aanbestedingswet" in facts.legal_basis.nl
    assert "Procurement Act" in facts.legal_basis.en
    assert isinstance(facts.checked, dt.date)
    assert facts.checked <= CHECKED
    assert facts_for(procedure) is facts


def test_the_catalogue_holds_exactly_the_procedures() -> None:
    assert set(CATALOGUE) == set(Procedure)
    assert facts_for(None) is None


@pytest.mark.parametrize(
    ("procedure", "negotiation"),
    [
        (Procedure.OPEN_EUROPEAN, Negotiation.NO),
        (Procedure.OPEN_NATIONAL, Negotiation.NO),
        (Procedure.RESTRICTED_EUROPEAN, Negotiation.NO),
        (Procedure.RESTRICTED_NATIONAL, Negotiation.NO),
        (Procedure.COMPETITIVE_WITH_NEGOTIATION, Negotiation.YES),
        (Procedure.INNOVATION_PARTNERSHIP, Negotiation.YES),
        (Procedure.NEGOTIATED_WITHOUT_NOTICE, Negotiation.YES),
        (Procedure.CONCESSION, Negotiation.YES),
        (Procedure.MULTIPLE_PRIVATE, Negotiation.OWN_POLICY),
        (Procedure.SINGLE_PRIVATE, Negotiation.YES),
    ],
)
def test_the_facts_of_domain_md(procedure: Procedure, negotiation: Negotiation) -> None:
    assert CATALOGUE[procedure].negotiation is negotiation


def test_the_competitive_dialogue_is_a_dialogue_not_free_negotiation() -> None:
    facts = CATALOGUE[Procedure.COMPETITIVE_DIALOGUE]
    assert facts.negotiation in (Negotiation.YES, Negotiation.LIMITED)
    assert "dialo" in facts.may.en.lower() and "dialo" in facts.may.nl.lower()


def test_open_and_restricted_allow_only_clarification_under_article_2_55() -> None:
    for procedure in (Procedure.OPEN_EUROPEAN, Procedure.RESTRICTED_EUROPEAN):
        facts = CATALOGUE[procedure]
        assert "2.55" in facts.legal_basis.nl and "2.55" in facts.legal_basis.en
        assert "clarification" in facts.may.en.lower()
        assert "verduidelijken" in facts.may.nl.lower()


def test_negotiation_with_prior_publication_excludes_the_final_tender_and_the_criteria() -> None:
    facts = CATALOGUE[Procedure.COMPETITIVE_WITH_NEGOTIATION]
    assert "2.28" in facts.legal_basis.nl and "2.30" in facts.legal_basis.nl
    assert "2.28" in facts.legal_basis.en and "2.30" in facts.legal_basis.en
    assert "final tender" in facts.may_not.en
    assert "award criteria" in facts.may_not.en
    assert "minimum requirements" in facts.may_not.en


def test_multiple_private_points_to_the_own_policy_with_an_uncertainty_note() -> None:
    facts = CATALOGUE[Procedure.MULTIPLE_PRIVATE]
    assert facts.uncertain is not None
    assert "policy" in facts.uncertain.en and "inkoopbeleid" in facts.uncertain.nl
    assert "announce" in facts.may.en  # only when announced in the request, equal for all


@pytest.mark.parametrize("procedure", list(Procedure))
def test_the_english_of_an_entry_has_no_dutch_in_it(procedure: Procedure) -> None:
    facts = CATALOGUE[procedure]
    texts = [facts.name, facts.may, facts.may_not, facts.legal_basis, facts.source]
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


def test_thresholds_carry_a_validity_period() -> None:
    assert THRESHOLDS
    for threshold in THRESHOLDS:
        assert threshold.valid_from < threshold.valid_until
        assert threshold.amount > 0
        assert both_filled(threshold.what)


def test_current_thresholds_inside_and_after_the_validity_period() -> None:
    first = min(t.valid_from for t in THRESHOLDS)
    last = max(t.valid_until for t in THRESHOLDS)
    common_start = max(t.valid_from for t in THRESHOLDS)
    common_end = min(t.valid_until for t in THRESHOLDS)
    for day in (common_start, common_end, common_start + (common_end - common_start) / 2):
        assert current_thresholds(day) == THRESHOLDS
    assert current_thresholds(last + dt.timedelta(days=1)) == ()
    assert current_thresholds(first - dt.timedelta(days=1)) == ()
    assert current_thresholds(dt.date(2030, 1, 1)) == ()
