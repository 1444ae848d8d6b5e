"""Run the real `nlinkoop` program in a subprocess, as a user, a script or IT would."""

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run_nlinkoop(
    *args: str | Path, stdin: str | None = None, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python main.py ARGS` and return what it printed; never raises on failure.

    Args:
        args: the command line after `nlinkoop`.
        stdin: what to type on standard input (a password, a JSON document).
        env: the whole environment of the program (a data folder, PGPASSWORD); None for ours.
    """
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        env=env,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result
