"""The safe open: decide whether a file is a sound nlinkoop workbook without changing it.

Every file is treated as hostile. First the file itself and its 100-byte SQLite header are read
with plain Python (SQLite never sees a file that fails here); then a read-only connection runs a
full `integrity_check`, a `foreign_key_check`, and compares every row of `sqlite_schema` with the
schema our own DDL and migrations produce for the file's version, so no foreign trigger, view,
table or index can run or hide anything. A refused file is left exactly as it was.
"""

import sqlite3
import stat
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from nlinkoop.store.connection import connect
from nlinkoop.store.errors import (
    BadValues,
    Reason,
    WorkbookRejected,
    WorkbookUnavailable,
    one_line,
)
from nlinkoop.store.migrations import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    SchemaRow,
    expected_schema,
    schema_rows,
)
from nlinkoop.store.values import bad_values

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
_ROLLBACK_JOURNAL = 1  # header bytes 18/19: 1 = rollback journal, 2 = WAL
_WAL = 2
_SHOWN_OBJECTS = 3  # how many unexpected objects a message names


@dataclass(frozen=True)
class CheckReport:
    """What the safe-open checks found in a sound workbook.

    Attributes:
        path: the file checked.
        schema_version: the file's schema version (`PRAGMA user_version`).
        preparations: how many preparations it holds (not counting deleted ones).
        profiles: how many pitch profiles it holds.
        needs_upgrade: the file has an older schema; opening it backs it up and upgrades it.
        policy: it holds a procurement policy (from schema version 2 on).
    """

    path: Path
    schema_version: int
    preparations: int
    profiles: int
    needs_upgrade: bool
    policy: bool = False


@dataclass(frozen=True)
class Header:
    """The fields of the 100-byte SQLite header that the checks use."""

    page_size: int
    write_version: int
    read_version: int
    change_counter: int
    page_count: int
    version_valid_for: int
    user_version: int
    application_id: int

    @classmethod
    def parse(cls, raw: bytes) -> "Header":
        def u32(offset: int) -> int:
            return int.from_bytes(raw[offset : offset + 4], "big")

        page_size = int.from_bytes(raw[16:18], "big")
        return cls(
            page_size=65536 if page_size == 1 else page_size,
            write_version=raw[18],
            read_version=raw[19],
            change_counter=u32(24),
            page_count=u32(28),
            version_valid_for=u32(92),
            user_version=int.from_bytes(raw[60:64], "big", signed=True),
            application_id=u32(68),
        )


def journal_path(path: Path) -> Path:
    """Where SQLite keeps the rollback journal of `path` while it writes."""
    return path.with_name(path.name + "-journal")


def read_identity(path: Path) -> tuple[int, bytes]:
    """The file's size and SQLite header, once it is clearly an nlinkoop file; nothing else.

    Raises:
        WorkbookRejected: missing, a folder or not a regular file, empty, not SQLite, not ours.
        WorkbookUnavailable: no permission to read it.
    """
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise WorkbookRejected(Reason.NOT_FOUND) from None
    except PermissionError:
        raise WorkbookUnavailable(Reason.PERMISSION_DENIED) from None
    if stat.S_ISDIR(info.st_mode):
        raise WorkbookRejected(Reason.IS_DIRECTORY)
    if not stat.S_ISREG(info.st_mode):
        raise WorkbookRejected(Reason.NOT_A_FILE)  # a FIFO would block, a device is no file
    if info.st_size == 0:
        raise WorkbookRejected(Reason.EMPTY)  # SQLite would call it a sound empty database
    try:
        with path.open("rb") as handle:
            raw = handle.read(HEADER_SIZE)
    except PermissionError:
        raise WorkbookUnavailable(Reason.PERMISSION_DENIED) from None
    except IsADirectoryError:  # pragma: no cover - replaced by a folder since the stat
        raise WorkbookRejected(Reason.IS_DIRECTORY) from None
    if len(raw) < HEADER_SIZE or not raw.startswith(SQLITE_MAGIC):
        raise WorkbookRejected(Reason.NOT_SQLITE)
    if Header.parse(raw).application_id != APPLICATION_ID:
        raise WorkbookRejected(Reason.NOT_NLINKOOP)
    return info.st_size, raw


def check_header(path: Path) -> int:
    """Check the file and its header with plain reads; returns its schema version.

    Raises:
        WorkbookRejected: see `read_identity`; also newer version, WAL mode, truncated.
        WorkbookUnavailable: no permission to read it.
    """
    size, raw = read_identity(path)
    header = Header.parse(raw)
    if header.user_version > SCHEMA_VERSION:
        raise WorkbookRejected(
            Reason.NEWER_VERSION, found=header.user_version, known=SCHEMA_VERSION
        )
    if header.user_version < 1:
        raise WorkbookRejected(Reason.DAMAGED, problem="no schema version")
    if _WAL in (header.write_version, header.read_version):
        raise WorkbookRejected(Reason.WAL)
    if (header.write_version, header.read_version) != (_ROLLBACK_JOURNAL, _ROLLBACK_JOURNAL):
        raise WorkbookRejected(Reason.DAMAGED, problem="unknown file format version")
    if header.page_size < 512 or header.page_size & (header.page_size - 1):
        raise WorkbookRejected(Reason.DAMAGED, problem="invalid page size")
    # The page count in the header is only valid when written by a SQLite that keeps it.
    header_counts = header.page_count and header.version_valid_for == header.change_counter
    if header_counts and size < header.page_size * header.page_count:
        raise WorkbookRejected(Reason.TRUNCATED)
    return header.user_version


def unexpected_objects(found: frozenset[SchemaRow], expected: frozenset[SchemaRow]) -> str:
    """Describe schema rows that differ from the expected ones ("" if there are none)."""
    expected_names = {(kind, name) for kind, name, _, _ in expected}
    found_names = {(kind, name) for kind, name, _, _ in found}
    parts = []
    for kind, name, _, _ in sorted(found - expected, key=lambda row: (row[0], row[1])):
        altered = "altered " if (kind, name) in expected_names else ""
        parts.append(f"{altered}{one_line(kind, 20)} '{one_line(name, 40)}'")  # names are hostile
    parts += [f"missing {kind} '{name}'" for kind, name in sorted(expected_names - found_names)]
    if len(parts) > _SHOWN_OBJECTS:
        parts = [*parts[:_SHOWN_OBJECTS], f"and {len(parts) - _SHOWN_OBJECTS} more"]
    return ", ".join(parts)


def inspect(path: Path, *, full: bool = True, values: bool | None = None) -> CheckReport:
    """Run every safe-open check on `path`, read-only; the file is never changed.

    Args:
        path: the file.
        full: also run `integrity_check` and `foreign_key_check`, which read every page.
            Only a file known to be unchanged since it last passed them may skip them
            (`trust.is_verified`); the header and schema checks always run.
        values: look at every stored value as its column's type reads it (`values.py`):
            a file that passes is never refused later for a value in it. Default: with
            `full`. A copy nlinkoop just made of its own working copy may skip it.

    Raises:
        BadValues: values nlinkoop cannot read (a `WorkbookRejected` naming the first).
        WorkbookRejected: the file is not a sound workbook of a version this app knows.
        WorkbookUnavailable: it cannot be read now (locked, no permission, interrupted save).
        sqlite3.Error: other database errors (translated by the caller).
    """
    version = check_header(path)
    with closing(connect(path, "ro")) as conn:
        conn.execute("BEGIN")  # one consistent snapshot for all checks
        try:
            objects = unexpected_objects(schema_rows(conn), expected_schema(version))
            if objects:
                raise WorkbookRejected(Reason.UNEXPECTED_OBJECTS, objects=objects)
            if full:
                _check_integrity(conn)
            if full if values is None else values:
                found, more = bad_values(conn, version)
                if found:
                    raise BadValues(found, more=more)
            (preparations,) = conn.execute(
                "SELECT count(*) FROM preparations WHERE deleted_at IS NULL"
            ).fetchone()
            (profiles,) = conn.execute("SELECT count(*) FROM profiles").fetchone()
            policy = version >= 2 and conn.execute("SELECT 1 FROM policy").fetchone() is not None
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
    return CheckReport(
        path=path,
        schema_version=version,
        preparations=int(preparations),
        profiles=int(profiles),
        needs_upgrade=version < SCHEMA_VERSION,
        policy=policy,
    )


def _check_integrity(conn: sqlite3.Connection) -> None:
    problems = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(1)")]
    if problems != ["ok"]:
        raise WorkbookRejected(Reason.DAMAGED, problem=one_line(problems[0]))
    if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise WorkbookRejected(Reason.DAMAGED, problem="rows without their preparation")


def recover(path: Path) -> bool:
    """Let SQLite roll back an interrupted save (a hot journal beside our file), as it would.

    Only for `Workbook.open`, only after `read_identity` found our file: a read-only check
    cannot read a file with a hot journal. Returns whether a journal was there.
    """
    journal = journal_path(path)
    try:
        if journal.stat().st_size == 0:
            return False
    except FileNotFoundError:
        return False
    with closing(connect(path, "rw")) as conn:
        conn.execute("PRAGMA user_version").fetchall()  # the first read rolls the journal back
    return True
