"""Write files so that a crash or a full disk never leaves a half-written file behind."""

import contextlib
import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

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
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            share_permissions(tmp)
            fill(tmp)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        fsync_folder(path.parent)


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
