"""Two changes in the same minute: the merge and lock dialogs still tell which came first."""

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from nlinkoop.store.locks import LockInfo
from nlinkoop.store.merge import Conflict
from nlinkoop.ui.dialogs.lock_dialog import LockDialog
from nlinkoop.ui.dialogs.merge_dialog import MergeDialog

EARLY = datetime(2025, 3, 1, 9, 0, 5, tzinfo=UTC)
LATE = datetime(2025, 3, 1, 9, 0, 40, tzinfo=UTC)


def local(moment: datetime) -> str:
    return moment.astimezone().strftime("%d-%m-%Y %H:%M:%S")


def test_the_merge_dialog_shows_seconds_when_both_fall_in_one_minute(qtbot: QtBot) -> None:
    conflict = Conflict(
        "preparations", "p1", "title", "p1", "Jaargesprek", "A", "B", "Anna", EARLY, "Bram", LATE
    )
    dialog = MergeDialog([conflict])
    qtbot.addWidget(dialog)
    mine, theirs = dialog.mine_buttons[0], dialog.theirs_buttons[0]
    assert mine.text() == f"Anna, {local(EARLY)}"
    assert theirs.text() == f"Bram, {local(LATE)}"
    assert mine.text().split(", ")[1] < theirs.text().split(", ")[1]  # readable as older
    assert local(LATE) in theirs.accessibleName()
    assert dialog.choices() == ["theirs"]


def test_the_lock_dialog_shows_the_second_too(qtbot: QtBot, tmp_path: Path) -> None:
    lock = LockInfo("Bram", "andere-pc", 4242, "1.0", LATE)
    dialog = LockDialog(tmp_path / "gedeeld.db", lock)
    qtbot.addWidget(dialog)
    who = dialog.findChild(QLabel, "lock_who")
    assert who is not None and local(LATE) in who.text()
