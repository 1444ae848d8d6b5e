"""Whether a workbook's file name leaves room for the files nlinkoop puts beside it.

Beside `NAME` nlinkoop writes its lock `.~lock.NAME#` (8 bytes longer) and, while it writes
back, its write lock `.~writing.NAME#` (11 longer); temporary files have short names of their
own, and a conflict copy's name is shortened to fit. A name that leaves no room for the locks
fails half-way, with the file system's "name too long" (which reads as no access); so such a
name is refused at once, with a reason that says what to do.
"""

import contextlib
import os
from pathlib import Path

from nlinkoop.fileio import NAME_MAX, ROOM, name_length
from nlinkoop.store.errors import Reason, WorkbookUnavailable


def longest_name(folder: Path) -> int:
    """The longest workbook name allowed in `folder`: its file system's limit, less `ROOM`."""
    limit = NAME_MAX
    # A folder that does not exist (yet) has the usual limit; eCryptfs allows only 143.
    with contextlib.suppress(AttributeError, OSError, ValueError):  # no pathconf on Windows
        limit = min(limit, os.pathconf(folder, "PC_NAME_MAX"))
    return limit - ROOM


def check_name(path: Path) -> None:
    """Refuse a workbook name that leaves no room for the lock and temporary files beside it.

    Raises:
        WorkbookUnavailable: NAME_TOO_LONG, saying by how many characters to shorten it.
    """
    path = Path(path)
    excess = name_length(path.name) - longest_name(path.absolute().parent)
    if excess > 0:
        raise WorkbookUnavailable(Reason.NAME_TOO_LONG, excess=excess)
