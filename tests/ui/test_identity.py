"""Who the user is: asked once at first start, changed under Settings, recorded everywhere.

Real dialogs answered with keys and clicks while they run, real files, the real lock file.
"""

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from nlinkoop.app import ask_identity_at_first_start, build_window
from nlinkoop.store.locks import read_lock
from nlinkoop.store.merge import Conflict, Side
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui.dialogs.identity_dialog import Identity, IdentityDialog
from nlinkoop.ui.dialogs.merge_dialog import MergeDialog
from nlinkoop.ui.dialogs.pitch_dialog import PitchDialog
from nlinkoop.ui.settings import CONFIG_ENV, Preferences
from nlinkoop.ui.window.briefing import make_briefing
from nlinkoop.ui.window.main_window import MainWindow
from tests.ui.window_helpers import open_window, set_title

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Preferences read with `Preferences()` and working copies stay in this test's folder."""
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "config"))
    monkeypatch.setenv("NLINKOOP_DATA_DIR", str(tmp_path / "data"))


def answer(qtbot: QtBot, name: str, organisation: str = "", *, ok: bool = True) -> list[str]:
    """Fill in the identity dialog once it shows, then press OK (or Not now / Cancel).

    Returns:
        Filled in as the dialog runs: its title and its Cancel button's text.
    """
    seen: list[str] = []

    def fill() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, IdentityDialog)]
        if not found or not found[0].isVisible():
            QTimer.singleShot(20, fill)
            return
        dialog = found[0]
        seen.extend([dialog.windowTitle(), dialog.buttons.buttons()[1].text()])
        dialog.name_edit.selectAll()
        qtbot.keyClicks(dialog.name_edit, name)
        dialog.organisation_edit.selectAll()
        qtbot.keyClicks(dialog.organisation_edit, organisation)
        if ok:
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        else:
            dialog.reject()

    QTimer.singleShot(0, fill)
    return seen


# --- the dialog ----------------------------------------------------------------------------


def test_ok_waits_for_a_name_and_spaces_are_trimmed(qtbot: QtBot) -> None:
    dialog = IdentityDialog(Identity("", ""))
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "   ")
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # Return in the field: still no name, so the dialog stays
    assert dialog.result() != dialog.DialogCode.Accepted
    qtbot.keyClicks(dialog.name_edit, "Sanne Visser ")
    qtbot.keyClicks(dialog.organisation_edit, " Gemeente Waalmeer")
    assert dialog.ok_button.isEnabled()
    assert dialog.identity() == Identity("Sanne Visser", "Gemeente Waalmeer")


# --- first start ---------------------------------------------------------------------------


def test_first_start_asks_and_not_now_asks_again_next_time(qtbot: QtBot) -> None:
    seen = answer(qtbot, "Sanne", ok=False)
    assert ask_identity_at_first_start(Preferences())
    assert seen == ["Welcome to nlinkoop", "Not now"]
    assert Preferences().user_name == ""  # the window falls back to the login name

    answer(qtbot, "Sanne Visser", "Gemeente Waalmeer")
    assert ask_identity_at_first_start(Preferences())  # the next start asks again
    restarted = Preferences()
    assert (restarted.user_name, restarted.organisation) == ("Sanne Visser", "Gemeente Waalmeer")
    assert not ask_identity_at_first_start(restarted)  # and the one after that does not


def test_the_smoke_run_never_asks(tmp_path: Path) -> None:
    """Nobody answers in a smoke run: the window opens (and closes) with the login name."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", CONFIG_ENV: str(tmp_path / "config")}
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--example", "--smoke"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert Preferences().user_name == ""


def test_the_name_from_the_first_start_is_recorded_everywhere(
    qtbot: QtBot, example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Preferences().remember_identity("Sanne Visser", "Gemeente Waalmeer")
    window = build_window(example)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    lock = read_lock(example)
    assert lock is not None and lock.user == "Sanne Visser"  # what a colleague's dialog shows

    shown = window.preparation
    assert shown is not None
    set_title(window, "Mijn titel")
    assert window.autosave.flush()
    footer = "".join(r.text for r in make_briefing(shown, window.workbook).footer)
    assert "(Sanne Visser)" in footer  # "Last change: ... (Sanne Visser)"

    conflicts = merge_with_a_colleague(window, example, tmp_path, monkeypatch, shown.id)
    assert [(c.mine_by, c.theirs_by) for c in conflicts] == [("Sanne Visser", "collega")]
    window.close()
    with Workbook.open(example) as workbook:
        merged = workbook.load(shown.id)
    # Her title is kept; the record was last changed later, by the colleague (a merge keeps
    # the later of both records' stamps, so copies converge whichever way they merge).
    assert (merged.title, merged.updated_by) == ("Mijn titel", "collega")


def merge_with_a_colleague(
    window: MainWindow,
    path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    prep_id: str,
) -> Sequence[Conflict]:
    """A colleague changes the same title in the file; the window merges. What it asked."""
    asked: list[Sequence[Conflict]] = []

    def choose(_parent: object, conflicts: Sequence[Conflict], _label: object) -> list[Side]:
        asked.append(conflicts)
        return ["mine"] * len(conflicts)

    monkeypatch.setattr(MergeDialog, "ask", choose)
    work = tmp_path / "collega.db"
    shutil.copyfile(path, work)
    with Workbook.open(work, user="collega") as other:
        prep = other.load(prep_id)
        prep.title = "Hun titel"
        other.save(prep)
    os.replace(work, path)
    assert window.sharing.write_back()
    return asked[0]


# --- Settings ------------------------------------------------------------------------------


def trigger(window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None
    action.trigger()


def test_settings_changes_name_and_organisation_from_the_next_edit_on(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)  # opened as "tester"
    answer(qtbot, "Sanne Visser", "Gemeente Waalmeer")
    trigger(window, "identity")
    assert (preferences.user_name, preferences.organisation) == (
        "Sanne Visser",
        "Gemeente Waalmeer",
    )
    lock = read_lock(example)
    assert lock is not None and lock.user == "Sanne Visser"  # the lock says so at once

    window.new_preparation()
    prep = window.preparation
    assert prep is not None and prep.organisation == "Gemeente Waalmeer"
    set_title(window, "Nieuw gesprek")
    assert window.autosave.flush()
    assert window.workbook.load(prep.id).updated_by == "Sanne Visser"

    trigger(window, "my_pitch")
    QApplication.processEvents()
    dialog = window.findChild(PitchDialog)
    assert dialog is not None and dialog.person_edit.text() == "Sanne Visser"
    dialog.reject()
    window.close()
    assert read_lock(example) is None  # released, although it was renamed


def test_settings_cancel_changes_nothing(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    preferences.remember_identity("Sanne Visser", "")
    window = open_window(qtbot, example, preferences)
    seen = answer(qtbot, "Iemand anders", ok=False)
    trigger(window, "identity")
    assert seen == ["Your name and organisation", "Cancel"]
    assert preferences.user_name == "Sanne Visser"
    assert window.workbook.user == "tester"
    window.close()


def test_after_a_rename_my_pitch_is_still_mine(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    preferences.remember_identity("Jan", "")
    window = open_window(qtbot, example, preferences)
    trigger(window, "my_pitch")
    QApplication.processEvents()
    dialog = window.findChild(PitchDialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.fields["pitch"], "Van Jan.")
    dialog.accept()
    QApplication.processEvents()
    answer(qtbot, "Jan de Vries")
    trigger(window, "identity")
    assert preferences.former_names == ["Jan"]
    own = window.profiles.own_profile()
    assert own is not None and own.pitch == "Van Jan."
    assert own.person == "Jan"  # the pitch keeps the name it was written under
    window.close()


def test_the_login_name_is_not_offered_as_a_name(
    qtbot: QtBot, example: Path, preferences: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Until the user gives a name the field stays empty: OK must not make "root" a name."""
    window = open_window(qtbot, example, preferences)
    shown: list[Identity] = []

    def look(_parent: object, identity: Identity, **_kwargs: object) -> None:
        shown.append(identity)

    monkeypatch.setattr(IdentityDialog, "ask", look)
    trigger(window, "identity")
    assert shown == [Identity("", "")]
    assert window.workbook.user == "tester"  # nothing changed
    window.close()
