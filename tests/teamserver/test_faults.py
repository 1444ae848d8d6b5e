"""Faults in the middle of a sync: the connection dropped, the server restarted, the laptop's
process killed. After each, the server and the workbook file are intact, the next sync
completes, and the laptops converge with nothing lost.

The faults come at random moments (a seeded `random.Random`: the seed is printed, and
NLINKOOP_FAULT_SEED repeats a run); each test prints how the rounds ended (run with `-s`).
NLINKOOP_SOAK=1 runs many more rounds.
"""

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from nlinkoop.domain.duplicate import duplicate
from nlinkoop.domain.preparation import Preparation
from nlinkoop.examples import create_example
from nlinkoop.store import replica
from nlinkoop.store.workbook import Workbook, check
from nlinkoop.teamserver.sync import ServerError
from tests.pg_cluster import Cluster
from tests.teamserver.team import Laptop, Team, team_on

SOAK = os.environ.get("NLINKOOP_SOAK", "").strip().lower() not in ("", "0", "false", "no")
SEED = int(os.environ.get("NLINKOOP_FAULT_SEED") or random.SystemRandom().randrange(10**6))
NEW_PER_ROUND = 5  # preparations added per round (about 80 records each): a push of ~400


@pytest.fixture
def team(pg_cluster: Cluster, pg_database: str, tmp_path: Path) -> Iterator[Team]:
    with team_on(pg_cluster, pg_database, tmp_path) as made:
        yield made


@pytest.fixture
def rng(record_property: Callable[[str, object], None]) -> random.Random:
    record_property("seed", SEED)
    print(f"\nNLINKOOP_FAULT_SEED={SEED}")
    return random.Random(SEED)


def _report(name: str, outcomes: Counter[str], record: Callable[[str, object], None]) -> None:
    text = ", ".join(f"{what}: {n}" for what, n in sorted(outcomes.items()))
    print(f"{name}: {sum(outcomes.values())} rounds; {text}")
    record(name, dict(outcomes))


# --- what must hold after every fault ---------------------------------------------------------


class ServerCheck:
    """Reads every row written since the last look, as the superuser, and checks it."""

    def __init__(self, team: Team) -> None:
        self.team = team
        self.seen = 0

    def __call__(self) -> int:
        found = self.team.cluster.psql(
            "SELECT kind, id, data::text, seq FROM nlinkoop.records WHERE seq > %s ORDER BY seq",
            [self.seen],
            db=self.team.database,
        )
        for kind, record_id, data, seq in found:
            row = json.loads(data)
            assert kind in replica.KINDS and row["id"] == record_id, (kind, record_id)
            assert replica.revision(kind, row)  # the fields a laptop's merge reads
            self.seen = max(self.seen, seq)
        doubles = self.team.cluster.psql(
            "SELECT seq FROM nlinkoop.records GROUP BY seq HAVING count(*) > 1",
            db=self.team.database,
        )
        assert not doubles
        return len(found)


def _file_intact(path: Path) -> None:
    check(path)  # raises WorkbookRejected for a damaged or half-written file


def _server_preparations(team: Team, login: str) -> set[str]:
    found = team.cluster.psql(
        "SELECT id FROM nlinkoop.records WHERE kind = 'preparations' AND owner = %s",
        [login],
        db=team.database,
    )
    return {record_id for (record_id,) in found}


def _by_id(workbook: Workbook) -> dict[str, Preparation]:
    return {prep.id: prep for prep in workbook.load_all()}


def _add_preparations(laptop: Laptop, sources: list[Preparation], label: str, count: int) -> None:
    new = [
        duplicate(sources[n % len(sources)], title_suffix=f"({label}.{n})") for n in range(count)
    ]
    laptop.workbook.save_all(new, [], touch=True)


# --- a fault while one sync runs --------------------------------------------------------------

# What a laptop's connection runs while it pushes, and while it pulls (sync.py's statements).
PUSH = ("INSERT INTO nlinkoop.records%", "UPDATE nlinkoop.records AS r%")
PULL = ("SELECT kind, id, prep, owner, team, revision, data::text%",)


class Watcher:
    """A second session (the superuser's) that watches a login's connections and cuts them."""

    def __init__(self, team: Team, login: str) -> None:
        self.login = login
        self.admin = team.cluster.connect(team.database, autocommit=True)

    def running(self, patterns: tuple[str, ...] = ("%",)) -> bool:
        """Whether a connection of the login runs a statement like one of these now."""
        found = self.admin.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE usename = %s AND state = 'active'"
            " AND query LIKE ANY(%s)",
            [self.login, list(patterns)],
        ).fetchone()
        return found is not None and found[0] > 0

    def connections(self) -> int:
        """How many connections the login has now."""
        found = self.admin.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE usename = %s", [self.login]
        ).fetchone()
        assert found is not None
        return int(found[0])

    def cut(self) -> int:
        """Terminate every connection of the login; how many there were."""
        found = self.admin.execute(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))"
            " FROM pg_stat_activity WHERE usename = %s",
            [self.login],
        ).fetchone()
        assert found is not None
        return int(found[0])

    def close(self) -> None:
        self.admin.close()


Strike = Callable[[threading.Event], int | None]  # see _sync_through


def _sync_through(laptop: Laptop, strike: Strike) -> str:
    """Sync on this thread (the workbook's) while `strike` runs on another; how it ended.

    `strike` waits for its moment (or for the event: the sync is over) and returns None if it
    did not strike, else how many connections it cut (0: it came between two of them).
    """
    done = threading.Event()
    struck: list[int | None | BaseException] = []

    def run() -> None:
        try:
            struck.append(strike(done))
        except BaseException as exc:  # noqa: BLE001 - raised on the test's thread below
            struck.append(exc)

    striker = threading.Thread(target=run, name="fault")
    striker.start()
    try:
        laptop.sync()
        outcome = "completed"
    except ServerError as exc:
        assert exc.offline, f"a fault is no refusal: {exc}"
        assert "\n" not in str(exc)
        outcome = "offline"
    finally:
        done.set()
        striker.join(120)
    assert not striker.is_alive()
    (result,) = struck
    if isinstance(result, BaseException):
        raise result
    if outcome == "completed":
        if result is None:
            return "completed before the fault"
        return "completed, nothing to cut" if result == 0 else "completed though cut"
    assert result is not None, "offline without a fault"
    return outcome


def at_any_moment(delay: float, fault: Callable[[], int]) -> Strike:
    """Strike after `delay`, wherever the sync is then (its own work or the server's)."""

    def strike(done: threading.Event) -> int | None:
        return None if done.wait(delay) else fault()

    return strike


def mid_statement(
    watcher: Watcher, patterns: tuple[str, ...], delay: float, fault: Callable[[], int]
) -> Strike:
    """Strike `delay` after the server starts running one of these statements for the login."""

    def strike(done: threading.Event) -> int | None:
        while not watcher.running(patterns):
            if done.wait(0.002):
                return None
        return None if done.wait(delay) else fault()

    return strike


def _work_and_home(team: Team) -> tuple[Laptop, Laptop, list[Preparation]]:
    """Anna's work laptop (the example's workbook) and her home laptop, both synced once, and
    the work laptop's preparations."""
    work = team.laptop("anna", example=True)
    home = team.laptop("anna")
    sources = work.workbook.load_all()
    work.sync()
    home.sync()
    return work, home, sources


def _timed(laptop: Laptop) -> float:
    start = time.monotonic()
    laptop.sync()
    return time.monotonic() - start


def test_a_connection_cut_mid_sync_loses_nothing(
    team: Team, rng: random.Random, record_property: Callable[[str, object], None]
) -> None:
    """Rounds in turn: the work laptop adds preparations and edits one, and pushes; the home
    laptop (same login) edits another and pulls the new ones. Each sync's connection is cut
    by pg_terminate_backend, at any moment or while a push or pull statement runs; then the
    same laptop syncs again, undisturbed."""
    rounds = 100 if SOAK else 16
    work, home, sources = _work_and_home(team)
    server = ServerCheck(team)
    server()
    watcher = Watcher(team, work.login)
    _add_preparations(work, sources, "ijk", NEW_PER_ROUND)
    spans = {"push": 1.3 * _timed(work), "pull": 1.3 * _timed(home)}  # undisturbed
    outcomes: Counter[str] = Counter()
    titles: dict[str, str] = {}
    counterparties: dict[str, str] = {}
    try:
        for number in range(rounds):
            step = "push" if number % 2 == 0 else "pull"
            edited = sources[number % len(sources)].id
            if step == "push":
                laptop = work
                _add_preparations(work, sources, f"ronde {number}", NEW_PER_ROUND)
                titles[edited] = work.edit(edited, title=f"Ronde {number} op het werk").title
            else:
                laptop = home
                changed = home.edit(edited, counterparty=f"Ronde {number} thuis")
                counterparties[edited] = changed.counterparty
            if number % 4 < 2:
                moment = "any moment"
                strike = at_any_moment(rng.uniform(0, spans[step]), watcher.cut)
            else:
                moment = "mid-statement"
                patterns = PUSH if step == "push" else PULL
                delay = rng.uniform(0, 0.05 if step == "push" else 0.01)
                strike = mid_statement(watcher, patterns, delay, watcher.cut)
            outcomes[f"{step} at {moment}: {_sync_through(laptop, strike)}"] += 1
            _file_intact(laptop.workbook.path)
            server()
            assert laptop.sync().waiting == 0  # the next sync completes
            if step == "pull":
                assert home.titles() == work.titles()
    finally:
        watcher.close()
    _report("connection cut", outcomes, record_property)

    work.sync()  # the home laptop's last edit
    mine, theirs = _by_id(work.workbook), _by_id(home.workbook)
    assert mine == theirs
    assert len(mine) == len(sources) + NEW_PER_ROUND * (rounds // 2 + rounds % 2 + 1)
    assert set(mine) == _server_preparations(team, work.login)
    assert {i: mine[i].title for i in titles} == titles
    assert {i: mine[i].counterparty for i in counterparties} == counterparties


def test_a_server_restarted_mid_sync_loses_nothing(
    team: Team, rng: random.Random, record_property: Callable[[str, object], None]
) -> None:
    rounds = 12 if SOAK else 4
    work, home, sources = _work_and_home(team)
    server = ServerCheck(team)
    watcher = Watcher(team, work.login)

    def restart() -> int:
        cut = watcher.connections()  # what the restart cuts (a sync's next ones are refused)
        watcher.close()  # its session goes with the server
        team.cluster.restart()
        watcher.admin = team.cluster.connect(team.database, autocommit=True)
        return cut

    _add_preparations(work, sources, "ijk", NEW_PER_ROUND)
    spans = {"push": 1.3 * _timed(work), "pull": 1.3 * _timed(home)}
    outcomes: Counter[str] = Counter()
    try:
        for number in range(rounds):
            step = "push" if number % 2 == 0 else "pull"
            if step == "push":
                laptop = work
                _add_preparations(work, sources, f"ronde {number}", NEW_PER_ROUND)
            else:
                laptop = home
            if number % 4 < 2:
                moment = "any moment"
                strike = at_any_moment(rng.uniform(0, spans[step]), restart)
            else:
                moment = "mid-statement"
                patterns = PUSH if step == "push" else PULL
                strike = mid_statement(watcher, patterns, rng.uniform(0, 0.03), restart)
            outcomes[f"{step} at {moment}: {_sync_through(laptop, strike)}"] += 1
            assert team.cluster.running()
            _file_intact(laptop.workbook.path)
            server()
            assert laptop.sync().waiting == 0
    finally:
        watcher.close()
    _report("server restarted", outcomes, record_property)
    home.sync()
    assert _by_id(work.workbook) == _by_id(home.workbook)
    assert set(_by_id(work.workbook)) == _server_preparations(team, work.login)


# --- the laptop's process killed --------------------------------------------------------------


def test_a_sync_command_killed_midway_loses_nothing(
    team: Team,
    rng: random.Random,
    tmp_path: Path,
    record_property: Callable[[str, object], None],
) -> None:
    """`nlinkoop sync FILE URL` in a process of its own, SIGKILLed at a random moment of its
    life, or of its time on the server, then run again to the end. Before each round the
    file gets a preparation (to push) and the home laptop (same login, in this process) two
    (to pull)."""
    rounds = 30 if SOAK else 4
    login = team.login("anna")
    path = tmp_path / "anna.db"
    create_example(path)
    with Workbook.open(path, user="Anna") as workbook:
        sources = workbook.load_all()
    home = team.laptop("anna")
    watcher = Watcher(team, login)
    url = f"postgresql://{login}@{team.cluster.host}:{team.cluster.port}/{team.database}"
    env = {
        **os.environ,
        "PGPASSWORD": team.passwords[login],
        "NLINKOOP_DATA_DIR": str(tmp_path / "data"),  # the sync state lives here (paths.py)
        "NLINKOOP_CACHE_DIR": str(tmp_path / "cache"),
        "NLINKOOP_LOG_DIR": str(tmp_path / "log"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",  # never the real keyring
    }
    command = [sys.executable, "-m", "nlinkoop", "sync", str(path), url]

    def run(kill_after: float | None = None, *, connected: bool = False) -> tuple[str, float]:
        """Run the command; SIGKILL it `kill_after` seconds after its start (or after its
        first connection to the server). How it ended, and how long it ran on from its first
        connection."""
        started = time.monotonic()
        seen: float | None = None
        proc = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        try:
            while proc.poll() is None:
                now = time.monotonic()
                if seen is None and watcher.connections():
                    seen = now
                since = seen if connected else started
                if kill_after is not None and since is not None and now - since > kill_after:
                    proc.send_signal(signal.SIGKILL)
                    proc.wait()
                    return "killed", 0.0
                if now - started > 120:
                    raise AssertionError("the sync command hangs")
                time.sleep(0.003)
        finally:
            out, err = proc.communicate()
        assert proc.returncode == 0, err
        assert "synced" in out, out
        return "completed before the kill", time.monotonic() - (seen or started)

    def new_work(number: int) -> None:  # something to pull, and something to push
        _add_preparations(home, sources, f"thuis {number}", 2)
        home.sync()
        with Workbook.open(path, user="Anna") as workbook:
            copy = duplicate(sources[number % len(sources)], title_suffix=f"(werk {number})")
            workbook.save(copy)

    start = time.monotonic()
    _, online = run()  # the first sync, undisturbed: the example goes up
    span = time.monotonic() - start
    outcomes: Counter[str] = Counter()
    left: set[str] = set()  # beside the file after a kill (its lock, say)
    try:
        for number in range(rounds):
            new_work(number)
            if number % 4 == 0:  # mostly while it talks to the server, merges and writes
                outcome, _ = run(rng.uniform(0, span))
                outcomes[f"at any moment: {outcome}"] += 1
            else:
                outcome, _ = run(rng.uniform(0, online), connected=True)
                outcomes[f"once connected: {outcome}"] += 1
            _file_intact(path)  # the file is only ever replaced whole
            left |= {p.name for p in path.parent.iterdir() if p.name.startswith(".~")}
            # The next sync completes, taking over the lock of the killed process (this
            # computer, the process gone); it tells how long a round's sync takes.
            start = time.monotonic()
            _, online = run()
            span = time.monotonic() - start
    finally:
        watcher.close()
    _report("sync command killed", outcomes, record_property)
    working = list((tmp_path / "data").glob("working/*"))  # of killed processes: harmless
    print(f"left beside the file: {sorted(left)}; working copies left: {len(working)}")

    with Workbook.open(path, user="Anna") as workbook:
        in_file = _by_id(workbook)
    assert len(in_file) == len(sources) + 3 * rounds
    assert list((tmp_path / "data" / "teamserver").glob("*.sqlite"))  # the command's state
    assert set(in_file) <= _server_preparations(team, login)  # every one of the file's
    home.sync()
    assert _by_id(home.workbook) == in_file
