"""The workbook API: one open `.db` file, and the only door to the preparations inside it."""

import getpass
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Connection, create_engine, event
from sqlalchemy.pool import StaticPool

from nlinkoop.domain.common import utc_now
from nlinkoop.domain.lessons import Lesson, lessons_among
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.policy import ProcurementPolicy
from nlinkoop.domain.preparation import Preparation, PreparationSummary
from nlinkoop.domain.search import SearchIndex, query_words, search_text
from nlinkoop.store import rows, trust, versions
from nlinkoop.store.backup import upgrade_file
from nlinkoop.store.connection import connect
from nlinkoop.store.errors import (
    Reason,
    UnknownPreparation,
    WorkbookError,
    WorkbookRejected,
    WorkbookUnavailable,
    translated,
)
from nlinkoop.store.migrations import SCHEMA_VERSION, create_schema
from nlinkoop.store.names import check_name
from nlinkoop.store.safety import (
    CheckReport,
    check_header,
    inspect,
    journal_path,
    read_identity,
    recover,
)
from nlinkoop.store.trust import FileStamp

__all__ = [
    "CheckReport",
    "UnknownPreparation",
    "Workbook",
    "WorkbookError",
    "WorkbookRejected",
    "WorkbookUnavailable",
    "check",
]


def current_user() -> str:
    """The operating-system user name, for `updated_by` ("" if the system does not say)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):
        return ""


def check(path: Path, *, reuse_verified: bool = False) -> CheckReport:
    """Run the safe-open checks on `path` and report what it holds; never changes the file.

    Unlike `Workbook.open`, this neither upgrades an older file nor rolls back an interrupted
    save (that is reported as NEEDS_RECOVERY).

    Args:
        path: the file.
        reuse_verified: skip the full integrity check, as `open()` does, for a file that is
            unchanged since it last passed it (`nlinkoop check` never does).

    Raises:
        WorkbookRejected: not a sound nlinkoop workbook, or from a newer nlinkoop.
        WorkbookUnavailable: cannot be read right now.
    """
    path = Path(path)
    check_name(path)  # opening it would be refused: say so here too
    with translated():
        return inspect(path, full=not (reuse_verified and trust.is_verified(path)))


class Workbook:
    """One open workbook file; the only door to the database. Use `create()` or `open()`.

    Each call is one short transaction and hands out domain objects, never rows. Close it
    (or use it as a context manager) when done. Use it from one thread: SQLite connections
    refuse to be shared between threads.

    Attributes:
        path: the workbook file the user chose.
        file: the file SQLite works on: `path` itself, or the private working copy of a
            `Document` (which writes it back to `path` as a whole).
        user: the name written to `updated_by` on changes.
        replica: a random id of this open workbook, in the versions of the fields it changes.
    """

    def __init__(self, path: Path, *, user: str | None = None, file: Path | None = None) -> None:
        self.path = path
        self.user = current_user() if user is None else user
        self.replica = versions.new_replica()
        self._file = path if file is None else file
        self._begin = "BEGIN"
        self._engine = create_engine(
            "sqlite://", creator=lambda: connect(self._file, "rw"), poolclass=StaticPool
        )
        event.listen(self._engine, "begin", self._on_begin)
        event.listen(self._engine, "before_cursor_execute", _arm_watchdog)
        self._closed = False
        self._own_stamp: FileStamp | None = None  # the file as our last write left it
        self._search: SearchIndex | None = None  # built by the first search()

    # --- opening and closing ----------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, *, user: str | None = None) -> Self:
        """Create a new, empty workbook at `path`; never touches an existing file.

        Raises:
            WorkbookUnavailable: EXISTS if anything is at `path`; FOLDER_NOT_FOUND,
                NAME_TOO_LONG, or the folder is not writable or full.
        """
        path = Path(path)
        check_name(path)
        with translated():
            if not path.parent.is_dir():
                raise WorkbookUnavailable(Reason.FOLDER_NOT_FOUND)
            if os.path.lexists(path):
                raise WorkbookUnavailable(Reason.EXISTS)
            # Claim the name atomically; SQLite then sees a zero-byte file of our own making.
            path.open("xb").close()
            try:
                with closing(connect(path, "rw", guard=False)) as conn:
                    create_schema(conn)
            except BaseException:
                path.unlink(missing_ok=True)
                raise
        return cls.open(path, user=user)

    @property
    def file(self) -> Path:
        return self._file

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        user: str | None = None,
        shown_as: Path | None = None,
        backup: bool = True,
    ) -> Self:
        """Open an existing workbook after the safe-open checks; upgrade it if it is older.

        An older file is first copied to `NAME (backup vN).db` beside it. A save that was
        interrupted (a hot `-journal` beside our file) is rolled back first, as SQLite does.

        Args:
            path: the workbook file.
            user: the name for `updated_by`; default the operating-system user.
            shown_as: the user's file, when `path` is a private working copy of it.
            backup: False to upgrade an older file without a backup: for a private copy,
                whose original stays as it was (`Document` backs up the user's file when a
                write-back first replaces it with the newer version).

        Raises:
            WorkbookRejected: not a sound nlinkoop workbook, or from a newer nlinkoop; the
                file is left exactly as it was.
            WorkbookUnavailable: it cannot be used right now (locked, no permission, ...).
        """
        path = Path(path)
        check_name(path)
        with translated():
            if journal_path(path).exists():
                read_identity(path)
                recover(path)
            verified = trust.is_verified(path)
            if inspect(path, full=not verified).needs_upgrade:
                upgrade_file(path, backup=backup)
                verified = False
            if not verified:
                trust.remember(path)
            workbook = (
                cls(path, user=user) if shown_as is None else cls(shown_as, user=user, file=path)
            )
            try:
                workbook._engine.connect().close()  # fail here, not on first use
            except BaseException:
                workbook.close()
                raise
        return workbook

    def close(self) -> None:
        """Close the file; further calls raise RuntimeError. Closing twice is fine."""
        if not self._closed:
            self._closed = True
            self._engine.dispose()
            # Our own last write needs no full check next time, if nobody wrote after it.
            if self._own_stamp is not None and FileStamp.of(self._file) == self._own_stamp:
                trust.remember(self._file, self._own_stamp)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # --- reading ----------------------------------------------------------------------------

    def list_preparations(self) -> list[PreparationSummary]:
        """What the list of preparations shows, newest change first, without deleted ones.

        Reads only the few columns of `preparations` that the list needs.
        """
        with self._read() as conn:
            return rows.list_summaries(conn)

    def lessons(self, counterparty: str | None = None) -> list[Lesson]:
        """The lessons of every reflected preparation, newest first (one quick read).

        Args:
            counterparty: only those with this supplier, as `lessons_among` matches them;
                None for all (the learning log).
        """
        with self._read() as conn:
            return lessons_among(rows.load_lessons(conn, counterparty))

    def deleted_preparations(self) -> list[PreparationSummary]:
        """The bin: deleted preparations that `restore()` can bring back, newest deletion first."""
        with self._read() as conn:
            return rows.deleted_summaries(conn)

    def search(self, query: str) -> set[str]:
        """Ids of the preparations (not deleted) that contain every word of `query`.

        Words are compared folded (case and accents ignored) against the title, counterparty
        and every free text of a preparation and its lists; a word matches inside a longer
        word. The first search reads the stored `search_text` column of every preparation
        into memory (nothing else is loaded); this workbook's own saves keep it current.

        Args:
            query: what the user typed; without any word, every preparation matches.
        """
        if self._search is None:
            with self._read() as conn:
                self._search = SearchIndex(rows.search_texts(conn))
        return self._search.match(query_words(query))

    def load(self, prep_id: str) -> Preparation:
        """The whole preparation with this id.

        Raises:
            UnknownPreparation: no such preparation, or it was deleted.
            WorkbookRejected: INVALID_VALUE if a stored value cannot be read.
        """
        with self._read() as conn:
            found = rows.load_preparations(conn, prep_id)
        if not found:
            raise UnknownPreparation(prep_id)
        return found[0]

    def load_all(self) -> list[Preparation]:
        """Every preparation that is not deleted, in the order of `list_preparations()`."""
        with self._read() as conn:
            return rows.load_preparations(conn)

    def profiles(self) -> list[PitchProfile]:
        """All pitch profiles, by person."""
        with self._read() as conn:
            return rows.load_profiles(conn)

    def policy(self) -> ProcurementPolicy:
        """The workbook's procurement policy; an empty one (nothing set) if it has none yet."""
        return self.stored_policy() or ProcurementPolicy()

    def stored_policy(self) -> ProcurementPolicy | None:
        """The procurement policy as stored, or None if nobody saved one in this workbook."""
        with self._read() as conn:
            return rows.load_policy(conn)

    # --- writing ----------------------------------------------------------------------------

    def save(self, prep: Preparation, *, touch: bool = True) -> None:
        """Insert or update one preparation (a deleted one comes back).

        Only child rows that changed are written; rows of removed items are deleted.

        Args:
            prep: the preparation; with `touch`, its `updated_at`/`updated_by` (and
                `created_at` if it is new) are set on this object after the save.
            touch: stamp now and this workbook's user; False keeps the object's timestamps
                (for imports) and gives written child rows the preparation's stamps.

        Raises:
            ValueError: the same id appears twice in one of its lists.
        """
        with self._write() as conn:
            stamped = rows.save_preparations(
                conn, [prep], now=self._now(touch), user=self.user, replica=self.replica
            )
        _apply(stamped)
        if self._search is not None:
            self._search.put(prep.id, search_text(prep))

    def save_all(
        self,
        preps: Sequence[Preparation],
        profiles: Sequence[PitchProfile],
        policy: ProcurementPolicy | None = None,
        *,
        touch: bool = False,
    ) -> None:
        """Insert or update preparations, profiles and the policy in one transaction.

        All or nothing; with `touch=False` (the default: imports) every object keeps its
        timestamps.

        Args:
            preps: the preparations.
            profiles: the pitch profiles.
            policy: the procurement policy, replacing the workbook's; None leaves it as it is.
            touch: stamp now and this workbook's user, as `save()` does.

        Raises:
            ValueError: the same id appears twice in one table among the objects given, or
                the policy's id is not `POLICY_ID`.
        """
        now = self._now(touch)
        with self._write() as conn:
            stamped = rows.save_profiles(
                conn, profiles, now=now, user=self.user, replica=self.replica
            )
            if policy is not None:
                stamped += rows.save_policy(
                    conn, policy, now=now, user=self.user, replica=self.replica
                )
            stamped += rows.save_preparations(
                conn, preps, now=now, user=self.user, replica=self.replica
            )
        _apply(stamped)
        if preps:
            self._search = None  # rebuilt by the next search

    def save_profile(self, profile: PitchProfile, *, touch: bool = True) -> None:
        """Insert or update one pitch profile; `touch` as in `save()`."""
        with self._write() as conn:
            stamped = rows.save_profiles(
                conn, [profile], now=self._now(touch), user=self.user, replica=self.replica
            )
        _apply(stamped)

    def save_policy(self, policy: ProcurementPolicy, *, touch: bool = True) -> None:
        """Insert or update the workbook's procurement policy; `touch` as in `save()`.

        Only the fields that changed get a new version, so a colleague's edit of another limit
        merges without a conflict. Saving the policy for the first time counts as an edit of
        the empty policy: only the fields it sets are changes.

        Raises:
            ValueError: the policy's id is not `POLICY_ID`.
        """
        with self._write() as conn:
            stamped = rows.save_policy(
                conn, policy, now=self._now(touch), user=self.user, replica=self.replica
            )
        _apply(stamped)

    def delete(self, prep_id: str) -> None:
        """Mark a preparation deleted (`deleted_at`); it no longer lists or loads.

        The rows stay in the file for a later recycle bin and for merging copies; the
        deletion counts as a change (`updated_at`/`updated_by`).

        Raises:
            UnknownPreparation: no such preparation, or it was deleted already.
        """
        with self._write() as conn:
            if not rows.mark_deleted(
                conn, prep_id, now=utc_now(), user=self.user, replica=self.replica
            ):
                raise UnknownPreparation(prep_id)
        if self._search is not None:
            self._search.discard(prep_id)

    def restore(self, prep_id: str) -> None:
        """Bring a deleted preparation back from the bin; this counts as a change.

        Raises:
            UnknownPreparation: no such preparation, or it is not deleted.
        """
        with self._write() as conn:
            if not rows.mark_restored(
                conn, prep_id, now=utc_now(), user=self.user, replica=self.replica
            ):
                raise UnknownPreparation(prep_id)
            restored = rows.search_texts(conn, prep_id)
        if self._search is not None:
            self._search.put(prep_id, restored[prep_id])

    # --- internals --------------------------------------------------------------------------

    def _forget_search(self) -> None:
        """Something other than this workbook's own saves changed the file (a merge)."""
        self._search = None

    def _on_begin(self, conn: Connection) -> None:
        # The connection is in autocommit mode, so the transaction is ours to start: writes
        # take the write lock at once (BEGIN IMMEDIATE) instead of failing halfway.
        conn.exec_driver_sql(self._begin)

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        if self._closed:
            raise RuntimeError(f"workbook {self.path} is closed")
        with translated(), self._engine.begin() as conn:
            yield conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        if self._closed:
            raise RuntimeError(f"workbook {self.path} is closed")
        self._begin = "BEGIN IMMEDIATE"
        try:
            with translated(), self._engine.begin() as conn:
                yield conn
        finally:
            self._begin = "BEGIN"
        self._own_stamp = FileStamp.of(self._file)

    @staticmethod
    def _now(touch: bool) -> datetime | None:
        return utc_now() if touch else None


def _apply(stamped: rows.Stamped) -> None:
    """After the commit, give the saved objects the timestamps now in the file."""
    for record, stamp in stamped:
        stamp.apply(record)


def _arm_watchdog(conn: Connection, cursor: Any, *_: Any) -> None:
    cursor.connection.watchdog.arm()  # a GuardedConnection: start this statement's clock


@contextmanager
def reading(path: Path, *, user: str | None = None) -> Iterator[Workbook]:
    """Open a workbook only to read it: an older file stays exactly as it is.

    A command that only reads (list, export, briefing, award, gate, lessons) must not turn a
    colleague's file into one their older nlinkoop cannot open, nor take a lock to upgrade it.
    A file of an older schema is read through an upgraded copy in a scratch folder; a current
    one is opened as it is. Errors name the user's file.

    Raises:
        WorkbookRejected, WorkbookUnavailable: as `Workbook.open`.
    """
    path = Path(path)
    check_name(path)
    with translated():
        if journal_path(path).exists():  # a save cut short: rolled back first, as SQLite does
            read_identity(path)
            recover(path)
        version = check_header(path)
    if version >= SCHEMA_VERSION:
        with Workbook.open(path, user=user) as workbook:
            yield workbook
        return
    with tempfile.TemporaryDirectory(prefix="nlinkoop-") as scratch:
        copy = Path(scratch) / "workbook.db"
        shutil.copyfile(path, copy)
        with Workbook.open(copy, user=user, shown_as=path, backup=False) as workbook:
            yield workbook
