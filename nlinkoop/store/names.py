"""Whether a workbook's file name leaves room for the files nlinkoop puts beside it.

Beside `NAME` nlinkoop writes its lock `.~lock.NAME#` (8 bytes longer) and, while it writes
back, its write lock `.~writing.NAME#` (11 longer); temporary files have short names of their
own, and a conflict copy's name is shortened to fit. A name that leaves no room for the locks
fails half-way, with the file system's "name too long" (which reads as no access); so such a
name is refused at once, with a reason that says what to do. On Windows without long paths the
same goes for the whole path: the folder and the name together.
"""

import contextlib
import os
from pathlib import Path

from nlinkoop.fileio import NAME_MAX, ROOM, name_length
from nlinkoop.store.errors import Reason, WorkbookUnavailable

MAX_PATH = 260  # Windows' limit of a whole path, with its closing NUL, unless long paths are on


def longest_name(folder: Path) -> int:
    """The longest workbook name allowed in `folder`: its file system's limit, less `ROOM`."""
    limit = NAME_MAX
    # A folder that does not exist (yet) has the usual limit; eCryptfs allows only 143.
    with contextlib.suppress(AttributeError, OSError, ValueError):  # no pathconf on Windows
        limit = min(limit, os.pathconf(folder, "PC_NAME_MAX"))
    return limit - ROOM


def longest_path() -> int | None:
    """The longest whole workbook path allowed, or None where the system sets no such limit.

    Windows without long paths (its default) refuses any path of `MAX_PATH` or more, counting
    the closing NUL: the locks and a conflict copy beside the workbook need `ROOM` more.
    """
    if os.name != "nt" or _long_paths_enabled():
        return None
    return MAX_PATH - 1 - ROOM


def _long_paths_enabled() -> bool:
    """Whether Windows allows long paths (a policy setting; off unless an administrator set it)."""
    try:
        import ctypes

        enabled = ctypes.WinDLL("ntdll").RtlAreLongPathsEnabled  # type: ignore[attr-defined]
        enabled.restype = ctypes.c_ubyte  # a BOOLEAN: one byte (the default int reads garbage)
        enabled.argtypes = []
        return bool(enabled())
    except (AttributeError, OSError):  # not Windows, or a Windows before 10 (1607)
        return False


def check_name(path: Path) -> None:
    """Refuse a workbook name that leaves no room for the lock and temporary files beside it.

    Raises:
        WorkbookUnavailable: NAME_TOO_LONG, saying by how many characters to shorten it;
            PATH_TOO_LONG when the folder and the name together are too long (Windows).
    """
    path = Path(path)
    excess = name_length(path.name) - longest_name(path.absolute().parent)
    if excess > 0:
        raise WorkbookUnavailable(Reason.NAME_TOO_LONG, excess=excess)
    longest = longest_path()
    excess = 0 if longest is None else name_length(str(path.absolute())) - longest
    if excess > 0:
        raise WorkbookUnavailable(Reason.PATH_TOO_LONG, excess=excess)
