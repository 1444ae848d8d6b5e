"""Find every stored value the app would refuse to read, table by table (part of the safe open).

What is readable is decided by each column's own type (`types.py`, `process_result_value`):
the check that loading, merging and importing apply to every value they read. So a file that
passes here is never refused later for a value in it. SQL only narrows down which rows to read
(each type's `readable_sql` holds only for values its type reads), so a sound file costs one
scan of each table inside SQLite and no value is read into Python.
"""

import functools
import sqlite3
from typing import Any

from sqlalchemy import Column, Table

from nlinkoop.store.errors import BadValue, StoredValueError, one_line
from nlinkoop.store.migrations import SCHEMA_VERSION
from nlinkoop.store.models import Base
from nlinkoop.store.types import ReadChecked, shown

REPORTED = 20  # bad values named at most: a hostile file may hold millions
_TITLE_CHARACTERS = 40
_ID_CHARACTERS = 9  # the first 8 of a UUID and "…", enough to find it in `nlinkoop list`


def bad_values(conn: sqlite3.Connection, version: int) -> tuple[list[BadValue], bool]:
    """The values in the workbook of `conn` that their column's type refuses.

    Args:
        conn: a connection to a file whose schema passed the safe-open comparison.
        version: the file's schema version (an older one may lack some columns).

    Returns:
        Up to `REPORTED` bad values in table order, and whether there are more.
    """
    found: list[BadValue] = []
    for table in Base.metadata.sorted_tables:  # preparations first, then their lists
        names = _names_in_file(conn, table) if version < SCHEMA_VERSION else None
        columns = [c for c in table.columns if names is None or c.name in names]
        if not columns:
            continue
        for rowid, *values in conn.execute(_suspects_sql(table, tuple(columns))):
            for column, value in zip(columns, values, strict=True):
                problem = _refusal(column, value)
                if problem is None:
                    continue
                if len(found) == REPORTED:
                    return found, True
                row = _row_label(conn, table, rowid)
                found.append(BadValue(table.name, column.name, row, shown(value), problem))
    return found, False


def _names_in_file(conn: sqlite3.Connection, table: Table) -> set[str]:
    """The names of the table's columns in a file of an older schema version."""
    return {str(row[1]) for row in conn.execute(f'PRAGMA table_info("{table.name}")')}


@functools.cache
def _suspects_sql(table: Table, columns: tuple[Column[Any], ...]) -> str:
    """The rows where some value is not plainly readable; `IS NOT 1` also catches NULL."""
    tests = " AND ".join(_type(column).readable_sql(f'"{column.name}"') for column in columns)
    names = ", ".join(f'"{column.name}"' for column in columns)
    return f'SELECT rowid, {names} FROM "{table.name}" WHERE ({tests}) IS NOT 1'  # noqa: S608


def _refusal(column: Column[Any], value: object) -> str | None:
    """What the column's type says when it refuses `value`; None when it reads it."""
    try:
        _type(column).process_result_value(value, None)  # type: ignore[arg-type]
    except StoredValueError as error:
        return str(error)
    return None


def _type(column: Column[Any]) -> ReadChecked:
    kind = column.type
    assert isinstance(kind, ReadChecked), column  # every column has one of our types
    return kind


def _row_label(conn: sqlite3.Connection, table: Table, rowid: int) -> str:
    """Which record, for people: `"<preparation title>", id <id>` (or just the id)."""
    if table.name == "preparations":
        sql = "SELECT id, title FROM preparations WHERE rowid = ?"
    elif "preparation_id" in table.c:
        sql = (
            f'SELECT item.id, preparation.title FROM "{table.name}" AS item'  # noqa: S608
            " LEFT JOIN preparations AS preparation ON preparation.id = item.preparation_id"
            " WHERE item.rowid = ?"
        )
    elif table.name == "profiles":
        sql = "SELECT id, person FROM profiles WHERE rowid = ?"
    elif table.name == "policy":
        sql = "SELECT id, name FROM policy WHERE rowid = ?"
    else:
        sql = f'SELECT id, NULL FROM "{table.name}" WHERE rowid = ?'  # noqa: S608
    found = conn.execute(sql, (rowid,)).fetchone()
    record_id, name = found if found is not None else (None, None)
    ident = one_line(record_id, _ID_CHARACTERS) if isinstance(record_id, str) else ""
    ident = f"id {ident}" if ident else f"row {rowid}"
    if isinstance(name, str) and name.strip():
        return f'"{one_line(name, _TITLE_CHARACTERS)}", {ident}'
    return ident
