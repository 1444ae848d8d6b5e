"""A workbook's records as stored rows, for a replica that is not a file (the teamserver).

The teamserver keeps each record as its stored row (column name to stored value, the derived
columns left out) with its versions. This module is the workbook's side of that exchange:

- `scan` lists every record's id, revision and preparation, cheaply (no values);
- `read` gives chosen records as stored rows, to send;
- `take` merges rows received into the workbook by the file's own merge rules: they are put
  in a private scratch workbook, and merged from there with `merge(only=...)`, so only those
  records are compared and a record the server did not send is no sign of a removal.
"""

import sqlite3
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Column
from sqlalchemy.types import TypeDecorator

from nlinkoop.store import rows
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


def scan(workbook: Workbook) -> dict[tuple[str, str], Entry]:
    """Every record of the workbook, by (table, id), in one read."""
    found: dict[tuple[str, str], Entry] = {}
    with workbook._read() as conn:
        driver = conn.connection.driver_connection
        assert driver is not None
        for kind in KINDS:
            if kind == TOMBSTONES:
                sql = f"SELECT id, {_REMOVAL}, NULL, table_name FROM tombstones"
            elif kind == PREPARATIONS:
                sql = f"SELECT id, {_REVISION}, id, NULL FROM preparations"
            elif kind in LIST_TABLES:
                sql = f"SELECT id, {_REVISION}, preparation_id, NULL FROM {kind}"  # noqa: S608
            else:
                sql = f"SELECT id, {_REVISION}, NULL, NULL FROM {kind}"  # noqa: S608
            for record_id, text, prep, removed_from in driver.execute(sql):
                found[kind, record_id] = Entry(kind, record_id, text, prep, removed_from)
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
