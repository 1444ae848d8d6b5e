"""The briefing in the public context: the room the procedure leaves, positioning, the wish."""

from decimal import Decimal

import pytest

from nlinkoop.briefing.compose import compose
from nlinkoop.briefing.labels import BriefingLabels
from nlinkoop.domain.award import Award, AwardCriterion, PriceFormula, SampleTender
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.procedure_catalogue import CATALOGUE, Negotiation
from nlinkoop.domain.procedures import Authority, Context, ContractKind, Procedure
from nlinkoop.domain.wishes import Wish
from tests.briefing.conftest import info
from tests.briefing.test_compose import section, texts
from tests.dutch_words import dutch_words


def header_text(prep: Preparation, labels: BriefingLabels) -> list[str]:
    return ["".join(r.text for r in line) for line in compose(prep, labels, info()).header]


def test_an_open_procedure_positions_instead_of_negotiating(english: BriefingLabels) -> None:
    prep = Preparation(context=Context.PUBLIC, procedure=Procedure.OPEN_EUROPEAN)

    briefing = compose(prep, english, info())
    header = header_text(prep, english)

    # the header cites the first three articles of the entry; the gate shows them all
    assert (
        "no negotiation, only clarification (Procurement Act 2012, art. 2.26, 1.8, 1.9, …)"
        in (header[-2])
    )
    assert header[-1] == "This procedure leaves nothing to negotiate: we position."
    assert briefing.sections[0].key == "positioning"
    assert texts(briefing.sections[0]) == list(english.positioning_reminders)


def test_a_procedure_with_room_shows_it_and_does_not_position(dutch: BriefingLabels) -> None:
    prep = Preparation(context=Context.PUBLIC, procedure=Procedure.SINGLE_PRIVATE)

    briefing = compose(prep, dutch, info())
    header = header_text(prep, dutch)

    assert f"{dutch.negotiation[Negotiation.YES]} (Aanbestedingswet 2012" in header[-1]
    assert all(s.key != "positioning" for s in briefing.sections)


@pytest.mark.parametrize("procedure", list(Procedure))
def test_the_english_header_cites_the_law_in_english(
    english: BriefingLabels, dutch: BriefingLabels, procedure: Procedure
) -> None:
    prep = Preparation(context=Context.PUBLIC, procedure=procedure)
    assert english.language == "en" and dutch.language == "nl"
    assert dutch_words(" ".join(header_text(prep, english))) == []
    first = CATALOGUE[procedure].articles[0].ref.split()[0]
    assert f"(Aanbestedingswet 2012, art. {first}" in " ".join(header_text(prep, dutch))


def test_commercial_and_undecided_public_show_no_room_line(english: BriefingLabels) -> None:
    for prep in (
        Preparation(context=Context.COMMERCIAL, procedure=Procedure.OPEN_EUROPEAN),
        Preparation(context=Context.PUBLIC, procedure=None),
    ):
        header = header_text(prep, english)
        assert not any("negotiat" in line for line in header)
        assert all(s.key != "positioning" for s in compose(prep, english, info()).sections)


def award_where_the_wish_decides(wish: Wish) -> Award:
    """Linear price points 40 between 100.000 and 140.000; the wish is worth 10 points.

    A: 100.000 -> 40 price points, 0% on the wish -> 40.
    B: 104.000 -> 40 x (140.000 - 104.000) / 40.000 = 36, 100% on the wish -> 46.
    Without the wish A (40) beats B (36): the wish costs 104.000 - 100.000 = 4.000.
    """
    criterion = AwardCriterion("Wens", Decimal(10), Decimal(10000), wish_id=wish.id)
    a = SampleTender("A", Decimal(100000))
    b = SampleTender("B", Decimal(104000))
    award = Award(
        price_points=Decimal(40),
        formula=PriceFormula.LINEAR,
        reference_price=Decimal(140000),
        criteria=[criterion],
        tenders=[a, b],
    )
    award.set_score(b.id, criterion.id, Decimal(100))
    return award


def test_the_wish_says_whether_it_decides_the_award(english: BriefingLabels) -> None:
    wish = Wish("Groene stroom", enough="Groen", aspiration="Eigen zonnepanelen")
    prep = Preparation(context=Context.PUBLIC, wishes=[wish])
    prep.award = award_where_the_wish_decides(wish)

    shown = texts(section(compose(prep, english, info()), "wish"))

    assert "Enough (the achievable 6): Groen" in shown
    assert "Aspiration (the 7.5): Eigen zonnepanelen" in shown
    assert "This wish decides the award: B wins; without it A, € 4.000,00 cheaper." in shown

    prep.award.set_score(prep.award.tenders[1].id, prep.award.criteria[0].id, Decimal(0))
    shown = texts(section(compose(prep, english, info()), "wish"))
    assert "With or without this wish, A wins." in shown


def test_a_value_that_rules_the_procedure_out_comes_first_and_room_is_not_offered(
    dutch: BriefingLabels,
) -> None:
    """Single private for € 1.250.000 of a municipality's services: the header says, in bold,
    that the procedure is not allowed, and does not speak of room to negotiate."""
    prep = Preparation(
        context=Context.PUBLIC,
        procedure=Procedure.SINGLE_PRIVATE,
        contract_value=Decimal("1250000"),
        contract_kind=ContractKind.SUPPLIES_SERVICES,
        authority=Authority.OTHER,
    )

    header = compose(prep, dutch, info()).header

    last = header[-1]
    assert [run.bold for run in last] == [True]
    assert last[0].text == (
        "✗ De waarde € 1.250.000 ligt op of boven de Europese drempel voor leveringen en "
        "diensten, andere aanbestedende diensten (€ 216.000, tot 31-12-2027): deze procedure "
        "mag dan niet. Europees aanbesteden is verplicht (deel 2 van de wet)."
    )
    setting = "".join(run.text for run in header[-2])
    assert setting.endswith("Enkelvoudig onderhandse procedure")  # no "ruimte om te ..."

    prep.contract_value = Decimal("180000")  # below € 216.000: the room is back, no block
    header = compose(prep, dutch, info()).header
    assert "ruimte om te onderhandelen (Aanbestedingswet 2012, art. 1.4" in "".join(
        run.text for run in header[-1]
    )
