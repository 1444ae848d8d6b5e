"""Keep the working copy of a workbook closed cleanly, so that opening it again needs no copy.

Opening a workbook copies the whole file to a private working copy: about a third of a second
for 5,000 full preparations, and then a hash of it. Most opens are of the file the user had open
last, unchanged since. So a document closed with everything written back leaves its working
copy here (`kept/<digest of the path>/`), with a record of the user's file as it was then: its
stamp (`trust.FileStamp`: device, inode, size, times and SQLite's change counter) and its hash.

The next open takes the kept copy instead of copying, but only when the user's file still has
exactly that stamp, and the kept copy still has its own. Anything else (a colleague's version, a
sync tool, a restored backup, a touched copy) makes it a plain copy again. A kept copy serves one
open: it is moved into the new working folder, or removed. Only the last few are kept.
"""

import contextlib
import json
import os
import shutil
from dataclasses import astuple
from pathlib import Path

from nlinkoop.fileio import path_key, write_atomic
from nlinkoop.paths import data_dir
from nlinkoop.store.trust import FileStamp

_KEPT = "kept"
_COPY = "workbook.db"
_RECORD = "kept.json"
_KEEP = 5  # workbooks whose copy is kept; the least recently closed go first


def keep(path: Path, copy: Path, digest: str, file_stamp: FileStamp) -> bool:
    """Keep `copy`, the closed working copy of `path`, for the next open.

    Args:
        path: the user's file.
        copy: the closed working copy, whose content `path` holds; it is moved away (or left
            where it is on failure).
        digest: the SHA-256 of `path` as the document last read or wrote it.
        file_stamp: the stamp of `path` taken after making sure it still is that version; if
            it changes after, the record no longer matches and the copy is not used.

    Returns:
        Whether it was kept. Failing is never an error: the next open copies again.
    """
    folder = _folder(path)
    try:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        os.replace(copy, folder / _COPY)
        copy_stamp = FileStamp.of(folder / _COPY)  # a move changes the change time
        if copy_stamp is None:
            raise OSError("the kept copy is gone")
        record = {
            "path": str(path),
            "file": list(astuple(file_stamp)),
            "copy": list(astuple(copy_stamp)),
            "digest": digest,
        }
        write_atomic(folder / _RECORD, json.dumps(record).encode("utf-8"))
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
        return False
    _forget_old()
    return True


def peek(path: Path) -> Path | None:
    """The kept copy of `path`, left where it is, if `path` is still what it was then.

    For a glance before opening (`glance.py`): the copy is only read, and `take` checks it
    again when the workbook is opened.
    """
    folder = _folder(path)
    try:
        record = json.loads((folder / _RECORD).read_text(encoding="utf-8"))
        stamp, copy_stamp = FileStamp.of(path), FileStamp.of(folder / _COPY)
        if stamp is None or copy_stamp is None or record["path"] != str(path):
            return None
        if record["file"] != list(astuple(stamp)) or record["copy"] != list(astuple(copy_stamp)):
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return folder / _COPY


def take(path: Path, target: Path) -> tuple[FileStamp, str] | None:
    """Move the kept copy of `path` to `target` if `path` is still what it was then.

    Returns:
        The user's file's stamp and hash as recorded, or None (nothing usable was kept; any
        stale copy is removed). The caller copies the file as usual then.
    """
    folder = _folder(path)
    if not folder.exists():
        return None
    try:
        record = json.loads((folder / _RECORD).read_text(encoding="utf-8"))
        stamp = FileStamp.of(path)
        copy_stamp = FileStamp.of(folder / _COPY)
        if (
            stamp is None
            or copy_stamp is None
            or record["path"] != str(path)
            or record["file"] != list(astuple(stamp))
            or record["copy"] != list(astuple(copy_stamp))
            or not isinstance(record["digest"], str)
        ):
            return None
        os.replace(folder / _COPY, target)
        return stamp, record["digest"]
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a damaged record, or another nlinkoop took it just now
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _folder(path: Path) -> Path:
    return data_dir() / _KEPT / path_key(path)


def _forget_old() -> None:
    """Remove all but the most recently kept copies (each can be as big as its workbook)."""
    root = data_dir() / _KEPT
    with contextlib.suppress(OSError):
        folders = sorted(root.iterdir(), key=_kept_at, reverse=True)
        for folder in folders[_KEEP:]:
            shutil.rmtree(folder, ignore_errors=True)


def _kept_at(folder: Path) -> float:
    try:
        return (folder / _RECORD).stat().st_mtime
    except OSError:
        return 0.0  # half made or damaged: among the first to go
