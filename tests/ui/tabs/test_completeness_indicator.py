"""The tabs' "x of y filled in": filling each counted item through its widget counts up by one."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QTableView
from pytestqt.qtbot import QtBot

from nlinkoop.domain.completeness import Completeness
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.procedures import Context
from nlinkoop.domain.wishes import Wish
from nlinkoop.ui.dialogs.pitch_dialog import PitchDialog
from nlinkoop.ui.models.list_model import Kind
from nlinkoop.ui.tabs import (
    BasicsTab,
    CapacityTab,
    ChecklistTab,
    InterestsTab,
    MotivationTab,
    OpportunityTab,
    PitchTab,
    PreparationTab,
    ReflectionTab,
    WishesTab,
)
from nlinkoop.ui.widgets.list_editor import ListEditor
from nlinkoop.ui.window.profiles import ProfileStore
from tests.ui.tabs.helpers import make_tab, type_into

PATTERNS = ("power_game", "cards_to_chest", "tactical_delay", "pressure", "cheapest")
PRINCIPLES = ("openness", "trust", "side_by_side", "interests", "uncertainties")
# What each tab counts in a public preparation, in order; a commercial one has no procedure to
# choose and no tender, so its Basis tab counts one item less and its wishes none at all.
COUNTED: dict[type[PreparationTab], tuple[str, ...]] = {
    BasicsTab: (
        "title",
        "counterparty",
        "organisation",
        "meeting.date",
        "meeting.place",
        "participants",
        "internal_client",
        "procedure",
        "contract_value",
        "mandate.lead",
        "mandate.on_the_spot",
    ),
    OpportunityTab: (
        "opportunity.conversation_date",
        "opportunity.conversation_with",
        "opportunity.lead",
        "opportunity.explicit",
        "opportunity.agenda",
        "relationship.now",
        "relationship.wanted",
    ),
    CapacityTab: (
        "capacity.playing_field",
        "capacity.cost_lines",
        "capacity.policy_goals",
        "capacity.long_term",
        "capacity.alternatives",
        "capacity.topics",
        "capacity.todos",
    ),
    MotivationTab: tuple(
        f"motivation.{name}" for name in ("impact", "professionalism", "respect", "fear", "reframe")
    ),
    InterestsTab: (
        "interests",
        "uncertainties",
        "opening.come_to_do",
        "opening.come_to_get",
        "joint_options",
        "capacity.criteria",
        "communication.questions",
        "communication.share",
    ),
    ChecklistTab: (
        *(f"checklist.patterns.{key}.risk" for key in PATTERNS),
        *(f"checklist.principles.{key}.action" for key in PRINCIPLES),
        "checklist.pressure.must_react.answer",
        "checklist.pressure.fits_role.answer",
        "checklist.pressure.larger_whole.answer",
        "checklist.red_lines",
    ),
    WishesTab: (
        "wishes",
        "wishes.enough",
        "wishes.customer_value",
        "wishes.points",
        "wishes.euro_per_point",
        "award.criteria",
        "award.tenders",
    ),
    ReflectionTab: (
        "reflection.held_on",
        "reflection.outcomes",
        *(f"reflection.reviews.{key}.done" for key in PRINCIPLES),
        "reflection.went_well",
        "reflection.went_badly",
        "reflection.agreed",
        "reflection.lesson",
        "reflection.train_next",
    ),
}
CONTEXTS = pytest.mark.parametrize("context", list(Context), ids=str)
TYPED = {  # what to type in the fields that read a value
    "meeting.date": "9-3-2027",
    "contract_value": "1.250,50",
    "opportunity.conversation_date": "1-2-2027",
    "reflection.held_on": "14-10-2026",
    "wishes.points": "10",
    "wishes.euro_per_point": "6.000",
}


def edit_cell(qtbot: QtBot, table: QTableView, row: int, attr: str, text: str) -> None:
    """Type `text` in the cell of column `attr` in `row`, as a user does (ASCII only)."""
    editor = table.parentWidget()
    assert isinstance(editor, ListEditor)
    column = next(i for i, c in enumerate(editor.model.columns) if c.attr == attr)
    index = editor.model.index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    cell = table.focusWidget()
    assert isinstance(cell, QLineEdit), attr
    qtbot.keyClicks(cell, text)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() is not QAbstractItemView.State.EditingState)


def fill(qtbot: QtBot, tab: PreparationTab, path: str) -> None:
    """Fill the item at `path` through the tab's own widget for it."""
    try:
        widget = tab.field(path)
    except KeyError:  # a column of a list ("wishes.points"): typed in its first row
        owner, attr = path.rsplit(".", 1)
        table = tab.field(owner)
        assert isinstance(table, QTableView), path
        edit_cell(qtbot, table, 0, attr, TYPED.get(path, "Kwaliteit"))
        return
    assert widget.isEnabled(), path
    if isinstance(widget, QTableView):
        editor = widget.parentWidget()
        assert isinstance(editor, ListEditor)
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClick(widget.focusWidget(), Qt.Key.Key_Escape)  # Add opened the first cell
        text = next(c for c in editor.model.columns if c.kind is Kind.TEXT)
        edit_cell(qtbot, widget, editor.model.rowCount() - 1, text.attr, "Kwaliteit")
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(widget.count() - 1)  # a real answer ("No"), not "Not sure yet"
    else:
        assert isinstance(widget, QLineEdit | QPlainTextEdit), path
        type_into(qtbot, widget, TYPED.get(path, "Samen sterker"))


def shows(tab: PreparationTab, done: Completeness) -> None:
    assert tab.completeness() == done
    assert tab.completeness_label.text() == f"{done.filled} of {done.total} filled in"
    assert tab.completeness_bar.isVisible()
    assert (tab.completeness_bar.value(), tab.completeness_bar.maximum()) == (
        done.filled,
        done.total,
    )


def counted(cls: type[PreparationTab], context: Context) -> tuple[str, ...]:
    """The items the tab counts in a preparation of `context`."""
    if context is Context.PUBLIC:
        return COUNTED[cls]
    return () if cls is WishesTab else tuple(p for p in COUNTED[cls] if p != "procedure")


@CONTEXTS
@pytest.mark.parametrize("cls", list(COUNTED), ids=lambda c: c.__name__)
def test_filling_a_tab_counts_up_one_by_one(
    qtbot: QtBot, cls: type[PreparationTab], context: Context
) -> None:
    prep = Preparation(context=context)
    tab, _prep, stack = make_tab(qtbot, cls, prep)
    paths = counted(cls, context)
    if not paths:  # the tender's wishes in a commercial case: see the test below
        return
    total = len(paths)
    shows(tab, Completeness(0, total))
    for number, path in enumerate(paths, 1):
        fill(qtbot, tab, path)
        shows(tab, Completeness(number, total))
    stack.undo()  # the last edit
    shows(tab, Completeness(total - 1, total))


def test_a_commercial_case_has_no_tender_to_count(qtbot: QtBot) -> None:
    prep = Preparation(context=Context.COMMERCIAL)
    tab, _prep, _stack = make_tab(qtbot, WishesTab, prep)
    assert tab.completeness() == Completeness(0, 0)
    assert tab.completeness_label.text() == "Not applicable"  # not "0 of 0", nor "3 of 3"
    assert not tab.completeness_bar.isVisible()
    fill(qtbot, tab, "wishes")  # allowed, but still not asked of a commercial case
    assert prep.wishes and tab.completeness_label.text() == "Not applicable"
    public = Preparation(context=Context.PUBLIC, wishes=[Wish(description="Vaste schoonmakers")])
    tab.load(public)
    shows(tab, Completeness(1, 7))


def test_an_empty_reflection_is_not_filled_before_the_meeting(qtbot: QtBot) -> None:
    tab, _prep, _stack = make_tab(qtbot, ReflectionTab, Preparation())
    assert tab.completeness_label.text() == "0 of 12 filled in"


def test_the_pitch_counts_the_link_the_pitch_and_its_checks(qtbot: QtBot) -> None:
    profiles = [PitchProfile(person="Sanne de Vries")]

    def save(profile: PitchProfile) -> None:
        profiles[:] = [profile]

    prep = Preparation()
    tab, _prep, _stack = make_tab(qtbot, PitchTab, prep)
    assert isinstance(tab, PitchTab)
    tab.set_profiles(ProfileStore(lambda: list(profiles), save, lambda: "Sanne de Vries"))
    tab.load(prep)
    shows(tab, Completeness(0, 6))
    combo = tab.field("profile_id")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(1)
    shows(tab, Completeness(1, 6))
    names = ("pitch", "check_durable", "check_considered", "check_systemic")
    for number, name in enumerate((*names, "check_forward_looking"), 2):
        tab.edit_button.click()
        dialog = tab.findChild(PitchDialog)
        assert dialog is not None and dialog.is_editable()
        box = dialog.fields[name]
        assert isinstance(box, QPlainTextEdit)
        type_into(qtbot, box, "Samen bouwen")
        dialog.accept()
        dialog.deleteLater()
        qtbot.waitUntil(lambda: tab.findChild(PitchDialog) is None)
        shows(tab, Completeness(number, 6))


def test_choosing_the_public_context_makes_the_tender_count(qtbot: QtBot) -> None:
    prep = Preparation(context=Context.COMMERCIAL)
    basics, _prep, stack = make_tab(qtbot, BasicsTab, prep)
    wishes = make_tab(qtbot, WishesTab, prep)[0]
    assert isinstance(basics, BasicsTab)
    basics.procedure_changed.connect(wishes.refresh_guidance)  # as the window wires them
    assert wishes.completeness_label.text() == "Not applicable"
    assert basics.completeness_label.text() == "0 of 10 filled in"
    combo = basics.field("context")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(Context.PUBLIC))
    assert prep.context is Context.PUBLIC
    assert wishes.completeness_label.text() == "0 of 7 filled in"
    assert basics.completeness_label.text() == "0 of 11 filled in"  # now the procedure counts
    stack.undo()
    assert wishes.completeness_label.text() == "Not applicable"
