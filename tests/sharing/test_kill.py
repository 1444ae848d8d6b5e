"""kill -9 at random moments while a child process edits and writes back, in a loop.

After every kill the user's file must be exactly a version that was written (the last one
acknowledged, or the one whose write-back finished just before the kill), pass the full check,
and have nothing beside it but its lock and the killed process's temp files; the next normal
open clears those at once. Edits that reached the working copy but not the file must be offered
for recovery. `make soak` runs 2,000 rounds instead of 200 (NLINKOOP_SOAK=1);
NLINKOOP_SOAK_SEED picks other kill moments, NLINKOOP_SOAK_ROUNDS a count.
"""

import fnmatch
import os
import random
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from nlinkoop.domain.common import TextItem
from nlinkoop.domain.preparation import Preparation
from nlinkoop.paths import DATA_ENV
from nlinkoop.store.document import Document, pending_recoveries
from nlinkoop.store.workbook import Workbook, check
from tests.sharing.helpers import Channel, ChildError, listing, read_preparation, sha256, spawn
from tests.store.builders import fixed_id

SOAK = os.environ.get("NLINKOOP_SOAK") == "1"
ROUNDS = int(os.environ.get("NLINKOOP_SOAK_ROUNDS", 2000 if SOAK else 200))
SEED = int(os.environ.get("NLINKOOP_SOAK_SEED", "7"))
USER = "kill"
PREP_ID = fixed_id("kill/preparation")


def filler(n: int) -> str:
    """Version n's long text: its length varies, so versions differ in size (1 to ~9 pages)."""
    return f"versie {n} " * (1 + n * 7919 % 3000)


def make_version(prep: Preparation, n: int) -> None:
    """Give `prep` the content of version n: a counter, a long text and 0-3 red lines."""
    prep.title = f"teller {n}"
    prep.opening.come_to_do = filler(n)
    prep.checklist.red_lines = [
        TextItem(f"rode lijn {k} van versie {n}", fixed_id(f"kill/red/{k}")) for k in range(n % 4)
    ]


def version_of(prep: Preparation) -> int:
    return int(prep.title.removeprefix("teller "))


def assert_is_version(path: Path, n: int) -> None:
    prep = read_preparation(path, PREP_ID)
    expected = Preparation(id=PREP_ID)
    make_version(expected, n)
    assert (prep.title, prep.opening.come_to_do) == (expected.title, expected.opening.come_to_do)
    assert [(r.id, r.text) for r in prep.checklist.red_lines] == [
        (r.id, r.text) for r in expected.checklist.red_lines
    ]


def edit_until_killed(path: Path, channel: Channel) -> None:
    """The child: edit, save to the working copy, write back, acknowledge; forever."""
    document = Document.open(path, user=USER, lock="ask")
    prep = document.workbook.load(PREP_ID)
    n = version_of(prep)
    channel.send("opened", n=n)
    while True:
        n += 1
        make_version(prep, n)
        document.workbook.save(prep)
        channel.send("edited", n=n)
        result = document.write_back()
        if not result.written:
            raise AssertionError(f"write_back of version {n} wrote nothing: {result}")
        channel.send("written", n=n, sha=sha256(path))


def allowed_beside(name: str, workbook: str) -> bool:
    """What may be beside the workbook right after a kill: its lock and write lock, and the
    killed process's temporary files (the target of VACUUM INTO, with its journal if the kill
    came during the VACUUM, or a lock file's), which the next open clears."""
    lock, write_lock = f".~lock.{workbook}#", f".~writing.{workbook}#"
    temps = (".nlinkoop-*.tmp", ".nlinkoop-*.tmp-journal")
    return name in (workbook, lock, write_lock) or any(fnmatch.fnmatch(name, t) for t in temps)


def assert_the_next_open_clears_up(path: Path, where: str) -> None:
    """Open the file as the user would next: nothing beside it but its lock, then nothing."""
    lock = f".~lock.{path.name}#"
    with Document.open(path, user=USER, lock="ask"):  # the killed child's lock is stale
        assert listing(path.parent) == sorted([path.name, lock]), where
    assert listing(path.parent) == [path.name], where


def run_cli_check(path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "nlinkoop", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, (done.stdout, done.stderr)


def test_kill_during_write_back_never_damages_or_loses_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    path = folder / "werkboek.db"
    prep = Preparation(counterparty="Schoon & Co", id=PREP_ID)  # small: saves stay quick
    make_version(prep, 0)
    with Workbook.create(path, user=USER) as workbook:
        workbook.save(prep)
    acknowledged = {sha256(path): 0}  # every version a child said it wrote, by content
    in_file = 0
    rng = random.Random(SEED)
    cycle = 0.1  # seconds from opening to the first write-back, measured every 10th round
    stats: Counter[str] = Counter()
    seconds: Counter[str] = Counter()
    saved_env = os.environ.get(DATA_ENV)
    try:
        for round_ in range(ROUNDS):
            data = tmp_path / "data" / str(round_)
            os.environ[DATA_ENV] = str(data)  # a fresh data folder: recoveries are this round's
            where = f"round {round_} (seed {SEED})"
            started = time.monotonic()
            child = spawn(lambda channel: edit_until_killed(path, channel))
            try:
                if round_ % 10 == 0:  # measure how long the first edit and write-back take
                    opened_at = child.wait_for("opened")["at"]
                    cycle = 0.7 * cycle + 0.3 * (child.wait_for("written")["at"] - opened_at)
                    child.collect(rng.uniform(0, cycle))
                elif rng.random() < 0.15:  # now and then while it opens the file
                    child.collect(rng.uniform(0, 0.03))
                else:  # mostly during the first edit and write-back, at times the second
                    child.wait_for("opened")
                    child.collect(rng.uniform(0, 1.6 * cycle))
                child.kill()
                checking = time.monotonic()
            except ChildError as failure:
                raise AssertionError(f"{where}: {failure}") from None
            written = child.of_kind("written")
            edited = child.of_kind("edited")
            for message in written:
                acknowledged[message["sha"]] = message["n"]
            last_written = written[-1]["n"] if written else in_file

            names = listing(folder)
            assert all(allowed_beside(n, path.name) for n in names), (where, names)
            stats["kills that left temp files"] += any(n.startswith(".nlinkoop-") for n in names)
            check(path)  # raises if the file is not a sound workbook
            digest = sha256(path)
            if digest in acknowledged:
                found = acknowledged[digest]
                assert found == last_written, f"{where}: file holds {found}, {last_written} acked"
                stats["acknowledged version"] += 1
            else:  # its write-back finished, the acknowledgement did not
                assert_is_version(path, last_written + 1)
                found = last_written + 1
                stats["unacknowledged newer version"] += 1

            recoveries = [r for r in pending_recoveries() if r.path.resolve() == path.resolve()]
            last_edit = edited[-1]["n"] if edited else None
            if last_edit is not None and last_edit > found:
                assert recoveries, f"{where}: edit {last_edit} in the working copy, not offered"
                stats["recovery needed"] += 1
            assert len(recoveries) <= 1, (where, recoveries)
            if recoveries and round_ % 5 == 0:
                restored = recoveries[0].restore(user=USER)
                restored.close()
                check(path)
                after = read_preparation(path, PREP_ID)
                if last_edit is not None and last_edit > found:
                    assert version_of(after) == last_edit, f"{where}: restore lost {last_edit}"
                assert version_of(after) in (found, found + 1), where
                assert_is_version(path, version_of(after))
                found = version_of(after)
                stats["restored"] += 1
            else:
                for recovery in recoveries:
                    recovery.discard()
            assert not [r for r in pending_recoveries() if r.path.resolve() == path.resolve()]
            assert_the_next_open_clears_up(path, where)
            in_file = found
            acknowledged[sha256(path)] = found
            stats[f"{min(len(written), 3)}+ write-backs before the kill"] += 1
            shutil.rmtree(data, ignore_errors=True)
            seconds["child"] += checking - started
            seconds["checks"] += time.monotonic() - checking
    finally:
        if saved_env is None:
            os.environ.pop(DATA_ENV, None)
        else:
            os.environ[DATA_ENV] = saved_env
    run_cli_check(path)
    assert in_file > 0
    print(f"\n{ROUNDS} kills, seed {SEED}: {dict(sorted(stats.items()))}")
    spent = {k: round(v, 1) for k, v in seconds.items()}
    print(f"seconds: {spent}, cycle {cycle:.3f} s")
