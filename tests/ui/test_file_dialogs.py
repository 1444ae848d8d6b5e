"""The window's file dialogs: Qt's own, Dutch in the Dutch window, opening in a folder of the user.

Offscreen (as on a desktop without a platform theme) the dialogs are Qt's own widgets, so the
tests open the real ones and read them. A dialog runs its own event loop; a repeating timer looks
at it from inside that loop and answers it.
"""

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from nlinkoop.app import load_translators
from nlinkoop.examples import example_workbook
from nlinkoop.paths import data_dir
from nlinkoop.ui.dialogs.send_dialog import SendDialog
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.window.main_window import MainWindow
from tests.ui.window_helpers import open_window

# Every action behind which the window asks for a file, and whether it saves one
FILE_ACTIONS = {
    "new_workbook": True,
    "open": False,
    "save_as": True,
    "save_copy": True,
    "merge_with": False,
    "send_to_colleague": True,
    "export_json": True,
    "import_json": False,
    "briefing_pdf": True,
}
ENGLISH = {
    "&Look in:",
    "Files of &type:",
    "File &name:",
    "Cancel",
    "&Open",
    "&Save",
    "Open",
    "Save",
}


@dataclass
class Seen:
    """What a file dialog showed."""

    title: str
    folder: Path
    labels: list[str]
    buttons: list[str]


def seen_in(dialog: QFileDialog) -> Seen:
    visible = [w for w in dialog.findChildren(QWidget) if w.isVisibleTo(dialog)]
    return Seen(
        dialog.windowTitle(),
        Path(dialog.directory().absolutePath()),
        sorted(w.text() for w in visible if isinstance(w, QLabel) and w.text()),
        sorted(w.text() for w in visible if isinstance(w, QAbstractButton) and w.text()),
    )


def cancel(dialog: QFileDialog) -> None:
    dialog.reject()


def cancel_open_file_dialogs(handled: set[int]) -> None:
    """Cancel the file dialogs already answered that are still open (after a No)."""
    for window in QApplication.topLevelWidgets():
        answered = shiboken6.getCppPointer(window)[0] in handled
        if isinstance(window, QFileDialog) and window.isVisible() and answered:
            window.reject()


def choose(path: Path) -> Callable[[QFileDialog], None]:
    def answer(dialog: QFileDialog) -> None:
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(str(path))
        QTimer.singleShot(0, dialog.accept)  # accept() may ask a question: not inside this slot

    return answer


@contextmanager
def file_dialogs(
    answers: list[Callable[[QFileDialog], None]] | None = None,
    questions: list[str] | None = None,
) -> Iterator[list[Seen]]:
    """Record each file dialog that opens and answer it (cancel when no answer is left).

    A message box (a dialog's question, or an error) has its text put in `questions` and is
    answered No, or closed.
    """
    seen: list[Seen] = []
    handled: set[int] = set()  # by the C++ object: a Python wrapper's id() may change or recur
    answers = list(answers or [])

    def look() -> None:
        for window in QApplication.topLevelWidgets():
            key = shiboken6.getCppPointer(window)[0]
            if not window.isVisible():
                continue
            if isinstance(window, QMessageBox) and key not in handled:
                handled.add(key)
                if questions is not None:
                    questions.append(window.text())
                no = window.button(QMessageBox.StandardButton.No)
                if no is not None:
                    no.click()  # "replace it?" No: the file dialog stays open, so cancel it
                    QTimer.singleShot(0, partial(cancel_open_file_dialogs, handled))
                else:
                    window.reject()
            elif isinstance(window, QFileDialog) and key not in handled:
                handled.add(key)
                seen.append(seen_in(window))
                (answers.pop(0) if answers else cancel)(window)

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(look)
    timer.start()
    try:
        yield seen
    finally:
        timer.stop()


def trigger(window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


@pytest.fixture
def sending(monkeypatch: pytest.MonkeyPatch) -> None:
    """Send to a colleague picks the shown preparation without its own dialog."""
    monkeypatch.setattr(SendDialog, "ask", lambda _parent, _summaries, current: [current])


@pytest.fixture
def window_on_example(qtbot: QtBot, preferences: Preferences) -> Iterator[MainWindow]:
    """The window on the example workbook, which lives in nlinkoop's own data folder."""
    path = example_workbook()
    assert path.parent == data_dir()
    window = open_window(qtbot, path, preferences)
    yield window
    window.close()


@pytest.mark.parametrize("action", FILE_ACTIONS)
def test_every_file_dialog_is_dutch_and_opens_in_documents(
    window_on_example: MainWindow, documents: Path, dutch: None, sending: None, action: str
) -> None:
    with file_dialogs() as seen:
        trigger(window_on_example, action)
    assert len(seen) == 1
    dialog = seen[0]
    assert dialog.folder == documents  # a fresh preferences file: never the example's folder
    assert dialog.labels == ["&Zoeken in:", "Bestands&naam:", "Bestands&type:"]
    assert "Annuleren" in dialog.buttons
    assert ("Op&slaan" if FILE_ACTIONS[action] else "&Openen") in dialog.buttons
    assert ENGLISH.isdisjoint(dialog.labels + dialog.buttons + [dialog.title])


def test_each_kind_of_file_remembers_its_own_folder(
    window_on_example: MainWindow, documents: Path, tmp_path: Path
) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    with file_dialogs([choose(exports / "alles.json")]) as seen:
        trigger(window_on_example, "export_json")
    assert (exports / "alles.json").is_file()
    with file_dialogs() as seen:
        for action in ("import_json", "open", "briefing_pdf", "export_json"):
            trigger(window_on_example, action)
    assert [dialog.folder for dialog in seen] == [exports, documents, documents, exports]


@pytest.fixture
def inside_data_folder() -> Iterator[Path]:
    """A workbook in a folder inside nlinkoop's data folder, removed afterwards."""
    folder = data_dir() / "elders"
    folder.mkdir()
    path = folder / "ander.db"
    shutil.copyfile(example_workbook(), path)
    yield path
    shutil.rmtree(folder)


def test_the_data_folder_is_never_offered_or_remembered(
    window_on_example: MainWindow,
    documents: Path,
    preferences: Preferences,
    inside_data_folder: Path,
) -> None:
    preferences.set_folder("workbooks", str(data_dir()))  # as an older version remembered it
    questions: list[str] = []
    with file_dialogs([choose(inside_data_folder)], questions) as seen:
        trigger(window_on_example, "merge_with")
    assert seen[0].folder == documents
    assert questions == []  # merged
    assert preferences.folder("workbooks") == str(data_dir())  # not written again
    with file_dialogs() as seen:
        trigger(window_on_example, "open")
    assert seen[0].folder == documents


def test_replacing_a_file_is_asked_in_the_informal_voice(
    window_on_example: MainWindow, documents: Path, dutch: None
) -> None:
    existing = documents / "alles.json"
    existing.write_text("{}", encoding="utf-8")
    questions: list[str] = []
    with file_dialogs([choose(existing)], questions):
        trigger(window_on_example, "export_json")
    assert questions == ["alles.json bestaat al.\nWil je het vervangen?"]
    assert existing.read_text(encoding="utf-8") == "{}"


def test_the_app_installs_our_dutch_after_qts_so_qt_asks_ours_first(qapp: QApplication) -> None:
    translators = load_translators("nl")  # needs the built .qm: `make i18n` (make test does)
    assert [Path(t.filePath()).name for t in translators] == ["qtbase_nl.qm", "nlinkoop_nl.qm"]
    for translator in translators:  # in this order, as app.py does
        qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Zoeken in:"
        assert QCoreApplication.translate("QFileDialog", "File &name:") == "Bestands&naam:"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
