"""Draws one row of the preparations list: title, supplier and date, and how complete it is."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from nlinkoop.ui.models.preparations_model import (
    COUNTERPARTY_ROLE,
    HEADER_ROLE,
    PROGRESS_ROLE,
    WHEN_ROLE,
)

AnyIndex = QModelIndex | QPersistentModelIndex
_PAD = 6
_BAR = 4  # height of the progress bar, in pixels


class PreparationDelegate(QStyledItemDelegate):
    """Two lines of text and a thin progress bar with its percentage.

    Colours come from the palette only, so light and dark themes both work; the percentage is
    written out as well, so progress is never told by colour alone. Every row has the same
    height (the view uses uniform item sizes, which keeps 5,000 rows fast).
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        height = QFontMetrics(option.font).height()
        return QSize(200, 2 * height + 3 * _PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget: QWidget | None = opt.widget
        rect: QRect = opt.rect
        palette: QPalette = opt.palette
        painter.save()
        try:
            if index.data(HEADER_ROLE):
                self._paint_header(painter, rect, palette, opt.font, index)
                return
            style = widget.style() if widget is not None else None
            opt.text = ""
            if style is not None:
                style.drawPrimitive(
                    QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget
                )
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
            self._paint_item(painter, rect, palette, opt.font, index, selected)
        finally:
            painter.restore()

    def _paint_header(
        self, painter: QPainter, rect: QRect, palette: QPalette, font: QFont, index: AnyIndex
    ) -> None:
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        text_rect = rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        painter.drawText(text_rect, int(flags), str(index.data()))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.left() + _PAD, rect.bottom(), rect.right() - _PAD, rect.bottom())

    def _paint_item(
        self,
        painter: QPainter,
        rect: QRect,
        palette: QPalette,
        font: QFont,
        index: AnyIndex,
        selected: bool,
    ) -> None:
        metrics = QFontMetrics(font)
        line = metrics.height()
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = palette.color(text_role)
        progress = int(index.data(PROGRESS_ROLE) or 0)
        percent = f"{progress}%"
        right_width = max(metrics.horizontalAdvance("100%"), 48)
        inner = rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        text_width = inner.width() - right_width - _PAD

        # Line 1: the title, bold. Line 2: the supplier and the meeting date, quieter.
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        title = QFontMetrics(bold).elidedText(
            str(index.data()), Qt.TextElideMode.ElideRight, text_width
        )
        painter.drawText(QRect(inner.left(), inner.top(), text_width, line), 0, title)
        painter.setFont(font)
        if not selected:
            painter.setPen(
                palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
            )
        details = "  ·  ".join(
            part for part in (index.data(COUNTERPARTY_ROLE), index.data(WHEN_ROLE)) if part
        )
        details = metrics.elidedText(details, Qt.TextElideMode.ElideRight, text_width)
        painter.drawText(
            QRect(inner.left(), inner.top() + line + _PAD, text_width, line), 0, details
        )

        # Right: the percentage above a thin bar, outlined so it reads on any background.
        right = QRect(inner.right() - right_width + 1, inner.top(), right_width, line)
        painter.setPen(text_colour)
        painter.drawText(
            right, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), percent
        )
        bar = QRect(right.left(), inner.top() + line + _PAD + (line - _BAR) // 2, right_width, _BAR)
        painter.setPen(text_colour if selected else palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(bar.adjusted(0, 0, -1, -1))
        filled = QRect(bar.left(), bar.top(), round(bar.width() * progress / 100), bar.height())
        fill_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        painter.fillRect(filled, palette.color(fill_role))
