"""The lock file beside an open workbook: who has it open, in the spirit of LibreOffice.

While nlinkoop has `deal.db` open for editing, `.~lock.deal.db#` beside it names the user, the
computer, the process, the app version and since when. It is advice, not a lock the file system
enforces: a colleague's nlinkoop reads it and asks before editing too. A lock whose process is
gone (same computer) or that is older than a day is stale and taken over without asking.
"""

import contextlib
import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from nlinkoop import __version__, processes
from nlinkoop.fileio import write_atomic

STALE_AFTER = timedelta(days=1)
_MAX_BYTES = 4096  # a lock file is a few hundred bytes; anything bigger is not ours


@dataclass(frozen=True)
class LockInfo:
    """Who holds a workbook open."""

    user: str
    host: str
    pid: int
    app_version: str
    since: datetime

    @classmethod
    def mine(cls, user: str) -> "LockInfo":
        """The lock this process writes."""
        return cls(user, socket.gethostname(), os.getpid(), __version__, datetime.now(UTC))

    def is_mine(self) -> bool:
        """Written by this very process."""
        return self.host == socket.gethostname() and self.pid == os.getpid()

    def stale(self, now: datetime | None = None) -> bool:
        """Left behind: its process on this computer is gone, or it is older than a day."""
        now = now or datetime.now(UTC)
        if now - self.since > STALE_AFTER:
            return True
        return self.host == socket.gethostname() and not _alive(self.pid)

    def to_bytes(self) -> bytes:
        data = asdict(self) | {"since": self.since.isoformat()}
        return json.dumps(data, ensure_ascii=False).encode("utf-8")


def lock_path(path: Path) -> Path:
    """The lock file of workbook `path`: `.~lock.NAME#` beside it."""
    return path.with_name(f".~lock.{path.name}#")


def read_lock(path: Path) -> LockInfo | None:
    """The lock of workbook `path`, or None if there is none (or it cannot be read)."""
    try:
        with lock_path(path).open("rb") as handle:
            data = json.loads(handle.read(_MAX_BYTES).decode("utf-8"))
        since = datetime.fromisoformat(str(data["since"]))
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return LockInfo(
            str(data["user"]), str(data["host"]), int(data["pid"]), str(data["app_version"]), since
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # a broken lock file is no lock: the open goes on, and writes a new one


def take(path: Path, info: LockInfo, *, replace: bool = False) -> bool:
    """Write our lock for `path`; False if someone else's lock appeared first (no `replace`).

    Raises:
        OSError: the folder cannot be written (then the workbook opens read-only).
    """
    target = lock_path(path)
    if replace:
        write_atomic(target, info.to_bytes())
        return True
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        return False
    with os.fdopen(fd, "wb") as handle:
        handle.write(info.to_bytes())
    return True


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
    renamed = LockInfo(user, info.host, info.pid, info.app_version, info.since)
    write_atomic(lock_path(path), renamed.to_bytes())
    return renamed


def release(path: Path, info: LockInfo) -> None:
    """Remove the lock of `path` if it is still ours (someone may have taken it over)."""
    if _same_lock(read_lock(path), info):
        with contextlib.suppress(OSError):
            lock_path(path).unlink()


def _alive(pid: int) -> bool:
    """Whether process `pid` runs on this computer (moved to `nlinkoop.processes.alive`)."""
    return processes.alive(pid)
