"""The Basis tab: meeting header, context and procedure, team and mandate."""

from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from nlinkoop.domain.procedures import Context, Procedure
from nlinkoop.ui.tabs import BasicsTab
from tests.ui.tabs.helpers import example, make_tab, type_into


def test_the_title_is_basis_in_english_source(qtbot: QtBot) -> None:
    tab, _prep, _stack = make_tab(qtbot, BasicsTab)
    assert tab.title() == "Basics"  # no translator loaded in tests


def test_public_without_procedure_hints_and_enables_the_procedure(qtbot: QtBot) -> None:
    tab, prep, _stack = make_tab(qtbot, BasicsTab)
    context = tab.field("context")
    procedure = tab.field("procedure")
    assert isinstance(context, QComboBox) and isinstance(procedure, QComboBox)
    assert not procedure.isEnabled() and not tab.hints_panel.isVisible()
    with qtbot.waitSignal(tab.changed, timeout=1000):
        context.setCurrentIndex(1)
    assert prep.context is Context.PUBLIC
    assert procedure.isEnabled()
    assert tab.hints_panel.isVisible()
    assert "procedure" in tab.hints_panel.texts[0]
    procedure.setCurrentIndex(procedure.findText("Single private procedure"))
    assert prep.procedure is Procedure.SINGLE_PRIVATE
    assert not tab.hints_panel.isVisible()


def test_dutch_text_and_a_time_range(qtbot: QtBot) -> None:
    tab, prep, _stack = make_tab(qtbot, BasicsTab)
    place = tab.field("meeting.place")
    assert isinstance(place, QLineEdit)
    place.insert("Stadhuis, zaal één")  # a user edit with Dutch characters
    assert prep.meeting.place == "Stadhuis, zaal één"
    start = tab.field("meeting.start")
    assert isinstance(start, QLineEdit)
    assert start.accessibleName() == "Start time"
    type_into(qtbot, start, "x9")  # cannot be read: the object keeps its value
    assert prep.meeting.start is None
    assert start.property("invalid")


def test_a_commercial_example_keeps_its_procedure_when_switched(qtbot: QtBot) -> None:
    prep = example()
    tab, prep, _stack = make_tab(qtbot, BasicsTab, prep)
    kept = prep.procedure
    context = tab.field("context")
    assert isinstance(context, QComboBox)
    context.setCurrentIndex(0)  # commercial
    assert prep.context is Context.COMMERCIAL and prep.procedure == kept
    assert not tab.field("procedure").isEnabled()
