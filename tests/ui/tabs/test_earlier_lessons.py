""" "Eerder geleerd": the Basis tab shows what was learned with a returning supplier."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nlinkoop.domain.conditions import LearningCondition
from nlinkoop.domain.lessons import lesson_of
from nlinkoop.domain.preparation import Preparation
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.tabs import BasicsTab
from tests.ui.tabs.helpers import make_tab, type_into
from tests.ui.window_helpers import open_window


def earlier(lesson: str = "Vooraf de cijfers delen", badly: str = "") -> Preparation:
    prep = Preparation(title="Verlenging 2025", counterparty="Smaakveld Catering B.V.")
    prep.meeting.date = prep.reflection.held_on = dt.date(2025, 10, 1)
    prep.reflection.lesson, prep.reflection.went_badly = lesson, badly
    prep.reflection.train_next = LearningCondition.CAPACITY
    return prep


def basics(qtbot: QtBot, prep: Preparation, others: list[Preparation]) -> BasicsTab:
    tab, _prep, _stack = make_tab(qtbot, BasicsTab, prep)
    assert isinstance(tab, BasicsTab)
    found = [lesson for p in [*others, prep] if (lesson := lesson_of(p)) is not None]
    tab.earlier.set_provider(lambda _supplier: found)  # the panel matches the supplier too
    return tab


def test_a_returning_supplier_shows_the_lesson(qtbot: QtBot) -> None:
    now = Preparation(title="Verlenging 2027", counterparty="smaakveld catering bv")
    tab = basics(qtbot, now, [earlier()])
    assert tab.earlier.isVisible()
    shown = [label.text() for label in tab.earlier.findChildren(type(tab.earlier.heading))]
    assert any("01-10-2025 - Verlenging 2025: Vooraf de cijfers delen" in t for t in shown)


def test_without_a_lesson_what_went_badly_is_shown(qtbot: QtBot) -> None:
    now = Preparation(counterparty="Smaakveld Catering")
    tab = basics(qtbot, now, [earlier("", "Te snel toegegeven")])
    texts = [label.text() for label in tab.earlier.findChildren(type(tab.earlier.heading))]
    assert any("Did not go well: Te snel toegegeven" in t for t in texts)


def test_another_supplier_shows_none_and_typing_the_name_shows_it_once_left(
    qtbot: QtBot,
) -> None:
    now = Preparation(counterparty="Nexolan ICT B.V.")
    tab = basics(qtbot, now, [earlier()])
    with qtbot.waitActive(tab):  # keyboard focus needs an active window
        tab.activateWindow()
    assert not tab.earlier.isVisible()
    field = tab.field("counterparty")
    below = tab.field("organisation").pos()
    type_into(qtbot, field, "Smaakveld catering")
    assert not tab.earlier.isVisible()  # not while typing: the fields below stay put
    assert tab.field("organisation").pos() == below
    qtbot.keyClick(field, Qt.Key.Key_Return)  # or Tab, or a click elsewhere
    assert tab.earlier.isVisible()
    assert [lesson.title for lesson in tab.earlier.lessons] == ["Verlenging 2025"]
    type_into(qtbot, field, "Reinwaard")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert not tab.earlier.isVisible()


def test_a_duplicate_of_the_reflected_example_shows_its_lesson(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    """Done means: a reflection recorded, and seen when preparing the next meeting."""
    window = open_window(qtbot, example, preferences)
    catering = next(p for p in window.workbook.load_all() if p.reflection.lesson)
    panel = window.page(BasicsTab).earlier
    window.preparations.current_changed.emit(catering.id)
    assert window.preparation is not None and window.preparation.id == catering.id
    assert not panel.isVisibleTo(window)  # its own lesson is not an earlier one
    window.preparations.duplicate_requested.emit(catering.id)
    copy = window.preparation
    assert copy is not None and copy.id != catering.id
    assert copy.counterparty == catering.counterparty and not copy.reflection.lesson
    window.tabs.setCurrentIndex(0)
    assert panel.isVisible()
    assert [lesson.prep_id for lesson in panel.lessons] == [catering.id]
    window.preparations.current_changed.emit(
        next(p.id for p in window.workbook.load_all() if p.counterparty.startswith("Nexolan"))
    )
    assert not panel.isVisibleTo(window)
