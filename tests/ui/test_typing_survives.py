"""Typing in a table cell survives what happens meanwhile: saves, write-backs, a colleague.

Each test types as a person does: a few words, a pause longer than the autosave and the
write-back, then more words into the same cell. Nothing may close the cell editor under the
keyboard or drop what was typed; the whole text ends up in the user's file.
"""

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from nlinkoop.domain.preparation import Preparation
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.tabs import CapacityTab, InterestsTab
from nlinkoop.ui.widgets.list_editor import ListEditor
from nlinkoop.ui.window.main_window import MainWindow
from tests.ui.window_helpers import active_window, change_outside, focused, title_edit

WAIT_MS = 10000
FIRST, REST = "Of de raad extra budget ge", "eft voor het onderhoud"


pytestmark = pytest.mark.usefixtures("own_data_folder")


def editing(table: QAbstractItemView) -> bool:
    return table.state() == QAbstractItemView.State.EditingState


def list_editor(window: MainWindow, page: type, name: str) -> ListEditor:
    tab = window.page(page)
    window.tabs.setCurrentWidget(tab)
    editor = next(e for e in tab.findChildren(ListEditor) if e.table.objectName() == name)
    return editor


def start_interest(qtbot: QtBot, window: MainWindow) -> tuple[ListEditor, int]:
    """Click Add under the interests, Tab from the party to "what", and type the first words."""
    editor = list_editor(window, InterestsTab, "interests")
    row = editor.model.rowCount()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # from the party's combo box to "what"
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=WAIT_MS)
    qtbot.keyClicks(focused(), FIRST)
    return editor, row


def pause_past_a_write_back(qtbot: QtBot, window: MainWindow) -> None:
    """Stop typing until the edit is saved (0.8 s) and written back to the file (0.7 s later)."""
    with qtbot.waitSignal(window.sharing.written_back, timeout=WAIT_MS):
        pass
    qtbot.waitUntil(lambda: not window.sharing.worker.running, timeout=WAIT_MS)


def finish_and_reopen(qtbot: QtBot, window: MainWindow, path: Path, editor: ListEditor) -> str:
    """Type the rest, press Enter, close the window; the text of the new interest in the file."""
    cell = focused()
    assert isinstance(cell, QLineEdit) and cell.text() == FIRST, "the cell editor was closed"
    qtbot.keyClicks(cell, REST)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editing(editor.table), timeout=WAIT_MS)
    prep = window.preparation
    assert prep is not None
    window.close()
    with Workbook.open(path) as workbook:
        stored = workbook.load(prep.id)
    return stored.interests[-1].what


def test_a_pause_longer_than_the_write_back_keeps_the_cell_open(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = active_window(qtbot, example, preferences)
    editor, _row = start_interest(qtbot, window)
    pause_past_a_write_back(qtbot, window)
    qtbot.wait(300)
    assert editing(editor.table)
    assert finish_and_reopen(qtbot, window, example, editor) == FIRST + REST


def test_what_is_typed_is_in_the_file_before_the_editor_closes(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = active_window(qtbot, example, preferences)
    editor, _row = start_interest(qtbot, window)
    prep = window.preparation
    assert prep is not None
    pause_past_a_write_back(qtbot, window)
    with Workbook.open(example) as workbook:  # a crash now would lose nothing typed so far
        assert workbook.load(prep.id).interests[-1].what == FIRST
    assert editing(editor.table)
    window.close()


def test_a_colleagues_change_to_the_same_preparation_leaves_the_cell_open(
    qtbot: QtBot, example: Path, preferences: Preferences, tmp_path: Path
) -> None:
    window = active_window(qtbot, example, preferences)
    editor, _row = start_interest(qtbot, window)
    prep = window.preparation
    assert prep is not None
    pause_past_a_write_back(qtbot, window)

    def theirs(other: Preparation) -> None:
        other.title = "Titel van de collega"
        other.interests[0].why = "Zo zien zij het"

    change_outside(example, tmp_path / "collega.db", {prep.id: theirs})
    qtbot.waitUntil(lambda: title_edit(window).text() == "Titel van de collega", timeout=WAIT_MS)
    assert window.preparation is prep  # taken in place, not loaded anew
    assert editing(editor.table)
    assert editor.model.index(0, 2).data() == "Zo zien zij het"  # their cell is shown
    assert finish_and_reopen(qtbot, window, example, editor) == FIRST + REST
    with Workbook.open(example) as workbook:
        stored = workbook.load(prep.id)
    assert stored.title == "Titel van de collega"
    assert stored.interests[0].why == "Zo zien zij het"


def test_a_colleagues_change_to_another_preparation_leaves_the_cell_open(
    qtbot: QtBot, example: Path, preferences: Preferences, tmp_path: Path
) -> None:
    window = active_window(qtbot, example, preferences)
    editor, _row = start_interest(qtbot, window)
    prep = window.preparation
    assert prep is not None
    with Workbook.open(example) as workbook:
        other = next(s.id for s in workbook.list_preparations() if s.id != prep.id)
    change_outside(example, tmp_path / "collega.db", {other: "Een andere voorbereiding"})
    qtbot.waitUntil(
        lambda: window.preparations.model.summary(other).title == "Een andere voorbereiding",
        timeout=WAIT_MS,
    )
    assert editing(editor.table)
    assert finish_and_reopen(qtbot, window, example, editor) == FIRST + REST


def test_a_briefing_or_switch_hands_over_the_text_without_closing_the_cell(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = active_window(qtbot, example, preferences)
    editor = list_editor(window, CapacityTab, "capacity.cost_lines")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(focused(), "Materiaal")
    assert window.save_now()  # what every file action does first
    assert editing(editor.table) and isinstance(focused(), QLineEdit)
    prep = window.preparation
    assert prep is not None
    stored = window.workbook.load(prep.id)  # read back from the working copy
    assert stored is not prep and stored.capacity.cost_lines[-1].component == "Materiaal"
    window.close()


def test_tab_after_the_last_cell_goes_to_the_next_field_not_the_search_box(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = active_window(qtbot, example, preferences)
    editor, row = start_interest(qtbot, window)
    for _ in range(3):  # "why" and "priority", then out of the table
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not editor.table.isAncestorOf(focused()), timeout=WAIT_MS)
    assert focused() is not editor.table
    assert focused() is not window.preparations.search_edit
    assert window.tabs.currentWidget().isAncestorOf(focused())  # the next field of the tab
    shown = window.preparations.model.shown_ids()
    qtbot.keyClicks(focused(), "x")
    assert window.preparations.model.shown_ids() == shown  # the list is not filtered
    assert editor.model.rows[row].what == FIRST


def test_the_columns_and_rows_stay_put_while_typing(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    """A click meant for one cell must not land on another because the table moved."""
    window = active_window(qtbot, example, preferences)
    editor = list_editor(window, CapacityTab, "capacity.cost_lines")
    table = editor.table
    qtbot.wait(100)  # the page is laid out once it is shown: only then does the user look
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    row = table.currentIndex().row()
    header = table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    height, geometry = table.rowHeight(row), table.geometry()
    qtbot.keyClicks(focused(), "Materiaal en onderdelen voor het hele contract, " * 3)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # to the share
    qtbot.keyClicks(focused(), "10")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # to the amount
    qtbot.keyClicks(focused(), "1250000,50")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # to the note
    with qtbot.waitSignal(window.autosave.saved, timeout=WAIT_MS):
        qtbot.keyClicks(focused(), "x")
    assert [header.sectionSize(c) for c in range(header.count())] == widths
    assert table.rowHeight(row) == height and table.geometry() == geometry
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # done: now the row may grow to its text
    qtbot.waitUntil(lambda: not editing(table), timeout=WAIT_MS)
    assert [header.sectionSize(c) for c in range(header.count())] == widths
    line = editor.model.rows[row]
    assert (line.share_percent, line.amount) == (Decimal("10"), Decimal("1250000.50"))
    assert line.component.startswith("Materiaal en onderdelen")
