"""Run the real `nlinkoop` program, in a subprocess or in this process, as a user would."""

import hashlib
import os
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from nlinkoop import __version__
from nlinkoop.cli.main import main
from nlinkoop.store import locks
from nlinkoop.store.locks import LockInfo
from tests.run_program import REPO as REPO  # "as": re-exported, the command tests import both
from tests.run_program import run_nlinkoop as run_nlinkoop


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line_error(result: "subprocess.CompletedProcess[str] | Ran") -> str:
    """The one line a failed command printed on stderr (and it failed, and it was one line)."""
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("nlinkoop")
    return lines[0]


@dataclass(frozen=True)
class Ran:
    """What a command run in this process returned and printed, like a finished subprocess."""

    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Ran]:
    """Run a command in this process (ten times faster than a subprocess); never raises."""

    def run(*args: str | Path) -> Ran:
        capsys.readouterr()
        code = main([str(arg) for arg in args])
        out, err = capsys.readouterr()
        assert "Traceback" not in err, err
        return Ran(code, out, err)

    return run


@pytest.fixture
def nlinkoop() -> Callable[..., subprocess.CompletedProcess[str]]:
    return run_nlinkoop


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One example workbook per test session; tests that change files copy it first."""
    path = tmp_path_factory.mktemp("example") / "voorbeeld.db"
    result = run_nlinkoop("example", path)
    assert result.returncode == 0, result.stderr
    return path


def lock_elsewhere(path: Path, *, user: str, host: str) -> None:
    """The lock file nlinkoop on another computer writes (its pid is alive here too)."""
    info = LockInfo(user, host, os.getpid(), __version__, datetime.now(UTC))
    assert locks.take(path, info)
