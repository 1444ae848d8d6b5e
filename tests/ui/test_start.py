"""The window paints its list first and opens the workbook right after (ui/window/start.py).

In real processes, with the start trace (`NLINKOOP_START_TRACE`) telling when the first paint
and the ready window happened and which modules the first paint had loaded; and in the test
process, the window between its first paint and its document.
"""

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from nlinkoop.examples import create_example
from nlinkoop.store.document import Document
from nlinkoop.store.glance import glance
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.window.main_window import MainWindow
from nlinkoop.ui.window.start import NO_PAINT_MS, WindowStart
from tests.ui.test_app import start as smoke_start

# What the first paint must not wait for: the store and SQLAlchemy, the steps' pages, the
# briefing (reportlab, PDFium), the JSON schema, sharing and the menus' file actions.
NOT_AT_FIRST_PAINT = (
    "sqlalchemy",
    "reportlab",
    "pypdfium2",
    "jsonschema",
    "nlinkoop.store.document",
    "nlinkoop.store.workbook",
    "nlinkoop.interchange",
    "nlinkoop.ui.tabs",
    "nlinkoop.ui.window.sharing",
    "nlinkoop.ui.window.menus",
    "nlinkoop.ui.window.briefing",
)

pytestmark = pytest.mark.usefixtures("own_data_folder")


def start(path: Path, tmp_path: Path) -> tuple[subprocess.CompletedProcess[str], dict[str, str]]:
    """`nlinkoop PATH --smoke` in a process of its own; what it printed and its start trace."""
    trace = tmp_path / "trace.txt"
    trace.unlink(missing_ok=True)
    done = smoke_start(path, env={"NLINKOOP_START_TRACE": str(trace)})
    marks = {}
    for line in trace.read_text(encoding="utf-8").splitlines() if trace.exists() else []:
        name, _, rest = line.partition(" ")
        marks[name] = rest
    return done, marks


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    path = tmp_path / "werkboek.db"
    create_example(path)
    return path


def test_the_first_paint_shows_the_list_before_the_store_is_loaded(
    workbook: Path, tmp_path: Path
) -> None:
    first, _ = start(workbook, tmp_path)  # the first open copies the file, and keeps the copy
    assert first.returncode == 0, first.stderr
    done, marks = start(workbook, tmp_path)
    assert done.returncode == 0, done.stderr
    assert marks["first-paint"].split()[1] == "shown=3"  # the list, read from the kept copy
    loaded = set(marks["modules"].split())
    assert not [m for m in NOT_AT_FIRST_PAINT if any(n.startswith(m) for n in loaded)]
    assert float(marks["ready"]) > float(marks["first-paint"].split()[0])


def test_a_file_opened_the_first_time_paints_an_empty_list_then_opens(
    workbook: Path, tmp_path: Path
) -> None:
    done, marks = start(workbook, tmp_path)
    assert done.returncode == 0, done.stderr
    assert marks["first-paint"].split()[1] == "shown=0"  # no kept copy yet: nothing to glance at
    assert "ready" in marks


def test_the_glance_lists_and_bins_as_the_store_does(workbook: Path) -> None:
    with Document.open(workbook) as document:
        ids = [s.id for s in document.workbook.list_preparations()]
        for prep_id in ids[:2]:  # two in the bin, the last deleted first
            document.workbook.delete(prep_id)
        document.write_back()
    seen = glance(workbook)
    assert seen is not None
    with Workbook.open(workbook) as stored:
        assert seen.summaries == stored.list_preparations()
        assert seen.deleted == stored.deleted_preparations()
    assert len(seen.deleted) == 2


def test_a_changed_file_is_not_glanced_at(workbook: Path) -> None:
    with Document.open(workbook):
        pass  # closed cleanly: its working copy is kept
    assert glance(workbook) is not None
    with Workbook.open(workbook) as changed:  # another program (or an older nlinkoop) wrote it
        prep = changed.load_all()[0]
        prep.title = "Elders gewijzigd"
        changed.save(prep)
    assert glance(workbook) is None  # the list it would show is no longer the file's


def test_a_refused_file_says_so_in_one_line_after_the_first_paint(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.db"
    bad.write_text("geen werkboek", encoding="utf-8")
    done, marks = start(bad, tmp_path)
    assert done.returncode == 1
    assert "first-paint" in marks and "ready" not in marks
    assert done.stderr.strip().splitlines()[-1].startswith(f"nlinkoop: {bad}: ")
    assert "Traceback" not in done.stderr


def test_an_unexpected_failure_while_opening_ends_in_one_line_not_a_blank_window(
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "geen map"
    blocker.write_text("", encoding="utf-8")  # the data folder would have to be under a file
    # It hung before, the window waiting for a workbook that never came (the timeout ends it).
    done = smoke_start("--example", env={"NLINKOOP_DATA_DIR": str(blocker / "data")})
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1].startswith("nlinkoop: ")
    assert "an unexpected error (NotADirectoryError)" in done.stderr


# --- the window between its first paint and its document ---------------------------------------


def painted(qtbot: QtBot, path: Path, preferences: Preferences) -> MainWindow:
    """The window as the first paint shows it, from a glance at the kept copy."""
    with Document.open(path):
        pass
    window = MainWindow(preferences=preferences, path=path, glance=glance(path))
    qtbot.addWidget(window)
    window.show()
    return window


def test_before_its_document_the_window_shows_the_list_and_takes_no_edits(
    qtbot: QtBot, workbook: Path, preferences: Preferences
) -> None:
    window = painted(qtbot, workbook, preferences)
    assert not window.is_attached
    assert window.windowTitle() == "werkboek.db - nlinkoop"
    assert len(window.preparations.model.shown_ids()) == 3
    assert not window.tabs.isEnabled()
    menus = [a for a in window.menuBar().actions() if a.menu() is not None]
    assert len(menus) == 5 and not any(a.isEnabled() for a in menus)
    assert window.findChild(QLineEdit, "title") is None  # no page to type into yet
    buttons = (window.preparations.new_button, window.preparations.delete_button)
    assert not any(button.isEnabled() for button in buttons)


def test_a_preparation_chosen_before_the_document_is_shown_once_it_is_there(
    qtbot: QtBot, workbook: Path, preferences: Preferences
) -> None:
    window = painted(qtbot, workbook, preferences)
    last = window.preparations.model.shown_ids()[-1]
    window.preparations.select(last)  # as a click on the last one would
    window.preparations.current_changed.emit(last)
    with qtbot.waitSignal(window.attached):
        window.attach(Document.open(workbook))
    assert window.preparation is not None and window.preparation.id == last
    menus = [a for a in window.menuBar().actions() if a.menu() is not None]
    assert len(menus) == 5 and all(a.isEnabled() for a in menus)  # the real ones took over
    assert window.preparations.new_button.isEnabled()
    window.close()


def test_closing_before_the_document_is_there_opens_nothing_and_leaves_nothing_behind(
    qtbot: QtBot, workbook: Path, preferences: Preferences
) -> None:
    window = painted(qtbot, workbook, preferences)
    before = sorted(p.name for p in workbook.parent.iterdir())
    asked: list[Path] = []

    def open_document(path: Path) -> Document:
        asked.append(path)
        return Document.open(path)

    WindowStart(window, open_document, workbook, fallback=None, smoke=False)
    assert window.close()  # before the first paint has queued the opening
    qtbot.wait(NO_PAINT_MS + 200)  # past the fallback that opens a window never painted
    assert asked == []
    assert sorted(p.name for p in workbook.parent.iterdir()) == before  # no lock, no copy
    assert QApplication.activeModalWidget() is None


def test_the_session_ending_before_the_document_is_there_is_fine(
    qtbot: QtBot, workbook: Path, preferences: Preferences
) -> None:
    window = painted(qtbot, workbook, preferences)
    window.commit_session()  # the session manager asks before a log-off
    window.end_session()  # SIGTERM, the log-off itself
    assert not window.isVisible()


def test_a_search_typed_while_it_opens_keeps_its_focus_and_applies_once_open(
    qtbot: QtBot, workbook: Path, preferences: Preferences
) -> None:
    window = painted(qtbot, workbook, preferences)
    with qtbot.waitActive(window):
        window.activateWindow()
    search = window.preparations.search_edit
    search.setFocus()
    qtbot.keyClicks(search, "ICT")
    window.attach(Document.open(workbook))
    assert QApplication.focusWidget() is search  # the rest of the word lands there too
    qtbot.keyClicks(search, "-beheer")
    qtbot.waitUntil(lambda: len(window.preparations.model.shown_ids()) == 1, timeout=2000)
    window.close()


def test_a_preparation_chosen_while_it_opened_is_not_chosen_again_on_a_later_switch(
    qtbot: QtBot, workbook: Path, preferences: Preferences, tmp_path: Path
) -> None:
    copy = tmp_path / "kopie.db"  # a colleague's copy: the same preparations, the same ids
    copy.write_bytes(workbook.read_bytes())
    window = painted(qtbot, workbook, preferences)
    last = window.preparations.model.shown_ids()[-1]
    window.preparations.current_changed.emit(last)  # clicked while it opened
    window.attach(Document.open(workbook))
    assert window.preparation is not None and window.preparation.id == last
    assert window.switch_workbook(copy)
    assert window.preparation is not None and window.preparation.id != last
    window.close()
