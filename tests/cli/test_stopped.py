"""A command stopped by SIGTERM or SIGHUP (a log-off, a shutdown) cleans up as after an error:
its lock and temporary files go, and the workbook is its old or its new version."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.generate import Generator
from nlinkoop.interchange import FORMAT_VERSION
from nlinkoop.store import locks
from nlinkoop.store.workbook import Workbook, check
from tests.cli.conftest import REPO, run_nlinkoop, sha256

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM or SIGHUP there")

PREPARATIONS = 120  # enough that the command holds the lock for a good while
SIGNALS = [pytest.param(signal.SIGTERM, id="SIGTERM"), pytest.param(signal.SIGHUP, id="SIGHUP")]


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSON export of many realistic preparations (as `make bench` makes them)."""
    preparations, profiles = Generator(seed=16).documents(PREPARATIONS)
    doc = {"format": "nlinkoop", "format_version": FORMAT_VERSION}
    doc |= {"preparations": preparations, "profiles": profiles}
    path = tmp_path_factory.mktemp("json") / "veel.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory, many: Path) -> Path:
    """A workbook with all of them."""
    path = tmp_path_factory.mktemp("big") / "groot.db"
    assert run_nlinkoop("new", path).returncode == 0
    assert run_nlinkoop("import-json", path, many).returncode == 0
    return path


def stop_while_locked(
    workbook: Path, number: int, *args: str | Path
) -> subprocess.CompletedProcess[str]:
    """Run `nlinkoop ARGS`; once it holds the lock of `workbook`, send it the signal."""
    process = subprocess.Popen(
        [sys.executable, str(REPO / "main.py"), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )

    def holds_lock() -> bool:
        found = locks.read_lock(workbook)  # written whole (taking it is the lock's own business)
        return found is not None and found.pid == process.pid

    deadline = time.monotonic() + 60
    while not holds_lock() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.0005)
    os.kill(process.pid, signal.SIGSTOP)  # held still: the lock cannot go meanwhile
    held = holds_lock()
    os.kill(process.pid, number)
    os.kill(process.pid, signal.SIGCONT)
    out, err = process.communicate(timeout=60)
    assert held, f"the command never held the lock: {out} {err}"
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def assert_stopped_cleanly(result: subprocess.CompletedProcess[str], number: int) -> None:
    name = signal.Signals(number).name
    assert result.returncode == 128 + number, result.stderr
    assert result.stderr.strip() == f"nlinkoop: stopped by {name}"


@pytest.mark.parametrize("number", SIGNALS)
def test_an_import_stopped_by_a_signal_leaves_no_lock(
    tmp_path: Path, example_db: Path, many: Path, number: int
) -> None:
    path = tmp_path / "werkboek.db"
    path.write_bytes(example_db.read_bytes())
    before = sha256(path)
    result = stop_while_locked(path, number, "import-json", path, many)
    assert_stopped_cleanly(result, number)
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no lock, no temp file
    check(path)
    with Workbook.open(path) as workbook:
        count = len(workbook.list_preparations())
    assert (sha256(path), count) == (before, 3) or count == 3 + PREPARATIONS  # old or new


def test_a_merge_stopped_by_a_signal_leaves_no_lock(tmp_path: Path, big: Path) -> None:
    into = tmp_path / "werkboek.db"
    assert run_nlinkoop("example", into).returncode == 0
    before = sha256(into)
    result = stop_while_locked(into, signal.SIGTERM, "merge", big, into)
    assert_stopped_cleanly(result, signal.SIGTERM)
    assert sorted(p.name for p in tmp_path.iterdir()) == [into.name]
    check(into)
    with Workbook.open(into) as workbook:
        count = len(workbook.list_preparations())
    assert (sha256(into), count) == (before, 3) or count == 3 + PREPARATIONS
