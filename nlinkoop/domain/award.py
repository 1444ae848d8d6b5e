"""The award model of a tender (gunning), and a simulation on a few sample tenders.

Two ways to weigh quality against price (see docs/award-methods.md):

- **points**: price earns up to `price_points` by a price formula, each quality criterion up to
  its points; the highest total wins;
- **Gunnen op Waarde** (value): each quality criterion is worth up to `euro_value`; a tender's
  fictive price is its price minus the euros it scored; the lowest fictive price wins.

Prices are totals over the whole contract term. Scores are percentages (0-100) of a criterion's
maximum. All amounts are `Decimal`.

One rounding rule for what is shown and what is ranked: everything is computed exactly, then a
tender's total (points) or fictive price (euros) is rounded once to two decimals, half up
(60.025 -> 60.03), and tenders are ranked on that rounded value. Tenders whose rounded values
are equal share a rank and are a tie (`Result.tie`), listed by name, so the order of a tie never
suggests a winner.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from nlinkoop.domain.common import new_id

HUNDRED = Decimal(100)
SHOWN = Decimal("0.01")  # points to two decimals, euros to the cent


def shown(value: Decimal) -> Decimal:
    """A total or fictive price as it is shown and ranked: two decimals, half up."""
    return value.quantize(SHOWN, rounding=ROUND_HALF_UP)


class AwardMethod(StrEnum):
    """Points for price and quality, or Gunnen op Waarde."""

    POINTS = "points"
    VALUE = "value"  # Gunnen op Waarde


class PriceFormula(StrEnum):
    """How the points method turns a price into price points."""

    RELATIVE = "relative"  # max x lowest / price
    LINEAR = "linear"  # max at the lowest price, 0 at the reference price, straight between


@dataclass
class AwardCriterion:
    """A quality criterion: its maximum in points and/or in euros, and the wish it scores."""

    name: str = ""
    points: Decimal | None = None  # the most it can earn in the points method
    euro_value: Decimal | None = None  # the most it is worth in Gunnen op Waarde
    wish_id: str | None = None  # the wish this criterion scores, if any
    id: str = field(default_factory=new_id)


@dataclass
class SampleTender:
    """A tender the buyer expects, to see who would win and why."""

    name: str = ""
    price: Decimal | None = None  # over the whole contract term
    id: str = field(default_factory=new_id)


@dataclass
class TenderScore:
    """What one sample tender scores on one criterion, in percent of the criterion's maximum."""

    tender_id: str = ""
    criterion_id: str = ""
    percent: Decimal | None = None
    id: str = field(default_factory=new_id)


@dataclass
class Award:
    """The award model and the sample tenders of one preparation."""

    method: AwardMethod = AwardMethod.POINTS
    price_points: Decimal | None = None
    formula: PriceFormula = PriceFormula.RELATIVE
    reference_price: Decimal | None = None  # LINEAR: the price that earns no price points
    criteria: list[AwardCriterion] = field(default_factory=list)
    tenders: list[SampleTender] = field(default_factory=list)
    scores: list[TenderScore] = field(default_factory=list)

    def score(self, tender_id: str, criterion_id: str) -> Decimal:
        """A tender's percentage on a criterion; 0 when none is entered.

        The window and a JSON import refuse a score outside 0-100; one that another program
        wrote into a workbook file is kept within 0-100 here, so it cannot earn more than the
        criterion's maximum.
        """
        for entry in self.scores:
            if entry.tender_id == tender_id and entry.criterion_id == criterion_id:
                percent = entry.percent if entry.percent is not None else Decimal(0)
                return min(max(percent, Decimal(0)), HUNDRED)
        return Decimal(0)

    def set_score(self, tender_id: str, criterion_id: str, percent: Decimal | None) -> None:
        """Enter a tender's percentage on a criterion (None clears it)."""
        for entry in self.scores:
            if entry.tender_id == tender_id and entry.criterion_id == criterion_id:
                entry.percent = percent
                return
        self.scores.append(TenderScore(tender_id, criterion_id, percent))


@dataclass(frozen=True)
class Result:
    """How one sample tender does under the award model.

    The amounts are exact; `merit` is what is shown and ranked (see the module docstring).
    """

    tender_id: str
    name: str
    price: Decimal
    price_points: Decimal  # POINTS only (0 under VALUE)
    quality_points: Decimal  # POINTS only
    quality_euros: Decimal  # VALUE only: the euros scored on quality
    method: AwardMethod = AwardMethod.POINTS
    rank: int = 0  # 1 is the winner; results with the same `merit` share a rank
    tie: bool = False  # another result has the same rank

    @property
    def total(self) -> Decimal:
        """The points total (POINTS)."""
        return self.price_points + self.quality_points

    @property
    def fictive_price(self) -> Decimal:
        """Price minus the euros scored on quality (VALUE)."""
        return self.price - self.quality_euros

    @property
    def merit(self) -> Decimal:
        """The total (POINTS) or the fictive price (VALUE), rounded as shown: what is ranked."""
        return shown(self.total if self.method is AwardMethod.POINTS else self.fictive_price)


class LeftOutReason(StrEnum):
    """Why a sample tender is not in the ranking."""

    NO_PRICE = "no_price"
    NEGATIVE_PRICE = "negative_price"
    ZERO_PRICE_RELATIVE = "zero_price_relative"  # the relative formula divides by the price
    ZERO_PRICE_NO_REFERENCE = "zero_price_no_reference"  # LINEAR: twice 0 is no reference


@dataclass(frozen=True)
class LeftOut:
    """A sample tender the ranking leaves out, and why."""

    tender_id: str
    name: str
    price: Decimal | None
    reason: LeftOutReason


@dataclass(frozen=True)
class Simulation:
    """The ranked results (best first) and the tenders that could not be ranked."""

    results: list[Result]
    left_out: list[LeftOut]


def price_points(
    formula: PriceFormula,
    maximum: Decimal,
    price: Decimal,
    lowest: Decimal,
    reference: Decimal | None = None,
) -> Decimal:
    """The price points a tender earns.

    Args:
        formula: RELATIVE gives `maximum x lowest / price`; LINEAR gives `maximum` at the lowest
            price and 0 at `reference`, in a straight line, never below 0.
        maximum: the most price can earn.
        price: the tender's price.
        lowest: the lowest price among the tenders.
        reference: LINEAR only: the price that earns nothing (without one, or with one not
            above the lowest price, twice the lowest).

    Raises:
        ValueError: RELATIVE with a price that is not positive; LINEAR with a negative price,
            or a lowest price of 0 without a reference price above it.
    """
    if formula is PriceFormula.RELATIVE:
        if price <= 0 or lowest <= 0:
            raise ValueError("prices must be more than zero")
        return maximum * lowest / price
    top = _reference(lowest, reference)
    if price < 0 or lowest < 0 or top <= lowest:
        raise ValueError("the linear formula needs prices of zero or more and a reference above")
    share = (top - price) / (top - lowest)
    return maximum * min(max(share, Decimal(0)), Decimal(1))


def _reference(lowest: Decimal, reference: Decimal | None) -> Decimal:
    """The price that earns no price points under LINEAR."""
    return reference if reference is not None and reference > lowest else lowest * 2


def _left_out_reason(award: Award, price: Decimal | None) -> LeftOutReason | None:
    if price is None:
        return LeftOutReason.NO_PRICE
    if price < 0:
        return LeftOutReason.NEGATIVE_PRICE
    if price > 0 or award.method is AwardMethod.VALUE:
        return None  # under Gunnen op Waarde 0 is a price like any other
    if award.formula is PriceFormula.RELATIVE:
        return LeftOutReason.ZERO_PRICE_RELATIVE
    if award.reference_price is None or award.reference_price <= 0:
        return LeftOutReason.ZERO_PRICE_NO_REFERENCE
    return None  # LINEAR from 0 to the reference price


def simulate(award: Award, leave_out: Iterable[str] = ()) -> Simulation:
    """The sample tenders ranked under the award model, and those that cannot be ranked.

    Args:
        award: the model and the tenders.
        leave_out: ids of criteria to leave out, to see what they change.

    Returns:
        The results best first (a tie in name order) and the tenders left out, in list order:
        a tender without a price or with a negative one; one of 0 under the relative formula
        (it divides by the price), or under the linear formula without a reference price above
        0 (twice 0 is no reference). Under Gunnen op Waarde a price of 0 is ranked.
    """
    skipped = set(leave_out)
    criteria = [c for c in award.criteria if c.id not in skipped]
    left_out: list[LeftOut] = []
    priced: list[tuple[SampleTender, Decimal]] = []
    for tender in award.tenders:
        reason = _left_out_reason(award, tender.price)
        if reason is not None:
            left_out.append(LeftOut(tender.id, tender.name, tender.price, reason))
        elif tender.price is not None:
            priced.append((tender, tender.price))
    if not priced:
        return Simulation([], left_out)
    lowest = min(price for _t, price in priced)
    maximum = award.price_points or Decimal(0)
    results = []
    for tender, price in priced:
        quality = euros = Decimal(0)
        for criterion in criteria:
            share = award.score(tender.id, criterion.id) / HUNDRED
            quality += share * (criterion.points or 0)
            euros += share * (criterion.euro_value or 0)
        if award.method is AwardMethod.POINTS:
            priced_points = price_points(
                award.formula, maximum, price, lowest, award.reference_price
            )
            result = Result(tender.id, tender.name, price, priced_points, quality, Decimal(0))
        else:
            zero = Decimal(0)
            result = Result(tender.id, tender.name, price, zero, zero, euros, AwardMethod.VALUE)
        results.append(result)
    return Simulation(_ranked(results), left_out)


def evaluate(award: Award, leave_out: Iterable[str] = ()) -> list[Result]:
    """The ranked results of `simulate`, best first; the tenders it leaves out are not in it."""
    return simulate(award, leave_out).results


def _ranked(results: list[Result]) -> list[Result]:
    """Rank on the rounded merit; equal ones share the better rank, listed by name."""

    def order(position: int) -> tuple[Decimal, str, str, int]:
        result = results[position]
        better = -result.merit if result.method is AwardMethod.POINTS else result.merit
        return better, result.name.casefold(), result.name, position

    ordered = [results[p] for p in sorted(range(len(results)), key=order)]
    counts: dict[Decimal, int] = {}
    for result in ordered:
        counts[result.merit] = counts.get(result.merit, 0) + 1
    ranked: list[Result] = []
    for position, result in enumerate(ordered, start=1):
        same = bool(ranked) and ranked[-1].merit == result.merit
        rank = ranked[-1].rank if same else position
        ranked.append(replace(result, rank=rank, tie=counts[result.merit] > 1))
    return ranked


@dataclass(frozen=True)
class PointValue:
    """What one quality point is worth in euros under the points method, over a price range."""

    low: Decimal
    high: Decimal  # equal to `low` for the linear formula


def point_value(award: Award, lowest: Decimal, highest: Decimal) -> PointValue | None:
    """Euros per quality point: the price difference that one price point stands for.

    For LINEAR it is the same everywhere: (reference - lowest) / price points (a lowest price of
    0 works with a reference price above it). For RELATIVE it grows with the price:
    price^2 / (price points x lowest), from the lowest to the highest price. None when there
    are no price points or prices to compare.
    """
    maximum = award.price_points
    if not maximum or maximum <= 0 or lowest < 0 or highest < lowest:
        return None
    if award.formula is PriceFormula.LINEAR:
        top = _reference(lowest, award.reference_price)
        if top <= lowest:
            return None
        each = (top - lowest) / maximum
        return PointValue(each, each)
    if lowest == 0:
        return None
    return PointValue(lowest / maximum, highest * highest / (maximum * lowest))


def price_weight(award: Award, wish_id: str, worth: PointValue | None) -> PointValue | None:
    """What the criteria that score a wish weigh in price, in euros, from their own maximums.

    Under POINTS: their points x what one point is worth (`worth`, a range under RELATIVE);
    under VALUE: their euro values, the most they take off a price. None when no criterion
    scores the wish, or under POINTS while a point has no euro value yet. The wish's own points
    are what the buyer values it at (`wish_worth`); the award model weighs the criterion's.
    """
    linked = [c for c in award.criteria if c.wish_id == wish_id]
    if not linked:
        return None
    if award.method is AwardMethod.VALUE:
        euros = sum((c.euro_value or Decimal(0) for c in linked), Decimal(0))
        return PointValue(euros, euros)
    if worth is None:
        return None
    points = sum((c.points or Decimal(0) for c in linked), Decimal(0))
    return PointValue(points * worth.low, points * worth.high)


@dataclass(frozen=True)
class Sensitivity:
    """Whether one criterion decides who wins, and what that costs.

    `winners` are the results that share first place with the criterion, `winners_without`
    those without it: more than one is a tie, and then there is no one winner to name.
    """

    criterion_id: str
    winners: tuple[Result, ...]
    winners_without: tuple[Result, ...]

    @property
    def winner(self) -> Result | None:
        """The one winner with the criterion; None without tenders or with a tie."""
        return self.winners[0] if len(self.winners) == 1 else None

    @property
    def winner_without(self) -> Result | None:
        """The one winner without the criterion; None without tenders or with a tie."""
        return self.winners_without[0] if len(self.winners_without) == 1 else None

    @property
    def changes_winner(self) -> bool:
        """First place is taken by other tenders with the criterion than without it."""
        ids = {r.tender_id for r in self.winners}
        return bool(ids) and ids != {r.tender_id for r in self.winners_without}

    @property
    def extra_cost(self) -> Decimal | None:
        """The winner's price with the criterion minus without it; None unless both are one."""
        if self.winner is None or self.winner_without is None:
            return None
        return self.winner.price - self.winner_without.price


def sensitivity(award: Award, criterion_id: str) -> Sensitivity:
    """What leaving one criterion out would change: the winner, and the price paid."""

    def first(results: list[Result]) -> tuple[Result, ...]:
        return tuple(r for r in results if r.rank == 1)

    with_it = evaluate(award)
    without = evaluate(award, leave_out=[criterion_id])
    return Sensitivity(criterion_id, first(with_it), first(without))
