"""Known reasons a workbook cannot be used, split from bugs the way qutebrowser's sql.py does."""

import errno
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from types import ModuleType


class Reason(StrEnum):
    """Why a workbook was refused or could not be used; the Qt UI translates these codes."""

    # WorkbookRejected: the file is not a sound nlinkoop workbook (it is left untouched).
    NOT_FOUND = "not_found"
    IS_DIRECTORY = "is_directory"
    NOT_A_FILE = "not_a_file"
    EMPTY = "empty"
    NOT_SQLITE = "not_sqlite"
    NOT_NLINKOOP = "not_nlinkoop"
    NEWER_VERSION = "newer_version"
    TRUNCATED = "truncated"
    DAMAGED = "damaged"
    WAL = "wal"
    UNEXPECTED_OBJECTS = "unexpected_objects"
    INVALID_VALUE = "invalid_value"
    BAD_VALUE = "bad_value"
    # WorkbookUnavailable: a sound workbook that cannot be used right now, or a file not made.
    LOCKED = "locked"
    OPEN_ELSEWHERE = "open_elsewhere"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    PERMISSION_DENIED = "permission_denied"
    CANNOT_OPEN = "cannot_open"
    IO_ERROR = "io_error"
    EXISTS = "exists"
    FOLDER_NOT_FOUND = "folder_not_found"
    NEEDS_RECOVERY = "needs_recovery"
    NAME_TOO_LONG = "name_too_long"
    PATH_TOO_LONG = "path_too_long"
    TIMEOUT = "timeout"
    # RecordConflict: what was saved clashes with another record in the workbook.
    ID_CONFLICT = "id_conflict"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for Qt's lupdate without importing Qt; the window translates it at run time."""
    return text


# English one-liners; `{name}` placeholders are filled from the error's `details`. The window
# shows them in Dutch: `QCoreApplication.translate("WorkbookError", MESSAGES[reason])`.
MESSAGES: dict[Reason, str] = {
    Reason.NOT_FOUND: QT_TRANSLATE_NOOP("WorkbookError", "no such file"),
    Reason.IS_DIRECTORY: QT_TRANSLATE_NOOP("WorkbookError", "a folder, not a workbook file"),
    Reason.NOT_A_FILE: QT_TRANSLATE_NOOP("WorkbookError", "not a regular file, so not a workbook"),
    Reason.EMPTY: QT_TRANSLATE_NOOP("WorkbookError", "empty file, not a workbook"),
    Reason.NOT_SQLITE: QT_TRANSLATE_NOOP("WorkbookError", "not an nlinkoop workbook"),
    Reason.NOT_NLINKOOP: QT_TRANSLATE_NOOP(
        "WorkbookError", "a SQLite database, but not an nlinkoop workbook"
    ),
    Reason.NEWER_VERSION: QT_TRANSLATE_NOOP(
        "WorkbookError",
        "made with a newer nlinkoop (schema version {found}; this app knows up to {known})",
    ),
    Reason.TRUNCATED: QT_TRANSLATE_NOOP("WorkbookError", "damaged (truncated)"),
    Reason.DAMAGED: QT_TRANSLATE_NOOP("WorkbookError", "damaged ({problem})"),
    Reason.WAL: QT_TRANSLATE_NOOP(
        "WorkbookError", "unexpected write-ahead log mode (WAL), which nlinkoop workbooks never use"
    ),
    Reason.UNEXPECTED_OBJECTS: QT_TRANSLATE_NOOP(
        "WorkbookError", "unexpected database objects ({objects})"
    ),
    Reason.INVALID_VALUE: QT_TRANSLATE_NOOP(
        "WorkbookError", "damaged (unreadable value: {problem})"
    ),
    Reason.BAD_VALUE: QT_TRANSLATE_NOOP(
        "WorkbookError", "damaged (unreadable value in {place}: {value})"
    ),
    Reason.LOCKED: QT_TRANSLATE_NOOP("WorkbookError", "locked by another program; try again later"),
    Reason.OPEN_ELSEWHERE: QT_TRANSLATE_NOOP(
        "WorkbookError", "open in nlinkoop by {user} on {host} since {since}"
    ),
    Reason.READ_ONLY: QT_TRANSLATE_NOOP("WorkbookError", "read-only; changes cannot be saved"),
    Reason.DISK_FULL: QT_TRANSLATE_NOOP("WorkbookError", "the disk is full"),
    Reason.PERMISSION_DENIED: QT_TRANSLATE_NOOP("WorkbookError", "permission denied"),
    Reason.CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "WorkbookError", "cannot be opened (no access, or the location is unreachable)"
    ),
    Reason.IO_ERROR: QT_TRANSLATE_NOOP(
        "WorkbookError", "could not be read or written (disk or network error)"
    ),
    Reason.EXISTS: QT_TRANSLATE_NOOP("WorkbookError", "a file with this name already exists"),
    Reason.FOLDER_NOT_FOUND: QT_TRANSLATE_NOOP("WorkbookError", "the folder does not exist"),
    Reason.NEEDS_RECOVERY: QT_TRANSLATE_NOOP(
        "WorkbookError",
        "an interrupted save must be rolled back first; open the workbook in nlinkoop to do so",
    ),
    Reason.NAME_TOO_LONG: QT_TRANSLATE_NOOP(
        "WorkbookError",
        "the file name is too long for the lock and temporary files nlinkoop puts beside it; "
        "shorten it by {excess} or more characters",
    ),
    Reason.PATH_TOO_LONG: QT_TRANSLATE_NOOP(
        "WorkbookError",
        "the folder and file name together are too long for Windows; shorten them by {excess} "
        "or more characters, or move the file to a folder higher up",
    ),
    Reason.TIMEOUT: QT_TRANSLATE_NOOP(
        "WorkbookError", "took too long, so nlinkoop stopped (a damaged or hostile file?)"
    ),
    Reason.ID_CONFLICT: QT_TRANSLATE_NOOP(
        "WorkbookError",
        "a record id is already used by another record ({table}); nothing was saved",
    ),
}


class WorkbookError(Exception):
    """A known condition, not a bug: the user gets `str(error)`, the UI may translate `reason`.

    Attributes:
        reason: the code of the condition.
        details: the values the message mentions (e.g. `found` and `known` versions).
    """

    def __init__(self, reason: Reason, **details: object) -> None:
        super().__init__(reason, details)
        self.reason = reason
        self.details = details

    def __str__(self) -> str:
        return MESSAGES[self.reason].format(**self.details)


class WorkbookRejected(WorkbookError):  # noqa: N818 - the names the issue asks for
    """The file is not a sound nlinkoop workbook, or is from a newer nlinkoop; left untouched."""


class WorkbookUnavailable(WorkbookError):  # noqa: N818
    """A workbook that cannot be used right now (locked, read-only, disk full), or not created."""


class RecordConflict(WorkbookError):  # noqa: N818
    """A saved record's id is taken by another record (say, of another preparation)."""


class UnknownPreparation(KeyError):  # noqa: N818
    """No (undeleted) preparation with this id is in the workbook.

    Attributes:
        prep_id: the id that was asked for.
    """

    def __init__(self, prep_id: str) -> None:
        super().__init__(f"no preparation with id {prep_id} in this workbook")
        self.prep_id = prep_id

    def __str__(self) -> str:  # KeyError would quote the message like a repr
        return str(self.args[0])


class StoredValueError(ValueError):
    """A value in the file that the column's type cannot read; becomes INVALID_VALUE."""


@dataclass(frozen=True)
class BadValue:
    """A stored value that its column's type refuses to read (found by the safe-open check).

    Attributes:
        table: the table.
        column: the column.
        row: which record, for people: the preparation's title in quotes, and the record's id.
        value: the value as stored, shortened (`'2026-13-45'`).
        problem: what the column's type says of it (`'2026-13-45' is not a date`).
    """

    table: str
    column: str
    row: str
    value: str
    problem: str

    @property
    def place(self) -> str:
        """`table.column, row`: where the value is."""
        return f"{self.table}.{self.column}, {self.row}"

    def __str__(self) -> str:
        return f"{self.place}: {self.problem}"


class BadValues(WorkbookRejected):
    """The file holds values nlinkoop cannot read; the message names the first.

    Attributes:
        found: the bad values, in table order (at most a few dozen).
        more: there are more than `found`.
    """

    def __init__(self, found: list[BadValue], *, more: bool = False) -> None:
        super().__init__(Reason.BAD_VALUE, place=found[0].place, value=found[0].value)
        self.found = found
        self.more = more


def one_line(text: str, limit: int = 120) -> str:
    """SQLite's diagnostics (which may quote hostile names) as one short line for a message."""
    line = " ".join(text.replace("***", " ").split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


_SQLITE_UNAVAILABLE = {
    sqlite3.SQLITE_BUSY: Reason.LOCKED,
    sqlite3.SQLITE_LOCKED: Reason.LOCKED,
    sqlite3.SQLITE_READONLY: Reason.READ_ONLY,
    sqlite3.SQLITE_FULL: Reason.DISK_FULL,
    sqlite3.SQLITE_PERM: Reason.PERMISSION_DENIED,
    sqlite3.SQLITE_CANTOPEN: Reason.CANNOT_OPEN,
    sqlite3.SQLITE_IOERR: Reason.IO_ERROR,
}

# A new row whose primary key exists: the id belongs to a record outside what was saved.
_ID_TAKEN = {sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY, sqlite3.SQLITE_CONSTRAINT_UNIQUE}

_OS_UNAVAILABLE = {
    errno.EACCES: Reason.PERMISSION_DENIED,
    errno.EPERM: Reason.PERMISSION_DENIED,
    errno.ENOSPC: Reason.DISK_FULL,
    errno.EROFS: Reason.READ_ONLY,
    errno.EBUSY: Reason.LOCKED,
    errno.EIO: Reason.IO_ERROR,
}


def known_error(exc: BaseException) -> WorkbookError | None:
    """The known condition behind a database or file error, or None if it is a bug.

    Args:
        exc: a `sqlite3.Error`, a SQLAlchemy error wrapping one, or an `OSError`.
    """
    sa_exc = _sqlalchemy_errors()
    if sa_exc is not None and isinstance(exc, sa_exc.DBAPIError) and exc.orig is not None:
        exc = exc.orig
    if isinstance(exc, StoredValueError):
        return WorkbookRejected(Reason.INVALID_VALUE, problem=one_line(str(exc)))
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if not isinstance(code, int):
            return None
        if code == sqlite3.SQLITE_READONLY_ROLLBACK:
            return WorkbookUnavailable(Reason.NEEDS_RECOVERY)
        primary = code & 0xFF
        if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            return WorkbookRejected(Reason.DAMAGED, problem=one_line(str(exc)))
        if code in _ID_TAKEN:
            table = str(exc).rsplit(":", 1)[-1].strip().split(".")[0]
            return RecordConflict(Reason.ID_CONFLICT, table=one_line(table, 40))
        if primary == sqlite3.SQLITE_INTERRUPT:
            return WorkbookUnavailable(Reason.TIMEOUT)
        reason = _SQLITE_UNAVAILABLE.get(primary)
        return None if reason is None else WorkbookUnavailable(reason)
    if isinstance(exc, OSError):
        if isinstance(exc, FileExistsError):
            return WorkbookUnavailable(Reason.EXISTS)
        if isinstance(exc, FileNotFoundError):
            return WorkbookRejected(Reason.NOT_FOUND)
        if isinstance(exc, IsADirectoryError):
            return WorkbookRejected(Reason.IS_DIRECTORY)
        os_reason = _OS_UNAVAILABLE.get(exc.errno or 0, Reason.IO_ERROR)
        return WorkbookUnavailable(os_reason)
    return None


@contextmanager
def translated() -> Iterator[None]:
    """Re-raise known database and file errors as `WorkbookError`; let bugs through as they are."""
    try:
        yield
    except Exception as exc:
        sa_exc = _sqlalchemy_errors()
        wrapped = sa_exc is not None and isinstance(exc, sa_exc.DBAPIError)
        if wrapped or isinstance(exc, sqlite3.Error | OSError | StoredValueError):
            known = known_error(exc)
            if known is None:
                raise
            raise known from exc
        # A value our column types refused to write (a naive datetime, a NaN amount): a bug in
        # the caller, best reported as the plain error the type raised.
        refused = sa_exc is not None and isinstance(exc, sa_exc.StatementError)
        if refused and isinstance(exc.orig, ValueError | TypeError):  # type: ignore[attr-defined]
            raise exc.orig from exc  # type: ignore[attr-defined]
        raise


def _sqlalchemy_errors() -> ModuleType | None:
    """SQLAlchemy's exceptions if it is loaded: before that, none of them can occur.

    Looked up, not imported: the error types are used where nothing else needs SQLAlchemy
    (the window's messages, the command line's one-line errors), and loading it takes 0.4 s.
    """
    return sys.modules.get("sqlalchemy.exc")
