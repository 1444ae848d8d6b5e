"""Portfolio tips follow the legal gate: no advice to negotiate where the procedure allows none."""

import pytest

from nlinkoop.domain.hints import HintCode, hints
from nlinkoop.domain.portfolio import Mismatch
from nlinkoop.domain.preparation import Kraljic, Preparation, SupplierView
from nlinkoop.domain.procedure_catalogue import CATALOGUE, Negotiation, positioning
from nlinkoop.domain.procedures import Context, Procedure
from nlinkoop.domain.tips import (
    NEGOTIATING,
    Stance,
    Tip,
    kraljic_tip,
    mismatch_tip,
    stance,
    supplier_view_tip,
)

# Every verdict the window can show: each procedure in the catalogue, commercial, and public
# without a procedure yet.
VERDICTS: list[tuple[Context, Procedure | None]] = [
    (Context.COMMERCIAL, None),
    (Context.PUBLIC, None),
    *((Context.PUBLIC, procedure) for procedure in CATALOGUE),
]
ALL_VERDICTS = pytest.mark.parametrize(
    ("context", "procedure"), VERDICTS, ids=lambda v: str(v) if v else "no procedure"
)


def every_tip(buyer: Stance) -> set[Tip]:
    return (
        {kraljic_tip(q, buyer) for q in Kraljic}
        | {supplier_view_tip(q, buyer) for q in SupplierView}
        | {mismatch_tip(m, buyer) for m in Mismatch}
    )


def test_the_stance_follows_the_catalogue() -> None:
    assert stance(Context.COMMERCIAL, None) is Stance.NEGOTIATE
    assert stance(Context.COMMERCIAL, Procedure.OPEN_EUROPEAN) is Stance.NEGOTIATE  # kept, unused
    assert stance(Context.PUBLIC, None) is Stance.WITHIN_RULES  # the procedure decides first
    expected = {
        Negotiation.YES: Stance.NEGOTIATE,
        Negotiation.LIMITED: Stance.WITHIN_RULES,
        Negotiation.OWN_POLICY: Stance.WITHIN_RULES,
        Negotiation.NO: Stance.POSITION,
    }
    for procedure, facts in CATALOGUE.items():
        assert stance(Context.PUBLIC, procedure) is expected[facts.negotiation], procedure


@ALL_VERDICTS
def test_a_tip_advises_negotiating_only_where_it_is_allowed(
    context: Context, procedure: Procedure | None
) -> None:
    buyer = stance(context, procedure)
    assert (buyer is Stance.POSITION) == positioning(context, procedure)
    tips = every_tip(buyer)
    if buyer is Stance.NEGOTIATE:
        assert tips >= NEGOTIATING
    else:  # limited, own policy, not chosen yet, or none at all
        assert not tips & NEGOTIATING


def test_positioning_gets_the_positioning_advice() -> None:
    buyer = stance(Context.PUBLIC, Procedure.OPEN_EUROPEAN)
    assert kraljic_tip(Kraljic.LEVERAGE, buyer) is Tip.LEVERAGE_POSITIONING
    assert kraljic_tip(Kraljic.STRATEGIC, buyer) is Tip.STRATEGIC_POSITIONING
    assert mismatch_tip(Mismatch.THEY_NEED_US_MORE, buyer) is Tip.THEY_NEED_US_MORE_POSITIONING
    assert mismatch_tip(Mismatch.WE_NEED_THEM_MORE, buyer) is Tip.WE_NEED_THEM_MORE_POSITIONING
    limited = stance(Context.PUBLIC, Procedure.COMPETITIVE_DIALOGUE)
    assert kraljic_tip(Kraljic.LEVERAGE, limited) is Tip.LEVERAGE_WITHIN_RULES
    assert kraljic_tip(Kraljic.STRATEGIC, limited) is Tip.STRATEGIC
    free = stance(Context.COMMERCIAL, None)
    assert kraljic_tip(Kraljic.LEVERAGE, free) is Tip.LEVERAGE
    assert supplier_view_tip(SupplierView.EXPLOITABLE, buyer) is Tip.EXPLOITABLE  # what to expect


def test_every_tip_is_chosen_somewhere() -> None:
    assert set().union(*(every_tip(buyer) for buyer in Stance)) == set(Tip)


@ALL_VERDICTS
def test_the_mismatch_hint_carries_the_tip_for_the_verdict(
    context: Context, procedure: Procedure | None
) -> None:
    prep = Preparation(context=context, procedure=procedure)
    prep.portfolio.kraljic, prep.portfolio.supplier_view = Kraljic.LEVERAGE, SupplierView.CORE
    (hint,) = [h for h in hints(prep) if h.code is HintCode.PORTFOLIO_MISMATCH]
    assert hint.subject == Mismatch.THEY_NEED_US_MORE
    assert hint.tip is mismatch_tip(Mismatch.THEY_NEED_US_MORE, stance(context, procedure))
    assert (hint.tip is Tip.THEY_NEED_US_MORE) == (stance(context, procedure) is Stance.NEGOTIATE)
