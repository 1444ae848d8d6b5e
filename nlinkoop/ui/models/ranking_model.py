"""The ranking of the sample tenders under the award model, as a read-only table."""

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from nlinkoop.domain.award import AwardMethod, Result
from nlinkoop.domain.money import format_amount, format_euro
from nlinkoop.vocabulary import QT_TRANSLATE_NOOP

AnyIndex = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
CONTEXT = "RankingTableModel"

Cell = Callable[[Result], str]


def rank_text(result: Result) -> str:
    """The rank, with a tie said in words: "1 (tie)", so no order within a tie is implied."""
    if not result.tie:
        return str(result.rank)
    return QCoreApplication.translate("RankingTableModel", "{rank} (tie)").format(rank=result.rank)


POINTS_COLUMNS: tuple[tuple[str, Cell], ...] = (
    (QT_TRANSLATE_NOOP("RankingTableModel", "Rank"), rank_text),
    (QT_TRANSLATE_NOOP("RankingTableModel", "Tender"), lambda r: r.name),
    (QT_TRANSLATE_NOOP("RankingTableModel", "Price"), lambda r: format_euro(r.price)),
    (QT_TRANSLATE_NOOP("RankingTableModel", "Price points"), lambda r: points(r.price_points)),
    (
        QT_TRANSLATE_NOOP("RankingTableModel", "Quality points"),
        lambda r: points(r.quality_points),
    ),
    (QT_TRANSLATE_NOOP("RankingTableModel", "Total"), lambda r: points(r.total)),
)
VALUE_COLUMNS: tuple[tuple[str, Cell], ...] = (
    (QT_TRANSLATE_NOOP("RankingTableModel", "Rank"), rank_text),
    (QT_TRANSLATE_NOOP("RankingTableModel", "Tender"), lambda r: r.name),
    (QT_TRANSLATE_NOOP("RankingTableModel", "Price"), lambda r: format_euro(r.price)),
    (
        QT_TRANSLATE_NOOP("RankingTableModel", "Scored on quality"),
        lambda r: format_euro(r.quality_euros),
    ),
    (
        QT_TRANSLATE_NOOP("RankingTableModel", "Fictive price"),
        lambda r: format_euro(r.fictive_price),
    ),
)


def points(value: Decimal) -> str:
    """Points with two decimals, the Dutch way: "78,50"."""
    return format_amount(value)


class RankingTableModel(QAbstractTableModel):
    """Who would win: the sample tenders best first, with the columns of the award method.

    A result's name is shown as it is: give unnamed tenders a name first ("Tender 2"). Tenders
    that share a rank say so in the rank column ("1 (tie)").

    Args:
        parent: the Qt parent.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.results: list[Result] = []
        self.method = AwardMethod.POINTS

    def set_results(self, results: list[Result], method: AwardMethod) -> None:
        """Show these results (from `evaluate`), ranked under `method`."""
        self.beginResetModel()
        self.results, self.method = list(results), method
        self.endResetModel()

    def _columns(self) -> tuple[tuple[str, Cell], ...]:
        return POINTS_COLUMNS if self.method is AwardMethod.POINTS else VALUE_COLUMNS

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> str | None:
        if role != Role.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return QCoreApplication.translate(CONTEXT, self._columns()[section][0])

    def data(self, index: AnyIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result = self.results[index.row()]
        if role == Role.DisplayRole:
            return self._columns()[index.column()][1](result)
        if role == Role.TextAlignmentRole and index.column() != 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.FontRole and result.rank == 1:
            font = QFont()
            font.setBold(True)
            return font
        return None
