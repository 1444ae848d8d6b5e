"""The Capaciteit tab."""

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nlinkoop.domain.conditions import Side
from nlinkoop.ui.tabs import CapacityTab
from nlinkoop.ui.widgets.list_editor import ListEditor
from tests.ui.tabs.helpers import make_tab


def editors(tab: CapacityTab) -> dict[str, ListEditor]:
    return {e.table.objectName(): e for e in tab.findChildren(ListEditor)}


def test_no_own_alternative_hints_until_one_is_described(qtbot: QtBot) -> None:
    tab, prep, stack = make_tab(qtbot, CapacityTab)
    assert tab.hints_panel.isVisible() and "alternative" in tab.hints_panel.texts[0]
    model = editors(tab)["capacity.alternatives"].model
    model.add_row()
    assert model.setData(model.index(0, 0), 1)  # theirs: not ours, still a hint
    assert prep.capacity.alternatives[0].side is Side.THEIRS
    assert model.setData(model.index(0, 1), "Zelf doen")
    assert tab.hints_panel.isVisible()
    assert model.setData(model.index(0, 0), 0)  # ours
    assert not tab.hints_panel.isVisible()
    stack.undo()
    assert tab.hints_panel.isVisible()


def test_cost_lines_take_percent_and_euro(qtbot: QtBot) -> None:
    tab, prep, _stack = make_tab(qtbot, CapacityTab)
    model = editors(tab)["capacity.cost_lines"].model
    model.add_row()
    assert model.setData(model.index(0, 1), "78")
    assert model.setData(model.index(0, 2), "1.404.000")
    line = prep.capacity.cost_lines[0]
    assert line.share_percent == Decimal("78.00") and line.amount == Decimal("1404000.00")
    assert model.data(model.index(0, 2)) == "€ 1.404.000,00"


def test_a_todo_is_ticked_done(qtbot: QtBot) -> None:
    tab, prep, _stack = make_tab(qtbot, CapacityTab)
    model = editors(tab)["capacity.todos"].model
    model.add_row()
    with qtbot.waitSignal(tab.changed, timeout=1000):
        model.setData(model.index(0, 2), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert prep.capacity.todos[0].done is True


def test_a_topic_has_our_limit_beside_hope_and_enough(qtbot: QtBot) -> None:
    """The plan the meeting screen weighs against: hope, enough and where we stop."""
    tab, prep, _stack = make_tab(qtbot, CapacityTab)
    model = editors(tab)["capacity.topics"].model
    headers = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(model.columnCount())]
    assert headers[2:5] == ["We hope for", "Enough is", "Our limit (internal)"]
    model.add_row()
    assert model.setData(model.index(0, 4), "€ 47,50 per uur")
    assert prep.capacity.topics[0].our_limit == "€ 47,50 per uur"
