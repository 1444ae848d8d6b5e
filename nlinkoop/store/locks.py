"""The lock file beside an open workbook: who has it open, in the spirit of LibreOffice.

While nlinkoop has `deal.db` open for editing, `.~lock.deal.db#` beside it names the user, the
computer, the process, the app version and since when. It is advice, not a lock the file system
enforces: a colleague's nlinkoop reads it and asks before editing too. A lock whose process is
gone (same computer) or that is older than a day is stale and taken over without asking.

Taking it is atomic: the lock appears whole in one step that fails if one exists, and is read
back, so of two processes that start at the same instant exactly one holds it. A second, short
lock, `.~writing.deal.db#`, is held by every write-back through its last check and the replace:
two writers on one file system never interleave those steps, even when the session lock was
taken over or ignored.
"""

import contextlib
import errno
import json
import os
import socket
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from nlinkoop import __version__, processes
from nlinkoop.fileio import new_temp, temp_name, write_atomic
from nlinkoop.store.errors import Reason, WorkbookUnavailable

STALE_AFTER = timedelta(days=1)
WRITE_STALE = timedelta(minutes=2)  # a write lock is held for milliseconds; this is a crash's
WRITE_WAIT = 30.0  # seconds a write-back waits for another writer's write lock
_MAX_BYTES = 4096  # a lock file is a few hundred bytes; anything bigger is not ours
_ATTEMPTS = 20  # rounds of taking a lock that keeps changing under us
_SETTLE = 0.02  # seconds: an unreadable lock file younger than ten of these is being written
_POLL = 0.005  # seconds between looks at a busy write lock


@dataclass(frozen=True)
class LockInfo:
    """Who holds a workbook open."""

    user: str
    host: str
    pid: int
    app_version: str
    since: datetime
    command: bool = False  # held by a command for a moment, not by a window for a session

    @classmethod
    def mine(cls, user: str, *, command: bool = False) -> "LockInfo":
        """The lock this process writes."""
        now = datetime.now(UTC)
        return cls(user, socket.gethostname(), os.getpid(), __version__, now, command)

    def is_mine(self) -> bool:
        """Written by this very process."""
        return self.host == socket.gethostname() and self.pid == os.getpid()

    def stale(self, now: datetime | None = None) -> bool:
        """Left behind: its process on this computer is gone, or it is older than a day."""
        now = now or datetime.now(UTC)
        if now - self.since > STALE_AFTER:
            return True
        return self.host == socket.gethostname() and not processes.alive(self.pid)

    def to_bytes(self) -> bytes:
        data = asdict(self) | {"since": self.since.isoformat()}
        return json.dumps(data, ensure_ascii=False).encode("utf-8")


def lock_path(path: Path) -> Path:
    """The lock file of workbook `path`: `.~lock.NAME#` beside it."""
    return path.with_name(f".~lock.{path.name}#")


def write_lock_path(path: Path) -> Path:
    """The write lock of workbook `path`, held only while a write-back replaces it."""
    return path.with_name(f".~writing.{path.name}#")


def read_lock(path: Path) -> LockInfo | None:
    """The lock of workbook `path`, or None if there is none (or it cannot be read)."""
    return _read(lock_path(path))


def acquire(path: Path, mine: LockInfo, *, take_over: bool = False) -> LockInfo | None:
    """Make `mine` the lock of `path`, atomically; None when it is ours, else the lock in the way.

    The lock is created whole in one step that fails when a lock exists (a hard link of a
    finished file; `O_EXCL` where there are none), then read back. A stale or unreadable lock,
    or with `take_over` a live one, is first moved aside, and only if it is still the one we
    judged: of two processes that start together, exactly one holds the lock. With
    `take_over` it goes on until the lock is ours (never returns a lock): of two that take
    over together, both go ahead, as a take-over means, and the write lock keeps their
    write-backs apart.

    Raises:
        OSError: the folder cannot be written (then the workbook opens read-only).
        WorkbookUnavailable: LOCKED, the lock kept changing for twenty rounds.
    """
    target = lock_path(path)
    for _ in range(_ATTEMPTS):
        if _create(target, mine.to_bytes()):
            found = read_lock(path)
            if _same_lock(found, mine):
                return None
            if found is not None and not take_over:
                return found  # moved aside and replaced between our create and read: theirs
            continue
        found = read_lock(path)
        if found is None and not _settled(target):
            time.sleep(_SETTLE)  # an older nlinkoop is writing its lock right now
            continue
        if found is not None and not (take_over or found.stale() or found.is_mine()):
            return found
        _move_aside(target, found)
    raise WorkbookUnavailable(Reason.LOCKED)  # the lock keeps changing: someone else's program


def take(path: Path, info: LockInfo, *, replace: bool = False) -> bool:
    """Write `info` as the lock of `path` as it is; False if a lock exists (without `replace`).

    For a lock written on someone's behalf (an import, a test); `acquire` is for taking it.

    Raises:
        OSError: the folder cannot be written.
    """
    if replace:
        write_atomic(lock_path(path), info.to_bytes())
        return True
    return _create(lock_path(path), info.to_bytes())


def _same_lock(found: LockInfo | None, info: LockInfo) -> bool:
    """Whether `found` is the very lock `info` wrote (whatever name it gives)."""
    return found is not None and (found.host, found.pid, found.since) == (
        info.host,
        info.pid,
        info.since,
    )


def rename(path: Path, info: LockInfo, user: str) -> LockInfo | None:
    """Our lock of `path` under a new user name; None if it is no longer ours.

    Raises:
        OSError: the lock file cannot be written.
    """
    if not _same_lock(read_lock(path), info):
        return None  # someone took it over: theirs stays as it is
    renamed = replace(info, user=user)
    write_atomic(lock_path(path), renamed.to_bytes())
    return renamed


def release(path: Path, info: LockInfo) -> None:
    """Remove the lock of `path` if it is still ours (someone may have taken it over)."""
    if _same_lock(read_lock(path), info):
        with contextlib.suppress(OSError):
            lock_path(path).unlink()


@contextlib.contextmanager
def writing(path: Path, *, wait: float | None = None) -> Iterator[None]:
    """Hold the write lock of `path` for the block: the last check and the replace.

    Every write-back checks the file and replaces it under this lock, so two writers on one
    file system never interleave those steps, whatever happened to the lock of the session
    (taken over, ignored, copied late by a sync tool). It is held for milliseconds; one whose
    process is gone (this computer) or older than `WRITE_STALE` is moved aside.

    Raises:
        WriteLockBusy: another writer held it for `wait` seconds (default `WRITE_WAIT`).
        OSError: the folder cannot be written.
    """
    target = write_lock_path(path)
    mine = LockInfo.mine("")
    deadline = time.monotonic() + (WRITE_WAIT if wait is None else wait)
    while not _create(target, mine.to_bytes()):
        found = _read(target)
        if found is None and _settled(target) or found is not None and _gone(found):
            _move_aside(target, found)
            continue
        if time.monotonic() > deadline:
            raise WriteLockBusy(found)
        time.sleep(_POLL)
    try:
        if not _same_lock(_read(target), mine):
            raise WriteLockBusy(_read(target))  # moved aside by someone who judged it stale
        yield
    finally:
        if _same_lock(_read(target), mine):
            with contextlib.suppress(OSError):
                target.unlink()


class WriteLockBusy(OSError):  # noqa: N818 - reads as what happened
    """Another writer held the write lock too long (its lock, or None if unreadable)."""

    def __init__(self, holder: LockInfo | None) -> None:
        super().__init__(errno.EBUSY, "another write-back is in progress")
        self.holder = holder


def clear_left_behind(path: Path) -> None:
    """Remove the write lock of `path` that a killed process left, never a live process's.

    (The temporary files of taking a lock are `fileio`'s, cleared with the others.)
    """
    write_lock = write_lock_path(path)
    found = _read(write_lock)
    if found is not None and _gone(found):
        _move_aside(write_lock, found)


def _gone(found: LockInfo) -> bool:
    """A write lock left by a crash: its process here is gone, or it is far too old."""
    if datetime.now(UTC) - found.since > WRITE_STALE:
        return True
    return found.host == socket.gethostname() and not processes.alive(found.pid)


def _read(target: Path) -> LockInfo | None:
    try:
        with target.open("rb") as handle:
            data = json.loads(handle.read(_MAX_BYTES).decode("utf-8"))
        since = datetime.fromisoformat(str(data["since"]))
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return LockInfo(
            str(data["user"]),
            str(data["host"]),
            int(data["pid"]),
            str(data["app_version"]),
            since,
            data.get("command") is True,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # a broken lock file is no lock: the open goes on, and writes a new one


def _create(target: Path, data: bytes) -> bool:
    """Create `target` holding `data` in one step; False if it exists."""
    temp = new_temp(target.parent)
    try:
        temp.write_bytes(data)
        try:
            os.link(temp, target)  # appears whole, or not at all if it exists
        except FileExistsError:
            return False
        except OSError:  # no hard links here (a FAT USB stick): create exclusively, then fill
            return _create_exclusive(target, data)
        return True
    finally:
        temp.unlink(missing_ok=True)


def _create_exclusive(target: Path, data: bytes) -> bool:
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        return False
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    return True


def _settled(target: Path) -> bool:
    """Whether an unreadable lock file is old enough not to be in the middle of being written."""
    try:
        return time.time() - target.stat().st_mtime > _SETTLE * 10
    except OSError:
        return True


def _move_aside(target: Path, judged: LockInfo | None) -> None:
    """Remove the lock `judged`, unless someone replaced it since we read it."""
    aside = target.with_name(temp_name())
    try:
        os.rename(target, aside)  # only one process gets it
    except FileNotFoundError:
        return  # someone else removed it: try again
    try:
        moved = _read(aside)
        if moved is not None and (judged is None or not _same_lock(moved, judged)):
            with contextlib.suppress(OSError):
                os.link(aside, target)  # a fresh lock, not the one we judged: put it back
    finally:
        aside.unlink(missing_ok=True)
