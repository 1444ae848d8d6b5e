"""Where a file dialog opens: the folder last used for that kind of file, else Documents.

Never nlinkoop's own data folder, where the example workbook and crash recovery live: a buyer's
files do not belong there, and it is a folder they never chose.
"""

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from nlinkoop.paths import data_dir
from nlinkoop.ui.settings import Preferences


class FileKind(StrEnum):
    """The kinds of file the window asks for; each remembers its own folder."""

    WORKBOOK = "workbooks"
    BRIEFING = "briefings"
    JSON = "json"


def documents_folder() -> Path:
    """The user's Documents folder, or their home folder where there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_folder(preferences: Preferences, kind: FileKind) -> Path:
    """The folder a file dialog for `kind` opens in."""
    remembered = preferences.folder(kind)
    if remembered and _usable(Path(remembered)):
        return Path(remembered)
    return documents_folder()


def remember_folder(preferences: Preferences, kind: FileKind, chosen: Path) -> None:
    """Offer the folder of `chosen` next time for `kind`, unless it is no place for the user."""
    if _usable(chosen.parent):
        preferences.set_folder(kind, str(chosen.parent))


def _usable(folder: Path) -> bool:
    """An existing folder outside nlinkoop's data folder."""
    if not folder.is_dir():
        return False
    own, resolved = data_dir().resolve(), folder.resolve()
    return resolved != own and own not in resolved.parents
