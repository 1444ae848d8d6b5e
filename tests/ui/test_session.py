"""Working as a person does: the whole preparation by keyboard, and a long session with pauses.

These walks found what two thousand fast tests had missed: an editor closed under the keyboard
by the write-back, Tab out of a table into the search box, fields that moved while typing.
"""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from nlinkoop.domain.interests import Interest
from nlinkoop.domain.preparation import Preparation
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.window.main_window import MainWindow
from tests.ui.session import KeyboardWalk
from tests.ui.tabs.helpers import inputs
from tests.ui.window_helpers import active_window, change_outside

pytestmark = pytest.mark.usefixtures("own_data_folder")


def started(qtbot: QtBot, path: Path, preferences: Preferences) -> MainWindow:
    """The window, active, with the keyboard in the list of preparations."""
    window = active_window(qtbot, path, preferences)
    window.preparations.list_view.setFocus()
    qtbot.waitUntil(window.preparations.list_view.hasFocus, timeout=5000)
    return window


def stored(path: Path, prep_id: str):  # type: ignore[no-untyped-def]
    with Workbook.open(path) as workbook:
        return workbook.load(prep_id)


def test_every_field_of_every_step_by_keyboard_alone(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = started(qtbot, example, preferences)
    walk = KeyboardWalk(qtbot, window)
    prep = walk.new_preparation()
    walk.walk_every_step()
    for step in range(window.tabs.count()):  # Tab reached every input that can be edited
        page = window.tabs.widget(step)
        wanted = {w.objectName() for w in inputs(page) if w.isEnabled() and w.objectName()}
        missed = wanted - set(walk.visited[step])
        assert not missed, f"step {step}: Tab never reached {sorted(missed)}"
    window.close()
    walk.check(stored(example, prep.id))
    assert len(walk.fields) > 60 and len(walk.rows) >= 20


def test_a_long_session_with_pauses_write_backs_and_a_colleague(
    qtbot: QtBot, example: Path, preferences: Preferences, tmp_path: Path
) -> None:
    """Pauses mid-word longer than the autosave and the write-back, and a colleague's change
    arriving while a table cell is being typed in: every keystroke still ends up in the file."""
    window = started(qtbot, example, preferences)
    written: list[bool] = []
    window.sharing.written_back.connect(lambda: written.append(True))
    with Workbook.open(example) as workbook:
        other = workbook.list_preparations()[-1].id
    their_interest = Interest(what="Zekerheid over de planning", why="Van de collega")
    shown: list[str] = []

    def colleague() -> None:
        prep = window.preparation
        assert prep is not None
        qtbot.waitUntil(lambda: not window.sharing.worker.running, timeout=10000)

        def add_interest(theirs: Preparation) -> None:
            theirs.interests.append(their_interest)

        change_outside(
            example,
            tmp_path / "collega.db",
            {other: "Door de collega bijgewerkt", prep.id: add_interest},
        )
        qtbot.waitUntil(
            lambda: any(i.id == their_interest.id for i in prep.interests), timeout=10000
        )
        shown.append(prep.id)

    walk = KeyboardWalk(qtbot, window, pause_ms=1700, pause_every=5, during_pause=colleague)
    prep = walk.new_preparation()
    walk.walk_every_step()
    assert shown == [prep.id], "the colleague's change never came in"
    assert len(written) >= 5, "the file was hardly written back during the session"
    window.close()
    stored_prep = stored(example, prep.id)
    walk.check(stored_prep)
    assert any(
        i.id == their_interest.id and i.why == "Van de collega" for i in stored_prep.interests
    )
    assert stored(example, other).title == "Door de collega bijgewerkt"
