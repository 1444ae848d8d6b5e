import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from nlinkoop.ui.settings import MAX_RECENT, Preferences


def prefs(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))


def test_defaults(tmp_path: Path) -> None:
    p = prefs(tmp_path)
    assert p.language == "nl"
    assert p.user_name == ""
    assert p.recent_files == []
    assert p.geometry.isEmpty()


def test_recent_files_put_the_newest_first_without_duplicates(tmp_path: Path) -> None:
    p = prefs(tmp_path)
    for name in ["a.db", "b.db", "a.db"]:
        p.add_recent(tmp_path / name)
    assert p.recent_files == [str(tmp_path / "a.db"), str(tmp_path / "b.db")]
    assert p.last_file == str(tmp_path / "a.db")
    for n in range(MAX_RECENT + 3):
        p.add_recent(tmp_path / f"{n}.db")
    assert len(p.recent_files) == MAX_RECENT


def test_values_survive_a_fresh_process(tmp_path: Path) -> None:
    """INI values come back as strings in a new process; the typed reads must cope."""
    p = prefs(tmp_path)
    p.add_recent(tmp_path / "only.db")  # a one-item list reads back as a plain string
    p.language = "en"
    p.user_name = " Sanne "
    p.geometry = QByteArray(b"\x01\x02")
    p.set_folder("json", str(tmp_path))
    p.sync()
    code = (
        "import sys; from pathlib import Path; from PySide6.QtCore import QSettings;"
        "from nlinkoop.ui.settings import Preferences;"
        "p = Preferences(QSettings(sys.argv[1], QSettings.Format.IniFormat));"
        "print(p.recent_files, p.language, p.user_name, bytes(p.geometry.data()));"
        "print(p.folder('json'), repr(p.folder('workbooks')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "p.ini")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    raw = repr(b"\x01\x02")
    assert out == f"[{str(tmp_path / 'only.db')!r}] en Sanne {raw}\n{tmp_path} ''"
