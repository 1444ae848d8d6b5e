"""The portfolio grids' axis labels never overlap each other or the cells, down to 1024x700."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from pytestqt.qtbot import QtBot

from nlinkoop.domain.preparation import Kraljic, Preparation, SupplierView
from nlinkoop.domain.procedures import Context, Procedure
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.tabs import BasicsTab
from nlinkoop.ui.widgets.portfolio_grid import PortfolioChooser, PortfolioGrid
from nlinkoop.ui.widgets.portfolio_specs import KRALJIC_GRID, SUPPLIER_GRID
from tests.ui.tabs.helpers import make_tab
from tests.ui.window_helpers import open_window


def assert_apart(grid: PortfolioGrid) -> None:
    """Every axis text inside the grid widget, clear of every other text and of every cell."""
    metrics = grid.fontMetrics()
    labels = grid.axis_labels()
    boxes = [(label.text, label.box(metrics)) for label in labels]
    cells = grid.cell_boxes()
    assert len(boxes) == 6 and all(text for text, _box in boxes)
    for number, (text, box) in enumerate(boxes):
        assert QRect(grid.rect()).contains(box), (text, box, grid.size())
        assert not any(box.intersects(cell) for cell in cells), (text, box)
        for other, other_box in boxes[number + 1 :]:
            assert not box.intersects(other_box), (text, other, grid.size())


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)], ids=lambda s: "x".join(map(str, s)))
def test_the_labels_stand_apart_in_the_window(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    language: str,
    size: tuple[int, int],
) -> None:
    window = open_window(qtbot, example, preferences)
    window.resize(*size)
    qtbot.waitExposed(window)
    basics = next(
        window.tabs.widget(i)
        for i in range(window.tabs.count())
        if isinstance(window.tabs.widget(i), BasicsTab)
    )
    window.tabs.setCurrentWidget(basics)
    grids = basics.findChildren(PortfolioGrid)
    assert len(grids) == 2
    qtbot.waitUntil(lambda: all(2 * g.width() < basics.width() for g in grids))  # side by side
    for grid in grids:
        assert_apart(grid)
        name = grid.objectName().replace(".", "-")
        assert grid.grab().save(f"/tmp/nlinkoop-{name}-{language}-{size[0]}x{size[1]}.png")
    window.close()


@pytest.mark.parametrize("spec", [KRALJIC_GRID, SUPPLIER_GRID], ids=["kraljic", "supplier"])
def test_the_labels_stand_apart_at_every_width_the_grid_can_get(
    qtbot: QtBot, language: str, spec: object
) -> None:
    chooser = PortfolioChooser(spec)  # type: ignore[arg-type]
    qtbot.addWidget(chooser)
    chooser.show()
    grid = chooser.grid
    for width in range(grid.minimumSizeHint().width(), 601, 20):
        chooser.resize(width, 300)
        qtbot.waitUntil(lambda width=width: grid.width() == width)
        assert grid.height() >= grid.sizeHint().height()
        assert_apart(grid)
    narrowest = grid.minimumSizeHint().width()
    chooser.resize(narrowest, 300)
    qtbot.waitUntil(lambda: grid.width() == narrowest)
    texts = " ".join(label.text for label in grid.axis_labels())
    if "…" in texts:  # a name cut short is there whole in the tooltip and for screen readers
        assert grid.toolTip() and grid.toolTip() in grid.accessibleDescription()


def test_the_two_grids_stay_level_beside_a_longer_tip(qtbot: QtBot) -> None:
    prep = Preparation(context=Context.PUBLIC, procedure=Procedure.OPEN_EUROPEAN)
    prep.portfolio.kraljic, prep.portfolio.supplier_view = Kraljic.LEVERAGE, SupplierView.CORE
    tab, _prep, _stack = make_tab(qtbot, BasicsTab, prep)
    assert isinstance(tab, BasicsTab)
    tab.resize(680, 700)  # the tab's size in a 1024x700 window
    panel = tab.portfolio
    ours, theirs = panel.kraljic, panel.supplier_view
    qtbot.waitUntil(lambda: ours.explanation_label.height() > theirs.explanation_label.height())
    assert ours.grid.mapTo(panel, QPoint(0, 0)).y() == theirs.grid.mapTo(panel, QPoint(0, 0)).y()
