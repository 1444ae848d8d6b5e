"""What the two portfolio grids show: their axes, their quadrants' names, and the tips' words."""

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from nlinkoop.domain.portfolio import kraljic_at, supplier_view_at
from nlinkoop.domain.tips import Stance, Tip, kraljic_tip, supplier_view_tip
from nlinkoop.vocabulary import KRALJIC, QT_TRANSLATE_NOOP, SUPPLIER_VIEWS

CONTEXT = "PortfolioGrid"
LOW = QT_TRANSLATE_NOOP("PortfolioGrid", "low")  # the ends of each axis
HIGH = QT_TRANSLATE_NOOP("PortfolioGrid", "high")


@dataclass(frozen=True)
class GridSpec:
    """What one grid shows: its axes, which quadrant each cell is, and the tip for each one.

    `at(x_high, y_high)` gives the quadrant of a cell; `tip(quadrant, stance)` the tip for it,
    chosen by the domain (`domain.tips`) so it never advises more than the procedure allows;
    `tips` holds their words. Names are in the context "TabTexts", axes and tips in
    "PortfolioGrid" (both English sources, translated when shown).
    """

    title: str
    x_axis: str
    y_axis: str
    at: Callable[[bool, bool], Enum]
    names: dict[Enum, str]
    tip: Callable[[Any, Stance], Tip]
    tips: dict[Tip, str]


KRALJIC_GRID = GridSpec(
    title=QT_TRANSLATE_NOOP("PortfolioGrid", "For us (Kraljic)"),
    x_axis=QT_TRANSLATE_NOOP("PortfolioGrid", "Supply risk"),
    y_axis=QT_TRANSLATE_NOOP("PortfolioGrid", "Profit impact"),
    at=lambda risk, impact: kraljic_at(profit_impact_high=impact, supply_risk_high=risk),
    names={value: text for text, value in KRALJIC if isinstance(value, Enum)},
    tip=kraljic_tip,
    tips={
        Tip.ROUTINE: QT_TRANSLATE_NOOP(
            "PortfolioGrid", "Small impact and little risk: keep it simple and spend little time."
        ),
        Tip.LEVERAGE: QT_TRANSLATE_NOOP(
            "PortfolioGrid",
            "Large impact and many suppliers: use the competition, negotiate price and terms.",
        ),
        Tip.LEVERAGE_WITHIN_RULES: QT_TRANSLATE_NOOP(
            "PortfolioGrid",
            "Large impact and many suppliers: use the competition. Negotiate only as far as the "
            "procedure allows, and the same with every tenderer.",
        ),
        Tip.LEVERAGE_POSITIONING: QT_TRANSLATE_NOOP(
            "PortfolioGrid",
            "Large impact and many suppliers: let the competition work through a sharp request: "
            "clear specifications, proportionate requirements and award criteria that reward "
            "value. Consult the market beforehand.",
        ),
        Tip.BOTTLENECK: QT_TRANSLATE_NOOP(
            "PortfolioGrid", "Small impact but hard to replace: secure supply, look for options."
        ),
        Tip.STRATEGIC: QT_TRANSLATE_NOOP(
            "PortfolioGrid",
            "Large impact and large risk: invest in the relationship and long-term cooperation.",
        ),
        Tip.STRATEGIC_POSITIONING: QT_TRANSLATE_NOOP(
            "PortfolioGrid",
            "Large impact and large risk: put your effort into a request that rewards long-term "
            "cooperation, and into the relationship after the award.",
        ),
    },
)
SUPPLIER_GRID = GridSpec(
    title=QT_TRANSLATE_NOOP("PortfolioGrid", "How the supplier sees us"),
    x_axis=QT_TRANSLATE_NOOP("PortfolioGrid", "Value of our business to them"),
    y_axis=QT_TRANSLATE_NOOP("PortfolioGrid", "How attractive we are as a customer"),
    at=lambda value, attractive: supplier_view_at(attractive=attractive, value_high=value),
    names={value: text for text, value in SUPPLIER_VIEWS if isinstance(value, Enum)},
    tip=supplier_view_tip,
    tips={
        Tip.NUISANCE: QT_TRANSLATE_NOOP(
            "PortfolioGrid", "Small and not attractive to them: expect little priority."
        ),
        Tip.EXPLOITABLE: QT_TRANSLATE_NOOP(
            "PortfolioGrid",
            "Our money counts, we do not: expect high prices and little extra effort.",
        ),
        Tip.DEVELOPMENT: QT_TRANSLATE_NOOP(
            "PortfolioGrid", "Small now but attractive: they want to grow with us and will try."
        ),
        Tip.CORE: QT_TRANSLATE_NOOP(
            "PortfolioGrid",
            "Large and attractive to them: they will look after us and give us priority.",
        ),
    },
)


def grid_text(text: str) -> str:
    """A text of the grids (context "PortfolioGrid"), translated."""
    return QCoreApplication.translate(CONTEXT, text)


def quadrant_name(spec: GridSpec, value: Enum) -> str:
    """The translated name of a quadrant ("Strategisch")."""
    return QCoreApplication.translate("TabTexts", spec.names[value])


def explanation(spec: GridSpec, value: Enum | None, stance: Stance) -> str:
    """The meaning of a quadrant and its tip as the verdict allows, translated; empty for none."""
    return "" if value is None else grid_text(spec.tips[spec.tip(value, stance)])
