"""Every message box the app shows, in one place (tabs and dialogs never build their own)."""

from datetime import datetime
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from nlinkoop.store.errors import MESSAGES, WorkbookError


def workbook_error_text(error: WorkbookError) -> str:
    """The store's one-line reason, in the user's language."""
    text = QCoreApplication.translate("WorkbookError", MESSAGES[error.reason])
    return text.format(**error.details)


def os_error_text(error: OSError) -> str:
    """A file error in one line: the file's name and the system's reason."""
    name = Path(error.filename).name if error.filename else ""
    text = QCoreApplication.translate("prompts", "{name}: {reason}")
    return text.format(name=name, reason=error.strerror or error)


def cannot_open(parent: QWidget | None, path: Path, error: WorkbookError) -> None:
    """Tell the user why a workbook could not be opened; the file itself was left untouched."""
    text = QCoreApplication.translate("prompts", "{name} cannot be opened: {reason}.")
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("prompts", "Cannot open workbook"),
        text.format(name=path.name, reason=workbook_error_text(error)),
    )


def error(parent: QWidget | None, title: str, message: str) -> None:
    """A plain one-line error."""
    QMessageBox.warning(parent, title, message)


class SaveFailedChoice(Enum):
    SAVE_AS = "save_as"
    KEEP_EDITING = "keep_editing"


def save_failed(parent: QWidget | None, reason: str) -> SaveFailedChoice:
    """Saving failed: the edits stay in the window; offer to save a copy elsewhere."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("prompts", "Not saved"))
    box.setText(
        QCoreApplication.translate("prompts", "Your changes could not be saved: {reason}.").format(
            reason=reason
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "prompts",
            "Nothing is lost: your changes stay in the window. Save a copy somewhere else?",
        )
    )
    save_as = box.addButton(
        QCoreApplication.translate("prompts", "Save as..."), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("prompts", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save_as)
    box.exec()
    return (
        SaveFailedChoice.SAVE_AS
        if box.clickedButton() is save_as
        else SaveFailedChoice.KEEP_EDITING
    )


def close_unsaved(parent: QWidget | None) -> QMessageBox.StandardButton:
    """Closing while edits could not be saved: Save (as...), Discard or Cancel."""
    return QMessageBox.warning(
        parent,
        QCoreApplication.translate("prompts", "Unsaved changes"),
        QCoreApplication.translate(
            "prompts", "Some changes could not be saved. Save a copy somewhere else before closing?"
        ),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )


def offer_recovery(parent: QWidget | None, title: str, written: datetime) -> bool:
    """After a crash: restore the unsaved edits of one preparation?"""
    text = QCoreApplication.translate(
        "prompts", 'nlinkoop was closed with unsaved changes to "{title}" ({when}). Restore them?'
    )
    when = written.astimezone().strftime("%d-%m-%Y %H:%M")
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("prompts", "Restore unsaved changes"),
        text.format(title=title, when=when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_restart(parent: QWidget | None) -> None:
    """The language applies after a restart."""
    QMessageBox.information(
        parent,
        QCoreApplication.translate("prompts", "Language"),
        QCoreApplication.translate(
            "prompts", "The new language applies when you start nlinkoop again."
        ),
    )


def confirm_edit_other_profile(parent: QWidget | None, person: str) -> bool:
    """Someone else's pitch: edit it anyway?"""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("prompts", "Edit someone else's pitch"),
        QCoreApplication.translate(
            "prompts", "This pitch belongs to {person}. Do you really want to change it?"
        ).format(person=person),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def info(parent: QWidget | None, title: str, message: str) -> None:
    """A plain one-line message that something was done (and where)."""
    QMessageBox.information(parent, title, message)


class WriteBackChoice(Enum):
    SAVE_AS = "save_as"
    RETRY = "retry"
    CLOSE_ANYWAY = "close_anyway"
    CANCEL = "cancel"


def write_back_failed(parent: QWidget | None, reason: str, *, read_only: bool) -> WriteBackChoice:
    """Closing, but the changes are not in the file: save as, try again, or close anyway.

    Args:
        parent: the window.
        reason: why writing back failed, in one line.
        read_only: the workbook is read-only (trying again cannot help, so it is not offered).
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("prompts", "Changes not in the file"))
    box.setText(
        QCoreApplication.translate(
            "prompts", "Your latest changes are not in the file: {reason}."
        ).format(reason=reason)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "prompts",
            "If you close anyway, nlinkoop keeps them and offers them again at the next start.",
        )
    )
    save_as = box.addButton(
        QCoreApplication.translate("prompts", "Save as..."), QMessageBox.ButtonRole.AcceptRole
    )
    retry = None
    if not read_only:
        retry = box.addButton(
            QCoreApplication.translate("prompts", "Try again"), QMessageBox.ButtonRole.ActionRole
        )
    anyway = box.addButton(
        QCoreApplication.translate("prompts", "Close anyway"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save_as:
        return WriteBackChoice.SAVE_AS
    if retry is not None and clicked is retry:
        return WriteBackChoice.RETRY
    if clicked is anyway:
        return WriteBackChoice.CLOSE_ANYWAY
    return WriteBackChoice.CANCEL


def offer_working_copy(parent: QWidget | None, name: str, saved_at: datetime) -> bool:
    """After a crash: write the changes left in a working copy back into their file?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("prompts", "Restore unsaved changes"))
    when = saved_at.astimezone().strftime("%d-%m-%Y %H:%M")
    box.setText(
        QCoreApplication.translate(
            "prompts", "Changes to {name} from {time} were not written back. Restore them?"
        ).format(name=name, time=when)
    )
    box.setInformativeText(
        QCoreApplication.translate("prompts", "No removes the working copy with these changes.")
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes
