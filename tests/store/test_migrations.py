"""Every released file opens and upgrades after a backup; a failed upgrade changes nothing."""

import datetime as dt
import re
import shutil
import sqlite3
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest

from nlinkoop.domain.meeting_log import EntryKind, LogEntry, MeetingRound
from nlinkoop.domain.policy import POLICY_ID, ProcurementPolicy
from nlinkoop.store.backup import backup_path, upgrade_file
from nlinkoop.store.document import Document
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
    POLICY_NAME,
    PREPARATION_IDS,
    PROFILE_ID,
    fixture_path,
)

FIXTURE_FILES = sorted(FIXTURES.glob("v*.db"), key=lambda p: int(p.stem[1:]))
NEXT = SCHEMA_VERSION + 1  # the version the example migrations below upgrade to


def add_note(conn: sqlite3.Connection) -> None:
    """An example migration to the next version (as a later issue might write it)."""
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
        policy = workbook.policy()
        if version >= 2:  # the policy and a preparation's contract kind came with v2
            assert (policy.name, policy.is_set()) == (POLICY_NAME, True)
            assert all(p.contract_kind and p.authority for p in preparations)
        else:
            assert workbook.stored_policy() is None
            assert not policy.is_set() and policy.name == ""
        for prep in preparations:  # the meetings, their log and our limits came with v3
            logged = (prep.meetings, prep.log, prep.reflection.round_id)
            limits = [topic.our_limit for topic in prep.capacity.topics]
            if version >= 3:
                assert len(prep.meetings) == 2 and len(prep.log) == 2
                assert prep.reflection.round_id == prep.meetings[1].id
                assert all(entry.round_id == prep.meetings[1].id for entry in prep.log)
                assert all(limits)
            else:
                assert logged == ([], [], None)
                assert limits == [""]
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
        assert read_version(conn) == NEXT
        assert schema_rows(conn) == expected_schema(NEXT, migrations)  # same as a new file
        assert conn.execute("SELECT DISTINCT note FROM preparations").fetchall() == [("",)]
    assert upgrade_file(target, migrations=migrations) is None  # current now: nothing to do
    assert listing(tmp_path) == ["deal (backup v1).db", "deal.db"]

    # This build does not know the next version, so it refuses the upgraded file as newer.
    with pytest.raises(WorkbookRejected) as caught:
        Workbook.open(target)
    assert caught.value.reason is Reason.NEWER_VERSION


def test_a_failing_migration_leaves_the_file_byte_identical(tmp_path: Path) -> None:
    target = tmp_path / "deal.db"
    shutil.copyfile(fixture_path(SCHEMA_VERSION), target)  # the failing one is its first
    digest = sha256(target)

    with pytest.raises(RuntimeError, match="migration bug"):
        upgrade_file(target, migrations=(*MIGRATIONS, add_then_fail))

    assert sha256(target) == digest
    assert listing(tmp_path) == ["deal.db"]  # no backup left for an unchanged file
    assert check(target).schema_version == SCHEMA_VERSION


def test_a_later_failing_migration_keeps_the_earlier_ones_and_the_backup(tmp_path: Path) -> None:
    target = tmp_path / "deal.db"
    shutil.copyfile(fixture_path(1), target)
    original = target.read_bytes()

    with pytest.raises(RuntimeError, match="migration bug"):
        upgrade_file(target, migrations=(*MIGRATIONS, add_note, add_then_fail))

    with closing(sqlite3.connect(target)) as conn:
        assert read_version(conn) == NEXT
        assert schema_rows(conn) == expected_schema(NEXT, (*MIGRATIONS, add_note))
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
        assert read_version(conn) == NEXT
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


# --- version 1 to 2: the legal gate's fields and the procurement policy --------------------------

V2_COLUMNS = ("contract_kind", "authority", "value_includes_options")


def v1_tables() -> dict[str, list[str]]:
    """Every table of a version-1 file with its columns, as the v1 fixture has them."""
    return tables_of(1)


def tables_of(version: int) -> dict[str, list[str]]:
    """Every table of a file of `version` with its columns, as its fixture has them."""
    fixture = fixture_path(version)
    tables = query(fixture, "SELECT name FROM sqlite_schema WHERE type = 'table'")
    names = [row[0] for row in tables]
    return {
        name: [row[1] for row in query(fixture, f'PRAGMA table_info("{name}")')] for name in names
    }


def stored(path: Path, table: str, columns: list[str]) -> list[tuple[object, ...]]:
    names = ", ".join(f'"{column}"' for column in columns)
    return query(path, f'SELECT {names} FROM "{table}" ORDER BY id')  # noqa: S608


def assert_v1_values_intact(path: Path) -> None:
    """Every value of the v1 fixture is in `path` as it was; the v2 fields are empty."""
    tables = v1_tables()
    assert "preparations" in tables and "policy" not in tables
    for table, columns in tables.items():
        assert stored(path, table, columns) == stored(fixture_path(1), table, columns), table
    assert stored(path, "preparations", list(V2_COLUMNS)) == [(None, None, None)] * 3
    assert query(path, "SELECT count(*) FROM policy") == [(0,)]


def test_a_v1_file_a_command_opens_is_backed_up_then_upgraded_with_every_value(
    tmp_path: Path,
) -> None:
    target = tmp_path / "werkboek.db"
    shutil.copyfile(fixture_path(1), target)

    with Workbook.open(target, user="tester") as workbook:  # as `nlinkoop list` opens it
        preparations = workbook.load_all()
        assert workbook.stored_policy() is None
        assert not workbook.policy().is_set()

    assert listing(tmp_path) == ["werkboek (backup v1).db", "werkboek.db"]
    assert sha256(tmp_path / "werkboek (backup v1).db") == sha256(fixture_path(1))
    assert query(target, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert_v1_values_intact(target)
    for prep in preparations:
        assert (prep.contract_kind, prep.authority, prep.value_includes_options) == (None,) * 3


@pytest.mark.usefixtures("own_data_folder")
def test_a_v1_file_the_window_opens_is_backed_up_beside_it_when_first_written_back(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    target = folder / "werkboek.db"
    shutil.copyfile(fixture_path(1), target)
    original = sha256(target)

    # Opening and reading upgrade only the private working copy: the file keeps its version.
    with Document.open(target, user="tester") as document:
        assert_v1_values_intact(document.workbook.file)
        assert document.write_back().written is False
    assert sha256(target) == original
    assert listing(folder) == ["werkboek.db"]

    with Document.open(target, user="tester") as document:
        workbook = document.workbook
        prep = workbook.load(PREPARATION_IDS[0])
        assert (prep.contract_kind, prep.authority, prep.value_includes_options) == (None,) * 3
        prep.value_includes_options = False
        workbook.save(prep)
        workbook.save_policy(ProcurementPolicy(single_up_to=Decimal("50000")))
        assert document.write_back().written

        backup = folder / "werkboek (backup v1).db"
        assert sha256(backup) == original  # the file as it was before it became v2
        assert check(target).schema_version == SCHEMA_VERSION
        retitled = workbook.load(PREPARATION_IDS[1])
        retitled.title = "Nog een keer"
        workbook.save(retitled)
        assert document.write_back().written  # v2 already: no second backup
    assert listing(folder) == ["werkboek (backup v1).db", "werkboek.db"]

    with Workbook.open(target, user="tester") as workbook:
        assert workbook.load(PREPARATION_IDS[0]).value_includes_options is False
        assert workbook.policy().single_up_to == Decimal("50000")
        assert workbook.policy().id == POLICY_ID
    with Workbook.open(backup, user="tester") as old:  # still opens: upgraded in its turn
        assert old.stored_policy() is None


@pytest.mark.usefixtures("own_data_folder")
def test_a_file_of_a_newer_version_is_still_refused_with_the_clear_message(
    tmp_path: Path,
) -> None:
    target = tmp_path / "gedeeld" / "werkboek.db"
    target.parent.mkdir()
    shutil.copyfile(fixture_path(SCHEMA_VERSION), target)
    with closing(sqlite3.connect(target)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    digest = sha256(target)
    message = (
        f"made with a newer nlinkoop (schema version {SCHEMA_VERSION + 1}; "
        f"this app knows up to {SCHEMA_VERSION})"
    )

    for opening in (check, Workbook.open, Document.open):
        with pytest.raises(WorkbookRejected) as caught:
            opening(target)
        assert caught.value.reason is Reason.NEWER_VERSION
        assert str(caught.value) == message

    assert sha256(target) == digest
    assert listing(target.parent) == ["werkboek.db"]


# --- version 2 to 3: the meeting rounds and their log, a topic's limit, the reflection's round ---


def assert_v2_values_intact(path: Path) -> None:
    """Every value of the v2 fixture is in `path` as it was; the v3 fields are empty."""
    tables = tables_of(2)
    assert "policy" in tables and "log_entries" not in tables
    for table, columns in tables.items():
        assert stored(path, table, columns) == stored(fixture_path(2), table, columns), table
    assert query(path, "SELECT DISTINCT our_limit FROM topics") == [("",)]
    assert query(path, "SELECT DISTINCT reflection_round_id FROM preparations") == [(None,)]
    for table in ("meeting_rounds", "log_entries"):
        assert query(path, f"SELECT count(*) FROM {table}") == [(0,)]  # noqa: S608


def test_a_v2_file_a_command_opens_is_backed_up_then_upgraded_with_every_value(
    tmp_path: Path,
) -> None:
    target = tmp_path / "werkboek.db"
    shutil.copyfile(fixture_path(2), target)

    with Workbook.open(target, user="tester") as workbook:  # as `nlinkoop log` would, writing
        preparations = workbook.load_all()
        assert workbook.policy().name == POLICY_NAME

    assert listing(tmp_path) == ["werkboek (backup v2).db", "werkboek.db"]
    assert sha256(tmp_path / "werkboek (backup v2).db") == sha256(fixture_path(2))
    assert query(target, "PRAGMA user_version") == [(3,)]
    assert_v2_values_intact(target)
    for prep in preparations:
        assert (prep.meetings, prep.log, prep.reflection.round_id) == ([], [], None)
        assert [topic.our_limit for topic in prep.capacity.topics] == [""]
        assert prep.contract_kind is not None  # what v2 added is still there
    assert check(target).schema_version == 3


@pytest.mark.usefixtures("own_data_folder")
def test_a_v2_file_the_window_opens_is_backed_up_beside_it_when_a_log_is_first_written_back(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    target = folder / "werkboek.db"
    shutil.copyfile(fixture_path(2), target)
    original = sha256(target)

    with Document.open(target, user="tester") as document:  # reading changes nothing
        assert_v2_values_intact(document.workbook.file)
        assert document.write_back().written is False
    assert sha256(target) == original
    assert listing(folder) == ["werkboek.db"]

    with Document.open(target, user="tester") as document:
        workbook = document.workbook
        prep = workbook.load(PREPARATION_IDS[0])
        meeting = MeetingRound(1, dt.date(2027, 1, 14), "Anne, Bram")
        prep.meetings.append(meeting)
        prep.log.append(LogEntry(meeting.id, kind=EntryKind.AGREEMENT, text="Prijs vast"))
        prep.capacity.topics[0].our_limit = "Niet boven de 3%"
        prep.reflection.round_id = meeting.id
        workbook.save(prep)
        assert document.write_back().written

        backup = folder / "werkboek (backup v2).db"
        assert sha256(backup) == original  # the file as it was before it became v3
        assert check(target).schema_version == SCHEMA_VERSION == 3
    assert listing(folder) == ["werkboek (backup v2).db", "werkboek.db"]

    with Workbook.open(target, user="tester") as workbook:
        reread = workbook.load(PREPARATION_IDS[0])
        assert reread == prep
        assert [entry.text for entry in reread.log] == ["Prijs vast"]
        assert reread.capacity.topics[0].our_limit == "Niet boven de 3%"
    with Workbook.open(backup, user="tester") as old:  # still opens: upgraded in its turn
        assert old.load(PREPARATION_IDS[0]).log == []
