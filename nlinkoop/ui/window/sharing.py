"""The window's side of sharing: write-back to the user's file, watching it, locks and merging.

The window edits a private working copy (`Document`); this controller writes it back to the
user's file shortly after typing pauses (on a worker thread, `write_back_worker.py`) and at
once before close, switching workbooks, a briefing and a merge. It watches the file for
changes from elsewhere (a colleague, a sync tool), asks what to do when someone else has the
file open, shows the read-only banner, and carries out "Samenvoegen met...", "Versturen naar
collega..." and "Opslaan als...".
"""

import contextlib
import logging
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from nlinkoop.store.document import (
    ChangedOutside,
    Document,
    LockedByOther,
    ReadOnly,
    ReadOnlyDocument,
    WriteBack,
)
from nlinkoop.store.errors import WorkbookError
from nlinkoop.store.merge import Conflict, Side
from nlinkoop.ui import prompts
from nlinkoop.ui.dialogs.lock_dialog import LockChoice, LockDialog
from nlinkoop.ui.dialogs.merge_dialog import MergeDialog, plain_label
from nlinkoop.ui.widgets.read_only_banner import ReadOnlyBanner
from nlinkoop.ui.window.autosave import Autosave
from nlinkoop.ui.window.file_dialogs import WORKBOOK_FILTER, FileDialogs
from nlinkoop.ui.window.sharing_actions import SharingActions
from nlinkoop.ui.window.step_view import StepView
from nlinkoop.ui.window.surface import WindowSurface
from nlinkoop.ui.window.write_back_worker import WriteBackWorker

log = logging.getLogger(__name__)

# The autosave saves 800 ms after the last edit; this much later the file is written back,
# so the user's file follows about 1.5 s after typing pauses.
WRITE_BACK_DELAY_MS = 700
STATUS_MS = 8000


def open_document(parent: QWidget | None, path: Path, user: str | None) -> Document | None:
    """Open `path`, asking what to do when someone else has it open.

    Returns:
        The document, or None when the user cancelled the question about the lock.

    Raises:
        WorkbookError: the store refused the file or could not open it.
    """
    try:
        return Document.open(path, user=user)
    except LockedByOther as locked:
        choice = LockDialog.ask(parent, Path(path), locked.lock)
    if choice is None:
        return None
    if choice is LockChoice.COPY:
        return Document.open_copy(path, user=user)
    if choice is LockChoice.READ_ONLY:
        return Document.open(path, user=user, lock="read_only")
    return Document.open(path, user=user, lock="take_over")


def resolver(parent: QWidget | None):  # type: ignore[no-untyped-def]
    """A `resolve` callback that asks the user in the merge dialog."""

    def resolve(conflicts: Sequence[Conflict]) -> list[Side] | None:
        return MergeDialog.ask(parent, conflicts)

    return resolve


class Sharing(QObject):
    """Keeps the user's file in step with the window's working copy.

    Args:
        window: the window's surface (its document, save_now, reload, the status line).
        autosave: the window's autosave: written back after it saves; flushed before.
        files: asks where to save a copy ("Save as...").
        pages: the steps, whose pages' field labels name a conflict's fields.

    `framed(content)` puts the read-only banner above the window's content.

    Signals:
        written_back: the user's file was replaced with the working copy.
    """

    written_back = Signal()

    def __init__(
        self, window: WindowSurface, autosave: Autosave, files: FileDialogs, pages: StepView
    ) -> None:
        super().__init__(window.widget())
        self._window = window
        self._autosave = autosave
        self._files = files
        self._pages = pages
        self._busy = False  # a write-back or reload is running (a dialog may be open in it)
        self._unattended = False  # nobody can answer now (the session ends): no dialogs
        self._leaving = False  # ... and the window closes: no reload either
        self._detached = False  # the document is closed (the window closes, or switches)
        self._failure = ""  # why the last write-back failed; "" once one succeeds
        self._failure_shown = False
        self._labels: dict[str, str] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(WRITE_BACK_DELAY_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.worker = WriteBackWorker(self)  # the write-back after a pause, off the window
        self.worker.finished.connect(self._on_worker_finished)
        self.actions = SharingActions(window, self, files)  # merge with, send to a colleague
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_watcher_file_changed)

        self.banner = ReadOnlyBanner()
        self.banner.save_as_requested.connect(self.save_as)
        autosave.saved.connect(self._on_autosave_saved)
        window.widget().installEventFilter(self)

    def framed(self, content: QWidget) -> QWidget:
        """`content` with the read-only banner above it: the window's central widget."""
        central = QWidget(self._window.widget())
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(content, 1)
        return central

    @property
    def document(self) -> Document:
        return self._window.document

    @contextlib.contextmanager
    def busy(self) -> Iterator[None]:
        """Hold off write-backs and reloads meanwhile (a dialog's event loop may run in it)."""
        self._take_worker(quiet=True)
        self._busy = True
        try:
            yield
        finally:
            self._busy = False

    @property
    def failure(self) -> str:
        """Why the last write-back failed, in the user's language; "" when it did not."""
        return self._failure

    # --- opening and letting go -----------------------------------------------------------

    def open(self, path: Path) -> Document | None:
        """Open another workbook for the window; None after a message or a cancelled question."""
        try:
            user = self._window.preferences.user_name or None
            return open_document(self._window.widget(), path, user)
        except WorkbookError as error:
            prompts.cannot_open(self._window.widget(), Path(path), error)
            return None

    def attach(self) -> None:
        """Start on the window's (new) document: watch its file, show the banner if read-only."""
        self._failure, self._failure_shown = "", False
        self._detached = False
        files = self.watcher.files()
        if files:
            self.watcher.removePaths(files)
        self.watcher.addPath(str(self.document.path))
        self.banner.show_reason(self.document.read_only)

    def settle(self, *, ask: bool = True) -> bool:
        """Before the document is let go: write back, and ask when that is not possible.

        Args:
            ask: the user is there to answer; False when the session ends: then nothing is
                asked (as `write_back_unattended`), and what cannot be written back stays in
                the working copy for the next start.

        Returns:
            True to go on (written back, or the user chose to close anyway: the working copy
            is kept for recovery then); False to stay.
        """
        while not self._detached:
            document = self.document
            if document.read_only is None:
                with self._unattended_if(not ask, leaving=True):
                    if self._write_back(save_first=False, quiet=True):
                        return True
                reason = self._failure
            elif not document.dirty:
                return True
            else:
                reason = self.tr("the workbook is read-only")
            if not ask:
                return True  # the working copy keeps the edits; the next start offers them
            choice = prompts.write_back_failed(
                self._window.widget(), reason, read_only=document.read_only is not None
            )
            if choice is prompts.WriteBackChoice.CLOSE_ANYWAY:
                return True
            if choice is prompts.WriteBackChoice.CANCEL:
                return False
            if choice is prompts.WriteBackChoice.SAVE_AS:
                self.save_as()  # saved: the loop writes back there; cancelled: ask again
        return True

    def detach(self) -> None:
        """Stop watching and close the document (call `settle()` first); once is enough."""
        self.timer.stop()
        self._take_worker(quiet=True)
        if self._detached:
            return
        self._detached = True
        files = self.watcher.files()
        if files:
            self.watcher.removePaths(files)
        self.document.close()

    # --- writing back ---------------------------------------------------------------------

    @Slot()
    def write_back(self) -> bool:
        """Save what is typed and write the working copy back to the user's file now.

        Returns:
            True when the file holds every edit; False when not (a message said why, the
            edits stay in the working copy and the next edit tries again).
        """
        return self._write_back(save_first=True, quiet=False)

    def write_back_unattended(self) -> bool:
        """Write back now with nobody there to answer (the session may be about to end).

        A conflict with an outside change keeps theirs in the file and mine in a conflict
        copy, as the store does without a resolver; nothing is shown, failures are logged.
        """
        with self._unattended_if(True):
            return self._write_back(save_first=False, quiet=True)

    @contextlib.contextmanager
    def _unattended_if(self, unattended: bool, *, leaving: bool = False) -> Iterator[None]:
        """Meanwhile no dialog: no merge dialog, no message (and no reload when `leaving`)."""
        before = self._unattended, self._leaving
        self._unattended = self._unattended or unattended
        self._leaving = self._leaving or (unattended and leaving)
        try:
            yield
        finally:
            self._unattended, self._leaving = before

    def _write_back(self, *, save_first: bool, quiet: bool) -> bool:
        self.timer.stop()
        self._take_worker(quiet=quiet)
        if self._busy or self._detached:
            return False
        window, document = self._window, self.document
        if save_first and not window.save_now():
            return False
        if document.read_only is not None:
            return not document.dirty
        self._busy = True
        try:
            result = document.write_back(resolve=None if self._unattended else self.resolve)
        except WorkbookError as error:
            self._refused(error, quiet=quiet)
            return False
        finally:
            self._busy = False
        self._written(result)
        return True

    def _write_back_on_worker(self) -> None:
        """After a pause in typing: write back on the worker thread; the window goes on."""
        self.timer.stop()
        if self.worker.running:
            self.timer.start()  # edits made meanwhile: once this one is done
            return
        if self._busy or self._detached:
            return
        document = self.document
        # what is typed is saved (a cell being edited hands over its text as it is typed); the
        # focus and any open editor stay where the user has them
        if not self._autosave.flush() or document.read_only is not None:
            return
        self._busy = True
        self.worker.start(document)

    def _take_worker(self, *, quiet: bool) -> None:
        """Wait for a write-back on the worker thread to end, and take in what it did."""
        if not self.worker.running:
            return
        outcome = self.worker.take()
        self._busy = False
        if isinstance(outcome, ChangedOutside):
            self._write_back(save_first=False, quiet=quiet)  # merged here, where we can ask
        elif isinstance(outcome, WorkbookError):
            self._refused(outcome, quiet=quiet)
        elif isinstance(outcome, BaseException):
            raise outcome  # a bug: report it on the window's thread as any other
        elif outcome is not None:
            self._written(outcome)

    def _refused(self, error: WorkbookError, *, quiet: bool) -> None:
        if isinstance(error, ReadOnlyDocument):
            self.banner.show_reason(self.document.read_only or ReadOnly.FILE)
            self._failed(self.tr("the workbook is read-only"), quiet=True)
        else:
            self._failed(prompts.workbook_error_text(error), quiet=quiet)

    def _written(self, result: WriteBack) -> None:
        window, document = self._window, self.document
        self._failure, self._failure_shown = "", False
        if result.report is not None and result.report.changed and not self._leaving:
            window.reload(result.report.preparations)  # a colleague's changes came in first
        if result.written:
            when = datetime.now().strftime("%H:%M:%S")
            text = self.tr("Saved in {name} at {time}")
            window.show_save_state(text.format(name=document.path.name, time=when))
            self.written_back.emit()
        if result.conflict_copy is not None:
            text = self.tr(
                "Someone else changed the same fields; their version is in the file. "
                "Your version is saved as {path}."
            ).format(path=result.conflict_copy)
            if self._unattended:  # nobody to click a message away: the status bar says it
                log.warning("conflict with an outside change: mine is in %s", result.conflict_copy)
                window.show_status(text)
            else:
                prompts.info(window.widget(), self.tr("Conflict copy"), text)

    def _failed(self, reason: str, *, quiet: bool) -> None:
        self._failure = reason
        text = self.tr("Not saved in the file: {reason}").format(reason=reason)
        self._window.show_save_state(text)
        if self._unattended:
            log.warning("not written back to %s: %s", self.document.path, reason)
            return
        if quiet or self._failure_shown:
            return  # one dialog per run of failures; the label keeps saying it
        self._failure_shown = True
        prompts.error(
            self._window.widget(),
            self.tr("Not saved in the file"),
            self.tr(
                "Your changes could not be saved in {name}: {reason}. They are kept, and "
                "nlinkoop tries again with your next change."
            ).format(name=self.document.path.name, reason=reason),
        )

    def resolve(self, conflicts: Sequence[Conflict]) -> list[Side] | None:
        """The `resolve` callback: the merge dialog decides each conflict (None: cancel)."""
        return MergeDialog.ask(self._window.widget(), conflicts, self.field_label)

    def field_label(self, conflict: Conflict) -> str:
        """The field's label as the tabs show it, else a name made from the column."""
        if self._labels is None:
            self._pages.build_all()  # the labels of every step, shown yet or not
            self._labels = {
                w.objectName().replace(".", "_"): w.accessibleName()
                for w in self._pages.findChildren(QWidget)
                if w.objectName() and w.accessibleName()
            }
        label = self._labels.get(conflict.field) if conflict.table == "preparations" else None
        return label or plain_label(conflict)

    @Slot(datetime)
    def _on_autosave_saved(self, _when: datetime) -> None:
        self.timer.start()  # restarts: written back once typing has paused

    @Slot()
    def schedule_write_back(self) -> None:
        """Write back after the same pause as typing, for a change the autosave did not save.

        The procurement policy is saved in the working copy at once, not by the autosave.
        """
        self.timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._write_back_on_worker()

    @Slot()
    def _on_worker_finished(self) -> None:
        self._take_worker(quiet=False)
        self.check_outside()  # a change the watcher reported while the worker wrote

    # --- changes from elsewhere -----------------------------------------------------------

    @Slot(str)
    def _on_watcher_file_changed(self, path: str) -> None:
        if path not in self.watcher.files() and Path(path).exists():
            self.watcher.addPath(path)  # an atomic replace drops the path from the watch list
        self.check_outside()

    @Slot()
    def check_outside(self) -> None:
        """If the user's file changed elsewhere: reload it, or merge it into unsaved edits."""
        if self._busy or self._detached:  # also while the worker writes: it looks once done
            return
        document = self.document
        try:
            changed = document.path.exists() and document.outside_changed()
        except (OSError, WorkbookError):
            return  # unreadable for a moment (a sync tool at work): the next event tries again
        if not changed:
            return
        window = self._window
        if document.read_only is None and (self._autosave.dirty or document.dirty):
            self.write_back()  # merges their changes into ours, then writes both back
            return
        self._autosave.flush()
        self._busy = True
        try:
            report = document.reload()
        except WorkbookError as error:
            self._failed(prompts.workbook_error_text(error), quiet=False)
            return
        finally:
            self._busy = False
        window.reload(report.preparations)
        names = sorted(
            {
                s.updated_by
                for s in window.workbook.list_preparations()
                if s.id in report.preparations and s.updated_by
            }
        )
        who = ", ".join(names) if names else self.tr("someone else")
        text = self.tr("Updated with changes by {user}").format(user=who)
        window.show_status(text, STATUS_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window.widget() and event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self.check_outside)  # back in the window: changed meanwhile?
        return False

    # --- the file actions -----------------------------------------------------------------

    @Slot()
    def save_as(self) -> bool:
        """Make the working copy a new file the user chooses, and go on working in that one."""
        self._take_worker(quiet=True)
        window, document = self._window, self.document
        target = self._files.ask_save(self.tr("Save as"), document.path.name, WORKBOOK_FILTER)
        if target is None:
            return False
        if target.resolve() == document.path.resolve():
            if document.read_only is None:
                return self.write_back()
            prompts.error(window.widget(), self.tr("Not saved"), self.tr("Choose another file."))
            return False
        window.save_now()  # what could be saved goes along; a failure has said why
        try:
            document.save_as(target)
        except WorkbookError as error:
            prompts.error(window.widget(), self.tr("Not saved"), prompts.workbook_error_text(error))
            return False
        window.document_renamed()
        self.attach()
        if self._autosave.dirty:
            self.write_back()
        text = self.tr("Saved as {name}").format(name=target.name)
        window.show_status(text, STATUS_MS)
        return True
