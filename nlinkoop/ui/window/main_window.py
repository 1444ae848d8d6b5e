"""The workbook window: the preparations on the left, the selected one in steps on the right.

It starts in two moves (docs/architecture.md, "The start"). The constructor builds what the
first paint shows: the list of preparations (from a glance at the kept working copy, when there
is one), the menu bar's titles and the toolbar, as stand-ins. `attach(document)` follows after
that first paint: it builds the rest (the steps, autosave, sharing, the menus, the briefing)
and shows the first preparation. So this module imports only what the first paint needs; the
window's helpers, which need the store, are imported in `attach`.
"""

import contextlib
import logging
from collections.abc import Collection
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, SignalInstance, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
)

from nlinkoop.domain.duplicate import duplicate
from nlinkoop.domain.in_place import update_in_place
from nlinkoop.domain.preparation import Preparation, PreparationSummary
from nlinkoop.store.errors import UnknownPreparation, WorkbookError
from nlinkoop.ui import prompts
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.window.autosave import Autosave
from nlinkoop.ui.window.preparations_pane import PreparationsPane, summary_of
from nlinkoop.ui.window.recovery import Recovery
from nlinkoop.ui.window.step_view import StepView
from nlinkoop.vocabulary import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from nlinkoop.store.document import Document
    from nlinkoop.store.glance import Glance
    from nlinkoop.store.workbook import Workbook
    from nlinkoop.ui.tabs import PreparationTab

log = logging.getLogger(__name__)
Page = TypeVar("Page", bound="PreparationTab")

RECOVERY_DELAY_MS = 300  # crash recovery keeps edits younger than the autosave's delay


class SaveFailed(Exception):  # noqa: N818 - reads as what happened
    """Saving failed for a known reason, already in the user's language."""


class MainWindow(QMainWindow):
    """One open workbook: a thin shell that wires the pane, the steps, autosave and menus.

    Made with a document, it is whole at once (tests, switching files). Made without one, it
    is what the first paint shows, until `attach` gives it its document.

    Signals:
        preparation_shown: the steps show another preparation, or none.
        preparation_updated: the shown preparation took in changes made elsewhere (a
            colleague's, a merge's, Afronden's).
        attached: the document is attached; the window takes edits from now on.
    """

    preparation_shown = Signal()
    preparation_updated = Signal()
    attached = Signal()

    def __init__(
        self,
        document: "Document | None" = None,
        preferences: Preferences | None = None,
        *,
        path: Path | None = None,
        glance: "Glance | None" = None,
    ) -> None:
        """Build the window; with `document` whole, else as the first paint shows it.

        Args:
            document: the open workbook; None to `attach` it after the first paint.
            preferences: the user's settings.
            path: the workbook's file, for the title while it opens (without `document`).
            glance: its list as the kept working copy holds it, shown while it opens.
        """
        super().__init__()
        self.preferences = preferences if preferences is not None else Preferences()
        # Set by `attach`; the helpers (and the WindowSurface) only ever see them set.
        self.document: Document = None  # type: ignore[assignment]
        self.workbook: Workbook = None  # type: ignore[assignment]
        self._attached = False
        self._prep: Preparation | None = None
        self._failure_shown = False  # the "not saved" dialog was shown since the last save
        self._closing = False
        self._left = False  # closed: written back (or kept for recovery) and let go
        self._failure_reason = ""
        self._wanted = ""  # a preparation clicked in the list before the document was attached
        self.setAcceptDrops(True)
        self.resize(1280, 820)

        self.undo_stack = QUndoStack(self)
        self.preparations = PreparationsPane(self._search, self)
        self.tabs = StepView(self)  # the steps beside the page of the current one
        self.tabs.setObjectName("tabs")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.preparations)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)  # a narrower window takes a quarter from the list
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([320, 960])
        self.setCentralWidget(self.splitter)
        self.saved_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.saved_label)
        if not self.preferences.geometry.isEmpty():
            self.restoreGeometry(self.preferences.geometry)
        if not self.preferences.splitter.isEmpty():
            self.splitter.restoreState(self.preferences.splitter)
        if document is not None:
            self.attach(document)
            return
        self._stand_ins = _stand_in_chrome(self)
        self.tabs.setEnabled(False)
        self.tabs.step_list.hide()  # no steps to list yet
        self.preparations.set_ready(False)  # New, Delete, ... once the workbook is open
        if path is not None:
            self.setWindowTitle(self.tr("{name} - nlinkoop").format(name=Path(path).name))
        self.preparations.current_changed.connect(self._on_first_list_current_changed)
        if glance is not None:  # none selected yet: at 5,000 that would lay out the whole list
            self.preparations.set_preparations(glance.summaries, glance.deleted)
        self.statusBar().showMessage(self.tr("Opening the workbook..."))

    @Slot(str)
    def _on_first_list_current_changed(self, prep_id: str) -> None:
        self._wanted = prep_id  # shown once the document is attached

    def attach(self, document: "Document") -> None:
        """Give the window its document: build the rest, then show the workbook.

        The window's helpers need the store (and with it SQLAlchemy), so they are imported
        here, after the first paint, not with this module.
        """
        from nlinkoop.ui.tabs import BasicsTab, PitchTab
        from nlinkoop.ui.window.at_table import AtTable
        from nlinkoop.ui.window.briefing import BriefingMaker
        from nlinkoop.ui.window.briefing_preview import BriefingDock
        from nlinkoop.ui.window.file_dialogs import FileDialogs
        from nlinkoop.ui.window.learning import Learning
        from nlinkoop.ui.window.menus import WindowMenus
        from nlinkoop.ui.window.pages import StepPages
        from nlinkoop.ui.window.policy import attach_policy
        from nlinkoop.ui.window.profiles import attach_profiles
        from nlinkoop.ui.window.sharing import Sharing
        from nlinkoop.ui.window.teamserver import TeamSync

        stand_ins = getattr(self, "_stand_ins", None)
        if stand_ins is not None:  # the first paint's menu titles and toolbar make way
            self.menuBar().clear()
            self.removeToolBar(stand_ins)
            stand_ins.deleteLater()
            self.statusBar().clearMessage()
            self.preparations.current_changed.disconnect(self._on_first_list_current_changed)
            self.tabs.step_list.show()
            self.preparations.set_ready(True)
        self.document = document  # the user's file; edits go to its private working copy
        self.workbook = document.workbook
        self.steps = StepPages(self.tabs, self.undo_stack, lambda: self._prep, self)
        self.steps.changed.connect(self._on_page_changed)

        self.autosave = Autosave(self._save_current, parent=self)
        self.autosave.saved.connect(self._on_autosave_saved)
        self.autosave.failed.connect(self._on_autosave_failed)
        self._recovery_timer = QTimer(self)
        self._recovery_timer.setSingleShot(True)
        self._recovery_timer.setInterval(RECOVERY_DELAY_MS)
        self._recovery_timer.timeout.connect(self._write_recovery)
        # The helpers see the window as a WindowSurface (ui/window/surface.py); what one needs
        # of another it is given here.
        self.files = FileDialogs(self.preferences, self)
        self.sharing = Sharing(self, self.autosave, self.files, self.tabs)  # write-back, locks
        focused = QApplication.focusWidget()  # a search typed while it opened goes on
        self.takeCentralWidget()  # kept: the splitter goes under the read-only banner
        self.setCentralWidget(self.sharing.framed(self.splitter))
        if focused is not None and self.splitter.isAncestorOf(focused):
            focused.setFocus()
        self.briefing = BriefingMaker(self, self.sharing.write_back)
        self.briefing_dock = BriefingDock(self.briefing.current, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.briefing_dock)
        self.briefing_dock.setVisible(self.preferences.briefing_preview)
        self.preparation_shown.connect(self.briefing_dock.preview.refresh)

        basics = self.page(BasicsTab)  # shown first; the other steps are built when first shown
        refresh_preview = self.briefing_dock.preview.refresh
        write_back_soon = self.sharing.schedule_write_back
        pitch_page = partial(self.page, PitchTab)
        self.profiles = attach_profiles(self, pitch_page, write_back_soon, refresh_preview)
        self.steps.use_profiles(self.profiles)  # the pitch step shows and counts them
        self.policy = attach_policy(self, basics.verdict, write_back_soon)  # the own limits
        self.learning = Learning(self, basics.earlier, self.preparations.current_changed)
        self.at_table = AtTable(self, self.policy.policy, self.sharing.save_as)  # the meeting
        self.teamsync = TeamSync(self, write_back_soon, self.sharing.resolve)
        self.sharing.written_back.connect(self.teamsync.sync_soon)
        self.learning.colleagues = self.teamsync.is_colleagues  # lessons name their colleague
        self.menus = WindowMenus(
            self,
            self.files,
            briefing=self.briefing,
            sharing=self.sharing,
            profiles=self.profiles,
            policy=self.policy,
            learning=self.learning,
            at_table=self.at_table.action,
            teamserver=self.teamsync.actions,
            undo_stack=self.undo_stack,
            preview_action=self.briefing_dock.toggleViewAction(),
            new_preparation=self.new_preparation,
            switch_workbook=self.switch_workbook,
        )
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.preparations.current_changed.connect(self._on_preparations_current_changed)
        self.preparations.new_requested.connect(self.new_preparation)
        self.preparations.duplicate_requested.connect(self._on_preparations_duplicate_requested)
        self.preparations.delete_requested.connect(self._on_preparations_delete_requested)
        self.preparations.restore_requested.connect(self._on_preparations_restore_requested)
        self._show_workbook()
        self._attached = True
        self.attached.emit()

    @property
    def is_attached(self) -> bool:
        """Whether the window has its document and every part (it takes edits)."""
        return self._attached

    def pages(self) -> "list[PreparationTab]":
        """The steps' pages built so far, in step order."""
        return self.steps.built()

    def page(self, tab_class: type[Page]) -> Page:
        """The page of the step of `tab_class`, built now if it was not yet."""
        return self.steps.page(tab_class)

    # --- the workbook ---------------------------------------------------------------------

    def _show_workbook(self) -> None:
        self.document_renamed()
        summaries = self._refresh_list()
        wanted, self._wanted = self._wanted, ""  # clicked while it opened: this once only
        wanted = wanted if wanted in {s.id for s in summaries} else ""
        self._show_preparation(wanted or (summaries[0].id if summaries else ""))
        self._offer_recovery()

    def document_renamed(self) -> None:
        """Name the open document's file in the title, the recent files and crash recovery."""
        path = self.document.path
        self.setWindowTitle(self.tr("{name} - nlinkoop").format(name=path.name))
        self.preferences.add_recent(path)
        self._recovery = Recovery(path)
        self.sharing.attach()
        self.teamsync.attach()

    def switch_workbook(self, path: Path, document: "Document | None" = None) -> bool:
        """Show the workbook at `path` (or the `document` just made there); False if not.

        The open workbook is written back first; opening asks about someone else's lock.
        """
        if document is None and Path(path).resolve() == self.document.path.resolve():
            return True  # it is open here already
        if not self.save_now() or not self.sharing.settle():
            if document is not None:
                document.close()
            return False
        document = document if document is not None else self.sharing.open(Path(path))
        if document is None:
            return False
        self.sharing.detach()
        self.document, self.workbook = document, document.workbook
        self._show_workbook()
        return True

    def reload(self, changed: Collection[str] | None = None) -> None:
        """Show the workbook again after the file changed elsewhere (a colleague, a merge).

        The preparation on screen stays, unless it is gone. If it changed, its stored version is
        taken in place: an open cell editor, the focus and the scroll position stay where the
        user has them, and only the undo history starts again.

        Args:
            changed: the ids of the preparations that changed; None when any may have.
        """
        summaries = self._refresh_list()
        prep = self._prep
        if prep is None or prep.id not in {s.id for s in summaries}:
            self._show_preparation(summaries[0].id if summaries else "")
        elif changed is None or prep.id in changed:
            self._take_stored(prep)
        else:
            for page in self.pages():  # the pitches and the lessons of others may have changed
                page.reshow()
            self.steps.count_unbuilt()

    def _take_stored(self, prep: Preparation) -> None:
        """Show the stored version of `prep` (merged with a colleague's) in the same objects."""
        try:
            stored = self.workbook.load(prep.id)
        except (WorkbookError, UnknownPreparation):
            self._show_preparation(prep.id)  # says why, as for any preparation it cannot show
            return
        self.take_in_place(stored)

    def take_in_place(self, changed: Preparation) -> None:
        """Show `changed`, a changed copy of the shown preparation, in the same objects.

        An open cell editor, the focus and the scroll position stay; the undo history starts
        again, as its commands hold values from before.
        """
        if self._prep is None or changed.id != self._prep.id:
            return
        for page in self.pages():
            page.take_stored(changed)
        update_in_place(self._prep, changed)
        self.undo_stack.clear()
        for page in self.pages():
            page.reshow()
        self.steps.count_unbuilt()
        self.briefing_dock.preview.refresh()
        self.preparation_updated.emit()

    def edited(self) -> None:
        """The shown preparation was changed outside the steps' pages: save it as their edits."""
        self._on_page_changed()

    def show_page(self, tab_class: type["PreparationTab"]) -> None:
        """Show the step of `tab_class` (built now if it was not yet)."""
        self.tabs.setCurrentWidget(self.page(tab_class))

    def _refresh_list(self) -> list[PreparationSummary]:
        summaries = self.workbook.list_preparations()
        self.preparations.set_preparations(summaries, self.workbook.deleted_preparations())
        return summaries

    def _search(self, query: str) -> set[str]:
        if not self.is_attached:  # typed while it opens: searched once the workbook is open
            return set(self.preparations.model.all_ids())
        return self.workbook.search(query)

    # --- the selected preparation ---------------------------------------------------------

    @property
    def preparation(self) -> Preparation | None:
        """The preparation shown in the tabs (None in an empty workbook)."""
        return self._prep

    # --- the surface its helpers use (ui/window/surface.py) -------------------------------

    @property
    def saved(self) -> SignalInstance:
        """(datetime) The shown preparation was saved in the working copy."""
        return self.autosave.saved

    def widget(self) -> QMainWindow:
        """The window itself, as the parent of the helpers' dialogs and objects."""
        return self

    def show_status(self, text: str, ms: int = 0) -> None:
        """Say `text` in the status line for `ms` milliseconds (0: until the next message)."""
        self.statusBar().showMessage(text, ms)

    def show_save_state(self, text: str) -> None:
        """Say where the edits are now, in the label at the right of the status line."""
        self.saved_label.setText(text)

    def _show_preparation(self, prep_id: str) -> None:
        try:
            self._prep = self.workbook.load(prep_id) if prep_id else None
        except (WorkbookError, UnknownPreparation) as error:
            self._prep = None
            reason = (
                prompts.workbook_error_text(error)
                if isinstance(error, WorkbookError)
                else self.tr("This preparation is no longer in the workbook.")
            )
            prompts.error(self, self.tr("Cannot show this preparation"), reason)
        if self._prep is not None:
            when = self._prep.updated_at.astimezone().strftime("%d-%m-%Y %H:%M")
            self.saved_label.setText(self.tr("Last saved {time}").format(time=when))
        self.undo_stack.clear()  # undo is per preparation: commands keep the object they changed
        shown = self._prep if self._prep is not None else Preparation()
        for page in self.pages():
            page.load(shown)
            page.scroll_to_top()  # another preparation starts at its top, not where this one was
        self.tabs.setEnabled(self._prep is not None)
        self.steps.count_unbuilt()
        if prep_id:
            self.preparations.select(prep_id)
        self.preparation_shown.emit()

    @Slot(str)
    def _on_preparations_current_changed(self, prep_id: str) -> None:
        if self._prep is not None and prep_id == self._prep.id:
            return
        if not self.save_now():
            self.preparations.select(self._prep.id if self._prep else "")
            return
        self._show_preparation(prep_id)

    @Slot()
    def new_preparation(self) -> None:
        """Add an empty preparation and show it, ready to type its title."""
        if not self.save_now():
            return
        prep = Preparation(title=self.tr("New preparation"))
        prep.profile_id = self.profiles.own_profile_id()  # the author's own pitch
        prep.organisation = self.preferences.organisation  # "Our organisation", as given
        self._save_new(prep)
        self.tabs.setCurrentIndex(0)
        title = self.findChild(QLineEdit, "title")
        if title is not None:
            title.setFocus()
            title.selectAll()

    @Slot(str)
    def _on_preparations_duplicate_requested(self, prep_id: str) -> None:
        if not self.save_now():
            return
        suffix = QCoreApplication.translate("MainWindow", "(copy)")
        try:
            original = self.workbook.load(prep_id)
        except (WorkbookError, UnknownPreparation) as error:
            self._show_error(self.tr("Not duplicated"), error)
            return
        self._save_new(duplicate(original, title_suffix=suffix))

    def _show_error(self, title: str, error: Exception) -> None:
        if isinstance(error, WorkbookError):
            prompts.error(self, title, prompts.workbook_error_text(error))
        else:  # UnknownPreparation: gone since the list was shown (another program?)
            prompts.error(self, title, self.tr("This preparation is no longer in the workbook."))
            self.reload()

    def _save_new(self, prep: Preparation) -> None:
        try:
            self.workbook.save(prep)
        except WorkbookError as error:
            self._show_error(self.tr("Not saved"), error)
            return
        self._refresh_list()
        self._show_preparation(prep.id)

    @Slot(str)
    def _on_preparations_delete_requested(self, prep_id: str) -> None:
        if not self.save_now():
            return
        try:
            self.workbook.delete(prep_id)
        except (WorkbookError, UnknownPreparation) as error:
            self._show_error(self.tr("Not deleted"), error)
            return
        summaries = self._refresh_list()
        self._show_preparation(summaries[0].id if summaries else "")
        self.statusBar().showMessage(self.tr("Moved to the bin; restore it from there."), 8000)

    @Slot(str)
    def _on_preparations_restore_requested(self, prep_id: str) -> None:
        if not self.save_now():
            return
        try:
            self.workbook.restore(prep_id)
        except (WorkbookError, UnknownPreparation) as error:
            self._show_error(self.tr("Not restored"), error)
            return
        self._refresh_list()
        self._show_preparation(prep_id)

    # --- editing and saving ---------------------------------------------------------------

    def save_now(self) -> bool:
        """Save what is typed before an action the user asked for; False if it failed.

        A table cell still being edited hands its value over first, and stays open. When saving
        keeps failing, each refused action says why (the "not saved" dialog itself comes once
        per run).
        """
        from nlinkoop.ui.widgets.cell_table import commit_open_editor  # not for the first paint

        commit_open_editor(self.focusWidget())
        explained = self._failure_shown
        if self.autosave.flush():
            return True
        if explained:
            prompts.error(self, self.tr("Not saved"), self._failure_reason)
        return False

    @Slot()
    def _on_page_changed(self) -> None:
        self.autosave.mark_dirty()
        self._recovery_timer.start()
        if self._prep is not None:
            self.preparations.update_summary(summary_of(self._prep))
            self.steps.count_unbuilt(read_profiles=False)  # what applies may change with it

    @Slot(int)
    def _on_tabs_current_changed(self, _index: int) -> None:
        self.autosave.flush()

    def _save_current(self) -> None:
        if self._prep is None:
            return
        try:
            self.workbook.save(self._prep)
        except WorkbookError as error:
            raise SaveFailed(prompts.workbook_error_text(error)) from error
        except Exception as error:  # a bug: the edits stay, the user gets a plain message
            log.exception("saving the preparation failed")
            name = type(error).__name__
            raise SaveFailed(self.tr("an unexpected error ({name})").format(name=name)) from error
        self._recovery_timer.stop()
        self._recovery.clear()
        self.preparations.update_summary(summary_of(self._prep))

    @Slot()
    def _write_recovery(self) -> None:
        if self._prep is not None and self.autosave.dirty:
            # If even this fails, the edits are still in the window; saving reports the disk.
            with contextlib.suppress(OSError):
                self._recovery.write(self._prep)

    @Slot(datetime)
    def _on_autosave_saved(self, when: datetime) -> None:
        self._failure_shown = False
        self.saved_label.setText(self.tr("Saved at {time}").format(time=when.strftime("%H:%M:%S")))
        self.briefing_dock.preview.refresh()

    @Slot(str)
    def _on_autosave_failed(self, reason: str) -> None:
        self._write_recovery()
        self._failure_reason = reason
        self.saved_label.setText(self.tr("Not saved: {reason}").format(reason=reason))
        if self._failure_shown or self._closing:
            return  # one dialog per run of failures; closing asks its own question
        self._failure_shown = True
        if prompts.save_failed(self, reason) is prompts.SaveFailedChoice.SAVE_AS:
            self.sharing.save_as()

    def _offer_recovery(self) -> None:
        pending = self._recovery.pending()
        if pending is None:
            return
        prep, written = pending
        try:
            stored = self.workbook.load(prep.id)
        except UnknownPreparation:
            stored = None  # never saved, or deleted since: restoring brings it back
        if stored is not None and stored.updated_at > prep.updated_at:
            self._recovery.clear()  # saved again since (by a later session): nothing to offer
            return
        if prompts.offer_recovery(self, prep.title, written):
            try:
                self.workbook.save(prep)
            except WorkbookError as error:
                prompts.error(self, self.tr("Not restored"), prompts.workbook_error_text(error))
                return
            self._refresh_list()
            self._show_preparation(prep.id)
        self._recovery.clear()

    # --- Qt events ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from nlinkoop.ui.window.menus import dropped_workbook

        if self.is_attached and dropped_workbook(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from nlinkoop.ui.window.menus import dropped_workbook

        path = dropped_workbook(event) if self.is_attached else None
        if path is not None:
            event.acceptProposedAction()
            self.switch_workbook(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._left or self._leave(ask=True):
            super().closeEvent(event)
        else:
            event.ignore()

    # --- the end of the desktop session (ui/window/shutdown.py) ----------------------------------

    def end_session(self) -> None:
        """Close without asking anything: the session ends (log-off, shutdown, SIGTERM).

        What is typed is saved and written back; a conflict with an outside change keeps
        theirs in the file and mine in a conflict copy beside it, as a write-back nobody
        answers does. What cannot be written back stays in the working copy, offered again
        at the next start. The lock is released either way.
        """
        if not self._left:
            self._leave(ask=False)
        self.close()  # nothing left to do in closeEvent

    def commit_session(self) -> None:
        """Write everything back now, asking nothing; the window stays open.

        The session manager asks this before a log-off, which may still be cancelled.
        """
        if self._left or not self.is_attached:
            return
        self._save_typed()
        self.sharing.write_back_unattended()

    def _save_typed(self) -> None:
        """Save what is typed, an open cell editor's text too, without asking anything."""
        from nlinkoop.ui.widgets.cell_table import commit_open_editor  # not for the first paint

        commit_open_editor(self.focusWidget())
        self.autosave.flush()

    def _leave(self, *, ask: bool) -> bool:
        """Save, write back and let the document go, as the window closes; False to stay.

        Args:
            ask: the user is there to answer when something fails; False when the session
                ends: nothing is asked, and what fails stays for the next start.
        """
        if not self.is_attached:  # closed while it opened: nothing typed, nothing to let go
            self._left = True
            return True
        self._closing = True
        if ask and not self.save_now():
            answer = prompts.close_unsaved(self)
            if answer == QMessageBox.StandardButton.Discard:
                self._recovery.clear()  # the user chose to throw these edits away
            elif answer != QMessageBox.StandardButton.Save or not self.sharing.save_as():
                self._closing = False
                return False
        if not ask:  # a failure writes crash recovery and shows nothing (we are closing)
            self._save_typed()
        if not self.sharing.settle(ask=ask):  # written back, or the user chose how to go on
            self._closing = False
            return False
        if not self.autosave.dirty:
            self._recovery.clear()
        self.preferences.geometry = self.saveGeometry()
        self.preferences.splitter = self.splitter.saveState()
        self.preferences.briefing_preview = not self.briefing_dock.isHidden()
        self.preferences.sync()
        self.briefing_dock.preview.stop()
        self.teamsync.close()
        self.sharing.detach()
        self._left = True
        return True


# The real menus' titles and toolbar (menus.py), marked here too so lupdate sees them used.
_STAND_IN_MENUS = (
    QT_TRANSLATE_NOOP("WindowMenus", "&File"),
    QT_TRANSLATE_NOOP("WindowMenus", "&Edit"),
    QT_TRANSLATE_NOOP("WindowMenus", "&View"),
    QT_TRANSLATE_NOOP("WindowMenus", "&Settings"),
    QT_TRANSLATE_NOOP("WindowMenus", "&Help"),
)
_STAND_IN_TOOLS = (  # (context, text): each as its action's own helper translates it
    ("WindowMenus", QT_TRANSLATE_NOOP("WindowMenus", "&Briefing (PDF)...")),
    ("WindowMenus", QT_TRANSLATE_NOOP("WindowMenus", "Briefing &preview")),
    ("AtTable", QT_TRANSLATE_NOOP("AtTable", "&At the table")),
)


def _stand_in_chrome(window: QMainWindow) -> QToolBar:
    """The menu bar's titles and the toolbar as the first paint shows them, not yet working.

    They keep their places, so nothing moves when the real ones take over in `attach`.
    """
    for title in _STAND_IN_MENUS:
        window.menuBar().addMenu(QCoreApplication.translate("WindowMenus", title)).setEnabled(False)
    toolbar = window.addToolBar(QCoreApplication.translate("WindowMenus", "Toolbar"))
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for context, text in _STAND_IN_TOOLS:
        action = QAction(QCoreApplication.translate(context, text), toolbar)
        action.setEnabled(False)
        toolbar.addAction(action)
    return toolbar
