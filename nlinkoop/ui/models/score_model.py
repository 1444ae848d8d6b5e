"""The score grid of the award simulation: sample tenders down, criteria across, in percent."""

from decimal import Decimal
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

from nlinkoop.domain.award import HUNDRED, Award
from nlinkoop.domain.money import parse_euro
from nlinkoop.ui.models.list_model import format_percent
from nlinkoop.ui.undo import CallbackCommand, same_value

AnyIndex = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


def entered(award: Award, tender_id: str, criterion_id: str) -> Decimal | None:
    """The percentage entered for a tender on a criterion; None when none is (it counts as 0)."""
    for entry in award.scores:
        if entry.tender_id == tender_id and entry.criterion_id == criterion_id:
            return entry.percent
    return None


def parse_percent(text: str) -> Decimal | None:
    """A score typed the Dutch way ("60", "62,5", "75 %"); empty is None.

    Raises:
        ValueError: not a number from 0 to 100.
    """
    value = parse_euro(text.strip().removesuffix("%"))
    if value is not None and not 0 <= value <= HUNDRED:
        raise ValueError("a score is 0 to 100 percent")
    return value


class ScoreTableModel(QAbstractTableModel):
    """What each sample tender scores on each award criterion, in percent of its maximum.

    Rows and columns follow `award.tenders` and `award.criteria` as they were at the last
    `set_award()` or `sync()`, so a view never sees a list change under it.

    Args:
        undo_stack: where score edits go as commands; None edits directly.
        parent: the Qt parent.

    Signals:
        scores_edited: the user (or undo/redo) changed a score.
    """

    scores_edited = Signal()

    def __init__(self, undo_stack: QUndoStack | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._award: Award | None = None
        self._tenders: list[str] = []
        self._criteria: list[str] = []

    def set_award(self, award: Award | None) -> None:
        """Show the scores of another award model."""
        self.beginResetModel()
        self._award = award
        self._tenders = [t.id for t in award.tenders] if award else []
        self._criteria = [c.id for c in award.criteria] if award else []
        self.endResetModel()

    def sync(self) -> None:
        """Follow added, removed or renamed tenders and criteria."""
        award = self._award
        if award is None:
            return
        if [t.id for t in award.tenders] != self._tenders or [
            c.id for c in award.criteria
        ] != self._criteria:
            self.set_award(award)
            return
        if self._tenders:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._tenders) - 1)
        if self._criteria:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._criteria) - 1)

    # -- Qt's read side ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._tenders)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._criteria)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> str | None:
        if role not in (Role.DisplayRole, Role.ToolTipRole) or self._award is None:
            return None  # the tooltip shows a name the header cuts short
        if orientation == Qt.Orientation.Horizontal:
            number = section + 1
            name = next(c.name for c in self._award.criteria if c.id == self._criteria[section])
            default = QCoreApplication.translate("ScoreTableModel", "Criterion {number}")
        else:
            number = section + 1
            name = next(t.name for t in self._award.tenders if t.id == self._tenders[section])
            default = QCoreApplication.translate("ScoreTableModel", "Tender {number}")
        return name.strip() or default.format(number=number)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def data(self, index: AnyIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or self._award is None:
            return None
        if role == Role.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Role.DisplayRole, Role.EditRole):
            value = entered(self._award, *self._ids(index))
            return "" if value is None else format_percent(value)
        return None

    # -- editing ----------------------------------------------------------------------------

    def setData(self, index: AnyIndex, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid() or role != Role.EditRole or self._award is None:
            return False
        try:
            new = parse_percent(str(value))
        except ValueError:
            return False
        award = self._award
        tender_id, criterion_id = self._ids(index)
        old = entered(award, tender_id, criterion_id)
        if same_value(old, new):
            return True

        def put(percent: Decimal | None) -> None:
            award.set_score(tender_id, criterion_id, percent)
            shown = award is self._award and tender_id in self._tenders
            if shown and criterion_id in self._criteria:
                cell = self.index(
                    self._tenders.index(tender_id), self._criteria.index(criterion_id)
                )
                self.dataChanged.emit(cell, cell)
            self.scores_edited.emit()

        text = QCoreApplication.translate("ScoreTableModel", "Edit score")
        if self.undo_stack is None:
            put(new)
        else:
            self.undo_stack.push(CallbackCommand(text, lambda: put(new), lambda: put(old)))
        return True

    def _ids(self, index: AnyIndex) -> tuple[str, str]:
        return self._tenders[index.row()], self._criteria[index.column()]
