"""What this laptop last saw of a teamserver, for one workbook: a small SQLite file of its own.

Per record the server holds (that this login may read): its revision as the server stored
it (its versions, and when and by whom: `replica.revision`), its preparation, its owner and
whether the team reads it; and the server's last write number this workbook has pulled
(`cursor`). A sync pulls what was written after the cursor, and pushes the records whose
revisions differ from what the server was last seen to hold.

The state lives in the data folder, not in the workbook (a file e-mailed to a colleague takes
no server address along). It is written only after the workbook itself: a sync killed between
the two pulls the same records again next time, which changes nothing. It can also fall behind
the workbook the other way (the working copy discarded after a crash, an older file put back):
the sync sees it (`sync.prepare`) and starts again from nothing, as with a new server.
"""

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS known (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    prep TEXT,
    owner TEXT NOT NULL,
    team INTEGER NOT NULL,
    revision TEXT NOT NULL,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
"""
_CHUNK = 400  # keys per lookup statement (two parameters each)


@dataclass(frozen=True)
class Known:
    """One record as the server was last seen to hold it."""

    kind: str
    id: str
    prep: str | None
    owner: str
    team: bool
    revision: str


def state_file(folder: Path, workbook: Path, server_key: str) -> Path:
    """The state file of one workbook with one server login, in `folder`."""
    digest = hashlib.sha256(f"{workbook.resolve()}\n{server_key}".encode()).hexdigest()[:20]
    return folder / f"{digest}.sqlite"


class SyncState:
    """The state of one workbook with one server; open it with `SyncState.open`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path  # its table `known` is what `replica.compare` compares with

    @classmethod
    @contextmanager
    def open(cls, path: Path) -> Iterator["SyncState"]:
        path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(path, isolation_level=None, timeout=30)) as conn:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.executescript(_SCHEMA)
            yield cls(conn, path)

    # --- the server it belongs to, and how far it has pulled -------------------------------

    def _meta(self, key: str) -> str | None:
        found = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if found is None else str(found[0])

    @property
    def server_id(self) -> str | None:
        return self._meta("server_id")

    @property
    def cursor(self) -> int:
        return int(self._meta("cursor") or 0)

    def reset(self, server_id: str) -> None:
        """Forget everything: the next pull takes all the server holds."""
        with self._transaction():
            self._conn.execute("DELETE FROM known")
            self._conn.execute("DELETE FROM meta")
            self._set("server_id", server_id)

    # --- the records ---------------------------------------------------------------------------

    def of_kind(self, kind: str) -> list[Known]:
        """The seen records of one table (a preparation's owner and team flag, for one)."""
        cursor = self._conn.execute(
            "SELECT kind, id, prep, owner, team, revision FROM known WHERE kind = ?", (kind,)
        )
        return [Known(r[0], r[1], r[2], r[3], bool(r[4]), r[5]) for r in cursor]

    def lookup(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Known]:
        """The records of these (kind, id) that were seen; the others are not in the result."""
        chosen = list(dict.fromkeys(keys))
        found: dict[tuple[str, str], Known] = {}
        for start in range(0, len(chosen), _CHUNK):
            chunk = chosen[start : start + _CHUNK]
            marks = ", ".join("(?, ?)" for _ in chunk)
            # A join, not `(kind, id) IN (VALUES ...)`: SQLite reads the whole table for that.
            cursor = self._conn.execute(
                "SELECT k.kind, k.id, k.prep, k.owner, k.team, k.revision"  # noqa: S608
                f" FROM (VALUES {marks}) AS v"
                " JOIN known AS k ON k.kind = v.column1 AND k.id = v.column2",
                [part for key in chunk for part in key],
            )
            for r in cursor:
                found[r[0], r[1]] = Known(r[0], r[1], r[2], r[3], bool(r[4]), r[5])
        return found

    def record(self, seen: Iterable[Known], *, cursor: int | None = None) -> None:
        """Remember these records as the server holds them (and how far the pull got)."""
        with self._transaction():
            self._conn.executemany(
                "INSERT OR REPLACE INTO known (kind, id, prep, owner, team, revision)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                ((k.kind, k.id, k.prep, k.owner, int(k.team), k.revision) for k in seen),
            )
            if cursor is not None and cursor > self.cursor:
                self._set("cursor", str(cursor))

    def _set(self, key: str, value: str) -> None:
        self._conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")
