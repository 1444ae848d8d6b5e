"""Opening the workbook window for a test, and editing in it the way a user does."""

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from nlinkoop.domain.preparation import Preparation
from nlinkoop.store.document import Document
from nlinkoop.store.errors import Reason, WorkbookUnavailable
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.window.main_window import MainWindow


def open_window(qtbot: QtBot, path: Path, preferences: Preferences) -> MainWindow:
    window = MainWindow(Document.open(path, user="tester"), preferences)
    qtbot.addWidget(window)
    window.show()
    return window


def active_window(
    qtbot: QtBot, path: Path, preferences: Preferences, size: tuple[int, int] = (1280, 800)
) -> MainWindow:
    """The window at `size`, active, so keys reach the focused widget as on a desktop."""
    window = open_window(qtbot, path, preferences)
    window.resize(*size)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: window.width() == size[0], timeout=2000)
    return window


def focused() -> QWidget:
    """The widget with the keyboard focus (a test that types needs one)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


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


@contextmanager
def saves_fail(window: MainWindow, reason: Reason = Reason.LOCKED) -> Iterator[None]:
    """While inside, saving to the window's working copy fails as it would for `reason`."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise WorkbookUnavailable(reason)

    workbook = window.workbook
    workbook.save = refuse  # type: ignore[method-assign]
    try:
        yield
    finally:
        del workbook.save


@contextmanager
def write_backs_fail(reason: Reason = Reason.DISK_FULL) -> Iterator[None]:
    """While inside, writing back to the user's file fails as it would for `reason`.

    On every document, on whichever thread writes back (the worker's too).
    """

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise WorkbookUnavailable(reason)

    real = Document.write_back
    Document.write_back = refuse  # type: ignore[assignment,method-assign]
    try:
        yield
    finally:
        Document.write_back = real  # type: ignore[method-assign]


def working_titles(window: MainWindow) -> set[str]:
    """The titles in the window's working copy (saved there, maybe not written back yet)."""
    return {s.title for s in window.workbook.list_preparations()}


def change_outside(
    path: Path, work: Path, change: "dict[str, str | Callable[[Preparation], None]]"
) -> None:
    """What a colleague or a sync tool does: edit a copy, then replace the file atomically.

    Args:
        path: the user's file.
        work: a scratch path for the copy.
        change: preparation id -> its new title, or a function that edits the preparation.
    """
    shutil.copyfile(path, work)
    with Workbook.open(work, user="collega") as other:
        for prep_id, edit in change.items():
            prep = other.load(prep_id)
            if isinstance(edit, str):
                prep.title = edit
            else:
                edit(prep)
            other.save(prep)
    os.replace(work, path)
