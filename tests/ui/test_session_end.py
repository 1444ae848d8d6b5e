"""The end of the session (SIGTERM, SIGHUP, a quit) closes the real app as Quit does, asking
nothing: the edit is written back, the lock is gone, and the process ends with status 0.

Each test starts the real app (`nlinkoop.app.run`, via `tests/ui/app_driver.py`, which only
types an edit into the window once it is up) in a process of its own, offscreen, with its own
data and settings folders.
"""

import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from nlinkoop.examples import create_example
from nlinkoop.store import locks
from nlinkoop.store.document import Document, pending_recoveries
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui.settings import Preferences
from tests.ui.window_helpers import open_window, set_title, stored_titles

REPO = Path(__file__).resolve().parents[2]
EDIT = "Teruggeschreven bij het afmelden"
ENDS_WITHIN = 10.0  # seconds; a log-off waits about this long before it kills what is left

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM for GUI apps there")


class App:
    """The real app in a process of its own, on one workbook, with an edit typed in."""

    def __init__(self, folder: Path, path: Path, *flags: str, user: str = "anna") -> None:
        config = folder / "config"
        config.mkdir(exist_ok=True)
        if user:
            (config / "nlinkoop.ini").write_text(f"[General]\nuser_name={user}\n")
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "NLINKOOP_DATA_DIR": str(folder / "data"),
            "NLINKOOP_CONFIG_DIR": str(config),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.app_driver", str(path), EDIT, *flags],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def wait_for(self, word: str, timeout: float = 60.0) -> str:
        """The rest of the first line the app prints that starts with `word`."""
        assert self.process.stdout is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.process.stdout], [], [], 0.5)
            if ready:
                line = self.process.stdout.readline()
                if not line:
                    break
                if line.startswith(word):
                    return line[len(word) :].strip()
        self.process.kill()
        _, err = self.process.communicate()
        raise AssertionError(f"the app never said {word!r}: {err}")

    def end_with(self, number: int) -> tuple[int, float, str]:
        """Send the signal; returns the exit status, the seconds it took and what it logged."""
        start = time.monotonic()
        self.process.send_signal(number)
        try:
            _, err = self.process.communicate(timeout=ENDS_WITHIN + 20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise
        return self.process.returncode, time.monotonic() - start, err


@pytest.fixture
def app_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app's own folders; the test reads its data folder for working copies left."""
    monkeypatch.setenv("NLINKOOP_DATA_DIR", str(tmp_path / "data"))
    yield tmp_path


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    shared = tmp_path / "gedeeld"
    shared.mkdir()
    path = shared / "werkboek.db"
    create_example(path)
    return path


def assert_ended_cleanly(status: int, seconds: float, err: str, path: Path) -> None:
    assert status == 0, err
    assert seconds < ENDS_WITHIN, f"took {seconds:.1f} s"
    assert "Traceback" not in err, err
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name], "a lock or temp file"
    assert pending_recoveries() == []  # nothing left unwritten in a working copy


@posix_only
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_signal_writes_the_edit_back_releases_the_lock_and_ends_normally(
    app_folder: Path, workbook: Path, number: int
) -> None:
    app = App(app_folder, workbook)
    app.wait_for("edited")  # typed: the autosave would save it 0.8 s later, write back 1.5 s
    assert locks.lock_path(workbook).exists()
    assert_ended_cleanly(*app.end_with(number), workbook)
    assert EDIT in stored_titles(workbook)


@posix_only
def test_a_signal_while_a_dialog_waits_for_an_answer_still_ends_normally(
    app_folder: Path, workbook: Path
) -> None:
    app = App(app_folder, workbook, "--dialog")
    app.wait_for("asking")
    assert_ended_cleanly(*app.end_with(signal.SIGTERM), workbook)
    assert EDIT in stored_titles(workbook)


@posix_only
def test_a_signal_at_the_first_start_question_ends_without_a_trace(
    app_folder: Path, workbook: Path
) -> None:
    before = workbook.read_bytes()
    app = App(app_folder, workbook, "--first-start", user="")
    app.wait_for("asking")
    assert_ended_cleanly(*app.end_with(signal.SIGTERM), workbook)
    assert workbook.read_bytes() == before


def test_a_quit_that_leaves_the_window_open_still_closes_it(
    app_folder: Path, workbook: Path
) -> None:
    """The session manager's quit (or any exit of the event loop) ends the window first."""
    app = App(app_folder, workbook, "--exit")
    app.wait_for("edited")
    start = time.monotonic()
    _, err = app.process.communicate(timeout=60)
    assert_ended_cleanly(app.process.returncode, time.monotonic() - start, err, workbook)
    assert EDIT in stored_titles(workbook)


@posix_only
def test_a_conflict_at_the_end_keeps_theirs_in_the_file_and_mine_in_a_copy(
    app_folder: Path, workbook: Path
) -> None:
    app = App(app_folder, workbook, "--deaf")  # the window misses the change on the share
    prep_id = app.wait_for("edited")
    with Document.open(workbook, user="bram", lock="ignore") as theirs:
        prep = theirs.workbook.load(prep_id)
        prep.title = "De titel van Bram"
        theirs.workbook.save(prep)
        assert theirs.write_back().written
    status, seconds, err = app.end_with(signal.SIGTERM)
    assert status == 0, err
    assert seconds < ENDS_WITHIN
    assert not locks.lock_path(workbook).exists()
    assert "De titel van Bram" in stored_titles(workbook)
    (copy,) = [p for p in workbook.parent.iterdir() if p.name.startswith("werkboek (conflict")]
    with Workbook.open(copy) as mine:
        assert mine.load(prep_id).title == EDIT
    assert pending_recoveries() == []


def test_commit_session_writes_back_without_asking_and_stays_open(
    qtbot: QtBot, workbook: Path, preferences: Preferences, app_folder: Path
) -> None:
    window = open_window(qtbot, workbook, preferences)
    set_title(window, EDIT)
    window.commit_session()  # the session manager's commitDataRequest
    assert EDIT in stored_titles(workbook)
    assert window.isVisible()
    assert locks.lock_path(workbook).exists()  # the log-off may still be cancelled
    window.end_session()
    assert not window.isVisible()
    assert not locks.lock_path(workbook).exists()
