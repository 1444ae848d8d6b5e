"""Which portfolio tip the window gives, by the legal gate's verdict (the words are the UI's).

A tip that advises negotiating (use the competition on price and terms; use the room the supplier
gives us) suits only a case where negotiating is allowed. Where a public procedure allows it only
in part, leaves it to the organisation's own policy, or is not chosen yet, the tip promises no
more than the procedure allows. Where the procedure allows no negotiation at all, the tip gives
the positioning advice instead: the front of the process (specifications, requirements, award
criteria, a market consultation). Tips that advise nothing about negotiating hold for every
verdict.
"""

from enum import StrEnum

from nlinkoop.domain.portfolio import Mismatch
from nlinkoop.domain.preparation import Kraljic, SupplierView
from nlinkoop.domain.procedure_catalogue import Negotiation, facts_for
from nlinkoop.domain.procedures import Context, Procedure


class Stance(StrEnum):
    """What the verdict leaves the buyer: negotiate, negotiate within the rules, or position."""

    NEGOTIATE = "negotiate"  # commercial, or a procedure that allows negotiation
    WITHIN_RULES = "within_rules"  # allowed in part, by own policy, or no procedure chosen yet
    POSITION = "position"  # the procedure allows no negotiation (positioneren)


def stance(context: Context, procedure: Procedure | None) -> Stance:
    """The buyer's stance for a context and procedure, from the procedure catalogue."""
    if context is Context.COMMERCIAL:
        return Stance.NEGOTIATE
    facts = facts_for(procedure)
    if facts is None:  # the procedure decides, and none is chosen: promise nothing yet
        return Stance.WITHIN_RULES
    return {
        Negotiation.YES: Stance.NEGOTIATE,
        Negotiation.LIMITED: Stance.WITHIN_RULES,
        Negotiation.OWN_POLICY: Stance.WITHIN_RULES,
        Negotiation.NO: Stance.POSITION,
    }[facts.negotiation]


class Tip(StrEnum):
    """One tip's wording: a quadrant's or mismatch's, or its variant for a stance."""

    ROUTINE = "routine"
    LEVERAGE = "leverage"  # use the competition, negotiate price and terms
    LEVERAGE_WITHIN_RULES = "leverage_within_rules"
    LEVERAGE_POSITIONING = "leverage_positioning"
    BOTTLENECK = "bottleneck"
    STRATEGIC = "strategic"  # invest in the relationship
    STRATEGIC_POSITIONING = "strategic_positioning"
    NUISANCE = "nuisance"
    EXPLOITABLE = "exploitable"
    DEVELOPMENT = "development"
    CORE = "core"
    WE_NEED_THEM_MORE = "we_need_them_more"  # invest in the relationship or in alternatives
    WE_NEED_THEM_MORE_POSITIONING = "we_need_them_more_positioning"
    THEY_MAY_EXPLOIT = "they_may_exploit"
    THEY_NEED_US_MORE = "they_need_us_more"  # use that room, without squeezing
    THEY_NEED_US_MORE_WITHIN_RULES = "they_need_us_more_within_rules"
    THEY_NEED_US_MORE_POSITIONING = "they_need_us_more_positioning"


# The tips that advise negotiating freely: only for `Stance.NEGOTIATE`.
NEGOTIATING: frozenset[Tip] = frozenset({Tip.LEVERAGE, Tip.THEY_NEED_US_MORE})

Variants = dict[Stance, Tip]


def _always(tip: Tip) -> Variants:
    return dict.fromkeys(Stance, tip)


def _variants(negotiate: Tip, within_rules: Tip, position: Tip) -> Variants:
    return {
        Stance.NEGOTIATE: negotiate,
        Stance.WITHIN_RULES: within_rules,
        Stance.POSITION: position,
    }


_KRALJIC: dict[Kraljic, Variants] = {
    Kraljic.ROUTINE: _always(Tip.ROUTINE),
    Kraljic.LEVERAGE: _variants(Tip.LEVERAGE, Tip.LEVERAGE_WITHIN_RULES, Tip.LEVERAGE_POSITIONING),
    Kraljic.BOTTLENECK: _always(Tip.BOTTLENECK),
    Kraljic.STRATEGIC: _variants(Tip.STRATEGIC, Tip.STRATEGIC, Tip.STRATEGIC_POSITIONING),
}
_SUPPLIER_VIEW: dict[SupplierView, Variants] = {  # what to expect of them: true in any procedure
    SupplierView.NUISANCE: _always(Tip.NUISANCE),
    SupplierView.EXPLOITABLE: _always(Tip.EXPLOITABLE),
    SupplierView.DEVELOPMENT: _always(Tip.DEVELOPMENT),
    SupplierView.CORE: _always(Tip.CORE),
}
_MISMATCH: dict[Mismatch, Variants] = {
    Mismatch.WE_NEED_THEM_MORE: _variants(
        Tip.WE_NEED_THEM_MORE, Tip.WE_NEED_THEM_MORE, Tip.WE_NEED_THEM_MORE_POSITIONING
    ),
    Mismatch.THEY_MAY_EXPLOIT: _always(Tip.THEY_MAY_EXPLOIT),
    Mismatch.THEY_NEED_US_MORE: _variants(
        Tip.THEY_NEED_US_MORE,
        Tip.THEY_NEED_US_MORE_WITHIN_RULES,
        Tip.THEY_NEED_US_MORE_POSITIONING,
    ),
}


def kraljic_tip(quadrant: Kraljic, buyer: Stance) -> Tip:
    """The tip for where the purchase sits for us, as the verdict allows."""
    return _KRALJIC[quadrant][buyer]


def supplier_view_tip(quadrant: SupplierView, buyer: Stance) -> Tip:
    """The tip for how the supplier sees us (what to expect; the same for every verdict)."""
    return _SUPPLIER_VIEW[quadrant][buyer]


def mismatch_tip(found: Mismatch, buyer: Stance) -> Tip:
    """The tip for a mismatch between the two grids, as the verdict allows."""
    return _MISMATCH[found][buyer]
