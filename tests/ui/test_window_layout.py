"""What the window shows where: every step in view, pages that open at the top, hints that never
move the fields."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.tabs import TAB_CLASSES, BasicsTab, InterestsTab
from tests.ui.window_helpers import active_window, title_edit

pytestmark = pytest.mark.usefixtures("own_data_folder")


def visible_in(widget: QWidget, window: QWidget) -> bool:
    """Whether the whole of `widget` is inside the window and not scrolled out of its parent."""
    if not widget.isVisible():
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    inside = window.rect().contains(top_left) and window.rect().contains(
        top_left + QPoint(widget.width() - 1, widget.height() - 1)
    )
    region = widget.visibleRegion().boundingRect()
    return inside and region.width() == widget.width() and region.height() == widget.height()


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_every_step_is_in_view_with_how_complete_it_is(
    qtbot: QtBot, example: Path, preferences: Preferences, size: tuple[int, int]
) -> None:
    window = active_window(qtbot, example, preferences, size)
    steps = window.tabs.step_list
    assert steps.count() == len(TAB_CLASSES)
    for row in range(steps.count()):
        rect = steps.visualItemRect(steps.item(row))
        assert steps.viewport().rect().contains(rect), steps.item(row).text()
        page = window.tabs.widget(row)
        spoken = steps.item(row).data(Qt.ItemDataRole.AccessibleTextRole)
        done = page.completeness()
        assert spoken.endswith(f"{done.filled} of {done.total}")
    window.close()


def test_ctrl_tab_and_ctrl_page_keys_walk_the_steps_from_a_field(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = active_window(qtbot, example, preferences)
    title = title_edit(window)
    title.setFocus()
    qtbot.waitUntil(title.hasFocus, timeout=2000)
    qtbot.keyClick(title, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    qtbot.keyClick(
        QApplication.focusWidget() or window,
        Qt.Key.Key_PageDown,
        Qt.KeyboardModifier.ControlModifier,
    )
    assert window.tabs.currentIndex() == 2
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier
    )
    assert window.tabs.currentIndex() == 1
    window.tabs.setCurrentIndex(0)
    qtbot.keyClick(
        QApplication.focusWidget() or window,
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.tabs.currentIndex() == len(TAB_CLASSES) - 1  # round to the last step
    window.close()


def test_a_new_preparation_opens_at_the_top_with_its_title_focused(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = active_window(qtbot, example, preferences)
    basics = window.page(BasicsTab)
    window.tabs.setCurrentWidget(basics)
    bar = basics.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())  # the user was working at the bottom of Basis
    assert bar.value() > 0
    qtbot.mouseClick(window.preparations.new_button, Qt.MouseButton.LeftButton)
    title = title_edit(window)
    qtbot.waitUntil(title.hasFocus, timeout=2000)
    assert bar.value() == 0
    assert visible_in(title, window)
    qtbot.keyClicks(title, "Kennismaking")
    assert window.preparation is not None and window.preparation.title == "Kennismaking"
    window.close()


def test_a_hint_that_comes_or_goes_while_typing_moves_no_field(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = active_window(qtbot, example, preferences)
    qtbot.mouseClick(window.preparations.new_button, Qt.MouseButton.LeftButton)
    page = window.page(InterestsTab)
    window.tabs.setCurrentWidget(page)
    assert page.hints_panel.texts  # an empty preparation has no opening statement yet
    field = page.findChild(QPlainTextEdit, "opening.come_to_do")
    below = page.findChild(QPlainTextEdit, "opening.come_to_get")
    page.scroll_area.ensureWidgetVisible(field)
    qtbot.wait(100)
    where = below.mapTo(window, QPoint(0, 0))
    field.setFocus()
    qtbot.keyClicks(field, "Kennismaken")  # the hint about the opening goes
    qtbot.wait(100)  # the layout settles in the event loop
    assert not page.hints_panel.texts or all("opening" not in t for t in page.hints_panel.texts)
    assert below.mapTo(window, QPoint(0, 0)) == where
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)  # and comes back
    qtbot.wait(100)
    assert any("opening" in t for t in page.hints_panel.texts)
    assert below.mapTo(window, QPoint(0, 0)) == where
    window.close()
