"""The `None`-reference guard: void Qt calls must keep `None` alive (see docs/dependencies.md).

PySide6 6.12.0 on Python 3.11 dropped a reference to `None` on every Qt call that returns
nothing, and the window aborted with `Fatal Python error: none_dealloc` after minutes of
painting. This probe makes the calls our paint code makes, a thousand of each kind, and counts
what each does to the refcounts of `None`, `True` and `False` (the same build also aborted with
`bool_dealloc`). The same code runs in three places: `python -m nlinkoop.qt_guard` in a process
of its own for tests/test_qt_build.py (a broken build aborts that process, not the test run),
`nlinkoop --gui-walk --guard` inside whatever Python runs nlinkoop (the frozen bundle too), and
through them CI and `make installer-test`.

A count that fell is harmful only before Python 3.12: from 3.12 `None` is immortal and the
interpreter no longer counts it, though PySide6's stable-ABI code still does, so the count
drifts without meaning anything (6.11.3 painting a widget on 3.12: -53 in 100 paints).
"""

import platform
import sys
from collections.abc import Callable, Mapping

import PySide6
from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QStandardItemModel
from PySide6.QtWidgets import QApplication, QWidget

CALLS = 1000  # per kind: a few thousand in all; 6.12.0 on 3.11 loses one reference per call
NONE_IS_COUNTED = sys.version_info < (3, 12)
KINDS = 19  # what a full run measures (16 painter calls, 3 widget paints)


def build() -> str:
    """The PySide6 and the Python this process runs on, as the guard's verdict names them."""
    return f"PySide6 {PySide6.__version__} on Python {platform.python_version()}"


def harmful(drifts: Mapping[str, int]) -> dict[str, int]:
    """The kinds whose count fell where that matters (before 3.12); a rise is a cache, no harm."""
    return {kind: n for kind, n in drifts.items() if n < 0 and NONE_IS_COUNTED}


def painter_calls(painter: QPainter, font: QFont) -> dict[str, Callable[[], object]]:
    """One void call per kind, as portfolio_grid, preparation_delegate and award_chart make."""
    rect, rectf = QRect(2, 2, 40, 20), QRectF(2.5, 2.5, 40, 20)
    colour, pen, brush = QColor(20, 40, 60), QPen(QColor(0, 0, 0), 3), QBrush(QColor(9, 9, 9))
    centre = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    small = QImage(8, 8, QImage.Format.Format_ARGB32)  # the preview draws its page as an image

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
        "QPainter.drawImage": lambda: painter.drawImage(QPointF(0, 0), small),
    }


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


def widget_paints() -> dict[str, Callable[[], object]]:
    """Our own widgets painting themselves into an image, one call per kind."""
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
        "PortfolioChooser.render": lambda: chooser.render(image),
        "StepView.render": lambda: steps.render(image),
        "CellTable.render (empty)": lambda: empty.render(image),
    }


def measure(report: Callable[[str, int], None]) -> dict[str, int]:
    """Make every kind of call, `report(kind, drift)` as soon as each is measured.

    A QApplication must exist. Stops after the first harmful kind: a few more such kinds and a
    broken build aborts the process (none_dealloc), which would take the verdict with it.

    Returns:
        The drift of each kind measured.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the guard needs a QApplication"
    drifts: dict[str, int] = {}
    image = QImage(200, 100, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        font = QFont(app.font())
        for kind, call in painter_calls(painter, font).items():
            drifts[kind] = drift(call, CALLS)
            report(kind, drifts[kind])
            if harmful(drifts):
                return drifts
    finally:
        painter.end()
    for kind, call in widget_paints().items():
        drifts[kind] = drift(call, CALLS // 10)
        report(kind, drifts[kind])
        if harmful(drifts):
            break
    return drifts


def verdict(drifts: Mapping[str, int]) -> str | None:
    """The one line that fails the guard, or None when it passes."""
    fell = harmful(drifts)
    if fell:
        return f"{build()}: getrefcount(None) fell: {fell}"
    if len(drifts) < KINDS:
        return f"{build()}: the guard measured {len(drifts)} kinds of call, not {KINDS}"
    return None


def _print_drift(kind: str, change: int) -> None:
    print(kind, change, flush=True)


def main() -> int:
    """`python -m nlinkoop.qt_guard`: a line `kind drift` per kind, then `done` or the failure."""
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - kept to the end
    failure = verdict(measure(_print_drift))
    print(failure or "done", flush=True)
    return 1 if failure else 0


if __name__ == "__main__":
    sys.exit(main())
