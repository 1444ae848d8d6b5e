"""The two lock files beside a workbook: who has it open, and who is replacing it right now.

Races between processes are in `tests/sharing/test_races.py`; these are the single steps.
"""

import json
import os
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from nlinkoop.store import locks
from nlinkoop.store.document import Document, LockedByOther
from nlinkoop.store.errors import WorkbookUnavailable
from nlinkoop.store.locks import LockInfo
from tests.store.conftest import listing, retitle, sha256

pytestmark = pytest.mark.usefixtures("own_data_folder")


@pytest.fixture
def other_process() -> "subprocess.Popen[bytes]":
    """A live process on this computer that is not us: a colleague's nlinkoop, as it were."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process
    process.kill()
    process.wait()


def dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    )
    return int(done.stdout)


def lock_of(pid: int, *, command: bool = False, age: timedelta = timedelta()) -> LockInfo:
    import socket

    since = datetime.now(UTC) - age
    return LockInfo("bert", socket.gethostname(), pid, "0.1.0", since, command)


def test_a_lock_appears_whole_and_only_once(shared: Path) -> None:
    first, second = lock_of(os.getpid()), lock_of(os.getpid(), age=timedelta(seconds=1))
    assert locks.take(shared, first)
    assert not locks.take(shared, second)  # create-exclusive: the first one stays
    assert locks.read_lock(shared) == first
    assert listing(shared.parent) == [".~lock.deal.db#", "deal.db"]  # no temp file left


def test_a_live_lock_is_never_moved_aside_by_someone_who_judged_an_older_one(
    shared: Path, other_process: "subprocess.Popen[bytes]"
) -> None:
    """Two processes found the same stale lock; the first replaced it: the second must not
    take the fresh one away."""
    stale = lock_of(dead_pid())
    fresh = lock_of(other_process.pid)
    assert locks.take(shared, fresh)
    locks._move_aside(locks.lock_path(shared), stale)  # what the slower of the two does
    assert locks.read_lock(shared) == fresh


def test_acquire_takes_a_stale_lock_and_reports_a_live_one(
    shared: Path, other_process: "subprocess.Popen[bytes]"
) -> None:
    mine = LockInfo.mine("anne")
    locks.take(shared, lock_of(dead_pid()))
    assert locks.acquire(shared, mine) is None
    assert locks.read_lock(shared) == mine
    live = lock_of(other_process.pid)
    locks.take(shared, live, replace=True)
    assert locks.acquire(shared, mine) == live  # in the way
    assert locks.acquire(shared, mine, take_over=True) is None
    assert locks.read_lock(shared) == mine


def test_a_broken_lock_file_is_no_lock(shared: Path) -> None:
    locks.lock_path(shared).write_bytes(b"\x00 half a lock")
    old = time.time() - 60
    os.utime(locks.lock_path(shared), (old, old))
    with Document.open(shared, user="anne"):
        assert locks.read_lock(shared).user == "anne"  # type: ignore[union-attr]


def test_a_lock_of_an_older_nlinkoop_reads_as_a_window(shared: Path) -> None:
    data = {
        "user": "bert",
        "host": "pc",
        "pid": 7,
        "app_version": "0.1.0",
        "since": datetime.now(UTC).isoformat(),
    }
    locks.lock_path(shared).write_text(json.dumps(data), encoding="utf-8")
    found = locks.read_lock(shared)
    assert found is not None and not found.command


def test_a_command_waits_for_another_commands_lock_but_not_for_a_window(
    shared: Path, other_process: "subprocess.Popen[bytes]"
) -> None:
    locks.take(shared, lock_of(other_process.pid, command=False))
    with pytest.raises(LockedByOther):
        Document.open(shared, user="anne", command=True)  # a window's lock: told at once
    locks.take(shared, lock_of(other_process.pid, command=True), replace=True)
    with pytest.raises(LockedByOther):
        Document.open(shared, user="anne")  # the window does not wait
    threading.Timer(0.3, locks.lock_path(shared).unlink).start()
    started = time.monotonic()
    with Document.open(shared, user="anne", command=True) as document:
        waited = time.monotonic() - started
        assert locks.read_lock(shared).command  # type: ignore[union-attr]
        retitle(document, "Na het wachten")
        assert document.write_back().written
    assert 0.25 < waited < 5


def test_a_write_back_waits_for_another_writers_write_lock(
    shared: Path, other_process: "subprocess.Popen[bytes]"
) -> None:
    with Document.open(shared, user="anne", lock="ignore") as document:
        retitle(document, "Van Anne")
        locks.take(shared, lock_of(other_process.pid))  # not ours: the session lock is ignored
        locks.write_lock_path(shared).write_bytes(lock_of(other_process.pid).to_bytes())
        before = sha256(shared)
        threading.Timer(0.3, locks.write_lock_path(shared).unlink).start()
        started = time.monotonic()
        assert document.write_back().written
        assert time.monotonic() - started > 0.25
        assert sha256(shared) != before
    locks.lock_path(shared).unlink()
    assert listing(shared.parent) == ["deal.db"]


def test_a_write_lock_held_too_long_leaves_the_file_and_the_edits(
    shared: Path, other_process: "subprocess.Popen[bytes]", monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(locks, "WRITE_WAIT", 0.2)
    locks.write_lock_path(shared).write_bytes(lock_of(other_process.pid).to_bytes())
    with Document.open(shared, user="anne") as document:
        retitle(document, "Van Anne")
        before = sha256(shared)
        with pytest.raises(WorkbookUnavailable, match="locked by another program"):
            document.write_back()
        assert sha256(shared) == before and document.dirty
        locks.write_lock_path(shared).unlink()
        assert document.write_back().written


def test_a_killed_writers_write_lock_goes_at_the_next_open(shared: Path) -> None:
    left = lock_of(dead_pid())
    locks.write_lock_path(shared).write_bytes(left.to_bytes())
    with Document.open(shared, user="anne"):
        assert listing(shared.parent) == [".~lock.deal.db#", "deal.db"]


def test_an_old_write_lock_of_another_computer_is_taken_over(shared: Path) -> None:
    old = LockInfo("bert", "andere-pc", 4242, "0.1.0", datetime.now(UTC) - timedelta(minutes=5))
    locks.write_lock_path(shared).write_bytes(old.to_bytes())
    with Document.open(shared, user="anne") as document:
        retitle(document, "Toch")
        assert document.write_back().written
    assert listing(shared.parent) == ["deal.db"]
