"""A pitch saved in the window reaches the user's file after a pause, as typing does."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from nlinkoop.store.workbook import Workbook
from nlinkoop.ui.settings import Preferences
from tests.ui.window_helpers import open_window

pytestmark = pytest.mark.usefixtures("own_data_folder")


def test_a_saved_pitch_is_written_back_without_closing_the_window(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)
    profile = window.profiles.own_or_new()
    profile.mission = "Samen met leveranciers de beste dienst voor de stad."

    with qtbot.waitSignal(window.sharing.written_back, timeout=8000):
        assert window.profiles.save(profile)

    assert not window.document.dirty
    with Workbook.open(example) as workbook:  # the user's file itself, the window still open
        missions = {p.id: p.mission for p in workbook.profiles()}
    assert missions[profile.id] == "Samen met leveranciers de beste dienst voor de stad."
    window.close()
