"""A workbook name must leave room for the lock and temporary files nlinkoop puts beside it."""

import shutil
from pathlib import Path

import pytest

from nlinkoop.store import locks
from nlinkoop.store.document import Document, export_preparations
from nlinkoop.store.errors import Reason, WorkbookUnavailable
from nlinkoop.store.names import ROOM, longest_name
from nlinkoop.store.workbook import Workbook, check
from tests.store.builders import full_preparation
from tests.store.conftest import USER, listing, sha256

TOO_LONG = "too long for the lock and temporary files nlinkoop puts beside it"


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NLINKOOP_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "gedeeld"
    shared.mkdir()
    if longest_name(shared) != 255 - ROOM:
        pytest.skip("this file system does not allow 255-byte names")
    return shared


def named(folder: Path, name: str, source: Path) -> Path:
    """A copy of the workbook `source` under `name` (which nlinkoop would not make itself)."""
    target = folder / name
    shutil.copyfile(source, target)
    return target


def test_a_name_without_room_for_the_lock_is_refused_with_that_reason(
    folder: Path, path: Path
) -> None:
    long = named(folder, "a" * 247 + ".db", path)  # 250 characters
    before = sha256(long)
    for refused in (
        lambda: Document.open(long, user=USER),
        lambda: Workbook.open(long),
        lambda: check(long),
        lambda: Workbook.create(folder / ("b" * 250 + ".db")),
        lambda: export_preparations(path, [], folder / ("c" * 250 + ".db")),
    ):
        with pytest.raises(WorkbookUnavailable) as caught:
            refused()
        assert caught.value.reason is Reason.NAME_TOO_LONG
        assert TOO_LONG in str(caught.value)
        assert str(caught.value).endswith("shorten it by 35 or more characters") or (
            str(caught.value).endswith("shorten it by 38 or more characters")
        )
    assert listing(folder) == [long.name]  # no lock, no temporary file, nothing made
    assert sha256(long) == before


def test_the_longest_name_allowed_works_with_its_lock_and_write_back(
    folder: Path, path: Path
) -> None:
    longest = named(folder, "a" * (255 - ROOM - 3) + ".db", path)
    prep = full_preparation()
    with Document.open(longest, user=USER) as document:
        assert locks.lock_path(longest).exists()
        document.rename_user("a much longer user name than before")  # rewrites the lock
        document.workbook.save(prep)
        assert document.write_back().written
    assert listing(folder) == [longest.name]
    with Workbook.open(longest) as workbook:
        assert workbook.load(prep.id).title == prep.title
    with pytest.raises(WorkbookUnavailable) as caught:
        Document.open(named(folder, "b" * (255 - ROOM - 2) + ".db", path), user=USER)
    assert str(caught.value).endswith("shorten it by 1 or more characters")


def test_a_name_is_measured_in_the_file_systems_bytes(folder: Path, path: Path) -> None:
    dutch = named(folder, "één" * 43 + ".db", path)  # 132 characters, 218 bytes in UTF-8
    with pytest.raises(WorkbookUnavailable) as caught:
        Document.open(dutch, user=USER)
    assert caught.value.reason is Reason.NAME_TOO_LONG
