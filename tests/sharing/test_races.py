"""Two writers started at the same instant on one file, a few hundred times: nothing reported
as written is ever lost.

Each writer is a forked child with a data folder of its own, as on two computers sharing a
folder. In every round both open the workbook, add one preparation and write back, starting
at the same moment (to a tenth of a millisecond). A writer either writes, or is refused before
it changed anything; every preparation whose writer said "written" must be in the file at the
end, which passes the full check.

Four ways of meeting: both respect the lock as the window does (the second is told who has
the file open) or as a command does (`nlinkoop import-json`: the second waits for the first),
both take the lock over (the window's "take over", or a lock a synced folder copied late), and
both ignore it. Only the write lock held through the replace stands between the last two and a
lost update.

`make soak` runs 1,000 rounds per way instead of 60 (NLINKOOP_SOAK=1, or NLINKOOP_SOAK_ROUNDS).
"""

import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from subprocess import PIPE
from typing import Any

import pytest

from nlinkoop.domain.preparation import Preparation
from nlinkoop.interchange.json_format import dumps
from nlinkoop.paths import DATA_ENV
from nlinkoop.store.document import Document, LockedByOther
from nlinkoop.store.workbook import Workbook, check
from tests.sharing.helpers import Channel, Child, listing, spawn
from tests.store.builders import fixed_id

SOAK = os.environ.get("NLINKOOP_SOAK") == "1"
ROUNDS = int(os.environ.get("NLINKOOP_SOAK_ROUNDS", 1000 if SOAK else 60))
WRITERS = ("anne", "bram")
START_AHEAD = 0.03  # seconds between the parent's "go" and the common start
WAYS: dict[str, dict[str, Any]] = {
    "window": {"lock": "ask"},  # the second is told who has it open
    "command": {"lock": "ask", "command": True},  # the second waits for the first
    "take_over": {"lock": "take_over"},
    "ignore": {"lock": "ignore"},
}


def prep_id(round_: int, me: str) -> str:
    return fixed_id(f"race/{round_}/{me}")


def write(path: Path, me: str, way: str, channel: Channel) -> None:
    """The child: on each "go", wait for the common instant, then add my preparation."""
    os.environ[DATA_ENV] = str(path.parent.parent / f"data-{me}")  # my own computer
    while True:
        turn = channel.receive()
        if turn["kind"] == "stop":
            return
        round_ = turn["round"]
        while time.monotonic() < turn["at"]:
            pass  # a busy wait: both children start within a few microseconds
        try:
            document = Document.open(path, user=me, **WAYS[way])
        except LockedByOther:
            channel.send("done", round=round_, written=False)
            continue
        held_from = time.monotonic()  # the lock is ours from before this moment ...
        try:
            prep = Preparation(title=f"{me} ronde {round_}", id=prep_id(round_, me))
            document.workbook.save(prep)
            written = document.write_back().written
        finally:
            held_to = time.monotonic()  # ... to after this one (one clock for all processes)
            document.close()
        channel.send("done", round=round_, written=written, held=[held_from, held_to])


@pytest.mark.parametrize("way", WAYS)
def test_two_writers_at_the_same_instant_lose_nothing(tmp_path: Path, way: str) -> None:
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    path = folder / "werkboek.db"
    Workbook.create(path, user="builder").close()
    children: dict[str, Child] = {
        me: spawn(lambda channel, me=me: write(path, me, way, channel)) for me in WRITERS
    }
    reported: list[str] = []  # the preparations a writer said were written
    outcomes: Counter[str] = Counter()
    overlaps = 0  # rounds in which both held the lock at the same time
    try:
        for round_ in range(ROUNDS):
            at = time.monotonic() + START_AHEAD
            for child in children.values():
                child.send("go", round=round_, at=at)
            done = {me: child.wait_for("done") for me, child in children.items()}
            for me, message in done.items():
                if message["written"]:
                    reported.append(prep_id(round_, me))
            outcomes[" + ".join(sorted(me for me in done if done[me]["written"])) or "none"] += 1
            if all(message["written"] for message in done.values()):
                (a_from, a_to), (b_from, b_to) = (message["held"] for message in done.values())
                overlaps += a_from < b_to and b_from < a_to
        for child in children.values():
            child.send("stop")
            child.finish()
    finally:
        for child in children.values():
            child.discard()
    check(path)
    with Workbook.open(path, user="reader") as workbook:
        stored = {summary.id for summary in workbook.list_preparations()}
    lost = [found for found in reported if found not in stored]
    print(f"\n{way}: {ROUNDS} rounds, {dict(outcomes)}, {len(reported)} written, {len(lost)} lost,")
    print(f"both held the lock at once in {overlaps} rounds")
    assert lost == []
    assert outcomes["none"] == 0  # every round, at least one of the two wrote
    if way == "window":  # both may write, one after the other, but never hold it together
        assert overlaps == 0
    else:
        assert len(reported) == 2 * ROUNDS  # without a refusal, everyone's preparation is in
    assert listing(folder) == ["werkboek.db"]  # no lock, write lock or temp file left


# Two real `nlinkoop import-json` processes: each imports everything first (0.3 s of start-up
# that would spread them apart), then waits for the common instant and runs the command.
AT_INSTANT = """
import sys, time
from nlinkoop.cli.main import main
import nlinkoop.cli.commands, nlinkoop.cli.sharing, nlinkoop.store.document
import nlinkoop.interchange.json_format
at = float(sys.argv[1])
while time.time() < at:
    pass
sys.exit(main(sys.argv[2:]))
"""
CLI_ROUNDS = int(os.environ.get("NLINKOOP_SOAK_ROUNDS", 200 if SOAK else 12))


def test_two_imports_started_together_both_land(tmp_path: Path) -> None:
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    path = folder / "werkboek.db"
    Workbook.create(path, user="builder").close()
    expected: set[str] = set()
    for round_ in range(CLI_ROUNDS):
        runs = []
        at = time.time() + 1.0  # after both have started and imported
        for me in WRITERS:
            prep = Preparation(title=f"{me} ronde {round_}", id=prep_id(round_, me))
            source = tmp_path / f"{me}.json"
            source.write_text(dumps([prep], []), encoding="utf-8")
            env = os.environ | {DATA_ENV: str(tmp_path / f"data-{me}")}
            command = [sys.executable, "-c", AT_INSTANT, str(at), "import-json", path, source]
            runs.append(subprocess.Popen(command, env=env, stdout=PIPE, stderr=PIPE, text=True))
            expected.add(prep.id)
        for run in runs:
            out, err = run.communicate(timeout=120)
            assert run.returncode == 0, err
            assert out.startswith("imported 1 preparation(s)"), out
    check(path)
    with Workbook.open(path, user="reader") as workbook:
        assert {summary.id for summary in workbook.list_preparations()} == expected
    assert listing(folder) == ["werkboek.db"]
