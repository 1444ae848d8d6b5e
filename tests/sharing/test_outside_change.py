"""Another program replaces the open file atomically, as sync tools do: nothing gets lost."""

import os
import shutil
from pathlib import Path

import pytest

from nlinkoop.store.document import Document
from nlinkoop.store.errors import WorkbookRejected
from nlinkoop.store.workbook import Workbook, check
from tests.sharing.helpers import read_preparation
from tests.store.builders import fixed_id, full_preparation
from tests.store.conftest import write

PREP_ID = fixed_id("outside/preparation")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    folder = tmp_path / "OneDrive"
    folder.mkdir()
    target = folder / "werkboek.db"
    prep = full_preparation("outside")
    prep.id = PREP_ID
    with Workbook.create(target, user="builder") as workbook:
        workbook.save(prep)
    return target


def replace_from_outside(path: Path, counterparty: str, *, same_time: bool = False) -> None:
    """What a sync tool does: a changed copy made elsewhere, moved over the file in one step.

    Args:
        same_time: give the new file the old one's modification time (tools that keep it).
    """
    incoming = path.parent / "sync-download.partial"
    shutil.copyfile(path, incoming)
    with Workbook.open(incoming, user="bram") as workbook:
        prep = workbook.load(PREP_ID)
        prep.counterparty = counterparty
        workbook.save(prep)
    if same_time:
        old = path.stat()
        os.utime(incoming, ns=(old.st_atime_ns, old.st_mtime_ns))
    os.replace(incoming, path)


@pytest.mark.parametrize("same_time", [False, True], ids=["new mtime", "old mtime"])
def test_reload_brings_in_the_outside_change_and_write_back_keeps_both(
    path: Path, data_dir: Path, same_time: bool
) -> None:
    document = Document.open(path, user="anne", lock="ask")
    try:
        assert not document.outside_changed()
        replace_from_outside(path, "Bram's leverancier", same_time=same_time)
        assert document.outside_changed()
        report = document.reload()
        assert report.changed and PREP_ID in report.preparations
        assert not report.conflicts
        assert not document.outside_changed()
        prep = document.workbook.load(PREP_ID)
        assert prep.counterparty == "Bram's leverancier"
        prep.title = "Anne's titel"
        document.workbook.save(prep)
        assert document.dirty
        assert document.write_back().written
        assert not document.dirty and not document.outside_changed()
    finally:
        document.close()
    check(path)
    in_file = read_preparation(path, PREP_ID)
    assert (in_file.title, in_file.counterparty) == ("Anne's titel", "Bram's leverancier")


def test_write_back_merges_an_outside_change_that_came_during_an_edit(
    path: Path, data_dir: Path
) -> None:
    document = Document.open(path, user="anne", lock="ask")
    try:
        prep = document.workbook.load(PREP_ID)
        prep.title = "Anne's titel"
        document.workbook.save(prep)
        replace_from_outside(path, "Bram's leverancier")
        assert document.outside_changed()
        result = document.write_back()
        assert result.written and result.conflict_copy is None
        assert result.report is not None and result.report.changed
        assert not result.report.conflicts
        assert document.workbook.load(PREP_ID).counterparty == "Bram's leverancier"
    finally:
        document.close()
    check(path)
    in_file = read_preparation(path, PREP_ID)
    assert (in_file.title, in_file.counterparty) == ("Anne's titel", "Bram's leverancier")
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # lock gone, no copies


def test_an_unchanged_document_writes_nothing_and_sees_no_outside_change(
    path: Path, data_dir: Path
) -> None:
    before = path.read_bytes()
    document = Document.open(path, user="anne", lock="ask")
    try:
        assert not document.dirty and not document.outside_changed()
        result = document.write_back()
        assert (result.written, result.report, result.conflict_copy) == (False, None, None)
    finally:
        document.close()
    assert path.read_bytes() == before


def test_a_hostile_outside_version_is_refused_and_the_edit_waits(
    path: Path, data_dir: Path
) -> None:
    """A sync tool brings in a file with a foreign trigger: write-back refuses to merge it,
    leaves it as it is and keeps the edit; once a sound version is back, the edit goes in."""
    sound = path.read_bytes()
    document = Document.open(path, user="anne", lock="ask")
    try:
        prep = document.workbook.load(PREP_ID)
        prep.title = "Anne's titel"
        document.workbook.save(prep)
        hostile = path.parent / "incoming.db"
        hostile.write_bytes(sound)
        write(
            hostile,
            "CREATE TRIGGER t AFTER UPDATE ON preparations BEGIN DELETE FROM interests; END",
        )
        os.replace(hostile, path)
        before = path.read_bytes()
        with pytest.raises(WorkbookRejected) as caught:
            document.write_back()
        assert "\n" not in str(caught.value)
        assert path.read_bytes() == before
        assert document.dirty
        assert document.workbook.load(PREP_ID).title == "Anne's titel"
        hostile.write_bytes(sound)
        os.replace(hostile, path)
        assert document.write_back().written
    finally:
        document.close()
    check(path)
    assert read_preparation(path, PREP_ID).title == "Anne's titel"
