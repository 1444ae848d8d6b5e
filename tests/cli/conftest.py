"""Run the real `nlinkoop` program in a subprocess, as a user or a script would."""

import hashlib
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_nlinkoop(*args: str | Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python main.py ARGS` and return what it printed; never raises on failure."""
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


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
