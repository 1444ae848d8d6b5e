"""`nlinkoop FILE.db --smoke` starts the real window in a real process and closes it again."""

import os
import subprocess
import sys
from pathlib import Path

from nlinkoop.examples import create_example

REPO = Path(__file__).resolve().parents[2]


def start(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *map(str, args), "--smoke"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_the_window_starts_on_a_workbook_and_closes(tmp_path: Path) -> None:
    path = tmp_path / "voorbeeld.db"
    create_example(path)
    result = start(path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["voorbeeld.db"]


def test_with_the_preview_shown_smoke_mode_waits_for_its_page(tmp_path: Path) -> None:
    path = tmp_path / "voorbeeld.db"
    create_example(path)
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "nlinkoop.ini").write_text("[window]\nbriefing_preview=true\n")
    own = {"NLINKOOP_CONFIG_DIR": str(tmp_path / "config")}
    result = start(path, env=own)
    assert result.returncode == 0, result.stderr
    width = int(result.stdout.split("preview: ", 1)[1].split()[0])
    assert width > 200

    # Without PDFium (as a bundle that lost it) the page cannot be drawn: smoke mode fails.
    (tmp_path / "broken" / "pypdfium2").mkdir(parents=True)
    (tmp_path / "broken" / "pypdfium2" / "__init__.py").write_text("raise ImportError('gone')\n")
    own["PYTHONPATH"] = str(tmp_path / "broken")
    result = start(path, env=own)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("nlinkoop: preview: ")
    assert result.stderr.strip().endswith("(ImportError)")


def test_a_refused_workbook_is_one_line_in_smoke_mode(tmp_path: Path) -> None:
    path = tmp_path / "leeg.db"
    path.touch()
    result = start(path)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].endswith("empty file, not a workbook")
    assert "Traceback" not in result.stderr


def test_without_a_file_the_example_opens_then_the_last_file(tmp_path: Path) -> None:
    own = {"NLINKOOP_DATA_DIR": str(tmp_path / "data"), "NLINKOOP_CONFIG_DIR": str(tmp_path)}
    assert start(env=own).returncode == 0
    example = tmp_path / "data" / "Voorbeeld.db"
    assert example.is_file()
    other = tmp_path / "ander.db"
    create_example(other)
    assert start(other, env=own).returncode == 0
    example.unlink()
    assert start(env=own).returncode == 0  # opens the last file, not a new example
    assert not example.exists()


def test_the_window_starts_without_what_it_does_not_show(tmp_path: Path) -> None:
    """No briefing (reportlab, PDFium), JSON schema, migrations or ORM before the first window."""
    path = tmp_path / "voorbeeld.db"
    create_example(path)
    result = start(path, env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert result.returncode == 0, result.stderr
    loaded = {
        line.rsplit("|", 1)[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert {"PySide6.QtWidgets", "sqlalchemy"} <= loaded  # the probe sees the imports
    unwanted = {"reportlab", "jsonschema", "alembic", "sqlalchemy.orm", "pypdf", "pypdfium2"}
    assert not unwanted & loaded
