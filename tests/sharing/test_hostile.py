"""Hostile files at every sharing entry point: refused in one line, and left as they were."""

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from nlinkoop.store.document import Document, merge_files
from nlinkoop.store.errors import WorkbookRejected
from nlinkoop.store.workbook import Workbook
from tests.sharing.helpers import listing, read_preparation, sha256
from tests.store.builders import fixed_id, full_preparation
from tests.store.test_safety import make_empty, make_foreign_sqlite, modified

PREP_ID = fixed_id("hostile/preparation")


def make_random_bytes(target: Path, filled: Path) -> None:
    target.write_bytes(random.Random(11).randbytes(64 * 1024))


def make_random_after_header(target: Path, filled: Path) -> None:
    """SQLite's magic, then noise: gets past the first glance."""
    target.write_bytes(b"SQLite format 3\x00" + random.Random(12).randbytes(64 * 1024))


HOSTILE: dict[str, Callable[[Path, Path], None]] = {
    "zero bytes": make_empty,
    "random bytes": make_random_bytes,
    "random after the header": make_random_after_header,
    "other program": make_foreign_sqlite,
    "foreign trigger": modified(
        "CREATE TRIGGER wipe AFTER INSERT ON participants BEGIN DELETE FROM profiles; END",
        "CREATE TRIGGER wipe2 AFTER UPDATE ON preparations BEGIN DELETE FROM interests; END",
    ),
}


@pytest.fixture
def good(tmp_path: Path) -> Path:
    """A sound workbook with one full preparation."""
    path = tmp_path / "eigen" / "werkboek.db"
    path.parent.mkdir()
    prep = full_preparation("hostile")
    prep.id = PREP_ID
    with Workbook.create(path, user="anne") as workbook:
        workbook.save(prep)
    return path


@pytest.fixture(params=list(HOSTILE))
def hostile(request: pytest.FixtureRequest, tmp_path: Path, good: Path) -> Path:
    path = tmp_path / "inbox" / "van bram.db"
    path.parent.mkdir()
    HOSTILE[request.param](path, good)
    return path


def assert_refused(call: Callable[[], object], *untouched: Path) -> None:
    before = {p: (sha256(p), listing(p.parent)) for p in untouched}
    with pytest.raises(WorkbookRejected) as caught:
        call()
    message = str(caught.value)
    assert message.strip() and "\n" not in message, repr(message)
    assert {p: (sha256(p), listing(p.parent)) for p in untouched} == before


def test_opening_a_hostile_file_refuses_it(hostile: Path, data_dir: Path) -> None:
    assert_refused(lambda: Document.open(hostile, user="anne", lock="ask"), hostile)


def test_merging_from_a_hostile_file_refuses_it(good: Path, hostile: Path, data_dir: Path) -> None:
    document = Document.open(good, user="anne", lock="ask")
    try:
        assert_refused(lambda: document.merge_from(hostile), hostile, good)
        assert not document.dirty
        assert document.workbook.load(PREP_ID).title == read_preparation(good, PREP_ID).title
    finally:
        document.close()


@pytest.mark.parametrize("direction", ["from", "into"])
def test_the_merge_command_refuses_a_hostile_file(
    good: Path, hostile: Path, data_dir: Path, direction: str
) -> None:
    source, into = (hostile, good) if direction == "from" else (good, hostile)
    assert_refused(lambda: merge_files(source, into, user="anne"), hostile, good)
    assert_refused(lambda: merge_files(source, into, dry_run=True, user="anne"), hostile, good)
