"""Atomic writes: all or nothing, shareable like any file, errors named after the target."""

import os
from pathlib import Path

import pytest

from nlinkoop.fileio import copy_atomic, write_atomic


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
