"""The Belangen & onzekerheden tab."""

from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from nlinkoop.domain.common import Party, Priority
from nlinkoop.ui.tabs import InterestsTab
from nlinkoop.ui.widgets.list_editor import ListEditor
from tests.ui.tabs.helpers import make_tab, type_into


def test_no_opening_statement_hint_comes_and_goes(qtbot: QtBot) -> None:
    tab, prep, stack = make_tab(qtbot, InterestsTab)
    assert tab.hints_panel.isVisible()
    assert len(tab.hints_panel.texts) == 1 and "opening statement" in tab.hints_panel.texts[0]
    box = tab.field("opening.come_to_get")
    assert isinstance(box, QPlainTextEdit)
    type_into(qtbot, box, "Een haalbaar bestek")
    assert prep.opening.come_to_get == "Een haalbaar bestek"
    assert not tab.hints_panel.isVisible() and tab.hints_panel.texts == []
    stack.undo()
    assert tab.hints_panel.isVisible()


def test_interests_choices_are_edited_by_index(qtbot: QtBot) -> None:
    tab, prep, _stack = make_tab(qtbot, InterestsTab)
    editor = tab.findChild(ListEditor, None)
    editors = {e.table.objectName(): e for e in tab.findChildren(ListEditor)}
    assert editor is not None and set(editors) == {
        "interests",
        "uncertainties",
        "joint_options",
        "capacity.criteria",
        "communication.questions",
        "communication.share",
    }
    model = editors["interests"].model
    model.add_row()
    assert model.setData(model.index(0, 0), 1)  # party: supplier
    assert model.setData(model.index(0, 3), 0)  # priority: must have
    assert prep.interests[0].party is Party.SUPPLIER
    assert prep.interests[0].priority is Priority.MUST_HAVE
    assert model.data(model.index(0, 0)) == "Supplier"
