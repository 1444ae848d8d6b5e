"""Upgrade an older workbook in place, after writing a byte-for-byte backup beside it."""

import os
import shutil
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

from nlinkoop.fileio import free_name
from nlinkoop.store.connection import connect
from nlinkoop.store.migrations import MIGRATIONS, Migration, read_version, upgrade


def backup_path(path: Path, version: int) -> Path:
    """A free name for the backup of `path` at schema `version`: `deal (backup v1).db`."""
    return free_name(path, f"backup v{version}")


def write_backup(path: Path, version: int) -> Path:
    """Copy `path` byte for byte to a new file beside it and flush it to disk.

    Call it while holding the database's write lock, so nobody changes the file meanwhile.

    Raises:
        OSError: the copy could not be written (nothing is left behind then).
    """
    target = backup_path(path, version)
    with path.open("rb") as source, target.open("xb") as copy:
        try:
            shutil.copyfileobj(source, copy, 1 << 20)
            copy.flush()
            os.fsync(copy.fileno())
        except BaseException:
            copy.close()
            target.unlink(missing_ok=True)
            raise
    return target


def _version(conn: sqlite3.Connection) -> int | None:
    try:
        return read_version(conn)
    except sqlite3.Error:
        return None


def upgrade_file(
    path: Path, *, migrations: Sequence[Migration] = MIGRATIONS, backup: bool = True
) -> Path | None:
    """Back up an older workbook, then run the migrations it needs.

    The backup is written inside the first migration's transaction, so it shows exactly the
    file as it was. If the first migration fails, the file is unchanged and the backup is
    removed again; if a later one fails, the file stays at the last whole version and the
    backup stays too.

    Args:
        path: a workbook that passed the safe-open checks.
        migrations: all migrations from version 1 on (tests inject extra ones).
        backup: False for a private copy of the user's file, which is itself the backup (the
            document's working copy: its write-back backs up the user's file instead).

    Returns:
        The backup's path, or None if the file was already current.

    Raises:
        sqlite3.Error, OSError: the upgrade failed (see `errors.translated`).
    """
    backups: list[tuple[int, Path]] = []

    def back_up(version: int) -> None:
        backups.append((version, write_backup(path, version)))

    with closing(connect(path, "rw", guard=False)) as conn:
        try:
            upgrade(conn, migrations=migrations, before_first=back_up if backup else None)
        except BaseException:
            if backups and _version(conn) == backups[0][0]:
                backups[0][1].unlink(missing_ok=True)  # nothing changed: the backup is moot
            raise
    return backups[0][1] if backups else None
