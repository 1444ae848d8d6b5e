"""The Basis tab's portfolio position: two grids, the mismatch hint, undo, and saving."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from nlinkoop.domain.preparation import Kraljic, Preparation, SupplierView
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui.screenshots import dark_palette
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.tabs import BasicsTab
from nlinkoop.ui.widgets.portfolio_grid import PortfolioGrid
from tests.ui.tabs.helpers import make_tab
from tests.ui.window_helpers import open_window

MISMATCH = "Strategic or a bottleneck for us, but a nuisance to them"


def basics(qtbot: QtBot, prep: Preparation | None = None) -> tuple[BasicsTab, Preparation]:
    tab, prep, _stack = make_tab(qtbot, BasicsTab, prep)
    assert isinstance(tab, BasicsTab)
    return tab, prep


def click(qtbot: QtBot, grid: PortfolioGrid, value: object) -> None:
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(value).center())


def test_the_grids_are_found_by_their_json_paths(qtbot: QtBot) -> None:
    tab, _prep = basics(qtbot)
    for path in ("portfolio.kraljic", "portfolio.supplier_view"):
        grid = tab.field(path)
        assert isinstance(grid, PortfolioGrid) and grid.accessibleName()
    assert tab.field("portfolio.note").accessibleName() == "What this means for the meeting"


def test_a_mismatch_shows_a_hint_in_the_group_and_in_the_hints_panel(qtbot: QtBot) -> None:
    tab, prep = basics(qtbot)
    panel = tab.portfolio
    with qtbot.waitSignal(tab.changed):
        click(qtbot, panel.kraljic.grid, Kraljic.STRATEGIC)
    assert prep.portfolio.kraljic is Kraljic.STRATEGIC
    assert not panel.mismatch_label.isVisible()
    click(qtbot, panel.supplier_view.grid, SupplierView.NUISANCE)
    assert prep.portfolio.supplier_view is SupplierView.NUISANCE
    assert panel.mismatch_label.isVisible() and MISMATCH in panel.mismatch_label.text()
    assert any(MISMATCH in text for text in tab.hints_panel.texts)
    click(qtbot, panel.supplier_view.grid, SupplierView.CORE)
    assert not panel.mismatch_label.isVisible()
    assert not any("Strategic" in text for text in tab.hints_panel.texts)


def test_they_need_us_more_is_worded(qtbot: QtBot) -> None:
    prep = Preparation()
    prep.portfolio.kraljic, prep.portfolio.supplier_view = Kraljic.LEVERAGE, SupplierView.CORE
    tab, _prep = basics(qtbot, prep)
    assert "they need us more than we need them" in tab.portfolio.mismatch_label.text()
    assert tab.portfolio.kraljic.value is Kraljic.LEVERAGE  # loading shows the choice


def test_undo_and_redo_restore_the_quadrant(qtbot: QtBot) -> None:
    tab, prep, stack = make_tab(qtbot, BasicsTab)
    assert isinstance(tab, BasicsTab)
    grid = tab.portfolio.kraljic.grid
    click(qtbot, grid, Kraljic.ROUTINE)
    click(qtbot, grid, Kraljic.BOTTLENECK)
    assert stack.count() == 2 and stack.undoText() == "For us (Kraljic)"
    with qtbot.waitSignal(tab.changed):
        stack.undo()
    assert prep.portfolio.kraljic is Kraljic.ROUTINE and grid.value is Kraljic.ROUTINE
    assert tab.portfolio.kraljic.explanation_label.text().startswith("Small impact and little")
    stack.undo()
    assert prep.portfolio.kraljic is None and grid.value is None
    stack.redo()
    assert prep.portfolio.kraljic is Kraljic.ROUTINE


def test_the_group_paints_light_and_dark(qtbot: QtBot) -> None:
    prep = Preparation()
    prep.portfolio.kraljic, prep.portfolio.supplier_view = Kraljic.STRATEGIC, SupplierView.NUISANCE
    tab, _prep = basics(qtbot, prep)
    tab.resize(1280, 860)
    scroll = tab.findChild(QScrollArea)
    assert scroll is not None
    scroll.ensureWidgetVisible(tab.portfolio)
    for palette in (tab.palette(), dark_palette()):
        tab.setPalette(palette)
        assert not tab.grab().isNull()  # a Qt warning while painting fails the test


def test_the_choice_is_saved_with_the_workbook_and_ctrl_z_takes_it_back(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)
    tab = next(
        window.tabs.widget(i)
        for i in range(window.tabs.count())
        if isinstance(window.tabs.widget(i), BasicsTab)
    )
    assert isinstance(tab, BasicsTab)
    prep = tab._prep
    assert prep is not None
    value = Kraljic.BOTTLENECK if prep.portfolio.kraljic is not Kraljic.BOTTLENECK else None
    grid = tab.portfolio.kraljic.grid
    grid.setFocus()
    grid.set_value(prep.portfolio.kraljic)
    grid.focus_cell = grid.cell_of(Kraljic.BOTTLENECK)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert prep.portfolio.kraljic is value
    assert window.autosave.dirty
    window.autosave.flush()
    assert window.workbook.load(prep.id).portfolio.kraljic is value  # in the working copy
    with qtbot.waitActive(window):
        window.activateWindow()
    grid.setFocus()
    before = tab.portfolio.kraljic.grid.value
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert prep.portfolio.kraljic is not before and grid.value is prep.portfolio.kraljic
    qtbot.keyClick(
        grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert prep.portfolio.kraljic is value
    window.close()
    with Workbook.open(example) as workbook:
        assert workbook.load(prep.id).portfolio.kraljic is value
