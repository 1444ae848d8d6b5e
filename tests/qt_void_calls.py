"""Void Qt calls of the kinds our paint code makes, counting what each does to `None`'s refcount
(and to `True`'s and `False`'s: the same build also aborted with `bool_dealloc`).

Run as a script by tests/test_qt_build.py, in a process of its own: a PySide6 that drops a
reference to `None` on each call (6.12.0 on Python 3.11) aborts the process with
`Fatal Python error: none_dealloc` after a few thousand calls, and that must fail one test, not
end the test run. Prints one line per kind, `kind drift`, as soon as it is measured, so an abort
still shows which kinds leaked; then `done`.
"""

import sys
from collections.abc import Callable

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QStandardItemModel
from PySide6.QtWidgets import QApplication, QWidget

CALLS = 1000  # per kind: a few thousand in all; 6.12.0 on 3.11 loses one reference per call


def painter_calls(painter: QPainter, font: QFont) -> dict[str, Callable[[], object]]:
    """One void call per kind, as portfolio_grid, preparation_delegate and award_chart make."""
    rect, rectf = QRect(2, 2, 40, 20), QRectF(2.5, 2.5, 40, 20)
    colour, pen, brush = QColor(20, 40, 60), QPen(QColor(0, 0, 0), 3), QBrush(QColor(9, 9, 9))
    centre = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap

    def save_restore() -> None:
        painter.save()
        painter.restore()

    return {
        "QPainter.setRenderHint": lambda: painter.setRenderHint(QPainter.RenderHint.Antialiasing),
        "QFont.setBold": lambda: font.setBold(True),
        "QFont.setPointSizeF": lambda: font.setPointSizeF(9.5),
        "QPainter.setFont": lambda: painter.setFont(font),
        "QPainter.setPen(QPen)": lambda: painter.setPen(pen),
        "QPainter.setPen(QColor)": lambda: painter.setPen(colour),
        "QPainter.setBrush": lambda: painter.setBrush(brush),
        "QPainter.setBrush(NoBrush)": lambda: painter.setBrush(Qt.BrushStyle.NoBrush),
        "QPainter.save+restore": save_restore,
        "QPainter.drawText(rect)": lambda: painter.drawText(rectf, centre, "Strategisch"),
        "QPainter.drawText(point)": lambda: painter.drawText(QPointF(3, 12), "winnaar"),
        "QPainter.drawRect": lambda: painter.drawRect(rect),
        "QPainter.drawRect(F)": lambda: painter.drawRect(rectf),
        "QPainter.fillRect": lambda: painter.fillRect(rectf, colour),
        "QPainter.drawLine": lambda: painter.drawLine(QLineF(0, 0, 30, 30)),
        "QPainter.drawImage": lambda: painter.drawImage(QPointF(0, 0), SMALL),
    }


SMALL = QImage(8, 8, QImage.Format.Format_ARGB32)  # the preview draws its page as an image


def drift(call: Callable[[], object], times: int) -> int:
    """How far the refcount of `None`, `True` or `False` fell over `times` calls (0: none fell).

    After one warm-up call. A count that rose (a cache holding on) is no harm: the least change
    of the three is reported.
    """
    call()
    watched = (None, True, False)
    before = [sys.getrefcount(obj) for obj in watched]
    for _ in range(times):
        call()
    return min(sys.getrefcount(obj) - b for obj, b in zip(watched, before, strict=True))


def widget_paints(times: int) -> dict[str, int]:
    """Drift while our own widgets paint themselves into an image, `times` times each."""
    from nlinkoop.domain.completeness import Completeness
    from nlinkoop.ui.widgets.cell_table import CellTable
    from nlinkoop.ui.widgets.portfolio_grid import PortfolioChooser
    from nlinkoop.ui.widgets.portfolio_specs import KRALJIC_GRID
    from nlinkoop.ui.window.step_view import StepView

    chooser = PortfolioChooser(KRALJIC_GRID)
    chooser.resize(400, 260)
    steps = StepView()
    for number, name in enumerate(("Basis", "Relationeel of transactioneel", "Reflectie")):
        steps.addTab(QWidget(), name)
        steps.set_done(number, Completeness(number, 4))
    steps.resize(400, 300)
    empty = CellTable()  # paints "Empty. Press Insert ..."
    empty.setModel(QStandardItemModel(0, 2))
    empty.resize(300, 120)
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    return {
        "PortfolioChooser.render": drift(lambda: chooser.render(image), times),
        "StepView.render": drift(lambda: steps.render(image), times),
        "CellTable.render (empty)": drift(lambda: empty.render(image), times),
    }


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    image = QImage(200, 100, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont(app.font())
    for kind, call in painter_calls(painter, font).items():
        print(kind, drift(call, CALLS), flush=True)
    painter.end()
    for kind, change in widget_paints(CALLS // 10).items():
        print(kind, change, flush=True)
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
