"""`Document.save_as` onto each kind of target: a link stays a link (the file it points to becomes
the document's file), a pipe, a device or a folder is refused and left exactly as it was.

Devices here are the test's own (tests/targets.py): old code replaced whatever path it was
given, which these tests show without risk to the machine.
"""

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from nlinkoop.store.document import Document
from nlinkoop.store.errors import Reason, WorkbookRejected
from nlinkoop.store.workbook import check
from tests.store.conftest import USER, listing, new_workbook, titles
from tests.targets import fifo, is_char_device, is_fifo, private_null_device

pytestmark = pytest.mark.usefixtures("own_data_folder")


def test_save_as_over_a_link_keeps_the_link_and_replaces_its_file(
    folder: Path, tmp_path: Path
) -> None:
    source = new_workbook(folder / "deal.db", "Mijn versie")
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    real = new_workbook(elsewhere / "echt.db", "Oud")
    link = folder / "link.db"
    link.symlink_to(real)
    with Document.open(source, user=USER) as document:
        document.save_as(link)
        assert link.is_symlink() and link.resolve() == real
        assert document.path == real  # later write-backs replace the file, never the link
        prep = document.workbook.load_all()[0]
        prep.title = "Daarna"
        document.workbook.save(prep)
        assert document.write_back().written
    assert link.is_symlink()
    check(real)
    assert titles(real) == ["Daarna"]
    assert listing(folder) == ["deal.db", "link.db"]
    assert listing(elsewhere) == ["echt.db"]


TARGETS: dict[str, Callable[[Path], Path]] = {
    "pipe": fifo,
    "device": private_null_device,
}


@pytest.mark.parametrize("kind", sorted(TARGETS))
def test_save_as_over_a_pipe_or_device_is_refused(kind: str, folder: Path) -> None:
    source = new_workbook(folder / "deal.db")
    target = TARGETS[kind](folder / "doel.db")
    with Document.open(source, user=USER) as document:
        with pytest.raises(WorkbookRejected) as refused:
            document.save_as(target)
        assert refused.value.reason is Reason.NOT_A_FILE
        assert document.path == source
    assert is_fifo(target) if kind == "pipe" else is_char_device(target)
    assert listing(folder) == ["deal.db", "doel.db"]


def test_save_as_over_a_link_to_a_device_is_refused(folder: Path) -> None:
    source = new_workbook(folder / "deal.db")
    link = folder / "weg.db"
    link.symlink_to("/dev/null")
    with Document.open(source, user=USER) as document:
        with pytest.raises(WorkbookRejected) as refused:
            document.save_as(link)
        assert refused.value.reason is Reason.NOT_A_FILE
    assert link.is_symlink() and os.readlink(link) == "/dev/null"
    assert listing(folder) == ["deal.db", "weg.db"]


def test_save_as_over_a_folder_is_refused(folder: Path) -> None:
    source = new_workbook(folder / "deal.db")
    (folder / "map").mkdir()
    with Document.open(source, user=USER) as document:
        with pytest.raises(WorkbookRejected) as refused:
            document.save_as(folder / "map")
        assert refused.value.reason is Reason.IS_DIRECTORY
    assert listing(folder) == ["deal.db", "map"]
    assert listing(folder / "map") == []
