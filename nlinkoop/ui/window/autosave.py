"""Debounced saving of the open workbook: shortly after the last edit, and on demand."""

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)


class Autosave(QObject):
    """Saves shortly after the last edit, and at once on `flush()`.

    Edits call `mark_dirty()`; each call restarts the timer, so a burst of typing saves once.
    The window calls `flush()` on tab switch, preparation switch, export, merge and close.
    A save that raises leaves the edits dirty (they are still in the window) and emits
    `failed`; the next edit or flush tries again.

    Args:
        save: writes the open preparation to the workbook; raises on failure.
        delay_ms: how long typing must pause before a save.
        parent: the Qt parent.

    Signals:
        saved: (datetime) a save succeeded, at this local time.
        failed: (str) a save failed, with the error's message.
    """

    saved = Signal(datetime)
    failed = Signal(str)

    def __init__(
        self, save: Callable[[], None], delay_ms: int = 800, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def dirty(self) -> bool:
        """Whether there are edits that are not saved yet."""
        return self._dirty

    @property
    def pending(self) -> bool:
        """Whether a save is scheduled."""
        return self._timer.isActive()

    @Slot()
    def mark_dirty(self) -> None:
        """Note an edit; save after `delay_ms` without further edits."""
        self._dirty = True
        self._timer.start()  # restarts: we save after the last edit

    @Slot()
    def flush(self) -> bool:
        """Save now if anything is unsaved.

        Returns:
            True when nothing is left unsaved, False when the save failed.
        """
        self._timer.stop()
        if not self._dirty:
            return True
        try:
            self._save()
        except Exception as error:  # noqa: BLE001 - any failure keeps the edits and is shown
            log.warning("saving failed", exc_info=True)  # a bug shows its traceback here
            self.failed.emit(str(error) or type(error).__name__)
            return False
        self._dirty = False
        self.saved.emit(datetime.now().astimezone())
        return True

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.flush()
