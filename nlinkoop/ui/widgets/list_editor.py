"""An editable table for one list in a preparation, with add, remove and move, by keyboard too."""

from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nlinkoop.domain.money import format_euro
from nlinkoop.ui.models.list_model import Column, Kind, ListTableModel
from nlinkoop.ui.undo import UndoKeys
from nlinkoop.ui.widgets.cell_table import CellTable, ChoiceDelegate, TextDelegate

# What a wide value of a column of each kind looks like, and the narrowest value it must show
# whole. Widths are set once (and again only when the table is resized), so the columns never
# move while the user types: a click meant for one cell must not land on another.
SAMPLES = {
    Kind.BOOL: ("", ""),
    Kind.INT: ("0000", "000"),
    Kind.EURO: (format_euro(Decimal("10000000.00")), format_euro(Decimal("100000.00"))),
    Kind.DATE: ("00-00-0000", "00-00-0000"),
    Kind.PERCENT: ("100,00", "100"),
    Kind.NUMBER: ("1000,00", "100"),
}


class ListEditor(QWidget):
    """A table over a `ListTableModel` with Add, Remove, Move up and Move down.

    Keys while the table has focus: Insert adds a row below the current one, Delete removes the
    selected rows, Ctrl+Up and Ctrl+Down move the current row; typing or F2 edits a cell; Tab
    and Shift+Tab move between the cells, then on to the next field. The buttons are for the
    mouse: the keys do the same, so Tab does not stop at them. Text columns share the width;
    the others have a fixed width that fits their values.

    Args:
        model: the list to edit.
        name: the list's key in the JSON format; the table's objectName.
        label: the visible label's text; the table's accessible name.
        parent: the Qt parent.
    """

    def __init__(
        self, model: ListTableModel, name: str, label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.table = CellTable(self)
        self.table.setObjectName(name)
        self.table.setAccessibleName(label)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        self._widths_of: dict[int, tuple[int, int, int]] = {}  # column -> wide, titled, least
        for number, column in enumerate(model.columns):
            if column.kind is Kind.CHOICE:
                self.table.setItemDelegateForColumn(number, ChoiceDelegate(column, self.table))
            elif column.kind is Kind.TEXT and column.compute is None:
                self.table.setItemDelegateForColumn(number, TextDelegate(self.table))
            if column.kind is Kind.TEXT:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Fixed)
                self._widths_of[number] = self._widths(column)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._fit_columns)
        self._fit_columns()
        self.table.installEventFilter(self)  # a narrower window: the fixed columns give way
        if model.undo_stack is not None:
            UndoKeys(model.undo_stack, self).watch(self.table)

        self.add_button = self._button(self.tr("&Add"), QKeySequence(Qt.Key.Key_Insert))
        self.remove_button = self._button(self.tr("&Remove"), QKeySequence(Qt.Key.Key_Delete))
        self.up_button = self._button(self.tr("Move &up"), QKeySequence("Ctrl+Up"))
        self.down_button = self._button(self.tr("Move &down"), QKeySequence("Ctrl+Down"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.up_button.clicked.connect(self._on_up_button_clicked)
        self.down_button.clicked.connect(self._on_down_button_clicked)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)

    def _widths(self, column: Column) -> tuple[int, int, int]:
        """A column's widths: wide, titled and least.

        Wide fits its wide values and the longest word of its header; titled shows a value
        whole and every word of the header; least still shows a value whole (the header is cut).
        """
        metrics = self.table.fontMetrics()
        if column.kind is Kind.CHOICE:  # a cell without a choice shows nothing
            shown = [
                column.choice_label(text) for text, value in column.choices if value is not None
            ]
            widths = [metrics.horizontalAdvance(label) for label in shown] or [0]
            wide, least = max(widths) + 24, max(widths)  # the combo box's arrow, when editing
        else:
            samples = SAMPLES.get(column.kind, ("", ""))
            wide, least = (metrics.horizontalAdvance(sample) for sample in samples)
        words = column.label(column.header).split()
        header = max((metrics.horizontalAdvance(word) for word in words), default=0)
        return max(header, wide) + 16, max(header, least) + 16, max(least + 16, 28)

    def _fit_columns(self) -> None:
        """Give the fixed columns their width: at most 70% of a narrow table, never too little.

        Only when the table itself is resized (the window, the splitter): never while typing.
        """
        header = self.table.horizontalHeader()
        room = self.table.viewport().width() * 0.7
        wanted = sum(wide for wide, _titled, _least in self._widths_of.values())
        scale = min(1.0, room / wanted) if wanted and room > 0 else 1.0
        titled = sum(titled for _wide, titled, _least in self._widths_of.values()) <= room
        for number, (wide, with_title, least) in self._widths_of.items():
            floor = with_title if titled else least  # cut a header only when there is no room
            header.resizeSection(number, max(int(wide * scale), floor))
        self._fit_header()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._later.start()  # once the table has laid out its new width
        return False

    def _fit_header(self) -> None:
        """Make the header as high as its longest wrapped title."""
        header = self.table.horizontalHeader()
        alignment = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        header.setDefaultAlignment(Qt.AlignmentFlag(alignment))
        metrics = header.fontMetrics()
        lines = 1
        for number, column in enumerate(self.model.columns):
            if column.kind is Kind.TEXT:
                continue
            room = QRect(0, 0, header.sectionSize(number) - 8, 1000)
            wrapped = metrics.boundingRect(
                room, int(Qt.TextFlag.TextWordWrap), column.label(column.header)
            )
            lines = max(lines, round(wrapped.height() / metrics.lineSpacing()))
        header.setMinimumHeight(max(header.sizeHint().height(), lines * metrics.lineSpacing() + 8))

    def _button(self, text: str, keys: QKeySequence) -> QPushButton:
        """A button, and the same action on a key while the table (not a cell editor) has focus."""
        button = QPushButton(text, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the cells to the next field
        shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{text.replace('&', '')} ({shown})")
        action = QAction(self.table)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(button.click)
        self.table.addAction(action)
        return button

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            column = max(self.table.currentIndex().column(), 0)
            self.table.setCurrentIndex(self.model.index(row, column))
            self.table.selectRow(row)

    @Slot()
    def _on_add_button_clicked(self) -> None:
        current = self.table.currentIndex()
        at = current.row() + 1 if current.isValid() else None
        index = self.model.add_row(at)
        self.table.setFocus()
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        current = self.table.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        if rows:
            self.model.remove_rows(rows)
            self._select(min(min(rows), self.model.rowCount() - 1))

    @Slot()
    def _on_up_button_clicked(self) -> None:
        self._move(-1)

    @Slot()
    def _on_down_button_clicked(self) -> None:
        self._move(1)

    def _move(self, step: int) -> None:
        row = self.table.currentIndex().row()
        if row >= 0 and self.model.move_row(row, step):
            self._select(row + step)
