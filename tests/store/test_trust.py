"""Reopening a file we checked or wrote ourselves skips only the slow full check, and only then."""

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from nlinkoop.domain.preparation import Preparation
from nlinkoop.paths import CACHE_ENV
from nlinkoop.store import trust
from nlinkoop.store.errors import Reason, WorkbookRejected
from nlinkoop.store.workbook import Workbook


def orphan_row(path: Path) -> None:
    """What another program could leave: an interest whose preparation does not exist."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "INSERT INTO interests (id, preparation_id, position, party, what, why, priority,"
            " created_at, updated_at, updated_by, versions)"
            " VALUES ('00000000-0000-4000-8000-000000000001',"
            " '00000000-0000-4000-8000-000000000002', 0, 'us', 'x', '', 'important',"
            " '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'x', '{}')"
        )
        conn.commit()


@pytest.fixture
def workbook_file(tmp_path: Path) -> Path:
    path = tmp_path / "werkboek.db"
    with Workbook.create(path, user="tester") as workbook:
        workbook.save(Preparation(title="Jaargesprek"))
    return path


def test_our_own_last_write_is_remembered(workbook_file: Path) -> None:
    assert trust.is_verified(workbook_file)
    with Workbook.open(workbook_file, user="tester") as workbook:
        prep = workbook.load(workbook.list_preparations()[0].id)
        prep.title = "Jaargesprek 2027"
        workbook.save(prep)
    assert trust.is_verified(workbook_file)


def test_a_write_by_another_program_means_a_full_check(workbook_file: Path) -> None:
    orphan_row(workbook_file)
    assert not trust.is_verified(workbook_file)
    with pytest.raises(WorkbookRejected) as caught:
        Workbook.open(workbook_file)
    assert caught.value.reason is Reason.DAMAGED
    assert "rows without their preparation" in str(caught.value)


def test_the_full_check_is_what_is_skipped(workbook_file: Path) -> None:
    """Shows the memory really saves work: a file wrongly remembered skips the full check."""
    orphan_row(workbook_file)
    trust.remember(workbook_file)
    Workbook.open(workbook_file).close()


def test_a_copy_is_a_new_file(workbook_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "kopie.db"
    shutil.copy2(workbook_file, copy)  # same size, same modification time
    assert not trust.is_verified(copy)


def test_a_damaged_memory_only_costs_a_full_check(
    workbook_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    memory = tmp_path / "cache"
    memory.mkdir()
    (memory / "verified-workbooks-2.json").write_text("{not json")
    monkeypatch.setenv(CACHE_ENV, str(memory))
    assert not trust.is_verified(workbook_file)
    Workbook.open(workbook_file).close()
    assert trust.is_verified(workbook_file)


def test_an_unwritable_memory_is_not_an_error(
    workbook_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv(CACHE_ENV, str(blocked))
    Workbook.open(workbook_file).close()
    assert not trust.is_verified(workbook_file)
