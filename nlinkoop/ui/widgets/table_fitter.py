"""Keeps a table as high as its rows, so only the tab around it scrolls."""

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QAbstractItemView, QSizePolicy, QTableView

from nlinkoop.ui.widgets.cell_table import CellTable


class TableFitter(QObject):
    """Keeps a table as high as its word-wrapped rows, with room for at least `rows` rows.

    A tab scrolls as a whole, so a table that also scrolls inside it would hide rows needlessly.
    Row heights depend on column widths, so the fit is redone when the table is resized.

    Args:
        table: the table to fit; also the Qt parent.
        rows: how many rows of room an (almost) empty table shows.
    """

    def __init__(self, table: QTableView, rows: int) -> None:
        super().__init__(table)
        self._table, self._rows = table, rows
        header = table.verticalHeader()
        header.setMinimumSectionSize(table.fontMetrics().lineSpacing() + 8)
        model = table.model()
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(self.fit)
        if isinstance(table, CellTable):
            table.editor_closed.connect(self.fit)
        self._later = QTimer(self)  # after a resize, once the header has laid out its columns
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit)
        # The columns settle after the table's own resize (the list editor fits them late):
        # wrapped text needs its rows fitted again then.
        table.horizontalHeader().sectionResized.connect(self._later.start)
        table.installEventFilter(self)
        self.fit()

    @Slot()
    def fit(self) -> None:
        """Fit the rows to their text and the table to its rows (once no cell is being edited).

        While the user types in a cell nothing below it moves: the fit waits for the editor to
        close.
        """
        table = self._table
        if table.state() == QAbstractItemView.State.EditingState:
            return
        header = table.verticalHeader()
        table.resizeRowsToContents()
        count = table.model().rowCount()
        used = header.length() if count else 0
        empty = max(self._rows - count, 1) * header.minimumSectionSize()
        frame = 2 * table.frameWidth()
        top = table.horizontalHeader()
        heading = max(top.sizeHint().height(), top.minimumHeight())
        table.setFixedHeight(heading + used + empty + frame)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._later.start()
        return False
