"""The sharing file actions: "Samenvoegen met..." and "Versturen naar collega..."."""

import contextlib
import os
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Slot

from nlinkoop.fileio import atomic_target, safe_file_name, temp_name
from nlinkoop.store.document import export_preparations
from nlinkoop.store.errors import Reason, UnknownPreparation, WorkbookError, WorkbookRejected
from nlinkoop.store.merge import Conflict, MergeCancelled, Side
from nlinkoop.ui import prompts
from nlinkoop.ui.dialogs.send_dialog import SendDialog
from nlinkoop.ui.window.file_dialogs import WORKBOOK_FILTER, FileDialogs
from nlinkoop.ui.window.surface import WindowSurface


class WriteBacks(Protocol):
    """What the actions use of the window's write-back controller (`sharing.Sharing`)."""

    def busy(self) -> AbstractContextManager[None]:
        """Hold off write-backs and reloads meanwhile."""

    def resolve(self, conflicts: Sequence[Conflict]) -> list[Side] | None:
        """Let the user decide each conflict (None: cancel)."""

    def write_back(self) -> bool:
        """Save what is typed and write the working copy back now; False after a message."""


STATUS_MS = 8000


class SharingActions(QObject):
    """Merge another file into the open workbook, or send some preparations as a new file.

    Args:
        window: the window's surface.
        sharing: its write-back controller (conflicts, write-back).
        files: asks for the file to merge and where to save the one to send.
    """

    def __init__(self, window: WindowSurface, sharing: WriteBacks, files: FileDialogs) -> None:
        super().__init__(window.widget())
        self._window = window
        self._sharing = sharing
        self._files = files

    @Slot()
    def merge_with(self) -> None:
        """Merge another workbook file into this one ("Samenvoegen met...")."""
        window, document = self._window, self._window.document
        parent = window.widget()
        title = self.tr("Merge with")
        if document.read_only is not None:
            text = self.tr("This workbook is read-only. Save it as a new file first.")
            prompts.error(parent, title, text)
            return
        source = self._files.ask_open(title, WORKBOOK_FILTER)
        if source is None or not window.save_now():
            return
        if source.resolve() == document.path.resolve():
            prompts.error(parent, title, self.tr("This is the open workbook; choose another."))
            return
        try:
            with self._sharing.busy():
                report = document.merge_from(source, resolve=self._sharing.resolve)
        except MergeCancelled:
            text = self.tr("Merge cancelled; nothing was changed.")
            window.show_status(text, STATUS_MS)
            return
        except WorkbookError as error:
            prompts.cannot_open(parent, source, error)
            return
        window.reload(report.preparations)
        self._sharing.write_back()
        updated = self.tr("%n preparation(s) updated", "", len(report.preparations))
        if report.policy:
            updated += ", " + self.tr("procurement policy updated")
        conflicts = self.tr("%n conflict(s)", "", len(report.conflicts))
        window.show_status(f"{updated}, {conflicts}", STATUS_MS)

    @Slot()
    def send_to_colleague(self) -> None:
        """Save chosen preparations as a new workbook to attach to an e-mail."""
        window, document = self._window, self._window.document
        parent = window.widget()
        title = self.tr("Send to a colleague")
        summaries = window.workbook.list_preparations()
        if not summaries:
            prompts.error(parent, title, self.tr("There are no preparations to send."))
            return
        if not self._sharing.write_back():
            if document.read_only is not None:
                text = self.tr("Your changes are not in this read-only file. Save as first.")
                prompts.error(parent, title, text)
            return
        current = window.preparation.id if window.preparation is not None else ""
        ids = SendDialog.ask(parent, summaries, current)
        if not ids:
            return
        chosen = [s for s in summaries if s.id in ids]
        stem = safe_file_name(chosen[0].title, fallback=document.path.stem)
        if len(chosen) > 1:
            stem = f"{document.path.stem} " + self.tr("(to send)")
        target = self._files.ask_save(title, stem + ".db", WORKBOOK_FILTER)
        if target is None:
            return
        if target.resolve() == document.path.resolve():
            prompts.error(parent, title, self.tr("Choose another file."))
            return
        try:
            count = self._export(ids, target)
        except WorkbookError as error:
            prompts.error(parent, title, prompts.workbook_error_text(error))
            return
        except OSError as error:
            prompts.error(parent, title, prompts.os_error_text(error))
            return
        except UnknownPreparation:
            prompts.error(parent, title, self.tr("This preparation is no longer in the workbook."))
            window.reload()
            return
        text = self.tr(
            "%n preparation(s) saved in {path}. Attach this file to an e-mail.", "", count
        )
        prompts.info(parent, title, text.format(path=target))

    def _export(self, ids: Sequence[str], target: Path) -> int:
        source, user = self._window.document.path, self._window.workbook.user
        if not os.path.lexists(target):
            return export_preparations(source, ids, target, user=user)
        # The user agreed to replace it: make the new file beside it, then swap in one step.
        # A link stays a link (the file it points to is replaced); a device is no workbook.
        replaced = atomic_target(target)
        if replaced is None:
            raise WorkbookRejected(Reason.NOT_A_FILE)
        scratch = replaced.parent / temp_name()  # cleared by the next open if we crash
        try:
            count = export_preparations(source, ids, scratch, user=user)
            os.replace(scratch, replaced)
        finally:
            with contextlib.suppress(OSError):
                scratch.unlink(missing_ok=True)
        return count
