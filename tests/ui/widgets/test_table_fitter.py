"""A table fits its rows to their wrapped text, also when its columns settle after it."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from nlinkoop.ui.widgets.table_fitter import TableFitter

LONG = "Twee regionale bedrijven en een landelijke partij; een doet al dagschoonmaak bij een school"


def test_rows_fit_again_when_a_column_narrows_after_the_table_was_laid_out(qtbot: QtBot) -> None:
    model = QStandardItemModel(1, 2)
    model.setItem(0, 0, QStandardItem("Leverancier"))
    model.setItem(0, 1, QStandardItem(LONG))
    table = QTableView()
    table.setModel(model)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    qtbot.addWidget(table)
    table.resize(900, 200)
    table.horizontalHeader().resizeSection(1, 800)  # the whole text on one line
    TableFitter(table, rows=1)
    table.show()
    qtbot.waitExposed(table)
    qtbot.wait(20)
    one_line = table.rowHeight(0)
    table.horizontalHeader().resizeSection(1, 160)  # as the list editor fits its columns late
    qtbot.waitUntil(lambda: table.rowHeight(0) > 2 * one_line, timeout=2000)
