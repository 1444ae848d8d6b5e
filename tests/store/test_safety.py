"""Every file that is not a sound workbook is refused with its reason, and left untouched."""

import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from nlinkoop.store.errors import Reason, WorkbookError, WorkbookRejected, WorkbookUnavailable
from nlinkoop.store.migrations import APPLICATION_ID, SCHEMA_VERSION
from nlinkoop.store.workbook import Workbook, check
from tests.store.builders import fixed_id, full_preparation, full_profile
from tests.store.conftest import USER, listing, sha256, write


@pytest.fixture
def filled(path: Path) -> Path:
    """A sound workbook with two full preparations and a profile."""
    with Workbook.open(path, user=USER) as workbook:
        workbook.save_all([full_preparation("a"), full_preparation("b")], [full_profile()])
    return path


def make_empty(target: Path, filled: Path) -> None:
    target.touch()


def make_directory(target: Path, filled: Path) -> None:
    target.mkdir()


def make_png(target: Path, filled: Path) -> None:
    target.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300))


def make_text(target: Path, filled: Path) -> None:
    target.write_text("Notulen van het overleg met Schoon & Co\n" * 50, encoding="utf-8")


def make_short_sqlite_lookalike(target: Path, filled: Path) -> None:
    target.write_bytes(b"SQLite format 3\x00" + bytes(20))


def make_foreign_sqlite(target: Path, filled: Path) -> None:
    write(target, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")


def make_truncated(target: Path, filled: Path) -> None:
    data = filled.read_bytes()
    target.write_bytes(data[: len(data) // 2])


def make_newer(target: Path, filled: Path) -> None:
    shutil.copyfile(filled, target)
    write(target, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


def make_unversioned(target: Path, filled: Path) -> None:
    shutil.copyfile(filled, target)
    write(target, "PRAGMA user_version = 0")


def make_wal(target: Path, filled: Path) -> None:
    shutil.copyfile(filled, target)
    write(target, "PRAGMA journal_mode = WAL")


def modified(*statements: str) -> Callable[[Path, Path], None]:
    def make(target: Path, filled: Path) -> None:
        shutil.copyfile(filled, target)
        write(target, *statements)

    return make


def make_damaged_page(target: Path, filled: Path) -> None:
    data = bytearray(filled.read_bytes())
    page = 4096 * 4  # the header of page 5, a b-tree page
    data[page + 1 : page + 8] = b"\x7f" * 7
    target.write_bytes(data)


def make_index_mismatch(target: Path, filled: Path) -> None:
    """One character of a row changed behind its index's back: only the full check sees it."""
    data = bytearray(filled.read_bytes())
    at = data.index(fixed_id("a/p1").encode())
    data[at] = ord("0") if data[at] != ord("0") else ord("1")
    target.write_bytes(data)
    with closing(sqlite3.connect(f"file:{target}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]


CASES = {
    "zero bytes": (make_empty, Reason.EMPTY, "empty file, not a workbook"),
    "directory": (make_directory, Reason.IS_DIRECTORY, "a folder, not a workbook file"),
    "png": (make_png, Reason.NOT_SQLITE, "not an nlinkoop workbook"),
    "text": (make_text, Reason.NOT_SQLITE, "not an nlinkoop workbook"),
    "short": (make_short_sqlite_lookalike, Reason.NOT_SQLITE, "not an nlinkoop workbook"),
    "other program": (
        make_foreign_sqlite,
        Reason.NOT_NLINKOOP,
        "a SQLite database, but not an nlinkoop workbook",
    ),
    "truncated": (make_truncated, Reason.TRUNCATED, "damaged (truncated)"),
    "newer": (
        make_newer,
        Reason.NEWER_VERSION,
        f"made with a newer nlinkoop (schema version {SCHEMA_VERSION + 1}; "
        f"this app knows up to {SCHEMA_VERSION})",
    ),
    "no version": (make_unversioned, Reason.DAMAGED, "damaged (no schema version)"),
    "wal": (make_wal, Reason.WAL, None),
    "trigger": (
        modified(
            "CREATE TRIGGER wipe AFTER INSERT ON participants BEGIN DELETE FROM profiles; END"
        ),
        Reason.UNEXPECTED_OBJECTS,
        "unexpected database objects (trigger 'wipe')",
    ),
    "view": (
        modified("CREATE VIEW everything AS SELECT * FROM preparations"),
        Reason.UNEXPECTED_OBJECTS,
        "unexpected database objects (view 'everything')",
    ),
    "table": (
        modified("CREATE TABLE extra (x)"),
        Reason.UNEXPECTED_OBJECTS,
        "unexpected database objects (table 'extra')",
    ),
    "index": (
        modified("CREATE INDEX ix_extra ON wishes (points)"),
        Reason.UNEXPECTED_OBJECTS,
        "unexpected database objects (index 'ix_extra')",
    ),
    "altered table": (
        modified("ALTER TABLE participants ADD COLUMN secret TEXT"),
        Reason.UNEXPECTED_OBJECTS,
        "unexpected database objects (altered table 'participants')",
    ),
    "dropped index": (
        modified("DROP INDEX ix_wishes_preparation"),
        Reason.UNEXPECTED_OBJECTS,
        "unexpected database objects (missing index 'ix_wishes_preparation')",
    ),
    "odd name": (
        modified('CREATE TABLE "x\ny ' + "z" * 100 + '" (a)'),
        Reason.UNEXPECTED_OBJECTS,
        "unexpected database objects (table 'x y " + "z" * 35 + "…')",
    ),
    "statistics": (
        modified("ANALYZE"),
        Reason.UNEXPECTED_OBJECTS,
        "unexpected database objects (table 'sqlite_stat1')",
    ),
    "malformed schema": (
        modified(
            "PRAGMA writable_schema = ON",
            "UPDATE sqlite_schema SET sql = 'CREATE TABLE profiles (' WHERE name = 'profiles'",
        ),
        Reason.DAMAGED,
        "damaged (malformed database schema (profiles) - incomplete input)",
    ),
    "damaged page": (make_damaged_page, Reason.DAMAGED, None),
    "index mismatch": (make_index_mismatch, Reason.DAMAGED, None),
}


@pytest.mark.parametrize("opener", [Workbook.open, check], ids=["open", "check"])
@pytest.mark.parametrize("case", list(CASES))
def test_refused_files_are_left_untouched(
    tmp_path: Path, filled: Path, case: str, opener: Callable[[Path], object]
) -> None:
    make, reason, message = CASES[case]
    folder = tmp_path / "inbox"
    folder.mkdir()
    target = folder / "x.db"
    make(target, filled)
    before = listing(folder)
    digest = sha256(target) if target.is_file() else None

    with pytest.raises(WorkbookRejected) as caught:
        opener(target)

    assert caught.value.reason is reason
    if message is not None:
        assert str(caught.value) == message
    assert "\n" not in str(caught.value)
    assert listing(folder) == before
    if digest is not None:
        assert sha256(target) == digest


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkbookRejected) as caught:
        Workbook.open(tmp_path / "nope.db")
    assert caught.value.reason is Reason.NOT_FOUND
    assert listing(tmp_path) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    target = tmp_path / "pipe.db"
    os.mkfifo(target)
    with pytest.raises(WorkbookRejected) as caught:
        check(target)
    assert caught.value.reason is Reason.NOT_A_FILE


def test_the_hostile_trigger_never_ran(tmp_path: Path, filled: Path) -> None:
    """A plain-SQL trigger survives trusted_schema=OFF; the schema check must stop it."""
    target = tmp_path / "hostile.db"
    CASES["trigger"][0](target, filled)
    with pytest.raises(WorkbookRejected):
        Workbook.open(target)
    with closing(sqlite3.connect(f"file:{target}?mode=ro", uri=True)) as conn:
        assert conn.execute("SELECT count(*) FROM profiles").fetchone() == (1,)


def test_errors_are_known_errors_with_an_english_line() -> None:
    error = WorkbookRejected(Reason.NEWER_VERSION, found=7, known=1)
    assert isinstance(error, WorkbookError)
    assert error.details == {"found": 7, "known": 1}
    assert str(error) == "made with a newer nlinkoop (schema version 7; this app knows up to 1)"
    assert str(WorkbookUnavailable(Reason.EXISTS)) == "a file with this name already exists"


def test_check_reports_and_changes_nothing(tmp_path: Path, filled: Path) -> None:
    before, digest = listing(tmp_path), sha256(filled)
    report = check(filled)
    assert report.schema_version == SCHEMA_VERSION
    assert report.preparations == 2
    assert report.profiles == 1
    assert report.needs_upgrade is False
    assert listing(tmp_path) == before
    assert sha256(filled) == digest


def test_the_header_carries_our_identity(filled: Path) -> None:
    header = filled.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00")
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID == 0x6E6C6B70
    assert header[68:72] == b"nlkp"
    assert int.from_bytes(header[60:64], "big") == SCHEMA_VERSION
    assert (header[18], header[19]) == (1, 1)  # rollback journal, never WAL


def interrupted_save(path: Path) -> bytes:
    """Leave `path` as a crash in the middle of a write would: half written, a hot journal.

    Returns the bytes of the file as it was before the write began.
    """
    committed = path.read_bytes()
    work = path.with_name("work.db")
    shutil.copyfile(path, work)
    with closing(sqlite3.connect(work, isolation_level=None)) as conn:
        conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file at once
        conn.execute("BEGIN")
        conn.execute("UPDATE preparations SET title = 'half written'")
        conn.execute("DELETE FROM participants")
        shutil.copyfile(work, path)
        shutil.copyfile(work.with_name("work.db-journal"), path.with_name(path.name + "-journal"))
        conn.execute("ROLLBACK")
    work.unlink()
    assert path.read_bytes() != committed
    return committed


def test_check_refuses_to_roll_back_an_interrupted_save(filled: Path) -> None:
    interrupted_save(filled)
    before, digest = listing(filled.parent), sha256(filled)
    with pytest.raises(WorkbookUnavailable) as caught:
        check(filled)
    assert caught.value.reason is Reason.NEEDS_RECOVERY
    assert listing(filled.parent) == before
    assert sha256(filled) == digest


def test_open_rolls_back_an_interrupted_save(filled: Path) -> None:
    with Workbook.open(filled) as workbook:
        expected = workbook.load_all()
    committed = interrupted_save(filled)
    with Workbook.open(filled) as workbook:
        assert workbook.load_all() == expected
    assert listing(filled.parent) == ["werkboek.db"]
    assert filled.read_bytes() == committed
