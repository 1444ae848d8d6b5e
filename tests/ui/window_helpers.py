"""Opening the workbook window for a test, and editing in it the way a user does."""

from pathlib import Path

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from nlinkoop.store.workbook import Workbook
from nlinkoop.ui.main_window import MainWindow
from nlinkoop.ui.settings import Preferences


def open_window(qtbot: QtBot, path: Path, preferences: Preferences) -> MainWindow:
    window = MainWindow(Workbook.open(path, user="tester"), preferences)
    qtbot.addWidget(window)
    window.show()
    return window


def title_edit(window: MainWindow) -> QLineEdit:
    edit = window.findChild(QLineEdit, "title")
    assert edit is not None
    return edit


def set_title(window: MainWindow, text: str) -> None:
    """Put Dutch text in the title as a user edit (typing non-ASCII would abort the test run)."""
    title_edit(window).setText(text)
    title_edit(window).textEdited.emit(text)


def stored_titles(path: Path) -> set[str]:
    with Workbook.open(path) as workbook:
        return {s.title for s in workbook.list_preparations()}
