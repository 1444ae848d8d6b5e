"""The award arithmetic at its edges: rounding and ties, a price of 0, scores, a wish's weight.

Every expected number is worked out by hand in a comment next to it, never by our code. The rule
(docs/award-methods.md, "Rounding and ties"): compute exactly, round a total or fictive price
once to two decimals half up, rank on that, and let equal rounded values share a rank as a tie,
listed by name.
"""

from decimal import Decimal
from typing import Any

import pytest

from nlinkoop.domain.award import (
    Award,
    AwardCriterion,
    AwardMethod,
    LeftOut,
    LeftOutReason,
    PointValue,
    PriceFormula,
    Result,
    SampleTender,
    evaluate,
    point_value,
    price_points,
    price_weight,
    sensitivity,
    simulate,
)

D = Decimal
POINTS, VALUE = AwardMethod.POINTS, AwardMethod.VALUE
RELATIVE, LINEAR = PriceFormula.RELATIVE, PriceFormula.LINEAR


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


def ranking(results: list[Result]) -> list[tuple[int, str, bool]]:
    return [(r.rank, r.name, r.tie) for r in results]


def tender_id(award: Award, name: str) -> str:
    return next(t.id for t in award.tenders if t.name == name)


# --- One rounding rule for what is shown and what is ranked ---------------------------------


def test_totals_are_rounded_half_up_once_and_ranked_as_shown() -> None:
    # No price points; one criterion of 100 points.
    #   A scores 60.025% -> 100 x 60.025 / 100 = 60.025 points, shown (half up) as 60.03
    #   B scores 60.02%  -> 60.02 points, shown as 60.02
    # 60.03 > 60.02: A is first and B second, not both first.
    plan = AwardCriterion("Plan", points=D(100))
    award = make_award(
        POINTS, [plan], {"B": (D(1_000), [D("60.02")]), "A": (D(1_000), [D("60.025")])}
    )
    results = evaluate(award)
    assert ranking(results) == [(1, "A", False), (2, "B", False)]
    assert [r.merit for r in results] == [D("60.03"), D("60.02")]


def test_fictive_prices_are_rounded_half_up_once_and_ranked_as_shown() -> None:
    # A criterion worth EUR 2,000.01.
    #   A: 79,000.01 - 50% x 2,000.01 = 79,000.01 - 1,000.005 = 78,000.005, shown as 78,000.01
    #   B: 78,000.00 - 0% = 78,000.00
    # The lower fictive price wins: B first, A second.
    plan = AwardCriterion("Plan", euro_value=D("2000.01"))
    award = make_award(VALUE, [plan], {"A": (D("79000.01"), [D(50)]), "B": (D("78000.00"), [D(0)])})
    results = evaluate(award)
    assert ranking(results) == [(1, "B", False), (2, "A", False)]
    assert [r.merit for r in results] == [D("78000.00"), D("78000.01")]
    assert results[1].fictive_price == D("78000.005")  # exact until it is shown


def test_equal_rounded_totals_are_a_tie_listed_by_name() -> None:
    # Relative, 40 price points, one criterion of 40 points:
    #   Zuid  80,000,  0%: 40 x 80/80  = 40 + 0          = 40
    #   Alfa 100,000, 20%: 40 x 80/100 = 32 + 20% x 40 = 8 = 40
    #   Mid  160,000,  0%: 40 x 80/160 = 20 + 0          = 20
    # Zuid and Alfa share first place; listed by name (Alfa first), not the cheaper first.
    plan = AwardCriterion("Plan", points=D(40))
    award = make_award(
        POINTS,
        [plan],
        {"Zuid": (D(80_000), [D(0)]), "Alfa": (D(100_000), [D(20)]), "Mid": (D(160_000), [D(0)])},
        price_points=D(40),
    )
    assert ranking(evaluate(award)) == [(1, "Alfa", True), (1, "Zuid", True), (3, "Mid", False)]


def test_values_that_round_to_the_same_cent_are_a_tie() -> None:
    # Gunnen op Waarde, no criteria: the fictive price is the price.
    #   Zon 80,000.004 -> 80,000.00; Aap 80,000.00; Noot 80,000.005 -> 80,000.01 (half up)
    award = make_award(
        VALUE,
        [],
        {"Zon": (D("80000.004"), []), "Aap": (D("80000.00"), []), "Noot": (D("80000.005"), [])},
    )
    assert ranking(evaluate(award)) == [(1, "Aap", True), (1, "Zon", True), (3, "Noot", False)]


def test_a_tie_for_first_names_no_winner_in_the_wish_check() -> None:
    # Gunnen op Waarde: plan EUR 2,000, wish EUR 1,000.
    #   with the wish:    A 80,000 - 0 - 1,000 = 79,000;  B 81,000 - 2,000 - 0 = 79,000: a tie
    #   without the wish: A 80,000;                       B 79,000: B wins
    plan = AwardCriterion("Plan", euro_value=D(2_000))
    wish = AwardCriterion("Wens", euro_value=D(1_000))
    award = make_award(
        VALUE, [plan, wish], {"A": (D(80_000), [D(0), D(100)]), "B": (D(81_000), [D(100), D(0)])}
    )
    check = sensitivity(award, wish.id)
    assert [r.name for r in check.winners] == ["A", "B"]
    assert check.winner is None  # not the cheaper A
    assert check.winner_without is not None and check.winner_without.name == "B"
    assert check.changes_winner  # first place is not B alone any more
    assert check.extra_cost is None  # no one winner, so no one price to compare


def test_a_wish_that_breaks_a_tie() -> None:
    # The same, the other way round: without the wish A and B tie at 79,000 (A 80,000 - 1,000
    # on the plan; B 81,000 - 2,000); with a wish of EUR 500 that only B scores, B is 78,500.
    plan = AwardCriterion("Plan", euro_value=D(2_000))
    wish = AwardCriterion("Wens", euro_value=D(500))
    award = make_award(
        VALUE, [plan, wish], {"A": (D(80_000), [D(50), D(0)]), "B": (D(81_000), [D(100), D(100)])}
    )
    check = sensitivity(award, wish.id)
    assert check.winner is not None and check.winner.name == "B"
    assert [r.name for r in check.winners_without] == ["A", "B"]
    assert check.winner_without is None and check.extra_cost is None
    assert check.changes_winner


def test_sensitivity_without_tenders_has_no_winner_and_no_cost() -> None:
    check = sensitivity(Award(), "any")
    assert check.winners == check.winners_without == ()
    assert check.winner is None and check.winner_without is None
    assert not check.changes_winner
    assert check.extra_cost is None


# --- A price of 0, no price, a negative price -----------------------------------------------


def test_gunnen_op_waarde_ranks_a_tender_of_zero_euros() -> None:
    # Plan EUR 2,000. Nul: 0 - 50% x 2,000 = -1,000; B: 80,000 - 2,000 = 78,000. Nul wins.
    plan = AwardCriterion("Plan", euro_value=D(2_000))
    award = make_award(VALUE, [plan], {"B": (D(80_000), [D(100)]), "Nul": (D(0), [D(50)])})
    simulation = simulate(award)
    assert ranking(simulation.results) == [(1, "Nul", False), (2, "B", False)]
    assert [r.fictive_price for r in simulation.results] == [D(-1_000), D(78_000)]
    assert simulation.left_out == []


def test_the_relative_formula_leaves_out_a_tender_of_zero_euros_and_says_why() -> None:
    # 40 x lowest / price cannot be computed for a price of 0 (and would give every other
    # tender 0). Without Nul the lowest is 80,000: B 40 x 80/80 = 40, C 40 x 80/100 = 32.
    award = make_award(
        POINTS,
        [],
        {"B": (D(80_000), []), "Nul": (D(0), []), "C": (D(100_000), [])},
        price_points=D(40),
        formula=RELATIVE,
    )
    simulation = simulate(award)
    assert [(r.name, r.total) for r in simulation.results] == [("B", 40), ("C", 32)]
    zero = tender_id(award, "Nul")
    assert simulation.left_out == [LeftOut(zero, "Nul", D(0), LeftOutReason.ZERO_PRICE_RELATIVE)]


def test_the_linear_formula_scores_zero_euros_against_a_reference_price() -> None:
    # 40 price points, reference 120,000, lowest 0: the line runs from 0 to 120,000.
    #   Nul 0:       40
    #   B   80,000:  40 x (120,000 - 80,000) / (120,000 - 0) = 40 x 40,000 / 120,000 = 13.33...
    # One point is worth (120,000 - 0) / 40 = 3,000.
    award = make_award(
        POINTS,
        [],
        {"B": (D(80_000), []), "Nul": (D(0), [])},
        price_points=D(40),
        formula=LINEAR,
        reference_price=D(120_000),
    )
    simulation = simulate(award)
    assert [(r.name, r.merit) for r in simulation.results] == [("Nul", 40), ("B", D("13.33"))]
    assert simulation.left_out == []
    assert point_value(award, D(0), D(80_000)) == PointValue(D(3_000), D(3_000))
    assert price_points(LINEAR, D(40), D(0), D(0), D(120_000)) == 40


def test_the_linear_formula_without_a_reference_leaves_out_zero_euros() -> None:
    # Without a reference price the line ends at twice the lowest: twice 0 is 0, no line.
    # Without Nul: reference 2 x 80,000 = 160,000; C 40 x (160,000 - 100,000) / 80,000 = 30.
    award = make_award(
        POINTS,
        [],
        {"Nul": (D(0), []), "B": (D(80_000), []), "C": (D(100_000), [])},
        price_points=D(40),
        formula=LINEAR,
    )
    simulation = simulate(award)
    assert [(r.name, r.total) for r in simulation.results] == [("B", 40), ("C", 30)]
    (left,) = simulation.left_out
    assert (left.name, left.reason) == ("Nul", LeftOutReason.ZERO_PRICE_NO_REFERENCE)
    with pytest.raises(ValueError):
        price_points(LINEAR, D(40), D(0), D(0))


@pytest.mark.parametrize(("price", "lowest"), [(D(0), D(0)), (D(1), D(0)), (D(-1), D(80_000))])
def test_the_relative_formula_refuses_a_price_that_is_not_positive(
    price: Decimal, lowest: Decimal
) -> None:
    with pytest.raises(ValueError, match="more than zero"):
        price_points(RELATIVE, D(40), price, lowest)


@pytest.mark.parametrize(
    ("method", "formula"), [(POINTS, RELATIVE), (POINTS, LINEAR), (VALUE, None)]
)
def test_no_price_and_a_negative_price_are_left_out_under_every_method(
    method: AwardMethod, formula: PriceFormula | None
) -> None:
    award = make_award(
        method,
        [],
        {"A": (D(80_000), []), "Leeg": (None, []), "Min": (D(-5), [])},
        price_points=D(40),
        formula=formula or RELATIVE,
        reference_price=D(120_000),
    )
    simulation = simulate(award)
    assert [r.name for r in simulation.results] == ["A"]
    assert [(x.name, x.price, x.reason) for x in simulation.left_out] == [
        ("Leeg", None, LeftOutReason.NO_PRICE),
        ("Min", D(-5), LeftOutReason.NEGATIVE_PRICE),
    ]


# --- What a wish weighs in price: its criterion's points, not the wish's own ----------------


def wish_award(method: AwardMethod, formula: PriceFormula) -> tuple[Award, str]:
    """A wish with 10 points of its own, scored by a criterion of 20 points (or EUR 20,000)."""
    wish_id = "wish"
    criterion = AwardCriterion("Wens", points=D(20), euro_value=D(20_000), wish_id=wish_id)
    award = make_award(
        method,
        [criterion],
        {"A": (D(80_000), [D(0)]), "B": (D(160_000), [D(100)])},
        price_points=D(40),
        formula=formula,
        reference_price=D(120_000),
    )
    return award, wish_id


def test_a_wish_weighs_its_criterion_points_under_the_linear_formula() -> None:
    # one point: (120,000 - 80,000) / 40 = 1,000; the criterion's 20 points: 20 x 1,000 = 20,000
    award, wish_id = wish_award(POINTS, LINEAR)
    worth = point_value(award, D(80_000), D(160_000))
    assert price_weight(award, wish_id, worth) == PointValue(D(20_000), D(20_000))


def test_a_wish_weighs_a_range_under_the_relative_formula() -> None:
    # one point: 80,000 / 40 = 2,000 at the lowest price, 160,000^2 / (40 x 80,000) = 8,000 at
    # the highest; 20 points: 40,000 to 160,000
    award, wish_id = wish_award(POINTS, RELATIVE)
    worth = point_value(award, D(80_000), D(160_000))
    assert price_weight(award, wish_id, worth) == PointValue(D(40_000), D(160_000))


def test_under_gunnen_op_waarde_a_wish_weighs_its_criterion_euros() -> None:
    award, wish_id = wish_award(VALUE, RELATIVE)
    assert price_weight(award, wish_id, None) == PointValue(D(20_000), D(20_000))


def test_a_wish_no_criterion_scores_weighs_nothing_we_can_say() -> None:
    award, _ = wish_award(POINTS, LINEAR)
    worth = point_value(award, D(80_000), D(160_000))
    assert price_weight(award, "another wish", worth) is None
    assert price_weight(award, "wish", None) is None  # no euro value per point yet


# --- Scores ---------------------------------------------------------------------------------


def test_a_score_from_elsewhere_counts_within_0_and_100_percent() -> None:
    # The window and an import refuse these; a file written by another program may hold them.
    award = Award(method=AwardMethod.VALUE)
    criterion = AwardCriterion("Plan", euro_value=Decimal(1000))
    tender = SampleTender("A", Decimal(5000))
    award.criteria, award.tenders = [criterion], [tender]
    award.set_score(tender.id, criterion.id, Decimal(150))
    assert award.score(tender.id, criterion.id) == Decimal(100)
    award.set_score(tender.id, criterion.id, Decimal(-20))
    assert award.score(tender.id, criterion.id) == Decimal(0)
