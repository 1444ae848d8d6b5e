"""The live preview of the shown preparation's briefing page, in a dock beside the tabs."""

import contextlib
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nlinkoop.store.errors import WorkbookError
from nlinkoop.ui import prompts
from nlinkoop.ui.widgets.page_view import MAX_ZOOM, MIN_ZOOM, PageImage, PageView, rasterize
from nlinkoop.ui.window.briefing import font_size_text, render_briefing, shortened_text

if TYPE_CHECKING:
    from nlinkoop.briefing.compose import Briefing
    from nlinkoop.briefing.render import Rendered

log = logging.getLogger(__name__)

DELAY_MS = 250  # after a save or a switch: a burst of changes renders once
SHARPEN_DELAY_MS = 120  # after a zoom or a resize: the page is drawn again at its new size


class _Results(QObject):
    """Carries a render's outcome from the worker thread to the GUI thread (queued).

    Signals:
        finished: (object, object) the `Rendered` page and its `PageImage`.
        sharpened: (object, int) a new `PageImage` of the page shown as `generation`.
        failed: (str) the name of the exception that stopped the render.
    """

    finished = Signal(object, object)
    sharpened = Signal(object, int)
    failed = Signal(str)


class BriefingPreview(QWidget):
    """The briefing page as it would print, refreshed shortly after each change while visible.

    Rendering takes about 0.1 s for a typical page and seconds for a huge one, so it runs in a
    worker thread, one render at a time; a page that is out of date by the time it is done is
    dropped and the current one rendered instead. While hidden, nothing is rendered: the page
    catches up when it is shown again. The page fills the width (or is zoomed: Ctrl+wheel,
    + and -, Ctrl+0 back to the width); after a zoom or a resize the same PDF is drawn again
    at the new size in the worker, so the text stays sharp.

    Args:
        source: the briefing to show now (None: nothing to show). Called on the GUI thread;
            may raise `WorkbookError`.
        parent: the Qt parent.

    Signals:
        refreshed: a newly rendered page is shown.
        failed: (str) no page could be made; the reason, as the line under the page says.
    """

    refreshed = Signal()
    failed = Signal(str)

    def __init__(
        self, source: Callable[[], "Briefing | None"], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._source = source
        self.view = PageView(self)
        self.view.setObjectName("briefing_view")
        self.view.setMinimumWidth(240)
        self.view.setAccessibleName(self.tr("Briefing page"))
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("briefing_summary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setContentsMargins(4, 0, 4, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addLayout(self._zoom_bar())
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary_label)

        self.pdf: bytes | None = None  # the PDF of the page shown; None: no page
        self._generation = 0  # counts pages shown, so a late sharper image of an old one drops
        self._stale = True  # the page does not show the latest state
        self._busy = False  # a render is running
        self._started = 0.0
        self.render_times: list[float] = []  # seconds per render of a new page, for measuring
        self._timer = self._single_shot(DELAY_MS)
        self._sharpen_timer = self._single_shot(SHARPEN_DELAY_MS)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._results = _Results(self)
        self._results.finished.connect(self._on_results_finished)
        self._results.sharpened.connect(self._on_results_sharpened)
        self._results.failed.connect(self._on_results_failed)
        self.view.wanted_changed.connect(self._on_view_wanted_changed)
        self.view.zoom_changed.connect(self._on_view_zoom_changed)
        self._on_view_zoom_changed()

    def _zoom_bar(self) -> QHBoxLayout:
        def button(text: str, tip: str, name: str) -> QToolButton:
            widget = QToolButton(self)
            widget.setText(text)
            widget.setToolTip(tip)
            widget.setAccessibleName(tip)
            widget.setObjectName(name)
            widget.setAutoRaise(True)
            return widget

        self.zoom_out_button = button("\u2212", self.tr("Smaller (-)"), "briefing_zoom_out")
        self.zoom_in_button = button("+", self.tr("Larger (+)"), "briefing_zoom_in")
        self.fit_button = button(
            self.tr("Fit width"), self.tr("Fit the page to the width (Ctrl+0)"), "briefing_fit"
        )
        self.fit_button.setCheckable(True)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("briefing_zoom")
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("888%") + 6)
        self.zoom_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.zoom_out_button.clicked.connect(self._on_zoom_out_button_clicked)
        self.zoom_in_button.clicked.connect(self._on_zoom_in_button_clicked)
        self.fit_button.clicked.connect(self._on_fit_button_clicked)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 0)
        bar.setSpacing(2)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.fit_button)
        return bar

    def _single_shot(self, interval_ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(self._next)
        return timer

    def sizeHint(self) -> QSize:
        return QSize(340, 480)

    @Slot()
    def refresh(self) -> None:
        """Show the current briefing soon; when hidden, as soon as it is shown again."""
        self._stale = True
        if self.isVisible():
            self._timer.start()  # restarts: render once after a burst

    def stop(self) -> None:
        """Stop refreshing and wait for a render still running (before the window goes)."""
        self._timer.stop()
        self._sharpen_timer.stop()
        self._stale = False
        self._pool.waitForDone()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._timer.start()
        else:
            self._next()  # the dock may have changed size while hidden

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # + and - also work while a zoom button has the focus (buttons pass these keys on).
        if not self.view.zoom_key(event):
            super().keyPressEvent(event)

    @Slot()
    def _next(self) -> None:
        """Start what is due, if nothing runs: the current page first, then a sharper image."""
        if self._busy or not self.isVisible():
            return  # the running render's end calls this again
        if self._stale:
            if not self._timer.isActive():
                self._start()
        elif not self.view.is_current() and not self._sharpen_timer.isActive():
            self._start_sharpen()

    def _start(self) -> None:
        self._stale = False
        try:
            briefing = self._source()
        except WorkbookError as error:
            self._show_failure(prompts.workbook_error_text(error))
            return
        except Exception as error:  # a bug: a line in the panel, the details in the log
            log.exception("composing the briefing preview failed")
            self._show_failure(self._unexpected(type(error).__name__))
            return
        if briefing is None:
            self._show_message(self.tr("No preparation selected."))
            return
        if self.pdf is None:
            self.summary_label.setText(self.tr("Making the preview..."))
        self._busy = True
        self._started = time.perf_counter()
        results, width = self._results, self.view.wanted_width_px()

        def job() -> None:  # runs in the worker thread
            # If the preview is gone, emitting raises RuntimeError: nobody is left to tell.
            with contextlib.suppress(RuntimeError):
                try:
                    rendered = render_briefing(briefing)
                    page = rasterize(rendered.pdf, width)
                except Exception as error:  # noqa: BLE001 - shown in the panel, logged
                    log.exception("rendering the briefing preview failed")
                    results.failed.emit(type(error).__name__)
                else:
                    results.finished.emit(rendered, page)

        self._pool.start(job)

    def _start_sharpen(self) -> None:
        """Draw the shown PDF again at the width the view wants now."""
        assert self.pdf is not None  # is_current() is True without a page
        self._busy = True
        results, pdf, generation = self._results, self.pdf, self._generation
        width = self.view.wanted_width_px()

        def job() -> None:  # runs in the worker thread
            with contextlib.suppress(RuntimeError):
                try:
                    page = rasterize(pdf, width)
                except Exception as error:  # noqa: BLE001 - shown in the panel, logged
                    log.exception("drawing the briefing preview failed")
                    results.failed.emit(type(error).__name__)
                else:
                    results.sharpened.emit(page, generation)

        self._pool.start(job)

    @Slot(object, object)
    def _on_results_finished(self, rendered: "Rendered", page: PageImage) -> None:
        self._busy = False
        self.render_times.append(time.perf_counter() - self._started)
        if not self._stale:  # else something changed meanwhile: render the current state
            self._show(rendered, page)
        self._next()

    @Slot(object, int)
    def _on_results_sharpened(self, page: PageImage, generation: int) -> None:
        self._busy = False
        if generation == self._generation and not self._stale:
            self.view.show_page(page)
        self._next()

    @Slot(str)
    def _on_results_failed(self, name: str) -> None:
        self._busy = False
        if not self._stale:
            self._show_failure(self._unexpected(name))
        self._next()

    @Slot()
    def _on_view_wanted_changed(self) -> None:
        if self.pdf is not None:
            self._sharpen_timer.start()  # restarts: a drag of the dock's edge draws once

    @Slot()
    def _on_view_zoom_changed(self) -> None:
        scale = self.view.scale()
        self.zoom_label.setText(f"{round(scale * 100)}%")
        self.zoom_out_button.setEnabled(scale > MIN_ZOOM * 1.01)
        self.zoom_in_button.setEnabled(scale < MAX_ZOOM * 0.99)
        self.fit_button.setChecked(self.view.zoom is None)

    @Slot()
    def _on_zoom_out_button_clicked(self) -> None:
        self.view.zoom_out()

    @Slot()
    def _on_zoom_in_button_clicked(self) -> None:
        self.view.zoom_in()

    @Slot()
    def _on_fit_button_clicked(self) -> None:
        self.view.fit_width()
        self.fit_button.setChecked(True)  # a click on the checked button keeps it so

    def _show(self, rendered: "Rendered", page: PageImage) -> None:
        self.pdf = rendered.pdf
        self._generation += 1
        self.view.show_page(page)
        size = self.tr("Font size {size} pt").format(size=font_size_text(rendered.font_size))
        fit = shortened_text(rendered.shortened) if rendered.shortened else self.tr("all fits")
        self.summary_label.setText(f"{size} · {fit}")
        self.summary_label.setToolTip(", ".join(rendered.shortened))
        self.refreshed.emit()

    def _unexpected(self, name: str) -> str:
        return self.tr("an unexpected error ({name})").format(name=name)

    def _show_failure(self, reason: str) -> None:
        self._show_message(self.tr("No preview: {reason}").format(reason=reason))
        self.failed.emit(reason)

    def _show_message(self, text: str) -> None:
        self.pdf = None
        self._generation += 1
        self.view.clear()
        self.summary_label.setText(text)
        self.summary_label.setToolTip("")


class BriefingDock(QDockWidget):
    """The dock on the window's right that holds the `BriefingPreview`."""

    def __init__(
        self, source: Callable[[], "Briefing | None"], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Briefing preview"), parent)
        self.setObjectName("briefing_dock")
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.preview = BriefingPreview(source, self)
        self.setWidget(self.preview)
