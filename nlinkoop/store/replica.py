"""A workbook's records as stored rows, for a replica that is not a file (the teamserver).

The teamserver keeps each record as its stored row (column name to stored value, the derived
columns left out) with its versions. This module is the workbook's side of that exchange:

- `scan` lists every record's id, revision and preparation, cheaply (no values);
- `compare` lists only the records whose revision differs from what another file says was
  last seen of them, and the records seen that the workbook lacks (in SQL: a sync with little
  to do reads little into Python);
- `read` gives chosen records as stored rows, to send;
- `take` merges rows received into the workbook by the file's own merge rules: they are put
  in a private scratch workbook, and merged from there with `merge(only=...)`, so only those
  records are compared and a record the server did not send is no sign of a removal.
"""

import sqlite3
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Column
from sqlalchemy.types import TypeDecorator

from nlinkoop.store import rows
from nlinkoop.store.connection import connect, file_uri
from nlinkoop.store.mapping import LISTS
from nlinkoop.store.merge import MergeReport, Resolver, merge
from nlinkoop.store.migrations import create_schema
from nlinkoop.store.models import PolicyRow, PreparationRow, ProfileRow, TombstoneRow
from nlinkoop.store.workbook import Workbook

TOMBSTONES = "tombstones"
PREPARATIONS = "preparations"
OWNERS = ("profiles", "policy", PREPARATIONS)  # before the list items that refer to them
LIST_TABLES = tuple(rows.table_of(spec.row).name for spec in LISTS)
KINDS = (*OWNERS, *LIST_TABLES, TOMBSTONES)  # every table of records, in the order to send
_TABLES = {
    rows.table_of(row).name: rows.table_of(row)
    for row in (ProfileRow, PolicyRow, PreparationRow, TombstoneRow)
} | {rows.table_of(spec.row).name: rows.table_of(spec.row) for spec in LISTS}
_DERIVED_BLANK = {"progress": 0, "search_text": ""}  # recomputed by the merge
_CHUNK = 500
# A record's revision: its versions, and when and by whom it was made and last changed (or
# removed). Two copies of a record differ in nothing a merge keeps when their revisions match;
# the versions alone would miss a merge's later `updated_at`.
_REVISION = "versions || char(10) || created_at || char(9) || updated_at || char(9) || updated_by"
_REMOVAL = "versions || char(10) || deleted_at || char(9) || deleted_by"

Row = dict[str, Any]


class UnknownColumnsError(ValueError):
    """A received row has columns this workbook schema does not know (a newer nlinkoop)."""


@dataclass(frozen=True)
class Entry:
    """One record of the workbook, without its values.

    Attributes:
        kind: its table.
        id: its id.
        revision: its stored versions (text, as in the file), then a line of when and by
            whom (see `revision`).
        prep: its preparation (a preparation's own id; None for a profile or the policy, and
            for a tombstone, whose record is gone).
        removed_from: for a tombstone, the table of the removed record.
    """

    kind: str
    id: str
    revision: str
    prep: str | None = None
    removed_from: str | None = None


def _entries_sql(kind: str) -> str:
    """id, revision, preparation and removed-from table of every record of one table."""
    if kind == TOMBSTONES:
        return f"SELECT id, {_REMOVAL} AS revision, NULL AS prep, table_name FROM tombstones"
    if kind == PREPARATIONS:
        prep = "id"
    elif kind in LIST_TABLES:
        prep = "preparation_id"
    else:
        prep = "NULL"
    return (
        f"SELECT id, {_REVISION} AS revision, {prep} AS prep, NULL AS table_name"  # noqa: S608
        f" FROM {kind}"
    )


def scan(workbook: Workbook) -> dict[tuple[str, str], Entry]:
    """Every record of the workbook, by (table, id), in one read."""
    found: dict[tuple[str, str], Entry] = {}
    with workbook._read() as conn:
        driver = conn.connection.driver_connection
        assert driver is not None
        for kind in KINDS:
            for record_id, text, prep, removed_from in driver.execute(_entries_sql(kind)):
                found[kind, record_id] = Entry(kind, record_id, text, prep, removed_from)
    return found


@dataclass
class Comparison:
    """How the workbook stands against what was last seen of its records (see `compare`).

    Attributes:
        changed: the records whose revision differs from the one seen, each with the revision
            seen (None: never seen).
        missing: the records seen that the workbook lacks, each with whether the workbook
            holds a tombstone of that id (the record was removed here).
    """

    changed: dict[tuple[str, str], tuple[Entry, str | None]] = field(default_factory=dict)
    missing: dict[tuple[str, str], bool] = field(default_factory=dict)


_ALLOWED = frozenset(
    {
        sqlite3.SQLITE_SELECT,
        sqlite3.SQLITE_READ,
        sqlite3.SQLITE_FUNCTION,
        sqlite3.SQLITE_TRANSACTION,
    }
)


def _only_reading(action: int, *_: object) -> int:
    return sqlite3.SQLITE_OK if action in _ALLOWED else sqlite3.SQLITE_DENY


def compare(workbook: Workbook, seen: Path) -> Comparison:
    """The records that differ from what `seen` says was last seen of them, found in SQL.

    The same as comparing `scan` with every record of `seen`, but only the differences reach
    Python: a sync of a big workbook with little to do stays quick.

    Args:
        workbook: the workbook (its file is read through a read-only connection of our own,
            as `merge_diff` does, with `seen` attached read-only).
        seen: an SQLite file with a table `known(kind TEXT, id TEXT, revision TEXT)` keyed by
            (kind, id): a record's table, id and the revision (as `scan` gives it) last seen.
    """
    found = Comparison()
    with closing(connect(workbook.file, "ro", guard=False)) as conn:
        conn.execute("ATTACH DATABASE ? AS seen", (file_uri(seen, "ro"),)).close()
        conn.set_authorizer(_only_reading)
        conn.execute("BEGIN").close()
        try:
            for kind in KINDS:
                changed = conn.execute(
                    f"SELECT e.id, e.revision, e.prep, e.table_name, k.revision"  # noqa: S608
                    f" FROM ({_entries_sql(kind)}) AS e"
                    " LEFT JOIN seen.known AS k ON k.kind = ? AND k.id = e.id"
                    " WHERE k.revision IS NOT e.revision",
                    (kind,),
                )
                for record_id, text, prep, removed_from, old in changed:
                    entry = Entry(kind, record_id, text, prep, removed_from)
                    found.changed[kind, record_id] = (entry, old)
                missing = conn.execute(
                    "SELECT k.id, EXISTS (SELECT 1 FROM main.tombstones AS t WHERE t.id = k.id)"
                    f" FROM seen.known AS k WHERE k.kind = ? AND NOT EXISTS"  # noqa: S608
                    f" (SELECT 1 FROM main.{kind} AS r WHERE r.id = k.id)",
                    (kind,),
                )
                for record_id, buried in missing:
                    found.missing[kind, record_id] = bool(buried)
        finally:
            conn.execute("ROLLBACK").close()
    return found


def revision(kind: str, row: Row) -> str:
    """A stored row's revision, as `scan` gives it."""
    if kind == TOMBSTONES:
        return f"{row['versions']}\n{row['deleted_at']}\t{row['deleted_by']}"
    return f"{row['versions']}\n{row['created_at']}\t{row['updated_at']}\t{row['updated_by']}"


def versions_of(revision: str) -> str:
    """The versions in a revision."""
    return revision.split("\n", 1)[0]


def read(workbook: Workbook, wanted: Mapping[str, Iterable[str]]) -> dict[tuple[str, str], Row]:
    """The stored rows of these records (by table), without the derived columns.

    A record that is gone (removed meanwhile) is simply not in the result.
    """
    found: dict[tuple[str, str], Row] = {}
    with workbook._read() as conn:
        driver = conn.connection.driver_connection
        assert driver is not None
        for kind, ids in wanted.items():
            chosen = list(ids)
            for start in range(0, len(chosen), _CHUNK):
                chunk = chosen[start : start + _CHUNK]
                marks = ", ".join("?" for _ in chunk)
                cursor = driver.execute(
                    f"SELECT * FROM {kind} WHERE id IN ({marks})",  # noqa: S608 - our tables
                    chunk,
                )
                names = [column[0] for column in cursor.description]
                for values in cursor:
                    row = {
                        name: value
                        for name, value in zip(names, values, strict=True)
                        if name not in _DERIVED_BLANK
                    }
                    found[kind, row["id"]] = row
    return found


def fits(kind: str, row: object) -> bool:
    """Whether a received row is a record this workbook can hold.

    That is: a known table, only its columns, values those columns can read, and an id. A row
    that does not (hand-made on the server, or from a newer nlinkoop) is left out of a pull
    instead of stopping it.
    """
    table = _TABLES.get(kind)
    if table is None or not isinstance(row, dict) or not isinstance(row.get("id"), str):
        return False
    names = set(table.columns.keys()) - set(_DERIVED_BLANK)
    required = {c.name for c in table.columns if not c.nullable} - set(_DERIVED_BLANK)
    if not required <= set(row) <= names:
        return False
    return all(_readable(table.columns[name], value) for name, value in row.items())


def _readable(column: Column[Any], value: object) -> bool:
    """Whether `value` is what `column` stores: its type, or NULL where it may be."""
    if value is None:
        return bool(column.nullable)
    kind = column.type
    if isinstance(kind, TypeDecorator):
        stored = kind.impl_instance.python_type
        if not isinstance(value, stored):
            return False
        try:
            kind.process_result_value(value, None)  # type: ignore[arg-type]
        except (ValueError, TypeError, ArithmeticError):
            return False
        return True
    expected = kind.python_type
    if expected is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, expected) and not (expected is int and isinstance(value, bool))


def take(
    workbook: Workbook,
    received: Sequence[tuple[str, Row]],
    *,
    resolve: Resolver | None = None,
) -> MergeReport:
    """Merge received records (table, stored row) into the workbook by the file's merge rules.

    Raises:
        UnknownColumnsError: a row with a column this schema lacks; nothing changed.
        MergeCancelled: `resolve` gave no answer; nothing changed.
        WorkbookRejected: a value its column cannot hold; nothing changed.
    """
    only: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for kind, row in received:
        if kind not in _TABLES:
            raise UnknownColumnsError(f"unknown table {kind!r}")
        only[kind].add(row["id"])
        if kind == TOMBSTONES and row.get("table_name") in only:
            only[row["table_name"]].add(row["id"])  # it may bury that record here
    with tempfile.TemporaryDirectory(prefix="nlinkoop-pull-") as folder:
        scratch = Path(folder) / "received.db"
        _write_scratch(scratch, received)
        with closing(Workbook(scratch, user=workbook.user)) as source:
            return merge(source, workbook, resolve=resolve, only=only)


def _write_scratch(path: Path, received: Sequence[tuple[str, Row]]) -> None:
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        create_schema(conn)
        conn.execute("PRAGMA foreign_keys = OFF")  # a list item's preparation may be at home
        conn.execute("BEGIN")
        for kind, row in received:
            table = _TABLES[kind]
            values = dict(row)
            if kind == PREPARATIONS:
                values.update(_DERIVED_BLANK)
            unknown = set(values) - set(table.columns.keys())
            if unknown:
                raise UnknownColumnsError(f"{kind}: {', '.join(sorted(unknown))}")
            names = list(values)
            marks = ", ".join("?" for _ in names)
            conn.execute(
                f"INSERT OR REPLACE INTO {kind} ({', '.join(names)}) VALUES ({marks})",  # noqa: S608
                [values[n] for n in names],
            )
        conn.execute("COMMIT")
