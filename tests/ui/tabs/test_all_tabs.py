"""What every preparation tab does: bound fields, lists, names, loading and the indicator."""

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox
from pytestqt.qtbot import QtBot

from nlinkoop.ui.binding import resolve
from nlinkoop.ui.models.list_model import Kind
from nlinkoop.ui.tabs import TAB_CLASSES, PreparationTab
from nlinkoop.ui.widgets.list_editor import ListEditor
from tests.ui.tabs.helpers import example, inputs, json_value, line_edits, make_tab, type_into

TABS = pytest.mark.parametrize("cls", TAB_CLASSES, ids=lambda c: c.__name__)

# what to type in the fields that read a value, and what it becomes
PARSED = {
    "meeting.date": ("9-3-2027", dt.date(2027, 3, 9)),
    "meeting.start": ("9:30", dt.time(9, 30)),
    "meeting.end": ("11:00", dt.time(11, 0)),
    "contract_value": ("1.250,50", Decimal("1250.50")),
    "opportunity.conversation_date": ("1-2-2027", dt.date(2027, 2, 1)),
    "reflection.held_on": ("14-10-2026", dt.date(2026, 10, 14)),
    "award.price_points": ("12,5", Decimal("12.5")),
    "award.reference_price": ("1.250,50", Decimal("1250.50")),
}


@TABS
def test_loading_is_not_editing(qtbot: QtBot, cls: type[PreparationTab]) -> None:
    tab, _prep, stack = make_tab(qtbot, cls)
    with qtbot.assertNotEmitted(tab.changed):
        tab.load(example())
        tab.load(example())
    assert stack.count() == 0


@TABS
def test_title_is_translated_text(qtbot: QtBot, cls: type[PreparationTab]) -> None:
    tab, _prep, _stack = make_tab(qtbot, cls)
    assert tab.title() and "&&" not in tab.title()


@TABS
def test_every_input_is_named_by_its_json_path(qtbot: QtBot, cls: type[PreparationTab]) -> None:
    tab, prep, _stack = make_tab(qtbot, cls, example())
    widgets = inputs(tab)
    assert widgets
    for widget in widgets:
        json_value(prep, widget.objectName())  # raises KeyError for a path that isn't there
        assert widget.accessibleName(), widget.objectName()


@TABS
def test_typing_in_every_line_edit_edits_the_preparation(
    qtbot: QtBot, cls: type[PreparationTab]
) -> None:
    tab, prep, _stack = make_tab(qtbot, cls)
    for edit in line_edits(tab):
        if not edit.isEnabled():  # a field of a selected row, with no row to select
            continue
        path = edit.objectName()
        text, value = PARSED.get(path, ("Plan B", "Plan B"))
        with qtbot.waitSignal(tab.changed, timeout=1000):
            type_into(qtbot, edit, text)
        assert resolve(prep, path) == value, path


@TABS
def test_typing_in_every_text_box_edits_the_preparation(
    qtbot: QtBot, cls: type[PreparationTab]
) -> None:
    tab, prep, _stack = make_tab(qtbot, cls)
    boxes = [w for w in inputs(tab) if isinstance(w, QPlainTextEdit) and w.isEnabled()]
    for box in boxes:
        with qtbot.waitSignal(tab.changed, timeout=1000):
            type_into(qtbot, box, "Samen sterker")
        assert resolve(prep, box.objectName()) == "Samen sterker"
        box.setPlainText("Één ĳverig plan, € 1.250")  # Dutch text cannot be typed by QTest
        assert resolve(prep, box.objectName()) == "Één ĳverig plan, € 1.250"


@TABS
def test_picking_in_every_combo_and_spin_box_edits(qtbot: QtBot, cls: type[PreparationTab]) -> None:
    tab, prep, _stack = make_tab(qtbot, cls)
    for combo in [w for w in inputs(tab) if isinstance(w, QComboBox)]:
        before = resolve(prep, combo.objectName())
        with qtbot.waitSignal(tab.changed, timeout=1000):
            combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
        assert resolve(prep, combo.objectName()) != before
    for spin in [w for w in inputs(tab) if isinstance(w, QSpinBox)]:
        with qtbot.waitSignal(tab.changed, timeout=1000):
            type_into(qtbot, spin.lineEdit(), "36")
        assert resolve(prep, spin.objectName()) == 36


@TABS
def test_every_list_adds_a_row_and_edits_a_cell(qtbot: QtBot, cls: type[PreparationTab]) -> None:
    tab, prep, stack = make_tab(qtbot, cls)
    editors = tab.findChildren(ListEditor)
    for editor in editors:
        rows = resolve(prep, editor.table.objectName())
        with qtbot.waitSignal(tab.changed, timeout=1000):
            qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        assert len(rows) == 1
        opened = editor.table.focusWidget()  # Add opens the new row's first cell
        assert opened is not editor.table
        qtbot.keyClick(opened, Qt.Key.Key_Escape)
        column = next(i for i, c in enumerate(editor.model.columns) if c.kind is Kind.TEXT)
        index = editor.model.index(0, column)
        editor.table.setCurrentIndex(index)
        editor.table.edit(index)
        cell = editor.table.focusWidget()
        assert isinstance(cell, QLineEdit)
        with qtbot.waitSignal(tab.changed, timeout=1000):
            qtbot.keyClicks(cell, "Kwaliteit")
            qtbot.keyClick(cell, Qt.Key.Key_Return)
        attr = editor.model.columns[column].attr
        assert getattr(rows[0], attr) == "Kwaliteit"
        assert editor.table.accessibleName()
    stack.undo()  # the last cell edit
    assert all(resolve(prep, e.table.objectName()) for e in editors)


def test_object_names_are_unique_across_all_tabs(qtbot: QtBot) -> None:
    names: list[str] = []
    for cls in TAB_CLASSES:
        tab, _prep, _stack = make_tab(qtbot, cls)
        names += [w.objectName() for w in inputs(tab)]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})


def test_an_example_shows_complete_where_it_is(qtbot: QtBot) -> None:
    for cls in TAB_CLASSES:
        tab, _prep, _stack = make_tab(qtbot, cls, example())
        assert tab.completeness().total > 0
