"""The committed .qm is what `pyside6-lrelease` makes of the .ts: a wheel ships it as it is."""

import shutil
import subprocess
import sys
from pathlib import Path

from nlinkoop.resources import resource_path


def test_the_committed_qm_matches_the_ts(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None, "pyside6-lrelease is installed with PySide6"
    fresh = tmp_path / "nlinkoop_nl.qm"
    ts = resource_path("i18n/nlinkoop_nl.ts")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True, timeout=60)

    committed = resource_path("i18n/nlinkoop_nl.qm")
    assert committed.read_bytes() == fresh.read_bytes(), (
        "resources/i18n/nlinkoop_nl.qm is older than the .ts: run `make i18n` and commit it"
    )
