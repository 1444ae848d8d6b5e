"""The installed PySide6 keeps `None` alive through void Qt calls (6.12.0 on Python 3.11 did not).

See docs/dependencies.md: this test is what decides whether a new PySide6 may replace the pin.
The probe is `nlinkoop.qt_guard`, the same code `nlinkoop --gui-walk --guard` runs in the bundle.
"""

import os
import subprocess
import sys
from pathlib import Path

from nlinkoop import qt_guard

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 120


def test_void_qt_calls_do_not_drop_references_to_none() -> None:
    # In a process of its own: the broken build aborts the process with none_dealloc.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-m", "nlinkoop.qt_guard"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    lines = done.stdout.splitlines()
    drifts = {
        kind: int(n)
        for kind, _, n in (line.rpartition(" ") for line in lines)
        if kind and n.lstrip("-").isdigit()
    }
    fell = qt_guard.harmful(drifts)  # n > 0: caches; n < 0 matters only before Python 3.12
    ended = f"exit {done.returncode}, {done.stderr.strip()[-600:]}"
    assert not fell, f"{qt_guard.build()}: getrefcount(None) fell: {fell} ({ended})"
    assert done.returncode == 0 and lines[-1:] == ["done"], (
        f"{qt_guard.build()}: {ended}\n{done.stdout}"
    )
    assert len(drifts) == qt_guard.KINDS
