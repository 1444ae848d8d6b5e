"""Which records two workbooks hold differently, found in SQL so a merge reads only those.

Two copies of one workbook mostly hold the same rows: after a week of work on each side a few
hundred of half a million differ. Reading every row of both files into Python costs seconds;
SQLite compares them in a fraction of that. `differing` attaches the source file read-only to
a connection of its own on the target file and asks, per table, which rows have no identical
row with the same id on the other side. Identical means every column `IS` the other's, bytes
compared as they are (`COLLATE BINARY`): rows SQLite calls identical are equal in Python too,
so a merge that skips them skips exactly the rows it would have passed over anyway.

The connection is our own and short-lived: it is opened after the merge's transactions on both
workbooks took their read locks (so it sees the same files), may only read once the source is
attached, and is closed before the merge writes anything.
"""

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table

from nlinkoop.store.connection import connect, file_uri

_ALLOWED = frozenset(
    {
        sqlite3.SQLITE_SELECT,
        sqlite3.SQLITE_READ,
        sqlite3.SQLITE_FUNCTION,
        sqlite3.SQLITE_TRANSACTION,
    }
)


@dataclass
class Difference:
    """The ids of one table's rows that have no identical row on the other side.

    Attributes:
        theirs: ids of source rows; a target row with the same id may exist (and differs).
        mine: ids of target rows; a source row with the same id may exist (and differs).
    """

    theirs: set[str] = field(default_factory=set)
    mine: set[str] = field(default_factory=set)


def differing(
    source: Path,
    target: Path,
    tables: Sequence[Table],
    counts: Mapping[str, tuple[int, int]] | None = None,
) -> dict[str, Difference]:
    """The rows of each table that differ between the two files, by table name.

    Args:
        source: the file merged from (attached read-only as `theirs`).
        target: the file merged into (opened read-only as `main`).
        tables: the tables to compare; both files have them exactly (the schema check).
        counts: per table name, the number of rows in target and in source, if the caller
            has counted them already (a merge does, to take both files' read locks first).
    """
    with closing(connect(target, "ro", guard=False)) as conn:
        conn.execute("ATTACH DATABASE ? AS theirs", (file_uri(source, "ro"),)).close()
        conn.set_authorizer(_only_reading)
        conn.execute("BEGIN").close()
        try:
            found = {}
            for table in tables:
                mine, theirs = _counts(conn, table) if counts is None else counts[table.name]
                found[table.name] = _difference(conn, table, mine, theirs)
            return found
        finally:
            conn.execute("ROLLBACK").close()


def _counts(conn: sqlite3.Connection, table: Table) -> tuple[int, int]:
    sql = (
        f"SELECT (SELECT count(*) FROM main.{table.name}),"  # noqa: S608 - our own names
        f" (SELECT count(*) FROM theirs.{table.name})"
    )
    [(mine, theirs)] = _rows(conn, sql)
    return int(mine), int(theirs)


def _only_reading(action: int, *_: object) -> int:
    return sqlite3.SQLITE_OK if action in _ALLOWED else sqlite3.SQLITE_DENY


def _difference(
    conn: sqlite3.Connection, table: Table, mine_count: int, theirs_count: int
) -> Difference:
    names = [column.name for column in table.columns]
    found = Difference()
    paired = 0
    for record_id, in_mine in _rows(conn, _theirs_unmatched(table.name, names)):
        found.theirs.add(record_id)
        if in_mine:
            found.mine.add(record_id)
            paired += 1
    identical = theirs_count - len(found.theirs)
    if mine_count - identical - paired != 0:  # rows only mine has: look them up
        found.mine.update(record_id for (record_id,) in _rows(conn, _mine_only(table.name)))
    return found


def _rows(conn: sqlite3.Connection, sql: str) -> Iterator[tuple[Any, ...]]:
    cursor = conn.execute(sql)
    try:
        yield from cursor
    finally:
        cursor.close()


def _same(a: str, b: str, names: Sequence[str]) -> str:
    return " AND ".join(f'{a}."{name}" IS {b}."{name}" COLLATE BINARY' for name in names)


def _theirs_unmatched(name: str, names: Sequence[str]) -> str:
    """Source rows without an identical target row, and whether the target has the id.

    Copies of one file mostly keep their rows under the same rowid, so each source row is
    first compared with the target row of its own rowid (both tables are walked in order);
    only a row that differs there is looked up by id.
    """
    return f"""
        SELECT s.id, EXISTS (SELECT 1 FROM main.{name} AS o WHERE o.id = s.id)
        FROM theirs.{name} AS s LEFT JOIN main.{name} AS m ON m.rowid = s.rowid
        WHERE CASE WHEN {_same("m", "s", names)} THEN 0 ELSE NOT EXISTS (
            SELECT 1 FROM main.{name} AS o WHERE o.id = s.id AND {_same("o", "s", names)}
        ) END
    """  # noqa: S608 - our own table and column names


def _mine_only(name: str) -> str:
    """Target rows whose id the source does not have."""
    return f"""
        SELECT m.id FROM main.{name} AS m NOT INDEXED
        LEFT JOIN theirs.{name} AS s ON s.rowid = m.rowid
        WHERE CASE WHEN s.id IS m.id THEN 0 ELSE NOT EXISTS (
            SELECT 1 FROM theirs.{name} AS o WHERE o.id = m.id
        ) END
    """  # noqa: S608 - our own table names
