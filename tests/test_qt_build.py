"""The installed PySide6 keeps `None` alive through void Qt calls (6.12.0 on Python 3.11 did not).

See docs/dependencies.md: this test is what decides whether a new PySide6 may replace the pin.
"""

import os
import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
PROBE = Path(__file__).with_name("qt_void_calls.py")
TIMEOUT_S = 120
# From 3.12 None is immortal: the interpreter no longer counts its references, but PySide6's
# stable-ABI code still does, so the count drifts without meaning anything (6.11.3 painting a
# widget on 3.12: -53 in 100 paints, harmless). There the calls must only run to the end.
NONE_IS_COUNTED = sys.version_info < (3, 12)


def test_void_qt_calls_do_not_drop_references_to_none() -> None:
    # In a process of its own: the broken build aborts the process with none_dealloc.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, str(PROBE)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    lines = done.stdout.splitlines()
    drifts = {
        kind: int(n) for kind, _, n in (line.rpartition(" ") for line in lines if " " in line)
    }
    fell = {kind: n for kind, n in drifts.items() if n < 0 and NONE_IS_COUNTED}  # n > 0: caches
    build = f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]}"
    ended = f"exit {done.returncode}, {done.stderr.strip()[-600:]}"
    assert not fell, f"{build}: getrefcount(None) fell: {fell} ({ended})"
    assert done.returncode == 0 and lines[-1:] == ["done"], f"{build}: {ended}\n{done.stdout}"
    assert len(drifts) >= 15
