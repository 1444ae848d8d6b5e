"""The document model: the user's file is never edited in place.

Opening `deal.db` copies it to a private working copy in the data folder (`working/`), after the
safe-open checks ran on that copy. Every edit is saved there, crash-safe, on local disk. Writing
back makes a whole new file beside `deal.db` with `VACUUM INTO` (self-contained, no leftovers of
deleted text), runs the full `integrity_check` on it, flushes it, keeps the previous version as
the one backup in the data folder (`backups/`), and moves it over `deal.db` with `os.replace`,
then flushes the folder: the user's file is always the old or the new version, never a mix.

Before every write-back the file is compared with how we read it (size, modification time,
inode, then a SHA-256): if a colleague or a sync tool changed it, their version is checked and
merged into the working copy first (`merge.py`), so nobody's work is overwritten blindly. While a
file is open for editing a lock file beside it says who has it (`locks.py`).
"""

import contextlib
import hashlib
import json
import os
import shutil
import socket
import stat
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Literal, Self

from nlinkoop import processes
from nlinkoop.fileio import (
    atomic_target,
    copy_atomic,
    free_name,
    fsync_folder,
    new_temp,
    path_key,
    remove_abandoned_temps,
    safe_file_name,
    write_atomic,
)
from nlinkoop.paths import data_dir
from nlinkoop.store import kept, locks, trust
from nlinkoop.store.backup import write_backup
from nlinkoop.store.connection import connect
from nlinkoop.store.errors import Reason, WorkbookRejected, WorkbookUnavailable, translated
from nlinkoop.store.locks import LockInfo
from nlinkoop.store.merge import MergeReport, Resolver, Side, copy_preparations, merge
from nlinkoop.store.migrations import SCHEMA_VERSION
from nlinkoop.store.names import check_name
from nlinkoop.store.safety import (
    HEADER_SIZE,
    SQLITE_MAGIC,
    Header,
    inspect,
    journal_path,
    read_identity,
    recover,
)
from nlinkoop.store.trust import FileStamp
from nlinkoop.store.workbook import Workbook, current_user

LockPolicy = Literal["ask", "take_over", "read_only", "ignore"]

_WORKING = "working"
_BACKUPS = "backups"
_MANIFEST = "manifest.json"
_COPY = "workbook.db"
_ATTEMPTS = 3  # write-back rounds when the file keeps changing under us
COMMAND_WAIT = 60.0  # seconds a command waits for another command to finish with the file
_COMMAND_POLL = 0.05


class ReadOnly(StrEnum):
    """Why a document cannot be written back."""

    CHOSEN = "chosen"  # the user chose to open it read-only (someone else has it open)
    FILE = "file"  # the file is read-only
    FOLDER = "folder"  # the folder cannot be written (no lock, no new file beside it)


class LockedByOther(WorkbookUnavailable):
    """Someone else has the file open in nlinkoop (their lock is live).

    Attributes:
        lock: who, where, since when.
    """

    def __init__(self, lock: LockInfo) -> None:
        since = lock.since.astimezone().strftime("%Y-%m-%d %H:%M")
        super().__init__(Reason.OPEN_ELSEWHERE, user=lock.user, host=lock.host, since=since)
        self.lock = lock


class ReadOnlyDocument(WorkbookUnavailable):
    """A write to a document that was opened read-only."""

    def __init__(self) -> None:
        super().__init__(Reason.READ_ONLY)


class ChangedOutside(Exception):  # noqa: N818 - reads as what happened
    """`write_back(merge=False)` found the user's file changed elsewhere and wrote nothing."""


@dataclass(frozen=True)
class WriteBack:
    """What a write-back did.

    Attributes:
        written: the user's file was replaced.
        report: an outside change merged in first, if there was one.
        conflict_copy: where my conflicting version went, if it came to that.
    """

    written: bool
    report: MergeReport | None = None
    conflict_copy: Path | None = None


@dataclass(frozen=True)
class _FileState:
    """How the user's file was when we last read or wrote it."""

    size: int
    modified_ns: int
    inode: int
    digest: str

    @classmethod
    def of(cls, info: os.stat_result, digest: str) -> "_FileState":
        return cls(info.st_size, info.st_mtime_ns, info.st_ino, digest)

    def same_stat(self, info: os.stat_result) -> bool:
        return _FileState.of(info, self.digest) == self


class Document:
    """One workbook file the user opened, edited through a private working copy.

    Use `open()`, `create()` or `open_copy()`; `workbook` reads and saves as before, and
    `write_back()` brings the edits to the user's file. Call `close()` when done.

    Attributes:
        path: the user's file.
        workbook: the working copy's workbook (its `path` is the user's file).
        read_only: why the document cannot be written back, or None.
    """

    def __init__(
        self, path: Path, workbook: Workbook, folder: Path, state: _FileState | None
    ) -> None:
        self.path = path
        self.workbook = workbook
        self.read_only: ReadOnly | None = None
        self._folder = folder
        self._state = state
        self._lock: LockInfo | None = None
        self._command = False  # held by a command for a moment, not by the window
        self._synced = _counter(workbook.file)
        self._backed_up = False  # the file as it was before this session's first write-back
        self._closed = False

    # --- opening ----------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        user: str | None = None,
        lock: LockPolicy = "ask",
        command: bool = False,
    ) -> Self:
        """Check the file, copy it to a private working copy, and take the lock.

        Args:
            path: the user's workbook file.
            user: the name for `updated_by` and the lock; default the operating-system user.
            lock: what to do when someone else has the file open: raise `LockedByOther`
                ("ask"), take their lock over, open read-only, or ignore locks altogether.
            command: opened by a command that holds it for a moment (its lock says so, and
                another command may wait for it), not by the window.

        Raises:
            LockedByOther: someone else has it open (only with lock="ask"); a command waits
                up to `COMMAND_WAIT` seconds for another command's lock first.
            WorkbookRejected: not a sound nlinkoop workbook; the file is left as it was.
            WorkbookUnavailable: it cannot be read right now.
        """
        check_name(Path(path))  # room for the lock and temporary files beside it
        deadline = time.monotonic() + COMMAND_WAIT
        while True:
            try:
                return cls._open_once(Path(path), user, lock, command)
            except LockedByOther as locked:
                if not (command and locked.lock.command) or time.monotonic() > deadline:
                    raise
            time.sleep(_COMMAND_POLL)  # another command's import or merge ends in a moment

    @classmethod
    def _open_once(cls, path: Path, user: str | None, lock: LockPolicy, command: bool) -> Self:
        path = path.absolute()
        if path.is_symlink():  # its file is what a write-back replaces, with the locks beside it
            path = Path(os.path.realpath(path))
        user = current_user() if user is None else user
        with translated():
            if journal_path(path).exists():  # a save interrupted by an older nlinkoop
                read_identity(path)
                recover(path)
            verified = trust.is_verified(path)
            folder = _new_working_folder(path)
            try:
                state = _reuse_kept(path, folder / _COPY)
                if state is None:
                    state = _snapshot(path, folder / _COPY)
                    inspect(folder / _COPY, full=not verified)
                    if not verified:
                        trust.remember(path)
                else:
                    inspect(folder / _COPY, full=False)  # our own copy: the cheap checks
                trust.remember(folder / _COPY)
                # An older file is upgraded here, in the copy; the user's file keeps its
                # version until the first write-back, which backs it up beside it first.
                workbook = Workbook.open(folder / _COPY, user=user, shown_as=path, backup=False)
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)
                raise
        document = cls(path, workbook, folder, state)
        document._command = command
        try:  # the clean-ups too: a signal in them must still release the lock just taken
            document._settle_access(user, lock)
            document._write_manifest()
            remove_abandoned_temps(path.parent)  # what crashed writes left beside it
            locks.clear_left_behind(path)
        except BaseException:
            document.close()
            raise
        return document

    @classmethod
    def create(cls, path: Path, *, user: str | None = None) -> Self:
        """Create a new, empty workbook at `path` and open it.

        Raises:
            WorkbookUnavailable: EXISTS if anything is at `path`, or the folder cannot be
                written.
        """
        Workbook.create(Path(path), user=user).close()
        return cls.open(path, user=user, lock="take_over")

    @classmethod
    def open_copy(cls, path: Path, *, user: str | None = None) -> Self:
        """Copy the file to `NAME (kopie USER YYYY-MM-DD HHMM).db` beside it and open that."""
        path = Path(path).absolute()
        user = current_user() if user is None else user
        target = _free_name(path, "kopie", user)
        with translated():
            folder = Path(tempfile.mkdtemp(prefix="nlinkoop-copy-"))
            try:
                _snapshot(path, folder / _COPY)
                inspect(folder / _COPY, full=True)
                _publish(_vacuum_into(folder / _COPY, target.parent), target, replace=False)
            finally:
                shutil.rmtree(folder, ignore_errors=True)
        return cls.open(target, user=user, lock="take_over")

    def _settle_access(self, user: str, policy: LockPolicy) -> None:
        if policy == "read_only":
            self.read_only = ReadOnly.CHOSEN
            return
        if not os.access(self.path, os.W_OK):
            self.read_only = ReadOnly.FILE
            return
        if not os.access(self.path.parent, os.W_OK | os.X_OK):
            self.read_only = ReadOnly.FOLDER
            return
        if policy == "ignore":
            return
        # Noted before it is taken: a close (after a signal, say, in between) releases it,
        # and a release only ever removes a lock that is still ours.
        self._lock = mine = LockInfo.mine(user, command=self._command)
        try:
            theirs = locks.acquire(self.path, mine, take_over=policy == "take_over")
        except OSError:
            self._lock, self.read_only = None, ReadOnly.FOLDER
            return
        if theirs is not None:
            self._lock = None
            raise LockedByOther(theirs)

    def rename_user(self, user: str) -> None:
        """Record `user` from now on: in `updated_by`, and in our lock if we still hold it.

        A lock file that cannot be written keeps the old name; it is advice only.
        """
        self.workbook.user = user
        if self._lock is None:
            return
        with contextlib.suppress(OSError):
            self._lock = locks.rename(self.path, self._lock, user) or self._lock

    # --- state ------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """Whether the working copy holds edits that are not written back yet."""
        return _counter(self.workbook.file) != self._synced

    @property
    def backup(self) -> Path:
        """Where the previous version is kept, in the data folder.

        It is the file as it was before this session's first write-back, or before the last
        write-back that merged a colleague's change.
        """
        return data_dir() / _BACKUPS / path_key(self.path) / self.path.name

    def outside_changed(self) -> bool:
        """Whether the user's file changed since we last read or wrote it (not if it is gone)."""
        try:
            info = os.stat(self.path)
        except OSError:
            return False
        if self._state is not None and self._state.same_stat(info):
            return False
        digest = _sha256(self.path)
        if self._state is not None and digest == self._state.digest:
            self._state = _FileState.of(info, digest)
            return False  # touched, not changed
        return True

    # --- writing back -----------------------------------------------------------------------

    def write_back(self, *, resolve: Resolver | None = None, merge: bool = True) -> WriteBack:
        """Bring the working copy's edits to the user's file, merging an outside change first.

        Args:
            resolve: decides conflicts between my edits and an outside change. Without it,
                or when it returns None, my version is kept as a conflict copy beside the file
                and theirs wins in the file.
            merge: False to write back only if nobody changed the file; then the working
                copy's own connection is never used, so this may run on another thread while
                the edits go on (the window does, after a pause in typing).

        Raises:
            ReadOnlyDocument: the document is read-only.
            ChangedOutside: with merge=False, the file changed elsewhere; nothing was written.
            WorkbookUnavailable: the file could not be written (disk full, no permission);
                the user's file is untouched and the edits stay in the working copy.
            WorkbookRejected: the outside version is not a sound workbook.
        """
        if self.read_only is not None:
            raise ReadOnlyDocument
        report: MergeReport | None = None
        conflict_copy: Path | None = None
        with translated():
            for _ in range(_ATTEMPTS):
                outside = self.outside_changed()
                if outside and not merge:
                    raise ChangedOutside
                if outside and not self.dirty:
                    return WriteBack(False, self._take_theirs(), None)  # nothing of mine to add
                if not outside and not self.dirty:
                    return WriteBack(False, report, conflict_copy)
                if outside:
                    report, copied = self._merge_outside(resolve)
                    conflict_copy = copied or conflict_copy
                counter = _counter(self.workbook.file)
                temp = _vacuum_into(self.workbook.file, self.path.parent)
                try:
                    digest = _sha256(temp)
                    if outside or not self._backed_up:
                        self._keep_backup()
                    with locks.writing(self.path):  # no other writer between check and replace
                        if self.outside_changed():
                            if not merge:
                                raise ChangedOutside
                            continue  # changed again while we wrote: merge that too
                        _back_up_older(self.path)
                        os.replace(temp, self.path)
                        fsync_folder(self.path.parent)
                        self._state = _FileState.of(os.stat(self.path), digest)
                finally:
                    temp.unlink(missing_ok=True)
                self._synced = counter
                self._write_manifest()
                trust.remember(self.path)
                return WriteBack(True, report, conflict_copy)
        raise WorkbookUnavailable(Reason.LOCKED)  # another program keeps writing the file

    def reload(self) -> MergeReport:
        """Merge an outside change of the user's file into the working copy now.

        Without local edits their version simply wins. Local edits stay unwritten: on a
        conflict a writable document keeps my version as a conflict copy (as `write_back()`
        without a resolver), a read-only one keeps mine in the working copy for *Opslaan als*.
        """
        if not self.outside_changed():
            return MergeReport()
        if self.dirty:
            keep_mine = None if self.read_only is None else _all("mine")
            report, _ = self._merge_outside(keep_mine)
            return report
        return self._take_theirs()

    def _take_theirs(self) -> MergeReport:
        """Without local edits: merge the changed file in, theirs winning; all is written then."""
        report, _ = self._merge_outside(_all("theirs"))
        self._synced = _counter(self.workbook.file)
        self._write_manifest()
        return report

    def merge_from(self, other: Path, *, resolve: Resolver | None = None) -> MergeReport:
        """Merge another workbook file into the working copy; then call `write_back()`.

        `other` is checked as a file from elsewhere and never changed.

        Raises:
            MergeCancelled: `resolve` returned None; nothing changed.
            WorkbookRejected: `other` is not a sound workbook.
        """
        with _checked_copy(Path(other), self._folder, self.workbook.user) as theirs:
            return merge(theirs, self.workbook, resolve=resolve)

    def save_as(self, target: Path) -> None:
        """Write the working copy to `target` (replacing it) and make that the document's file.

        A link to a file stays a link: the file it points to is replaced, and becomes the
        document's file.

        Raises:
            WorkbookRejected: IS_DIRECTORY or NOT_A_FILE: `target` is a folder, a device or a
                pipe (nothing is written).
            WorkbookUnavailable: NAME_TOO_LONG, or the file could not be written.
        """
        check_name(Path(target))  # room for the lock and temporary files beside it
        with translated():
            target = _replace_target(Path(target).absolute())
            _publish(_vacuum_into(self.workbook.file, target.parent), target, replace=True)
        if self._lock is not None:
            locks.release(self.path, self._lock)
            self._lock = None
        self.path = self.workbook.path = target
        self.read_only = None
        self._state = _FileState.of(os.stat(target), _sha256(target))
        self._synced = _counter(self.workbook.file)
        self._settle_access(self.workbook.user, "take_over")
        self._write_manifest()
        trust.remember(target)

    def close(self, *, discard: bool = False) -> None:
        """Release our lock and close the working copy; keep it for recovery if it is dirty.

        Does not write back: call `write_back()` first.

        Args:
            discard: remove the working copy even with unwritten edits (a command whose
                write-back failed has said so; nothing should be offered back later).
        """
        if self._closed:
            return
        self._closed = True
        if self._lock is not None:
            locks.release(self.path, self._lock)
        dirty = self.dirty
        self.workbook.close()
        if not (discard or dirty):
            self._keep_copy()
        if discard or not dirty:
            shutil.rmtree(self._folder, ignore_errors=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # --- internals --------------------------------------------------------------------------

    def _merge_outside(self, resolve: Resolver | None) -> tuple[MergeReport, Path | None]:
        """Merge the user's file as it is now into the working copy."""
        theirs_file = self._folder / "theirs.db"
        try:
            state = _snapshot(self.path, theirs_file)
            inspect(theirs_file, full=True)
            trust.remember(theirs_file)
            with Workbook.open(theirs_file, user=self.workbook.user, backup=False) as theirs:
                planned = merge(theirs, self.workbook, dry_run=True)
                chosen: Sequence[Side] | None = None
                copy: Path | None = None
                if planned.conflicts:
                    chosen = resolve(planned.conflicts) if resolve is not None else None
                    if chosen is None:
                        copy = self._conflict_copy()
                        chosen = ["theirs"] * len(planned.conflicts)
                decided = list(chosen or [])
                report = merge(theirs, self.workbook, resolve=lambda _: decided)
        finally:
            theirs_file.unlink(missing_ok=True)
        self._state = state
        return report, copy

    def _keep_copy(self) -> None:
        """Leave the closed working copy for the next open, if the file still is what it holds."""
        stamp, state = FileStamp.of(self.path), self._state
        if stamp is None or state is None or journal_path(self.workbook.file).exists():
            return
        now = _FileState(stamp.size, stamp.modified_ns, stamp.inode, state.digest)
        if now == state:
            kept.keep(self.path, self.workbook.file, state.digest, stamp)

    def _conflict_copy(self) -> Path:
        target = _free_name(self.path, "conflict", self.workbook.user)
        _publish(_vacuum_into(self.workbook.file, target.parent), target, replace=False)
        return target

    def _keep_backup(self) -> None:
        """Keep the file as it is now, before we replace it.

        Once a session, and before replacing a colleague's version: a write-back is never the
        only copy of anyone's work.
        """
        if self.path.exists():
            self.backup.parent.mkdir(parents=True, exist_ok=True)
            copy_atomic(self.path, self.backup)
        self._backed_up = True

    def _write_manifest(self) -> None:
        manifest = {
            "path": str(self.path),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "synced": self._synced,
        }
        with contextlib.suppress(OSError):  # without it only the crash recovery is lost
            _write_json(self._folder / _MANIFEST, manifest)


# --- merging files and exporting -------------------------------------------------------------


def merge_files(
    source: Path, into: Path, *, dry_run: bool = False, user: str | None = None
) -> tuple[MergeReport, Path | None]:
    """Merge workbook `source` into workbook `into` (the command line's `merge`).

    The newer record wins each conflict. `source` is never changed. Before `into` is
    replaced, its previous version is kept as the document's backup.

    Returns:
        The report, and the backup of `into` (None if nothing was written).

    Raises:
        LockedByOther: `into` is open in nlinkoop elsewhere.
        ReadOnlyDocument: `into` cannot be written.
        WorkbookRejected, WorkbookUnavailable: as `Document.open` and `write_back`.
    """
    document = Document.open(into, user=user, lock="ignore" if dry_run else "ask", command=True)
    try:
        if document.read_only is not None and not dry_run:
            raise ReadOnlyDocument
        with _checked_copy(Path(source), document._folder, document.workbook.user) as theirs:
            report = merge(theirs, document.workbook, dry_run=dry_run)
        if dry_run:
            return report, None
        written = document.write_back()
        return report, document.backup if written.written else None
    finally:
        document.close(discard=True)  # written back, or failed with a message


def export_preparations(
    source: Path, ids: Sequence[str], target: Path, *, user: str | None = None
) -> int:
    """Write these preparations (and the pitch profiles they refer to) to a new workbook.

    The records keep their ids and versions, so the colleague's edits merge back later.

    Returns:
        How many pitch profiles went along.

    Raises:
        UnknownPreparation: an id that is not a (live) preparation in `source`.
        WorkbookUnavailable: EXISTS if `target` exists; the folder cannot be written.
        WorkbookRejected: `source` is not a sound workbook.
    """
    check_name(target)  # the colleague opens it: room for their lock beside it
    target = Path(target).absolute()
    with translated():
        if os.path.lexists(target):
            raise WorkbookUnavailable(Reason.EXISTS)
        if not target.parent.is_dir():
            raise WorkbookUnavailable(Reason.FOLDER_NOT_FOUND)
    folder = Path(tempfile.mkdtemp(prefix="nlinkoop-export-"))
    try:
        with (
            _checked_copy(Path(source), folder, user or current_user()) as theirs,
            Workbook.create(folder / "new.db", user=user) as new,
        ):
            profiles = copy_preparations(theirs, new, ids)
        with translated():
            _publish(_vacuum_into(folder / "new.db", target.parent), target, replace=False)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return profiles


# --- crash recovery --------------------------------------------------------------------------


@dataclass(frozen=True)
class Recoverable:
    """A working copy a crashed session left with edits that were never written back.

    Attributes:
        path: the user's file it belongs to.
        saved_at: when the working copy was last changed.
    """

    path: Path
    saved_at: datetime
    folder: Path = field(repr=False)

    def restore(
        self, *, user: str | None = None, resolve: Resolver | None = None, lock: LockPolicy = "ask"
    ) -> Document:
        """Open the user's file, merge the recovered edits in, and write back.

        If the user's file is gone, the working copy is written there instead.
        """
        copy = self.folder / _COPY
        if not self.path.exists():
            with translated():
                _publish(_vacuum_into(copy, self.path.parent), self.path, replace=False)
            self.discard()
            return Document.open(self.path, user=user, lock=lock)
        document = Document.open(self.path, user=user, lock=lock)
        try:
            with Workbook.open(copy, user=document.workbook.user, backup=False) as recovered:
                merge(recovered, document.workbook, resolve=resolve)
            if document.read_only is None:
                document.write_back(resolve=resolve)
        except BaseException:
            document.close()
            raise
        self.discard()
        return document

    def discard(self) -> None:
        """Remove the working copy and its edits."""
        shutil.rmtree(self.folder, ignore_errors=True)


def pending_recoveries() -> list[Recoverable]:
    """Working copies left with unwritten edits by sessions that ended (newest first).

    Working copies of sessions that ended without unwritten edits are cleaned up.
    """
    found: list[Recoverable] = []
    root = data_dir() / _WORKING
    try:
        folders = list(root.iterdir())
    except OSError:
        return []
    for folder in folders:
        try:
            manifest = json.loads((folder / _MANIFEST).read_text(encoding="utf-8"))
            path, pid, host = Path(manifest["path"]), int(manifest["pid"]), manifest["host"]
            synced = int(manifest["synced"])
        except (OSError, ValueError, KeyError, TypeError):
            continue  # being made right now, or not ours to judge
        if host == socket.gethostname() and (pid == os.getpid() or processes.alive(pid)):
            continue  # still open in a running nlinkoop
        copy = folder / _COPY
        if not copy.exists() or (_counter(copy) == synced and not journal_path(copy).exists()):
            shutil.rmtree(folder, ignore_errors=True)
            continue
        saved = datetime.fromtimestamp(copy.stat().st_mtime, UTC)
        found.append(Recoverable(path, saved, folder))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


# --- files -----------------------------------------------------------------------------------


def _all(side: Side) -> Resolver:
    """A resolver that decides every conflict for one side."""
    return lambda conflicts: [side] * len(conflicts)


def _new_working_folder(path: Path) -> Path:
    root = data_dir() / _WORKING
    root.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{path_key(path)}-{os.getpid()}-", dir=root))


def _counter(path: Path) -> int:
    """SQLite's change counter of a database file (-1 if it cannot be read)."""
    stamp = FileStamp.of(path)
    return -1 if stamp is None else stamp.change_counter


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _sha256_into(path: Path, found: list[str | BaseException]) -> None:
    try:
        found.append(_sha256(path))
    except BaseException as exc:  # noqa: BLE001 - handed to the thread that waits for it
        found.append(exc)


def _reuse_kept(path: Path, target: Path) -> _FileState | None:
    """The working copy kept from the last session on `path`, if the file did not change since."""
    taken = kept.take(path, target)
    if taken is None:
        return None
    stamp, digest = taken
    return _FileState(stamp.size, stamp.modified_ns, stamp.inode, digest)


def _snapshot(path: Path, target: Path) -> _FileState:
    """Copy `path` to `target`, making sure nobody changed it while we copied.

    The file is hashed on a second thread while it is copied: both wait on the disk or run in
    C without Python's lock, so a big workbook opens in the time of the copy alone.
    """
    for _ in range(_ATTEMPTS):
        before = _FileState.of(os.stat(path), "")
        hashed: list[str | BaseException] = []
        hasher = threading.Thread(target=_sha256_into, args=(path, hashed), daemon=True)
        hasher.start()
        try:
            shutil.copyfile(path, target)
        finally:
            hasher.join()
        digest = hashed[0]
        if isinstance(digest, BaseException):
            raise digest
        if before.same_stat(os.stat(path)):
            return replace(before, digest=digest)
        time.sleep(0.05)
    raise WorkbookUnavailable(Reason.LOCKED)  # another program keeps writing it


@contextlib.contextmanager
def _checked_copy(path: Path, folder: Path, user: str) -> Iterator[Workbook]:
    """A workbook on a checked private copy of a file from elsewhere, which stays untouched."""
    copy = folder / f"other-{os.getpid()}-{time.monotonic_ns()}.db"
    try:
        with translated():
            if journal_path(path).exists():
                read_identity(path)  # a foreign file with an interrupted save: refuse it
                raise WorkbookUnavailable(Reason.NEEDS_RECOVERY)
            _snapshot(path, copy)
            inspect(copy, full=True)
            trust.remember(copy)
            workbook = Workbook.open(copy, user=user, backup=False)
        with workbook:
            yield workbook
    finally:
        copy.unlink(missing_ok=True)


def _back_up_older(path: Path) -> Path | None:
    """Before the file is replaced with this version's schema: keep an older one beside it.

    As an upgrade in place does (`Workbook.open`), a byte-for-byte copy `NAME (backup vN).db`
    (never over an earlier one), for colleagues whose nlinkoop does not read the newer file
    yet and in case the upgrade went wrong. Only the write-back that first makes the user's
    file newer writes one; opening, reading and merging leave the file at its version.

    Raises:
        OSError: the backup could not be written (the file is not replaced then).
    """
    try:
        with path.open("rb") as handle:
            raw = handle.read(HEADER_SIZE)
    except FileNotFoundError:
        return None  # gone: the write-back puts the working copy there
    if len(raw) < HEADER_SIZE or not raw.startswith(SQLITE_MAGIC):
        return None
    version = Header.parse(raw).user_version
    if not 1 <= version < SCHEMA_VERSION:
        return None
    return write_backup(path, version)


def _vacuum_into(database: Path, folder: Path) -> Path:
    """A fresh, compact, checked copy of `database` as a temporary file in `folder`.

    The file is named as `new_temp` names it (SQLite's `-journal` beside it during the VACUUM
    has that name too), so a crash leaves nothing the next open does not clear at once.
    """
    temp = new_temp(folder)
    try:
        with contextlib.closing(connect(database, "ro", guard=False)) as conn:
            conn.execute("VACUUM INTO ?", (str(temp),))
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        inspect(temp, full=True, values=False)  # our own values, read as we wrote them
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _publish(temp: Path, target: Path, *, replace: bool) -> None:
    """Move a finished temporary file to `target` (never over an existing one unless `replace`).

    Only a regular file is ever replaced: a rename over a device, a pipe or a link would put
    our file in its place (callers follow a link first, `_replace_target`).

    Raises:
        WorkbookUnavailable: EXISTS, `target` exists and not `replace`.
        WorkbookRejected: IS_DIRECTORY or NOT_A_FILE, `target` is not a regular file.
    """
    try:
        if replace:
            _refuse_unless_regular(target)
            os.replace(temp, target)
        else:
            _link_new(temp, target)
    except FileExistsError:
        raise WorkbookUnavailable(Reason.EXISTS) from None
    finally:
        temp.unlink(missing_ok=True)
    fsync_folder(target.parent)


def _replace_target(path: Path) -> Path:
    """The file a write to workbook `path` replaces: `path`, or the file its link points to.

    Raises:
        WorkbookRejected: IS_DIRECTORY or NOT_A_FILE: a folder, a device or a pipe, where no
            workbook can go.
    """
    try:
        target = atomic_target(path)
    except IsADirectoryError:
        raise WorkbookRejected(Reason.IS_DIRECTORY) from None
    if target is None:
        raise WorkbookRejected(Reason.NOT_A_FILE)
    _refuse_unless_regular(target)  # a block device, a socket
    return target


def _refuse_unless_regular(path: Path) -> None:
    """WorkbookRejected unless `path` is a regular file or free (not followed if a link)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISDIR(mode):
        raise WorkbookRejected(Reason.IS_DIRECTORY)
    if not stat.S_ISREG(mode):
        raise WorkbookRejected(Reason.NOT_A_FILE)


def _link_new(temp: Path, target: Path) -> None:
    """Give `temp` the name `target`, which must not exist yet (not even as a dangling link)."""
    try:
        os.link(temp, target)  # fails if target exists: no race with another writer
    except FileExistsError:
        raise
    except OSError:  # no hard links here (a FAT USB stick): check, then rename
        if os.path.lexists(target):
            raise FileExistsError(target) from None
        os.replace(temp, target)


def _free_name(path: Path, word: str, user: str) -> Path:
    """`NAME (word USER YYYY-MM-DD HHMM).db` beside `path`, numbered if it is taken."""
    stamp = datetime.now().astimezone().strftime("%Y-%m-%d %H%M")
    who = safe_file_name(user, fallback="nlinkoop", limit=40)
    return free_name(path, f"{word} {who} {stamp}")


def _write_json(path: Path, data: dict[str, object]) -> None:
    write_atomic(path, json.dumps(data).encode("utf-8"))


__all__ = [
    "ChangedOutside",
    "Document",
    "LockedByOther",
    "ReadOnly",
    "ReadOnlyDocument",
    "Recoverable",
    "WriteBack",
    "export_preparations",
    "merge_files",
    "pending_recoveries",
]
