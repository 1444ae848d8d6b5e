"""The shared parts: guidance toggle, hints panel, keyed paths and percentages."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from nlinkoop.domain.checklist import Pattern
from nlinkoop.domain.conditions import CostLine
from nlinkoop.domain.preparation import Preparation
from nlinkoop.ui.binding import FieldBinder, assign, resolve
from nlinkoop.ui.models.list_model import Column, Kind, ListTableModel
from nlinkoop.ui.tabs import MotivationTab
from nlinkoop.ui.widgets.guidance import GuidanceBox
from tests.ui.tabs.helpers import make_tab


def test_the_guidance_toggles_by_keyboard(qtbot: QtBot) -> None:
    box = GuidanceBox("Kort en duidelijk.")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.is_open() and box.text_label.isVisible()
    box.toggle_button.setFocus()
    qtbot.keyClick(box.toggle_button, Qt.Key.Key_Space)
    assert not box.is_open() and not box.text_label.isVisible()
    assert box.toggle_button.accessibleName()
    qtbot.keyClick(box.toggle_button, Qt.Key.Key_Space)
    assert box.text_label.isVisible()


def test_a_tab_has_guidance_text(qtbot: QtBot) -> None:
    tab, _prep, _stack = make_tab(qtbot, MotivationTab)
    assert len(tab.guidance.text_label.text()) > 80
    assert tab.guidance.text_label.wordWrap()


def test_keyed_paths_reach_checklist_entries() -> None:
    prep = Preparation()
    assign(prep, "checklist.patterns.pressure.instead", "Vragen stellen")
    assert prep.checklist.pattern(Pattern.PRESSURE).instead == "Vragen stellen"
    assert resolve(prep, "checklist.pressure.must_react.answer") == ""
    assert resolve(prep, "meeting.place") == ""


def test_a_keyed_path_binds_a_line_edit(qtbot: QtBot) -> None:
    prep = Preparation()
    binder = FieldBinder(QUndoStack())
    edit = QLineEdit()
    qtbot.addWidget(edit)
    binder.line_edit(edit, "checklist.principles.trust.action", "Action")
    binder.load(prep)
    qtbot.keyClicks(edit, "Eerst luisteren")
    assert prep.checklist.principles[1].action == "Eerst luisteren"
    assert edit.objectName() == "checklist.principles.trust.action"


def test_percent_cells_read_and_show_dutch_decimals() -> None:
    rows = [CostLine(component="Loon")]
    model = ListTableModel([Column("share_percent", "Share", Kind.PERCENT)], CostLine)
    model.set_rows(rows)
    assert model.setData(model.index(0, 0), "72,5")
    assert rows[0].share_percent == Decimal("72.50")
    assert model.data(model.index(0, 0)) == "72,5"
    assert model.setData(model.index(0, 0), "30 %")
    assert model.data(model.index(0, 0)) == "30"
    assert not model.setData(model.index(0, 0), "veel")
    assert model.setData(model.index(0, 0), "")
    assert rows[0].share_percent is None
