"""The award arithmetic (gunning): price formulas, both methods, ranking, point value, sensitivity.

The worked examples are the ones in docs/award-methods.md; keep the two in step. Rounding,
ties, tenders left out and other edge cases: test_award_edge_cases.py.
"""

from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from nlinkoop.domain.award import (
    Award,
    AwardCriterion,
    AwardMethod,
    PointValue,
    PriceFormula,
    Result,
    SampleTender,
    evaluate,
    point_value,
    price_points,
    sensitivity,
)

D = Decimal
POINTS, VALUE = AwardMethod.POINTS, AwardMethod.VALUE
RELATIVE, LINEAR = PriceFormula.RELATIVE, PriceFormula.LINEAR
PROPERTY = settings(max_examples=100, deadline=None)


def make_award(
    method: AwardMethod,
    criteria: list[AwardCriterion],
    tenders: dict[str, tuple[Decimal | None, list[Decimal | None]]],
    **model: Any,
) -> Award:
    """An award with tenders named by the keys; each value: (price, percent per criterion)."""
    award = Award(method=method, criteria=criteria, **model)
    for name, (price, percents) in tenders.items():
        tender = SampleTender(name, price)
        award.tenders.append(tender)
        for criterion, percent in zip(criteria, percents, strict=True):
            award.set_score(tender.id, criterion.id, percent)
    return award


def ranking(results: list[Result]) -> list[tuple[int, str]]:
    return [(r.rank, r.name) for r in results]


def by_name(results: list[Result]) -> dict[str, Result]:
    return {r.name: r for r in results}


# --- The price formulas ---------------------------------------------------------------------


def test_relative_formula() -> None:
    # 40 price points x lowest 80 000 / price 100 000 = 32
    assert price_points(RELATIVE, D(40), D(100_000), D(80_000)) == D(40) * 80_000 / 100_000 == 32
    # the lowest price earns the maximum; twice the lowest earns half
    assert price_points(RELATIVE, D(40), D(80_000), D(80_000)) == 40
    assert price_points(RELATIVE, D(40), D(160_000), D(80_000)) == 20


def test_linear_formula_with_a_reference_price() -> None:
    # 40 at the lowest (80 000), 0 at the reference (120 000), a straight line between:
    # 40 x (120 000 - 100 000) / (120 000 - 80 000) = 40 x 20 000 / 40 000 = 20
    points = price_points(LINEAR, D(40), D(100_000), D(80_000), D(120_000))
    assert points == D(40) * (120_000 - 100_000) / 40_000 == 20
    assert price_points(LINEAR, D(40), D(80_000), D(80_000), D(120_000)) == 40
    assert price_points(LINEAR, D(40), D(110_000), D(80_000), D(120_000)) == 10
    assert price_points(LINEAR, D(40), D(120_000), D(80_000), D(120_000)) == 0
    # above the reference the line would go negative: clipped to 0
    assert price_points(LINEAR, D(40), D(150_000), D(80_000), D(120_000)) == 0


def test_linear_formula_without_a_reference_uses_twice_the_lowest() -> None:
    # reference = 2 x 80 000 = 160 000: 40 x (160 000 - 100 000) / 80 000 = 30
    points = price_points(LINEAR, D(40), D(100_000), D(80_000))
    assert points == D(40) * (160_000 - 100_000) / 80_000 == 30
    assert price_points(LINEAR, D(40), D(160_000), D(80_000)) == 0
    assert price_points(LINEAR, D(40), D(170_000), D(80_000)) == 0


# --- Gunnen op Waarde -----------------------------------------------------------------------


def test_gunnen_op_waarde_the_domain_example() -> None:
    # A criterion worth EUR 2 500: scored fully gives 2 500 off, at 60% 1 500 off, unscored
    # nothing. An 80 000 tender that scores 60% competes at 80 000 - 1 500 = 78 500.
    service = AwardCriterion("Service", euro_value=D(2_500))
    award = make_award(
        VALUE,
        [service],
        {"Full": (D(80_000), [D(100)]), "Sixty": (D(80_000), [D(60)]), "None": (D(80_000), [D(0)])},
    )
    results = by_name(evaluate(award))
    assert results["Full"].quality_euros == D(2_500)
    assert results["Sixty"].quality_euros == D(2_500) * 60 / 100 == 1_500
    assert results["None"].quality_euros == 0
    assert results["Sixty"].fictive_price == D(80_000) - 1_500 == 78_500
    assert ranking(evaluate(award)) == [(1, "Full"), (2, "Sixty"), (3, "None")]


# --- Three tenders per method, with the full ranking ----------------------------------------

PLAN, WISH = "Kwaliteitsplan", "Elektrische bussen"


def test_points_relative_three_tenders() -> None:
    # 40 price points (relative), quality plan 40 points, wish 20 points.
    #        price    price points              plan        wish        total
    # A     80 000    40 x 80/80  = 40       50% = 20      0% =  0     60
    # B    100 000    40 x 80/100 = 32       75% = 30    100% = 20     82
    # C    160 000    40 x 80/160 = 20      100% = 40    100% = 20     80
    plan, wish = AwardCriterion(PLAN, points=D(40)), AwardCriterion(WISH, points=D(20))
    award = make_award(
        POINTS,
        [plan, wish],
        {
            "A": (D(80_000), [D(50), D(0)]),
            "B": (D(100_000), [D(75), D(100)]),
            "C": (D(160_000), [D(100), D(100)]),
        },
        price_points=D(40),
        formula=RELATIVE,
    )
    results = evaluate(award)
    assert ranking(results) == [(1, "B"), (2, "C"), (3, "A")]
    b = by_name(results)["B"]
    assert (b.price_points, b.quality_points, b.total) == (32, D(30) + 20, 82)
    assert [r.total for r in results] == [82, 80, 60]
    assert all(r.quality_euros == 0 for r in results)


def linear_example() -> tuple[Award, AwardCriterion]:
    """The linear example of docs/award-methods.md, and its wish criterion.

    40 price points (linear, reference 120 000), quality plan 40 points, wish 20 points.
    One point is worth (120 000 - 80 000) / 40 = EUR 1 000.
           price    price points                     plan        wish       total
    A     80 000    40                            50% = 20     0% =  0      60
    B    100 000    40 x 20 000 / 40 000 = 20     75% = 30   100% = 20      70
    C    110 000    40 x 10 000 / 40 000 = 10    100% = 40    25% =  5      55
    """
    plan, wish = AwardCriterion(PLAN, points=D(40)), AwardCriterion(WISH, points=D(20))
    award = make_award(
        POINTS,
        [plan, wish],
        {
            "A": (D(80_000), [D(50), D(0)]),
            "B": (D(100_000), [D(75), D(100)]),
            "C": (D(110_000), [D(100), D(25)]),
        },
        price_points=D(40),
        formula=LINEAR,
        reference_price=D(120_000),
    )
    return award, wish


def test_points_linear_three_tenders() -> None:
    award, _ = linear_example()
    results = evaluate(award)
    assert ranking(results) == [(1, "B"), (2, "A"), (3, "C")]
    assert [(r.price_points, r.quality_points, r.total) for r in results] == [
        (20, 50, 70),
        (40, 20, 60),
        (10, D(40) + D(20) * 25 / 100, 55),
    ]


def value_example() -> tuple[Award, AwardCriterion]:
    """The linear example in euros: each point x EUR 1 000 (plan EUR 40 000, wish EUR 20 000).

           price     plan            wish            fictive price
    A     80 000    50% = 20 000     0% =      0     80 000 - 20 000          = 60 000
    B    100 000    75% = 30 000   100% = 20 000    100 000 - 30 000 - 20 000 = 50 000
    C    110 000   100% = 40 000    25% =  5 000    110 000 - 40 000 -  5 000 = 65 000
    """
    plan = AwardCriterion(PLAN, euro_value=D(40_000))
    wish = AwardCriterion(WISH, euro_value=D(20_000))
    award = make_award(
        VALUE,
        [plan, wish],
        {
            "A": (D(80_000), [D(50), D(0)]),
            "B": (D(100_000), [D(75), D(100)]),
            "C": (D(110_000), [D(100), D(25)]),
        },
    )
    return award, wish


def test_gunnen_op_waarde_three_tenders() -> None:
    award, _ = value_example()
    results = evaluate(award)
    assert ranking(results) == [(1, "B"), (2, "A"), (3, "C")]
    assert [(r.quality_euros, r.fictive_price) for r in results] == [
        (D(30_000) + 20_000, D(100_000) - 30_000 - 20_000),
        (20_000, 60_000),
        (D(40_000) + 5_000, 65_000),
    ]
    assert all(r.price_points == r.quality_points == r.total == 0 for r in results)


def test_the_points_and_the_euros_example_agree() -> None:
    """Fictive price = reference - total x euros per point: 120 000 - 70 x 1 000 = 50 000."""
    points, value = evaluate(linear_example()[0]), evaluate(value_example()[0])
    assert ranking(points) == ranking(value)
    for p, v in zip(points, value, strict=True):
        assert v.fictive_price == D(120_000) - p.total * 1_000


# --- Edge cases -----------------------------------------------------------------------------


@pytest.mark.parametrize("method", list(AwardMethod))
def test_no_tenders_no_results(method: AwardMethod) -> None:
    assert evaluate(Award(method=method, price_points=D(40))) == []
    only_unpriced = make_award(method, [], {"A": (None, [])}, price_points=D(40))
    assert evaluate(only_unpriced) == []


def test_missing_scores_count_as_zero() -> None:
    plan, wish = AwardCriterion(PLAN, points=D(40)), AwardCriterion(WISH, points=D(20))
    award = make_award(
        POINTS,
        [plan, wish],
        {"A": (D(80_000), [None, D(50)]), "B": (D(80_000), [D(0), D(50)])},
        price_points=D(40),
    )
    a, b = award.tenders
    award.scores = [
        s for s in award.scores if not (s.tender_id == b.id and s.criterion_id == wish.id)
    ]
    assert award.score(a.id, plan.id) == 0  # entered but empty
    assert award.score(b.id, wish.id) == 0  # never entered
    assert award.score("no such tender", plan.id) == 0
    results = by_name(evaluate(award))
    assert results["A"].quality_points == 10  # only the wish: 50% of 20
    assert results["B"].quality_points == 0


def test_no_price_points_means_price_earns_nothing() -> None:
    plan = AwardCriterion(PLAN, points=D(40))
    award = make_award(POINTS, [plan], {"A": (D(80_000), [D(50)])})
    (a,) = evaluate(award)
    assert (a.price_points, a.quality_points, a.total) == (0, 20, 20)


def test_set_score_replaces_and_clears() -> None:
    plan = AwardCriterion(PLAN, points=D(40))
    award = make_award(POINTS, [plan], {"A": (D(80_000), [D(50)])})
    tender = award.tenders[0]
    award.set_score(tender.id, plan.id, D(75))
    assert award.score(tender.id, plan.id) == 75
    award.set_score(tender.id, plan.id, None)
    assert award.score(tender.id, plan.id) == 0
    assert len(award.scores) == 1


# --- What one point is worth ----------------------------------------------------------------


def test_point_value_linear_is_the_same_everywhere() -> None:
    # (reference - lowest) / price points = (120 000 - 80 000) / 40 = 1 000
    award = Award(price_points=D(40), formula=LINEAR, reference_price=D(120_000))
    each = (D(120_000) - 80_000) / 40
    assert (
        point_value(award, D(80_000), D(110_000))
        == PointValue(each, each)
        == PointValue(D(1_000), D(1_000))
    )
    # without a reference (or one not above the lowest): twice the lowest, 80 000 / 40 = 2 000
    for reference in (None, D(80_000), D(50_000)):
        award.reference_price = reference
        assert point_value(award, D(80_000), D(110_000)) == PointValue(D(2_000), D(2_000))


def test_point_value_relative_grows_with_the_price() -> None:
    # lowest / price points = 80 000 / 40 = 2 000 at the lowest price;
    # highest^2 / (price points x lowest) = 160 000^2 / (40 x 80 000) = 8 000 at the highest
    award = Award(price_points=D(40), formula=RELATIVE)
    worth = point_value(award, D(80_000), D(160_000))
    assert worth == PointValue(D(80_000) / 40, D(160_000) ** 2 / (40 * D(80_000)))
    assert worth == PointValue(D(2_000), D(8_000))


@pytest.mark.parametrize(
    ("maximum", "lowest", "highest"),
    [(None, D(1), D(2)), (D(0), D(1), D(2)), (D(40), D(0), D(2)), (D(40), D(3), D(2))],
)
def test_point_value_needs_price_points_and_a_price_range(
    maximum: Decimal | None, lowest: Decimal, highest: Decimal
) -> None:
    assert point_value(Award(price_points=maximum), lowest, highest) is None


# --- Sensitivity: does the wish change the winner, and what does that cost? -----------------


def test_a_wish_that_changes_the_winner_linear() -> None:
    # Without the wish: A 40 + 20 = 60, B 20 + 30 = 50, C 10 + 40 = 50, so A (80 000) wins.
    # With it B (100 000) wins: the wish costs 100 000 - 80 000 = 20 000 more.
    award, wish = linear_example()
    check = sensitivity(award, wish.id)
    assert check.changes_winner
    assert check.winner is not None and check.winner.name == "B"
    assert check.winner_without is not None and check.winner_without.name == "A"
    assert check.extra_cost == D(100_000) - 80_000 == 20_000
    assert check.criterion_id == wish.id


def test_a_wish_that_changes_the_winner_in_euros() -> None:
    # Without the wish: A 60 000, B 70 000, C 70 000 (fictive); A wins. Same 20 000 extra.
    award, wish = value_example()
    check = sensitivity(award, wish.id)
    assert check.changes_winner
    assert check.winner_without is not None and check.winner_without.name == "A"
    assert check.extra_cost == 20_000


def test_a_wish_that_does_not_change_the_winner() -> None:
    # The relative example without the wish: A 40 + 20 = 60, B 32 + 30 = 62, C 20 + 40 = 60;
    # B wins with and without it, so the wish costs nothing extra here.
    plan, wish = AwardCriterion(PLAN, points=D(40)), AwardCriterion(WISH, points=D(20))
    award = make_award(
        POINTS,
        [plan, wish],
        {
            "A": (D(80_000), [D(50), D(0)]),
            "B": (D(100_000), [D(75), D(100)]),
            "C": (D(160_000), [D(100), D(100)]),
        },
        price_points=D(40),
    )
    check = sensitivity(award, wish.id)
    assert not check.changes_winner
    assert check.winner is not None and check.winner.name == "B"
    assert check.winner_without is not None and check.winner_without.name == "B"
    assert check.extra_cost == 0
    without = evaluate(award, leave_out=[wish.id])
    assert [(r.rank, r.name, r.total) for r in without] == [
        (1, "B", 62),
        (2, "A", 60),
        (2, "C", 60),
    ]


# --- Properties -----------------------------------------------------------------------------

prices = st.integers(min_value=1_000, max_value=2_000_000).map(D)
percents = st.one_of(st.none(), st.integers(min_value=0, max_value=100).map(D))
weights = st.one_of(st.none(), st.integers(min_value=0, max_value=60).map(D))


@st.composite
def awards(
    draw: st.DrawFn,
    method: AwardMethod | None = None,
    formula: PriceFormula | None = None,
) -> Award:
    """An award with 1-5 priced tenders and 0-3 criteria, every score drawn."""
    criteria = [
        AwardCriterion(f"K{n}", points=draw(weights), euro_value=draw(st.none() | prices))
        for n in range(draw(st.integers(0, 3)))
    ]
    tenders = [SampleTender(f"T{n}", draw(prices)) for n in range(draw(st.integers(1, 5)))]
    award = Award(
        method=method or draw(st.sampled_from(AwardMethod)),
        price_points=draw(st.one_of(st.none(), st.integers(1, 80).map(D))),
        formula=formula or draw(st.sampled_from(PriceFormula)),
        reference_price=draw(st.one_of(st.none(), prices)),
        criteria=criteria,
        tenders=tenders,
    )
    for tender in tenders:
        for criterion in criteria:
            award.set_score(tender.id, criterion.id, draw(percents))
    return award


# Both formulas under the points method; Gunnen op Waarde uses no formula (any is drawn).
MODELS = pytest.mark.parametrize(
    ("method", "formula"), [(POINTS, RELATIVE), (POINTS, LINEAR), (VALUE, None)]
)


def rank_of(award: Award, tender_id: str) -> int:
    return next(r.rank for r in evaluate(award) if r.tender_id == tender_id)


@MODELS
@PROPERTY
@given(data=st.data())
def test_a_criterion_worth_nothing_changes_no_result(
    method: AwardMethod, formula: PriceFormula | None, data: st.DataObject
) -> None:
    award = data.draw(awards(method, formula))
    before = evaluate(award)
    if award.method is POINTS:
        idle = AwardCriterion("idle", points=data.draw(st.sampled_from([None, D(0)])))
        idle.euro_value = data.draw(st.none() | prices)
    else:
        idle = AwardCriterion("idle", euro_value=data.draw(st.sampled_from([None, D(0)])))
        idle.points = data.draw(weights)
    award.criteria.insert(data.draw(st.integers(0, len(award.criteria))), idle)
    for tender in award.tenders:
        award.set_score(tender.id, idle.id, data.draw(percents))
    assert evaluate(award) == before


@MODELS
@PROPERTY
@given(data=st.data())
def test_a_higher_quality_score_never_worsens_the_rank(
    method: AwardMethod, formula: PriceFormula | None, data: st.DataObject
) -> None:
    award = data.draw(awards(method, formula))
    assume(award.criteria)
    tender = data.draw(st.sampled_from(award.tenders))
    criterion = data.draw(st.sampled_from(award.criteria))
    before = rank_of(award, tender.id)
    old = award.score(tender.id, criterion.id)
    award.set_score(tender.id, criterion.id, data.draw(st.integers(int(old), 100).map(D)))
    assert rank_of(award, tender.id) <= before


@MODELS
@PROPERTY
@given(data=st.data())
def test_a_lower_price_never_worsens_the_rank(
    method: AwardMethod, formula: PriceFormula | None, data: st.DataObject
) -> None:
    award = data.draw(awards(method, formula))
    tender = data.draw(st.sampled_from(award.tenders))
    assert tender.price is not None
    before = rank_of(award, tender.id)
    tender.price = data.draw(st.integers(1, int(tender.price)).map(D))
    assert rank_of(award, tender.id) <= before


# --- The equivalence of the two methods -----------------------------------------------------


def euros_per_point(award: Award) -> Decimal:
    """What one point is worth under a LINEAR award: the same over the whole price range."""
    priced = [t.price for t in award.tenders if t.price is not None]
    worth = point_value(award, min(priced), max(priced))
    assert worth is not None and worth.low == worth.high
    return worth.low


def as_value(award: Award) -> Award:
    """The same award in euros: each criterion worth its points x euros per point."""
    each = euros_per_point(award)
    criteria = [
        replace(c, points=None, euro_value=(c.points or D(0)) * each) for c in award.criteria
    ]
    return replace(award, method=VALUE, criteria=criteria)


@st.composite
def linear_awards(draw: st.DrawFn) -> Award:
    """LINEAR awards whose prices all lie at or below the reference, so nothing is clipped."""
    reference = draw(st.integers(10_000, 2_000_000))
    award = draw(awards(method=POINTS, formula=LINEAR))
    award.reference_price = D(reference)
    award.price_points = award.price_points or D(40)
    for tender in award.tenders:
        tender.price = D(draw(st.integers(1_000, reference)))
    assume(min(t.price for t in award.tenders if t.price is not None) < reference)
    return award


def test_equivalence_of_points_and_euros() -> None:
    """With the LINEAR formula, points and Gunnen op Waarde rank tenders alike.

    With price points M, reference R and lowest price L, a tender at price p (L <= p <= R) with
    scores s_j on criteria worth P_j points has

        total = M (R - p) / (R - L) + sum s_j P_j.

    Multiply by the euros per point e = (R - L) / M (positive) and subtract from R:

        R - e x total = p - sum s_j (P_j e) = the fictive price with euro values E_j = P_j e.

    So the fictive price falls exactly as the total rises: the highest total is the lowest
    fictive price. It stops where the line is clipped (a price above R earns 0, not less) and
    with the RELATIVE formula, whose price points are not a straight line in the price.
    """
    points, _ = linear_example()
    value = as_value(points)
    assert [c.euro_value for c in value.criteria] == [40_000, 20_000]
    assert ranking(evaluate(points)) == ranking(evaluate(value)) == [(1, "B"), (2, "A"), (3, "C")]


@PROPERTY
@given(award=linear_awards())
def test_equivalence_holds_for_any_tenders_below_the_reference(award: Award) -> None:
    value = as_value(award)
    points_results, value_results = evaluate(award), evaluate(value)
    reference = award.reference_price
    assert reference is not None
    each = euros_per_point(award)
    fictive = {r.tender_id: r.fictive_price for r in value_results}
    for result in points_results:
        assert abs(fictive[result.tender_id] - (reference - each * result.total)) < D("1e-12")
    # Ties are judged to 0.01 point and to a cent, which are not the same amount: compare the
    # rankings only when no two tenders are that close in either.
    totals = sorted(r.total for r in points_results)
    fictives = sorted(r.fictive_price for r in value_results)
    assume(all(b - a > D("0.02") for a, b in zip(totals, totals[1:], strict=False)))
    assume(all(b - a > D("0.02") for a, b in zip(fictives, fictives[1:], strict=False)))
    assert [r.tender_id for r in points_results] == [r.tender_id for r in value_results]
