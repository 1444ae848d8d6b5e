"""Atomic writes: all or nothing, shareable like any file, errors named after the target."""

import os
import re
from pathlib import Path

import pytest

from nlinkoop.fileio import copy_atomic, host_tag, new_temp, write_atomic


def test_write_replaces_and_leaves_nothing_beside(tmp_path: Path) -> None:
    target = tmp_path / "uit.json"
    target.write_text("oud")
    write_atomic(target, b"nieuw")
    assert target.read_bytes() == b"nieuw"
    assert [p.name for p in tmp_path.iterdir()] == ["uit.json"]


def test_the_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "a.json", b"{}")
        copy_atomic(tmp_path / "a.json", tmp_path / "b.json")
    finally:
        os.umask(mask)
    assert (tmp_path / "a.json").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "b.json").stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("make", [lambda p: p / "nope" / "a.json", lambda p: p])
def test_errors_name_the_target_not_a_temporary_file(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    target = make(tmp_path)
    with pytest.raises(OSError) as caught:
        write_atomic(target, b"x")
    assert caught.value.filename == str(target)
    assert list(tmp_path.glob(".*.tmp")) == []


@pytest.mark.parametrize(
    "host", ["DESKTOP-7QX2", "laptop van Anne/IJssel:*?<>|", "ĳ" * 300, "bad\udcff", ""]
)
def test_a_computer_of_any_name_gets_a_short_safe_tag(host: str) -> None:
    assert re.fullmatch("[0-9a-f]{8}", host_tag(host))


def test_temp_names_are_short_and_name_their_process(tmp_path: Path) -> None:
    temp = new_temp(tmp_path)
    assert temp.exists() and temp.stat().st_size == 0
    assert re.fullmatch(rf"\.nlinkoop-[0-9a-f]{{8}}-{os.getpid()}-[0-9a-f]{{8}}\.tmp", temp.name)
    assert len(temp.name) <= 40  # whatever the name of the file it becomes
    assert new_temp(tmp_path) != temp


def test_the_longest_file_name_can_be_written(tmp_path: Path) -> None:
    limit = os.pathconf(tmp_path, "PC_NAME_MAX")
    target = tmp_path / ("é" * ((limit - 5) // 2) + ".json")  # two bytes each in UTF-8
    assert len(target.name.encode()) > limit - 2
    write_atomic(target, b"{}")  # a temporary name made from it (`.NAME.XXXXXXXX.tmp`) was too long
    assert target.read_bytes() == b"{}"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
