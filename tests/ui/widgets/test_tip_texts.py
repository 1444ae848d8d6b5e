"""The words of every portfolio tip, for every stance, in the source and in the shipped .ts."""

from collections.abc import Callable

import pytest

from nlinkoop.catalog import translator
from nlinkoop.domain.portfolio import Mismatch
from nlinkoop.domain.preparation import Kraljic, SupplierView
from nlinkoop.domain.tips import NEGOTIATING, Stance, Tip, mismatch_tip
from nlinkoop.ui.tabs.texts import MISMATCH_TIPS
from nlinkoop.ui.widgets.portfolio_specs import KRALJIC_GRID, SUPPLIER_GRID
from tests.ui.tabs.test_tips import FREE, advises_negotiating

Words = Callable[[Tip], str]


def words(language: str) -> Words:
    """The text of a tip in `language`: Dutch as the .ts has it (English where it has none)."""
    translate = translator(language)
    table = {tip: ("PortfolioGrid", text) for tip, text in KRALJIC_GRID.tips.items()}
    table |= {tip: ("PortfolioGrid", text) for tip, text in SUPPLIER_GRID.tips.items()}
    table |= {tip: ("TabTexts", text) for tip, text in MISMATCH_TIPS.items()}
    assert table.keys() == set(Tip)  # every tip is worded
    return lambda tip: translate(*table[tip])


def chosen(buyer: Stance) -> set[Tip]:
    return (
        {KRALJIC_GRID.tip(q, buyer) for q in Kraljic}
        | {SUPPLIER_GRID.tip(q, buyer) for q in SupplierView}
        | {mismatch_tip(m, buyer) for m in Mismatch}
    )


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_no_tip_advises_more_than_the_stance_allows(lang: str) -> None:
    text = words(lang)
    for tip in NEGOTIATING:  # the checks see them, so they would see them elsewhere
        assert tip in chosen(Stance.NEGOTIATE)
        assert FREE.search(text(tip)) and advises_negotiating(text(tip)), tip
    for tip in chosen(Stance.WITHIN_RULES):
        assert not FREE.search(text(tip)), (tip, text(tip))
    for tip in chosen(Stance.POSITION):
        assert not advises_negotiating(text(tip)), (tip, text(tip))
