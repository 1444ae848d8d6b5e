"""`nlinkoop --gui-walk --guard` run from source as a real process, as the bundle's smoke test does.

The walk's own folders (settings, working copies, caches) are left to it: the test removes the
test run's NLINKOOP_* folders from its environment, so the walk must keep to its temporary one.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from nlinkoop.app import run
from nlinkoop.store.workbook import Workbook

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 120
COLLEAGUE = "Changed by a colleague"


def walk_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, NLINKOOP_LOG_DIR=str(tmp_path / "logs"))  # offscreen or xcb (test-xvfb)
    for name in ("NLINKOOP_CONFIG_DIR", "NLINKOOP_DATA_DIR", "NLINKOOP_CACHE_DIR"):
        env.pop(name)
    env["TMPDIR"] = str(tmp_path)  # where the walk makes its folder, to see that it goes
    return env


def walk(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "main.py", "--gui-walk", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_the_walk_and_the_guard_pass_from_source(tmp_path: Path) -> None:
    done = walk("--guard", env=walk_env(tmp_path))
    out, err = done.communicate(timeout=TIMEOUT_S)
    lines = out.splitlines()
    assert done.returncode == 0, f"exit {done.returncode}\n{out}{err}"
    assert "Traceback" not in out + err
    steps = [line for line in lines if line.startswith("ok: ")]
    assert len(steps) == 9, out  # Qt, the guard, the example, the window and five more
    assert any("None's count" in line for line in steps), out
    assert sum(line.startswith("guard: ") for line in lines) == 19, out
    assert lines[-1] == "gui-walk: passed"
    assert not [line for line in lines if not line.startswith(("ok: ", "guard: ", "gui-walk"))]
    assert not list(tmp_path.glob("nlinkoop-walk-*"))  # its folder (settings too) is gone


def test_the_walk_fails_in_one_line_when_a_colleague_changes_the_title_meanwhile(
    tmp_path: Path,
) -> None:
    """A change to the same title in the file while the walk types: it cannot pass.

    The window asks how to merge (a dialog nobody answers in the walk), or, if the change came
    too late for that, the file holds the colleague's title, not the typed one.
    """
    done = walk(env=walk_env(tmp_path))
    assert done.stdout is not None
    lines, workbook = [], None
    for line in done.stdout:
        lines.append(line.rstrip("\n"))
        if "a fresh example workbook" in line:
            workbook = Path(line.rsplit(": ", 1)[1].strip())
        if line.startswith("ok: typed a new title") and workbook is not None:
            with Workbook.open(workbook) as colleague:
                shown = colleague.list_preparations()[0]  # the window shows the newest first
                prep = colleague.load(shown.id)
                prep.title = COLLEAGUE
                colleague.save(prep)
    _, err = done.communicate(timeout=TIMEOUT_S)
    failed = [line for line in lines if line.startswith("FAILED: ")]
    assert done.returncode == 1, "\n".join(lines)
    assert len(failed) == 1 and failed[0] == lines[-1], "\n".join(lines)
    assert "MergeDialog came up" in failed[0] or COLLEAGUE in failed[0], failed[0]
    assert "Traceback" not in err
    assert workbook is not None and not workbook.parent.exists()  # cleaned up after a failure


def test_the_walk_fails_in_one_line_when_nlinkoop_cannot_make_its_working_copy(
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    env = dict(walk_env(tmp_path), NLINKOOP_DATA_DIR=str(blocker / "data"))
    done = walk(env=env)
    out, err = done.communicate(timeout=TIMEOUT_S)
    lines = out.splitlines()
    assert done.returncode == 1, out
    assert lines[-1].startswith("FAILED: showing the window: WorkbookUnavailable"), out
    assert sum(line.startswith("FAILED") for line in lines) == 1
    assert "Traceback" not in err


@pytest.mark.parametrize("args", [["--gui-walk", "--guards"], ["--gui-walk", "x.db"]])
def test_the_walk_refuses_other_arguments(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(args) == 2
    assert capsys.readouterr().err.startswith(f"nlinkoop: unknown argument {args[1]}; usage:")
