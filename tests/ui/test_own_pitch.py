"""Making one's own pitch from a preparation links it there; one's pitch stays one's own.

Real windows on a copy of the example workbook, driven with clicks and keys; the links are
read back from the file and from the briefing PDF.
"""

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.store.workbook import Workbook, current_user
from nlinkoop.ui.dialogs.pitch_dialog import PitchDialog
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.tabs import PitchTab
from nlinkoop.ui.window.briefing import make_briefing, write_briefing
from nlinkoop.ui.window.main_window import MainWindow
from nlinkoop.ui.window.profiles import ProfileStore
from tests.ui.window_helpers import open_window

SANNE = "c2fca62c-fe72-4ff0-9c3c-02de554a06dc"


def pitch_tab(window: MainWindow) -> PitchTab:
    tab = window.page(PitchTab)
    assert tab is not None
    window.tabs.setCurrentWidget(tab)
    return tab


def open_dialog(window: MainWindow) -> PitchDialog:
    QApplication.processEvents()
    dialog = window.findChild(PitchDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def press_ok(qtbot: QtBot, dialog: PitchDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    QApplication.processEvents()  # the dialog deletes itself later


def new_unlinked_preparation(window: MainWindow) -> str:
    window.new_preparation()
    prep = window.preparation
    assert prep is not None and prep.profile_id is None
    return prep.id


def test_my_new_pitch_links_to_the_preparation_without_one(
    qtbot: QtBot, example: Path, preferences: Preferences, tmp_path: Path
) -> None:
    window = open_window(qtbot, example, preferences)  # "tester" has no pitch yet
    prep_id = new_unlinked_preparation(window)
    tab = pitch_tab(window)
    assert tab.profile_combo.currentText() == "None"
    assert tab.edit_button.text() == "Edit my pitch..."
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(window)
    qtbot.keyClicks(dialog.fields["pitch"], "Ik kom om samen te bouwen.")
    with qtbot.waitSignal(tab.changed, timeout=1000):
        press_ok(qtbot, dialog)

    assert tab.profile_combo.currentText() == "tester"
    assert tab.pitch_label.text() == "Ik kom om samen te bouwen."
    assert window.preparation is not None and window.preparation.profile_id is not None
    assert window.undo_stack.canUndo()  # the link is an edit like any other
    linked = window.preparation.profile_id
    with qtbot.waitSignal(window.autosave.saved, timeout=3000):
        pass  # autosaved after the usual pause
    window.close()

    with Workbook.open(example) as workbook:
        stored = workbook.load(prep_id)
        profiles = workbook.profiles()
        assert stored.profile_id == linked
        write_briefing(make_briefing(stored, workbook), tmp_path / "briefing.pdf")
    assert any(p.id == linked and p.person == "tester" for p in profiles)
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "briefing.pdf").pages)
    assert "Ik kom om samen te bouwen." in text


def test_the_menu_links_my_existing_pitch_and_undo_unlinks_it(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    preferences.user_name = "Sanne de Vries"
    window = open_window(qtbot, example, preferences)
    window.new_preparation()  # linked to Sanne's own pitch at once; she unlinks it
    tab = pitch_tab(window)
    assert tab.profile_combo.currentData() == SANNE
    tab.profile_combo.setCurrentIndex(0)
    assert window.preparation is not None and window.preparation.profile_id is None
    action = window.findChild(QAction, "my_pitch")
    assert action is not None
    action.trigger()
    press_ok(qtbot, open_dialog(window))  # OK on one's own pitch, unchanged
    assert tab.profile_combo.currentData() == SANNE
    assert window.preparation.profile_id == SANNE
    window.undo_stack.undo()
    assert window.preparation.profile_id is None
    assert tab.profile_combo.currentText() == "None"
    window.close()


def test_my_pitch_never_replaces_a_colleagues_linked_pitch(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)  # "tester"; the shown one links Sanne
    assert window.preparation is not None and window.preparation.profile_id == SANNE
    action = window.findChild(QAction, "my_pitch")
    assert action is not None
    action.trigger()
    dialog = open_dialog(window)
    qtbot.keyClicks(dialog.fields["pitch"], "Mijn eigen pitch.")
    press_ok(qtbot, dialog)
    assert window.preparation.profile_id == SANNE
    assert not window.undo_stack.canUndo()
    window.close()


def test_cancel_links_nothing(qtbot: QtBot, example: Path, preferences: Preferences) -> None:
    window = open_window(qtbot, example, preferences)
    new_unlinked_preparation(window)
    tab = pitch_tab(window)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(window)
    qtbot.keyClicks(dialog.fields["pitch"], "Toch niet.")
    dialog.reject()
    assert window.preparation is not None and window.preparation.profile_id is None
    assert tab.profile_combo.currentText() == "None"
    window.close()


def test_without_a_preparation_my_pitch_is_saved_and_nothing_is_linked(
    qtbot: QtBot, tmp_path: Path, preferences: Preferences
) -> None:
    empty = tmp_path / "leeg.db"
    Workbook.create(empty).close()
    window = open_window(qtbot, empty, preferences)
    assert window.preparation is None
    action = window.findChild(QAction, "my_pitch")
    assert action is not None
    action.trigger()
    dialog = open_dialog(window)
    qtbot.keyClicks(dialog.fields["pitch"], "Alleen de pitch.")
    press_ok(qtbot, dialog)
    assert not window.undo_stack.canUndo()
    assert [p.pitch for p in window.workbook.profiles()] == ["Alleen de pitch."]
    window.close()


# --- whose pitch is it ---------------------------------------------------------------------


def store_of(profiles: list[PitchProfile], user: str, *aliases: str) -> ProfileStore:
    return ProfileStore(lambda: profiles, lambda _p: None, lambda: user, lambda: aliases)


def test_a_pitch_stays_mine_after_i_change_my_name(qtbot: QtBot) -> None:
    mine = PitchProfile(person="Jan", updated_by="Jan")
    theirs = PitchProfile(person="Piet", updated_by="Piet")
    store = store_of([theirs, mine], "Jan de Vries", "Jan")
    assert store.is_own(mine) and not store.is_own(theirs)
    assert store.own_profile() is mine


def test_my_pitch_is_still_mine_in_the_window_after_a_rename(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    preferences.user_name = "Jan"
    window = open_window(qtbot, example, preferences)
    prep_id = new_unlinked_preparation(window)
    tab = pitch_tab(window)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(window)
    qtbot.keyClicks(dialog.fields["pitch"], "Van Jan.")
    press_ok(qtbot, dialog)
    preferences.user_name = "Jan de Vries"
    own = window.profiles.own_profile()
    assert own is not None and own.pitch == "Van Jan."
    window.new_preparation()
    assert window.preparation is not None and window.preparation.profile_id == own.id
    assert window.preparation.id != prep_id
    window.close()


def test_a_pitch_from_the_login_name_era_is_still_mine(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    """Written when nlinkoop knew only the login name; the user now gave another name."""
    with Workbook.open(example, user=current_user()) as workbook:
        workbook.save_profile(PitchProfile(person="J. de Vries", pitch="Oud maar van mij."))
    preferences.user_name = "Jan de Vries"
    window = open_window(qtbot, example, preferences)
    own = window.profiles.own_profile()
    assert own is not None and own.pitch == "Oud maar van mij."
    window.close()


def test_my_own_name_wins_over_the_login_name(qtbot: QtBot) -> None:
    """A colleague's old pitch written under the same login does not hide my own."""
    old = PitchProfile(person="Piet", updated_by="gebruiker")
    mine = PitchProfile(person="Jan de Vries", updated_by="Jan de Vries")
    store = store_of([old, mine], "Jan de Vries", "gebruiker")
    assert store.own_profile() is mine
