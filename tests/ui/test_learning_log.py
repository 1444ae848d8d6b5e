"""The learning log window: all lessons, newest first, a filter, and double-click to open."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nlinkoop.domain.conditions import LearningCondition
from nlinkoop.domain.preparation import Preparation
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui.dialogs.learning_log import LearningLog
from nlinkoop.ui.settings import Preferences
from tests.ui.window_helpers import open_window


def add_lesson(path: Path) -> Preparation:
    prep = Preparation(title="Evaluatie schoonmaak", counterparty="Reinwaard Facilitaire Diensten")
    prep.meeting.date = prep.reflection.held_on = dt.date(2026, 11, 2)
    prep.reflection.lesson = "Vraag door op de zorg achter het dreigement"
    prep.reflection.train_next = LearningCondition.MOTIVATION
    with Workbook.open(path) as workbook:
        workbook.save(prep)
    return prep


def test_the_log_lists_filters_and_opens(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    added = add_lesson(example)
    window = open_window(qtbot, example, preferences)
    action = window.findChild(type(window.menus.preview_action), "learning_log")
    assert action is not None
    action.trigger()
    log = window.findChild(LearningLog)
    assert log is not None and log.isVisible()
    qtbot.waitExposed(log)
    assert [lesson.counterparty for lesson in log.shown()] == [
        "Reinwaard Facilitaire Diensten",
        "Smaakveld Catering B.V.",
    ]
    assert log.model.index(0, 0).data() == "02-11-2026"
    assert log.model.index(0, 4).data() == "Motivation"
    assert log.model.index(0, 2).data() == "Evaluatie schoonmaak"  # no meeting round
    # the restaurant's reflection was drafted from its meeting at the table: the log names it
    assert log.model.index(1, 2).data().endswith(" (meeting 1)")

    qtbot.keyClicks(log.filter_edit, "smaakveld catering bv")
    assert [lesson.title for lesson in log.shown()] == [
        "Verlenging contract bedrijfsrestaurant 2027–2029"
    ]
    log.filter_edit.setText("DREIGEMENT")  # any word, in any case
    assert len(log.shown()) == 2
    log.filter_edit.setText("reinwaard dreigement")
    assert [lesson.prep_id for lesson in log.shown()] == [added.id]
    log.filter_edit.setText("xyz")
    assert log.shown() == [] and log.empty_label.isVisibleTo(log)

    log.filter_edit.clear()
    catering = log.shown()[1]
    rect = log.table.visualRect(log.model.index(1, 2))
    # a view opens on a double-click only after a press on the same row, as a real one has
    qtbot.mouseClick(log.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(log.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.preparation is not None and window.preparation.id == catering.prep_id
    assert window.preparations.current_id() == catering.prep_id


def test_an_empty_log_says_how_to_fill_it(qtbot: QtBot) -> None:
    log = LearningLog(list)
    qtbot.addWidget(log)
    assert log.shown() == []
    assert "Reflection tab" in log.empty_label.text()
