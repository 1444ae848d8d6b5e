"""The award model of a tender (gunning), and a simulation on a few sample tenders.

Two ways to weigh quality against price (see docs/award-methods.md):

- **points**: price earns up to `price_points` by a price formula, each quality criterion up to
  its points; the highest total wins;
- **Gunnen op Waarde** (value): each quality criterion is worth up to `euro_value`; a tender's
  fictive price is its price minus the euros it scored; the lowest fictive price wins.

Prices are totals over the whole contract term. Scores are percentages (0-100) of a criterion's
maximum. All amounts are `Decimal`.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum

from nlinkoop.domain.common import new_id

HUNDRED = Decimal(100)


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
        """A tender's percentage on a criterion, within 0-100; 0 when none is entered."""
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
    """How one sample tender does under the award model."""

    tender_id: str
    name: str
    price: Decimal
    price_points: Decimal  # POINTS only (0 under VALUE)
    quality_points: Decimal  # POINTS only
    quality_euros: Decimal  # VALUE only: the euros scored on quality
    rank: int  # 1 is the winner; results that round to the same hundredth share a rank

    @property
    def total(self) -> Decimal:
        """The points total (POINTS)."""
        return self.price_points + self.quality_points

    @property
    def fictive_price(self) -> Decimal:
        """Price minus the euros scored on quality (VALUE)."""
        return self.price - self.quality_euros


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
        reference: LINEAR only: the price that earns nothing (without one, twice the lowest).

    Raises:
        ValueError: a price that is not positive.
    """
    if price <= 0 or lowest <= 0:
        raise ValueError("prices must be more than zero")
    if formula is PriceFormula.RELATIVE:
        return maximum * lowest / price
    top = reference if reference is not None and reference > lowest else lowest * 2
    share = (top - price) / (top - lowest)
    return maximum * min(max(share, Decimal(0)), Decimal(1))


def evaluate(award: Award, leave_out: Iterable[str] = ()) -> list[Result]:
    """The sample tenders with a price, ranked under the award model.

    Args:
        award: the model and the tenders.
        leave_out: ids of criteria to leave out, to see what they change.

    Returns:
        One result per tender with a positive price, best first.
    """
    skipped = set(leave_out)
    criteria = [c for c in award.criteria if c.id not in skipped]
    tenders = [t for t in award.tenders if t.price is not None and t.price > 0]
    if not tenders:
        return []
    lowest = min(t.price for t in tenders if t.price is not None)
    maximum = award.price_points or Decimal(0)
    results = []
    for tender in tenders:
        assert tender.price is not None
        quality = euros = Decimal(0)
        for criterion in criteria:
            share = award.score(tender.id, criterion.id) / HUNDRED
            quality += share * (criterion.points or 0)
            euros += share * (criterion.euro_value or 0)
        if award.method is AwardMethod.POINTS:
            priced = price_points(
                award.formula, maximum, tender.price, lowest, award.reference_price
            )
            result = Result(tender.id, tender.name, tender.price, priced, quality, Decimal(0), 0)
        else:
            result = Result(tender.id, tender.name, tender.price, Decimal(0), Decimal(0), euros, 0)
        results.append(result)
    return _ranked(results, award.method)


def _ranked(results: list[Result], method: AwardMethod) -> list[Result]:
    def merit(r: Result) -> Decimal:  # lower is better
        return -r.total if method is AwardMethod.POINTS else r.fictive_price

    ordered = sorted(results, key=lambda r: (_rounded(merit(r)), r.price, r.name))
    ranked: list[Result] = []
    for position, result in enumerate(ordered, start=1):
        tie = ranked and _rounded(merit(ranked[-1])) == _rounded(merit(result))
        rank = ranked[-1].rank if tie else position
        ranked.append(replace(result, rank=rank))
    return ranked


def _rounded(value: Decimal) -> Decimal:
    """Results equal to a hundredth of a point or a cent count as a tie."""
    return value.quantize(Decimal("0.01"))


@dataclass(frozen=True)
class PointValue:
    """What one quality point is worth in euros under the points method, over a price range."""

    low: Decimal
    high: Decimal  # equal to `low` for the linear formula


def point_value(award: Award, lowest: Decimal, highest: Decimal) -> PointValue | None:
    """Euros per quality point: the price difference that one price point stands for.

    For LINEAR it is the same everywhere: (reference - lowest) / price points. For RELATIVE it
    grows with the price: price^2 / (price points x lowest), from the lowest to the highest
    price. None when there are no price points or prices to compare.
    """
    maximum = award.price_points
    if not maximum or maximum <= 0 or lowest <= 0 or highest < lowest:
        return None
    if award.formula is PriceFormula.LINEAR:
        reference = award.reference_price
        top = reference if reference is not None and reference > lowest else lowest * 2
        each = (top - lowest) / maximum
        return PointValue(each, each)
    return PointValue(lowest / maximum, highest * highest / (maximum * lowest))


@dataclass(frozen=True)
class Sensitivity:
    """Whether one criterion decides who wins, and what that costs."""

    criterion_id: str
    winner: Result | None  # with the criterion
    winner_without: Result | None  # without it
    extra_cost: Decimal  # the winner's price with it minus without it (0 if the same winner)

    @property
    def changes_winner(self) -> bool:
        return (
            self.winner is not None
            and self.winner_without is not None
            and self.winner.tender_id != self.winner_without.tender_id
        )


def sensitivity(award: Award, criterion_id: str) -> Sensitivity:
    """What leaving one criterion out would change: the winner, and the price paid."""
    with_it = evaluate(award)
    without = evaluate(award, leave_out=[criterion_id])
    first = with_it[0] if with_it else None
    first_without = without[0] if without else None
    cost = Decimal(0)
    if first is not None and first_without is not None:
        cost = first.price - first_without.price
    return Sensitivity(criterion_id, first, first_without, cost)
