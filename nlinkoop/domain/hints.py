"""Gentle hints computed from a preparation: never blockers, only nudges."""

from dataclasses import dataclass
from enum import StrEnum

from nlinkoop.domain.conditions import Side
from nlinkoop.domain.portfolio import mismatch
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.procedures import Context
from nlinkoop.domain.tips import Tip, mismatch_tip, stance
from nlinkoop.domain.wishes import looks_like_certificate


class HintCode(StrEnum):
    NO_OPENING = "no_opening"
    MORE_THAN_ONE_WISH = "more_than_one_wish"
    WISH_NOT_SUBSTANTIATED = "wish_not_substantiated"
    WISH_CARRIED_OVER = "wish_carried_over"
    POINTS_WITHOUT_EURO = "points_without_euro"
    CERTIFICATE_IN_AWARD = "certificate_in_award"  # subject: a wish's or a criterion's id
    RISK_WITHOUT_ALTERNATIVE = "risk_without_alternative"
    NO_OWN_ALTERNATIVE = "no_own_alternative"
    PUBLIC_WITHOUT_PROCEDURE = "public_without_procedure"
    PORTFOLIO_MISMATCH = "portfolio_mismatch"  # subject: the `portfolio.Mismatch` value; tip


@dataclass(frozen=True)
class Hint:
    """One nudge; `subject` names the pattern or wish it is about, if any.

    A hint whose advice depends on the legal gate's verdict carries the `tip` chosen for it
    (the portfolio mismatch: negotiate, within the procedure's rules, or position).
    """

    code: HintCode
    subject: str = ""
    tip: Tip | None = None


def hints(prep: Preparation) -> list[Hint]:
    """All hints for a preparation, in the order a buyer would meet them in the tabs."""
    found: list[Hint] = []
    if prep.context is Context.PUBLIC and prep.procedure is None:
        found.append(Hint(HintCode.PUBLIC_WITHOUT_PROCEDURE))
    found_mismatch = mismatch(prep.portfolio)
    if found_mismatch is not None:
        tip = mismatch_tip(found_mismatch, stance(prep.context, prep.procedure))
        found.append(Hint(HintCode.PORTFOLIO_MISMATCH, found_mismatch.value, tip))
    if not any(a.side is Side.OURS and a.description.strip() for a in prep.capacity.alternatives):
        found.append(Hint(HintCode.NO_OWN_ALTERNATIVE))
    if prep.opening.is_empty:
        found.append(Hint(HintCode.NO_OPENING))
    for check in prep.checklist.patterns:
        if check.risk and not check.instead.strip():
            found.append(Hint(HintCode.RISK_WITHOUT_ALTERNATIVE, check.pattern.value))
    if len(prep.wishes) > 1:
        found.append(Hint(HintCode.MORE_THAN_ONE_WISH))
    for wish in prep.wishes:
        if not wish.substantiated:
            found.append(Hint(HintCode.WISH_NOT_SUBSTANTIATED, wish.id))
        if wish.carried_over:
            found.append(Hint(HintCode.WISH_CARRIED_OVER, wish.id))
        if wish.points is not None and wish.euro_per_point is None:
            found.append(Hint(HintCode.POINTS_WITHOUT_EURO, wish.id))
    found += _certificates(prep)
    return found


def _certificates(prep: Preparation) -> list[Hint]:
    """A wish or award criterion named like a company certificate, once per wish.

    A criterion whose wish already has the hint gets none of its own.
    """
    found = [
        Hint(HintCode.CERTIFICATE_IN_AWARD, wish.id)
        for wish in prep.wishes
        if looks_like_certificate(wish.description)
    ]
    flagged = {hint.subject for hint in found}
    found += [
        Hint(HintCode.CERTIFICATE_IN_AWARD, criterion.id)
        for criterion in prep.award.criteria
        if looks_like_certificate(criterion.name) and criterion.wish_id not in flagged
    ]
    return found
