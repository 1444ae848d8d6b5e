"""Merge one workbook into another: records matched by id, fields by their version vectors.

Each record is a row with a UUID, and each of its fields carries a version vector (see
`versions.py`). Merging `source` ("theirs") into `target` ("mine") takes, per field, the value
of the side that has seen every edit the other has; when neither has, both sides changed the
field on their own: a `Conflict`, which `resolve` decides, or else the newer edit (the field's
own stamp; on a tie the greater value). Only the place of a log entry in its stored list is
never a conflict: the log reads by time, so the lower place is taken. A record only one side
has is copied, unless a removal (a tombstone of either side) has seen every edit of it; a
record both sides have is removed only if the removals together have seen every edit of both.
Because versions are joined, merging the same file twice changes nothing the second time.

Copies converge: without a resolver, the result is a function of the two files, the same
whichever is merged into which. So the bookkeeping of a merged record is too: it was created at
the later `created_at` of the two, last changed at the later `updated_at` (with its
`updated_by`; on a tie the greater name), its versions are the joined ones (kept as one side
wrote them if that side had seen everything), a tombstone is the join of both, and a merge
whose only change is such bookkeeping writes it and counts the record as updated: two files
differ in nothing once merged both ways. Three or more copies give the same file in any order
of merging as long as no list item was removed (and no clock was behind the stamps already in
the file). A removal can make the order matter, until the results are merged once more: a
tombstone keeps no values, so an edit or a move of the item that the removal buried may or may
not have met a third copy's edit of the item first (its text, or its place in the list).

The merge works on the stored values (text, numbers), checks every value it takes with the
column's own type, and recomputes the derived columns (progress, search text) afterwards. It
reads only the rows that differ between the two files (`merge_diff` finds them in SQL), and
the tombstones of those rows: a row both sides hold identically has nothing to merge.
"""

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import Connection, Table
from sqlalchemy.types import TypeDecorator

from nlinkoop.store import merge_diff, rows, versions
from nlinkoop.store.errors import UnknownPreparation
from nlinkoop.store.mapping import LISTS
from nlinkoop.store.models import PolicyRow, PreparationRow, ProfileRow, TombstoneRow
from nlinkoop.store.workbook import Workbook

Side = Literal["mine", "theirs"]
Row = Mapping[Any, Any]  # a stored row by column name
_Compared = tuple[dict[str, int], bool, bool]  # two vectors' join, whether each covers the other

_PREPARATIONS = rows.table_of(PreparationRow)
_PROFILES = rows.table_of(ProfileRow)
_POLICY = rows.table_of(PolicyRow)
_CHILDREN = tuple(rows.table_of(spec.row) for spec in LISTS)
# Lists whose stored order is no one's choice (the log reads by time): see `_Plan._pair`.
_UNORDERED = frozenset(rows.table_of(spec.row).name for spec in LISTS if not spec.ordered)
_TOMBSTONES = rows.table_of(TombstoneRow)
_OWNERS = frozenset({"preparations", "profiles", "policy"})  # inserted before the list items
_RECORDS = (_PROFILES, _POLICY, _PREPARATIONS, *_CHILDREN)  # the order a merge takes them
_CHUNK = 500  # ids per IN (...) list, well below SQLite's limit on bound values
_STAMPS = ("created_at", "updated_at", "updated_by")


@dataclass(frozen=True)
class Conflict:
    """One field that both sides changed, each to its own value.

    Attributes:
        table: the table of the record ("preparations", "profiles", "policy", "interests", ...).
        record_id: the record's id.
        field: the column.
        preparation_id: the preparation the record belongs to (None for a profile or the
            procurement policy).
        title: that preparation's title, the profile's person, or the policy's name (mine),
            for display.
        mine, theirs: the values on each side, as the column reads them (text, amount, date).
        mine_by, theirs_by: who last changed the record on each side.
        mine_at, theirs_at: when each side's value was set (the field's own stamp; for a file
            from before field stamps, when the record was last changed).
    """

    table: str
    record_id: str
    field: str
    preparation_id: str | None
    title: str
    mine: object
    theirs: object
    mine_by: str
    mine_at: datetime
    theirs_by: str
    theirs_at: datetime

    @property
    def newer(self) -> Side:
        """The side whose value was set last; at the same moment, the greater value.

        The same value wins whichever file is merged into which, so copies converge.
        """
        mine = (self.mine_at, _order(self.mine))
        theirs = (self.theirs_at, _order(self.theirs))
        return "mine" if mine > theirs else "theirs"


def _order(value: object) -> tuple[bool, str, str]:
    """A sort key for any value a column reads, to break a tie the same way on both sides."""
    if isinstance(value, Decimal):
        value = str(value)  # "1.50" and "1.5" differ, as stored
    return value is not None, type(value).__name__, str(value)


Resolver = Callable[[Sequence[Conflict]], Sequence[Side] | None]


class MergeCancelled(Exception):  # noqa: N818 - it is not an error, the user said no
    """The resolver gave no answer; nothing was changed."""


@dataclass
class MergeReport:
    """What a merge changed in the target (or would change, for a dry run).

    Attributes:
        added, updated, deleted: records inserted, changed, removed; a record counts as updated
            also when only its bookkeeping changed (when and by whom it was last changed, or
            its versions).
        conflicts: every field both sides changed differently.
        chosen: the side kept for each conflict.
        preparations: ids of the preparations whose records changed (their content, or only
            their bookkeeping).
        policy: the procurement policy changed (added or updated, also only its bookkeeping).
    """

    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    chosen: list[Side] = field(default_factory=list)
    preparations: set[str] = field(default_factory=set)
    policy: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.deleted)


def merge(
    source: Workbook,
    target: Workbook,
    *,
    resolve: Resolver | None = None,
    dry_run: bool = False,
    only: Mapping[str, Iterable[str]] | None = None,
) -> MergeReport:
    """Merge every record of `source` into `target`, in one transaction on `target`.

    Args:
        source: the workbook merged from ("theirs"); only read.
        target: the workbook merged into ("mine").
        resolve: decides the conflicts, one side per conflict; without it the newer record
            wins each one.
        dry_run: report what would change, change nothing.
        only: per table, the ids to merge, when `source` holds only some records (a pull
            from the teamserver): a record it lacks is then no sign of a removal. A table's
            ids must include those of the tombstones in `source` that may bury its records.

    Raises:
        MergeCancelled: `resolve` returned None; nothing changed.
        WorkbookRejected: a value in `source` that its column cannot hold.
    """
    transaction = target._read() if dry_run else target._write()  # a dry run only reads
    with source._read() as theirs, transaction as mine:
        # Counting takes both files' read locks before another connection compares them.
        tables = (*_RECORDS, _TOMBSTONES)
        if only is None:
            counts = {t.name: (_count(mine, t), _count(theirs, t)) for t in tables}
            changed = merge_diff.differing(source.file, target.file, tables, counts)
        else:
            changed = {
                t.name: merge_diff.Difference(set(only.get(t.name, ())), set(only.get(t.name, ())))
                for t in tables
            }
        plan = _Plan(mine, theirs, changed)
        report = plan.report
        if report.conflicts:
            chosen = (
                [c.newer for c in report.conflicts]
                if resolve is None
                else resolve(report.conflicts)
            )
            if chosen is None:
                raise MergeCancelled
            if len(chosen) != len(report.conflicts):
                raise ValueError("the resolver must choose once per conflict")
            report.chosen = list(chosen)
        if not dry_run:
            plan.apply(mine)
    if not dry_run and (report.changed or plan.writes):
        target._forget_search()
    return report


@dataclass
class _Update:
    table: Table
    record_id: str
    values: dict[str, Any]  # what to write; a conflict decided for theirs adds its field
    theirs: Row
    conflicts: list[int]  # indexes into the report's conflicts


class _Plan:
    """Everything a merge will write, worked out before anything is written.

    Args:
        mine, theirs: the merge's connections to the target and the source.
        changed: per table, the rows without an identical row on the other side; only these
            (and the tombstones of their ids) are read.
    """

    def __init__(
        self, mine: Connection, theirs: Connection, changed: Mapping[str, merge_diff.Difference]
    ) -> None:
        self.report = MergeReport()
        self.inserts: list[tuple[Table, Row]] = []
        self.updates: list[_Update] = []
        self.deletes: list[tuple[Table, str]] = []
        self.tombstones: list[dict[str, Any]] = []
        self._mine = mine
        self._titles: dict[str, str] | None = None  # read for the first conflict
        # The tombstones that matter: of a differing row (it may bury one), and those that
        # differ themselves (an identical pair of tombstones adds nothing).
        wanted = set(changed[_TOMBSTONES.name].theirs)
        for table in _RECORDS:
            wanted |= changed[table.name].theirs | changed[table.name].mine
        mine_tombs = _tombstones(mine, wanted)
        theirs_tombs = _tombstones(theirs, wanted)
        for table in _RECORDS:
            self._table(table, changed[table.name], mine, theirs, mine_tombs, theirs_tombs)
        for record_id, tomb in theirs_tombs.items():
            known = mine_tombs.get(record_id)
            joined = dict(tomb) if known is None else _joined_tombstone(known, tomb)
            if joined != known:
                self.tombstones.append(joined)

    @property
    def writes(self) -> bool:
        return bool(self.inserts or self.updates or self.deletes or self.tombstones)

    def _table(
        self,
        table: Table,
        changed: merge_diff.Difference,
        mine: Connection,
        theirs: Connection,
        mine_tombs: dict[str, Row],
        theirs_tombs: dict[str, Row],
    ) -> None:
        if not changed.theirs and not changed.mine:
            return  # the usual case for most tables
        fields = _fields(table)
        names, my_rows = _read_some(mine, table, changed.mine)
        their_names, their_rows = _read_some(theirs, table, changed.theirs)
        assert names == their_names  # both passed the same schema check
        ours = {row[0]: row for row in my_rows}
        for their_raw in their_rows:
            record_id = their_raw[0]
            my_raw = ours.pop(record_id, None)
            if my_raw == their_raw:
                continue  # the same record, the same edits: the usual case
            their_row = dict(zip(names, their_raw, strict=True))
            removal = _removal(mine_tombs.get(record_id), theirs_tombs.get(record_id))
            if my_raw is None:
                if not _buries(removal, their_row, fields):
                    self.inserts.append((table, their_row))
                    self.report.added += 1
                    self._touch(table, their_row)
                continue
            my_row = dict(zip(names, my_raw, strict=True))
            if _buries(removal, my_row, fields) and _buries(removal, their_row, fields):
                self._delete(table, my_row)
            else:  # an edit that a removal never saw keeps the record, with every edit of it
                self._pair(table, fields, my_row, their_row)
        for record_id, my_raw in ours.items():  # theirs lacks it: removed there, or new here
            my_row = dict(zip(names, my_raw, strict=True))
            removal = _removal(mine_tombs.get(record_id), theirs_tombs.get(record_id))
            if _buries(removal, my_row, fields):
                self._delete(table, my_row)

    def _delete(self, table: Table, mine: Row) -> None:
        self.deletes.append((table, mine["id"]))
        self.report.deleted += 1
        self._touch(table, mine)

    def _pair(self, table: Table, fields: Sequence[str], mine: Row, theirs: Row) -> None:
        mine_versions = versions.parse(mine["versions"])
        theirs_versions = versions.parse(theirs["versions"])
        joined: dict[str, versions.Vector] = {}
        values: dict[str, Any] = {}
        conflicts: list[int] = []
        # Most fields share the default vectors: compare and join each distinct pair once (the
        # pair is kept with its join, so its ids stay theirs).
        pairs: dict[tuple[int, int], tuple[versions.Vector, versions.Vector, _Compared]] = {}
        for name in fields:
            a = versions.of_field(mine_versions, name)
            b = versions.of_field(theirs_versions, name)
            known = pairs.get((id(a), id(b)))
            if known is None:
                compared = (versions.join(a, b), versions.covers(a, b), versions.covers(b, a))
                known = pairs[id(a), id(b)] = (a, b, compared)
            joined[name], mine_saw, theirs_saw = known[2]
            if mine[name] == theirs[name]:
                continue
            if mine_saw and not theirs_saw:
                continue  # mine has seen their edit
            if theirs_saw and not mine_saw:
                values[name] = theirs[name]
                continue
            if name == "position" and table.name in _UNORDERED:
                # Removals on both sides moved the item up differently; in a list that is read
                # by time that asks nothing of the user. The lower place, whichever way round.
                if theirs[name] < mine[name]:
                    values[name] = theirs[name]
                continue
            conflicts.append(len(self.report.conflicts))
            self.report.conflicts.append(self._conflict(table, name, mine, theirs, a, b))
        kept = _bookkeeping(mine, theirs, joined) | values
        if not kept and not conflicts:
            return  # mine has every edit of theirs, and the same bookkeeping
        self.updates.append(_Update(table, mine["id"], kept, theirs, conflicts))
        self.report.updated += 1
        self._touch(table, mine)  # its preparation's derived values are computed again

    def _conflict(
        self,
        table: Table,
        name: str,
        mine: Row,
        theirs: Row,
        mine_versions: versions.Vector,
        theirs_versions: versions.Vector,
    ) -> Conflict:
        prep_id = _preparation_of(table, mine)
        if self._titles is None:
            self._titles = _titles(self._mine)
        if table is _PROFILES:
            title = mine["person"]
        elif table is _POLICY:
            title = mine["name"]
        else:
            title = self._titles.get(prep_id or "", "")
        return Conflict(
            table=table.name,
            record_id=mine["id"],
            field=name,
            preparation_id=prep_id,
            title=title,
            mine=_typed(table, name, mine[name]),
            theirs=_typed(table, name, theirs[name]),
            mine_by=mine["updated_by"],
            mine_at=versions.stamp(mine_versions) or _moment(mine["updated_at"]),
            theirs_by=theirs["updated_by"],
            theirs_at=versions.stamp(theirs_versions) or _moment(theirs["updated_at"]),
        )

    def _touch(self, table: Table, row: Row) -> None:
        if table is _POLICY:
            self.report.policy = True
        prep_id = _preparation_of(table, row)
        if prep_id is not None:
            self.report.preparations.add(prep_id)

    def apply(self, conn: Connection) -> None:
        """Write the plan, with the conflicts decided as `report.chosen` says."""
        chosen = self.report.chosen or [c.newer for c in self.report.conflicts]
        for table, row in self.inserts:
            if table.name in _OWNERS:
                _check(table, row, row.keys())
                _insert(conn, table, row)
        for table, row in self.inserts:
            if table.name not in _OWNERS:
                _check(table, row, row.keys())
                _insert(conn, table, row)
        for update in self.updates:
            for index in update.conflicts:
                conflict = self.report.conflicts[index]
                if chosen[index] == "theirs":
                    update.values[conflict.field] = update.theirs[conflict.field]  # as stored
            if update.values:  # empty: a conflict of two equal histories, decided for mine
                _check(update.table, update.values, update.values.keys())
                _update(conn, update.table, update.record_id, update.values)
        for table, record_id in self.deletes:
            conn.exec_driver_sql(f"DELETE FROM {table.name} WHERE id = ?", (record_id,))
        for tomb in self.tombstones:
            _upsert_tombstone(conn, tomb)
        rows.refresh_derived(conn, sorted(self.report.preparations))


def _fields(table: Table) -> list[str]:
    """The columns a merge compares: everything but the id, the stamps and derived values."""
    skip = {"id", "versions", *_STAMPS, *rows.DERIVED}
    return [c.name for c in table.columns if c.name not in skip]


def _read_all(conn: Connection, table: Table) -> Iterator[Row]:
    names, found = _read_raw(conn, table)
    for values in found:
        yield dict(zip(names, values, strict=True))


def _read_raw(conn: Connection, table: Table) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Every row of `table` as plain tuples (id first), and the column names."""
    cursor = conn.connection.driver_connection.execute(  # type: ignore[union-attr]
        f"SELECT * FROM {table.name}"  # noqa: S608 - our own table names
    )
    try:
        names = [column[0] for column in cursor.description]
        assert names[0] == "id"
        return names, cursor.fetchall()
    finally:
        cursor.close()


def _read_some(
    conn: Connection, table: Table, ids: Iterable[str]
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The rows of `table` with these ids, as `_read_raw` reads them and in the same order.

    A table read whole comes in rowid order; so do these rows, whatever the order of `ids`.
    """
    driver = conn.connection.driver_connection
    assert driver is not None
    wanted = list(ids)
    names = [column.name for column in table.columns]  # what SELECT * gives, if no rows
    found: list[tuple[Any, ...]] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        cursor = driver.execute(
            f"SELECT rowid, * FROM {table.name} WHERE id IN ({marks})",  # noqa: S608
            chunk,
        )
        try:
            names = [column[0] for column in cursor.description[1:]]
            found.extend(cursor.fetchall())
        finally:
            cursor.close()
    assert names[0] == "id"
    found.sort(key=lambda row: row[0])
    return names, [row[1:] for row in found]


def _count(conn: Connection, table: Table) -> int:
    found = conn.exec_driver_sql(f"SELECT count(*) FROM {table.name}").scalar()  # noqa: S608
    return int(found or 0)


def _tombstones(conn: Connection, ids: Iterable[str]) -> dict[str, Row]:
    """The tombstones with these ids, by id, in the order of the table."""
    names, found = _read_some(conn, _TOMBSTONES, ids)
    return {values[0]: dict(zip(names, values, strict=True)) for values in found}


def _titles(conn: Connection) -> dict[str, str]:
    return {row[0]: row[1] for row in conn.exec_driver_sql("SELECT id, title FROM preparations")}


def _removal(mine: Row | None, theirs: Row | None) -> versions.Vector | None:
    """What the removals of a record on both sides have seen together (None: not removed)."""
    seen = [
        versions.of_field(versions.parse(tomb["versions"]), versions.DEFAULT)
        for tomb in (mine, theirs)
        if tomb is not None
    ]
    return versions.join_all(seen) if seen else None


def _buries(seen: versions.Vector | None, row: Row, fields: Sequence[str]) -> bool:
    """Whether a removal (if any) has seen every edit of the record (else an edit outlives it).

    A new place in the list is no edit: removing another item moves this one up.
    """
    if seen is None:
        return False
    stored = versions.parse(row["versions"])
    return all(
        versions.covers(seen, versions.of_field(stored, name))
        for name in fields
        if name != "position"
    )


def _bookkeeping(mine: Row, theirs: Row, joined: Mapping[str, versions.Vector]) -> dict[str, Any]:
    """The merged record's stamps and versions, where they differ from mine.

    Each is a function of both sides alone, the same whichever is merged into which.
    """
    # The later creation: a row put back by an undo was made again then, and a row that a
    # removal buried (the original, made earlier) must not win when it meets the put-back one
    # in one order of merging and is gone before it can in another.
    created = max((_moment(row["created_at"]), row["created_at"]) for row in (mine, theirs))
    updated = max(
        (_moment(row["updated_at"]), row["updated_at"], row["updated_by"]) for row in (mine, theirs)
    )
    merged = {
        "created_at": created[1],
        "updated_at": updated[1],
        "updated_by": updated[2],
        "versions": _versions_text(mine["versions"], theirs["versions"], joined),
    }
    return {name: value for name, value in merged.items() if mine[name] != value}


def _versions_text(mine: str, theirs: str, joined: Mapping[str, versions.Vector]) -> str:
    """The stored versions for these joined field vectors.

    As a side wrote them if that side had seen every edit (the text, not just the meaning, is
    then the same on both sides: nothing is left to merge); else compacted.
    """
    same = []
    for text in (mine, theirs):
        stored = versions.parse(text)
        if all(versions.of_field(stored, name) == v for name, v in joined.items()):
            same.append(text)
    return min(same) if same else versions.dump(versions.compact(joined))


def _joined_tombstone(mine: Row, theirs: Row) -> dict[str, Any]:
    """One tombstone for a record both sides removed: every edit either removal saw.

    It keeps the later removal's time and person (on a tie the greater name).
    """
    seen = versions.join(
        versions.of_field(versions.parse(mine["versions"]), versions.DEFAULT),
        versions.of_field(versions.parse(theirs["versions"]), versions.DEFAULT),
    )
    later = max(
        (_moment(tomb["deleted_at"]), tomb["deleted_at"], tomb["deleted_by"])
        for tomb in (mine, theirs)
    )
    return dict(mine) | {
        "versions": _versions_text(mine["versions"], theirs["versions"], {versions.DEFAULT: seen}),
        "deleted_at": later[1],
        "deleted_by": later[2],
    }


def _preparation_of(table: Table, row: Row) -> str | None:
    if table is _PROFILES or table is _POLICY:
        return None
    if table is _PREPARATIONS:
        return str(row["id"])
    return str(row["preparation_id"])


def _moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        return datetime.min.replace(tzinfo=UTC)


def _typed(table: Table, name: str, value: Any) -> Any:
    """A stored value as its column reads it (an amount, a date), for showing a conflict."""
    kind = table.c[name].type
    if not isinstance(kind, TypeDecorator):
        return value
    try:
        return kind.process_result_value(value, None)  # type: ignore[arg-type]
    except ValueError:
        return value  # shown as stored; taking it is refused later anyway


def _check(table: Table, row: Row, names: Iterable[str]) -> None:
    """Let each column's type read the values taken from the other file (raises if it can't)."""
    for name in names:
        kind = table.c[name].type
        if isinstance(kind, TypeDecorator):
            kind.process_result_value(row[name], None)  # type: ignore[arg-type]


def _insert(conn: Connection, table: Table, row: Row) -> None:
    names = list(row.keys())
    marks = ", ".join("?" for _ in names)
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})"  # noqa: S608
    conn.exec_driver_sql(sql, tuple(row[n] for n in names))


def _update(conn: Connection, table: Table, record_id: str, values: Mapping[str, Any]) -> None:
    names = list(values)
    assignments = ", ".join(f"{name} = ?" for name in names)
    sql = f"UPDATE {table.name} SET {assignments} WHERE id = ?"  # noqa: S608 - our own names
    conn.exec_driver_sql(sql, (*(values[n] for n in names), record_id))


def _upsert_tombstone(conn: Connection, tomb: Mapping[str, Any]) -> None:
    conn.exec_driver_sql(
        "INSERT INTO tombstones (id, table_name, versions, deleted_at, deleted_by)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET versions = excluded.versions,"
        " deleted_at = excluded.deleted_at, deleted_by = excluded.deleted_by",
        (tomb["id"], tomb["table_name"], tomb["versions"], tomb["deleted_at"], tomb["deleted_by"]),
    )


def copy_preparations(source: Workbook, target: Workbook, ids: Sequence[str]) -> int:
    """Copy these live preparations, their lists and the profiles they refer to, as stored.

    The workbook's procurement policy goes along too (if it has one): the colleague's gate
    weighs the contract value against it. Ids and versions stay, so the copy merges back into
    `source` later. `target` should be a new, empty workbook.

    Returns:
        How many pitch profiles were copied.

    Raises:
        UnknownPreparation: an id that is not a live preparation of `source`.
    """
    wanted = set(ids)
    with source._read() as theirs, target._write() as mine:
        found = {
            row["id"]: row
            for row in _read_all(theirs, _PREPARATIONS)
            if row["id"] in wanted and row["deleted_at"] is None
        }
        for prep_id in ids:
            if prep_id not in found:
                raise UnknownPreparation(prep_id)
        referenced = {row["profile_id"] for row in found.values()}
        profiles = [row for row in _read_all(theirs, _PROFILES) if row["id"] in referenced]
        for row in profiles:
            _insert(mine, _PROFILES, row)
        for row in _read_all(theirs, _POLICY):
            _insert(mine, _POLICY, row)
        for row in found.values():
            _insert(mine, _PREPARATIONS, row)
        for table in _CHILDREN:
            for row in _read_all(theirs, table):
                if row["preparation_id"] in wanted:
                    _insert(mine, table, row)
    target._forget_search()
    return len(profiles)
