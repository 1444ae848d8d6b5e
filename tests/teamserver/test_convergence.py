"""Convergence through the teamserver: laptops that edit, sync and go offline end up alike.

The properties of merging two copies of a file (tests/sharing/test_merge_properties.py) hold
when the copies meet through the server instead:

- syncing twice is syncing once: the second sync pulls and pushes nothing;
- for edits on disjoint fields and records, which laptop syncs first does not matter;
- a removal of a list item buries the edits of it that it had seen, and only those.

And a property test: three laptops, anna's at work and at home and bram's. Anna shares two of
her three preparations with the team, bram one of his two. A random script of steps, each on
one laptop: an edit of one of its login's own preparations (change a text field, add, edit or
remove a list item, delete or restore a preparation, add a preparation, private or shared), an
edit of a colleague's preparation (which the server must never get), a sync, or going offline
for a few steps (a sync then fails as offline and changes nothing). Then every laptop syncs in
rounds until nothing moves, and:

- convergence: each preparation is stored alike (every row, versions and stamps included,
  without the derived columns) on every laptop that reads it, except where that laptop edited
  a colleague's preparation itself; anna's two laptops agree on everything, her private
  preparations and the tombstones included; a laptop holds exactly the preparations it may read;
- nothing lost: a model of the edits says what each field must hold on each laptop: the newest
  edit of it that reached that laptop (by the stamp each edit got; at the same millisecond the
  greater value), and a list item is there if and only if some edit of it is one that no
  removal of it had seen, with a text no older than the newest such edit;
- a colleague's edits never reach the server or the owner's laptops;
- one more sync of every laptop changes nothing.

Every test and example starts from a copy of one department set up once (its database, made
with CREATE DATABASE ... TEMPLATE, and its laptops' workbooks and sync states), and reads the
time from the script's own clock (test_merge_properties' `frozen_clock`).
NLINKOOP_SOAK=1 tries many more and longer scripts (NLINKOOP_CONVERGE_EXAMPLES=N to choose).
"""

import itertools
import os
import re
import secrets
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from psycopg import sql
from sqlalchemy import Engine

from nlinkoop.domain.common import TextItem
from nlinkoop.domain.interests import Interest
from nlinkoop.domain.preparation import Opening, Preparation
from nlinkoop.store import replica, versions
from nlinkoop.store.workbook import Workbook
from nlinkoop.teamserver.address import parse
from nlinkoop.teamserver.state import state_file
from nlinkoop.teamserver.sync import ServerError, SyncReport, engine_for, synchronise
from tests.pg_cluster import Cluster, free_port
from tests.sharing.test_merge_properties import (
    LISTS,
    REMOVED,
    SCALARS,
    AddItem,
    AddPreparation,
    EditItem,
    Key,
    Op,
    RemoveItem,
    SetField,
    Side,
    State,
    ToggleDeleted,
    _get,
    _items,
    _set,
    _texts,
    content,
    frozen_clock,
    run,
    stored,
)
from tests.store.builders import fixed_id
from tests.teamserver.team import Laptop, address_text, team_on

SOAK = os.environ.get("NLINKOOP_SOAK") == "1"
EXAMPLES = int(os.environ.get("NLINKOOP_CONVERGE_EXAMPLES", 300 if SOAK else 15))
MAX_STEPS = 40 if SOAK else 24
ROUNDS = 4  # at the end, rounds of syncing every laptop: nothing may move after these

PEOPLE = {"work": "anna", "home": "anna", "bram": "bram"}  # laptop -> login
LAPTOPS = tuple(PEOPLE)
BASE = {"anna": ("a0", "a1", "a2"), "bram": ("b0", "b1")}  # each person's preparations
SHARED = ("a0", "a1", "b0")  # shared with the team from the start
BASE_MOMENT = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
_MARKER = re.compile(r"<([a-z]+)\d+>")  # in a colleague's edit: <laptop step>


def base_preparation(tag: str) -> Preparation:
    """A small preparation with a few items in each edited list (as test_merge_properties')."""
    prep = Preparation(f"titel {tag}", f"leverancier {tag}", f"organisatie {tag}")
    prep.id = fixed_id(f"conv/{tag}")
    prep.created_at = prep.updated_at = BASE_MOMENT  # before any edit, and alike every time
    prep.internal_client = f"opdrachtgever {tag}"
    prep.opening = Opening(f"komen doen {tag}", f"komen halen {tag}")
    prep.interests = [
        Interest(what=f"belang {tag}.{k}", id=fixed_id(f"conv/{tag}/i{k}")) for k in range(3)
    ]
    prep.checklist.red_lines = [
        TextItem(f"rode lijn {tag}.{k}", fixed_id(f"conv/{tag}/r{k}")) for k in range(2)
    ]
    prep.communication.questions = [TextItem(f"vraag {tag}", fixed_id(f"conv/{tag}/q"))]
    return prep


# --- a department: a database, its logins, three laptops ------------------------------------


@dataclass(frozen=True)
class Template:
    """A department set up once, copied for each test and example: its database, its logins,
    and each laptop's workbook and sync state."""

    database: str
    server_id: str
    logins: dict[str, str]  # person -> login
    passwords: dict[str, str] = field(repr=False)  # login -> password
    files: dict[str, tuple[Path, Path]] = field(repr=False)  # laptop -> workbook, state folder


@pytest.fixture(scope="module")
def template(pg_cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Template]:
    """Anna's laptops at work and at home and bram's, each synced with the server; anna shares
    two of her three preparations with the team, bram one of his two (`SHARED`)."""
    if not pg_cluster.running():  # an earlier test stopped or killed it
        pg_cluster.start()
    name = f"conv_base_{secrets.token_hex(3)}"
    admin_url = pg_cluster.create_database(name)
    try:
        with team_on(pg_cluster, admin_url, tmp_path_factory.mktemp("conv")) as team:
            laptops = {laptop: team.laptop(person) for laptop, person in PEOPLE.items()}
            for person, tags in BASE.items():
                owner = laptops["work" if person == "anna" else "bram"]
                owner.workbook.save_all([base_preparation(tag) for tag in tags], [])
            shared = tuple(_ids(*SHARED))
            for laptop in ("work", "home", "bram", "work", "home"):
                sync(laptops[laptop], team=shared)
            logins = {person: team.login(person) for person in BASE}
            passwords = dict(team.passwords)
            files = {n: (laptop.workbook.path, laptop.state) for n, laptop in laptops.items()}
        yield Template(name, _identity(pg_cluster, name), logins, passwords, files)
    finally:
        pg_cluster.drop_database(name)


@dataclass
class Department:
    """A copy of the template: a database of its own, and laptops with files of their own."""

    cluster: Cluster
    database: str
    laptops: dict[str, Laptop]
    offline: dict[str, Engine]  # laptop -> an engine of its login on a port nobody listens on

    def server_rows(self) -> list[tuple[Any, ...]]:
        """Every record on the server (as the administrator sees them), in write order."""
        return self.cluster.psql(
            "SELECT kind, id, prep, owner, team, revision, data::text, seq"
            " FROM nlinkoop.records ORDER BY seq",
            db=self.database,
        )


_numbers = itertools.count()


@contextmanager
def department(cluster: Cluster, template: Template) -> Iterator[Department]:
    """A new copy of the template's database, and of its laptops' files in a new folder."""
    if not cluster.running():
        cluster.start()
    name = f"conv_{next(_numbers)}_{secrets.token_hex(3)}"
    cluster.psql(
        sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
            sql.Identifier(name), sql.Identifier(template.database)
        )
    )
    try:
        with (
            tempfile.TemporaryDirectory(prefix="nlinkoop-conv-") as temp,
            ExitStack() as stack,
        ):
            laptops: dict[str, Laptop] = {}
            offline: dict[str, Engine] = {}
            for laptop, person in PEOPLE.items():
                login = template.logins[person]
                password = template.passwords[login]
                workbook, state = template.files[laptop]
                path, folder = Path(temp) / workbook.name, Path(temp) / state.name
                shutil.copyfile(workbook, path)
                folder.mkdir()
                # The copy is another database, so another server to a laptop: its state is
                # the template's, under the copy's identity (as sync.open_state names it).
                copied = _identity(cluster, name)
                key, new_key = f"{template.server_id}/{login}", f"{copied}/{login}"
                target = state_file(folder, path, new_key)
                shutil.copyfile(state_file(state, workbook, key), target)
                with closing(sqlite3.connect(target)) as conn, conn:
                    conn.execute("UPDATE meta SET value = ? WHERE key = 'server_id'", (copied,))
                url = address_text(cluster.url(login, password, name))
                engine = stack.enter_context(_disposing(engine_for(parse(url))))
                opened = stack.enter_context(Workbook.open(path, user=person.capitalize()))
                laptops[laptop] = Laptop(login, engine, opened, folder)
                nowhere = url.replace(f":{cluster.port}/", f":{free_port()}/", 1)
                offline[laptop] = stack.enter_context(_disposing(engine_for(parse(nowhere))))
            yield Department(cluster, name, laptops, offline)
    finally:
        cluster.drop_database(name)


def _identity(cluster: Cluster, database: str) -> str:
    """The server's identity as `sync` reads it: its id and its database's oid."""
    [(server_id, oid)] = cluster.psql(
        "SELECT value, (SELECT oid FROM pg_database WHERE datname = current_database())"
        " FROM nlinkoop.meta WHERE key = 'server_id'",
        db=database,
    )
    return f"{server_id}.{oid}"


@contextmanager
def _disposing(engine: Engine) -> Iterator[Engine]:
    try:
        yield engine
    finally:
        engine.dispose()


def sync(laptop: Laptop, **kwargs: Any) -> SyncReport:
    report = laptop.sync(**kwargs)
    assert report.waiting == 0, report
    return report


def quiet(report: SyncReport) -> bool:
    return report.pulled == 0 and report.pushed == 0


# --- the plain properties -------------------------------------------------------------------


def _ids(*tags: str) -> list[str]:
    return [fixed_id(f"conv/{tag}") for tag in tags]


def test_syncing_twice_is_syncing_once(pg_cluster: Cluster, template: Template) -> None:
    with department(pg_cluster, template) as dept:
        work, home, bram = (dept.laptops[name] for name in LAPTOPS)
        a = Side("A", work.workbook, _ids(*BASE["anna"]))
        script: list[tuple[str, Op]] = [
            ("A", SetField(0, "title", "nieuw")),
            ("A", AddItem(1, "interests", "erbij")),
            ("A", RemoveItem(0, "red_lines", 1)),
            ("A", ToggleDeleted(1)),
            ("A", AddPreparation("later")),
        ]
        for index, (_, op) in enumerate(script):
            a.apply(index, op, None)
        for laptop in (work, home, bram):
            first = sync(laptop)
            assert not quiet(first), "the edits did not travel"
            server, rows = dept.server_rows(), stored(laptop.workbook.file)
            again = sync(laptop)
            assert quiet(again), again
            assert (again.not_sent, again.conflicts) == (first.not_sent, [])
            assert dept.server_rows() == server, "a second sync wrote to the server"
            assert stored(laptop.workbook.file) == rows, "a second sync changed the workbook"


def _disjoint_edits(work: Laptop, home: Laptop) -> tuple[Side, Side]:
    """Edits on anna's two laptops that touch different fields and items (none skipped)."""
    ids = _ids(*BASE["anna"])
    a, b = Side("A", work.workbook, ids), Side("B", home.workbook, ids)
    script: list[tuple[str, Op]] = [
        ("A", SetField(0, "title", "werk")),
        ("B", SetField(0, "counterparty", "thuis")),
        ("A", AddItem(0, "interests", "werk")),
        ("B", AddItem(0, "interests", "thuis")),
        ("B", EditItem(0, "red_lines", 0, "thuis")),
        ("A", EditItem(0, "red_lines", 1, "werk")),
        ("A", RemoveItem(1, "questions", 0)),
        ("B", RemoveItem(1, "interests", 2)),
        ("B", ToggleDeleted(2)),
        ("A", AddPreparation("werk")),
        ("B", AddPreparation("thuis")),
    ]
    run(script, a, b, disjoint=True)
    assert len(a.changed) + len(b.changed) == len(script), "an edit of the script was skipped"
    return a, b


def _fixed(found: Any) -> Any:
    """`found` with every random id (uuid4: a new preparation's checklist, made anew in each
    department) as "random"; the ids the tests choose are uuid5."""
    if isinstance(found, dict):
        return {
            name: "random" if name == "id" and uuid.UUID(value).version == 4 else _fixed(value)
            for name, value in found.items()
        }
    if isinstance(found, list | tuple):
        return [_fixed(value) for value in found]
    return found


def test_disjoint_edits_give_the_same_result_whichever_laptop_syncs_first(
    pg_cluster: Cluster, template: Template
) -> None:
    results = []
    with frozen_clock() as clock, ExitStack() as stack:
        start = clock.now
        for first, second in (("work", "home"), ("home", "work")):
            dept = stack.enter_context(department(pg_cluster, template))
            clock.now = start  # the same edits at the same moments in both departments
            a, b = _disjoint_edits(dept.laptops["work"], dept.laptops["home"])
            for _ in range(ROUNDS + 1):
                reports = [sync(dept.laptops[name]) for name in (first, second, "bram")]
                assert not any(r.conflicts for r in reports), "a conflict of disjoint edits"
                if all(quiet(r) for r in reports):
                    break
            else:
                pytest.fail(f"still moving after {ROUNDS} rounds of syncing every laptop")
            for side, laptop in ((a, "work"), (b, "home"), (a, "home"), (b, "work")):
                state = State.of(dept.laptops[laptop].workbook)
                for key, value in side.changed.items():
                    assert state.value(key) == value, f"edit lost on {laptop}: {key}"
            shared = set(_ids(*SHARED))
            seen_by_bram = State.of(dept.laptops["bram"].workbook)
            for key, value in (a.changed | b.changed).items():
                if key[1] in shared:
                    assert seen_by_bram.value(key) == value, f"bram lacks {key}"
            results.append([_fixed(content(laptop.workbook)) for laptop in dept.laptops.values()])
    assert results[0][0] == results[0][1], "anna's laptops differ"
    assert results[0] == results[1], "the order of syncing changed the result"


def test_a_removal_buries_the_edits_it_had_seen_and_no_other(
    pg_cluster: Cluster, template: Template
) -> None:
    with department(pg_cluster, template) as dept:
        work, home, bram = (dept.laptops[name] for name in LAPTOPS)
        prep_id = _ids("a0")[0]
        seen, unseen = (i.id for i in work.workbook.load(prep_id).interests[:2])

        def explain(laptop: Laptop, item_id: str, why: str) -> None:
            prep = laptop.workbook.load(prep_id)
            next(i for i in prep.interests if i.id == item_id).why = why
            laptop.workbook.save(prep)

        explain(home, seen, "gezien")  # home edits one interest; work syncs it in, then removes it
        sync(home)
        sync(work)
        explain(home, unseen, "niet gezien")  # home edits the other; work removes it unaware
        prep = work.workbook.load(prep_id)
        prep.interests = [i for i in prep.interests if i.id not in (seen, unseen)]
        work.workbook.save(prep)
        for name in ("work", "home", "bram", "work", "home", "bram"):
            assert not sync(dept.laptops[name]).conflicts
        for laptop in (work, home, bram):
            interests = {i.id: i for i in laptop.workbook.load(prep_id).interests}
            assert seen not in interests, "a removal lost to an edit it had seen"
            assert interests[unseen].why == "niet gezien", "an edit the removal never saw is lost"
            assert laptop.workbook.load(prep_id) == work.workbook.load(prep_id)
        for laptop in (work, home, bram):
            assert quiet(sync(laptop))


# --- the property test: a model of what every laptop must end up with -----------------------


@dataclass(frozen=True)
class AddShared:
    """Add a preparation and share it with the team at the laptop's next sync."""

    value: str


@dataclass(frozen=True)
class OnColleagues:
    """An edit of a preparation of the other login: kept on this laptop, never sent."""

    op: Op


@dataclass(frozen=True)
class SyncNow:
    """Sync this laptop (if it is online)."""


@dataclass(frozen=True)
class GoOffline:
    """This laptop has no network for the next `steps` steps: its syncs fail as offline."""

    steps: int


Step = Op | AddShared | OnColleagues | SyncNow | GoOffline

_own_preps = st.integers(0, 5)
_tables = st.sampled_from(sorted(LISTS))
_picks = st.integers(0, 4)
_edits = st.one_of(
    st.builds(SetField, _own_preps, st.just("title") | st.sampled_from(sorted(SCALARS)), _texts),
    st.builds(AddItem, _own_preps, _tables, _texts),
    st.builds(EditItem, _own_preps, _tables, _picks, _texts),
    st.builds(RemoveItem, _own_preps, _tables, _picks),
    st.builds(ToggleDeleted, _own_preps),
)
_steps: dict[str, st.SearchStrategy[Step]] = {
    "edit": _edits,
    "add": st.builds(AddPreparation, _texts),
    "share": st.builds(AddShared, _texts),
    "colleague": st.builds(OnColleagues, _edits),
    "sync": st.just(SyncNow()),
    "offline": st.builds(GoOffline, st.integers(1, 6)),
}
# Mostly edits of one's own preparations, a sync in every four steps or so.
_weights = ["edit"] * 5 + ["add", "share", "colleague"] + ["sync"] * 3 + ["offline"]
steps = st.sampled_from(_weights).flatmap(_steps.__getitem__)
# Each step waits 0 ms (the same moment as the step before: a tie), 1 ms or a second.
scripts = st.lists(
    st.tuples(st.sampled_from(LAPTOPS), st.sampled_from([0, 1, 1000]), steps),
    min_size=8,
    max_size=MAX_STEPS,
)


@dataclass(frozen=True)
class Written:
    """One edit as the model remembers it.

    Attributes:
        number: its place among all edits.
        laptop: where it was made (the template's preparations: on their owner's first laptop).
        key: what it changed (see test_merge_properties' `Key`).
        value: the value written (for a deletion, whether the preparation is deleted now);
            REMOVED for a removal of a list item.
        stamp: the field's stamp the edit got (ms; 0 for the template's preparations).
        colleague: made on a preparation of the other login (never sent).
        seen: for a removal, the edits of the item it had seen.
    """

    number: int
    laptop: str
    key: Key
    value: Any
    stamp: int = 0
    colleague: bool = False
    seen: frozenset[int] = frozenset()

    @property
    def newness(self) -> tuple[int, Any]:
        """What decides between two edits neither of which saw the other: the later stamp, at
        the same moment the greater value (a deletion over a restore)."""
        return self.stamp, self.value


@dataclass
class Model:
    """Which edits each laptop and the server have, as syncing passes them on."""

    written: list[Written] = field(default_factory=list)
    known: dict[str, set[int]] = field(default_factory=lambda: {n: set() for n in LAPTOPS})
    server: set[int] = field(default_factory=set)
    owner: dict[str, str] = field(default_factory=dict)  # preparation -> login
    order: list[str] = field(default_factory=list)  # preparations, oldest first
    shared: set[str] = field(default_factory=set)
    sharing: dict[str, set[str]] = field(default_factory=lambda: {n: set() for n in LAPTOPS})

    def write(
        self,
        laptop: str,
        key: Key,
        value: Any,
        stamp: int = 0,
        *,
        colleague: bool = False,
        removal: bool = False,
    ) -> Written:
        seen = frozenset()
        if removal:
            seen = frozenset(w.number for w in self.of(key, laptop) if w.value != REMOVED)
        done = Written(len(self.written), laptop, key, value, stamp, colleague, seen)
        self.written.append(done)
        self.known[laptop].add(done.number)
        return done

    def of(self, key: Key, laptop: str) -> list[Written]:
        """The edits of `key` that reached `laptop`."""
        mine = self.known[laptop]
        return [w for w in self.written if w.key == key and w.number in mine]

    def new_preparation(self, laptop: str, prep: Preparation, stamp: int = 0) -> None:
        self.owner[prep.id] = PEOPLE[laptop]
        self.order.append(prep.id)
        for column, path in SCALARS.items():
            self.write(laptop, ("field", prep.id, column), _get(prep, path), stamp)
        self.write(laptop, ("deleted", prep.id), False, stamp)

    def readable(self, laptop: str, prep_id: str) -> bool:
        return self.owner[prep_id] == PEOPLE[laptop] or prep_id in self.shared

    def sync(self, laptop: str) -> None:
        """Pull what the login may read, push what it owns, then share what it was asked to."""
        login = PEOPLE[laptop]
        mine = self.known[laptop]
        mine |= {n for n in self.server if self.readable(laptop, self.written[n].key[1])}
        self.server |= {n for n in mine if self.owner[self.written[n].key[1]] == login}
        self.shared |= self.sharing[laptop]
        self.sharing[laptop] = set()

    def keys(self, laptop: str) -> set[Key]:
        """What the laptop has had edits of."""
        mine = self.known[laptop]
        return {w.key for w in self.written if w.number in mine}

    def alive(self) -> set[Key]:
        """The list items some edit of which no removal of it saw, everywhere."""
        buried = frozenset().union(*(w.seen for w in self.written))
        return {w.key for w in self.written if w.key[0] == "item" and w.number not in buried}

    def check(self, laptop: str, key: Key, got: Any) -> None:
        """Whether `got` is what `key` must hold on `laptop` (nothing lost)."""
        edits = self.of(key, laptop)
        assert edits, f"{key} never reached {laptop}"
        removals = [w for w in edits if w.value == REMOVED]
        values = [w for w in edits if w.value != REMOVED]
        newest = max(values, key=lambda w: w.newness)
        if not removals:
            assert got == newest.value, f"{laptop}: {key} is {got!r}, not the newest edit"
            return
        buried = frozenset().union(*(w.seen for w in removals))
        alive = [w for w in values if w.number not in buried]
        if not alive:
            assert got == REMOVED, f"{laptop}: {key} outlived a removal that saw every edit"
            return
        # A text the removal buried may or may not come back with the edit it never saw.
        top = max(w.newness for w in alive)
        newer = [w.value for w in values if w.newness >= top]
        assert got in newer, f"{laptop}: {key} is {got!r}: an edit no removal saw is lost"


@dataclass
class Replica:
    """One laptop in the property test."""

    name: str
    laptop: Laptop
    offline: Engine
    offline_until: int = -1  # the step from which it is online again
    tainted: set[str] = field(default_factory=set)  # colleagues' preparations edited here
    refused: bool = False  # a colleague's preparation itself was changed here: never sendable

    @property
    def workbook(self) -> Workbook:
        return self.laptop.workbook

    def present(self) -> tuple[set[str], set[str]]:
        """The ids of the live and of the deleted preparations in the workbook."""
        live = {s.id for s in self.workbook.list_preparations()}
        return live, {s.id for s in self.workbook.deleted_preparations()}


def edit(model: Model, one: Replica, index: int, step: Step) -> None:
    """Do one edit on the laptop, as the window would (one save), and tell the model."""
    name, workbook = one.name, one.workbook
    colleague = isinstance(step, OnColleagues)
    op = step.op if isinstance(step, OnColleagues) else step
    mark = f"<{name}{index}>" if colleague else f"[{name}{index}]"  # never a value again
    value = f"{getattr(op, 'value', '')} {mark}"
    if isinstance(op, AddPreparation | AddShared):
        prep = Preparation(title=value, id=fixed_id(f"conv/{value}"))
        workbook.save(prep)
        model.new_preparation(name, prep, stamp_of(workbook, replica.PREPARATIONS, prep.id))
        if isinstance(op, AddShared):
            model.sharing[name].add(prep.id)
        return
    live, deleted = one.present()
    mine = [p for p in model.order if (model.owner[p] == PEOPLE[name]) != colleague]
    choices = [p for p in mine if p in live | deleted]
    if not choices:
        return
    assert isinstance(op, SetField | AddItem | EditItem | RemoveItem | ToggleDeleted)
    prep_id = choices[op.prep % len(choices)]
    if isinstance(op, ToggleDeleted):
        (workbook.restore if prep_id in deleted else workbook.delete)(prep_id)
        stamp = stamp_of(workbook, replica.PREPARATIONS, prep_id, "deleted_at")
        done = model.write(name, ("deleted", prep_id), prep_id in live, stamp, colleague=colleague)
    elif prep_id not in live:
        return  # the window cannot edit a preparation in the bin
    else:
        prep = workbook.load(prep_id)
        if isinstance(op, SetField):
            _set(prep, SCALARS[op.column], value)
            key: Key = ("field", prep_id, op.column)
            where = (replica.PREPARATIONS, prep_id, op.column)
        else:
            items = _items(prep, op.table)
            attribute = LISTS[op.table][1]
            if isinstance(op, AddItem):
                make = Interest if op.table == "interests" else TextItem
                items.append(make(**{attribute: value, "id": fixed_id(f"conv/{value}")}))
                item = items[-1]
            elif not items:
                return
            else:
                item = items[op.pick % len(items)]
                if isinstance(op, EditItem):
                    setattr(item, attribute, value)
                else:
                    items.remove(item)
            key = ("item", prep_id, op.table, item.id)
            where = (op.table, item.id, attribute)
        workbook.save(prep)
        removal = isinstance(op, RemoveItem)
        stamp = 0 if removal else stamp_of(workbook, *where)
        done = model.write(
            name, key, REMOVED if removal else value, stamp, colleague=colleague, removal=removal
        )
    if colleague:
        one.tainted.add(prep_id)
        one.refused |= done.key[0] in ("field", "deleted")


def stamp_of(workbook: Workbook, kind: str, record_id: str, column: str = "title") -> int:
    """The stamp the newest edit of a field got (the workbook's clock, bumped past the stamp
    the field had: an edit is newer than every edit it has seen)."""
    [row] = replica.read(workbook, {kind: [record_id]}).values()
    return versions.of_field(versions.parse(row["versions"]), column)[versions.STAMP]


def sync_step(model: Model, one: Replica, index: int) -> SyncReport | None:
    """Sync the laptop, or fail as offline (then nothing changes)."""
    share = tuple(sorted(model.sharing[one.name]))
    if index < one.offline_until:
        before = stored(one.workbook.file)
        with pytest.raises(ServerError) as caught:
            synchronise(one.workbook, one.offline, one.laptop.state, team=share)
        assert caught.value.offline, caught.value
        assert stored(one.workbook.file) == before
        return None
    report = sync(one.laptop, team=share)
    model.sync(one.name)
    if one.refused:
        assert report.not_sent >= 1, "a changed colleague's preparation was not refused"
    elif not one.tainted:
        assert report.not_sent == 0, report
    return report


def observed(workbook: Workbook) -> dict[Key, Any]:
    """What the workbook stores for every key the model knows: fields, deletions, list items."""
    found: dict[Key, Any] = {}
    wanted = {kind: [] for kind in (replica.PREPARATIONS, *LISTS)}
    for kind, record_id in replica.scan(workbook):
        if kind in wanted:
            wanted[kind].append(record_id)
    for (kind, record_id), row in replica.read(workbook, wanted).items():
        if kind == replica.PREPARATIONS:
            for column in SCALARS:
                found["field", record_id, column] = row[column]
            found["deleted", record_id] = row["deleted_at"] is not None
        else:
            found["item", row["preparation_id"], kind, record_id] = row[LISTS[kind][1]]
    return found


def records(workbook: Workbook, preps: set[str], *, everything: bool) -> dict[Any, Any]:
    """The stored rows (without the derived columns) of these preparations and their lists;
    with `everything`, also the tombstones and pitch profiles."""
    wanted: dict[str, list[str]] = {}
    for (kind, record_id), entry in replica.scan(workbook).items():
        if entry.prep in preps or (everything and kind in (replica.TOMBSTONES, "profiles")):
            wanted.setdefault(kind, []).append(record_id)
    return replica.read(workbook, wanted)


def check_converged(model: Model, replicas: Sequence[Replica], dept: Department) -> None:
    """Convergence, nothing lost, and no colleague's edit where it does not belong."""
    items_of: dict[str, str] = {w.key[3]: w.key[1] for w in model.written if w.key[0] == "item"}
    for one in replicas:
        live, deleted = one.present()
        readable = {p for p in model.order if model.readable(one.name, p)}
        assert live | deleted == readable, f"{one.name} holds other preparations than it may read"
        got = observed(one.workbook)
        keys = model.keys(one.name)
        assert {k for k in got if k[0] == "item"} <= keys, f"{one.name}: an item nobody added"
        for key in keys:
            model.check(one.name, key, got.get(key, REMOVED))
        text_of_rows = repr(stored(one.workbook.file))
        assert set(_MARKER.findall(text_of_rows)) <= {one.name}, "a colleague's edit travelled"
    for one, other in itertools.combinations(replicas, 2):
        both = {p for p in model.order if model.readable(one.name, p)}
        both &= {p for p in model.order if model.readable(other.name, p)}
        both -= one.tainted | other.tainted
        same_login = PEOPLE[one.name] == PEOPLE[other.name]
        mine = records(one.workbook, both, everything=same_login)
        theirs = records(other.workbook, both, everything=same_login)
        tainted = one.tainted | other.tainted
        for rows in (mine, theirs):
            for kind, record_id in list(rows):
                if kind == replica.TOMBSTONES and items_of.get(record_id) in tainted:
                    del rows[kind, record_id]
        assert mine.keys() == theirs.keys(), f"{one.name} and {other.name} hold other records"
        for record, row in mine.items():
            assert row == theirs[record], f"{one.name} and {other.name} differ in {record}"
    assert "<" not in repr(dept.server_rows()), "a colleague's edit reached the server"


def play(
    cluster: Cluster, template: Template, script: Sequence[tuple[str, int, Step]]
) -> list[str]:
    """Run the script in a new department, sync until nothing moves, and check everything.

    Returns:
        What happened, for hypothesis' statistics.
    """
    with department(cluster, template) as dept, frozen_clock() as clock:
        model = start_model()
        replicas = {n: Replica(n, dept.laptops[n], dept.offline[n]) for n in LAPTOPS}
        for index, (name, tick, step) in enumerate(script):
            clock.tick(tick)
            one = replicas[name]
            if isinstance(step, GoOffline):
                one.offline_until = max(one.offline_until, index + 1 + step.steps)
            elif isinstance(step, SyncNow):
                sync_step(model, one, index)
            else:
                edit(model, one, index, step)
        for one in replicas.values():
            one.offline_until = -1  # back online, every one
        moved = 0  # rounds that moved something
        while True:
            before = {name: stored(one.workbook.file) for name, one in replicas.items()}
            server = dept.server_rows()
            reports = [sync_step(model, one, len(script)) for one in replicas.values()]
            if all(report is not None and quiet(report) for report in reports):
                break
            moved += 1
            assert moved <= ROUNDS, f"still moving after {ROUNDS} rounds of syncing every laptop"
        # That last round was one more sync of every laptop: it changed nothing at all.
        for name, one in replicas.items():
            assert stored(one.workbook.file) == before[name], f"a quiet sync wrote on {name}"
        assert dept.server_rows() == server, "a quiet sync wrote to the server"
        check_converged(model, list(replicas.values()), dept)
        conflicts = sum(len(r.conflicts) for one in replicas.values() for r in one.laptop.reports)
        outlived = {w.key for w in model.written if w.seen} & model.alive()
        return [
            f"{sum(isinstance(s, SyncNow) for _, _, s in script)} syncs meanwhile",
            f"{sum(bool(one.tainted) for one in replicas.values())} laptops edited a colleague's",
            f"converged after {moved} rounds that moved something",
            "conflicts" if conflicts else "no conflicts",
            "an edit outlived a removal" if outlived else "no edit outlived a removal",
        ]


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(script=scripts)
def test_laptops_that_edit_sync_and_go_offline_converge_and_lose_nothing(
    pg_cluster: Cluster, template: Template, script: list[tuple[str, int, Step]]
) -> None:
    for happened in play(pg_cluster, template, script):
        event(happened)


def start_model() -> Model:
    """The model after the department's first syncs: everyone has what they may read."""
    model = Model()
    for person, tags in BASE.items():
        laptop = "work" if person == "anna" else "bram"
        for tag in tags:
            prep = base_preparation(tag)
            model.new_preparation(laptop, prep)
            for table, (path, attribute) in LISTS.items():
                for item in _get(prep, path):
                    model.write(laptop, ("item", prep.id, table, item.id), getattr(item, attribute))
    model.shared = set(_ids(*SHARED))
    for laptop in ("work", "home", "bram", "work", "home"):
        model.sync(laptop)
    return model
