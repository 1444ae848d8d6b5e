"""The window's questions for a file: where to save, what to open, each kind in its own folder."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from nlinkoop.ui.folders import FileKind, remember_folder, start_folder
from nlinkoop.ui.settings import Preferences

WORKBOOK_FILTER = "nlinkoop (*.db)"
JSON_FILTER = "JSON (*.json)"
_KINDS = {WORKBOOK_FILTER: FileKind.WORKBOOK, JSON_FILTER: FileKind.JSON}  # each its own folder


class FileDialogs:
    """Asks the user for a file, starting where they last chose one of its kind.

    Args:
        preferences: where the last folder of each kind is remembered.
        parent: the parent of the dialogs (the window).
    """

    def __init__(self, preferences: Preferences, parent: QWidget) -> None:
        self._preferences = preferences
        self._parent = parent

    def _folder(self, file_filter: str) -> Path:
        """Documents, or the folder last used for this kind of file; never the data folder."""
        return start_folder(self._preferences, _KINDS.get(file_filter, FileKind.WORKBOOK))

    def ask_save(
        self, title: str, name: str, file_filter: str, *, new_file: bool = False
    ) -> Path | None:
        suffix = Path(name).suffix
        options = QFileDialog.Option.DontConfirmOverwrite if new_file else QFileDialog.Option(0)
        chosen, _ = QFileDialog.getSaveFileName(
            self._parent, title, str(self._folder(file_filter) / name), file_filter, "", options
        )
        if chosen and suffix and Path(chosen).suffix.lower() != suffix:
            chosen += suffix  # a workbook without ".db" would not be recognised when opened
        return self._remember(chosen, file_filter)

    def ask_open(self, title: str, file_filter: str) -> Path | None:
        folder = str(self._folder(file_filter))
        chosen, _ = QFileDialog.getOpenFileName(self._parent, title, folder, file_filter)
        return self._remember(chosen, file_filter)

    def _remember(self, chosen: str, file_filter: str) -> Path | None:
        if not chosen:
            return None
        kind = _KINDS.get(file_filter, FileKind.WORKBOOK)
        remember_folder(self._preferences, kind, Path(chosen))
        return Path(chosen)
