"""Windows paths on Linux: where our own folders go, and how long a workbook's name may be.

The data folder is `%LOCALAPPDATA%\\nlinkoop`, as the installer's uninstaller and
installer/README.md promise (it stays when nlinkoop is removed). platformdirs asks the Windows
shell for LOCALAPPDATA; Linux has no shell API, so these tests stand its environment resolver
in for it (the same answer on a normal Windows account) and check our part: the local folder,
never the roaming one, no author folder, `Logs` and `Cache` inside, and our overrides first.
"""

import os
from pathlib import Path, PureWindowsPath

import platformdirs
import platformdirs.windows
import pytest

from nlinkoop import fileio, paths
from nlinkoop.fileio import NAME_MAX, ROOM, fsync_folder, name_length
from nlinkoop.store import names
from nlinkoop.store.errors import Reason, WorkbookUnavailable
from nlinkoop.store.names import check_name, longest_name
from tests.other_systems.windows import windows_os

USERS = [
    r"C:\Users\anne\AppData\Local",
    r"C:\Users\Zoë van der Berg-IJsselstein\AppData\Local",  # spaces, é, ĳ-country names
    r"C:\Users\Łukasz Żółć\AppData\Local",  # outside the ANSI code page
    r"D:\Profielen\j.de.vries (Gemeente)\AppData\Local",  # a redirected profile
]


@pytest.fixture
def on_windows(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """platformdirs as on Windows, reading LOCALAPPDATA; our own overrides unset."""
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    # The resolver platformdirs picked at import (_RESOLVE_WIN_FOLDER; older ones: get_win_folder).
    picked = "_RESOLVE_WIN_FOLDER" if hasattr(platformdirs.windows, "_RESOLVE_WIN_FOLDER") else None
    from_env = platformdirs.windows.get_win_folder_from_env_vars
    monkeypatch.setattr(platformdirs.windows, picked or "get_win_folder", from_env)
    for env in (paths.DATA_ENV, paths.CACHE_ENV, paths.LOG_ENV):
        monkeypatch.delenv(env, raising=False)
    monkeypatch.setenv("APPDATA", r"C:\Users\anne\AppData\Roaming")
    return monkeypatch


def windows(path: Path) -> PureWindowsPath:
    return PureWindowsPath(str(path))  # platformdirs joined with "/" here, with "\\" on Windows


@pytest.mark.parametrize("local", USERS)
def test_our_folders_are_under_localappdata_never_roaming(
    on_windows: pytest.MonkeyPatch, local: str
) -> None:
    on_windows.setenv("LOCALAPPDATA", local)
    assert windows(paths.data_dir()) == PureWindowsPath(local, "nlinkoop")
    assert windows(paths.cache_dir()) == PureWindowsPath(local, "nlinkoop", "Cache")
    assert windows(paths.log_dir()) == PureWindowsPath(local, "nlinkoop", "Logs")
    # The working copies are large and this computer's own: a roaming profile must not copy them.
    assert "Roaming" not in str(paths.data_dir())


def test_our_overrides_win_over_localappdata(
    on_windows: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    on_windows.setenv("LOCALAPPDATA", USERS[1])
    on_windows.setenv(paths.DATA_ENV, str(tmp_path / "data"))
    on_windows.setenv(paths.LOG_ENV, "")  # empty is unset, not the current folder
    assert paths.data_dir() == tmp_path / "data"
    assert windows(paths.log_dir()) == PureWindowsPath(USERS[1], "nlinkoop", "Logs")


def test_without_localappdata_we_get_no_folder_of_the_current_directory(
    on_windows: pytest.MonkeyPatch,
) -> None:
    # Only the environment resolver reads LOCALAPPDATA (real Windows asks the shell); unset, it
    # refuses rather than handing back a relative "nlinkoop" in whatever folder we started in.
    on_windows.delenv("LOCALAPPDATA", raising=False)
    with pytest.raises(ValueError, match="LOCALAPPDATA"):
        paths.data_dir()


# --- how long a name may be -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "units", "posix_bytes"),
    [
        ("deal.db", 7, 7),
        ("é" * 10, 10, 20),  # one UTF-16 unit, two UTF-8 bytes
        ("ĳ" * 10, 10, 20),
        ("€" * 10, 10, 30),
        ("😀" * 10, 20, 40),  # outside the BMP: a surrogate pair on Windows
    ],
)
def test_windows_counts_a_name_in_utf16_units(
    monkeypatch: pytest.MonkeyPatch, name: str, units: int, posix_bytes: int
) -> None:
    assert name_length(name) == posix_bytes
    windows_os(monkeypatch, fileio)
    assert name_length(name) == units


def test_without_pathconf_the_usual_limit_holds(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen = windows_os(monkeypatch, names)
    del seen.pathconf  # Windows has none
    assert longest_name(tmp_path) == NAME_MAX - ROOM == 215


def test_a_windows_name_is_checked_in_its_own_units(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fits = tmp_path / ("é" * (NAME_MAX - ROOM - 3) + ".db")  # 215 units, 427 bytes
    with pytest.raises(WorkbookUnavailable):
        check_name(fits)  # Linux counts bytes: too long here
    windows_os(monkeypatch, fileio)
    del windows_os(monkeypatch, names).pathconf
    monkeypatch.setattr(names, "_long_paths_enabled", lambda: True)  # a name that long needs them
    check_name(fits)  # Windows counts units: it fits, with room for the locks
    with pytest.raises(WorkbookUnavailable) as refused:
        check_name(fits.with_name("é" + fits.name))
    assert refused.value.reason is Reason.NAME_TOO_LONG
    assert refused.value.details == {"excess": 1}


def test_a_conflict_copys_name_is_shortened_in_windows_units(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    windows_os(monkeypatch, fileio)
    workbook = tmp_path / ("😀" * 100 + ".db")  # 203 units on Windows
    copy = fileio.free_name(workbook, "kopie Zoë 2026-12-07 1412")
    assert name_length(copy.name) <= NAME_MAX - ROOM
    assert copy.name.endswith(" (kopie Zoë 2026-12-07 1412).db")
    copy.name.encode("utf-16-le")  # strict: cut between whole characters, no half a pair


def test_folders_are_not_flushed_on_windows(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # os.open() of a folder fails on Windows (and NTFS makes a rename durable by itself).
    gone = tmp_path / "not there"
    with pytest.raises(FileNotFoundError):
        fsync_folder(gone)  # posix: opened and flushed
    seen = windows_os(monkeypatch, fileio)
    seen.open = None  # would fail the test if called
    fsync_folder(gone)
    assert os.name == "posix"  # only fileio saw "nt"


def long_folder(tmp_path: Path, length: int) -> Path:
    """A folder under `tmp_path` whose path is `length` characters long (Explorer makes them)."""
    return tmp_path / ("Inkoop en aanbesteding " * 12)[: length - len(str(tmp_path)) - 1]


def test_a_workbook_whose_locks_would_pass_max_path_is_refused_at_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    windows_os(monkeypatch, fileio)
    del windows_os(monkeypatch, names).pathconf
    folder = long_folder(tmp_path, 230)
    workbook = folder / "Raamovereenkomst.db"  # 250 characters in all
    write_lock = folder / f".~writing.{workbook.name}#"
    assert len(str(workbook)) < 260 <= len(str(write_lock)) + 1  # the lock could not be made
    with pytest.raises(WorkbookUnavailable) as refused:  # before: read-only, "no access"
        check_name(workbook)
    assert refused.value.reason is Reason.PATH_TOO_LONG
    assert refused.value.details["excess"] == len(str(workbook)) - (259 - ROOM)
    assert "move the file to a folder higher up" in str(refused.value)


def test_a_long_path_is_fine_where_windows_allows_long_paths_or_leaves_room(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    windows_os(monkeypatch, fileio)
    del windows_os(monkeypatch, names).pathconf
    check_name(long_folder(tmp_path, 195) / "Raamovereenkomst.db")  # 215: room for the copies
    monkeypatch.setattr(names, "_long_paths_enabled", lambda: True)  # as an administrator set
    check_name(long_folder(tmp_path, 230) / "Raamovereenkomst.db")
