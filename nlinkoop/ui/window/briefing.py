"""The briefing PDF of the shown preparation: compose it, save it where the user says, open it."""

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from nlinkoop.domain.preparation import Preparation
from nlinkoop.fileio import safe_file_name
from nlinkoop.store.errors import WorkbookError
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui import prompts
from nlinkoop.ui.folders import FileKind, remember_folder, start_folder
from nlinkoop.ui.window.surface import WindowSurface

# The briefing package (reportlab above all) loads when the first briefing is made, not on the
# way to the first window: the preview is hidden until asked for.
if TYPE_CHECKING:
    from nlinkoop.briefing.compose import Briefing
    from nlinkoop.briefing.render import Rendered

log = logging.getLogger(__name__)

PDF_FILTER = "PDF (*.pdf)"
NAME_SUFFIX = " - briefing.pdf"
STATUS_MS = 15000

# reportlab keeps module-level state (fonts, caches): one render at a time, whether it is the
# preview's worker or the menu action on the GUI thread.
_RENDER_LOCK = threading.Lock()


def make_briefing(prep: Preparation, workbook: Workbook) -> "Briefing":
    """The page's content for `prep`, with labels in the UI's language.

    Raises:
        WorkbookError: the workbook's pitch profiles could not be read.
    """
    from nlinkoop.briefing.compose import BriefingInfo, author_profile, compose
    from nlinkoop.briefing.labels import BriefingLabels

    labels = BriefingLabels.translated(QCoreApplication.translate)
    info = BriefingInfo(
        file_name=workbook.path.name,
        generated_at=datetime.now(),
        profile=author_profile(prep, workbook.profiles()),
    )
    return compose(prep, labels, info)


def render_briefing(briefing: "Briefing") -> "Rendered":
    """Draw the page (safe to call from a worker thread)."""
    from nlinkoop.briefing.render import render

    with _RENDER_LOCK:
        return render(briefing)


def write_briefing(briefing: "Briefing", target: Path) -> "Rendered":
    """Draw the page and write it to `target` atomically.

    Raises:
        OSError: the file could not be written.
    """
    from nlinkoop.briefing.render import write

    with _RENDER_LOCK:
        return write(briefing, target)


def default_name(prep: Preparation) -> str:
    """The file name offered for the preparation's briefing: "<title> - briefing.pdf"."""
    untitled = QCoreApplication.translate("BriefingMaker", "Untitled")
    return safe_file_name(prep.title, fallback=untitled) + NAME_SUFFIX


def font_size_text(size: float) -> str:
    """The body font size as the user reads numbers: "7,5" in Dutch."""
    number = f"{size:.1f}".removesuffix(".0")
    point = QCoreApplication.translate("BriefingMaker", ".", "decimal separator")
    return number.replace(".", point)


class SectionCount(QObject):
    """The count of cut sections, in the plural form of the UI's language.

    A QObject of its own because lupdate marks a text as plural only in a `self.tr` call.
    """

    def text(self, count: int) -> str:
        return self.tr("%n section(s) shortened", "", count)


def shortened_text(shortened: tuple[str, ...]) -> str:
    """How many parts were cut ("2 secties ingekort")."""
    return SectionCount().text(len(shortened))


def ask_target(parent: QWidget, folder: Path, name: str) -> Path | None:
    """Ask where to save the briefing; None if the user cancelled."""
    title = QCoreApplication.translate("BriefingMaker", "Save briefing")
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(folder / name), PDF_FILTER)
    if not chosen:
        return None
    if Path(chosen).suffix.lower() != ".pdf":
        chosen += ".pdf"
    return Path(chosen)


def open_file(path: Path) -> bool:
    """Open `path` in the program the system uses for it; False if there is none."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class BriefingMaker(QObject):
    """Makes the briefing of the preparation shown in the window.

    `save_pdf` is the "Briefing (PDF)..." action: save the edits, ask for a file, write the
    page, open it and say in the status bar what happened. `current` gives the preview its
    content.

    Args:
        window: the window's surface (the shown preparation, its workbook, the status line).
        write_back: writes the working copy back to the user's file now (the sharing's).
    """

    def __init__(self, window: WindowSurface, write_back: Callable[[], bool]) -> None:
        super().__init__(window.widget())
        self._window = window
        self._write_back = write_back

    def current(self) -> "Briefing | None":
        """The briefing of the shown preparation as it is now (None when none is shown).

        Raises:
            WorkbookError: the workbook's pitch profiles could not be read.
        """
        prep = self._window.preparation
        return None if prep is None else make_briefing(prep, self._window.workbook)

    def _folder(self) -> Path:
        """Documents, or the folder of the last briefing; never the data folder."""
        return start_folder(self._window.preferences, FileKind.BRIEFING)

    @Slot()
    def save_pdf(self) -> Path | None:
        """Save the shown preparation's briefing where the user chooses, then open it.

        Returns:
            The file written, or None (cancelled, or a message said why not).
        """
        window = self._window
        prep = window.preparation
        if prep is None or not window.save_now():
            return None  # a briefing without the latest edits would mislead
        self._write_back()  # the file goes along with the page (failures say so)
        target = ask_target(window.widget(), self._folder(), default_name(prep))
        if target is None:
            return None
        rendered = self._write(prep, target)
        if rendered is None:
            return None
        remember_folder(window.preferences, FileKind.BRIEFING, target)  # only once it worked
        message = self.tr("Briefing saved in {name}").format(name=target.name)
        if rendered.shortened:
            details = ", ".join(rendered.shortened)
            message += " · " + shortened_text(rendered.shortened) + ": " + details
        if not open_file(target):
            message += " · " + self.tr("no program found to open it")
        window.show_status(message, STATUS_MS)
        return target

    def _write(self, prep: Preparation, target: Path) -> "Rendered | None":
        window = self._window
        title = self.tr("Briefing not saved")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return write_briefing(make_briefing(prep, window.workbook), target)
        except OSError as error:
            message = prompts.os_error_text(error)
        except WorkbookError as error:
            message = prompts.workbook_error_text(error)
        except Exception as error:  # a bug: one line for the user, the details in the log
            log.exception("making the briefing failed")
            name = type(error).__name__
            message = self.tr("an unexpected error ({name})").format(name=name)
        finally:
            QApplication.restoreOverrideCursor()
        prompts.error(window.widget(), title, message)
        return None
