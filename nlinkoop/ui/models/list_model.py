"""One table model for every list in a preparation (interests, participants, wishes, ...).

The model edits the domain list in place, so the preparation always holds what the table shows.
Every edit (a cell, adding, removing or moving rows) is one undo command when the model has an
undo stack. Commands keep the list and the row objects they changed, so they stay right after
rows moved; signals for views are sent only while that list is the one shown.
"""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum, auto
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack

from nlinkoop.domain.dates import format_date, parse_date
from nlinkoop.domain.in_place import update_in_place
from nlinkoop.domain.money import format_amount, format_euro, parse_euro
from nlinkoop.ui.undo import CallbackCommand, SetValueCommand, same_value

AnyIndex = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


class Kind(Enum):
    """How a column shows and edits its value."""

    TEXT = auto()
    CHOICE = auto()  # an enum member or None, edited with a combo box
    BOOL = auto()  # a check box in the cell
    INT = auto()  # int | None
    EURO = auto()  # Decimal | None
    DATE = auto()  # date | None
    PERCENT = auto()  # Decimal | None, a share in percent: "12,5"
    NUMBER = auto()  # Decimal | None, a number such as points: "12,5"


NUMERIC = (Kind.INT, Kind.EURO, Kind.PERCENT, Kind.NUMBER)  # shown right-aligned


@dataclass(frozen=True)
class Column:
    """One column: which attribute of a row it shows, under which header.

    Attributes:
        attr: the row attribute (also its key in the JSON format).
        header: the English header, marked with `QT_TRANSLATE_NOOP(context, ...)`.
        kind: how the value is shown and edited.
        choices: for `Kind.CHOICE`: (English label marked for translation, value) pairs; may be
            a list its owner keeps up to date (the wishes an award criterion can score).
        context: the translation context the header and labels were marked in.
        compute: makes the column read-only and shows `compute(row)` instead of the attribute
            (a wish's worth, from its points and euros per point).
        minimum: for numbers and amounts: the least value a cell takes (None: any).
        translate_choices: False when the choice labels are the user's own words (wishes),
            already translated where needed.
    """

    attr: str
    header: str
    kind: Kind = Kind.TEXT
    choices: Sequence[tuple[str, object]] = ()
    context: str = "ListTableModel"
    compute: Callable[[Any], Any] | None = None
    minimum: Decimal | None = None
    translate_choices: bool = True

    def label(self, text: str) -> str:
        """The translation of a header or choice label of this column."""
        return QCoreApplication.translate(self.context, text)

    def choice_label(self, text: str) -> str:
        """How a choice label is shown: translated, unless it is the user's own text."""
        return self.label(text) if self.translate_choices else text

    def choice_index(self, value: object) -> int:
        """Where `value` is in `choices`, or -1."""
        return next((i for i, (_t, v) in enumerate(self.choices) if same_value(v, value)), -1)


class ListTableModel(QAbstractTableModel):
    """A table over a list of domain dataclass rows, described by column specs.

    Args:
        columns: what each column shows.
        new_row: makes a fresh row for `add_row()`.
        undo_stack: where edits go as commands; None edits directly.
        parent: the Qt parent.

    Signals:
        rows_edited: the user (or undo/redo) changed the list or a cell.
    """

    rows_edited = Signal()

    def __init__(
        self,
        columns: Sequence[Column],
        new_row: Callable[[], Any],
        undo_stack: QUndoStack | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.undo_stack = undo_stack
        self._new_row = new_row
        self._rows: list[Any] = []

    @property
    def rows(self) -> list[Any]:
        """The domain list shown (the same list object, edited in place)."""
        return self._rows

    def set_rows(self, rows: list[Any]) -> None:
        """Show another list; edits go to it from now on."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    # -- Qt's read side ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> str | None:
        if role not in (Role.DisplayRole, Role.ToolTipRole):
            return None  # the tooltip: the whole header, where a narrow column cuts it
        if orientation == Qt.Orientation.Horizontal:
            column = self.columns[section]
            return column.label(column.header)
        return str(section + 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid() or self.columns[index.column()].compute is not None:
            return flags
        if self.columns[index.column()].kind is Kind.BOOL:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        value = getattr(row, column.attr) if column.compute is None else column.compute(row)
        kind = column.kind
        if role == Role.CheckStateRole and kind is Kind.BOOL:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Role.TextAlignmentRole and kind in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.EditRole:
            if kind is Kind.CHOICE:
                return column.choice_index(value)
            if kind is Kind.EURO:
                return "" if value is None else format_amount(value)
        if role in (Role.DisplayRole, Role.EditRole):
            return _shown(column, value)
        return None

    # -- editing ----------------------------------------------------------------------------

    def setData(self, index: AnyIndex, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.compute is not None:
            return False
        try:
            new = _read(column, value, role)
        except ValueError:
            return False
        row = self._rows[index.row()]
        old = getattr(row, column.attr)
        if same_value(old, new):
            return True
        rows, attr = self._rows, column.attr
        text = QCoreApplication.translate("ListTableModel", "Edit {column}").format(
            column=column.label(column.header)
        )
        self._run(
            text,
            lambda: self._set_cell(rows, row, attr, new),
            lambda: self._set_cell(rows, row, attr, old),
        )
        return True

    def type_text(self, index: AnyIndex, text: str, run: int) -> None:
        """Text typed into an open cell editor, as it is typed: one undo step per `run`.

        The editor stays open; the cell signals `dataChanged` as for any edit.
        """
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        old = getattr(row, column.attr)
        if column.kind is not Kind.TEXT or column.compute is not None or same_value(old, text):
            return
        rows = self._rows

        def apply(target: Any, attr: str, value: object) -> None:
            self._set_cell(rows, target, attr, value)

        if self.undo_stack is None:
            apply(row, column.attr, text)
            return
        label = QCoreApplication.translate("ListTableModel", "Edit {column}").format(
            column=column.label(column.header)
        )
        self.undo_stack.push(SetValueCommand(apply, row, column.attr, old, text, label, run))

    def add_row(self, at: int | None = None) -> QModelIndex:
        """Add a fresh row at `at` (default: the end) and return its first cell."""
        rows, row = self._rows, self._new_row()
        at = len(rows) if at is None else max(0, min(at, len(rows)))
        self._run(
            QCoreApplication.translate("ListTableModel", "Add row"),
            lambda: self._insert(rows, at, row),
            lambda: self._remove(rows, at),
        )
        return self.index(at, 0)

    def remove_rows(self, positions: Iterable[int]) -> None:
        """Remove the rows at these positions (one undo step for all of them)."""
        rows = self._rows
        taken = sorted({p for p in positions if 0 <= p < len(rows)})
        if not taken:
            return
        saved = [(p, rows[p]) for p in taken]

        def do() -> None:
            for p in reversed(taken):
                self._remove(rows, p)

        def undo() -> None:
            for p, row in saved:
                self._insert(rows, p, row)

        self._run(QCoreApplication.translate("ListTableModel", "Remove rows"), do, undo)

    def move_row(self, position: int, step: int) -> bool:
        """Move one row up (`step` -1) or down (+1); False when it is already at that end."""
        rows, other = self._rows, position + step
        if step not in (-1, 1) or not (0 <= position < len(rows) and 0 <= other < len(rows)):
            return False
        first = min(position, other)
        self._run(
            QCoreApplication.translate("ListTableModel", "Move row"),
            lambda: self._swap(rows, first),
            lambda: self._swap(rows, first),
        )
        return True

    def _run(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        if self.undo_stack is None:
            do()
        else:
            self.undo_stack.push(CallbackCommand(text, do, undo))

    def take_rows(self, source: Sequence[Any]) -> None:
        """Make the shown list equal `source` (rows matched by id) by row edits, never a reset.

        Rows that stay keep their objects, so undo commands and an open cell editor still point
        at them; their fields take `source`'s values, one changed cell at a time. For a
        colleague's changes merged into the preparation on screen; not an edit of the user's,
        so no `rows_edited`.
        """
        rows = self._rows
        wanted = {row.id for row in source}
        for at in reversed(range(len(rows))):
            if rows[at].id not in wanted:
                self.beginRemoveRows(QModelIndex(), at, at)
                del rows[at]
                self.endRemoveRows()
        for at, new in enumerate(source):
            where = next((i for i in range(at, len(rows)) if rows[i].id == new.id), None)
            if where is None:
                self.beginInsertRows(QModelIndex(), at, at)
                rows.insert(at, new)
                self.endInsertRows()
                continue
            if where != at:
                self.beginMoveRows(QModelIndex(), where, where, QModelIndex(), at)
                rows.insert(at, rows.pop(where))
                self.endMoveRows()
            for attr in update_in_place(rows[at], new):
                self._cells_changed(at, attr)

    def _set_cell(self, rows: list[Any], row: Any, attr: str, value: object) -> None:
        setattr(row, attr, value)
        if rows is self._rows:
            self._cells_changed(next(i for i, each in enumerate(rows) if each is row), attr)
        self.rows_edited.emit()

    def _cells_changed(self, row: int, attr: str) -> None:
        """Signal the cell of `attr` in `row`, and the computed cells that may follow it.

        One cell at a time: a view gives an open editor its cell's new value only then.
        """
        for c, column in enumerate(self.columns):
            if column.attr == attr or column.compute is not None:  # a wish's worth follows
                cell = self.index(row, c)
                self.dataChanged.emit(cell, cell)

    def _insert(self, rows: list[Any], at: int, row: Any) -> None:
        shown = rows is self._rows
        if shown:
            self.beginInsertRows(QModelIndex(), at, at)
        rows.insert(at, row)
        if shown:
            self.endInsertRows()
        self.rows_edited.emit()

    def _remove(self, rows: list[Any], at: int) -> None:
        shown = rows is self._rows
        if shown:
            self.beginRemoveRows(QModelIndex(), at, at)
        del rows[at]
        if shown:
            self.endRemoveRows()
        self.rows_edited.emit()

    def _swap(self, rows: list[Any], first: int) -> None:
        """Swap the rows at `first` and `first + 1`."""
        shown = rows is self._rows
        if shown:  # moving `first + 1` before `first`; Qt counts the target before the move
            self.beginMoveRows(QModelIndex(), first + 1, first + 1, QModelIndex(), first)
        rows[first], rows[first + 1] = rows[first + 1], rows[first]
        if shown:
            self.endMoveRows()
        self.rows_edited.emit()


def _shown(column: Column, value: Any) -> Any:
    """What a cell shows for a value."""
    if value is None:
        return ""
    kind = column.kind
    if kind is Kind.CHOICE:
        index = column.choice_index(value)
        return column.choice_label(column.choices[index][0]) if index >= 0 else str(value)
    if kind is Kind.EURO:
        return format_euro(value)
    if kind is Kind.DATE:
        return format_date(value)
    if kind in (Kind.PERCENT, Kind.NUMBER):
        return format_percent(value)
    if kind is Kind.BOOL:
        return None
    return value if kind is Kind.TEXT else str(value)


def _read(column: Column, value: Any, role: int) -> Any:
    """The domain value for what an editor gave; ValueError when it cannot be read."""
    kind = column.kind
    if kind is Kind.BOOL:
        if role != Role.CheckStateRole:
            raise ValueError("check boxes are set by their state")
        return Qt.CheckState(value) == Qt.CheckState.Checked
    if role != Role.EditRole:
        raise ValueError("edit role expected")
    if kind is Kind.CHOICE:
        index = int(value)
        if not 0 <= index < len(column.choices):
            raise ValueError("no such choice")
        return column.choices[index][1]
    if kind is Kind.TEXT:
        return str(value)
    text = str(value).strip()
    if kind in (Kind.EURO, Kind.PERCENT, Kind.NUMBER):
        # the Dutch decimal of amounts, at most 2 places ("12,5"); a share may end in "%"
        amount = parse_euro(text.removesuffix("%") if kind is Kind.PERCENT else text)
        if amount is not None and column.minimum is not None and amount < column.minimum:
            raise ValueError("less than the column allows")
        return amount
    if kind is Kind.DATE:
        return parse_date(text)
    if not text:
        return None
    number = int(text)
    if number < 0:
        raise ValueError("a count cannot be negative")
    return number


def format_percent(value: Decimal) -> str:
    """A percentage the Dutch way, without needless decimals: "12,5", "30"."""
    return format_amount(value).rstrip("0").rstrip(",")
