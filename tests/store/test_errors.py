"""Database and file errors become known reasons; everything else stays a bug."""

import errno
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from nlinkoop.domain.interests import Interest
from nlinkoop.domain.preparation import Preparation
from nlinkoop.store import connection
from nlinkoop.store.connection import connect
from nlinkoop.store.errors import (
    Reason,
    RecordConflict,
    WorkbookRejected,
    WorkbookUnavailable,
    known_error,
    translated,
)
from nlinkoop.store.workbook import Workbook
from tests.store.conftest import USER


def raised(path: Path, *statements: str, mode: str = "rw") -> sqlite3.Error:
    """The error SQLite really raises for these statements on `path`."""
    uri = f"file:{path}?mode={mode}"
    with closing(sqlite3.connect(uri, uri=True)) as conn, pytest.raises(sqlite3.Error) as caught:
        for statement in statements:
            conn.execute(statement)
    return caught.value


def test_a_locked_workbook_is_unavailable(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "BUSY_SECONDS", 0.05)
    with Workbook.open(path, user=USER) as workbook, closing(sqlite3.connect(path)) as other:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(WorkbookUnavailable) as caught:
            workbook.save(Preparation())
        assert caught.value.reason is Reason.LOCKED
        with pytest.raises(WorkbookUnavailable):
            workbook.list_preparations()
        other.rollback()
        workbook.save(Preparation())  # works again once the other program lets go
        assert len(workbook.list_preparations()) == 1


def test_a_full_disk_is_unavailable(path: Path) -> None:
    error = raised(
        path,
        "PRAGMA max_page_count = 1",  # a file that may not grow: SQLite reports SQLITE_FULL
        "CREATE TABLE big (x)",
    )
    known = known_error(error)
    assert isinstance(known, WorkbookUnavailable)
    assert known.reason is Reason.DISK_FULL


def test_a_read_only_file_is_unavailable(path: Path) -> None:
    error = raised(path, "DELETE FROM profiles", mode="ro")
    known = known_error(error)
    assert isinstance(known, WorkbookUnavailable)
    assert known.reason is Reason.READ_ONLY


def test_a_statement_that_runs_too_long_is_stopped(path: Path) -> None:
    endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"
    with closing(connect(path, "rw")) as conn:
        conn.watchdog.seconds = 0.05
        with pytest.raises(sqlite3.OperationalError) as caught:
            conn.execute(endless)
    known = known_error(caught.value)
    assert isinstance(known, WorkbookUnavailable)
    assert known.reason is Reason.TIMEOUT


@pytest.mark.parametrize(
    "statement",
    [
        "ATTACH DATABASE 'elsewhere.db' AS other",
        "CREATE TRIGGER t AFTER INSERT ON profiles BEGIN DELETE FROM profiles; END",
        "CREATE TEMP VIEW v AS SELECT 1",
        "DROP TABLE profiles",
        "PRAGMA writable_schema = ON",
        "PRAGMA journal_mode = WAL",
    ],
)
def test_guarded_connections_refuse_schema_changes_and_attaching(
    path: Path, statement: str
) -> None:
    with closing(connect(path, "rw")) as conn:
        with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
            conn.execute(statement)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # reading is fine
    assert sorted(p.name for p in path.parent.iterdir()) == ["werkboek.db"]


def test_read_only_checks_cannot_write(path: Path) -> None:
    refused = pytest.raises(sqlite3.DatabaseError, match="not authorized")
    with closing(connect(path, "ro")) as conn, refused:
        conn.execute("DELETE FROM profiles")


@pytest.mark.parametrize(
    ("error", "kind", "reason"),
    [
        (PermissionError(errno.EACCES, "denied"), WorkbookUnavailable, Reason.PERMISSION_DENIED),
        (OSError(errno.ENOSPC, "full"), WorkbookUnavailable, Reason.DISK_FULL),
        (OSError(errno.EROFS, "read-only"), WorkbookUnavailable, Reason.READ_ONLY),
        (OSError(errno.EIO, "i/o"), WorkbookUnavailable, Reason.IO_ERROR),
        (FileExistsError(errno.EEXIST, "exists"), WorkbookUnavailable, Reason.EXISTS),
        (FileNotFoundError(errno.ENOENT, "gone"), WorkbookRejected, Reason.NOT_FOUND),
    ],
)
def test_file_errors_map_to_reasons(error: OSError, kind: type, reason: Reason) -> None:
    known = known_error(error)
    assert isinstance(known, kind)
    assert known.reason is reason


def test_bugs_are_not_dressed_up_as_known_errors(path: Path) -> None:
    constraint = raised(path, "INSERT INTO profiles (id) VALUES ('x')")
    assert isinstance(constraint, sqlite3.IntegrityError)
    assert known_error(constraint) is None
    syntax = raised(path, "SELEKT 1")
    assert known_error(syntax) is None
    with pytest.raises(sqlite3.IntegrityError), translated():
        raise constraint
    with pytest.raises(KeyError), translated():
        raise KeyError("a bug")


def test_a_child_id_taken_by_another_preparation_is_a_known_conflict(tmp_path: Path) -> None:
    shared = Interest(what="Continuiteit")
    first = Preparation(title="Eerste", interests=[shared])
    second = Preparation(title="Tweede", interests=[Interest(what="Prijs", id=shared.id)])
    with Workbook.create(tmp_path / "w.db", user="tester") as workbook:
        workbook.save(first)
        with pytest.raises(RecordConflict) as caught:
            workbook.save(second)
        assert "interests" in str(caught.value)
        assert [s.title for s in workbook.list_preparations()] == ["Eerste"]
