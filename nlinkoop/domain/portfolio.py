"""Portfolio position: where the deal sits for us (Kraljic) and for the supplier, and a mismatch.

Kraljic places the purchase by profit impact x supply risk; supplier preferencing places us
by how attractive we are as a customer x the relative value of our business to the supplier.
When the deal matters much more to one side than to the other, the buyer should know before
the meeting.
"""

from enum import StrEnum

from nlinkoop.domain.preparation import Kraljic, Portfolio, SupplierView

# (high profit impact, high supply risk) per Kraljic quadrant
KRALJIC_AXES: dict[Kraljic, tuple[bool, bool]] = {
    Kraljic.ROUTINE: (False, False),
    Kraljic.LEVERAGE: (True, False),
    Kraljic.BOTTLENECK: (False, True),
    Kraljic.STRATEGIC: (True, True),
}
# (attractive as a customer, high relative value of our business) per supplier-view quadrant
SUPPLIER_AXES: dict[SupplierView, tuple[bool, bool]] = {
    SupplierView.NUISANCE: (False, False),
    SupplierView.EXPLOITABLE: (False, True),
    SupplierView.DEVELOPMENT: (True, False),
    SupplierView.CORE: (True, True),
}


def kraljic_at(profit_impact_high: bool, supply_risk_high: bool) -> Kraljic:
    """The Kraljic quadrant of a cell of the grid."""
    return next(
        k for k, axes in KRALJIC_AXES.items() if axes == (profit_impact_high, supply_risk_high)
    )


def supplier_view_at(attractive: bool, value_high: bool) -> SupplierView:
    """The supplier-preferencing quadrant of a cell of the grid."""
    return next(v for v, axes in SUPPLIER_AXES.items() if axes == (attractive, value_high))


class Mismatch(StrEnum):
    """How the deal's weight differs between the two sides."""

    WE_NEED_THEM_MORE = "we_need_them_more"  # vital to us, of little interest to them
    THEY_MAY_EXPLOIT = "they_may_exploit"  # vital to us, and they see room to profit from it
    THEY_NEED_US_MORE = "they_need_us_more"  # routine for us, core or growth for them


def mismatch(portfolio: Portfolio) -> Mismatch | None:
    """The mismatch between our position and the supplier's view, if both are known and differ.

    - Strategic or bottleneck for us (high supply risk) while we are a nuisance to them: expect
      little priority; invest in the relationship or in alternatives.
    - The same while they see us as exploitable: expect them to use our dependence; know the
      market and your alternative.
    - Routine or leverage for us while we are core or development for them: they need us more;
      use the room, without squeezing.
    """
    ours, theirs = portfolio.kraljic, portfolio.supplier_view
    if ours is None or theirs is None:
        return None
    _, risky = KRALJIC_AXES[ours]
    attractive, _ = SUPPLIER_AXES[theirs]
    if risky and theirs is SupplierView.NUISANCE:
        return Mismatch.WE_NEED_THEM_MORE
    if risky and theirs is SupplierView.EXPLOITABLE:
        return Mismatch.THEY_MAY_EXPLOIT
    if not risky and attractive:
        return Mismatch.THEY_NEED_US_MORE
    return None
