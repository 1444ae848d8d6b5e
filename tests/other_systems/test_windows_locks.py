"""Locks and processes where Windows differs, run on Linux.

nlinkoop's locks are files made whole in one step (a hard link of a finished file), not
`msvcrt.locking` or `fcntl`: they work the same on a colleague's computer across a share. Where
a file system has no hard links (a FAT or exFAT USB stick, some network shares), `os.link`
fails with a plain OSError and the lock is created with `O_EXCL` instead; here a real `os`
whose `link` fails that way stands in for such a file system. Whether a process still runs is
asked of Windows through kernel32 (`os.kill(pid, 0)` would end it there); `ctypes.windll`
cannot exist on Linux, so a small kernel32 of ours answers, to drive our branch.
"""

import ctypes
import errno
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import types
from datetime import UTC, datetime
from pathlib import Path

import pytest

from nlinkoop import processes
from nlinkoop.store import document, locks
from nlinkoop.store.locks import LockInfo
from tests.other_systems.windows import windows_os


def no_hard_links(monkeypatch: pytest.MonkeyPatch, module: types.ModuleType) -> list[str]:
    """`module` on a file system without hard links; returns the links it tried."""
    seen = types.SimpleNamespace(**vars(os))
    tried: list[str] = []

    def link(source: object, target: object) -> None:
        tried.append(Path(str(target)).name)
        raise OSError(errno.EPERM, "Operation not permitted")  # Windows: ERROR_INVALID_FUNCTION

    seen.link = link
    monkeypatch.setattr(module, "os", seen)
    return tried


@pytest.fixture
def other_process() -> "subprocess.Popen[bytes]":
    """A live process on this computer that is not us."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process
    process.kill()
    process.wait()


_out = {"capture_output": True, "text": True, "check": True}


def lock_of(pid: int, user: str = "bert") -> LockInfo:
    return LockInfo(user, socket.gethostname(), pid, "0.1.0", datetime.now(UTC))


def test_without_hard_links_a_lock_is_still_taken_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, other_process: "subprocess.Popen[bytes]"
) -> None:
    workbook = tmp_path / "inkoop Zoë.db"
    tried = no_hard_links(monkeypatch, locks)
    theirs, mine = lock_of(other_process.pid), lock_of(os.getpid(), "anne")
    assert locks.acquire(workbook, theirs) is None  # created with O_EXCL
    assert tried == [".~lock.inkoop Zoë.db#"]
    assert locks.acquire(workbook, mine) == theirs  # theirs is live: not taken
    assert locks.read_lock(workbook) == theirs
    assert sorted(p.name for p in tmp_path.iterdir()) == [".~lock.inkoop Zoë.db#"]  # no temp left


def test_without_hard_links_a_stale_lock_is_taken_over(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    workbook = tmp_path / "deal.db"
    no_hard_links(monkeypatch, locks)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], **_out)
    assert locks.take(workbook, lock_of(int(gone.stdout)))
    mine = lock_of(os.getpid(), "anne")
    assert locks.acquire(workbook, mine) is None
    assert locks.read_lock(workbook) == mine
    assert sorted(p.name for p in tmp_path.iterdir()) == [".~lock.deal.db#"]


def test_without_hard_links_the_write_lock_keeps_writers_apart(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    workbook = tmp_path / "deal.db"
    no_hard_links(monkeypatch, locks)
    with locks.writing(workbook):
        assert locks.write_lock_path(workbook).exists()
        with pytest.raises(locks.WriteLockBusy), locks.writing(workbook, wait=0.05):
            pass  # pragma: no cover - never entered
    assert not locks.write_lock_path(workbook).exists()


def test_without_hard_links_a_new_file_never_replaces_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    tried = no_hard_links(monkeypatch, document)
    temp, target = tmp_path / "temp", tmp_path / "nieuw.db"
    temp.write_bytes(b"new")
    document._link_new(temp, target)  # renamed instead
    assert (target.read_bytes(), temp.exists(), tried) == (b"new", False, ["nieuw.db"])
    temp.write_bytes(b"newer")
    with pytest.raises(FileExistsError):
        document._link_new(temp, target)
    assert (target.read_bytes(), temp.read_bytes()) == (b"new", b"newer")
    dangling = tmp_path / "link.db"
    dangling.symlink_to(tmp_path / "nowhere")
    with pytest.raises(FileExistsError):
        document._link_new(temp, dangling)  # not even over a dangling link


# --- whether a process runs, asked of kernel32 ------------------------------------------------

STILL_ACTIVE = 259


class Kernel32:
    """The three calls of kernel32 that `processes` makes, over a table pid -> exit code."""

    def __init__(self, exit_codes: dict[int, int]) -> None:
        self.exit_codes = exit_codes
        self.open: set[int] = set()

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int:  # noqa: N802, N803
        assert (access, inherit) == (0x1000, False)  # PROCESS_QUERY_LIMITED_INFORMATION only
        if pid not in self.exit_codes:
            return 0  # no such process (or no access): NULL
        self.open.add(pid + 4000)
        return pid + 4000

    def GetExitCodeProcess(self, handle: int, code: object) -> int:  # noqa: N802
        code._obj.value = self.exit_codes[handle - 4000]  # type: ignore[attr-defined]
        return 1

    def CloseHandle(self, handle: int) -> int:  # noqa: N802
        self.open.remove(handle)
        return 1


@pytest.fixture
def kernel32(monkeypatch: pytest.MonkeyPatch) -> Kernel32:
    fake = Kernel32({1234: STILL_ACTIVE, 5678: 0, 91011: 1})
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=fake), raising=False)
    seen = windows_os(monkeypatch, processes)

    def kill(pid: int, sig: int) -> None:
        raise AssertionError("os.kill(pid, 0) ends a process on Windows")

    seen.kill = kill
    return fake


def test_a_windows_process_runs_while_its_exit_code_is_still_active(kernel32: Kernel32) -> None:
    assert processes.alive(1234)
    assert not processes.alive(5678)  # exited (a handle elsewhere keeps it listed)
    assert not processes.alive(91011)
    assert not processes.alive(4242)  # no such process
    assert not processes.alive(0) and not processes.alive(-1)
    assert kernel32.open == set()  # every handle closed


def test_a_crashed_windows_processs_lock_is_stale(kernel32: Kernel32) -> None:
    since = datetime.now(UTC)
    assert not LockInfo("bert", socket.gethostname(), 1234, "0.1.0", since).stale()
    assert LockInfo("bert", socket.gethostname(), 5678, "0.1.0", since).stale()
    assert not LockInfo("bert", "ANDERE-PC", 5678, "0.1.0", since).stale()  # not ours to judge


def test_windows_has_no_stop_signals(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delattr(signal, "SIGHUP")  # Windows has none: reading it would fail the import
    spec = importlib.util.spec_from_file_location("processes_on_windows", processes.__file__)
    assert spec is not None and spec.loader is not None
    on_windows = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(on_windows)  # a copy: the imported module stays as it is
    assert on_windows.STOP_SIGNALS == ()
    assert processes.STOP_SIGNALS == (signal.Signals.SIGTERM, signal.Signals.SIGHUP)
