"""What an atomic write does with each kind of target: a new or existing file is replaced whole,
a link keeps pointing where it did and its file is replaced, a pipe or a device is written
straight through (never replaced), a folder is refused.

Every device here is the test's own (a link to /dev/null, a private null device): these tests
also run against old code that replaced whatever path it was given.
"""

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from nlinkoop.fileio import copy_atomic, write_atomic
from tests.targets import (
    fifo,
    is_char_device,
    is_fifo,
    listing,
    private_null_device,
    reading,
)

DATA = os.urandom(1 << 20)  # more than a pipe holds: it is written while it is read

Writer = Callable[[Path, bytes], None]


@pytest.fixture(params=["write_atomic", "copy_atomic"])
def write(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Writer:
    if request.param == "write_atomic":
        return write_atomic

    def copy(target: Path, data: bytes) -> None:
        source = tmp_path_factory.mktemp("bron") / "bron.bin"
        source.write_bytes(data)
        copy_atomic(source, target)

    return copy


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "uit"
    made.mkdir()
    return made


def test_a_new_file_is_made_with_nothing_beside_it(write: Writer, folder: Path) -> None:
    write(folder / "nieuw.json", DATA)
    assert (folder / "nieuw.json").read_bytes() == DATA
    assert listing(folder) == ["nieuw.json"]


def test_an_existing_file_is_replaced_whole(write: Writer, folder: Path) -> None:
    target = folder / "bestaand.json"
    target.write_bytes(b"oud")
    before = target.stat().st_ino
    write(target, DATA)
    assert target.read_bytes() == DATA
    assert target.stat().st_ino != before  # a new file renamed into place, not rewritten
    assert listing(folder) == ["bestaand.json"]


def test_a_link_stays_a_link_and_the_file_it_points_to_is_replaced(
    write: Writer, folder: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    real = elsewhere / "echt.json"
    real.write_bytes(b"oud")
    link = folder / "link.json"
    link.symlink_to(Path("..") / "elders" / "echt.json")
    write(link, DATA)
    assert link.is_symlink()
    assert os.readlink(link) == str(Path("..") / "elders" / "echt.json")
    assert real.read_bytes() == DATA
    assert listing(folder) == ["link.json"]
    assert listing(elsewhere) == ["echt.json"]


def test_a_link_to_nothing_yet_gets_its_file(write: Writer, folder: Path) -> None:
    link = folder / "link.json"
    link.symlink_to("echt.json")
    write(link, DATA)
    assert link.is_symlink()
    assert (folder / "echt.json").read_bytes() == DATA
    assert listing(folder) == ["echt.json", "link.json"]


def test_a_pipe_is_written_to_its_reader_and_stays_a_pipe(write: Writer, folder: Path) -> None:
    pipe = fifo(folder / "pijp")
    with reading(pipe) as read:
        write(pipe, DATA)
        assert read() == DATA
    assert is_fifo(pipe)
    assert listing(folder) == ["pijp"]


def test_a_character_device_is_written_and_stays_a_device(write: Writer, folder: Path) -> None:
    device = private_null_device(folder / "null")
    write(device, DATA)
    assert is_char_device(device)
    assert listing(folder) == ["null"]


def test_a_link_to_dev_null_stays_a_link_to_the_device(write: Writer, folder: Path) -> None:
    link = folder / "weg"
    link.symlink_to("/dev/null")
    write(link, DATA)
    assert link.is_symlink() and os.readlink(link) == "/dev/null"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert listing(folder) == ["weg"]


def test_a_folder_is_refused_and_nothing_is_left(write: Writer, folder: Path) -> None:
    target = folder / "map"
    target.mkdir()
    with pytest.raises(IsADirectoryError) as refused:
        write(target, DATA)
    assert refused.value.filename == str(target)
    assert listing(folder) == ["map"]
    assert listing(target) == []
