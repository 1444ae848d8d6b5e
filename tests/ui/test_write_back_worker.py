"""After a pause in typing the file is written back on a worker thread; the window goes on.

The worker is held at one point (after the new file is made, before it replaces the user's
file) by a gate around the real hash function, so each test decides what happens meanwhile.
"""

import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from nlinkoop.store import document as document_module
from nlinkoop.store.errors import Reason
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui import prompts
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.window.main_window import MainWindow
from tests.ui.window_helpers import (
    open_window,
    set_title,
    stored_titles,
    working_titles,
    write_backs_fail,
)

WAIT_MS = 8000


pytestmark = pytest.mark.usefixtures("own_data_folder")


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """While not set, a write-back on a worker thread waits before it replaces the file."""
    opened = threading.Event()
    real: Callable[[Path], str] = document_module._sha256

    def held(path: Path) -> str:
        if threading.current_thread().name == "nlinkoop-write-back":
            assert opened.wait(WAIT_MS / 1000), "the test never opened the gate"
        return real(path)

    monkeypatch.setattr(document_module, "_sha256", held)
    yield opened
    opened.set()  # never leave a worker waiting


def pause_in_typing(window: MainWindow) -> None:
    """What the write-back timer does once typing has paused."""
    window.sharing.timer.timeout.emit()


def test_the_window_goes_on_while_the_file_is_written(
    qtbot: QtBot, example: Path, preferences: Preferences, gate: threading.Event
) -> None:
    window = open_window(qtbot, example, preferences)
    set_title(window, "Eerste")
    pause_in_typing(window)
    assert window.sharing.worker.running
    set_title(window, "Tweede")  # typed while the file is written: saved to the working copy
    assert window.save_now() and "Tweede" in working_titles(window)
    assert "Eerste" not in stored_titles(example)
    with qtbot.waitSignal(window.sharing.written_back, timeout=WAIT_MS):
        gate.set()
    assert "Eerste" in stored_titles(example) or "Tweede" in stored_titles(example)
    assert window.saved_label.text().startswith("Saved in voorbeeld.db at ")
    qtbot.waitUntil(lambda: "Tweede" in stored_titles(example), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.document.dirty, timeout=WAIT_MS)
    window.close()
    assert sorted(p.name for p in example.parent.iterdir() if p.name.startswith(".")) == []


def test_closing_waits_for_the_write_back_and_keeps_every_edit(
    qtbot: QtBot, example: Path, preferences: Preferences, gate: threading.Event
) -> None:
    window = open_window(qtbot, example, preferences)
    set_title(window, "Tijdens het sluiten")
    pause_in_typing(window)
    set_title(window, "Laatste woord")
    threading.Timer(0.3, gate.set).start()  # the window waits on its own thread
    window.close()
    assert not window.sharing.worker.running
    assert "Laatste woord" in stored_titles(example)
    assert not list(example.parent.glob(".nlinkoop-*"))


def test_a_colleagues_change_meanwhile_is_merged_on_the_window_thread(
    qtbot: QtBot, example: Path, preferences: Preferences, gate: threading.Event, tmp_path: Path
) -> None:
    window = open_window(qtbot, example, preferences)
    shown = window.preparation
    assert shown is not None
    other = next(s.id for s in window.workbook.list_preparations() if s.id != shown.id)
    set_title(window, "Mijn titel")
    pause_in_typing(window)
    theirs = tmp_path / "collega.db"
    shutil.copyfile(example, theirs)
    with Workbook.open(theirs, user="collega") as workbook:
        prep = workbook.load(other)
        prep.title = "Hun titel"
        workbook.save(prep)
    os.replace(theirs, example)  # while the worker holds the new file: it must not replace this
    threading.Timer(0.3, gate.set).start()
    qtbot.waitUntil(lambda: {"Mijn titel", "Hun titel"} <= stored_titles(example), timeout=WAIT_MS)
    assert {"Mijn titel", "Hun titel"} <= working_titles(window)
    window.close()


def test_a_failure_on_the_worker_is_said_once_and_the_edit_stays(
    qtbot: QtBot, example: Path, preferences: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _p, _t, message: shown.append(message))
    window = open_window(qtbot, example, preferences)
    with write_backs_fail(Reason.DISK_FULL):
        set_title(window, "Schijf vol")
        for _ in range(2):
            pause_in_typing(window)
            qtbot.waitUntil(lambda: not window.sharing.worker.running, timeout=WAIT_MS)
        assert len(shown) == 1 and "the disk is full" in shown[0]
        assert window.saved_label.text() == "Not saved in the file: the disk is full"
        assert window.document.dirty and "Schijf vol" not in stored_titles(example)
    with qtbot.waitSignal(window.sharing.written_back, timeout=WAIT_MS):
        pause_in_typing(window)
    assert "Schijf vol" in stored_titles(example)
    window.close()
