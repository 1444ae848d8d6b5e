"""A workbook is one self-contained file, whatever its name, and creating never overwrites."""

import sqlite3
from pathlib import Path

import pytest

from nlinkoop.domain.preparation import Preparation
from nlinkoop.store.connection import file_uri, posix_uri
from nlinkoop.store.errors import Reason, WorkbookRejected, WorkbookUnavailable
from nlinkoop.store.workbook import Workbook, check
from tests.store.builders import full_preparation, full_profile
from tests.store.conftest import USER, listing, sha256

NAMES = [
    "met spatie.db",
    "deal#1.db",
    "deal?mode=ro.db",
    "100%.db",
    "%41.db",
    "a;b.db",
    "ĳzer-één-Straße.db",
    "inkoop 😀.db",
    "no suffix",
]


@pytest.mark.parametrize("name", NAMES)
def test_file_names_with_special_characters_work(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "map met #?% tekens"
    folder.mkdir()
    target = folder / name
    prep = full_preparation()
    with Workbook.create(target, user=USER) as workbook:
        workbook.save(prep)
    with Workbook.open(target, user=USER) as workbook:
        assert workbook.load_all() == [prep]
    assert check(target).preparations == 1
    assert listing(folder) == [name]  # nothing else was created, e.g. "deal" for "deal?..."


def test_the_uri_quotes_every_special_character(tmp_path: Path) -> None:
    uri = file_uri(tmp_path / "a b#c?d%e;f.db", "rw")
    assert uri.startswith("file:///")
    assert uri.endswith("/a%20b%23c%3Fd%25e%3Bf.db?mode=rw")


@pytest.mark.parametrize(
    ("absolute", "uri"),
    [
        ("/home/anne/ĳ.db", "file:///home/anne/%C4%B3.db?mode=ro"),
        ("C:/Users/Anne/deal #1.db", "file:///C:/Users/Anne/deal%20%231.db?mode=ro"),
        ("//server/share/a?b.db", "file:////server/share/a%3Fb.db?mode=ro"),
    ],
)
def test_uris_for_posix_windows_and_network_paths(absolute: str, uri: str) -> None:
    assert posix_uri(absolute, "ro") == uri


def test_opening_never_creates_a_file(tmp_path: Path) -> None:
    with pytest.raises(WorkbookRejected) as caught:
        Workbook.open(tmp_path / "new.db")
    assert caught.value.reason is Reason.NOT_FOUND
    assert listing(tmp_path) == []


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "notes.db"
    target.write_text("my own notes")
    with pytest.raises(WorkbookUnavailable) as caught:
        Workbook.create(target)
    assert caught.value.reason is Reason.EXISTS
    assert target.read_text() == "my own notes"
    assert listing(tmp_path) == ["notes.db"]


def test_create_refuses_an_existing_workbook(path: Path) -> None:
    digest = sha256(path)
    with pytest.raises(WorkbookUnavailable) as caught:
        Workbook.create(path)
    assert caught.value.reason is Reason.EXISTS
    assert sha256(path) == digest


def test_create_refuses_a_dangling_link(tmp_path: Path) -> None:
    link = tmp_path / "link.db"
    link.symlink_to(tmp_path / "elsewhere.db")
    with pytest.raises(WorkbookUnavailable) as caught:
        Workbook.create(link)
    assert caught.value.reason is Reason.EXISTS
    assert not (tmp_path / "elsewhere.db").exists()


def test_create_in_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(WorkbookUnavailable) as caught:
        Workbook.create(tmp_path / "nope" / "x.db")
    assert caught.value.reason is Reason.FOLDER_NOT_FOUND
    assert listing(tmp_path) == []


def test_no_journal_or_wal_files_are_left_beside_the_workbook(tmp_path: Path) -> None:
    target = tmp_path / "werkboek.db"
    prep = full_preparation()
    with Workbook.create(target, user=USER) as workbook:
        assert listing(tmp_path) == ["werkboek.db"]
        workbook.save(prep)
        assert listing(tmp_path) == ["werkboek.db"]
        prep.participants.pop()
        workbook.save(prep)
        workbook.save_all([Preparation()], [full_profile()])
        workbook.save_profile(full_profile("b"))
        workbook.delete(prep.id)
        workbook.list_preparations()
        workbook.load_all()
        assert listing(tmp_path) == ["werkboek.db"]
    with Workbook.open(target) as workbook:
        assert len(workbook.load_all()) == 1
    check(target)
    assert listing(tmp_path) == ["werkboek.db"]
    header = target.read_bytes()[:100]
    assert (header[18], header[19]) == (1, 1)  # not WAL


def test_the_journal_mode_is_delete(path: Path) -> None:
    with Workbook.open(path) as workbook:
        workbook.save(Preparation())
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        conn.close()
