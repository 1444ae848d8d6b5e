"""Edits a number or amount cell so that input the model cannot read stays in the editor."""

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from nlinkoop.ui.binding import INVALID_STYLE

AnyIndex = QModelIndex | QPersistentModelIndex
COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
EditRole = Qt.ItemDataRole.EditRole


class CellEdit(QLineEdit):
    """The editor of one cell; it knows its cell, so it can be checked before it closes."""

    def __init__(self, index: AnyIndex, parent: QWidget) -> None:
        super().__init__(parent)
        self.index = QPersistentModelIndex(index)
        self.invalid = False


class AmountDelegate(QStyledItemDelegate):
    """A line edit for a cell the model parses ("1.250,50", "62,5"), which keeps bad input.

    When the model refuses the text, Enter, Tab and leaving the cell do not close the editor:
    it keeps the text with a red frame and `input_error` says what to type. Escape still
    gives up the edit. If the view closes the editor anyway (another cell was clicked), the
    message quotes the text that was not saved.

    Args:
        hint: what to type, translated ("Enter an amount such as 1.250,50").
        parent: the Qt parent, usually the table.

    Signals:
        input_error: (message) a cell's text cannot be read; "" once it could.
    """

    input_error = Signal(str)

    def __init__(self, hint: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hint = hint

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = CellEdit(index, parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        editor.setAccessibleName(str(header or ""))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, CellEdit)
        if not editor.invalid:  # a refused text stays as typed
            editor.setText(str(index.data(EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, CellEdit)
        if model.setData(index, editor.text(), EditRole):
            self.input_error.emit("")
        else:  # only when the view closes the editor itself: say what was not saved
            message = self.tr('"{text}" was not saved. {hint}')
            self.input_error.emit(message.format(text=editor.text(), hint=self.hint))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, CellEdit):
            return super().eventFilter(watched, event)
        key = event.key() if isinstance(event, QKeyEvent) else None
        if event.type() == QEvent.Type.KeyPress and key == Qt.Key.Key_Escape:
            self.input_error.emit("")  # giving up the edit ends the complaint
        leaving = event.type() == QEvent.Type.FocusOut or (
            event.type() == QEvent.Type.KeyPress and key in COMMIT_KEYS
        )
        if leaving and not self._readable(watched):
            watched.invalid = True
            watched.setStyleSheet(INVALID_STYLE)
            watched.setToolTip(self.hint)
            watched.setAccessibleDescription(self.hint)
            self.input_error.emit(self.hint)
            return True  # keep the editor open with the text as typed
        return super().eventFilter(watched, event)

    def _readable(self, editor: CellEdit) -> bool:
        """Store the text if the model can read it; a second store later changes nothing."""
        index = editor.index
        if not index.isValid():
            return True
        readable = bool(index.model().setData(index, editor.text(), EditRole))
        if readable and editor.invalid:
            editor.invalid = False
            editor.setStyleSheet("")
            editor.setToolTip("")
            editor.setAccessibleDescription("")
        return readable
