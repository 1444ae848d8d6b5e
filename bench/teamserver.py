"""The teamserver's figures of `make bench`: many buyers at once, a first pull, incremental syncs.

Everything runs against a throwaway PostgreSQL cluster (`tests/pg_cluster.py`, the one the
teamserver's tests use), each part in a database of its own; the logins are made with
`admin.init` and `admin.add_user`, as IT would. Nothing is mocked: real workbook files, the
real `synchronise`, one engine per buyer (a new connection per step, as the app does).

1. **Load**: `BUYERS` buyers, each in a process of its own (a laptop of its own: its own
   workbook of `OWN` generated preparations, the first shared with the team, and its own
   sync-state folder), for `seconds`: edit own preparations at random (a title, a text, an
   interest changed or added), save, sync, pause. Every sync's time is recorded (wall and the
   process's own CPU), and every exception that would reach the user. At the end each buyer
   syncs until nothing waits, all wait for each other, and each syncs once more: then every
   value a buyer last wrote must be on the server (read as the admin) and, for the team's
   preparations, in every colleague's workbook.
2. **First pull** of a workbook of N preparations that its author pushed and shared: a
   colleague's new, empty workbook syncs (3 fresh workbooks, median). Baseline: `merge` of
   the author's file into an empty workbook, which is the local work the pull also does.
3. **Incremental**: with both workbooks synced, the author changes 10 preparations; the
   author's sync (push) and the colleague's (pull), and a sync with nothing to do. Baseline:
   one psycopg connection of the colleague's fetching the changed rows, the least a pull
   must do.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue as queues
import random
import resource
import shutil
import sqlite3
import statistics
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from bench.figures import Row, Session, Target
from bench.generate import build, workbook
from bench.measure import Stat, timed

BUYERS = 50
OWN = 3  # preparations per buyer; the first is shared with the team
PAUSE = (1.0, 5.0)  # seconds between a buyer's syncs, uniformly at random
CHANGED = 10  # preparations changed for an incremental sync
FIRST_PULLS = 3  # fresh workbooks for the first pull (and merges for its baseline)
BARRIER_SECONDS = 900.0  # how long a buyer waits for the others at a barrier before giving up
TRACKED = {"preparations": ("title", "opening_come_to_do"), "interests": ("what",)}

Key = tuple[str, str, str]  # (table, record id, column)


# --- the cluster ------------------------------------------------------------------------------


@contextlib.contextmanager
def cluster() -> Iterator[Any | None]:
    """A started throwaway cluster, or None (with a line saying so) when PostgreSQL is absent."""
    from tests.pg_cluster import Cluster, find_bindir

    bindir = find_bindir()
    if bindir is None:
        print("  teamserver: no PostgreSQL server programs found; its figures are skipped")
        yield None
        return
    with Cluster(bindir) as made:
        yield made


@dataclass
class Server:
    """One teamserver (a database of the cluster) and its logins."""

    cluster: Any
    database: str
    passwords: dict[str, str] = field(default_factory=dict)

    @classmethod
    def make(cls, found: Any, database: str) -> Server:
        from nlinkoop.teamserver import admin

        found.create_database(database)
        server = cls(found, database)
        engine = server.engine(found.admin_user, found.admin_password)
        try:
            admin.init(engine)
        finally:
            engine.dispose()
        return server

    def add(self, logins: list[str]) -> None:
        from nlinkoop.teamserver import admin

        engine = self.engine(self.cluster.admin_user, self.cluster.admin_password)
        try:
            for login in logins:
                password = f"pw-{login}-{random.randrange(10**9)}"
                admin.add_user(engine, login, password)
                self.passwords[login] = password
        finally:
            engine.dispose()

    def url(self, login: str, password: str | None = None) -> str:
        """The address a user types (postgresql://...), with the password in it."""
        url = self.cluster.url(login, password or self.passwords[login], self.database)
        return str(url).replace("postgresql+psycopg://", "postgresql://", 1)

    def engine(self, login: str, password: str | None = None) -> Any:
        from nlinkoop.teamserver.address import parse
        from nlinkoop.teamserver.sync import engine_for

        return engine_for(parse(self.url(login, password)))

    def admin(self, query: str, params: tuple[Any, ...] | None = None) -> list[tuple[Any, ...]]:
        return list(self.cluster.psql(query, params, db=self.database))

    def records(self) -> int:
        return int(self.admin("SELECT count(*) FROM nlinkoop.records")[0][0])


# --- 1: load ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """What one simulated buyer does."""

    number: int
    login: str
    url: str
    folder: Path
    seed: int
    seconds: float


@dataclass
class Outcome:
    """What one simulated buyer did and saw."""

    number: int
    login: str
    syncs: list[tuple[float, float]] = field(default_factory=list)  # (wall, own CPU) seconds
    edits: int = 0
    errors: list[str] = field(default_factory=list)  # what reached the user, during the load
    final_errors: list[str] = field(default_factory=list)  # in the final rounds
    written: dict[Key, tuple[str, str]] = field(default_factory=dict)  # key -> (value, prep)
    own: list[str] = field(default_factory=list)
    team_prep: str = ""
    loop: tuple[float, float] = (0.0, 0.0)  # time.monotonic() when the load began and ended
    loop_cpu: float = 0.0  # this process's CPU seconds during the load
    seen: dict[Key, str] = field(default_factory=dict)  # colleagues' records at the end
    waiting: int = 0  # records left waiting by a sync (others kept changing them)
    not_sent: int = 0
    peak_rss_kb: int = 0
    fatal: str = ""


def _buyer(plan: Plan, barrier: Any, queue: Any) -> None:
    """One buyer's process: put its `Outcome` on the queue, whatever happens."""
    outcome = Outcome(plan.number, plan.login)
    try:
        _simulate(plan, barrier, outcome)
    except BaseException:  # noqa: BLE001 - reported to the parent, which fails the figure
        outcome.fatal = traceback.format_exc()[-3000:]
        barrier.abort()
    outcome.peak_rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    queue.put(outcome)


def _simulate(plan: Plan, barrier: Any, outcome: Outcome) -> None:
    from nlinkoop.store.workbook import Workbook
    from nlinkoop.teamserver.address import parse
    from nlinkoop.teamserver.sync import engine_for, synchronise

    path = plan.folder / f"buyer{plan.number:02d}.db"
    state = plan.folder / f"state{plan.number:02d}"
    build(path, OWN, plan.seed)
    engine = engine_for(parse(plan.url))
    rng = random.Random(plan.seed)
    with Workbook.open(path, user=plan.login) as book:
        own = sorted(s.id for s in book.list_preparations())
        outcome.own, outcome.team_prep = own, own[0]

        def sync(errors: list[str], team: tuple[str, ...] = ()) -> int:
            began, cpu = time.perf_counter(), time.process_time()
            try:
                report = synchronise(book, engine, state, team=team)
            except Exception as exc:  # noqa: BLE001 - what the user would see, counted
                errors.append(f"sync: {type(exc).__name__}: {exc}")
                return -1
            finally:
                outcome.syncs.append((time.perf_counter() - began, time.process_time() - cpu))
            outcome.not_sent += report.not_sent
            outcome.waiting += report.waiting
            return report.waiting

        sync(outcome.final_errors, team=(own[0],))  # push own, share one
        barrier.wait(BARRIER_SECONDS)
        sync(outcome.final_errors)  # take in every colleague's shared preparation
        outcome.syncs.clear()
        outcome.not_sent = outcome.waiting = 0
        barrier.wait(BARRIER_SECONDS)

        began, cpu = time.monotonic(), time.process_time()
        end = began + plan.seconds
        turn = 0
        while time.monotonic() < end:
            for _ in range(rng.randint(1, 3)):
                turn += 1
                try:
                    _edit(book, rng.choice(own), rng, f"{plan.login} {turn}", outcome)
                except Exception as exc:  # noqa: BLE001 - counted as reaching the user
                    outcome.errors.append(f"edit: {type(exc).__name__}: {exc}")
            sync(outcome.errors)
            time.sleep(rng.uniform(*PAUSE))
        load_syncs = list(outcome.syncs)
        outcome.loop = (began, time.monotonic())
        outcome.loop_cpu = time.process_time() - cpu

        for _ in range(5):  # until nothing of this buyer waits to be sent
            if sync(outcome.final_errors) == 0:
                break
        barrier.wait(BARRIER_SECONDS)  # everyone has sent everything
        sync(outcome.final_errors)  # take in everyone's last edits
        outcome.syncs = load_syncs
        outcome.seen = _colleagues_values(book.file, set(own))
    engine.dispose()


def _edit(book: Any, prep_id: str, rng: random.Random, mark: str, outcome: Outcome) -> None:
    """One random edit of an own preparation, saved; remembers the value written."""
    from nlinkoop.domain.interests import Interest

    prep = book.load(prep_id)
    text = f"{mark}: {rng.getrandbits(32):08x}"
    what = rng.choice(("title", "opening", "interest", "new interest"))
    if what == "interest" and not prep.interests:
        what = "new interest"
    if what == "title":
        prep.title = f"{prep.title.split(' | ')[0]} | {text}"
        key, value = ("preparations", prep.id, "title"), prep.title
    elif what == "opening":
        prep.opening.come_to_do = text
        key, value = ("preparations", prep.id, "opening_come_to_do"), text
    elif what == "interest":
        item = rng.choice(prep.interests)
        item.what = text
        key, value = ("interests", item.id, "what"), text
    else:
        item = Interest(what=text)
        prep.interests.append(item)
        key, value = ("interests", item.id, "what"), text
    book.save(prep)
    outcome.written[key] = (value, prep.id)
    outcome.edits += 1


def _colleagues_values(file: Path, own: set[str]) -> dict[Key, str]:
    """The tracked columns of every colleague's record in a workbook file."""
    seen: dict[Key, str] = {}
    with closing(sqlite3.connect(f"file:{file}?mode=ro", uri=True)) as conn:
        for prep_id, title, come_to_do in conn.execute(
            "SELECT id, title, opening_come_to_do FROM preparations WHERE deleted_at IS NULL"
        ):
            if prep_id not in own:
                seen["preparations", prep_id, "title"] = title
                seen["preparations", prep_id, "opening_come_to_do"] = come_to_do
        for item_id, prep_id, what in conn.execute(
            "SELECT id, preparation_id, what FROM interests"
        ):
            if prep_id not in own:
                seen["interests", item_id, "what"] = what
    return seen


def load(session: Session, found: Any, seconds: float, seed: int) -> list[Row]:
    """`BUYERS` buyers at once for `seconds` (see the module's text)."""
    server = Server.make(found, "bench_load")
    logins = [f"buyer{n:02d}" for n in range(1, BUYERS + 1)]
    server.add(logins)
    folder = session.folder / "teamserver-load"
    folder.mkdir()
    ticks: list[tuple[float, int, int, int]] = []  # the CPU, sampled while they work
    postmaster = found.postmaster_pid()
    began = time.perf_counter()
    plans = plans_for(server, logins, folder, seconds, seed)
    outcomes = run_buyers(
        plans,
        watch=lambda: ticks.append((time.monotonic(), *_cpu_ticks(), _server_ticks(postmaster))),
    )
    elapsed = time.perf_counter() - began
    start, end = min(o.loop[0] for o in outcomes), max(o.loop[1] for o in outcomes)
    inside = [t for t in ticks if start <= t[0] <= end]
    machine: dict[str, object] = {"cpu_seconds_available": (os.cpu_count() or 1) * (end - start)}
    if len(inside) >= 2 and inside[-1][2] > inside[0][2]:
        before, after = inside[0], inside[-1]
        hertz = os.sysconf("SC_CLK_TCK")
        machine["cpu_busy_during_load"] = (after[1] - before[1]) / (after[2] - before[2])
        machine["postgres_cpu_seconds"] = (after[3] - before[3]) / hertz
    machine |= {
        "buyers_cpu_seconds": sum(o.loop_cpu for o in outcomes),
        "load_average_after_load": list(os.getloadavg()),
        "wall_seconds_with_setup": elapsed,
    }
    lost = lost_values(server, outcomes)  # before the baseline's syncs change the server
    first = outcomes[0]
    alone = _alone(server, folder, plans[0], first, max(session.runs * 4, 20))
    return _load_rows(server, outcomes, lost, alone, seconds, machine)


def plans_for(
    server: Server, logins: list[str], folder: Path, seconds: float, seed: int
) -> list[Plan]:
    """A buyer's plan for each login: its workbook and state in `folder`, `seconds` of load."""
    return [
        Plan(n, login, server.url(login), folder, seed * 1000 + n, seconds)
        for n, login in enumerate(logins, start=1)
    ]


def run_buyers(plans: list[Plan], watch: Callable[[], None] | None = None) -> list[Outcome]:
    """Each plan a buyer in a process of its own (`_simulate`); their outcomes, in plan order.

    Raises when a buyer's process failed or gave nothing. `watch` is called about twice a
    second while they work. Also the CI-sized load test's (tests/teamserver/test_load.py).
    """
    # A forkserver with the store and the sync imported: 50 processes start in a second, and
    # none inherits this process's Qt (spawn would import everything 50 times on 2 cores).
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["bench.teamserver", "nlinkoop.teamserver.sync"])
    barrier = context.Barrier(len(plans))
    queue = context.Queue()
    processes = [context.Process(target=_buyer, args=(p, barrier, queue)) for p in plans]
    for process in processes:
        process.start()
    outcomes: list[Outcome] = []
    deadline = time.monotonic() + max(p.seconds for p in plans) + 3 * BARRIER_SECONDS
    while len(outcomes) < len(plans) and time.monotonic() < deadline:
        if watch is not None:
            watch()
        with contextlib.suppress(queues.Empty):
            outcomes.append(queue.get(timeout=0.5))
    for process in processes:
        process.join(timeout=60)
        if process.is_alive():
            process.kill()
    fatal = [o for o in outcomes if o.fatal]
    if fatal or len(outcomes) != len(plans):
        said = fatal[0].fatal if fatal else "no outcome"
        raise RuntimeError(
            f"teamserver load: {len(fatal)} buyers failed, {len(plans) - len(outcomes)} gave "
            f"nothing; the first:\n{said}"
        )
    return sorted(outcomes, key=lambda o: o.number)


def _cpu_ticks() -> tuple[int, int]:
    """The machine's busy and total CPU time so far, in ticks (Linux /proc/stat)."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return 0, 0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle and waiting for I/O
    return sum(fields) - idle, sum(fields)


def _server_ticks(postmaster: int | None) -> int:
    """The CPU time of PostgreSQL so far, in ticks.

    That is the postmaster's own and that of the backends it has reaped (each connection is a
    backend process of its own that ends with it).
    """
    try:
        fields = Path(f"/proc/{postmaster}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0
    return sum(int(x) for x in fields[11:15])  # utime, stime, cutime, cstime


def _alone(server: Server, folder: Path, plan: Plan, outcome: Outcome, runs: int) -> Stat:
    """The first buyer's edits and syncs again, with nobody else syncing: the load's baseline.

    Its edits come after the load's check, so they are noted apart (not in `outcome`).
    """
    from nlinkoop.store.workbook import Workbook

    rng = random.Random(plan.seed + 1)
    engine = server.engine(plan.login)
    state = folder / f"state{plan.number:02d}"
    values = []
    apart = Outcome(plan.number, plan.login)
    with Workbook.open(folder / f"buyer{plan.number:02d}.db", user=plan.login) as book:
        for n in range(runs + 1):  # the first is a warm-up
            for _ in range(rng.randint(1, 3)):
                _edit(book, rng.choice(outcome.own), rng, f"{plan.login} alone {n}", apart)
            elapsed = _sync(book, engine, state)[0]
            if n:
                values.append(elapsed)
    engine.dispose()
    return Stat(tuple(values))


@dataclass(frozen=True)
class Lost:
    """Values written during the load that did not arrive, and how many were checked."""

    on_server: int
    in_colleagues: int
    checked_on_server: int
    checked_in_colleagues: int


def lost_values(server: Server, outcomes: list[Outcome]) -> Lost:
    """Each buyer's last value of each field it wrote, against the server and colleagues."""
    stored: dict[Key, str | None] = {}
    for kind, record_id, title, come_to_do, what in server.admin(
        "SELECT kind, id, data->>'title', data->>'opening_come_to_do', data->>'what'"
        " FROM nlinkoop.records WHERE kind IN ('preparations', 'interests')"
    ):
        values = {"title": title, "opening_come_to_do": come_to_do, "what": what}
        for column in TRACKED[kind]:
            stored[kind, record_id, column] = values[column]
    team = {o.team_prep for o in outcomes}
    lost_server = lost_colleague = team_values = 0
    for outcome in outcomes:
        for key, (value, prep) in outcome.written.items():
            if stored.get(key) != value:
                lost_server += 1
            if prep in team:
                team_values += 1
                others = [o for o in outcomes if o is not outcome]
                lost_colleague += sum(1 for o in others if o.seen.get(key) != value)
    written = sum(len(o.written) for o in outcomes)
    return Lost(lost_server, lost_colleague, written, team_values * (len(outcomes) - 1))


def _load_rows(
    server: Server,
    outcomes: list[Outcome],
    lost: Lost,
    alone: Stat,
    seconds: float,
    machine: dict[str, object],
) -> list[Row]:
    walls = Stat(tuple(w for o in outcomes for w, _ in o.syncs))
    cpus = Stat(tuple(c for o in outcomes for _, c in o.syncs))
    errors = [e for o in outcomes for e in o.errors]
    final_errors = [e for o in outcomes for e in o.final_errors]
    edits = sum(o.edits for o in outcomes)
    notes: dict[str, object] = {
        "buyers": BUYERS,
        "seconds": seconds,
        "syncs": len(walls.values),
        "syncs_per_second": len(walls.values) / seconds,
        "edits": edits,
        "p50": walls.median,
        "p95": walls.p95,
        "max": walls.high,
        "own_cpu_p50": cpus.median,
        "own_cpu_p95": cpus.p95,
        "errors": len(errors),
        "error_samples": sorted(set(errors))[:5],
        "final_round_errors": len(final_errors),
        "final_round_error_samples": sorted(set(final_errors))[:5],
        "values_checked_on_server": lost.checked_on_server,
        "team_values_checked_in_colleagues": lost.checked_in_colleagues,
        "lost_on_server": lost.on_server,
        "lost_in_colleagues_workbooks": lost.in_colleagues,
        "waiting_after_a_sync": sum(o.waiting for o in outcomes),
        "not_sent": sum(o.not_sent for o in outcomes),
        "records_on_server_at_end": server.records(),
        "buyer_peak_rss_median_kb": statistics.median(o.peak_rss_kb for o in outcomes),
        **machine,
    }
    label = f"{BUYERS} buyers, {seconds:g} s"
    return [
        Row(
            f"teamserver load: one sync, {label}",
            walls,
            alone,
            "one buyer syncing alone",
            notes=notes,
        ),
        Row(
            f"teamserver load: errors reaching a user, {label}",
            float(len(errors) + len(final_errors)),
            target=Target(0, use="count"),
            unit="count",
            notes={"during_load": len(errors), "final_rounds": len(final_errors)},
        ),
        Row(
            f"teamserver load: lost updates, {label}",
            float(lost.on_server + lost.in_colleagues),
            target=Target(0, use="count"),
            unit="count",
            notes={
                "on_server": lost.on_server,
                "in_colleagues_workbooks": lost.in_colleagues,
                "values_checked": lost.checked_on_server + lost.checked_in_colleagues,
            },
        ),
    ]


# --- 2 and 3: the first pull and incremental syncs ------------------------------------------


def _sync(book: Any, engine: Any, state: Path, team: tuple[str, ...] = ()) -> tuple[float, Any]:
    """One timed sync: its seconds and its report."""
    from nlinkoop.teamserver.sync import synchronise

    began = time.perf_counter()
    report = synchronise(book, engine, state, team=team)
    return time.perf_counter() - began, report


def _fresh(folder: Path, name: str, user: str) -> Any:
    from nlinkoop.store.workbook import Workbook

    path = folder / name
    path.unlink(missing_ok=True)
    Workbook.create(path).close()
    return Workbook.open(path, user=user)


def pull_and_increments(
    session: Session, found: Any, size: int, seed: int, targets: dict[str, float]
) -> list[Row]:
    """The first pull of `size` preparations, then incremental syncs on that server."""
    from nlinkoop.store.merge import merge
    from nlinkoop.store.workbook import Workbook

    source, _ = workbook(size, seed)
    folder = session.folder / f"teamserver-{size}"
    folder.mkdir()
    server = Server.make(found, f"bench_{size}")
    author, reader = f"author{size}", f"reader{size}"
    server.add([author, reader])
    author_engine, reader_engine = server.engine(author), server.engine(reader)
    rows: list[Row] = []
    mine = session.copy(source, f"teamserver-{size}-author.db")
    with Workbook.open(mine, user=author) as book:
        ids = sorted(s.id for s in book.list_preparations())
        pushed = _sync(book, author_engine, folder / "author", team=tuple(ids))[0]
        records = server.records()
        echo = _sync(book, author_engine, folder / "author")[0]

        pulls, merges = [], []
        reader_book = None
        for n in range(FIRST_PULLS):  # pull and merge in turns: noise hits both alike
            if reader_book is not None:
                reader_book.close()
            reader_book = _fresh(folder, f"reader-{n}.db", reader)
            state = folder / f"reader-{n}"
            pulls.append(_sync(reader_book, reader_engine, state)[0])
            got = len(reader_book.list_preparations())
            if got != size:
                raise RuntimeError(f"the first pull gave {got} preparations of {size}")
            with _fresh(folder, "merged.db", reader) as empty:
                merges.append(timed(partial(merge, book, empty)))
        assert reader_book is not None
        label = f"{size:,} preparations ({records:,} records)"
        rows.append(
            Row(
                f"teamserver first push (author), {label}",
                pushed,
                notes={"records_on_server": records, "author_next_sync_s": echo},
            )
        )
        rows.append(
            Row(
                f"teamserver first pull (new workbook), {label}",
                Stat(tuple(pulls)),
                Stat(tuple(merges)),
                "merge of the author's file into an empty one",
                Target(targets["first_pull"]) if "first_pull" in targets else None,
            )
        )
        engines = (author_engine, reader_engine)
        rows += _increments(session, server, engines, book, reader_book, ids, folder, targets)
        reader_book.close()
    author_engine.dispose()
    reader_engine.dispose()
    return rows


def _increments(
    session: Session,
    server: Server,
    engines: tuple[Any, Any],
    book: Any,
    reader_book: Any,
    ids: list[str],
    folder: Path,
    targets: dict[str, float],
) -> list[Row]:
    import psycopg

    from nlinkoop.teamserver.sync import synchronise

    size, records = len(ids), server.records()
    author_engine, reader_engine = engines
    author_state, reader_state = folder / "author", folder / f"reader-{FIRST_PULLS - 1}"
    synchronise(book, author_engine, author_state)
    synchronise(reader_book, reader_engine, reader_state)
    rng = random.Random(size)
    pushes, pulls, idles, floors = [], [], [], []
    reader = f"reader{size}"
    for n in range(session.runs + 1):  # the first is a warm-up
        cursor = int(server.admin("SELECT coalesce(max(seq), 0) FROM nlinkoop.records")[0][0])
        chosen = rng.sample(ids, CHANGED)
        preps = [book.load(i) for i in chosen]
        for prep in preps:
            prep.title = f"{prep.title.split(' | ')[0]} | round {n}"
            prep.opening.come_to_do = f"Gewijzigd in ronde {n}."
        book.save_all(preps, [], touch=True)
        push, pushed = _sync(book, author_engine, author_state)
        pull, pulled = _sync(reader_book, reader_engine, reader_state)
        if pushed.pushed < CHANGED or pulled.pulled < CHANGED:
            raise RuntimeError(f"incremental round {n}: {pushed}, {pulled}")
        idle = _sync(reader_book, reader_engine, reader_state)[0]

        def floor(cursor: int = cursor) -> None:
            with psycopg.connect(server.url(reader)) as conn:
                conn.execute(
                    "SELECT kind, id, revision, data::text, seq FROM nlinkoop.records"
                    " WHERE seq > %s ORDER BY seq",
                    (cursor,),
                ).fetchall()

        base = timed(floor)
        if n:
            pushes.append(push)
            pulls.append(pull)
            idles.append(idle)
            floors.append(base)
    label = f"{size:,} preparations on the server ({records:,} records)"
    floor_name = "psycopg: connect + SELECT the changed rows"
    target = Target(targets["incremental"]) if "incremental" in targets else None
    measured = (
        (f"incremental push, {CHANGED} changed", pushes, target),
        (f"incremental pull, {CHANGED} changed", pulls, target),
        ("sync with nothing to do", idles, None),
    )
    baseline = Stat(tuple(floors))
    return [
        Row(f"teamserver {what}, {label}", Stat(tuple(values)), baseline, floor_name, wanted)
        for what, values, wanted in measured
    ]


# --- all of it ----------------------------------------------------------------------------------

# Targets in seconds by size (docs/performance.md, "Teamserver", says how they were set). 400
# preparations are 51,747 records: the "incremental sync at 50,000 rows" is at 400.
TARGETS: dict[int, dict[str, float]] = {
    400: {"first_pull": 30.0, "incremental": 1.0},
    5000: {"first_pull": 240.0},
}


def figures(session: Session, sizes: tuple[int, ...], seconds: float, seed: int) -> list[Row]:
    """Every teamserver figure, on one throwaway cluster (none without PostgreSQL)."""
    rows: list[Row] = []
    with cluster() as found:
        if found is None:
            return rows
        began = time.perf_counter()
        rows += load(session, found, seconds, seed)
        print(f"  teamserver load: {time.perf_counter() - began:.1f} s", flush=True)
        for size in sizes:
            began = time.perf_counter()
            rows += pull_and_increments(session, found, size, seed, TARGETS.get(size, {}))
            print(f"  teamserver {size}: {time.perf_counter() - began:.1f} s", flush=True)
    for name in ("teamserver-load",):
        shutil.rmtree(session.folder / name, ignore_errors=True)
    return rows
