"""Wires the learning log and "Eerder geleerd" to a window: one cached read of the workbook."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from nlinkoop.domain.preparation import Preparation
from nlinkoop.ui.dialogs.learning_log import LearningLog
from nlinkoop.ui.tabs import BasicsTab

if TYPE_CHECKING:
    from nlinkoop.ui.main_window import MainWindow


class Learning(QObject):
    """The lessons side of a `MainWindow`: the "Learning log" action and the Basis tab's panel.

    Args:
        window: the window, with its tabs, autosave and pane already built.
        menu: where the "Learning log" action goes (the View menu).

    The workbook's preparations are read once and kept until another preparation is shown or
    the workbook is saved, so typing a supplier's name does not read the file on every key.
    """

    def __init__(self, window: "MainWindow", menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._cache: list[Preparation] | None = None
        self._log: LearningLog | None = None
        self.action = QAction(self.tr("&Learning log..."), window)
        self.action.setObjectName("learning_log")
        self.action.triggered.connect(self._on_action_triggered)
        menu.addAction(self.action)
        self.panel = window.findChild(BasicsTab).earlier  # type: ignore[union-attr]
        self.panel.set_provider(self.preparations)
        window.preparation_shown.connect(self._on_window_preparation_shown)
        window.autosave.saved.connect(self._on_autosave_saved)

    def preparations(self) -> list[Preparation]:
        """Every preparation in the window's workbook (read once, then kept a while)."""
        if self._cache is None:
            self._cache = self._window.workbook.load_all()
        return self._cache

    @Slot()
    def _on_window_preparation_shown(self) -> None:
        self._cache = None  # another preparation, or another workbook: read it again
        self.panel.refresh()
        if self._log is not None and self._log.isVisible():
            self._log.refresh()

    @Slot()
    def _on_autosave_saved(self) -> None:
        self._cache = None  # the panel reads again when it next needs to

    @Slot()
    def _on_action_triggered(self) -> None:
        if not self._window.save_now():
            return
        self._cache = None
        if self._log is None:
            self._log = LearningLog(self.preparations, self._window)
            self._log.open_requested.connect(self._window.preparations.current_changed)
        else:
            self._log.refresh()
        self._log.show()
        self._log.activateWindow()
