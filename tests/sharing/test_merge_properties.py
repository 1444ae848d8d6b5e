"""Property tests for merging two copies of one workbook after random edits on each.

Two copies of one file are opened as two workbooks (two replicas) and edited by one random
script, each step on side A or side B: change a text field, add, edit or remove a list item,
delete or restore a preparation, add a preparation. Then:

- nothing is lost: every field or item one side changed has that side's value after the merge,
  a field both changed differently is a reported conflict decided for the newer side, and an
  item one side removed while the other edited it is either gone or edited;
- deletions are respected: a preparation one side deleted (and the other left alone) stays
  deleted; no conflict is reported that the edits do not explain;
- merging again changes nothing;
- for edits on disjoint fields and records, merge(A into B) and merge(B into A) agree.

And copies converge. After random edits (list-only edits, moves, removals and undos, deletes
meeting edits, conflicting edits at the same or at different moments, saves that change
nothing) the results of merging in different orders have the same `nlinkoop export-json`
output byte for byte and the same rows in every table (when and by whom, versions, tombstones,
derived columns), and merging them into each other changes nothing:

- two copies, also when they were merged into each other meanwhile: A into B and B into A;
- three copies without removals of list items (merged into each other meanwhile or not): any
  order, any shape ((A+B)+C, A+(B+C), ...);
- three copies with everything: once the results of different orders are merged into each
  other. Not always before: a tombstone keeps no values, so what a removal buried (another
  copy's move or edit of the item) may or may not have met a third copy's edit of the item
  first, depending on the order (see the xfail tests in tests/store/test_merge.py).

`make soak` tries many more scripts (NLINKOOP_SOAK=1).
"""

import dataclasses
import importlib
import io
import itertools
import os
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, closing, contextmanager, redirect_stderr
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from nlinkoop.cli.main import main as cli_main
from nlinkoop.domain.common import TextItem
from nlinkoop.domain.completeness import progress
from nlinkoop.domain.interests import Interest
from nlinkoop.domain.preparation import Opening, Preparation
from nlinkoop.store.merge import Conflict, MergeReport, merge
from nlinkoop.store.workbook import Workbook
from tests.store.builders import fixed_id, full_profile
from tests.strategies import MergeOrder, merge_orders

# The text fields edited: column name -> (attribute path on Preparation).
SCALARS = {
    "title": ("title",),
    "counterparty": ("counterparty",),
    "internal_client": ("internal_client",),
    "opening_come_to_do": ("opening", "come_to_do"),
    "opening_come_to_get": ("opening", "come_to_get"),
}
# The lists edited: table name -> (attribute path of the list, the item's text field).
LISTS = {
    "interests": (("interests",), "what"),
    "red_lines": (("checklist", "red_lines"), "text"),
    "questions": (("communication", "questions"), "text"),
}
# Columns no user edits: a conflict on one of them is never right.
BOOKKEEPING = {"id", "created_at", "updated_at", "updated_by", "versions", "progress"}
BOOKKEEPING |= {"search_text", "preparation_id"}
REMOVED = "<removed>"
EXAMPLES = int(os.environ.get("NLINKOOP_MERGE_EXAMPLES", 20))  # more for a long hunt
BASE_PREPARATIONS = 2


def _get(obj: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        obj = getattr(obj, name)
    return obj


def _set(obj: Any, path: tuple[str, ...], value: Any) -> None:
    setattr(_get(obj, path[:-1]), path[-1], value)


def _items(prep: Preparation, table: str) -> list[Any]:
    items: list[Any] = _get(prep, LISTS[table][0])
    return items


def _text(item: Any, table: str) -> str:
    text: str = getattr(item, LISTS[table][1])
    return text


# --- the edit script ------------------------------------------------------------------------


@dataclass(frozen=True)
class SetField:
    prep: int
    column: str
    value: str


@dataclass(frozen=True)
class AddItem:
    prep: int
    table: str
    value: str


@dataclass(frozen=True)
class EditItem:
    prep: int
    table: str
    pick: int
    value: str


@dataclass(frozen=True)
class RemoveItem:
    prep: int
    table: str
    pick: int


@dataclass(frozen=True)
class ToggleDeleted:
    prep: int


@dataclass(frozen=True)
class AddPreparation:
    value: str


Op = SetField | AddItem | EditItem | RemoveItem | ToggleDeleted | AddPreparation

_texts = st.text(alphabet="abcĳé€ '\"\n", max_size=6)
_preps = st.integers(0, BASE_PREPARATIONS - 1)
_tables = st.sampled_from(sorted(LISTS))
_picks = st.integers(0, 4)
operations = st.one_of(
    st.builds(SetField, _preps, st.just("title") | st.sampled_from(sorted(SCALARS)), _texts),
    st.builds(AddItem, _preps, _tables, _texts),
    st.builds(EditItem, _preps, _tables, _picks, _texts),
    st.builds(RemoveItem, _preps, _tables, _picks),
    st.builds(ToggleDeleted, _preps),
    st.builds(AddPreparation, _texts),
)
scripts = st.lists(st.tuples(st.sampled_from("AB"), operations), max_size=10)

# A key names what one edit changed: ("field", prep id, column), ("item", prep id, table,
# item id), ("deleted", prep id) or ("new", prep id).
Key = tuple[str, ...]


def _overlap(one: Key, other: Key) -> bool:
    """Whether two edits touch the same thing; deleting a preparation touches all of it."""
    return one[1] == other[1] and ("deleted" in (one[0], other[0]) or one == other)


@dataclass
class Side:
    """One copy being edited, and what its edits changed (key -> final value)."""

    name: str
    workbook: Workbook
    base_ids: list[str]
    changed: dict[Key, Any] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)

    def apply(self, index: int, op: Op, other: "Side | None") -> None:
        """Do `op` as one save; with `other`, skip it if it would touch what `other` touched."""
        value = f"{getattr(op, 'value', '')} w{self.name}{index}"  # unique: never a value again
        if isinstance(op, AddPreparation):
            prep = Preparation(title=value, id=self._new_id(index))
            self.workbook.save(prep)
            self.changed[("new", prep.id)] = value
            return
        prep_id = self.base_ids[op.prep]
        if isinstance(op, ToggleDeleted):
            key: Key = ("deleted", prep_id)
            if self._taken(key, other):
                return
            if prep_id in self.deleted:
                self.workbook.restore(prep_id)
                self.deleted.remove(prep_id)
            else:
                self.workbook.delete(prep_id)
                self.deleted.add(prep_id)
            self.changed[key] = prep_id in self.deleted
            return
        if prep_id in self.deleted:
            return  # the window cannot edit a preparation in the bin
        prep = self.workbook.load(prep_id)
        if isinstance(op, SetField):
            key = ("field", prep_id, op.column)
            if self._taken(key, other):
                return
            _set(prep, SCALARS[op.column], value)
            self.workbook.save(prep)
            self.changed[key] = value
            return
        items = _items(prep, op.table)
        if isinstance(op, AddItem):
            item_id = self._new_id(index)
            key = ("item", prep_id, op.table, item_id)
            if self._taken(key, other):
                return
            make = Interest if op.table == "interests" else TextItem
            items.append(make(**{LISTS[op.table][1]: value, "id": item_id}))
            self.workbook.save(prep)
            self.changed[key] = value
            return
        if not items:
            return
        item = items[op.pick % len(items)]
        key = ("item", prep_id, op.table, item.id)
        if self._taken(key, other):
            return
        if isinstance(op, EditItem):
            setattr(item, LISTS[op.table][1], value)
            self.changed[key] = value
        else:
            items.remove(item)
            self.changed[key] = REMOVED
        self.workbook.save(prep)

    def _taken(self, key: Key, other: "Side | None") -> bool:
        return other is not None and any(_overlap(key, k) for k in other.changed)

    def _new_id(self, index: int) -> str:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"merge-test/{self.name}/{index}"))


# --- looking at a workbook --------------------------------------------------------------------


@dataclass
class State:
    """What a workbook holds, as the checks look at it."""

    live: dict[str, Preparation]
    deleted: set[str]

    @classmethod
    def of(cls, workbook: Workbook) -> "State":
        return cls(
            {p.id: p for p in workbook.load_all()},
            {s.id for s in workbook.deleted_preparations()},
        )

    def value(self, key: Key) -> Any:
        kind, prep_id = key[0], key[1]
        if kind == "deleted":
            return prep_id in self.deleted
        prep = self.live[prep_id]
        if kind == "new":
            return prep.title
        if kind == "field":
            return _get(prep, SCALARS[key[2]])
        found = [_text(i, key[2]) for i in _items(prep, key[2]) if i.id == key[3]]
        return found[0] if found else REMOVED


def content(workbook: Workbook) -> Any:
    """Everything a user sees, without when and by whom it was last changed."""

    def plain(obj: Any) -> dict[str, Any]:
        data = dataclasses.asdict(obj)
        data.pop("updated_at")
        data.pop("updated_by")
        return data

    preps = sorted((plain(p) for p in workbook.load_all()), key=lambda d: d["id"])
    deleted = sorted(s.id for s in workbook.deleted_preparations())
    profiles = sorted((plain(p) for p in workbook.profiles()), key=lambda d: d["id"])
    return preps, deleted, profiles


def _key_of(conflict: Conflict) -> Key | None:
    """The edit key a conflict is about, if it is about a field or item the script edits."""
    if conflict.table == "preparations":
        if conflict.field == "deleted_at":
            return ("deleted", conflict.record_id)
        if conflict.field in SCALARS:
            return ("field", conflict.record_id, conflict.field)
        return None
    if conflict.table in LISTS and conflict.field == LISTS[conflict.table][1]:
        return ("item", conflict.preparation_id or "", conflict.table, conflict.record_id)
    return None


def check_merge(
    target: Workbook, report: MergeReport, mine: Side, theirs: Side, base: State
) -> None:
    """Nothing lost, deletions respected, conflicts only where both sides changed a thing."""
    merged = State.of(target)
    decided: dict[Key, Any] = {}
    event(f"{len(report.conflicts)} conflicts")
    event(f"{len(merged.deleted)} deleted after the merge")
    assert len(report.chosen) == len(report.conflicts)
    for conflict, chosen in zip(report.conflicts, report.chosen, strict=True):
        assert conflict.field not in BOOKKEEPING, conflict
        assert chosen == conflict.newer, conflict  # without a resolver the newer side wins
        key = _key_of(conflict)
        if key is None:  # another column (an item's place in its list): both edited the record
            touched_by = [
                side
                for side in (mine, theirs)
                if any(k[1] in (conflict.record_id, conflict.preparation_id) for k in side.changed)
            ]
            assert len(touched_by) == 2, f"conflict nobody caused: {conflict}"
            continue
        assert key in mine.changed and key in theirs.changed, f"conflict nobody caused: {conflict}"
        values = (mine.changed[key], theirs.changed[key])
        if key[0] != "deleted" and REMOVED not in values:
            assert (conflict.mine, conflict.theirs) == values, conflict
        decided[key] = conflict.mine if chosen == "mine" else conflict.theirs

    for key in mine.changed.keys() | theirs.changed.keys():
        ours, yours = mine.changed.get(key), theirs.changed.get(key)
        both = key in mine.changed and key in theirs.changed
        if key[0] == "deleted":
            if not both or ours == yours:
                expected = ours if key in mine.changed else yours
                assert merged.value(key) == expected, f"deletion not respected: {key}"
            continue
        if key[1] in merged.deleted:
            continue  # a deletion won; the edit stays with the deleted preparation
        assert key[1] in merged.live, f"preparation lost: {key}"
        got = merged.value(key)
        if not both:
            assert got == (ours if key in mine.changed else yours), f"edit lost: {key}"
        elif REMOVED in (ours, yours):
            assert got in (ours, yours), f"removed and edited item became something else: {key}"
        else:
            assert key in decided, f"both changed {key} differently, no conflict reported"
            assert got == decided[key], f"conflict {key} not decided as reported"

    touched = mine.changed.keys() | theirs.changed.keys()
    for prep_id, before in base.live.items():
        if prep_id not in merged.live:
            continue
        after = merged.live[prep_id]
        for column, path in SCALARS.items():
            if ("field", prep_id, column) not in touched:
                assert _get(after, path) == _get(before, path), f"untouched {column} changed"
        for table in LISTS:
            ids = [i.id for i in _items(after, table)]
            assert len(ids) == len(set(ids)), f"an item twice in {table}"
            now = {i.id: _text(i, table) for i in _items(after, table)}
            for item in _items(before, table):
                if ("item", prep_id, table, item.id) not in touched:
                    assert now.get(item.id) == _text(item, table), f"untouched item in {table}"
    for summary in target.list_preparations():  # stored extras follow the merged content
        prep = merged.live[summary.id]
        assert summary.progress == progress(prep), f"stale progress of {summary.id}"
        assert summary.id in target.search(prep.title), f"stale search text of {summary.id}"


# --- the tests ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def base_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two small preparations with a few items in each edited list, and a pitch profile."""
    path = tmp_path_factory.mktemp("merge") / "basis.db"
    profile = full_profile("m")
    preps = []
    for n in range(BASE_PREPARATIONS):
        prep = Preparation(
            f"titel {n}", f"leverancier {n}", f"organisatie {n}", id=fixed_id(f"m{n}")
        )
        prep.internal_client = f"opdrachtgever {n}"
        prep.opening = Opening(f"komen doen {n}", f"komen halen {n}")
        prep.profile_id = profile.id
        prep.interests = [
            Interest(what=f"belang {n}.{k}", id=fixed_id(f"m{n}/i{k}")) for k in range(3)
        ]
        prep.checklist.red_lines = [
            TextItem(f"rode lijn {n}.{k}", fixed_id(f"m{n}/r{k}")) for k in range(2)
        ]
        prep.communication.questions = [TextItem(f"vraag {n}", fixed_id(f"m{n}/q"))]
        preps.append(prep)
    with Workbook.create(path, user="basis") as workbook:
        workbook.save_all(preps, [profile])
    return path


@contextmanager
def two_sides(base_file: Path) -> Iterator[tuple[Path, Side, Side, State]]:
    """A folder with copies a.db and b.db of the base file, open as side A and side B."""
    with tempfile.TemporaryDirectory(prefix="nlinkoop-merge-") as name, ExitStack() as stack:
        folder = Path(name)
        for side in "ab":
            shutil.copyfile(base_file, folder / f"{side}.db")
        base = stack.enter_context(Workbook.open(folder / "a.db", user="basis"))
        state = State.of(base)
        base.close()
        ids = sorted(state.live)
        a = Side("A", stack.enter_context(Workbook.open(folder / "a.db", user="anne")), ids)
        b = Side("B", stack.enter_context(Workbook.open(folder / "b.db", user="bram")), ids)
        yield folder, a, b, state


def run(script: list[tuple[str, Op]], a: Side, b: Side, *, disjoint: bool) -> None:
    for index, (name, op) in enumerate(script):
        side, other = (a, b) if name == "A" else (b, a)
        side.apply(index, op, other if disjoint else None)


@settings(max_examples=EXAMPLES, deadline=None)
@given(script=scripts)
def test_merging_loses_nothing_respects_deletions_and_is_idempotent(
    base_file: Path, script: list[tuple[str, Op]]
) -> None:
    with two_sides(base_file) as (_, a, b, base):
        run(script, a, b, disjoint=False)
        report = merge(a.workbook, b.workbook)  # A's edits into B
        check_merge(b.workbook, report, mine=b, theirs=a, base=base)
        merged = content(b.workbook)
        again = merge(a.workbook, b.workbook)
        assert not again.changed and not again.conflicts, again
        assert content(b.workbook) == merged


@settings(max_examples=EXAMPLES, deadline=None)
@given(script=scripts)
def test_disjoint_edits_merge_the_same_both_ways(
    base_file: Path, script: list[tuple[str, Op]]
) -> None:
    with two_sides(base_file) as (folder, a, b, base):
        run(script, a, b, disjoint=True)
        a.workbook.close()
        b.workbook.close()
        for side in "ab":
            shutil.copyfile(folder / f"{side}.db", folder / f"{side}2.db")
        with ExitStack() as stack:
            into_b = stack.enter_context(Workbook.open(folder / "b.db", user="bram"))
            from_a = stack.enter_context(Workbook.open(folder / "a.db", user="anne"))
            into_a = stack.enter_context(Workbook.open(folder / "a2.db", user="anne"))
            from_b = stack.enter_context(Workbook.open(folder / "b2.db", user="bram"))
            to_b = merge(from_a, into_b)
            to_a = merge(from_b, into_a)
            assert not to_b.conflicts and not to_a.conflicts, (to_b.conflicts, to_a.conflicts)
            check_merge(into_b, to_b, mine=b, theirs=a, base=base)
            check_merge(into_a, to_a, mine=a, theirs=b, base=base)
            assert content(into_b) == content(into_a)
            assert not merge(from_a, into_b).changed
            assert not merge(from_b, into_a).changed


def test_removals_of_neighbouring_items_both_travel(base_file: Path) -> None:
    """Anne removes the first interest, Bram the second: after the merge both are gone."""
    with two_sides(base_file) as (_, a, b, base):
        a.apply(0, RemoveItem(0, "interests", 0), None)
        b.apply(1, RemoveItem(0, "interests", 1), None)
        prep_id = a.base_ids[0]
        expected = [i.id for i in base.live[prep_id].interests][2:]
        merge(a.workbook, b.workbook)
        merge(b.workbook, a.workbook)
        assert [i.id for i in b.workbook.load(prep_id).interests] == expected
        assert [i.id for i in a.workbook.load(prep_id).interests] == expected


def test_items_added_on_both_sides_get_one_order(base_file: Path) -> None:
    """Anne and Bram each add a red line: both merge directions list them in the same order."""
    with two_sides(base_file) as (folder, a, b, _):
        a.apply(0, AddItem(0, "red_lines", "van Anne"), None)
        b.apply(1, AddItem(0, "red_lines", "van Bram"), None)
        prep_id = a.base_ids[0]
        a.workbook.close()
        b.workbook.close()
        for side in "ab":
            shutil.copyfile(folder / f"{side}.db", folder / f"{side}2.db")
        with ExitStack() as stack:
            opened = {
                name: stack.enter_context(Workbook.open(folder / f"{name}.db"))
                for name in ("a", "b", "a2", "b2")
            }
            merge(opened["a"], opened["b"])
            merge(opened["b2"], opened["a2"])
            in_b = opened["b"].load(prep_id).checklist.red_lines
            in_a = opened["a2"].load(prep_id).checklist.red_lines
            assert [r.text for r in in_b] == [r.text for r in in_a]


# --- convergence: the same file whichever way round, and in any order -----------------------

SOAK = os.environ.get("NLINKOOP_SOAK") == "1"
CONVERGE_EXAMPLES = 1000 if SOAK else 25


@dataclass(frozen=True)
class MoveItem:
    prep: int
    table: str
    pick: int
    to: int


@dataclass(frozen=True)
class PutBack:
    """Undo: the item this copy removed last from this list comes back, with its id."""

    prep: int
    table: str


@dataclass(frozen=True)
class Touch:
    """A save that changes nothing: only when and by whom the preparation was saved."""

    prep: int


@dataclass(frozen=True)
class EditProfile:
    value: str


@dataclass(frozen=True)
class Sync:
    """Merge one of the other copies into this one (a colleague's file came in meanwhile)."""

    source: int


AnyOp = Op | MoveItem | PutBack | Touch | EditProfile | Sync

_kept_operations = st.one_of(  # no list item is removed
    st.builds(SetField, _preps, st.just("title") | st.sampled_from(sorted(SCALARS)), _texts),
    st.builds(AddItem, _preps, _tables, _texts),
    st.builds(EditItem, _preps, _tables, _picks, _texts),
    st.builds(ToggleDeleted, _preps),
    st.builds(AddPreparation, _texts),
    st.builds(MoveItem, _preps, _tables, _picks, _picks),
    st.builds(Touch, _preps),
    st.builds(EditProfile, _texts),
    st.builds(Sync, st.integers(0, 1)),
)
any_operations = st.one_of(
    _kept_operations,
    st.builds(RemoveItem, _preps, _tables, _picks),
    st.builds(PutBack, _preps, _tables),
)
# Each step waits 0 ms (the same moment as the step before: a tie), 1 ms or a second.
_ticks = st.sampled_from([0, 1, 1000])


def converging_scripts(
    names: str, *, removals: bool = True
) -> st.SearchStrategy[list[tuple[str, int, AnyOp]]]:
    """Edit scripts for copies `names`, merges between them included; `removals` of list items."""
    ops = any_operations if removals else _kept_operations
    return st.lists(st.tuples(st.sampled_from(names), _ticks, ops), max_size=12)


class Clock:
    """The time every save reads, moved on only by the script: ties happen when it says so."""

    MODULES = ("nlinkoop.store.workbook", "nlinkoop.store.rows", "nlinkoop.store.versions")

    def __init__(self) -> None:
        # After every stamp in the base file: clocks that go back are another matter.
        self.now = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=1)

    def __call__(self) -> datetime:
        return self.now

    def tick(self, ms: int) -> None:
        self.now += timedelta(milliseconds=ms)


@contextmanager
def frozen_clock() -> Iterator[Clock]:
    """Every module of the store that reads the time reads `Clock` instead, until the end."""
    clock = Clock()
    modules = [importlib.import_module(name) for name in Clock.MODULES]
    before = [vars(module).get("utc_now") for module in modules]
    for module in modules:
        module.utc_now = clock  # type: ignore[attr-defined]
    try:
        yield clock
    finally:
        for module, original in zip(modules, before, strict=True):
            if original is None:
                del module.utc_now  # type: ignore[attr-defined]
            else:
                module.utc_now = original  # type: ignore[attr-defined]


@dataclass
class Copy:
    """One copy of the workbook being edited by its own person."""

    name: str
    workbook: Workbook
    base_ids: list[str]
    removed: list[tuple[str, str, int, Any]] = field(default_factory=list)

    def edit(self, index: int, op: AnyOp, others: "list[Copy]") -> None:
        """Do `op` as the window would (one save), if it can be done on this copy now."""
        value = f"{getattr(op, 'value', '')} w{self.name}{index}"
        workbook = self.workbook
        if isinstance(op, Sync):
            merge(others[op.source % len(others)].workbook, workbook)
            return
        if isinstance(op, AddPreparation):
            workbook.save(Preparation(title=value, id=str(uuid.uuid5(uuid.NAMESPACE_URL, value))))
            return
        if isinstance(op, EditProfile):
            [profile] = workbook.profiles()
            profile.mission = value
            workbook.save_profile(profile)
            return
        prep_id = self.base_ids[op.prep]
        live = {s.id for s in workbook.list_preparations()}
        if isinstance(op, ToggleDeleted):
            (workbook.delete if prep_id in live else workbook.restore)(prep_id)
            return
        if prep_id not in live:
            return  # the window cannot edit a preparation in the bin
        prep = workbook.load(prep_id)
        if isinstance(op, SetField):
            _set(prep, SCALARS[op.column], value)
        elif isinstance(op, AddItem):
            make = Interest if op.table == "interests" else TextItem
            item_id = str(uuid.uuid5(uuid.NAMESPACE_URL, value))
            _items(prep, op.table).append(make(**{LISTS[op.table][1]: value, "id": item_id}))
        elif isinstance(op, PutBack):
            back = [r for r in self.removed if r[:2] == (prep_id, op.table)]
            items = _items(prep, op.table)
            if not back or back[-1][3].id in {i.id for i in items}:
                return
            self.removed.remove(back[-1])
            items.insert(back[-1][2], back[-1][3])
        elif not isinstance(op, Touch):
            items = _items(prep, op.table)
            if not items:
                return
            pick = op.pick % len(items)
            if isinstance(op, EditItem):
                setattr(items[pick], LISTS[op.table][1], value)
            elif isinstance(op, RemoveItem):
                self.removed.append((prep_id, op.table, pick, items.pop(pick)))
            else:
                items.insert(op.to % len(items), items.pop(pick))
        workbook.save(prep)


@contextmanager
def copies(base_file: Path, names: str) -> Iterator[tuple[Path, list[Copy]]]:
    """A folder with a copy of the base file per name (a.db, b.db, ...), each open as a `Copy`."""
    with tempfile.TemporaryDirectory(prefix="nlinkoop-converge-") as name, ExitStack() as stack:
        folder = Path(name)
        with Workbook.open(base_file) as base:
            ids = sorted(s.id for s in base.list_preparations())
        opened = []
        for copy_name in names:
            path = folder / f"{copy_name.lower()}.db"
            shutil.copyfile(base_file, path)
            workbook = stack.enter_context(Workbook.open(path, user=f"user {copy_name}"))
            opened.append(Copy(copy_name, workbook, ids))
        yield folder, opened


def edit_copies(script: list[tuple[str, int, AnyOp]], opened: list[Copy], clock: Clock) -> None:
    """Run the script, then close the copies (their files are what gets merged)."""
    by_name = {c.name: c for c in opened}
    for index, (name, tick, op) in enumerate(script):
        clock.tick(tick)
        by_name[name].edit(index, op, [c for c in opened if c.name != name])
    for copy in opened:
        copy.workbook.close()


def merged(folder: Path, order: MergeOrder) -> Path:
    """A new file: copies of the copies' files merged in `order` (see `merge_orders`)."""
    if isinstance(order, str):
        path = folder / f"{uuid.uuid4().hex}.db"
        shutil.copyfile(folder / f"{order}.db", path)
        return path
    into, source = merged(folder, order[0]), merged(folder, order[1])
    with Workbook.open(source) as theirs, Workbook.open(into) as mine:
        merge(theirs, mine)
    return into


def exported(path: Path) -> bytes:
    """What `nlinkoop export-json FILE -o OUT` writes."""
    out = path.with_suffix(".json")
    with redirect_stderr(io.StringIO()):  # "exported 2 preparation(s) to ...": not in the soak's -s
        assert cli_main(["export-json", str(path), "-o", str(out)]) == 0
    return out.read_bytes()


def stored(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, by id: content and bookkeeping alike."""
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        tables = [
            name for (name,) in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
        ]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}


def assert_converged(results: list[Path]) -> None:
    """The same export and the same rows, and merging them into each other changes nothing."""
    first = exported(results[0])
    for other in results[1:]:
        assert exported(other) == first, "two merge orders give different exports"
    before = [stored(path) for path in results]
    for into, source in itertools.permutations(results, 2):
        with Workbook.open(source) as theirs, Workbook.open(into) as mine:
            report = merge(theirs, mine)
        assert not report.changed and not report.conflicts, f"merged results differ: {report}"
    after = [stored(path) for path in results]
    assert after == before, "a merge that changed nothing wrote something"  # so exports stay
    assert all(rows == after[0] for rows in after), "two merge orders give other bookkeeping"


def merge_into_each_other(results: list[Path]) -> None:
    """One round: every result into the first, then the first into every other."""
    hub, *others = results
    for into, source in [(hub, other) for other in others] + [(other, hub) for other in others]:
        with Workbook.open(source) as theirs, Workbook.open(into) as mine:
            merge(theirs, mine)


@settings(max_examples=CONVERGE_EXAMPLES, deadline=None)
@given(script=converging_scripts("AB"))
def test_two_copies_converge_whichever_way_round_they_merge(
    base_file: Path, script: list[tuple[str, int, AnyOp]]
) -> None:
    with copies(base_file, "AB") as (folder, opened), frozen_clock() as clock:
        edit_copies(script, opened, clock)
        event(f"{sum(isinstance(op, Sync) for _, _, op in script)} merges meanwhile")
        assert_converged([merged(folder, ("a", "b")), merged(folder, ("b", "a"))])


@settings(max_examples=CONVERGE_EXAMPLES, deadline=None)
@given(
    script=converging_scripts("ABC", removals=False),
    orders=st.lists(merge_orders("abc"), min_size=2, max_size=3, unique=True),
)
def test_three_copies_without_removals_converge_in_any_merge_order(
    base_file: Path, script: list[tuple[str, int, AnyOp]], orders: list[MergeOrder]
) -> None:
    with copies(base_file, "ABC") as (folder, opened), frozen_clock() as clock:
        edit_copies(script, opened, clock)
        assert_converged([merged(folder, order) for order in orders])


@settings(max_examples=CONVERGE_EXAMPLES, deadline=None)
@given(
    script=converging_scripts("ABC"),
    orders=st.lists(merge_orders("abc"), min_size=2, max_size=3, unique=True),
)
def test_three_copies_converge_once_the_results_meet(
    base_file: Path, script: list[tuple[str, int, AnyOp]], orders: list[MergeOrder]
) -> None:
    with copies(base_file, "ABC") as (folder, opened), frozen_clock() as clock:
        edit_copies(script, opened, clock)
        results = [merged(folder, order) for order in orders]
        same = all(stored(path) == stored(results[0]) for path in results[1:])
        event("the merge orders agreed" if same else "the merge orders differed")
        merge_into_each_other(results)
        assert_converged(results)
