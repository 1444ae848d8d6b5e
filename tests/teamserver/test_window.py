"""The window on a workbook connected to a real teamserver: syncing while a person types.

Anna has the window open on her workbook; her second laptop and her colleague Bram sync from
other workbooks (tests/teamserver/team.py). The password goes the way libpq finds it for batch
use (PGPASSWORD), as this machine has no keyring; the window keeps only the address.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from nlinkoop.domain.interests import Interest
from nlinkoop.domain.preparation import Preparation
from nlinkoop.examples import create_example
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui.dialogs.merge_dialog import MergeDialog
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.window.main_window import MainWindow
from tests.pg_cluster import Cluster
from tests.teamserver.team import Team, address_text, team_on
from tests.ui.session import KeyboardWalk
from tests.ui.tabs.helpers import inputs
from tests.ui.window_helpers import active_window, set_title, title_edit

WAIT_MS = 20000
pytestmark = pytest.mark.usefixtures("own_data_folder")


@pytest.fixture
def own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NLINKOOP_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    from PySide6.QtCore import QSettings

    return Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def team(pg_cluster: Cluster, pg_database: str, tmp_path: Path) -> Iterator[Team]:
    with team_on(pg_cluster, pg_database, tmp_path / "laptops") as made:
        yield made


@pytest.fixture
def anna_window(
    qtbot: QtBot,
    team: Team,
    preferences: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MainWindow]:
    (tmp_path / "laptops").mkdir(exist_ok=True)
    login = team.login("anna")
    path = tmp_path / "anna.db"
    create_example(path)
    url = address_text(team.cluster.url(login, "unused", team.database))
    preferences.set_teamserver(path, url.replace(":unused@", "@"))  # never a password
    monkeypatch.setenv("PGPASSWORD", team.passwords[login])
    window = active_window(qtbot, path, preferences)
    wait_synced(qtbot, window)
    yield window
    window.close()


def status(window: MainWindow) -> str:
    return window.teamsync.status.text()


def wait_synced(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: status(window).startswith("Synced at"), timeout=WAIT_MS)


def sync_and_wait(qtbot: QtBot, window: MainWindow) -> None:
    window.teamsync.status.setText("")
    window.teamsync.sync_now()
    wait_synced(qtbot, window)


def test_the_window_syncs_on_open_and_shares_what_its_author_chooses(
    qtbot: QtBot, team: Team, anna_window: MainWindow
) -> None:
    window = anna_window
    bram = team.laptop("bram")
    bram.sync()
    assert bram.titles() == set()  # all private

    shown = window.preparation
    assert shown is not None
    share = window.teamsync.share_action
    assert share.isEnabled() and not share.isChecked()
    share.trigger()
    wait_synced(qtbot, window)
    bram.sync()
    assert bram.titles() == {shown.title}


def test_a_change_from_her_other_laptop_arrives_while_she_types(
    qtbot: QtBot, team: Team, anna_window: MainWindow
) -> None:
    window = anna_window
    shown = window.preparation
    assert shown is not None
    home = team.laptop("anna")
    home.sync()
    home.edit(shown.id, counterparty="Van thuis B.V.")
    home.sync()

    title = shown.title
    edit = title_edit(window)
    edit.setFocus()
    edit.end(False)
    qtbot.keyClicks(edit, " en meer")  # half a word typed, not saved yet
    sync_and_wait(qtbot, window)
    assert edit.text() == f"{title} en meer"
    assert edit.hasFocus()
    assert window.preparation is not None
    assert window.preparation.counterparty == "Van thuis B.V."

    sync_and_wait(qtbot, window)  # the typed title goes out with the next sync
    home.sync()
    assert home.workbook.load(shown.id).title == f"{title} en meer"


def test_offline_the_status_says_what_waits_and_nothing_is_lost(
    qtbot: QtBot, team: Team, anna_window: MainWindow
) -> None:
    window = anna_window
    shown = window.preparation
    assert shown is not None
    team.cluster.stop()
    try:
        set_title(window, "Offline getypt")
        assert window.autosave.flush()
        window.teamsync.sync_now()
        qtbot.waitUntil(lambda: status(window).startswith("Offline"), timeout=WAIT_MS)
        assert status(window) == "Offline: 1 change(s) waiting"
    finally:
        team.cluster.start()
    sync_and_wait(qtbot, window)
    home = team.laptop("anna")
    home.sync()
    assert home.workbook.load(shown.id).title == "Offline getypt"


def test_a_conflict_waits_for_a_click_and_the_merge_dialog(
    qtbot: QtBot, team: Team, anna_window: MainWindow
) -> None:
    window = anna_window
    shown = window.preparation
    assert shown is not None
    home = team.laptop("anna")
    home.sync()
    home.edit(shown.id, title="Titel van thuis")
    home.sync()
    set_title(window, "Titel op het werk")
    assert window.autosave.flush()

    window.teamsync.sync_now()
    qtbot.waitUntil(lambda: status(window).startswith("Conflict"), timeout=WAIT_MS)
    assert title_edit(window).text() == "Titel op het werk"  # nothing merged yet

    answered: list[str] = []

    def keep_mine() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, MergeDialog)]
        if not dialogs or not dialogs[0].isVisible():
            QTimer.singleShot(50, keep_mine)
            return
        answered.append("mine")
        dialogs[0].mine_buttons[0].click()
        dialogs[0].accept()

    QTimer.singleShot(50, keep_mine)
    qtbot.mouseClick(window.teamsync.status, Qt.MouseButton.LeftButton)
    wait_synced(qtbot, window)
    assert answered == ["mine"]
    home.sync()
    assert home.workbook.load(shown.id).title == "Titel op het werk"


def test_opened_while_the_server_is_down_it_still_counts_what_waits(
    qtbot: QtBot, team: Team, anna_window: MainWindow, preferences: Preferences
) -> None:
    path = anna_window.document.path
    anna_window.close()
    team.cluster.stop()
    try:
        window = active_window(qtbot, path, preferences)
        qtbot.waitUntil(lambda: status(window).startswith("Offline"), timeout=WAIT_MS)
        set_title(window, "Getypt zonder server")
        assert window.autosave.flush()
        window.teamsync.sync_now()
        qtbot.waitUntil(lambda: status(window) == "Offline: 1 change(s) waiting", timeout=WAIT_MS)
    finally:
        team.cluster.start()
    sync_and_wait(qtbot, window)
    window.close()


def test_a_long_keyboard_session_while_syncs_come_and_go(
    qtbot: QtBot, team: Team, anna_window: MainWindow
) -> None:
    """A whole new preparation typed by keyboard alone, with pauses mid-word longer than the
    autosave, while the window syncs after each write-back; halfway, her other laptop adds an
    interest and the server goes down for a while. Every keystroke reaches the server."""
    window = anna_window
    statuses: list[str] = []
    window.teamsync.status_changed.connect(statuses.append)
    home = team.laptop("anna")
    their_interest = Interest(what="Zekerheid over de levering", why="Van thuis")
    outage: list[str] = []

    def from_home_then_down() -> None:
        prep = window.preparation
        assert prep is not None
        qtbot.waitUntil(lambda: statuses[-1].startswith("Synced at"), timeout=WAIT_MS)
        home.sync()  # the new preparation, pushed by the window's own syncs while typing
        theirs = home.workbook.load(prep.id)
        theirs.interests.append(their_interest)
        home.workbook.save(theirs)
        home.sync()
        team.cluster.stop()
        outage.append("down")

        def up() -> None:
            team.cluster.start()
            outage.append("up")

        QTimer.singleShot(8000, up)  # typing goes on meanwhile

    walk = KeyboardWalk(
        qtbot, window, pause_ms=1700, pause_every=5, during_pause=from_home_then_down
    )
    window.preparations.list_view.setFocus()  # where the keyboard starts, as in the session walks
    qtbot.waitUntil(window.preparations.list_view.hasFocus, timeout=5000)
    prep = walk.new_preparation()
    try:
        walk.walk_every_step()
    finally:
        if not team.cluster.running():
            team.cluster.start()
    assert outage == ["down", "up"], "the server never went down and came back during the walk"
    synced = sum(1 for s in statuses if s.startswith("Synced at"))
    assert synced >= 3, f"only {synced} syncs while typing: {statuses}"
    offline = [n for n, s in enumerate(statuses) if s.startswith("Offline")]
    assert offline, statuses
    # Back online, a sync after a write-back sent what waited, with nobody asking for it.
    assert any(s.startswith("Synced at") for s in statuses[offline[-1] :]), statuses
    assert not any(s.startswith(("Conflict", "Teamserver:")) for s in statuses), statuses

    for step in range(window.tabs.count()):  # the walk typed in every step's every input
        wanted = {w.objectName() for w in inputs(window.tabs.widget(step)) if w.isEnabled()}
        assert not wanted - {""} - set(walk.visited[step]), step

    sync_and_wait(qtbot, window)  # what was typed last goes out; home's interest came in
    shown = window.preparation
    assert shown is not None and shown.id == prep.id
    assert any(i.id == their_interest.id for i in shown.interests)
    window.close()
    home.sync()
    for stored in (home.workbook.load(prep.id), stored_in(window)):
        walk.check(stored)
        assert any(i.id == their_interest.id and i.why == "Van thuis" for i in stored.interests)
    print(f"\nlong session: {synced} syncs, {len(walk.fields)} fields, {len(walk.rows)} rows")


def stored_in(window: MainWindow) -> Preparation:
    """The window's preparation as its closed workbook file holds it."""
    prep = window.preparation
    assert prep is not None
    with Workbook.open(window.document.path) as workbook:
        return workbook.load(prep.id)
