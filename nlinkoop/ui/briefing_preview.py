"""The live preview of the shown preparation's briefing page, in a dock beside the tabs."""

import contextlib
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from nlinkoop.store.errors import WorkbookError
from nlinkoop.ui import prompts
from nlinkoop.ui.briefing import font_size_text, render_briefing, shortened_text

if TYPE_CHECKING:
    from nlinkoop.briefing.compose import Briefing
    from nlinkoop.briefing.render import Rendered

log = logging.getLogger(__name__)

DELAY_MS = 250  # after a save or a switch: a burst of changes renders once


class _Results(QObject):
    """Carries a render's outcome from the worker thread to the GUI thread (queued).

    Signals:
        finished: (object) the `Rendered` page.
        failed: (str) the name of the exception that stopped the render.
    """

    finished = Signal(object)
    failed = Signal(str)


class BriefingPreview(QWidget):
    """The briefing page as it would print, refreshed shortly after each change while visible.

    Rendering takes about 0.1 s for a typical page and seconds for a huge one, so it runs in a
    worker thread, one render at a time; a page that is out of date by the time it is done is
    dropped and the current one rendered instead. While hidden, nothing is rendered: the page
    catches up when it is shown again.

    Args:
        source: the briefing to show now (None: nothing to show). Called on the GUI thread;
            may raise `WorkbookError`.
        parent: the Qt parent.

    Signals:
        refreshed: a newly rendered page is shown.
    """

    refreshed = Signal()

    def __init__(
        self, source: Callable[[], "Briefing | None"], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._source = source
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("briefing_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setMinimumWidth(240)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("briefing_summary")
        self.summary_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary_label)

        self._buffer: QBuffer | None = None  # the document reads from it as long as it shows it
        self._stale = True  # the page does not show the latest state
        self._busy = False  # a render is running
        self._started = 0.0
        self.render_times: list[float] = []  # seconds per render, for measuring
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._results = _Results(self)
        self._results.finished.connect(self._on_results_finished)
        self._results.failed.connect(self._on_results_failed)

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
        self._stale = False
        self._pool.waitForDone()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if not self._busy:  # else the running render's end starts the next one
            self._start()

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
        if self.document.pageCount() == 0:
            self.summary_label.setText(self.tr("Making the preview..."))
        self._busy = True
        self._started = time.perf_counter()
        results = self._results

        def job() -> None:  # runs in the worker thread
            # If the preview is gone, emitting raises RuntimeError: nobody is left to tell.
            with contextlib.suppress(RuntimeError):
                try:
                    rendered = render_briefing(briefing)
                except Exception as error:  # noqa: BLE001 - shown in the panel, logged
                    log.exception("rendering the briefing preview failed")
                    results.failed.emit(type(error).__name__)
                else:
                    results.finished.emit(rendered)

        self._pool.start(job)

    def _done(self) -> bool:
        """The running render ended; True if its result is still what should be shown."""
        self._busy = False
        self.render_times.append(time.perf_counter() - self._started)
        if not self._stale:
            return True
        if self.isVisible() and not self._timer.isActive():
            self._start()  # something changed meanwhile: render the current state instead
        return False

    @Slot(object)
    def _on_results_finished(self, rendered: "Rendered") -> None:
        if self._done():
            self._show(rendered)

    @Slot(str)
    def _on_results_failed(self, name: str) -> None:
        if self._done():
            self._show_failure(self._unexpected(name))

    def _show(self, rendered: "Rendered") -> None:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(rendered.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)  # closes the page shown so far, and lets go of its buffer
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        size = self.tr("Font size {size} pt").format(size=font_size_text(rendered.font_size))
        fit = shortened_text(rendered.shortened) if rendered.shortened else self.tr("all fits")
        self.summary_label.setText(f"{size} · {fit}")
        self.summary_label.setToolTip(", ".join(rendered.shortened))
        self.refreshed.emit()

    def _unexpected(self, name: str) -> str:
        return self.tr("an unexpected error ({name})").format(name=name)

    def _show_failure(self, reason: str) -> None:
        self._show_message(self.tr("No preview: {reason}").format(reason=reason))

    def _show_message(self, text: str) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.deleteLater()
            self._buffer = None
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
