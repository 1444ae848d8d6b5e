"""In the window: the procedure chosen in Basis moves the other tabs to positioning, and Help."""

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from nlinkoop.domain.procedures import Procedure
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui.dialogs.positioning_reference import PositioningReference
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.tabs import BasicsTab, CapacityTab, OpportunityTab, PreparationTab
from nlinkoop.ui.window.main_window import MainWindow
from tests.ui.window_helpers import open_window

T = TypeVar("T", bound=PreparationTab)
POSITIONING = "In this procedure there is nothing to negotiate"


def page(window: MainWindow, cls: type[T]) -> T:
    return window.page(cls)


def show_preparation(window: MainWindow, procedure: Procedure) -> None:
    """Show the example's preparation in this procedure, as a click in the list does."""
    with Workbook.open(window.workbook.path) as workbook:
        prep_id = next(
            s.id for s in workbook.list_preparations() if workbook.load(s.id).procedure is procedure
        )
    window.preparations.current_changed.emit(prep_id)
    assert window.preparation is not None and window.preparation.procedure is procedure


def test_choosing_the_procedure_in_basis_switches_the_advice_of_the_other_tabs(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)
    basics = page(window, BasicsTab)
    opportunity = page(window, OpportunityTab)
    capacity = page(window, CapacityTab)

    show_preparation(window, Procedure.MULTIPLE_PRIVATE)  # room to negotiate, by own policy
    assert not opportunity.guidance.text_label.text().startswith(POSITIONING)
    show_preparation(window, Procedure.OPEN_EUROPEAN)  # loading it switches: no edit needed
    assert opportunity.guidance.text_label.text().startswith(POSITIONING)
    assert capacity.banner.text() == "Positioning, not negotiating: Open procedure (European)"
    assert basics.verdict.verdict_label.text() == "✗  No, only clarification"

    procedure = basics.field("procedure")
    assert isinstance(procedure, QComboBox)
    procedure.setCurrentIndex(procedure.findText("Single private procedure"))
    assert window.autosave.dirty  # the advice changed at once, before the save
    for tab in (opportunity, capacity):
        assert not tab.guidance.text_label.text().startswith(POSITIONING)
        assert not tab.banner.isVisible()
    # the cleaning tender is worth € 7.200.000: a single private procedure is ruled out at once
    assert basics.verdict.verdict_label.text() == "✗  Not allowed at this value"
    assert basics.verdict.checks_label.text().startswith("✗  The value €7,200,000 is at or above")

    window.menus.undo_action.trigger()
    assert capacity.guidance.text_label.text().startswith(POSITIONING)
    window.menus.redo_action.trigger()
    assert not capacity.guidance.text_label.text().startswith(POSITIONING)
    assert window.save_now()
    prep_id = window.preparation.id if window.preparation is not None else ""
    window.close()
    with Workbook.open(example) as workbook:
        assert workbook.load(prep_id).procedure is Procedure.SINGLE_PRIVATE


def test_help_opens_the_reference_with_four_rows_and_esc_closes_it(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)
    assert window.menus.help_menu.title() == "&Help"
    action = window.findChild(QAction, "positioning_reference")
    assert isinstance(action, QAction) and action in window.menus.help_menu.actions()
    action.trigger()
    dialog = window.findChild(PositioningReference)
    assert isinstance(dialog, PositioningReference)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Commercial negotiation or public positioning"
    assert dialog.table.rowCount() == 4
    labels = [dialog.table.verticalHeaderItem(r).text() for r in range(4)]
    assert labels == ["Role", "Goal", "Strategy", "Legal context"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.isVisible()
    window.close()
