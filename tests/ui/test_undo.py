from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from nlinkoop.domain.preparation import Kraljic, Preparation
from nlinkoop.ui import undo
from nlinkoop.ui.binding import FieldBinder

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Form(QWidget):
    def __init__(self, stack: QUndoStack) -> None:
        super().__init__()
        self.binder = FieldBinder(stack, self)
        self.place, self.title, self.amount = QLineEdit(), QLineEdit(), QLineEdit()
        self.notes, self.kraljic = QPlainTextEdit(), QComboBox()
        layout = QVBoxLayout(self)
        for widget in (self.place, self.title, self.amount, self.notes, self.kraljic):
            layout.addWidget(widget)
        self.binder.line_edit(self.place, "meeting.place", "Place")
        self.binder.line_edit(self.title, "title", "Title")
        self.binder.euro_edit(self.amount, "contract_value")
        self.binder.plain_text(self.notes, "relationship.now")
        choices = [("", None)] + [(k.value, k) for k in Kraljic]
        self.binder.combo_data(self.kraljic, "portfolio.kraljic", choices)


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    form = Form(QUndoStack())
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.binder.load(Preparation())
    return form


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=1000)


def stack_of(form: Form) -> QUndoStack:
    return form.binder._stack  # type: ignore[return-value]


def test_ctrl_z_in_a_line_edit_undoes_the_domain_edit_as_one_step(qtbot: QtBot, form: Form) -> None:
    prep = form.binder.target
    focus(qtbot, form.place)
    qtbot.keyClicks(form.place, "Utrecht")
    assert stack_of(form).count() == 1  # seven keystrokes, one undo step
    with qtbot.waitSignal(form.binder.changed, timeout=100):  # the autosave hears undo
        qtbot.keyClick(form.place, Qt.Key.Key_Z, CTRL)
    assert prep.meeting.place == "" and form.place.text() == ""
    with qtbot.waitSignal(form.binder.changed, timeout=100):
        qtbot.keyClick(form.place, Qt.Key.Key_Z, CTRL | SHIFT)
    assert prep.meeting.place == "Utrecht" and form.place.text() == "Utrecht"


def test_a_window_undo_action_does_not_fire_twice(qtbot: QtBot, form: Form) -> None:
    stack = stack_of(form)
    action = stack.createUndoAction(form)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    form.addAction(action)
    triggered: list[bool] = []
    action.triggered.connect(triggered.append)
    focus(qtbot, form.title)
    qtbot.keyClicks(form.title, "Ab")
    focus(qtbot, form.place)
    qtbot.keyClicks(form.place, "Cd")
    qtbot.keyClick(form.place, Qt.Key.Key_Z, CTRL)
    assert not triggered
    assert form.binder.target.title == "Ab" and form.binder.target.meeting.place == ""
    assert isinstance(action, QAction)


def test_another_field_starts_a_new_step(qtbot: QtBot, form: Form) -> None:
    prep = form.binder.target
    focus(qtbot, form.place)
    qtbot.keyClicks(form.place, "Ede")
    focus(qtbot, form.title)
    qtbot.keyClicks(form.title, "Jaargesprek")
    focus(qtbot, form.place)  # back again: a new step, even in the same field
    qtbot.keyClicks(form.place, " Centrum")
    assert stack_of(form).count() == 3
    qtbot.keyClick(form.place, Qt.Key.Key_Z, CTRL)
    assert prep.meeting.place == "Ede" and prep.title == "Jaargesprek"
    qtbot.keyClick(form.place, Qt.Key.Key_Z, CTRL)
    assert prep.title == ""
    qtbot.keyClick(form.place, Qt.Key.Key_Z, CTRL)
    assert prep.meeting.place == ""
    assert form.place.text() == "" and form.title.text() == ""


def test_a_pause_in_typing_starts_a_new_step(
    qtbot: QtBot, form: Form, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [100.0]
    monkeypatch.setattr(undo, "monotonic", lambda: now[0])
    focus(qtbot, form.place)
    qtbot.keyClicks(form.place, "Ede")
    now[0] += undo.MERGE_PAUSE_S + 0.1
    qtbot.keyClicks(form.place, "x")
    assert stack_of(form).count() == 2
    qtbot.keyClick(form.place, Qt.Key.Key_Z, CTRL)
    assert form.binder.target.meeting.place == "Ede"


def test_typing_back_to_the_old_value_leaves_no_step(qtbot: QtBot, form: Form) -> None:
    focus(qtbot, form.place)
    qtbot.keyClicks(form.place, "ab")
    qtbot.keyClick(form.place, Qt.Key.Key_Backspace)
    qtbot.keyClick(form.place, Qt.Key.Key_Backspace)
    assert stack_of(form).count() == 0


def test_undo_of_dutch_text_and_amounts(qtbot: QtBot, form: Form) -> None:
    prep = form.binder.target
    focus(qtbot, form.amount)
    qtbot.keyClicks(form.amount, "1.250,50")
    qtbot.keyClick(form.amount, Qt.Key.Key_Return)
    focus(qtbot, form.notes)
    form.notes.insertPlainText("Prettig, één aanspreekpunt")
    assert prep.relationship.now == "Prettig, één aanspreekpunt"
    qtbot.keyClick(form.notes, Qt.Key.Key_Z, CTRL)
    assert prep.relationship.now == "" and form.notes.toPlainText() == ""
    qtbot.keyClick(form.notes, Qt.Key.Key_Z, CTRL)
    assert prep.contract_value is None and form.amount.text() == ""
    qtbot.keyClick(form.notes, Qt.Key.Key_Y, CTRL)  # Ctrl+Y redoes too (not on macOS)
    assert prep.contract_value == Decimal("1250.50")
    assert form.amount.text() == "€ 1.250,50"


def test_combo_edits_are_single_steps(qtbot: QtBot, form: Form) -> None:
    prep = form.binder.target
    form.kraljic.setCurrentIndex(1)
    form.kraljic.setCurrentIndex(2)
    assert stack_of(form).count() == 2
    stack_of(form).undo()
    assert prep.portfolio.kraljic is Kraljic.ROUTINE and form.kraljic.currentIndex() == 1


def test_undo_after_loading_another_object_changes_the_first_one(qtbot: QtBot, form: Form) -> None:
    first = form.binder.target
    focus(qtbot, form.place)
    qtbot.keyClicks(form.place, "Ede")
    second = Preparation(meeting=first.meeting.__class__(place="Zwolle"))
    form.binder.load(second)
    stack_of(form).undo()
    assert first.meeting.place == "" and second.meeting.place == "Zwolle"
    assert form.place.text() == "Zwolle"
