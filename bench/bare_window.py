"""Baseline for the cold start: a bare PySide6 window with five tabs, shown, then closed."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget(window)
    for n in range(5):
        tabs.addTab(QLabel(f"Tab {n + 1}"), f"Tab {n + 1}")
    window.setCentralWidget(tabs)
    window.resize(1200, 800)
    window.show()
    QTimer.singleShot(0, window.close)  # as the app's --smoke: close once the window is up
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
