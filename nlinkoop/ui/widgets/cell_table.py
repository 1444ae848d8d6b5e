"""The table of a list editor: Tab walks the cells, and typed text reaches the list at once.

A cell editor is where a buyer writes a sentence or two, with pauses, while the window saves,
writes the file back and merges a colleague's changes. So the text typed into a cell goes to
the model on every keystroke (one undo step per run of typing, as in the form's fields): the
autosave, crash recovery and the briefing see it, and nothing needs to close the editor to get
at the text. Refreshes update cells with `dataChanged`, which leaves an open editor alone when
it already shows the cell's text.
"""

import itertools
from functools import partial

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from nlinkoop.ui.models.list_model import Column, ListTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
EndEditHint = QAbstractItemDelegate.EndEditHint
Role = Qt.ItemDataRole

_typing_runs = itertools.count(1)  # each opened text editor is a run of typing


class TextDelegate(QStyledItemDelegate):
    """Edits a text cell in a line edit whose every keystroke reaches the model."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        run = next(_typing_runs)
        editor.textEdited.connect(partial(self._typed, QPersistentModelIndex(index), run))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        text = str(index.data(Role.EditRole) or "")
        if editor.text() != text:  # the cell's own typing coming back: keep cursor and undo
            editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Role.EditRole)

    @staticmethod
    def _typed(index: QPersistentModelIndex, run: int, text: str) -> None:
        model = index.model()
        if index.isValid() and isinstance(model, ListTableModel):
            model.type_text(index, text, run)


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
        editor.setCurrentIndex(index.data(Role.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentIndex(), Role.EditRole)


class CellTable(QTableView):
    """A table to type in: Tab and Shift+Tab walk the editable cells, then leave the table.

    As in a spreadsheet, Tab in an open cell editor keeps its text and opens the next cell;
    after the last cell (or before the first, with Shift+Tab) focus goes on to the next field
    of the form. An empty table shows `empty_text` (how to add a row; "" for nothing).

    Signals:
        editor_closed: a cell editor was closed (committed or cancelled).
    """

    editor_closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(True)
        self.empty_text = QCoreApplication.translate(
            "CellTable", "Empty. Press Insert or click Add to add a row."
        )

    @property
    def editing(self) -> bool:
        """Whether a cell editor is open."""
        return self.state() == QAbstractItemView.State.EditingState

    def _editable(self, index: QModelIndex) -> bool:
        """Whether Tab stops at a cell: one to type in, or a check box (Space ticks it)."""
        flags = index.flags()
        changeable = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        return bool(flags & changeable) and not self.isColumnHidden(index.column())

    def _walk(self, start: QModelIndex, step: int) -> QModelIndex:
        """The next (step 1) or previous (-1) editable cell in reading order, or an invalid one."""
        model = self.model()
        columns, rows = model.columnCount(), model.rowCount()
        position = start.row() * columns + start.column() if start.isValid() else -1
        if not start.isValid() and step < 0:
            position = rows * columns
        for place in range(position + step, -1 if step < 0 else rows * columns, step):
            index = model.index(place // columns, place % columns)
            if self._editable(index):
                return index
        return QModelIndex()

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        if action == QAbstractItemView.CursorAction.MoveNext:
            return self._walk(self.currentIndex(), 1)
        if action == QAbstractItemView.CursorAction.MovePrevious:
            return self._walk(self.currentIndex(), -1)
        return super().moveCursor(action, modifiers)

    def closeEditor(self, editor: QWidget, hint: EndEditHint) -> None:
        step = {EndEditHint.EditNextItem: 1, EndEditHint.EditPreviousItem: -1}.get(hint, 0)
        leaving = step != 0 and not self._walk(self.currentIndex(), step).isValid()
        super().closeEditor(editor, EndEditHint.NoHint if leaving else hint)
        self.editor_closed.emit()
        if leaving:  # past the last cell: on to the next field, as Tab does everywhere else
            QWidget.focusNextPrevChild(self, step > 0)

    def focusInEvent(self, event: QFocusEvent) -> None:
        reason = event.reason()
        if not self.currentIndex().isValid() and reason in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
        ):
            first = self._walk(QModelIndex(), 1 if reason == Qt.FocusReason.TabFocusReason else -1)
            if first.isValid():
                self.setCurrentIndex(first)
        super().focusInEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.empty_text or self.model() is None or self.model().rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(
            self.viewport().rect().adjusted(8, 0, -8, 0),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.empty_text,
        )
        painter.end()


def commit_open_editor(focused: QWidget | None) -> None:
    """If `focused` is (inside) an open cell editor, hand its value to the model; keep it open.

    Before an action the user asked for (a briefing, another preparation, closing) what is typed
    must be saved, without taking the editor from under the keyboard.
    """
    widget = focused if focused is not None else QApplication.focusWidget()
    while widget is not None:
        parent = widget.parentWidget()
        view = parent.parentWidget() if parent is not None else None
        if isinstance(view, QAbstractItemView) and parent is view.viewport():
            if view.state() == QAbstractItemView.State.EditingState:  # `widget` is the editor
                typed = _Typed.of(widget)
                view.itemDelegateForIndex(view.currentIndex()).commitData.emit(widget)
                typed.back()
            return
        widget = parent


class _Typed:
    """An open line editor's text, cursor and selection, to put back as the user left them.

    Handing a cell's value to the model refreshes its editor with the value as the cell shows
    it ("125" becomes "125,00"): the next keys typed would land after that and spoil the amount.
    """

    def __init__(self, editor: QLineEdit | None) -> None:
        self._editor = editor
        if editor is not None:
            self._text, self._cursor = editor.text(), editor.cursorPosition()
            self._start, self._length = editor.selectionStart(), len(editor.selectedText())

    @classmethod
    def of(cls, widget: QWidget) -> "_Typed":
        return cls(widget if isinstance(widget, QLineEdit) else None)

    def back(self) -> None:
        editor = self._editor
        if editor is None or editor.text() == self._text:
            return
        editor.setText(self._text)
        if self._start >= 0 and self._length:
            editor.setSelection(self._start, self._length)
        else:
            editor.setCursorPosition(self._cursor)
