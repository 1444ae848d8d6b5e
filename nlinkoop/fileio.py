"""Write files so that a crash or a full disk never leaves a half-written file behind.

Also the names of the temporary files beside the user's files, which say whose they are, so
that those a crashed process left are cleared at once.
"""

import contextlib
import hashlib
import os
import re
import secrets
import shutil
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from nlinkoop import processes

_UNSAFE = frozenset('<>:"/\\|?*')  # not allowed in file names on Windows, or a separator
_RESERVED = frozenset(
    {
        "CON",
        "PRN",
        "AUX",
        "NUL",
        *(f"COM{n}" for n in range(1, 10)),
        *(f"LPT{n}" for n in range(1, 10)),
    }
)


def safe_file_name(text: str, *, fallback: str, limit: int = 80) -> str:
    """A file name (without extension) made from a title, valid on Windows, macOS and Linux.

    Characters a file system refuses become a space, runs of spaces one space; the name is cut
    to `limit` characters and never ends in a dot or a space. An empty result or a name Windows
    reserves (CON, NUL, ...) gives `fallback`.
    """
    cleaned = "".join(" " if c in _UNSAFE or ord(c) < 32 else c for c in text)
    name = " ".join(cleaned.split())[:limit].rstrip(" .")
    if not name or name.split(".")[0].upper() in _RESERVED:
        return fallback
    return name


def path_key(path: Path) -> str:
    """A short, stable name for a file's full path, for folders of ours that belong to it."""
    return hashlib.sha256(str(path.absolute()).encode("utf-8")).hexdigest()[:16]


def free_name(path: Path, label: str) -> Path:
    """`NAME (label).ext` beside `path`, or `NAME (label 2).ext`, ... if that is taken."""
    candidate = path.with_name(f"{path.stem} ({label}){path.suffix}")
    number = 2
    while os.path.lexists(candidate):
        candidate = path.with_name(f"{path.stem} ({label} {number}){path.suffix}")
        number += 1
    return candidate


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` all at once: the old content or the new, never a mix.

    The bytes go to a temporary file in the same folder, are flushed to disk, and then
    replace the target in one rename.

    Raises:
        OSError: the folder is not writable, the disk is full, or the path is a folder; the
            error names `path`, not the temporary file.
    """

    def fill(tmp: Path) -> None:
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())

    _replace_atomically(Path(path), fill)


def copy_atomic(source: Path, target: Path) -> None:
    """Copy `source` to `target` all at once: `target` is the old file or the whole copy.

    Raises:
        OSError: `source` cannot be read, or `target` not written (named in the error).
    """

    def fill(tmp: Path) -> None:
        shutil.copyfile(source, tmp)
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())

    _replace_atomically(Path(target), fill)


def _replace_atomically(path: Path, fill: Callable[[Path], None]) -> None:
    with _named_after(path):
        tmp = new_temp(path.parent)
        try:
            fill(tmp)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        fsync_folder(path.parent)


# --- temporary files beside the user's files -------------------------------------------------

# `.nlinkoop-HOST-PID-RANDOM.tmp`: HOST is a short hash of the computer's name (any characters,
# fixed length), PID the process that writes it. The name never depends on the target's name,
# so it stays short however long that is; SQLite adds `-journal` to it during a VACUUM INTO.
TEMP_PREFIX = ".nlinkoop-"
_TEMP_NAME = re.compile(r"\.nlinkoop-([0-9a-f]{8})-([0-9]{1,10})-[0-9a-f]{8}\.tmp(?:-journal)?")
STALE_TEMP_SECONDS = 3600  # a temporary file unchanged this long was left by a crash


def host_tag(hostname: str) -> str:
    """Eight hex digits that stand for a computer's name in a file name."""
    return hashlib.sha256(hostname.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def temp_name() -> str:
    """A fresh temporary file name of this process: `.nlinkoop-HOST-PID-RANDOM.tmp`."""
    host = host_tag(socket.gethostname())
    return f"{TEMP_PREFIX}{host}-{os.getpid()}-{secrets.token_hex(4)}.tmp"


def new_temp(folder: Path) -> Path:
    """Create a new, empty temporary file of this process in `folder` and return its path.

    It has the permissions of a normal new file (the umask applies), so that it can become the
    user's file by a rename. `remove_abandoned_temps` clears it if this process dies.
    """
    while True:
        temp = Path(folder) / temp_name()
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:  # pragma: no cover - 32 random bits of the same process
            continue
        os.close(fd)
        return temp


def abandoned(name: str, modified: float, *, now: float | None = None) -> bool:
    """Whether a file called `name` is a temporary file of ours that nobody will finish.

    It is, at once, if the process that made it on this computer is gone. Otherwise (another
    computer's, or a process here that runs, or a process id used again since) only once it
    has not changed for an hour: no write leaves its temporary file alone that long.

    Args:
        name: a file name.
        modified: its modification time (`st_mtime`).
        now: the time to compare with (default: now).
    """
    found = _TEMP_NAME.fullmatch(name)
    if found is None:
        return False
    if found.group(1) == host_tag(socket.gethostname()):
        pid = int(found.group(2))
        if pid != os.getpid() and not processes.alive(pid):
            return True
    return modified < (time.time() if now is None else now) - STALE_TEMP_SECONDS


def remove_abandoned_temps(folder: Path) -> list[str]:
    """Remove the temporary files in `folder` that a crashed process left (see `abandoned`).

    Returns:
        The names removed; errors (a file already gone, no permission) are skipped.
    """
    removed: list[str] = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if not entry.name.startswith(TEMP_PREFIX):
                continue
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False) and abandoned(
                    entry.name, entry.stat(follow_symlinks=False).st_mtime
                ):
                    os.unlink(entry.path)
                    removed.append(entry.name)
    return removed


@contextlib.contextmanager
def _named_after(path: Path) -> Iterator[None]:
    """Report an OSError as being about `path`, which the user chose, not a temporary name."""
    try:
        yield
    except OSError as error:
        if error.filename == str(path):
            raise
        raise type(error)(error.errno, error.strerror, str(path)) from error


def share_permissions(path: Path) -> None:
    """Give a temporary file the permissions of a normal new file (mkstemp makes it private)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk, so a rename in it is durable (not on Windows)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
