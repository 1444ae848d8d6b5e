from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from nlinkoop.domain.common import Party
from nlinkoop.domain.interests import Interest
from nlinkoop.ui.models.list_model import Column, Kind, ListTableModel
from nlinkoop.ui.widgets.list_editor import ListEditor

CTRL = Qt.KeyboardModifier.ControlModifier
COLUMNS = [
    Column("what", "What"),
    Column("party", "Party", Kind.CHOICE, [(p.value, p) for p in Party]),
]


def make_editor(qtbot: QtBot, rows: list[Interest]) -> tuple[QWidget, ListEditor, QLineEdit]:
    form = QWidget()
    model = ListTableModel(COLUMNS, Interest, QUndoStack(), form)
    model.set_rows(rows)
    editor = ListEditor(model, "interests", "Interests", form)
    after = QLineEdit(form)
    layout = QVBoxLayout(form)
    layout.addWidget(editor)
    layout.addWidget(after)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    editor.table.setFocus()
    qtbot.waitUntil(editor.table.hasFocus, timeout=1000)
    return form, editor, after


def test_insert_adds_a_row_and_typing_fills_it(qtbot: QtBot) -> None:
    rows = [Interest(what="prijs")]
    _form, editor, _after = make_editor(qtbot, rows)
    assert editor.table.objectName() == "interests"
    assert editor.table.accessibleName() == "Interests"
    editor.table.setCurrentIndex(editor.model.index(0, 0))
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    assert len(rows) == 2
    cell_editor = editor.table.focusWidget()
    assert isinstance(cell_editor, QLineEdit)  # the new row's first cell is open for typing
    qtbot.keyClicks(cell_editor, "levertijd")
    assert rows[1].what == "levertijd"  # typed text reaches the list while the editor is open
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)  # the delegate closes it in a queued call
    qtbot.waitUntil(lambda: not editor.table.editing, timeout=1000)
    assert rows[1].what == "levertijd"
    assert not isinstance(editor.table.focusWidget(), QLineEdit)


def test_delete_removes_and_ctrl_z_brings_it_back(qtbot: QtBot) -> None:
    rows = [Interest(what="a"), Interest(what="b")]
    _form, editor, _after = make_editor(qtbot, rows)
    editor.table.selectRow(0)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert [r.what for r in rows] == ["b"]
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, CTRL)
    assert [r.what for r in rows] == ["a", "b"]


def test_ctrl_arrows_move_the_current_row(qtbot: QtBot) -> None:
    rows = [Interest(what="a"), Interest(what="b"), Interest(what="c")]
    _form, editor, _after = make_editor(qtbot, rows)
    editor.table.setCurrentIndex(editor.model.index(0, 0))
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, CTRL)
    assert [r.what for r in rows] == ["b", "c", "a"]
    assert editor.table.currentIndex().row() == 2
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, CTRL)
    assert [r.what for r in rows] == ["b", "a", "c"]


def test_the_choice_column_edits_with_a_combo_box(qtbot: QtBot) -> None:
    rows = [Interest(what="a")]
    _form, editor, _after = make_editor(qtbot, rows)
    index = editor.model.index(0, 1)
    editor.table.setCurrentIndex(index)
    qtbot.keyClick(editor.table, Qt.Key.Key_F2)
    combo = editor.table.focusWidget()
    assert isinstance(combo, QComboBox) and combo.currentIndex() == 0
    combo.setCurrentIndex(1)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows[0].party is Party.SUPPLIER, timeout=1000)


def test_tab_walks_the_cells_then_leaves_the_table(qtbot: QtBot) -> None:
    _form, editor, after = make_editor(qtbot, [Interest(what="a")])
    table = editor.table
    table.setCurrentIndex(editor.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert table.hasFocus() and table.currentIndex().column() == 1
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # past the last cell: the next field, not a button
    assert after.hasFocus()
    qtbot.keyClick(after, Qt.Key.Key_Backtab)  # and back in at the last cell
    assert table.hasFocus() and table.currentIndex().column() == 1
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    assert table.hasFocus() and table.currentIndex().column() == 0


def test_tab_in_a_cell_editor_keeps_the_text_and_opens_the_next_cell(qtbot: QtBot) -> None:
    rows = [Interest(what="a")]
    _form, editor, after = make_editor(qtbot, rows)
    table = editor.table
    table.setCurrentIndex(editor.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_End)
    qtbot.keyClicks(table.focusWidget(), "nd zo")
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: isinstance(table.focusWidget(), QComboBox), timeout=1000)
    assert rows[0].what == "and zo" and table.currentIndex().column() == 1
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus, timeout=1000)
    assert not table.editing and rows[0].what == "and zo"


def test_buttons_do_the_same(qtbot: QtBot) -> None:
    rows = [Interest(what="a"), Interest(what="b")]
    _form, editor, _after = make_editor(qtbot, rows)
    editor.table.setCurrentIndex(editor.model.index(1, 0))
    editor.up_button.click()
    assert [r.what for r in rows] == ["b", "a"]
    editor.table.setCurrentIndex(editor.model.index(0, 0))
    editor.remove_button.click()
    assert [r.what for r in rows] == ["a"]
