"""Read and write domain objects as table rows, inside a transaction the workbook opened.

Saving compares with what is stored and writes only the difference: a child row whose item did
not change is not written at all, so its timestamps stay and a save of one edited preparation
costs a few statements. Statements are plain SQLAlchemy Core on one connection; the long reads
take their rows straight from the driver and check each value by its column's type (`_read`).
"""

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    Table,
    Update,
    bindparam,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

from nlinkoop.domain.common import utc_now
from nlinkoop.domain.completeness import progress
from nlinkoop.domain.lessons import Lesson, counterparty_key, lesson_from
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.policy import POLICY_ID, ProcurementPolicy
from nlinkoop.domain.preparation import Preparation, PreparationSummary
from nlinkoop.domain.search import search_text
from nlinkoop.store import versions
from nlinkoop.store.glance import SUMMARY_COLUMNS
from nlinkoop.store.mapping import (
    LISTS,
    POLICY_FIELDS,
    PREPARATION_COLUMNS,
    PROFILE_FIELDS,
    Columns,
    ListSpec,
    Values,
    get_list,
    item_values,
    policy_values,
    preparation_values,
    profile_values,
    to_policy,
    to_preparation,
    to_profile,
)
from nlinkoop.store.models import (
    Base,
    MeetingRoundRow,
    PolicyRow,
    PreparationRow,
    ProfileRow,
    TombstoneRow,
)
from nlinkoop.store.types import StrText

_CHUNK = 500  # ids per IN (...) list, well below SQLite's limit on bound values


def table_of(row: type[Base]) -> Table:
    """The table a row class maps."""
    table = row.__table__
    assert isinstance(table, Table)
    return table


_PREPARATIONS = table_of(PreparationRow)
_PROFILES = table_of(ProfileRow)
_POLICY = table_of(PolicyRow)
_TOMBSTONES = table_of(TombstoneRow)
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "updated_by", "versions"})
DERIVED = frozenset({"progress", "search_text"})  # recomputed from the rest, never merged
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
            record: a `Preparation`, `PitchProfile` or `ProcurementPolicy`.
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


_SUMMARY = select(*(_PREPARATIONS.c[name] for name in SUMMARY_COLUMNS))


_LISTED = _SUMMARY.where(_LIVE).order_by(*_NEWEST_FIRST)
_BINNED = _SUMMARY.where(_PREPARATIONS.c.deleted_at.is_not(None)).order_by(
    _PREPARATIONS.c.deleted_at.desc(), _PREPARATIONS.c.id
)


def list_summaries(conn: Connection) -> list[PreparationSummary]:
    """The few columns the list of preparations shows, newest change first."""
    return _summaries(conn, _LISTED)


def deleted_summaries(conn: Connection) -> list[PreparationSummary]:
    """The deleted preparations (the bin), the most recent deletion first."""
    return _summaries(conn, _BINNED)


def _summaries(conn: Connection, query: Select[Any]) -> list[PreparationSummary]:
    names = [column.name for column in query.selected_columns]
    return [PreparationSummary(**dict(zip(names, row, strict=True))) for row in _read(conn, query)]


def _read(
    conn: Connection, query: Select[Any], params: dict[str, Any] | None = None
) -> list[tuple[Any, ...]]:
    """The rows of a query taken from the driver's cursor, each value checked by its type.

    For the long reads (the list, the lessons, whole preparations): SQLAlchemy's result rows
    cost four times the query itself at 5,000 preparations. SQLAlchemy still builds and binds
    the statement, and the columns' types still refuse a bad value, a column at a time: a text
    column only needs its values' types looked at.
    """
    result = conn.execute(query, params or {})
    try:
        fetched = result.cursor.fetchall()
    finally:
        result.close()
    return _checked(conn, [column.type for column in query.selected_columns], fetched)


_ONE_PREPARATION = "deleted_at IS NULL AND id = ?"
_ITEMS_OF_ONE = "preparation_id = ? ORDER BY position, id"  # the order `_queries` reads lists in


def _read_one(
    conn: Connection, table: Table, names: Sequence[str], where: str, owner: str
) -> list[Columns]:
    """The rows of one preparation in `table` (itself, or its items in order), by column name.

    The statement is written out here, not built with SQLAlchemy: its first run of a statement
    works out every column's labels and a cache key from every column type, which cost 0.1 s
    for the first preparation a window or a briefing shows (27 statements).
    """
    found = conn.exec_driver_sql(_one_sql(table.name, tuple(names), where), (owner,))
    try:
        fetched = found.cursor.fetchall()
    finally:
        found.close()
    checked = _checked(conn, [table.c[name].type for name in names], fetched)
    return [dict(zip(names, row, strict=True)) for row in checked]


@functools.cache
def _one_sql(table: str, names: tuple[str, ...], where: str) -> str:
    columns = ", ".join(f'"{name}"' for name in names)
    return f'SELECT {columns} FROM "{table}" WHERE {where}'  # noqa: S608 - our own names


def _checked(
    conn: Connection, column_types: Sequence[TypeEngine[Any]], fetched: Sequence[Sequence[Any]]
) -> list[tuple[Any, ...]]:
    """Rows as the driver gave them, each value checked by its column's type."""
    if not fetched:
        return []
    columns: list[Sequence[Any]] = list(zip(*fetched, strict=True))
    for n, column_type in enumerate(column_types):
        check = _check_of(column_type)
        if check is not None:
            columns[n] = [check(value, conn.dialect) for value in columns[n]]
        elif not set(map(type, columns[n])) <= _TEXT_TYPES:
            bad = next(v for v in columns[n] if type(v) not in _TEXT_TYPES)
            StrText().process_result_value(bad, conn.dialect)  # raises: not text
    return list(zip(*columns, strict=True))


_TEXT_TYPES = frozenset({str, type(None)})


def _read_mappings(
    conn: Connection, query: Select[Any], params: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """`_read` by column name."""
    names = [column.name for column in query.selected_columns]
    return [dict(zip(names, row, strict=True)) for row in _read(conn, query, params)]


def _check_of(column_type: TypeEngine[Any]) -> Callable[[Any, Dialect], Any] | None:
    """How `_checked` checks a value of this type (None: text, whose types it looks at)."""
    if isinstance(column_type, StrText):
        return None
    assert isinstance(column_type, TypeDecorator)  # every column has one of our types
    return column_type.process_result_value


_ROUNDS = table_of(MeetingRoundRow)
# The number of the meeting round a reflection was drafted from (the learning log names it).
_LESSON_MEETING = (
    select(_ROUNDS.c.number)
    .where(
        _ROUNDS.c.id == _PREPARATIONS.c.reflection_round_id,
        _ROUNDS.c.preparation_id == _PREPARATIONS.c.id,
    )
    .scalar_subquery()
)
_LESSONS = select(
    *(
        _PREPARATIONS.c[name]
        for name in (
            "id",
            "title",
            "counterparty",
            "reflection_held_on",
            "reflection_lesson",
            "reflection_went_well",
            "reflection_went_badly",
            "reflection_train_next",
        )
    ),
    _LESSON_MEETING,
    _PREPARATIONS.c.updated_by,
).where(
    _LIVE,
    (_PREPARATIONS.c.reflection_lesson != "")
    | (_PREPARATIONS.c.reflection_went_well != "")
    | (_PREPARATIONS.c.reflection_went_badly != ""),
)


_SUPPLIERS = select(_PREPARATIONS.c.id, _PREPARATIONS.c.counterparty).where(_LIVE)


def load_lessons(conn: Connection, counterparty: str | None = None) -> list[Lesson]:
    """The lesson of every live preparation whose reflection holds one, read from one table.

    Args:
        conn: the connection.
        counterparty: only the lessons with this supplier (matched by `counterparty_key`); the
            suppliers' names are read first, so only the matching texts are read at all. None
            (or a name without a key) for all.
    """
    wanted = "" if counterparty is None else counterparty_key(counterparty)
    if not wanted:  # as `lessons_among`: no supplier to match means all of them
        stored: Iterable[Sequence[Any]] = _read(conn, _LESSONS)
    else:
        suppliers = _read(conn, _SUPPLIERS)
        key_of = {name: counterparty_key(name) for name in {name for _, name in suppliers}}
        ids = [prep_id for prep_id, name in suppliers if key_of[name] == wanted]
        stored = [
            row
            for chunk in _chunks(ids)
            for row in conn.execute(_LESSONS.where(_PREPARATIONS.c.id.in_(chunk)))
        ]
    found = (lesson_from(*row) for row in stored)
    return [lesson for lesson in found if lesson is not None]


def search_texts(conn: Connection, only: str | None = None) -> dict[str, str]:
    """The stored search text of every live preparation (or just the one with id `only`)."""
    query = select(_PREPARATIONS.c.id, _PREPARATIONS.c.search_text).where(_LIVE)
    if only is not None:
        query = query.where(_PREPARATIONS.c.id == only)
    return {row.id: row.search_text for row in conn.execute(query)}


def load_preparations(conn: Connection, only: str | None = None) -> list[Preparation]:
    """Every preparation that is not deleted (or just the one with id `only`), newest first."""
    if only is not None:
        columns = ("preparation_id",)
        return _with_lists(
            _read_one(conn, _PREPARATIONS, PREPARATION_COLUMNS, _ONE_PREPARATION, only),
            lambda spec: _read_one(
                conn, table_of(spec.row), (*columns, *spec.fields), _ITEMS_OF_ONE, only
            ),
        )
    query = select(*(_PREPARATIONS.c[n] for n in PREPARATION_COLUMNS)).where(_LIVE)
    rows = _read_mappings(conn, query.order_by(*_NEWEST_FIRST))
    return _with_lists(rows, lambda spec: _read_mappings(conn, _queries(spec).items_of_all))


def refresh_derived(conn: Connection, ids: Sequence[str]) -> None:
    """Recompute the stored progress and search text of these preparations (after a merge)."""
    query = select(*(_PREPARATIONS.c[n] for n in PREPARATION_COLUMNS))
    for chunk in _chunks(ids):
        found = _read_mappings(conn, query.where(_PREPARATIONS.c.id.in_(chunk)))
        owners: dict[str, Any] = {"owners": list(chunk)}

        def items_of(spec: ListSpec, owners: dict[str, Any] = owners) -> list[dict[str, Any]]:
            return _read_mappings(conn, _queries(spec).items_of_some, owners)

        preps = _with_lists(found, items_of)
        derived = [
            {"id": prep.id, "progress": progress(prep), "search_text": search_text(prep)}
            for prep in preps
        ]
        _write(conn, _PREPARATIONS, [], derived)


def _with_lists(
    rows: Sequence[Columns], items_of: Callable[[ListSpec], Iterable[Columns]]
) -> list[Preparation]:
    """Preparations from their rows and the rows of each list that `items_of` reads."""
    if not rows:
        return []
    children: dict[str, dict[ListSpec, list[Columns]]] = {row["id"]: {} for row in rows}
    for spec in LISTS:
        for item in items_of(spec):
            children[item["preparation_id"]].setdefault(spec, []).append(item)
    return [to_preparation(row, children[row["id"]]) for row in rows]


def load_profiles(conn: Connection) -> list[PitchProfile]:
    """All pitch profiles, by person."""
    query = select(*(_PROFILES.c[name] for name in PROFILE_FIELDS))
    query = query.order_by(_PROFILES.c.person, _PROFILES.c.id)
    return [to_profile(row) for row in conn.execute(query).mappings()]


def load_policy(conn: Connection) -> ProcurementPolicy | None:
    """The workbook's procurement policy, or None if the file holds none (yet)."""
    query = select(*(_POLICY.c[name] for name in POLICY_FIELDS)).where(_POLICY.c.id == POLICY_ID)
    found = _read_mappings(conn, query)
    return to_policy(found[0]) if found else None


# --- writing ---------------------------------------------------------------------------------


def save_preparations(
    conn: Connection,
    preps: Sequence[Preparation],
    *,
    now: datetime | None,
    user: str,
    replica: str,
) -> Stamped:
    """Insert or update preparations (undeleting them) and make their lists match.

    Args:
        conn: a connection inside a write transaction.
        preps: the preparations to save.
        now: the time of a touching save, or None to keep the objects' timestamps.
        user: who saves, for a touching save.
        replica: the saving workbook's id, for the versions of the fields that change.

    Returns:
        Each preparation with the stamp written, to apply once the transaction commits.

    Raises:
        ValueError: an id appears twice in one table among `preps`.
    """
    stamped = _save_records(
        conn, _PREPARATIONS, preps, _undeleted_values, now=now, user=user, replica=replica
    )
    for spec in LISTS:
        _sync_list(conn, spec, stamped, replica=replica, now=now or utc_now(), user=user)
    return stamped


def save_profiles(
    conn: Connection,
    profiles: Sequence[PitchProfile],
    *,
    now: datetime | None,
    user: str,
    replica: str,
) -> Stamped:
    """Insert or update pitch profiles; arguments and result as in `save_preparations`."""
    return _save_records(
        conn, _PROFILES, profiles, profile_values, now=now, user=user, replica=replica
    )


# Every workbook has the empty policy before anyone fills it in: a policy saved for the first
# time counts as an edit of that, so only the fields it sets get a version. Two colleagues who
# each start the policy in their own copy (one id in every file) then merge field by field.
_BLANK_POLICY = policy_values(ProcurementPolicy())


def save_policy(
    conn: Connection,
    policy: ProcurementPolicy,
    *,
    now: datetime | None,
    user: str,
    replica: str,
) -> Stamped:
    """Insert or update the procurement policy; arguments and result as in `save_preparations`.

    Raises:
        ValueError: the policy's id is not `POLICY_ID` (a workbook has one policy).
    """
    if policy.id != POLICY_ID:
        raise ValueError(f"a procurement policy has the id {POLICY_ID!r}, not {policy.id!r}")
    return _save_records(
        conn,
        _POLICY,
        [policy],
        policy_values,
        now=now,
        user=user,
        replica=replica,
        blank=_BLANK_POLICY,
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
    replica: str,
    blank: Values | None = None,
) -> Stamped:
    """Insert the new and update the known records of one table, each with its stamp.

    A known record's changed fields get a new version from `replica`; so does a new record's,
    every field of it (`versions.created`), or with `blank` only the fields that differ from
    these values, which every file is taken to hold already (the workbook's one policy).
    """
    _require_unique(table.name, (record.id for record in records))
    stored = _stored_rows(conn, table, [record.id for record in records])
    stamped: Stamped = []
    inserts: list[Values] = []
    updates: list[Values] = []
    for record in records:
        old = stored.get(record.id)
        stamp = Stamp.of(record, known=old is not None, now=now, user=user)
        values = values_of(record)
        if old is None:
            if blank is None:
                made = versions.created(replica)
            else:
                changed = [
                    name
                    for name, value in values.items()
                    if name not in BOOKKEEPING and _differs(blank[name], value)
                ]
                made = versions.dump(versions.bump({}, changed, replica))
            inserts.append(values | stamp.columns() | {"versions": made})
        else:
            changed = [
                name
                for name, value in values.items()
                if name not in DERIVED and _differs(old[name], value)
            ]
            bumped = versions.bump(versions.parse(old["versions"]), changed, replica)
            updates.append(values | stamp.columns() | {"versions": versions.dump(bumped)})
        stamped.append((record, stamp))
    _write(conn, table, inserts, updates)
    return stamped


def mark_deleted(conn: Connection, prep_id: str, *, now: datetime, user: str, replica: str) -> bool:
    """Set `deleted_at` on a preparation that is not deleted yet; returns whether one was."""
    return _set_deleted(conn, prep_id, now, now=now, user=user, replica=replica)


def mark_restored(
    conn: Connection, prep_id: str, *, now: datetime, user: str, replica: str
) -> bool:
    """Clear `deleted_at` of a deleted preparation; returns whether there was one."""
    return _set_deleted(conn, prep_id, None, now=now, user=user, replica=replica)


def _set_deleted(
    conn: Connection,
    prep_id: str,
    deleted_at: datetime | None,
    *,
    now: datetime,
    user: str,
    replica: str,
) -> bool:
    c = _PREPARATIONS.c
    now_deleted = c.deleted_at.is_(None) if deleted_at is not None else c.deleted_at.is_not(None)
    old = conn.execute(select(c.versions).where(c.id == prep_id, now_deleted)).scalar()
    if old is None:
        return False
    bumped = versions.bump(versions.parse(old), ["deleted_at"], replica)
    stamp = {"deleted_at": deleted_at, "updated_at": now, "updated_by": user}
    conn.execute(
        update(_PREPARATIONS)
        .where(c.id == prep_id)
        .values(stamp | {"versions": versions.dump(bumped)})
    )
    return True


def _sync_list(
    conn: Connection, spec: ListSpec, stamped: Stamped, *, replica: str, now: datetime, user: str
) -> None:
    """Make one child table hold exactly the items of these preparations' list `spec`.

    Rows are matched by id: a new item is inserted, an item whose content changed is updated
    and stamped, an item that only moved gets its new position without a new stamp, and rows
    whose item is gone are deleted. With `touch=False` the written rows get the preparation's
    stamp, and a new one counts as created at the preparation's `updated_at`. Changed fields
    (the position too) get a new version from `replica`; a deleted row leaves a tombstone.
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
                created = {"created_at": stamp.updated_at, "versions": versions.created(replica)}
                inserts.append(values | place | stamp.columns() | created)
                continue
            changed = [name for name in spec.fields if _differs(old[name], values[name])]
            changed += [name for name in place if name != "id" and old[name] != place[name]]
            if not changed:
                continue
            bumped = versions.bump(versions.parse(old["versions"]), changed, replica)
            place |= {"versions": versions.dump(bumped)}
            if set(changed) & set(spec.fields):
                stamp_columns = {"updated_at": stamp.updated_at, "updated_by": stamp.updated_by}
                updates.append(values | place | stamp_columns)
            else:
                moves.append(place)
    if before:
        _bury(conn, table.name, before.values(), now=now, user=user, replica=replica)
    for chunk in _chunks(list(before)):
        conn.execute(delete(table).where(table.c.id.in_(chunk)))
    if inserts:
        _unbury(conn, inserts, replica)
    _write(conn, table, inserts, updates)
    _write(conn, table, [], moves)


def _bury(
    conn: Connection,
    table_name: str,
    removed: Iterable[Columns],
    *,
    now: datetime,
    user: str,
    replica: str,
) -> None:
    """Leave a tombstone for each removed row: ahead of every version the row had."""
    tombstones = []
    for row in removed:
        seen = versions.join_all(versions.parse(row["versions"]).values())
        vector = versions.bump({versions.DEFAULT: seen}, [versions.DEFAULT], replica)
        tombstones.append(
            {
                "id": row["id"],
                "table_name": table_name,
                "versions": versions.dump(vector),
                "deleted_at": now,
                "deleted_by": user,
            }
        )
    upsert = sqlite_insert(_TOMBSTONES)
    replace = {name: upsert.excluded[name] for name in ("versions", "deleted_at", "deleted_by")}
    conn.execute(upsert.on_conflict_do_update(index_elements=["id"], set_=replace), tombstones)


def _unbury(conn: Connection, inserts: list[Values], replica: str) -> None:
    """Rows that come back with the id of a removed one (an undo) must outrank its tombstone."""
    ids = [row["id"] for row in inserts]
    found: dict[str, str] = {}
    for chunk in _chunks(ids):
        query = select(_TOMBSTONES.c.id, _TOMBSTONES.c.versions).where(_TOMBSTONES.c.id.in_(chunk))
        found.update((row.id, row.versions) for row in conn.execute(query))
    if not found:
        return
    for row in inserts:
        if row["id"] in found:
            buried = versions.parse(found[row["id"]])
            row["versions"] = versions.dump(versions.bump(buried, [versions.DEFAULT], replica))
    for chunk in _chunks(list(found)):
        conn.execute(delete(_TOMBSTONES).where(_TOMBSTONES.c.id.in_(chunk)))


@dataclass(frozen=True)
class _Queries:
    """The statements for one child table, built once (SQLAlchemy caches their compilation)."""

    items_of_some: Select[Any]
    items_of_all: Select[Any]
    stored_of_one: Select[Any]
    stored: Select[Any]


@functools.cache
def _queries(spec: ListSpec) -> _Queries:
    table = table_of(spec.row)
    owner, position = table.c.preparation_id, table.c.position
    content = [table.c[name] for name in spec.fields]
    items = select(owner, *content).order_by(owner, position, table.c.id)
    stored = select(owner, position, table.c.versions, *content)
    return _Queries(
        items_of_some=items.where(owner.in_(bindparam("owners", expanding=True))),
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


def _stored_rows(conn: Connection, table: Table, ids: Sequence[str]) -> dict[str, Columns]:
    """The stored rows with these ids, by id."""
    found: dict[str, Columns] = {}
    for chunk in _chunks(ids):
        query = select(table).where(table.c.id.in_(chunk))
        found.update((row["id"], row) for row in conn.execute(query).mappings())
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
