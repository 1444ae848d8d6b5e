"""The "My pitch" window: editing one's own pitch, reading someone else's, and the menu item."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui import prompts
from nlinkoop.ui.dialogs.pitch_dialog import PitchDialog
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.window.profiles import ProfileStore
from tests.ui.window_helpers import open_window

SANNE = "c2fca62c-fe72-4ff0-9c3c-02de554a06dc"


def store_for(workbook: Workbook, user: str) -> ProfileStore:
    return ProfileStore(workbook.profiles, workbook.save_profile, lambda: user)


def dialog_for(qtbot: QtBot, store: ProfileStore, profile: PitchProfile) -> PitchDialog:
    dialog = PitchDialog(profile, store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def sanne(workbook: Workbook) -> PitchProfile:
    return next(p for p in workbook.profiles() if p.id == SANNE)


def test_the_user_edits_and_saves_their_own_pitch(qtbot: QtBot, example: Path) -> None:
    with Workbook.open(example, user="sdevries") as workbook:
        dialog = dialog_for(qtbot, store_for(workbook, "Sanne de Vries"), sanne(workbook))
        assert dialog.is_editable() and not dialog.banner.isVisible()
        qtbot.keyClicks(dialog.fields["drivers"], "En van goede koffie. ")
        dialog.fields["check_durable"].setPlainText("Eerlijkheid geldt overal, óók hier.")
        dialog.accept()
    with Workbook.open(example) as reopened:
        profile = sanne(reopened)
    assert profile.drivers.startswith("En van goede koffie. Ik word blij")
    assert profile.check_durable == "Eerlijkheid geldt overal, óók hier."
    assert profile.updated_by == "sdevries"


def test_cancel_discards_and_closing_saves(qtbot: QtBot, example: Path) -> None:
    with Workbook.open(example) as workbook:
        store = store_for(workbook, "Sanne de Vries")
        dialog = dialog_for(qtbot, store, sanne(workbook))
        dialog.fields["pitch"].setPlainText("Weg ermee")
        dialog.reject()
        assert sanne(workbook).pitch.startswith("Ik ben Sanne")
        dialog = dialog_for(qtbot, store, sanne(workbook))
        qtbot.keyClicks(dialog.person_edit, " (inkoop)")
        dialog.close()
        assert sanne(workbook).person == "Sanne de Vries (inkoop)"


@pytest.mark.parametrize("agree", [False, True])
def test_someone_elses_pitch_is_read_only_until_confirmed(
    qtbot: QtBot, example: Path, monkeypatch: pytest.MonkeyPatch, agree: bool
) -> None:
    asked: list[str] = []

    def confirm(_parent: object, person: str) -> bool:
        asked.append(person)
        return agree

    monkeypatch.setattr(prompts, "confirm_edit_other_profile", confirm)
    with Workbook.open(example) as workbook:
        dialog = dialog_for(qtbot, store_for(workbook, "Jan"), sanne(workbook))
        assert not dialog.is_editable()
        assert dialog.banner.isVisible()
        assert dialog.banner_label.text() == "This is the pitch of Sanne de Vries"
        assert all(field.isReadOnly() for field in dialog.fields.values())
        dialog.edit_anyway_button.click()
        assert asked == ["Sanne de Vries"]
        assert dialog.is_editable() is agree
        assert dialog.banner.isVisible() is not agree
        assert any(field.isReadOnly() for field in dialog.fields.values()) is not agree
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.isVisible() is agree


def test_a_new_preparation_links_to_the_users_pitch(
    qtbot: QtBot, example: Path, preferences: Preferences, tmp_path: Path
) -> None:
    preferences.user_name = "Sanne de Vries"
    window = open_window(qtbot, example, preferences)
    window.new_preparation()
    assert window.preparation is not None and window.preparation.profile_id == SANNE
    window.close()
    jan = Preferences(QSettings(str(tmp_path / "jan.ini"), QSettings.Format.IniFormat))
    jan.user_name = "Jan"  # another person (renaming oneself keeps one's pitch)
    window = open_window(qtbot, example, jan)
    window.new_preparation()
    assert window.preparation is not None and window.preparation.profile_id is None


def test_the_menu_creates_a_pitch_for_a_user_without_one(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)  # the user is "tester"
    action = window.findChild(QAction, "my_pitch")
    assert action is not None
    action.trigger()
    dialog = window.findChild(PitchDialog)
    assert dialog is not None and dialog.is_editable()
    assert dialog.person_edit.text() == "tester"
    qtbot.keyClicks(dialog.fields["pitch"], "Samen beter inkopen.")
    dialog.accept()
    QApplication.processEvents()
    window.close()
    with Workbook.open(example) as workbook:
        mine = [p for p in workbook.profiles() if p.person == "tester"]
    assert len(mine) == 1 and mine[0].pitch == "Samen beter inkopen."


def test_the_login_that_wrote_a_pitch_counts_as_its_owner(qtbot: QtBot, example: Path) -> None:
    # The example's pitch is "Sanne de Vries", last written by the login "sdevries".
    with Workbook.open(example) as workbook:
        assert sanne(workbook).updated_by == "sdevries"
        own = dialog_for(qtbot, store_for(workbook, "sdevries"), sanne(workbook))
        other = dialog_for(qtbot, store_for(workbook, "jbakker"), sanne(workbook))
        assert own.is_editable() and not own.banner.isVisible()
        assert not other.is_editable() and other.banner.isVisible()
