"""Wires the learning log and "Eerder geleerd" to a window: one cached read of the workbook."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, SignalInstance, Slot
from PySide6.QtGui import QAction

from nlinkoop.domain.lessons import Lesson, counterparty_key
from nlinkoop.ui.dialogs.learning_log import LearningLog
from nlinkoop.ui.widgets.earlier_lessons import EarlierLessonsPanel
from nlinkoop.ui.window.surface import WindowSurface


class Learning(QObject):
    """The lessons side of the window: the "Learning log" action and the Basis tab's panel.

    Args:
        window: the window's surface (its workbook; shown and saved signals).
        panel: the Basis tab's "Eerder geleerd" panel.
        show_preparation: (str) shows the preparation with this id, as a click in the list
            does; the log's double-click goes there.

    `action` opens the log; the menus put it in the View menu.

    The lessons are read in one quick query (`Workbook.lessons()`: all of them for the log, only
    one supplier's for the panel) and kept until the workbook is saved or another workbook is
    opened, so neither typing a supplier's name nor switching preparations reads the file again.
    """

    def __init__(
        self,
        window: WindowSurface,
        panel: EarlierLessonsPanel,
        show_preparation: SignalInstance | Callable[[str], None],
    ) -> None:
        super().__init__(window.widget())
        self._window = window
        self._show_preparation = show_preparation
        self._cache: dict[str | None, list[Lesson]] = {}  # by supplier; None: all of them
        self._read_from: object = None  # the workbook the cache was read from
        self._log: LearningLog | None = None
        # Whether a preparation is a colleague's (set by the window: the teamserver knows).
        self.colleagues: Callable[[str], bool] = lambda _prep_id: False
        self.action = QAction(self.tr("&Learning log..."), window.widget())
        self.action.setObjectName("learning_log")
        self.action.triggered.connect(self._on_action_triggered)
        self.panel = panel
        self.panel.set_provider(self.lessons_with)
        window.preparation_shown.connect(self._on_window_preparation_shown)
        window.saved.connect(self._on_window_saved)

    def lessons(self) -> list[Lesson]:
        """Every lesson in the window's workbook, for the log (read once, kept until a save)."""
        return self._cached(None, None)

    def lessons_with(self, counterparty: str) -> list[Lesson]:
        """The lessons learned with one supplier, for the panel (kept until a save)."""
        return self._cached(counterparty_key(counterparty), counterparty)

    def _cached(self, key: str | None, counterparty: str | None) -> list[Lesson]:
        workbook = self._window.workbook
        if self._read_from is not workbook:
            self._cache, self._read_from = {}, workbook
        if key not in self._cache:
            # A lesson names who it is from only when that is a colleague (the teamserver).
            self._cache[key] = [
                lesson if self.colleagues(lesson.prep_id) else replace(lesson, by="")
                for lesson in workbook.lessons(counterparty)
            ]
        return self._cache[key]

    @Slot()
    def _on_window_preparation_shown(self) -> None:
        self.panel.refresh()
        if self._log is not None and self._log.isVisible():
            self._log.refresh()

    @Slot()
    def _on_window_saved(self) -> None:
        self._cache = {}  # the panel reads again when it next needs to

    @Slot()
    def _on_action_triggered(self) -> None:
        if not self._window.save_now():
            return
        self._cache = {}
        if self._log is None:
            self._log = LearningLog(self.lessons, self._window.widget())
            self._log.open_requested.connect(self._show_preparation)
        else:
            self._log.refresh()
        self._log.show()
        self._log.activateWindow()
