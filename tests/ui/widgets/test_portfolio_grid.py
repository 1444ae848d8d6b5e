"""The portfolio grids: choosing by mouse and keyboard, clearing, and painting light and dark."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from nlinkoop.domain.preparation import Kraljic, SupplierView
from nlinkoop.domain.tips import Stance
from nlinkoop.ui.screenshots import dark_palette
from nlinkoop.ui.widgets.portfolio_grid import PortfolioChooser
from nlinkoop.ui.widgets.portfolio_specs import KRALJIC_GRID, SUPPLIER_GRID, GridSpec


def chooser(qtbot: QtBot, spec: GridSpec = KRALJIC_GRID) -> PortfolioChooser:
    widget = PortfolioChooser(spec)
    qtbot.addWidget(widget)
    widget.resize(400, 260)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_cells_follow_the_axes(qtbot: QtBot) -> None:
    ours = chooser(qtbot)
    grid = ours.grid
    strategic, routine = grid.cell_rect(Kraljic.STRATEGIC), grid.cell_rect(Kraljic.ROUTINE)
    assert strategic.left() > routine.left() and strategic.top() < routine.top()  # risk, impact
    assert grid.cell_rect(Kraljic.LEVERAGE).top() == strategic.top()  # high impact, low risk
    theirs = chooser(qtbot, SUPPLIER_GRID)
    core = theirs.grid.cell_rect(SupplierView.CORE)
    nuisance = theirs.grid.cell_rect(SupplierView.NUISANCE)
    assert core.left() > nuisance.left() and core.top() < nuisance.top()
    assert theirs.grid.cell_rect(SupplierView.EXPLOITABLE).left() == core.left()  # value high


def test_a_click_chooses_and_explains_and_a_second_click_clears(qtbot: QtBot) -> None:
    widget = chooser(qtbot)
    centre = widget.grid.cell_rect(Kraljic.STRATEGIC).center()
    with qtbot.waitSignal(widget.chosen, check_params_cb=lambda v: v is Kraljic.STRATEGIC):
        qtbot.mouseClick(widget.grid, Qt.MouseButton.LeftButton, pos=centre)
    assert widget.value is Kraljic.STRATEGIC
    assert widget.explanation_label.text().startswith("Large impact and large risk")
    assert "Chosen: Strategic." in widget.grid.accessibleDescription()
    with qtbot.waitSignal(widget.chosen, check_params_cb=lambda v: v is None):
        qtbot.mouseClick(widget.grid, Qt.MouseButton.LeftButton, pos=centre)
    assert widget.value is None
    assert "arrow keys" in widget.explanation_label.text()


def test_the_keyboard_moves_chooses_and_clears(qtbot: QtBot) -> None:
    widget = chooser(qtbot, SUPPLIER_GRID)
    grid = widget.grid
    assert grid.focusPolicy() == Qt.FocusPolicy.StrongFocus
    grid.setFocus()
    assert grid.quadrant(grid.focus_cell) is SupplierView.NUISANCE  # starts low, low
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    with qtbot.waitSignal(widget.chosen):
        qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert widget.value is SupplierView.CORE
    assert widget.explanation_label.text().startswith("Large and attractive to them")
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert widget.value is SupplierView.EXPLOITABLE
    with qtbot.waitSignal(widget.chosen, check_params_cb=lambda v: v is None):
        qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert widget.value is None
    with qtbot.assertNotEmitted(widget.chosen):
        qtbot.keyClick(grid, Qt.Key.Key_Backspace)  # nothing to clear


def test_setting_the_value_is_not_choosing(qtbot: QtBot) -> None:
    widget = chooser(qtbot)
    with qtbot.assertNotEmitted(widget.chosen):
        widget.set_value(Kraljic.BOTTLENECK)
    assert widget.explanation_label.text().startswith("Small impact but hard to replace")


def test_every_quadrant_has_a_name_and_a_tip_for_every_stance() -> None:
    for spec in (KRALJIC_GRID, SUPPLIER_GRID):
        assert len(spec.names) == 4
        chosen = {spec.tip(value, stance) for value in spec.names for stance in Stance}
        assert chosen == spec.tips.keys()  # each tip worded, no words left unused


def test_the_grid_paints_the_choice_in_light_and_dark(qtbot: QtBot) -> None:
    widget = chooser(qtbot)
    grid = widget.grid
    grid.set_value(Kraljic.LEVERAGE)
    grid.setFocus()
    for palette in (grid.palette(), dark_palette()):
        grid.setPalette(palette)
        image = grid.grab().toImage()  # a Qt warning while painting fails the test
        for value, role in (
            (Kraljic.LEVERAGE, QPalette.ColorRole.Highlight),
            (Kraljic.ROUTINE, QPalette.ColorRole.Base),
        ):
            corner = grid.cell_rect(value).topLeft()
            assert image.pixelColor(corner.x() + 8, corner.y() + 8) == palette.color(role)
