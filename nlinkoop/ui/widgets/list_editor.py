"""An editable table for one list in a preparation, with add, remove and move, by keyboard too."""

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nlinkoop.ui.models.list_model import Column, Kind, ListTableModel
from nlinkoop.ui.undo import UndoKeys

AnyIndex = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a `Kind.CHOICE` cell with a combo box of the column's translated labels."""

    def __init__(self, column: Column, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._column = column

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self._column.label(self._column.header))
        for text, _value in self._column.choices:
            combo.addItem(self._column.choice_label(text))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentIndex(), Qt.ItemDataRole.EditRole)


class ListEditor(QWidget):
    """A table over a `ListTableModel` with Add, Remove, Move up and Move down.

    Keys while the table has focus: Insert adds a row below the current one, Delete removes the
    selected rows, Ctrl+Up and Ctrl+Down move the current row; typing or F2 edits a cell; Tab
    leaves the table for the next field (arrow keys move between cells).

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
        self.table = QTableView(self)
        self.table.setObjectName(name)
        self.table.setAccessibleName(label)
        self.table.setModel(model)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next field
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        for number, column in enumerate(model.columns):
            if column.kind is Kind.CHOICE:
                self.table.setItemDelegateForColumn(number, ChoiceDelegate(column, self.table))
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

    def _button(self, text: str, keys: QKeySequence) -> QPushButton:
        """A button, and the same action on a key while the table (not a cell editor) has focus."""
        button = QPushButton(text, self)
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
