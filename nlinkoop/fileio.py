"""Write files so that a crash or a full disk never leaves a half-written file behind.

Also the names of the temporary files beside the user's files, which say whose they are, so
that those a crashed process left are cleared at once.
"""

import contextlib
import errno
import hashlib
import os
import re
import secrets
import shutil
import socket
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

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


NAME_MAX = 255  # what most file systems allow in one name (bytes; UTF-16 units on Windows)
ROOM = 40  # kept free beside a workbook's name for its locks (`.~writing.NAME#` is 11 longer)


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


def name_length(name: str) -> int:
    """The length of a file name as the file system counts it (bytes, or UTF-16 on Windows)."""
    if os.name == "nt":  # pragma: no cover - Windows counts UTF-16 code units
        return len(name.encode("utf-16-le", "surrogatepass")) // 2
    return len(os.fsencode(name))


def free_name(path: Path, label: str) -> Path:
    """`NAME (label).ext` beside `path`, or `NAME (label 2).ext`, ... if that is taken.

    NAME is shortened where the whole would be too long to open in nlinkoop in its turn.
    """
    stem = path.stem
    while name_length(f"{stem} ({label} 9999){path.suffix}") > NAME_MAX - ROOM and stem:
        stem = stem[:-1]
    candidate = path.with_name(f"{stem} ({label}){path.suffix}")
    number = 2
    while os.path.lexists(candidate):
        candidate = path.with_name(f"{stem} ({label} {number}){path.suffix}")
        number += 1
    return candidate


def write_atomic(path: Path, data: bytes) -> Path | None:
    """Write `data` to `path` all at once: the old content or the new, never a mix.

    A regular file (or a new one) is replaced whole: the bytes go to a temporary file in the
    same folder, are flushed to disk, and replace the file in one rename. A symbolic link stays
    a link: the file it points to is replaced. A device or a pipe (`/dev/null`, a FIFO,
    `/dev/stdout`) cannot be replaced and is written straight through.

    Returns:
        The file that was replaced (`path`, or the file its link points to), or None when it
        was written straight through.

    Raises:
        OSError: the folder is not writable, the disk is full, the path is a folder
            (IsADirectoryError) or a kind of file nothing can be written to; the error names
            `path`, not the temporary file.
    """

    def fill(tmp: Path) -> None:
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())

    def through(handle: BinaryIO) -> None:
        handle.write(data)

    return _write(Path(path), fill, through)


def copy_atomic(source: Path, target: Path) -> Path | None:
    """Copy `source` to `target` all at once, with `target` treated as in `write_atomic`.

    Returns:
        As `write_atomic`: the file replaced, or None.

    Raises:
        OSError: `source` cannot be read, or `target` not written (named in the error).
    """

    def fill(tmp: Path) -> None:
        shutil.copyfile(source, tmp)
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())

    def through(handle: BinaryIO) -> None:
        with Path(source).open("rb") as original:
            shutil.copyfileobj(original, handle)

    return _write(Path(target), fill, through)


def atomic_target(path: Path) -> Path | None:
    """The file an atomic write of `path` replaces, or None when it must be written straight.

    That is `path` itself for a regular file or a name that is free, the file a symbolic link
    points to (the link stays), and None for a character device or a pipe (and for a file
    reached through a standard stream, `/dev/stdout` redirected to a file): renaming a file
    over those would replace the device or the stream's target rather than write to it.

    Raises:
        IsADirectoryError: `path` is a folder.
        OSError: `path` is something else nothing can be written to (a block device, a socket),
            or cannot be looked up (no permission, a loop of links).
    """
    path = Path(path)
    try:
        info = os.stat(path)  # follows links
    except FileNotFoundError:
        return Path(os.path.realpath(path)) if os.path.islink(path) else path  # a new file
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "a folder; give a file name", str(path))
    if stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode):
        return None
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, "not a file, a device or a pipe; give a file name", str(path))
    if _through_a_descriptor(path):
        return None
    return Path(os.path.realpath(path)) if os.path.islink(path) else path


def _write(
    path: Path, fill: Callable[[Path], None], through: Callable[[BinaryIO], None]
) -> Path | None:
    with _named_after(path):
        target = atomic_target(path)
        if target is None:
            with path.open("wb") as handle:
                through(handle)
            return None
    _replace_atomically(target, fill, shown_as=path)
    return target


def _through_a_descriptor(path: Path) -> bool:
    """Whether the chain of links from `path` passes through `/proc/.../fd/N` or `/dev/fd/N`.

    Those are the open files of a process, such as its standard output: whatever file they
    lead to is someone else's open file, to be written, not replaced.
    """
    current = path
    for _ in range(40):  # the kernel's own limit on a chain of links
        parent = current.parent
        if parent.name == "fd" and parent.parts[1:2] in (("proc",), ("dev",)):
            return True
        if not current.is_symlink():
            return False
        current = parent / os.readlink(current)
    return False


def _replace_atomically(
    path: Path, fill: Callable[[Path], None], *, shown_as: Path | None = None
) -> None:
    with _named_after(path if shown_as is None else shown_as):
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
