"""`-o /dev/null` and `-o /dev/stdout` on the machine's own devices, as root in CI.

Replacing /dev/null with a file breaks every program on the machine, so each test first asks
the code at hand (`atomic_target`) and stops unless it would write straight through. Code from
before `atomic_target` existed cannot even import this module: the old behaviour is shown on the
test's own links and devices in test_output_targets.py.
"""

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from nlinkoop.fileio import atomic_target
from tests.cli.conftest import REPO, run_nlinkoop

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="Linux's /dev and /proc"
)


def writes_straight_through(path: str) -> None:
    """Stop the test unless the code writes to `path` rather than renaming a file over it."""
    if atomic_target(Path(path)) is not None:
        pytest.fail(f"{path} would be replaced by a file; not tried on this machine's own")


@pytest.fixture(scope="module")
def first_id(example_db: Path) -> str:
    listed = run_nlinkoop("list", example_db, "--json")
    return str(json.loads(listed.stdout)[0]["id"])


def test_dev_null_stays_the_null_device(example_db: Path, first_id: str) -> None:
    writes_straight_through("/dev/null")
    before = os.stat("/dev/null")
    for args in (["export-json", example_db], ["briefing", example_db, "--id", first_id]):
        result = run_nlinkoop(*args, "-o", "/dev/null")
        assert result.returncode == 0, result.stderr
        after = os.stat("/dev/null")
        assert stat.S_ISCHR(after.st_mode)
        assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


def test_dev_stdout_into_a_file_writes_that_file(example_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "uit.json"
    with out.open("wb") as handle:
        # Our own standard output is the same kind of thing: a file (pytest captures it).
        writes_straight_through("/dev/stdout")
        inode = os.fstat(handle.fileno()).st_ino
        done = subprocess.run(
            [sys.executable, str(REPO / "main.py"), "export-json", example_db, "-o", "/dev/stdout"],
            stdout=handle,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    assert Path("/dev/stdout").is_symlink()
    assert out.stat().st_ino == inode  # written, not replaced by a new file
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "nlinkoop"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["uit.json"]


def test_dev_stdout_into_a_pipe_reaches_the_reader(example_db: Path, first_id: str) -> None:
    writes_straight_through("/dev/stdout")
    done = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "briefing", example_db, "--id", first_id]
        + ["-o", "/dev/stdout"],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"%PDF-") and done.stdout.rstrip().endswith(b"%%EOF")
    assert done.stderr.decode().startswith("wrote /dev/stdout (1 page")  # not into the PDF
    assert Path("/dev/stdout").is_symlink()
