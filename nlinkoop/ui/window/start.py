"""The window's start: paint the list first, open the workbook right after.

1. The window is built as the first paint shows it (`MainWindow` without a document): the list
   from a glance at the kept working copy (`store/glance.py`), the menu titles and the toolbar.
   Nothing of the store is loaded yet.
2. On its first paint, the start is queued: crash recovery for working copies a crash left
   behind, then the workbook is opened, with the question about someone else's lock, or the
   message why it cannot be opened, over the painted window.
3. `attach` gives the window its document; from then on it takes edits.

`NLINKOOP_START_TRACE=FILE` appends when the first paint and the ready window happened (Unix
time) and which modules were loaded at the first paint; `make bench` and the tests read it.
"""

import atexit
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from nlinkoop.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

TRACE = "NLINKOOP_START_TRACE"
NO_PAINT_MS = 1000  # a window the platform never paints (minimised) opens its file anyway


def trace(line: str) -> None:
    """Append `line` to the start trace, if one is asked for."""
    target = os.environ.get(TRACE)
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")


def trace_peak_memory() -> None:
    """At exit, append the process's peak memory (kB) to the start trace, if one is asked for.

    Read from /proc (this program's own high-water mark) where there is one: the parent's
    `wait4` counts the memory the parent had when it started the child. Elsewhere from
    `resource` (macOS); on Windows there is no figure.
    """
    if not os.environ.get(TRACE):
        return

    def peak() -> None:
        try:
            status = Path("/proc/self/status").read_text(encoding="ascii")
            line = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
            kb = int(line.split()[1])
        except (OSError, StopIteration, ValueError, IndexError):
            try:
                import resource  # Unix only, where there is no /proc
            except ImportError:
                return  # Windows: no figure
            kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        trace(f"peak-rss {kb}")

    atexit.register(peak)


class FirstPaint(QObject):
    """Emits `painted` once, after the first paint of `widget` (or after `NO_PAINT_MS`)."""

    painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._done = False
        widget.installEventFilter(self)
        QTimer.singleShot(NO_PAINT_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self, self._fire)  # after this paint has reached the screen
        return False

    def _fire(self) -> None:
        if self._done:
            return
        self._done = True
        self._widget.removeEventFilter(self)
        self.painted.emit()


class WindowStart(QObject):
    """Opens the workbook into a painted window; see the module's steps.

    Args:
        window: the window as the first paint shows it.
        open_document: opens the workbook (asking about a lock, when there is someone to ask);
            returns None when the user chose not to open it; raises `WorkbookError`.
        path: the workbook to open.
        fallback: what opens instead when the file cannot be opened, or None to give up.
        smoke: nobody is there to answer: a file that cannot be opened is one line on stderr.
        before: run first (crash recovery), once.

    Signals:
        ready: the window has its document.
    """

    ready = Signal()

    def __init__(
        self,
        window: MainWindow,
        open_document: Callable[[Path], object],
        path: Path,
        *,
        fallback: Path | None,
        smoke: bool,
        before: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.path, self.smoke = window, path, smoke
        self._open, self._fallback, self._before = open_document, fallback, before
        self.exit_code = 0
        trace_peak_memory()
        self._first = FirstPaint(window.preparations)
        self._first.painted.connect(self._on_first_paint)
        self._attempted = False

    def _on_first_paint(self) -> None:
        if os.environ.get(TRACE):  # one turn of the event loop after the paint, as bare_window.py
            painted = time.time()
            loaded = sorted(name for name in sys.modules if "." not in name or "nlinkoop" in name)
            shown = len(self.window.preparations.model.shown_ids())
            trace(f"first-paint {painted:.6f} shown={shown}")
            trace("modules " + " ".join(loaded))
        QTimer.singleShot(0, self, self._open_workbook)

    def _open_workbook(self) -> None:
        if not self.window.isVisible() or self._attempted:
            return  # closed before it opened (the event loop ends with it), or opened already
        self._attempted = True
        try:
            self._open_or_explain()
        except Exception as error:  # a bug, or a failure the store has no reason for
            log.exception("opening the workbook failed")
            self._unexpected(error)

    def _unexpected(self, error: Exception) -> None:
        """Say in one line that the workbook could not be opened, and end (never a blank window)."""
        name = type(error).__name__
        if self.smoke:
            print(f"nlinkoop: {self.path}: an unexpected error ({name})", file=sys.stderr)
        else:
            reason = QCoreApplication.translate("MainWindow", "an unexpected error ({name})")
            text = QCoreApplication.translate("prompts", "{name} cannot be opened: {reason}.")
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("prompts", "Cannot open workbook"),
                text.format(name=self.path.name, reason=reason.format(name=name)),
            )
        self._give_up(1)

    def _open_or_explain(self) -> None:
        """Open the workbook into the window; a refused file is explained (or falls back)."""
        from nlinkoop.store.errors import WorkbookError
        from nlinkoop.ui import prompts

        if self._before is not None:
            self._before()
        try:
            document = self._open(self.path)
        except WorkbookError as error:
            if self.smoke:  # nobody is there to click a message away
                print(f"nlinkoop: {self.path}: {error}", file=sys.stderr)
                self._give_up(1)
                return
            prompts.cannot_open(self.window, self.path, error)
            if self._fallback is None:
                self._give_up(1)
                return
            try:
                document = self._open(self._fallback)  # the last file went bad: start anyway
            except WorkbookError as again:
                prompts.cannot_open(self.window, self._fallback, again)
                self._give_up(1)
                return
        if document is None:
            self._give_up(0)  # the user chose not to open a file someone else has open
            return
        self.window.attach(document)  # type: ignore[arg-type]
        trace(f"ready {time.time():.6f}")
        self.ready.emit()

    def _give_up(self, code: int) -> None:
        self.exit_code = code
        self.window.close()
        QCoreApplication.exit(code)
