"""Shared texts of the preparation tabs: the vocabulary translated with Qt, and hint wording.

Each text is an English source marked with `QT_TRANSLATE_NOOP` in the context `TabTexts` (the
Qt-free lists live in `nlinkoop.vocabulary`); `label()` translates it when a widget is built.
"""

from PySide6.QtCore import QCoreApplication

from nlinkoop.domain.award import AwardMethod, PriceFormula
from nlinkoop.domain.checklist import Pattern
from nlinkoop.domain.hints import Hint, HintCode
from nlinkoop.domain.tips import Tip
from nlinkoop.domain.wishes import WorthIt
from nlinkoop.vocabulary import (
    AUTHORITIES,
    CONTEXTS,
    CONTRACT_KINDS,
    EXPLICIT_KINDS,
    FIELD_KINDS,
    OPTIONS_INCLUDED,
    PARTIES,
    PATTERNS,
    PRINCIPLES,
    PRIORITIES,
    PROCEDURES,
    QT_TRANSLATE_NOOP,
    QUESTIONS,
    RISKS,
    SIDES,
    TODO_KINDS,
    Choices,
)

__all__ = [  # the vocabulary is re-exported: the tabs read it as `texts.PARTIES`
    "AUTHORITIES",
    "AWARD_METHODS",
    "CONTEXTS",
    "CONTRACT_KINDS",
    "EXPLICIT_KINDS",
    "FIELD_KINDS",
    "MISMATCH_TIPS",
    "OPTIONS_INCLUDED",
    "PARTIES",
    "PATTERNS",
    "PRICE_FORMULAS",
    "PRINCIPLES",
    "PRIORITIES",
    "PROCEDURES",
    "QT_TRANSLATE_NOOP",
    "QUESTIONS",
    "RISKS",
    "SIDES",
    "TODO_KINDS",
    "WORTH_IT",
    "Choices",
    "hint_text",
    "label",
    "translated",
]

CONTEXT = "TabTexts"

# Only the window shows these (the briefing names the wish, not the award model).
AWARD_METHODS: Choices = [
    (QT_TRANSLATE_NOOP("TabTexts", "Points for price and quality"), AwardMethod.POINTS),
    (QT_TRANSLATE_NOOP("TabTexts", "Gunnen op Waarde (quality in euros)"), AwardMethod.VALUE),
]
PRICE_FORMULAS: Choices = [
    (QT_TRANSLATE_NOOP("TabTexts", "Relative to the lowest price"), PriceFormula.RELATIVE),
    (
        QT_TRANSLATE_NOOP("TabTexts", "Linear between the lowest and a reference price"),
        PriceFormula.LINEAR,
    ),
]
WORTH_IT: Choices = [
    (QT_TRANSLATE_NOOP("TabTexts", "Not weighed yet"), None),
    (QT_TRANSLATE_NOOP("TabTexts", "Yes"), WorthIt.YES),
    (QT_TRANSLATE_NOOP("TabTexts", "Doubt"), WorthIt.DOUBT),
    (QT_TRANSLATE_NOOP("TabTexts", "No"), WorthIt.NO),
]


def label(text: str) -> str:
    """The translation of a text marked in this module."""
    return QCoreApplication.translate(CONTEXT, text)


def translated(choices: Choices) -> Choices:
    """The choices with their labels translated, for a combo box."""
    return [(label(text), value) for text, value in choices]


_HINTS: dict[HintCode, str] = {
    HintCode.PUBLIC_WITHOUT_PROCEDURE: QT_TRANSLATE_NOOP(
        "TabTexts",
        "This is a public purchase, but no procedure is chosen yet. The procedure decides how "
        "much room there is to negotiate.",
    ),
    HintCode.NO_OWN_ALTERNATIVE: QT_TRANSLATE_NOOP(
        "TabTexts",
        "Our own alternative is not described yet. Knowing what you will do without an "
        "agreement keeps fear from steering you.",
    ),
    HintCode.NO_OPENING: QT_TRANSLATE_NOOP(
        "TabTexts",
        "There is no opening statement yet. Openness at the start helps: say what you come "
        "to do and what you come to get.",
    ),
    HintCode.RISK_WITHOUT_ALTERNATIVE: QT_TRANSLATE_NOOP(
        "TabTexts",
        'You see a risk of "{pattern}", but have not written yet what you will do instead.',
    ),
    # The wish hints follow the wish's name ("Vaste schoonmakers: ...").
    HintCode.MORE_THAN_ONE_WISH: QT_TRANSLATE_NOOP(
        "TabTexts",
        "More than one wish: temper them to at most one. With many wishes the best writer "
        "wins, not the best party.",
    ),
    HintCode.WISH_NOT_SUBSTANTIATED: QT_TRANSLATE_NOOP(
        "TabTexts",
        "not substantiated yet. What does it add for customers, for the organisation's "
        "development or for the quality of the process?",
    ),
    HintCode.WISH_CARRIED_OVER: QT_TRANSLATE_NOOP(
        "TabTexts",
        "carried over from an earlier tender. Keep it only if it still meets a real need today.",
    ),
    HintCode.POINTS_WITHOUT_EURO: QT_TRANSLATE_NOOP(
        "TabTexts",
        "has points but no euros per point yet. What is the score worth to us in euros?",
    ),
    HintCode.CERTIFICATE_IN_AWARD: QT_TRANSLATE_NOOP(
        "TabTexts",
        "looks like a company certificate. That says something about the company, not about "
        "this contract: it likely belongs in the suitability requirements, not in the award.",
    ),
}


# The portfolio mismatch is worded per tip: the domain chooses it by the legal gate's verdict.
MISMATCH_TIPS: dict[Tip, str] = {
    Tip.WE_NEED_THEM_MORE: QT_TRANSLATE_NOOP(
        "TabTexts",
        "Strategic or a bottleneck for us, but a nuisance to them: expect little priority. "
        "Invest in the relationship or in alternatives.",
    ),
    Tip.WE_NEED_THEM_MORE_POSITIONING: QT_TRANSLATE_NOOP(
        "TabTexts",
        "Strategic or a bottleneck for us, but a nuisance to them: expect few tenders. Consult "
        "the market beforehand and make the request worth their while.",
    ),
    Tip.THEY_MAY_EXPLOIT: QT_TRANSLATE_NOOP(
        "TabTexts",
        "Strategic or a bottleneck for us, and they see room to profit: they may exploit our "
        "dependence. Know the market and your alternative.",
    ),
    Tip.THEY_NEED_US_MORE: QT_TRANSLATE_NOOP(
        "TabTexts",
        "Routine or leverage for us, while we matter to them: they need us more than we need "
        "them. Use that room, without squeezing.",
    ),
    Tip.THEY_NEED_US_MORE_WITHIN_RULES: QT_TRANSLATE_NOOP(
        "TabTexts",
        "Routine or leverage for us, while we matter to them: they need us more than we need "
        "them. Use that room only as far as the procedure allows, the same for every "
        "tenderer, and without squeezing.",
    ),
    Tip.THEY_NEED_US_MORE_POSITIONING: QT_TRANSLATE_NOOP(
        "TabTexts",
        "Routine or leverage for us, while we matter to them: they need us more than we need "
        "them. Expect keen tenders, and put your influence into a clear request with award "
        "criteria that reward value.",
    ),
}


def hint_text(hint: Hint) -> str:
    """The translated wording of a hint; empty for a hint the tabs do not show."""
    if hint.code is HintCode.PORTFOLIO_MISMATCH:
        return label(MISMATCH_TIPS[hint.tip]) if hint.tip in MISMATCH_TIPS else ""
    text = _HINTS.get(hint.code)
    if text is None:
        return ""
    pattern = ""
    if hint.code is HintCode.RISK_WITHOUT_ALTERNATIVE and hint.subject in set(Pattern):
        pattern = label(PATTERNS[Pattern(hint.subject)][0])
    return label(text).format(pattern=pattern)
