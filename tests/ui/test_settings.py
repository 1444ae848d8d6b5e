import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from nlinkoop.ui.settings import MAX_FORMER_NAMES, MAX_RECENT, Preferences


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


def read_in_a_fresh_process(tmp_path: Path, show: str) -> str:
    """What `show` prints of the preferences in tmp_path/p.ini, read by a new Python (`p`)."""
    code = (
        "import sys; from PySide6.QtCore import QSettings;"
        "from nlinkoop.ui.settings import Preferences;"
        "p = Preferences(QSettings(sys.argv[1], QSettings.Format.IniFormat));" + show
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "p.ini")],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def test_values_survive_a_fresh_process(tmp_path: Path) -> None:
    """INI values come back as strings in a new process; the typed reads must cope."""
    p = prefs(tmp_path)
    p.add_recent(tmp_path / "only.db")  # a one-item list reads back as a plain string
    p.language = "en"
    p.user_name = " Sanne "
    p.geometry = QByteArray(b"\x01\x02")
    p.set_folder("json", str(tmp_path))
    p.sync()
    out = read_in_a_fresh_process(
        tmp_path,
        "print(p.recent_files, p.language, p.user_name, bytes(p.geometry.data()));"
        "print(p.folder('json'), repr(p.folder('workbooks')))",
    )
    raw = repr(b"\x01\x02")
    assert out == f"[{str(tmp_path / 'only.db')!r}] en Sanne {raw}\n{tmp_path} ''"


def test_name_organisation_and_former_names_survive_a_fresh_process(tmp_path: Path) -> None:
    p = prefs(tmp_path)
    assert (p.organisation, p.former_names) == ("", [])
    p.user_name = "Jan"
    p.user_name = " jan "  # the same name in other letters is no rename
    assert p.former_names == []
    p.remember_identity("Jan de Vries", " Gemeente Waalmeer ")  # one former name: one string
    out = read_in_a_fresh_process(
        tmp_path, "print(repr((p.user_name, p.organisation, p.former_names)))"
    )
    assert out == repr(("Jan de Vries", "Gemeente Waalmeer", ["jan"]))


def test_former_names_keep_the_newest_few(tmp_path: Path) -> None:
    p = prefs(tmp_path)
    for n in range(MAX_FORMER_NAMES + 3):
        p.user_name = f"Naam {n}"
    former = p.former_names
    assert len(former) == MAX_FORMER_NAMES and former[0] == f"Naam {MAX_FORMER_NAMES + 1}"
    p.user_name = former[-1]  # back to an old name: it is the name now, not a former one
    assert p.former_names[0] == f"Naam {MAX_FORMER_NAMES + 2}"
    assert former[-1] not in p.former_names
