"""Remember which workbook files passed the full check, so reopening them stays fast.

`PRAGMA integrity_check` reads every page: about a second for a workbook with 5,000 full
preparations. It is what catches damage that the quick check misses, so every file that comes
from elsewhere gets it. A file this app checked, or last wrote itself, and that has not changed
since, does not need it again: the cheap checks (header, schema comparison) still run on every
open, because they are what stops a hostile file.

"Not changed since" is judged by a stamp: device, inode, size, modification and change times,
and SQLite's own change counter. A copy, a replacement, a sync tool's new version or any write by
another program changes it. The memory lives in the user's cache folder, never in the workbook.
"""

import json
import os
from dataclasses import astuple, dataclass
from pathlib import Path

from nlinkoop.fileio import write_atomic
from nlinkoop.paths import cache_dir

# -2: since the full check also reads every stored value, files verified before are checked again
_FILE_NAME = "verified-workbooks-2.json"
_KEEP = 200  # files remembered; the oldest entries go first
_CHANGE_COUNTER = slice(24, 28)  # SQLite header: incremented by every committed write


@dataclass(frozen=True)
class FileStamp:
    """What changes whenever a file's content may have changed."""

    device: int
    inode: int
    size: int
    modified_ns: int
    changed_ns: int
    change_counter: int

    @classmethod
    def of(cls, path: Path) -> "FileStamp | None":
        """The stamp of `path` now, or None if it cannot be read."""
        try:
            with path.open("rb") as handle:
                info = os.fstat(handle.fileno())
                counter = int.from_bytes(handle.read(100)[_CHANGE_COUNTER], "big")
        except OSError:
            return None
        return cls(
            info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns, counter
        )


def _memory_file() -> Path:
    return cache_dir() / _FILE_NAME


def _key(path: Path) -> str:
    return str(path.resolve())


def _read() -> dict[str, list[int]]:
    try:
        data = json.loads(_memory_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # no memory (or a damaged one) only costs a full check
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, list)}


def is_verified(path: Path) -> bool:
    """Whether `path` is, unchanged, a file that passed the full check or that we wrote."""
    stamp = FileStamp.of(path)
    return stamp is not None and _read().get(_key(path)) == list(astuple(stamp))


def remember(path: Path, stamp: FileStamp | None = None) -> None:
    """Note that `path`, as it is now (or as `stamp` says), is verified.

    Failing to write the memory is not an error: the next open just checks fully again.
    """
    stamp = stamp or FileStamp.of(path)
    if stamp is None:
        return
    memory = _read()
    memory.pop(_key(path), None)
    memory[_key(path)] = list(astuple(stamp))
    kept = dict(list(memory.items())[-_KEEP:])
    target = _memory_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, json.dumps(kept, indent=0).encode("utf-8"))
    except OSError:
        pass
