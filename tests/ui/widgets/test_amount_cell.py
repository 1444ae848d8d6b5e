"""An amount typed into a cell in two goes, with a save in between, is stored as typed.

Saving hands an open cell's value to the model (`commit_open_editor`: before a briefing, and
before each teamserver sync in the background). The model's refresh used to rewrite the open
editor as the cell shows it, "125" as "125,00", so the "0,50" typed next made "125,000,50",
which no Tab could leave. Found by the long keyboard session under the teamserver.
"""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from nlinkoop.domain.award import AwardCriterion
from nlinkoop.ui.models.list_model import Column, Kind, ListTableModel
from nlinkoop.ui.widgets.amount_delegate import AmountDelegate
from nlinkoop.ui.widgets.cell_table import commit_open_editor


def test_a_save_between_two_halves_of_an_amount_keeps_what_was_typed(qtbot: QtBot) -> None:
    row = AwardCriterion(name="Planning")
    model = ListTableModel(
        [Column("name", "Criterion"), Column("euro_value", "Value", Kind.EURO)], AwardCriterion
    )
    model.set_rows([row])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setItemDelegateForColumn(1, AmountDelegate("Enter an amount such as 1.250,50", table))
    table.show()
    qtbot.waitExposed(table)
    cell = model.index(0, 1)
    table.setCurrentIndex(cell)
    table.edit(cell)
    editor = table.indexWidget(cell) or table.focusWidget()
    assert isinstance(editor, QLineEdit)

    qtbot.keyClicks(editor, "125")
    commit_open_editor(editor)  # the save, halfway through the amount
    assert row.euro_value == Decimal("125")
    assert (editor.text(), editor.cursorPosition()) == ("125", 3)

    qtbot.keyClicks(editor, "0,50")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert row.euro_value == Decimal("1250.50")
