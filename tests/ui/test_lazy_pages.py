"""Each step's page is built when it is first shown; until then the step still shows its count."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from nlinkoop.store.merge import Conflict
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.tabs import TAB_CLASSES, BasicsTab, InterestsTab
from nlinkoop.ui.window.step_view import DONE_ROLE
from tests.ui.window_helpers import active_window, open_window

pytestmark = pytest.mark.usefixtures("own_data_folder")


class WindowsShown(QObject):
    """Notes every window (a widget without a parent) that is shown."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(f"{type(watched).__name__} {watched.objectName()}")
        return False


def test_only_basis_is_built_at_the_start(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)
    assert [window.tabs.built(i) for i in range(window.tabs.count())] == [True] + [False] * 8
    window.tabs.setCurrentIndex(4)
    assert isinstance(window.tabs.currentWidget(), InterestsTab)
    assert window.tabs.built(4) and not window.tabs.built(3)


def test_every_step_counts_before_and_after_its_page_is_built(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)
    steps = window.tabs.step_list
    before = [steps.item(i).data(DONE_ROLE) for i in range(steps.count())]
    assert all(done is not None for done in before)
    assert any(done.filled for done in before[1:])  # the example is far from empty
    window.tabs.build_all()
    pages = [window.page(tab_class) for tab_class in TAB_CLASSES]
    assert before == [page.completeness() for page in pages]
    assert before == [steps.item(i).data(DONE_ROLE) for i in range(steps.count())]


def test_a_step_counts_again_when_basis_changes_what_applies(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)
    steps = window.tabs.step_list
    basics = window.page(BasicsTab)
    context = basics.field("context")
    wishes = [i for i, c in enumerate(TAB_CLASSES) if c.__name__ == "WishesTab"][0]
    before = steps.item(wishes).data(DONE_ROLE)
    for index in range(context.count()):  # a user choosing another context in Basis
        if index != context.currentIndex():
            context.setCurrentIndex(index)
            context.activated.emit(index)
            break
    assert not window.tabs.built(wishes)
    prep = window.preparation
    assert prep is not None
    expected = TAB_CLASSES[wishes].completeness_of(prep, window.profiles.profiles())
    assert steps.item(wishes).data(DONE_ROLE) == expected
    assert expected != before  # the tender's wishes count for one context, not the other


def test_building_a_page_in_an_active_window_opens_no_window_of_its_own(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = active_window(qtbot, example, preferences)
    spy = WindowsShown()
    QApplication.instance().installEventFilter(spy)
    try:
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(20)
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert spy.shown == []  # the "no hints" note was one, for a moment, taking the focus
    assert QApplication.activeWindow() is window


def test_a_conflict_in_a_step_not_shown_yet_is_named_as_its_page_names_it(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)
    prep = window.preparation
    assert prep is not None and not window.tabs.built(1)
    stamp = datetime.now(UTC)
    conflict = Conflict(
        "preparations", prep.id, "opportunity_lead", prep.id, prep.title, "Anne", "Bert",
        "anne", stamp, "bert", stamp,
    )  # fmt: skip
    assert window.sharing.field_label(conflict) == "Who takes the lead"


def test_a_pitch_saved_elsewhere_is_counted_on_the_pitch_step_before_its_page_is_built(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)
    prep = window.preparation
    pitch_step = [i for i, c in enumerate(TAB_CLASSES) if c.__name__ == "PitchTab"][0]
    linked = next(p for p in window.profiles.profiles() if p.id == prep.profile_id)  # type: ignore[union-attr]
    before = window.tabs.step_list.item(pitch_step).data(DONE_ROLE)
    assert before.filled == before.total  # the example's pitch is whole
    linked.pitch = ""  # as "My pitch..." saving it without its pitch
    assert window.profiles.save(linked)
    assert not window.tabs.built(pitch_step)
    after = window.tabs.step_list.item(pitch_step).data(DONE_ROLE)
    assert after.filled == before.filled - 1
