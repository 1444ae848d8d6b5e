"""Read and write domain objects as table rows, inside a transaction the workbook opened.

Saving compares with what is stored and writes only the difference: a child row whose item did
not change is not written at all, so its timestamps stay and a save of one edited preparation
costs a few statements. Statements are plain SQLAlchemy Core on one connection.
"""

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Select, Table, Update, bindparam, delete, insert, select, update

from nlinkoop.domain.completeness import progress
from nlinkoop.domain.lessons import Lesson, lesson_from
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.preparation import Preparation, PreparationSummary
from nlinkoop.domain.reflection import Reflection
from nlinkoop.domain.search import search_text
from nlinkoop.store.mapping import (
    LISTS,
    PREPARATION_COLUMNS,
    PROFILE_FIELDS,
    Columns,
    ListSpec,
    Values,
    get_list,
    item_values,
    preparation_values,
    profile_values,
    to_preparation,
    to_profile,
)
from nlinkoop.store.models import Base, PreparationRow, ProfileRow

_CHUNK = 500  # ids per IN (...) list, well below SQLite's limit on bound values


def table_of(row: type[Base]) -> Table:
    """The table a row class maps."""
    table = row.__table__
    assert isinstance(table, Table)
    return table


_PREPARATIONS = table_of(PreparationRow)
_PROFILES = table_of(ProfileRow)
_LIVE = _PREPARATIONS.c.deleted_at.is_(None)
_NEWEST_FIRST = (_PREPARATIONS.c.updated_at.desc(), _PREPARATIONS.c.id)


@dataclass(frozen=True)
class Stamp:
    """The bookkeeping a save writes for one record (and for its changed child rows)."""

    created_at: datetime
    updated_at: datetime
    updated_by: str

    @classmethod
    def of(cls, record: Any, *, known: bool, now: datetime | None, user: str) -> "Stamp":
        """The stamp for saving `record`: its own (`now` is None), or now and `user`.

        Args:
            record: a `Preparation` or `PitchProfile`.
            known: the record is in the file already, so it keeps its `created_at`.
            now: the time of a touching save, or None to keep the record's timestamps.
            user: who saves, for a touching save.
        """
        if now is None:
            return cls(record.created_at, record.updated_at, record.updated_by)
        return cls(record.created_at if known else now, now, user)

    def columns(self) -> Values:
        return {
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "updated_by": self.updated_by,
        }

    def apply(self, record: Any) -> None:
        """Give the saved object the timestamps now in the file."""
        record.created_at = self.created_at
        record.updated_at = self.updated_at
        record.updated_by = self.updated_by


Stamped = list[tuple[Any, Stamp]]


# --- reading ---------------------------------------------------------------------------------


_SUMMARY = select(
    *(
        _PREPARATIONS.c[name]
        for name in (
            "id",
            "title",
            "counterparty",
            "meeting_date",
            "meeting_start",
            "updated_at",
            "updated_by",
            "progress",
        )
    )
)


def list_summaries(conn: Connection) -> list[PreparationSummary]:
    """The few columns the list of preparations shows, newest change first."""
    query = _SUMMARY.where(_LIVE).order_by(*_NEWEST_FIRST)
    return [PreparationSummary(**row) for row in conn.execute(query).mappings()]


def deleted_summaries(conn: Connection) -> list[PreparationSummary]:
    """The deleted preparations (the bin), the most recent deletion first."""
    deleted_at = _PREPARATIONS.c.deleted_at
    query = _SUMMARY.where(deleted_at.is_not(None)).order_by(deleted_at.desc(), _PREPARATIONS.c.id)
    return [PreparationSummary(**row) for row in conn.execute(query).mappings()]


def load_lessons(conn: Connection) -> list[Lesson]:
    """The lesson of every live preparation whose reflection holds one, read from one table."""
    c = _PREPARATIONS.c
    query = select(
        c.id,
        c.title,
        c.counterparty,
        c.reflection_held_on,
        c.reflection_lesson,
        c.reflection_went_well,
        c.reflection_went_badly,
        c.reflection_train_next,
    ).where(
        _LIVE,
        (c.reflection_lesson != "")
        | (c.reflection_went_well != "")
        | (c.reflection_went_badly != ""),
    )
    found = (
        lesson_from(
            row.id,
            row.title,
            row.counterparty,
            Reflection(
                held_on=row.reflection_held_on,
                lesson=row.reflection_lesson,
                went_well=row.reflection_went_well,
                went_badly=row.reflection_went_badly,
                train_next=row.reflection_train_next,
            ),
        )
        for row in conn.execute(query)
    )
    return [lesson for lesson in found if lesson is not None]


def search_texts(conn: Connection, only: str | None = None) -> dict[str, str]:
    """The stored search text of every live preparation (or just the one with id `only`)."""
    query = select(_PREPARATIONS.c.id, _PREPARATIONS.c.search_text).where(_LIVE)
    if only is not None:
        query = query.where(_PREPARATIONS.c.id == only)
    return {row.id: row.search_text for row in conn.execute(query)}


def load_preparations(conn: Connection, only: str | None = None) -> list[Preparation]:
    """Every preparation that is not deleted (or just the one with id `only`), newest first."""
    query = select(*(_PREPARATIONS.c[n] for n in PREPARATION_COLUMNS)).where(_LIVE)
    if only is not None:
        query = query.where(_PREPARATIONS.c.id == only)
    rows = conn.execute(query.order_by(*_NEWEST_FIRST)).mappings().all()
    if not rows:
        return []
    children: dict[str, dict[ListSpec, list[Columns]]] = {row["id"]: {} for row in rows}
    for spec in LISTS:
        if only is None:
            items = conn.execute(_queries(spec).items_of_all)
        else:
            items = conn.execute(_queries(spec).items_of_one, {"owner": only})
        for row in items.mappings():
            children[row["preparation_id"]].setdefault(spec, []).append(row)
    return [to_preparation(row, children[row["id"]]) for row in rows]


def load_profiles(conn: Connection) -> list[PitchProfile]:
    """All pitch profiles, by person."""
    query = select(*(_PROFILES.c[name] for name in PROFILE_FIELDS))
    query = query.order_by(_PROFILES.c.person, _PROFILES.c.id)
    return [to_profile(row) for row in conn.execute(query).mappings()]


# --- writing ---------------------------------------------------------------------------------


def save_preparations(
    conn: Connection, preps: Sequence[Preparation], *, now: datetime | None, user: str
) -> Stamped:
    """Insert or update preparations (undeleting them) and make their lists match.

    Args:
        conn: a connection inside a write transaction.
        preps: the preparations to save.
        now: the time of a touching save, or None to keep the objects' timestamps.
        user: who saves, for a touching save.

    Returns:
        Each preparation with the stamp written, to apply once the transaction commits.

    Raises:
        ValueError: an id appears twice in one table among `preps`.
    """
    stamped = _save_records(
        conn, _PREPARATIONS, preps, _undeleted_values, now=now, user=user, what="preparations"
    )
    for spec in LISTS:
        _sync_list(conn, spec, stamped)
    return stamped


def save_profiles(
    conn: Connection, profiles: Sequence[PitchProfile], *, now: datetime | None, user: str
) -> Stamped:
    """Insert or update pitch profiles; arguments and result as in `save_preparations`."""
    return _save_records(
        conn, _PROFILES, profiles, profile_values, now=now, user=user, what="profiles"
    )


def _undeleted_values(prep: Preparation) -> Values:
    derived = {"progress": progress(prep), "search_text": search_text(prep)}
    return preparation_values(prep) | derived | {"deleted_at": None}  # saving undeletes


def _save_records(
    conn: Connection,
    table: Table,
    records: Sequence[Any],
    values_of: Callable[[Any], Values],
    *,
    now: datetime | None,
    user: str,
    what: str,
) -> Stamped:
    """Insert the new and update the known records of one table, each with its stamp."""
    _require_unique(what, (record.id for record in records))
    existing = _existing_ids(conn, table, [record.id for record in records])
    stamped: Stamped = []
    inserts: list[Values] = []
    updates: list[Values] = []
    for record in records:
        known = record.id in existing
        stamp = Stamp.of(record, known=known, now=now, user=user)
        (updates if known else inserts).append(values_of(record) | stamp.columns())
        stamped.append((record, stamp))
    _write(conn, table, inserts, updates)
    return stamped


def mark_deleted(conn: Connection, prep_id: str, *, now: datetime, user: str) -> bool:
    """Set `deleted_at` on a preparation that is not deleted yet; returns whether one was."""
    stamp = {"deleted_at": now, "updated_at": now, "updated_by": user}
    query = update(_PREPARATIONS).where(_PREPARATIONS.c.id == prep_id, _LIVE).values(stamp)
    return conn.execute(query).rowcount > 0


def mark_restored(conn: Connection, prep_id: str, *, now: datetime, user: str) -> bool:
    """Clear `deleted_at` of a deleted preparation; returns whether there was one."""
    stamp = {"deleted_at": None, "updated_at": now, "updated_by": user}
    deleted = _PREPARATIONS.c.deleted_at.is_not(None)
    query = update(_PREPARATIONS).where(_PREPARATIONS.c.id == prep_id, deleted).values(stamp)
    return conn.execute(query).rowcount > 0


def _sync_list(conn: Connection, spec: ListSpec, stamped: Stamped) -> None:
    """Make one child table hold exactly the items of these preparations' list `spec`.

    Rows are matched by id: a new item is inserted, an item whose content changed is updated
    and stamped, an item that only moved gets its new position without a new stamp, and rows
    whose item is gone are deleted. With `touch=False` the written rows get the preparation's
    stamp, and a new one counts as created at the preparation's `updated_at`.
    """
    table = table_of(spec.row)
    new_ids = (item.id for prep, _ in stamped for item in get_list(prep, spec))
    _require_unique(table.name, new_ids)
    before: dict[str, Columns] = {}
    owners = [prep.id for prep, _ in stamped]
    if len(owners) == 1:  # the usual save of one preparation
        stored = conn.execute(_queries(spec).stored_of_one, {"owner": owners[0]}).mappings()
        before.update((row["id"], row) for row in stored)
    else:
        for chunk in _chunks(owners):
            stored = conn.execute(_queries(spec).stored, {"owners": chunk}).mappings()
            before.update((row["id"], row) for row in stored)
    inserts: list[Values] = []
    updates: list[Values] = []
    moves: list[Values] = []
    for prep, stamp in stamped:
        for position, item in enumerate(get_list(prep, spec)):
            values = item_values(spec, item)
            place = {"id": item.id, "preparation_id": prep.id, "position": position}
            old = before.pop(item.id, None)
            if old is None:
                created = {"created_at": stamp.updated_at}
                inserts.append(values | place | stamp.columns() | created)
            elif any(_differs(old[name], values[name]) for name in spec.fields):
                changed = {"updated_at": stamp.updated_at, "updated_by": stamp.updated_by}
                updates.append(values | place | changed)
            elif (old["preparation_id"], old["position"]) != (prep.id, position):
                moves.append(place)
    for chunk in _chunks(list(before)):
        conn.execute(delete(table).where(table.c.id.in_(chunk)))
    _write(conn, table, inserts, updates)
    _write(conn, table, [], moves)


@dataclass(frozen=True)
class _Queries:
    """The statements for one child table, built once (SQLAlchemy caches their compilation)."""

    items_of_one: Select[Any]
    items_of_all: Select[Any]
    stored_of_one: Select[Any]
    stored: Select[Any]


@functools.cache
def _queries(spec: ListSpec) -> _Queries:
    table = table_of(spec.row)
    owner, position = table.c.preparation_id, table.c.position
    content = [table.c[name] for name in spec.fields]
    items = select(owner, *content).order_by(owner, position)
    stored = select(owner, position, *content)
    return _Queries(
        items_of_one=items.where(owner == bindparam("owner")),
        items_of_all=items.where(owner.in_(select(_PREPARATIONS.c.id).where(_LIVE))),
        stored_of_one=stored.where(owner == bindparam("owner")),
        stored=stored.where(owner.in_(bindparam("owners", expanding=True))),
    )


def _write(conn: Connection, table: Table, inserts: list[Values], updates: list[Values]) -> None:
    """Insert new rows and update rows by id (each list as one executemany)."""
    if updates:
        keys = tuple(key for key in updates[0] if key != "id")
        params = [{"_id": row["id"], **{key: row[key] for key in keys}} for row in updates]
        conn.execute(_update_by_id(table, keys), params)
    if inserts:
        conn.execute(insert(table), inserts)


@functools.cache
def _update_by_id(table: Table, keys: tuple[str, ...]) -> Update:
    values = {key: bindparam(key, type_=table.c[key].type) for key in keys}
    return update(table).where(table.c.id == bindparam("_id")).values(values)


def _existing_ids(conn: Connection, table: Table, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(ids):
        found.update(conn.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
    return found


def _require_unique(table: str, ids: Iterable[str]) -> None:
    seen: set[str] = set()
    for record_id in ids:
        if record_id in seen:
            raise ValueError(f"id {record_id} appears twice in {table}")
        seen.add(record_id)


def _differs(stored: object, value: object) -> bool:
    # Decimal("1.50") == Decimal("1.5"), but the file keeps what the user wrote, exactly.
    if isinstance(value, Decimal) and isinstance(stored, Decimal):
        return value.as_tuple() != stored.as_tuple()
    return stored != value


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
