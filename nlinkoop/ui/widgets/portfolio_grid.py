"""A clickable 2×2 portfolio grid (Kraljic, or how the supplier sees us), drawn with QPainter."""

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionFocusRect,
    QVBoxLayout,
    QWidget,
)

from nlinkoop.domain.tips import Stance
from nlinkoop.ui.widgets.portfolio_specs import (
    HIGH,
    LOW,
    GridSpec,
    explanation,
    grid_text,
    quadrant_name,
)

Cell = tuple[int, int]  # (column, row): column 1 is high on the x axis, row 0 high on the y axis


@dataclass(frozen=True)
class AxisLabel:
    """One text around a grid: the room it is drawn in, its alignment there, and the text."""

    rect: QRectF
    align: Qt.AlignmentFlag
    text: str

    def box(self, metrics: QFontMetrics) -> QRect:
        """Where its letters are: the text's own bounding box inside its room."""
        return metrics.boundingRect(self.rect.toRect(), self.align, self.text)


class PortfolioGrid(QWidget):
    """One 2×2 grid: click a cell to choose its quadrant, click the chosen one to clear it.

    The chosen cell is filled with the highlight colour, and also framed in bold and ticked, so
    the choice never rests on colour alone. Keys: the arrows move the focus cell, Space or Enter
    choose it (or clear it when it is the chosen one), Delete or Backspace clear.

    Args:
        spec: the axes and quadrants.
        parent: the Qt parent.

    Signals:
        chosen: (Enum | None) the user chose a quadrant, or cleared the choice.
    """

    chosen = Signal(object)

    def __init__(self, spec: GridSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.value: Enum | None = None
        self.focus_cell: Cell = (0, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(grid_text(spec.title))
        self._describe()

    # -- the value ------------------------------------------------------------------------------

    def set_value(self, value: Enum | None) -> None:
        """Show `value` as the choice (loading, undo): no `chosen`."""
        self.value = value
        if value is not None:
            self.focus_cell = self.cell_of(value)
        self._describe()
        self.update()

    def cell_of(self, value: Enum) -> Cell:
        """The cell a quadrant is drawn in."""
        return next(cell for cell in _CELLS if self.quadrant(cell) is value)

    def quadrant(self, cell: Cell) -> Enum:
        """The quadrant drawn in a cell."""
        column, row = cell
        return self.spec.at(column == 1, row == 0)

    def cell_rect(self, value: Enum) -> QRect:
        """Where a quadrant's cell is, in widget coordinates (for tests and tooltips)."""
        return self._cell_rect(self.cell_of(value)).toRect()

    # -- geometry -------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        return QSize(340, 3 * line + 12 + 2 * int(line * 3.6))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def _grid_rect(self) -> QRectF:
        # a line above for the y axis's name; two below: "low" and "high", then the x axis's name
        metrics = self.fontMetrics()
        line = metrics.lineSpacing()
        left = max(metrics.horizontalAdvance(grid_text(word)) for word in (LOW, HIGH)) + 8
        return QRectF(self.rect()).adjusted(left, line + 4, -2, -(2 * line + 8))

    def _cell_rect(self, cell: Cell) -> QRectF:
        grid = self._grid_rect()
        width, height = grid.width() / 2, grid.height() / 2
        column, row = cell
        return QRectF(grid.left() + column * width, grid.top() + row * height, width, height)

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        bold = QFont(self.font())
        bold.setBold(True)
        for cell in _CELLS:
            rect = self._cell_rect(cell).adjusted(2, 2, -2, -2)
            value = self.quadrant(cell)
            chosen = value is self.value
            painter.fillRect(
                rect,
                palette.color(QPalette.ColorRole.Highlight if chosen else QPalette.ColorRole.Base),
            )
            pen = QPen(
                text if chosen else palette.color(QPalette.ColorRole.Mid), 3 if chosen else 1
            )
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -1, -1) if chosen else rect)
            painter.setFont(bold if chosen else self.font())
            painter.setPen(
                palette.color(
                    QPalette.ColorRole.HighlightedText if chosen else QPalette.ColorRole.Text
                )
            )
            name = quadrant_name(self.spec, value)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                ("✓ " + name) if chosen else name,
            )
            if cell == self.focus_cell and self.hasFocus():
                option = QStyleOptionFocusRect()
                option.initFrom(self)
                option.rect = rect.adjusted(5, 5, -5, -5).toRect()
                self.style().drawPrimitive(
                    QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
                )
        painter.setFont(self.font())
        painter.setPen(text)
        self._paint_axes(painter)
        painter.end()

    def _paint_axes(self, painter: QPainter) -> None:
        for label in self.axis_labels():
            painter.drawText(label.rect, label.align, label.text)

    def axis_labels(self) -> list[AxisLabel]:
        """The texts around the grid, each on its own place, so none overlaps another or a cell.

        The y axis's name goes above the grid and "high" and "low" beside its rows; below the
        grid "low" and "high" at its ends, and the x axis's name on a line of its own. A name
        longer than the room it has is elided (the accessible description has it whole).
        """
        grid = self._grid_rect()
        metrics = self.fontMetrics()
        line = metrics.lineSpacing()
        low, high = grid_text(LOW), grid_text(HIGH)
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        middle, centre = Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignVCenter
        above = QRectF(0, 0, self.width(), line + 2)
        labels = [AxisLabel(above, left | centre, "↑ " + self._fit(self.spec.y_axis, "↑ ", above))]
        for row, word in ((0, high), (1, low)):
            cell = self._cell_rect((0, row))
            beside = QRectF(0, cell.top(), grid.left() - 6, cell.height())
            labels.append(AxisLabel(beside, right | centre, word))
        ends = QRectF(grid.left() + 2, grid.bottom() + 2, grid.width() - 4, line + 2)
        labels += [AxisLabel(ends, left | centre, low), AxisLabel(ends, right | centre, high)]
        below = QRectF(grid.left(), ends.bottom() + 2, grid.width(), line + 2)
        name = self._fit(self.spec.x_axis, " →", below) + " →"
        labels.append(AxisLabel(below, middle | centre, name))
        return labels

    def _fit(self, axis: str, arrow: str, room: QRectF) -> str:
        """An axis's name, translated, elided to fit in `room` beside its arrow."""
        metrics = self.fontMetrics()
        width = int(room.width()) - metrics.horizontalAdvance(arrow)
        return metrics.elidedText(grid_text(axis), Qt.TextElideMode.ElideRight, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # a name cut short is still there to read, whole, when the pointer rests on the grid
        names = {grid_text(self.spec.x_axis), grid_text(self.spec.y_axis)}
        cut = not all(any(n in label.text for label in self.axis_labels()) for n in names)
        self.setToolTip(self._axes_text() if cut else "")

    def cell_boxes(self) -> list[QRect]:
        """Where the four cells are drawn, their frames included."""
        return [self._cell_rect(cell).adjusted(2, 2, -2, -2).toRect() for cell in _CELLS]

    # -- input ----------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        cell = next((c for c in _CELLS if self._cell_rect(c).contains(point)), None)
        if event.button() != Qt.MouseButton.LeftButton or cell is None:
            super().mousePressEvent(event)
            return
        self.focus_cell = cell
        self._toggle(cell)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        column, row = self.focus_cell
        moves = {
            Qt.Key.Key_Left: (0, row),
            Qt.Key.Key_Right: (1, row),
            Qt.Key.Key_Up: (column, 0),
            Qt.Key.Key_Down: (column, 1),
        }
        if key in moves:
            self.focus_cell = moves[Qt.Key(key)]
            self.update()
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._toggle(self.focus_cell)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self.value is not None:
                self._choose(None)
        else:
            super().keyPressEvent(event)

    def _toggle(self, cell: Cell) -> None:
        value = self.quadrant(cell)
        self._choose(None if value is self.value else value)

    def _choose(self, value: Enum | None) -> None:
        self.set_value(value)
        if value is None:
            self.update()
        self.chosen.emit(value)

    def _axes_text(self) -> str:
        return QCoreApplication.translate(
            "PortfolioGrid", "Across: {x}, low to high. Up: {y}, low to high."
        ).format(x=grid_text(self.spec.x_axis), y=grid_text(self.spec.y_axis))

    def _describe(self) -> None:
        spec = self.spec
        axes = self._axes_text()
        chosen = (
            QCoreApplication.translate("PortfolioGrid", "Chosen: {name}.").format(
                name=quadrant_name(spec, self.value)
            )
            if self.value is not None
            else QCoreApplication.translate("PortfolioGrid", "Nothing chosen.")
        )
        self.setAccessibleDescription(f"{chosen} {axes}")


_CELLS: tuple[Cell, ...] = ((0, 0), (1, 0), (0, 1), (1, 1))


class PortfolioChooser(QWidget):
    """A grid with its title above it and the chosen quadrant's meaning below it.

    Args:
        spec: the axes and quadrants.
        parent: the Qt parent.

    Signals:
        chosen: (Enum | None) the user chose a quadrant, or cleared the choice.
    """

    chosen = Signal(object)

    def __init__(self, spec: GridSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.stance = Stance.NEGOTIATE  # what the verdict allows; the panel sets it
        self.title_label = QLabel(grid_text(spec.title))
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.grid = PortfolioGrid(spec)
        self.title_label.setBuddy(self.grid)
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.grid.chosen.connect(self._on_grid_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.grid)
        layout.addWidget(self.explanation_label)
        layout.addStretch(1)  # beside a taller neighbour, the grids stay level at the top
        self.set_value(None)

    @property
    def value(self) -> Enum | None:
        """The chosen quadrant, or None."""
        return self.grid.value

    def set_value(self, value: Enum | None, stance: Stance | None = None) -> None:
        """Show `value` as the choice (loading, undo): no `chosen`.

        Args:
            value: the quadrant, or None.
            stance: what the legal gate's verdict allows, for the tip (None: as it was).
        """
        if stance is not None:
            self.stance = stance
        self.grid.set_value(value)
        self._explain()

    def _explain(self) -> None:
        value = self.grid.value
        self.explanation_label.setText(
            explanation(self.spec, value, self.stance)
            or QCoreApplication.translate(
                "PortfolioGrid", "Click a cell, or use the arrow keys and Space."
            )
        )

    @Slot(object)
    def _on_grid_chosen(self, value: Enum | None) -> None:
        self._explain()
        self.chosen.emit(value)
