"""The Motivatie tab."""

from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from nlinkoop.ui.tabs import MotivationTab
from tests.ui.tabs.helpers import make_tab, type_into


def test_five_text_fields_count_to_five(qtbot: QtBot) -> None:
    tab, prep, stack = make_tab(qtbot, MotivationTab)
    paths = ["impact", "professionalism", "respect", "fear", "reframe"]
    for number, name in enumerate(paths, start=1):
        box = tab.field(f"motivation.{name}")
        assert isinstance(box, QPlainTextEdit)
        type_into(qtbot, box, "ok")
        assert tab.completeness_label.text() == f"{number} of 5 filled in"
    assert prep.motivation.reframe == "ok"
    stack.undo()
    assert prep.motivation.reframe == ""
    assert tab.completeness().filled == 4


def test_text_boxes_pass_tab_on(qtbot: QtBot) -> None:
    tab, _prep, _stack = make_tab(qtbot, MotivationTab)
    box = tab.field("motivation.impact")
    assert isinstance(box, QPlainTextEdit) and box.tabChangesFocus()
