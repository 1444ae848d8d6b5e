"""`nlinkoop briefing` starts with only what it needs: no Qt, no JSON schema, no migrations."""

import subprocess
import sys
from pathlib import Path

from nlinkoop.examples import create_example
from tests.cli.conftest import REPO

PROBE = """
import sys
from nlinkoop.app import run
code = run(["briefing", sys.argv[1], "--all", "-o", sys.argv[2]])
loaded = sorted({name.split(".")[0] for name in sys.modules})
print(code, " ".join(loaded))
"""


def test_the_briefing_command_loads_no_qt_jsonschema_or_alembic(tmp_path: Path) -> None:
    workbook = tmp_path / "voorbeeld.db"
    create_example(workbook)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(workbook), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    code, _, modules = result.stdout.strip().splitlines()[-1].partition(" ")
    assert code == "0"
    assert {"reportlab", "sqlalchemy"} <= set(modules.split())  # the probe sees imports
    assert not {"PySide6", "shiboken6", "jsonschema", "alembic"} & set(modules.split())
    assert list((tmp_path / "out").glob("*.pdf"))
