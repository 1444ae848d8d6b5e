"""A small horizontal bar chart of the sample tenders' results, drawn with QPainter."""

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from nlinkoop.domain.award import AwardMethod, Result
from nlinkoop.domain.money import format_euro
from nlinkoop.ui.models.ranking_model import points


@dataclass(frozen=True)
class Bar:
    """One bar: a tender, the value its length shows, and whether it wins."""

    name: str
    value: Decimal
    text: str  # the value as the chart writes it
    winner: bool


class AwardChart(QWidget):
    """One bar per sample tender in ranking order: total points, or the fictive price.

    The winner's bar has the highlight colour and, so that colour is not the only sign, the
    word "winner" after its value. Colours come from the palette (light and dark alike).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.method = AwardMethod.POINTS
        self._winner_text = self.tr("winner")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Who would win"))

    def set_results(self, results: list[Result], method: AwardMethod) -> None:
        """Draw these results (from `evaluate`, best first)."""
        self.method = method
        winners = sum(1 for r in results if r.rank == 1)
        self.bars = []
        for result in results:
            if method is AwardMethod.POINTS:
                value, text = result.total, points(result.total)
            else:
                value, text = result.fictive_price, format_euro(result.fictive_price)
            self.bars.append(Bar(result.name, value, text, result.rank == 1))
        self._winner_text = self.tr("winner") if winners == 1 else self.tr("shared first place")
        described = "; ".join(
            f"{bar.name}: {bar.text}" + (f" ({self._winner_text})" if bar.winner else "")
            for bar in self.bars
        )
        self.setAccessibleDescription(described)
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 1.8)

    def sizeHint(self) -> QSize:
        rows = max(len(self.bars), 1)
        return QSize(400, rows * self._row_height() + self.fontMetrics().height() + 12)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn, in the order of `bars` (for tests and tooltips)."""
        area = self.rect().adjusted(4, 4, -4, -4)
        metrics = self.fontMetrics()
        label_width = min(max(area.width() // 4, 80), 220)
        bold = QFont(self.font())
        bold.setBold(True)  # the winner's label is bold: measure it so
        tail = (
            max(
                (
                    QFontMetrics(bold).horizontalAdvance(f"{b.text}  {self._winner_text}")
                    for b in self.bars
                ),
                default=0,
            )
            + 16
        )
        left = area.left() + label_width + 8
        room = max(area.right() - left - tail, 10)
        top = area.top() + metrics.height() + 4
        most = max((b.value for b in self.bars), default=Decimal(0))
        rects = []
        for number, bar in enumerate(self.bars):
            share = float(bar.value / most) if most > 0 and bar.value > 0 else 0.0
            height = self._row_height() * 0.6
            y = top + number * self._row_height() + (self._row_height() - height) / 2
            rects.append(QRectF(left, y, max(share * room, 2.0), height))
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        area = self.rect().adjusted(4, 4, -4, -4)
        metrics = self.fontMetrics()
        painter.setPen(text_colour)
        if not self.bars:
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                self.tr("Enter sample tenders with a price to see who would win."),
            )
            painter.end()
            return
        caption = (
            self.tr("Total points (the most wins)")
            if self.method is AwardMethod.POINTS
            else self.tr("Fictive price (the lowest wins)")
        )
        painter.drawText(area.left(), area.top() + metrics.ascent(), caption)
        bold = QFont(self.font())
        bold.setBold(True)
        for bar, rect in zip(self.bars, self.bar_rects(), strict=True):
            row = QRectF(area.left(), rect.top(), rect.left() - area.left() - 8, rect.height())
            name = metrics.elidedText(bar.name, Qt.TextElideMode.ElideRight, int(row.width()))
            painter.setFont(bold if bar.winner else self.font())
            painter.setPen(text_colour)
            painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            role = QPalette.ColorRole.Highlight if bar.winner else QPalette.ColorRole.Mid
            painter.fillRect(rect, palette.color(role))
            label = f"{bar.text}  {self._winner_text}" if bar.winner else bar.text
            after = QRectF(rect.right() + 8, rect.top(), area.right() - rect.right(), rect.height())
            painter.drawText(
                after, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
            )
        painter.end()
