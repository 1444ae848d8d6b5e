"""The Inkooppitch tab: linking a pitch profile and reading it."""

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from nlinkoop.domain.preparation import Preparation
from nlinkoop.ui.dialogs.pitch_dialog import PitchDialog
from nlinkoop.ui.tabs import PitchTab
from tests.ui.tabs.helpers import example, example_profiles, make_tab

SANNE = "c2fca62c-fe72-4ff0-9c3c-02de554a06dc"


def pitch_tab(qtbot: QtBot, prep: Preparation) -> PitchTab:
    tab, _prep, _stack = make_tab(qtbot, PitchTab, prep)
    assert isinstance(tab, PitchTab)
    return tab


def test_the_example_shows_its_linked_pitch(qtbot: QtBot) -> None:
    tab = pitch_tab(qtbot, example())
    assert tab.profile_combo.currentText() == "Sanne de Vries"
    assert tab.pitch_label.text().startswith("Ik ben Sanne de Vries, inkoopadviseur.")
    assert tab.check_labels["check_systemic"].text().startswith("Ik noem de interne klant")
    assert tab.completeness_label.text() == "6 of 6 filled in"
    assert tab.edit_button.text() == "Edit my pitch..."  # Sanne is at the keyboard


def test_the_combo_links_and_unlinks_and_undo_restores(qtbot: QtBot) -> None:
    tab, prep, stack = make_tab(qtbot, PitchTab, Preparation())
    combo = tab.field("profile_id")
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["None", "Sanne de Vries"]
    assert "No pitch linked" in tab.pitch_label.text()
    with qtbot.waitSignal(tab.changed, timeout=1000):
        combo.setCurrentIndex(1)
    assert prep.profile_id == SANNE
    assert tab.pitch_label.text().startswith("Ik ben Sanne")
    with qtbot.waitSignal(tab.changed, timeout=1000):
        combo.setCurrentIndex(0)
    assert prep.profile_id is None
    assert "No pitch linked" in tab.pitch_label.text()
    assert stack.count() == 2
    stack.undo()
    assert prep.profile_id == SANNE
    assert combo.currentIndex() == 1
    stack.undo()
    assert prep.profile_id is None and combo.currentIndex() == 0
    stack.redo()
    assert prep.profile_id == SANNE


def test_a_link_to_a_profile_from_elsewhere_is_kept(qtbot: QtBot) -> None:
    tab = pitch_tab(qtbot, Preparation(profile_id="elders"))
    assert tab.profile_combo.currentData() == "elders"
    assert tab.linked_profile() is None


def test_someone_elses_pitch_offers_edit_pitch_and_opens_read_only(qtbot: QtBot) -> None:
    stack_tab, _prep, _stack = make_tab(qtbot, PitchTab, example())
    tab = stack_tab
    assert isinstance(tab, PitchTab)
    tab.set_profiles(example_profiles(user="Jan"))
    assert tab.edit_button.text() == "Edit pitch..."
    tab.edit_button.click()
    dialog = tab.findChild(PitchDialog)
    assert dialog is not None and not dialog.is_editable()
    dialog.reject()


def test_a_saved_pitch_shows_at_once(qtbot: QtBot) -> None:
    tab = pitch_tab(qtbot, example())
    tab.edit_button.click()
    dialog = tab.findChild(PitchDialog)
    assert dialog is not None and dialog.is_editable()
    dialog.fields["pitch"].setPlainText("Ik kom om samen te bouwen.")
    dialog.accept()
    assert tab.pitch_label.text() == "Ik kom om samen te bouwen."
