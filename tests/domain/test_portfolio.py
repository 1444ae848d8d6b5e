"""The portfolio grids: quadrants by their axes, and the mismatch between the two sides."""

import pytest

from nlinkoop.domain.hints import HintCode, hints
from nlinkoop.domain.portfolio import (
    KRALJIC_AXES,
    SUPPLIER_AXES,
    Mismatch,
    kraljic_at,
    mismatch,
    supplier_view_at,
)
from nlinkoop.domain.preparation import Kraljic, Portfolio, Preparation, SupplierView


def test_every_cell_of_both_grids_is_one_quadrant() -> None:
    cells = [(a, b) for a in (False, True) for b in (False, True)]
    assert {kraljic_at(*cell) for cell in cells} == set(Kraljic)
    assert {supplier_view_at(*cell) for cell in cells} == set(SupplierView)
    assert all(kraljic_at(*KRALJIC_AXES[k]) is k for k in Kraljic)
    assert all(supplier_view_at(*SUPPLIER_AXES[v]) is v for v in SupplierView)


def test_the_textbook_corners() -> None:
    assert kraljic_at(profit_impact_high=True, supply_risk_high=True) is Kraljic.STRATEGIC
    assert kraljic_at(profit_impact_high=False, supply_risk_high=True) is Kraljic.BOTTLENECK
    assert kraljic_at(profit_impact_high=True, supply_risk_high=False) is Kraljic.LEVERAGE
    assert supplier_view_at(attractive=True, value_high=True) is SupplierView.CORE
    assert supplier_view_at(attractive=False, value_high=True) is SupplierView.EXPLOITABLE


@pytest.mark.parametrize(
    ("ours", "theirs", "expected"),
    [
        (Kraljic.STRATEGIC, SupplierView.NUISANCE, Mismatch.WE_NEED_THEM_MORE),
        (Kraljic.BOTTLENECK, SupplierView.NUISANCE, Mismatch.WE_NEED_THEM_MORE),
        (Kraljic.STRATEGIC, SupplierView.EXPLOITABLE, Mismatch.THEY_MAY_EXPLOIT),
        (Kraljic.ROUTINE, SupplierView.CORE, Mismatch.THEY_NEED_US_MORE),
        (Kraljic.LEVERAGE, SupplierView.DEVELOPMENT, Mismatch.THEY_NEED_US_MORE),
        (Kraljic.STRATEGIC, SupplierView.CORE, None),  # both sides care: a match
        (Kraljic.ROUTINE, SupplierView.NUISANCE, None),  # neither does
        (Kraljic.LEVERAGE, SupplierView.EXPLOITABLE, None),
        (Kraljic.STRATEGIC, None, None),  # only one side known
        (None, SupplierView.NUISANCE, None),
    ],
)
def test_mismatch(ours: Kraljic | None, theirs: SupplierView | None, expected: Mismatch) -> None:
    assert mismatch(Portfolio(ours, theirs)) == expected


def test_a_mismatch_is_a_hint_naming_its_kind() -> None:
    prep = Preparation(portfolio=Portfolio(Kraljic.STRATEGIC, SupplierView.NUISANCE))
    found = [h for h in hints(prep) if h.code is HintCode.PORTFOLIO_MISMATCH]
    assert [h.subject for h in found] == [Mismatch.WE_NEED_THEM_MORE.value]
    prep.portfolio.supplier_view = SupplierView.CORE
    assert not [h for h in hints(prep) if h.code is HintCode.PORTFOLIO_MISMATCH]
