"""Temporary files beside the workbook: a process killed in the middle of a write leaves them,
and the next open clears them at once; a running process's are left alone. Their names are
short, so that a workbook with a name as long as the file system allows can be written.

Real processes (forked children, tests/sharing/helpers.py) and SIGKILL: the child writes back
a workbook of a few megabytes in a loop, and is killed the moment its temporary file shows.
"""

import os
import socket
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from nlinkoop import __version__
from nlinkoop.domain.preparation import Preparation
from nlinkoop.store import locks, names
from nlinkoop.store.document import Document
from nlinkoop.store.locks import LockInfo
from nlinkoop.store.workbook import Workbook
from tests.sharing.helpers import Channel, Child, listing, spawn
from tests.store.conftest import new_workbook, titles

USER = "tijdelijk"
ATTEMPTS = 20  # kills until one lands while the temporary file (or its journal) exists


@pytest.fixture
def path(tmp_path: Path, data_dir: Path) -> Path:
    """A workbook of a few megabytes, so that writing it back takes a while."""
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    workbook = folder / "werkboek.db"
    with Workbook.create(workbook, user=USER) as opened:
        for n in range(40):
            prep = Preparation(title=f"voorbereiding {n}", counterparty="Groot & Co")
            prep.opening.come_to_do = f"tekst {n} " * 8000
            opened.save(prep)
    return workbook


def write_back_forever(path: Path, channel: Channel) -> None:
    """The child: edit, write back, over and over, until it is killed."""
    document = Document.open(path, user=USER, lock="take_over")
    prep = document.workbook.load_all()[0]
    channel.send("opened")
    n = 0
    while True:
        n += 1
        prep.title = f"versie {n}"
        document.workbook.save(prep)
        document.write_back()


def kill_when_seen(path: Path, suffix: str) -> list[str]:
    """Run a child that writes `path` back; SIGKILL it as soon as a `.nlinkoop-*SUFFIX` shows.

    Returns:
        What was beside the workbook after the kill (tried again if the kill came too late).
    """
    for _ in range(ATTEMPTS):
        child = spawn(lambda channel: write_back_forever(path, channel))
        try:
            child.wait_for("opened")
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                names = os.listdir(path.parent)
                if any(n.startswith(".nlinkoop-") and n.endswith(suffix) for n in names):
                    break
                time.sleep(0.0005)
            child.kill()
        finally:
            child.discard()
        names = listing(path.parent)
        if any(n.startswith(".nlinkoop-") and n.endswith(suffix) for n in names):
            return names
    pytest.fail(f"no kill in {ATTEMPTS} left a temporary file ending in {suffix}")


@pytest.mark.parametrize("suffix", [".tmp", ".tmp-journal"])
def test_the_next_open_clears_what_a_killed_write_left_at_once(path: Path, suffix: str) -> None:
    left = kill_when_seen(path, suffix)
    assert set(left) - {path.name, f".~lock.{path.name}#"}, left  # something was left

    with Document.open(path, user=USER, lock="ask"):  # the dead child's lock: taken over
        assert listing(path.parent) == sorted([path.name, f".~lock.{path.name}#"])
    assert listing(path.parent) == [path.name]


def hold_a_temp(folder: Path, channel: Channel) -> None:
    """The child: a temporary file in the making, as in the middle of a write; then wait."""
    from nlinkoop.fileio import new_temp  # here: the kill tests above also run on older code

    temp = new_temp(folder)
    temp.write_bytes(b"half geschreven")
    channel.send("made", name=temp.name)
    channel.receive()  # until the parent says so, or kills us


def test_a_running_process_keeps_its_temp_file_until_it_dies(path: Path) -> None:
    child: Child = spawn(lambda channel: hold_a_temp(path.parent, channel))
    try:
        name = child.wait_for("made")["name"]
        with Document.open(path, user=USER):
            pass
        assert listing(path.parent) == sorted([name, path.name])
        child.kill()
    finally:
        child.discard()
    with Document.open(path, user=USER):
        pass
    assert listing(path.parent) == [path.name]


def longest_name(folder: Path, suffix: str, *, spare: int = 0) -> str:
    """A name of about the most bytes a file name may have here (255 on most file systems)."""
    limit = os.pathconf(folder, "PC_NAME_MAX") - spare
    stem = "é" * ((limit - len(suffix.encode())) // 2)  # two bytes each in UTF-8
    return stem + suffix


def test_a_workbook_with_a_name_of_two_hundred_characters_is_written_back(
    tmp_path: Path, data_dir: Path
) -> None:
    path = new_workbook(tmp_path / ("a" * 200 + ".db"))
    with Document.open(path, user=USER) as document:
        prep = document.workbook.load_all()[0]
        prep.title = "Lange naam"
        document.workbook.save(prep)
        assert document.write_back().written
        copy = tmp_path / ("b" * 200 + ".db")
        document.save_as(copy)
    assert titles(copy) == ["Lange naam"]
    assert listing(tmp_path) == sorted([path.name, copy.name, "data"])


def test_a_stale_lock_of_a_long_named_workbook_is_taken_over(
    tmp_path: Path, data_dir: Path
) -> None:
    # The longest name nlinkoop accepts (names.ROOM bytes kept free for `.~writing.NAME#` and
    # the conflict copy's name): the lock's own temporary file must still fit beside it.
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    path = new_workbook(folder / longest_name(folder, ".db", spare=names.ROOM))
    gone = 2**22 + 7  # above Linux's highest process id: never a running process
    crashed = LockInfo("bert", socket.gethostname(), gone, __version__, datetime.now(UTC))
    assert locks.take(path, crashed)
    with Document.open(path, user=USER, lock="ask") as document:
        assert document.read_only is None  # the lock's own temporary file had a short name
        mine = locks.read_lock(path)
        assert mine is not None and mine.is_mine()
        prep = document.workbook.load_all()[0]
        prep.title = "Overgenomen"
        document.workbook.save(prep)
        assert document.write_back().written
    assert titles(path) == ["Overgenomen"]
    assert listing(folder) == [path.name]


def test_a_conflict_copy_of_the_longest_name_fits_beside_it(tmp_path: Path, data_dir: Path) -> None:
    """The copy's name adds ` (conflict USER YYYY-MM-DD HHMM)`: its stem is shortened, so that
    the copy opens in nlinkoop in its turn."""
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    path = new_workbook(folder / longest_name(folder, ".db", spare=names.ROOM))
    with Document.open(path, user="anne", lock="ignore") as anne:
        with Document.open(path, user="bram", lock="ignore") as bram:
            for document, title in ((bram, "Van Bram"), (anne, "Van Anne")):
                prep = document.workbook.load_all()[0]
                prep.title = title
                document.workbook.save(prep)
            assert bram.write_back().written
        result = anne.write_back()  # no resolver: theirs in the file, mine in a copy
    assert result.conflict_copy is not None
    copy = result.conflict_copy
    assert len(os.fsencode(copy.name)) <= 255 - names.ROOM and copy.name.endswith(".db")
    assert " (conflict anne " in copy.name and copy.name.startswith("é" * 50)
    assert titles(path) == ["Van Bram"] and titles(copy) == ["Van Anne"]
