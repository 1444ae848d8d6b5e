"""The workbook window (for now: the list of preparations in the open workbook)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHeaderView, QMainWindow, QTableWidget, QTableWidgetItem

from nlinkoop.store.workbook import Workbook


class MainWindow(QMainWindow):
    """Shows the preparations of one workbook; owns the workbook and closes it on close."""

    def __init__(self, workbook: Workbook) -> None:
        super().__init__()
        self._workbook = workbook
        self.setWindowTitle(self.tr("{name} - nlinkoop").format(name=workbook.path.name))
        self.resize(960, 600)
        self.preparations_table = QTableWidget(0, 4, self)
        self.preparations_table.setObjectName("preparations")
        self.preparations_table.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Supplier"), self.tr("Meeting"), self.tr("Last change")]
        )
        self.preparations_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preparations_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.preparations_table.verticalHeader().hide()
        header = self.preparations_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setCentralWidget(self.preparations_table)
        self.reload()

    def reload(self) -> None:
        """Fill the list from the workbook, newest change first."""
        summaries = self._workbook.list_preparations()
        table = self.preparations_table
        table.setRowCount(len(summaries))
        for row, summary in enumerate(summaries):
            meeting = summary.meeting_date.strftime("%d-%m-%Y") if summary.meeting_date else ""
            changed = summary.updated_at.astimezone().strftime("%d-%m-%Y %H:%M")
            cells = (
                summary.title,
                summary.counterparty,
                meeting,
                f"{changed} ({summary.updated_by})",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, summary.id)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        self.statusBar().showMessage(self.tr("%n preparation(s)", "", len(summaries)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._workbook.close()
        super().closeEvent(event)
