"""Every released file opens and upgrades after a backup; a failed upgrade changes nothing."""

import re
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from nlinkoop.store.backup import backup_path, upgrade_file
from nlinkoop.store.errors import Reason, WorkbookRejected
from nlinkoop.store.migrations import (
    MIGRATIONS,
    SCHEMA_VERSION,
    create_schema,
    expected_schema,
    read_version,
    schema_rows,
)
from nlinkoop.store.workbook import Workbook, check
from tests.store.conftest import listing, query, sha256
from tests.store.make_fixtures import (
    DELETED_ID,
    FIXTURES,
    PREPARATION_IDS,
    PROFILE_ID,
    fixture_path,
)

FIXTURE_FILES = sorted(FIXTURES.glob("v*.db"), key=lambda p: int(p.stem[1:]))


def add_note(conn: sqlite3.Connection) -> None:
    """An example migration to version 2 (as a later issue might write it)."""
    conn.execute("ALTER TABLE preparations ADD COLUMN note TEXT NOT NULL DEFAULT ''")
    conn.execute("CREATE INDEX ix_preparations_note ON preparations (note)")


def add_then_fail(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE half_done (x)")
    conn.execute("UPDATE preparations SET title = 'changed'")
    raise RuntimeError("migration bug")


def test_every_released_version_has_a_fixture() -> None:
    assert all(re.fullmatch(r"v\d+", p.stem) for p in FIXTURE_FILES)
    versions = [int(p.stem[1:]) for p in FIXTURE_FILES]
    assert versions == list(range(1, SCHEMA_VERSION + 1))
    assert len(MIGRATIONS) == SCHEMA_VERSION - 1


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_every_fixture_opens_upgrades_and_loads(tmp_path: Path, fixture: Path) -> None:
    target = tmp_path / "werkboek.db"
    shutil.copyfile(fixture, target)
    version = int(fixture.stem[1:])
    assert check(target).needs_upgrade is (version < SCHEMA_VERSION)

    with Workbook.open(target, user="tester") as workbook:
        summaries = workbook.list_preparations()
        preparations = workbook.load_all()
        profiles = workbook.profiles()
        assert {s.id for s in summaries} == set(PREPARATION_IDS)
        assert {p.id for p in preparations} == set(PREPARATION_IDS)
        assert [p.id for p in profiles] == [PROFILE_ID]
        for prep in preparations:
            assert len(prep.participants) == 2
            assert prep.capacity.topics and prep.wishes and prep.reflection.outcomes
            assert prep.contract_value is not None
        linked = next(p for p in preparations if p.profile_id is not None)
        assert linked.profile_id == PROFILE_ID
        workbook.save(preparations[0])  # the upgraded file takes changes
        assert workbook.load(preparations[0].id) == preparations[0]

    report = check(target)
    assert (report.schema_version, report.needs_upgrade) == (SCHEMA_VERSION, False)
    assert report.preparations == 2
    assert query(target, "SELECT count(*) FROM preparations WHERE id = ?", DELETED_ID) == [(1,)]
    expected_files = ["werkboek.db"]
    if version < SCHEMA_VERSION:
        expected_files.insert(0, f"werkboek (backup v{version}).db")
        assert sha256(tmp_path / expected_files[0]) == sha256(fixture)
    assert listing(tmp_path) == expected_files


def test_an_older_file_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    target = tmp_path / "deal.db"
    shutil.copyfile(fixture_path(1), target)
    original = target.read_bytes()
    migrations = (*MIGRATIONS, add_note)

    backup = upgrade_file(target, migrations=migrations)

    assert backup == tmp_path / "deal (backup v1).db"
    assert backup.read_bytes() == original
    assert listing(tmp_path) == ["deal (backup v1).db", "deal.db"]
    with closing(sqlite3.connect(target)) as conn:
        assert read_version(conn) == 2
        assert schema_rows(conn) == expected_schema(2, migrations)  # same as a new v2 file
        assert conn.execute("SELECT DISTINCT note FROM preparations").fetchall() == [("",)]
    assert upgrade_file(target, migrations=migrations) is None  # current now: nothing to do
    assert listing(tmp_path) == ["deal (backup v1).db", "deal.db"]

    # This build only knows version 1, so it refuses the upgraded file as newer.
    with pytest.raises(WorkbookRejected) as caught:
        Workbook.open(target)
    assert caught.value.reason is Reason.NEWER_VERSION


def test_a_failing_migration_leaves_the_file_byte_identical(tmp_path: Path) -> None:
    target = tmp_path / "deal.db"
    shutil.copyfile(fixture_path(1), target)
    digest = sha256(target)

    with pytest.raises(RuntimeError, match="migration bug"):
        upgrade_file(target, migrations=(*MIGRATIONS, add_then_fail))

    assert sha256(target) == digest
    assert listing(tmp_path) == ["deal.db"]  # no backup left for an unchanged file
    assert check(target).schema_version == 1


def test_a_later_failing_migration_keeps_the_earlier_ones_and_the_backup(tmp_path: Path) -> None:
    target = tmp_path / "deal.db"
    shutil.copyfile(fixture_path(1), target)
    original = target.read_bytes()

    with pytest.raises(RuntimeError, match="migration bug"):
        upgrade_file(target, migrations=(*MIGRATIONS, add_note, add_then_fail))

    with closing(sqlite3.connect(target)) as conn:
        assert read_version(conn) == 2
        assert schema_rows(conn) == expected_schema(2, (*MIGRATIONS, add_note))
    assert (tmp_path / "deal (backup v1).db").read_bytes() == original


def test_backups_never_overwrite_an_earlier_backup(tmp_path: Path) -> None:
    target = tmp_path / "deal.db"
    target.touch()
    (tmp_path / "deal (backup v1).db").touch()
    assert backup_path(target, 1) == tmp_path / "deal (backup v1 2).db"
    (tmp_path / "deal (backup v1 2).db").touch()
    assert backup_path(target, 1) == tmp_path / "deal (backup v1 3).db"


def test_new_and_upgraded_files_have_the_same_schema(tmp_path: Path) -> None:
    migrations = (*MIGRATIONS, add_note)
    with closing(sqlite3.connect(":memory:", isolation_level=None)) as conn:
        create_schema(conn, migrations=migrations)
        assert read_version(conn) == 2
        new_file = schema_rows(conn)
    target = tmp_path / "old.db"
    shutil.copyfile(fixture_path(1), target)
    upgrade_file(target, migrations=migrations)
    with closing(sqlite3.connect(target)) as conn:
        assert schema_rows(conn) == new_file


def test_the_expected_schema_is_that_of_a_new_workbook(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        assert schema_rows(conn) == expected_schema(SCHEMA_VERSION)
    with pytest.raises(ValueError):
        expected_schema(SCHEMA_VERSION + 1)
