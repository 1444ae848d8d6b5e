"""The table declarations, the frozen DDL and the domain describe the same data."""

import dataclasses
import sqlite3
import typing
from contextlib import closing
from typing import Any

from sqlalchemy import create_engine

from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.preparation import Preparation
from nlinkoop.store import types
from nlinkoop.store.mapping import LISTS, PARTS, PREPARATION_COLUMNS, PROFILE_FIELDS
from nlinkoop.store.migrations import APPLICATION_ID, create_schema
from nlinkoop.store.models import Base, PreparationRow, ProfileRow

BOOKKEEPING = {"created_at", "updated_at", "updated_by", "versions"}
CHILD_COLUMNS = {"preparation_id", "position"}
OUR_TYPES = (
    types.StrText,
    types.IntNumber,
    types.Flag,
    types.DecimalText,
    types.DateText,
    types.TimeText,
    types.UtcDateTime,
    types.EnumText,
)


def describe(conn: sqlite3.Connection) -> dict[str, Any]:
    """Tables with their columns, keys and indexes, as SQLite itself reports them."""
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"
        )
    ]
    found = {}
    for table in tables:
        columns = conn.execute(f"PRAGMA table_xinfo({table})").fetchall()
        keys = conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()
        indexes = {
            (name, unique, origin, tuple(c[2] for c in conn.execute(f"PRAGMA index_info({name})")))
            for _, name, unique, origin, _ in conn.execute(f"PRAGMA index_list({table})")
        }
        found[table] = (columns, keys, indexes)
    return found


def test_the_models_declare_the_head_schema() -> None:
    with closing(sqlite3.connect(":memory:", isolation_level=None)) as conn:
        create_schema(conn)
        head = describe(conn)
    engine = create_engine("sqlite://")
    try:
        Base.metadata.create_all(engine)
        raw = engine.raw_connection()
        try:
            declared = describe(raw.driver_connection)
        finally:
            raw.close()
    finally:
        engine.dispose()
    assert head.keys() == declared.keys()
    for table in head:
        assert head[table] == declared[table], table


def test_every_column_has_one_of_our_exact_types() -> None:
    for table in Base.metadata.tables.values():
        for column in table.columns:
            assert isinstance(column.type, OUR_TYPES), f"{table.name}.{column.name}"


def test_child_tables_mirror_the_domain_items() -> None:
    for spec in LISTS:
        table = spec.row.__table__
        content = {c.name for c in table.columns} - BOOKKEEPING - CHILD_COLUMNS
        assert content == {f.name for f in dataclasses.fields(spec.item)}, table.name
        key = table.c.preparation_id.foreign_keys
        assert [(k.column.table.name, k.ondelete) for k in key] == [("preparations", "CASCADE")]


def test_the_preparations_table_holds_every_scalar_of_a_preparation() -> None:
    columns = {c.name for c in PreparationRow.__table__.columns}
    derived = {"deleted_at", "progress", "search_text"}
    assert columns == set(PREPARATION_COLUMNS) | BOOKKEEPING | derived
    assert {c.name for c in ProfileRow.__table__.columns} == set(PROFILE_FIELDS) | {"versions"}
    assert set(PROFILE_FIELDS) == {f.name for f in dataclasses.fields(PitchProfile)}


def domain_lists(cls: type, prefix: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    """The paths of every list in a dataclass tree, found from the type hints."""
    found = set()
    for name, hint in typing.get_type_hints(cls).items():
        if typing.get_origin(hint) is list:
            found.add((*prefix, name))
        elif dataclasses.is_dataclass(hint):
            found |= domain_lists(hint, (*prefix, name))
    return found


def test_every_part_and_every_list_of_a_preparation_is_stored() -> None:
    hints = typing.get_type_hints(Preparation)
    assert {name: hint for name, hint in hints.items() if dataclasses.is_dataclass(hint)} == PARTS
    assert {spec.path for spec in LISTS} == domain_lists(Preparation)


def test_the_application_id_spells_nlkp() -> None:
    assert APPLICATION_ID.to_bytes(4, "big") == b"nlkp"
    assert APPLICATION_ID < 2**31  # PRAGMA application_id is a signed 32-bit integer
