"""Wires *Aan tafel* to a window: the meeting screen, Afronden, and the report to the supplier.

The meeting screen (`widgets/meeting_view.py`) changes the shown preparation; this helper saves
each change at once, as the window saves a page's edits, so a logged line is in the working
copy before the next one is typed. The background write-back then takes it to the user's file;
the screen's line keeps taking keys meanwhile.
"""

import copy
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from nlinkoop.domain.at_table import DraftLabels, draft_reflection
from nlinkoop.domain.policy import ProcurementPolicy
from nlinkoop.fileio import safe_file_name
from nlinkoop.ui import prompts
from nlinkoop.ui.folders import FileKind, remember_folder, start_folder
from nlinkoop.ui.tabs import ReflectionTab
from nlinkoop.ui.widgets.meeting_view import MeetingView
from nlinkoop.ui.window.briefing import write_briefing
from nlinkoop.ui.window.surface import WindowSurface

log = logging.getLogger(__name__)
STATUS_MS = 10_000


def draft_labels() -> DraftLabels:
    """The words Afronden writes into the reflection, in the UI's language."""
    return DraftLabels(
        give=QCoreApplication.translate("AtTable", "We give"),
        get=QCoreApplication.translate("AtTable", "We get"),
        agreements=QCoreApplication.translate("AtTable", "Agreements"),
        actions=QCoreApplication.translate("AtTable", "Actions"),
        open_points=QCoreApplication.translate("AtTable", "Open points"),
        signals=QCoreApplication.translate("AtTable", "Signals from the meeting"),
    )


class AtTable(QObject):
    """The "At the table" action and the meeting screen it opens.

    Args:
        window: the window's surface (the shown preparation, saving, the status line).
        policy: the workbook's own procurement policy, for the legal gate.
        save_as: "Save as..." (the sharing's), offered when the workbook is read-only.
    """

    def __init__(
        self,
        window: WindowSurface,
        policy: Callable[[], ProcurementPolicy | None],
        save_as: Callable[[], object],
    ) -> None:
        super().__init__(window.widget())
        self._window = window
        self.view = MeetingView(self._on_view_edited, policy, parent=window.widget())
        self.view.finish_requested.connect(self.finish)
        self.view.report_requested.connect(self.report)
        self._save_as = save_as
        self.view.read_only_banner.save_as_requested.connect(self._on_banner_save_as_requested)
        self.action = QAction(self.tr("&At the table"), window.widget())
        self.action.setObjectName("at_table")
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.action.setToolTip(self.tr("The meeting screen: the plan at a glance, and the log"))
        self.action.triggered.connect(self.open)
        window.preparation_shown.connect(self._on_window_preparation_changed)
        window.preparation_updated.connect(self._on_window_preparation_changed)
        window.saved.connect(self._show_read_only)

    @Slot()
    def open(self) -> None:
        """Open the meeting screen on the shown preparation, full screen (F11 leaves it)."""
        window = self._window
        if window.preparation is None:
            window.show_status(self.tr("Choose a preparation first."), STATUS_MS)
            return
        if not window.save_now():
            return
        self.view.show_for(window.preparation)
        self._show_read_only()
        if self.view.isVisible():
            self.view.raise_()  # it is open behind the window: bring it to the front
        else:
            self.view.showFullScreen()
        self.view.activateWindow()
        self.view.line.setFocus()

    def _on_view_edited(self, at_once: bool) -> None:
        self._window.edited()
        if at_once:
            self._window.save_now()  # a logged line is stored at once, not after the pause

    @Slot()
    def _on_window_preparation_changed(self) -> None:
        if self.view.isVisible():
            self.view.show_for(self._window.preparation)
            self._show_read_only()

    @Slot()
    def _on_banner_save_as_requested(self) -> None:
        self._save_as()
        self._show_read_only()  # saved as a file of one's own: the banner goes
        self.view.line.setFocus()

    @Slot()
    def _show_read_only(self) -> None:
        """Say on the meeting screen too when the lines stay in the copy (a read-only file)."""
        self.view.read_only_banner.show_reason(self._window.document.read_only)

    @Slot()
    def finish(self) -> None:
        """Afronden: draft the reflection from the round's log, and show it."""
        window = self._window
        prep, meeting = window.preparation, self.view.meeting()
        if prep is None or meeting is None:
            return
        draft = copy.deepcopy(prep)
        drafted = draft_reflection(draft, meeting, draft_labels())
        window.take_in_place(draft)
        self._on_view_edited(at_once=True)
        self.view.showNormal()
        self.view.hide()
        window.show_page(ReflectionTab)
        window.widget().activateWindow()
        if drafted.anything:
            message = self.tr(
                "The reflection is drafted from meeting {n}: check it and add the lesson."
            ).format(n=meeting.number)
        else:
            message = self.tr("The reflection was filled in already; nothing was overwritten.")
        window.show_status(message, STATUS_MS)

    @Slot()
    def report(self) -> Path | None:
        """The report to the supplier: the text on the clipboard, the page as a PDF."""
        window = self._window
        prep, meeting = window.preparation, self.view.meeting()
        if prep is None or meeting is None or not window.save_now():
            return None
        from nlinkoop.briefing.labels import BriefingLabels
        from nlinkoop.briefing.report import ReportLabels, compose_report, report_text

        translate = QCoreApplication.translate
        labels = ReportLabels.translated(translate)
        page = BriefingLabels.translated(translate)
        QGuiApplication.clipboard().setText(report_text(prep, meeting, prep.log, labels, page))
        name = safe_file_name(
            f"{prep.title} - {labels.document} {meeting.number}".strip(),
            fallback=labels.document,
        )
        folder = start_folder(window.preferences, FileKind.BRIEFING)
        chosen, _ = QFileDialog.getSaveFileName(
            self.view,
            self.tr("Save meeting report"),
            str(folder / f"{name}.pdf"),
            "PDF (*.pdf)",
        )
        if not chosen:
            window.show_status(self.tr("The report's text is on the clipboard."), STATUS_MS)
            return None
        target = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_briefing(compose_report(prep, meeting, prep.log, labels, page), target)
        except OSError as error:
            prompts.error(self.view, self.tr("Report not saved"), prompts.os_error_text(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        remember_folder(window.preferences, FileKind.BRIEFING, target)
        window.show_status(
            self.tr("Report saved in {name}; its text is on the clipboard.").format(
                name=target.name
            ),
            STATUS_MS,
        )
        return target
