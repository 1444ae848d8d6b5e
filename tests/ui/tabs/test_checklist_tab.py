"""The Relationeel of transactioneel tab."""

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from nlinkoop.domain.checklist import Pattern
from nlinkoop.ui.tabs import ChecklistTab
from tests.ui.tabs.helpers import make_tab, type_into


def test_a_risk_without_an_alternative_hints_until_one_is_written(qtbot: QtBot) -> None:
    tab, prep, _stack = make_tab(qtbot, ChecklistTab)
    assert not tab.hints_panel.isVisible()
    risk = tab.field("checklist.patterns.pressure.risk")
    assert isinstance(risk, QComboBox)
    with qtbot.waitSignal(tab.changed, timeout=1000):
        risk.setCurrentIndex(1)  # yes
    assert prep.checklist.pattern(Pattern.PRESSURE).risk is True
    assert tab.hints_panel.isVisible()
    assert "Putting on pressure" in tab.hints_panel.texts[0]
    instead = tab.field("checklist.patterns.pressure.instead")
    assert isinstance(instead, QPlainTextEdit)
    type_into(qtbot, instead, "Ruimte geven")
    assert prep.checklist.pattern(Pattern.PRESSURE).instead == "Ruimte geven"
    assert not tab.hints_panel.isVisible()


def test_risk_can_go_back_to_unknown(qtbot: QtBot) -> None:
    tab, prep, _stack = make_tab(qtbot, ChecklistTab)
    risk = tab.field("checklist.patterns.cheapest.risk")
    assert isinstance(risk, QComboBox)
    risk.setCurrentIndex(2)
    assert prep.checklist.patterns[4].risk is False
    risk.setCurrentIndex(0)
    assert prep.checklist.patterns[4].risk is None


def test_entries_show_their_name_and_meaning(qtbot: QtBot) -> None:
    tab, _prep, _stack = make_tab(qtbot, ChecklistTab)
    shown = " ".join(label.text() for label in tab.findChildren(QLabel))
    for name in ("Power strategy", "Openness at the start", "Do I need to react?"):
        assert name in shown
    why = tab.field("checklist.patterns.power_game.why")
    assert why.accessibleName() == "Power strategy: why"
    assert why.accessibleDescription()


def test_all_entries_answered_completes_the_tab(qtbot: QtBot) -> None:
    tab, prep, _stack = make_tab(qtbot, ChecklistTab)
    for check in prep.checklist.patterns:
        combo = tab.field(f"checklist.patterns.{check.pattern.value}.risk")
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(2)
    assert tab.completeness().filled == 5  # each pattern counts on its own
    for action in prep.checklist.principles:
        box = tab.field(f"checklist.principles.{action.principle.value}.action")
        assert isinstance(box, QPlainTextEdit)
        box.setPlainText("Doen")
    assert tab.completeness_label.text() == "10 of 14 filled in"


def test_a_question_is_not_followed_by_a_colon(qtbot: QtBot) -> None:
    tab, _prep, _stack = make_tab(qtbot, ChecklistTab)
    shown = [label.text() for label in tab.findChildren(QLabel)]
    assert "Do I need to react? Is it necessary that I react, or do I let this go?" in shown
    assert not any("?:" in text for text in shown)
    answer = tab.field("checklist.pressure.must_react.answer")
    assert answer.accessibleName() == "Do I need to react? My answer"


def test_a_question_is_not_followed_by_a_colon_in_dutch(qtbot: QtBot, dutch: None) -> None:
    tab, _prep, _stack = make_tab(qtbot, ChecklistTab)
    shown = [label.text() for label in tab.findChildren(QLabel)]
    assert "Moet ik reageren? Is het nodig dat ik reageer, of laat ik dit gaan?" in shown
    assert not any("?:" in text for text in shown)
    answer = tab.field("checklist.pressure.must_react.answer")
    assert answer.accessibleName() == "Moet ik reageren? Mijn antwoord"
    why = tab.field("checklist.patterns.power_game.why")
    assert why.accessibleName() == "Machtsstrategie: waarom"
