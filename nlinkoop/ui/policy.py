"""The workbook's procurement policy for the window: read it, and save it as any edit is saved."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from nlinkoop.domain.policy import ProcurementPolicy
from nlinkoop.store.errors import WorkbookError
from nlinkoop.ui import prompts

if TYPE_CHECKING:
    from nlinkoop.ui.main_window import MainWindow


class PolicyStore(QObject):
    """The procurement policy of the open workbook, as the legal gate sees it.

    Args:
        load: the policy (the open workbook's `policy`: an empty one if none is stored).
        save: stores it (the open workbook's `save_policy`).
        saved: called after a save, to write the working copy back to the user's file.
        parent: the Qt parent.

    Signals:
        changed: the policy was saved here (what the gate weighs may have changed).
    """

    changed = Signal()

    def __init__(
        self,
        load: Callable[[], ProcurementPolicy],
        save: Callable[[ProcurementPolicy], None],
        saved: Callable[[], None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._load, self._save, self._saved = load, save, saved

    def policy(self) -> ProcurementPolicy:
        """The policy; an empty one when the workbook has none or cannot be read right now."""
        try:
            return self._load()
        except WorkbookError:
            return ProcurementPolicy()

    def save(self, policy: ProcurementPolicy, parent: QWidget | None = None) -> bool:
        """Store `policy`; False after telling the user why it could not be saved.

        Like an edit of a preparation, the change reaches the user's file shortly after (the
        write-back after a pause), and at the latest when the workbook is closed.
        """
        try:
            self._save(policy)
        except WorkbookError as error:
            title = self.tr("Procurement policy not saved")
            prompts.error(parent, title, prompts.workbook_error_text(error))
            return False
        self._saved()
        self.changed.emit()
        return True


def attach_policy(window: "MainWindow") -> PolicyStore:
    """The procurement policy of whichever workbook the window has open, saved as edits are."""
    return PolicyStore(
        lambda: window.workbook.policy(),
        lambda policy: window.workbook.save_policy(policy),
        window.sharing.schedule_write_back,
        window,
    )
