"""Baseline for the cold start: a bare PySide6 window with five tabs, shown, then closed.

With `NLINKOOP_START_TRACE=FILE` it appends the time of its first paint, as the app does.
"""

import atexit
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget


class FirstPaint(QObject):
    """Notes the first paint of the watched widget in the start trace, then closes `window`."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._painted)  # after the paint, as the app marks it
        return False

    def _painted(self) -> None:
        target = os.environ.get("NLINKOOP_START_TRACE")
        if target:
            with open(target, "a", encoding="utf-8") as handle:
                handle.write(f"first-paint {time.time():.6f}\n")
        self._window.close()  # as the app's --smoke: closed once it is up


def peak_memory() -> None:
    """Append the peak memory (kB, this program's own high-water mark) to the start trace."""
    target = os.environ.get("NLINKOOP_START_TRACE")
    if target:
        status = Path("/proc/self/status").read_text(encoding="ascii")
        line = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(f"peak-rss {int(line.split()[1])}\n")


def main() -> int:
    atexit.register(peak_memory)
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget(window)
    for n in range(5):
        tabs.addTab(QLabel(f"Tab {n + 1}"), f"Tab {n + 1}")
    window.setCentralWidget(tabs)
    window.resize(1200, 800)
    first_paint = FirstPaint(window)
    tabs.installEventFilter(first_paint)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
