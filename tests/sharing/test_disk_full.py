"""A full disk during write-back: one clear line, the user's file untouched, the edit kept.

The disk is "full" for a child process whose file size limit (RLIMIT_FSIZE, with SIGXFSZ
ignored) is far below the size of the file the write-back has to make.
"""

import resource
import signal
from pathlib import Path

import pytest

from nlinkoop.store.document import Document, pending_recoveries
from nlinkoop.store.errors import WorkbookUnavailable
from nlinkoop.store.workbook import Workbook, check
from tests.sharing.helpers import Channel, listing, read_preparation, sha256, spawn
from tests.store.builders import fixed_id, full_preparation

USER = "vol"
PREP_ID = fixed_id("full/preparation")
BIG = "de schijf is vol " * 60_000  # about 1 MB: far past the limit


def fill_the_disk(path: Path, limit: int, restart: bool, channel: Channel) -> None:
    """The child: a big edit, a write-back that hits the limit, then (after the parent looked)
    either a write-back without the limit or a close that leaves the edit for recovery."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    document = Document.open(path, user=USER, lock="ask")
    prep = document.workbook.load(PREP_ID)
    prep.opening.come_to_get = BIG
    document.workbook.save(prep)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        document.write_back()
    except WorkbookUnavailable as error:
        channel.send("failed", reason=str(error.reason), message=str(error))
    else:
        channel.send("failed", reason=None, message=None)
        return
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    channel.receive()  # the parent has looked at the file
    kept = document.workbook.load(PREP_ID).opening.come_to_get == BIG
    channel.send("after", dirty=document.dirty, kept=kept)
    if restart:
        document.close()  # no write-back: the edit stays in the working copy
        return
    result = document.write_back()
    channel.send("written", written=result.written)
    document.close()


@pytest.mark.parametrize("restart", [False, True], ids=["write back later", "recover"])
def test_a_full_disk_leaves_the_file_and_keeps_the_edit(
    tmp_path: Path, data_dir: Path, restart: bool
) -> None:
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    path = folder / "werkboek.db"
    prep = full_preparation("full")
    prep.id = PREP_ID
    with Workbook.create(path, user=USER) as workbook:
        workbook.save(prep)
    before = sha256(path)
    limit = 2 * path.stat().st_size  # room for a backup of the old file, not for the new one

    child = spawn(lambda channel: fill_the_disk(path, limit, restart, channel))
    failed = child.wait_for("failed")
    assert failed["message"] is not None, "write_back did not fail past the file size limit"
    assert failed["message"].strip() and "\n" not in failed["message"], failed
    assert sha256(path) == before
    beside = [n for n in listing(folder) if n != f".~lock.{path.name}#"]
    assert beside == [path.name], "a failed write-back left files beside the workbook"
    child.send("go")
    after = child.wait_for("after")
    assert (after["dirty"], after["kept"]) == (True, True), "the edit is gone from the document"
    if restart:
        child.finish()
        assert sha256(path) == before
        (recovery,) = [r for r in pending_recoveries() if r.path.resolve() == path.resolve()]
        recovery.restore(user=USER).close()
    else:
        assert child.wait_for("written")["written"] is True
        child.finish()
    check(path)
    assert read_preparation(path, PREP_ID).opening.come_to_get == BIG
    print(f"\nfull disk: {failed['reason']}: {failed['message']}")
