"""Raw SQLite connections to one workbook file: a quoted URI, guard rails and the pragmas we want.

Every connection nlinkoop makes to a workbook comes from `connect()`, so every one of them has
the same defences: a `file:` URI that never misreads a file name and never creates a file, no
trust in functions called from the schema, cell size checks, no memory mapping, a time limit per
statement, and an authorizer that refuses attaching other files and changing the schema.
"""

import os
import re
import sqlite3
import time
import urllib.parse
from pathlib import Path
from typing import Any, Literal

Mode = Literal["ro", "rw"]

STATEMENT_SECONDS = 10.0  # a hostile file must not hang the app; real statements take ms
BUSY_SECONDS = 5.0  # how long to wait for another program's lock on the file
_DRIVE = re.compile(r"[A-Za-z]:/")
_PROGRESS_STEPS = 10_000  # VM instructions between looks at the clock (~0.1 ms)

# Settings applied before the authorizer is installed; after that no pragma may change one.
_PRAGMAS = (
    "PRAGMA trusted_schema = OFF",
    "PRAGMA cell_size_check = ON",
    "PRAGMA mmap_size = 0",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",  # deleted text does not linger in a file that travels
)
_WRITE_PRAGMAS = ("PRAGMA journal_mode = DELETE",)  # one file, never -wal/-shm beside it

_DENIED = frozenset(
    {
        sqlite3.SQLITE_ATTACH,
        sqlite3.SQLITE_DETACH,
        sqlite3.SQLITE_ALTER_TABLE,
        sqlite3.SQLITE_CREATE_INDEX,
        sqlite3.SQLITE_CREATE_TABLE,
        sqlite3.SQLITE_CREATE_TEMP_INDEX,
        sqlite3.SQLITE_CREATE_TEMP_TABLE,
        sqlite3.SQLITE_CREATE_TEMP_TRIGGER,
        sqlite3.SQLITE_CREATE_TEMP_VIEW,
        sqlite3.SQLITE_CREATE_TRIGGER,
        sqlite3.SQLITE_CREATE_VIEW,
        sqlite3.SQLITE_CREATE_VTABLE,
        sqlite3.SQLITE_DROP_INDEX,
        sqlite3.SQLITE_DROP_TABLE,
        sqlite3.SQLITE_DROP_TEMP_INDEX,
        sqlite3.SQLITE_DROP_TEMP_TABLE,
        sqlite3.SQLITE_DROP_TEMP_TRIGGER,
        sqlite3.SQLITE_DROP_TEMP_VIEW,
        sqlite3.SQLITE_DROP_TRIGGER,
        sqlite3.SQLITE_DROP_VIEW,
        sqlite3.SQLITE_DROP_VTABLE,
    }
)
_READ_ONLY_ALLOWED = frozenset(
    {
        sqlite3.SQLITE_SELECT,
        sqlite3.SQLITE_READ,
        sqlite3.SQLITE_FUNCTION,
        sqlite3.SQLITE_PRAGMA,
        sqlite3.SQLITE_TRANSACTION,
    }
)

# Pragmas whose argument selects what to report rather than changing a setting.
_PRAGMAS_WITH_ARGUMENT = frozenset(
    {
        "integrity_check",
        "quick_check",
        "foreign_key_check",
        "table_info",
        "table_xinfo",
        "index_list",
        "index_info",
        "index_xinfo",
        "foreign_key_list",
    }
)


def file_uri(path: Path, mode: Mode) -> str:
    """A `file:` URI for `path` that SQLite cannot misread (see `posix_uri`).

    Args:
        path: the workbook file.
        mode: `ro` read-only, `rw` read-write; neither ever creates a file.
    """
    return posix_uri(path.resolve().as_posix(), mode)


def posix_uri(absolute: str, mode: Mode) -> str:
    """The `file:` URI for an absolute path written with `/` (`/home/a.db`, `C:/a.db`).

    Every byte of the path except `/` (and a drive's colon) is percent-quoted, so `?`, `#`,
    `%` and `;` stay part of the name (unquoted, SQLite reads `?` and `#` as the start of the
    query or fragment). A Windows drive path becomes `file:///C:/...` and a UNC path
    `file:////server/share/...`: SQLite refuses a host name in the authority, which is what
    `Path.as_uri()` makes of a UNC path.
    """
    drive = ""
    if _DRIVE.match(absolute):
        drive, absolute = "/" + absolute[:2], absolute[2:]
    quoted = urllib.parse.quote(os.fsencode(absolute), safe="/")
    return f"file://{drive}{quoted}?mode={mode}"


class Watchdog:
    """A progress handler that aborts a statement once it has run too long (SQLITE_INTERRUPT)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._deadline = float("inf")

    def arm(self) -> None:
        """Start the clock for the statement about to run."""
        self._deadline = time.monotonic() + self.seconds

    def __call__(self) -> int:
        return 1 if time.monotonic() > self._deadline else 0


class GuardedConnection(sqlite3.Connection):
    """A sqlite3 connection whose own `execute*` methods arm the statement watchdog.

    SQLAlchemy executes through cursors; the workbook's engine arms `watchdog` in a
    `before_cursor_execute` hook instead.
    """

    watchdog: Watchdog

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        self.watchdog.arm()
        return super().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
        self.watchdog.arm()
        return super().executemany(sql, parameters)

    def executescript(self, sql_script: str, /) -> sqlite3.Cursor:
        self.watchdog.arm()
        return super().executescript(sql_script)


def _changes_a_setting(action: int, name: str | None, argument: str | None) -> bool:
    # Settings were made before the authorizer was installed; reading a pragma is fine.
    return (
        action == sqlite3.SQLITE_PRAGMA
        and argument is not None
        and (name or "").lower() not in _PRAGMAS_WITH_ARGUMENT
    )


def _guard_writes(action: int, arg1: str | None, arg2: str | None, db: str | None, _: Any) -> int:
    if action in _DENIED or _changes_a_setting(action, arg1, arg2):
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def _guard_reads(action: int, arg1: str | None, arg2: str | None, db: str | None, _: Any) -> int:
    if action not in _READ_ONLY_ALLOWED or _changes_a_setting(action, arg1, arg2):
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def connect(
    path: Path, mode: Mode, *, guard: bool = True, busy_seconds: float | None = None
) -> GuardedConnection:
    """Open `path` (which must exist) with our pragmas and guard rails; the caller closes it.

    The connection is in autocommit mode (`isolation_level=None`): callers issue BEGIN and
    COMMIT themselves, which also makes DDL in migrations transactional.

    Args:
        path: an existing workbook file.
        mode: `ro` for the safe-open checks, `rw` for everything else.
        guard: install the authorizer (migrations and creating the schema need DDL).
        busy_seconds: how long to wait for another program's lock; default `BUSY_SECONDS`.

    Raises:
        sqlite3.Error: the file cannot be opened (see `errors.translated`).
    """
    conn = sqlite3.connect(
        file_uri(path, mode),
        uri=True,
        timeout=BUSY_SECONDS if busy_seconds is None else busy_seconds,
        isolation_level=None,
        factory=GuardedConnection,
    )
    assert isinstance(conn, GuardedConnection)
    try:
        conn.watchdog = Watchdog(STATEMENT_SECONDS)
        conn.set_progress_handler(conn.watchdog, _PROGRESS_STEPS)
        for pragma in _PRAGMAS + (_WRITE_PRAGMAS if mode == "rw" else ()):
            conn.execute(pragma).close()
        if guard:
            conn.set_authorizer(_guard_writes if mode == "rw" else _guard_reads)
    except BaseException:
        conn.close()
        raise
    return conn
