import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox
from pytestqt.qtbot import QtBot

from nlinkoop.domain.conditions import Side
from nlinkoop.domain.preparation import Kraljic, Preparation
from nlinkoop.domain.wishes import Wish
from nlinkoop.ui.binding import FieldBinder


def bound_line_edit(qtbot: QtBot, path: str = "meeting.place"):
    prep = Preparation()
    binder = FieldBinder()
    edit = QLineEdit()
    qtbot.addWidget(edit)
    binder.line_edit(edit, path, "Place")
    binder.load(prep)
    return prep, binder, edit


def test_typing_updates_the_nested_field_while_typing(qtbot: QtBot) -> None:
    prep, binder, edit = bound_line_edit(qtbot)
    with qtbot.waitSignal(binder.changed, timeout=100):
        qtbot.keyClicks(edit, "Utrecht")
    assert prep.meeting.place == "Utrecht"  # no Return or focus change needed


def test_dutch_text_set_as_a_user_edit_is_stored(qtbot: QtBot) -> None:
    prep, binder, edit = bound_line_edit(qtbot, "opening.come_to_do")
    edit.selectAll()
    edit.insert("Samen één plan maken, ĳverig")  # insert() is a user edit: textEdited fires
    assert prep.opening.come_to_do == "Samen één plan maken, ĳverig"


def test_loading_is_not_editing(qtbot: QtBot) -> None:
    prep, binder, edit = bound_line_edit(qtbot)
    prep.meeting.place = "Zwolle"
    with qtbot.assertNotEmitted(binder.changed):
        binder.load(prep)
    assert edit.text() == "Zwolle"


def test_an_edit_that_changes_nothing_emits_nothing(qtbot: QtBot) -> None:
    prep, binder, edit = bound_line_edit(qtbot)
    prep.meeting.place = "Ede"
    binder.load(prep)
    with qtbot.assertNotEmitted(binder.changed):
        edit.textEdited.emit("Ede")


def test_widgets_are_named_after_their_field(qtbot: QtBot) -> None:
    binder = FieldBinder()
    label = QLabel("&Place:")
    edit = QLineEdit()
    qtbot.addWidget(edit)
    qtbot.addWidget(label)
    binder.line_edit(edit, "meeting.place", label)
    assert edit.objectName() == "meeting.place"
    assert edit.accessibleName() == "Place"
    assert label.buddy() is edit


def test_plain_text(qtbot: QtBot) -> None:
    prep, binder = Preparation(), FieldBinder()
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    binder.plain_text(edit, "relationship.now")
    binder.load(prep)
    qtbot.keyClicks(edit, "Goed")
    edit.insertPlainText("\nmaar stroef")
    assert prep.relationship.now == "Goed\nmaar stroef"


def test_check_box_two_and_three_states(qtbot: QtBot) -> None:
    wish, binder = Wish(), FieldBinder()
    box = QCheckBox("Carried over")
    qtbot.addWidget(box)
    binder.check_box(box, "carried_over")
    binder.load(wish)
    with qtbot.waitSignal(binder.changed, timeout=100):
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert wish.carried_over is True

    class Holder:
        answer: bool | None = None

    holder, tri = Holder(), QCheckBox()
    qtbot.addWidget(tri)
    other = FieldBinder()
    other.check_box(tri, "answer", tristate=True)
    other.load(holder)
    assert tri.checkState() == Qt.CheckState.PartiallyChecked
    tri.setCheckState(Qt.CheckState.Checked)
    assert holder.answer is True
    tri.setCheckState(Qt.CheckState.PartiallyChecked)
    assert holder.answer is None


def test_combo_sets_the_enum_member(qtbot: QtBot) -> None:
    prep, binder = Preparation(), FieldBinder()
    combo = QComboBox()
    qtbot.addWidget(combo)
    choices = [("", None)] + [(k.name.title(), k) for k in Kraljic]
    binder.combo_data(combo, "portfolio.kraljic", choices, "Kraljic")
    binder.load(prep)
    assert combo.currentIndex() == 0
    combo.setCurrentIndex(2)
    assert prep.portfolio.kraljic is Kraljic.LEVERAGE
    combo.setCurrentIndex(0)
    assert prep.portfolio.kraljic is None
    prep.portfolio.kraljic = Kraljic.STRATEGIC
    binder.load(prep)
    assert combo.currentText() == "Strategic"
    assert Side.OURS  # the enum module imports cleanly next to Qt


def test_euro_input_is_read_the_dutch_way(qtbot: QtBot) -> None:
    prep, binder = Preparation(), FieldBinder()
    edit = QLineEdit()
    qtbot.addWidget(edit)
    binder.euro_edit(edit, "contract_value", "Contract value")
    binder.load(prep)
    qtbot.keyClicks(edit, "1.250,50")
    assert prep.contract_value == Decimal("1250.50")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # leaving tidies the text
    assert edit.text() == "€ 1.250,50"
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert prep.contract_value is None


def test_junk_amount_shows_an_error_and_keeps_text_and_value(qtbot: QtBot) -> None:
    prep, binder = Preparation(contract_value=Decimal("10.00")), FieldBinder()
    edit = QLineEdit()
    qtbot.addWidget(edit)
    binder.euro_edit(edit, "contract_value")
    binder.load(prep)
    edit.selectAll()
    with (
        qtbot.waitSignal(binder.input_error, timeout=100) as blocker,
        qtbot.assertNotEmitted(binder.changed),
    ):
        qtbot.keyClicks(edit, "abc")
    assert blocker.args[0] == "contract_value" and blocker.args[1]
    assert prep.contract_value == Decimal("10.00")
    assert edit.text() == "abc"
    edit.selectAll()
    qtbot.keyClicks(edit, "12,34")  # readable: stored as typed
    assert prep.contract_value == Decimal("12.34")
    with qtbot.assertNotEmitted(binder.changed):
        qtbot.keyClicks(edit, "5")
    assert prep.contract_value == Decimal("12.34")
    assert edit.text() == "12,345"
    assert edit.property("invalid") is True
    assert edit.accessibleDescription() and edit.toolTip()
    assert binder.has_errors()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "12,345"  # leaving never drops what was typed
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert prep.contract_value == Decimal("12.34")
    assert edit.property("invalid") is False and not edit.accessibleDescription()
    assert not binder.has_errors()


def test_date_can_be_typed_and_cleared(qtbot: QtBot) -> None:
    prep, binder = Preparation(), FieldBinder()
    edit = QLineEdit()
    qtbot.addWidget(edit)
    binder.date_edit(edit, "meeting.date", "Date")
    binder.load(prep)
    assert edit.text() == "" and edit.placeholderText()
    qtbot.keyClicks(edit, "9-3-2025")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert prep.meeting.date == dt.date(2025, 3, 9)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert prep.meeting.date is None
    qtbot.keyClicks(edit, "31-2-2025")
    assert edit.property("invalid") is True and prep.meeting.date is None


def test_time(qtbot: QtBot) -> None:
    prep, binder = Preparation(), FieldBinder()
    edit = QLineEdit()
    qtbot.addWidget(edit)
    binder.time_edit(edit, "meeting.start")
    binder.load(prep)
    qtbot.keyClicks(edit, "930")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert prep.meeting.start == dt.time(9, 30)
    assert edit.text() == "09:30"


def test_int_spin_with_none(qtbot: QtBot) -> None:
    prep, binder = Preparation(), FieldBinder()
    spin = QSpinBox()
    qtbot.addWidget(spin)
    binder.int_spin(spin, "contract_months", "Term in months")
    binder.load(prep)
    assert spin.text().strip() == ""
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert prep.contract_months == 0
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "36")
    assert prep.contract_months == 36
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert prep.contract_months == 35
    spin.lineEdit().selectAll()
    qtbot.keyClick(spin, Qt.Key.Key_Delete)
    assert prep.contract_months is None
    spin.editingFinished.emit()
    assert spin.value() == spin.minimum() and prep.contract_months is None


@pytest.mark.parametrize("kind", ["euro_edit", "date_edit", "time_edit"])
def test_loading_clears_an_error(qtbot: QtBot, kind: str) -> None:
    prep, binder = Preparation(), FieldBinder()
    edit = QLineEdit()
    qtbot.addWidget(edit)
    path = {"euro_edit": "contract_value", "date_edit": "meeting.date"}.get(kind, "meeting.end")
    getattr(binder, kind)(edit, path)
    binder.load(prep)
    qtbot.keyClicks(edit, "xx")
    assert binder.has_errors()
    binder.load(Preparation())
    assert not binder.has_errors() and edit.text() == ""
