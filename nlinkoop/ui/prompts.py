"""Every message box the app shows, in one place (tabs and dialogs never build their own)."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from nlinkoop.store.errors import MESSAGES, WorkbookError


def workbook_error_text(error: WorkbookError) -> str:
    """The store's one-line reason, in the user's language."""
    text = QCoreApplication.translate("WorkbookError", MESSAGES[error.reason])
    return text.format(**error.details)


def cannot_open(parent: QWidget | None, path: Path, error: WorkbookError) -> None:
    """Tell the user why a workbook could not be opened; the file itself was left untouched."""
    title = QCoreApplication.translate("prompts", "Cannot open workbook")
    text = QCoreApplication.translate("prompts", "{name} cannot be opened: {reason}.")
    QMessageBox.warning(
        parent, title, text.format(name=path.name, reason=workbook_error_text(error))
    )
