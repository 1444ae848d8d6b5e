"""A zoomable view of one PDF page drawn as an image: fit to width, Ctrl+wheel and +/- keys."""

import threading
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# Zoom is a share of the page's real size (100% = the page as large as on paper, by the
# screen's logical dpi). Steps as browsers take them; fit-to-width lies anywhere in between.
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
MIN_ZOOM, MAX_ZOOM = ZOOM_STEPS[0], ZOOM_STEPS[-1]
MAX_IMAGE_WIDTH = 3400  # pixels (about 46 MB): past it the image is drawn larger, not sharper
MARGIN = 6  # logical pixels of desk around the page
A4_POINTS = (595.28, 841.89)  # the briefing's page, until the first image says otherwise
WHEEL_NOTCH = 120  # angleDelta of one mouse wheel notch; touchpads send it in parts

# PDFium may be used from one thread at a time; the preview's worker is one, but be safe.
_PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True)
class PageImage:
    """A page drawn to pixels, the width it was asked for, and the page's size in points."""

    image: QImage
    asked_px: int
    width_pt: float
    height_pt: float


def rasterize(pdf: bytes, width_px: int) -> PageImage:
    """Draw the PDF's first page `width_px` pixels wide (safe to call from a worker thread)."""
    import pypdfium2  # about 40 ms, and only when the preview is first shown

    with _PDFIUM_LOCK:
        document = pypdfium2.PdfDocument(pdf)
        try:
            page = document[0]
            width_pt, height_pt = page.get_size()
            width_px = min(width_px, MAX_IMAGE_WIDTH)
            # PDFium rounds the width up: a hair less than the scale asked gives that width.
            scale = (width_px - 0.01) / width_pt
            bitmap = page.render(scale=scale, prefer_bgrx=True, may_draw_forms=False)
            # BGRx bytes are Qt's RGB32 on little-endian machines (all we ship for); copy()
            # lets go of PDFium's buffer before the bitmap is closed.
            rgb32 = QImage.Format.Format_RGB32
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, rgb32).copy()
            bitmap.close()
            page.close()
        finally:
            document.close()
    return PageImage(image, width_px, width_pt, height_pt)


class PageWidget(QWidget):
    """The page on its desk: the image drawn into the page's rectangle, 1:1 once it is current."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None  # the page as last drawn; None: no page
        self.asked_px = 0  # the width the image was drawn for
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def page_rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Dark))
        if self.image is not None:
            page = self.page_rect()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(page, self.image)  # 1:1 when image width = page width x dpr
            painter.setPen(QColor(0, 0, 0, 90))
            painter.drawRect(page.adjusted(-0.5, -0.5, 0.5, 0.5))
        painter.end()


class PageView(QScrollArea):
    """One page, fit to the view's width or zoomed, scrolled as needed.

    The view does not draw PDFs: it says how many pixels wide it wants the page
    (`wanted_width_px`, also after a change of screen) and shows the image it is given; while
    a new image is being made it stretches the old one.

    Signals:
        wanted_changed: the page should be drawn at a new pixel width.
        zoom_changed: the zoom or fit changed (the percentage to show).
    """

    wanted_changed = Signal()
    zoom_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = PageWidget()
        self.setWidget(self.page)
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        # Always there: a bar that comes and goes would change the width the page fits into.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.zoom: float | None = None  # None: fit to width; else a share of the real size
        self._page_pt = A4_POINTS
        self._wheel = 0  # angleDelta not yet turned into a zoom step
        self._dpr = 1.0
        self._layout_page()

    # -- what the preview uses -------------------------------------------------------------------

    def scale(self) -> float:
        """The page's size on screen as a share of its real size (fit-to-width included)."""
        return self._page_width() / self._real_width()

    def wanted_width_px(self) -> int:
        """How many device pixels wide the page's image should be for a sharp page now."""
        return max(16, min(round(self._page_width() * self.devicePixelRatioF()), MAX_IMAGE_WIDTH))

    def is_current(self) -> bool:
        """The shown image was drawn for the width wanted now (or there is none to update)."""
        return self.page.image is None or self.page.asked_px == self.wanted_width_px()

    def show_page(self, page: PageImage) -> None:
        """Show this image of the page (its size in points may set a new aspect)."""
        self.page.image, self.page.asked_px = page.image, page.asked_px
        if (page.width_pt, page.height_pt) != self._page_pt:
            self._page_pt = (page.width_pt, page.height_pt)
            self._layout_page()
        self.page.update()

    def clear(self) -> None:
        self.page.image = None
        self.page.update()

    def zoom_in(self) -> None:
        self._zoom_by(1)

    def zoom_out(self) -> None:
        self._zoom_by(-1)

    def fit_width(self) -> None:
        self._set_zoom(None)

    # -- Qt events --------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(340, 440)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.zoom is None:
            self._layout_page()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        self._wheel += event.angleDelta().y()
        steps = int(self._wheel / WHEEL_NOTCH)  # toward zero: a part of a notch waits
        self._wheel -= steps * WHEEL_NOTCH
        if steps:
            self._zoom_by(steps, event.position().toPoint())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.zoom_key(event):
            super().keyPressEvent(event)

    def zoom_key(self, event: QKeyEvent) -> bool:
        """Zoom for + and - (with or without Ctrl) and Ctrl+0; False for any other key."""
        key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):  # "=" is "+" without Shift on most keyboards
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_0 and ctrl:
            self.fit_width()
        else:
            return False
        event.accept()
        return True

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A move to a screen with another pixel ratio: the same page needs other pixels.
        if event.type() == QEvent.Type.DevicePixelRatioChange:
            self._check_pixel_ratio()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._check_pixel_ratio()

    # -- zoom and layout --------------------------------------------------------------------------

    def _real_width(self) -> float:
        """The page's width in logical pixels at 100%."""
        return self._page_pt[0] * self.logicalDpiX() / 72

    def _fit_width(self) -> float:
        return max(self.viewport().width() - 2 * MARGIN, 40)

    def _page_width(self) -> float:
        return self._fit_width() if self.zoom is None else self._real_width() * self.zoom

    def _zoom_by(self, steps: int, anchor: QPoint | None = None) -> None:
        zoom = self.scale()
        for _ in range(abs(steps)):
            # The next step up or down; none past the limits (fit-to-width may lie beyond them).
            if steps > 0:
                zoom = next((z for z in ZOOM_STEPS if z > zoom * 1.01), zoom)
            else:
                zoom = next((z for z in reversed(ZOOM_STEPS) if z < zoom * 0.99), zoom)
        if zoom != self.scale():
            self._set_zoom(zoom, anchor)

    def _set_zoom(self, zoom: float | None, anchor: QPoint | None = None) -> None:
        if zoom == self.zoom:
            return
        # Keep the point under the mouse (or the view's centre) where it is on the page.
        at = anchor if anchor is not None else self.viewport().rect().center()
        bars = self.horizontalScrollBar(), self.verticalScrollBar()
        on_page = QPointF(self.page.mapFrom(self.viewport(), at))
        shares = (
            on_page.x() / max(self.page.width(), 1),
            on_page.y() / max(self.page.height(), 1),
        )
        self.zoom = zoom
        self.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if zoom is None
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self._layout_page()
        after = self.page.size()
        bars[0].setValue(round(shares[0] * after.width() - at.x()))
        bars[1].setValue(round(shares[1] * after.height() - at.y()))
        self.zoom_changed.emit()

    def _layout_page(self) -> None:
        width = self._page_width()
        height = width * self._page_pt[1] / self._page_pt[0]
        size = QSize(round(width) + 2 * MARGIN, round(height) + 2 * MARGIN)
        if size != self.page.size():
            self.page.resize(size)
            self.zoom_changed.emit()  # fit-to-width: the percentage follows the view's width
            self.wanted_changed.emit()

    def _check_pixel_ratio(self) -> None:
        if self.devicePixelRatioF() != self._dpr:
            self._dpr = self.devicePixelRatioF()
            self.wanted_changed.emit()
